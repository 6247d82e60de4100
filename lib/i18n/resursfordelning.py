"""Texts of the Resursfördelning screen (following the allocation model's money), and the labels of the
allocation columns."""

STRINGS = {
    "nav.resursfordelning": ("Resursfördelning", "Resource allocation"),
    "start.link.resursfordelning": ("når den socioekonomiska ersättningen skolorna med störst behov, och blir den "
                                    "behöriga lärare eller lärarassistenter?",
                                    "does the socioeconomic money reach the schools with the greatest needs, and "
                                    "does it become qualified teachers or teacher assistants?"),
    "col.allocation_sek": ("Tilldelning (kr/år)", "Allocation (SEK per year)"),
    "col.ses_allocation_sek": ("Socioekonomisk tilldelning (kr/år)", "Socioeconomic allocation (SEK per year)"),
    "col.assistant_fte": ("Lärarassistenter (heltidstjänster)", "Teacher assistants (full-time equivalents)"),
    "resursfordelning.title": ("Resursfördelning", "Resource allocation"),
    "resursfordelning.intro": (
        "Når den socioekonomiska delen av resursfördelningen skolorna med störst behov, och går den tillsammans med "
        "fler behöriga lärare eller fler lärarassistenter? Skolinspektionen fann att bara tre av 27 granskade "
        "huvudmän hade följt upp hur modellen påverkat lärarresurserna, och en huvudman såg att skolor med "
        "utmaningar använde pengarna till lärarassistenter på bekostnad av behöriga lärare (s. 22–24).",
        "Does the socioeconomic part of the allocation reach the schools with the greatest needs, and does it go "
        "with more qualified teachers or with more teacher assistants? Skolinspektionen found that only three of "
        "27 reviewed organisers had followed up how the model affected teacher resources, and one organiser saw "
        "that schools with challenges spent the money on teacher assistants at the expense of qualified teachers "
        "(pp. 22–24)."),
    "resursfordelning.needs": (
        "Den här vyn behöver kolumnen {allocation} eller {ses} per skolenhet och läsår (gärna även {assistants}) – "
        "ladda upp dem under Data, eller prova med demodata.",
        "This view needs the column {allocation} or {ses} per school unit and school year (ideally also "
        "{assistants}) – upload them under Data, or try the demo data."),
    "resursfordelning.organizer": ("Huvudman", "Organiser"),
    "resursfordelning.all_units": ("Alla enheter i data", "Every unit in the data"),
    "resursfordelning.q_label": ("Kvartil {q}", "Quartile {q}"),
    "resursfordelning.col.q": ("Behovskvartil", "Need quartile"),
    "resursfordelning.col.unit": ("Enhet", "Unit"),
    "resursfordelning.col.units": ("Enheter", "Units"),
    "resursfordelning.col.allocation_per_pupil": ("Tilldelning per elev (kr)", "Allocation per pupil (SEK)"),
    "resursfordelning.col.ses_allocation_per_pupil": ("Socioekonomisk tilldelning per elev (kr)",
                                                      "Socioeconomic allocation per pupil (SEK)"),
    "resursfordelning.col.qualified_fte_per_100_pupils": ("Behöriga lärare (heltidstjänster) per 100 elever",
                                                          "Qualified teachers (FTE) per 100 pupils"),
    "resursfordelning.col.assistant_fte_per_100_pupils": ("Lärarassistenter (heltidstjänster) per 100 elever",
                                                          "Teacher assistants (FTE) per 100 pupils"),
    "resursfordelning.col.group": ("Enheter", "Units"),
    "resursfordelning.col.d_ses": ("Förändring, socioekonomisk tilldelning per elev (kr)",
                                   "Change, socioeconomic allocation per pupil (SEK)"),
    "resursfordelning.col.d_qualified": ("Förändring, behöriga lärare per 100 elever",
                                         "Change, qualified teachers per 100 pupils"),
    "resursfordelning.col.d_assistants": ("Förändring, lärarassistenter per 100 elever",
                                          "Change, teacher assistants per 100 pupils"),
    "resursfordelning.col.ses_q4": ("Kvartil 4: socioekonomisk tilldelning per elev (kr)",
                                    "Quartile 4: socioeconomic allocation per pupil (SEK)"),
    "resursfordelning.col.qualified_q4": ("Kvartil 4: behöriga lärare per 100 elever",
                                          "Quartile 4: qualified teachers per 100 pupils"),
    "resursfordelning.col.assistants_q4": ("Kvartil 4: lärarassistenter per 100 elever",
                                           "Quartile 4: teacher assistants per 100 pupils"),
    "resursfordelning.col.ses_share_q4": ("Kvartil 4:s andel av den socioekonomiska tilldelningen (%)",
                                          "Quartile 4's share of the socioeconomic allocation (%)"),
    "resursfordelning.group.rose": ("Socioekonomisk tilldelning per elev ökade",
                                    "Socioeconomic allocation per pupil rose"),
    "resursfordelning.group.other": ("Oförändrad eller minskade", "Unchanged or fell"),
    "resursfordelning.series.qualified_fte_per_100_pupils": ("Behöriga lärare", "Qualified teachers"),
    "resursfordelning.series.assistant_fte_per_100_pupils": ("Lärarassistenter", "Teacher assistants"),
    "resursfordelning.per_100": ("Heltidstjänster per 100 elever", "Full-time equivalents per 100 pupils"),
    "resursfordelning.money_title": ("Socioekonomisk tilldelning per elev efter behovskvartil, {year}",
                                     "Socioeconomic allocation per pupil by need quartile, {year}"),
    "resursfordelning.staff_title": ("Behöriga lärare och lärarassistenter per 100 elever, {year}",
                                     "Qualified teachers and teacher assistants per 100 pupils, {year}"),
    "resursfordelning.trend_title": ("Kvartil 4 (störst behov) över läsåren", "Quartile 4 (greatest needs) over the "
                                                                               "school years"),
    "resursfordelning.money_alt": (
        "Stapeldiagram: socioekonomisk tilldelning per elev, {q1} kr i kvartil 1 (minst behov) och {q4} kr i "
        "kvartil 4 (störst behov). Tabellen nedan har alla värden.",
        "Bar chart: socioeconomic allocation per pupil, SEK {q1} in quartile 1 (least needs) and SEK {q4} in "
        "quartile 4 (greatest needs). The table below has every value."),
    "resursfordelning.staff_alt": (
        "Stapeldiagram: behöriga lärare per 100 elever, {q1} i kvartil 1 och {q4} i kvartil 4; lärarassistenter "
        "per 100 elever, {a1} i kvartil 1 och {a4} i kvartil 4.",
        "Bar chart: qualified teachers per 100 pupils, {q1} in quartile 1 and {q4} in quartile 4; teacher "
        "assistants per 100 pupils, {a1} in quartile 1 and {a4} in quartile 4."),
    "resursfordelning.trend_alt": (
        "Linjediagram: behöriga lärare och lärarassistenter per 100 elever i kvartil 4 för varje läsår; värdena "
        "står i tabellen.",
        "Line chart: qualified teachers and teacher assistants per 100 pupils in quartile 4 for each school year; "
        "the values are in the table."),
    "resursfordelning.quartiles_heading": ("Per behovskvartil", "By need quartile"),
    "resursfordelning.trend_heading": ("Över tid", "Over time"),
    "resursfordelning.change_heading": ("Hur pengar och personal förändrades tillsammans",
                                        "How money and staff changed together"),
    "resursfordelning.change_intro": (
        "Enheter med uppgifter båda åren, delade efter om deras socioekonomiska tilldelning per elev ökade. "
        "Förändringen är gruppens värde det senare året minus det första (summor delat med summor).",
        "Units with figures in both years, split by whether their socioeconomic allocation per pupil rose. The "
        "change is the group's value in the later year minus the first (sums divided by sums)."),
    "resursfordelning.units_heading": ("Enheterna", "The units"),
    "resursfordelning.left_out": ("{n} enheter saknar behovsindex eller tilldelning och ingår inte.",
                                  "{n} units lack a need index or an allocation and are not included."),
    "resursfordelning.finding_share": (
        "Fjärdedelen av enheterna med störst behov har {pupils} av eleverna och får {share} av den "
        "socioekonomiska tilldelningen ({year}).",
        "The quarter of the units with the greatest needs has {pupils} of the pupils and receives {share} of the "
        "socioeconomic allocation ({year})."),
    "resursfordelning.finding_allocation": (
        "Tilldelningen är {q4} kr per elev i kvartil 4 och {q1} kr per elev i kvartil 1.",
        "The allocation is SEK {q4} per pupil in quartile 4 and SEK {q1} per pupil in quartile 1."),
    "resursfordelning.finding_staff": (
        "Kvartil 4 har {q4} behöriga lärare (heltidstjänster) per 100 elever mot {q1} i kvartil 1, och {a4} "
        "lärarassistenter per 100 elever mot {a1}.",
        "Quartile 4 has {q4} qualified teachers (FTE) per 100 pupils against {q1} in quartile 1, and {a4} teacher "
        "assistants per 100 pupils against {a1}."),
    "resursfordelning.finding_qualified": (
        "Kvartil 4 har {q4} behöriga lärare (heltidstjänster) per 100 elever mot {q1} i kvartil 1; data har inga "
        "lärarassistenter.",
        "Quartile 4 has {q4} qualified teachers (FTE) per 100 pupils against {q1} in quartile 1; the data has no "
        "teacher assistants."),
    "resursfordelning.finding_change": (
        "I de {n} enheter där den socioekonomiska tilldelningen per elev ökade mellan {first} och {last} ({ses} kr "
        "per elev) ändrades behöriga lärare per 100 elever med {qualified} och lärarassistenter per 100 elever med "
        "{assistants}.",
        "In the {n} units where the socioeconomic allocation per pupil rose between {first} and {last} (SEK {ses} "
        "per pupil), qualified teachers per 100 pupils changed by {qualified} and teacher assistants per 100 pupils "
        "by {assistants}."),
    "resursfordelning.finding_caution": (
        "Siffrorna visar hur pengar och personal har följts åt, inte vad pengarna har orsakat.",
        "The figures show how money and staff went together, not what the money caused."),
    "resursfordelning.download_name": ("resursfordelning_{year}", "resource_allocation_{year}"),
}

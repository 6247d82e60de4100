"""Strings of the Skolblad screen, the school sheet and the board report."""

STRINGS: dict[str, tuple[str, str]] = {
    "skolblad.page_title": ("Skolblad och nämndrapport", "School sheet and board report"),
    "skolblad.page_intro": ("Skolbladet är ett underlag för dialogen mellan huvudman och rektor; nämndrapporten "
                            "jämför huvudmannens skolor för nämnden. Båda finns som PDF och som tillgänglig HTML.",
                            "The school sheet is a basis for the dialogue between organiser and principal; the board "
                            "report compares the organiser's schools for the board. Both come as PDF and as accessible "
                            "HTML."),
    "skolblad.choose_school": ("Skola", "School"),
    "skolblad.school_option": ("{name} ({code})", "{name} ({code})"),
    "skolblad.title": ("Skolblad: {name}", "School sheet: {name}"),
    "skolblad.subtitle": ("{municipality} · {organizer} · läsåret {year} · skolenhetskod {code}",
                          "{municipality} · {organizer} · school year {year} · school unit code {code}"),
    "skolblad.school": ("Skolan", "The school"),
    "skolblad.organizer_average": ("Huvudmannens skolor i genomsnitt", "The organiser's schools on average"),
    "skolblad.profile_average": ("Profilens genomsnitt", "The profile's average"),
    "skolblad.key_figures": ("Lärarresurser", "Teacher resources"),
    "skolblad.national_note": ("Rikets värden ingår inte i dessa data. Uppgifter som bygger på färre än 10 elever "
                               "eller 3 heltidstjänster visas som ”för få”.",
                               "National values are not part of this data. Figures based on fewer than 10 pupils or "
                               "3 full-time equivalents are shown as “too few”."),
    "skolblad.need_heading": ("Elevernas behov", "The pupils' needs"),
    "skolblad.need_text": ("Behovsindex {need} (100 = genomsnittet i data; högre = större behov). Skolan hör till "
                           "behovskvartil {quartile} av 4.",
                           "Need index {need} (100 = the data's average; higher = greater needs). The school is in "
                           "need quartile {quartile} of 4."),
    "skolblad.need_missing": ("Behovsindex saknas för skolan.", "The school has no need index."),
    "skolblad.trend_heading": ("Andel behöriga lärare över tid", "Share of qualified teachers over time"),
    "skolblad.trend_alt": ("Linjediagram: andel lärare med legitimation och behörighet för {name} och för "
                           "huvudmannens skolor i genomsnitt, per läsår.",
                           "Line chart: share of certified and qualified teachers at {name} and at the organiser's "
                           "schools on average, by school year."),
    "skolblad.fl_heading": ("Förstelärare", "First teachers"),
    "skolblad.fl_text": ("Skolan har {n} förstelärare ({rate} per 100 elever). Om huvudmannens tjänster fördelades "
                         "efter elever och behov (α = 1, samma antal totalt) skulle skolan ha {need_based}.",
                         "The school has {n} first teachers ({rate} per 100 pupils). If the organiser's posts were "
                         "placed by pupils and need (α = 1, the same total) the school would have {need_based}."),
    "skolblad.flags_heading": ("Att samtala om", "To talk about"),
    "skolblad.flags_none": ("Inget av de vanliga varningstecknen syns i siffrorna.",
                            "None of the usual warning signs shows in the figures."),
    "skolblad.flag_below_organizer": ("Andelen behöriga lärare är lägre än i huvudmannens skolor i genomsnitt.",
                                      "The share of qualified teachers is lower than in the organiser's schools on "
                                      "average."),
    "skolblad.flag_high_need_low_qualification": ("Skolan hör till kvartilen med störst behov och har samtidigt lägre "
                                                  "andel behöriga lärare än genomsnittet.",
                                                  "The school is in the quartile with the greatest needs and at the "
                                                  "same time has a lower share of qualified teachers than average."),
    "skolblad.flag_high_turnover": ("Personalomsättningen är minst 5 procentenheter högre än i huvudmannens skolor i "
                                    "genomsnitt.",
                                    "Staff turnover is at least 5 percentage points higher than in the organiser's "
                                    "schools on average."),
    "skolblad.dialogue_heading": ("Frågor för dialogen", "Questions for the dialogue"),
    "skolblad.question_1": ("Hur har skolan organiserat arbetet utifrån lärarnas kompetens och erfarenhet?",
                            "How has the school organised its work given its teachers' competence and experience?"),
    "skolblad.question_2": ("Vilka elever undervisas av obehöriga eller oerfarna lärare, och hur länge?",
                            "Which pupils are taught by unqualified or inexperienced teachers, and for how long?"),
    "skolblad.question_3": ("Vad behöver skolan från huvudmannen för att behålla och rekrytera behöriga lärare?",
                            "What does the school need from the organiser to keep and recruit qualified teachers?"),
    "skolblad.question_4": ("Hur används förstelärarna för att stärka undervisningen där behoven är störst?",
                            "How are the first teachers used to strengthen teaching where the needs are greatest?"),
    "skolblad.download_pdf": ("Ladda ner skolbladet (PDF)", "Download the school sheet (PDF)"),
    "skolblad.download_html": ("Ladda ner skolbladet (HTML)", "Download the school sheet (HTML)"),
    "skolblad.open": ("Öppna skolbladet", "Open the school sheet"),
    "skolblad.level_note": ("Skolblad kräver data på skolenhetsnivå.", "School sheets need school-unit data."),
    "namndrapport.heading": ("Nämndrapport", "Board report"),
    "namndrapport.choose": ("Huvudman", "Organiser"),
    "namndrapport.title": ("Nämndrapport: {scope}", "Board report: {scope}"),
    "namndrapport.subtitle": ("Lärarresurser och elevernas behov, läsåret {year} · {n} skolenheter",
                              "Teacher resources and pupils' needs, school year {year} · {n} school units"),
    "namndrapport.summary_heading": ("Sammanfattning", "Summary"),
    "namndrapport.quartiles_heading": ("Jämförelse mellan skolorna efter behov",
                                       "Comparison between the schools by need"),
    "namndrapport.map_heading": ("Karta", "Map"),
    "namndrapport.map_title": ("Andel behöriga lärare, {scope}, läsåret {year}",
                               "Share of qualified teachers, {scope}, school year {year}"),
    "namndrapport.map_alt": ("Karta över {n} skolor färgade efter andel behöriga lärare.",
                             "Map of {n} schools coloured by the share of qualified teachers."),
    "namndrapport.shortfall_heading": ("Skolor där lärarresurserna ligger under vad behovet skulle motivera",
                                       "Schools whose teacher resources fall below what their need would suggest"),
    "namndrapport.shortfall_intro": ("Skolor vars andel behöriga lärare ligger minst {pp} procentenheter under det "
                                     "värde som huvudmannens elevviktade samband mellan behov och behörighet ger. "
                                     "Listan "
                                     "är i namnordning – det är ingen rangordning.",
                                     "Schools whose share of qualified teachers lies at least {pp} percentage points "
                                     "below the value given by the organiser's pupil-weighted relation between need "
                                     "and "
                                     "qualification. The list is in name order – it is not a ranking."),
    "namndrapport.shortfall_none": ("Ingen skola ligger så långt under.", "No school falls that far below."),
    "namndrapport.expected": ("Väntat utifrån behov", "Expected from need"),
    "namndrapport.difference": ("Skillnad", "Difference"),
    "namndrapport.interventions_heading": ("Insatser i registret", "Interventions in the register"),
    "namndrapport.intervention_count": ("{type}: {n}", "{type}: {n}"),
    "namndrapport.method_heading": ("Metod", "Method"),
    "namndrapport.method": ("Behovskvartiler bildas per läsår efter behovsindex. Kvartilernas värden är vägda "
                            "(andelar per lärarnas heltidstjänster). Koncentrationsindex är elevviktat. Varje skola "
                            "jämförs med huvudmannens skolor samma läsår. Siffrorna beskriver fördelningen; de säger "
                            "inget om orsaker. Uppgifter om färre än 10 elever eller 3 heltidstjänster redovisas inte.",
                            "Need quartiles are formed per school year by need index. Quartile values are weighted "
                            "(shares by teacher full-time equivalents). The concentration index is pupil-weighted. "
                            "Each "
                            "school is compared with the organiser's schools in the same year. The figures describe "
                            "the "
                            "distribution; they say nothing about causes. Figures on fewer than 10 pupils or 3 FTE are "
                            "not shown."),
    "namndrapport.download_pdf": ("Ladda ner nämndrapporten (PDF)", "Download the board report (PDF)"),
    "namndrapport.download_html": ("Ladda ner nämndrapporten (HTML)", "Download the board report (HTML)"),
}

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
    "skolblad.need_too_few": ("Behovsindex och behovskvartil: för få. Skolan har färre än 10 elever eller 3 "
                              "heltidstjänster för lärare, så dess egna uppgifter visas inte. Den räknas ändå med i "
                              "huvudmannens genomsnitt och i kvartilerna.",
                              "Need index and need quartile: too few. The school has fewer than 10 pupils or 3 "
                              "teacher full-time equivalents, so its own figures are not shown. It still counts in "
                              "the organiser's average and in the quartiles."),
    "skolblad.too_few_note": ("”För få”: läsår då skolan hade färre än 10 elever eller 3 heltidstjänster för lärare.",
                              "“Too few”: school years in which the school had fewer than 10 pupils or 3 teacher "
                              "full-time equivalents."),
    "skolblad.trend_heading": ("Andel behöriga lärare över tid", "Share of qualified teachers over time"),
    "skolblad.trend_alt": ("Linjediagram: andel lärare med legitimation och behörighet för {name} och för "
                           "huvudmannens skolor i genomsnitt, per läsår.",
                           "Line chart: share of certified and qualified teachers at {name} and at the organiser's "
                           "schools on average, by school year."),
    "skolblad.trend_alt_too_few": ("Skolans värde visas inte för {years} (för få elever eller lärare).",
                                   "The school's value is not shown for {years} (too few pupils or teachers)."),
    "skolblad.fl_heading": ("Förstelärare", "First teachers"),
    "skolblad.fl_text": ("Skolan har {n} förstelärare ({rate} per 100 elever). Om huvudmannens tjänster fördelades "
                         "efter elever och behov (α = 1, samma antal totalt) skulle skolan ha {need_based}.",
                         "The school has {n} first teachers ({rate} per 100 pupils). If the organiser's posts were "
                         "placed by pupils and need (α = 1, the same total) the school would have {need_based}."),
    "skolblad.fl_too_few": ("Skolans antal förstelärare och antal per 100 elever: för få. Om huvudmannens tjänster "
                            "fördelades efter elever och behov (α = 1, samma antal totalt) skulle skolan ha "
                            "{need_based}.",
                            "The school's number of first teachers and its number per 100 pupils: too few. If the "
                            "organiser's posts were placed by pupils and need (α = 1, the same total) the school "
                            "would have {need_based}."),
    "skolblad.flags_heading": ("Att samtala om", "To talk about"),
    "skolblad.flags_too_few": ("Skolans egna siffror visas inte (för få elever eller lärare), så bladet pekar inte ut "
                               "några varningstecken. Samtala utifrån skolans egen kännedom.",
                               "The school's own figures are not shown (too few pupils or teachers), so the sheet "
                               "points out no warning signs. Talk from the school's own knowledge."),
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
    "skolblad.download_failed_title": ("Dokumentet kunde inte skapas", "The document could not be made"),
    "skolblad.download_failed": ("Något gick fel när dokumentet skulle skapas, så det här är bara ett besked om "
                                 "det. Felet är loggat. Försök igen, prova det andra formatet (PDF eller HTML) "
                                 "eller kontakta den som driver tjänsten.",
                                 "Something went wrong while the document was being made, so this is only a note "
                                 "saying so. The error has been logged. Try again, try the other format (PDF or "
                                 "HTML) or contact whoever runs the service."),
    "skolblad.chart_not_drawn": ("[Diagrammet kunde inte ritas. Texten nedan beskriver det.]",
                                 "[The chart could not be drawn. The text below describes it.]"),
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
    "namndrapport.map_alt_too_few": ("{n} av dem har färre än 10 elever eller 3 heltidstjänster och visas grå, utan "
                                     "värden.",
                                     "{n} of them have fewer than 10 pupils or 3 full-time equivalents and are drawn "
                                     "grey, without values."),
    "namndrapport.below_heading": ("Skolor med högt behov och lägre andel behöriga lärare än huvudmannens genomsnitt",
                                   "High-need schools with a lower share of qualified teachers than their organiser's "
                                   "average"),
    "namndrapport.below_intro": ("Skolor i behovskvartil 4 (störst behov) vars andel behöriga lärare är lägre än i "
                                 "huvudmannens skolor i genomsnitt samma läsår (vägt med lärarnas heltidstjänster, "
                                 "alla skolor medräknade). Alla skolor jämförs med samma genomsnitt, oavsett behov. "
                                 "Listan är i namnordning – det är ingen rangordning.",
                                 "Schools in need quartile 4 (greatest needs) whose share of qualified teachers is "
                                 "lower than in their organiser's schools on average in the same school year "
                                 "(weighted by teacher full-time equivalents, every school counted). Every school is "
                                 "compared with the same average, whatever its need. The list is in name order – it "
                                 "is not a ranking."),
    "namndrapport.below_none": ("Ingen skola med högt behov har lägre andel behöriga lärare än huvudmannens "
                                "genomsnitt.",
                                "No high-need school has a lower share of qualified teachers than its organiser's "
                                "average."),
    "namndrapport.target_heading": ("Skolor med högt behov och lägre andel behöriga lärare än målet {target}",
                                    "High-need schools with a lower share of qualified teachers than the target of "
                                    "{target}"),
    "namndrapport.target_intro": ("Skolor i behovskvartil 4 (störst behov) vars andel behöriga lärare är lägre än "
                                  "{target}, det mål som satts för skolorna med störst behov. Listan är i namnordning "
                                  "– det är ingen rangordning.",
                                  "Schools in need quartile 4 (greatest needs) whose share of qualified teachers is "
                                  "lower than {target}, the target set for the schools with the greatest needs. The "
                                  "list is in name order – it is not a ranking."),
    "namndrapport.target_none": ("Ingen skola med högt behov har lägre andel behöriga lärare än målet.",
                                 "No high-need school has a lower share of qualified teachers than the target."),
    "namndrapport.below_too_few": ("Skolor med färre än 10 elever eller 3 heltidstjänster bedöms inte här (för få); "
                                   "de räknas ändå med i genomsnitt och kvartiler.",
                                   "Schools with fewer than 10 pupils or 3 full-time equivalents are not assessed "
                                   "here (too few); they still count in averages and quartiles."),
    "namndrapport.organizer_average": ("Huvudmannens genomsnitt", "Organiser's average"),
    "namndrapport.target": ("Mål", "Target"),
    "namndrapport.target_input": ("Mål för andel behöriga lärare i skolorna med störst behov (%)",
                                  "Target share of qualified teachers in the schools with the greatest needs (%)"),
    "namndrapport.target_help": ("Tomt: skolorna i behovskvartil 4 jämförs med huvudmannens genomsnitt. Med ett mål "
                                 "jämförs de med målet.",
                                 "Empty: the schools in need quartile 4 are compared with their organiser's average. "
                                 "With a target they are compared with the target."),
    "namndrapport.target_placeholder": ("Huvudmannens genomsnitt", "The organiser's average"),
    "namndrapport.difference": ("Skillnad (procentenheter)", "Difference (percentage points)"),
    "namndrapport.interventions_heading": ("Insatser i registret", "Interventions in the register"),
    "namndrapport.intervention_count": ("{type}: {n}", "{type}: {n}"),
    "namndrapport.method_heading": ("Metod", "Method"),
    "namndrapport.method": ("Behovskvartiler bildas per läsår efter behovsindex. Kvartilernas värden är vägda "
                            "(andelar per lärarnas heltidstjänster). Koncentrationsindex är elevviktat. Varje skola "
                            "jämförs med huvudmannens skolor samma läsår – med samma genomsnitt oavsett behov, eller "
                            "med ett mål som användaren satt för skolorna med störst behov. Siffrorna beskriver "
                            "fördelningen; de säger inget om orsaker. En skola som ett läsår har färre än 10 elever "
                            "eller 3 heltidstjänster för lärare visar inga egna värden det läsåret, bara ”för få” "
                            "(grå på kartan); den räknas ändå med i kvartiler och genomsnitt.",
                            "Need quartiles are formed per school year by need index. Quartile values are weighted "
                            "(shares by teacher full-time equivalents). The concentration index is pupil-weighted. "
                            "Each school is compared with the organiser's schools in the same year – with the same "
                            "average whatever its need, or with a target the user set for the schools with the "
                            "greatest needs. The figures describe the distribution; they say nothing about causes. A "
                            "school with fewer than 10 pupils or 3 teacher full-time equivalents in a school year "
                            "shows none of its own values that year, only “too few” (grey on the map); it still "
                            "counts in quartiles and averages."),
    "namndrapport.download_pdf": ("Ladda ner nämndrapporten (PDF)", "Download the board report (PDF)"),
    "namndrapport.download_html": ("Ladda ner nämndrapporten (HTML)", "Download the board report (HTML)"),
}

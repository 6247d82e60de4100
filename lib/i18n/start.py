"""Strings of the Start screen."""

STRINGS: dict[str, tuple[str, str]] = {
    "start.title": ("Lärarresurser", "Teacher resources"),
    "start.intro": (
                    "Här ser du hur lärarresurserna – behöriga lärare, lärartäthet och förstelärare – fördelas mellan "
                    "skolor, jämfört med elevernas behov. Appen följer det Skolinspektionen efterfrågar av "
                    "huvudmännen: "
                    "följ upp lärarresurserna per skola, mot elevernas förutsättningar, systematiskt och över tid, och "
                    "rikta insatserna dit behoven är störst.",
                    "This app shows how teacher resources – qualified teachers, pupils per teacher and first "
                    "teachers – "
                    "are distributed between schools, compared with pupils' needs. It does what the Swedish Schools "
                    "Inspectorate asks of school organisers: follow teacher resources up per school, against pupils' "
                    "conditions, systematically and over time, and target interventions where the needs are greatest."),
    "start.dataset_heading": ("Aktiva data", "Active data"),
    "start.describe": ("{kind}: {units} {level} i {municipalities}, {n_years} ({years}).",
                       "{kind}: {units} {level} in {municipalities}, {n_years} ({years})."),
    "start.describe_municipal": ("{kind}: {units} {level}, {n_years} ({years}). Varje enhet är en kommun.",
                                 "{kind}: {units} {level}, {n_years} ({years}). Each unit is a municipality."),
    "start.files": ("Filer: {files}", "Files: {files}"),
    "start.change_data": ("Byt data", "Change data"),
    "start.headlines_heading": ("Det viktigaste i siffror", "Headline figures"),
    "start.no_headlines": ("Det finns inte tillräckligt med data för nyckeltal (behovsindex och minst en "
                           "indikator för lärarresurser behövs).",
                           "There is not enough data for headline figures (a need index and at least one "
                           "teacher-resource indicator are needed)."),
    "start.need_note": ("Behovsindex: högre värde = större behov; 100 = genomsnittet i dessa data. "
                        "Se *Om data och metod*.",
                        "Need index: higher = greater needs; 100 = the average of this data. "
                        "See *About data and method*."),
    "start.reading_note": ("{need} {caution}", "{need} {caution}"),
    "start.screens_heading": ("Vad vill du göra?", "What would you like to do?"),
    "start.link.data": ("Ladda upp egna data eller hämta öppna data", "Upload your own data or fetch open data"),
    "start.link.karta": ("Se var stora behov möter svaga lärarresurser", "See where high needs meet weak "
                         "teacher resources"),
    "start.link.likvardighet": ("Mät skillnaden mellan skolor med stora och små behov",
                                "Measure the gap between high- and low-need schools"),
    "start.link.profiler": ("Gruppera skolor i utmaningsprofiler", "Group schools into challenge profiles"),
    "start.link.klasser": ("Jämför resultat mellan klasser", "Compare results between classes"),
    "start.link.forstelarare": ("Pröva andra sätt att fördela förstelärare", "Try other ways to distribute "
                                "first-teacher posts"),
    "start.link.workshop": ("Jämför gruppernas scenarier i en workshop", "Compare groups' scenarios in a "
                            "workshop"),
    "start.link.skolblad": ("Skolblad inför dialogen med rektor, och nämndrapport", "School sheet for the "
                            "principal dialogue, and board report"),
    "start.link.insatser": ("Registrera och följ upp insatser", "Register and follow up interventions"),
    "start.link.om": ("Läs hur siffrorna tas fram – och vad de inte säger", "Read how the figures are made – "
                      "and what they cannot tell"),
    "start.caution": ("Siffrorna beskriver fördelningen; de rangordnar inte skolor och visar inte orsak och "
                      "verkan.",
                      "The figures describe the distribution; they do not rank schools and do not show cause "
                      "and effect."),
}

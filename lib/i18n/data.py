"""Strings of the Data screen."""

STRINGS: dict[str, tuple[str, str]] = {
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
    "data.at_row": ("rad {row}", "row {row}"),
    "data.at_column": ("kolumn {column}", "column {column}"),
    "data.message_line": ("{where}: {text}", "{where}: {text}"),
    "data.section": ("{heading} ({n})", "{heading} ({n})"),
    "data.formats": ("**Igenkänt format:** {formats}", "**Recognised format:** {formats}"),
    "data.format_of": ("{file}: {format}", "{file}: {format}"),
    "data.col.file": ("Fil", "File"),
    "data.col.row": ("Rad", "Row"),
    "data.col.column": ("Kolumn", "Column"),
    "data.col.message": ("Vad", "What"),
    "data.col.reason": ("Varför", "Why"),
    "data.col.header": ("Kolumn i filen", "Column in the file"),
    "data.col.canonical": ("Tolkas som", "Read as"),
    "data.mapping_used": ("Så tolkades kolumnerna", "How the columns were read"),
    "data.preview_heading": ("**Förhandsvisning (de första {rows} raderna)**", "**Preview (the first {rows} rows)**"),
    "data.template_heading": ("Mall", "Template"),
    "data.template_intro": ("Mallen har appens kolumner. Obligatoriskt är läsår och skolenhetskod (eller "
                            "kommunkod för data per kommun); resten fyller du i när du har det.",
                            "The template has the app's columns. School year and school unit code (or "
                            "municipality code for municipality-level data) are required; fill in the rest "
                            "when you have it."),
    "data.template_csv": ("Ladda ner mall (CSV)", "Download template (CSV)"),
    "data.template_xlsx": ("Ladda ner mall (Excel)", "Download template (Excel)"),
    "data.opendata_heading": ("Hämta öppna data från Skolverket", "Fetch open data from Skolverket"),
}

"""Strings of reading a file the person's way (issue 16): the column map, values for every row, year columns,
local ids and scale checks, in the report and on the Data screen's mapping form."""

STRINGS: dict[str, tuple[str, str]] = {
    # The report
    "mapping.constant_set": ("{field[sv]} är ”{value}” för alla rader i filen.",
                             "{field[en]} is “{value}” for every row of the file."),
    "mapping.constant_bad_year": ("{field[sv]}: ”{value}” är inget läsår (skriv t.ex. 2023 eller 2023/24).",
                                  "{field[en]}: “{value}” is not a school year (write e.g. 2023 or 2023/24)."),
    "mapping.constant_bad_municipality": ("{field[sv]}: ”{value}” är varken en kommunkod eller ett kommunnamn.",
                                          "{field[en]}: “{value}” is neither a municipality code nor a "
                                          "municipality name."),
    "mapping.no_such_column": ("Kolumnen finns inte i filen.", "The file has no such column."),
    "mapping.years_found": ("{n} kolumner bär ett läsår i namnet (t.ex. 2223…). De kan läsas som tidigare läsår för "
                            "samma skolor (”Läs årskolumner som tidigare läsår”, --years-in-columns).",
                            "{n} columns carry a school year in their name (e.g. 2223…). They can be read as "
                            "earlier school years of the same schools (“Read year columns as earlier school "
                            "years”, --years-in-columns)."),
    "mapping.years_ambiguous": ("Kolumnen har bara ett årtal i namnet; ange om det är läsårets startår eller "
                                "vårterminen. Kolumner med bara ett årtal lästes inte.",
                                "The column has only a year in its name; say whether it is the school year's "
                                "start year or its spring term. Columns with only a year were not read."),
    "mapping.years_current": ("Kolumnen {column} gäller läsåret {year}, samma läsår som filens övriga kolumner, och "
                              "läses inte en gång till.",
                              "Column {column} is for school year {year}, the year of the file's other columns, and "
                              "is not read a second time."),
    "mapping.years_twice": ("Kolumnen {column} ger {field[sv]} för läsåret {year}, som redan lästes ur {first}; den "
                            "läses inte.",
                            "Column {column} gives {field[en]} for school year {year}, already read from {first}; "
                            "it is not read."),
    "mapping.years_read": ("Läsåret {year} lästes ur årskolumner: {fields[sv]}. Det läsåret saknar: {lacking[sv]}.",
                           "School year {year} was read from year columns: {fields[en]}. That year lacks: "
                           "{lacking[en]}."),
    "mapping.local_ids": ("Skolorna har egna id:n (text i stället för Skolverkets 8-siffriga koder); varje unikt "
                          "id är en skola.",
                          "The schools have their own ids (text instead of Skolverket's 8-digit codes); every "
                          "unique id is a school."),
    "mapping.drop_no_id": ("Raden har värden men inget id i kolumnen {column}.",
                           "The row has values but no id in column {column}."),
    "mapping.drop_no_values": ("Raden (”{value}”) har inga värden i de kolumner som används.",
                               "The row (“{value}”) has no values in the columns used."),
    "mapping.drop_total": ("Raden (”{value}”) ser ut som en summarad och räknas inte som en skola; annars "
                           "skulle dess elever och lärare räknas två gånger.",
                           "The row (“{value}”) looks like a totals row and is not counted as a school; its pupils "
                           "and teachers would otherwise count twice."),
    "mapping.scale_grade_average": ("Värdena i {header} ligger mellan {lo[sv]} och {hi[sv]} – det ser ut som "
                                    "ett betygsmedelvärde (0–20), inte meritvärde (0–340). Lämna bort kolumnen om "
                                    "den inte är meritvärde.",
                                    "The values in {header} lie between {lo[en]} and {hi[en]} – that looks like a "
                                    "grade average (0–20), not a merit value (0–340). Leave the column out unless "
                                    "it is a merit value."),
    "mapping.scale_share_counts": ("Värdena i {header} ligger mellan {lo[sv]} och {hi[sv]} – det ser ut som antal, "
                                   "inte andelar i procent (0–100). Lämna bort kolumnen om den inte är en andel.",
                                   "The values in {header} lie between {lo[en]} and {hi[en]} – that looks like "
                                   "counts, not shares in percent (0–100). Leave the column out unless it is a "
                                   "share."),
    "mapping.scale_ratio_inverse": ("Värdena i {header} ligger mellan {lo[sv]} och {hi[sv]} – det ser ut som "
                                    "lärare per elev, inte elever per lärare. Lämna bort kolumnen om den inte är "
                                    "elever per lärare.",
                                    "The values in {header} lie between {lo[en]} and {hi[en]} – that looks like "
                                    "teachers per pupil, not pupils per teacher. Leave the column out unless it is "
                                    "pupils per teacher."),
}
# The Data screen's mapping form
STRINGS.update({
    "mapping.heading": ("Koppla kolumner", "Map columns"),
    "mapping.intro": ("Välj för varje uppgift i appen vilken kolumn i **{file}** som innehåller den. Appens förslag "
                      "är ifyllda och märkta med hur säkra de är. Uppgifter som filen saknar lämnas som ”inte i "
                      "filen”; värden som gäller alla rader anges längre ned.",
                      "For each field of the app, choose the column of **{file}** that holds it. The app's "
                      "suggestions are filled in and marked with how sure they are. Fields the file lacks stay "
                      "“not in the file”; values that hold for every row are given further down."),
    "mapping.edit": ("Ändra hur kolumnerna i {file} läses", "Change how the columns of {file} are read"),
    "mapping.group.identity": ("Skola och huvudman", "School and organiser"),
    "mapping.group.place": ("Läsår och plats", "School year and place"),
    "mapping.group.pupils": ("Elever", "Pupils"),
    "mapping.group.teachers": ("Lärare", "Teachers"),
    "mapping.group.needs": ("Behov", "Needs"),
    "mapping.group.outcomes": ("Resultat", "Outcomes"),
    "mapping.group.money": ("Pengar och lärarassistenter", "Money and teacher assistants"),
    "mapping.not_in_file": ("(inte i filen)", "(not in the file)"),
    "mapping.suggested": ("{column} – förslag, {confidence}", "{column} – suggested, {confidence}"),
    "mapping.confidence.high": ("säkert", "sure"),
    "mapping.confidence.low": ("osäkert", "unsure"),
    "mapping.unused": ("**Kolumner som inte används ({n}):** {columns}", "**Columns not used ({n}):** {columns}"),
    "mapping.constants_heading": ("Värden för alla rader", "Values for every row"),
    "mapping.const.school_year": ("Läsår för alla rader", "School year of every row"),
    "mapping.const.municipality_code": ("Kommun för alla rader", "Municipality of every row"),
    "mapping.const.organizer": ("Huvudman för alla rader (valfritt)", "Organiser of every row (optional)"),
    "mapping.from_file": ("(från filen)", "(from the file)"),
    "mapping.years_heading": ("Läsår i kolumnnamnen", "School years in the column names"),
    "mapping.years_intro": ("{n} kolumner bär ett läsår i namnet, t.ex. {example}.",
                            "{n} columns carry a school year in their name, e.g. {example}."),
    "mapping.years.no": ("Läs inte årskolumnerna", "Do not read the year columns"),
    "mapping.years.yes": ("Läs dem som tidigare läsår för samma skolor", "Read them as earlier school years of the "
                          "same schools"),
    "mapping.years.start": ("Läs dem som tidigare läsår; ett ensamt årtal är läsårets startår (2022 = 2022/23)",
                            "Read them as earlier school years; a lone year is the start year (2022 = 2022/23)"),
    "mapping.years.spring": ("Läs dem som tidigare läsår; ett ensamt årtal är vårterminen (2022 = 2021/22)",
                             "Read them as earlier school years; a lone year is the spring term (2022 = 2021/22)"),
    "mapping.apply": ("Läs in igen", "Read again"),
    "mapping.restart": ("Börja om", "Start over"),
    "mapping.download": ("Ladda ned kopplingen", "Download the mapping"),
    "mapping.download_help": ("En liten JSON-fil med kopplingen. Den används igen automatiskt när en fil med samma "
                              "kolumner laddas upp i den här sessionen, och kan ges till kommandoraden (--mapping).",
                              "A small JSON file with the mapping. It is applied again automatically when a file "
                              "with the same columns is uploaded in this session, and can be given to the command "
                              "line (--mapping)."),
    "mapping.plan_uploader": ("Använd en sparad koppling (JSON)", "Use a saved mapping (JSON)"),
    "mapping.plan_bad": ("Kopplingsfilen kunde inte läsas: {error}", "The mapping file could not be read: {error}"),
    "mapping.reapplied": ("Kolumnerna i {file} lästes med den koppling som gjordes för samma kolumner tidigare.",
                          "The columns of {file} were read with the mapping made earlier for the same columns."),
    "mapping.leave_out": ("Lämna bort kolumnen {column}", "Leave out the column {column}"),
    "mapping.placed_note": ("Utan koordinater i data: {schools} är utplacerade inom sin kommun (vid kommunens mitt, "
                            "spridda), inte på sin adress.",
                            "Without coordinates in the data: {schools} are placed within their municipality "
                            "(around its centre, spread out), not at their address."),
    "mapping.register_button": ("Hämta koordinater för {schools} ur Skolverkets skolenhetsregister",
                                "Fetch coordinates for {schools} from Skolverket's school-unit register"),
    "mapping.schools_one": ("{n} skola", "{n} school"),
    "mapping.schools_many": ("{n} skolor", "{n} schools"),
    "mapping.register_help": ("Skolorna har Skolverkets skolenhetskoder men inga koordinater; utan dem placeras de "
                              "inom sin kommun på kartorna. Kräver internet.",
                              "The schools have Skolverket's school-unit codes but no coordinates; without them "
                              "they are placed within their municipality on the maps. Needs the internet."),
    "mapping.register_done": ("{n} av {m} skolor fick koordinater ur Skolverkets skolenhetsregister.",
                              "{n} of {m} schools got coordinates from Skolverket's school-unit register."),
    "mapping.register_failed": ("Skolverkets skolenhetsregister kunde inte nås; skolorna ligger kvar inom sin "
                                "kommun på kartorna. ({reason})",
                                "Skolverket's school-unit register could not be reached; the schools stay within "
                                "their municipality on the maps. ({reason})"),
    "banner.active": ("**Aktiva data:** {source}", "**Active data:** {source}"),
})

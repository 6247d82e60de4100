"""Strings of the ingest report: what was read, what was wrong (file, row, column) and what was done."""

STRINGS: dict[str, tuple[str, str]] = {
    # Reading
    "ingest.not_text": ("Filen är varken text (CSV) eller en Excelfil (.xlsx) och kan inte läsas.",
                        "The file is neither text (CSV) nor an Excel file (.xlsx) and cannot be read."),
    "ingest.bad_encoding": ("Teckenkodningen känns inte igen. Spara filen som CSV UTF-8 och försök igen.",
                            "The character encoding is not recognised. Save the file as CSV UTF-8 and "
                            "try again."),
    "ingest.csv_broken": ("Filen är inte giltig CSV från rad {line} ({detail}).",
                          "The file is not valid CSV from line {line} ({detail})."),
    "ingest.xlsx_too_many_parts": ("Excelfilen har ovanligt många delar och öppnas inte av säkerhetsskäl.",
                                   "The Excel file has unusually many parts and is not opened, for "
                                   "safety."),
    "ingest.xlsx_bomb": ("Excelfilen skulle packas upp till {mb} MB, vilket är mer än tillåtet. Den öppnas "
                         "inte. Spara den som CSV eller dela upp den.",
                         "The Excel file would unpack to {mb} MB, more than allowed. It is not opened. "
                         "Save it as CSV or split it."),
    "ingest.xlsx_not_excel": ("Filen är ett zip-arkiv men ingen Excelfil.",
                              "The file is a zip archive but not an Excel file."),
    "ingest.xlsx_broken": ("Excelfilen är skadad eller inte en .xlsx-fil. Öppna den i Excel och spara "
                           "den på nytt som .xlsx eller CSV.",
                           "The Excel file is damaged or not an .xlsx file. Open it in Excel and save it "
                           "again as .xlsx or CSV."),
    "ingest.xls_old": ("Det gamla Excelformatet .xls stöds inte. Spara filen som .xlsx eller CSV.",
                       "The old Excel format .xls is not supported. Save the file as .xlsx or CSV."),
    "ingest.unexpected": ("{file}: filen kunde inte läsas ({kind}). Spara den på nytt som CSV eller .xlsx och "
                          "försök igen.",
                          "{file}: the file could not be read ({kind}). Save it again as CSV or .xlsx and try "
                          "again."),
    "ingest.empty": ("Filen är tom.", "The file is empty."),
    "ingest.too_many_rows": ("Filen har fler än {limit} rader, vilket är gränsen för uppladdning.",
                             "The file has more than {limit} rows, which is the upload limit."),
    "ingest.too_many_rows_merged": ("Filerna ger tillsammans {rows} rader efter sammanslagningen; gränsen för "
                                    "uppladdning är {limit} rader. Inget lästes in.",
                                    "Together the files make {rows} rows after merging; the upload limit is "
                                    "{limit} rows. Nothing was read."),
    "ingest.too_many_files": ("Du valde {n} filer; högst {limit} filer kan läsas åt gången. Inget lästes in.",
                              "You chose {n} files; at most {limit} files can be read at a time. Nothing was "
                              "read."),
    "ingest.file_too_large": ("Filen {file} är {mb} MB; gränsen för uppladdning här är {limit} MB. Den lästes "
                              "inte in.",
                              "The file {file} is {mb} MB; the upload limit here is {limit} MB. It was not "
                              "read."),
    "ingest.too_many_columns": ("Filen har {n} kolumner; högst {limit} kan läsas (Skolverkets filer har omkring "
                                "130). Den lästes inte in. Ta bort kolumner som inte behövs.",
                                "The file has {n} columns; at most {limit} can be read (Skolverket's files have "
                                "about 130). It was not read. Remove the columns that are not needed."),
    "ingest.xlsx_part_too_large": ("En del av Excelfilen ({part}) skulle packas upp till {mb} MB; gränsen är "
                                   "{limit} MB. Den öppnas inte. Spara den som CSV eller dela upp den.",
                                   "A part of the Excel file ({part}) would unpack to {mb} MB; the limit is "
                                   "{limit} MB. It is not opened. Save it as CSV or split it."),
    "ingest.note_encoding": ("Läst som text ({encoding}), avgränsare {separator}.",
                             "Read as text ({encoding}), separator {separator}."),
    "ingest.note_excel": ("Läst från Excelfilens första blad, ”{sheet}”. Formler räknas inte om; "
                          "sparade värden används.",
                          "Read from the workbook's first sheet, “{sheet}”. Formulas are not "
                          "recalculated; stored values are used."),
    # Formats
    "ingest.format.template": ("appens mall", "the app's template"),
    "ingest.format.skolverket_personal": ("Skolverkets ”Personalstatistik med lärarlegitimation och behörighet”",
                                          "Skolverket's “Personalstatistik med lärarlegitimation och behörighet”"),
    "ingest.format.skolverket_pupils": ("Skolverkets ”Antal elever per årskurs”",
                                        "Skolverket's “Antal elever per årskurs”"),
    "ingest.format.skolverket_other": ("en export från Skolverkets ”Sök statistik”",
                                       "an export from Skolverket's “Sök statistik”"),
    "ingest.format.table": ("en tabell med egna kolumnnamn", "a table with its own column names"),
    # Layout and columns
    "ingest.no_header": ("Ingen rad med kolumnnamn hittades.", "No row of column names was found."),
    "ingest.column_unknown": ("Kolumnen känns inte igen och används inte.",
                              "The column is not recognised and is not used."),
    "ingest.column_duplicate": ("Kolumnen betyder samma sak som en tidigare kolumn ({canonical[sv]}) och används "
                                "inte.",
                                "The column means the same as an earlier column ({canonical[en]}) and is not used."),
    "ingest.needs_mapping": ("Filen kan inte läsas än – det saknas: {missing[sv]}. Välj kolumnerna under ”Koppla "
                             "kolumner”, eller ange ett värde för alla rader (till exempel läsåret).",
                             "The file cannot be read yet – missing: {missing[en]}. Choose the columns under "
                             "“Map columns”, or give a value for every row (for example the school year)."),
    "ingest.no_key": ("Filen saknar skolenhetskod och kommunkod, så raderna kan inte knytas till en enhet.",
                      "The file has neither school unit code nor municipality code, so rows cannot be tied "
                      "to a unit."),
    "ingest.footer_skipped": ("{n} rader efter tabellen (Skolverkets definitioner och fotnoter) lästes inte som data.",
                              "{n} lines after the table (Skolverket's definitions and footnotes) were not read "
                              "as data."),
    "ingest.no_data_rows": ("Inga användbara rader finns kvar i filen.",
                            "No usable rows are left in the file."),
    # Codes and years
    "ingest.drop_no_code": ("Kolumnen {column} har ingen kod (”{value}”).", "Column {column} has no code (“{value}”)."),
    "ingest.school_code_padded": ("{n} skolenhetskoder hade färre än 8 siffror (inledande nollor borttagna, "
                                  "troligen av Excel) och fylldes ut med nollor.",
                                  "{n} school unit codes had fewer than 8 digits (leading zeros removed, probably "
                                  "by Excel) and were padded with zeros."),
    "ingest.drop_bad_school_code": ("Skolenhetskoden i kolumnen {column} är inte 8 siffror (”{value}”).",
                                    "The school unit code in column {column} is not 8 digits (“{value}”)."),
    "ingest.municipality_code_padded": ("{n} kommunkoder hade tre siffror; den inledande nollan lades tillbaka.",
                                        "{n} municipality codes had three digits; the leading zero was restored."),
    "ingest.drop_unknown_municipality": ("Kommunkoden i kolumnen {column} finns inte bland Sveriges 290 kommuner "
                                         "(”{value}”).",
                                         "The municipality code in column {column} is not one of Sweden's 290 "
                                         "municipalities (“{value}”)."),
    "ingest.drop_bad_year": ("Läsåret i kolumnen {column} kan inte läsas (”{value}”).",
                             "The school year in column {column} cannot be read (“{value}”)."),
    "ingest.year_from_metadata": ("Läsåret {year} togs från filens rubrikrader (”Valt läsår”).",
                                  "The school year {year} was taken from the file's heading lines (“Valt läsår”)."),
    "ingest.no_year": ("Filen säger inte vilket läsår den gäller – varken i en kolumn eller i "
                       "rubrikraderna.",
                       "The file does not say which school year it covers – neither in a column nor in the "
                       "heading lines."),
    # Organiser types
    "ingest.drop_orgtype": ("Raden gäller huvudmannatypen ”{kind}”; vald typ är ”{chosen}”.",
                            "The row is for organiser type “{kind}”; the chosen type is “{chosen}”."),
    "ingest.orgtype_chosen": ("Raderna för huvudmannatypen ”{chosen}” används; {n} rader för andra typer listas "
                              "under ”Rader som inte används”.",
                              "The rows for organiser type “{chosen}” are used; {n} rows for other types are listed "
                              "under “Rows not used”."),
    "ingest.orgtype_absent": ("Filen har inga rader för huvudmannatypen ”{chosen}” (finns: {present}). Välj en annan "
                              "typ av huvudman.",
                              "The file has no rows for organiser type “{chosen}” (present: {present}). Choose "
                              "another type of organiser."),
    # Values
    "ingest.bad_number": ("Värdet ”{value}” är inget tal. Rätta cellen (eller töm den) och ladda upp filen igen.",
                          "The value “{value}” is not a number. Correct the cell (or empty it) and upload the "
                          "file again."),
    "ingest.row_short": ("Raden har bara {cells} celler men tabellen har {expected}; raden verkar avklippt från "
                         "och med denna kolumn.",
                         "The row has only {cells} cells but the table has {expected}; the row seems cut off from "
                         "this column on."),
    "ingest.bad_bool": ("Värdet ”{value}” är varken ja eller nej och lämnades tomt.",
                        "The value “{value}” is neither yes nor no and was left empty."),
    "ingest.out_of_range": ("Värdet {value} ligger utanför det rimliga intervallet {lo}–{hi} och lämnades tomt.",
                            "The value {value} is outside the plausible range {lo}–{hi} and was left empty."),
    "ingest.more_rows_short": ("… och {n} rader till som är avklippta.", "… and {n} more rows that are cut off."),
    "ingest.more_cells": ("… och {n} celler till i samma kolumn med samma slags fel.",
                          "… and {n} more cells in the same column with the same kind of problem."),
    "ingest.marker_missing": ("{n} celler är markerade som saknade (”.” eller ”-”) och lämnades tomma.",
                              "{n} cells are marked as missing (“.” or “-”) and were left empty."),
    "ingest.marker_suppressed": ("{n} celler är sekretessmarkerade (”..”, för få elever eller lärare) och lämnades "
                                 "tomma.",
                                 "{n} cells are suppressed (“..”, too few pupils or teachers) and were left empty."),
    "ingest.marker_not_applicable": ("{n} celler är markerade ”*” (inte tillämpligt) och lämnades tomma.",
                                     "{n} cells are marked “*” (not applicable) and were left empty."),
    "ingest.rounded": ("{n} värden är avrundade eller ungefärliga (”~”, ”cirka”) och lästes som talet.",
                       "{n} values are rounded or approximate (“~”, “cirka”) and were read as the number."),
    "ingest.share_scaled": ("Andelarna var angivna som 0–1 och räknades om till procent (0–100).",
                            "The shares were given as 0–1 and were converted to percent (0–100)."),
    "ingest.drop_duplicate": ("Enheten {unit} läsåret {year} finns redan på rad {first}; den första raden används.",
                              "Unit {unit} in school year {year} is already on line {first}; the first row is used."),
    # Merging and the whole
    "ingest.no_files": ("Inga filer valdes.", "No files were chosen."),
    "ingest.nothing_usable": ("Ingen av filerna innehöll användbara data.", "None of the files held usable data."),
    "ingest.mixed_levels": ("Filerna blandar skolenheter ({schools}) och kommuner ({municipalities}). Ladda upp "
                            "filer på samma nivå.",
                            "The files mix school units ({schools}) and municipalities ({municipalities}). Upload "
                            "files of one level."),
    "ingest.merge_no_match": ("De {files} filerna har inga enheter och läsår gemensamt; de lades ihop som skilda "
                              "rader (t.ex. olika läsår) utan att para ihop några värden.",
                              "The {files} files share no unit and school year; they were combined as separate "
                              "rows (e.g. different school years) without pairing any values."),
    "ingest.merge_matched": ("De {files} filerna slogs ihop: {n} kombinationer av enhet och läsår fick värden från "
                             "mer än en fil.",
                             "The {files} files were merged: {n} unit and school-year pairs got values from more "
                             "than one file."),
    "ingest.merge_conflict": ("Kolumnen {column} har olika värden i olika filer för {n} enheter; värdet från den "
                              "först valda filen ({file}) används.",
                              "Column {column} has different values in different files for {n} units; the value "
                              "from the first file ({file}) is used."),
    "ingest.summary_school": ("Resultat: {rows} rader, {units} skolenheter, läsår {years}.",
                              "Result: {rows} rows, {units} school units, school years {years}."),
    "ingest.summary_municipality": ("Resultat: {rows} rader, {units} kommuner, läsår {years}.",
                                    "Result: {rows} rows, {units} municipalities, school years {years}."),
    # Template
    "template.sheet_data": ("Data", "Data"),
    "template.sheet_help": ("Förklaring", "Explanation"),
    "template.col_column": ("Kolumn", "Column"),
    "template.col_name": ("Tekniskt namn", "Technical name"),
    "template.col_meaning": ("Slags värde", "Kind of value"),
    "template.col_range": ("Tillåtna värden", "Allowed values"),
    "template.kind.id": ("Kod som text (skolenhetskod 8 siffror, kommunkod 4 siffror)",
                         "Code as text (school unit code 8 digits, municipality code 4 digits)"),
    "template.kind.text": ("Text", "Text"),
    "template.kind.year": ("Läsår, t.ex. 2024/25", "School year, e.g. 2024/25"),
    "template.kind.coord": ("Koordinat (WGS84, decimalgrader)", "Coordinate (WGS84, decimal degrees)"),
    "template.kind.count": ("Antal", "Count"),
    "template.kind.fte": ("Heltidstjänster", "Full-time equivalents"),
    "template.kind.share": ("Andel i procent (0–100)", "Share in percent (0–100)"),
    "template.kind.ratio": ("Kvot", "Ratio"),
    "template.kind.years": ("År", "Years"),
    "template.kind.index": ("Indexvärde", "Index value"),
    "template.kind.scale": ("Skala 1–3 (SALSA)", "Scale 1–3 (SALSA)"),
    "template.kind.points": ("Meritpoäng", "Merit points"),
    "template.kind.bool": ("ja eller nej", "yes or no"),
    "template.kind.rate": ("Antal per 100", "Number per 100"),
}

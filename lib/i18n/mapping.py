"""Strings of reading a file the person's way (issue 16): the column map, values for every row, year columns,
local ids and scale checks, in the report and on the Data screen's mapping form."""

STRINGS: dict[str, tuple[str, str]] = {
    # The report
    "mapping.constant_set": ("{field} är ”{value}” för alla rader i filen.",
                             "{field} is “{value}” for every row of the file."),
    "mapping.constant_bad_year": ("{field}: ”{value}” är inget läsår (skriv t.ex. 2023 eller 2023/24).",
                                  "{field}: “{value}” is not a school year (write e.g. 2023 or 2023/24)."),
    "mapping.constant_bad_municipality": ("{field}: ”{value}” är varken en kommunkod eller ett kommunnamn.",
                                          "{field}: “{value}” is neither a municipality code nor a "
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
    "mapping.years_read": ("Läsåret {year} lästes ur årskolumner: {fields}. Det läsåret saknar: {lacking}.",
                           "School year {year} was read from year columns: {fields}. That year lacks: "
                           "{lacking}."),
    "mapping.local_ids": ("Skolorna har egna id:n (text i stället för Skolverkets 8-siffriga koder); varje unikt "
                          "id är en skola.",
                          "The schools have their own ids (text instead of Skolverket's 8-digit codes); every "
                          "unique id is a school."),
    "mapping.drop_no_id": ("Raden har värden men inget id i kolumnen {column}.",
                           "The row has values but no id in column {column}."),
    "mapping.drop_no_values": ("Raden (”{value}”) har inga värden i de kolumner som används.",
                               "The row (“{value}”) has no values in the columns used."),
    "mapping.scale_grade_average": ("Värdena i {header} ligger mellan {lo} och {hi} – det ser ut som ett "
                                    "betygsmedelvärde (0–20), inte meritvärde (0–340). Lämna bort kolumnen om den "
                                    "inte är meritvärde.",
                                    "The values in {header} lie between {lo} and {hi} – that looks like a grade "
                                    "average (0–20), not a merit value (0–340). Leave the column out unless it is a "
                                    "merit value."),
    "mapping.scale_share_counts": ("Värdena i {header} ligger mellan {lo} och {hi} – det ser ut som antal, inte "
                                   "andelar i procent (0–100). Lämna bort kolumnen om den inte är en andel.",
                                   "The values in {header} lie between {lo} and {hi} – that looks like counts, not "
                                   "shares in percent (0–100). Leave the column out unless it is a share."),
    "mapping.scale_ratio_inverse": ("Värdena i {header} ligger mellan {lo} och {hi} – det ser ut som lärare per "
                                    "elev, inte elever per lärare. Lämna bort kolumnen om den inte är elever per "
                                    "lärare.",
                                    "The values in {header} lie between {lo} and {hi} – that looks like teachers "
                                    "per pupil, not pupils per teacher. Leave the column out unless it is pupils "
                                    "per teacher."),
}

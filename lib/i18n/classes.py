"""Strings of the Klasskillnader (class differences) screen and the class-file report."""

STRINGS: dict[str, tuple[str, str]] = {
    "classes.title": ("Klasskillnader", "Class differences"),
    "classes.intro": ("Skolinspektionen fann att få rektorer jämför klasser systematiskt: ”Endast på fyra skolor "
                      "jämförs genomsnittlig betygspoäng per ämne mellan klasser.” Här jämförs klasserna inom en "
                      "skola, ämne för ämne, och lärarnas behörighet läggs ovanpå.",
                      "The Schools Inspectorate found that few principals compare classes systematically: only at "
                      "four schools were mean grade points per subject compared between classes. Here the classes "
                      "within a school are compared, subject by subject, with the teachers' qualification on top."),
    "classes.cautions": ("Att läsa med försiktighet: målet är inte lika medelvärden i alla klasser; siffrorna "
                         "rangordnar inte lärare; små klasser (under 10 elever med betyg) ger osäkra medelvärden och "
                         "är markerade.",
                         "Read with care: the aim is not equal means in every class; the figures do not rank "
                         "teachers; small classes (under 10 pupils with grades) give uncertain means and are marked."),
    "classes.upload_heading": ("Egna klassresultat", "Your own class results"),
    "classes.uploader": ("Ladda upp klassresultat (CSV eller Excel)", "Upload class results (CSV or Excel)"),
    "classes.template": ("Ladda ner mall för klassresultat", "Download the class-results template"),
    "classes.using_upload": ("Visar uppladdade klassresultat ({files}).", "Showing uploaded class results ({files})."),
    "classes.using_demo": ("Visar demodatans fiktiva klassresultat.", "Showing the demo's fictional class results."),
    "classes.no_data": ("Det finns inga klassresultat. Ladda upp en fil med mallens kolumner.",
                        "There are no class results. Upload a file with the template's columns."),
    "classes.rejected": ("Klassfilen kunde inte användas:", "The class file could not be used:"),
    "classes.school": ("Skola", "School"),
    "classes.subject": ("Ämne", "Subject"),
    "classes.grade_level": ("Årskurs", "Grade level"),
    "classes.period": ("Läsår och termin", "School year and term"),
    "classes.margin": ("Marginal under skolans ämnesmedel (betygspoäng)", "Margin below the school's subject mean "
                                                                            "(grade points)"),
    "classes.compare_title": ("Genomsnittlig betygspoäng per klass, {subject} åk {grade}, {period}",
                              "Mean grade points by class, {subject} year {grade}, {period}"),
    "classes.compare_alt": ("Stapeldiagram med klassernas genomsnittliga betygspoäng: {values}. Variationsvidd "
                            "{range}.",
                            "Bar chart of the classes' mean grade points: {values}. Range {range}."),
    "classes.mean_points": ("Genomsnittlig betygspoäng", "Mean grade points"),
    "classes.pass_share": ("Andel med godkänt betyg (%)", "Share with a passing grade (%)"),
    "classes.class": ("Klass", "Class"),
    "classes.qualified": ("Behörig lärare", "Qualified teacher"),
    "classes.qualified.yes": ("behörig", "qualified"),
    "classes.qualified.no": ("obehörig", "unqualified"),
    "classes.qualified.unknown": ("okänt", "unknown"),
    "classes.teacher": ("Lärare (pseudonym)", "Teacher (pseudonym)"),
    "classes.teacher_hidden": ("dold", "hidden"),
    "classes.small": ("Under 10 elever med betyg – osäkert", "Under 10 pupils with grades – uncertain"),
    "classes.range": ("Variationsvidd", "Range (variationsvidd)"),
    "classes.range_help": ("Skillnaden mellan klassen med lägst och högst genomsnittlig betygspoäng; klasser med "
                           "färre än 10 elever är uteslutna, som i Skolinspektionens granskning.",
                           "The difference between the classes with the lowest and highest mean grade points; "
                           "classes with fewer than 10 pupils are left out, as in the inspectorate's review."),
    "classes.between": ("Andel av variationen mellan klasser", "Share of the variation between classes"),
    "classes.between_help": ("η²: hur stor del av skillnaderna i elevernas betygspoäng som ligger mellan klasserna "
                             "(räknat från betygsfördelningen; klasser under 10 elever uteslutna).",
                             "η²: how much of the differences in pupils' grade points lies between the classes "
                             "(from the grade counts; classes under 10 pupils left out)."),
    "classes.test_diff": ("Betyg minus nationellt prov", "Grade minus national test"),
    "classes.heatmap_title": ("Klass × ämne: genomsnittlig betygspoäng, åk {grade}, {period}",
                              "Class × subject: mean grade points, year {grade}, {period}"),
    "classes.heatmap_alt": ("Värmekarta med en ruta per klass och ämne.", "Heat map with one cell per class and "
                                                                           "subject."),
    "classes.trend_heading": ("Över tid och årskull", "Over time and by cohort"),
    "classes.trend_title": ("{subject}: klassernas betygspoäng termin för termin (årskull = samma klassbokstav "
                            "från åk 7)",
                            "{subject}: the classes' grade points term by term (cohort = the same class letter from "
                            "year 7)"),
    "classes.trend_alt": ("Linjediagram med en linje per årskull över terminerna.",
                          "Line chart with one line per cohort over the terms."),
    "classes.cohort": ("Årskull", "Cohort"),
    "classes.history_heading": ("Lärarbehörighet och lärarbyten per årskull", "Teacher qualification and changes "
                                                                                "by cohort"),
    "classes.col.terms": ("Terminer", "Terms"),
    "classes.col.terms_unqualified": ("Terminer med obehörig lärare", "Terms with an unqualified teacher"),
    "classes.col.changes": ("Lärarbyten", "Teacher changes"),
    "classes.flags_heading": ("Klasser att titta närmare på", "Classes to look at more closely"),
    "classes.flags_none": ("Inga klasser flaggas med de valda inställningarna.",
                           "No classes are flagged with the chosen settings."),
    "classes.flag_below": ("{cohort}: under skolans ämnesmedel med mer än {margin} poäng {terms} terminer i rad.",
                           "{cohort}: below the school's subject mean by more than {margin} points {terms} terms in "
                           "a row."),
    "classes.flag_unqualified_lowest": ("{cohort}: obehörig lärare i klassen med lägst betygspoäng ({terms} "
                                        "terminer).",
                                        "{cohort}: unqualified teacher in the class with the lowest grade points "
                                        "({terms} terms)."),
    "classes.col.reason": ("Varför", "Why"),
    # Class-file report
    "classes.no_header": ("Ingen rad med kolumnnamn för klassresultat hittades (t.ex. Skolenhetskod, Läsår, "
                          "Termin, Klass, Ämne).",
                          "No row of column names for class results was found (e.g. school unit code, school year, "
                          "term, class, subject)."),
    "classes.missing_columns": ("Kolumner saknas: {columns}.", "Columns are missing: {columns}."),
    "classes.no_results": ("Filen saknar resultat: varken antal per betyg A–F eller genomsnittlig betygspoäng.",
                           "The file has no results: neither counts per grade A–F nor mean grade points."),
    "classes.counts_exceed_pupils": ("Fler betyg än elever på raden.", "More grades than pupils on the row."),
    "classes.drop_bad_code": ("Skolenhetskoden i kolumnen {column} är inte 8 siffror (”{value}”).",
                              "The school unit code in column {column} is not 8 digits (“{value}”)."),
    "classes.drop_bad_year": ("Läsåret i kolumnen {column} kan inte läsas (”{value}”).",
                              "The school year in column {column} cannot be read (“{value}”)."),
    "classes.drop_bad_term": ("Terminen i kolumnen {column} är varken HT eller VT (”{value}”).",
                              "The term in column {column} is neither HT nor VT (“{value}”)."),
    "classes.drop_empty": ("Kolumnen {column} är tom.", "Column {column} is empty."),
    "classes.drop_duplicate": ("Samma klass, ämne och termin finns redan tidigare i filen; den första raden används.",
                               "The same class, subject and term is already earlier in the file; the first row is "
                               "used."),
    "classes.summary": ("Resultat: {rows} rader, {schools} skolor, {classes} klassnamn.",
                        "Result: {rows} rows, {schools} schools, {classes} class names."),
}

"""Strings of the Klasskillnader (class differences) screen and the class-file report."""

STRINGS: dict[str, tuple[str, str]] = {
    "klasser.title": ("Klasskillnader", "Class differences"),
    "klasser.intro": ("Skolinspektionen fann att få rektorer jämför klasser systematiskt: ”Endast på fyra skolor "
                      "jämförs genomsnittlig betygspoäng per ämne mellan klasser.” Här jämförs klasserna inom en "
                      "skola, ämne för ämne, och lärarnas behörighet läggs ovanpå.",
                      "The Schools Inspectorate found that few principals compare classes systematically: only at "
                      "four schools were mean grade points per subject compared between classes. Here the classes "
                      "within a school are compared, subject by subject, with the teachers' qualification on top."),
    "klasser.cautions": ("Att läsa med försiktighet: målet är inte lika medelvärden i alla klasser; siffrorna "
                         "rangordnar inte lärare; små klasser (under 10 elever med betyg) ger osäkra medelvärden och "
                         "är markerade.",
                         "Read with care: the aim is not equal means in every class; the figures do not rank "
                         "teachers; small classes (under 10 pupils with grades) give uncertain means and are marked."),
    "klasser.upload_heading": ("Egna klassresultat", "Your own class results"),
    "klasser.uploader": ("Ladda upp klassresultat (CSV eller Excel)", "Upload class results (CSV or Excel)"),
    "klasser.template": ("Ladda ner mall för klassresultat", "Download the class-results template"),
    "klasser.using_upload": ("Visar uppladdade klassresultat ({files}).", "Showing uploaded class results ({files})."),
    "klasser.using_demo": ("Visar demodatans fiktiva klassresultat.", "Showing the demo's fictional class results."),
    "klasser.no_data": ("Det finns inga klassresultat. Ladda upp en fil med mallens kolumner.",
                        "There are no class results. Upload a file with the template's columns."),
    "klasser.rejected": ("Klassfilen kunde inte användas:", "The class file could not be used:"),
    "klasser.school": ("Skola", "School"),
    "klasser.subject": ("Ämne", "Subject"),
    "klasser.grade_level": ("Årskurs", "Grade level"),
    "klasser.period": ("Läsår och termin", "School year and term"),
    "klasser.margin": ("Marginal under skolans ämnesmedel (betygspoäng)", "Margin below the school's subject mean "
                       "(grade points)"),
    "klasser.compare_title": ("Genomsnittlig betygspoäng per klass, {subject} åk {grade}, {period}",
                              "Mean grade points by class, {subject} year {grade}, {period}"),
    "klasser.compare_alt": ("Stapeldiagram med klassernas genomsnittliga betygspoäng: {values}. Variationsvidd "
                            "{range}.",
                            "Bar chart of the classes' mean grade points: {values}. Range {range}."),
    "klasser.mean_points": ("Genomsnittlig betygspoäng", "Mean grade points"),
    "klasser.pass_share": ("Andel med godkänt betyg (%)", "Share with a passing grade (%)"),
    "klasser.class": ("Klass", "Class"),
    "klasser.qualified": ("Behörig lärare", "Qualified teacher"),
    "klasser.qualified.yes": ("behörig", "qualified"),
    "klasser.qualified.no": ("obehörig", "unqualified"),
    "klasser.qualified.unknown": ("okänt", "unknown"),
    "klasser.teacher": ("Lärare (pseudonym)", "Teacher (pseudonym)"),
    "klasser.teacher_hidden": ("dold", "hidden"),
    "klasser.small": ("Under 10 elever med betyg – osäkert", "Under 10 pupils with grades – uncertain"),
    "klasser.range": ("Variationsvidd", "Range (variationsvidd)"),
    "klasser.range_help": ("Skillnaden mellan klassen med lägst och högst genomsnittlig betygspoäng; klasser med "
                           "färre än 10 elever är uteslutna, som i Skolinspektionens granskning.",
                           "The difference between the classes with the lowest and highest mean grade points; "
                           "classes with fewer than 10 pupils are left out, as in the inspectorate's review."),
    "klasser.between": ("Andel av variationen mellan klasser", "Share of the variation between classes"),
    "klasser.between_help": ("η²: hur stor del av skillnaderna i elevernas betygspoäng som ligger mellan klasserna "
                             "(räknat från betygsfördelningen; klasser under 10 elever uteslutna). Även utan några "
                             "verkliga skillnader ger slumpen en andel större än noll: i genomsnitt (k − 1)/(n − 1) "
                             "för k klasser och n elever med betyg, med tre klasser om 23 elever 2/68 = 2,9 %.",
                             "η²: how much of the differences in pupils' grade points lies between the classes "
                             "(from the grade counts; classes under 10 pupils left out). Even with no real "
                             "differences chance gives a share above zero: on average (k − 1)/(n − 1) for k classes "
                             "and n pupils with grades, with three classes of 23 pupils 2/68 = 2.9%."),
    "klasser.between_within_chance": ("Slumpen ensam ger i genomsnitt {chance} med {classes} klasser och {pupils} "
                                      "elever med betyg, och i 95 fall av 100 under {limit}. {share} är inom vad "
                                      "slumpen ger: ingen tydlig skillnad mellan klasserna.",
                                      "Chance alone gives {chance} on average with {classes} classes and {pupils} "
                                      "pupils with grades, and under {limit} in 95 cases of 100. {share} is within "
                                      "what chance gives: no clear difference between the classes."),
    "klasser.between_above_chance": ("Skillnaden mellan klasserna är större än slumpen brukar ge: {share} mot "
                                     "{chance} i genomsnitt av slumpen ensam med {classes} klasser och {pupils} elever "
                                     "med betyg (slumpen ger under {limit} i 95 fall av 100).",
                                     "The difference between the classes is larger than chance usually gives: "
                                     "{share} against {chance} on average from chance alone with {classes} classes "
                                     "and {pupils} pupils with grades (chance gives under {limit} in 95 cases of "
                                     "100)."),
    "klasser.test_diff": ("Betyg minus nationellt prov", "Grade minus national test"),
    "klasser.heatmap_title": ("Klass × ämne: genomsnittlig betygspoäng, åk {grade}, {period}",
                              "Class × subject: mean grade points, year {grade}, {period}"),
    "klasser.heatmap_alt": ("Värmekarta med en ruta per klass och ämne.", "Heat map with one cell per class and "
                            "subject."),
    "klasser.trend_heading": ("Över tid och årskull", "Over time and by cohort"),
    "klasser.trend_title": ("{subject}: klassernas betygspoäng termin för termin (årskull = samma klassbokstav "
                            "från åk 7)",
                            "{subject}: the classes' grade points term by term (cohort = the same class letter from "
                            "year 7)"),
    "klasser.trend_alt": ("Linjediagram med en linje per årskull över terminerna.",
                          "Line chart with one line per cohort over the terms."),
    "klasser.cohort": ("Årskull", "Cohort"),
    "klasser.history_heading": ("Lärarbehörighet och lärarbyten per årskull", "Teacher qualification and changes "
                                "by cohort"),
    "klasser.col.terms": ("Terminer", "Terms"),
    "klasser.col.terms_unqualified": ("Terminer med obehörig lärare", "Terms with an unqualified teacher"),
    "klasser.col.changes": ("Lärarbyten", "Teacher changes"),
    "klasser.flags_heading": ("Klasser att titta närmare på", "Classes to look at more closely"),
    "klasser.flags_none": ("Inga klasser flaggas med de valda inställningarna.",
                           "No classes are flagged with the chosen settings."),
    "klasser.flag_below": ("{cohort}: under skolans ämnesmedel med mer än {margin} poäng {terms} i rad.",
                           "{cohort}: below the school's subject mean by more than {margin} points {terms} in a "
                           "row."),
    "klasser.flag_unqualified_lowest": ("{cohort}: obehörig lärare i klassen med lägst betygspoäng ({terms}).",
                                        "{cohort}: unqualified teacher in the class with the lowest grade points "
                                        "({terms})."),
    "klasser.terms_one": ("{n} termin", "{n} term"),
    "klasser.terms_many": ("{n} terminer", "{n} terms"),
    "klasser.col.reason": ("Varför", "Why"),
    "klasser.flag_line": ("- **{subject} {class_name}** – {reason}", "- **{subject} {class_name}** – {reason}"),
    "klasser.class_value": ("{class_name} {value}", "{class_name} {value}"),
    # Class-file report
    "klasser.no_header": ("Ingen rad med kolumnnamn för klassresultat hittades (t.ex. Skolenhetskod, Läsår, "
                          "Termin, Klass, Ämne).",
                          "No row of column names for class results was found (e.g. school unit code, school year, "
                          "term, class, subject)."),
    "klasser.missing_columns": ("Kolumner saknas: {columns}.", "Columns are missing: {columns}."),
    "klasser.no_results": ("Filen saknar resultat: varken antal per betyg A–F eller genomsnittlig betygspoäng.",
                           "The file has no results: neither counts per grade A–F nor mean grade points."),
    "klasser.counts_exceed_pupils": ("Fler betyg än elever på raden.", "More grades than pupils on the row."),
    "klasser.drop_bad_code": ("Skolenhetskoden i kolumnen {column} är inte 8 siffror (”{value}”).",
                              "The school unit code in column {column} is not 8 digits (“{value}”)."),
    "klasser.drop_bad_year": ("Läsåret i kolumnen {column} kan inte läsas (”{value}”).",
                              "The school year in column {column} cannot be read (“{value}”)."),
    "klasser.drop_bad_term": ("Terminen i kolumnen {column} är varken HT eller VT (”{value}”).",
                              "The term in column {column} is neither HT nor VT (“{value}”)."),
    "klasser.drop_empty": ("Kolumnen {column} är tom.", "Column {column} is empty."),
    "klasser.drop_duplicate": ("Samma klass, ämne och termin finns redan tidigare i filen; den första raden används.",
                               "The same class, subject and term is already earlier in the file; the first row is "
                               "used."),
    "klasser.summary": ("Resultat: {rows} rader, {schools} skolor, {classes} klassnamn.",
                        "Result: {rows} rows, {schools} schools, {classes} class names."),
}

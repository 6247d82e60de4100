"""The Klasskillnader screen's views on hand-made class results: where results come from (the dataset's own or an
upload known by its content), the school picker, the compared classes' figures and texts, cohorts, flags, the
command's document, and the cache entries (languages, choices and results never share one; an upload never
enters the shared pool)."""

from __future__ import annotations

import pandas as pd

from lib import cache
from lib.dataset import Dataset, Source
from lib.i18n import NBSP
from lib.ingest.classes import to_csv
from lib.screens import klasser

SCHOOL = "12345678"


def row(cls: str, term: str, counts: tuple[int, ...], teacher: str, qualified: bool, test: float | None = None,
        year: int = 2024, subject: str = "Matematik") -> dict:
    a, b, c, d, e, f = counts
    return {"school_id": SCHOOL, "school_year": year, "term": term, "grade_level": 9, "class_name": cls,
            "subject": subject, "pupils": sum(counts), "grade_a": a, "grade_b": b, "grade_c": c, "grade_d": d,
            "grade_e": e, "grade_f": f, "mean_points": None, "national_test_mean": test, "teacher_id": teacher,
            "teacher_qualified": qualified, "teacher_experience_years": 5}


def term(name: str) -> list[dict]:
    return [
        # 9A: A 2, C 4, E 4 → (40 + 60 + 40)/10 = 14.0; national test 13.0 → grade − test = 1.0.
        row("9A", name, (2, 0, 4, 0, 4, 0), "L-1", True, test=13.0),
        # 9B: B 2, D 4, F 4 → (35 + 50 + 0)/10 = 8.5; unqualified teacher.
        row("9B", name, (0, 2, 0, 4, 0, 4), "L-2", False),
        # 9C: 8 pupils, all A → 20.0, left out of range and η² (under 10 graded pupils).
        row("9C", name, (8, 0, 0, 0, 0, 0), "L-3", True),
    ]


def frame() -> pd.DataFrame:
    return pd.DataFrame(term("HT") + term("VT"))


def dataset(shared: bool = True, classes: pd.DataFrame | None = None) -> Dataset:
    schools = pd.DataFrame({"school_id": [SCHOOL], "school_name": ["Lärkdungen (fiktiv)"], "school_year": [2024]})
    source = Source("demo", date="2026-11-22") if shared else Source("upload", ("skolor.csv",))
    return Dataset(schools, "school", source, classes=frame() if classes is None else classes)


def keys_of(function) -> list[tuple]:
    name = f"{function.__module__}.{function.__qualname__}"
    return [k for k in cache.SHARED.keys("klasser") if k[0] == name]


def test_own_results_follow_the_dataset_and_an_upload_is_known_by_its_content():
    data = dataset()
    own = klasser.own_results(data)
    assert own.shared and own.cache_key() == ("class-results", data.fingerprint) and own.files == ()
    assert klasser.own_results(Dataset(data.frame, "school", data.source)) is None
    assert klasser.own_results(None) is None
    content = to_csv(frame())
    upload = klasser.read_upload((("klasser.csv", content),))
    assert upload.results is not None and not upload.results.shared
    assert upload.results.files == ("klasser.csv",) and upload.results.file_list == "klasser.csv"
    assert klasser.upload_source(upload.results, "sv") == "Källa: uppladdade filer (klasser.csv)"
    # An edited file of the same size is another upload: 9A's "2;0;4" becomes "4;0;2" (same bytes count).
    edited = content.replace(b"9A;Matematik;10;2;0;4", b"9A;Matematik;10;4;0;2", 1)
    assert len(edited) == len(content) and edited != content
    assert klasser.upload_digest((("klasser.csv", edited),)) != klasser.upload_digest((("klasser.csv", content),))
    assert klasser.upload_digest((("a.csv", content),)) != klasser.upload_digest((("b.csv", content),))
    assert klasser.upload_digest((("klasser.csv", content),)) == upload.results.fingerprint


def test_a_broken_upload_says_what_in_the_one_report():
    upload = klasser.read_upload((("fel.csv", b"Skolenhetskod;Klass\n1;2\n"),))
    assert upload.results is None
    view = upload.report_view("sv")
    assert view.lines == ("fel.csv: Ingen rad med kolumnnamn för klassresultat hittades (t.ex. Skolenhetskod, Läsår, "
                          "Termin, Klass, Ämne).",)
    assert view.counts.startswith("1 fel, 0 varningar")
    good = klasser.read_upload((("klasser.csv", to_csv(frame())),)).report_view("en")
    # Nothing wrong; the reader's note says what it read: 6 rows, 1 school, 3 class names.
    assert good.counts.startswith("0 errors, 0 warnings") and good.lines == ()


def test_school_labels_and_choices():
    own = klasser.own_results(dataset())
    assert klasser.schools(own, dataset()) == {SCHOOL: "Lärkdungen (fiktiv) (12345678)"}  # "Name (code)"
    assert klasser.schools(own, None) == {SCHOOL: SCHOOL}  # no dataset to name it: the code
    choices = klasser.choices(own, SCHOOL)
    # HT 2024 then VT 2025 (the spring term of 2024/25); the latest (index 1) is chosen first.
    assert choices == klasser.Choices(("Matematik",), (9,), ("HT 2024", "VT 2025"), 1)


def test_the_compared_classes_by_hand():
    own = klasser.own_results(dataset())
    view = klasser.term_view(own, SCHOOL, "Matematik", 9, "VT 2025", "sv", "Källa: test")
    # Range 14.0 − 8.5 = 5.5 (9C left out). η²: grand mean (140 + 85)/20 = 11.25; SS between = 2 · 10 · 2.75² =
    # 151.25; SS total = 215.625 + 590.625 = 806.25; 151.25/806.25 = 0.18760 → 18,8 %. Grade − test: only 9A
    # has a test mean, 1.0.
    assert (view.range, view.between, view.test_diff) == ("5,50", f"18,8{NBSP}%", "1,00")
    assert view.comparison_alt == ("Stapeldiagram med klassernas genomsnittliga betygspoäng: 9A 14,0, 9B 8,5, "
                                   "9C 20,0. Variationsvidd 5,50.")
    assert view.table.frame["Genomsnittlig betygspoäng"].tolist() == [14.0, 8.5, 20.0]
    assert view.table.frame["Lärare (pseudonym)"].tolist() == ["L-1", "L-2", "L-3"]  # three classes: shown
    assert (view.comparison_name, view.table_name, view.heatmap_name) == \
        (f"klasser-{SCHOOL}-Matematik", f"klasser-{SCHOOL}-Matematik-9", f"klasser-amnen-{SCHOOL}")
    assert view.comparison["title"]["text"] == "Genomsnittlig betygspoäng per klass, Matematik åk 9, VT 2025"
    assert all(isinstance(v, bytes) for v in view.comparison["datasets"].values())
    empty = klasser.term_view(own, SCHOOL, "Matematik", 8, "VT 2025", "en", "Source")  # no grade 8 that term
    assert (empty.range, empty.between, empty.test_diff) == ("–", "–", "–")


def test_cohorts_and_teacher_history_by_hand():
    own = klasser.own_results(dataset())
    view = klasser.subject_view(own, SCHOOL, "Matematik", "sv", "Källa: test")
    history = view.history.frame.set_index("Årskull")
    # Cohort B (year 9 in 2024/25 → started year 7 in 2022/23): two terms, both with the unqualified L-2, no change.
    assert history.loc["B 2022/23", ["Terminer", "Terminer med obehörig lärare", "Lärarbyten"]].tolist() == [2, 2, 0]
    assert history.loc["A 2022/23", "Terminer med obehörig lärare"] == 0
    assert view.name == f"arskullar-{SCHOOL}-Matematik"


def test_flags_in_words_and_the_command_document():
    own = klasser.own_results(dataset())
    lines = klasser.flag_lines(own, SCHOOL, 1.0, "sv")
    # Group mean (140 + 85 + 160)/28 = 13.75; 9B (8.5) is more than 1 below in both terms → 2 in a row; and it
    # is the lowest class with an unqualified teacher in both terms.
    assert lines == ("- **Matematik 9B** – B 2022/23: under skolans ämnesmedel med mer än 1,0 poäng 2 terminer "
                     "i rad.",
                     "- **Matematik 9B** – B 2022/23: obehörig lärare i klassen med lägst betygspoäng (2 terminer).")
    assert klasser.flag_lines(own, SCHOOL, 6.0, "sv") == (lines[1],)  # 8.5 is not 6 below 13.75
    doc = klasser.document(own, SCHOOL, 1.0, "en")
    assert set(doc) == {"groups", "flags"} and len(doc["groups"]) == 2  # HT and VT
    group = doc["groups"][0]
    assert [c["class"] for c in group["classes"]] == ["9A", "9B", "9C"] and group["range"] == 5.5
    assert doc["flags"][0] == {"school_id": SCHOOL, "subject": "Matematik", "class": "9B",
                               "reason": "classes.flag_below", "terms": 2, "margin": 1.0, "cohort": "B 2022/23",
                               "text": "B 2022/23: below the school's subject mean by more than 1.0 points 2 terms "
                                       "in a row."}


def test_languages_choices_and_results_get_entries_of_their_own():
    cache.SHARED.clear()
    own = klasser.own_results(dataset())
    sv = klasser.term_view(own, SCHOOL, "Matematik", 9, "VT 2025", "sv", "Källa")
    en = klasser.term_view(own, SCHOOL, "Matematik", 9, "VT 2025", "en", "Source")
    ht = klasser.term_view(own, SCHOOL, "Matematik", 9, "HT 2024", "sv", "Källa")
    assert sv.between != en.between and sv.comparison["title"] != ht.comparison["title"]
    assert len(keys_of(klasser.term_view)) == 3
    assert klasser.term_view(own, SCHOOL, "Matematik", 9, "VT 2025", "sv", "Källa") is sv  # reused
    klasser.flag_lines(own, SCHOOL, 1.0, "sv")
    klasser.flag_lines(own, SCHOOL, 6.0, "sv")
    assert len(keys_of(klasser.flag_lines)) == 2
    changed = frame()
    changed.loc[changed["class_name"] == "9A", "grade_a"] = 4  # 9A: (80 + 60 + 40)/12 = 15.0
    other = klasser.own_results(dataset(classes=changed))
    assert klasser.term_view(other, SCHOOL, "Matematik", 9, "VT 2025", "sv", "Källa").range == "6,50"  # 15 − 8.5
    before = set(cache.SHARED.keys("klasser"))
    upload = klasser.read_upload((("klasser.csv", to_csv(frame())),)).results
    assert klasser.term_view(upload, SCHOOL, "Matematik", 9, "VT 2025", "sv", "Källa").range == "5,50"
    private = klasser.own_results(dataset(shared=False))
    klasser.flag_lines(private, SCHOOL, 1.0, "sv")
    assert set(cache.SHARED.keys("klasser")) == before  # uploads and a visitor's own data stay out of it


def test_school_names_take_the_latest_name_and_are_empty_without_names():
    frame = pd.DataFrame({"school_year": [2023, 2024, 2024], "school_id": ["10000001", "10000001", "10000002"],
                          "school_name": ["Gamla skolan (fiktiv)", "Nya skolan (fiktiv)", "B (fiktiv)"]})
    data = Dataset(frame, "school", Source("upload", ("skolor.csv",)))
    assert klasser.school_names(data) == {"10000001": "Nya skolan (fiktiv)", "10000002": "B (fiktiv)"}
    assert klasser.school_names(Dataset(frame.drop(columns=["school_name"]), "school", data.source)) == {}


def test_the_between_class_share_beside_what_chance_gives():
    own = klasser.own_results(dataset())
    view = klasser.term_view(own, SCHOOL, "Matematik", 9, "VT 2025", "sv", "Källa: test")
    # 9A and 9B count (9C has 8 pupils): k = 2, n = 20. Chance: 1/19 = 5,3 %; 95 of 100 under 2.1009²/(2.1009² + 18)
    # = 19,7 % (t table, 18 df). η² 18,8 % is within: no flag.
    assert view.between_note == (f"Slumpen ensam ger i genomsnitt 5,3{NBSP}% med 2 klasser och 20 elever med betyg, "
                                 f"och i 95 fall av 100 under 19,7{NBSP}%. 18,8{NBSP}% är inom vad slumpen ger: ingen "
                                 "tydlig skillnad mellan klasserna.")
    assert view.between_above is False
    twice = ("grade_a", "grade_b", "grade_c", "grade_d", "grade_e", "grade_f", "pupils")
    doubled = frame()
    doubled.loc[doubled["class_name"] != "9C", list(twice)] *= 2
    big = klasser.term_view(klasser.own_results(dataset(classes=doubled)), SCHOOL, "Matematik", 9, "VT 2025", "en",
                            "Source")
    # Twice the pupils in 9A and 9B, same grades: η² still 18.8 %; chance 1/39 = 2.6 %; limit 2.0244²/(2.0244² + 38)
    # = 9.7 % (38 df): flagged.
    assert big.between == "18.8%" and big.between_above is True
    assert big.between_note == ("The difference between the classes is larger than chance usually gives: 18.8% "
                                "against 2.6% on average from chance alone with 2 classes and 40 pupils with grades "
                                "(chance gives under 9.7% in 95 cases of 100).")
    empty = klasser.term_view(own, SCHOOL, "Matematik", 8, "VT 2025", "en", "Source")  # no grade 8 that term
    assert (empty.between_note, empty.between_above) == ("", False)


def test_one_term_is_singular_in_the_flags():
    # One term only (VT): 9B is the lowest class with an unqualified teacher in 1 term — "1 termin", not "1 terminer".
    own = klasser.own_results(dataset(classes=pd.DataFrame(term("VT"))))
    assert klasser.flag_lines(own, SCHOOL, 1.0, "sv") == (
        "- **Matematik 9B** – B 2022/23: obehörig lärare i klassen med lägst betygspoäng (1 termin).",)
    doc = klasser.document(own, SCHOOL, 1.0, "en")
    assert doc["flags"][0]["terms"] == 1 and doc["flags"][0]["text"].endswith("(1 term).")

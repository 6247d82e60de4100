"""AppTest: Klasskillnader on the demo's class results and on an uploaded class file (figures, table, flags by
hand), an edited file of the same size read again, and a broken file explained."""

from __future__ import annotations

import pytest

from lib.text import visible
from tests.app.conftest import assert_no_errors, open_page
from tests.fixtures.make_exports import class_results_csv

NBSP = "\u00a0"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_demo_class_results_show_measures_and_cautions(lang):
    at = open_page("app_pages/klasser.py", lang=lang)
    assert_no_errors(at)
    assert [m.label for m in at.metric] == (
        ["Variationsvidd", "Andel av variationen mellan klasser", "Betyg minus nationellt prov"] if lang == "sv" else
        ["Range (variationsvidd)", "Share of the variation between classes", "Grade minus national test"])
    assert at.metric[1].value.endswith(f"{NBSP}%" if lang == "sv" else "%")
    assert any(("rangordnar inte lärare" if lang == "sv" else "do not rank teachers") in c.value for c in at.caption)
    assert any(("fiktiva klassresultat" if lang == "sv" else "fictional class results") in c.value for c in at.caption)
    school = at.selectbox(key="cl_school")
    assert school.value == "99100000" and "(99100000)" in school.format_func(school.value)  # "Name (code)"
    table = at.dataframe[0].value
    assert ("Klass" if lang == "sv" else "Class") in table.columns and len(table) >= 2
    # Matematik åk 7, VT 2025: classes of 20, 23 and 26 graded pupils → chance alone (3 − 1)/(69 − 1) = 2/68 = 2,9 %;
    # the share 3,4 % is within what chance gives (under 1 − 0,05^(1/33) = 8,7 % in 95 of 100): a caption, no flag.
    chance = (f"Slumpen ensam ger i genomsnitt 2,9{NBSP}% med 3 klasser och 69 elever med betyg" if lang == "sv" else
              "Chance alone gives 2.9% on average with 3 classes and 69 pupils with grades")
    assert any(c.value.startswith(chance) for c in at.caption) and not at.warning


def test_a_share_above_chance_is_flagged_beside_the_metric():
    at = open_page("app_pages/klasser.py")
    at.selectbox(key="cl_period").set_value("HT 2022").run()
    assert_no_errors(at)
    # Matematik åk 7, HT 2022: η² 14,9 % against 2/70 = 2,9 % by chance with 71 graded pupils; chance stays under
    # 8,4 % in 95 of 100: flagged.
    assert at.metric[1].value == f"14,9{NBSP}%"
    assert [w.value for w in at.warning] == [
        f"Skillnaden mellan klasserna är större än slumpen brukar ge: 14,9{NBSP}% mot 2,9{NBSP}% i genomsnitt av "
        f"slumpen ensam med 3 klasser och 71 elever med betyg (slumpen ger under 8,4{NBSP}% i 95 fall av 100)."]


def upload(at, content: bytes):
    at.file_uploader(key="class_upload").set_value(("klasser.csv", content, "text/csv"))
    return at.run()


def test_uploaded_class_file_is_compared_and_flagged():
    at = upload(open_page("app_pages/klasser.py"), class_results_csv())
    assert_no_errors(at)
    assert any("uppladdade klassresultat (klasser.csv)" in visible(c.value) for c in at.caption)
    # Range 14,0 − 8,5 = 5,50 (9C with 8 pupils left out). η² = 151,25/806,25 = 0,1876 → 18,8 %: grand mean
    # (140 + 85)/20 = 11,25, SS between 2·10·2,75², SS total 215,625 + 590,625. No national test: "–".
    assert [m.value for m in at.metric] == ["5,50", f"18,8{NBSP}%", "–"]
    # Two classes of 10 count: chance 1/19 = 5,3 %, under 2,1009²/(2,1009² + 18) = 19,7 % in 95 of 100 (t, 18 df).
    assert any(c.value.startswith(f"Slumpen ensam ger i genomsnitt 5,3{NBSP}% med 2 klasser och 20 elever") and
               f"under 19,7{NBSP}%" in c.value for c in at.caption)
    table = next(d.value for d in at.dataframe if "Klass" in d.value.columns)
    assert dict(zip(table["Klass"], table["Genomsnittlig betygspoäng"], strict=True)) == \
        {"9A": 14.0, "9B": 8.5, "9C": 20.0}
    flags = [m.value for m in at.markdown if m.value.startswith("- **")]
    # Group mean (140 + 85 + 160)/28 = 13,75: 9B (8,5) more than 1,0 below in both terms, and the lowest class
    # with an unqualified teacher in both.
    assert flags == ["- **Matematik 9B** – B 2022/23: under skolans ämnesmedel med mer än 1,0 poäng 2 terminer i rad.",
                     "- **Matematik 9B** – B 2022/23: obehörig lärare i klassen med lägst betygspoäng (2 terminer)."]
    assert any(visible(c.value) == "Källa: uppladdade filer (klasser.csv)" for c in at.caption)


def test_an_edited_file_of_the_same_size_is_read_again():
    original = class_results_csv()
    edited = original.replace(b"9A;Matematik;10;2;0;4", b"9A;Matematik;10;4;0;2")  # A 2, C 4 → A 4, C 2
    assert len(edited) == len(original)
    at = upload(open_page("app_pages/klasser.py"), original)
    assert at.metric[0].value == "5,50"
    upload(at, edited)
    assert_no_errors(at)
    # 9A now (4·20 + 2·15 + 4·10)/10 = 15,0: range 15,0 − 8,5 = 6,50.
    assert at.metric[0].value == "6,50"


def test_a_broken_class_file_is_explained():
    at = upload(open_page("app_pages/klasser.py"), b"Skolenhetskod;Klass\n1;2\n")
    assert_no_errors(at)
    assert any("inte användas" in e.value for e in at.error)
    errors = next(d.value for d in at.dataframe if "Vad" in d.value.columns)  # the one validation report
    assert errors["Fil"].tolist() == ["klasser.csv"] and errors["Vad"].iloc[0].startswith("Ingen rad med kolumnnamn")
    assert any("fiktiva klassresultat" in c.value for c in at.caption)  # the demo's results stay in view

"""AppTest: Klasskillnader on the demo's class results and on an uploaded class file, in both languages."""

from __future__ import annotations

import pytest

from tests.app.conftest import assert_no_errors, open_page
from tests.fixtures.make_exports import class_results_csv


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_demo_class_results_show_measures_and_cautions(lang):
    at = open_page("app_pages/klasser.py", lang=lang)
    assert_no_errors(at)
    assert [m.label for m in at.metric][:1] == ["Variationsvidd" if lang == "sv" else "Range (variationsvidd)"]
    assert any(("rangordnar inte lärare" if lang == "sv" else "do not rank teachers") in c.value for c in at.caption)


def test_uploaded_class_file_is_compared_and_flagged():
    at = open_page("app_pages/klasser.py")
    at.file_uploader(key="class_upload").set_value(("klasser.csv", class_results_csv(), "text/csv"))
    at.run()
    assert_no_errors(at)
    assert any("uppladdade klassresultat" in c.value for c in at.caption)
    assert at.metric[0].value == "5,50"  # 14,0 − 8,5 (9C with 8 pupils left out)
    flags = [m.value for m in at.markdown if m.value.startswith("- **")]
    assert any("9B" in f and "obehörig lärare i klassen med lägst betygspoäng" in f for f in flags)
    assert any("9B" in f and "2 terminer i rad" in f for f in flags)


def test_a_broken_class_file_is_explained():
    at = open_page("app_pages/klasser.py")
    at.file_uploader(key="class_upload").set_value(("fel.csv", b"Skolenhetskod;Klass\n1;2\n", "text/csv"))
    at.run()
    assert_no_errors(at)
    assert any("inte användas" in e.value for e in at.error)

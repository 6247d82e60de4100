"""AppTest: the Data screen's mapping the right way round (issue 16) — a real school file with English columns,
text ids, no school year and no municipality goes in with two values for every row and one "Läs in igen"; the
mapping stays, is applied again to the same layout, and "Börja om" forgets it."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from lib.ingest.mapping import Plan
from lib.schema import INPUT_COLUMNS
from lib.text import visible
from tests.app.conftest import assert_no_errors, open_page
from tests.fixtures import real_school_file as real

NAME = "skolor.csv"


def prefix(name: str = NAME) -> str:
    return f"mapf_{hashlib.sha1(name.encode()).hexdigest()[:8]}_"


def upload(at, name: str = NAME):
    at.file_uploader(key="upload").set_value((name, real.csv_bytes(), "text/csv"))
    return at.run()


def apply(at, lang: str = "sv"):
    label = "Läs in igen" if lang == "sv" else "Read again"
    next(b for b in at.button if b.label == label).click()
    return at.run()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_real_file_in_with_two_values_for_every_row(lang):
    at = upload(open_page("app_pages/data.py", lang=lang))
    assert_no_errors(at)
    # Rejected with what is missing by name, and the mapping form shows one picker per field, pre-filled.
    errors = at.dataframe[0].value.to_string()
    assert ("Läsår (school_year)" if lang == "sv" else "School year (school_year)") in errors
    school = at.selectbox(key=prefix() + "school_id")
    assert school.value == "SchoolCode"
    assert school.format_func("SchoolCode") == ("SchoolCode – förslag, säkert" if lang == "sv"
                                                else "SchoolCode – suggested, sure")
    assert at.selectbox(key=prefix() + "merit_value").value == ""  # the grade average is not offered as merit
    unused = next(m.value for m in at.markdown if "SurveyQ01" in m.value)
    assert unused.count("SurveyQ01") == 1 and "2122TotalNumberOfStudents" not in unused
    assert len([s for s in at.selectbox if s.key.startswith(prefix())]) == len(INPUT_COLUMNS) + 2  # fields + 2
    at.selectbox(key=prefix() + "const_year").set_value("2023")
    at.selectbox(key=prefix() + "const_muni").set_value("0780")
    at = apply(at, lang)
    assert_no_errors(at)
    assert any(("kunde läsas" if lang == "sv" else "could be read") in s.value for s in at.success)
    data = at.session_state["_active_dataset"]
    assert (data.n_units, data.school_years) == (44, [2021, 2022, 2023])
    assert set(data.frame["municipality_code"]) == {"0780"}
    # The mapping stays, editable, with "Börja om"; the header says which data is active, no demo banner.
    assert at.selectbox(key=prefix() + "const_year").value == "2023"
    lacks = "Det läsåret saknar" if lang == "sv" else "That year lacks"
    notes = [visible(c.value) for c in at.caption if lacks in c.value]
    assert len(notes) == 2  # 2021/22 and 2022/23, beside the year choice
    # pupils and teacher FTE are read for those years, so pupils per teacher is computed, not lacking
    assert not any("pupils_per_teacher" in note for note in notes), notes
    assert any(b.label == ("Börja om" if lang == "sv" else "Start over") for b in at.button)
    assert not any("demodata" in i.value.lower() or "demo data" in i.value.lower() for i in at.info)
    assert any(c.value.startswith("**Akt" if lang == "sv" else "**Act") and "skolor" in c.value for c in at.caption)


def test_same_layout_is_read_again_the_same_way_and_start_over_forgets():
    at = apply(_mapped(upload(open_page("app_pages/data.py"))))
    assert at.session_state["_active_dataset"].n_units == 44
    at = upload(at, "skolor-kopia.csv")
    assert_no_errors(at)
    assert any("lästes med den koppling" in i.value for i in at.info)
    assert at.session_state["_active_dataset"].source.files == ("skolor-kopia.csv",)
    next(b for b in at.button if b.label == "Börja om").click()
    at.run()
    assert at.selectbox(key=prefix("skolor-kopia.csv") + "const_year").value == ""


def test_leave_out_a_column_on_another_scale():
    at = _mapped(upload(open_page("app_pages/data.py")))
    at.selectbox(key=prefix() + "merit_value").set_value("AverageGradePoints")
    at = apply(at)
    assert any("betygsmedelvärde" in w.value for w in at.warning)
    assert "merit_value" in at.session_state["_active_dataset"].frame
    next(b for b in at.button if b.label == "Lämna bort kolumnen AverageGradePoints").click()
    at.run()
    assert_no_errors(at)
    assert "merit_value" not in at.session_state["_active_dataset"].frame


def _mapped(at):
    at.selectbox(key=prefix() + "const_year").set_value("2023")
    at.selectbox(key=prefix() + "const_muni").set_value("0780")
    return at


def test_a_saved_mapping_file_reads_the_same_layout_with_no_choice_at_all():
    plan = Plan(constants={"school_year": "2023", "municipality_code": "0780"}, years="yes", complete=False,
                layout=tuple(sorted(real.headers())))
    at = open_page("app_pages/data.py")
    at.file_uploader(key="upload_plan").set_value(("skolor.mapping.json", plan.to_json().encode(), "application/json"))
    at.run()
    at = upload(at)
    assert_no_errors(at)
    assert at.session_state["_active_dataset"].n_units == 44
    assert any("lästes med den koppling" in i.value for i in at.info)


def test_a_recognised_export_can_be_opened_for_mapping_and_read_again_the_same():
    from tests.fixtures.make_exports import skolverket_personal_municipal_csv

    at = open_page("app_pages/data.py")
    at.file_uploader(key="upload").set_value(("personal-2024.csv", skolverket_personal_municipal_csv(2024), "text/csv"))
    at.run()
    assert at.session_state["_active_dataset"].n_units == 290
    assert not [s for s in at.selectbox if s.key.startswith(prefix("personal-2024.csv"))]  # closed until asked
    at.toggle[0].set_value(True).run()
    assert at.selectbox(key=prefix("personal-2024.csv") + "teacher_fte").value == "Heltidstjänster / Totalt antal"
    at = apply(at)
    assert_no_errors(at)
    data = at.session_state["_active_dataset"]
    assert (data.n_units, data.school_years) == (290, [2024]) and data.frame["teacher_fte"].notna().any()


def test_an_upload_of_skolverket_codes_without_coordinates_gets_them_from_the_register(server):
    text = ("Skolenhetskod;Skolenhet;Läsår;Antal elever;Kommunkod\n"
            "10000001;Alfaskolan;2023/24;450;0180\n10000002;Betaskolan;2023/24;210;0180\n").encode()
    at = open_page("app_pages/data.py")
    at.file_uploader(key="upload").set_value(("utan-koordinater.csv", text, "text/csv"))
    at.run()
    before = at.session_state["_active_dataset"].frame
    assert "lat" not in before or before["lat"].isna().all()
    assert at.button(key="register_coordinates").label == \
        "Hämta koordinater för 2 skolor ur Skolverkets skolenhetsregister"
    at.button(key="register_coordinates").click()
    at.run()
    assert_no_errors(at)
    frame = at.session_state["_active_dataset"].frame.set_index("school_id")
    # Alfaskolan is at 59.334591/18.063240 in the register; Betaskolan's "0" is no place.
    assert frame.loc["10000001", "lat"] == 59.334591 and pd.isna(frame.loc["10000002", "lat"])
    assert any("1 av 2 skolor fick koordinater" in s.value for s in at.success)
    assert at.button(key="register_coordinates").label.startswith("Hämta koordinater för 1 skola ")

"""AppTest (issue 16): an upload lacking any one optional column renders every screen without an error, and a
school file without coordinates is drawn on Karta, Utmaningsprofiler and Förstelärare within its municipality,
saying so."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from lib import ingest, schema
from lib.ingest.mapping import Plan
from lib.ui import pages
from tests.app.conftest import APP, assert_no_errors
from tests.fixtures import real_school_file as real
from tests.fixtures import small_school

OPTIONAL = [c for c in schema.INPUT_COLUMNS if c not in ("school_id", "school_year")]
MAPS = ("app_pages/karta.py", "app_pages/profiler.py", "app_pages/forstelarare.py")


def every_screen(data) -> dict[str, AppTest]:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.session_state["_active_dataset"] = data
    seen = {}
    for _section, path, *_ in pages.available():
        at.switch_page(path)
        at.run()
        assert_no_errors(at)  # a constraint said in an error box (too few posts fit) is not a failure
        seen[path] = [c.value for c in at.caption]
    return seen


@pytest.mark.parametrize("column", OPTIONAL)
def test_an_upload_without_the_column_renders_every_screen(column):
    records = [{k: v for k, v in row.items() if k != column} for row in small_school.rows()]
    result = ingest.ingest([("utan.csv", small_school.template_csv(records))])
    assert result.ok, [m.key for m in result.report.errors]
    frame = result.dataset.frame
    if column not in ("pupils_per_teacher", "municipality_name"):  # those two are derived from others at ingest
        assert column not in frame or frame[column].isna().all()
    every_screen(result.dataset)


def test_schools_without_coordinates_are_placed_within_their_municipality_and_the_maps_say_so():
    plan = Plan(constants={"school_year": "2023", "municipality_code": "0780"})
    data = ingest.ingest([("real.csv", real.csv_bytes())], plans={"*": plan}).dataset
    captions = every_screen(data)
    note = "Utan koordinater i data: 44 skolor är utplacerade inom sin kommun"
    assert [p for p, texts in captions.items() if any(note in x for x in texts)] == list(MAPS)

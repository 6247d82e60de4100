"""Schema helpers: school years, derived columns, the municipality list."""

import numpy as np
import pandas as pd
import pytest

from lib import schema


@pytest.mark.parametrize(("text", "year"), [
    ("2024/25", 2024), ("2024/2025", 2024), ("2024-25", 2024), ("2024", 2024), (2024, 2024), ("2024.0", 2024),
    ("1999/00", 1999), ("2024/26", None), ("läsår", None), ("", None), (None, None), (float("nan"), None),
])
def test_parse_school_year(text, year):
    assert schema.parse_school_year(text) == year


def test_school_year_label():
    assert schema.school_year_label(2024) == "2024/25"
    assert schema.school_year_label(1999) == "1999/00"


def test_derived_columns():
    f = pd.DataFrame({"school_id": ["90000001", "90000002"], "school_year": [2024, 2024],
                      "pupils": [200, 0], "teacher_fte": [16.0, 0.0], "teachers": [20, 0],
                      "first_teachers": [3, 0]})
    out, notes = schema.add_derived(f)
    # 200 pupils / 16 FTE = 12.5; 3 / 200 · 100 = 1.5 per 100 pupils; 3 / 20 · 100 = 15 per 100 teachers.
    assert out["pupils_per_teacher"].iloc[0] == 12.5
    assert out["first_teachers_per_100_pupils"].iloc[0] == 1.5
    assert out["first_teachers_per_100_teachers"].iloc[0] == 15.0
    # Division by zero gives a missing value, never inf.
    assert np.isnan(out["pupils_per_teacher"].iloc[1])
    assert "schema.derived_fl_per_headcount" in [n.key for n in notes]


def test_pupils_per_teacher_kept_when_given_and_filled_when_missing():
    f = pd.DataFrame({"school_year": [2024, 2024], "pupils": [100, 120], "teacher_fte": [10.0, 10.0],
                      "pupils_per_teacher": [11.0, np.nan]})
    out, notes = schema.add_derived(f)
    assert out["pupils_per_teacher"].tolist() == [11.0, 12.0]
    assert notes[0].key == "schema.derived_ppt_filled" and notes[0].params == {"n": 1}


def test_first_teachers_per_fte_when_headcount_missing():
    f = pd.DataFrame({"school_year": [2024], "pupils": [100], "teacher_fte": [8.0], "first_teachers": [2]})
    out, notes = schema.add_derived(f)
    assert out["first_teachers_per_100_teachers"].iloc[0] == 25.0  # 2 / 8 · 100
    assert "schema.derived_fl_per_fte" in [n.key for n in notes]


def test_municipality_list_has_all_290_with_text_codes():
    m = schema.municipalities()
    assert len(m) == 290
    assert m["municipality_code"].str.fullmatch(r"\d{4}").all()
    assert schema.municipality_names()["0180"] == "Stockholm"
    assert schema.municipality_names()["0114"] == "Upplands Väsby"


def test_detect_level():
    assert schema.detect_level(pd.DataFrame({"school_id": ["90000001"]})) == "school"
    assert schema.detect_level(pd.DataFrame({"school_id": [None], "municipality_code": ["0180"]})) == "municipality"
    assert schema.detect_level(pd.DataFrame({"municipality_code": ["0180"]})) == "municipality"

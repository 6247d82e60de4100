"""The demo data: reproducible, fictional, calibrated to the design's facts, and complete."""

import numpy as np
import pandas as pd
import pytest

from lib import schema
from lib.sources import demo


@pytest.fixture(scope="module")
def data():
    return demo.load_demo()


def weighted(frame, col, weight):
    return (frame[col] * frame[weight]).sum() / frame[weight].sum()


def test_regenerating_gives_identical_files(tmp_path):
    a = demo.write_demo(tmp_path / "a")
    b = demo.write_demo(tmp_path / "b")
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    committed = schema.DATA_DIR / "demo"
    for pa in a:
        assert pa.read_bytes() == (committed / pa.name).read_bytes(), f"data/demo/{pa.name} is stale"


def test_size_years_municipalities_and_every_column(data):
    assert data.n_units >= 200
    assert data.n_municipalities >= 6
    assert data.school_years == [2020, 2021, 2022, 2023, 2024]
    from lib.sources import sverige

    for col in schema.INPUT_COLUMNS:
        if col in sverige.CONTEXT_COLUMNS:  # year-6 grades, year-9 eligibility by programme, costs: real data only
            continue
        assert col in data.frame.columns, col
    assert data.frame["school_id"].str.fullmatch(r"\d{8}").all()
    assert set(data.frame["municipality_code"]) <= set(schema.municipalities()["municipality_code"])


def test_schools_are_marked_fictional(data):
    assert data.frame["school_name"].str.endswith("(fiktiv)").all()
    assert data.is_demo


def test_calibration_national_levels(data):
    y = data.year_frame(2024)
    assert 66 <= weighted(y, "qualified_share", "teacher_fte") <= 76
    assert 9 <= y["first_teachers"].sum() / y["teachers"].sum() * 100 <= 13
    assert 0.7 <= y["first_teachers"].sum() / y["pupils"].sum() * 100 <= 1.2
    assert 11 <= y["pupils"].sum() / y["teacher_fte"].sum() <= 15


def test_relationships_the_reports_describe(data):
    y = data.year_frame(2024).assign(q=lambda f: pd.qcut(f["need_index"], 4, labels=False))
    low, high = y[y.q == 0], y[y.q == 3]
    assert weighted(high, "qualified_share", "teacher_fte") < weighted(low, "qualified_share", "teacher_fte") - 5
    assert high["pupils"].sum() / high["teacher_fte"].sum() < low["pupils"].sum() / low["teacher_fte"].sum()
    assert high["teacher_turnover"].mean() > low["teacher_turnover"].mean()


def test_need_index_for_every_school_year(data):
    assert data.frame["need_index"].notna().all()


def test_small_schools_exist_for_suppression(data):
    assert (data.frame["pupils"] < schema.MIN_PUPILS).any()


def test_class_results_are_consistent(data):
    c = data.classes
    grades = c[[f"grade_{g}" for g in "abcdef"]].sum(axis=1)
    assert (grades == c["pupils"]).all()
    assert set(c["subject"]) == {"Svenska", "Matematik"}
    assert set(c["grade_level"]) == {7, 8, 9}
    assert c["school_id"].nunique() >= 4
    assert not c["teacher_id"].str.contains(" ").any()  # pseudonyms, never names
    assert (c["pupils"] < 10).any()


def test_interventions_use_the_design_vocabulary(data):
    i = data.interventions
    assert len(i) >= 20
    assert set(i["type"]) <= set(demo.INTERVENTION_TYPES)
    assert set(i["aim"]) <= {"retain", "attract"} and set(i["targeting"]) <= {"targeted", "general"}
    assert (i["end_year"] >= i["start_year"]).all()
    assert set(i["school_id"]) <= set(data.frame["school_id"])


def test_national_scale_generation():
    bundle = demo.generate(n_schools=5000, with_classes=False)
    assert bundle.frame["school_id"].nunique() == 5000
    assert bundle.frame["municipality_code"].nunique() > 200
    assert np.isfinite(bundle.frame["lat"]).all()

"""The dataset's basics every screen asks for — years, the latest year with a column, the columns present, the
organisers of a year, the source line — pinned against hand-made data."""

from __future__ import annotations

import pandas as pd
import pytest

from lib import dataset
from lib.dataset import Dataset, Source


def schools() -> Dataset:
    frame = pd.DataFrame({
        "school_year": [2023, 2023, 2024, 2024, 2024],
        "school_id": ["10000001", "10000002", "10000001", "10000002", "10000003"],
        "school_name": ["Gamla skolan (fiktiv)", "B (fiktiv)", "Nya skolan (fiktiv)", "B (fiktiv)", "C (fiktiv)"],
        "municipality_code": ["1980", "1980", "1980", "1980", "0180"],
        "organizer": ["Västerås kommun", "Västerås kommun", "Västerås kommun", "Västerås kommun", "Stockholms stad"],
        "need_index": [80.0, 130.0, 85.0, 125.0, 140.0], "qualified_share": [90.0, 60.0, 88.0, 62.0, 50.0],
        "pupils": [300.0, 200.0, 310.0, 190.0, 150.0],
    })
    return Dataset(frame, "school", Source("upload", ("skolor.csv",)))


def test_years_latest_years_and_present_columns():
    data = schools()
    frame = data.frame.copy()
    frame.loc[frame["school_year"] == 2024, "qualified_share"] = None
    data = Dataset(frame, "school", data.source)
    assert data.school_years == [2023, 2024]
    assert data.latest_year(("qualified_share",)) == 2023 and data.latest_year(("need_index",)) == 2024
    assert data.latest_year(("teacher_fte",)) is None
    present = data.present(["need_index", "teacher_fte", "pupils"])
    assert present == ["need_index", "pupils"]
    present.append("teacher_fte")  # a caller's list is its own
    assert data.present(["need_index", "teacher_fte", "pupils"]) == ["need_index", "pupils"]


def test_year_frame_is_the_rows_of_one_year():
    assert schools().year_frame(2024)["school_id"].tolist() == ["10000001", "10000002", "10000003"]
    assert schools().year_frame(2020).empty


def test_organizers_of_a_year_are_sorted_and_none_without_the_column():
    data = schools()
    assert dataset.organizers(data, 2024) == ("Stockholms stad", "Västerås kommun")
    assert dataset.organizers(data, 2023) == ("Västerås kommun",)
    assert dataset.organizers(Dataset(data.frame.drop(columns="organizer"), "school", data.source), 2024) == ()


def test_a_dataset_cannot_be_changed_after_it_is_made():
    data = schools()
    with pytest.raises(AttributeError):
        data.level = "municipality"  # type: ignore[misc]


@pytest.mark.parametrize(("source", "sv", "en"), [
    (Source("demo", date="2026-11-01"), "fiktiva demodata", "fictional demo data"),
    (Source("upload", ("a.csv", "b.xlsx")), "a.csv, b.xlsx", "a.csv, b.xlsx"),
    (Source("fetched", date="2026-10-31"), "2026-10-31", "2026-10-31"),
])
def test_the_source_line_names_where_the_figures_come_from(source, sv, en):
    data = Dataset(schools().frame, "school", source)
    assert sv in dataset.source_line(data, "sv") and dataset.source_line(data, "sv").startswith("Källa")
    assert en in dataset.source_line(data, "en") and dataset.source_line(data, "en").startswith("Source")

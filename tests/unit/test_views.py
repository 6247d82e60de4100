"""Whole-screen computations (lib.views): the pieces the screens cache per dataset content, pinned against
hand-made data and against the measures they wrap."""

from __future__ import annotations

import pandas as pd
import pytest

from lib import schema
from lib.dataset import Dataset, Source
from lib.geo import mapdata
from lib.measures import profiles
from lib.screens import views
from lib.sources import demo
from lib.store.interventions import Intervention


def schools() -> Dataset:
    frame = pd.DataFrame({
        "school_year": [2023, 2023, 2024, 2024, 2024],
        "school_id": ["10000001", "10000002", "10000001", "10000002", "10000003"],
        "school_name": ["Gamla skolan (fiktiv)", "B (fiktiv)", "Nya skolan (fiktiv)", "B (fiktiv)", "C (fiktiv)"],
        "municipality_code": ["1980", "1980", "1980", "1980", "0180"],
        "organizer": ["Västerås kommun", "Västerås kommun", "Västerås kommun", "Västerås kommun", "Stockholms stad"],
        "lat": [59.6, 59.61, 59.6, 59.61, 59.33], "lon": [16.5, 16.51, 16.5, 16.51, 18.06],
        "need_index": [80.0, 130.0, 85.0, 125.0, 140.0], "qualified_share": [90.0, 60.0, 88.0, 62.0, 50.0],
        "pupils": [300.0, 200.0, 310.0, 190.0, 150.0],
    })
    return Dataset(frame, "school", Source("upload", ("skolor.csv",)))


def test_unit_names_take_the_latest_name_of_each_school():
    assert views.unit_names(schools()) == {"10000001": "Nya skolan (fiktiv)", "10000002": "B (fiktiv)",
                                           "10000003": "C (fiktiv)"}


def test_unit_names_are_empty_without_school_names():
    data = schools()
    data = Dataset(data.frame.drop(columns=["school_name"]), "school", data.source)
    assert views.unit_names(data) == {}


def test_school_points_with_empty_filters_mean_every_school_and_filters_narrow():
    data = schools()
    everyone = views.school_points(data, 2024, "indicator", "qualified_share")
    assert sorted(everyone["school_id"]) == ["10000001", "10000002", "10000003"]
    pd.testing.assert_frame_equal(everyone, mapdata.school_points(data.frame, 2024, "indicator", "qualified_share"))
    stockholm = views.school_points(data, 2024, "indicator", "qualified_share", ("0180",))
    assert list(stockholm["school_id"]) == ["10000003"]
    by_organizer = views.school_points(data, 2024, "indicator", "qualified_share", (), ("Västerås kommun",))
    assert sorted(by_organizer["school_id"]) == ["10000001", "10000002"]


def test_challenge_flag_holds_where_every_rule_holds():
    rules = (profiles.Rule("need_index", ">=", 120.0), profiles.Rule("qualified_share", "<=", 60.0))
    flags = views.challenge_flag(schools(), 2024, rules)
    # 10000002: need 125 but 62 % qualified (no); 10000003: need 140 and 50 % (yes); 10000001: need 85 (no).
    assert flags.to_dict() == {"10000001": False, "10000002": False, "10000003": True}


@pytest.fixture(scope="module")
def small_demo() -> Dataset:
    return demo.dataset_from_bundle(demo.generate(n_schools=30))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_about_describes_the_data_the_need_index_per_year_and_every_column(small_demo, lang):
    view = views.about(small_demo, lang)
    assert len(view["need_sentences"]) == len(small_demo.school_years)
    assert len(view["columns"]) == len(schema.COLUMNS)
    assert str(small_demo.n_units) in view["sentence"].replace("\u00a0", "")


def test_demo_interventions_are_every_demo_row_as_register_items(small_demo):
    items = views.demo_interventions(small_demo)
    assert isinstance(items, tuple) and all(isinstance(i, Intervention) for i in items)
    assert len(items) == len(small_demo.interventions)
    assert len({i.intervention_id for i in items}) == len(items)


def test_dataset_remembers_years_latest_years_and_present_columns():
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


def test_schools_of_a_year_are_named_and_ordered_by_name():
    names, ids = views.schools_of_year(schools(), 2024)
    assert names == {"10000001": "Nya skolan (fiktiv)", "10000002": "B (fiktiv)", "10000003": "C (fiktiv)"}
    assert ids == ["10000002", "10000003", "10000001"]  # B, C, Nya skolan


def test_organizers_and_an_organizers_scope_in_a_year():
    data = schools()
    assert views.organizers(data, 2024) == ["Stockholms stad", "Västerås kommun"]
    frame = data.frame.assign(first_teachers=[1, 2, 3, 4, 5])
    data = Dataset(frame, "school", data.source)
    scope = views.organizer_scope(data, 2024, "Västerås kommun")
    assert sorted(scope["school_ids"]) == ["10000001", "10000002"] and scope["posts_today"] == 3 + 4
    assert views.organizer_scope(data, 2024, None)["posts_today"] == 3 + 4 + 5

"""The self-assessment: each criterion's suggestion against datasets that lack each kind of evidence, the
criteria the app cannot know, and the assessment file (validated, never trusted)."""

import json

import pandas as pd
import pytest

from lib.dataset import Dataset, Source
from lib.measures import assessment
from lib.messages import Report
from lib.store.interventions import Intervention

IDS = [f"5550{i:04d}" for i in range(8)]  # eight schools, need 60 … 130: Q4 = the last two


def school_data(years=(2022, 2023, 2024), columns=("qualified_share",), need=True, funding_years=()) -> Dataset:
    """Eight schools × `years` with the given resource columns, a need index (or none) and an allocation in
    `funding_years`."""
    rows = []
    for year in years:
        for i, sid in enumerate(IDS):
            row = {"school_id": sid, "school_year": year, "pupils": 200.0, "teacher_fte": 15.0,
                   "need_index": 60.0 + 10 * i if need else float("nan")}
            for c in columns:
                row[c] = 70.0
            if year in funding_years:
                row["allocation_sek"] = 18_000_000.0
            rows.append(row)
    return Dataset(pd.DataFrame(rows), "school", Source("upload", ("skolor.csv",)), Report())


def by_id(data, items=()):
    return {s.criterion: s for s in assessment.suggest(data, items)}


def item(iid, school, start, targeting="targeted", kind="central_recruitment", end=None):
    return Intervention(iid, school, kind, "attract", targeting, start, end)


def test_every_criterion_is_suggested_in_order_with_an_answer_of_the_four():
    out = assessment.suggest(school_data())
    assert [s.criterion for s in out] == list(assessment.CRITERIA)
    assert {s.suggested for s in out} <= set(assessment.ANSWERS)


def test_what_the_data_cannot_show_is_unknown_whatever_the_data():
    full = school_data(columns=("qualified_share", "teacher_turnover", "teacher_experience_years",
                                "ped_degree_share"), funding_years=(2023, 2024))
    for data in (full, school_data(need=False)):
        found = by_id(data, (item("I1", IDS[7], 2023),))
        for criterion in ("documentation", "systems", "governance_chain", "dialogue", "ownership"):
            assert found[criterion].suggested == "unknown"
            assert found[criterion].evidence == f"asked_{criterion}"


def test_levels_follow_school_level_years_and_municipality_level_is_not_shown():
    assert by_id(school_data())["levels"].suggested == "yes"  # 3 school years
    assert by_id(school_data(years=(2024,)))["levels"].suggested == "partly"
    frame = pd.DataFrame({"municipality_code": ["0380", "0180"], "school_year": [2024, 2024],
                          "pupils": [9000.0, 60000.0], "need_index": [95.0, 105.0]})
    municipal = Dataset(frame, "municipality", Source("upload", ("kommuner.csv",)), Report())
    levels = by_id(municipal)["levels"]
    assert (levels.suggested, levels.evidence) == ("no", "levels_municipality")


@pytest.mark.parametrize(("columns", "expected"), [
    ((), "no"), (("qualified_share",), "no"), (("qualified_share", "teacher_turnover"), "partly"),
    (("qualified_share", "teacher_turnover", "teacher_experience_years"), "partly"),
    (("qualified_share", "teacher_turnover", "teacher_experience_years", "first_teachers"), "yes")])
def test_breadth_counts_the_reviews_measures_the_data_has(columns, expected):
    found = by_id(school_data(columns=columns))["breadth"]
    assert found.suggested == expected
    assert dict(found.params)["n"] == len(columns)


def test_preconditions_need_a_need_index():
    assert by_id(school_data())["preconditions"].suggested == "yes"
    assert by_id(school_data(need=False))["preconditions"].suggested == "no"


def test_without_a_register_the_intervention_criteria_are_unknown():
    found = by_id(school_data())
    for criterion in ("identifying_measures", "targeting", "followup_interventions"):
        assert (found[criterion].suggested, found[criterion].evidence) == ("unknown", "no_register")


def test_targeting_counts_targeted_interventions_at_the_highest_need_quartile():
    data = school_data()
    # IDS[6] and IDS[7] are Q4 in 2023 (the year before a 2024 start); IDS[0] is Q1.
    assert by_id(data, (item("I1", IDS[7], 2024), item("I2", IDS[6], 2024)))["targeting"].suggested == "yes"
    assert by_id(data, (item("I1", IDS[7], 2024), item("I2", IDS[0], 2024)))["targeting"].suggested == "partly"
    assert by_id(data, (item("I1", IDS[7], 2024, targeting="general"),))["targeting"].suggested == "no"
    assert by_id(data, (item("I1", IDS[0], 2024),))["targeting"].suggested == "no"


def test_identifying_measures_counts_kinds():
    data = school_data()
    one_kind = (item("I1", IDS[7], 2023), item("I2", IDS[6], 2024))
    assert by_id(data, one_kind)["identifying_measures"].suggested == "partly"
    two_kinds = (item("I1", IDS[7], 2023), item("I2", IDS[6], 2024, kind="marketing"))
    assert by_id(data, two_kinds)["identifying_measures"].suggested == "yes"


def test_follow_up_needs_a_year_before_and_after_the_start_in_the_data():
    data = school_data()  # 2022–2024
    followable, too_early = item("I1", IDS[7], 2023), item("I2", IDS[6], 2022)  # 2021 is not in the data
    assert by_id(data, (followable,))["followup_interventions"].suggested == "yes"
    assert by_id(data, (followable, too_early))["followup_interventions"].suggested == "partly"
    assert by_id(data, (too_early,))["followup_interventions"].suggested == "no"


def test_follow_up_of_the_allocation_model_needs_allocation_columns():
    assert by_id(school_data())["followup_allocation"].suggested == "no"
    assert by_id(school_data(funding_years=(2024,)))["followup_allocation"].suggested == "partly"
    assert by_id(school_data(funding_years=(2023, 2024)))["followup_allocation"].suggested == "yes"


def test_until_cuts_the_data_at_a_year():
    data = school_data()
    assert assessment.until(data, 2022).school_years == [2022]
    assert by_id(assessment.until(data, 2022))["levels"].suggested == "partly"


def test_file_round_trip_and_refusals():
    made = assessment.Assessment("Uppsala kommun", 2024, (assessment.Answer("levels", "partly", "Bara två skolor"),
                                                          assessment.Answer("dialogue", "no", "")))
    assert assessment.from_bytes(assessment.to_bytes(made)) == made
    good = made.to_dict()
    for bad in ({**good, "kind": "something"}, {**good, "answers": [{"id": "levels", "answer": "maybe"}]},
                {**good, "answers": [{"id": "nonsense", "answer": "yes"}]},
                {**good, "answers": [{"id": "levels", "answer": "yes"}, {"id": "levels", "answer": "no"}]},
                {**good, "year": "2024"}, {**good, "answers": [{"id": "levels", "answer": "yes", "note": 5}]}):
        with pytest.raises(assessment.AssessmentError):
            assessment.from_dict(bad)
    with pytest.raises(assessment.AssessmentError):
        assessment.from_bytes(b"\xff\xfe not json")
    long = assessment.from_dict({**good, "answers": [{"id": "levels", "answer": "yes", "note": "x" * 5000}]})
    assert len(long.answers[0].note) == assessment.MAX_NOTE
    assert json.loads(assessment.to_bytes(made))["answers"][0] == {"id": "levels", "answer": "partly",
                                                                    "note": "Bara två skolor"}

"""Challenge profiles: planted groups are recovered, the naming and numbering rules, order invariance,
degenerate input with clear messages, the rule for the suggested k, the resources and outcomes described beside
the profiles, the default features (the pupils' needs), the rule-based flag, and the headless command."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

from lib.cli import main
from lib.measures import profiles

FEATURES = ["need_index", "newly_arrived_share", "qualified_share", "pupils_per_teacher"]


def planted(n_per_group: int = 100, seed: int = 1) -> tuple[pd.DataFrame, np.ndarray]:
    """Three groups with well-separated centres in four features (sd 1 around centres 6 apart)."""
    rng = np.random.default_rng(seed)
    centres = {0: [160, 20, 55, 11], 1: [100, 8, 70, 13], 2: [50, 2, 85, 15]}
    spread = np.array([8, 2, 3, 0.5])
    rows, truth = [], []
    for g, centre in centres.items():
        values = rng.normal(centre, spread, size=(n_per_group, 4))
        for i, v in enumerate(values):
            rows.append({"school_year": 2024, "school_id": f"{g + 1}{i:07d}", **dict(zip(FEATURES, v, strict=True))})
            truth.append(g)
    return pd.DataFrame(rows), np.array(truth)


@pytest.mark.parametrize("method", ["kmeans", "ward"])
def test_planted_groups_are_recovered(method):
    frame, truth = planted()
    result = profiles.compute(frame, 2024, "school_id", FEATURES, k=3, method=method)
    found = result.assignments.reindex(frame["school_id"]).to_numpy()
    assert profiles.recovery(truth, found) >= 0.9
    assert profiles.best_k(result.silhouette_by_k) == 3
    assert profiles.suggest_k(result.silhouette_by_k, result.stability_by_k) == 3
    assert result.stability >= 0.9 and profiles.stability_word(result.stability) == "high"


def test_overall_means_are_the_means_over_every_grouped_unit():
    frame, _ = planted()
    result = profiles.compute(frame, 2024, "school_id", FEATURES, k=3)
    # The size-weighted mean of the group means is the plain mean over all 300 units (no value is missing).
    overall = profiles.overall_means(result)
    assert set(overall) == set(FEATURES)
    for feature in FEATURES:
        assert overall[feature] == pytest.approx(frame[feature].mean())


def test_profiles_are_numbered_from_the_highest_mean_need():
    frame, _ = planted()
    result = profiles.compute(frame, 2024, "school_id", FEATURES, k=3)
    assert result.mean_need.is_monotonic_decreasing
    # Group 0 (need ≈ 160) is profile 1; group 2 (need ≈ 50) is profile 3.
    assert result.assignments["10000000"] == 1 and result.assignments["30000000"] == 3


def test_numbering_uses_need_even_when_need_is_not_a_feature():
    frame, _ = planted()
    result = profiles.compute(frame, 2024, "school_id", ["newly_arrived_share", "qualified_share"], k=3)
    assert result.assignments["10000000"] == 1


def test_names_come_from_the_centroid_in_words():
    z = pd.Series({"need_index": 1.2, "qualified_share": -0.8, "merit_value": 0.3, "pupils_per_teacher": -0.6})
    # The two largest |z| ≥ 0.5: need (+1.2) then qualification (−0.8).
    assert profiles.describe_centroid(z, "sv") == "Högt behov · låg behörighet"
    assert profiles.describe_centroid(z, "en") == "High need · low qualification"
    assert profiles.describe_centroid(pd.Series({"need_index": 0.2, "merit_value": -0.4}), "sv") == "Nära genomsnittet"


def test_duplicate_names_are_made_unique():
    z = pd.DataFrame({"need_index": [1.0, 1.0], "qualified_share": [-0.9, -0.9], "merit_value": [0.6, -0.7]},
                     index=[1, 2])
    names = profiles.unique_names(z)
    assert names[1]["sv"] != names[2]["sv"]


def test_same_input_in_any_row_order_gives_the_same_profiles_and_names():
    frame, _ = planted(60)
    a = profiles.compute(frame, 2024, "school_id", FEATURES, k=4)
    b = profiles.compute(frame.sample(frac=1, random_state=7), 2024, "school_id", FEATURES, k=4)
    pd.testing.assert_series_equal(a.assignments, b.assignments)
    assert a.names == b.names


def test_fewer_units_than_k_is_a_clear_error():
    frame, _ = planted(1)
    with pytest.raises(profiles.ProfileError) as exc:
        profiles.compute(frame, 2024, "school_id", FEATURES, k=5)
    assert exc.value.message.key == "profiler.too_few_units"
    assert "3 enheter" in exc.value.message.text("sv")


def test_constant_and_empty_features_are_dropped_with_a_message():
    frame, truth = planted()
    frame["merit_value"] = 200.0
    frame["eligible_share"] = np.nan
    result = profiles.compute(frame, 2024, "school_id", [*FEATURES, "merit_value", "eligible_share"], k=3)
    assert {m.key for m in result.messages} == {"profiler.feature_constant", "profiler.feature_missing"}
    assert result.features == FEATURES
    assert profiles.recovery(truth, result.assignments.reindex(frame["school_id"])) >= 0.9


def test_missing_values_are_imputed_and_counted():
    frame, _ = planted()
    frame.loc[frame.index[:7], "qualified_share"] = np.nan
    result = profiles.compute(frame, 2024, "school_id", FEATURES, k=3)
    assert result.imputed == {"qualified_share": 7}


def test_too_few_features_and_ward_limit(monkeypatch):
    frame, _ = planted()
    with pytest.raises(profiles.ProfileError) as exc:
        profiles.compute(frame, 2024, "school_id", ["need_index", "merit_value"], k=3)
    assert exc.value.message.key == "profiler.too_few_features"
    monkeypatch.setattr(profiles, "WARD_MAX_UNITS", 100)
    with pytest.raises(profiles.ProfileError) as exc:
        profiles.compute(frame, 2024, "school_id", FEATURES, k=3, method="ward")
    assert exc.value.message.key == "profiler.ward_too_many"


def test_evidence_is_shared_by_every_k_and_group_checks_the_units():
    frame, truth = planted(20)
    ev = profiles.evidence(frame, 2024, "school_id", FEATURES, "kmeans")
    # The silhouette of every k = 2…8 (60 units allow them all); three planted groups score highest.
    assert sorted(ev.silhouette_by_k) == list(range(2, 9)) and ev.suggested_k == 3
    result = profiles.group(ev, None)
    assert result.k == 3 and result.silhouette == ev.silhouette_by_k[3]
    assert profiles.recovery(truth, result.assignments.reindex(frame["school_id"])) >= 0.9
    assert profiles.group(ev, 4).k == 4
    with pytest.raises(profiles.ProfileError) as exc:
        profiles.group(ev, 60)  # 60 units cannot make 60 profiles
    assert exc.value.message.params == {"n": 60, "k": 60}


def test_evidence_refuses_too_few_features_before_scoring_anything():
    frame, _ = planted(2)
    with pytest.raises(profiles.ProfileError) as exc:
        profiles.evidence(frame, 2024, "school_id", ["need_index"], "kmeans")
    assert exc.value.message.key == "profiler.too_few_features"


# The rule for the suggested k, on hand-made silhouettes and stabilities: the smallest k ≥ 3 whose silhouette is at
# least 0,8 · the best one (any k ≥ 2) and whose stability is at least 0,8; else the best silhouette.

def test_rule_takes_the_smallest_stable_k_of_three_or_more_near_the_best_silhouette():
    # Best 0,52 (k = 2), floor 0,8 · 0,52 = 0,416: k = 3 (0,44) is a candidate, k = 4 (0,38) is not; 0,82 ≥ 0,8.
    scores = {2: 0.52, 3: 0.44, 4: 0.38, 5: 0.30}
    assert profiles.rule_candidates(scores) == [3]
    assert profiles.suggest_k(scores, {3: 0.82, 4: 0.95}) == 3
    # Floor 0,8 · 0,5 = 0,4: k = 3 and k = 4 are candidates; k = 3 is not stable (0,6), k = 4 is (0,85).
    assert profiles.suggest_k({2: 0.5, 3: 0.45, 4: 0.42, 5: 0.2}, {3: 0.6, 4: 0.85}) == 4
    # The best silhouette at k = 5 (0,4), floor 0,32: k = 4 (0,35) and 5 qualify; the smaller k wins.
    assert profiles.suggest_k({2: 0.3, 3: 0.2, 4: 0.35, 5: 0.4}, {4: 0.9, 5: 0.95}) == 4
    # On the limits: silhouette exactly 0,8 · 0,5 = 0,4 and stability exactly 0,8 qualify.
    assert profiles.suggest_k({2: 0.5, 3: 0.4}, {3: 0.8}) == 3


def test_rule_falls_back_to_the_best_silhouette():
    # k = 3 near the best but unstable (0,79 < 0,8): the best silhouette, k = 2.
    assert profiles.suggest_k({2: 0.52, 3: 0.44, 4: 0.38}, {3: 0.79}) == 2
    assert profiles.rule_k({2: 0.52, 3: 0.44, 4: 0.38}, {3: 0.79}) is None
    # Nothing within 80 % of 0,8 (floor 0,64): k = 2 even though k = 3 is perfectly stable.
    assert profiles.rule_candidates({2: 0.8, 3: 0.3}) == []
    assert profiles.suggest_k({2: 0.8, 3: 0.3}, {3: 1.0}) == 2
    # A k whose stability was not computed does not qualify.
    assert profiles.suggest_k({2: 0.5, 3: 0.45}, {}) == 2
    # No structure (the best silhouette not above 0): the best; nothing scored: None.
    assert profiles.suggest_k({2: -0.1, 3: -0.2}, {3: 1.0}) == 2
    assert profiles.suggest_k({2: math.nan, 3: 0.4}, {3: 0.9}) == 3
    assert profiles.suggest_k({}, {}) is None and profiles.suggest_k({2: math.nan}, {}) is None
    assert profiles.best_k({2: 0.4, 3: 0.4}) == 2  # a tie: the smaller k


def test_the_rule_computes_stability_only_up_to_the_first_stable_candidate():
    frame, _ = planted(20)
    ev = profiles.evidence(frame, 2024, "school_id", FEATURES, "kmeans")
    # Three planted groups: k = 3 is the best silhouette and stable, so no larger k is fitted for stability.
    assert list(ev.stability_by_k) == [3] and ev.stability_by_k[3] >= 0.8
    assert ev.suggested_k == 3 and ev.suggested_by_rule
    result = profiles.group(ev, None)
    assert result.stability == ev.stability_by_k[3] and result.suggested_by_rule
    assert not profiles.group(ev, 4).suggested_by_rule  # a k the person chose


# Default features and the description beside the profiles.

def test_default_features_are_the_pupils_needs_the_data_has():
    frame = pd.DataFrame({"need_index": [1.0], "ses_index": [None], "newly_arrived_share": [2.0],
                          "qualified_share": [3.0], "merit_value": [4.0], "pupils_per_teacher": [5.0]})
    assert profiles.default_features(frame) == ["need_index", "newly_arrived_share"]
    assert set(profiles.candidate_features(frame)) == {"need_index", "newly_arrived_share", "qualified_share",
                                                       "merit_value", "pupils_per_teacher"}


def test_describe_weighs_resources_and_outcomes_as_the_measures_do():
    rows = pd.DataFrame({
        "qualified_share": [40.0, 60.0, 80.0, 90.0], "teacher_fte": [10.0, 30.0, 20.0, 20.0],
        "pupils": [100.0, 300.0, 200.0, 100.0], "first_teachers": [1.0, 2.0, 0.0, 3.0],
        "pupils_per_teacher": [10.0, 10.0, 10.0, 5.0], "first_teachers_per_100_pupils": [1.0, 2 / 3, 0.0, 3.0],
        "merit_value": [200.0, None, 240.0, 260.0]}, index=pd.Index(["a", "b", "c", "d"]))
    described = profiles.describe(rows, pd.Series({"a": 1, "b": 1, "c": 2, "d": 2}))
    # Profile 1 (a, b): qualified (40·10 + 60·30) / 40 = 2200 / 40 = 55; pupils per teacher 400 / 40 = 10;
    #   förstelärare per 100 pupils 100 · 3 / 400 = 0,75; merit value only a has one: 200 (b is not filled in).
    # Profile 2 (c, d): qualified (80·20 + 90·20) / 40 = 85; 300 / 40 = 7,5; 100 · 3 / 300 = 1; merit
    #   (240·200 + 260·100) / 300 = 74 000 / 300 = 246,67.
    # All: qualified (400 + 1800 + 1600 + 1800) / 80 = 70; 700 / 80 = 8,75; 100 · 6 / 700 = 0,857; merit
    #   (200·100 + 240·200 + 260·100) / 400 = 94 000 / 400 = 235.
    values = described.values
    assert values.loc[1].to_dict() == pytest.approx({"qualified_share": 55.0, "pupils_per_teacher": 10.0,
                                                     "first_teachers_per_100_pupils": 0.75, "merit_value": 200.0})
    assert values.loc[2].to_dict() == pytest.approx({"qualified_share": 85.0, "pupils_per_teacher": 7.5,
                                                     "first_teachers_per_100_pupils": 1.0,
                                                     "merit_value": 74_000 / 300})
    assert described.overall == pytest.approx({"qualified_share": 70.0, "pupils_per_teacher": 8.75,
                                               "first_teachers_per_100_pupils": 600 / 700, "merit_value": 235.0})
    assert described.units["merit_value"].to_dict() == {1: 1, 2: 2}
    assert "eligible_share" not in values  # not in the data: not described


def test_an_outcome_that_is_not_a_feature_is_never_imputed():
    frame, _ = planted()
    frame["merit_value"] = np.where(np.arange(len(frame)) % 3 == 0, np.nan, 220.0 + np.arange(len(frame)) % 7)
    result = profiles.compute(frame, 2024, "school_id", FEATURES, k=3)
    assert result.imputed == {}
    assert result.described.units["merit_value"].sum() == int(frame["merit_value"].notna().sum())


def test_profile_label_is_number_and_name():
    names = {1: {"sv": "Högt behov · låg behörighet", "en": "High need · low qualification"}}
    assert profiles.profile_label(1, names, "sv") == "1: Högt behov · låg behörighet"
    assert profiles.profile_label(np.int64(1), names, "en") == "1: High need · low qualification"


def test_rule_flag_and_its_text():
    frame = pd.DataFrame({"school_year": [2024] * 4, "school_id": ["4", "3", "2", "1"],
                          "need_index": [130.0, 125.0, 90.0, None], "qualified_share": [60.0, 70.0, 50.0, 40.0]})
    rules = [profiles.Rule("need_index", ">=", 120), profiles.Rule("qualified_share", "<=", 65)]
    flags = profiles.flag(frame, 2024, "school_id", rules)
    # Unit 4: 130 ≥ 120 and 60 ≤ 65 → flagged; 3: 70 > 65; 2: 90 < 120; 1: need missing → not flagged.
    assert flags.to_dict() == {"1": False, "2": False, "3": False, "4": True}
    assert profiles.rule_text(rules, "sv") == "Behovsindex ≥ 120,0 och Andel lärare med legitimation och behörighet " \
                                               "(%) ≤ 65,0"
    assert not profiles.flag(frame, 2024, "school_id", []).any()


def test_profiles_command_groups_on_needs_by_default_and_suggests_profiles_that_differ_in_kind(capsys):
    code = main(["profiles", "demo", "--json"])
    doc = json.loads(capsys.readouterr().out)
    # The demo's need index and background measures (it has no SES index); no resource or outcome.
    assert code == 0 and doc["features"] == ["need_index", "parents_higher_ed_share", "foreign_background_share",
                                             "newly_arrived_share", "parents_education_level"]
    assert doc["imputed"] == {}  # before: the merit value median-filled for the 108 schools without year 9
    # Silhouette alone would say k = 2; the rule finds k = 3 within 80 % of it and stable.
    assert doc["k_rule"]["best_silhouette_k"] == 2 and doc["k"] >= 3 and doc["k_rule"]["suggested_by_rule"]
    assert doc["silhouette"] >= 0.8 * doc["silhouette_by_k"]["2"] and doc["stability"] >= 0.8
    first = doc["profiles"][0]["resources_and_outcomes"]
    assert set(first) == {"qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils", "merit_value",
                          "eligible_share"}
    # The demo's two schools under the small-number rule (7 and 13 pupils, below 3 FTE) have no profile in JSON.
    assert {a["unit"] for a in doc["assignments"] if a["profile"] is None} == {"99104292", "99105587"}


def test_profiles_command(capsys):
    code = main(["profiles", "demo", "--k", "3", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0 and doc["k"] == 3
    assert set(doc["silhouette_by_k"]) == {str(k) for k in range(2, 9)}
    assert doc["silhouette"] == doc["silhouette_by_k"]["3"]
    assert 0 <= doc["stability"] <= 1
    assert [p["id"] for p in doc["profiles"]] == [1, 2, 3]
    assert sum(p["units"] for p in doc["profiles"]) == len(doc["assignments"]) == 240
    assert {"unit", "profile"} == set(doc["assignments"][0])
    assert main(["profiles", "demo", "--features", "nonsense"]) == 2
    assert main(["profiles", "demo", "--features", "need_index", "--json"]) == 1

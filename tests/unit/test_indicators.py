"""The equity measures, pinned against cases computed by hand (the arithmetic is in the comments)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from lib.measures import indicators as ind


def frame(**columns) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    base = {"school_year": [2024] * n, "school_id": [f"1000000{i}" for i in range(n)]}
    return pd.DataFrame({**base, **columns})


def test_quartiles_follow_floor_4i_over_n():
    # n = 8: i = 0..7 → ⌊4i/8⌋ + 1 = 1,1,2,2,3,3,4,4.
    q = ind.quartiles(pd.Series([80, 10, 70, 20, 60, 30, 50, 40]), pd.Series(list("hgfedcba")))
    assert q.tolist() == [4, 1, 4, 1, 3, 2, 3, 2]
    # n = 5: ⌊0⌋+1, ⌊4/5⌋+1, ⌊8/5⌋+1, ⌊12/5⌋+1, ⌊16/5⌋+1 = 1, 1, 2, 3, 4.
    assert ind.quartiles(pd.Series([1, 2, 3, 4, 5]), pd.Series(list("abcde"))).tolist() == [1, 1, 2, 3, 4]


def test_quartile_ties_are_broken_by_unit_id_and_missing_need_is_left_out():
    # Equal need: order by id a, b, c, d → quartiles 1..4; the unit without need gets none.
    q = ind.quartiles(pd.Series([5, 5, 5, 5, None]), pd.Series(["d", "c", "b", "a", "e"]))
    assert q.iloc[:4].tolist() == [4, 3, 2, 1]
    assert pd.isna(q.iloc[4])


def test_group_values_are_ratios_of_sums():
    f = frame(qualified_share=[80.0, 60.0], teacher_fte=[30.0, 10.0], pupils=[300.0, 100.0],
              pupils_per_teacher=[10.0, 10.0], first_teachers=[3.0, 1.0], first_teachers_per_100_pupils=[1.0, 1.0])
    # (30·80 + 10·60) / 40 = 3000 / 40 = 75.
    assert ind.group_value(f, "qualified_share") == pytest.approx(75.0)
    # Σ pupils / Σ FTE = 400 / 40 = 10.
    assert ind.group_value(f, "pupils_per_teacher") == pytest.approx(10.0)
    # Σ förstelärare / Σ pupils · 100 = 4 / 400 · 100 = 1.
    assert ind.group_value(f, "first_teachers_per_100_pupils") == pytest.approx(1.0)
    f2 = frame(pupils=[300.0, 100.0], teacher_fte=[20.0, 10.0], pupils_per_teacher=[15.0, 10.0])
    # 400 / 30 = 13.333…, not the mean of 15 and 10.
    assert ind.group_value(f2, "pupils_per_teacher") == pytest.approx(400 / 30)


def test_need_quartile_table_gap_and_ratio():
    # Four units, one per quartile; FTE 10 each so values are the units' own.
    f = frame(need_index=[50.0, 90.0, 110.0, 150.0], qualified_share=[80.0, 75.0, 70.0, 60.0],
              teacher_fte=[10.0] * 4, pupils=[100.0] * 4)
    table = ind.need_quartiles(f, "qualified_share", 2024, "school_id")
    assert table.rows["value"].tolist() == [80.0, 75.0, 70.0, 60.0]
    assert table.gap == pytest.approx(-20.0)  # 60 − 80
    assert table.ratio == pytest.approx(0.75)  # 60 / 80
    assert table.left_out == 0


def test_quartile_ratio_is_none_when_q1_is_zero_and_units_lacking_values_are_counted():
    f = frame(need_index=[1.0, 2.0, 3.0, 4.0, 5.0], first_teachers=[0.0, 1.0, 1.0, 2.0, None],
              pupils=[100.0] * 5, first_teachers_per_100_pupils=[0.0, 1.0, 1.0, 2.0, None])
    table = ind.need_quartiles(f, "first_teachers_per_100_pupils", 2024, "school_id")
    assert table.gap == pytest.approx(2.0) and table.ratio is None
    assert table.left_out == 1


def test_concentration_index_equal_weights():
    # need 1..4, y 4,3,2,1, weights 1: mean 2.5; R = .125, .375, .625, .875 (mean .5);
    # cov = (1.5·−.375 + .5·−.125 − .5·.125 − 1.5·.375)/4 = −1.25/4 = −.3125; CI = 2·−.3125/2.5 = −0.25.
    ci = ind.concentration_index(pd.Series([4.0, 3, 2, 1]), pd.Series([1.0, 2, 3, 4]), pd.Series([1.0] * 4))
    assert ci == pytest.approx(-0.25)


def test_concentration_index_pupil_weighted():
    # weights 1, 3; need 1, 2; y 10, 20. R = (0+.5)/4 = .125 and (1+1.5)/4 = .625; mean_w y = 70/4 = 17.5;
    # mean_w R = (.125 + 1.875)/4 = .5; cov_w = (1·(−7.5)(−.375) + 3·(2.5)(.125))/4 = 3.75/4 = .9375;
    # CI = 2·.9375/17.5 = 0.107142857…
    ci = ind.concentration_index(pd.Series([10.0, 20.0]), pd.Series([1.0, 2.0]), pd.Series([1.0, 3.0]))
    assert ci == pytest.approx(0.9375 * 2 / 17.5)


def test_concentration_index_ties_share_their_rank_and_degenerate_cases():
    # Same need: both ranks .5, covariance 0.
    assert ind.concentration_index(pd.Series([1.0, 3.0]), pd.Series([7.0, 7.0]), pd.Series([1.0, 1.0])) == 0
    assert math.isnan(ind.concentration_index(pd.Series([1.0]), pd.Series([1.0]), pd.Series([1.0])))
    with pytest.raises(ValueError):
        ind.concentration_index(pd.Series([0.0, 0.0]), pd.Series([1.0, 2.0]), pd.Series([1.0, 1.0]))


def test_erreygers():
    # E = 4·mean·CI/100 for a share: 4·50·0.1/100 = 0.2.
    assert ind.erreygers(0.1, 50.0) == pytest.approx(0.2)


def test_deviation_from_the_organisers_average():
    f = frame(qualified_share=[80.0, 60.0, 70.0], teacher_fte=[10.0, 30.0, 5.0], organizer=["A", "A", "B"])
    dev = ind.deviation_from_organizer(f, "qualified_share", "school")
    # A: (10·80 + 30·60)/40 = 2600/40 = 65 → +15 and −5; B alone → 0.
    assert dev["average"].tolist() == [65.0, 65.0, 70.0]
    assert dev["deviation"].tolist() == [15.0, -5.0, 0.0]


def test_municipalities_compare_with_the_whole_dataset():
    f = pd.DataFrame({"school_year": [2024, 2024], "municipality_code": ["0114", "0115"],
                      "qualified_share": [70.0, 80.0], "teacher_fte": [100.0, 100.0]})
    dev = ind.deviation_from_organizer(f, "qualified_share", "municipality")
    assert dev["deviation"].tolist() == [-5.0, 5.0]


def test_share_below_organizer_for_a_resource_and_a_burden():
    f = frame(qualified_share=[80.0, 60.0, 70.0, 50.0], teacher_fte=[10.0] * 4, organizer=["A"] * 4,
              need_index=[1.0, 2.0, 3.0, 4.0], pupils=[100.0] * 4, pupils_per_teacher=[10.0, 12.0, 14.0, 16.0])
    high = pd.Series([False, True, True, True], index=f.index)
    # Average of A: 65. Units 2–4: 60 (below), 70 (above), 50 (below) → 2 of 3.
    below = ind.share_below_organizer(f, "qualified_share", 2024, "school", "school_id", high)
    assert (below.below, below.units) == (2, 3) and below.share == pytest.approx(200 / 3)
    # Pupils per teacher (a burden): worse = above the average (Σ pupils / Σ FTE = 400/40 = 10 … per unit
    # the ratio column 12, 14, 16 all lie above 10) → 3 of 3.
    worse = ind.share_below_organizer(f, "pupils_per_teacher", 2024, "school", "school_id", high)
    assert (worse.below, worse.units) == (3, 3)


def test_default_high_need_is_quartile_4():
    f = frame(qualified_share=[80.0, 70.0, 60.0, 50.0], teacher_fte=[10.0] * 4, organizer=["A"] * 4,
              need_index=[1.0, 2.0, 3.0, 4.0])
    below = ind.share_below_organizer(f, "qualified_share", 2024, "school", "school_id")
    assert (below.below, below.units) == (1, 1)  # only the unit with need 4; 50 < 65


def test_weighted_trend():
    # x 0,1,2; y 0,0,3; w 1,1,2: x̄ = 5/4, ȳ = 6/4; Sxx = 1.5625 + .0625 + 2·.5625 = 2.75;
    # Sxy = 1.875 + .375 + 2.25 = 4.5; b = 4.5/2.75; a = 1.5 − b·1.25.
    a, b = ind.weighted_trend(pd.Series([0.0, 1, 2]), pd.Series([0.0, 0, 3]), pd.Series([1.0, 1, 2]))
    assert b == pytest.approx(4.5 / 2.75)
    assert a == pytest.approx(1.5 - 4.5 / 2.75 * 1.25)
    assert ind.weighted_trend(pd.Series([1.0, 1.0]), pd.Series([1.0, 2.0]), pd.Series([1.0, 1.0])) is None


def test_terciles_and_bivariate_classes():
    # Six values: ranks 1..6 → ⌊3(r−1)/6⌋ + 1 = 1,1,2,2,3,3.
    assert ind.terciles(pd.Series([1.0, 2, 3, 4, 5, 6])).tolist() == [1, 1, 2, 2, 3, 3]
    # Resource falls as need rises: shortage tercile = 4 − resource tercile → the same as need's.
    classes = ind.bivariate_classes(pd.Series([1.0, 2, 3, 4, 5, 6]), pd.Series([6.0, 5, 4, 3, 2, 1]))
    assert classes.tolist() == ["1-1", "1-1", "2-2", "2-2", "3-3", "3-3"]
    # For a burden the high values are the shortage.
    burden = ind.bivariate_classes(pd.Series([1.0, 2, 3, 4, 5, 6]), pd.Series([1.0, 2, 3, 4, 5, 6]), burden=True)
    assert burden.tolist() == ["1-1", "1-1", "2-2", "2-2", "3-3", "3-3"]


def test_trend_has_one_row_per_year():
    f = pd.concat([frame(need_index=[1.0, 2, 3, 4], qualified_share=[80.0, 70, 60, 50], teacher_fte=[1.0] * 4,
                         pupils=[10.0] * 4).assign(school_year=y) for y in (2022, 2023)])
    trend = ind.trend(f, "qualified_share", "school_id")
    assert trend["school_year"].tolist() == [2022, 2023]
    assert trend["gap"].tolist() == [-30.0, -30.0]


def test_by_organizer_matches_the_single_group_measures():
    # Two organisers of eight schools each; within each, the vectorised gap and CI equal the measures
    # computed on that organiser alone (each pinned by hand above).
    rows = []
    for org, base in (("A", 80.0), ("B", 60.0)):
        for i in range(8):
            rows.append({"school_year": 2024, "school_id": f"{org}{i:07d}", "organizer": org, "need_index": 10.0 * i,
                         "qualified_share": base - 2 * i + (i % 3), "teacher_fte": 5.0 + i, "pupils": 50.0 + 10 * i})
    f = pd.DataFrame(rows)
    table = ind.by_organizer(f, "qualified_share", 2024, "school", "school_id").set_index("group")
    for org in ("A", "B"):
        part = f[f["organizer"] == org]
        assert table.loc[org, "gap"] == pytest.approx(ind.need_quartiles(part, "qualified_share", 2024,
                                                                         "school_id").gap)
        assert table.loc[org, "ci"] == pytest.approx(ind.concentration(part, "qualified_share", 2024).ci)
        assert table.loc[org, "value"] == pytest.approx(ind.group_value(part, "qualified_share"))
    few = ind.by_organizer(f[f["school_id"].str.endswith(("0", "1", "2"))], "qualified_share", 2024, "school",
                           "school_id")
    assert few["gap"].isna().all()  # three units per organiser: too few for quartiles


def test_display_names_fall_back_to_the_code():
    f = frame(school_name=["Ekskolan", None])
    assert ind.display_names(f, "school").tolist() == ["Ekskolan", "10000001"]
    municipalities = pd.DataFrame({"municipality_code": ["0180", "1480"], "municipality_name": ["Stockholm", None]})
    assert ind.display_names(municipalities, "municipality").tolist() == ["Stockholm", "1480"]
    assert ind.display_names(frame(pupils=[1.0, 2.0]), "school").tolist() == ["10000000", "10000001"]


def test_erreygers_general_formula_holds_for_any_bounds():
    # E = 4·μ·C/(b − a) = 8·cov_w(y, R)/(b − a): moving values and bounds by the same amount changes nothing.
    # Equal weights, ranks 1/8, 3/8, 5/8, 7/8; y = 2, 4, 6, 8 (mean 5): cov = 2.5/4 = 0.625, C = 2·0.625/5 = 0.25,
    # E on [0, 100] = 4·5·0.25/100 = 0.05 = 8·0.625/100.
    need, w = pd.Series([1.0, 2.0, 3.0, 4.0]), pd.Series([1.0] * 4)
    c = ind.concentration_index(pd.Series([2.0, 4.0, 6.0, 8.0]), need, w)
    assert ind.erreygers(c, 5.0, 0.0, 100.0) == pytest.approx(0.05)
    # y + 10 on [10, 110] (mean 15): C = 2·0.625/15 = 1/12; E = 4·15·(1/12)/100 = 0.05 again (4·(μ − a)·C/(b − a)
    # would give 4·5·(1/12)/100 = 0.0167).
    shifted = ind.concentration_index(pd.Series([12.0, 14.0, 16.0, 18.0]), need, w)
    assert shifted == pytest.approx(1 / 12)
    assert ind.erreygers(shifted, 15.0, 10.0, 110.0) == pytest.approx(0.05)


def test_a_school_without_organiser_compares_within_its_municipalitys_own_schools():
    frame = pd.DataFrame({"organizer": ["Friskolan AB", None, None, None],
                          "municipality_code": ["0780", "0780", "0765", None],
                          "municipality_name": ["Växjö", "Växjö", None, None]})
    assert ind.organizer_groups(frame, "school").tolist() == ["Friskolan AB", "Växjö kommun", "kommun 0765",
                                                              "__unknown__"]
    # A file with neither organiser nor municipality: every school compares with the whole; so do municipalities.
    assert set(ind.organizer_groups(frame.drop(columns=["organizer", "municipality_code"]), "school")) == {"__all__"}
    assert set(ind.organizer_groups(frame, "municipality")) == {"__all__"}

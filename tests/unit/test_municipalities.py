"""lib/measures/municipalities.py on the hand-made municipalities of tests/fixtures/hand_municipalities.py:
positions, peers, trend, organisers side by side, costs and breaks, each computed by hand in the test."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from lib import schema
from lib.measures import municipalities as mm
from tests.fixtures.hand_municipalities import INDEPENDENT, MUNICIPAL, frame, side


def year_rows(year: int = 2024) -> pd.DataFrame:
    return schema.year_rows(frame(), year)


def test_position_counts_lower_equal_higher_and_the_share_below():
    values = mm.unit_values(year_rows(), "qualified_share")
    pos = mm.position(values, "0103")  # Gamma 75 among 80 70 75 60 65 50 55 40
    # lower: 70 60 65 50 55 40 = 6; equal: itself; higher: 80. Share below = 100·6/7 = 85.71…
    assert (pos.value, pos.n, pos.lower, pos.equal, pos.higher) == (75.0, 8, 6, 1, 1)
    assert pos.share_below == pytest.approx(600 / 7)
    assert pos.median == 62.5  # (60 + 65) / 2
    assert mm.position(values, "0108").share_below == 0.0  # Theta, the lowest
    assert mm.position(values, "0101").share_below == 100.0  # Alfa, the highest
    assert mm.position(values, "9999") is None


def test_ties_count_half():
    values = pd.Series({"a": 1.0, "b": 2.0, "c": 2.0, "d": 3.0})
    # b: 1 lower, 2 equal (itself and c) → (1 + 1/2) / 3 = 50 %
    assert mm.position(values, "b").share_below == pytest.approx(50.0)


def test_peers_are_the_same_need_quartile_of_the_year():
    # 8 units by need: i = 0..7 → ⌊4i/8⌋ + 1: Alfa, Beta Q1; Gamma, Delta Q2; Epsilon, Zeta Q3; Eta, Theta Q4
    group = mm.peers(year_rows(), "0103")
    assert group == mm.Peers(2, ("0103", "0104"))
    assert mm.peers(year_rows(), "0108") == mm.Peers(4, ("0107", "0108"))
    assert mm.peers(year_rows(), "9999") is None


def test_unit_trend_gives_own_all_and_peer_values_as_ratios_of_sums():
    trend = mm.unit_trend(frame(), "0103", "qualified_share").set_index("school_year")
    # 2024 all: Σ FTE·share / Σ FTE = (800 + 1400 + 750 + 1800 + 650 + 100 + 1100 + 400) / 112 = 7000 / 112 = 62.5
    # (Zeta, under the small-number rule, still counts in the aggregate)
    assert trend.loc[2024, "all"] == pytest.approx(62.5)
    # 2024 peers (Gamma, Delta): (10·75 + 30·60) / 40 = 2550 / 40 = 63.75
    assert trend.loc[2024, "peers"] == pytest.approx(63.75)
    assert trend.loc[2024, "own"] == 75.0
    # 2023: every share 5 lower → 57.5 and 58.75; Gamma 70
    assert trend.loc[2023, "all"] == pytest.approx(57.5)
    assert trend.loc[2023, "peers"] == pytest.approx(58.75)
    assert trend.loc[2023, "own"] == 70.0
    assert list(trend["quartile"]) == [2, 2]


def test_unit_trend_hides_a_small_municipalitys_own_value():
    trend = mm.unit_trend(frame(), "0106", "qualified_share")  # Zeta: 8 pupils, 2 FTE
    assert trend["small"].all()
    assert trend["own"].isna().all()
    assert trend["all"].notna().all()


def test_organizer_table_puts_both_sides_side_by_side_and_hides_a_small_side():
    k, e = side(MUNICIPAL, "kommunal").frame, side(INDEPENDENT, "enskild").frame
    table = mm.organizer_table(k, e, "qualified_share").set_index("municipality_code")
    assert list(table.index) == ["0101", "0102", "0103", "0104"]
    assert table.loc["0101", "municipal"] == 82.0
    assert math.isnan(table.loc["0101", "independent"])  # 2 FTE: under the rule
    assert bool(table.loc["0101", "independent_small"])
    assert table.loc["0102", "difference"] == -12.0  # 60 − 72
    assert math.isnan(table.loc["0103", "independent"]) and not table.loc["0103", "independent_small"]
    assert math.isnan(table.loc["0104", "municipal"]) and table.loc["0104", "independent"] == 90.0


def test_organizer_totals_count_every_side_and_compare_where_both_show():
    totals = mm.organizer_totals(side(MUNICIPAL, "kommunal").frame, side(INDEPENDENT, "enskild").frame,
                                 "qualified_share", 2024)
    # municipal: (8·82 + 15·72 + 9·76) / 32 = 2420 / 32 = 75.625
    assert totals.municipal == pytest.approx(75.625)
    # independent (the small side counts in the aggregate): (2·72 + 5·60 + 4·90) / 11 = 804 / 11
    assert totals.independent == pytest.approx(804 / 11)
    # both sides shown only in Beta, where the municipal side is higher
    assert (totals.both, totals.independent_higher, totals.municipal_higher) == (1, 0, 1)


def test_costs_latest_value_and_position():
    k = side(MUNICIPAL, "kommunal").frame
    assert mm.latest_cost(k, "0102", "cost_per_pupil_sek") == 120_000
    assert mm.latest_cost(k, "0104", "cost_per_pupil_sek") is None
    assert mm.latest_cost(k, "0102", "teaching_cost_per_pupil_sek") is None  # no such column
    values = mm.cost_values(k, "cost_per_pupil_sek")
    pos = mm.position(values, "0102")  # 120 000 above 100 000 and 110 000
    assert (pos.lower, pos.share_below, pos.median) == (2, 100.0, 110_000)
    assert mm.cost_year(k, "cost_per_pupil_sek") == 2024 and mm.cost_year(k, "teaching_cost_per_pupil_sek") is None


def test_costs_carry_their_own_year_and_compare_within_it():
    """An upload's costs for 2023 only are said as 2023; a municipality whose latest cost is older than the others'
    is not compared with them."""
    rows = pd.DataFrame({"municipality_code": ["0101", "0102", "0103", "0101"], "school_year": [2023, 2023, 2022, 2022],
                         "cost_per_pupil_sek": [100_000.0, 120_000.0, 90_000.0, 95_000.0]})
    assert mm.cost_year(rows, "cost_per_pupil_sek") == 2023
    assert mm.cost_values(rows, "cost_per_pupil_sek").to_dict() == {"0101": 100_000.0, "0102": 120_000.0}
    assert mm.latest_cost(rows, "0103", "cost_per_pupil_sek") is None  # 2022 only


def test_breaks_depend_on_the_level_and_the_years_shown():
    assert mm.breaks("municipality", [2020, 2021, 2022, 2023, 2024]) == ((2024, "kommun.break.2024"),)
    assert mm.breaks("school", [2020, 2024]) == ((2020, "kommun.break.2020"), (2024, "kommun.break.2024"))
    assert mm.breaks("municipality", [2021, 2022]) == ()

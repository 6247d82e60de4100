"""The funding measures (Resursfördelning), pinned by hand-computed cases: per need quartile ratios of sums, the
share of the socioeconomic money in the highest-need quartile, and how money and staff changed together."""

import math

import pandas as pd
import pytest

from lib.measures import funding

# Four units with an allocation in 2024 (one per quartile: A lowest need … D highest) and a fifth (E) without an
# allocation, which is left out. 2023 has the same four units with other figures.
ROWS_2024 = [
    # id, need, pupils, allocation, ses, teacher FTE, qualified %, assistant FTE
    ("A", 80, 100, 8_000_000, 200_000, 10, 90, 0.5),
    ("B", 90, 200, 15_000_000, 600_000, 16, 75, 1.0),
    ("C", 110, 100, 9_000_000, 900_000, 9, 60, 2.0),
    ("D", 130, 300, 30_000_000, 3_300_000, 25, 50, 6.0),
    ("E", 140, 100, None, None, 8, 40, 1.0),
]
ROWS_2023 = [
    ("A", 80, 100, 7_900_000, 300_000, 10, 80, 0.5),
    ("B", 90, 200, 14_800_000, 600_000, 16, 75, 1.0),
    ("C", 110, 100, 8_500_000, 500_000, 9, 70, 1.0),
    ("D", 130, 300, 27_000_000, 2_400_000, 25, 56, 3.0),
]
COLUMNS = ["school_id", "need_index", "pupils", "allocation_sek", "ses_allocation_sek", "teacher_fte",
           "qualified_share", "assistant_fte"]


def frame() -> pd.DataFrame:
    parts = [pd.DataFrame(rows, columns=COLUMNS).assign(school_year=year)
             for year, rows in ((2023, ROWS_2023), (2024, ROWS_2024))]
    out = pd.concat(parts, ignore_index=True)
    for col in COLUMNS[1:]:
        out[col] = out[col].astype(float)
    return out


def test_quartile_values_are_ratios_of_sums_per_pupil_and_per_100_pupils():
    table = funding.quartile_table(frame(), 2024, "school_id")
    rows = table.rows.set_index("q")
    assert rows["units"].tolist() == [1, 1, 1, 1]
    # Q1 = A: 8 000 000 / 100 = 80 000 kr; 200 000 / 100 = 2 000 kr; 10 · 0.90 = 9 qualified FTE → 9 per 100;
    # 0.5 / 100 · 100 = 0.5 assistants per 100.
    assert rows.loc[1, "allocation_per_pupil"] == pytest.approx(80_000)
    assert rows.loc[1, "ses_allocation_per_pupil"] == pytest.approx(2_000)
    assert rows.loc[1, "qualified_fte_per_100_pupils"] == pytest.approx(9.0)
    assert rows.loc[1, "assistant_fte_per_100_pupils"] == pytest.approx(0.5)
    # Q4 = D: 30 000 000 / 300 = 100 000; 3 300 000 / 300 = 11 000; 25 · 0.50 = 12.5 → 12.5 / 300 · 100 = 4.1667;
    # 6 / 300 · 100 = 2.0.
    assert rows.loc[4, "allocation_per_pupil"] == pytest.approx(100_000)
    assert rows.loc[4, "ses_allocation_per_pupil"] == pytest.approx(11_000)
    assert rows.loc[4, "qualified_fte_per_100_pupils"] == pytest.approx(12.5 / 3)
    assert rows.loc[4, "assistant_fte_per_100_pupils"] == pytest.approx(2.0)
    assert rows.loc[4, "pupils"] == 300


def test_ses_share_q4_is_percent_of_the_socioeconomic_money_and_e_is_left_out():
    table = funding.quartile_table(frame(), 2024, "school_id")
    # 3.3 m of 0.2 + 0.6 + 0.9 + 3.3 = 5.0 m → 66 %; Q4's pupils 300 of 700 → 42.857 %.
    assert table.ses_share_q4 == pytest.approx(66.0)
    assert table.pupil_share_q4 == pytest.approx(300 / 700 * 100)
    assert table.left_out == 1  # E: no allocation


def test_a_group_value_is_not_the_mean_of_unit_values():
    rows = frame()
    both = rows[(rows["school_year"] == 2024) & rows["school_id"].isin(["C", "D"])]
    # (9 000 000 + 30 000 000) / (100 + 300) = 97 500 (the mean of 90 000 and 100 000 would be 95 000);
    # qualified (9·0.6 + 25·0.5) / 400 · 100 = 17.9 / 4 = 4.475.
    assert funding.ratio_of_sums(both, "allocation_per_pupil") == pytest.approx(97_500)
    assert funding.ratio_of_sums(both, "qualified_fte_per_100_pupils") == pytest.approx(4.475)
    assert math.isnan(funding.ratio_of_sums(both.iloc[0:0], "allocation_per_pupil"))


def test_change_splits_units_by_whether_their_socioeconomic_money_per_pupil_rose():
    change = funding.change(frame(), "school_id", 2023, 2024).groups.set_index("group")
    # Rose: C (5 000 → 9 000 kr per pupil) and D (8 000 → 11 000). Ses per pupil 2 900 000 / 400 = 7 250 →
    # 4 200 000 / 400 = 10 500: +3 250. Qualified (6.3 + 14.0) / 400 · 100 = 5.075 → (5.4 + 12.5) / 400 · 100 =
    # 4.475: −0.6. Assistants (1 + 3) / 400 · 100 = 1.0 → (2 + 6) / 400 · 100 = 2.0: +1.0.
    assert change.loc["rose", "units"] == 2
    assert change.loc["rose", "d_ses_per_pupil"] == pytest.approx(3_250)
    assert change.loc["rose", "d_qualified_per_100"] == pytest.approx(-0.6)
    assert change.loc["rose", "d_assistants_per_100"] == pytest.approx(1.0)
    # Other: A fell (3 000 → 2 000), B stayed (3 000). Ses 900 000 / 300 = 3 000 → 800 000 / 300 = 2 666.67;
    # qualified (8 + 12) / 300 · 100 = 6.667 → (9 + 12) / 300 · 100 = 7.0; assistants 1.5 / 3 = 0.5 both years.
    assert change.loc["other", "units"] == 2
    assert change.loc["other", "d_ses_per_pupil"] == pytest.approx(-1000 / 3)
    assert change.loc["other", "d_qualified_per_100"] == pytest.approx(1 / 3)
    assert change.loc["other", "d_assistants_per_100"] == pytest.approx(0.0)


def test_years_and_presence_of_funding():
    rows = frame()
    assert funding.years_with_funding(rows) == [2023, 2024]
    assert funding.has_funding(rows)
    assert not funding.has_funding(rows.drop(columns=["allocation_sek", "ses_allocation_sek"]))
    trend = funding.trend(rows, "school_id").set_index("school_year")
    # 2023 Q4 = D: 2 400 000 / 300 = 8 000 kr per pupil; its share 2.4 / (0.3 + 0.6 + 0.5 + 2.4) = 63.16 %.
    assert trend.loc[2023, "ses_allocation_per_pupil_q4"] == pytest.approx(8_000)
    assert trend.loc[2023, "ses_share_q4"] == pytest.approx(2.4 / 3.8 * 100)


def test_unit_values_are_each_units_own_figures():
    rows = frame()
    d = rows[(rows["school_year"] == 2024) & (rows["school_id"] == "D")]
    values = funding.unit_values(d).iloc[0]
    assert values["ses_allocation_per_pupil"] == pytest.approx(11_000)
    assert values["assistant_fte_per_100_pupils"] == pytest.approx(2.0)

"""The small-number rule: which unit-years fall under it and what people see of them."""

from __future__ import annotations

import pandas as pd

from lib.measures import suppression


def rows() -> pd.DataFrame:
    # a: 7 pupils and 0.5 FTE (both under); b: 9 pupils, 4 FTE (pupils under); c: 120 pupils, 2.9 FTE (FTE
    # under); d: 10 pupils, 3.0 FTE (exactly at the limits: shown); e: pupils unknown, 5 FTE (nothing known to hide)
    return pd.DataFrame({
        "school_id": ["a", "b", "c", "d", "e"], "school_name": ["A", "B", "C", "D", "E"],
        "school_year": [2024] * 5, "pott2": [True, False, False, False, False],
        "pupils": [7.0, 9.0, 120.0, 10.0, None], "teacher_fte": [0.5, 4.0, 2.9, 3.0, 5.0],
        "qualified_share": [72.7, 80.0, 55.0, 90.0, 60.0], "need_index": [130.0, 90.0, 110.0, 100.0, 95.0],
        "first_teachers": [1, 0, 2, 1, 0],
    })


def test_fewer_than_ten_pupils_or_three_fte_is_small():
    assert suppression.small(rows()).tolist() == [True, True, True, False, False]
    assert suppression.small_units(rows(), "school_id") == frozenset({"a", "b", "c"})


def test_people_see_the_unit_but_none_of_its_values():
    shown = suppression.for_people(rows(), "sv")
    a = shown.iloc[0]
    assert (a["school_id"], a["school_name"], a["school_year"], a["pott2"]) == ("a", "A", 2024, True)
    assert (a["pupils"], a["teacher_fte"]) == ("< 10", "< 3")
    assert (a["qualified_share"], a["need_index"], a["first_teachers"]) == ("för få", "för få", "för få")
    d = shown.iloc[3]
    assert (d["pupils"], d["teacher_fte"], d["qualified_share"]) == (10.0, 3.0, 90.0)  # numbers stay numbers
    assert suppression.for_people(rows(), "en").iloc[1]["qualified_share"] == "too few"


def test_decisions_stay_and_a_table_without_counts_takes_a_mask():
    table = pd.DataFrame({"school_id": ["a", "d"], "before": [1, 1], "after": [2, 0], "need_index": [130.0, 100.0]})
    mask = suppression.mask_of(table, "school_id", suppression.small_units(rows(), "school_id"))
    shown = suppression.for_people(table, "sv", mask, decisions=("before", "after"))
    assert shown["after"].tolist() == [2, 0] and shown["need_index"].tolist() == ["för få", 100.0]


def test_a_table_without_small_rows_is_returned_as_it_is():
    table = rows().iloc[[3]]
    assert suppression.for_people(table, "sv") is table


def test_json_values_are_null_under_the_rule():
    assert suppression.json_value(72.7, True) is None and suppression.json_value(72.7, False) == 72.7


# --- helper A: counts, groups, blanking, what a download and the Data screen carry ------------------------

def test_a_count_reads_under_its_limit_only_when_it_is():
    shown = suppression.for_people(rows(), "sv")
    # b: 9 pupils (under 10) but 4 FTE: the FTE is hidden, not "under 3"; c: 120 pupils with 2.9 FTE: the pupils
    # are hidden ("för få"), "< 10" would be untrue.
    assert (shown.at[1, "pupils"], shown.at[1, "teacher_fte"]) == ("< 10", "för få")
    assert (shown.at[2, "pupils"], shown.at[2, "teacher_fte"]) == ("för få", "< 3")


def test_a_group_is_small_when_its_units_together_are():
    frame = rows()
    # Groups: {a, b} = 7 + 9 = 16 pupils, 0.5 + 4 = 4.5 FTE (not small); {c} = 2.9 FTE (small); {d, e}: 10
    # pupils (e's unknown counts as nothing) and 8 FTE (not small).
    groups = pd.Series(["x", "x", "y", "z", "z"], index=frame.index)
    assert suppression.small_groups(frame, groups) == frozenset({"y"})


def test_blanked_rows_keep_who_they_are_and_lose_every_value():
    frame = rows()
    out = suppression.blanked(frame, suppression.small(frame), keep=("pupils",))
    assert out.loc[0, ["school_id", "school_name", "school_year"]].tolist() == ["a", "A", 2024]
    assert out.loc[0, "pupils"] == 7.0 and pd.isna(out.loc[0, "qualified_share"]) and pd.isna(out.loc[0, "need_index"])
    assert pd.isna(out.loc[2, "teacher_fte"]) and pd.isna(out.loc[2, "first_teachers"])
    assert out.loc[3, "qualified_share"] == 90.0 and out["qualified_share"].dtype == float  # numbers stay numbers


def test_the_data_screens_preview_is_the_uploaders_own_file():
    from lib.screens import data as data_screen
    from tests.fixtures import small_school

    preview = data_screen.preview(small_school.small_school_dataset(), "sv", rows=100).table.frame
    mine = preview[preview["Skolenhetskod"] == small_school.SMALL_ID]
    # The uploader sees their own figures for Lillbyns skola, every year: 7 pupils, 0.5 FTE, 61.37 … qualified.
    assert mine["Antal elever"].tolist() == [7.0, 7.0, 7.0]
    assert mine["Lärare (heltidstjänster)"].tolist() == [0.5, 0.5, 0.5]
    assert mine["Andel lärare med legitimation och behörighet (%)"].tolist() == [61.37, 57.93, 63.81]


def test_a_download_writes_the_table_as_shown_with_swedish_decimals():
    from lib.documents import exports

    table = suppression.for_people(rows()[["school_id", "qualified_share", "need_index"]], "sv",
                                   mask=suppression.small(rows()))
    text = exports.to_csv_bytes(table, "sv").decode("utf-8-sig")
    # a, b, c hidden; d and e keep their numbers, with a decimal comma although the column also holds text.
    assert text.splitlines() == ["school_id;qualified_share;need_index", "a;för få;för få", "b;för få;för få",
                                 "c;för få;för få", "d;90,0;100,0", "e;60,0;95,0"]


def test_aggregates_still_count_the_small_school_on_start():
    from lib.screens import start
    from tests.fixtures import small_school

    data = small_school.small_school_dataset()
    qualified = next(h for h in start.headlines(data, "sv") if h.indicator == "qualified_share")
    # 2024/25, twelve schools in need order, three per quartile. Q4 = need 134 (64.5 %, 29.5 FTE), Lillbyns skola
    # (134.9; 63.81 %, 0.5 FTE) and 142 (62.0 %, 30.6 FTE): FTE-weighted (1902.75 + 31.905 + 1897.2) / 60.6
    # = 63.232. Q1 = need 62, 70, 78: (87·15.8 + 84.5·17.7 + 82·19.5) / 53 = 4469.25 / 53 = 84.325.
    assert (qualified.year, round(qualified.q4, 3), round(qualified.q1, 3)) == (2024, 63.232, 84.325)

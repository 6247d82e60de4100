"""The Insatser screen's views on hand-made data: which interventions are in view, the overview figures, one
follow-up (sentence, chart table), the add form, the import report, the change log, and the cache entries
(languages, records and datasets never share one; a visitor's own data never enters the shared pool)."""

from __future__ import annotations

import pandas as pd

from lib import cache
from lib.dataset import Dataset, Source
from lib.i18n import NBSP
from lib.screens import insatser
from lib.store import interventions


def record(iid: str, schools: str, start: int = 2022, end: int | None = 2022, cost: float | None = 100_000.0,
           kind: str = "targeted_first_teachers") -> interventions.Intervention:
    return interventions.validate({"intervention_id": iid, "school_id": schools, "type": kind, "aim": "retain",
                                   "targeting": "targeted", "start_year": start, "end_year": end, "cost_sek": cost})


def hand_data(kind: str = "demo", interventions_frame: pd.DataFrame | None = None) -> Dataset:
    # Eight schools, two years. Need 1..8 → quartiles 1,1,2,2,3,3,4,4. Equal FTE, so a group's value is the plain
    # mean of its shares. Share = 50 + i + 1, except school 8 (i = 7): 57 in 2021 and 62 in 2022.
    rows = [{"school_year": year, "school_id": f"1000000{i + 1}", "need_index": float(i + 1),
             "qualified_share": 50.0 + i + (shift if i == 7 else 1.0), "teacher_fte": 10.0, "pupils": 100.0}
            for year, shift in ((2021, 0.0), (2022, 5.0)) for i in range(8)]
    source = Source("demo", date="2026-11-22") if kind == "demo" else Source("upload", ("hand.csv",))
    return Dataset(pd.DataFrame(rows), "school", source, interventions=interventions_frame)


A = record("A", "10000008", cost=300_000.0)  # school 8: quartile 4
B = record("B", "10000001,10000007", cost=100_000.0, kind="marketing")  # school 1 (Q1) and school 7 (Q4)
ITEMS = (A, B)


def keys_of(function) -> list[tuple]:
    name = f"{function.__module__}.{function.__qualname__}"
    return [k for k in cache.SHARED.keys("insatser") if k[0] == name]


def test_the_register_wins_then_the_demo_items_then_none():
    demo_rows = pd.DataFrame([{"intervention_id": "INS-001", "school_id": "10000008", "type": "marketing",
                               "aim": "attract", "targeting": "general", "start_year": "2022", "end_year": None,
                               "cost_sek": "50000", "funding": None, "description": None}])
    data = hand_data(interventions_frame=demo_rows)
    assert insatser.shown_items(data, ITEMS) == insatser.Shown(ITEMS, False)
    shown = insatser.shown_items(data, ())
    assert shown.demo and [i.intervention_id for i in shown.items] == ["INS-001"]
    assert shown.items[0].cost_sek == 50_000.0
    assert insatser.shown_items(hand_data("upload"), ()) == insatser.Shown((), False)
    assert insatser.ids(ITEMS) == ["A", "B"]


def test_overview_figures_types_and_choices():
    ov = insatser.overview(hand_data(), ITEMS, "sv")
    # Both reach a quartile-4 school in 2021 (A: school 8; B: school 7). Money to Q4: A's 300 000 in full and
    # half of B's 100 000 (one of its two schools) = 350 000 of 400 000 = 87,5 % → "88 %" without decimals.
    assert [(f.label, f.value) for f in ov.figures] == [
        ("Insatser", "2"), ("Når skolor med störst behov", "2"),
        ("Andel av pengarna till skolor med störst behov", f"88{NBSP}%")]
    assert ov.by_type.frame.to_dict("list") == {"Typ": ["Riktade förstelärare", "Marknadsföring"], "Insatser": [1, 1]}
    assert ov.choices == {"A": "A: Riktade förstelärare", "B": "B: Marknadsföring"}
    assert insatser.overview(hand_data(), ITEMS, "en").choices["B"] == "B: Marketing"


def test_follow_up_figures_sentence_and_chart_table_by_hand():
    data = hand_data()
    view = insatser.follow_up(data, ITEMS, "A", "qualified_share", "sv", "Källa: test")
    # A at school 8: 57 in 2021/22 (before), 62 in 2022/23 (after). Comparison: same quartile (school 7), no
    # intervention of its own — but B runs there, so no comparison schools: n = 0, values "–".
    assert (view.figures.before, view.figures.after, view.figures.comparison_units) == (57.0, 62.0, 0)
    assert view.sentence.startswith("A: andel lärare")
    assert "57,0 läsåret 2021/22 och 62,0 läsåret 2022/23" in view.sentence
    assert "(0 st" in view.sentence and view.sentence.endswith("– och –.")
    table = view.table.frame
    assert list(table.columns) == ["Läsår", "Insatsens skolor", "Jämförbara skolor"]
    assert table["Läsår"].tolist() == ["2021/22", "2022/23"] and table["Insatsens skolor"].tolist() == [57.0, 62.0]
    assert table["Jämförbara skolor"].isna().all()
    assert view.chart_name == "insats-A" and "startade 2022/23" in view.alt_text
    assert view.chart["title"]["text"].endswith(": A och jämförbara skolor")
    assert all(isinstance(v, bytes) for v in view.chart["datasets"].values())  # ready to send, converted once
    # With B alone in the register, school 7 is a comparison school: 50 + 6 + 1 = 57 in both years.
    alone = insatser.figures(data, (A,), "A", "qualified_share")
    assert (alone.comparison_units, alone.comparison_before, alone.comparison_after) == (1, 57.0, 57.0)


def test_an_intervention_at_a_school_under_the_small_number_rule_shows_no_value_for_it():
    """A's only school (school 8) has 7 pupils in 2022/23: its "after" is that small school's own share (62), so it
    reads "för få" in the sentence, the table and the JSON figures, and the chart has no point for it; 2021/22
    (100 pupils) and the comparison schools are shown as before (with A alone, school 7: 57 in both years)."""
    frame = hand_data().frame
    frame.loc[(frame["school_id"] == "10000008") & (frame["school_year"] == 2022), "pupils"] = 7.0
    data = Dataset(frame, "school", Source("demo", date="2026-11-22"))
    result = insatser.figures(data, (A,), "A", "qualified_share")
    assert (result.before, result.after, result.comparison_after) == (57.0, None, 57.0)
    view = insatser.follow_up(data, (A,), "A", "qualified_share", "sv", "Källa: test")
    assert "57,0 läsåret 2021/22 och för få läsåret 2022/23" in view.sentence and "62" not in view.sentence
    assert view.table.frame["Insatsens skolor"].tolist() == [57.0, "för få"]
    assert insatser.small_years(data, A) == frozenset({2022})
    english = insatser.follow_up(data, (A,), "A", "qualified_share", "en", "Source: test")
    assert "too few" in english.sentence and "62" not in english.sentence


def test_series_in_long_form_leave_out_missing_years():
    series = pd.DataFrame({"school_year": [2021, 2022], "schools": [57.0, 62.0], "comparison": [None, 57.0]})
    long = insatser.series_long(series, "en")
    # Two school values and one comparison value: 3 rows (the 2021 comparison is missing).
    assert long.to_dict("list") == {"year": ["2021/22", "2022/23", "2022/23"], "value": [57.0, 62.0, 57.0],
                                    "series": ["The intervention's schools", "The intervention's schools",
                                               "Comparable schools"]}


def test_the_add_form_has_every_field_with_its_key_and_options():
    rows = insatser.form_fields(hand_data(), "sv")
    assert [[f.key for f in row] for row in rows] == [
        ["iv_f_id", "iv_f_school", "iv_f_type"], ["iv_f_aim", "iv_f_targeting", "iv_f_start", "iv_f_end"],
        ["iv_f_cost", "iv_f_funding"], ["iv_f_description"]]
    fields = {f.name: f for row in rows for f in row}
    assert set(fields) == set(interventions.COLUMNS)
    end = fields["end_year"]
    assert end.options == (None, 2021, 2022) and [end.label_of(y) for y in end.options] == ["–", "2021/22", "2022/23"]
    assert fields["type"].label_of("marketing") == "Marknadsföring" and fields["aim"].label_of("retain") == "behålla"
    assert fields["cost_sek"].bounds == (0.0, 1e10, 0.0, 10_000.0)
    values = {"intervention_id": "INS-9", "school_id": "10000001", "type": "marketing", "aim": "attract",
              "targeting": "general", "start_year": 2022, "end_year": None, "cost_sek": 0.0, "funding": "",
              "description": ""}
    assert insatser.form_record(values) == interventions.Intervention("INS-9", "10000001", "marketing", "attract",
                                                                      "general", 2022, None, 0.0)
    assert insatser.year_choices(hand_data(), "sv") == {2021: "2021/22", 2022: "2022/23"}


def test_an_import_lists_every_row_left_out_in_words():
    text = ("intervention_id;school_id;type;aim;targeting;start_year\n"
            "A;10000001;marketing;attract;general;2022\n"
            "B;1000;marketing;attract;general;2022\n")
    imported = insatser.read_import("ins.csv", text.encode(), "sv")
    assert [i.intervention_id for i in imported.items] == ["A"] and imported.usable
    (dropped,) = imported.report.sections  # the one report rendering (lib.screens.data.report_view)
    assert dropped.heading == "Rader som inte används (1)"
    assert dropped.table.frame.to_dict("records") == [{"Fil": "ins.csv", "Rad": 3,
                                                       "Varför": "Fältet school_id saknas eller är ogiltigt."}]
    broken = insatser.read_import("ins.csv", b"intervention_id;type\nA;marketing\n", "en")
    assert not broken.usable and broken.report.lines == ("ins.csv: Columns are missing: school_id, aim, targeting, "
                                                         "start_year.",)


def test_the_change_log_in_words():
    log = pd.DataFrame({"id": [2, 1], "at": pd.to_datetime(["2026-01-02", "2026-01-01"], utc=True),
                        "editor": ["Bo", "Anna"], "action": ["delete", "add"], "intervention_id": ["A", "A"],
                        "undone": [False, True]})
    view = insatser.change_log(log, "sv")
    assert list(view.table.frame.columns) == ["Nr", "Tid", "Redaktör", "Ändring", "Insats", "Ångrad"]
    assert view.table.frame["Ändring"].tolist() == ["borttagning", "tillägg"]
    assert view.table.frame["Ångrad"].tolist() == ["nej", "ja"]
    assert view.change_ids == (2, 1) and view.stored is log


def test_languages_records_and_datasets_get_entries_of_their_own():
    cache.SHARED.clear()
    data = hand_data()
    sv = insatser.follow_up(data, ITEMS, "A", "qualified_share", "sv", "Källa")
    en = insatser.follow_up(data, ITEMS, "A", "qualified_share", "en", "Source")
    assert sv.sentence != en.sentence and len(keys_of(insatser.follow_up)) == 2
    assert insatser.follow_up(data, ITEMS, "A", "qualified_share", "sv", "Källa") is sv  # the same entry again
    changed = (A, record("B", "10000001,10000007", cost=100_001.0, kind="marketing"))
    insatser.overview(data, ITEMS, "sv")
    insatser.overview(data, changed, "sv")
    assert len(keys_of(insatser.overview)) == 2  # the register changed: a new entry, never the stale one
    other = hand_data()
    other = Dataset(other.frame.assign(qualified_share=other.frame["qualified_share"] + 1), "school", other.source)
    assert insatser.figures(other, ITEMS, "A", "qualified_share").before == 58.0  # 57 + 1
    assert insatser.register_table((A,)).frame["intervention_id"].tolist() == ["A"]
    assert insatser.register_table(ITEMS).frame["intervention_id"].tolist() == ["A", "B"]
    before = set(cache.SHARED.keys("insatser"))
    insatser.follow_up(hand_data("upload"), ITEMS, "A", "qualified_share", "sv", "Källa")
    assert set(cache.SHARED.keys("insatser")) == before  # a visitor's own data is never in the shared pool


def test_demo_items_are_every_demo_row_as_register_items():
    from lib.sources import demo

    small = demo.dataset_from_bundle(demo.generate(n_schools=30))
    items = insatser.demo_items(small)
    assert isinstance(items, tuple) and all(isinstance(i, interventions.Intervention) for i in items)
    assert len(items) == len(small.interventions) and len({i.intervention_id for i in items}) == len(items)

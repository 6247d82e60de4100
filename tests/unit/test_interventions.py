"""Interventions: validation, the editor-key rule, the change log and undo on SQLite and PostgreSQL, and the
follow-up figures pinned on hand-made data."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from lib import cache
from lib.cli import main
from lib.dataset import Dataset, Source
from lib.measures import followup
from lib.store import interventions, workshops
from tests.postgres import postgres_server

KEYS = {"anna-key-12345": "Anna"}


@pytest.fixture(scope="module")
def pg_url():
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def register(request, tmp_path):
    if request.param == "sqlite":
        store = workshops.Store(f"sqlite:///{tmp_path / 'iv.sqlite'}")
    else:
        store = workshops.Store(request.getfixturevalue("pg_url"))
    reg = interventions.Register(store)
    with store.engine.begin() as conn:
        conn.execute(interventions.ChangeRow.__table__.delete())
        conn.execute(interventions.InterventionRow.__table__.delete())
    return reg


def record(iid="INS-1", schools="10000001", start=2022, end=None, cost=100_000.0):
    return interventions.validate({"intervention_id": iid, "school_id": schools, "type": "targeted_first_teachers",
                                   "aim": "retain", "targeting": "targeted", "start_year": start, "end_year": end,
                                   "cost_sek": cost, "funding": "kommunal budget", "description": "<b>test</b>"})


def test_validation_names_the_field():
    with pytest.raises(interventions.InterventionError) as exc:
        interventions.validate({"intervention_id": "X", "school_id": "123", "type": "other", "aim": "retain",
                                "targeting": "general", "start_year": 2022})
    assert exc.value.message.params == {"field": "school_id"}
    with pytest.raises(interventions.InterventionError) as exc:
        record(end=2020)
    assert exc.value.message.params == {"field": "end_year"}
    assert record(start="2022/23").start_year == 2022


def test_the_cache_tells_record_tuples_apart_by_every_field_and_the_order():
    # Views of "exactly these records" take the records as their key (no hand-made fingerprint): equal content
    # gives one key; any field or the order gives another.
    a, b = record("INS-1"), record("INS-2", cost=50_000.0)
    key = cache.key_part((a, b))
    assert key == cache.key_part((record("INS-1"), record("INS-2", cost=50_000.0)))
    assert key != cache.key_part((a, record("INS-2", cost=50_001.0)))
    assert key != cache.key_part((a, record("INS-2", cost=50_000.0, end=2023)))
    assert key != cache.key_part((b, a))
    assert cache.key_part(()) != cache.key_part((a,))


def test_editor_key_rule():
    assert interventions.editor_name("anna-key-12345", KEYS) == "Anna"
    for bad in (None, "", "guess"):
        with pytest.raises(interventions.InterventionError) as exc:
            interventions.editor_name(bad, KEYS)
        assert exc.value.message.key == "insatser.not_editor"
    assert interventions.editor_name(None, KEYS, sso_identity="bo@kommun.se") == "bo@kommun.se"
    with pytest.raises(interventions.InterventionError):
        interventions.editor_name("anna-key-12345", KEYS, public_mode=True)


def test_changes_are_logged_and_can_be_undone(register):
    register.add(record(), "Anna")
    register.end("INS-1", 2024, "Anna")
    assert register.get("INS-1").end_year == 2024
    register.delete("INS-1", "Bo")
    assert register.get("INS-1") is None
    log = register.log()
    assert log["action"].tolist() == ["delete", "end", "add"] and log["editor"].tolist() == ["Bo", "Anna", "Anna"]
    register.undo(int(log.iloc[0]["id"]), "Anna")  # the deletion
    assert register.get("INS-1").end_year == 2024
    register.undo(int(log.iloc[1]["id"]), "Anna")  # the ending
    assert register.get("INS-1").end_year is None
    with pytest.raises(interventions.InterventionError):
        register.undo(int(log.iloc[0]["id"]), "Anna")  # already undone
    with pytest.raises(interventions.InterventionError) as exc:
        register.add(record(), "Anna")
    assert exc.value.message.key == "insatser.exists"


def test_import_reports_rows(tmp_path):
    text = ("intervention_id;school_id;type;aim;targeting;start_year;end_year;cost_sek\n"
            "A;10000001;marketing;attract;general;2022;;50 000\n"
            "B;1000;marketing;attract;general;2022;;\n"
            "A;10000002;marketing;attract;general;2022;;\n")
    items, report = interventions.read_file("ins.csv", text.encode())
    assert [i.intervention_id for i in items] == ["A"] and items[0].cost_sek == 50_000
    assert [(d.row, d.reason_key) for d in report.dropped] == [(3, "insatser.bad_field"),
                                                              (4, "insatser.duplicate")]


def hand_data() -> Dataset:
    # Eight schools, two years. Need: 1..8 → quartiles 1,1,2,2,3,3,4,4 (n = 8). Equal FTE, so group values
    # are plain means of the shares.
    rows = []
    for year, shift in ((2021, 0.0), (2022, 5.0)):
        for i in range(8):
            rows.append({"school_year": year, "school_id": f"1000000{i + 1}", "need_index": float(i + 1),
                         "qualified_share": 50.0 + i + (shift if i == 7 else 1.0), "teacher_fte": 10.0,
                         "pupils": 100.0})
    return Dataset(pd.DataFrame(rows), "school", Source("upload", ("hand.csv",)))


def test_follow_up_before_after_and_comparison_by_hand():
    data = hand_data()
    item = record(schools="10000008", start=2022, end=2022)  # school 8 is in quartile 4 with school 7
    other = record("INS-2", schools="10000001", start=2022, end=2022)
    result = followup.follow_up(data, item, [item, other])
    # Before (2021): school 8 = 50 + 7 + 0 = 57. After (2022): 50 + 7 + 5 = 62.
    assert (result.before_year, result.after_year, result.before, result.after) == (2021, 2022, 57.0, 62.0)
    # Comparison: school 7 (same quartile, no intervention): 50 + 6 + 1 = 57 in both years.
    assert (result.comparison_units, result.comparison_before, result.comparison_after) == (1, 57.0, 57.0)


def test_overview_counts_high_need_and_money():
    data = hand_data()
    items = [record("A", "10000008", 2022, cost=300_000), record("B", "10000001,10000007", 2022, cost=100_000)]
    ov = followup.overview(data, items)
    # A reaches Q4 (school 8) with all its 300 000; B reaches Q4 through school 7: half of 100 000.
    assert ov.reaching_high_need == 2 and ov.money_high_need_share == pytest.approx(100 * 350_000 / 400_000)


def test_followup_command(capsys):
    code = main(["followup", "demo", "--interventions", "data/demo/interventions.csv", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0 and len(doc["interventions"]) == 26
    first = doc["interventions"][0]
    assert {"id", "schools", "start_year", "before", "after", "comparison_before", "comparison_after"} <= set(first)

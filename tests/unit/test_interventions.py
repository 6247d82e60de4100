"""Interventions: validation, the editor-key rule (bytes in constant time, back-off, logged failures, the
single-sign-on secret), the chained append-only change log and undo on SQLite and PostgreSQL, and the follow-up
figures pinned on hand-made data."""

from __future__ import annotations

import datetime as dt
import hmac
import json
import logging
import re
import sqlite3
import threading

import pandas as pd
import pytest
from sqlalchemy import event

from lib import cache
from lib.cli import main
from lib.dataset import Dataset, Source
from lib.measures import followup
from lib.store import interventions, workshops
from tests.postgres import postgres_server

KEYS = {"anna-key-12345": "Anna"}
LOG_KEY = "test-log-key-0123456789abcdef"


@pytest.fixture(scope="module")
def pg_url():
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def register(request, tmp_path, monkeypatch):
    monkeypatch.setenv("LARARRESURSER_LOG_KEY", LOG_KEY)  # the chain's key, from the environment as in service
    if request.param == "sqlite":
        store = workshops.Store(f"sqlite:///{tmp_path / 'iv.sqlite'}")
    else:
        store = workshops.Store(request.getfixturevalue("pg_url"))
    reg = interventions.Register(store)
    with store.engine.begin() as conn:
        for table in ("intervention_changes", "interventions", "intervention_log_head", "intervention_key_failures"):
            if table in interventions.Base.metadata.tables:
                conn.execute(interventions.Base.metadata.tables[table].delete())
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


# --- item 5 of issue 19: who may change the register ----------------------------------------------------------

def test_keys_are_compared_as_utf8_digests_of_equal_length(monkeypatch):
    keys = {"nyckel-åäö-2026": "Åsa", "anna-key-12345": "Anna"}
    assert interventions.editor_name("nyckel-åäö-2026", keys) == "Åsa"
    assert interventions.editor_name("nyckel-a\u030aa\u0308o\u0308-2026", keys) == "Åsa"  # typed decomposed
    seen: list[tuple[object, object]] = []
    real = hmac.compare_digest

    def spy(a, b):
        seen.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    for typed in ("åäö", "x", "a" * 500, "anna-key-1234"):  # non-ASCII (a TypeError before), short, long, near
        with pytest.raises(interventions.InterventionError) as exc:
            interventions.editor_name(typed, keys)
        assert exc.value.message.key == "insatser.not_editor"
    # Every configured key is compared, always as two 32-byte digests: neither the typed key's length nor
    # its characters change the comparison.
    assert len(seen) == 8
    assert all(isinstance(a, bytes) and isinstance(b, bytes) and len(a) == len(b) == 32 for a, b in seen)


def test_thirty_wrong_keys_in_a_minute_are_slowed_down_and_logged(register, caplog):
    caplog.set_level(logging.INFO, logger="lib.store.interventions")
    start = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
    answers = []
    for i in range(30):  # one every two seconds
        at = start + dt.timedelta(seconds=2 * i)
        with pytest.raises(interventions.InterventionError) as exc:
            register.authorise(f"gissning-{i}-åäö", KEYS, session="s1", client="10.0.0.1", at=at)
        answers.append(exc.value.message.key)
    # Five wrong keys are answered; then the session waits 30 s after the fifth (at 8 s) and no key is tried
    # meanwhile; the sixth (at 38 s) doubles the wait to 60 s, past the end of the minute: 6 tries, not 30.
    assert answers[:5] == ["insatser.not_editor"] * 5 and answers[19] == "insatser.not_editor"
    assert answers.count("insatser.not_editor") == 6 and answers.count("insatser.backoff_seconds") == 24
    failures = [r for r in caplog.records if r.getMessage().startswith("Wrong editor key")]
    refusals = [r for r in caplog.records if r.getMessage().startswith("Editor key not tried")]
    assert len(failures) == 6 and len(refusals) == 24 and all(r.levelno == logging.WARNING for r in failures)
    assert not any("gissning" in r.getMessage() for r in caplog.records)  # the typed key is never logged
    # Even the right key waits (else the back-off would slow nothing); the message says when to try again.
    with pytest.raises(interventions.InterventionError) as exc:
        register.authorise("anna-key-12345", KEYS, session="s1", client="10.0.0.1",
                           at=start + dt.timedelta(seconds=30))
    assert exc.value.message.text("sv") == "För många felaktiga redaktörsnycklar. Försök igen om 8 sekunder."
    sixth = start + dt.timedelta(seconds=38)
    with pytest.raises(interventions.InterventionError) as exc:
        register.authorise("anna-key-12345", KEYS, session="s1", at=sixth + dt.timedelta(seconds=59))
    assert exc.value.message.params == {"n": 1}
    seventh = sixth + dt.timedelta(seconds=60)  # the seventh wrong key: the wait doubles again
    with pytest.raises(interventions.InterventionError) as exc:
        register.authorise("fel-nyckel-7", KEYS, session="s1", at=seventh)
    assert exc.value.message.key == "insatser.not_editor"
    with pytest.raises(interventions.InterventionError) as exc:
        register.authorise("anna-key-12345", KEYS, session="s1", at=seventh + dt.timedelta(seconds=1))
    assert exc.value.message.text("en") == "Too many wrong editor keys. Try again in 2 minutes."
    assert register.authorise("anna-key-12345", KEYS, session="s1", at=seventh + dt.timedelta(seconds=120)) == "Anna"


def test_the_back_off_also_counts_per_client_and_in_all(register):
    start = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
    # A new session for every guess (a script opening fresh pages) is still slowed by its address...
    for i in range(10):
        with pytest.raises(interventions.InterventionError):
            register.authorise("fel-nyckel", KEYS, session=f"s{i}", client="10.0.0.9", at=start)
    with pytest.raises(interventions.InterventionError) as exc:
        register.authorise("fel-nyckel", KEYS, session="ny", client="10.0.0.9", at=start)
    assert exc.value.message.key == "insatser.backoff_seconds"
    # ...and without any address, by the ceiling for everyone together; another visitor is answered meanwhile.
    assert register.authorise("anna-key-12345", KEYS, session="anna", client="10.0.0.2", at=start) == "Anna"
    for i in range(20):
        with pytest.raises(interventions.InterventionError):
            register.authorise("fel-nyckel", KEYS, session=f"t{i}", client="", at=start)
    with pytest.raises(interventions.InterventionError) as exc:
        register.authorise("anna-key-12345", KEYS, session="anna", client="10.0.0.2", at=start)
    assert exc.value.message.key == "insatser.backoff_seconds"
    # An empty key is no guess: it is refused without counting.
    with pytest.raises(interventions.InterventionError) as exc:
        register.authorise("", KEYS, session="tom", at=start + dt.timedelta(hours=1))
    assert exc.value.message.key == "insatser.not_editor"


def test_the_sso_header_counts_only_with_the_proxys_shared_secret():
    secret = "proxy-secret-0123456789"
    ident = {"X-Remote-User": "bo@kommun.se"}
    assert interventions.sso_identity(ident, "X-Remote-User", None, None) is None  # no secret configured
    assert interventions.sso_identity(ident, "X-Remote-User", "X-Proxy-Secret", secret) is None  # not sent
    assert interventions.sso_identity({**ident, "X-Proxy-Secret": "gissning-åäö"}, "X-Remote-User",
                                      "X-Proxy-Secret", secret) is None
    assert interventions.sso_identity({**ident, "X-Proxy-Secret": secret}, "X-Remote-User", "X-Proxy-Secret",
                                      secret) == "bo@kommun.se"
    assert interventions.sso_identity({"X-Proxy-Secret": secret}, "X-Remote-User", "X-Proxy-Secret", secret) is None


def test_the_sso_secret_comes_from_the_environment_and_must_be_long(monkeypatch):
    from lib.config import settings

    monkeypatch.setenv("LARARRESURSER_SSO_SECRET_HEADER", "X-Proxy-Secret")
    monkeypatch.setenv("LARARRESURSER_SSO_SECRET", "kort")
    monkeypatch.setenv("LARARRESURSER_LOG_KEY", "log-key-0123456789abcdef")
    cfg = settings()
    assert (cfg.sso_secret_header, cfg.sso_secret, cfg.log_key) == ("X-Proxy-Secret", None,
                                                                   "log-key-0123456789abcdef")
    monkeypatch.setenv("LARARRESURSER_SSO_SECRET", "proxy-secret-0123456789")
    assert settings().sso_secret == "proxy-secret-0123456789"


# --- item 5: the change log, chained and append-only ---------------------------------------------------------

def five_changes(register) -> None:
    register.add(record(), "Anna")                       # 1
    register.edit(record(cost=200_000.0), "Anna")        # 2
    register.add(record("INS-2"), "Bo")                  # 3
    register.end("INS-1", 2024, "Bo")                    # 4
    register.delete("INS-2", "Anna")                     # 5


def sqlite_register(tmp_path, key: str | None = LOG_KEY):
    path = tmp_path / "iv.sqlite"
    return interventions.Register(workshops.Store(f"sqlite:///{path}"), log_key=key or ""), path


def tamper(path, *statements: str) -> None:
    with sqlite3.connect(path) as db:
        for sql in statements:
            db.execute(sql)


def test_an_intact_log_verifies(register):
    five_changes(register)
    check = register.verify()
    assert check.keyed and check.intact and check.first_verified == 1 and check.unverified is None
    assert [check.row_status(i) for i in range(1, 6)] == ["ok"] * 5


def test_an_edited_and_a_deleted_row_show_which_row_breaks_the_chain(tmp_path):
    register, path = sqlite_register(tmp_path)
    five_changes(register)
    # Someone with the database file changes who made change 2 and when, and deletes change 4.
    tamper(path, "UPDATE intervention_changes SET editor = 'Mallory', at = '2026-01-01 08:00:00.000000' "
                 "WHERE id = 2", "DELETE FROM intervention_changes WHERE id = 4")
    check = register.verify()
    assert check.problems == (interventions.Problem(2, "changed"), interventions.Problem(5, "gap", 3))
    assert [check.row_status(i) for i in (1, 2, 3, 5)] == ["ok", "changed", "ok", "gap"]
    from lib.screens import insatser

    view = insatser.change_log(register.log(), "sv", check)
    (status,) = view.status
    assert status.level == "error" and status.details == (
        "nr 2 har ändrats (tid, redaktör eller innehåll stämmer inte med kedjan)",
        "rader saknas mellan nr 3 och nr 5")
    assert view.table.frame["Kontroll"].tolist() == ["rader före saknas", "oförändrad", "ÄNDRAD i databasen",
                                                     "oförändrad"]
    # The evidence stays when the register goes on: a new change chains from the sealed end.
    register.add(record("INS-3"), "Anna")
    assert register.verify().problems == check.problems


def test_a_changed_content_or_a_removed_newest_row_shows(tmp_path):
    register, path = sqlite_register(tmp_path)
    five_changes(register)
    tamper(path, """UPDATE intervention_changes SET "after" = replace("after", '200000.0', '2000.0') WHERE id = 2""")
    assert register.verify().problems == (interventions.Problem(2, "changed"),)
    tamper(path, """UPDATE intervention_changes SET "after" = replace("after", '2000.0', '200000.0') WHERE id = 2""",
           "DELETE FROM intervention_changes WHERE id = 5")
    check = register.verify()
    assert check.problems == (interventions.Problem(5, "missing_end", 4),)
    from lib.screens import insatser

    assert insatser.log_status(check, "sv")[0].details == (
        "de senaste ändringarna saknas: loggen slutade med nr 5, nu med nr 4",)
    # A new change does not hide the removal: it names the missing number and chains from it.
    register.add(record("INS-9"), "Anna")
    assert register.verify().problems == (interventions.Problem(6, "gap", 4),)
    # Removing the seal too (the head row) leaves the break in sight.
    tamper(path, "DELETE FROM intervention_changes WHERE id = 6", "DELETE FROM intervention_log_head")
    assert register.verify().problems == (interventions.Problem(4, "end"),)
    register.add(record("INS-10"), "Anna")
    check = register.verify()
    assert check.problems == (interventions.Problem(5, "restart", 4),)
    assert insatser.log_status(check, "en")[0].details == (
        "no. 5 starts the chain again: the log's end after no. 4 had been changed or removed",)


def test_without_a_key_the_log_says_it_cannot_be_verified(tmp_path):
    register, _ = sqlite_register(tmp_path, key=None)
    from lib.screens import insatser

    assert insatser.change_log(register.log(), "sv", register.verify()).status == ()  # nothing to verify yet
    register.add(record(), "Anna")
    check = register.verify()
    assert not check.keyed and check.row_status(1) == "unverified"
    view = insatser.change_log(register.log(), "en", check)
    assert [(s.level, s.text) for s in view.status] == [
        ("warning", "The change log cannot be verified: no log key (LARARRESURSER_LOG_KEY) is set.")]
    assert view.table.frame["Check"].tolist() == ["cannot be verified"]


def test_a_log_from_before_the_chain_is_verified_from_its_first_new_row(tmp_path):
    path = tmp_path / "old.sqlite"
    tamper(path, "CREATE TABLE intervention_changes (id INTEGER NOT NULL PRIMARY KEY, at DATETIME, "
                 "editor VARCHAR(120), action VARCHAR(20), intervention_id VARCHAR(40), before TEXT, after TEXT, "
                 "undone BOOLEAN)",
           "CREATE TABLE interventions (id INTEGER NOT NULL PRIMARY KEY, intervention_id VARCHAR(40), "
           "payload TEXT, deleted BOOLEAN)")
    old = json.dumps(record().__dict__)
    tamper(path, f"INSERT INTO interventions VALUES (1, 'INS-1', '{old}', 0)",
           f"INSERT INTO intervention_changes VALUES (1, '2025-05-01 10:00:00.000000', 'Anna', 'add', 'INS-1', '', "
           f"'{old}', 0)",
           "INSERT INTO intervention_changes VALUES (2, '2025-05-02 10:00:00.000000', 'Bo', 'delete', 'INS-1', "
           f"'{old}', '', 1)",
           "INSERT INTO intervention_changes VALUES (3, '2025-05-03 10:00:00.000000', 'Bo', 'undo', 'INS-1', '', "
           f"'{old}', 0)")
    register = interventions.Register(workshops.Store(f"sqlite:///{path}"), log_key=LOG_KEY)
    assert register.log()["undone"].tolist() == [False, True, False]  # the old in-place flag is still read
    register.end("INS-1", 2024, "Anna")
    check = register.verify()
    assert (check.first_verified, check.unverified, check.problems) == (4, (1, 3), ())
    from lib.screens import insatser

    assert [(s.level, s.text) for s in insatser.log_status(check, "sv")] == [
        ("success", "Ändringsloggen är oförändrad från nr 4 (kontrollerad mot sin nyckelkedja)."),
        ("warning", "Nr 1–3 skrevs innan loggen kedjades och kan inte verifieras.")]
    tamper(path, "UPDATE intervention_changes SET editor = 'Mallory' WHERE id = 4")
    assert register.verify().problems == (interventions.Problem(4, "changed"),)


def test_logged_changes_are_never_updated_or_deleted(register):
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(register.engine, "before_cursor_execute", seen)
    try:
        five_changes(register)
        register.undo(5, "Anna")
        register.undo(4, "Bo")
    finally:
        event.remove(register.engine, "before_cursor_execute", seen)
    touching = [s for s in statements if re.match(r"\s*(UPDATE|DELETE)\b[^;]*\bintervention_changes\b", s, re.I)]
    assert touching == []
    log = register.log()
    assert log["action"].tolist()[:2] == ["undo", "undo"] and log.set_index("id")["undone"].to_dict() == {
        7: False, 6: False, 5: True, 4: True, 3: False, 2: False, 1: False}
    assert register.verify().intact


def test_an_undo_that_later_changes_build_on_is_refused_and_names_them(register):
    register.add(record(cost=100_000.0), "Anna")      # 1
    register.edit(record(cost=200_000.0), "Anna")     # 2
    register.edit(record(cost=300_000.0), "Bo")       # 3
    register.add(record("INS-2"), "Bo")               # 4 (another intervention: no bearing)
    with pytest.raises(interventions.InterventionError) as exc:
        register.undo(2, "Anna")
    assert exc.value.message.text("sv") == ("Ändring nr 2 kan inte ångras: senare ändringar av samma insats bygger "
                                            "på den (nr 3). Ångra dem först, den senaste först.")
    assert register.get("INS-1").cost_sek == 300_000.0 and len(register.log()) == 4  # nothing changed
    with pytest.raises(interventions.InterventionError) as exc:
        register.undo(1, "Anna")
    assert exc.value.message.params["later"] == "3, 2"
    register.undo(3, "Bo")
    assert register.get("INS-1").cost_sek == 200_000.0
    register.undo(2, "Anna")  # #3 is undone: nothing builds on #2 any more
    assert register.get("INS-1").cost_sek == 100_000.0


def test_two_editors_at_once_keep_one_chain(tmp_path):
    first, path = sqlite_register(tmp_path)
    second = interventions.Register(workshops.Store(f"sqlite:///{path}"), log_key=LOG_KEY)
    errors: list[BaseException] = []

    def work(reg, prefix):
        try:
            for i in range(15):
                reg.add(record(f"{prefix}-{i}"), prefix)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(r, p)) for r, p in ((first, "A"), (second, "B"))]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    check = first.verify()
    assert check.rows == 30 and check.intact


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

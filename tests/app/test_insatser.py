"""AppTest: Insatser — the follow-up of the demo's interventions (figures, table per type, the sentence the
`followup` command prints the same figures for), the register refusing changes without a key, a refused form
field, an import's rows left out, and the change log in words."""

from __future__ import annotations

import re

from tests.app.conftest import assert_no_errors, open_page


def shown(text: str) -> str:
    """Markdown as the visitor reads it: without the backslash escapes and word joiners that keep typed text
    inert (lib/text.py)."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text).replace("\u2060", "")


# The demo's 26 interventions cycle over the ten types: the first six types get 3, the last four 2 (6·3 + 4·2).
BY_TYPE_SV = {"Central rekrytering": 3, "Riktade förstelärare": 3, "Utvecklingslärare": 3,
              "Behörighetsgivande utbildning": 3, "Annan kompetensutveckling": 3, "Lönetillägg": 3,
              "Stöd till skolledning": 2, "Marknadsföring": 2, "Elevhälsa eller andra centrala resurser": 2,
              "Annat": 2}


def test_follow_up_of_demo_interventions_in_swedish():
    at = open_page("app_pages/insatser.py")
    assert_no_errors(at)
    assert any("fiktiva insatser" in c.value for c in at.caption)
    assert [m.label for m in at.metric] == ["Insatser", "Når skolor med störst behov",
                                            "Andel av pengarna till skolor med störst behov"]
    assert at.metric[0].value == "26" and at.metric[2].value.endswith("\u00a0%")
    by_type = at.dataframe[0].value
    assert dict(zip(by_type["Typ"], by_type["Insatser"], strict=True)) == BY_TYPE_SV
    # INS-001 on the qualified share, as `python -m lib followup demo --interventions data/demo/interventions.csv`
    # reports it: before 61.3 (2022/23), after 53.4 (2024/25), 50 comparison schools 59.49 → 62.15.
    assert any(shown(m.value) == "INS-001: andel lärare med legitimation och behörighet (%) på insatsens skolor 61,3 "
               "läsåret 2022/23 och 53,4 läsåret 2024/25; jämförbara skolor (50 st, samma behovskvartil, utan egen "
               "insats) 59,5 och 62,1." for m in at.markdown)
    assert any("inte en effektskattning" in w.value for w in at.warning)
    series = at.dataframe[1].value
    assert list(series.columns) == ["Läsår", "Insatsens skolor", "Jämförbara skolor"]
    assert series.set_index("Läsår").loc["2022/23", "Insatsens skolor"] == 61.3


def test_follow_up_in_english():
    at = open_page("app_pages/insatser.py", lang="en")
    assert_no_errors(at)
    assert (at.metric[0].label, at.metric[0].value) == ("Interventions", "26")
    assert at.dataframe[0].value.columns.tolist() == ["Type", "Interventions"]
    assert any(shown(m.value).startswith("INS-001: share of teachers") and "61.3 in 2022/23" in m.value
               for m in at.markdown)
    assert any("not an effect estimate" in w.value for w in at.warning)


def test_a_wrong_field_is_named_before_the_key_is_asked_for():
    at = open_page("app_pages/insatser.py")
    at.text_input(key="iv_f_id").set_value("INS-901")
    at.text_input(key="iv_f_school").set_value("123")
    next(b for b in at.button if b.label == "Spara").click().run()
    assert [shown(e.value) for e in at.error] == ["Fältet school_id saknas eller är ogiltigt."]


def test_an_import_lists_the_rows_left_out():
    at = open_page("app_pages/insatser.py")
    text = ("intervention_id;school_id;type;aim;targeting;start_year\n"
            "IMP-1;99100000;marketing;attract;general;2022\n"
            "IMP-2;1000;marketing;attract;general;2022\n")
    at.file_uploader(key="iv_import").set_value(("ins.csv", text.encode(), "text/csv"))
    at.run()
    at.button(key="iv_do_import").click().run()
    assert any(m.value.startswith("0 fel, 0 varningar, 0 noteringar, 1 rad") for m in at.markdown)
    dropped = next(d.value for d in at.dataframe if "Varför" in d.value.columns)
    assert dropped.to_dict("records") == [{"Fil": "ins.csv", "Rad": 3,
                                           "Varför": "Fältet school_id saknas eller är ogiltigt."}]
    assert any("redaktörsnyckel" in e.value for e in at.error)  # no key: nothing imported


def test_adding_needs_an_editor_key(monkeypatch, tmp_path):
    monkeypatch.setenv("LARARRESURSER_EDITOR_KEYS", "Anna:anna-key-12345")
    # A register of its own: what this test adds must not show in other tests' follow-up (the demo's interventions).
    monkeypatch.setenv("LARARRESURSER_DB_PATH", str(tmp_path / "register.sqlite"))
    at = open_page("app_pages/insatser.py")
    at.text_input(key="iv_f_id").set_value("INS-900")
    at.text_input(key="iv_f_school").set_value("99100000")
    next(b for b in at.button if b.label == "Spara").click().run()
    assert any("redaktörsnyckel" in e.value for e in at.error)
    at.text_input(key="iv_key").set_value("anna-key-12345").run()
    at.text_input(key="iv_f_id").set_value("INS-900")
    at.text_input(key="iv_f_school").set_value("99100000")
    next(b for b in at.button if b.label == "Spara").click().run()
    assert_no_errors(at)
    assert any("Klart" in s.value for s in at.success)
    log = at.dataframe[-1].value
    assert list(log.columns) == ["Nr", "Tid", "Redaktör", "Ändring", "Insats", "Ångrad", "Kontroll"]
    newest = log.iloc[0]
    assert (newest["Redaktör"], newest["Ändring"], newest["Insats"], newest["Ångrad"]) == \
        ("Anna", "tillägg", "INS-900", "nej")
    # The register now holds INS-900, so the follow-up shows it instead of the demo's interventions.
    assert at.metric[0].value == "1"
    assert at.selectbox(key="iv_choose").options == ["INS-900: Central rekrytering"]
    assert at.selectbox(key="iv_undo_id").value == newest["Nr"]


# --- issue 19, item 5: the register in internal mode --------------------------------------------------------

def private_register(monkeypatch, tmp_path, log_key: str | None = None):
    """The app's register in a database of this test's own (so back-off counts and the log start empty)."""
    from lib.store import interventions, workshops

    monkeypatch.setenv("LARARRESURSER_DB_PATH", str(tmp_path / "register.sqlite"))
    monkeypatch.setenv("LARARRESURSER_EDITOR_KEYS", "Anna:anna-key-12345")
    if log_key:
        monkeypatch.setenv("LARARRESURSER_LOG_KEY", log_key)
    return interventions.Register(workshops.Store(f"sqlite:///{tmp_path / 'register.sqlite'}"))


def save(at, iid: str = "INS-950") -> None:
    at.text_input(key="iv_f_id").set_value(iid)
    at.text_input(key="iv_f_school").set_value("99100000")
    next(b for b in at.button if b.label == "Spara").click().run()


def test_wrong_keys_with_swedish_letters_are_answered_then_slowed_down(monkeypatch, tmp_path):
    private_register(monkeypatch, tmp_path)
    at = open_page("app_pages/insatser.py")
    at.text_input(key="iv_key").set_value("fel-nyckel-åäö").run()
    answers = []
    for _ in range(7):
        save(at)
        assert_no_errors(at)  # a key with å, ä or ö crashed the page (TypeError) before
        answers.append(shown(at.error[0].value))
    assert answers[:5] == ["Ändringen kräver en giltig redaktörsnyckel."] * 5
    assert all(a.startswith("För många felaktiga redaktörsnycklar. Försök igen om ") for a in answers[5:])
    # The right key waits too, until the pause is over.
    at.text_input(key="iv_key").set_value("anna-key-12345").run()
    save(at)
    assert shown(at.error[0].value).startswith("För många felaktiga redaktörsnycklar.")


def test_the_sso_header_alone_is_not_trusted(monkeypatch, tmp_path):
    import streamlit as st

    private_register(monkeypatch, tmp_path)
    monkeypatch.setenv("LARARRESURSER_SSO_HEADER", "X-Remote-User")
    monkeypatch.setenv("LARARRESURSER_SSO_SECRET_HEADER", "X-Proxy-Secret")
    monkeypatch.setenv("LARARRESURSER_SSO_SECRET", "proxy-secret-0123456789")
    headers = {"X-Remote-User": "mallory@example.com"}
    monkeypatch.setattr(type(st.context), "headers", property(lambda self: headers))
    at = open_page("app_pages/insatser.py")
    save(at)  # any visitor can send the identity header: without the proxy's secret it counts for nothing
    assert [shown(e.value) for e in at.error] == ["Ändringen kräver en giltig redaktörsnyckel."]
    headers.update({"X-Remote-User": "bo@kommun.se", "X-Proxy-Secret": "proxy-secret-0123456789"})
    save(at, "INS-951")
    assert any("Klart" in s.value for s in at.success)
    assert at.dataframe[-1].value.iloc[0]["Redaktör"] == "bo@kommun.se"


def test_the_change_log_shows_which_row_was_tampered_with(monkeypatch, tmp_path):
    import sqlite3

    from tests.unit.test_interventions import record

    register = private_register(monkeypatch, tmp_path, log_key="app-log-key-0123456789")
    register.add(record("INS-1"), "Anna")
    register.add(record("INS-2"), "Anna")
    register.add(record("INS-3"), "Bo")
    register.add(record("INS-4"), "Bo")
    with sqlite3.connect(tmp_path / "register.sqlite") as db:
        db.execute("UPDATE intervention_changes SET editor = 'Bo', at = '2026-01-01 08:00:00' WHERE id = 1")
        db.execute("DELETE FROM intervention_changes WHERE id = 3")
    at = open_page("app_pages/insatser.py")
    assert_no_errors(at)
    assert [e.value for e in at.error] == [
        "Ändringsloggen har ändrats utanför appen:\n"
        "- nr 1 har ändrats (tid, redaktör eller innehåll stämmer inte med kedjan)\n"
        "- rader saknas mellan nr 2 och nr 4"]
    log = at.dataframe[-1].value
    assert dict(zip(log["Nr"], log["Kontroll"], strict=True)) == {4: "rader före saknas", 2: "oförändrad",
                                                                  1: "ÄNDRAD i databasen"}


def test_an_undo_that_a_later_change_builds_on_is_refused(monkeypatch, tmp_path):
    from tests.unit.test_interventions import record

    register = private_register(monkeypatch, tmp_path)
    register.add(record(cost=100_000.0), "Anna")
    register.edit(record(cost=200_000.0), "Anna")
    register.edit(record(cost=300_000.0), "Bo")
    at = open_page("app_pages/insatser.py")
    at.text_input(key="iv_key").set_value("anna-key-12345").run()
    at.selectbox(key="iv_undo_id").set_value(2).run()
    at.button(key="iv_do_undo").click().run()
    assert [shown(e.value) for e in at.error] == [
        "Ändring nr 2 kan inte ångras: senare ändringar av samma insats bygger på den (nr 3). Ångra dem först, den "
        "senaste först."]
    assert register.get("INS-1").cost_sek == 300_000.0
    assert any(w.value.startswith("Ändringsloggen kan inte verifieras") for w in at.warning)  # no log key set

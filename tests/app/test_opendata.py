"""AppTest: the "Öppna data" panel of the Data screen against the fake Skolverket API (no internet)."""

from __future__ import annotations

import socket

import pytest

from lib.text import visible
from tests.app.conftest import assert_no_errors, open_page


def texts(at) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption])


def fetch(at, codes=("0180", "1480")):
    at.multiselect(key="opendata_municipalities").set_value(list(codes))
    at.button(key="opendata_fetch").click()
    at.run()
    return at


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_fetch_makes_the_fetched_data_active(server, lang):
    at = open_page("app_pages/data.py", lang=lang)
    assert_no_errors(at)
    assert any(("Hämta öppna data" if lang == "sv" else "Fetch open data") in b.label for b in at.button)
    assert any("Fiktiva" in i.value or "Fictional" in i.value for i in at.info)
    fetch(at)
    assert_no_errors(at)
    done = "\n".join(s.value for s in at.success)
    assert ("4 skolenheter hämtade" if lang == "sv" else "4 school units fetched") in done
    # The page header now describes the fetched data, not the demo.
    assert ("Skolverkets öppna data" if lang == "sv" else "Skolverket open data") in texts(at)
    assert not any("Fiktiva" in i.value or "Fictional" in i.value for i in at.info)
    # What was missing and why.
    warnings = "\n".join(w.value for w in at.warning)
    assert "Gammaskolan" in warnings and "10000003" in warnings
    assert ("koordinater" if lang == "sv" else "coordinates") in warnings
    # The fetch report is the Data screen's validation report: counts, then each kind of message in a table.
    assert ("0 fel, 2 varningar" if lang == "sv" else "0 errors, 2 warnings") in texts(at)
    assert at.expander[0].label == ("Varningar (2)" if lang == "sv" else "Warnings (2)")
    listed = at.dataframe[0].value
    assert len(listed) == 2 and listed.iloc[0, -1] == visible(at.warning[0].value)  # the box: Markdown, inert
    assert server.count() > 0
    # Other screens see the fetched data.
    at.switch_page("app_pages/start.py").run()
    assert_no_errors(at)
    assert ("Skolverkets öppna data" if lang == "sv" else "Skolverket open data") in texts(at)


def test_fetch_without_municipality_asks_for_one(server):
    at = open_page("app_pages/data.py")
    at.button(key="opendata_fetch").click()
    at.run()
    assert_no_errors(at)
    assert any("Välj minst en kommun" in w.value for w in at.warning)
    assert server.count() == 0


def test_unreachable_service_shows_an_error_and_a_way_on(monkeypatch, tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("SKOLVERKET_API_URL", f"http://127.0.0.1:{port}/planned-educations")
    monkeypatch.setenv("LARARRESURSER_CACHE_DIR", str(tmp_path))
    at = open_page("app_pages/data.py")
    fetch(at, ["0180"])
    assert not at.exception
    errors = "\n".join(e.value for e in at.error)
    assert "går inte att nå" in errors and "demodata" in errors
    # The demo stays active.
    assert any("Fiktiva" in i.value for i in at.info)


def test_public_mode_limits_fetches_per_visitor(server, monkeypatch):
    monkeypatch.setenv("LARARRESURSER_PUBLIC", "1")
    at = open_page("app_pages/data.py")
    assert any("Hämtningar kvar i den här sessionen: 5" in c.value for c in at.caption)
    for _ in range(5):
        fetch(at, ["0180"])
        assert_no_errors(at)
    seen = server.count()
    fetch(at, ["0180"])
    assert any("gränsen i den publika demon" in w.value for w in at.warning)
    assert server.count() == seen


def test_kolada_comparison_is_optional(server):
    at = open_page("app_pages/data.py")
    fetch(at)
    at.button(key="opendata_kolada").click()
    at.run()
    assert_no_errors(at)
    table = at.dataframe[-1].value
    assert "Nyckeltal" in table.columns and len(table) > 0

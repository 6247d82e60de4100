"""AppTest: Skolblad and nämndrapport in both languages, reached with a school in the URL."""

from __future__ import annotations

import pytest

from tests.app.conftest import assert_no_errors, open_page


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_sheet_on_screen_with_downloads(lang):
    at = open_page("app_pages/skolblad.py", lang=lang)
    assert_no_errors(at)
    assert at.header[0].value.startswith("Skolblad: " if lang == "sv" else "School sheet: ")
    subheaders = [s.value for s in at.subheader]
    assert ("Frågor för dialogen" if lang == "sv" else "Questions for the dialogue") in subheaders
    assert len(at.get("download_button")) >= 4


def test_school_from_the_url_and_from_the_map():
    at = open_page("app_pages/skolblad.py", query={"skola": "Kvarndungens skola (fiktiv) (99100000)"})
    assert_no_errors(at)
    assert at.header[0].value == "Skolblad: Kvarndungens skola (fiktiv)"
    at = open_page("app_pages/karta.py")
    school = next(o for o in at.selectbox(key="skola").options if "ingen" not in o)
    at.selectbox(key="skola").select(school).run()
    assert_no_errors(at)
    assert any(link.label == "Öppna skolbladet" for link in at.get("page_link"))

"""WCAG 2.1 AA and axe-core's best practices (heading order among them), checked by axe-core (carried offline by
axe-playwright-python) on every screen in the default language (Swedish), Likvärdighet in English, and on a bare
one-line Streamlit page as the control (the floor, also clean): zero violations.
Also: the page's language attribute follows the chosen language."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from lib.ui.pages import available
from tests.e2e.conftest import ARTIFACTS, ROOT, goto, start_server, stop_server, wait_for_app

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
        "resultTypes": ["violations"]}
SCREENS = [url for _section, _path, _title, _icon, url in available()]


def screen_url(app_url: str, screen: str) -> str:
    """The default screen is served at the root (its own path shows Streamlit's "Page not found" over it)."""
    return app_url if screen == "start" else f"{app_url}/{screen}"


def audit(page: Page, name: str) -> list[str]:
    """Violations as "rule: target" lines (also written to test-artifacts for reading)."""
    wait_for_app(page)
    # Elements of a rerun in progress are drawn faded ("stale"); audit the settled page only.
    page.wait_for_function("document.querySelectorAll('[data-stale=\"true\"]').length === 0", timeout=30_000)
    page.wait_for_timeout(800)  # charts finish drawing after the script run
    results = Axe().run(page, options=WCAG)
    found = [f"{v['id']}: {n['target']}" for v in results.response["violations"] for n in v["nodes"]]
    if found:
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / f"axe-{name}.txt").write_text(results.generate_report(), encoding="utf-8")
    return found


@pytest.mark.parametrize("screen", SCREENS)
def test_screen_has_no_wcag_violations(page: Page, app_url: str, screen: str):
    goto(page, screen_url(app_url, screen))
    assert audit(page, screen) == []


def test_english_sets_the_page_language(page: Page, app_url: str):
    goto(page, f"{app_url}/likvardighet?lang=en")
    page.wait_for_function("document.documentElement.lang === 'en'", timeout=10_000)
    assert audit(page, "likvardighet-en") == []


def test_a_bare_streamlit_page_audits_clean(page: Page):
    proc, url = start_server(script=str(ROOT / "benchmarks" / "bare_app.py"))
    try:
        goto(page, url)
        assert audit(page, "bare") == []
    finally:
        stop_server(proc)

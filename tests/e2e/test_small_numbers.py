"""A school leader uploads the municipality's own file, in which Lillbyns skola has 7 pupils and 0.5 teacher FTE
in each of three school years (tests/fixtures/small_school.py). In a real browser its name is everywhere and its
figures nowhere: Likvärdighet (text, tables, the deviation table's CSV), Karta (the grey point's tooltip, the
selected school) and its school sheet say "för få"."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.conftest import open_screen, screenshot, wait_for_app
from tests.fixtures import small_school

EVERY_YEAR = [v for year in small_school.YEARS for v in small_school.small_values(year)]


def page_text(page: Page) -> str:
    """What the page shows in words: the visible text, the charts' SVG text and the tables' cells (Streamlit
    draws a table on a canvas and keeps its cells in an accessible grid beside it)."""
    return page.evaluate("""() => [
        document.body.innerText,
        ...[...document.querySelectorAll('svg')].map(s => s.textContent),
        ...[...document.querySelectorAll('[data-testid="stDataFrame"]')].map(d => d.textContent),
    ].join('\\n')""")


def shown_values(text: str, values: list[str]) -> list[str]:
    """Those of `values` that stand as numbers of their own in `text` (not inside a longer number)."""
    return [v for v in values if re.search(rf"(?<![\d.,]){re.escape(v)}(?![\d])", text)]


def test_a_small_school_shows_its_name_and_no_figure_on_any_screen(page: Page, app_url: str, tmp_path: Path):
    from tests.e2e.conftest import goto

    goto(page, app_url)
    open_screen(page, "Data")
    with page.expect_file_chooser() as chooser:
        page.get_by_test_id("stFileUploaderDropzone").first.click()
    chooser.value.set_files(files=[{"name": "skolor.csv", "mimeType": "text/csv",
                                    "buffer": small_school.small_school_csv()}])
    wait_for_app(page)
    expect(page.get_by_text("Filerna kunde läsas").first).to_be_visible(timeout=60_000)

    # Likvärdighet: the scatter leaves it out and says so; no figure of it in the page; its CSV row says "för få".
    open_screen(page, "Likvärdighet")
    expect(page.get_by_text(re.compile(r"1 enhet med färre än 10 elever")).first).to_be_visible(timeout=60_000)
    page.wait_for_function("document.querySelectorAll('.vega-embed svg g.mark-symbol path').length >= 11",
                           timeout=60_000)
    text = page_text(page)
    assert not shown_values(text, small_school.small_values(2024)), shown_values(text, EVERY_YEAR)
    screenshot(page, "small-numbers-equity")
    button = page.locator(".st-key-deviation_table_csv button")
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=60_000) as download:
        button.click()
    csv = Path(download.value.path()).read_bytes().decode("utf-8-sig")
    row = next(line for line in csv.splitlines() if small_school.SMALL_ID in line)
    assert row.startswith(f"Lillbyns skola;{small_school.SMALL_ID};för få;för få;för få;Uppsala kommun;"), row
    assert row.endswith(";för få"), row
    assert not shown_values(csv, EVERY_YEAR), csv

    # Karta: the school is a grey point whose tooltip says why; chosen in the list, its figures say "för få".
    open_screen(page, "Karta")
    expect(page.get_by_text(re.compile(r"1 av skolorna har färre än 10 elever")).first).to_be_visible(timeout=60_000)
    grey = page.locator(".vega-embed svg g.schools_too_few_marks path")
    expect(grey).to_have_count(1, timeout=60_000)
    grey.first.hover(force=True)
    tooltip = page.locator("#vg-tooltip-element")
    expect(tooltip).to_contain_text("Lillbyns skola", timeout=10_000)
    expect(tooltip).to_contain_text("Färre än 10 elever eller 3 lärare")
    assert not shown_values(tooltip.inner_text(), EVERY_YEAR)
    screenshot(page, "small-numbers-map-tooltip")
    picker = page.get_by_test_id("stSelectbox").filter(has_text="Välj en skola").locator("input").first
    picker.scroll_into_view_if_needed()
    picker.click()
    page.get_by_role("option", name="Lillbyns skola").click()
    wait_for_app(page)
    expect(page.get_by_test_id("stMetricValue").filter(has_text="för få")).to_have_count(4)
    expect(page.get_by_test_id("stMetricValue").filter(has_text="< 10")).to_have_count(1)
    text = page_text(page)
    assert not shown_values(text, small_school.small_values(2024)), shown_values(text, EVERY_YEAR)

    # Its school sheet: the name, and none of its figures in any of the three years (helper B's part).
    page.get_by_role("link", name="Öppna skolbladet").click()
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Skolblad: Lillbyns skola")).to_be_visible(timeout=60_000)
    text = page_text(page)
    screenshot(page, "small-numbers-sheet")
    assert "för få" in text
    assert not shown_values(text, EVERY_YEAR), shown_values(text, EVERY_YEAR)

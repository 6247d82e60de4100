"""A journalist on the public demo: the map draws (boundaries and school points in the rendered chart), the
indicator switches, the bivariate mode lists where high need meets weak resources; Likvärdighet shows the gap."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.conftest import goto, screenshot, wait_for_app


def rendered_marks(page: Page) -> dict[str, int]:
    """Count the drawn shapes of the map's Vega view (SVG paths of the boundaries, circles of the schools)."""
    return page.evaluate("""() => {
        const views = [...document.querySelectorAll('[data-testid="stVegaLiteChart"] svg, .vega-embed svg')];
        const svg = views[0];
        if (!svg) return {paths: 0, circles: 0};
        const shapes = svg.querySelectorAll('g.mark-geoshape path, g.mark-shape path');
        const symbols = svg.querySelectorAll('g.mark-symbol path');
        return {paths: shapes.length, circles: symbols.length};
    }""")


def test_map_draws_boundaries_and_schools_and_switches_indicator(page: Page, app_url: str):
    goto(page, f"{app_url}/karta")
    expect(page.get_by_role("heading", name="Karta").first).to_be_visible()
    page.wait_for_function("""() => {
        const svg = document.querySelector('.vega-embed svg');
        return svg && svg.querySelectorAll('g.mark-symbol path').length > 100;
    }""", timeout=60_000)
    marks = rendered_marks(page)
    assert 7 <= marks["paths"] < 290, marks  # fitted to the demo's seven municipalities (all of Sweden: Kartutsnitt)
    assert marks["circles"] >= 200, marks  # the demo schools of the latest year
    screenshot(page, "map-need-index")

    page.get_by_test_id("stSelectbox").filter(has_text="Indikator").locator("input").first.click()
    page.get_by_role("option", name=re.compile("Andel lärare med legitimation")).click()
    wait_for_app(page)
    expect(page.get_by_text(re.compile(r"Andel lärare med legitimation.*läsåret 2024/25")).first).to_be_visible()
    assert "indicator=" in page.url
    page.wait_for_function("document.querySelectorAll('.vega-embed svg g.mark-symbol path').length > 100")
    screenshot(page, "map-qualified-share")

    page.get_by_text("Behov × lärarresurs (två färgskalor)").click()
    wait_for_app(page)
    expect(page.get_by_role("heading", name=re.compile("Skolor där högt behov möter svagast"))).to_be_visible()
    screenshot(page, "map-bivariate")


def test_equity_screen_states_the_gap_between_quartiles(page: Page, app_url: str):
    goto(page, f"{app_url}/likvardighet")
    expect(page.get_by_role("heading", name="Likvärdighet").first).to_be_visible()
    expect(page.get_by_text(re.compile(r"Skolorna med störst behov \(kvartil 4\) har [\d,]+ procentenheter lägre"))
           ).to_be_visible(timeout=60_000)
    page.wait_for_function("document.querySelectorAll('.vega-embed svg g.mark-symbol path').length > 100",
                           timeout=60_000)
    screenshot(page, "equity")


def test_changing_k_updates_the_profile_cards_and_the_map(page: Page, app_url: str):
    goto(page, f"{app_url}/profiler?k=3")
    expect(page.get_by_role("heading", name="Utmaningsprofiler").first).to_be_visible()
    cards = page.get_by_text(re.compile(r"^Profil \d: "))
    expect(cards).to_have_count(3, timeout=60_000)
    page.wait_for_function("document.querySelectorAll('.vega-embed svg g.mark-symbol path').length > 100",
                           timeout=60_000)
    legend_before = page.locator(".vega-embed svg g.role-legend").all_text_contents()
    slider = page.get_by_role("slider").first
    slider.focus()
    slider.press("ArrowRight")
    slider.press("ArrowRight")
    wait_for_app(page)
    expect(cards).to_have_count(5, timeout=60_000)
    assert "k=5" in page.url
    page.wait_for_function("document.querySelectorAll('.vega-embed svg g.mark-symbol path').length > 100")
    assert page.locator(".vega-embed svg g.role-legend").all_text_contents() != legend_before
    screenshot(page, "profiles-k5")


def test_open_a_school_sheet_from_the_map_and_download_its_pdf(page: Page, app_url: str):
    import io

    from pypdf import PdfReader

    goto(page, f"{app_url}/karta")
    picker = page.get_by_test_id("stSelectbox").filter(has_text="Välj en skola").locator("input").first
    picker.scroll_into_view_if_needed()
    picker.click()
    picker.press("ArrowDown")
    option = page.get_by_role("option").nth(1)
    school = option.inner_text()
    option.click()
    wait_for_app(page)
    page.get_by_role("link", name="Öppna skolbladet").click()
    wait_for_app(page)
    name = school.rsplit(" (", 1)[0]
    expect(page.get_by_role("heading", name=f"Skolblad: {name}")).to_be_visible(timeout=60_000)
    with page.expect_download(timeout=120_000) as download:
        page.get_by_role("button", name="Ladda ner skolbladet (PDF)").click()
    content = Path(download.value.path()).read_bytes()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages)
    assert f"Skolblad: {name}" in text and "Källa: fiktiva demodata" in text
    screenshot(page, "school-sheet")

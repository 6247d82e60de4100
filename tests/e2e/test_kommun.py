"""A journalist on the real data: a link with a municipality's code opens its own view (figures, trend chart,
the table of every municipality), and Karta draws the municipality choropleth of the real data."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.e2e.conftest import goto, screenshot

DRAWN = """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
    .filter(c => c.querySelector('canvas, svg')).length"""


def no_error(page: Page) -> None:
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.get_by_text(re.compile("Något gick fel|Something went wrong")).count() == 0


def test_a_link_opens_a_municipalitys_own_view(page: Page, app_url: str):
    goto(page, f"{app_url}/kommun?data=sverige&kommun=0780")
    expect(page.get_by_role("heading", name="Växjö (0780)")).to_be_visible(timeout=60_000)
    expect(page.get_by_text(re.compile(r"i Växjö läsåret 2024/25: [\d,]+\s%")).first).to_be_visible()
    expect(page.get_by_text(re.compile("samma behovskvartil")).first).to_be_visible()
    page.wait_for_function(f"({DRAWN})() >= 2", timeout=60_000)  # the municipality's trend and the quartile gap
    no_error(page)
    assert "municipality=0780" in page.url
    screenshot(page, "kommun-vaxjo")


def test_karta_draws_the_municipality_choropleth_of_the_real_data(page: Page, app_url: str):
    goto(page, f"{app_url}/karta?data=sverige")
    expect(page.get_by_text(re.compile("290 kommuner har värde")).first).to_be_visible(timeout=60_000)
    page.wait_for_function(f"({DRAWN})() >= 1", timeout=60_000)
    page.wait_for_function("""() => {
        const svg = document.querySelector('.vega-embed svg');
        const canvas = document.querySelector('.vega-embed canvas');
        return (svg && svg.querySelectorAll('g.mark-shape path, g.mark-geoshape path').length >= 290) || !!canvas;
    }""", timeout=60_000)
    no_error(page)
    screenshot(page, "karta-sverige")
    # a click on a municipality offers its own view
    shapes = page.locator(".vega-embed svg g.mark-shape path, .vega-embed svg g.mark-geoshape path")
    box = shapes.nth(-40).bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    link = page.get_by_role("link", name=re.compile(r"^Öppna .+ \(\d{4}\): läge"))
    expect(link).to_be_visible(timeout=60_000)
    link.click()
    expect(page.get_by_role("heading", name=re.compile(r".+ \(\d{4}\)$")).first).to_be_visible(timeout=60_000)
    assert "municipality=" in page.url

"""What people take away (issue 18), in a real browser: chart files wide enough to read that name their source and
say the demo is fictional, tables whose downloads name their source, Swedish tables and pickers in Swedish, and the
workshop on a projector at 1280×720 with four scenario cards and their numbers on one screen."""

from __future__ import annotations

import io
import re
import struct
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from playwright.sync_api import Browser, Page, expect

from lib.ui.pages import PAGES
from tests.e2e.conftest import ARTIFACTS, goto, start_server, stop_server, wait_for_app

ENGLISH_PLACEHOLDERS = ("Choose an option", "Choose options", "Select an option", "No options to select")
SCREENS = tuple(url for *_rest, url in PAGES)  # every screen of the navigation
SVG = "{http://www.w3.org/2000/svg}"
SOURCE = "Källa: fiktiva demodata (Lärarresurser)"
FICTION = "Fiktiva demodata: skolorna, siffrorna och namnen är påhittade"


def svg_facts(svg: bytes) -> tuple[float, list[str], str]:
    """The drawing's width, its texts, and its title (the text in the title's size, 16 px bold)."""
    root = ET.fromstring(svg)
    texts = [(" ".join("".join(e.itertext()).split()), e.get("font-size")) for e in root.iter(f"{SVG}text")]
    title = " ".join(text for text, size in texts if size == "16px")
    return float(root.get("width")), [text for text, _ in texts], title


def download(page: Page, button) -> bytes:
    with page.expect_download(timeout=120_000) as info:
        button.click()
    return Path(info.value.path()).read_bytes()


@pytest.fixture(scope="module")
def workshop_server() -> Iterator[tuple[str, str]]:
    """A server of its own whose database already holds a workshop with four groups' scenarios."""
    from lib.measures import allocation
    from lib.store import scenarios, workshops

    var_dir = tempfile.mkdtemp(prefix="lararresurser-e2e-takeaway-")
    store = workshops.Store(f"sqlite:///{var_dir}/lararresurser.sqlite")
    ws, _secret = store.create_workshop()
    for i, (name, alpha, q4) in enumerate((("Per elev", 0.0, 0.8123), ("Behov väger", 1.0, 1.2456),
                                           ("Behov väger tungt", 2.0, 1.8789), ("Bara kvartil 4", 3.5, 2.3261))):
        store.save(ws.code, scenarios.Scenario(
            name, allocation.Params(year=2024, posts=120, alpha=alpha), f"Grupp {'ABCD'[i]}", "abc",
            {"posts": 120, "moved": 10 * i, "cost_after": 12_000_000 + i * 250_000, "cost_change": i * 250_000.0,
             "q4_before": 0.8123, "q4_after": q4, "per_100_after": 0.9, "gap_after": q4 - 0.9,
             # the last group placed its posts within a budget: its card has a fourth number, what is left
             "budget": 13_000_000.0 if i == 3 else None, "unspent": 250_000.0 if i == 3 else None}))
    store.engine.dispose()
    ARTIFACTS.mkdir(exist_ok=True)
    proc, url = start_server({"LARARRESURSER_VAR_DIR": var_dir})
    try:
        yield url, workshops.format_code(ws.code)
    finally:
        stop_server(proc)


def test_every_chart_file_is_wide_and_names_its_source_and_fiction(page: Page, app_url: str):
    checked = 0
    for screen in ("likvardighet", "profiler", "karta", "forstelarare", "insatser", "klasser"):
        goto(page, f"{app_url}/{screen}")
        buttons = page.get_by_role("button", name="Ladda ner SVG")
        n = buttons.count()
        assert n >= 1, screen
        for i in range(n):
            width, texts, title = svg_facts(download(page, buttons.nth(i)))
            assert width >= 800, (screen, i, width)
            assert len(title) >= 10, (screen, i, title)  # a title of words, not cut off
            words = " ".join(texts)
            assert SOURCE in words and FICTION in words, (screen, i, texts[-3:])
            checked += 1
        png = download(page, page.get_by_role("button", name="Ladda ner PNG").first)
        assert struct.unpack(">I", png[16:20])[0] >= 800, screen
    assert checked >= 7


def test_table_downloads_name_their_source_and_keep_swedish_numbers(page: Page, app_url: str):
    goto(page, f"{app_url}/likvardighet")
    csv_text = download(page, page.get_by_role("button", name="Ladda ner CSV").first).decode("utf-8-sig")
    assert SOURCE in csv_text and FICTION in csv_text
    assert re.search(r";\d+,\d+", csv_text)  # numbers with the Swedish decimal comma, after a ";"
    workbook = download(page, page.get_by_role("button", name="Ladda ner Excel").first)
    book = openpyxl.load_workbook(io.BytesIO(workbook))
    assert book.sheetnames[1] == "Källa"
    assert book["Källa"]["A1"].value.startswith(SOURCE)
    numbers = [c for row in book.worksheets[0].iter_rows(min_row=2) for c in row if c.data_type == "n"]
    assert numbers  # numbers stay numbers
    # (Tables on screen read in Swedish: tests/app/test_takeaway.py reads the grid's display values.)


# Every text a canvas draws, recorded: the table grid draws its cells on a canvas, so this is what the visitor reads.
DRAWN_TEXT = """(() => {
  const fill = CanvasRenderingContext2D.prototype.fillText;
  window.__drawn = [];
  CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
    window.__drawn.push(String(text));
    return fill.call(this, text, ...rest);
  };
})()"""


def test_the_grid_draws_missing_numbers_as_a_dash_and_numbers_in_swedish(page: Page, app_url: str):
    """Kommun's organiser comparison on the real data: most municipalities have no independent schools' figure.
    Streamlit's grid draws a missing number as "None" whatever the Styler says, unless the table names its own
    placeholder."""
    page.add_init_script(DRAWN_TEXT)
    goto(page, f"{app_url}/kommun?data=sverige")
    summaries = page.locator("[data-testid='stExpander'] summary")
    for i in range(summaries.count()):  # the organiser table is in an expander
        summaries.nth(i).click()
    grids = page.locator("[data-testid='stDataFrame']")
    for i in range(grids.count()):  # the grid draws what is in view
        grids.nth(i).scroll_into_view_if_needed()
    deadline = time.time() + 30
    drawn: list[str] = []
    while time.time() < deadline and "–" not in drawn:
        time.sleep(0.5)
        drawn = page.evaluate("window.__drawn")
    assert "–" in drawn, drawn[:40]
    assert not {"None", "nan", "NaN", "null"} & set(drawn)
    assert any(re.fullmatch(r"−?\d+,\d", text) for text in drawn), drawn[:40]  # "67,3", not "67.3"
    assert not [text for text in drawn if re.fullmatch(r"−?\d+\.\d+", text)]


def test_no_swedish_screen_shows_streamlits_english_placeholders(page: Page, app_url: str):
    for screen in SCREENS:
        goto(page, f"{app_url}/{screen}")
        body = page.evaluate("document.body.textContent")  # hidden parts too (closed expanders, tabs)
        found = [p for p in ENGLISH_PLACEHOLDERS if p in body]
        assert not found, (screen, found)
        inputs = page.locator("input[placeholder]")
        placeholders = [inputs.nth(i).get_attribute("placeholder") for i in range(inputs.count())]
        assert not [p for p in placeholders if p in ENGLISH_PLACEHOLDERS], (screen, placeholders)


def test_the_projector_view_shows_four_cards_with_big_numbers_on_one_screen(browser: Browser, workshop_server):
    url, code = workshop_server
    context = browser.new_context(locale="sv-SE", viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        goto(page, f"{url}/workshop")
        field = page.get_by_label("Workshopkod", exact=True)
        field.fill(code)
        page.get_by_role("button", name="Gå med").click()
        wait_for_app(page)
        expect(page.get_by_role("heading", name="Bara kvartil 4")).to_be_visible(timeout=30_000)
        page.get_by_text("Storbildsläge (för projektor)").click()
        wait_for_app(page)
        expect(page.get_by_text("Workshopkod", exact=True)).to_have_count(0)  # the forms are gone
        expect(page.get_by_text("För samtalsledaren")).to_have_count(0)
        expect(page.locator("[data-testid='stSidebar']")).to_be_hidden()
        page.evaluate("window.scrollTo(0, 0)")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "workshop-projector-1280x720.png"))  # what the room sees
        cards = page.locator("[class*='st-key-ws_card_']")
        expect(cards).to_have_count(4)
        for i in range(4):
            box = cards.nth(i).bounding_box()
            assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 720, (i, box)
            card = cards.nth(i)
            expect(card.get_by_text(re.compile(r"^α \d(,\d+)? · 120 tjänster$"))).to_be_visible()
            values = card.locator("[data-testid='stMetricValue']")
            assert values.count() == (4 if i == 3 else 3)
            for j in range(values.count()):
                size = float(values.nth(j).evaluate("e => getComputedStyle(e).fontSize").removesuffix("px"))
                assert size >= 40, (i, j, size)
        # The numbers the room reads: as the cards say them, in the table too.
        expect(cards.nth(3).get_by_text("2,33", exact=True)).to_be_visible()
        table = page.locator(".st-key-ws_projector_table table")
        expect(table).to_contain_text("2,33")
        assert "2.3261" not in table.inner_text()
        assert float(table.evaluate("e => getComputedStyle(e).fontSize").removesuffix("px")) >= 20
        table.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "workshop-projector-table-1280x720.png"))
        # Back from the projector: the forms return.
        page.get_by_text("Storbildsläge (för projektor)").click()
        wait_for_app(page)
        expect(page.get_by_label("Workshopkod", exact=True)).to_be_visible()
    finally:
        context.close()

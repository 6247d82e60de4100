"""An organiser's analyst on the demo: Resursfördelning draws its charts and says where the socioeconomic money
goes; on Självskattning they change an answer and write a note, download the file (which holds the change), open
it again after another change, and include the assessment in the board report, which then carries it."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.conftest import goto, open_screen, screenshot, wait_for_app


def bars_drawn(page: Page) -> int:
    """The bars drawn in the first rendered chart (Vega's SVG rect marks)."""
    return page.evaluate("""() => {
        const svg = document.querySelector('[data-testid="stVegaLiteChart"] svg, .vega-embed svg');
        return svg ? svg.querySelectorAll('g.mark-rect path').length : 0;
    }""")


def test_funding_then_self_assessment_into_the_board_report(page: Page, app_url: str):
    goto(page, f"{app_url}/resursfordelning")
    expect(page.get_by_role("heading", name="Resursfördelning").first).to_be_visible()
    expect(page.get_by_text("av den socioekonomiska tilldelningen").first).to_be_visible()
    page.wait_for_function("""() => {
        const svg = document.querySelector('.vega-embed svg');
        return svg && svg.querySelectorAll('g.mark-rect path').length >= 4;
    }""", timeout=60_000)
    assert bars_drawn(page) == 4  # one bar per need quartile
    screenshot(page, "resursfordelning")

    open_screen(page, "Självskattning")
    expect(page.get_by_role("heading", name="Självskattning").first).to_be_visible()
    card = page.locator(".st-key-sa_card_dialogue")
    expect(card.get_by_text("6 av 27")).to_be_visible()
    card.get_by_text("Delvis", exact=True).click()
    wait_for_app(page)
    note = card.locator("textarea")
    note.fill("Tas upp i varannan kvalitetsdialog")
    note.press("Tab")
    wait_for_app(page)
    expect(page.get_by_text("Delvis: 1", exact=False)).to_be_visible()

    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Ladda ner självskattningen (JSON)").click()
    saved = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    dialogue = next(a for a in saved["answers"] if a["id"] == "dialogue")
    assert dialogue == {"id": "dialogue", "answer": "partly", "note": "Tas upp i varannan kvalitetsdialog"}

    # Another answer, then the downloaded file opened again: the file's answer is back.
    card.get_by_text("Nej", exact=True).click()
    wait_for_app(page)
    expect(page.get_by_text("Delvis: 0", exact=False)).to_be_visible()
    page.get_by_text("Öppna en nedladdad självskattning").first.click()
    with page.expect_file_chooser() as chooser:
        page.get_by_test_id("stFileUploaderDropzone").first.click()
    chooser.value.set_files(files=[{"name": "sjalvskattning.json", "mimeType": "application/json",
                                    "buffer": Path(download.value.path()).read_bytes()}])
    wait_for_app(page)
    page.get_by_role("button", name="Öppna", exact=True).click()
    wait_for_app(page)
    expect(page.get_by_text("Självskattningen är öppnad.")).to_be_visible()
    expect(page.get_by_text("Delvis: 1", exact=False)).to_be_visible()
    expect(card.locator("textarea")).to_have_value("Tas upp i varannan kvalitetsdialog")

    page.get_by_text("Ta med självskattningen i nämndrapporten (Skolblad)").click()
    wait_for_app(page)
    screenshot(page, "sjalvskattning")
    open_screen(page, "Skolblad och nämndrapport")
    expect(page.get_by_text("Nämndrapporten under Skolblad tar nu med självskattningen.")).to_be_visible()
    with page.expect_download(timeout=120_000) as report:
        page.get_by_role("button", name="Ladda ner nämndrapporten (HTML)").click()
    html = Path(report.value.path()).read_text(encoding="utf-8")
    assert "Självskattning mot Skolinspektionens kriterier" in html
    assert "Tas upp i varannan kvalitetsdialog" in html

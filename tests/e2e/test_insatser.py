"""An editor registers an intervention with the editor key and sees it in the follow-up; without the key the
same change is refused."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.e2e.conftest import EDITOR_KEY, goto, screenshot, wait_for_app


def fill(page: Page, label: str, value: str) -> None:
    field = page.get_by_label(label, exact=True)
    field.fill(value)
    field.press("Tab")


def add_intervention(page: Page, iid: str) -> None:
    page.get_by_role("tab", name="Register").click()
    fill(page, "Id", iid)
    fill(page, "Skolenhetskod(er), kommaseparerade", "99100000")
    page.get_by_role("button", name="Spara").click()
    wait_for_app(page)


def test_register_with_key_then_follow_up_and_refusal_without_key(page: Page, app_url: str):
    goto(page, f"{app_url}/insatser")
    expect(page.get_by_role("heading", name="Insatser").first).to_be_visible()
    add_intervention(page, "E2E-UTAN-NYCKEL")
    expect(page.get_by_text("Ändringen kräver en giltig redaktörsnyckel.")).to_be_visible()

    field = page.get_by_label("Redaktörsnyckel (för att ändra)")
    field.fill(EDITOR_KEY)
    field.press("Enter")
    wait_for_app(page)
    add_intervention(page, "E2E-MED-NYCKEL")
    expect(page.get_by_text("Klart.")).to_be_visible()

    page.get_by_role("tab", name="Uppföljning").click()
    expect(page.get_by_text("E2E-MED-NYCKEL").first).to_be_visible()
    picker = page.get_by_test_id("stSelectbox").filter(has_text="Insats").locator("input").first
    picker.click()
    picker.press("ArrowDown")
    options = page.get_by_role("option").all_inner_texts()
    assert any("E2E-MED-NYCKEL" in o for o in options) and not any("E2E-UTAN-NYCKEL" in o for o in options)
    picker.press("Escape")
    # The change log holds exactly one change (the refused one left no trace).
    page.get_by_role("tab", name="Ändringslogg").click()
    expect(page.get_by_role("combobox", name="Ångra ändring nr")).to_have_value("1")
    screenshot(page, "interventions")

"""A workshop in three browsers: two groups join the same code and each saves a scenario — one within a budget,
whose card shows the cost against it —; the compare view shows both within seconds; a third browser with another
code sees neither."""

from __future__ import annotations

import re

from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import goto, screenshot, wait_for_app


def new_page(browser: Browser) -> Page:
    context = browser.new_context(locale="sv-SE", viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(60_000)
    return page


def fill(page: Page, label: str, value: str) -> None:
    field = page.get_by_label(label, exact=True)
    field.fill(value)
    field.press("Enter")
    wait_for_app(page)


def create_workshop(page: Page, app_url: str) -> str:
    goto(page, f"{app_url}/workshop")
    page.get_by_text("För samtalsledaren").click()
    page.get_by_role("button", name="Skapa en ny workshop").click()
    wait_for_app(page)
    text = page.get_by_text(re.compile(r"Workshopkod: [A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")).first.inner_text()
    return re.search(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", text).group(0)


def save_scenario(page: Page, app_url: str, code: str, group: str, name: str, alpha_steps: int,
                  budget: bool = False) -> None:
    goto(page, f"{app_url}/forstelarare")
    slider = page.get_by_role("slider").first
    slider.focus()
    for _ in range(alpha_steps):
        slider.press("ArrowRight")
    wait_for_app(page)
    if budget:  # the budget starts at what today's posts cost; the metrics say what is left of it
        page.get_by_text("årlig budget", exact=True).click()
        wait_for_app(page)
        expect(page.get_by_text(re.compile(r"^Kvar av budgeten \d"))).to_be_visible()
    fill(page, "Scenariots namn", name)
    fill(page, "Grupp", group)
    fill(page, "Workshopkod", code)
    page.get_by_role("button", name="Spara i workshoppen").click()
    wait_for_app(page)
    expect(page.get_by_text(f"”{name}” är sparat i workshop {code}.")).to_be_visible()


def test_two_groups_save_under_one_code_and_another_code_sees_neither(browser: Browser, app_url: str):
    facilitator, group_b, outsider = new_page(browser), new_page(browser), new_page(browser)
    try:
        code = create_workshop(facilitator, app_url)
        other = create_workshop(outsider, app_url)
        assert code != other

        save_scenario(group_b, app_url, code, "Grupp B", "B: behov väger tungt", alpha_steps=4, budget=True)
        # The facilitator's own compare view (same browser session keeps the code) picks B's save up by itself.
        expect(facilitator.get_by_role("heading", name="B: behov väger tungt")).to_be_visible(timeout=30_000)
        # B's card: its cost against its budget, in the figures and in the sentence.
        expect(facilitator.get_by_text(re.compile(r"^Kvar av budgeten \d"))).to_be_visible()
        expect(facilitator.get_by_text(re.compile(r"mnkr av [\d ,]+ mnkr; [\d ,]+ mnkr kvar\)\."))).to_be_visible()

        group_a = new_page(browser)
        save_scenario(group_a, app_url, code, "Grupp A", "A: per elev", alpha_steps=0)
        expect(facilitator.get_by_role("heading", name="A: per elev")).to_be_visible(timeout=30_000)
        expect(facilitator.get_by_role("heading", name="B: behov väger tungt")).to_be_visible()
        screenshot(facilitator, "workshop-compare")

        expect(outsider.get_by_text("Inga scenarier är sparade under koden ännu.")).to_be_visible(timeout=30_000)
        expect(outsider.get_by_role("heading", name="A: per elev")).to_have_count(0)
        expect(outsider.get_by_role("heading", name="B: behov väger tungt")).to_have_count(0)
        group_a.context.close()
    finally:
        for p in (facilitator, group_b, outsider):
            p.context.close()

"""A manager's first visit: the demo, an upload of a Skolverket export, Start describes it, English."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.e2e.conftest import goto, screenshot, wait_for_app
from tests.fixtures.make_exports import skolverket_personal_municipal_csv


def test_upload_skolverket_export_then_start_describes_it_then_english(page: Page, app_url: str):
    goto(page, app_url)
    expect(page.get_by_role("heading", name="Lärarresurser").first).to_be_visible()
    expect(page.get_by_text("Fiktiva demodata.").first).to_be_visible()
    expect(page.get_by_text(re.compile(r"skolenheter i \d+ kommuner")).first).to_be_visible()

    page.get_by_role("link", name="Data", exact=True).first.click()
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Ladda upp filer")).to_be_visible()
    with page.expect_file_chooser() as chooser:
        page.get_by_test_id("stFileUploaderDropzone").first.click()
    chooser.value.set_files(files=[{"name": "personal-kommun-2024.csv", "mimeType": "text/csv",
                                    "buffer": skolverket_personal_municipal_csv(2024)}])
    wait_for_app(page)
    expect(page.get_by_text("Filerna kunde läsas").first).to_be_visible(timeout=60_000)
    expect(page.get_by_role("heading", name="Valideringsrapport")).to_be_visible()
    screenshot(page, "upload-report")

    page.get_by_role("link", name="Start", exact=True).first.click()
    wait_for_app(page)
    expect(page.get_by_text(re.compile(r"290 kommuner, 1 läsår")).first).to_be_visible()
    expect(page.get_by_text("2024/25").first).to_be_visible()
    expect(page.get_by_text("Fiktiva demodata.")).to_have_count(0)

    page.get_by_text("English", exact=True).first.click()
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Teacher resources").first).to_be_visible()
    expect(page.get_by_text(re.compile(r"290 municipalities")).first).to_be_visible()
    assert "lang=en" in page.url
    page.wait_for_function("document.documentElement.lang === 'en'", timeout=10_000)
    screenshot(page, "start-english-after-upload")


def test_upload_class_file_shows_comparison_and_flag(page: Page, app_url: str):
    from tests.fixtures.make_exports import class_results_csv

    goto(page, f"{app_url}/klasser")
    expect(page.get_by_role("heading", name="Klasskillnader").first).to_be_visible()
    page.get_by_text("Egna klassresultat").click()  # the upload sits in an expander when demo results exist
    with page.expect_file_chooser() as chooser:
        page.get_by_test_id("stFileUploaderDropzone").first.click()
    chooser.value.set_files(files=[{"name": "klasser.csv", "mimeType": "text/csv", "buffer": class_results_csv()}])
    wait_for_app(page)
    expect(page.get_by_text("Visar uppladdade klassresultat (klasser.csv).")).to_be_visible(timeout=60_000)
    expect(page.get_by_text(re.compile("obehörig lärare i klassen med lägst betygspoäng")).first).to_be_visible()
    page.wait_for_function("document.querySelectorAll('.vega-embed svg g.mark-rect path').length >= 3",
                           timeout=60_000)
    screenshot(page, "classes-upload")

"""Two visitors never see each other's data: an upload in one browser does not reach another, and a scenario
saved under one workshop code never shows under another. And a short load run on its own server: a crowd of
protocol-level visitors through every screen with no errors and bounded server memory (timings are reported by
benchmarks/load.py, not asserted here)."""

from __future__ import annotations

import asyncio
import re
import threading

from playwright.sync_api import Browser, expect

from benchmarks import load
from tests.e2e.conftest import goto, wait_for_app
from tests.e2e.test_workshop import create_workshop, new_page, save_scenario
from tests.fixtures.make_exports import skolverket_personal_municipal_csv


def test_one_visitors_upload_and_scenarios_never_reach_another(browser: Browser, app_url: str):
    alice, bob = new_page(browser), new_page(browser)
    try:
        goto(alice, f"{app_url}/data")
        with alice.expect_file_chooser() as chooser:
            alice.get_by_test_id("stFileUploaderDropzone").first.click()
        chooser.value.set_files(files=[{"name": "alice-kommuner.csv", "mimeType": "text/csv",
                                        "buffer": skolverket_personal_municipal_csv(2024)}])
        wait_for_app(alice)
        expect(alice.get_by_text("Filerna kunde läsas").first).to_be_visible(timeout=60_000)
        alice.get_by_role("link", name="Start", exact=True).first.click()
        wait_for_app(alice)
        expect(alice.get_by_text(re.compile(r"290 kommuner")).first).to_be_visible()

        goto(bob, app_url)
        expect(bob.get_by_text("Fiktiva demodata.").first).to_be_visible()
        expect(bob.get_by_text(re.compile(r"290 kommuner"))).to_have_count(0)
        expect(bob.get_by_text("alice-kommuner.csv")).to_have_count(0)

        code = create_workshop(alice, app_url)
        save_scenario(alice, app_url, code, "Alice grupp", "Alice hemliga förslag", alpha_steps=1)
        create_workshop(bob, app_url)
        expect(bob.get_by_text("Inga scenarier är sparade under koden ännu.")).to_be_visible(timeout=30_000)
        expect(bob.get_by_text("Alice hemliga förslag")).to_have_count(0)
    finally:
        alice.context.close()
        bob.context.close()


def test_short_load_run_has_no_errors_and_bounded_memory():
    proc, url = load.start_server(load.ROOT / "app.py")
    sampler = load.MemorySampler(proc.pid)
    sampler.start()
    out: dict = {}

    def run_crowd() -> None:  # its own thread: Playwright's event loop already runs in this one
        out.update(asyncio.run(load.crowd(url, visitors=8, arrival=4.0, pause=(0.2, 0.6))))

    try:
        worker = threading.Thread(target=run_crowd)
        worker.start()
        worker.join(timeout=600)
        result = out
    finally:
        sampler.stop.set()
        load.stop_server(proc)
    assert result["errors"] == 0, result["error_samples"]
    assert result["reruns"] >= 8 * 12  # every visitor reached every screen
    assert sampler.peak_mb < 2048

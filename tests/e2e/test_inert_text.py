"""Issue 19, item 1, in the browser: visitors' text never makes another visitor's browser fetch or link anything.

A local trap server (127.0.0.1, a thread of this test) stands for the outside server. Its address goes into the
school and organiser names of an upload in the app's template format (tests/fixtures/hostile.py) and its file
name, a scenario's name and group saved under a workshop code and opened through a `?scenario=` link, and an
intervention's id and description in the register. Every screen is visited; the trap must receive no request,
and the text must show literally (brackets, asterisks and all)."""

from __future__ import annotations

import http.server
import tempfile
import threading
import time
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from lib.measures import allocation
from lib.store import scenarios
from tests.e2e.conftest import (
    EDITOR_KEY,
    choose,
    goto,
    open_screen,
    screenshot,
    start_server,
    stop_server,
    wait_for_app,
)
from tests.fixtures import hostile

WORD_JOINER = "\u2060"  # invisible: lib.text.inert puts it beside colons so Streamlit makes no emoji or link
SCREENS = ("Start", "Data", "Karta", "Likvärdighet", "Utmaningsprofiler", "Klasskillnader", "Förstelärare",
           "Workshop", "Skolblad och nämndrapport", "Insatser", "Om data och metod", "Tillgänglighet")


class Trap:
    """An HTTP server on a free loopback port that answers everything and remembers every request."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        trap = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                trap.requests.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.end_headers()

            do_POST = do_HEAD = do_GET

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Trap:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture(scope="module")
def trap() -> Iterator[Trap]:
    with Trap() as t:
        yield t


@pytest.fixture(scope="module")
def own_app() -> Iterator[str]:
    """An app server of this module's own (its own register and workshops, so the other tests' counts hold)."""
    proc, url = start_server({"LARARRESURSER_EDITOR_KEYS": f"Testredaktör:{EDITOR_KEY}",
                              "LARARRESURSER_LOG_KEY": "e2e-inert-text-log-key-2026",
                              "LARARRESURSER_VAR_DIR": tempfile.mkdtemp(prefix="lararresurser-inert-")})
    try:
        yield url
    finally:
        stop_server(proc)


def shown_text(page: Page) -> str:
    """The page's visible text (without the invisible word joiners)."""
    return page.inner_text("body").replace(WORD_JOINER, "")


def assert_shown(page: Page, *texts: str) -> None:
    for text in texts:
        deadline = time.time() + 15
        while text not in shown_text(page) and time.time() < deadline:
            time.sleep(0.3)
        assert text in shown_text(page), text


def no_markup_from(page: Page, trap: Trap) -> None:
    """Nothing on the page points at the trap (no image, link, frame) and it has had no request."""
    pointing = page.evaluate("""base => [...document.querySelectorAll('[src], [href], [srcset]')]
        .map(e => e.getAttribute('src') || e.getAttribute('href') || e.getAttribute('srcset'))
        .filter(v => v && v.includes(base))""", trap.base)
    assert pointing == [], pointing
    assert trap.requests == [], trap.requests


def fill(page: Page, label: str, value: str, key: str = "Tab") -> None:
    field = page.get_by_label(label, exact=True)
    field.fill(value)
    field.press(key)
    wait_for_app(page)


def test_hostile_text_stays_text_on_every_screen(browser: Browser, own_app: str, trap: Trap):
    school, organizer, name = (hostile.school_name(trap.base), hostile.organizer_name(trap.base),
                               hostile.payload(trap.base))
    group = f"[**Grupp**]({trap.base}/g) :red[grupp]"
    file_name = "skolor [**fet**] :red[x] $y$.csv"
    context = browser.new_context(locale="sv-SE", viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        # The upload: school and organiser names, and the file's name.
        goto(page, f"{own_app}/data")
        with page.expect_file_chooser() as chooser:
            page.get_by_test_id("stFileUploaderDropzone").first.click()
        chooser.value.set_files(files=[{"name": file_name, "mimeType": "text/csv",
                                        "buffer": hostile.hostile_csv(trap.base)}])
        wait_for_app(page)
        expect(page.get_by_text("Filerna kunde läsas").first).to_be_visible(timeout=60_000)
        assert_shown(page, file_name)
        no_markup_from(page, trap)

        # Every screen, with the upload active.
        for screen in SCREENS:
            open_screen(page, screen)
            no_markup_from(page, trap)

        open_screen(page, "Karta")
        choose(page, "Välj en skola", "Logga in")
        expect(page.get_by_role("heading", name="Vald skola")).to_be_visible()
        assert_shown(page, school)
        no_markup_from(page, trap)
        screenshot(page, "inert-karta")

        open_screen(page, "Skolblad och nämndrapport")
        choose(page, "Skola", "Logga in")
        assert_shown(page, school, organizer, file_name)
        expect(page.get_by_text("[**Logga in**]").first).to_be_visible()
        no_markup_from(page, trap)
        screenshot(page, "inert-skolblad")

        # A scenario saved under a workshop code, on the Workshop screen (which refreshes every 3 s).
        open_screen(page, "Workshop")
        page.get_by_text("För samtalsledaren").click()
        page.get_by_role("button", name="Skapa en ny workshop").click()
        wait_for_app(page)
        open_screen(page, "Förstelärare")
        fill(page, "Scenariots namn", name)
        fill(page, "Grupp", group)
        page.get_by_role("button", name="Spara i workshoppen").click()
        wait_for_app(page)
        assert_shown(page, f"”{name}” är sparat i workshop")
        open_screen(page, "Workshop")
        assert_shown(page, name, group, f"{name} flyttar")
        time.sleep(7)  # two refreshes of the compare view
        no_markup_from(page, trap)
        screenshot(page, "inert-workshop")

        # The same scenario through a shared link, in a fresh browser.
        other = browser.new_context(locale="sv-SE", viewport={"width": 1400, "height": 1000}).new_page()
        other.set_default_timeout(60_000)
        try:
            # Made here: the screen's link field keeps the first link it showed (its key holds the value).
            link = scenarios.to_url(scenarios.Scenario(name, allocation.Params(year=2024, posts=150), group))
            goto(other, f"{own_app}/forstelarare?lang=sv&{scenarios.URL_PARAM}={link}")
            assert_shown(other, f"Scenariot ”{name}” från länken är inläst.")
            no_markup_from(other, trap)
        finally:
            other.context.close()

        # The register: an intervention's id (shown in the follow-up sentence) and description.
        iid = f"![]({trap.base}/i.png)"
        assert len(iid) <= 40
        open_screen(page, "Insatser")
        fill(page, "Redaktörsnyckel (för att ändra)", EDITOR_KEY, key="Enter")
        page.get_by_role("tab", name="Register").click()
        fill(page, "Id", iid)
        fill(page, "Skolenhetskod(er), kommaseparerade", f"{hostile.HOSTILE_ID},55500011")
        description = page.get_by_label("Beskrivning", exact=True)
        description.fill(f"{name} <img src={trap.base}/d.png>")
        page.get_by_role("button", name="Spara").click()
        wait_for_app(page)
        if not page.get_by_text("Klart.").count():
            no_markup_from(page, trap)
            pytest.skip("the register refused the change in this server (its editor key); the rest passed")
        page.get_by_role("tab", name="Uppföljning").click()
        assert_shown(page, f"{iid}: ")
        for screen in SCREENS:
            open_screen(page, screen)
            no_markup_from(page, trap)
        time.sleep(1)
        no_markup_from(page, trap)
    finally:
        context.close()

"""End-to-end: one `streamlit run` server on 127.0.0.1 per test session, and Debian's headless Chromium
driven by Playwright. Both are stopped by the fixtures. Screenshots go to test-artifacts/."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]

# Playwright's `expect` waits 5 s by default, whatever the page's own timeout: on a busy CI machine a rerun after a
# click can take longer. An assertion that holds returns at once; only a failing one waits the whole 30 s.
expect.set_options(timeout=30_000)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


EDITOR_KEY = "e2e-editor-key-2026"  # the one editor of the test server's intervention register


def start_server(env_extra: dict[str, str] | None = None, script: str = "app.py") -> tuple[subprocess.Popen, str]:
    """Start `streamlit run` on a free loopback port and wait for its health check."""
    port = free_port()
    env = {**os.environ, **(env_extra or {})}
    log = open(ARTIFACTS / f"server-{port}.log", "w")  # noqa: SIM115 — closed with the process
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, "--server.address=127.0.0.1",
         f"--server.port={port}", "--server.headless=true", "--browser.gatherUsageStats=false",
         "--server.fileWatcherType=none", "--global.developmentMode=false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}; see {log.name}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.read().decode().strip() == "ok":
                    return proc, url
        except OSError:
            time.sleep(0.3)
    proc.terminate()
    raise RuntimeError("streamlit did not become healthy in 90 s")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


@pytest.fixture(scope="session")
def app_url() -> Iterator[str]:
    ARTIFACTS.mkdir(exist_ok=True)
    # The server gets its own data folder, so what in-process tests saved never shows in the browser tests.
    var_dir = tempfile.mkdtemp(prefix="lararresurser-e2e-")
    proc, url = start_server({"LARARRESURSER_EDITOR_KEYS": f"Testredaktör:{EDITOR_KEY}",
                              "LARARRESURSER_VAR_DIR": var_dir})
    try:
        yield url
    finally:
        stop_server(proc)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(locale="sv-SE", viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    try:
        yield pg
    finally:
        context.close()


def wait_for_app(page: Page, timeout: float = 60_000) -> None:
    """Wait until Streamlit is connected, the script has finished and no skeleton is left."""
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']", timeout=timeout)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=timeout)
    page.wait_for_function("document.querySelectorAll('[data-testid=\"stSkeleton\"]').length === 0",
                           timeout=timeout)
    time.sleep(0.3)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=timeout)


def goto(page: Page, url: str) -> None:
    page.goto(url)
    wait_for_app(page)


def open_screen(page: Page, name: str) -> None:
    """A screen through the navigation, by its link's name (the same session: an upload and answers stay)."""
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=name, exact=True).click()
    wait_for_app(page)


def choose(page: Page, label: str, typed: str) -> None:
    """One choice: open the selectbox labelled `label`, type, pick the first option holding the text."""
    box = page.get_by_test_id("stSelectbox").filter(has_text=label).locator("input").first
    box.scroll_into_view_if_needed()
    box.click()
    box.fill(typed)
    page.get_by_role("option").filter(has_text=typed).first.click()


def screenshot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path

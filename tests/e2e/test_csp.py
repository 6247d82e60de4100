"""Third parties and the security headers: no screen makes the visitor's browser ask anyone but the app's own server
(the page icon was fetched from fonts.gstatic.com on every page), and under exactly the headers
docs/DEPLOYMENT.md recommends for the reverse proxy — read from its nginx snippet and injected into every answer of
the app server — every screen loads without a policy violation and the charts draw: Karta's map, Likvärdighet's
charts and a chart of Utmaningsprofiler."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page, Route

from lib.ui import pages
from tests.e2e.conftest import CHROMIUM_ARGS, ROOT, goto

SCREENS = [p[4] for p in pages.available()]
DEPLOYMENT = ROOT / "docs" / "DEPLOYMENT.md"


def recommended_headers() -> dict[str, str]:
    """The headers of the guide's nginx snippet (`add_header Name "value" always;`)."""
    block = re.search(r"```nginx\n(add_header .*?)```", DEPLOYMENT.read_text(encoding="utf-8"), re.S)
    assert block, "docs/DEPLOYMENT.md has no nginx snippet of security headers"
    return dict(re.findall(r'^add_header ([\w-]+) "([^"]*)" always;$', block.group(1), re.M))


def haproxy_headers() -> dict[str, str]:
    """The headers of the guide's HAProxy snippet (`http-response set-header Name "value"`)."""
    block = re.search(r"```haproxy\n(.*?)```", DEPLOYMENT.read_text(encoding="utf-8"), re.S)
    assert block, "docs/DEPLOYMENT.md has no HAProxy snippet of security headers"
    return dict(re.findall(r'^http-response set-header ([\w-]+) "([^"]*)"$', block.group(1), re.M))


# --- the guide itself (no browser) --------------------------------------------------------------------------------

def test_the_guide_gives_nginx_and_haproxy_the_same_strict_headers():
    nginx = recommended_headers()
    assert nginx == haproxy_headers()
    csp = nginx["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and nginx["X-Frame-Options"] == "DENY"
    assert nginx["Referrer-Policy"] == "no-referrer"
    script_src = re.search(r"script-src ([^;]*)", csp).group(1)
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src.replace("wasm-unsafe-eval", "")


def test_the_policy_allows_the_inline_script_of_the_installed_streamlit():
    """The hash in the policy is that of Streamlit's one inline script: after an upgrade this fails until the guide's
    hash is recomputed (the command is in the guide)."""
    import streamlit

    index = Path(streamlit.__file__).parent.joinpath("static", "index.html").read_text(encoding="utf-8")
    inline = re.findall(r"<script>(.*?)</script>", index, re.S)
    csp = recommended_headers()["Content-Security-Policy"]
    for script in inline:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


# --- in the browser ---------------------------------------------------------------------------------------------

def test_no_screen_asks_a_third_party_for_anything(page: Page, app_url: str):
    """Every request of every screen goes to the app's server (127.0.0.1); any other is blocked and recorded — a
    ":material/…:" page icon made each visitor's browser fetch it from fonts.gstatic.com."""
    outside: list[str] = []

    def only_loopback(route: Route) -> None:
        if urlparse(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.context.route("**/*", only_loopback)
    for screen in SCREENS:
        goto(page, f"{app_url}/{screen}")
        time.sleep(0.5)  # the page icon is set once the script's page config has arrived
    assert outside == []
    icon = page.evaluate("document.querySelector(\"link[rel='shortcut icon']\").href")
    assert urlparse(icon).hostname == "127.0.0.1" and icon.endswith("/app/static/favicon.png"), icon
    answer = page.request.get(icon, max_retries=2)
    assert answer.ok and answer.headers["content-type"] == "image/png"


@pytest.fixture(scope="module")
def lan_browser(browser: Browser) -> Iterator[Browser]:
    """Chromium that lets a page served through Playwright's route (as the injected headers need) open its WebSocket
    to 127.0.0.1: Chromium's local-network checks would otherwise treat the routed page as a public one."""
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    b = browser.browser_type.launch(executable_path=executable, headless=True,
                                    args=[*CHROMIUM_ARGS, "--disable-features=LocalNetworkAccessChecks"])
    try:
        yield b
    finally:
        b.close()


VIOLATIONS = """document.addEventListener('securitypolicyviolation', e => {
  (window.__violations = window.__violations || []).push(
    e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});"""

# Karta's map draws municipalities (geoshapes) and schools (symbols); Likvärdighet's and Profiler's charts symbols
# or bars. Counted from the page with evaluate (the DevTools protocol, not subject to the page's policy: Playwright's
# wait_for_function evaluates its string with eval, which the policy rightly blocks).
MARKS = """() => [...document.querySelectorAll('.vega-embed')].map(v =>
  v.querySelectorAll('svg g.mark-symbol path, svg g.mark-geoshape path, svg g.mark-shape path, svg g.mark-rect path,'
                     + ' svg g.mark-line path, svg g.mark-area path').length + (v.querySelector('canvas') ? 1 : 0))"""


def poll(page: Page, script: str, done, timeout: float = 60) -> object:
    """Evaluate `script` until `done(value)` holds; the last value."""
    deadline = time.time() + timeout
    value = page.evaluate(script)
    while not done(value) and time.time() < deadline:
        time.sleep(0.5)
        value = page.evaluate(script)
    return value


def test_every_chart_draws_under_the_recommended_policy(lan_browser: Browser, app_url: str):
    headers = recommended_headers()
    context = lan_browser.new_context(locale="sv-SE", viewport={"width": 1400, "height": 1000})
    outside: list[str] = []
    console: list[str] = []

    def with_headers(route: Route) -> None:
        if urlparse(route.request.url).hostname != "127.0.0.1":
            outside.append(route.request.url)
            route.abort()
            return
        # A kept-alive connection that the server closes as the next request goes out is reset (ECONNRESET): the
        # browser itself would retry such a request, so the test's fetch does too (Playwright retries only that).
        answer = route.fetch(max_retries=3)
        route.fulfill(response=answer, headers={**answer.headers, **{k.lower(): v for k, v in headers.items()}})

    context.route("**/*", with_headers)
    context.add_init_script(VIOLATIONS)
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.on("console", lambda m: console.append(m.text) if "Content Security Policy" in m.text else None)
    try:
        drawn = {}
        for screen in SCREENS:
            page.goto(f"{app_url}/{screen}" + ("?extent=country" if screen == "karta" else ""))  # all of Sweden
            page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']")
            page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']")
            if screen in ("karta", "likvardighet", "profiler"):
                drawn[screen] = poll(page, MARKS, lambda marks: bool(marks) and max(marks) > 20)
            time.sleep(1)  # what the screen's last elements load
            violations = page.evaluate("window.__violations || []")
            assert violations == [], (screen, violations)
            # The app's own script (static/frame.js) ran under the policy: the page's language is Swedish.
            assert poll(page, "document.documentElement.lang", lambda lang: lang == "sv", 20) == "sv", screen
        assert max(drawn["karta"]) >= 290 + 200, drawn  # every municipality's boundary and the demo's schools
        assert sum(m > 100 for m in drawn["likvardighet"]) >= 1, drawn  # the schools in the need-vs-resource chart
        assert max(drawn["profiler"]) > 20, drawn
        assert console == [] and outside == []
    finally:
        context.close()

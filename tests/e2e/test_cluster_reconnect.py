"""What a real browser does when the replica holding its session dies (deploy/cluster.sh, two replicas behind
HAProxy): Streamlit's page reconnects by itself, the balancer sends it to the live replica, the screen stays, and
at the next click the app runs in a fresh session and says so plainly — no traceback, no error box."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from playwright.sync_api import Browser

from tests.deploy.cluster import COOKIE, NOTE, running_cluster
from tests.e2e.conftest import goto, screenshot, wait_for_app


def test_a_browser_on_a_replica_that_dies_carries_on_in_a_fresh_session(browser: Browser):
    with running_cluster(2) as cluster:
        context = browser.new_context(locale="sv-SE", viewport={"width": 1400, "height": 1000})
        # The balancer's sticky cookie, as if its first visit had been given replica 2.
        context.add_cookies([{"name": COOKIE, "value": "r2", "url": cluster.url}])
        page = context.new_page()
        page.set_default_timeout(60_000)
        try:
            goto(page, f"{cluster.url}/likvardighet?lang=sv")
            assert NOTE not in page.inner_text("body")  # a new visit: no note
            pid = cluster.pid(2)
            assert "streamlit" in Path(f"/proc/{pid}/cmdline").read_text()
            os.kill(pid, signal.SIGKILL)
            # The page reconnects through the balancer, which moves it to replica 1 (a new cookie).
            deadline = time.monotonic() + 45
            while time.monotonic() < deadline:
                if {c["name"]: c["value"] for c in context.cookies()}.get(COOKIE) == "r1":
                    break
                time.sleep(0.5)
            assert {c["name"]: c["value"] for c in context.cookies()}.get(COOKIE) == "r1"
            page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']")
            page.locator("[data-testid='stSidebarNav'] a", has_text="Karta").click()
            time.sleep(0.5)
            wait_for_app(page)
            body = page.inner_text("body")
            screenshot(page, "cluster-reconnected")
            assert NOTE in body
            assert page.locator("[data-testid='stException']").count() == 0
            assert "Något gick fel" not in body and "Traceback" not in body
            assert page.get_by_role("heading", name="Karta", exact=True).count() == 1
        finally:
            context.close()

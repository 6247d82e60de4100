"""deploy/cluster.sh end to end: two app replicas behind HAProxy with one PostgreSQL, all on 127.0.0.1, in a state
folder of the test's own, stopped by `cluster.sh down` whatever happens.

- A workshop code made on one replica works on the other, and a scenario saved in the one database shows in the
  other replica's compare view (each visitor is sent to a replica by the balancer's cookie, as a browser is).
- The register's change log is one log when two processes write to it at once.
- When one replica dies, its visitors reconnect through the balancer to the other and get a fresh session with
  no error, while the other replica's visitors carry on without noticing.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import shutil
import signal
import socket
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import websockets

from benchmarks.streamlit_client import Visitor
from lib.store import interventions, scenarios, workshops
from tests.deploy.cluster import NOTE, Cluster, command, cookie, free_ports, running_cluster


def in_own_loop(coroutine):
    """Run the protocol clients in a thread of their own: in a test process that also drives Chromium, Playwright's
    event loop already runs in this thread."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()

CODE = re.compile(r"\*\*([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\*\*")
LOG_KEY = "cluster-test-log-key-2026"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    with running_cluster(2) as running:
        yield running


def test_a_workshop_code_and_its_scenarios_work_on_every_replica(cluster):
    async def scenario_flow() -> None:
        before = cluster.sessions()
        async with Visitor(cluster.url, headers=cookie("r1")) as facilitator:
            await facilitator.run()
            await facilitator.run("workshop")
            assert facilitator.press(r"^(Skapa en ny workshop|Create a new workshop)$")
            made = await facilitator.run("workshop")
            assert made.ok, made.error
            found = CODE.search(" ".join(facilitator.texts))
            assert found, facilitator.texts
            code = found.group(1)
        middle = cluster.sessions()
        assert middle["r1"] > before["r1"] and middle["r2"] == before["r2"], (before, middle)

        # A group saves a scenario into the one database (what the Förstelärare screen's save does on any replica).
        store = workshops.Store(cluster.database_url)
        store.save(code, scenarios.from_dict({"name": "Grupp Norr", "group": "Norr", "params": {"year": 2024}}))

        async with Visitor(cluster.url, headers=cookie("r2")) as participant:
            await participant.run()
            await participant.run("workshop")
            assert participant.type(r"^(Workshopkod|Workshop code)$", code)
            assert participant.press(r"^(Gå med|Join)$")
            joined = await participant.run("workshop")
            assert joined.ok, joined.error
            assert "### Grupp Norr" in participant.texts, participant.texts
            # Another group saves while the compare view is open; its next refresh (a rerun) shows both.
            store.save(code, scenarios.from_dict({"name": "Grupp Syd", "group": "Syd", "params": {"year": 2024}}))
            again = await participant.run("workshop")
            assert again.ok, again.error
            assert {"### Grupp Norr", "### Grupp Syd"} <= set(participant.texts), participant.texts
        after = cluster.sessions()
        assert after["r2"] > middle["r2"] and after["r1"] == middle["r1"], (middle, after)

    in_own_loop(asyncio.wait_for(scenario_flow(), 120))


def test_the_change_log_is_one_log_when_two_replicas_write(cluster):
    # Two processes' worth of connections (two engines) adding at once, as two replicas' editors would.
    first = interventions.Register(workshops.Store(cluster.database_url), log_key=LOG_KEY)
    second = interventions.Register(workshops.Store(cluster.database_url), log_key=LOG_KEY)

    def add(i: int) -> None:
        item = interventions.validate({"intervention_id": f"KL-{i}", "school_id": "10000001",
                                       "type": "targeted_first_teachers", "aim": "retain", "targeting": "targeted",
                                       "start_year": 2024, "cost_sek": 1000.0 * i})
        (first if i % 2 else second).add(item, "Anna")

    with ThreadPoolExecutor(6) as pool:
        list(pool.map(add, range(12)))
    log = second.log()
    assert sorted(log["intervention_id"]) == sorted(f"KL-{i}" for i in range(12))
    assert log["id"].is_unique
    check = first.verify()
    assert check.intact, check.problems
    assert check.rows == 12


SCREENS = ("likvardighet", "start", "workshop", "data")


async def _visitor(cluster: Cluster, replica: str, seed: int, killed: asyncio.Event, stop: asyncio.Event,
                   ready: list[int]) -> dict:
    """One visitor sent to `replica`, opening screen after screen until `stop`. When its connection goes, it does
    what a browser does: reconnects through the balancer with its cookie, asks for its old session and sends its
    widget states again."""
    rng = random.Random(seed)
    out: dict = {"replica": replica, "runs": 0, "errors": [], "sessions": [], "reconnects": 0, "runs_after": 0,
                 "refused": [], "noted": False}
    v = Visitor(cluster.url, timeout=60, headers=cookie(replica))
    v.reconnected = False
    await v.__aenter__()
    try:
        n = seed
        counted = False
        held: dict = {}
        shown = ""  # the screen the visitor sees (a reconnected browser reruns it with its widgets' values)
        while not stop.is_set():
            if shown and v.reconnected:
                page = shown
            else:
                page = SCREENS[n % len(SCREENS)]
                n += 1
                v.forget_widgets()  # a new screen: its widgets start from their defaults
            try:
                result = await v.run(page)
                lost = not result.ok and result.error.startswith("ConnectionClosed")
            except websockets.ConnectionClosed:
                result, lost = None, True
            if lost:
                if not killed.is_set():
                    out["errors"].append(f"connection lost before the replica was stopped ({page})")
                    return out
                await v.__aexit__()
                v.states = held  # what the browser still shows: the last screen that came
                v = await _reconnect(cluster, replica, v, out)
                continue
            v.reconnected = False
            if v.session_id and v.session_id not in out["sessions"]:
                out["sessions"].append(v.session_id)
            if result.ok:
                shown = page
                v.hold_shown()
                held = dict(v.states)
                out["runs"] += 1
                out["runs_after"] += killed.is_set()
                out["noted"] = out["noted"] or any(NOTE in text for text in v.texts)
            else:
                out["errors"].append(f"{page}: {result.error}")
            if not counted and out["runs"] >= 2:
                counted = True
                ready.append(seed)
            await asyncio.sleep(rng.uniform(0.2, 0.8))
    finally:
        await v.__aexit__()
    return out


async def _reconnect(cluster: Cluster, replica: str, old: Visitor, out: dict) -> Visitor:
    """Connect again as a browser does after losing its server: same cookie, the old session id, the widget values
    it shows; tried again after a second when the balancer refuses (a browser retries with a back-off)."""
    out["reconnects"] += 1
    for _attempt in range(5):
        v = Visitor(cluster.url, timeout=60, headers=cookie(replica), resume=old.session_id)
        v.states, v.pages, v.reconnected = dict(old.states), dict(old.pages), True
        try:
            await v.__aenter__()
            return v
        except (OSError, websockets.InvalidHandshake) as exc:
            out["refused"].append(f"{type(exc).__name__}: {exc}"[:120])
            await asyncio.sleep(1)
    raise AssertionError(f"no reconnect through the balancer: {out['refused']}")


def test_when_a_replica_dies_the_others_visitors_carry_on(cluster):
    per_replica = 10

    async def crowd() -> list[dict]:
        killed, stop, ready = asyncio.Event(), asyncio.Event(), []
        tasks = [asyncio.create_task(_visitor(cluster, f"r{1 + i % 2}", i, killed, stop, ready))
                 for i in range(2 * per_replica)]
        deadline = time.monotonic() + 45
        while len(ready) < 2 * per_replica and time.monotonic() < deadline and not all(t.done() for t in tasks):
            await asyncio.sleep(0.2)
        pid = cluster.pid(2)
        assert "streamlit" in Path(f"/proc/{pid}/cmdline").read_text(), "the pid file names replica 2"
        os.kill(pid, signal.SIGKILL)  # the replica dies (no orderly shutdown)
        killed.set()
        await asyncio.sleep(10)
        stop.set()
        return await asyncio.gather(*tasks)

    results = in_own_loop(asyncio.wait_for(crowd(), 120))
    survivors = [r for r in results if r["replica"] == "r1"]
    moved = [r for r in results if r["replica"] == "r2"]
    # The survivors' visitors: never an error, one session throughout, and screens served after the death.
    for r in survivors:
        assert r["errors"] == [] and r["reconnects"] == 0 and len(r["sessions"]) == 1 and not r["noted"], r
        assert r["runs_after"] >= 3, r
    # The dead replica's visitors: reconnected once through the balancer to a fresh session, then served without
    # an error (no exception, no error box) by the live replica.
    for r in moved:
        assert r["errors"] == [] and r["reconnects"] == 1 and r["refused"] == [], r
        assert len(r["sessions"]) == 2 and r["runs_after"] >= 2 and r["noted"], r
    assert cluster.servers()["r2"]["status"].startswith("DOWN")  # the health checks took it out of the rotation
    log = (cluster.state / "replica-1.log").read_text()
    assert "Traceback" not in log, log[-3000:]


def test_a_replica_that_cannot_start_is_named_and_down_stops_the_rest():
    """`up` waits for each replica to answer; one that exits at once (its port is taken) is named with its log, `up`
    fails, and `down` stops what did start: the other replica and PostgreSQL."""
    # Not pytest's tmp_path: PostgreSQL runs as its own user, who must pass through every folder above its data.
    tmp_path = Path(tempfile.mkdtemp(prefix="lararresurser-cluster-"))
    port = free_ports(3)
    run = command(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", port + 2))
        taken.listen()
        try:
            up = run("up", "--replicas", "2", "--port", str(port))
            assert up.returncode != 0, up.stdout
            assert f"cluster: a replica exited; see {tmp_path}/replica-2.log" in up.stderr, up.stderr
            assert f"Port {port + 2} is not available" in (tmp_path / "replica-2.log").read_text()
        finally:
            down = run("down")
    assert down.returncode == 0, down.stdout + down.stderr
    assert not list(tmp_path.glob("*.pid")), down.stdout
    status = run("status")
    assert "replica-1: not running" not in status.stdout and "no replicas" in status.stdout, status.stdout
    assert not (tmp_path / "pg" / "data" / "postmaster.pid").exists()  # PostgreSQL stopped
    shutil.rmtree(tmp_path, ignore_errors=True)

"""Load test: visitors of a workshop room on one server, at the protocol level.

    .venv/bin/python benchmarks/load.py [--visitors 30] [--arrival 30] [--pause 2 6] [--saturation 10]
                                        [--browsers 5]

Starts its own `streamlit run app.py` on 127.0.0.1, lets N protocol-level visitors (benchmarks/
streamlit_client.py) arrive over `--arrival` seconds and take a scripted tour (every screen, change the
indicator, run profiles with another k, move the simulation slider), pausing 2–6 s between interactions.
Reports errors, median and 95th-percentile time from a rerun request to the script finishing, and the
server's peak memory. With `--saturation S`, each screen is then rerun with no pauses for S seconds by four
clients, beside a bare one-line Streamlit page measured the same way (the framework's floor). With
`--browsers B`, B real headless-Chromium visitors open every screen while the load runs. Writes
benchmarks/results/load.json. Every loop is bounded in count and time; the server is stopped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.streamlit_client import Visitor  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
BARE_APP = ROOT / "benchmarks" / "bare_app.py"
# What a visitor does on each screen after opening it (label patterns of the widget to change).
INTERACTIONS = {
    "likvardighet": [r"^(Indikator|Indicator)"],
    "karta": [r"(Färg|Colour|Color|Indikator|Indicator)"],
    "profiler": [r"(antal profiler|number of profiles|^k\b)"],
    "forstelarare": [r"(α|alfa|alpha|behovsvikt|need weight)"],
}


def start_server(script: Path, extra_env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(Path(tempfile.gettempdir()) / f"load-server-{port}.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.address=127.0.0.1",
         f"--server.port={port}", "--server.headless=true", "--browser.gatherUsageStats=false",
         "--server.fileWatcherType=none", "--global.developmentMode=false"],
        cwd=ROOT, env={**os.environ, **(extra_env or {})}, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        if proc.poll() is not None:
            raise RuntimeError(f"server exited ({proc.returncode}), see {log.name}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return proc, url
        except OSError:
            time.sleep(0.3)
    proc.terminate()
    raise RuntimeError("server did not start")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


class MemorySampler(threading.Thread):
    """Peak resident memory (MB) of the server process, sampled from /proc every 0.2 s."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_mb, self.stop = pid, 0.0, threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                text = Path(f"/proc/{self.pid}/status").read_text()
                for line in text.splitlines():
                    if line.startswith(("VmHWM:", "VmRSS:")):
                        self.peak_mb = max(self.peak_mb, int(line.split()[1]) / 1024)
            except OSError:
                return
            self.stop.wait(0.2)


async def tour(url: str, pause: tuple[float, float], rng: random.Random, times: list[tuple[str, float]],
               errors: list[str],
               pages: list[str] | None = None) -> None:
    """One visitor: open the app, then every screen, and interact where the tour says so."""
    try:
        async with Visitor(url) as v:
            first = await v.run()
            _record(first, "start", times, errors)
            for page in pages or [p for p in v.pages if p != "start"]:  # the visit began on the start screen
                await asyncio.sleep(rng.uniform(*pause))
                v.forget_widgets()
                _record(await v.run(page), page, times, errors)
                for pattern in INTERACTIONS.get(page, []):
                    if v.change(pattern):
                        await asyncio.sleep(rng.uniform(*pause))
                        _record(await v.run(page), f"{page}:change", times, errors)
    except Exception as exc:  # a failed visitor is an error to count, not a crash
        errors.append(f"visitor: {type(exc).__name__}: {exc}")


def _record(result, label: str, times: list[tuple[str, float]], errors: list[str]) -> None:
    times.append((label, result.seconds))
    if not result.ok:
        errors.append(f"{label}: {result.error}")


async def crowd(url: str, visitors: int, arrival: float, pause: tuple[float, float], seed: int = 1) -> dict:
    rng = random.Random(seed)
    times: list[tuple[str, float]] = []
    errors: list[str] = []

    async def arrive(i: int) -> None:
        await asyncio.sleep(arrival * i / max(visitors, 1))
        await tour(url, pause, random.Random(rng.random()), times, errors)

    await asyncio.gather(*(arrive(i) for i in range(visitors)))
    return summarise(times, errors)


def summarise(times: list[tuple[str, float]], errors: list[str]) -> dict:
    """Errors, and the median and 95th percentile of the rerun times, overall and per step of the tour."""
    by_step: dict[str, list[float]] = {}
    for label, seconds in times:
        by_step.setdefault(label, []).append(seconds)
    return {"reruns": len(times), "errors": len(errors), "error_samples": errors[:10],
            **_percentiles([s for _, s in times]),
            "by_step": {label: _percentiles(values) for label, values in sorted(by_step.items())}}


def _percentiles(values: list[float]) -> dict:
    ordered = sorted(values)
    if not ordered:
        return {"median_s": None, "p95_s": None}
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return {"median_s": round(statistics.median(ordered), 3), "p95_s": round(p95, 3)}


async def saturation(url: str, page: str | None, seconds: float, clients: int = 4) -> float:
    """Reruns per second of one screen with `clients` visitors rerunning it without pauses, in steady state:
    each visitor first opens the screen once (the first visit fills the shared caches), then all start."""
    count = 0
    ready = asyncio.Barrier(clients)
    window: dict[str, float] = {}

    async def client() -> None:
        nonlocal count
        async with Visitor(url) as v:
            await v.run()
            await v.run(page)
            await ready.wait()
            window.setdefault("start", time.perf_counter())
            deadline = window["start"] + seconds
            while time.perf_counter() < deadline:
                if (await v.run(page)).ok:
                    count += 1

    await asyncio.gather(*(client() for _ in range(clients)))
    return count / (time.perf_counter() - window["start"])


def browsers_render(url: str, count: int) -> dict:
    """`count` real headless-Chromium visitors open every screen; how many screens rendered without error."""
    import shutil

    from playwright.sync_api import sync_playwright

    ok = failed = 0
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                     args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                           "--disable-background-networking"])
        for i in range(count):
            page = browser.new_context().new_page()
            page.set_default_timeout(60_000)
            page.goto(url)
            page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']")
            links = page.locator("[data-testid='stSidebarNav'] a")
            for j in range(links.count()):
                if j % count != i % count and count > 1:
                    continue
                links.nth(j).click()
                time.sleep(0.5)
                page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']")
                bad = page.get_by_text("Något gick fel").count() + page.locator("[data-testid='stException']").count()
                ok, failed = ok + (bad == 0), failed + (bad > 0)
            page.context.close()
        browser.close()
    return {"browsers": count, "screens_rendered": ok, "screens_failed": failed}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--visitors", type=int, default=30)
    ap.add_argument("--arrival", type=float, default=30.0)
    ap.add_argument("--pause", type=float, nargs=2, default=(2.0, 6.0))
    ap.add_argument("--saturation", type=float, default=10.0, help="seconds per screen; 0 = skip")
    ap.add_argument("--browsers", type=int, default=5, help="real Chromium visitors during the load; 0 = skip")
    ap.add_argument("--out", default=str(RESULTS / "load.json"))
    args = ap.parse_args(argv)

    result: dict = {"visitors": args.visitors, "arrival_s": args.arrival, "pause_s": list(args.pause)}
    proc, url = start_server(ROOT / "app.py")
    mem = MemorySampler(proc.pid)
    mem.start()
    try:
        if args.browsers:
            holder: dict = {}
            t = threading.Thread(target=lambda: holder.update(browsers_render(url, args.browsers)))
            t.start()
        result["crowd"] = asyncio.run(crowd(url, args.visitors, args.arrival, tuple(args.pause)))
        if args.browsers:
            t.join(timeout=600)
            result["chromium"] = holder
        result["server_peak_memory_mb"] = round(mem.peak_mb, 1)
        if args.saturation:
            async def screens() -> dict:
                async with Visitor(url) as v:
                    await v.run()
                    names = list(v.pages)
                return {p: round(await saturation(url, p, args.saturation), 2) for p in names}
            result["throughput_reruns_per_s"] = asyncio.run(screens())
    finally:
        mem.stop.set()
        stop_server(proc)
    if args.saturation:
        bare, bare_url = start_server(BARE_APP)
        try:
            floor = asyncio.run(saturation(bare_url, None, args.saturation))
        finally:
            stop_server(bare)
        result["floor_reruns_per_s"] = round(floor, 2)
        result["throughput_share_of_floor"] = {p: round(v / floor, 2) for p, v in
                                               result["throughput_reruns_per_s"].items()}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0 if result["crowd"]["errors"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())

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

    .venv/bin/python benchmarks/load.py --url http://127.0.0.1:8590 [--clients 8] [--screens start likvardighet]
                                        [--browsers 0] [--out benchmarks/results/cluster-2.json]

With `--url`, the load goes to a server that already runs — e.g. the balancer of `deploy/cluster.sh up` — instead
of one started here (its memory and the bare page's floor are then not measured); `--clients` visitors rerun each
screen in the saturation step (with several replicas behind a balancer, at least two per replica), `--screens`
limits that step to the screens named.

    .venv/bin/python benchmarks/load.py --heavy [--units 10000] [--method kmeans] [--visitors 4]

With `--heavy`, one protocol-level visitor uploads a generated file of `--units` schools on the Data screen and
opens Utmaningsprofiler (a grouping of all of them: a heavy job) while `--visitors` others keep loading screens of
the demo; reports the others' screen times during the heavy job (target ≤ 2 s), how long the heavy visitor waited
and what it was told, and the server's resident memory before, during (peak) and after. Writes
benchmarks/results/load-heavy.json.
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


def rss_mb(pid: int) -> float:
    """The process's resident memory now (MB)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def _run_raw(v: Visitor, msg) -> dict:
    """Send a BackMsg and read until the script finishes: the session id, the file uploader's id, file URLs, the
    alerts' texts and the seconds it took."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    found: dict = {"alerts": [], "uploader": None, "urls": None}
    start = time.perf_counter()
    await v.ws.send(msg.SerializeToString())
    while True:
        fm = ForwardMsg()
        fm.ParseFromString(await asyncio.wait_for(v.ws.recv(), 300))
        kind = fm.WhichOneof("type")
        if kind == "new_session":
            found["session"] = fm.new_session.initialize.session_id
        elif kind == "file_urls_response":
            found["urls"] = fm.file_urls_response
            if msg.WhichOneof("type") == "file_urls_request":
                break
        elif kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
            el = fm.delta.new_element
            if el.WhichOneof("type") == "file_uploader":
                found["uploader"] = found["uploader"] or el.file_uploader.id
            if el.WhichOneof("type") == "alert":
                found["alerts"].append(el.alert.body)
        elif kind == "script_finished":
            status = ForwardMsg.ScriptFinishedStatus.Name(fm.script_finished)
            if status != "FINISHED_EARLY_FOR_RERUN":
                break
    found["seconds"] = time.perf_counter() - start
    return found


async def heavy_visitor(url: str, name: str, data: bytes, method: str, out: dict) -> None:
    """Upload `data` on the Data screen as a browser does (file URL, PUT, widget state), then open
    Utmaningsprofiler with `method`: the grouping of every unit is the heavy job."""
    import urllib.request as rq
    import uuid

    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.Common_pb2 import UploadedFileInfo
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    async with Visitor(url, timeout=300) as v:
        await v.run()
        page = BackMsg()
        page.rerun_script.query_string = "lang=sv"
        page.rerun_script.page_script_hash = v.pages["data"]
        page.rerun_script.page_name = "data"
        opened = await _run_raw(v, page)
        ask = BackMsg()
        ask.file_urls_request.request_id = uuid.uuid4().hex
        ask.file_urls_request.file_names.append(name)
        ask.file_urls_request.session_id = opened["session"]
        urls = (await _run_raw(v, ask))["urls"].file_urls[0]
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
                f"Content-Type: text/csv\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
        request = rq.Request(url + urls.upload_url, data=body, method="PUT",
                             headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        await asyncio.to_thread(lambda: rq.urlopen(request, timeout=60).read())
        upload = BackMsg()
        upload.rerun_script.CopyFrom(page.rerun_script)
        state = WidgetState(id=opened["uploader"])
        state.file_uploader_state_value.uploaded_file_info.append(
            UploadedFileInfo(name=name, size=len(data), file_id=urls.file_id, file_urls=urls))
        upload.rerun_script.widget_states.widgets.append(state)
        uploaded = await _run_raw(v, upload)
        out["upload_s"], out["upload_alerts"] = round(uploaded["seconds"], 2), uploaded["alerts"][:3]
        v.forget_widgets()
        first = await v.run("profiler")
        out["profiler_first_s"] = round(first.seconds, 2)
        if method == "ward" and v.change(r"(Metod|Method)"):
            start = time.perf_counter()
            result = await _run_raw(v, _rerun_msg(v, "profiler"))
            out["profiler_ward_s"] = round(time.perf_counter() - start, 2)
            out["alerts"] = result["alerts"][:3]
        out["ok"] = first.ok
        out["done"] = time.perf_counter()


def _rerun_msg(v: Visitor, page: str):
    from streamlit.proto.BackMsg_pb2 import BackMsg

    msg = BackMsg()
    msg.rerun_script.query_string = "lang=sv"
    msg.rerun_script.page_script_hash = v.pages.get(page, "")
    msg.rerun_script.page_name = page
    for state in v.states.values():
        msg.rerun_script.widget_states.widgets.append(state)
    return msg


async def others(url: str, visitors: int, stop: asyncio.Event, times: list[tuple[str, float, float]],
                 errors: list[str]) -> None:
    """Visitors of the demo opening screen after screen (a short pause between) until `stop`."""
    screens = ["likvardighet", "karta", "skolblad", "forstelarare", "start", "data"]

    async def one(i: int) -> None:
        async with Visitor(url, timeout=120) as v:
            await v.run()
            n = i
            while not stop.is_set():
                page = screens[n % len(screens)]
                v.forget_widgets()
                result = await v.run(page)
                times.append((page, time.perf_counter(), result.seconds))
                if not result.ok:
                    errors.append(f"{page}: {result.error}")
                n += 1
                await asyncio.sleep(0.5)

    await asyncio.gather(*(one(i) for i in range(visitors)))


def heavy_main(args: argparse.Namespace) -> dict:
    """The --heavy measurement: one visitor's heavy grouping beside others' screens."""
    from tests.unit.limits_fixture import big_csv

    data = big_csv(args.units)
    result: dict = {"units": args.units, "method": args.method, "visitors": args.visitors,
                    "file_mb": round(len(data) / 1e6, 2)}
    proc, url = start_server(ROOT / "app.py", {"STREAMLIT_SERVER_ENABLE_XSRF_PROTECTION": "false"})
    mem = MemorySampler(proc.pid)
    try:
        async def warm_and_measure() -> None:
            for _ in range(2):  # every screen once, so the shared caches hold the demo's views
                await tour(url, (0.0, 0.0), random.Random(1), [], [], ["likvardighet", "karta", "skolblad",
                                                                     "forstelarare", "data"])
            result["rss_before_mb"] = round(rss_mb(proc.pid), 1)
            mem.start()
            times: list[tuple[str, float, float]] = []
            errors: list[str] = []
            stop = asyncio.Event()
            baseline_end = time.perf_counter() + 8
            crowd_task = asyncio.create_task(others(url, args.visitors, stop, times, errors))
            await asyncio.sleep(8)
            heavy: dict = {}
            started = time.perf_counter()
            await heavy_visitor(url, "skolor.csv", data, args.method, heavy)
            heavy["seconds"] = round(heavy.pop("done") - started, 2)
            await asyncio.sleep(3)
            stop.set()
            await crowd_task
            during = [s for _, at, s in times if started <= at - s and at <= started + heavy["seconds"]]
            before = [s for _, at, s in times if at <= baseline_end]
            result["heavy_visitor"] = heavy
            result["others_before"] = {"screens": len(before), **_percentiles(before),
                                       "max_s": round(max(before, default=0), 3)}
            result["others_during_heavy_job"] = {"screens": len(during), **_percentiles(during),
                                                 "max_s": round(max(during, default=0), 3)}
            result["errors"] = errors[:10]
        asyncio.run(warm_and_measure())
        time.sleep(2)
        result["rss_peak_mb"] = round(mem.peak_mb, 1)
        result["rss_after_mb"] = round(rss_mb(proc.pid), 1)
    finally:
        mem.stop.set()
        stop_server(proc)
    return result


def cpu_seconds(pids: tuple[int, ...] | list[int]) -> float:
    """CPU time (user + system) the processes have used so far, from /proc (a process gone counts 0)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / tick


def url_main(args: argparse.Namespace) -> int:
    """The crowd and the saturation step against a server that already runs (`--url`): nothing started here.
    With `--pids`, also the servers' CPU time per rerun: what a rerun costs whatever else runs on the machine
    (its inverse is the reruns one free core could serve)."""
    import platform

    url = args.url.rstrip("/")
    result: dict = {"url": url, "visitors": args.visitors, "arrival_s": args.arrival, "pause_s": list(args.pause),
                    "cpus": os.cpu_count(), "load_average_before": list(os.getloadavg()),
                    "machine": platform.machine(), "server_pids": list(args.pids)}
    cpu, started = cpu_seconds(args.pids), time.perf_counter()
    result["crowd"] = asyncio.run(crowd(url, args.visitors, args.arrival, tuple(args.pause)))
    if args.pids:
        used = cpu_seconds(args.pids) - cpu
        result["crowd"]["wall_s"] = round(time.perf_counter() - started, 1)
        result["crowd"]["server_cpu_s"] = round(used, 2)
        result["crowd"]["server_cpu_ms_per_rerun"] = round(1000 * used / max(result["crowd"]["reruns"], 1), 1)
    if args.saturation:
        cost: dict[str, float] = {}

        async def screens() -> dict:
            async with Visitor(url) as v:
                await v.run()
                names = [p for p in v.pages if not args.screens or p in args.screens]
            out = {}
            for p in names:
                before = cpu_seconds(args.pids)
                rate = await saturation(url, p, args.saturation, args.clients)
                out[p] = round(rate, 2)
                if args.pids:  # the CPU the servers used per rerun in this step (opening the screen included)
                    runs = rate * args.saturation + 2 * args.clients
                    cost[p] = round(1000 * (cpu_seconds(args.pids) - before) / runs, 1)
            return out
        result["saturation_clients"] = args.clients
        result["throughput_reruns_per_s"] = asyncio.run(screens())
        if cost:
            result["server_cpu_ms_per_rerun"] = cost
            result["reruns_per_cpu_second"] = {p: round(1000 / ms, 1) for p, ms in cost.items() if ms}
    result["load_average_after"] = list(os.getloadavg())
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0 if result["crowd"]["errors"] == 0 else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--visitors", type=int, default=30)
    ap.add_argument("--arrival", type=float, default=30.0)
    ap.add_argument("--pause", type=float, nargs=2, default=(2.0, 6.0))
    ap.add_argument("--saturation", type=float, default=10.0, help="seconds per screen; 0 = skip")
    ap.add_argument("--browsers", type=int, default=5, help="real Chromium visitors during the load; 0 = skip")
    ap.add_argument("--out", default=None)
    ap.add_argument("--url", default=None, help="load a server that already runs (e.g. deploy/cluster.sh's balancer)")
    ap.add_argument("--clients", type=int, default=4, help="visitors rerunning each screen in the saturation step")
    ap.add_argument("--screens", nargs="*", default=None, help="screens of the saturation step (default: all)")
    ap.add_argument("--pids", type=int, nargs="*", default=(),
                    help="with --url: the server processes (replicas, balancer) whose CPU time to count")
    ap.add_argument("--heavy", action="store_true", help="one visitor's heavy grouping beside others' screens")
    ap.add_argument("--units", type=int, default=10_000, help="--heavy: schools in the heavy visitor's file")
    ap.add_argument("--method", choices=("kmeans", "ward"), default="kmeans", help="--heavy: the grouping method")
    args = ap.parse_args(argv)
    if args.heavy:
        if args.visitors == 30:
            args.visitors = 4
        heavy = heavy_main(args)
        out = Path(args.out or RESULTS / "load-heavy.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(heavy, indent=2, ensure_ascii=False))
        print(json.dumps(heavy, indent=2, ensure_ascii=False))
        return 0 if not heavy["errors"] else 1
    args.out = args.out or str(RESULTS / "load.json")
    if args.url:
        return url_main(args)

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

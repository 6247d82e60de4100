"""Every screen's rerun at demo scale (240 schools), national scale (about 5 000 schools) and ten times national
scale (50 000 schools), each × 5 school years, beside a bare one-line Streamlit page (the framework's floor),
all measured the same way: in-process with Streamlit's AppTest, the first visit of a screen (cold: the shared
caches fill) and the median of the reruns after it (warm: what a visitor who changes something waits for, less
the network). Also the map payload, the time of a map rerun after a change of indicator and the equity measures.
Targets (issue 3): map payload ≤ 1.5 MB, map rerun ≤ 0.5 s and equity measures ≤ 0.2 s at national scale.

Prints a table and writes benchmarks/results/screens.json.
Usage: .venv/bin/python benchmarks/bench_screens.py [--scales demo 5000 50000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
sys.path.insert(0, str(ROOT))

INDICATORS = ["qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils", "need_index"]


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def bare_floor(repeat: int) -> float:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(HERE / "bare_app.py"))
    at.run()
    return statistics.median(timed(at.run, repeat))


def screens_at(data, repeat: int) -> dict[str, dict[str, float]]:
    """Cold and warm rerun seconds of every screen for one dataset."""
    from streamlit.testing.v1 import AppTest

    from lib.ui import pages

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.session_state["_active_dataset"] = data
    at.run()
    out = {}
    for _section, path, _title, _icon, url in pages.available():
        start = time.perf_counter()
        at.switch_page(path).run()
        cold = time.perf_counter() - start
        if at.exception:
            raise RuntimeError(f"{url}: {[e.message for e in at.exception]}")
        warm = statistics.median(timed(at.run, repeat))
        out[url] = {"cold_s": round(cold, 4), "warm_s": round(warm, 4)}
    return out


def map_and_equity(data, repeat: int) -> dict[str, float]:
    """The map's payload and a rerun after changing the indicator; the equity measures alone."""
    from streamlit.testing.v1 import AppTest

    from lib.screens import likvardighet

    year = data.school_years[-1]
    out: dict[str, float] = {"equity_measures_s_median": statistics.median(
        timed(lambda: likvardighet.compute(data, "qualified_share", year, "sv"), repeat))}
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.session_state["_active_dataset"] = data
    at.run()
    at.switch_page("app_pages/karta.py").run()
    out["map_payload_bytes"] = max(c.proto.ByteSize() for c in at.get("vega_lite_chart"))
    rerun = []
    for i in range(repeat * 2):
        at.selectbox(key="indicator").set_value(INDICATORS[i % len(INDICATORS)])
        start = time.perf_counter()
        at.run()
        rerun.append(time.perf_counter() - start)
    out["map_rerun_s_median"] = statistics.median(rerun)
    out["map_rerun_s_max"] = max(rerun)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", nargs="+", default=["demo", "5000", "50000"])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import logging

    from lib.sources import demo

    # Outside a server, Streamlit warns about a missing script context on every cached call; not a finding.
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(
        lambda record: "missing ScriptRunContext" not in record.getMessage())
    floor = bare_floor(args.repeat * 4)
    results: dict[str, object] = {"floor_s": round(floor, 4), "scales": {}}
    print(f"bare page (floor): {floor * 1000:.1f} ms")
    for scale in args.scales:
        start = time.perf_counter()
        data = demo.load_demo() if scale == "demo" else demo.dataset_from_bundle(demo.generate(n_schools=int(scale)))
        built = time.perf_counter() - start
        screens = screens_at(data, args.repeat)
        extra = map_and_equity(data, args.repeat)
        results["scales"][scale] = {"schools": data.n_units, "rows": len(data.frame), "data_built_s": round(built, 2),
                                    "screens": screens, **extra}
        print(f"\n== {scale}: {data.n_units} schools, {len(data.frame)} rows (built in {built:.1f} s)")
        print(f"{'screen':16s} {'cold ms':>9s} {'warm ms':>9s} {'× floor':>8s}")
        for url, t in screens.items():
            print(f"{url:16s} {t['cold_s'] * 1000:9.0f} {t['warm_s'] * 1000:9.0f} {t['warm_s'] / floor:8.1f}")
        targets = {"map_payload_bytes": 1_500_000, "map_rerun_s_median": 0.5, "equity_measures_s_median": 0.2}
        for key, value in extra.items():
            target = targets.get(key) if scale == "5000" else None
            mark = "" if target is None else f" (target ≤ {target}: {'met' if value <= target else 'MISSED'})"
            print(f"{key:28s} {value:.3f}{mark}" if isinstance(value, float) else f"{key:28s} {value}{mark}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "screens.json").write_text(json.dumps(results, indent=2))
    print(f"written {RESULTS / 'screens.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

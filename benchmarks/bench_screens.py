"""Karta and Likvärdighet at national scale (about 5 000 schools × 5 school years): the map payload sent to
the browser (bytes of the chart message), the server time of a rerun after changing the indicator, and the
time of the equity measures. Targets (issue 3): payload ≤ 1.5 MB, rerun ≤ 0.5 s, measures ≤ 0.2 s.

Prints a table and writes benchmarks/results/screens.json. Usage: .venv/bin/python benchmarks/bench_screens.py
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


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schools", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from streamlit.testing.v1 import AppTest

    from lib import demo, equity

    data = demo.dataset_from_bundle(demo.generate(n_schools=args.schools))
    year = data.school_years[-1]
    results: dict[str, object] = {"schools": data.n_units, "rows": len(data.frame), "years": len(data.school_years)}

    equity_times = timed(lambda: equity.compute(data, "qualified_share", year, "sv"), args.repeat)
    results["equity_measures_s_median"] = statistics.median(equity_times)

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["_active_dataset"] = data
    at.run()
    at.switch_page("app_pages/karta.py").run()
    assert not at.exception, [e.message for e in at.exception]
    charts = at.get("vega_lite_chart")
    results["map_payload_bytes"] = max(c.proto.ByteSize() for c in charts)

    indicators = ["qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils", "need_index"]
    rerun = []
    for i in range(args.repeat * 2):
        at.selectbox(key="indicator").set_value(indicators[i % len(indicators)])
        start = time.perf_counter()
        at.run()
        rerun.append(time.perf_counter() - start)
        assert not at.exception, [e.message for e in at.exception]
    results["map_rerun_s_median"] = statistics.median(rerun)
    results["map_rerun_s_max"] = max(rerun)

    at.switch_page("app_pages/likvardighet.py").run()
    eq_rerun = []
    for i in range(args.repeat):
        at.selectbox(key="indicator").set_value(indicators[i % 3])
        start = time.perf_counter()
        at.run()
        eq_rerun.append(time.perf_counter() - start)
    results["equity_rerun_s_median"] = statistics.median(eq_rerun)
    results["equity_payload_bytes"] = sum(c.proto.ByteSize() for c in at.get("vega_lite_chart"))

    targets = {"map_payload_bytes": 1_500_000, "map_rerun_s_median": 0.5, "equity_measures_s_median": 0.2}
    for key, value in results.items():
        target = targets.get(key)
        verdict = "met" if target is not None and value <= target else "MISSED"
        mark = "" if target is None else f" (target ≤ {target}: {verdict})"
        print(f"{key:28s} {value:.3f}{mark}" if isinstance(value, float) else f"{key:28s} {value}{mark}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "screens.json").write_text(json.dumps(results, indent=2))
    print(f"written {RESULTS / 'screens.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

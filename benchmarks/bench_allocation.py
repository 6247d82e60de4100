"""Allocation speed: `apportion` for 5 000 schools and 1 000 posts (target ≤ 0.1 s) and for 100 000 schools
(target ≤ 2 s), the whole `simulate` at national scale, and the server time of a Förstelärare rerun after
moving the α slider with 5 000 schools (target ≤ 0.5 s).

Prints a table and writes benchmarks/results/allocation.json. Usage: .venv/bin/python benchmarks/bench_allocation.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
sys.path.insert(0, str(ROOT))


def best_of(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    from streamlit.testing.v1 import AppTest

    from lib.measures import allocation
    from lib.sources import demo

    rng = np.random.default_rng(1)
    results: dict[str, float] = {}
    for n, posts in ((5_000, 1_000), (100_000, 20_000)):
        weights = rng.uniform(20, 900, n) * rng.uniform(0.4, 2.0, n)
        for method in ("sainte-lague", "largest-remainder"):
            results[f"apportion_{n}_schools_{posts}_posts_{method}_s"] = best_of(
                lambda w=weights, p=posts, m=method: allocation.apportion(w, p, m), 3 if n > 10_000 else 5)
    data = demo.dataset_from_bundle(demo.generate(n_schools=5000, with_classes=False))
    year = data.school_years[-1]
    results["simulate_5000_schools_all_organisers_s"] = best_of(
        lambda: allocation.simulate(data.frame, allocation.Params(year=year, posts=1000, alpha=1.0)))

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["_active_dataset"] = data
    at.run()
    at.switch_page("app_pages/forstelarare.py").run()
    assert not at.exception, [e.message for e in at.exception]
    reruns = []
    for i, alpha in enumerate([0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 1.25]):
        at.slider(key="fl_alpha").set_value(alpha)
        start = time.perf_counter()
        at.run()
        reruns.append(time.perf_counter() - start)
        assert not at.exception, (i, [e.message for e in at.exception])
    results["forstelarare_rerun_after_alpha_s_median"] = statistics.median(reruns)
    results["forstelarare_rerun_after_alpha_s_max"] = max(reruns)

    targets = {"apportion_5000_schools_1000_posts_sainte-lague_s": 0.1,
               "apportion_100000_schools_20000_posts_sainte-lague_s": 2.0,
               "forstelarare_rerun_after_alpha_s_median": 0.5}
    for key, value in results.items():
        target = targets.get(key)
        mark = "" if target is None else f" (target ≤ {target}: {'met' if value <= target else 'MISSED'})"
        print(f"{key:58s} {value:.3f}{mark}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "allocation.json").write_text(json.dumps(results, indent=2))
    print(f"written {RESULTS / 'allocation.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

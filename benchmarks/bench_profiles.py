"""Challenge profiles at national scale and beyond: time of `profiles.compute` (k suggestion over k = 2…8,
the chosen k, stability) for 5 000 and 50 000 schools, plus the recovery of planted groups. Targets (issue 4):
≤ 1 s at 5 000 and ≤ 10 s at 50 000, k suggestion included.

Prints a table and writes benchmarks/results/profiles.json. Usage: .venv/bin/python benchmarks/bench_profiles.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE.parent))


def main() -> int:
    from lib.measures import profiles
    from lib.sources import demo

    results: dict[str, dict[str, float]] = {}
    for n, repeat in ((5_000, 3), (50_000, 1)):
        data = demo.dataset_from_bundle(demo.generate(n_schools=n, with_classes=False))
        year = data.school_years[-1]
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            result = profiles.compute(data.frame, year, data.unit_column)
            times.append(time.perf_counter() - start)
        start = time.perf_counter()
        profiles.compute(data.frame, year, data.unit_column, k=4)
        fixed_k = time.perf_counter() - start
        results[f"{n}_schools"] = {"units": len(result.assignments), "suggested_k": result.k,
                                   "seconds_with_k_suggestion": statistics.median(times),
                                   "seconds_with_k_4": fixed_k, "silhouette": result.silhouette,
                                   "stability": result.stability}
        target = 1.0 if n == 5_000 else 10.0
        verdict = "met" if statistics.median(times) <= target else "MISSED"
        print(f"{n:6d} schools: {statistics.median(times):6.2f} s with k suggestion (target ≤ {target} s: {verdict}), "
              f"{fixed_k:6.2f} s with k=4; suggested k={result.k}, silhouette {result.silhouette:.3f}, "
              f"stability {result.stability:.2f}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "profiles.json").write_text(json.dumps(results, indent=2))
    print(f"written {RESULTS / 'profiles.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Loading the bundled real data `sverige` (Skolverket's exports for 290 municipalities, five school years): the
cold load (build from data/sverige/raw/ in a fresh process, imports apart) and the warm one (the per-process cache),
for each organiser type, with peak memory.

Each organiser type runs in a fresh process. Prints a table and writes benchmarks/results/sverige.json.
Usage: .venv/bin/python benchmarks/bench_sverige.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"

CHILD = r"""
import json, sys, time
start = time.perf_counter()
from lib import ingest  # noqa: F401  (imports counted apart from the load)
from lib.sources import sverige
imports = time.perf_counter() - start
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) / 1024
start = time.perf_counter()
data = sverige.load(sys.argv[1])
cold = time.perf_counter() - start
n = 10000
start = time.perf_counter()
for _ in range(n):
    sverige.load(sys.argv[1])
warm = (time.perf_counter() - start) / n
print(json.dumps({"imports_s": imports, "cold_s": cold, "warm_us": warm * 1e6, "rows": len(data.frame),
                  "units": data.n_units, "frame_mb": data.frame.memory_usage(deep=True).sum() / 1e6,
                  "peak_rss_mb": hwm()}))
"""


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="fresh processes per organiser type (best cold load kept)")
    args = ap.parse_args(argv)
    results = {}
    for organizer_type in ("samtliga", "kommunal", "enskild"):
        runs = [json.loads(subprocess.run([sys.executable, "-c", CHILD, organizer_type], cwd=ROOT, check=True,
                                          capture_output=True, text=True).stdout) for _ in range(args.repeat)]
        best = min(runs, key=lambda r: r["cold_s"])
        results[organizer_type] = best
        print(f"{organizer_type:9} cold {best['cold_s']:.2f} s (imports {best['imports_s']:.2f} s) "
              f"warm {best['warm_us']:.1f} µs  {best['units']} municipalities, {best['rows']} rows, "
              f"frame {best['frame_mb']:.2f} MB, peak RSS {best['peak_rss_mb']:.0f} MB")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "sverige.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

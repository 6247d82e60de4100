"""Run every benchmark of the project — benchmarks/bench_*.py (ingest, every screen at three scales beside a
bare Streamlit page, map payload, profiles, allocation, open-data fetch) and the workshop-room load test
(benchmarks/load.py) — print their figures and collect them in benchmarks/results/all.json.

Usage: .venv/bin/python benchmarks/run_all.py [--no-load] [name ...]   (names: ingest, screens, …, load)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--no-load", action="store_true", help="leave out the load test (about five minutes)")
    args = ap.parse_args(argv)
    RESULTS.mkdir(exist_ok=True)
    scripts = {s.stem.removeprefix("bench_"): s for s in sorted(HERE.glob("bench_*.py"))}
    if not args.no_load:
        scripts["load"] = HERE / "load.py"
    if args.names:
        scripts = {name: s for name, s in scripts.items() if name in args.names}
    summary: dict[str, object] = {}
    failed = 0
    for name, script in scripts.items():
        print(f"== {script.name}", flush=True)
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, str(script)], cwd=HERE.parent)
        summary[name] = {"exit": proc.returncode, "seconds": round(time.perf_counter() - start, 1)}
        failed += proc.returncode != 0
    for result in sorted(RESULTS.glob("*.json")):
        if result.name != "all.json":
            summary.setdefault("figures", {})[result.stem] = json.loads(result.read_text())  # type: ignore[union-attr]
    (RESULTS / "all.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False))
    print(f"figures collected in {RESULTS / 'all.json'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

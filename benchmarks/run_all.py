"""Run every benchmark of the project (benchmarks/bench_*.py), print their figures and collect them in
benchmarks/results/all.json. Usage: .venv/bin/python benchmarks/run_all.py [name ...]"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def main(names: list[str]) -> int:
    RESULTS.mkdir(exist_ok=True)
    scripts = sorted(HERE.glob("bench_*.py"))
    if names:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in names]
    summary: dict[str, object] = {}
    failed = 0
    for script in scripts:
        print(f"== {script.name}", flush=True)
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, str(script)], cwd=HERE.parent)
        summary[script.stem] = {"exit": proc.returncode, "seconds": round(time.perf_counter() - start, 1)}
        failed += proc.returncode != 0
    for result in sorted(RESULTS.glob("*.json")):
        if result.name != "all.json":
            summary.setdefault("figures", {})[result.stem] = json.loads(result.read_text())  # type: ignore[union-attr]
    (RESULTS / "all.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False))
    print(f"figures collected in {RESULTS / 'all.json'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

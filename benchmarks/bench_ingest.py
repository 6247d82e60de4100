"""Reading a national-scale file: time and peak memory of ingest for school-level CSV and Excel files of
about 5 000 schools (one year and five years) and for the 290-municipality Skolverket export.

Each case runs in a fresh process so peak memory (VmHWM) is that case's own. Prints a table and writes
benchmarks/results/ingest.json. Usage: .venv/bin/python benchmarks/bench_ingest.py [--schools N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"

CHILD = r"""
import json, sys, time
from pathlib import Path
from lib import ingest
path = Path(sys.argv[1])
data = path.read_bytes()
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) / 1024
before = hwm()
times = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    result = ingest.ingest([(path.name, data)], max_rows=None)
    times.append(time.perf_counter() - start)
assert result.ok, [m.text() for m in result.report.errors][:3]
print(json.dumps({"seconds_best": min(times), "seconds_median": sorted(times)[len(times) // 2],
                  "rows": len(result.dataset.frame), "units": result.dataset.n_units,
                  "mb_file": len(data) / 1e6, "peak_rss_mb": hwm(), "rss_before_mb": before}))
"""


def write_cases(directory: Path, n_schools: int) -> dict[str, Path]:
    """The files to read, written once: national school data (CSV one year, CSV five years, Excel one year)."""
    sys.path.insert(0, str(ROOT))
    from lib.documents import exports
    from lib.sources import demo
    from tests.fixtures.make_exports import skolverket_personal_municipal_csv

    bundle = demo.generate(n_schools=n_schools)
    frame = bundle.frame.drop(columns=["need_index", "first_teachers_per_100_pupils",
                                         "first_teachers_per_100_teachers"], errors="ignore")
    latest = frame[frame["school_year"] == frame["school_year"].max()]
    cases = {
        f"csv_{n_schools}_schools_1_year": (latest, "csv"),
        f"csv_{n_schools}_schools_5_years": (frame, "csv"),
        f"xlsx_{n_schools}_schools_1_year": (latest, "xlsx"),
    }
    out = {}
    for name, (data, kind) in cases.items():
        path = directory / f"{name}.{kind}"
        path.write_bytes(exports.to_csv_bytes(data, "sv") if kind == "csv" else exports.to_excel_bytes(data))
        out[name] = path
    path = directory / "skolverket_personal_290_municipalities.csv"
    path.write_bytes(skolverket_personal_municipal_csv(2024))
    out["skolverket_personal_290_municipalities"] = path
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schools", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in write_cases(Path(tmp), args.schools).items():
            proc = subprocess.run([sys.executable, "-c", CHILD, str(path), str(args.repeat)], cwd=ROOT,
                                  capture_output=True, text=True)
            if proc.returncode != 0:
                print(f"{name}: FAILED\n{proc.stderr[-2000:]}")
                return 1
            results[name] = json.loads(proc.stdout.strip().splitlines()[-1])
            r = results[name]
            print(f"{name:45s} {r['mb_file']:6.1f} MB file  {r['rows']:6d} rows  best {r['seconds_best']:6.2f} s  "
                  f"median {r['seconds_median']:6.2f} s  peak RSS {r['peak_rss_mb']:6.0f} MB")
    (RESULTS / "ingest.json").write_text(json.dumps(results, indent=2))
    print(f"written {RESULTS / 'ingest.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

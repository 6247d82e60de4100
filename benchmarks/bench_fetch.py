"""Fetching open data: requests and seconds for one municipality of 100 grundskola units, cold (empty cache) and
from the cache, against the fake Skolverket API on 127.0.0.1 (tests/fixtures/fake_skolverket.py) with a
simulated network latency per answer; cold also with one request at a time, to show what the pool of 4 gives.

Prints a table and writes benchmarks/results/fetch.json.
Usage: .venv/bin/python benchmarks/bench_fetch.py [--schools 100] [--latency 0.05]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
ACCEPT = "application/vnd.skolverket.plannededucations.api.v4.hal+json"


def run_case(name: str, codes: list[str], cache_dir: Path | None, workers: int) -> dict[str, float | int | str]:
    from lib.fetch import skolverket
    from lib.fetch.client import Client

    client = Client(headers={"Accept": ACCEPT}, max_workers=workers, cache_dir=cache_dir)
    started = time.perf_counter()
    try:
        result = skolverket.fetch_schools(codes, client=client)
    finally:
        client.close()
    seconds = time.perf_counter() - started
    return {"case": name, "schools": result.n_schools, "rows": len(result.dataset.frame),
            "requests": result.stats["requests"], "cache_hits": result.stats["cache_hits"],
            "retries": result.stats["retries"], "workers": workers, "seconds": round(seconds, 3)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schools", type=int, default=100)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds added to every fake answer")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.fixtures.fake_skolverket import FakeSkolverket, generated_units

    RESULTS.mkdir(exist_ok=True)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        server = FakeSkolverket(units=generated_units(args.schools, "0180"), page_size=100, v3_paths=set(),
                                fail_once=set(), latency=args.latency).start()
        os.environ["SKOLVERKET_API_URL"] = server.url
        try:
            cache = Path(tmp) / "cache"
            rows.append(run_case("cold, 1 request at a time", ["0180"], None, 1))
            rows.append(run_case("cold, 4 at a time", ["0180"], cache, 4))
            rows.append(run_case("from cache", ["0180"], cache, 4))
        finally:
            server.stop()
    doc = {"schools": args.schools, "municipality": "0180", "latency_per_answer_s": args.latency,
           "requests_per_school": 3, "results": rows}
    (RESULTS / "fetch.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"fetch: {args.schools} schools in one municipality, fake API with {args.latency * 1000:.0f} ms per answer")
    print(f"{'case':<28}{'schools':>8}{'requests':>10}{'cache hits':>12}{'seconds':>10}")
    for r in rows:
        print(f"{r['case']:<28}{r['schools']:>8}{r['requests']:>10}{r['cache_hits']:>12}{r['seconds']:>10.2f}")
    print(f"written: {RESULTS / 'fetch.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

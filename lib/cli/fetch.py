"""`python -m lib fetch --municipality CODE [--municipality CODE …] [--year Y] --out FILE.csv [--json]`:
fetch Skolverket's open data for grundskola units and write them as a Swedish CSV in canonical columns, which
`python -m lib check FILE.csv` reads. Prints how many schools were fetched and what was missing and why.
Exit 0 done, 1 the service cannot be reached or has nothing, 2 usage error."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from lib import schema
from lib.cli import EXIT_OK, DataError, UsageError, emit
from lib.documents import exports
from lib.fetch.client import DEFAULT_TIMEOUT, FetchError


def output_frame(frame: Any) -> Any:
    """The canonical input columns (derived ones are recomputed by whoever reads the file)."""
    return frame[[c for c in schema.INPUT_COLUMNS if c in frame.columns]]


def _run(args: argparse.Namespace) -> int:
    from lib.fetch import skolverket

    codes, bad = skolverket.valid_codes(args.municipality)
    if bad or not codes:
        raise UsageError(f"unknown municipality code: {', '.join(bad) or '-'} (four digits, e.g. 0180)")
    out = Path(args.out)
    if out.suffix.lower() != ".csv":
        raise UsageError(f"--out must name a .csv file: {args.out}")
    if not out.parent.exists():
        raise UsageError(f"no such directory: {out.parent}")
    if args.timeout <= 0:
        raise UsageError("--timeout must be positive")
    try:
        result = skolverket.fetch_schools(codes, args.year, timeout=args.timeout, use_cache=not args.no_cache)
    except FetchError as exc:
        raise DataError(exc.text(args.lang), {"key": exc.key, "url": exc.url}) from exc
    ds = result.dataset
    out.write_bytes(exports.to_csv_bytes(output_frame(ds.frame), "sv"))
    rep = ds.report
    doc = {
        "ok": True,
        "out": str(out),
        "schools": ds.n_units,
        "municipalities": codes,
        "rows": len(ds.frame),
        "school_years": ds.school_years,
        "columns": list(output_frame(ds.frame).columns),
        "missing": result.missing,
        "requests": result.stats["requests"],
        "cache_hits": result.stats["cache_hits"],
        "retries": result.stats["retries"],
        "seconds": round(result.seconds, 2),
        "source": ds.source.detail,
        "warnings": [m.to_json(args.lang) for m in rep.warnings],
        "infos": [m.to_json(args.lang) for m in rep.infos],
    }
    emit(doc, args, render_text(doc))
    return EXIT_OK


def render_text(doc: dict[str, Any]) -> str:
    lines = [f"{doc['schools']} skolenheter / school units, {doc['rows']} rader / rows, "
             f"läsår / school years {', '.join(schema.school_year_label(y) for y in doc['school_years'])} → "
             f"{doc['out']}",
             f"requests={doc['requests']} cache_hits={doc['cache_hits']} retries={doc['retries']} "
             f"seconds={doc['seconds']}"]
    lines += [f"WARNING: {m['message']}" for m in doc["warnings"]]
    lines += [f"INFO: {m['message']}" for m in doc["infos"]]
    return "\n".join(lines)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("fetch", help="fetch Skolverket's open data for municipalities and write a CSV")
    p.add_argument("--municipality", action="append", required=True, metavar="CODE",
                   help="municipality code (four digits); repeat for several")
    p.add_argument("--year", type=int, default=None, help="only this school year (start year, 2023 = 2023/24)")
    p.add_argument("--out", required=True, metavar="FILE.csv", help="where to write the CSV (Swedish format)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per request (default 10)")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the on-disk cache")
    p.add_argument("--lang", choices=["sv", "en"], default="sv")
    p.add_argument("--json", action="store_true", help="print one JSON document on standard output")
    p.set_defaults(handler=_run)

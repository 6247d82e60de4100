"""`python -m lib followup SOURCE --interventions FILE [--indicator NAME] [--json]`: per intervention the
indicator at its schools before (the year before the start) and after (the latest year up to its end), beside
comparable schools (same need quartile the year before, no intervention of their own in the window)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from lib.cli import EXIT_OK, DataError, UsageError, add_source_options, emit, load_source, require_dataset


def _run(args: argparse.Namespace) -> int:
    from lib import schema
    from lib.cli import require_school_data
    from lib.screens import insatser
    from lib.store import interventions

    require_school_data(args.source, "follow-ups of interventions")
    if args.indicator not in schema.BY_NAME:
        raise UsageError(f"unknown indicator {args.indicator!r}")
    path = Path(args.interventions)
    if not path.is_file():
        raise UsageError(f"no such file: {args.interventions}")
    items, report = interventions.read_file(path.name, path.read_bytes())
    if report.errors or not items:
        errors = [m.to_json(args.lang) for m in report.errors] + [d.to_json(args.lang) for d in report.dropped]
        raise DataError(errors[0].get("message") or errors[0].get("reason") if errors else "no interventions",
                        {"errors": errors})
    data = require_dataset(load_source(args.source, args.organizer_type, args=args), args.lang)
    records = tuple(items)
    results = [asdict(insatser.figures(data, records, item.intervention_id, args.indicator)) for item in items]
    for result, item in zip(results, items, strict=True):
        result["id"] = result.pop("intervention_id")
        result["type"] = item.type
    doc = {"indicator": args.indicator, "interventions": results,
           "dropped_rows": [d.to_json(args.lang) for d in report.dropped]}
    lines = [f"{r['id']}: before {r['before']} after {r['after']} | comparison ({r['comparison_units']}) "
             f"{r['comparison_before']} → {r['comparison_after']}" for r in results]
    emit(doc, args, "\n".join(lines))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("followup", help="follow interventions up against comparable schools")
    add_source_options(p, year=False)
    p.add_argument("--interventions", required=True, help="CSV or Excel in the register's columns")
    p.add_argument("--indicator", default="qualified_share")
    p.set_defaults(handler=_run)

"""`python -m lib assess SOURCE [--municipality CODE | --organizer NAME] [--interventions FILE] [--year Y] [--json]`:
the self-assessment's criteria (Skolinspektionen's, report §4c) with the answer suggested from the data —
`criteria: [{id, question, evidence, suggested, reference}]`, suggested one of yes|partly|no|unknown (unknown
where data cannot show it: documentation, system support, the governance chain, dialogue, ownership, and the
intervention criteria without a register). The interventions are the file's, else the bundled demo's."""

from __future__ import annotations

import argparse
from pathlib import Path

from lib.cli import (
    EXIT_OK,
    DataError,
    UsageError,
    add_scope_options,
    add_source_options,
    emit,
    load_source,
    pick_year,
    require_dataset,
    scoped,
)


def _items(args: argparse.Namespace, data) -> tuple:
    """The interventions: from --interventions, else those bundled with the data (the demo's), else none."""
    from lib.screens import insatser
    from lib.store import interventions

    if args.interventions is None:
        return insatser.demo_items(data) if data.is_demo and data.interventions is not None else ()
    path = Path(args.interventions)
    if not path.is_file():
        raise UsageError(f"no such file: {args.interventions}")
    items, report = interventions.read_file(path.name, path.read_bytes())
    if report.errors:
        errors = [m.to_json(args.lang) for m in report.errors]
        raise DataError(errors[0].get("message", "the interventions could not be read"), {"errors": errors})
    return tuple(items)


def _run(args: argparse.Namespace) -> int:
    from lib.measures import assessment
    from lib.screens import sjalvskattning

    data = require_dataset(load_source(args.source, args.organizer_type, args=args), args.lang)
    items = _items(args, data)
    year = pick_year(data, args.year)
    data = scoped(data, args)
    doc = {"year": year, **sjalvskattning.to_json(assessment.until(data, year), items, args.lang)}
    lines = [f"{c['id']}: {c['suggested']} – {c['evidence']}" for c in doc["criteria"]]
    emit(doc, args, "\n".join(lines))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("assess", help="the self-assessment's criteria with answers suggested from the data")
    add_source_options(p)
    add_scope_options(p)
    p.add_argument("--interventions", default=None, help="CSV or Excel in the intervention register's columns")
    p.set_defaults(handler=_run)

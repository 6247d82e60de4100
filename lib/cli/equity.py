"""`python -m lib equity SOURCE --indicator NAME [--year Y] [--json]`: need quartiles, gap and ratio,
concentration index (with Erreygers' correction for shares), the share of high-need units below their
organiser's average, the findings in words and each unit against its organiser's average (`units`: a unit under
the small-number rule has `small: true` and null values) — the figures of the Likvärdighet screen."""

from __future__ import annotations

import argparse

from lib.cli import EXIT_OK, UsageError, add_source_options, emit, load_source, pick_year, require_dataset


def _run(args: argparse.Namespace) -> int:
    from lib import schema
    from lib.i18n import t
    from lib.screens import likvardighet

    if args.indicator not in schema.BY_NAME or schema.BY_NAME[args.indicator].kind in ("id", "text", "year", "bool"):
        raise UsageError(f"unknown indicator {args.indicator!r}; choose one of: "
                         + ", ".join((*schema.RESOURCE_INDICATORS, *schema.OUTCOME_INDICATORS)))
    data = require_dataset(load_source(args.source, args.organizer_type, args=args), args.lang)
    year = pick_year(data, args.year, ("need_index", args.indicator))
    result = likvardighet.compute(data, args.indicator, year, args.lang)
    doc = likvardighet.to_json(result)
    doc["level"] = data.level
    doc["source"] = t(f"source.kind.{data.source.kind}", args.lang)
    doc["units"] = likvardighet.units_json(data, args.indicator, year)
    lines = [f"{args.indicator}, {schema.school_year_label(year)} ({doc['need']} need index)"]
    lines += [f"  Q{q['q']}: units={q['units']} value={q['value']:.3f}" for q in doc["quartiles"]]
    lines += [f"  gap={doc['gap']} ratio={doc['ratio']} CI={doc['concentration_index']} E={doc['erreygers']}", ""]
    lines += doc["findings"]
    emit(doc, args, "\n".join(lines))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("equity", help="equity measures for one indicator (Likvärdighet)")
    add_source_options(p)
    p.add_argument("--indicator", default="qualified_share", help="canonical indicator name")
    p.set_defaults(handler=_run)

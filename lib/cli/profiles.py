"""`python -m lib profiles SOURCE --k K [--features a,b,c] [--method kmeans|ward] [--year Y] [--json]`: the
challenge profiles of the Utmaningsprofiler screen, with silhouette per k and stability."""

from __future__ import annotations

import argparse

from lib.cli import EXIT_OK, DataError, UsageError, add_source_options, emit, load_source, pick_year, require_dataset


def _run(args: argparse.Namespace) -> int:
    from lib import schema
    from lib.measures import profiles, suppression
    from lib.screens import profiler

    features = [f.strip() for f in args.features.split(",")] if args.features else None
    unknown = [f for f in features or [] if f not in schema.BY_NAME]
    if unknown:
        raise UsageError(f"unknown feature(s): {', '.join(unknown)}")
    if args.k is not None and not 2 <= args.k <= 20:
        raise UsageError("--k must be between 2 and 20")
    data = require_dataset(load_source(args.source, args.organizer_type, args=args), args.lang)
    year = pick_year(data, args.year)
    if features is None:  # the pupils' needs the data has, as the screen opens
        features = profiler.default_features(data)
    result = profiler.grouping_result(data, profiler.Grouping(year, tuple(features), args.k, args.method))
    if isinstance(result, profiles.ProfileError):
        raise DataError(result.message.text(args.lang), {"errors": [result.message.to_json(args.lang)]})
    doc = profiler.to_json(result, args.lang, suppression.small_units(data.year_frame(year), data.unit_column))
    rule = "the rule for k" if result.suggested_by_rule else "the best silhouette"
    lines = [f"{result.k} profiles ({result.method}), {schema.school_year_label(year)}: silhouette "
             f"{result.silhouette:.3f}, stability {result.stability:.2f}"
             + (f" (suggested by {rule})" if args.k is None else "")]
    lines += [f"  {p['id']}: {p['name']} ({p['units']} units)" for p in doc["profiles"]]
    emit(doc, args, "\n".join(lines))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("profiles", help="challenge profiles (Utmaningsprofiler)")
    add_source_options(p)
    p.add_argument("--k", type=int, default=None, help="number of profiles (default: the suggested k)")
    p.add_argument("--features", default=None,
                   help="comma-separated canonical column names (default: the need index and background measures)")
    p.add_argument("--method", choices=["kmeans", "ward"], default="kmeans")
    p.set_defaults(handler=_run)

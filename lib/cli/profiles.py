"""`python -m lib profiles SOURCE --k K [--features a,b,c] [--method kmeans|ward] [--year Y] [--json]`: the
challenge profiles of the Utmaningsprofiler screen, with silhouette per k and stability."""

from __future__ import annotations

import argparse

from lib.cli import EXIT_OK, DataError, UsageError, add_source_options, emit, load_source, pick_year, require_dataset


def _run(args: argparse.Namespace) -> int:
    from lib import schema
    from lib.measures import profiles

    features = [f.strip() for f in args.features.split(",")] if args.features else list(profiles.DEFAULT_FEATURES)
    unknown = [f for f in features if f not in schema.BY_NAME]
    if unknown:
        raise UsageError(f"unknown feature(s): {', '.join(unknown)}")
    if args.k is not None and not 2 <= args.k <= 20:
        raise UsageError("--k must be between 2 and 20")
    data = require_dataset(load_source(args.source, args.organizer_type), args.lang)
    year = pick_year(data, args.year)
    try:
        result = profiles.compute(data.frame, year, data.unit_column, features, args.k, args.method)
    except profiles.ProfileError as exc:
        raise DataError(exc.message.text(args.lang), {"errors": [exc.message.to_json(args.lang)]}) from None
    doc = {
        "school_year": year, "method": result.method, "k": result.k, "features": result.features,
        "silhouette": result.silhouette, "silhouette_by_k": {str(k): v for k, v in result.silhouette_by_k.items()},
        "stability": result.stability, "stability_word": profiles.stability_word(result.stability),
        "imputed": result.imputed, "warnings": [m.text(args.lang) for m in result.messages],
        "profiles": [{"id": int(p), "name": result.names[int(p)][args.lang], "units": int(result.sizes[p]),
                      "mean_need": result.mean_need.get(p), "centroid": result.centroids.loc[p].to_dict()}
                     for p in result.centroids.index],
        "assignments": [{"unit": u, "profile": int(p)} for u, p in result.assignments.items()],
    }
    lines = [f"{result.k} profiles ({result.method}), {schema.school_year_label(year)}: silhouette "
             f"{result.silhouette:.3f}, stability {result.stability:.2f}"]
    lines += [f"  {p['id']}: {p['name']} ({p['units']} units)" for p in doc["profiles"]]
    emit(doc, args, "\n".join(lines))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("profiles", help="challenge profiles (Utmaningsprofiler)")
    add_source_options(p)
    p.add_argument("--k", type=int, default=None, help="number of profiles (default: the suggested k)")
    p.add_argument("--features", default=None, help="comma-separated canonical column names")
    p.add_argument("--method", choices=["kmeans", "ward"], default="kmeans")
    p.set_defaults(handler=_run)

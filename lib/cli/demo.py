"""`python -m lib demo`: regenerate the fictional demo data (identical output for the same arguments)."""

from __future__ import annotations

import argparse
from pathlib import Path

from lib.cli import EXIT_OK


def _run(args: argparse.Namespace) -> int:
    from lib.sources import demo

    for path in demo.write_demo(Path(args.out), n_schools=args.schools, seed=args.seed):
        print(path)
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    from lib.sources.demo import DEMO_DIR

    p = sub.add_parser("demo", help="regenerate the fictional demo data")
    p.add_argument("--schools", type=int, default=240, help="number of schools (about 5 000 = national scale)")
    p.add_argument("--seed", type=int, default=20261122)
    p.add_argument("--out", default=str(DEMO_DIR), help="directory to write to (default data/demo)")
    p.set_defaults(handler=_run)

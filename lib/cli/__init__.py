"""The headless command line. Each module in this package defines `register(subparsers)`, adding one command
whose handler returns the exit status: 0 done, 1 the data or constraints do not allow it, 2 usage error.

Conventions (DESIGN "Headless commands"): SOURCE is `demo`, `sverige` or files merged as `check` merges them;
`--year` start year, `--lang sv|en`, `--organizer-type` for Skolverket exports, `--json` prints exactly one
JSON document on standard output; every JSON carries the parameters used and the app version.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import pkgutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lib import __version__

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Raised by a command for a usage problem found after parsing (exit status 2)."""


class DataError(Exception):
    """Raised by a command when the data or the constraints do not allow it (exit status 1)."""

    def __init__(self, message: str, doc: dict[str, Any] | None = None):
        super().__init__(message)
        self.doc = doc or {}


def add_source_options(parser: argparse.ArgumentParser, *, sources: bool = True, year: bool = True) -> None:
    """The options every data command shares."""
    if sources:
        parser.add_argument("source", nargs="+", metavar="SOURCE", help="'demo' or one or more files")
    if year:
        parser.add_argument("--year", type=int, default=None, help="school year as start year (2024 = 2024/25)")
    parser.add_argument("--lang", choices=["sv", "en"], default="sv")
    parser.add_argument("--organizer-type", default=None, choices=ORGANIZER_TYPE_CHOICES,
                        help="which 'Typ av huvudman' rows of Skolverket exports to use (default kommunal for "
                             "files, samtliga for 'sverige')")
    parser.add_argument("--json", action="store_true", help="print one JSON document on standard output")
    if sources:  # how to read files (issue 16): --map, --set, --years-in-columns, --mapping
        from lib.cli.plan import add_plan_options

        add_plan_options(parser)


def add_scope_options(parser: argparse.ArgumentParser) -> None:
    """--municipality CODE | --organizer NAME: the units a command looks at (one of them, or neither for all)."""
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--municipality", default=None, help="only the units in this municipality (code)")
    scope.add_argument("--organizer", default=None, help="only this organiser's units")


def scoped(dataset: Any, args: argparse.Namespace) -> Any:
    """`dataset` cut to the units of --municipality or --organizer (all of it with neither); DataError when none."""
    from lib.screens import resursfordelning

    if args.municipality is None and args.organizer is None:
        return dataset
    scope = resursfordelning.scoped(dataset, args.organizer, args.municipality)
    if scope.frame.empty:
        raise DataError(f"no units for {args.organizer or args.municipality}")
    return scope


@dataclass
class Loaded:
    """A loaded source: the dataset (None when rejected) and the ingest report."""

    dataset: Any
    report: Any


def load_source(sources: list[str], organizer_type: str | None = None,
                args: argparse.Namespace | None = None) -> Loaded:
    """`demo` → the embedded demo dataset; `sverige` → Skolverket's official statistics per municipality;
    otherwise read and merge the files as `check` does. With `args`, the options --map/--set/--years-in-columns/
    --mapping say how to read the files (a usage error for bundled data)."""
    plan = _plan(sources, args)
    organizer_type = organizer_type or default_organizer_type(sources)
    if sources == ["sverige"]:
        from lib.sources import sverige

        ds = sverige.load(organizer_type)
        return Loaded(ds, ds.report)
    if sources == ["demo"]:
        from lib.sources import demo

        ds = demo.load_demo()
        return Loaded(ds, ds.report)
    from lib import ingest

    files = []
    for name in sources:
        path = Path(name)
        if not path.is_file():
            raise UsageError(f"no such file: {name}")
        files.append((path.name, path.read_bytes()))
    result = ingest.ingest(files, organizer_type=organizer_type, plans={"*": plan} if plan else None)
    return Loaded(result.dataset if result.ok else None, result.report)


# The bundled real source `sverige` (lib/sources/sverige.py): its organiser types and their defaults.
ORGANIZER_TYPE_CHOICES: tuple[str, ...] = ("samtliga", "kommunal", "enskild")


def default_organizer_type(sources: list[str]) -> str:
    """`--organizer-type` when not given: samtliga (every pupil of a municipality) for `sverige`, kommunal for
    files (DESIGN "Headless commands")."""
    return "samtliga" if list(sources or ()) == ["sverige"] else "kommunal"


def require_school_data(sources: list[str], what: str) -> None:
    """Commands that need school data (classes, follow-up) refuse `sverige` with the reason (exit 1)."""
    if list(sources or ()) == ["sverige"]:
        raise DataError(f"{what} need school-level data; 'sverige' holds one row per municipality and school year "
                        "(use 'demo' or your own files)")


def _plan(sources: list[str], args: argparse.Namespace | None) -> Any:
    """The reading plan of the options (lib.cli.plan), None without; UsageError for bundled data or bad options."""
    if args is None:
        return None
    from lib.cli.plan import source_plan
    from lib.config import BUNDLED_DATA
    from lib.ingest.mapping import PlanError

    try:
        plan = source_plan(args)
    except PlanError as exc:
        raise UsageError(str(exc)) from exc
    if plan is not None and any(s in BUNDLED_DATA for s in sources):
        raise UsageError("--map, --set, --years-in-columns and --mapping apply to files, not to "
                         + ", ".join(s for s in sources if s in BUNDLED_DATA))
    return plan


def require_dataset(loaded: Loaded, lang: str = "sv") -> Any:
    """The dataset, or a DataError carrying the ingest errors."""
    if loaded.dataset is None:
        errors = [m.to_json(lang) for m in loaded.report.errors]
        first = errors[0]["message"] if errors else "the data could not be read"
        raise DataError(first, {"errors": errors})
    return loaded.dataset


def pick_year(dataset: Any, year: int | None, columns: tuple[str, ...] = ()) -> int:
    """The asked year, or the latest year that has `columns`; DataError when there is none."""
    if year is not None:
        if year not in dataset.school_years:
            raise DataError(f"school year {year} is not in the data (years: {dataset.school_years})")
        return year
    latest = dataset.latest_year(columns)
    if latest is None:
        raise DataError(f"no school year has the columns needed: {', '.join(columns)}")
    return latest


def clean_json(value: Any) -> Any:
    """Make a value JSON-safe: NaN/inf → null, numpy scalars → Python, tuples → lists."""
    import numpy as np

    if isinstance(value, dict):
        return {str(k): clean_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_json(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def emit(doc: dict[str, Any], args: argparse.Namespace, text: str | None = None) -> None:
    """Print the JSON document (with parameters and version) or the plain-text rendering."""
    if getattr(args, "json", False):
        params = {k: v for k, v in vars(args).items() if k not in {"handler", "json"}}
        full = {**doc, "parameters": params, "version": __version__}
        sys.stdout.write(json.dumps(clean_json(full), ensure_ascii=False, indent=2) + "\n")
    elif text is not None:
        sys.stdout.write(text.rstrip("\n") + "\n")
    else:
        sys.stdout.write(json.dumps(clean_json(doc), ensure_ascii=False, indent=2) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m lib", description="Lärarresurser – headless commands")
    parser.add_argument("--version", action="version", version=__version__)
    sub = parser.add_subparsers(dest="command", required=True)
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 for usage errors, 0 for --help
        return int(exc.code or 0)
    if "organizer_type" in vars(args) and args.organizer_type is None:  # the default depends on SOURCE
        args.organizer_type = default_organizer_type(getattr(args, "source", []))
    try:
        return int(args.handler(args) or 0)
    except UsageError as exc:
        sys.stderr.write(f"usage error: {exc}\n")
        return EXIT_USAGE
    except DataError as exc:
        sys.stderr.write(f"{exc}\n")
        if getattr(args, "json", False):
            emit({"ok": False, "error": str(exc), **exc.doc}, args)
        return EXIT_DATA

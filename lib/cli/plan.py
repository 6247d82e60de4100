"""The options that say how to read a file, shared by every command that takes files as SOURCE: `--map
"COLUMN=field"`, `--set field=value`, `--years-in-columns [start|spring]` and `--mapping FILE` (the Data screen's
mapping file). They become one `lib.ingest.mapping.Plan` for every file."""

from __future__ import annotations

import argparse
from pathlib import Path

from lib.ingest.mapping import YEAR_CHOICES, Plan, PlanError, check, from_json, parse_map, parse_set


def add_plan_options(parser: argparse.ArgumentParser) -> None:
    """--map, --set, --years-in-columns and --mapping."""
    parser.add_argument("--map", action="append", default=None, metavar="COLUMN=field",
                        help="read the file's COLUMN as the field (repeatable; split at the last '='; "
                             "'COLUMN=' leaves the column out)")
    parser.add_argument("--set", action="append", default=None, metavar="field=value",
                        help="a value for every row: school_year, municipality_code (code or name), organizer, "
                             "organizer_type (repeatable)")
    parser.add_argument("--years-in-columns", nargs="?", const="yes", default=None, choices=("yes", *YEAR_CHOICES),
                        help="read columns such as 2223Pupils as earlier school years; for a bare year in a name "
                             "(Pupils_2022) say whether it is the start year or the spring term")
    parser.add_argument("--mapping", default=None, metavar="FILE",
                        help="a mapping file downloaded from the Data screen (JSON; see the README)")


def source_plan(args: argparse.Namespace) -> Plan | None:
    """The plan the options describe, or None without any; a bad option or file is a PlanError."""
    plan = Plan()
    path = getattr(args, "mapping", None)
    if path:
        try:
            plan = from_json(Path(path).read_bytes())
        except OSError as exc:
            raise PlanError(f"--mapping {path}: {exc.strerror or exc}") from exc
    extra = Plan(parse_map(getattr(args, "map", None)), parse_set(getattr(args, "set", None)),
                 getattr(args, "years_in_columns", None))
    plan = plan.merged(extra)
    check(plan)
    return None if plan.empty else plan

"""`python -m lib sheet SOURCE --school ID [--year Y] [--lang sv|en] --out FILE.pdf|.html` and
`python -m lib report SOURCE (--municipality CODE | --organizer NAME) [--target PCT] [--assessment FILE] [--year Y]
[--lang sv|en] --out FILE`: the school sheet and the board report as PDF (HTML when the file name ends in .html).
`--target` is the share of qualified teachers (0–100) the report compares its high-need schools with (default: their
organiser's average); `--assessment` a self-assessment file (from Självskattning) the report includes.
On municipality-level data (`sverige`) `report SOURCE [--municipality CODE]` writes the municipality report
(kommunrapport) instead: one municipality's, or without `--municipality` the nation's."""

from __future__ import annotations

import argparse
from pathlib import Path

from lib import dataset
from lib.cli import EXIT_OK, DataError, UsageError, add_source_options, load_source, pick_year, require_dataset


def _target(out: str) -> Path:
    """The file to write: it must end in .pdf or .html (.htm)."""
    path = Path(out)
    if path.suffix.lower() not in (".pdf", ".html", ".htm"):
        raise UsageError("--out must end in .pdf or .html")
    return path


def _write(content: bytes, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def _sheet(args: argparse.Namespace) -> int:
    from lib.screens import skolblad

    path = _target(args.out)
    data = require_dataset(load_source(args.source, args.organizer_type, args=args), args.lang)
    if data.level != "school":
        raise DataError("school sheets need school-level data")
    year = pick_year(data, args.year)
    render = skolblad.sheet_pdf if path.suffix.lower() == ".pdf" else skolblad.sheet_html
    try:
        content = render(data, args.school, year, args.lang, dataset.source_line(data, args.lang), None)
    except KeyError:
        raise DataError(f"school {args.school} is not in the data for {year}") from None
    print(_write(content, path))
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from lib.screens import skolblad

    if args.source == ["sverige"]:
        data = require_dataset(load_source(args.source, args.organizer_type, args=args), args.lang)
        return _municipality_report(args, data)
    if (args.municipality is None) == (args.organizer is None):
        raise UsageError("give exactly one of --municipality or --organizer")
    if args.target is not None and not 0 <= args.target <= 100:
        raise UsageError("--target must be a share between 0 and 100")
    path = _target(args.out)
    made = _assessment(args.assessment)
    data = require_dataset(load_source(args.source, args.organizer_type, args=args), args.lang)
    if data.level == "municipality":
        return _municipality_report(args, data)
    if data.level != "school":
        raise DataError("board reports need school-level data")
    year = pick_year(data, args.year, ("qualified_share",))
    render = skolblad.report_pdf if path.suffix.lower() == ".pdf" else skolblad.report_html
    try:
        content = render(data, year, args.lang, dataset.source_line(data, args.lang), args.organizer, args.municipality,
                         args.target, made)
    except KeyError as exc:
        raise DataError(f"no schools for {exc.args[0]}") from None
    print(_write(content, path))
    return EXIT_OK


def _municipality_report(args: argparse.Namespace, data: dataset.Dataset) -> int:
    """The municipality report (kommunrapport) of municipality-level data such as `sverige`: one municipality's
    with `--municipality CODE` (or its name), the nation's without."""
    from lib.documents import formats, municipality_report
    from lib.screens import kommun

    if args.organizer is not None or args.target is not None or args.assessment is not None:
        raise UsageError("--organizer, --target and --assessment belong to board reports of school-level data; "
                         "a municipality report takes --municipality CODE or nothing (the nation's report)")
    path = _target(args.out)
    code = None
    if args.municipality is not None:
        code = kommun.choices(data).resolve(args.municipality)
        if code is None:
            raise DataError(f"municipality {args.municipality} is not in the data")
    year = pick_year(data, args.year, ("qualified_share",))
    doc = municipality_report.municipality_report(data, code, year, args.lang, dataset.source_line(data, args.lang))
    content = formats.to_pdf(doc) if path.suffix.lower() == ".pdf" else formats.to_html(doc).encode("utf-8")
    print(_write(content, path))
    return EXIT_OK


def _assessment(name: str | None):
    """The self-assessment file (`--assessment`, downloaded from Självskattning), read and validated; None
    without one."""
    if name is None:
        return None
    from lib.measures import assessment

    path = Path(name)
    if not path.is_file():
        raise UsageError(f"no such file: {name}")
    try:
        return assessment.from_bytes(path.read_bytes())
    except assessment.AssessmentError as exc:
        raise UsageError(f"--assessment: {exc}") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sheet", help="a school sheet (skolblad) as PDF or HTML")
    add_source_options(p)
    p.add_argument("--school", required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(handler=_sheet)
    r = sub.add_parser("report", help="a board report (nämndrapport) as PDF or HTML; on municipality-level data "
                                      "(sverige) the municipality report (kommunrapport)")
    add_source_options(r)
    r.add_argument("--municipality", default=None)
    r.add_argument("--organizer", default=None)
    r.add_argument("--target", type=float, default=None,
                   help="share of qualified teachers (0-100) to compare the high-need schools with "
                        "(default: their organiser's average)")
    r.add_argument("--assessment", default=None, help="a self-assessment file (JSON from Självskattning) to include")
    r.add_argument("--out", required=True)
    r.set_defaults(handler=_report)

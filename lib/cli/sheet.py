"""`python -m lib sheet SOURCE --school ID [--year Y] [--lang sv|en] --out FILE.pdf|.html` and
`python -m lib report SOURCE (--municipality CODE | --organizer NAME) [--year Y] [--lang sv|en] --out FILE`:
the school sheet and the board report as PDF (HTML when the file name ends in .html)."""

from __future__ import annotations

import argparse
from pathlib import Path

from lib.cli import EXIT_OK, DataError, UsageError, add_source_options, load_source, pick_year, require_dataset


def _write(doc, out: str) -> Path:
    from lib.documents import formats

    path = Path(out)
    if path.suffix.lower() not in (".pdf", ".html", ".htm"):
        raise UsageError("--out must end in .pdf or .html")
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".pdf":
        path.write_bytes(formats.to_pdf(doc))
    else:
        path.write_text(formats.to_html(doc), encoding="utf-8")
    return path


def _source_line(data, lang: str) -> str:
    from lib.i18n import t

    if data.source.kind == "demo":
        return t("source.demo", lang, date=data.source.date)
    return t("source.upload", lang, files=", ".join(data.source.files))


def _sheet(args: argparse.Namespace) -> int:
    from lib.documents import sheets

    data = require_dataset(load_source(args.source, args.organizer_type), args.lang)
    if data.level != "school":
        raise DataError("school sheets need school-level data")
    year = pick_year(data, args.year)
    try:
        doc = sheets.school_sheet(data, args.school, year, args.lang, _source_line(data, args.lang))
    except KeyError:
        raise DataError(f"school {args.school} is not in the data for {year}") from None
    print(_write(doc, args.out))
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from lib.documents import sheets

    if (args.municipality is None) == (args.organizer is None):
        raise UsageError("give exactly one of --municipality or --organizer")
    data = require_dataset(load_source(args.source, args.organizer_type), args.lang)
    if data.level != "school":
        raise DataError("board reports need school-level data")
    year = pick_year(data, args.year, ("qualified_share",))
    try:
        doc = sheets.board_report(data, year, args.lang, _source_line(data, args.lang), organizer=args.organizer,
                                 municipality=args.municipality)
    except KeyError as exc:
        raise DataError(f"no schools for {exc.args[0]}") from None
    print(_write(doc, args.out))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sheet", help="a school sheet (skolblad) as PDF or HTML")
    add_source_options(p)
    p.add_argument("--school", required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(handler=_sheet)
    r = sub.add_parser("report", help="a board report (nämndrapport) as PDF or HTML")
    add_source_options(r)
    r.add_argument("--municipality", default=None)
    r.add_argument("--organizer", default=None)
    r.add_argument("--out", required=True)
    r.set_defaults(handler=_report)

"""`python -m lib check FILE [FILE ...]`: read, validate and merge files as the Data screen does and print
the report. Exit 0 when the data is usable, 1 when it is rejected, 2 for a usage error."""

from __future__ import annotations

import argparse
from typing import Any

from lib.cli import EXIT_DATA, EXIT_OK, add_source_options, emit, load_source


def check_document(loaded: Any, lang: str = "sv") -> dict[str, Any]:
    """The JSON document of the check: ok, level, rows, units, school_years, columns, errors, warnings,
    infos, dropped_rows, mapping and formats."""
    ds, rep = loaded.dataset, loaded.report
    return {
        "ok": ds is not None,
        "level": ds.level if ds is not None else None,
        "rows": len(ds.frame) if ds is not None else 0,
        "units": ds.n_units if ds is not None else 0,
        "school_years": ds.school_years if ds is not None else [],
        "columns": [c for c in ds.frame.columns] if ds is not None else [],
        "errors": [m.to_json(lang) for m in rep.errors],
        "warnings": [m.to_json(lang) for m in rep.warnings],
        "infos": [m.to_json(lang) for m in rep.infos],
        "dropped_rows": [d.to_json(lang) for d in rep.dropped],
        "mapping": rep.mappings,
        "formats": rep.formats,
    }


def render_text(doc: dict[str, Any], lang: str = "sv") -> str:
    """The report as plain lines for a terminal; where each message applies is said as the Data screen says it."""
    from lib.screens.data import where

    lines = [f"{'OK' if doc['ok'] else 'AVVISAD / REJECTED'}: level={doc['level']} rows={doc['rows']} "
             f"units={doc['units']} school_years={doc['school_years']}"]
    if doc["columns"]:
        lines.append("columns: " + ", ".join(doc["columns"]))
    for label, items in (("ERROR", doc["errors"]), ("WARNING", doc["warnings"]), ("INFO", doc["infos"])):
        for m in items:
            place = where(m["file"], m["row"], m["column"], lang)
            lines.append(f"{label}: {place}: {m['message']}" if place else f"{label}: {m['message']}")
    if doc["dropped_rows"]:
        lines.append(f"dropped rows: {len(doc['dropped_rows'])}")
        lines += [f"  {where(d['file'], d['row'], None, lang)}: {d['reason']}" for d in doc["dropped_rows"][:50]]
        if len(doc["dropped_rows"]) > 50:
            lines.append(f"  … {len(doc['dropped_rows']) - 50} more (use --json for all)")
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    loaded = load_source(args.source, organizer_type=args.organizer_type, args=args)
    doc = check_document(loaded, args.lang)
    emit(doc, args, render_text(doc, args.lang))
    return EXIT_OK if doc["ok"] else EXIT_DATA


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="validate files and print the ingest report")
    add_source_options(p, year=False)
    p.set_defaults(handler=_run)

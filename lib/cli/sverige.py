"""`python -m lib sverige [--organizer-type samtliga|kommunal|enskild] [--out FILE.csv] [--json]`: build the bundled
real data from the raw Skolverket exports in data/sverige/raw/ (as the app does at load) and print what it holds;
with `--out`, write the built table (canonical column names, one row per municipality and school year) as CSV that
`check` and the Data screen read back."""

from __future__ import annotations

import argparse
from pathlib import Path

from lib.cli import EXIT_OK, ORGANIZER_TYPE_CHOICES, emit


def _run(args: argparse.Namespace) -> int:
    from lib import dataset
    from lib.measures import need
    from lib.sources import sverige

    data = sverige.build(args.organizer_type)
    doc = {"level": data.level, "units": data.n_units, "rows": len(data.frame), "school_years": data.school_years,
           "organizer_type": data.source.detail, "columns": list(data.frame.columns),
           "need_index": [{"year": m.year, "method": m.method, "columns": list(m.columns)}
                          for m in need.need_methods(data.frame)],
           "files": list(data.source.files), "source": dataset.source_line(data, args.lang)}
    if args.out:
        path = Path(args.out)
        path.parent.mkdir(parents=True, exist_ok=True)
        data.frame.to_csv(path, index=False, encoding="utf-8")
        doc["out"] = str(path)
    lines = [f"{doc['source']}", f"{doc['units']} municipalities, {doc['rows']} rows, school years "
             f"{doc['school_years']}, organiser type {doc['organizer_type']}"]
    lines += [f"wrote {doc['out']}"] if args.out else []
    emit(doc, args, "\n".join(lines))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sverige", help="build the bundled real municipality data from data/sverige/raw/")
    p.add_argument("--organizer-type", default="samtliga", choices=ORGANIZER_TYPE_CHOICES)
    p.add_argument("--out", default=None, help="write the built table as CSV")
    p.add_argument("--lang", choices=["sv", "en"], default="sv")
    p.add_argument("--json", action="store_true", help="print one JSON document on standard output")
    p.set_defaults(handler=_run)

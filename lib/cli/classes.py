"""`python -m lib classes SOURCE [--school ID] [--margin M] [--json]`: class differences within schools — per
school × year × term × grade level × subject the classes, the range (variationsvidd), the between-class share
of variance beside the share chance alone gives (`between_class_share_by_chance`), and the flags. SOURCE is
`demo` (the demo's class results) or class-result files."""

from __future__ import annotations

import argparse
from pathlib import Path

from lib.cli import EXIT_OK, DataError, UsageError, emit, require_school_data


def _run(args: argparse.Namespace) -> int:
    from lib.screens import klasser

    require_school_data(args.source, "class differences")
    if args.source == ["demo"]:
        from lib.sources import demo

        results = klasser.own_results(demo.load_demo())
    else:
        files = []
        for name in args.source:
            path = Path(name)
            if not path.is_file():
                raise UsageError(f"no such file: {name}")
            files.append((path.name, path.read_bytes()))
        upload = klasser.read_upload(tuple(files))
        if upload.results is None:
            errors = [m.to_json(args.lang) for m in upload.report.errors]
            raise DataError(errors[0]["message"] if errors else "no class results", {"errors": errors})
        results = upload.results
    if args.school and args.school not in klasser.schools(results, None):
        raise DataError(f"school {args.school} is not in the class results")
    doc = klasser.document(results, args.school, args.margin, args.lang)
    above = sum(bool(g["between_class_share_above_chance"]) for g in doc["groups"])
    lines = [f"{len(doc['groups'])} groups ({above} with more variation between classes than chance gives in 95 of "
             f"100), {len(doc['flags'])} flags"]
    lines += [f"  {f['school_id']} {f['subject']} {f['class']}: {f['text']}" for f in doc["flags"][:40]]
    emit(doc, args, "\n".join(lines))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("classes", help="class differences within schools (Klasskillnader)")
    p.add_argument("source", nargs="+", metavar="SOURCE", help="'demo' or class-result files")
    p.add_argument("--school", default=None, help="one school unit code")
    p.add_argument("--margin", type=float, default=1.0, help="grade points below the group mean that flag a class")
    p.add_argument("--lang", choices=["sv", "en"], default="sv")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_run)

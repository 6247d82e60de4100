"""`python -m lib funding SOURCE [--year Y] [--municipality CODE | --organizer NAME] [--json]`: per need quartile
the allocation and its socioeconomic part per pupil, qualified teacher FTE and teacher-assistant FTE per 100
pupils; the share of the socioeconomic money in the highest-need quartile (`ses_share_q4`, percent); the change
over the years and the findings in words — the figures of the Resursfördelning screen. Exit 1, with the reason,
when the data has no allocation columns."""

from __future__ import annotations

import argparse

from lib.cli import (
    EXIT_OK,
    DataError,
    add_scope_options,
    add_source_options,
    emit,
    load_source,
    pick_year,
    require_dataset,
    scoped,
)


def _run(args: argparse.Namespace) -> int:
    from lib.measures import funding
    from lib.screens import resursfordelning

    data = scoped(require_dataset(load_source(args.source, args.organizer_type, args=args), args.lang), args)
    if not funding.has_funding(data.frame):
        raise DataError("the data has no allocation columns (allocation_sek or ses_allocation_sek): "
                        "add 'Tilldelning (kr/år)' or 'Socioekonomisk tilldelning (kr/år)' per unit and school year")
    years = funding.years_with_funding(data.frame)
    year = pick_year(data, args.year, ("need_index",)) if args.year is not None else years[-1]
    if year not in years:
        raise DataError(f"school year {year} has no allocation (years with one: {years})")
    doc = resursfordelning.to_json(data, year, args.lang)
    lines = [f"allocation by need quartile, {year}/{(year + 1) % 100:02d}"]
    lines += [f"  Q{q['q']}: units={q['units']} allocation/pupil={q['allocation_per_pupil']} "
              f"ses/pupil={q['ses_allocation_per_pupil']} qualified/100={q['qualified_fte_per_100_pupils']} "
              f"assistants/100={q['assistant_fte_per_100_pupils']}" for q in doc["quartiles"]]
    lines += [f"  ses_share_q4={doc['ses_share_q4']}", ""] + doc["findings"]
    emit(doc, args, "\n".join(lines))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("funding", help="follow the allocation model's money by need quartile (Resursfördelning)")
    add_source_options(p)
    add_scope_options(p)
    p.set_defaults(handler=_run)

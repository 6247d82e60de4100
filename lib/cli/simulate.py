"""`python -m lib simulate SOURCE (--posts N | --budget SEK) [--alpha A] [--mode redistribute|add|move]
[--max-move K] [--min LOW] [--max HIGH] [--method sainte-lague|jamkad|dhondt|largest-remainder]
[--organizer NAME] [--year Y] [--json]`: place förstelärare posts by a rule, with equity before and after.

With `--budget` the posts are placed within it, each at its own school's supplement (pott 2 schools: the pott-2
one): `cost_sek_per_year` never exceeds `budget_sek`, and `unspent_sek` is what is left. When the constraints make
the budget impossible (in `--mode add` today's posts already cost more, or the minimums do) the exit status is 1
and the JSON's `reason` says why."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from lib.cli import EXIT_OK, DataError, UsageError, add_source_options, emit, load_source, pick_year, require_dataset


def _run(args: argparse.Namespace) -> int:
    from lib.measures import allocation
    from lib.screens import forstelarare

    if args.posts is not None and args.budget is not None:
        raise UsageError("give --posts or --budget, not both")
    if args.alpha < 0 or args.alpha > 5:
        raise UsageError("--alpha must be between 0 and 5")
    data = require_dataset(load_source(args.source, args.organizer_type, args=args), args.lang)
    if data.level != "school":
        raise DataError("the simulation needs school-level data")
    year = pick_year(data, args.year, ("pupils",))
    params = allocation.Params(year=year, posts=args.posts, budget_sek=args.budget, alpha=args.alpha, mode=args.mode,
                               max_move=args.max_move, min_per_school=args.min, max_per_school=args.max,
                               method=args.method, organizer=args.organizer)
    try:
        outcome = forstelarare.simulation(data, params, None)  # the same computation as the screen's
    except allocation.AllocationError as exc:
        reason = exc.message.text(args.lang)
        raise DataError(reason, {"reason": reason, "reason_key": exc.message.key,
                                 "errors": [exc.message.to_json(args.lang)]}) from None
    sim, before, after = outcome.simulation, outcome.before, outcome.after
    doc = {
        "school_year": year, "posts_total": sim.posts_total, "posts_before": sim.posts_before,
        "allocation": [{"unit": u, "before": int(r.before), "after": int(r.after)} for u, r in sim.table.iterrows()],
        "metrics": {"before": asdict(before), "after": asdict(after)},
        "cost_sek_per_year": sim.cost_after, "cost_sek_per_year_before": sim.cost_before,
        "budget_sek": sim.budget, "unspent_sek": sim.unspent,
        "warnings": [m.text(args.lang) for m in sim.warnings],
        "summary": allocation.summary_sentence(sim, before, after, "Scenario", args.lang),
        "model": asdict(params),
    }
    emit(doc, args, f"{sim.posts_total} posts; {doc['summary']}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("simulate", help="simulate another placement of förstelärare posts")
    add_source_options(p)
    p.add_argument("--posts", type=int, default=None, help="total number of posts after the simulation")
    p.add_argument("--budget", type=float, default=None,
                   help="annual budget in SEK instead of --posts: never overspent, each post at its school's price")
    p.add_argument("--alpha", type=float, default=1.0, help="need weight: pupils × (need/100)^alpha")
    p.add_argument("--mode", choices=["redistribute", "add", "move"], default="redistribute")
    p.add_argument("--max-move", type=int, default=2)
    p.add_argument("--min", type=int, default=0)
    p.add_argument("--max", type=int, default=50)
    p.add_argument("--method", choices=["sainte-lague", "jamkad", "dhondt", "largest-remainder"],
                   default="sainte-lague")
    p.add_argument("--organizer", default=None, help="only this organiser's schools")
    p.set_defaults(handler=_run)

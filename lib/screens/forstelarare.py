"""What the Förstelärare screen shows: one organiser's scope, the priority the visitor chose, the simulation with
its before/after figures already in words, the map and the table of changes. `python -m lib simulate` runs the
same `simulation`.

Every view takes the dataset, the rule (`allocation.Params`) and the prioritised unit ids (`priority_ids`; None
when nothing is prioritised) — together what one scenario depends on — so a room trying the same parameters on
the same data shares one result.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import pandas as pd

from lib.cache import cached
from lib.charts import maps, render
from lib.dataset import Dataset
from lib.i18n import column_label, fmt_int, fmt_msek, fmt_number, fmt_pct, fmt_school_year, t
from lib.measures import allocation, suppression
from lib.screens.parts import Table
from lib.store import scenarios
from lib.text import inert

if TYPE_CHECKING:  # the profiles' modules load scikit-learn: only when a visitor has made profiles
    from lib.screens import profiler

TRADEOFFS = ("forstelarare.tradeoff_lockin", "forstelarare.tradeoff_zero_sum", "forstelarare.tradeoff_assign")


# --- the choices ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Scope:
    """The units one organiser (or, with None, everyone) decides for in a school year, and today's posts there."""

    school_ids: tuple[str, ...]
    posts_today: int
    budget_today: float  # what today's posts cost a year at the default supplements (pott 2 schools: the pott-2
    # supplement) and employer factor


@cached("forstelarare")
def organizer_scope(data: Dataset, year: int, organizer: str | None) -> Scope:
    """One organiser's (or, with None, every) unit in a school year, today's posts and their default cost (the
    starting values of the number of posts and of the budget)."""
    units = data.year_frame(year)
    if organizer:
        units = units[units["organizer"] == organizer]
    per_unit = pd.to_numeric(units["first_teachers"], errors="coerce").fillna(0).round() \
        if "first_teachers" in units else pd.Series(0.0, index=units.index)
    pott2 = units["pott2"].astype("boolean") if "pott2" in units else None
    budget = allocation.annual_cost(per_unit, pott2, allocation.Params(year=year))
    return Scope(tuple(units["school_id"].astype(str)), int(per_unit.sum()), budget)


@cached("forstelarare")
def default_organizer(data: Dataset, year: int) -> str | None:
    """The municipal organiser with the most schools in the year (a municipality decides for its own); any
    organiser with the most schools when none is municipal; None without organisers."""
    sub = data.year_frame(year)
    if "organizer" not in sub or sub["organizer"].isna().all():
        return None
    kinds = sub["organizer_type"] if "organizer_type" in sub else pd.Series("kommunal", index=sub.index)
    municipal = sub[kinds == "kommunal"]
    counts = (municipal if not municipal.empty else sub)["organizer"].value_counts()
    return str(counts.index[0]) if len(counts) else None


@dataclass(frozen=True)
class PriorityOptions:
    """What the visitor can prioritise in a school year: the challenge profiles made on the Profiler screen (id and
    label) and the rule-based flag (its checkbox label, None when there is no flag for the year)."""

    profiles: tuple[tuple[int, str], ...]
    flag_label: str | None


@cached("forstelarare")
def priority_options(data: Dataset, year: int, grouping: profiler.Grouping | None,
                     flag_choice: profiler.FlagChoice | None, lang: str) -> PriorityOptions:
    """The profiles and flag of the Profiler screen that apply to `year` ("1: Hög andel nyanlända · …")."""
    if grouping is None and flag_choice is None:
        return PriorityOptions((), None)
    from lib.measures import profiles
    from lib.screens import profiler

    options: tuple[tuple[int, str], ...] = ()
    if grouping is not None and grouping.year == year:
        result = profiler.grouping_result(data, grouping)
        if not isinstance(result, profiles.ProfileError):
            options = tuple((int(p), t("forstelarare.profile_option", lang, id=int(p), name=result.names[p][lang]))
                            for p in sorted(result.names))
    label = None
    if flag_choice is not None and flag_choice.year == year and flag_choice.rules:
        label = t("forstelarare.priority_flag_rule", lang, rule=profiles.rule_text(list(flag_choice.rules), lang))
    return PriorityOptions(options, label)


@cached("forstelarare")
def priority_ids(data: Dataset, year: int, organizer: str | None, grouping: profiler.Grouping | None,
                 profiles_chosen: tuple[int, ...], flag_choice: profiler.FlagChoice | None) -> tuple[str, ...] | None:
    """The organiser's units that get priority: those in a chosen profile of `grouping` and/or flagged by
    `flag_choice` (pass None when the flag is not used), sorted; None when nothing is prioritised."""
    if not profiles_chosen and flag_choice is None:
        return None
    from lib.measures import profiles
    from lib.screens import profiler

    ids = pd.Series(organizer_scope(data, year, organizer).school_ids, dtype=object)
    chosen = pd.Series(False, index=ids.index)
    if profiles_chosen and grouping is not None:
        result = profiler.grouping_result(data, grouping)
        if not isinstance(result, profiles.ProfileError):
            chosen |= ids.map(result.assignments).isin(profiles_chosen)
    if flag_choice is not None:
        flags = profiler.challenge_flag(data, flag_choice.year, flag_choice.rules)
        chosen |= ids.map(flags).fillna(False).astype(bool)
    return tuple(sorted(ids[chosen]))


# --- the simulation -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Outcome:
    """A simulation with the equity of today's distribution and of the simulated one."""

    simulation: allocation.Simulation
    before: allocation.Metrics
    after: allocation.Metrics


@cached("forstelarare")
def simulation(data: Dataset, params: allocation.Params, priority: tuple[str, ...] | None) -> Outcome:
    """Place the posts by the rule in `params`, `priority` being the prioritised unit ids (None: none); raises
    allocation.AllocationError when the constraints cannot all hold (not cached: it is quick to find)."""
    mask = None
    if priority is not None:
        ids = pd.Index(data.frame["school_id"].astype(str).unique())
        mask = pd.Series(ids.isin(priority), index=ids)
    sim = allocation.simulate(data.frame, params, data.unit_column, mask)
    before, after = allocation.before_after(sim, data.frame, data.unit_column)
    return Outcome(sim, before, after)


@dataclass(frozen=True)
class Figure:
    """One metric as shown: label, value and change in words; `direction` is the change's sign (1, 0, −1) and
    `coloured` says whether up reads as good (green) — a cost or a gap going up is neither good nor bad."""

    label: str
    value: str
    delta: str | None = None
    direction: int = 0
    coloured: bool = False


@dataclass(frozen=True)
class Result:
    """The simulation in words for one language: warnings, the summary sentence, the metrics before/after (posts
    and cost, then equity), the text alternative of the map and the scenario's figures for saving."""

    outcome: Outcome
    warnings: tuple[str, ...]
    sentence: str
    figures: tuple[Figure, ...]
    equity: tuple[Figure, ...]
    map_alt: str
    units_note: str
    summary: tuple[tuple[str, float | None], ...]  # what a saved scenario keeps (scenarios.summary_figures)


def _sign(value: float, decimals: int = 0) -> int:
    """The sign of a change as shown with `decimals` (a change that shows as 0,00 has no direction)."""
    shown = round(value, decimals)
    return (shown > 0) - (shown < 0)


def _change(after: float | None, before: float | None) -> float:
    """after − before, a missing value counting as 0 (a quartile without units)."""
    return (after or 0.0) - (before or 0.0)


@cached("forstelarare")
def result(data: Dataset, params: allocation.Params, priority: tuple[str, ...] | None, lang: str) -> Result:
    """The simulation's figures and sentences in `lang` (see `simulation`; raises the same AllocationError)."""
    outcome = simulation(data, params, priority)
    sim, before, after = outcome.simulation, outcome.before, outcome.after
    posts = sim.posts_total - sim.posts_before
    cost = sim.cost_after - sim.cost_before
    q4, gap = _change(after.q4, before.q4), _change(after.gap, before.gap)
    ci = after.concentration_index - before.concentration_index
    share = _change(after.share_of_posts_in_q4, before.share_of_posts_in_q4)
    figures = (
        Figure(t("forstelarare.metric_posts", lang), fmt_int(sim.posts_total, lang), fmt_int(posts, lang),
               _sign(posts), coloured=True),
        Figure(t("forstelarare.metric_moved", lang), fmt_int(sim.moved, lang)),
        Figure(t("forstelarare.metric_cost", lang), fmt_msek(sim.cost_after, lang), fmt_msek(cost, lang),
               _sign(cost / 1e6, 1)),
        Figure(t("forstelarare.metric_q4", lang), fmt_number(after.q4, lang, 2), fmt_number(q4, lang, 2),
               _sign(q4, 2), coloured=True),
    )
    if sim.budget is not None:  # the cost against the budget: what is left of it
        figures = (*figures[:3], Figure(t("forstelarare.metric_unspent", lang, budget=fmt_msek(sim.budget, lang)),
                                        fmt_msek(sim.unspent, lang)), figures[3])
    equity = (
        Figure(t("forstelarare.metric_gap", lang), fmt_number(after.gap, lang, 2), fmt_number(gap, lang, 2),
               _sign(gap, 2)),
        Figure(t("forstelarare.metric_ci", lang), fmt_number(after.concentration_index, lang, 3),
               fmt_number(ci, lang, 3), _sign(ci, 3)),
        Figure(t("forstelarare.metric_share_q4", lang), fmt_pct(after.share_of_posts_in_q4, lang, 0),
               fmt_number(share, lang, 1), _sign(share, 1)),
    )
    change = sim.table["change"]
    return Result(
        outcome=outcome,
        warnings=tuple(m.text(lang) for m in sim.warnings),
        sentence=allocation.summary_sentence(sim, before, after, t("forstelarare.this_scenario", lang), lang),
        figures=figures, equity=equity,
        map_alt=t("forstelarare.map_alt", lang, up=int((change > 0).sum()), down=int((change < 0).sum())),
        units_note=t("workshop.scenario_units", lang, n=fmt_int(len(sim.table), lang)),
        summary=tuple(scenarios.summary_figures(sim, before, after).items()),
    )


@cached("forstelarare")
def change_map(data: Dataset, params: allocation.Params, priority: tuple[str, ...] | None, lang: str,
               source: str) -> dict[str, Any] | None:
    """The map of the simulated change per school (their municipalities shaded, the map fitted to them), ready
    to draw; None when no school has coordinates."""
    from lib.geo import mapdata

    sim = simulation(data, params, priority).simulation
    points = mapdata.with_change(mapdata.points(data, params.year, "indicator", "need_index"), sim.table["change"])
    if points.empty:
        return None
    frame = data.frame
    codes = frame.loc[frame["school_id"].astype(str).isin(sim.table.index), "municipality_code"].dropna().unique()
    title = t("forstelarare.map_title", lang, year=fmt_school_year(params.year, lang))
    return render.ready(maps.school_map(points, codes, "change", "need_index", lang, title, source, height=480,
                                        zoom=True))


@cached("forstelarare")
def change_table(data: Dataset, params: allocation.Params, priority: tuple[str, ...] | None, lang: str) -> Table:
    """Per school: name, code, pupils, need, qualified teachers (estimate), posts before, after and the change;
    greatest gain first (ties in unit-id order). A school under the small-number rule in the year shows its
    statistics (pupils, need, qualified teachers) as "för få"; its posts are decisions and stay."""
    tb = simulation(data, params, priority).simulation.table
    frame = pd.DataFrame({
        "school_name": tb["name"].to_numpy(), "school_id": tb.index, "pupils": tb["pupils"].to_numpy(),
        "need_index": tb["need_index"].round(1).to_numpy(), "eligible": tb["eligible"].to_numpy(),
        "before": tb["before"].to_numpy(), "after": tb["after"].to_numpy(), "change": tb["change"].to_numpy(),
    }).sort_values("change", ascending=False, kind="mergesort")
    hidden = suppression.small_units(data.year_frame(params.year), data.unit_column)
    frame = suppression.for_people(frame, lang, suppression.mask_of(frame, "school_id", hidden),
                                   decisions=("before", "after", "change"))
    labels = {"school_name": column_label("school_name", lang), "school_id": column_label("school_id", lang),
              "pupils": column_label("pupils", lang), "need_index": column_label("need_index", lang),
              "eligible": t("forstelarare.col.eligible", lang), "before": t("forstelarare.col.before", lang),
              "after": t("forstelarare.col.after", lang), "change": t("forstelarare.col.change", lang)}
    return Table.of(frame.rename(columns=labels))


def caption(source: str, lang: str) -> str:
    """The line under the metrics: the data's source and what the simulation cannot tell."""
    return t("forstelarare.caption", lang, source=inert(source), note=t("forstelarare.no_effects", lang))


def file_name(params: allocation.Params) -> str:
    """The name of the screen's downloads (map, table): "forstelarare-2024"."""
    return f"forstelarare-{params.year}"


def tradeoffs(lang: str) -> str:
    """The trade-offs to weigh (lock-in, zero sum between municipalities, no assignment) as a Markdown list."""
    return "\n".join(f"- {t(key, lang)}" for key in TRADEOFFS)


def scenario(data: Dataset, view: Result, name: str, group: str, lang: str,
             public: bool = False) -> scenarios.Scenario:
    """The scenario to save or share: the rule, the name (the default name when empty), the group, the data's
    fingerprint and the figures the workshop compares. `public`: for storage in public mode, where nothing
    written in a visitor's upload is kept — a scenario made from an upload has no organiser (its figures and the
    fingerprint, a hash, are numbers, not the file's text)."""
    params = view.outcome.simulation.params
    if public and data.source.kind == "upload":
        params = replace(params, organizer=None)
    return scenarios.Scenario(name.strip() or t("forstelarare.this_scenario", lang), params, group.strip(),
                              data.fingerprint, dict(view.summary))

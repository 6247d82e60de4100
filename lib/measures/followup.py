"""Following interventions up: the chosen indicator at the intervention's schools the year before it started
and in the latest year up to its end, beside comparable schools (the same need quartile the year before the
start, with no intervention of their own in the window) over the same years. A description, not a causal
estimate ("svårt att isolera effekter").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from lib.dataset import Dataset
from lib.measures import indicators
from lib.store.interventions import Intervention


@dataclass(frozen=True)
class FollowUp:
    """One intervention's figures: years, its schools' value before/after, the comparison schools' value."""

    intervention_id: str
    schools: list[str]
    start_year: int
    before_year: int
    after_year: int | None
    before: float | None
    after: float | None
    comparison_units: int
    comparison_before: float | None
    comparison_after: float | None


def _value(data: Dataset, ids: set[str], year: int, indicator: str) -> float | None:
    """The indicator over the units `ids` in one school year (None when none of them has it)."""
    rows = data.year_frame(year)
    part = rows[rows["school_id"].astype(str).isin(ids)]
    value = indicators.group_value(part, indicator) if len(part) else float("nan")
    return None if pd.isna(value) else float(value)


def window(data: Dataset, item: Intervention) -> tuple[int, int | None]:
    """(before year, after year): the year before the start, and the latest year in the data up to the end
    (or the latest year when the intervention has not ended); after is None when no such year is in the data."""
    years = data.school_years
    last = item.end_year if item.end_year is not None else (years[-1] if years else item.start_year)
    return item.start_year - 1, max([y for y in years if item.start_year <= y <= last], default=None)


def comparison_ids(data: Dataset, item: Intervention, all_items: Sequence[Intervention],
                   profiles: pd.Series | None = None) -> set[str]:
    """Comparable schools: the same need quartile (or profile) as the intervention's schools in the year
    before the start, without an intervention of their own running in the window."""
    before_year, after_year = window(data, item)
    base = data.year_frame(before_year)
    if after_year is None or base.empty:
        return set()
    ids = base["school_id"].astype(str)
    if profiles is not None:
        group = ids.map(profiles)
    elif "need_index" in base:
        group = indicators.quartiles(base["need_index"], base["school_id"])
    else:
        return set()
    targets = set(group[ids.isin(item.schools)].dropna().tolist())
    busy: set[str] = set()
    for other in all_items:
        other_end = other.end_year if other.end_year is not None else 10_000
        if other.start_year <= after_year and other_end >= before_year:
            busy |= set(other.schools)
    return set(ids[group.isin(targets).fillna(False).astype(bool)]) - set(item.schools) - busy


def follow_up(data: Dataset, item: Intervention, all_items: Sequence[Intervention],
              indicator: str = "qualified_share", profiles: pd.Series | None = None) -> FollowUp:
    """The intervention's schools and the comparison schools, before and after (see `window`)."""
    before_year, after_year = window(data, item)
    schools = set(item.schools)
    comparison = comparison_ids(data, item, all_items, profiles)
    return FollowUp(item.intervention_id, sorted(schools), item.start_year, before_year, after_year,
                    _value(data, schools, before_year, indicator),
                    _value(data, schools, after_year, indicator) if after_year is not None else None,
                    len(comparison),
                    _value(data, comparison, before_year, indicator) if comparison else None,
                    _value(data, comparison, after_year, indicator) if comparison and after_year else None)


def series(data: Dataset, item: Intervention, comparison: set[str], indicator: str) -> pd.DataFrame:
    """Per school year: the intervention's schools and the comparison schools (for the chart)."""
    rows = [{"school_year": y, "schools": _value(data, set(item.schools), y, indicator),
             "comparison": _value(data, comparison, y, indicator) if comparison else None}
            for y in data.school_years]
    return pd.DataFrame(rows, columns=["school_year", "schools", "comparison"])


@dataclass(frozen=True)
class Overview:
    """All interventions: counts by type and targeting, how many reach high-need schools, money to them."""

    by_type: pd.Series
    by_targeting: pd.Series
    reaching_high_need: int
    total: int
    money_high_need_share: float | None  # percent of the cost that goes to high-need schools


def overview(data: Dataset, items: Sequence[Intervention]) -> Overview:
    """High need = need quartile 4 in the year before the intervention's start. An intervention's cost is split
    evenly over its schools."""
    types = pd.Series([i.type for i in items], dtype="object").value_counts()
    targeting = pd.Series([i.targeting for i in items], dtype="object").value_counts()
    reaching, money_high, money_all = 0, 0.0, 0.0
    for item in items:
        base = data.year_frame(item.start_year - 1)
        if base.empty or "need_index" not in base:
            continue
        q = indicators.quartiles(base["need_index"], base["school_id"])
        high = set(base["school_id"].astype(str)[(q == 4).fillna(False).astype(bool)])
        n_high = len(set(item.schools) & high)
        reaching += n_high > 0
        if item.cost_sek:
            money_all += item.cost_sek
            money_high += item.cost_sek * n_high / len(item.schools)
    return Overview(types, targeting, reaching, len(items), 100 * money_high / money_all if money_all else None)

"""Placing förstelärare posts: weights per school from pupils and need, integer apportionment by a divisor
method (Sainte-Laguë by default, the Swedish "jämkade uddatalsmetoden", D'Hondt) or largest remainder, under
minimum/maximum constraints and never more posts than eligible teachers. Deterministic: ties go to the
larger weight, then the lower unit id.

Costs follow the state grant for career posts: a supplement per month (pott 1: at least 5 000 kr, pott 2: at
least 10 000 kr; Skolverket, "Statsbidrag för karriärtjänster") × 12 × an employer-cost factor (an assumption
the user sets; about 1,4–1,45 with payroll taxes and pension). A budget is never overspent: each school's post
costs its own supplement (pott 2 schools the pott-2 one), posts are placed in the method's order only where
the budget left pays for them, and what is left unspent is reported (`apportion_within`).
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd

from lib import schema
from lib.messages import Message

Method = Literal["sainte-lague", "jamkad", "dhondt", "largest-remainder"]
Mode = Literal["redistribute", "add", "move"]
METHODS: tuple[Method, ...] = ("sainte-lague", "jamkad", "dhondt", "largest-remainder")
MODES: tuple[Mode, ...] = ("redistribute", "add", "move")
SUPPLEMENT_POTT1_SEK = 5_000  # per month, at least (Skolverket, statsbidrag för karriärtjänster)
SUPPLEMENT_POTT2_SEK = 10_000  # per month, at least, schools with "särskilt svåra förutsättningar"
EMPLOYER_COST_FACTOR = 1.42  # assumption: payroll taxes and pension on top of the supplement
GRANT_SOURCE = "Skolverket: Statsbidrag för karriärtjänster (bidragspott 1 och 2)"


class AllocationError(ValueError):
    """The constraints cannot all hold; `message` says which one."""

    def __init__(self, message: Message):
        super().__init__(message)
        self.message = message


def divisor(method: Method, seats: np.ndarray | int) -> np.ndarray | float:
    """The divisor for a unit that already holds `seats`: Sainte-Laguë 2s+1 (1, 3, 5, …); jämkad the same
    but 1.2 for the first seat; D'Hondt s+1 (1, 2, 3, …)."""
    s = np.asarray(seats, dtype=float)
    if method == "dhondt":
        return s + 1
    d = 2 * s + 1
    if method == "jamkad":
        d = np.where(s == 0, 1.2, d)
    return d


def _divisor_apportion(weights: np.ndarray, total: int, method: Method, lower: np.ndarray,
                       upper: np.ndarray) -> np.ndarray:
    """Seats from `lower` upwards, one at a time to the highest quotient weight/divisor(seats) among units
    below their upper bound. Ties: larger weight, then lower position (positions are sorted by unit id)."""
    seats = lower.astype(np.int64).copy()
    remaining = total - int(seats.sum())
    heap = [(-(w / divisor(method, int(s))), -w, i) for i, (w, s, u) in enumerate(zip(weights, seats, upper,
                                                                                         strict=True))
            if s < u and w > 0]
    heapq.heapify(heap)
    while remaining > 0 and heap:
        _, neg_w, i = heapq.heappop(heap)
        seats[i] += 1
        remaining -= 1
        if seats[i] < upper[i]:
            heapq.heappush(heap, (-(weights[i] / divisor(method, int(seats[i]))), neg_w, i))
    if remaining > 0:  # only units with zero weight can take the rest: spread them in id order
        for i in np.argsort(-weights, kind="mergesort"):
            while remaining > 0 and seats[i] < upper[i]:
                seats[i] += 1
                remaining -= 1
    return seats


def _largest_remainder(weights: np.ndarray, total: int, lower: np.ndarray, upper: np.ndarray) -> np.ndarray:
    """Hamilton's method with bounds: quotas λ·w clipped to the bounds with λ found by bisection so the
    clipped quotas sum to the total; floors first, then the largest remainders (ties: weight, then id)."""
    lo_f, up_f = lower.astype(float), upper.astype(float)

    def clipped(lam: float) -> np.ndarray:
        return np.clip(lam * weights, lo_f, up_f)

    a, b = 0.0, 1.0
    while clipped(b).sum() < total and b < 1e18:
        b *= 2
    for _ in range(200):
        mid = (a + b) / 2
        if clipped(mid).sum() < total:
            a = mid
        else:
            b = mid
    quota = clipped(b)
    seats = np.floor(quota + 1e-9).astype(np.int64)
    seats = np.clip(seats, lower, upper)
    remaining = total - int(seats.sum())
    remainder = quota - seats
    order = sorted(range(len(weights)), key=lambda i: (-remainder[i], -weights[i], i))
    while remaining > 0 and (seats < upper).any():  # one pass gives each unit at most one seat: with weights
        for i in order:                               # that are all zero, the quotas leave more than n seats over
            if remaining <= 0:
                break
            if seats[i] < upper[i]:
                seats[i] += 1
                remaining -= 1
    for i in reversed(order):  # λ bisection may overshoot by rounding: take back from the smallest remainders
        if remaining >= 0:
            break
        if seats[i] > lower[i]:
            seats[i] -= 1
            remaining += 1
    return seats


def apportion(weights: np.ndarray, total: int, method: Method = "sainte-lague", lower: np.ndarray | None = None,
              upper: np.ndarray | None = None) -> np.ndarray:
    """Integer posts per unit summing to `total`, each within [lower, upper]. Units must come sorted by id
    (ties are broken by position). Raises AllocationError when the bounds make the total impossible."""
    w = np.asarray(weights, dtype=float)
    n = len(w)
    lo = np.zeros(n, dtype=np.int64) if lower is None else np.asarray(lower, dtype=np.int64)
    up = np.full(n, np.iinfo(np.int64).max // 4, dtype=np.int64) if upper is None else np.asarray(upper,
                                                                                                   dtype=np.int64)
    if np.any(w < 0) or not np.all(np.isfinite(w)):
        raise AllocationError(Message("forstelarare.bad_weights", {}, "error"))
    if total < 0:
        raise AllocationError(Message("forstelarare.negative_total", {"total": total}, "error"))
    if int(lo.sum()) > total:
        raise AllocationError(Message("forstelarare.min_too_high", {"need": int(lo.sum()), "total": total}, "error"))
    if int(np.minimum(up, total).sum()) < total:
        raise AllocationError(Message("forstelarare.max_too_low", {"room": int(up.sum()), "total": total}, "error"))
    if method == "largest-remainder":
        return _largest_remainder(w, total, lo, up)
    return _divisor_apportion(w, total, method, lo, up)


def _annual(monthly: float, factor: float) -> float:
    """A monthly sum of supplements as a yearly cost: × 12 × the employer-cost factor (one expression, so the
    budget check and `annual_cost` multiply in the same order and agree to the last bit)."""
    return float(monthly * 12 * factor)


def _over_budget(lower: np.ndarray, monthly: np.ndarray, budget_sek: float, factor: float) -> float | None:
    """The yearly cost of the posts the bounds require when it exceeds the budget, else None."""
    cost = _annual(float((lower * monthly).sum()), factor)
    return cost if cost > budget_sek else None


def apportion_within(weights: np.ndarray, monthly: np.ndarray, budget_sek: float, factor: float,
                     method: Method = "sainte-lague", lower: np.ndarray | None = None,
                     upper: np.ndarray | None = None) -> np.ndarray:
    """Integer posts per unit, each within [lower, upper], whose yearly cost Σ posts × monthly supplement × 12 ×
    `factor` never exceeds `budget_sek`; each unit's post costs its own supplement (`monthly`).

    Divisor methods: from `lower`, the next post goes to the highest quotient weight/divisor(posts) among the
    units below their upper bound whose post the budget left still pays for (a unit the budget can no longer
    pay for drops out: the budget only shrinks) — the method's own order, cut where the money runs out, so
    what is left cannot pay for another post at any unit with room and weight. Largest remainder (not a
    sequence): the largest total whose apportionment fits the budget (bisection over the total). Units must come
    sorted by id. Raises AllocationError when `lower` alone costs more than the budget."""
    w = np.asarray(weights, dtype=float)
    n = len(w)
    s = np.asarray(monthly, dtype=float)
    lo = np.zeros(n, dtype=np.int64) if lower is None else np.asarray(lower, dtype=np.int64)
    up = np.full(n, np.iinfo(np.int64).max // 4, dtype=np.int64) if upper is None else np.asarray(upper,
                                                                                                   dtype=np.int64)
    if np.any(w < 0) or not np.all(np.isfinite(w)) or np.any(s < 0) or not np.all(np.isfinite(s)):
        raise AllocationError(Message("forstelarare.bad_weights", {}, "error"))
    if budget_sek < 0 or not math.isfinite(budget_sek):
        raise AllocationError(Message("forstelarare.negative_budget", {}, "error"))
    needed = _over_budget(lo, s, budget_sek, factor)
    if needed is not None:
        raise AllocationError(Message("forstelarare.min_over_budget", {
            "posts": int(lo.sum()), "cost": _msek_both(needed), "budget": _msek_both(budget_sek)}, "error"))
    if method == "largest-remainder":
        return _largest_remainder_within(w, s, budget_sek, factor, lo, up)
    seats = lo.copy()
    spent = float((seats * s).sum())  # monthly; exact for whole-krona supplements

    def quotient(i: int) -> float:
        return w[i] / float(divisor(method, int(seats[i])))

    heap = [(-quotient(i), -w[i], i) for i in range(n) if seats[i] < up[i] and w[i] > 0]
    heapq.heapify(heap)
    while heap:
        _, neg_w, i = heapq.heappop(heap)
        if _annual(spent + s[i], factor) > budget_sek:
            continue  # the budget left cannot pay for this unit's post, now or later
        seats[i] += 1
        spent += s[i]
        if seats[i] < up[i]:
            heapq.heappush(heap, (-quotient(i), neg_w, i))
    return seats


def _largest_remainder_within(w: np.ndarray, s: np.ndarray, budget_sek: float, factor: float, lo: np.ndarray,
                              up: np.ndarray) -> np.ndarray:
    """Largest remainder under a budget: the largest total T whose bounded apportionment costs at most the
    budget, found by bisection between Σ lower (which fits) and what the cheapest post could at most add; only
    a total whose apportionment was seen to fit is kept, so the result never overspends."""
    room = (up > lo) & (w > 0)  # as with the divisor methods, a unit without weight gets no post beyond its lower
    if not room.any():          # bound
        return lo.copy()
    cheapest = float(s[room].min())
    most = int(lo.sum()) + int(np.minimum(up - lo, 10**9)[room].sum())
    if cheapest > 0:
        left = budget_sek - _annual(float((lo * s).sum()), factor)
        most = min(most, int(lo.sum()) + math.floor(left / _annual(cheapest, factor) + 1e-9))

    def fits(total: int) -> np.ndarray | None:
        seats = _largest_remainder(w, total, lo, up)
        return seats if _annual(float((seats * s).sum()), factor) <= budget_sek else None

    best_total, best = int(lo.sum()), lo.copy()
    a, b = best_total, most
    while a < b:
        mid = (a + b + 1) // 2
        seats = fits(mid)
        if seats is not None:
            a, best_total, best = mid, mid, seats
        else:
            b = mid - 1
    return best


def _msek_both(value: float) -> dict[str, str]:
    """A yearly cost in millions of kronor in both languages, for a message's parameters ("{cost[sv]}")."""
    from lib.i18n import LANGS, fmt_msek

    return {lang: fmt_msek(value, lang) for lang in LANGS}


def eligible_teachers(frame: pd.DataFrame) -> pd.Series:
    """Teachers who could hold a post: ⌊FTE × share qualified / 100⌋ (an estimate; no count is published)."""
    fte = pd.to_numeric(frame.get("teacher_fte"), errors="coerce") if "teacher_fte" in frame else None
    share = pd.to_numeric(frame.get("qualified_share"), errors="coerce") if "qualified_share" in frame else None
    if fte is None or share is None:
        return pd.Series(np.iinfo(np.int32).max, index=frame.index)
    estimate = np.floor(fte * share / 100)
    return estimate.fillna(0).astype(np.int64)


@dataclass(frozen=True)
class Params:
    """Everything a simulation needs besides the data; plain values so a scenario can be stored and shared."""

    year: int
    posts: int | None = None  # the total after the simulation
    budget_sek: float | None = None  # alternatively: an annual budget
    alpha: float = 1.0
    mode: Mode = "redistribute"
    max_move: int = 2
    min_per_school: int = 0
    max_per_school: int = 50
    method: Method = "sainte-lague"
    organizer: str | None = None
    priority_profiles: tuple[int, ...] = ()
    priority_flag: bool = False
    priority_factor: float = 1.5
    low_qualification_factor: float = 1.0
    supplement_sek: float = SUPPLEMENT_POTT1_SEK
    supplement_pott2_sek: float = SUPPLEMENT_POTT2_SEK
    employer_cost_factor: float = EMPLOYER_COST_FACTOR
    hold_pott2: bool = False


def monthly_supplements(index: pd.Index, pott2: pd.Series | None, params: Params) -> pd.Series:
    """Each unit's supplement per month and post: the pott-2 supplement at pott 2 schools, else the pott-1 one."""
    supplement = pd.Series(params.supplement_sek, index=index, dtype=float)
    if pott2 is not None:
        supplement = supplement.where(~pott2.reindex(index).fillna(False).astype(bool), params.supplement_pott2_sek)
    return supplement


def annual_cost(posts: pd.Series, pott2: pd.Series | None, params: Params) -> float:
    """Σ posts × supplement (pott 2 schools: the pott-2 supplement) × 12 × employer-cost factor."""
    supplement = monthly_supplements(posts.index, pott2, params)
    return _annual(float((posts * supplement).sum()), params.employer_cost_factor)


def weights(units: pd.DataFrame, params: Params, priority: pd.Series | None = None) -> pd.Series:
    """pupils × (need/100)^α × priority factor (chosen profiles or flag) × low-qualification factor (units below
    the group's qualified share, weighted by teacher FTE as everywhere: Σ share·FTE / Σ FTE). A missing need index
    counts as 100 (neutral)."""
    pupils = pd.to_numeric(units["pupils"], errors="coerce").fillna(0).clip(lower=0)
    need = pd.to_numeric(units.get("need_index"), errors="coerce") if "need_index" in units else None
    need = (need if need is not None else pd.Series(100.0, index=units.index)).fillna(100.0).clip(lower=1.0)
    w = pupils * (need / 100.0) ** params.alpha
    if priority is not None and params.priority_factor != 1:
        w = w * np.where(priority.reindex(units.index).fillna(False).astype(bool), params.priority_factor, 1.0)
    if params.low_qualification_factor != 1 and "qualified_share" in units:
        from lib.measures import indicators

        share = pd.to_numeric(units["qualified_share"], errors="coerce")
        group = indicators.group_value(units, "qualified_share")
        w = w * np.where(share < group, params.low_qualification_factor, 1.0)
    return w.astype(float)


@dataclass
class Simulation:
    """The result: per-unit before/after and the totals, with the messages to show."""

    table: pd.DataFrame  # unit id (index, sorted) → name, pupils, need_index, weight, eligible, before, after, change
    params: Params
    posts_total: int
    cost_before: float
    cost_after: float
    warnings: list[Message] = field(default_factory=list)
    budget: float | None = None  # the yearly budget the posts were placed within (None: a number of posts)

    @property
    def unspent(self) -> float | None:
        """What is left of the budget (None without one); never negative."""
        return None if self.budget is None else self.budget - self.cost_after

    @property
    def posts_before(self) -> int:
        """Today's posts at the simulated units."""
        return int(self.table["before"].sum())

    @property
    def moved(self) -> int:
        """Posts that change school: the sum of the gains (each moved post is one unit's gain)."""
        return int(self.table["change"].clip(lower=0).sum())


def simulate(frame: pd.DataFrame, params: Params, unit_column: str = "school_id",
             priority: pd.Series | None = None) -> Simulation:
    """Place the posts of one school year (optionally one organiser's schools) by the rule in `params`."""
    sub = schema.year_rows(frame, params.year)
    if params.organizer and "organizer" in sub:
        sub = sub[sub["organizer"] == params.organizer]
    sub = sub.drop_duplicates(unit_column)
    sub = sub.assign(_unit=sub[unit_column].astype(str)).sort_values("_unit").set_index("_unit")
    if sub.empty:
        raise AllocationError(Message("forstelarare.no_units", {}, "error"))
    warnings: list[Message] = []
    before = pd.to_numeric(sub.get("first_teachers"), errors="coerce") if "first_teachers" in sub else None
    if before is None or before.isna().all():
        before = pd.Series(0, index=sub.index)
        warnings.append(Message("forstelarare.no_current", {}, "warning"))
    before = before.fillna(0).round().astype(np.int64)
    pott2 = sub["pott2"].astype("boolean") if "pott2" in sub else None
    w = weights(sub, params, priority)
    if "need_index" not in sub or sub["need_index"].isna().any():
        missing = int(sub["need_index"].isna().sum()) if "need_index" in sub else len(sub)
        warnings.append(Message("forstelarare.need_missing", {"n": missing}, "warning"))
    eligible = eligible_teachers(sub)
    upper = np.minimum(eligible.to_numpy(), params.max_per_school)
    lower = np.full(len(sub), params.min_per_school, dtype=np.int64)
    short = lower > upper
    if short.any():
        warnings.append(Message("forstelarare.min_above_eligible", {"n": int(short.sum())}, "warning"))
        lower = np.minimum(lower, upper)
    if params.mode == "add":
        lower = np.maximum(lower, before.to_numpy())
        upper = np.maximum(upper, before.to_numpy())  # today's posts are kept even above the estimate
    elif params.mode == "move":
        lower = np.maximum(lower, before.to_numpy() - params.max_move)
        upper = np.minimum(upper, before.to_numpy() + params.max_move)
        upper = np.maximum(upper, lower)
    fixed = pd.Series(False, index=sub.index)
    if params.hold_pott2 and pott2 is not None:
        fixed = pott2.fillna(False).astype(bool)
        lower = np.where(fixed, before.to_numpy(), lower)
        upper = np.where(fixed, before.to_numpy(), upper)
    budget = params.budget_sek if params.posts is None else None
    if budget is not None:
        monthly = monthly_supplements(sub.index, pott2, params).to_numpy()
        today = _over_budget(before.to_numpy(), monthly, budget, params.employer_cost_factor)
        if params.mode == "add" and today is not None:
            raise AllocationError(Message("forstelarare.add_over_budget", {
                "today": int(before.sum()), "cost": _msek_both(today), "budget": _msek_both(budget)}, "error"))
        after = apportion_within(w.to_numpy(), monthly, budget, params.employer_cost_factor, params.method, lower,
                                 upper)
    else:
        total = int(before.sum()) if params.posts is None else int(params.posts)
        if params.mode == "add" and total < int(before.sum()):
            raise AllocationError(Message("forstelarare.add_below_today", {"total": total,
                                                                            "today": int(before.sum())}, "error"))
        after = apportion(w.to_numpy(), total, params.method, lower, upper)
    table = pd.DataFrame({
        "name": sub["school_name"].astype("string") if "school_name" in sub else sub.index.to_series(),
        "pupils": pd.to_numeric(sub["pupils"], errors="coerce"),
        "need_index": pd.to_numeric(sub["need_index"], errors="coerce") if "need_index" in sub else np.nan,
        "weight": w, "eligible": eligible, "fixed": fixed, "before": before, "after": after,
    }, index=sub.index)
    table["change"] = table["after"] - table["before"]
    return Simulation(table, params, int(table["after"].sum()), annual_cost(table["before"], pott2, params),
                      annual_cost(table["after"], pott2, params), warnings, budget)


def as_frame(sim: Simulation, frame: pd.DataFrame, unit_column: str = "school_id") -> pd.DataFrame:
    """The simulated year of `frame` with `first_teachers` replaced by the allocation (other years dropped),
    so the equity measures can be computed after as before with the same functions."""
    sub = schema.year_rows(frame, sim.params.year).copy()
    ids = sub[unit_column].astype(str)
    sub = sub[ids.isin(sim.table.index)]
    sub["first_teachers"] = sub[unit_column].astype(str).map(sim.table["after"]).astype(float)
    from lib.schema import safe_divide

    sub["first_teachers_per_100_pupils"] = safe_divide(sub["first_teachers"], sub["pupils"], 100.0)
    return sub


@dataclass(frozen=True)
class Metrics:
    """Equity of the förstelärare distribution: per 100 pupils by need quartile, gap, CI, share of posts in Q4."""

    per_100_pupils: float
    q1: float | None
    q4: float | None
    gap: float | None
    concentration_index: float
    share_of_posts_in_q4: float | None  # percent


def metrics(frame: pd.DataFrame, year: int, unit_column: str = "school_id") -> Metrics:
    """The measures of the equity screen applied to förstelärare per 100 pupils in one year."""
    from lib.measures import indicators
    from lib.schema import safe_divide

    ind = "first_teachers_per_100_pupils"
    frame = schema.year_rows(frame, year).copy()
    for col in ("first_teachers", "pupils"):  # a file without them: no posts to count, never a KeyError
        if col not in frame:
            frame[col] = float("nan")
    frame[ind] = safe_divide(frame["first_teachers"], frame["pupils"], 100.0)
    table = indicators.need_quartiles(frame, ind, year, unit_column)
    values = table.rows.set_index("q")["value"]
    sub = frame  # already the one year
    conc = indicators.concentration(frame, ind, year)
    q = indicators.quartiles(sub["need_index"], sub[unit_column]) if "need_index" in sub else None
    posts = pd.to_numeric(sub["first_teachers"], errors="coerce")
    share_q4 = None
    if q is not None and posts.sum() > 0:
        share_q4 = float(100 * posts[(q == 4).fillna(False).astype(bool)].sum() / posts.sum())

    def clean(x: object) -> float | None:
        return None if x is None or pd.isna(x) else float(x)

    return Metrics(indicators.group_value(sub, ind), clean(values.get(1)), clean(values.get(4)), clean(table.gap),
                   conc.ci, share_q4)


def before_after(sim: Simulation, frame: pd.DataFrame, unit_column: str = "school_id") -> tuple[Metrics, Metrics]:
    """The metrics of today's distribution and of the simulated one, on the same schools."""
    today = schema.year_rows(frame, sim.params.year)
    today = today[today[unit_column].astype(str).isin(sim.table.index)]
    return metrics(today, sim.params.year, unit_column), metrics(as_frame(sim, frame, unit_column), sim.params.year,
                                                                  unit_column)


def summary_sentence(sim: Simulation, before: Metrics, after: Metrics, name: str, lang: str) -> str:
    """"Scenario B flyttar 14 tjänster; i kvartil 4 går förstelärarna från 0,7 till 1,1 per 100 elever, mot
    0,9 i snitt; kostnaden ökar med 1,2 mnkr per år (79,6 mnkr av 80,0 mnkr; 0,4 mnkr kvar)." — the plain-language
    summary of a scenario; the part in brackets only when the posts were placed within a budget."""
    return summary_words(name, sim.moved, before.q4, after.q4, after.per_100_pupils, sim.cost_after - sim.cost_before,
                         lang, cost_after=sim.cost_after, budget=sim.budget)


def summary_words(name: str, moved: float | None, q4_before: float | None, q4_after: float | None,
                  mean_after: float | None, cost_change: float | None, lang: str, *, cost_after: float | None = None,
                  budget: float | None = None) -> str:
    """The summary sentence from its figures (a simulation's, or a saved scenario's stored ones); with a budget
    (and the cost after) it says the cost against the budget and what is left."""
    from lib.i18n import fmt_int, fmt_msek, fmt_number, t

    delta = cost_change or 0.0
    cost_key = "forstelarare.summary_cost_up" if delta > 0 else "forstelarare.summary_cost_down" if delta < 0 else \
        "forstelarare.summary_cost_same"
    against = ""
    if budget is not None and cost_after is not None:
        against = t("forstelarare.summary_budget", lang, cost=fmt_msek(cost_after, lang), budget=fmt_msek(budget, lang),
                    left=fmt_msek(budget - cost_after, lang))
    n = int(moved or 0)
    posts = t("forstelarare.posts_one" if n == 1 else "forstelarare.posts_many", lang, n=fmt_int(n, lang))
    return t("forstelarare.summary", lang, name=name, moved=posts, q4_before=fmt_number(q4_before, lang, 2),
             q4_after=fmt_number(q4_after, lang, 2), mean=fmt_number(mean_after, lang, 2)) + " " + \
        t(cost_key, lang, amount=fmt_msek(abs(delta), lang), budget=against)

"""The equity measures of the design ("Measures"): need quartiles, weighted group values, gap and ratio,
the concentration index with Erreygers' correction, deviation from the organiser's average, and the share
of high-need units below it — per school year, per organiser and over time.

Group values are ratios of sums over each indicator's natural denominator, never means of unit ratios.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib import schema

# Indicators whose value for a group is Σ numerator / Σ denominator · scale (numerator, denominator, scale).
RATIO_OF_SUMS: dict[str, tuple[str, str, float]] = {
    "pupils_per_teacher": ("pupils", "teacher_fte", 1.0),
    "first_teachers_per_100_pupils": ("first_teachers", "pupils", 100.0),
    "first_teachers_per_100_teachers": ("first_teachers", "teachers", 100.0),
}
# Quartiles within an organiser need at least this many units with need and value (fewer: "för få").
ORGANIZER_MIN_UNITS = 8




def display_names(frame: pd.DataFrame, level: str) -> pd.Series:
    """A readable name per row (index as `frame`): the school's name, or its code where the name is missing;
    for municipality-level data the municipality's name, or its code."""
    name, code = ("school_name", "school_id") if level == "school" else ("municipality_name", "municipality_code")
    names = frame[name] if name in frame else pd.Series(pd.NA, index=frame.index)
    return names.astype("string").fillna(frame[code].astype("string"))


def weight_column(indicator: str) -> str | None:
    """The natural weight of an indicator (teacher FTE for teacher shares, pupils for pupil measures)."""
    spec = schema.BY_NAME.get(indicator)
    return spec.weight if spec is not None else None


def is_burden(indicator: str) -> bool:
    """More of a burden indicator (pupils per teacher, turnover) is worse for pupils."""
    spec = schema.BY_NAME.get(indicator)
    return spec is not None and spec.role == "burden"


def group_values(frame: pd.DataFrame, indicator: str, by: list[pd.Series]) -> pd.Series:
    """The value of `indicator` for every group of `frame` defined by the key series `by` (vectorised).

    Rates: Σ numerator / Σ denominator · scale (e.g. Σ pupils / Σ FTE), over units that have both.
    Shares, experience, turnover: Σ FTE·x / Σ FTE; pupil measures: Σ pupils·x / Σ pupils. A group whose
    weight column is empty gets the plain mean. NaN for a group without values.
    """
    values = pd.to_numeric(frame[indicator], errors="coerce").astype(float)
    plain = values.groupby(by, sort=False).mean()
    result = pd.Series(np.nan, index=plain.index)
    if indicator in RATIO_OF_SUMS:
        num, den, scale = RATIO_OF_SUMS[indicator]
        if indicator == "first_teachers_per_100_teachers" and (den not in frame or frame[den].isna().all()):
            den = "teacher_fte"
        if num in frame and den in frame:
            both = frame[num].notna() & frame[den].notna() & values.notna()
            n_sum = frame[num].astype(float).where(both).groupby(by, sort=False).sum(min_count=1)
            d_sum = frame[den].astype(float).where(both).groupby(by, sort=False).sum(min_count=1)
            result = (n_sum / d_sum.where(d_sum > 0) * scale).reindex(plain.index)
    weight = weight_column(indicator)
    if weight == "teachers" and (weight not in frame or frame[weight].isna().all()):
        weight = "teacher_fte"
    if weight is None or weight not in frame:
        return result.fillna(plain)
    w = pd.to_numeric(frame[weight], errors="coerce").astype(float)
    ok = values.notna() & w.notna() & (w > 0)
    wx = (values * w).where(ok).groupby(by, sort=False).sum(min_count=1)
    ws = w.where(ok).groupby(by, sort=False).sum(min_count=1)
    weighted = (wx / ws.where(ws > 0)).reindex(plain.index)
    has_weight = w.notna().groupby(by, sort=False).any().reindex(plain.index)
    fallback = weighted.where(has_weight, plain)
    return result.fillna(fallback)


def group_value(frame: pd.DataFrame, indicator: str) -> float:
    """One group's value of `indicator` (the rules of `group_values`). NaN when no unit has a value."""
    if frame.empty or indicator not in frame:
        return math.nan
    out = group_values(frame, indicator, [pd.Series(0, index=frame.index)])
    return float(out.iloc[0]) if len(out) else math.nan


def quartiles(need: pd.Series, unit_ids: pd.Series) -> pd.Series:
    """Need quartile 1–4 of each unit: sort by (need, unit id); unit i of n (0-based) → ⌊4i/n⌋ + 1.

    Units without a need value get <NA>. Q1 is the lowest need.
    """
    order = pd.DataFrame({"need": pd.to_numeric(need, errors="coerce").to_numpy(),
                          "unit": unit_ids.astype(str).to_numpy(), "pos": np.arange(len(need))})
    ranked = order.dropna(subset=["need"]).sort_values(["need", "unit"], kind="mergesort")
    n = len(ranked)
    out = pd.Series(pd.NA, index=need.index, dtype="Int64")
    if n == 0:
        return out
    q = (4 * np.arange(n)) // n + 1
    out.iloc[ranked["pos"].to_numpy()] = q
    return out


@dataclass(frozen=True)
class QuartileTable:
    """An indicator by need quartile in one school year, with gap Q4−Q1, ratio Q4/Q1 and the left-out count."""

    indicator: str
    year: int
    rows: pd.DataFrame  # q, units, pupils, need, value
    gap: float | None
    ratio: float | None
    left_out: int  # units lacking the need index or the indicator


def need_quartiles(frame: pd.DataFrame, indicator: str, year: int, unit_column: str,
                   need_column: str = "need_index") -> QuartileTable:
    """Units of `year` with both need and indicator, split into need quartiles; each quartile's value."""
    sub = schema.year_rows(frame, year)
    usable = sub[sub[need_column].notna() & sub[indicator].notna()] if indicator in sub else sub.iloc[0:0]
    left_out = len(sub) - len(usable)
    q = quartiles(usable[need_column], usable[unit_column])
    rows = []
    for k in (1, 2, 3, 4):
        part = usable[q == k]
        rows.append({"q": k, "units": len(part),
                     "pupils": float(part["pupils"].sum()) if "pupils" in part else math.nan,
                     "need": group_value(part, need_column) if len(part) else math.nan,
                     "value": group_value(part, indicator) if len(part) else math.nan})
    table = pd.DataFrame(rows)
    q1, q4 = table.loc[0, "value"], table.loc[3, "value"]
    gap = float(q4 - q1) if pd.notna(q1) and pd.notna(q4) else None
    ratio = float(q4 / q1) if gap is not None and q1 != 0 else None
    return QuartileTable(indicator, year, table, gap, ratio, left_out)


def fractional_rank(need: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Weighted fractional rank: (weight of units with lower need + half the weight of units with the same
    need) / total weight. Ties share their average rank."""
    total = weights.sum()
    order = np.argsort(need, kind="mergesort")
    sorted_need, sorted_w = need[order], weights[order]
    uniq, start = np.unique(sorted_need, return_index=True)
    tie_w = np.add.reduceat(sorted_w, start)
    before = np.concatenate([[0.0], np.cumsum(tie_w)[:-1]])
    rank_of = dict(zip(uniq.tolist(), ((before + tie_w / 2) / total).tolist(), strict=True))
    return np.array([rank_of[x] for x in need.tolist()])


def concentration_index(values: pd.Series, need: pd.Series, weights: pd.Series) -> float:
    """Pupil-weighted concentration index of `values` over units ranked by ascending `need`.

    CI = 2·cov_w(y, R) / mean_w(y), R = weighted fractional rank (population covariance). Positive: more
    of the indicator where needs are greater. NaN with fewer than two units; ValueError when mean_w is 0.
    """
    frame = pd.DataFrame({"y": pd.to_numeric(values, errors="coerce"), "n": pd.to_numeric(need, errors="coerce"),
                          "w": pd.to_numeric(weights, errors="coerce")}).dropna()
    frame = frame[frame["w"] > 0]
    if len(frame) < 2:
        return math.nan
    y, n, w = frame["y"].to_numpy(float), frame["n"].to_numpy(float), frame["w"].to_numpy(float)
    mean = float(np.average(y, weights=w))
    if mean == 0:
        raise ValueError("the weighted mean is zero; the concentration index is undefined")
    r = fractional_rank(n, w)
    cov = float(np.average((y - mean) * (r - np.average(r, weights=w)), weights=w))
    return 2 * cov / mean


def erreygers(ci: float, mean: float, lower: float = 0.0, upper: float = 100.0) -> float:
    """Erreygers' corrected index for an indicator bounded by [a, b] = [lower, upper]: E = 4·μ·C / (b − a), with
    C the concentration index of the indicator and μ its weighted mean (Erreygers 2009).

    Since μ·C = 2·cov_w(y, R), E = 8·cov_w(y, R) / (b − a): moving the values and both bounds by the same amount
    leaves E unchanged. For shares stored 0–100 this is 4·μ·C/100.
    """
    return 4 * mean * ci / (upper - lower)


@dataclass(frozen=True)
class Concentration:
    """Concentration of an indicator over need in one year: CI, Erreygers' E (shares only), units used."""

    indicator: str
    year: int
    ci: float
    erreygers: float | None
    units: int


def concentration(frame: pd.DataFrame, indicator: str, year: int, need_column: str = "need_index") -> Concentration:
    """The concentration index of `indicator` in `year`, pupil-weighted (equal weights without pupils)."""
    sub = schema.year_rows(frame, year)
    weights = sub["pupils"] if "pupils" in sub and sub["pupils"].notna().any() else pd.Series(1.0, index=sub.index)
    usable = sub[indicator].notna() & sub[need_column].notna() & weights.notna() & (weights > 0)
    try:
        ci = concentration_index(sub.loc[usable, indicator], sub.loc[usable, need_column], weights[usable])
    except ValueError:
        ci = math.nan
    e = None
    spec = schema.BY_NAME.get(indicator)
    if spec is not None and spec.kind == "share" and not math.isnan(ci):
        mean = float(np.average(sub.loc[usable, indicator], weights=weights[usable]))
        e = erreygers(ci, mean)
    return Concentration(indicator, year, ci, e, int(usable.sum()))


def organizer_groups(frame: pd.DataFrame, level: str) -> pd.Series:
    """The comparison group of each unit: its organiser; a unit without one, its municipality's own schools,
    named as the municipal organiser is ("Växjö kommun"; "kommun 0780" without a name). Municipality-level
    units all compare with the dataset's whole."""
    if level != "school":
        return pd.Series("__all__", index=frame.index)
    org = frame["organizer"].astype("string") if "organizer" in frame else pd.Series(pd.NA, index=frame.index,
                                                                                      dtype="string")
    if "municipality_code" in frame:
        by_code = "kommun " + frame["municipality_code"].astype("string")
        if "municipality_name" in frame:
            by_code = (frame["municipality_name"].astype("string") + " kommun").fillna(by_code)
        org = org.fillna(by_code)
    elif org.isna().all():
        return pd.Series("__all__", index=frame.index)
    return org.fillna("__unknown__").astype(str)


def deviation_from_organizer(frame: pd.DataFrame, indicator: str, level: str) -> pd.DataFrame:
    """Each unit's value, its organiser's average in the same school year (ratio of sums over the organiser's
    units) and the deviation value − average. Columns: group, average, deviation (index as `frame`)."""
    groups = organizer_groups(frame, level)
    keys = [frame["school_year"].rename("y"), groups.rename("g")]
    per_group = group_values(frame, indicator, keys)
    averages = pd.Series(per_group.reindex(pd.MultiIndex.from_arrays(keys)).to_numpy(), index=frame.index)
    return pd.DataFrame({"group": groups, "average": averages,
                         "deviation": pd.to_numeric(frame[indicator], errors="coerce") - averages},
                        index=frame.index)


@dataclass(frozen=True)
class BelowShare:
    """Of the high-need units with a value, how many are on the worse side of their organiser's average."""

    indicator: str
    year: int
    below: int
    units: int
    share: float | None  # percent; None without units


def share_below_organizer(frame: pd.DataFrame, indicator: str, year: int, level: str, unit_column: str,
                          high_need: pd.Series | None = None) -> BelowShare:
    """The share (%) of high-need units (need quartile 4, or the given mask such as a challenge profile)
    whose value is below their organiser's average — above it for burden indicators (worse for pupils)."""
    sub = schema.year_rows(frame, year)
    dev = deviation_from_organizer(sub, indicator, level)["deviation"]
    if high_need is None:
        q = quartiles(sub["need_index"], sub[unit_column])
        mask = (q == 4).fillna(False).astype(bool)
    else:
        mask = high_need.reindex(sub.index).fillna(False).astype(bool)
    considered = mask & dev.notna()
    worse = dev[considered] > 0 if is_burden(indicator) else dev[considered] < 0
    n = int(considered.sum())
    return BelowShare(indicator, year, int(worse.sum()), n, float(100.0 * worse.sum() / n) if n else None)


def trend(frame: pd.DataFrame, indicator: str, unit_column: str) -> pd.DataFrame:
    """Per school year: Q1 and Q4 values, the gap, the ratio and the concentration index."""
    rows = []
    for year in sorted(int(y) for y in frame["school_year"].dropna().unique()):
        table = need_quartiles(frame, indicator, year, unit_column)
        values = table.rows.set_index("q")["value"]
        c = concentration(frame, indicator, year)
        rows.append({"school_year": year, "q1": values.get(1), "q4": values.get(4), "gap": table.gap,
                     "ratio": table.ratio, "ci": c.ci, "units": c.units})
    return pd.DataFrame(rows, columns=["school_year", "q1", "q4", "gap", "ratio", "ci", "units"])


def grouped_quartiles(need: pd.Series, unit_ids: pd.Series, groups: pd.Series) -> pd.Series:
    """Need quartiles within each group (the rule of `quartiles`, applied per group, vectorised)."""
    d = pd.DataFrame({"need": pd.to_numeric(need, errors="coerce"), "unit": unit_ids.astype(str), "g": groups})
    d = d.dropna(subset=["need"]).sort_values(["g", "need", "unit"], kind="mergesort")
    i = d.groupby("g", sort=False).cumcount()
    n = d.groupby("g", sort=False)["need"].transform("size")
    out = pd.Series(pd.NA, index=need.index, dtype="Int64")
    out.loc[d.index] = ((4 * i) // n + 1).astype(int)
    return out


def grouped_concentration(values: pd.Series, need: pd.Series, weights: pd.Series, groups: pd.Series) -> pd.Series:
    """The concentration index of `values` within each group (the formula of `concentration_index`)."""
    d = pd.DataFrame({"y": pd.to_numeric(values, errors="coerce"), "n": pd.to_numeric(need, errors="coerce"),
                      "w": pd.to_numeric(weights, errors="coerce"), "g": groups}).dropna()
    d = d[d["w"] > 0]
    if d.empty:
        return pd.Series(dtype=float)
    ties = d.groupby(["g", "n"], sort=True)["w"].sum()
    before = ties.groupby(level=0).cumsum() - ties
    total = ties.groupby(level=0).transform("sum")
    rank = ((before + ties / 2) / total).rename("r")
    d = d.join(rank, on=["g", "n"])
    wsum = d.groupby("g")["w"].sum()
    mean_y = (d["w"] * d["y"]).groupby(d["g"]).sum() / wsum
    mean_r = (d["w"] * d["r"]).groupby(d["g"]).sum() / wsum
    dy = d["y"] - d["g"].map(mean_y)
    dr = d["r"] - d["g"].map(mean_r)
    cov = (d["w"] * dy * dr).groupby(d["g"]).sum() / wsum
    size = d.groupby("g").size()
    ci = 2 * cov / mean_y.where(mean_y != 0)
    return ci.where(size >= 2)


def by_organizer(frame: pd.DataFrame, indicator: str, year: int, level: str, unit_column: str,
                 min_units: int = ORGANIZER_MIN_UNITS) -> pd.DataFrame:
    """Per organiser (school level) in one year: units, value, the gap Q4−Q1 and CI within the organiser.

    Quartiles within an organiser need at least `min_units` units with need and value; fewer give no gap
    (shown as "för få").
    """
    sub = schema.year_rows(frame, year)
    groups = organizer_groups(sub, level).rename("g")
    units = groups.groupby(groups).size()
    value = group_values(sub, indicator, [groups])
    usable = sub[indicator].notna() & sub["need_index"].notna()
    u = sub[usable]
    ug = groups[usable]
    q = grouped_quartiles(u["need_index"], u[unit_column], ug).rename("q")
    per_q = group_values(u, indicator, [ug, q.astype("Int64")])
    wide = per_q.unstack(level=1) if len(per_q) else pd.DataFrame()
    missing = pd.Series(np.nan, index=units.index)
    q1 = wide[1].reindex(units.index) if 1 in wide.columns else missing
    q4 = wide[4].reindex(units.index) if 4 in wide.columns else missing
    gap = q4 - q1
    weights = u["pupils"] if "pupils" in u and u["pupils"].notna().any() else pd.Series(1.0, index=u.index)
    ci = grouped_concentration(u[indicator], u["need_index"], weights, ug).reindex(units.index)
    enough = ug.groupby(ug).size().reindex(units.index).fillna(0) >= min_units
    out = pd.DataFrame({"group": units.index, "units": units.to_numpy(),
                        "value": value.reindex(units.index).to_numpy(),
                        "gap": gap.where(enough).to_numpy(), "ci": ci.where(enough).to_numpy()})
    return out.sort_values("group").reset_index(drop=True)


def weighted_trend(x: pd.Series, y: pd.Series, w: pd.Series) -> tuple[float, float] | None:
    """Weighted least-squares line y = a + b·x (weights: pupils): (intercept a, slope b).

    b = Σw(x−x̄)(y−ȳ) / Σw(x−x̄)², with x̄, ȳ weighted means. None with fewer than two distinct x.
    """
    frame = pd.DataFrame({"x": pd.to_numeric(x, errors="coerce"), "y": pd.to_numeric(y, errors="coerce"),
                          "w": pd.to_numeric(w, errors="coerce")}).dropna()
    frame = frame[frame["w"] > 0]
    if frame["x"].nunique() < 2:
        return None
    xm = np.average(frame["x"], weights=frame["w"])
    ym = np.average(frame["y"], weights=frame["w"])
    sxx = float((frame["w"] * (frame["x"] - xm) ** 2).sum())
    sxy = float((frame["w"] * (frame["x"] - xm) * (frame["y"] - ym)).sum())
    slope = sxy / sxx
    return float(ym - slope * xm), slope


def terciles(values: pd.Series) -> pd.Series:
    """Tercile 1–3 of each value by rank (ties by position), <NA> where missing: the classes of a bivariate map."""
    numeric = pd.to_numeric(values, errors="coerce")
    ranked = numeric.rank(method="first")
    n = int(numeric.notna().sum())
    out = pd.Series(pd.NA, index=values.index, dtype="Int64")
    if n == 0:
        return out
    ok = numeric.notna()
    out[ok] = ((3 * (ranked[ok] - 1)) // n + 1).astype(int)
    return out


def bivariate_classes(need: pd.Series, resource: pd.Series, burden: bool = False) -> pd.Series:
    """"need-tercile,shortage-tercile" per unit, e.g. "3-3" = highest need and the weakest resource.

    The resource's tercile is turned so 3 is always the worst for pupils (lowest share qualified, or the
    highest pupils per teacher for a burden indicator).
    """
    n_t = terciles(need)
    r_t = terciles(resource)
    shortage = r_t if burden else 4 - r_t
    both = n_t.notna() & shortage.notna()
    out = pd.Series(pd.NA, index=need.index, dtype="string")
    out[both] = n_t[both].astype(str) + "-" + shortage[both].astype(int).astype(str)
    return out

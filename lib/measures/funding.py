"""Following the money (report p.22–24, R29): does the socioeconomic part of the allocation reach the units with
the greatest needs, and does it go with qualified teachers or with teacher assistants?

Per need quartile (the rule of `indicators.quartiles`) and always as ratios of sums: allocation per pupil
Σ allocation / Σ pupils, socioeconomic allocation per pupil Σ ses / Σ pupils, qualified teacher FTE per 100 pupils
100 · Σ (teacher FTE · qualified share / 100) / Σ pupils, assistant FTE per 100 pupils 100 · Σ assistants / Σ pupils
— each over the units that have both its numerator and pupils. Descriptions of how money and staff went together,
never estimates of what the money caused.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib import schema
from lib.measures import indicators

# The measures of a quartile and their (numerator column(s), scale): see the module's docstring.
MEASURES: tuple[str, ...] = ("allocation_per_pupil", "ses_allocation_per_pupil", "qualified_fte_per_100_pupils",
                             "assistant_fte_per_100_pupils")
NEEDED: tuple[str, ...] = ("allocation_sek", "ses_allocation_sek")  # without either there is nothing to follow


def has_funding(frame: pd.DataFrame) -> bool:
    """True when the data holds an allocation or a socioeconomic allocation for at least one unit."""
    return bool(schema.present(frame, list(NEEDED)))


def qualified_fte(frame: pd.DataFrame) -> pd.Series:
    """Qualified teacher FTE of each row: teacher FTE × qualified share / 100 (missing when either is)."""
    if "teacher_fte" not in frame or "qualified_share" not in frame:
        return pd.Series(np.nan, index=frame.index)
    return (pd.to_numeric(frame["teacher_fte"], errors="coerce").astype(float)
            * pd.to_numeric(frame["qualified_share"], errors="coerce").astype(float) / 100)


def _numerator(frame: pd.DataFrame, measure: str) -> tuple[pd.Series, float]:
    """The numerator column of a measure and its scale (per pupil: 1, per 100 pupils: 100)."""
    if measure == "qualified_fte_per_100_pupils":
        return qualified_fte(frame), 100.0
    column = {"allocation_per_pupil": "allocation_sek", "ses_allocation_per_pupil": "ses_allocation_sek",
              "assistant_fte_per_100_pupils": "assistant_fte"}[measure]
    scale = 100.0 if measure.endswith("_per_100_pupils") else 1.0
    if column not in frame:
        return pd.Series(np.nan, index=frame.index), scale
    return pd.to_numeric(frame[column], errors="coerce").astype(float), scale


def ratio_of_sums(frame: pd.DataFrame, measure: str) -> float:
    """One group's `measure` (see MEASURES): Σ numerator / Σ pupils · scale over the rows with both; NaN when
    no row has both or their pupils sum to 0."""
    if frame.empty or "pupils" not in frame:
        return math.nan
    num, scale = _numerator(frame, measure)
    pupils = pd.to_numeric(frame["pupils"], errors="coerce").astype(float)
    both = num.notna() & pupils.notna()
    total = float(pupils[both].sum())
    if not both.any() or total <= 0:
        return math.nan
    return float(num[both].sum()) / total * scale


@dataclass(frozen=True)
class FundingTable:
    """The measures by need quartile in one school year, the share of the socioeconomic money in Q4 (percent)
    and Q4's share of the pupils (percent), and how many units were left out (no need index or no allocation)."""

    year: int
    rows: pd.DataFrame  # q, units, pupils, allocation_per_pupil, ses_allocation_per_pupil, qualified_…, assistant_…
    ses_share_q4: float | None
    pupil_share_q4: float | None
    left_out: int


def usable_rows(frame: pd.DataFrame, year: int, need_column: str = "need_index") -> pd.DataFrame:
    """The units of `year` with a need index and an allocation (total or socioeconomic)."""
    sub = schema.year_rows(frame, year)
    if need_column not in sub:
        return sub.iloc[0:0]
    money = pd.Series(False, index=sub.index)
    for column in NEEDED:
        if column in sub:
            money |= sub[column].notna()
    return sub[sub[need_column].notna() & money]


def quartile_table(frame: pd.DataFrame, year: int, unit_column: str, need_column: str = "need_index") -> FundingTable:
    """The funding measures per need quartile of `year` (quartiles of the units with need and an allocation)."""
    sub = schema.year_rows(frame, year)
    usable = usable_rows(frame, year, need_column)
    q = indicators.quartiles(usable[need_column], usable[unit_column])
    rows = []
    for k in (1, 2, 3, 4):
        part = usable[(q == k).fillna(False).astype(bool)]
        rows.append({"q": k, "units": len(part),
                     "pupils": float(pd.to_numeric(part["pupils"], errors="coerce").sum()) if "pupils" in part
                     else math.nan,
                     **{m: ratio_of_sums(part, m) for m in MEASURES}})
    table = pd.DataFrame(rows, columns=["q", "units", "pupils", *MEASURES])
    high = (q == 4).fillna(False).astype(bool)
    return FundingTable(year, table, _share(usable, high, "ses_allocation_sek"), _share(usable, high, "pupils"),
                        len(sub) - len(usable))


def _share(rows: pd.DataFrame, part: pd.Series, column: str) -> float | None:
    """100 · Σ column over the rows of `part` / Σ column over all rows; None without a positive total."""
    if column not in rows:
        return None
    values = pd.to_numeric(rows[column], errors="coerce").astype(float)
    total = float(values.sum())
    if not values.notna().any() or total <= 0:
        return None
    return 100 * float(values[part].sum()) / total


def years_with_funding(frame: pd.DataFrame) -> list[int]:
    """The school years in which some unit has an allocation (total or socioeconomic)."""
    money = pd.Series(False, index=frame.index)
    for column in NEEDED:
        if column in frame:
            money |= frame[column].notna()
    return sorted(int(y) for y in frame.loc[money, "school_year"].dropna().unique())


def trend(frame: pd.DataFrame, unit_column: str, need_column: str = "need_index") -> pd.DataFrame:
    """Per school year with an allocation: Q1 and Q4's socioeconomic allocation per pupil, qualified teacher FTE
    per 100 pupils and assistant FTE per 100 pupils, and the share of the socioeconomic money in Q4 (each year's
    own quartiles)."""
    rows = []
    for year in years_with_funding(frame):
        table = quartile_table(frame, year, unit_column, need_column)
        by_q = table.rows.set_index("q")
        rows.append({"school_year": year,
                     **{f"{m}_q{k}": by_q.loc[k, m] for m in MEASURES[1:] for k in (1, 4)},
                     "ses_share_q4": table.ses_share_q4})
    columns = ["school_year", *[f"{m}_q{k}" for m in MEASURES[1:] for k in (1, 4)], "ses_share_q4"]
    return pd.DataFrame(rows, columns=columns)


@dataclass(frozen=True)
class Change:
    """How money and staff changed together between two school years, over the units with values in both: the
    units whose socioeconomic allocation per pupil rose (`rose`) and the others (`other`), each with the change
    of the group's ratio of sums (last − first) in socioeconomic allocation per pupil, qualified teacher FTE per
    100 pupils and assistant FTE per 100 pupils."""

    first: int
    last: int
    groups: pd.DataFrame  # group ("rose" / "other"), units, d_ses_per_pupil, d_qualified_per_100, d_assistants_per_100


def change(frame: pd.DataFrame, unit_column: str, first: int, last: int) -> Change:
    """Units with pupils and a socioeconomic allocation in both `first` and `last`, split by whether their own
    socioeconomic allocation per pupil rose; per group the change of each measure's ratio of sums."""
    a, b = schema.year_rows(frame, first), schema.year_rows(frame, last)
    keep = ["pupils", "ses_allocation_sek", "teacher_fte", "qualified_share", "assistant_fte"]

    def prepared(rows: pd.DataFrame) -> pd.DataFrame:
        out = rows.assign(_unit=rows[unit_column].astype(str)).drop_duplicates("_unit").set_index("_unit")
        return out[[c for c in keep if c in out]]

    a, b = prepared(a), prepared(b)
    common = a.index.intersection(b.index)
    a, b = a.loc[common], b.loc[common]
    if "ses_allocation_sek" in a and "ses_allocation_sek" in b and "pupils" in a and "pupils" in b:
        ok = (a["ses_allocation_sek"].notna() & b["ses_allocation_sek"].notna()
              & (a["pupils"].astype(float) > 0) & (b["pupils"].astype(float) > 0)).fillna(False).astype(bool)
    else:
        ok = pd.Series(False, index=common)
    a, b = a[ok], b[ok]
    rose = ((b["ses_allocation_sek"].astype(float) / b["pupils"].astype(float))
            > (a["ses_allocation_sek"].astype(float) / a["pupils"].astype(float))) if len(a) else pd.Series(
        False, index=a.index)
    rows = []
    for group, mask in (("rose", rose), ("other", ~rose)):
        pa, pb = a[mask], b[mask]
        units = list(pa.index)
        rows.append({"group": group, "units": len(units),
                     "d_ses_per_pupil": _diff(pa, pb, "ses_allocation_per_pupil"),
                     "d_qualified_per_100": _diff(pa, pb, "qualified_fte_per_100_pupils"),
                     "d_assistants_per_100": _diff(pa, pb, "assistant_fte_per_100_pupils")})
    return Change(first, last, pd.DataFrame(rows, columns=["group", "units", "d_ses_per_pupil", "d_qualified_per_100",
                                                           "d_assistants_per_100"]))


def _diff(before: pd.DataFrame, after: pd.DataFrame, measure: str) -> float:
    """The group's measure in the last year minus in the first (NaN when either is missing)."""
    if before.empty:
        return math.nan
    return ratio_of_sums(after, measure) - ratio_of_sums(before, measure)


def unit_values(rows: pd.DataFrame) -> pd.DataFrame:
    """Each row's own measures (a unit's numerator / its pupils · scale), index as `rows`; missing where either
    is missing or the unit has no pupils."""
    pupils = pd.to_numeric(rows["pupils"], errors="coerce").astype(float) if "pupils" in rows else pd.Series(
        np.nan, index=rows.index)
    out = {}
    for measure in MEASURES:
        num, scale = _numerator(rows, measure)
        out[measure] = num / pupils.where(pupils > 0) * scale
    return pd.DataFrame(out, index=rows.index)

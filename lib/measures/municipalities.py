"""One municipality among all: its place in the distribution of an indicator (among every municipality and among
those with similar needs), its trend beside theirs, its municipal and independent organisers side by side, and the
known breaks in the statistics a trend must mark. Works on any municipality-level frame (units ×
school years with `municipality_code`); values of groups follow `indicators.group_values` (ratios of sums).

No ranking list: a position is said as the share of municipalities with a lower value, never as "number 17".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from lib import schema
from lib.measures import indicators, suppression

UNIT = "municipality_code"
# Costs per pupil: Skolverket's bundled cost file covers calendar year 2024 and municipal organisers only.
COST_COLUMNS: tuple[str, ...] = ("cost_per_pupil_sek", "teaching_cost_per_pupil_sek")
# Known breaks in Skolverket's statistics (DESIGN, "Trust and privacy"): year → i18n key. The 2020/21 break
# concerns school-level publication only; from 2024/25 nothing based on fewer than 3 teacher FTE is shown and
# the FTE column of förstelärare is 0,0 (the headcount is used).
BREAKS: dict[str, dict[int, str]] = {
    "municipality": {2024: "kommun.break.2024"},
    "school": {2020: "kommun.break.2020", 2024: "kommun.break.2024"},
}


def breaks(level: str, years: list[int] | tuple[int, ...]) -> tuple[tuple[int, str], ...]:
    """The known breaks (year, i18n key) inside the school years shown, for data of `level`."""
    shown = set(int(y) for y in years)
    return tuple((y, key) for y, key in sorted(BREAKS.get(level, {}).items()) if y in shown)


@dataclass(frozen=True)
class Position:
    """A value's place among a group's values: how many are lower, equal (itself included) and higher, and the
    share below it, ties counted half: 100 · (lower + (equal − 1)/2) / (n − 1) (0: lowest, 100: highest)."""

    value: float
    n: int
    lower: int
    equal: int
    higher: int
    median: float

    @property
    def share_below(self) -> float | None:
        if self.n < 2:
            return None
        return 100.0 * (self.lower + (self.equal - 1) / 2) / (self.n - 1)


def unit_values(rows: pd.DataFrame, indicator: str) -> pd.Series:
    """Code → value of `indicator` in one school year's rows (units without a value left out)."""
    if indicator not in rows or UNIT not in rows:
        return pd.Series(dtype=float)
    values = pd.to_numeric(rows[indicator], errors="coerce").astype(float)
    out = pd.Series(values.to_numpy(), index=rows[UNIT].astype(str).to_numpy())
    return out.dropna()


def position(values: pd.Series, code: str) -> Position | None:
    """The place of `code`'s value among `values` (code → value; itself included). None without its value."""
    if code not in values.index or pd.isna(values.get(code)):
        return None
    mine = float(values[code])
    others = values.astype(float)
    return Position(mine, len(others), int((others < mine).sum()), int((others == mine).sum()),
                    int((others > mine).sum()), float(others.median()))


def need_quartiles(rows: pd.DataFrame) -> pd.Series:
    """Code → need quartile 1–4 in one school year's rows (the rule of `indicators.quartiles`; no need: left out)."""
    if "need_index" not in rows or UNIT not in rows:
        return pd.Series(dtype="Int64")
    q = indicators.quartiles(rows["need_index"], rows[UNIT])
    return pd.Series(q.to_numpy(), index=rows[UNIT].astype(str).to_numpy(), dtype="Int64").dropna()


@dataclass(frozen=True)
class Peers:
    """The municipalities with similar needs: those in the same need quartile in the same school year."""

    quartile: int
    codes: tuple[str, ...]  # the municipality itself included


def peers(rows: pd.DataFrame, code: str) -> Peers | None:
    """The municipalities of `code`'s need quartile in one school year's rows (None without its need index)."""
    q = need_quartiles(rows)
    if code not in q.index:
        return None
    mine = int(q[code])
    return Peers(mine, tuple(sorted(q.index[q == mine])))


def unit_trend(frame: pd.DataFrame, code: str, indicator: str) -> pd.DataFrame:
    """Per school year: the municipality's own value, the value of all municipalities together and of those in its
    need quartile that year (ratios of sums, every unit counted), and whether its own row is under the
    small-number rule (`small`; its own value is then missing)."""
    rows = []
    for year in sorted(int(y) for y in frame["school_year"].dropna().unique()):
        sub = schema.year_rows(frame, year)
        mine = sub[sub[UNIT].astype(str) == code]
        hidden = bool(suppression.small(mine).any()) if not mine.empty else False
        own = float(pd.to_numeric(mine[indicator], errors="coerce").iloc[0]) \
            if not mine.empty and indicator in mine else math.nan
        group = peers(sub, code)
        peer_rows = sub[sub[UNIT].astype(str).isin(group.codes)] if group else sub.iloc[0:0]
        rows.append({"school_year": year, "own": math.nan if hidden else own,
                     "all": indicators.group_value(sub, indicator),
                     "peers": indicators.group_value(peer_rows, indicator) if len(peer_rows) else math.nan,
                     "quartile": group.quartile if group else pd.NA, suppression.FLAG: hidden})
    return pd.DataFrame(rows, columns=["school_year", "own", "all", "peers", "quartile", suppression.FLAG])


def organizer_table(kommunal: pd.DataFrame, enskild: pd.DataFrame, indicator: str) -> pd.DataFrame:
    """Per municipality in one school year: the value of its municipal and of its independent organisers, the
    difference (independent − municipal) and each side's small-number flag (a side under the rule has no value
    and no difference). One row per municipality that has either side."""
    def side(rows: pd.DataFrame) -> pd.DataFrame:
        if rows.empty or UNIT not in rows:
            return pd.DataFrame(columns=["value", "pupils", "small"])
        out = pd.DataFrame({
            "value": pd.to_numeric(rows[indicator], errors="coerce").astype(float).to_numpy()
            if indicator in rows else math.nan,
            "pupils": pd.to_numeric(rows["pupils"], errors="coerce").to_numpy() if "pupils" in rows else math.nan,
            "small": suppression.small(rows).to_numpy()}, index=rows[UNIT].astype(str).to_numpy())
        out.loc[out["small"], "value"] = math.nan
        return out

    k, e = side(kommunal), side(enskild)
    codes = sorted(set(k.index) | set(e.index))
    out = pd.DataFrame({UNIT: codes})
    out["municipal"] = k["value"].reindex(codes).to_numpy(dtype=float)
    out["independent"] = e["value"].reindex(codes).to_numpy(dtype=float)
    out["municipal_pupils"] = k["pupils"].reindex(codes).to_numpy(dtype=float)
    out["independent_pupils"] = e["pupils"].reindex(codes).to_numpy(dtype=float)
    out["difference"] = out["independent"] - out["municipal"]
    out["municipal_small"] = k["small"].reindex(codes).fillna(False).astype(bool).to_numpy()
    out["independent_small"] = e["small"].reindex(codes).fillna(False).astype(bool).to_numpy()
    return out


@dataclass(frozen=True)
class OrganizerTotals:
    """Municipal and independent organisers across all municipalities in one school year: each side's value
    (ratio of sums over every municipality's side) and, among municipalities where both sides can be shown,
    how many have the higher value on the independent side, on the municipal side, or equal."""

    year: int
    municipal: float
    independent: float
    both: int
    independent_higher: int
    municipal_higher: int


def organizer_totals(kommunal: pd.DataFrame, enskild: pd.DataFrame, indicator: str, year: int) -> OrganizerTotals:
    """The two organiser types across municipalities in `year` (frames: all years; one side per frame)."""
    k, e = schema.year_rows(kommunal, year), schema.year_rows(enskild, year)
    table = organizer_table(k, e, indicator)
    both = table.dropna(subset=["municipal", "independent"])
    return OrganizerTotals(year, indicators.group_value(k, indicator), indicators.group_value(e, indicator),
                           len(both), int((both["difference"] > 0).sum()), int((both["difference"] < 0).sum()))


def cost_year(frame: pd.DataFrame, column: str) -> int | None:
    """The latest year of a cost column (a calendar year: the data carries it on that year's rows), None without."""
    if column not in frame:
        return None
    years = frame.loc[frame[column].notna(), "school_year"]
    return int(years.max()) if len(years) else None


def cost_values(frame: pd.DataFrame, column: str) -> pd.Series:
    """Code → each municipality's value of a cost column in its latest year (`cost_year`): every municipality
    compared within the same year."""
    year = cost_year(frame, column)
    if year is None or UNIT not in frame:
        return pd.Series(dtype=float)
    rows = frame[(frame["school_year"] == year) & frame[column].notna()]
    return rows.groupby(rows[UNIT].astype(str))[column].last().astype(float)


def latest_cost(frame: pd.DataFrame, code: str, column: str) -> float | None:
    """The municipality's value of a cost column in the column's latest year, None without."""
    value = cost_values(frame, column).get(code)
    return None if value is None else float(value)

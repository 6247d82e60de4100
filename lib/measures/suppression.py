"""Small numbers: Skolverket's rule, applied to every per-unit value that reaches a person.

For each unit and school year with fewer than 10 pupils or fewer than 3 teacher FTE, every indicator, rate,
share and the need index is shown as "för få", the pupil count as "< 10" and the FTE as "< 3"; the unit's name
and id stay, so people see that it exists. Aggregates (quartiles, organiser averages) still count every unit;
simulation results (posts placed) are decisions, not statistics, and stay. This module is the only way a
per-unit value reaches a screen, a download, a map, a sentence, a document or per-unit JSON: `for_people` for
tables, `small` for masks (maps, charts, sentences), `blanked` for data that travels to a browser (a chart's
or a map's dataset), `json_value` for headless output, and `left_out` / `reason` for what a screen says about
the units it does not show.
"""

from __future__ import annotations

from collections.abc import Collection

import pandas as pd

from lib import schema
from lib.i18n import t

FLAG = "small"  # the column of a screen's or a map's per-unit frame that marks the rows under the rule
# Shown as they are: who and where a unit is, which year, plain status flags and the rule's own flag.
IDENTITY: frozenset[str] = frozenset(
    c.name for c in schema.COLUMNS if c.role in ("key", "label", "geo") or c.kind == "bool") | {"name", FLAG}
COUNTS: dict[str, str] = {"pupils": f"< {schema.MIN_PUPILS}", "teacher_fte": f"< {schema.MIN_TEACHER_FTE:g}"}
LIMITS: dict[str, float] = {"pupils": schema.MIN_PUPILS, "teacher_fte": schema.MIN_TEACHER_FTE}


def small(rows: pd.DataFrame) -> pd.Series:
    """True for each row (a unit in a school year) with fewer than 10 pupils or fewer than 3 teacher FTE. A count
    that is missing does not make a row small (nothing is known to hide); a row without either column is not."""
    pupils = pd.to_numeric(rows["pupils"], errors="coerce") if "pupils" in rows else pd.Series(float("nan"),
                                                                                                 index=rows.index)
    fte = pd.to_numeric(rows["teacher_fte"], errors="coerce") if "teacher_fte" in rows else pd.Series(
        float("nan"), index=rows.index)
    return ((pupils < schema.MIN_PUPILS) | (fte < schema.MIN_TEACHER_FTE)).fillna(False).astype(bool)


def small_units(rows: pd.DataFrame, unit_column: str) -> frozenset[str]:
    """The ids of the units whose rows fall under the rule (`rows`: one school year's units)."""
    if rows.empty or unit_column not in rows:
        return frozenset()
    return frozenset(rows.loc[small(rows), unit_column].astype(str))


def small_groups(rows: pd.DataFrame, groups: pd.Series) -> frozenset[str]:
    """The groups (such as organisers; `groups` labels each row of one school year) whose units together fall
    under the rule: an average over them is one small unit's value, or a few small units' mix."""
    counts = [c for c in ("pupils", "teacher_fte") if c in rows]
    if rows.empty or not counts:
        return frozenset()
    totals = rows[counts].apply(pd.to_numeric, errors="coerce").groupby(groups.reindex(rows.index)).sum(min_count=1)
    return frozenset(totals.index[small(totals)].astype(str))


def mask_of(table: pd.DataFrame, unit_column: str, hidden: Collection[str]) -> pd.Series:
    """True for the rows of `table` whose unit is among `hidden` (a table that is not itself unit-year rows)."""
    if unit_column not in table:
        return pd.Series(False, index=table.index)
    return table[unit_column].astype(str).isin(set(hidden))


def for_people(table: pd.DataFrame, lang: str, mask: pd.Series | None = None,
               decisions: Collection[str] = ()) -> pd.DataFrame:
    """`table` (canonical or screen-made column names, one row per unit) as people may see it: in the rows of
    `mask` (default: `small(table)`, which needs its pupils and FTE), every value except the unit's identity,
    its pupils and FTE and the columns named in `decisions` reads "för få"; a count reads "< 10" (pupils) or
    "< 3" (FTE) when it is known to be under its limit, otherwise "för få" too (a school of 13 pupils and 0.9 FTE
    is hidden for its FTE; "< 10" pupils would be untrue). Other rows keep their numbers as numbers. Label the
    columns after this, not before."""
    mask = small(table) if mask is None else mask.reindex(table.index, fill_value=False).astype(bool)
    if not mask.any():
        return table
    out = table.copy()
    too_few = t("common.too_few", lang)
    for column in out.columns:
        if column in IDENTITY or column in decisions:
            continue
        cells = out.loc[mask, column]
        out[column] = out[column].astype(object)
        if column in COUNTS:
            under = pd.to_numeric(cells, errors="coerce") < LIMITS[column]
            out.loc[mask, column] = under.map({True: COUNTS[column], False: too_few})
        else:
            out.loc[mask, column] = too_few
    return out


def blanked(table: pd.DataFrame, mask: pd.Series, keep: Collection[str] = ()) -> pd.DataFrame:
    """`table` with every value of the rows of `mask` missing except the unit's identity and the columns in
    `keep`: for data that leaves for a browser (a map's points), where "för få" cannot stand in a number column.
    Numeric columns stay numeric."""
    mask = mask.reindex(table.index, fill_value=False).astype(bool)
    if not mask.any():
        return table
    out = table.copy()
    for column in out.columns:
        if column in IDENTITY or column in keep:
            continue
        if pd.api.types.is_bool_dtype(out[column]) or pd.api.types.is_integer_dtype(out[column]):
            out[column] = out[column].astype(float if pd.api.types.is_integer_dtype(out[column]) else object)
        out.loc[mask, column] = None
    return out


def left_out(n: int, lang: str) -> str | None:
    """What a chart says about the units it leaves out under the rule ("2 enheter har för få …"), None for none."""
    if not n:
        return None
    return t("common.too_few_left_out_one", lang) if n == 1 else t("common.too_few_left_out", lang, n=n)


def reason(lang: str) -> str:
    """Why a unit's values are not shown: the rule in one sentence (a map's tooltip, a figure's help)."""
    return t("common.too_few_reason", lang)


def json_value(value: object, hidden: bool) -> object:
    """A per-unit value for headless JSON: null where the unit-year falls under the rule."""
    return None if hidden else value

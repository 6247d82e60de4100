"""Table cells as people read them, in their language: "1 234,5" with a no-break space and a decimal comma in
Swedish, "1,234.5" in English, "–" for a missing value (never "None" or "nan"), a real minus sign.

The one formatter of tables on screen (`lib.ui.widgets.dataframe`). It formats for display only: the table keeps
its numbers (a sorted column sorts by value; downloads write numbers).
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Callable
from decimal import Decimal

import numpy as np
import pandas as pd

from lib.i18n import fmt_number

MISSING = "–"
MAX_DECIMALS = 3
MAX_STYLED_CELLS = 15_000  # a Styler costs about 0,35 s per 10 000 cells on every rerun; beyond this the number
# columns are left to the browser's locale ("localized") and only the text columns are written here


def missing(value: object) -> bool:
    """None, NaN, NA and NaT are missing; so is the text "None" or "nan" a conversion left behind."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() in ("None", "nan", "NaN", "<NA>")
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _is_number(value: object) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool | np.bool_)


def decimals_of(values: pd.Series) -> int:
    """The decimals a column of numbers is shown with: as many as its most precise value has (a screen rounds
    its figures on purpose), at most three, the same for every row so the column lines up."""
    most = 0
    for value in values:
        if _is_number(value) and not missing(value) and math.isfinite(float(value)):
            exponent = Decimal(repr(round(float(value), 6))).normalize().as_tuple().exponent
            most = max(most, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
    return min(most, MAX_DECIMALS)


_YEAR_NAME = re.compile(r"år|year|start", re.IGNORECASE)  # "År", "Läsår", "Kalenderår", "Year", "start"


def _is_years(values: pd.Series) -> bool:
    """A column named as years ("År", "Year", …) whose numbers are all whole calendar years: written without a
    thousands space. By name, not by value alone: one municipality's 2 034 pupils is not the year 2034."""
    numbers = [float(v) for v in values if _is_number(v) and not missing(v)]
    return (bool(_YEAR_NAME.search(str(values.name))) and bool(numbers)
            and all(v.is_integer() and 1900 <= v <= 2100 for v in numbers))


def cell_formatter(values: pd.Series, lang: str) -> Callable[[object], str]:
    """The function that writes each cell of a column: numbers in the language with the column's decimals,
    missing values as "–", text as it is."""
    decimals = decimals_of(values)
    years = _is_years(values)

    def write(value: object) -> str:
        if missing(value):
            return MISSING
        if _is_number(value):
            if years:
                return str(int(value))
            return fmt_number(float(value), lang, decimals)
        return str(value)

    return write


def formatted(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The table as text, every cell as people read it (for tests and for places that need strings)."""
    out = pd.DataFrame(index=frame.index)
    for j, column in enumerate(frame.columns):
        values = frame.iloc[:, j]
        if pd.api.types.is_bool_dtype(values):
            out[column] = values
        else:
            out[column] = values.map(cell_formatter(values, lang))
    out.columns = frame.columns
    return out


def styled(frame: pd.DataFrame, lang: str) -> pd.io.formats.style.Styler | pd.DataFrame:
    """The table with its display formatted by `formatted`'s rules and its values kept (a Styler, which
    `st.dataframe` draws with the formatted text and sorts by the values); a very large table as it is."""
    if not frame.columns.is_unique:
        return frame
    # A column of numbers keeps them (it sorts by value) and is formatted for display; any other column (text,
    # or numbers beside "för få") is written out as text, which Arrow takes as it is.
    shown = frame.copy()
    for column in frame.columns:  # numbers that came as objects (a column built from dicts) are numbers
        values = frame[column]
        if values.dtype == object and values.map(lambda v: missing(v) or _is_number(v)).all() \
                and not values.map(missing).all():
            shown[column] = pd.to_numeric(values.where(~values.map(missing), np.nan))
    frame = shown
    numeric = numeric_columns(frame)
    shown = frame.copy()
    for column in frame.columns:
        if column not in numeric and not pd.api.types.is_bool_dtype(frame[column]):
            shown[column] = frame[column].map(cell_formatter(frame[column], lang)).astype(object)
    if frame.size > MAX_STYLED_CELLS:  # the number columns then follow the browser's locale (`numeric_columns`)
        return shown
    return shown.style.format({c: cell_formatter(frame[c], lang) for c in numeric}, na_rep=MISSING)


def numeric_columns(frame: pd.DataFrame) -> list[str]:
    """The columns of numbers (not booleans): formatted by `styled`, or, in a table too large to style, by the
    browser in its own locale."""
    return [c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])
            and not pd.api.types.is_bool_dtype(frame[c])]

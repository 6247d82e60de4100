"""Tables out of the app: CSV and Excel that are safe to open in a spreadsheet.

A download carries a screen's table as it is shown, and every per-unit table a screen shows has been through
`lib.measures.suppression.for_people` first: a unit under the small-number rule reads "för få" ("< 10" pupils,
"< 3" FTE) in the file as on the screen. This module adds nothing and takes nothing away; it only writes.
"""

from __future__ import annotations

import io

import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: object) -> object:
    """Prefix text that a spreadsheet would run as a formula with an apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralise(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells cannot be read as formulas (CSV/Excel injection)."""
    out = frame.copy()
    for col in out.columns:
        if not pd.api.types.is_numeric_dtype(out[col]) and not pd.api.types.is_bool_dtype(out[col]):
            out[col] = out[col].map(neutralise_cell).astype(object)
    out.columns = [neutralise_cell(str(c)) for c in out.columns]
    return out


def decimal_commas(frame: pd.DataFrame) -> pd.DataFrame:
    """Numbers inside text columns (a column that reads "för få" in some rows) written with a decimal comma, as
    pandas writes the number columns for Swedish."""
    out = frame
    for col in frame.columns:
        if frame[col].dtype == object:
            if out is frame:
                out = frame.copy()
            out[col] = frame[col].map(
                lambda v: str(v).replace(".", ",") if isinstance(v, float) and not pd.isna(v) else v)
    return out


def to_csv_bytes(frame: pd.DataFrame, lang: str = "sv") -> bytes:
    """CSV for the user's spreadsheet: Swedish uses ; and decimal comma, English , and point; UTF-8 with BOM."""
    safe = neutralise(frame)
    if lang == "sv":
        safe = decimal_commas(safe)  # after neutralising: a negative number is a number, not a formula
    text = safe.to_csv(index=False, sep=";", decimal=",") if lang == "sv" else safe.to_csv(index=False)
    return ("\ufeff" + text).encode("utf-8")


def to_excel_bytes(frame: pd.DataFrame, sheet: str = "data") -> bytes:
    """An .xlsx workbook with one sheet; numbers as numbers, text neutralised."""
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        neutralise(frame).to_excel(writer, sheet_name=sheet[:31] or "data", index=False)
    return buf.getvalue()

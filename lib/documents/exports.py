"""Tables out of the app: CSV and Excel that are safe to open in a spreadsheet.

A download carries a screen's table as it is shown, and every per-unit table a screen shows has been through
`lib.measures.suppression.for_people` first: a unit under the small-number rule reads "för få" ("< 10" pupils,
"< 3" FTE) in the file as on the screen. This module adds nothing and takes nothing away; it only writes — and
names where the figures come from (`provenance`): below the table in a CSV, where the app's own ingest reads it
as a footer, and on a second sheet of a workbook, whose first sheet alone is read as data.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from lib.dataset import Dataset

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


def provenance(data: Dataset | None, lang: str) -> tuple[str, ...]:
    """The lines a table or chart carries out of the app: the source line and, for the demo, the fiction label
    (real municipality names stand beside invented values)."""
    from lib import dataset
    from lib.i18n import t

    if data is None:
        return ()
    lines = (dataset.source_line(data, lang),)
    return (*lines, t("takeaway.fiction", lang)) if data.is_demo else lines


def to_csv_bytes(frame: pd.DataFrame, lang: str = "sv", lines: Sequence[str] = ()) -> bytes:
    """CSV for the user's spreadsheet: Swedish uses ; and decimal comma, English , and point; UTF-8 with BOM.
    `lines` (the provenance) follow the table after an empty line, in the first cell of a row as wide as the
    table, as a statistics agency's footnotes do; the app's ingest skips them as a footer."""
    safe = neutralise(frame)
    if lang == "sv":
        safe = decimal_commas(safe)  # after neutralising: a negative number is a number, not a formula
    sep = ";" if lang == "sv" else ","
    text = safe.to_csv(index=False, sep=";", decimal=",") if lang == "sv" else safe.to_csv(index=False)
    if lines:
        out = io.StringIO()
        writer = csv.writer(out, delimiter=sep, lineterminator="\n")
        writer.writerow([])
        for line in lines:  # as wide as the table, so every line has the table's separators (read as its file)
            writer.writerow([neutralise_cell(line)] + [""] * (len(frame.columns) - 1))
        text += out.getvalue()
    return ("\ufeff" + text).encode("utf-8")


def to_excel_bytes(frame: pd.DataFrame, sheet: str = "data", lines: Sequence[str] = (),
                   lang: str = "sv") -> bytes:
    """An .xlsx workbook: the table on the first sheet (numbers as numbers, text neutralised) and `lines` (the
    provenance) on a second sheet named "Källa" ("Source")."""
    from lib.i18n import t

    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        neutralise(frame).to_excel(writer, sheet_name=sheet[:31] or "data", index=False)
        if lines:
            pd.DataFrame({0: [neutralise_cell(line) for line in lines]}).to_excel(
                writer, sheet_name=t("takeaway.source_sheet", lang), index=False, header=False)
    return buf.getvalue()

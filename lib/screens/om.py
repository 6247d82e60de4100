"""What the "Om data och metod" screen says about the active data: need index per year, the column glossary."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib import schema
from lib.cache import cached
from lib.dataset import Dataset
from lib.i18n import column_label, fmt_school_year, t
from lib.measures import need
from lib.screens import start
from lib.screens.parts import Table


def need_sentences(data: Dataset, lang: str) -> list[str]:
    """One sentence per school year saying which need index is in use and how it was made."""
    out = []
    for m in need.need_methods(data.frame):
        out.append(t(f"need.method_{m.method}", lang, year=fmt_school_year(m.year),
                     columns=", ".join(column_label(c, lang) for c in m.columns), units=m.units,
                     missing=m.units_without))
    return out


def column_table(frame: pd.DataFrame | None, lang: str) -> pd.DataFrame:
    """The glossary: canonical name, meaning (label with unit) and whether the active data has it."""
    rows = []
    for col in schema.COLUMNS:
        has = frame is not None and col.name in frame.columns and frame[col.name].notna().any()
        rows.append({t("om.col.name", lang): col.name, t("om.col.label", lang): column_label(col.name, lang),
                     t("om.col.present", lang): t("common.yes" if has else "common.no", lang)})
    return pd.DataFrame(rows)


@dataclass(frozen=True)
class About:
    """The screen's part about the active data: its description and how the need index was made each year (None
    and empty without data), and the column glossary."""

    sentence: str | None
    need_sentences: tuple[str, ...]
    need_list: str
    columns: Table


@cached("om")
def view(data: Dataset | None, lang: str) -> About:
    """The "Om data och metod" screen's figures for the active dataset (none: only the glossary)."""
    if data is None or data.frame.empty:
        return About(None, (), "", Table.of(column_table(None, lang)))
    sentences = tuple(need_sentences(data, lang))
    return About(start.describe(data, lang), sentences, start.bullet_list(sentences),
                 Table.of(column_table(data.frame, lang)))

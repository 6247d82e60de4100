"""What the Start screen says about the active dataset: where it came from, its size, its headline figures."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lib import schema
from lib.dataset import Dataset
from lib.i18n import column_label, fmt_int, fmt_number, fmt_pp, fmt_school_year, higher_lower, t

HEADLINE_INDICATORS: tuple[str, ...] = ("qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils")


@dataclass(frozen=True)
class Summary:
    """The active dataset in a few facts."""

    kind: str
    files: tuple[str, ...]
    date: str
    level: str
    units: int
    municipalities: int
    rows: int
    years: tuple[int, ...]


@dataclass(frozen=True)
class Headline:
    """One headline figure: the gap between the highest- and lowest-need quarter for an indicator."""

    indicator: str
    year: int
    q1: float
    q4: float
    gap: float
    sentence: str


def summarize(data: Dataset) -> Summary:
    """Source, level and size of the dataset."""
    return Summary(data.source.kind, data.source.files, data.source.date, data.level, data.n_units,
                   data.n_municipalities, len(data.frame), tuple(data.school_years))


def describe(data: Dataset, lang: str) -> str:
    """One sentence: "Aktiva data: demodata – 240 skolenheter i 6 kommuner, läsåren 2020/21–2024/25."""
    s = summarize(data)
    years = (fmt_school_year(s.years[0]) if len(s.years) == 1
             else f"{fmt_school_year(s.years[0])}–{fmt_school_year(s.years[-1])}") if s.years else "–"
    key = "start.describe" if s.level == "school" else "start.describe_municipal"
    return t(key, lang, kind=t(f"source.kind.{s.kind}", lang).capitalize(), units=fmt_int(s.units, lang),
             level=t(f"level.{s.level}", lang), municipalities=fmt_int(s.municipalities, lang), years=years,
             n_years=len(s.years))


def headlines(data: Dataset, lang: str, year: int | None = None) -> list[Headline]:
    """Gap Q4 − Q1 for each headline indicator present, in the latest year that has need and the indicator."""
    from lib import indicators

    out: list[Headline] = []
    for ind in HEADLINE_INDICATORS:
        if ind not in schema.present(data.frame, list(HEADLINE_INDICATORS)):
            continue
        y = year if year is not None else data.latest_year(("need_index", ind))
        if y is None:
            continue
        table = indicators.need_quartiles(data.frame, ind, y, data.unit_column)
        rows = table.rows.set_index("q")["value"]
        if len(rows) < 4 or table.gap is None or rows.isna().any():
            continue
        q1, q4, gap = float(rows.loc[1]), float(rows.loc[4]), float(table.gap)
        out.append(Headline(ind, y, q1, q4, gap, _sentence(ind, y, q1, q4, gap, lang)))
    return out


def _plain_label(ind: str, lang: str) -> str:
    """The column label in lower case without its unit in brackets, for use inside a sentence."""
    return re.sub(r"\s*\([^)]*\)$", "", column_label(ind, lang)).lower()


def _sentence(ind: str, year: int, q1: float, q4: float, gap: float, lang: str) -> str:
    kind = schema.BY_NAME[ind].kind
    size = fmt_pp(gap, lang) if kind == "share" else fmt_number(abs(gap), lang, 2 if kind == "rate" else 1)
    if gap == 0:
        return t("start.headline_equal", lang, indicator=_plain_label(ind, lang),
                 year=fmt_school_year(year))
    return t("start.headline", lang, indicator=_plain_label(ind, lang), size=size,
             direction=higher_lower(gap, lang), year=fmt_school_year(year),
             q4=fmt_number(q4, lang, 2 if kind == "rate" else 1), q1=fmt_number(q1, lang, 2 if kind == "rate" else 1))

"""Skolblad (school sheet): one school's figures for the principal dialogue, computed by the same measures as the
screens, beside its organiser's (and its challenge profile's) averages, and the document built from them.
Wording is neutral and never ranks schools. A school-year under the small-number rule (`lib.measures.suppression`:
fewer than 10 pupils or 3 teacher FTE) shows none of its own values — key figures, need index and quartile, trend
year, förstelärare, chart point — only "för få"; its name stays, and it still counts in every average.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from lib import schema
from lib.dataset import Dataset
from lib.documents.formats import Chart, Document, Section, Table
from lib.i18n import column_label, fmt_int, fmt_number, fmt_school_year, t
from lib.measures import allocation, indicators, suppression

SHEET_INDICATORS: tuple[str, ...] = ("qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils",
                                     "teacher_experience_years", "teacher_turnover", "ped_degree_share")
TURNOVER_MARGIN = 5.0  # percentage points above the organiser's average that a sheet points out
QUESTIONS = 4  # skolblad.question_1 … _4


def _fmt(value: object, indicator: str, lang: str) -> str:
    """A figure in the language's format: rates with two decimals, the rest with one; "–" when missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or pd.isna(value):
        return "–"
    return fmt_number(float(value), lang, 2 if schema.BY_NAME[indicator].kind == "rate" else 1)


@dataclass
class SchoolFigures:
    """One school's figures in one year beside its organiser's (and profile's) averages."""

    school_id: str
    name: str
    year: int
    row: pd.Series  # the school's row as it is: read only its identity and the organiser's from it
    hidden: bool  # the school-year falls under the small-number rule: none of the school's own values below
    table: pd.DataFrame  # indicator, school (None when hidden), organizer, profile
    need: float | None  # None when missing or hidden
    quartile: int | None  # None when missing or hidden
    first_teachers: float | None  # None when missing or hidden
    first_teachers_rate: float | None  # förstelärare per 100 pupils; None when missing or hidden
    need_based_posts: int | None  # a decision (posts placed by a rule), not a statistic: shown even when hidden
    flags: list[str]  # i18n keys; none when hidden (each would tell something about a hidden value)
    trend: pd.DataFrame  # school_year, school (NaN where hidden), organizer (the average), hidden


def school_figures(data: Dataset, school_id: str, year: int, profile_of: pd.Series | None = None) -> SchoolFigures:
    """Everything a sheet shows for one school, from the equity measures (deviation, quartile) and allocation.
    `profile_of` maps the year's school ids to challenge-profile ids (a grouping of the same year), when in use.
    Raises KeyError when the school has no row in the year."""
    sub = data.year_frame(year)
    ids = sub["school_id"].astype(str)
    mine = sub[ids == str(school_id)]
    if mine.empty:
        raise KeyError(school_id)
    row = mine.iloc[0]
    hidden = bool(suppression.small(mine).iloc[0])
    profile_members = None
    # A hidden school's profile is not named either: which profile it is in follows from its own figures.
    if profile_of is not None and not hidden and profile_of.get(str(school_id)) is not None:
        profile_members = sub[ids.map(profile_of) == profile_of[str(school_id)]]
    rows = []
    for ind in schema.present(sub, list(SHEET_INDICATORS)):
        dev = indicators.deviation_from_organizer(sub, ind, "school")
        rows.append({"indicator": ind, "school": None if hidden else row[ind],
                     "organizer": dev.loc[row.name, "average"],
                     "profile": indicators.group_value(profile_members, ind) if profile_members is not None else None})
    table = pd.DataFrame(rows, columns=["indicator", "school", "organizer", "profile"], dtype=object)
    # The quartiles count every school of the year (an aggregate); only this school's own place is hidden.
    q = indicators.quartiles(sub["need_index"], sub["school_id"]) if "need_index" in sub else None
    quartile = int(q.loc[row.name]) if q is not None and pd.notna(q.loc[row.name]) else None
    name = _text(row, "school_name").strip() or str(school_id)

    def own(column: str) -> float | None:
        value = row.get(column)
        return None if hidden or value is None or pd.isna(value) else float(value)

    return SchoolFigures(str(school_id), name, year, row, hidden, table, own("need_index"),
                         None if hidden else quartile, own("first_teachers"), own("first_teachers_per_100_pupils"),
                         _need_based_posts(data, row, year), [] if hidden else _flags(sub, row, quartile),
                         _trend(data, str(school_id)))


def _flags(sub: pd.DataFrame, row: pd.Series, quartile: int | None) -> list[str]:
    """The things to talk about (i18n keys): qualified share below the organiser's average (and in the highest
    need quartile), turnover at least `TURNOVER_MARGIN` points above it."""
    flags = []
    if "qualified_share" in sub:
        deviation = indicators.deviation_from_organizer(sub, "qualified_share", "school").loc[row.name, "deviation"]
        if pd.notna(deviation) and deviation < 0:
            flags.append("skolblad.flag_below_organizer")
            if quartile == 4:
                flags.append("skolblad.flag_high_need_low_qualification")
    if "teacher_turnover" in sub and sub["teacher_turnover"].notna().any():
        deviation = indicators.deviation_from_organizer(sub, "teacher_turnover", "school").loc[row.name, "deviation"]
        if pd.notna(deviation) and deviation >= TURNOVER_MARGIN:
            flags.append("skolblad.flag_high_turnover")
    return flags


def _need_based_posts(data: Dataset, row: pd.Series, year: int) -> int | None:
    """The school's förstelärare if its organiser's posts (the same total) were placed by pupils × need (α = 1)."""
    if "first_teachers" not in data.frame or "organizer" not in data.frame or pd.isna(row.get("organizer")):
        return None
    try:
        sim = allocation.simulate(data.frame, allocation.Params(year=year, alpha=1.0, organizer=row["organizer"]))
        return int(sim.table.loc[str(row["school_id"]), "after"])
    except (allocation.AllocationError, KeyError):
        return None


def _trend(data: Dataset, school_id: str) -> pd.DataFrame:
    """The school's share of qualified teachers and its organiser's average in every year the school has a row;
    the school's own value is NaN (and `hidden` True) in each year under the small-number rule — the average
    still counts it."""
    rows = []
    for y in data.school_years:
        ys = data.year_frame(y)
        me = ys[ys["school_id"].astype(str) == school_id]
        if me.empty or "qualified_share" not in ys:
            continue
        hidden = bool(suppression.small(me).iloc[0])
        dev = indicators.deviation_from_organizer(ys, "qualified_share", "school")
        rows.append({"school_year": y, "school": math.nan if hidden else me["qualified_share"].iloc[0],
                     "organizer": dev.loc[me.index[0], "average"], "hidden": hidden})
    return pd.DataFrame(rows, columns=["school_year", "school", "organizer", "hidden"])


def _text(row: pd.Series, column: str) -> str:
    """A text cell of the school's row, "" when the file has no such column or no value (pd.NA has no truth)."""
    value = row.get(column)
    return "" if value is None or pd.isna(value) else str(value)


def school_sheet(data: Dataset, school_id: str, year: int, lang: str, source: str,
                 profile_of: pd.Series | None = None) -> Document:
    """The school sheet as a document: key figures beside the organiser's (and the profile's), need, trend,
    förstelärare, things to look at, and the dialogue questions. Raises KeyError for a school not in the year."""
    f = school_figures(data, school_id, year, profile_of)
    row = f.row
    municipality = _text(row, "municipality_name") or _text(row, "municipality_code")
    subtitle = t("skolblad.subtitle", lang, municipality=municipality, organizer=_text(row, "organizer") or "–",
                 year=fmt_school_year(year, lang), code=f.school_id)
    too_few = t("common.too_few", lang)
    has_profile = f.table["profile"].notna().any()
    columns = [t("common.indicator", lang), t("skolblad.school", lang), t("skolblad.organizer_average", lang)]
    if has_profile:
        columns.append(t("skolblad.profile_average", lang))
    rows = []
    for r in f.table.itertuples():
        cells = [column_label(r.indicator, lang), too_few if f.hidden else _fmt(r.school, r.indicator, lang),
                 _fmt(r.organizer, r.indicator, lang)]
        if has_profile:
            cells.append(_fmt(r.profile, r.indicator, lang))
        rows.append(cells)
    key = Section(t("skolblad.key_figures", lang), tables=[Table(columns, rows, t("skolblad.national_note", lang))])
    if f.hidden:
        need_text = t("skolblad.need_too_few", lang)
    elif f.need is not None:
        need_text = t("skolblad.need_text", lang, need=fmt_number(f.need, lang, 0), quartile=f.quartile or "–")
    else:
        need_text = t("skolblad.need_missing", lang)
    sections = [key, Section(t("skolblad.need_heading", lang), paragraphs=[need_text])]
    if len(f.trend) > 1:
        sections.append(_trend_section(f, lang, source))
    if f.hidden and "first_teachers" in row.index:
        sections.append(Section(t("skolblad.fl_heading", lang), paragraphs=[
            t("skolblad.fl_too_few", lang, need_based=_posts(f.need_based_posts, lang))]))
    elif f.first_teachers is not None:
        sections.append(Section(t("skolblad.fl_heading", lang), paragraphs=[
            t("skolblad.fl_text", lang, n=fmt_int(f.first_teachers, lang),
              rate=_fmt(f.first_teachers_rate, "first_teachers_per_100_pupils", lang),
              need_based=_posts(f.need_based_posts, lang))]))
    flags = [t("skolblad.flags_too_few", lang)] if f.hidden else [t(k, lang) for k in f.flags]
    sections.append(Section(t("skolblad.flags_heading", lang), bullets=flags or [t("skolblad.flags_none", lang)]))
    sections.append(Section(t("skolblad.dialogue_heading", lang),
                            bullets=[t(f"skolblad.question_{i}", lang) for i in range(1, QUESTIONS + 1)]))
    return Document(t("skolblad.title", lang, name=f.name), subtitle, lang, source,
                    t("banner.demo_short", lang) if data.is_demo else "", sections)


def _posts(n: int | None, lang: str) -> str:
    return fmt_int(n, lang) if n is not None else "–"


def _trend_section(f: SchoolFigures, lang: str, source: str) -> Section:
    """The qualified share over the years beside the organiser's average: "för få" in the years under the
    small-number rule, whose points the chart leaves out (its text alternative says which)."""
    from lib.charts import render
    from lib.charts import skolblad as charts

    too_few = t("common.too_few", lang)
    rows = [[schema.school_year_label(int(r.school_year)),
             too_few if r.hidden else _fmt(r.school, "qualified_share", lang),
             _fmt(r.organizer, "qualified_share", lang)] for r in f.trend.itertuples()]
    hidden_years = [fmt_school_year(int(y), lang) for y in f.trend.loc[f.trend["hidden"], "school_year"]]
    alt = t("skolblad.trend_alt", lang, name=f.name)
    if hidden_years:
        alt += " " + t("skolblad.trend_alt_too_few", lang, years=", ".join(hidden_years))
    table = Table([t("common.school_year", lang), t("skolblad.school", lang), t("skolblad.organizer_average", lang)],
                  rows, t("skolblad.too_few_note", lang) if hidden_years else "")
    chart = Chart(render.spec_of(charts.qualified_trend(f.trend, f.name, lang, source)), alt)
    return Section(t("skolblad.trend_heading", lang), tables=[table], charts=[chart])

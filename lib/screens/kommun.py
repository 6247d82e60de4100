"""What the Kommun screen shows, for any municipality-level dataset: one municipality's own view (its figures
beside all municipalities and those with similar needs, its trend, its organisers, its costs, findings in words),
and the nation's (findings, the need-quartile gap over the school years with the breaks marked, municipal and
independent organisers across municipalities, every municipality as a sortable, downloadable table).

Similar needs means the same need quartile in the same school year (`municipalities.peers`), and the screen says so.
Costs are calendar-year figures for municipal organisers, shown as context beside the teacher resources.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from lib import schema
from lib.cache import cached
from lib.charts import kommun as charts
from lib.charts import render
from lib.dataset import Dataset
from lib.i18n import column_label, fmt_int, fmt_number, fmt_pct, fmt_school_year, fmt_sek, has, t
from lib.measures import findings, indicators, suppression
from lib.measures import municipalities as mm
from lib.screens.karta import Figure
from lib.screens.parts import Table
from lib.text import inert

UNIT = mm.UNIT


# --- choices ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Choices:
    """The municipalities of the data (codes in name order) and their names."""

    codes: tuple[str, ...]
    names: dict[str, str] = field(compare=False)

    def label(self, code: str | None) -> str:
        """What the picker shows for a code: "Växjö (0780)"."""
        return "" if code is None else f"{self.names.get(code, code)} ({code})"

    def resolve(self, value: Any) -> str | None:
        """A municipality from a link: its code ("0780", "780") or its name, in any case; None when unknown."""
        text = str(value or "").strip()
        if not text:
            return None
        if text.isdigit() and len(text) <= 4 and text.zfill(4) in self.names:
            return text.zfill(4)
        by_name = {name.casefold(): code for code, name in self.names.items()}
        return by_name.get(text.casefold())


@cached("kommun")
def choices(data: Dataset) -> Choices:
    """Every municipality of the data, by name."""
    frame = data.frame
    if UNIT not in frame or frame.empty:
        return Choices((), {})
    names = indicators.display_names(frame, "municipality").astype(str)
    pairs = dict(zip(frame[UNIT].astype(str), names, strict=True))
    return Choices(tuple(sorted(pairs, key=lambda c: (pairs[c].casefold(), c))), pairs)


@dataclass(frozen=True)
class Sides:
    """The data a screen compares: all pupils of each municipality, and the municipal and independent organisers'
    data when there are such (None otherwise)."""

    main: Dataset
    kommunal: Dataset | None = None
    enskild: Dataset | None = None

    def __iter__(self):
        return iter((self.main, self.kommunal, self.enskild))


@cached("kommun")
def sides(data: Dataset) -> Sides:
    """Split data that holds several organiser types per municipality and school year (`organizer_type` rows such
    as samtliga, kommunal, enskild) into all pupils (samtliga, else the data as it is) and the two organiser types;
    data with one row per municipality and school year stays whole, without sides."""
    frame = data.frame
    if "organizer_type" not in frame or UNIT not in frame or not frame.duplicated([UNIT, "school_year"]).any():
        return Sides(data)
    types = frame["organizer_type"].astype("string").str.lower()

    def part(kind: str) -> Dataset | None:
        rows = frame[types == kind]
        return Dataset(rows.reset_index(drop=True), data.level, data.source, data.report) if len(rows) else None

    return Sides(part("samtliga") or data, part("kommunal"), part("enskild"))


def indicator_options(data: Dataset) -> tuple[str, ...]:
    """The indicators to compare: teacher resources first, then outcomes, then the need index."""
    order = (*schema.RESOURCE_INDICATORS, *schema.OUTCOME_INDICATORS, "pass_all_subjects_y6_share", "need_index")
    return tuple(dict.fromkeys(data.present(order)))


def label(column: str, lang: str) -> str:
    """A column's label: this screen's where it words it for a sentence (costs: per pupil, calendar year), else the
    canonical one."""
    return t(f"kommun.col.{column}", lang) if has(f"kommun.col.{column}") else column_label(column, lang)


def plain(column: str, lang: str) -> str:
    """The label in lower case without its unit, for use inside a sentence."""
    text = label(column, lang)
    return text.split(" (")[0].lower() if text.endswith(")") else text.lower()


def kind(column: str) -> str:
    """The kind of a column (schema's, else guessed from its name: shares end in `_share`, costs in `_sek`)."""
    spec = schema.BY_NAME.get(column)
    if spec is not None:
        return spec.kind
    return "share" if column.endswith("_share") else "sek" if column.endswith("_sek") else "ratio"


def fmt_value(column: str, value: float | None, lang: str) -> str:
    """A value as people read it: shares "76,5 %", kronor "112 400 kr", rates with two decimals, counts whole."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    k = kind(column)
    if k == "share":
        return fmt_pct(value, lang)
    if k == "sek":
        return fmt_sek(value, lang)
    if k == "count":
        return fmt_int(value, lang)
    return fmt_number(value, lang, 2 if k == "rate" else 1)


# --- one municipality ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MunicipalityView:
    """One municipality ready to draw: heading, the peer group in words, figures, findings, the trend chart
    (spec, text alternative, table), the costs beside the teacher resources and the breaks in the years shown."""

    code: str
    name: str
    heading: str
    peers_sentence: str
    figures: tuple[Figure, ...]
    findings: tuple[str, ...]
    trend_spec: dict[str, Any] | None
    trend_alt: str
    trend_table: Table
    costs: tuple[Figure, ...]
    costs_caption: str | None
    breaks_note: str | None
    trend_download: str


def _position_help(column: str, pos: mm.Position | None, peer_pos: mm.Position | None, all_value: float,
                   peer_value: float, lang: str) -> str:
    parts = [t("kommun.help_all", lang, value=fmt_value(column, all_value, lang))]
    if not math.isnan(peer_value):
        parts.append(t("kommun.help_peers", lang, value=fmt_value(column, peer_value, lang)))
    if pos is not None and pos.share_below is not None:
        parts.append(t("kommun.help_position", lang, share=fmt_pct(pos.share_below, lang, 0), n=fmt_int(pos.n, lang)))
    return " ".join(parts)


def _figures(rows: pd.DataFrame, code: str, columns: tuple[str, ...], hidden: bool,
             lang: str) -> tuple[Figure, ...]:
    group = mm.peers(rows, code)
    peer_rows = rows[rows[UNIT].astype(str).isin(group.codes)] if group else rows.iloc[0:0]
    out = []
    for column in columns:
        if hidden:
            out.append(Figure(label(column, lang), t("common.too_few", lang), None, suppression.reason(lang)))
            continue
        values = mm.unit_values(rows, column)
        pos = mm.position(values, code)
        peer_pos = mm.position(values[values.index.isin(group.codes)], code) if group else None
        all_value = indicators.group_value(rows, column)
        peer_value = indicators.group_value(peer_rows, column) if len(peer_rows) else math.nan
        value = pos.value if pos else None
        delta = None if value is None or math.isnan(all_value) else t(
            "kommun.delta", lang, value=fmt_number(value - all_value, lang, 2 if kind(column) == "rate" else 1))
        out.append(Figure(label(column, lang), fmt_value(column, value, lang), delta,
                          _position_help(column, pos, peer_pos, all_value, peer_value, lang)))
    return tuple(out)


def position_sentence(name: str, column: str, year: int, pos: mm.Position, peer_pos: mm.Position | None,
                      quartile: int | None, lang: str) -> str:
    """"Andel … i Växjö 2024/25: 76,5 %. Det är högre än i 62 % av landets 290 kommuner med värde och högre än i
    55 % av de 72 kommunerna med liknande behov (samma behovskvartil, Q2)." (ties counted half)."""
    text = t("kommun.find_position", lang, label=label(column, lang), name=inert(name),
             year=fmt_school_year(year, lang), value=fmt_value(column, pos.value, lang),
             share=fmt_pct(pos.share_below, lang, 0), n=fmt_int(pos.n, lang))
    if peer_pos is not None and peer_pos.share_below is not None and quartile is not None:
        text += " " + t("kommun.find_position_peers", lang, share=fmt_pct(peer_pos.share_below, lang, 0),
                        n=fmt_int(peer_pos.n, lang), q=quartile)
    return text


def trend_sentence(name: str, column: str, trend: pd.DataFrame, lang: str) -> str | None:
    """The change from the first to the last school year with a value, the municipality's and all municipalities'."""
    own = trend.dropna(subset=["own"])
    if len(own) < 2:
        return None
    first, last = own.iloc[0], own.iloc[-1]
    change = float(last["own"] - first["own"])
    return t("kommun.find_trend", lang, label=plain(column, lang), name=inert(name),
             first_year=fmt_school_year(int(first["school_year"]), lang),
             last_year=fmt_school_year(int(last["school_year"]), lang),
             first=fmt_value(column, float(first["own"]), lang), last=fmt_value(column, float(last["own"]), lang),
             all_first=fmt_value(column, float(first["all"]), lang),
             all_last=fmt_value(column, float(last["all"]), lang),
             direction=t("kommun.rose" if change > 0 else "kommun.fell" if change < 0 else "kommun.unchanged", lang))


def breaks_note(level: str, years: list[int], lang: str) -> str | None:
    """"Brott i statistiken: …" for the known breaks inside the years shown (None when there are none)."""
    found = mm.breaks(level, years)
    if not found:
        return None
    return t("kommun.breaks", lang, breaks="; ".join(t(key, lang) for _, key in found))


def _costs(cost_data: Dataset | None, code: str, name: str,
           lang: str) -> tuple[tuple[Figure, ...], str | None, tuple[str, ...]]:
    """The municipality's costs per pupil as figures, the caption that says what they are, and in words."""
    if cost_data is None:
        return (), None, ()
    rows = cost_data.frame[cost_data.frame[UNIT].astype(str) == code]
    hidden = bool(suppression.small(rows).any()) if not rows.empty else False
    figures, lines, years = [], [], []
    for column in mm.COST_COLUMNS:
        value = mm.latest_cost(cost_data.frame, code, column)
        if value is None:
            continue
        years.append(mm.cost_year(cost_data.frame, column))
        if hidden:
            figures.append(Figure(label(column, lang), t("common.too_few", lang), None, suppression.reason(lang)))
            continue
        pos = mm.position(mm.cost_values(cost_data.frame, column), code)
        if pos is None or pos.share_below is None:
            figures.append(Figure(label(column, lang), fmt_sek(value, lang), None, ""))
            continue
        share, median, n = fmt_pct(pos.share_below, lang, 0), fmt_sek(pos.median, lang), fmt_int(pos.n, lang)
        figures.append(Figure(label(column, lang), fmt_sek(value, lang), None,
                              t("kommun.cost_help", lang, median=median, share=share, n=n)))
        text = plain(column, lang)
        lines.append(t("kommun.find_cost_unit", lang, label=text[:1].upper() + text[1:], name=inert(name),
                       year=years[-1], value=fmt_sek(value, lang), share=share, n=n, median=median))
    if not figures:
        return (), None, ()
    return tuple(figures), t("kommun.costs_caption", lang, year=max(years)), tuple(lines)


def cost_source(data: Dataset, kommunal: Dataset | None) -> Dataset | None:
    """The dataset that carries the costs: the data itself when it has them, else its municipal side."""
    for candidate in (data, kommunal):
        if candidate is not None and any(c in candidate.frame and candidate.frame[c].notna().any()
                                         for c in mm.COST_COLUMNS):
            return candidate
    return None


@cached("kommun")
def municipality_view(data: Dataset, code: str, indicator: str, year: int, lang: str, source: str,
                      kommunal: Dataset | None = None) -> MunicipalityView:
    """One municipality in `year` for `indicator` (the trend over every school year of the data). `kommunal`, the
    municipal organisers' data, supplies the costs when `data` has none."""
    rows = data.year_frame(year)
    mine = rows[rows[UNIT].astype(str) == code]
    names = choices(data).names
    name = names.get(code, code)
    hidden = bool(suppression.small(mine).any()) if not mine.empty else False
    group = mm.peers(rows, code)
    # The figures of what the year has: a column without a value that year (year 9 before 2024/25) is left out.
    columns = tuple(dict.fromkeys(c for c in (indicator, *indicator_options(data)) if c in rows
                                  and rows[c].notna().any()))
    peers_sentence = t("kommun.peers", lang, q=group.quartile, n=fmt_int(len(group.codes), lang),
                       year=fmt_school_year(year, lang)) if group else t("kommun.peers_none", lang)
    lines: list[str] = []
    if mine.empty:
        lines.append(t("kommun.not_in_year", lang, name=inert(name), year=fmt_school_year(year, lang)))
    elif hidden:
        lines.append(t("kommun.find_small", lang, name=inert(name), year=fmt_school_year(year, lang)))
    else:
        values = mm.unit_values(rows, indicator)
        pos = mm.position(values, code)
        peer_pos = mm.position(values[values.index.isin(group.codes)], code) if group else None
        if pos is not None and pos.share_below is not None:
            lines.append(position_sentence(name, indicator, year, pos, peer_pos, group.quartile if group else None,
                                           lang))
    trend = mm.unit_trend(data.frame, code, indicator)
    sentence = trend_sentence(name, indicator, trend, lang)
    if sentence:
        lines.append(sentence)
    cost_figs, cost_caption, cost_lines = _costs(cost_source(data, kommunal), code, name, lang)
    lines.extend(cost_lines)
    years = [int(y) for y in trend["school_year"]]
    note = breaks_note(data.level, years, lang)
    spec = None
    if len(years) > 1:
        spec = render.ready(charts.unit_trend(trend, indicator, label(indicator, lang), name,
                                              mm.breaks(data.level, years), lang, source))
    return MunicipalityView(
        code=code, name=name, heading=t("kommun.heading", lang, name=inert(name), code=code),
        peers_sentence=peers_sentence,
        figures=(tuple(f for f in _figures(rows, code, columns, hidden, lang)) if not mine.empty else ()),
        findings=tuple(lines), trend_spec=spec,
        trend_alt=t("kommun.trend_alt", lang, name=inert(name), label=plain(indicator, lang), n=len(years)),
        trend_table=Table.of(trend_table(trend, indicator, name, lang)), costs=cost_figs,
        costs_caption=cost_caption, breaks_note=note, trend_download=f"kommun-{code}-{indicator}")


def trend_table(trend: pd.DataFrame, indicator: str, name: str, lang: str) -> pd.DataFrame:
    """The trend as a table: school year, the municipality (för få under the rule), all, similar needs."""
    d = 2 if kind(indicator) == "rate" else 1
    own = trend["own"].astype(float).round(d).astype(object)
    own[trend[suppression.FLAG].astype(bool)] = t("common.too_few", lang)
    return pd.DataFrame({
        t("kommun.col.school_year", lang): [fmt_school_year(int(y), lang) for y in trend["school_year"]],
        name: own.to_list(),
        t("kommun.series_all", lang): trend["all"].astype(float).round(d).to_list(),
        t("kommun.series_peers", lang): trend["peers"].astype(float).round(d).to_list(),
        t("kommun.col.quartile", lang): trend["quartile"].astype("Int64").to_list(),
    })


# --- organisers -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class OrganizerView:
    """Municipal and independent organisers side by side: the chosen municipality's line, the nation's, and a
    table of every municipality (för få where a side falls under the small-number rule)."""

    municipality: str | None
    nation: str | None
    table: Table
    download_name: str
    trend_spec: dict[str, Any] | None = None  # the chosen municipality's two sides over the school years
    trend_alt: str = ""
    trend_table: Table | None = None
    trend_download: str = ""


def organizer_trend(kommunal: pd.DataFrame, enskild: pd.DataFrame, code: str, indicator: str) -> pd.DataFrame:
    """Per school year: the municipality's municipal and independent side (missing where a side has no value or
    falls under the small-number rule) and whether each side is under the rule."""
    k = mm.unit_trend(kommunal, code, indicator).set_index("school_year")
    e = mm.unit_trend(enskild, code, indicator).set_index("school_year")
    years = sorted(set(k.index) | set(e.index))
    return pd.DataFrame({"school_year": years, "municipal": k["own"].reindex(years).to_numpy(dtype=float),
                         "independent": e["own"].reindex(years).to_numpy(dtype=float),
                         "municipal_small": k[suppression.FLAG].reindex(years).fillna(False).astype(bool).to_numpy(),
                         "independent_small": e[suppression.FLAG].reindex(years).fillna(False).astype(bool).to_numpy()})


def _organizer_trend_parts(kommunal: Dataset, enskild: Dataset, code: str, name: str, indicator: str, lang: str,
                           source: str) -> tuple[dict[str, Any] | None, str, Table | None]:
    trend = organizer_trend(kommunal.frame, enskild.frame, code, indicator)
    if trend[["municipal", "independent"]].notna().sum().sum() < 2:
        return None, "", None
    years = [int(y) for y in trend["school_year"]]
    series = {"municipal": t("kommun.series_municipal", lang), "independent": t("kommun.series_independent", lang)}
    spec = render.ready(charts.sides_trend(trend, series, label(indicator, lang), name,
                                           mm.breaks("municipality", years), lang, source))
    table = pd.DataFrame({
        t("kommun.col.school_year", lang): [fmt_school_year(y, lang) for y in years],
        series["municipal"]: _cells(trend["municipal"], indicator),
        series["independent"]: _cells(trend["independent"], indicator),
        t("kommun.col.note", lang): [_note(m, i, lang) for m, i in zip(trend["municipal_small"],
                                                                       trend["independent_small"], strict=True)]})
    alt_text = t("kommun.sides_alt", lang, name=inert(name), label=plain(indicator, lang), n=len(years))
    return spec, alt_text, Table.of(table)


@cached("kommun")
def organizer_view(kommunal: Dataset, enskild: Dataset, indicator: str, year: int, code: str | None,
                   lang: str, source: str = "") -> OrganizerView:
    """The two organiser types of every municipality in `year`, from the municipal and the independent data. The
    need index is made within each dataset (100 = its own average), so it is not compared between them."""
    if indicator == "need_index":
        return OrganizerView(t("kommun.organizers_need", lang), None, Table.of(pd.DataFrame()), "")
    k, e = kommunal.year_frame(year), enskild.year_frame(year)
    table = mm.organizer_table(k, e, indicator)
    names = {**choices(enskild).names, **choices(kommunal).names}
    y = fmt_school_year(year, lang)
    municipality = None
    if code is not None:
        row = table[table[UNIT] == code]
        if not row.empty:
            r = row.iloc[0]
            municipality = t("kommun.find_organizers", lang, name=inert(names.get(code, code)), year=y,
                             label=plain(indicator, lang),
                             municipal=_side(indicator, r["municipal"], bool(r["municipal_small"]), lang),
                             independent=_side(indicator, r["independent"], bool(r["independent_small"]), lang))
        else:
            municipality = t("kommun.find_organizers_none", lang, name=inert(names.get(code, code)), year=y)
    totals = mm.organizer_totals(kommunal.frame, enskild.frame, indicator, year)
    nation = None
    if totals.both:
        nation = t("kommun.find_organizers_nation", lang, year=y, label=plain(indicator, lang),
                   municipal=fmt_value(indicator, totals.municipal, lang),
                   independent=fmt_value(indicator, totals.independent, lang),
                   higher=fmt_int(totals.independent_higher, lang), lower=fmt_int(totals.municipal_higher, lang),
                   n=fmt_int(totals.both, lang))
    shown = pd.DataFrame({
        column_label("municipality_name", lang): [names.get(c, c) for c in table[UNIT]],
        column_label("municipality_code", lang): table[UNIT].to_list(),
        t("kommun.col.municipal", lang, label=label(indicator, lang)): _cells(table["municipal"], indicator),
        t("kommun.col.independent", lang, label=label(indicator, lang)): _cells(table["independent"], indicator),
        t("kommun.col.difference", lang): _cells(table["difference"], indicator),
        t("kommun.col.note", lang): [_note(m, i, lang) for m, i in zip(table["municipal_small"],
                                                                       table["independent_small"], strict=True)],
    })
    shown = shown.sort_values([shown.columns[0], shown.columns[1]]).reset_index(drop=True)
    trend = _organizer_trend_parts(kommunal, enskild, code, names.get(code, code), indicator, lang, source) \
        if code is not None else (None, "", None)
    return OrganizerView(municipality, nation, Table.of(shown), f"huvudman-{indicator}-{year}", *trend,
                         trend_download=f"huvudman-{code}-{indicator}")


def _side(indicator: str, value: float, small: bool, lang: str) -> str:
    if small:
        return t("common.too_few", lang)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return t("kommun.no_value", lang)
    return fmt_value(indicator, float(value), lang)


def _cells(values: pd.Series, indicator: str) -> list[float | None]:
    """Numbers rounded for a table (missing where there is none or the rule hides it: the sides come blanked)."""
    d = 2 if kind(indicator) == "rate" else 1
    return [None if pd.isna(v) else round(float(v), d) for v in values]


def _note(municipal_small: bool, independent_small: bool, lang: str) -> str:
    """Which side of a municipality the small-number rule hides ("" for none)."""
    if municipal_small and independent_small:
        return t("common.too_few", lang)
    if municipal_small or independent_small:
        return t("kommun.too_few_side", lang,
                 side=t("kommun.side_municipal" if municipal_small else "kommun.side_independent", lang))
    return ""


# --- the nation ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NationView:
    """All municipalities: findings, the need-quartile gap over the school years (chart, alt text, breaks) and the
    table of every municipality in the chosen year."""

    findings: tuple[str, ...]
    gap_spec: dict[str, Any] | None
    gap_alt: str
    gap_table: Table
    breaks_note: str | None
    table: Table
    table_heading: str
    download_name: str
    gap_download: str


def gap_trend_sentence(trend: pd.DataFrame, indicator: str, lang: str) -> str | None:
    """The gap Q4 − Q1 in the first and the last school year, in the indicator's unit, signed."""
    gaps = trend.dropna(subset=["gap"])
    if len(gaps) < 2:
        return None
    first, last = gaps.iloc[0], gaps.iloc[-1]
    size = (lambda g: findings.size_text(indicator, g, lang)) if indicator in schema.BY_NAME else \
        (lambda g: fmt_number(abs(g), lang))
    return t("kommun.find_gap_trend", lang, label=plain(indicator, lang),
             first_year=fmt_school_year(int(first["school_year"]), lang),
             last_year=fmt_school_year(int(last["school_year"]), lang),
             first=size(float(first["gap"])), first_dir=_dir(float(first["gap"]), lang),
             last=size(float(last["gap"])), last_dir=_dir(float(last["gap"]), lang))


def _dir(gap: float, lang: str) -> str:
    return t("kommun.gap_higher" if gap > 0 else "kommun.gap_lower" if gap < 0 else "kommun.gap_equal", lang)


def spread_sentence(rows: pd.DataFrame, indicator: str, year: int, lang: str) -> str | None:
    """The spread between municipalities: the 10th and 90th percentiles of the values (units under the
    small-number rule left out: a percentile may be one municipality's value)."""
    shown = rows[~suppression.small(rows)]
    values = mm.unit_values(shown, indicator)
    if len(values) < 10:
        return None
    return t("kommun.find_spread", lang, label=plain(indicator, lang), year=fmt_school_year(year, lang),
             p10=fmt_value(indicator, float(values.quantile(0.1)), lang),
             p90=fmt_value(indicator, float(values.quantile(0.9)), lang), n=fmt_int(len(values), lang))


@cached("kommun")
def nation_view(data: Dataset, indicator: str, year: int, lang: str, source: str,
                kommunal: Dataset | None = None) -> NationView:
    """Every municipality of the data in `year`, and the need-quartile gap of `indicator` over all school years."""
    rows = data.year_frame(year)
    lines: list[str] = []
    quartiles = indicators.need_quartiles(data.frame, indicator, year, UNIT) if "need_index" in rows else None
    if quartiles is not None and indicator in schema.BY_NAME:
        gap = findings.gap_finding(quartiles, "municipality", lang)
        if gap is not None:
            lines.append(gap.text)
    over_time = indicators.trend(data.frame, indicator, UNIT) if "need_index" in data.frame else pd.DataFrame()
    if not over_time.empty:
        sentence = gap_trend_sentence(over_time, indicator, lang)
        if sentence:
            lines.append(sentence)
    spread = spread_sentence(rows, indicator, year, lang)
    if spread:
        lines.append(spread)
    cost_data = cost_source(data, kommunal)
    if cost_data is not None:
        lines.extend(cost_sentences(cost_data, lang))
    years = [int(y) for y in over_time["school_year"]] if not over_time.empty else []
    found = mm.breaks(data.level, years)
    spec = render.ready(charts.gap_trend(over_time, label(indicator, lang), found, lang, source)) \
        if len(years) > 1 else None
    return NationView(
        findings=tuple(lines), gap_spec=spec,
        gap_alt=t("kommun.gap_alt", lang, label=plain(indicator, lang), n=len(years)),
        gap_table=Table.of(gap_table(over_time, indicator, lang)), breaks_note=breaks_note(data.level, years, lang),
        table=Table.of(municipality_table(data, year, lang, cost_data)),
        table_heading=t("kommun.table_heading", lang, year=fmt_school_year(year, lang)),
        download_name=f"kommuner-{year}", gap_download=f"behovskvartiler-{indicator}")


def cost_sentences(cost_data: Dataset, lang: str) -> list[str]:
    """The median cost per pupil among municipalities (calendar year, municipal organisers), said as context."""
    out = []
    for column in mm.COST_COLUMNS:
        values = mm.cost_values(cost_data.frame, column)
        if len(values) < 10:
            continue
        text = plain(column, lang)
        out.append(t("kommun.find_cost", lang, label=text[:1].upper() + text[1:],
                     year=mm.cost_year(cost_data.frame, column), median=fmt_sek(float(values.median()), lang),
                     p10=fmt_sek(float(values.quantile(0.1)), lang), p90=fmt_sek(float(values.quantile(0.9)), lang),
                     n=fmt_int(len(values), lang)))
    return out


def gap_table(trend: pd.DataFrame, indicator: str, lang: str) -> pd.DataFrame:
    """The need-quartile gap per school year: Q1, Q4, gap."""
    d = 2 if kind(indicator) == "rate" else 1
    if trend.empty:
        return pd.DataFrame()
    return pd.DataFrame({
        t("kommun.col.school_year", lang): [fmt_school_year(int(y), lang) for y in trend["school_year"]],
        t("kommun.q1", lang): trend["q1"].astype(float).round(d).to_list(),
        t("kommun.q4", lang): trend["q4"].astype(float).round(d).to_list(),
        t("kommun.col.gap", lang): trend["gap"].astype(float).round(d).to_list(),
    })


TABLE_COLUMNS: tuple[str, ...] = ("need_index", "qualified_share", "pupils_per_teacher",
                                  "first_teachers_per_100_pupils", "first_teachers_per_100_teachers",
                                  "pass_all_subjects_y6_share", "eligible_share", "eligible_y9_share", "merit_value",
                                  "parents_higher_ed_share", "foreign_background_share", "pupils", "teacher_fte")


def municipality_table(data: Dataset, year: int, lang: str, cost_data: Dataset | None = None) -> pd.DataFrame:
    """Every municipality in `year`: name, code, need quartile and the figures the data has, rounded (counts whole,
    rates two decimals, the rest one), costs (calendar year) from `cost_data`. A municipality under the small-number
    rule keeps its name and code, its figures are empty and its note says "för få": a sortable table keeps its
    number columns numbers (a "för få" cell would turn a column into text that sorts as text)."""
    rows = data.year_frame(year).copy()
    rows[UNIT] = rows[UNIT].astype(str)
    q = mm.need_quartiles(rows)
    table = pd.DataFrame({"municipality_name": indicators.display_names(rows, "municipality").to_numpy(),
                          UNIT: rows[UNIT].to_numpy()})
    table["quartile"] = q.reindex(rows[UNIT]).to_numpy()
    for column in TABLE_COLUMNS:
        if column in rows and rows[column].notna().any():
            d = 0 if kind(column) == "count" else 2 if kind(column) == "rate" else 1
            table[column] = pd.to_numeric(rows[column], errors="coerce").round(d).to_numpy()
    if cost_data is not None:
        for column in mm.COST_COLUMNS:
            values = mm.cost_values(cost_data.frame, column)
            if len(values):
                table[column] = values.reindex(rows[UNIT]).round(0).to_numpy()
    mask = pd.Series(suppression.small(rows).to_numpy(), index=table.index)
    shown = suppression.blanked(table, mask)  # numbers stay numbers, so every column sorts as numbers
    shown["note"] = [t("common.too_few", lang) if hidden else "" for hidden in mask]
    shown = shown.sort_values(["municipality_name", UNIT]).reset_index(drop=True)
    labels = {c: (t("kommun.col.quartile", lang) if c == "quartile" else t("kommun.col.note", lang) if c == "note"
                  else label(c, lang)) for c in shown.columns}
    return shown.rename(columns=labels)

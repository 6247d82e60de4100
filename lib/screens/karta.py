"""What the Karta screen shows: the colour modes and indicators on offer, the school map of one look (spec, text
alternative, picker, table, the bivariate legend and its "worst class" table), a choropleth for municipality-level
data, and the figures of a selected school. Everything comes ready to draw, in the visitor's language."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from lib import schema
from lib.cache import cached
from lib.charts import maps, render
from lib.dataset import Dataset, organizers
from lib.geo import mapdata
from lib.i18n import column_label, fmt_count, fmt_int, fmt_number, fmt_school_year, t
from lib.measures import findings, indicators, profiles, suppression
from lib.screens import profiler
from lib.screens.parts import Table
from lib.text import inert

PROFILE = "profile"
FIGURES: tuple[str, ...] = ("need_index", "qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils",
                            "pupils")
# The map table's own fields (the rest are canonical columns, labelled by `column_label`).
_FIELD_LABELS = {"name": "col.school_name", "municipality": "col.municipality_name", "organizer": "col.organizer"}


# --- choices ------------------------------------------------------------------------------------------------

def modes(data: Dataset, grouping: Any = None) -> tuple[str, ...]:
    """The colour modes on offer: indicator, deviation, bivariate, and challenge profiles when the Profiler screen
    has grouped this data's schools (`grouping`, a `profiler.Grouping`, from the shared state)."""
    with_profiles = isinstance(grouping, profiler.Grouping) and data.level == "school"
    return (*mapdata.MODES, *((PROFILE,) if with_profiles else ()))


def mode_labels(lang: str) -> dict[str, str]:
    """Mode → its name on the mode switch."""
    return {mode: t(f"karta.mode.{mode}", lang) for mode in (*mapdata.MODES, PROFILE)}


@dataclass(frozen=True)
class IndicatorChoice:
    """The indicator picker of a mode: its options in screen order, the default and the label's i18n key."""

    options: tuple[str, ...]
    default: str
    label_key: str


def indicator_choice(data: Dataset, mode: str) -> IndicatorChoice:
    """An indicator map offers the need index first, then the teacher resources, the other needs and the outcomes;
    the other modes compare a teacher resource (with need, or with the organiser's average)."""
    if mode == "indicator":
        order = (*schema.NEED_INDICATORS[:1], *schema.RESOURCE_INDICATORS, *schema.NEED_INDICATORS[1:],
                 *schema.OUTCOME_INDICATORS)
        return IndicatorChoice(tuple(data.present(order)), "need_index", "karta.indicator")
    return IndicatorChoice(tuple(data.present(schema.RESOURCE_INDICATORS)), "qualified_share", "karta.resource")


def profile_caption(grouping: Any, lang: str) -> str | None:
    """Which school year the shared challenge profiles are for (None without profiles)."""
    if not isinstance(grouping, profiler.Grouping):
        return None
    return t("karta.profile_year", lang, year=fmt_school_year(grouping.year, lang))


@dataclass(frozen=True)
class FilterOptions:
    """The municipality and organiser filters of one school year."""

    municipalities: tuple[str, ...]  # codes, in code order
    organizers: tuple[str, ...]
    names: dict[str, str] = field(compare=False)  # municipality code → name

    def municipality_name(self, code: str) -> str:
        """The name a municipality filter option shows."""
        return self.names.get(code, code)


@cached("karta")
def filter_options(data: Dataset, year: int) -> FilterOptions:
    """The municipalities and organisers that have units in `year`."""
    rows = data.year_frame(year)
    codes = tuple(sorted(rows["municipality_code"].dropna().astype(str).unique())) \
        if "municipality_code" in rows else ()
    names = schema.municipality_names()
    return FilterOptions(codes, tuple(organizers(data, year)), {c: names.get(c, c) for c in codes})


@dataclass(frozen=True)
class Look:
    """What the visitor chose to see on a school map: mode, indicator, school year, filters (empty: all) and, in
    profile mode, the shared grouping (whose school year the schools are shown in)."""

    mode: str
    indicator: str
    year: int
    municipalities: tuple[str, ...] = ()
    organizers: tuple[str, ...] = ()
    grouping: profiler.Grouping | None = None
    extent: str = "fit"  # `EXTENTS`: fitted to the municipalities in view, or the whole country

    @classmethod
    def of(cls, mode: str, indicator: str, year: int, municipalities: Any = (), organizers: Any = (),
           grouping: Any = None, extent: str = "fit") -> Look:
        """The look of the visitor's choices; the grouping counts only in profile mode (so the other modes' maps
        are shared whatever profiles a visitor has made)."""
        return cls(mode, indicator, year, tuple(municipalities), tuple(organizers),
                   grouping if mode == PROFILE and isinstance(grouping, profiler.Grouping) else None,
                   extent if extent in EXTENTS else "fit")


EXTENTS: tuple[str, ...] = ("fit", "country")  # the school map's extent, as a link writes it (`extent=`)


def extent_label(extent: str, lang: str) -> str:
    """The extent switch's option: the municipalities in view, or Sweden."""
    return t(f"karta.extent.{extent}", lang)


# --- the school map -----------------------------------------------------------------------------------------

def colour_heading(mode: str, indicator: str, lang: str) -> str:
    """The heading of the colour column in the map's tables: what the colour shows in this mode."""
    if mode == "bivariate":
        return t("karta.col.class", lang)
    return maps.colour_title(mode, indicator, lang)


def points_table(points: pd.DataFrame, mode: str, indicator: str, lang: str, colour: bool = True) -> pd.DataFrame:
    """School points as a table in the visitor's language, without coordinates. The colour column is headed by
    what it shows; in indicator mode it is left out when the indicator is already a column of its own. A school
    under the small-number rule keeps its name and shows "för få" ("< 10" pupils when it has fewer)."""
    drop = ["lat", "lon", suppression.FLAG]
    if not colour or (mode == "indicator" and indicator in points.columns):
        drop.append("colour")
    shown = suppression.for_people(points, lang, mask=points.get(suppression.FLAG),
                                   decisions=("municipality", *(("colour",) if mode == "change" else ())))
    shown = shown.drop(columns=[c for c in drop if c in shown.columns])
    labels = {c: t(_FIELD_LABELS[c], lang) if c in _FIELD_LABELS else column_label(c, lang) for c in shown.columns}
    labels["colour"] = colour_heading(mode, indicator, lang)
    return shown.rename(columns=labels)


@dataclass(frozen=True)
class Bivariate:
    """The bivariate mode's extras: the 3 × 3 legend, its caption and the schools of the darkest class."""

    legend: dict[str, Any]
    caption: str
    heading: str
    worst: Table
    download_name: str


def bivariate_legend(indicator: str, lang: str) -> dict[str, Any]:
    """The 3 × 3 legend as a spec ready to draw."""
    return render.ready(maps.bivariate_legend(indicator, lang))


def _bivariate(points: pd.DataFrame, indicator: str, year: int, lang: str) -> Bivariate:
    label = findings.plain_label(indicator, lang)
    worst = points_table(mapdata.worst_class_units(points), "bivariate", indicator, lang, colour=False)
    return Bivariate(bivariate_legend(indicator, lang), t("karta.legend_caption", lang, indicator=label),
                     t("karta.worst_heading", lang, indicator=label), Table.of(worst),
                     f"hogt-behov-svag-resurs-{year}")


@dataclass(frozen=True)
class SchoolMap:
    """A school map ready to draw: its spec (None when no school has coordinates), title, text alternative, the
    school picker, the table of the schools on it and, in bivariate mode, the legend and the darkest class."""

    year: int  # the school year shown (in profile mode, the grouping's)
    title: str
    alt_text: str
    spec: dict[str, Any] | None
    table: Table
    download_name: str
    schools: dict[str, str] = field(compare=False)  # school id → name, in the order of the names
    none_label: str = ""
    bivariate: Bivariate | None = None

    @property
    def picker_options(self) -> list[str | None]:
        """The school picker's options: none chosen, then every school on the map."""
        return [None, *self.schools]

    def picker_index(self, school_id: str | None) -> int:
        """The picker's position of a school clicked on the map (0, none, when it is not on the map)."""
        return list(self.schools).index(school_id) + 1 if school_id in self.schools else 0

    def school_label(self, school_id: str | None) -> str:
        """What the picker shows for an option."""
        return self.none_label if school_id is None else self.schools.get(school_id, school_id)


def _profile_points(data: Dataset, look: Look, lang: str) -> pd.DataFrame:
    """School points of the grouping's year coloured by profile label (units without a profile get none)."""
    points = mapdata.points(data, look.grouping.year, "indicator", look.indicator, look.municipalities,
                           look.organizers)
    result = profiler.grouping_result(data, look.grouping)
    if isinstance(result, profiles.ProfileError):
        return mapdata.with_profiles(points, pd.Series(dtype="string"))
    return mapdata.with_profiles(points, profiler.profile_labels(result, lang))


def map_title(mode: str, indicator: str, year: int, lang: str) -> str:
    """The map's title: what it is coloured by, and the school year."""
    if mode == PROFILE:
        return t("profiler.map_title", lang, year=fmt_school_year(year, lang))
    return t(f"karta.title_{mode}", lang, indicator=column_label(indicator, lang), year=fmt_school_year(year, lang))


def coloured_by(mode: str, indicator: str, lang: str) -> str:
    """What the colours show, inside a sentence: the indicator's label or the mode's name, in lower case."""
    return (column_label(indicator, lang) if mode == "indicator" else t(f"karta.mode.{mode}", lang)).lower()


@cached("karta")
def school_map(data: Dataset, look: Look, lang: str, source: str) -> SchoolMap:
    """The school map of one look, fitted to the municipalities in view (the filter's, else those with units in
    the picked year), so one municipality fills the map; zoomed out, the whole country with them shaded."""
    if look.mode == PROFILE and look.grouping is not None:
        year, points = look.grouping.year, _profile_points(data, look, lang)
    else:
        year = look.year
        points = mapdata.points(data, year, look.mode, look.indicator, look.municipalities, look.organizers)
    shown_codes = look.municipalities or filter_options(data, look.year).municipalities
    title = map_title(look.mode, look.indicator, year, lang)
    spec = None if points.empty else render.ready(maps.school_map(
        points, shown_codes, look.mode, look.indicator, lang, title, source, zoom=look.extent == "fit"))
    ordered = points.sort_values(["name", "school_id"])
    n_small = int(points[suppression.FLAG].sum()) if suppression.FLAG in points else 0
    alt_text = t("karta.alt", lang, n=fmt_int(len(points), lang), m=fmt_count(len(shown_codes), "municipalities", lang),
                 what=coloured_by(look.mode, look.indicator, lang))
    return SchoolMap(
        year=year, title=title,
        alt_text=f"{alt_text} {t('karta.alt_small', lang, n=n_small)}" if n_small else alt_text,
        spec=spec, table=Table.of(points_table(points, look.mode, look.indicator, lang)),
        download_name=f"karta-{look.indicator}-{year}",
        schools=dict(zip(ordered["school_id"], ordered["name"], strict=True)),
        none_label=t("karta.pick_none", lang),
        bivariate=_bivariate(points, look.indicator, year, lang) if look.mode == "bivariate" else None)


def _field(value: Any, name: str) -> Any:
    """A field of a chart event, which Streamlit gives as a dictionary with attribute access."""
    if value is None:
        return None
    return value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)


def clicked_school(event: Any) -> str | None:
    """The school id a click on the map selected (the chart event's selection parameter), or None."""
    selection = _field(_field(event, "selection"), maps.SELECTION)
    if not selection:
        return None
    school_id = selection[0].get("school_id")
    return None if school_id is None else str(school_id)


def clicked_municipality(event: Any) -> str | None:
    """The municipality code a click on the choropleth selected, or None."""
    selection = _field(_field(event, "selection"), maps.MUNICIPALITY_SELECTION)
    if not selection:
        return None
    code = selection[0].get("municipality_code")
    return None if code is None else str(code)


# --- a selected school --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Figure:
    """One metric of the selected school: label, value, deviation from the organiser's average, explanation."""

    label: str
    value: str
    delta: str | None
    help: str
    direction: int = 0  # the deviation's sign as shown (1, 0, −1): the arrow, since a Swedish minus is not a "-"


@dataclass(frozen=True)
class SelectedSchool:
    """The selected school: its name line, the link parameters of its school sheet, and its figures."""

    school_id: str
    name: str
    heading: str
    sheet_query: dict[str, str] = field(compare=False)
    figures: tuple[Figure, ...] = ()


def figure_decimals(indicator: str) -> int:
    """Decimals of a figure: counts (pupils) are whole, the rest as in the findings (`findings.decimals`)."""
    return 0 if schema.BY_NAME[indicator].kind == "count" else findings.decimals(indicator)


def figures(rows: pd.DataFrame, school_id: str, lang: str) -> tuple[Figure, ...]:
    """The school's figures beside its organiser's average, from one school year's rows; the size (pupils) without
    a deviation. A school under the small-number rule shows "för få" ("< 10" pupils when it has fewer), and its
    help says why instead of giving a deviation."""
    table = mapdata.unit_figures(rows, school_id, "school_id", "school", FIGURES)
    mine = rows[rows["school_id"].astype(str) == str(school_id)]
    if not mine.empty and bool(suppression.small(mine).iloc[0]):
        shown = suppression.for_people(mine[[c for c in table["indicator"] if c in mine]], lang,
                                       mask=pd.Series(True, index=mine.index)).iloc[0]
        return tuple(Figure(column_label(ind, lang), str(shown[ind]), None, suppression.reason(lang))
                     for ind in table["indicator"])
    out = []
    for row in table.itertuples():
        d, count = figure_decimals(row.indicator), schema.BY_NAME[row.indicator].kind == "count"
        out.append(Figure(
            column_label(row.indicator, lang), fmt_number(row.value, lang, d),
            None if count else fmt_number(row.deviation, lang, d),
            t("karta.selected_compare", lang, average=fmt_number(row.average, lang, d),
              deviation=fmt_number(row.deviation, lang, d)), 0 if count else _sign(row.deviation, d)))
    return tuple(out)


def _sign(value: float | None, decimals: int) -> int:
    """The sign of a deviation as shown with `decimals` (one that shows as 0,0 has no direction)."""
    if value is None or pd.isna(value):
        return 0
    shown = round(float(value), decimals)
    return (shown > 0) - (shown < 0)


@cached("karta")
def selected_school(data: Dataset, school_id: str, year: int, lang: str) -> SelectedSchool:
    """One school's figures in `year`, its name as the map shows it, and the link to its school sheet."""
    rows = data.year_frame(year)
    mine = rows[rows["school_id"].astype(str) == school_id]
    name = str(indicators.display_names(mine, "school").iloc[0]) if not mine.empty else school_id
    return SelectedSchool(
        school_id, name, t("karta.selected_name", lang, name=inert(name), id=inert(school_id)),
        {"school": school_id, "year": str(year), "lang": lang},
        figures(rows, school_id, lang))


# --- municipality-level data --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Choropleth:
    """A map of municipalities coloured by their value, ready to draw, with its text alternative."""

    title: str
    alt_text: str
    spec: dict[str, Any]
    download_name: str
    legend: dict[str, Any] | None = None  # the bivariate mode's 3 × 3 legend


@cached("karta")
def choropleth(data: Dataset, year: int, mode: str, indicator: str, lang: str, source: str) -> Choropleth:
    """Municipality-level data as a choropleth of all 290 municipalities (grey where the data has no value). The
    features share the boundaries' geometry: never mutate them."""
    from lib.geo import boundaries

    values = mapdata.municipality_values(data.year_frame(year), mode, indicator)
    title = map_title(mode, indicator, year, lang)
    spec = maps.choropleth(boundaries.vega_features(values), mode, indicator, lang, title, source)
    n = sum(v["value"] is not None for v in values.values())
    return Choropleth(title, t("karta.alt_municipality", lang, what=coloured_by(mode, indicator, lang), n=n),
                      render.ready(spec), f"karta-{indicator}-{year}",
                      bivariate_legend(indicator, lang) if mode == "bivariate" else None)

"""Maps without a tile server: municipality boundaries (the served GeoJSON file for school maps, inline features
with values for the choropleth) and school points, in a transverse Mercator projection centred on 15° E (close to
SWEREF 99 TM), so Sweden keeps its shape. `lib.charts.render.spec_of` inlines the file for PNG, SVG and PDF."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from typing import Any

import altair as alt
import pandas as pd

from lib import schema
from lib.charts import CATEGORICAL, DIVERGING, SEQUENTIAL, titled
from lib.geo import boundaries
from lib.geo.boundaries import PROJECTION
from lib.geo.mapdata import BIVARIATE_COLOURS, Mode
from lib.i18n import column_label, t
from lib.measures import suppression

SELECTION = "school"
MUNICIPALITY_SELECTION = "municipality"  # the choropleth's: a click on a municipality with a value selects it


def colour_title(mode: Mode, indicator: str, lang: str) -> str:
    """The legend title of a mode."""
    if mode == "deviation":
        return t("karta.legend_deviation", lang, indicator=column_label(indicator, lang))
    if mode == "bivariate":
        return t("karta.legend_bivariate", lang, indicator=column_label(indicator, lang))
    if mode == "profile":
        return t("profiler.profile", lang)
    if mode == "change":
        return t("forstelarare.legend_change", lang)
    return column_label(indicator, lang)


def colour_encoding(mode: Mode, indicator: str, lang: str, field: str) -> alt.Color:
    """Sequential (viridis) for an indicator, diverging around 0 for deviations, 3×3 classes for bivariate."""
    title = colour_title(mode, indicator, lang)
    if mode == "bivariate":
        return alt.Color(f"{field}:N", title=title, legend=None,
                         scale=alt.Scale(domain=list(BIVARIATE_COLOURS), range=list(BIVARIATE_COLOURS.values())))
    if mode in ("deviation", "change"):
        return alt.Color(f"{field}:Q", title=title, scale=alt.Scale(scheme=DIVERGING, domainMid=0))
    if mode == "profile":
        return alt.Color(f"{field}:N", title=title, scale=alt.Scale(scheme=CATEGORICAL),
                         legend=alt.Legend(orient="bottom", columns=1, labelLimit=400))
    reverse = schema.BY_NAME[indicator].role in ("burden", "need")
    return alt.Color(f"{field}:Q", title=title, scale=alt.Scale(scheme=SEQUENTIAL, reverse=reverse))


BOUNDARIES, SCHOOLS = "boundaries", "schools"


def with_datasets(skeleton: dict[str, Any], datasets: dict[str, Any]) -> dict[str, Any]:
    """A new spec: the (shared, never mutated) skeleton with its named datasets attached. GeoJSON features
    stay inline (Streamlit keeps GeoJSON as is) and DataFrames travel as Arrow. Keeping the data out of the
    Altair objects keeps Altair from walking thousands of coordinates (measured: 0.8 s → a few ms per map)."""
    return {**skeleton, "datasets": {**skeleton.get("datasets", {}), **datasets}}


PRESENT = "lr_present"  # the map's parameter: codes of the municipalities with units in the view


def _boundaries(lang: str, zoom: bool) -> alt.Chart:
    """Municipality outlines, read by the browser from the served boundaries file (not sent with each map);
    those with units in the view (parameter `PRESENT`) a shade darker than the context. `zoom` draws only them."""
    data = alt.UrlData(boundaries.BOUNDARIES_URL, format=alt.JsonDataFormat(type="json", property="features"))
    chart = alt.Chart(data).transform_calculate(
        present=f"indexof({PRESENT}, datum.properties.municipality_code) >= 0")
    if zoom:
        chart = chart.transform_filter("datum.present")
    return chart.mark_geoshape(stroke="#9a9a9a", strokeWidth=0.4).encode(
        fill=alt.condition("datum.present", alt.value("#dedede"), alt.value("#f6f6f6")),
        tooltip=alt.Tooltip("properties.municipality_name:N", title=column_label("municipality_name", lang)))


def school_map(points: pd.DataFrame, present: Iterable[str], mode: Mode, indicator: str, lang: str, title: str,
               source: str, height: int = 620, zoom: bool = False) -> dict[str, Any]:
    """Municipality boundaries with one circle per school: colour by mode, size by pupils, a tooltip in the user's
    language; clicking a school selects it (selection parameter "school"). The municipalities in `present` are
    shaded; with `zoom` only they are drawn, and the map fits them. A school under the small-number rule (`small`
    in `points`, see `mapdata.school_points`) is drawn grey at a fixed size, its tooltip says why, and none of its
    values leaves for the browser (a change of posts, a decision, stays in its tooltip)."""
    tips = tuple(c for c in TOOLTIP_FIGURES if c in points.columns)
    skeleton = _school_map_skeleton(mode, indicator, lang, title, source, height, tips, zoom)
    small = (points[suppression.FLAG].fillna(False).astype(bool) if suppression.FLAG in points
             else pd.Series(False, index=points.index))
    keep = ("municipality", "colour") if mode == "change" else ("municipality",)
    shown = suppression.blanked(points, small, keep=keep).assign(**{suppression.FLAG: small})
    spec = with_datasets(skeleton, {SCHOOLS: shown})
    spec["params"] = [*skeleton.get("params", []), {"name": PRESENT, "value": sorted(map(str, present))}]
    return spec


TOOLTIP_FIGURES = ("need_index", "qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils")
SMALL_SIZE = 40  # the fixed size of a school under the small-number rule (its pupils are not shown)
SMALL_FILL = "#9e9e9e"
DOTS, SMALL_DOTS = "schools_shown", "schools_too_few"


@functools.lru_cache(maxsize=512)
def _school_map_skeleton(mode: Mode, indicator: str, lang: str, title: str, source: str, height: int,
                         tips: tuple[str, ...], zoom: bool) -> dict[str, Any]:
    """The school map's spec without its data: built once per look (Altair's object model costs more than
    the rest of a map screen's rerun), then given each view's datasets by `with_datasets`. Two layers of
    schools: those shown, which a click selects, and those under the small-number rule (grey, fixed size; a
    point selection cannot span two layers in Vega-Lite, so they are picked in the list instead)."""
    select = alt.selection_point(fields=["school_id"], name=SELECTION, on="click", clear="dblclick")
    d = ".2f" if schema.BY_NAME[indicator].kind == "rate" else ".1f"
    who = [alt.Tooltip("name:N", title=column_label("school_name", lang)),
           alt.Tooltip("municipality:N", title=column_label("municipality_name", lang)),
           alt.Tooltip("organizer:N", title=column_label("organizer", lang))]
    tooltip = [*who, alt.Tooltip("pupils:Q", title=column_label("pupils", lang), format=",.0f")]
    tooltip += [alt.Tooltip(f"{c}:Q", title=column_label(c, lang), format=".2f" if c.endswith("pupils") else ".1f")
                for c in tips]
    change = alt.Tooltip("colour:Q", title=colour_title(mode, indicator, lang), format="+d")
    if mode in ("deviation", "change"):
        tooltip.append(alt.Tooltip("colour:Q", title=colour_title(mode, indicator, lang),
                                   format=d if mode == "deviation" else "+d"))
    if mode == "profile":
        tooltip.insert(1, alt.Tooltip("colour:N", title=colour_title(mode, indicator, lang)))
    base = alt.Chart(alt.NamedData(SCHOOLS))
    opacity = alt.condition(select, alt.value(0.9), alt.value(0.25))
    dots = base.mark_circle(stroke="#333333", strokeWidth=0.4).encode(
        longitude="lon:Q", latitude="lat:Q",
        color=colour_encoding(mode, indicator, lang, "colour"),
        size=alt.Size("pupils:Q", title=column_label("pupils", lang), scale=alt.Scale(range=[12, 260])),
        opacity=opacity, tooltip=tooltip,
    ).transform_filter(f"!datum.{suppression.FLAG}").add_params(select).properties(name=DOTS)
    why = t("common.too_few", lang).capitalize()
    too_few = base.mark_circle(stroke="#333333", strokeWidth=0.4, fill=SMALL_FILL, size=SMALL_SIZE).encode(
        longitude="lon:Q", latitude="lat:Q", opacity=opacity,
        tooltip=[*who, alt.Tooltip("why:N", title=why), *([change] if mode == "change" else [])],
    ).transform_filter(f"datum.{suppression.FLAG}").transform_calculate(
        why=json.dumps(suppression.reason(lang), ensure_ascii=False)).properties(name=SMALL_DOTS)
    chart = alt.layer(_boundaries(lang, zoom), dots, too_few).project(**PROJECTION).properties(height=height)
    return titled(chart, title, source, lang).to_dict()


def choropleth(features: list[dict[str, Any]], mode: Mode, indicator: str, lang: str, title: str, source: str,
               height: int = 620) -> dict[str, Any]:
    """Municipalities coloured by their value (features carry `value`); grey where there is none, and where the
    municipality-year falls under the small-number rule (features with `small`) the tooltip says why. A grey
    layer is drawn only when some municipality belongs to it: an empty layer is an unnamed graphic to a screen
    reader (axe-core's svg-img-alt on the real data, where every municipality has a value)."""
    small = any(f.get(suppression.FLAG) is True for f in features)
    empty = any(_no_value(f) and not f.get(suppression.FLAG) for f in features)
    skeleton = _choropleth_skeleton(mode, indicator, lang, title, source, height, empty, small)
    return with_datasets(skeleton, {BOUNDARIES: features})


def _no_value(feature: dict[str, Any]) -> bool:
    """What the grey layer's filter `!isValid(datum.value)` sees: no value, None or NaN."""
    value = feature.get("value")
    return value is None or value != value


@functools.lru_cache(maxsize=256)
def _choropleth_skeleton(mode: Mode, indicator: str, lang: str, title: str, source: str,
                         height: int, with_empty: bool, with_small: bool) -> dict[str, Any]:
    """The choropleth's spec without its data, built once per look (see `_school_map_skeleton`); the grey layers
    (no value; too few) only when asked for. The coloured layer is always drawn: it holds the click selection."""
    d = ".2f" if schema.BY_NAME[indicator].kind == "rate" else ".1f"
    base = alt.Chart(alt.NamedData(BOUNDARIES)).mark_geoshape(stroke="#ffffff", strokeWidth=0.4)
    value_type = "N" if mode == "bivariate" else "Q"
    select = alt.selection_point(fields=["municipality_code"], name=MUNICIPALITY_SELECTION, on="click",
                                 clear="dblclick")
    filled = base.encode(
        color=colour_encoding(mode, indicator, lang, "value"),
        tooltip=[alt.Tooltip("municipality_name:N", title=column_label("municipality_name", lang)),
                 alt.Tooltip(f"value:{value_type}", title=colour_title(mode, indicator, lang),
                             **({} if mode == "bivariate" else {"format": d}))],
    ).transform_filter("isValid(datum.value)").add_params(select)
    name = alt.Tooltip("municipality_name:N", title=column_label("municipality_name", lang))
    empty = base.encode(fill=alt.value("#d9d9d9"), tooltip=[name]).transform_filter(
        f"!isValid(datum.value) && !datum.{suppression.FLAG}")
    too_few = base.encode(fill=alt.value("#d9d9d9"), tooltip=[
        name, alt.Tooltip("why:N", title=t("common.too_few", lang).capitalize())]).transform_filter(
        f"datum.{suppression.FLAG} === true").transform_calculate(
        why=json.dumps(suppression.reason(lang), ensure_ascii=False))
    layers = [*([empty] if with_empty else []), *([too_few] if with_small else []), filled]
    chart = alt.layer(*layers).project(**PROJECTION).properties(height=height)
    return titled(chart, title, source, lang).to_dict()


def bivariate_legend(indicator: str, lang: str) -> alt.Chart:
    """The 3×3 legend: need grows upwards, shortage of the resource to the right."""
    rows = [{"need": int(k[0]), "shortage": int(k[2]), "class": k} for k in BIVARIATE_COLOURS]
    return alt.Chart(pd.DataFrame(rows)).mark_rect(stroke="white").encode(
        x=alt.X("shortage:O", title=t("karta.legend_shortage", lang, indicator=column_label(indicator, lang)),
                axis=alt.Axis(labels=False, ticks=False)),
        y=alt.Y("need:O", title=t("karta.legend_need", lang), sort="descending",
                axis=alt.Axis(labels=False, ticks=False)),
        color=alt.Color("class:N", legend=None,
                        scale=alt.Scale(domain=list(BIVARIATE_COLOURS), range=list(BIVARIATE_COLOURS.values()))),
    ).properties(width=120, height=120, autosize=alt.AutoSizeParams(type="pad"))  # its own size, not the column's

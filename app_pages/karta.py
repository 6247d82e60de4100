"""Karta: municipality boundaries and school points coloured by an indicator, the deviation from the
organiser's average or need × resource; a choropleth for municipality-level data; select a school."""

import streamlit as st

from lib import schema
from lib.charts import maps
from lib.geo import mapdata
from lib.i18n import column_label, fmt_int, fmt_number, fmt_school_year, t
from lib.measures import findings
from lib.screens import views
from lib.ui import loaders, state, widgets

lang = state.lang()
data = widgets.require_data(lang)
widgets.page_header("karta.title", lang, data,
                    intro_key="karta.intro" if data.level == "school" else "karta.intro_municipality")
source = widgets.source_line(data, lang)
frame = data.frame

shared_profiles = state.derived("profiles")
modes = list(mapdata.MODES) + (["profile"] if shared_profiles and data.level == "school" else [])
mode = st.radio(t("karta.mode", lang), modes, horizontal=True, key="mode", bind="query-params",
                format_func=lambda m: t(f"karta.mode.{m}", lang))
if mode == "profile":
    st.caption(t("karta.profile_year", lang, year=fmt_school_year(shared_profiles["year"], lang)))
if mode == "indicator":
    options = data.present([*schema.NEED_INDICATORS[:1], *schema.RESOURCE_INDICATORS,
                                     *schema.NEED_INDICATORS[1:], *schema.OUTCOME_INDICATORS])
else:
    options = data.present(list(schema.RESOURCE_INDICATORS))
if not options:
    st.warning(t("start.no_headlines", lang))
    st.stop()
c1, c2 = st.columns(2)
with c1:
    indicator = widgets.indicator_picker(options, lang, key="indicator",
                                         default="need_index" if mode == "indicator" else "qualified_share",
                                         label_key="karta.indicator" if mode == "indicator" else "karta.resource")
with c2:
    year = widgets.school_year(data, lang, key="year", columns=(indicator,))
label = column_label(indicator, lang)
title = t(f"karta.title_{mode}", lang, indicator=label, year=fmt_school_year(year, lang))
what = t(f"karta.mode.{mode}", lang).lower() if mode != "indicator" else label.lower()

if data.level == "municipality":
    values = mapdata.municipality_values(frame, year, mode, indicator)
    features = loaders.map_features(values)
    widgets.chart(maps.choropleth(features, mode, indicator, lang, title, source), f"karta-{indicator}-{year}", lang,
                  key="map", alt_text=t("karta.alt_municipality", lang, what=what,
                                        n=sum(v["value"] is not None for v in values.values())))
    if mode == "bivariate":
        st.altair_chart(maps.bivariate_legend(indicator, lang), width="content")
    st.stop()

year_rows = frame[frame["school_year"] == year]
names = schema.municipality_names()
codes = sorted(year_rows["municipality_code"].dropna().unique()) if "municipality_code" in year_rows else []
f1, f2 = st.columns(2)
with f1:
    chosen_codes = st.multiselect(t("karta.municipalities", lang), codes, key="kommun", bind="query-params",
                                  format_func=lambda c: names.get(c, c), placeholder=t("karta.filter_all", lang))
with f2:
    orgs = loaders.memo(views.organizers, data, year)
    chosen_orgs = st.multiselect(t("karta.organizers", lang), orgs, key="huvudman", bind="query-params",
                                 placeholder=t("karta.filter_all", lang))

filters = (tuple(chosen_codes), tuple(chosen_orgs))
if mode == "profile":
    # A profile map depends on the visitor's grouping; visitors with the same grouping share it. The picked
    # year still decides which municipalities are shaded.
    look = ("profile", *shared_profiles["key"], year, indicator, *filters, lang)
    year = shared_profiles["year"]
    points = loaders.shared(("karta-points", *look), lambda: mapdata.with_profiles(
        loaders.memo(views.school_points, data, year, "indicator", indicator, *filters),
        mapdata.profile_labels(shared_profiles["assignments"], shared_profiles["names"], lang)))
    title = t("profiler.map_title", lang, year=fmt_school_year(year, lang))
else:
    look = (mode, data.fingerprint, indicator, year, *filters, lang)
    points = loaders.memo(views.school_points, data, year, mode, indicator, *filters)
shown_codes = set(chosen_codes) if chosen_codes else set(codes)
if points.empty:
    st.info(t("karta.no_coordinates", lang))
else:
    def school_map() -> dict:
        # Without a municipality filter the whole country is drawn as context; a filter zooms to its
        # municipalities.
        return maps.school_map(points, shown_codes, mode, indicator, lang, title, source, zoom=bool(chosen_codes))

    spec = loaders.chart_spec(("karta", *look, title, source), school_map)
    event = widgets.chart(spec, f"karta-{indicator}-{year}", lang, key="map", on_select="rerun",
                          selection_mode=maps.SELECTION,
                          alt_text=t("karta.alt", lang, n=fmt_int(len(points), lang), m=len(shown_codes), what=what))
    if mode == "bivariate":
        lc1, lc2 = st.columns([1, 3])
        lc1.altair_chart(maps.bivariate_legend(indicator, lang), width="content")
        lc2.caption(t("karta.legend_caption", lang, indicator=findings.plain_label(indicator, lang)))
        st.subheader(t("karta.worst_heading", lang, indicator=findings.plain_label(indicator, lang)))
        worst = mapdata.worst_class_units(points)
        if worst.empty:
            st.caption(t("karta.worst_none", lang))
        else:
            widgets.table_with_downloads(widgets.labelled(worst.drop(columns=["colour", "lat", "lon"]), lang),
                                         f"hogt-behov-svag-resurs-{year}", lang, key="worst_table")

    # The selected school: from a click on the map or from the list (usable with a keyboard).
    clicked = None
    selection = getattr(getattr(event, "selection", None), maps.SELECTION, None) if event is not None else None
    if selection:
        clicked = str(selection[0].get("school_id"))
    st.subheader(t("karta.selected_heading", lang))
    ids, label_of = loaders.shared(("karta-picker", *look), lambda: (
        points.sort_values("name")["school_id"].tolist(), dict(zip(points["school_id"], points["name"], strict=True))))
    picked = st.selectbox(t("karta.pick_school", lang), [None, *ids], key="skola",
                          index=([None, *ids].index(clicked) if clicked in ids else 0),
                          format_func=lambda i: t("karta.pick_none", lang) if i is None else label_of.get(i, i))
    school = clicked or picked
    if school:
        figures = mapdata.unit_figures(frame, school, year, "school_id", "school")
        st.markdown(f"**{label_of.get(school, school)}** ({school})")
        st.page_link("app_pages/skolblad.py", label=t("skolblad.open", lang), icon=":material/description:",
                     query_params={"lang": lang, "skola": f"{label_of.get(school, school)} ({school})",
                                   "year": fmt_school_year(year, lang)})
        cols = st.columns(max(len(figures), 1))
        for col, row in zip(cols, figures.itertuples(), strict=False):
            d = 2 if row.indicator.endswith("pupils") and row.indicator != "pupils" else 1
            col.metric(column_label(row.indicator, lang), fmt_number(row.value, lang, 0 if row.indicator == "pupils"
                                                                     else d),
                       delta=fmt_number(row.deviation, lang, d) if row.indicator != "pupils" else None,
                       delta_color="off", help=t("karta.selected_compare", lang,
                                                 average=fmt_number(row.average, lang, d),
                                                 deviation=fmt_number(row.deviation, lang, d)))

    with st.expander(t("karta.table_heading", lang)):
        widgets.table_with_downloads(loaders.shared(("karta-table", *look), lambda: widgets.labelled(
            points.drop(columns=["lat", "lon"]), lang)), f"karta-{indicator}-{year}", lang, key="map_table")

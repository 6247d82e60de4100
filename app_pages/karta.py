"""Karta: municipality boundaries and school points coloured by an indicator, the deviation from the
organiser's average or need × resource; a choropleth for municipality-level data; select a school."""

import streamlit as st

from lib.charts import maps
from lib.i18n import t
from lib.screens import karta
from lib.ui import karta as karta_widgets
from lib.ui import kommun as kommun_widgets
from lib.ui import mapping, state, widgets

lang = state.lang()
data = widgets.require_data(lang)
widgets.page_header("karta.title", lang, data,
                    intro_key="karta.intro" if data.level == "school" else "karta.intro_municipality")
source = widgets.source_line(data, lang)

grouping = state.derived("profiles")
mode = karta_widgets.mode_picker(karta.modes(data, grouping), lang)
if mode == karta.PROFILE:
    st.caption(karta.profile_caption(grouping, lang))
choice = karta.indicator_choice(data, mode)
if not choice.options:
    st.warning(t("karta.no_indicators", lang))
    widgets.halt()
c1, c2 = st.columns(2)
with c1:
    indicator = widgets.indicator_picker(choice.options, lang, key="indicator", default=choice.default,
                                         label_key=choice.label_key)
with c2:
    year = widgets.school_year(data, lang, key="year", columns=(indicator,))

if data.level == "municipality":
    view = karta.choropleth(data, year, mode, indicator, lang, source)
    event = widgets.chart(view.spec, view.download_name, lang, key="map", alt_text=view.alt_text, on_select="rerun",
                          selection_mode=maps.MUNICIPALITY_SELECTION)
    if view.legend is not None:
        st.vega_lite_chart(view.legend, width="content")
    widgets.source_caption(source)
    kommun_widgets.open_link(karta.clicked_municipality(event), lang)
    widgets.halt()

chosen_codes, chosen_orgs, extent = karta_widgets.filters(karta.filter_options(data, year), lang)
look = karta.Look.of(mode, indicator, year, chosen_codes, chosen_orgs, grouping, extent)
view = karta.school_map(data, look, lang, source)
if view.spec is None:
    st.info(t("karta.no_coordinates", lang))
else:
    event = widgets.chart(view.spec, view.download_name, lang, key="map", on_select="rerun",
                          selection_mode=maps.SELECTION, alt_text=view.alt_text)
    mapping.placement_note(data, view.year, lang)
    clicked = karta.clicked_school(event)
    if view.bivariate is not None:
        lc1, lc2 = st.columns([1, 3])
        lc1.vega_lite_chart(view.bivariate.legend, width="content")
        lc2.caption(view.bivariate.caption)
        st.header(view.bivariate.heading)
        if view.bivariate.worst.empty:
            st.caption(t("karta.worst_none", lang))
        else:
            widgets.table_with_downloads(view.bivariate.worst, view.bivariate.download_name, lang, key="worst_table")

    # The selected school: from a click on the map or from the list (usable with a keyboard).
    st.header(t("karta.selected_heading", lang))
    school = karta_widgets.school_picker(view, clicked, lang)
    if school:
        selected = karta.selected_school(data, school, view.year, lang)
        st.markdown(selected.heading)
        st.page_link("app_pages/skolblad.py", label=t("skolblad.open", lang), icon=":material/description:",
                     query_params=selected.sheet_query)
        karta_widgets.figure_row(selected.figures)

    with st.expander(t("karta.table_heading", lang)):
        widgets.table_with_downloads(view.table, view.download_name, lang, key="map_table")

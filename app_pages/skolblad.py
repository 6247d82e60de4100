"""Skolblad and nämndrapport: one school's sheet for the principal dialogue, and the board report comparing
an organiser's schools — on screen, as PDF and as accessible HTML."""

from functools import partial

import streamlit as st

from lib.i18n import t
from lib.screens import skolblad
from lib.ui import datachoice, state, widgets
from lib.ui import sjalvskattning as assessment_ui
from lib.ui import skolblad as sheet_ui

lang = state.lang()
data = widgets.require_data(lang)
widgets.page_header("skolblad.page_title", lang, data, intro_key="skolblad.page_intro")
if datachoice.needs_school_data(data, lang, key="sb_needs_schools"):
    widgets.halt()
source = widgets.source_line(data, lang)
year = widgets.school_year(data, lang, key="year")
schools = skolblad.school_choices(data, year, lang)
school = sheet_ui.school_picker(schools, lang)
grouping = state.derived("profiles")  # the Profiler screen's profiles, if chosen: the sheet compares with them

sheet_ui.document(skolblad.sheet(data, school, year, lang, source, grouping))
widgets.source_caption(source)
sheet_ui.sheet_downloads(skolblad.sheet_file_name(school, year), lang,
                         pdf=partial(skolblad.sheet_pdf, data, school, year, lang, source, grouping),
                         html=partial(skolblad.sheet_html, data, school, year, lang, source, grouping))

st.divider()
st.header(t("namndrapport.heading", lang))
organizers = skolblad.organizer_choices(data, year, school)
if organizers.options:
    organizer = sheet_ui.organizer_picker(organizers, lang)
    target = sheet_ui.report_target(lang)  # None: the high-need schools are compared with the organiser's average
    assessment = assessment_ui.for_report()  # the visitor's self-assessment, when they chose to include it
    if assessment is not None:
        st.caption(t("sjalvskattning.included", lang))
    sheet_ui.report_downloads(skolblad.report_file_name(year), lang,
                              pdf=partial(skolblad.report_pdf, data, year, lang, source, organizer, None, target,
                                          assessment),
                              html=partial(skolblad.report_html, data, year, lang, source, organizer, None, target,
                                           assessment))

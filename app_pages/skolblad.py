"""Skolblad and nämndrapport: one school's sheet for the principal dialogue, and the board report comparing
an organiser's schools — on screen, as PDF and as accessible HTML."""

import streamlit as st

from lib.documents import formats, sheets
from lib.i18n import t
from lib.screens import views
from lib.ui import loaders, state, widgets

lang = state.lang()
data = widgets.require_data(lang)
widgets.page_header("skolblad.page_title", lang, data, intro_key="skolblad.page_intro")
if data.level != "school":
    st.warning(t("skolblad.level_note", lang))
    st.stop()
source = widgets.source_line(data, lang)
year = widgets.school_year(data, lang, key="year")
frame = data.year_frame(year)
names, ids = loaders.memo(views.schools_of_year, data, year)
school = st.selectbox(t("skolblad.choose_school", lang), ids, key="skola", bind="query-params",
                      format_func=lambda i: f"{names[i]} ({i})")


shared_profiles = state.derived("profiles")
doc = loaders.shared(("sheet", *shared_profiles["key"], school, year, lang, source),
                     lambda: sheets.school_sheet(data, school, year, lang, source, shared_profiles)) \
    if shared_profiles else loaders.memo(views.school_sheet, data, school, year, lang, source)
st.header(doc.title)
st.caption(doc.subtitle)
for section in doc.sections:
    st.subheader(section.heading)
    for paragraph in section.paragraphs:
        st.markdown(paragraph)
    for bullet in section.bullets:
        st.markdown(f"- {bullet}")
    for table in section.tables:
        st.table(widgets.doc_table(table))
        if table.caption:
            st.caption(table.caption)
    for chart in section.charts:
        st.vega_lite_chart(chart.spec, width="content")
        st.caption(chart.alt)
st.caption(source)
c1, c2 = st.columns(2)
c1.download_button(t("skolblad.download_pdf", lang), key="sheet_pdf", on_click="ignore",
                   icon=":material/picture_as_pdf:",
                   data=lambda: formats.to_pdf(doc),
                   file_name=f"skolblad-{school}-{year}.pdf", mime="application/pdf")
c2.download_button(t("skolblad.download_html", lang), key="sheet_html", on_click="ignore", icon=":material/html:",
                   data=lambda: formats.to_html(doc),
                   file_name=f"skolblad-{school}-{year}.html", mime="text/html")

st.divider()
st.header(t("namndrapport.heading", lang))
organizers = loaders.memo(views.organizers, data, year)
if organizers:
    own = frame.loc[frame["school_id"].astype(str) == school, "organizer"]
    default = own.iloc[0] if len(own) and own.iloc[0] in organizers else organizers[0]
    organizer = st.selectbox(t("namndrapport.choose", lang), organizers, index=organizers.index(default),
                             key="report_org")

    def _report_bytes(kind: str) -> bytes:
        report = sheets.board_report(data, year, lang, source, organizer=organizer)
        return formats.to_pdf(report) if kind == "pdf" else formats.to_html(report).encode("utf-8")

    d1, d2 = st.columns(2)
    d1.download_button(t("namndrapport.download_pdf", lang), data=lambda: _report_bytes("pdf"), key="report_pdf",
                       file_name=f"namndrapport-{year}.pdf", mime="application/pdf", on_click="ignore",
                       icon=":material/picture_as_pdf:")
    d2.download_button(t("namndrapport.download_html", lang), data=lambda: _report_bytes("html"), key="report_html",
                       file_name=f"namndrapport-{year}.html", mime="text/html", on_click="ignore",
                       icon=":material/html:")

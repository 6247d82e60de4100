"""Data: upload files (recognised, validated, merged), the validation report, the template, open data."""

import streamlit as st

from lib.i18n import t
from lib.screens import data as data_screen
from lib.ui import datachoice, mapping, opendata, state, upload, widgets

lang = state.lang()
data = state.active_dataset()
widgets.page_header("data.title", lang, data, intro_key="data.intro")

st.header(t("data.active_heading", lang))
datachoice.data_choice(lang, key="data_choice_data")
st.markdown(widgets.dataset_sentence(data, lang))
widgets.source_caption(widgets.source_line(data, lang))
mapping.register_offer(data, lang)

st.header(t("data.upload_heading", lang))
organizer_type = upload.organizer_type_picker(lang)
files = upload.file_picker(lang)
mapping.plan_picker(lang)
if files:
    result = upload.process(files, organizer_type)
    upload.render_status(result, lang)
    mapping.render(result, lang)
    upload.render_report(data_screen.report_view(result.report, lang), heading=t("data.report_heading", lang))
    if result.dataset is not None:
        preview = data_screen.preview(result.dataset, lang)
        st.markdown(preview.heading)
        widgets.dataframe(preview.table, hide_index=True)

st.header(t("data.template_heading", lang))
st.markdown(t("data.template_intro", lang))
upload.template_downloads(lang)

st.header(t("data.opendata_heading", lang))
opendata.render_fetch_panel(lang)

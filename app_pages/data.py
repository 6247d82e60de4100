"""Data: upload files (recognised, validated, merged), the validation report, the template, open data."""

import importlib.util

import streamlit as st

from lib import ingest, schema
from lib.config import settings
from lib.i18n import t
from lib.ui import loaders, state, upload, widgets

lang = state.lang()
data = state.active_dataset()
widgets.page_header("data.title", lang, data, intro_key="data.intro")

st.subheader(t("data.active_heading", lang))
st.markdown(widgets.dataset_sentence(data, lang))
st.caption(widgets.source_line(data, lang))
if not data.is_demo and st.button(t("data.use_demo", lang), icon=":material/restart_alt:"):
    state.set_active_dataset(loaders.demo_dataset())
    st.rerun()

st.subheader(t("data.upload_heading", lang))
organizer_type = st.selectbox(t("data.organizer_type", lang), schema.ORGANIZER_TYPES,
                              help=t("data.organizer_type_help", lang), key="orgtype",
                              format_func=lambda o: t(f"orgtype.{o}", lang))
cfg = settings()
files = st.file_uploader(t("data.uploader", lang), type=["csv", "txt", "xlsx"], accept_multiple_files=True,
                         help=t("data.uploader_help", lang), key="upload", max_upload_size=cfg.max_upload_mb)
if files:
    result = upload.process(files, organizer_type, max_rows=cfg.max_rows)
    upload.render_status(result, lang)
    upload.render_mapping(result, lang)
    upload.render_report(result, lang)

st.subheader(t("data.template_heading", lang))
st.markdown(t("data.template_intro", lang))
c1, c2 = st.columns(2)
c1.download_button(t("data.template_csv", lang), data=lambda: ingest.template_bytes("csv", lang),
                   file_name="mall_skolor.csv", mime="text/csv", on_click="ignore", icon=":material/download:")
c2.download_button(t("data.template_xlsx", lang), data=lambda: ingest.template_bytes("xlsx", lang),
                   file_name="mall_skolor.xlsx", on_click="ignore", icon=":material/download:",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

if importlib.util.find_spec("lib.ui.opendata") is not None:
    from lib.ui import opendata

    st.subheader(t("data.opendata_heading", lang))
    opendata.render_fetch_panel(lang)

"""Start: what the app is for, which data is active, headline figures, and the way to every screen."""

import streamlit as st

from lib.i18n import t
from lib.screens import start, views
from lib.ui import loaders, state, widgets

lang = state.lang()
data = widgets.require_data(lang)

widgets.page_header("start.title", lang, data, intro_key="start.intro")

st.subheader(t("start.dataset_heading", lang))
st.markdown(start.describe(data, lang))
if data.source.files:
    st.caption(t("start.files", lang, files=", ".join(data.source.files)))
st.caption(widgets.source_line(data, lang))

st.subheader(t("start.headlines_heading", lang))
lines = loaders.memo(views.headlines, data, lang)
for line in lines:
    st.markdown(f"- {line.sentence}")
if not lines:
    st.info(t("start.no_headlines", lang))
st.caption(t("start.need_note", lang) + " " + t("start.caution", lang))

st.subheader(t("start.screens_heading", lang))
widgets.screen_links(lang)

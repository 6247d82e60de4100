"""Start: what the app is for, which data is active, headline figures, and the way to every screen."""

import streamlit as st

from lib.i18n import t
from lib.screens import start
from lib.ui import datachoice, state, widgets

lang = state.lang()
data = widgets.require_data(lang)
view = start.view(data, lang)

widgets.page_header("start.title", lang, data, intro_key="start.intro")

st.header(t("start.dataset_heading", lang))
datachoice.data_choice(lang, key="data_choice_start")
st.markdown(view.description)
if view.files:
    st.caption(view.files)
widgets.source_caption(widgets.source_line(data, lang))
if view.data_note:
    st.caption(view.data_note)

st.header(t("start.headlines_heading", lang))
if view.headlines:
    st.markdown(view.headline_list)
else:
    st.info(t("start.no_headlines", lang))
st.caption(view.note)
widgets.source_caption(widgets.source_line(data, lang))

st.header(t("start.screens_heading", lang))
widgets.screen_links(lang)

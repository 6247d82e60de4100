"""Om data och metod: definitions, sources, formulas, and what the figures cannot tell."""

import streamlit as st

from lib.i18n import t
from lib.screens import om
from lib.ui import state, widgets

lang = state.lang()
data = state.active_dataset()
view = om.view(data, lang)
widgets.page_header("om.title", lang, data, intro_key="om.intro")

if view.sentence is not None:
    st.header(t("om.active_heading", lang))
    st.markdown(view.sentence)
    st.markdown(view.need_list)

st.header(t("om.need_heading", lang))
st.markdown(t("om.need_text", lang))
st.header(t("om.measures_heading", lang))
st.markdown(t("om.measures_text", lang))
st.header(t("om.limits_heading", lang))
st.markdown(t("om.limits_text", lang))
st.header(t("om.sources_heading", lang))
st.markdown(t("om.sources_text", lang))
st.header(t("om.columns_heading", lang))
widgets.dataframe(view.columns, hide_index=True)

"""Om data och metod: definitions, sources, formulas, and what the figures cannot tell."""

import streamlit as st

from lib import methods
from lib.i18n import t
from lib.ui import state, widgets

lang = state.lang()
data = state.active_dataset()
widgets.page_header("om.title", lang, data, intro_key="om.intro")

if data is not None and not data.frame.empty:
    st.subheader(t("om.active_heading", lang))
    st.markdown(widgets.dataset_sentence(data, lang))
    for sentence in methods.need_sentences(data, lang):
        st.markdown(f"- {sentence}")

st.subheader(t("om.need_heading", lang))
st.markdown(t("om.need_text", lang))
st.subheader(t("om.measures_heading", lang))
st.markdown(t("om.measures_text", lang))
st.subheader(t("om.limits_heading", lang))
st.markdown(t("om.limits_text", lang))
st.subheader(t("om.sources_heading", lang))
st.markdown(t("om.sources_text", lang))
st.subheader(t("om.columns_heading", lang))
st.dataframe(methods.column_table(data.frame if data is not None else None, lang), hide_index=True)

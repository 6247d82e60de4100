"""Om data och metod: definitions, sources, formulas, and what the figures cannot tell."""

import streamlit as st

from lib.i18n import t
from lib.screens import om, views
from lib.ui import loaders, state, widgets

lang = state.lang()
data = state.active_dataset()
widgets.page_header("om.title", lang, data, intro_key="om.intro")

view = loaders.memo(views.about, data, lang) if data is not None and not data.frame.empty else None
if view is not None:
    st.subheader(t("om.active_heading", lang))
    st.markdown(view["sentence"])
    for sentence in view["need_sentences"]:
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
st.dataframe(view["columns"] if view is not None else
             om.column_table(data.frame if data is not None else None, lang), hide_index=True)

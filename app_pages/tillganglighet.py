"""Tillgänglighetsredogörelse: how the app meets WCAG 2.1 AA, what falls short, how to report a problem."""

import streamlit as st

from lib.i18n import t
from lib.ui import state

lang = state.lang()
st.title(t("tillganglighet.title", lang))
st.markdown(t("tillganglighet.intro", lang))
for section in ("status", "known", "report", "how"):
    st.header(t(f"tillganglighet.{section}_heading", lang))
    st.markdown(t(f"tillganglighet.{section}_text", lang))
    if section == "report":
        st.text_area(t("tillganglighet.report_form", lang), key="a11y_report")
        st.caption(t("tillganglighet.report_copy", lang))

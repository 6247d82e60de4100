"""Tillgänglighetsredogörelse: how the app meets WCAG 2.1 AA, what falls short, how to report a problem."""

import streamlit as st

from lib.i18n import t
from lib.ui import state

lang = state.lang()
st.title(t("a11y.title", lang))
st.markdown(t("a11y.intro", lang))
for section in ("status", "known", "report", "how"):
    st.subheader(t(f"a11y.{section}_heading", lang))
    st.markdown(t(f"a11y.{section}_text", lang))
    if section == "report":
        st.text_area(t("a11y.report_form", lang), key="a11y_report")
        st.caption(t("a11y.report_copy", lang))

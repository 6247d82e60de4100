"""Lärarresurser – the router: page config, language, active dataset, navigation. Nothing else."""

import streamlit as st

from lib.i18n import t
from lib.ui import frame, pages, state

st.set_page_config(page_title="Lärarresurser", page_icon=":material/school:", layout="wide")

lang = frame.language_picker()
state.active_dataset()
sections: dict[str, list] = {}
for section, path, title, icon, url in pages.available():
    sections.setdefault(t(f"nav.section.{section}", lang), []).append(
        st.Page(path, title=t(title, lang), icon=icon, url_path=url, default=url == "start"))
frame.run_page(st.navigation(sections))

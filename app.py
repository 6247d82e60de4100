"""Lärarresurser – the router: page config, language, active dataset, navigation. Nothing else."""

import streamlit as st

from lib.i18n import t
from lib.ui import frame, pages, state

st.set_page_config(page_title="Lärarresurser", page_icon=":material/school:", layout="wide")

lang = frame.language_picker()
state.active_dataset()
# One flat list in the screens' order: Streamlit's section headings produce list markup that fails WCAG 1.3.1
# (axe: "list", "listitem"), while a flat navigation audits clean.
screens = [st.Page(path, title=t(title, lang), icon=icon, url_path=url, default=url == "start")
           for _section, path, title, icon, url in pages.available()]
frame.run_page(st.navigation(screens))

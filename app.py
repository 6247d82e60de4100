"""Lärarresurser – the router: page config, language, active dataset, navigation. Nothing else."""

import streamlit as st

from lib.ui import frame, state

st.set_page_config(page_title="Lärarresurser", page_icon=":material/school:", layout="wide")

lang = frame.language_picker()
state.active_dataset()
frame.run_page(st.navigation(frame.screens(lang)))

"""Lärarresurser – the router: page config, language, active dataset, navigation. Nothing else."""

import streamlit as st

from lib.ui import frame, state

# The icon is served by this app (static/favicon.png, Material Icons "school"): a ":material/…:" page icon makes every
# visitor's browser fetch it from fonts.gstatic.com.
st.set_page_config(page_title="Lärarresurser", page_icon="/app/static/favicon.png", layout="wide")

lang = frame.language_picker()
state.active_dataset()
frame.run_page(st.navigation(frame.screens(lang), expanded=True))  # every screen listed, none behind "more"

"""Lärarresurser – the router: page config, language, active dataset, navigation. Nothing else."""

from pathlib import Path

import streamlit as st

from lib.i18n import t
from lib.ui import frame, state

st.set_page_config(page_title="Lärarresurser", page_icon=":material/school:", layout="wide")

ROOT = Path(__file__).parent
# (section, file, i18n key of the title, icon, url path). A screen appears once its file exists.
PAGES = [
    ("overview", "pages/start.py", "nav.start", ":material/home:", "start"),
    ("overview", "pages/data.py", "nav.data", ":material/upload_file:", "data"),
    ("analysis", "pages/karta.py", "nav.karta", ":material/map:", "karta"),
    ("analysis", "pages/likvardighet.py", "nav.likvardighet", ":material/balance:", "likvardighet"),
    ("analysis", "pages/profiler.py", "nav.profiler", ":material/hub:", "profiler"),
    ("analysis", "pages/klasser.py", "nav.klasser", ":material/groups:", "klasser"),
    ("plan", "pages/forstelarare.py", "nav.forstelarare", ":material/tune:", "forstelarare"),
    ("plan", "pages/workshop.py", "nav.workshop", ":material/co_present:", "workshop"),
    ("plan", "pages/skolblad.py", "nav.skolblad", ":material/description:", "skolblad"),
    ("plan", "pages/insatser.py", "nav.insatser", ":material/checklist:", "insatser"),
    ("about", "pages/om.py", "nav.om", ":material/info:", "om"),
    ("about", "pages/tillganglighet.py", "nav.tillganglighet", ":material/accessibility:", "tillganglighet"),
]

lang = frame.language_picker()
state.active_dataset()
sections: dict[str, list] = {}
for section, path, title, icon, url in PAGES:
    if (ROOT / path).exists():
        sections.setdefault(t(f"nav.section.{section}", lang), []).append(
            st.Page(path, title=t(title, lang), icon=icon, url_path=url, default=url == "start"))
page = st.navigation(sections)
frame.run_page(page)

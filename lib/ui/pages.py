"""The screens of the app, in navigation order. A screen appears once its file exists."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# (section, file, i18n key of the title, icon, url path)
PAGES: list[tuple[str, str, str, str, str]] = [
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


def available() -> list[tuple[str, str, str, str, str]]:
    """The screens whose files exist."""
    return [p for p in PAGES if (ROOT / p[1]).exists()]

"""The screens of the app, in navigation order. A screen appears once its file exists."""

from __future__ import annotations

import functools
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# (section, file, i18n key of the title, icon, url path)
PAGES: list[tuple[str, str, str, str, str]] = [
    ("overview", "app_pages/start.py", "nav.start", ":material/home:", "start"),
    ("overview", "app_pages/data.py", "nav.data", ":material/upload_file:", "data"),
    ("analysis", "app_pages/karta.py", "nav.karta", ":material/map:", "karta"),
    ("analysis", "app_pages/likvardighet.py", "nav.likvardighet", ":material/balance:", "likvardighet"),
    ("analysis", "app_pages/profiler.py", "nav.profiler", ":material/hub:", "profiler"),
    ("analysis", "app_pages/klasser.py", "nav.klasser", ":material/groups:", "klasser"),
    ("analysis", "app_pages/kommun.py", "nav.kommun", ":material/location_city:", "kommun"),
    ("plan", "app_pages/forstelarare.py", "nav.forstelarare", ":material/tune:", "forstelarare"),
    ("plan", "app_pages/workshop.py", "nav.workshop", ":material/co_present:", "workshop"),
    ("plan", "app_pages/skolblad.py", "nav.skolblad", ":material/description:", "skolblad"),
    ("plan", "app_pages/insatser.py", "nav.insatser", ":material/checklist:", "insatser"),
    ("plan", "app_pages/resursfordelning.py", "nav.resursfordelning", ":material/payments:", "resursfordelning"),
    ("plan", "app_pages/sjalvskattning.py", "nav.sjalvskattning", ":material/fact_check:", "sjalvskattning"),
    ("about", "app_pages/om.py", "nav.om", ":material/info:", "om"),
    ("about", "app_pages/tillganglighet.py", "nav.tillganglighet", ":material/accessibility:", "tillganglighet"),
]


@functools.cache
def available() -> tuple[tuple[str, str, str, str, str], ...]:
    """The screens whose files exist (looked up once per process)."""
    return tuple(p for p in PAGES if (ROOT / p[1]).exists())

"""The "Öppna data" panel of the Data screen: fetch Skolverket's open figures for chosen municipalities and make
them the active dataset, with a progress bar, the fetch report and (optionally) Kolada's municipality KPIs.

In public mode each visitor has a small number of fetches per session (the API is a shared public service).
"""

from __future__ import annotations

import streamlit as st

from lib.config import settings
from lib.fetch import kolada, skolverket
from lib.fetch.client import FetchError
from lib.i18n import fmt_number, t
from lib.screens import data as data_screen
from lib.ui import state, upload, widgets

PUBLIC_FETCH_LIMIT = 5  # fetches per visitor session in public mode
MAX_MUNICIPALITIES = 10
MAX_MUNICIPALITIES_PUBLIC = 3
_COUNT = "opendata_fetches"
_LAST = "opendata_last"
_KOLADA = "opendata_kolada"


def fetches_left(public: bool) -> int | None:
    """How many fetches this visitor has left (None: no limit)."""
    if not public:
        return None
    return max(0, PUBLIC_FETCH_LIMIT - int(state.get(_COUNT, 0)))


def render_fetch_panel(lang: str) -> None:
    """Municipalities, year, the fetch button, progress, then the report; the fetched data becomes active."""
    cfg = settings()
    choices = data_screen.fetch_choices(lang)
    st.markdown(t("fetch.ui.intro", lang))
    most = MAX_MUNICIPALITIES_PUBLIC if cfg.public_mode else MAX_MUNICIPALITIES
    codes = st.multiselect(t("fetch.ui.municipalities", lang), choices.municipalities,
                           format_func=choices.municipality_label, max_selections=most,
                           help=t("fetch.ui.municipalities_help", lang, max=most), key="opendata_municipalities",
                           placeholder=t("takeaway.choose_many", lang))
    year = st.selectbox(t("fetch.ui.year", lang), data_screen.year_options(), key="opendata_year",
                        format_func=choices.year_label, placeholder=t("takeaway.choose_one", lang))
    left = fetches_left(cfg.public_mode)
    if left is not None:
        st.caption(t("fetch.ui.remaining", lang, n=left))
    if st.button(t("fetch.ui.button", lang), type="primary", icon=":material/cloud_download:",
                 key="opendata_fetch"):
        _fetch(codes, year, left, lang)
    _render_last(lang)


def _fetch(codes: list[str], year: int | None, left: int | None, lang: str) -> None:
    if not codes:
        st.warning(t("fetch.ui.choose_first", lang))
        return
    if left is not None and left <= 0:
        st.warning(t("fetch.ui.limit", lang, max=PUBLIC_FETCH_LIMIT))
        return
    state.put(_COUNT, int(state.get(_COUNT, 0)) + 1)
    bar = st.progress(0.0, text=t("fetch.ui.progress", lang))

    def progress(fraction: float) -> None:
        bar.progress(min(max(fraction, 0.0), 1.0), text=t("fetch.ui.progress", lang))

    try:
        result = skolverket.fetch_schools(codes, year, progress=progress)
    except FetchError as exc:
        bar.empty()
        st.error(f"{exc.text(lang)} {t('fetch.ui.failed_hint', lang)}", icon=":material/cloud_off:")
        return
    bar.empty()
    state.set_active_dataset(result.dataset)
    state.put(_LAST, result)
    state.put(_KOLADA, None)
    st.rerun()


def _render_last(lang: str) -> None:
    """The report of the last fetch, while its data is the active dataset."""
    result = state.get(_LAST)
    if result is None or state.active_dataset() is not result.dataset:
        return
    ds = result.dataset
    st.success(t("fetch.ui.done", lang, schools=ds.n_units, seconds=fmt_number(result.seconds, lang, 1),
                 requests=result.stats["requests"], cache_hits=result.stats["cache_hits"]),
               icon=":material/check_circle:")
    st.caption(t("fetch.ui.source", lang, detail=ds.source.detail))
    st.markdown(t("fetch.ui.report", lang))
    upload.render_report(data_screen.report_view(ds.report, lang), alerts=True)
    _render_kolada(ds, lang)


def _render_kolada(ds, lang: str) -> None:
    """Optional: the municipalities' published KPIs from Kolada, for comparison with the fetched schools."""
    with st.expander(t("fetch.ui.kolada", lang)):
        if st.button(t("fetch.ui.kolada_button", lang), key="opendata_kolada"):
            try:
                state.put(_KOLADA, kolada.fetch_kpis(data_screen.municipality_codes(ds)))
            except FetchError as exc:
                st.error(exc.text(lang))
        frame = state.get(_KOLADA)
        if frame is None:
            return
        if frame.empty:
            st.info(t("fetch.ui.kolada_empty", lang))
            return
        widgets.dataframe(data_screen.kolada_table(frame, lang), hide_index=True)

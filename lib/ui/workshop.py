"""Widgets of the Workshop screen: the visitor's workshop code (kept across screens), joining, the facilitator's
controls, the projector mode, the scenario cards and the export. Widget keys live here."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from lib import display
from lib.charts import render
from lib.config import Settings, settings
from lib.dataset import Dataset
from lib.i18n import t
from lib.screens import workshop
from lib.store import scenarios, workshops
from lib.text import inert
from lib.ui import state, widgets

_CODE = "workshop_code"
_PROJECTOR = "ws_big"
# The projector view: no sidebar, little padding, and on the cards big numbers under labels that wrap instead of
# being cut; the table as large type. Scoped to the cards' and the table's containers by their keys.
PROJECTOR_CSS = """<style>
[data-testid='stSidebar'], [data-testid='stSidebarCollapsedControl'], header[data-testid='stHeader'] {display: none;}
[data-testid='stMainBlockContainer'] {padding: 0.75rem 1.5rem 2rem 1.5rem; max-width: none;}
[class*='st-key-ws_card_'] h3 {font-size: 1.6rem; padding: 0 0 0.2rem 0;}
[class*='st-key-ws_card_'] [data-testid='stCaptionContainer'] p {font-size: 1.15rem;}
[class*='st-key-ws_card_'] [class*='st-key-ws_setting_'] p {font-size: 1.5rem; font-weight: 600;}
[class*='st-key-ws_card_'] [data-testid='stMetricLabel'] p {font-size: 1.05rem; white-space: normal;
  line-height: 1.2;}
[class*='st-key-ws_card_'] [data-testid='stMetricLabel'] div {white-space: normal; overflow: visible;}
[class*='st-key-ws_card_'] [data-testid='stMetricValue'] {font-size: 3rem; line-height: 1.1;}
[class*='st-key-ws_card_'] [data-testid='stVerticalBlock'] {gap: 0.35rem;}
.st-key-ws_projector_table table {font-size: 1.4rem;}
</style>"""
FORSTELARARE_PAGE = "app_pages/forstelarare.py"


def current_code() -> str:
    """The workshop this visitor is in (normalised code), or ""."""
    return state.get(_CODE, "")


def join(code: str) -> None:
    """Remember the workshop this visitor is in (on every screen, for saving and comparing)."""
    state.put(_CODE, workshops.normalise_code(code))


def limits(cfg: Settings) -> workshops.Limits | None:
    """The limits on creating workshops: in public mode per session, per address and in all; none otherwise."""
    if not cfg.public_mode:
        return None
    return workshops.Limits(cfg.workshop_rate_limit_session, cfg.workshop_rate_limit_address, cfg.workshop_rate_limit)


def requester(cfg: Settings) -> workshops.Requester:
    """This visitor as the creation limits count them: their session (a random id kept in it) and, only behind a
    trusted proxy (a visitor can write X-Forwarded-For themselves), the address the proxy passes."""
    return workshops.Requester(state.visitor_id(), state.forwarded_address(cfg.trusted_proxies))


def join_form(store: workshops.Store, lang: str) -> None:
    """Type a workshop code and join it (the code must name an open workshop)."""
    with st.form("join", border=False):
        typed = st.text_input(t("workshop.code", lang), value=workshops.format_code(current_code()), key="ws_code",
                              max_chars=20)
        if st.form_submit_button(t("workshop.join", lang), icon=":material/login:"):
            try:
                join(store.workshop(typed).code)
            except workshops.StorageError as exc:
                st.error(exc.message.text(lang))
    if current_code():
        st.caption(t("workshop.joined", lang, code=workshops.format_code(current_code())))


def facilitator_panel(store: workshops.Store, lang: str) -> None:
    """Create a workshop (its code and the secret shown once), and with the secret lock, unlock, reset or delete
    the current one."""
    with st.expander(t("workshop.facilitator_heading", lang)):
        if st.button(t("workshop.create", lang), icon=":material/add:", key="ws_create"):
            cfg = settings()
            try:
                ws, secret = store.create_workshop(cfg.workshop_hours, limits(cfg), requester(cfg))
                join(ws.code)
                st.markdown(workshop.created_note(ws, secret, lang))
            except workshops.StorageError as exc:
                st.error(exc.message.text(lang))
        secret = st.text_input(t("workshop.secret", lang), type="password", key="ws_secret")
        code = current_code()
        actions: dict[str, Callable[[], object]] = {
            "lock": lambda: store.lock(code, secret, True), "unlock": lambda: store.lock(code, secret, False),
            "reset": lambda: store.reset(code, secret), "delete": lambda: store.delete_workshop(code, secret)}
        for column, (name, action) in zip(st.columns(len(actions)), actions.items(), strict=True):
            if column.button(t(f"workshop.{name}", lang), key=f"ws_{name}", disabled=not (code and secret)):
                try:
                    action()
                    st.success(t("workshop.done", lang))
                except workshops.StorageError as exc:
                    st.error(exc.message.text(lang))


def projector() -> bool:
    """Whether this visitor has the projector view on ("Storbildsläge")."""
    return bool(st.session_state.get(_PROJECTOR, False))


def big_mode(lang: str, data: Dataset | None = None) -> None:
    """The projector toggle (its help says where the forms went). On, the screen is the room's: the page's style
    for a projector (`PROJECTOR_CSS`) and, beside the toggle, the short demo label instead of the banner."""
    if not projector():
        st.toggle(t("workshop.big", lang), key=_PROJECTOR, help=t("takeaway.projector_off", lang))
        return
    left, right = st.columns([3, 2])
    if left.toggle(t("workshop.big", lang), key=_PROJECTOR, help=t("takeaway.projector_off", lang)):
        st.html(PROJECTOR_CSS)
        if data is not None and data.is_demo:
            right.caption(t("banner.demo_short", lang))


def cards(items: tuple[workshop.Card, ...], lang: str) -> None:
    """The scenario cards, up to four side by side, each with the group's choice (α, posts) and a link that
    reopens the scenario; on a projector the numbers alone, large, so four cards fit on one screen."""
    big = projector()
    columns = st.columns(min(len(items), workshop.CARD_COLUMNS))
    for i, item in enumerate(items):
        with columns[i % len(columns)].container(border=True, key=f"ws_card_{item.id}"):
            st.markdown(f"### {item.name}")
            if item.group:
                st.caption(item.group)
            if item.setting:
                with st.container(key=f"ws_setting_{item.id}"):
                    st.markdown(item.setting)
            for label, value in item.figures:
                st.metric(label, value)
            if big:
                continue
            st.markdown(item.summary)
            st.page_link(FORSTELARARE_PAGE, label=t("workshop.open", lang), icon=":material/open_in_new:",
                         query_params={"lang": lang, scenarios.URL_PARAM: item.link})


def chart_and_table(view: workshop.Compare, lang: str) -> None:
    """The chart and the table of the compare view; on a projector both in large type (the table as text cells,
    which can be sized, where the interactive grid cannot)."""
    if not projector():
        widgets.chart(view.chart, workshop.FILE_NAME, lang, key="ws_chart", alt_text=view.chart_alt)
        widgets.table_with_downloads(view.table, workshop.FILE_NAME, lang, key="ws_table")
        return
    st.vega_lite_chart(render.scaled(view.chart), width="stretch", key="ws_chart")
    st.caption(view.chart_alt)
    shown = display.formatted(view.table.frame, lang).map(lambda v: inert(str(v)))
    with st.container(key="ws_projector_table"):
        st.table(shown.set_index(shown.columns[0]))


def export_button(store: workshops.Store, code: str, lang: str) -> None:
    """Download everything saved in the workshop as JSON (read from the database only when asked for)."""
    st.download_button(t("workshop.export", lang), data=lambda: workshop.export_json(store.export(code)),
                       file_name=f"{workshop.FILE_NAME}.json", mime="application/json", key="ws_export",
                       on_click="ignore")

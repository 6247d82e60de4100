"""Widgets of the Workshop screen: the visitor's workshop code (kept across screens), joining, the facilitator's
controls, the projector mode, the scenario cards and the export. Widget keys live here."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from lib.config import Settings, settings
from lib.i18n import t
from lib.screens import workshop
from lib.store import scenarios, workshops
from lib.ui import state

_CODE = "workshop_code"
BIG_MODE_CSS = ("<style>[data-testid='stMain'] p, [data-testid='stMain'] li {font-size: 1.5rem !important;} "
                "[data-testid='stMetricValue'] {font-size: 3rem !important;}</style>")
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


def big_mode(lang: str) -> None:
    """The projector toggle: large type for paragraphs, list items and metric values."""
    if st.toggle(t("workshop.big", lang), key="ws_big"):
        st.html(BIG_MODE_CSS)


def cards(items: tuple[workshop.Card, ...], lang: str) -> None:
    """The scenario cards, up to four side by side, each with a link that reopens the scenario."""
    columns = st.columns(min(len(items), workshop.CARD_COLUMNS))
    for i, item in enumerate(items):
        with columns[i % len(columns)].container(border=True, key=f"ws_card_{item.id}"):
            st.markdown(f"### {item.name}")
            if item.group:
                st.caption(item.group)
            for label, value in item.figures:
                st.metric(label, value)
            st.markdown(item.summary)
            st.page_link(FORSTELARARE_PAGE, label=t("workshop.open", lang), icon=":material/open_in_new:",
                         query_params={"lang": lang, scenarios.URL_PARAM: item.link})


def export_button(store: workshops.Store, code: str, lang: str) -> None:
    """Download everything saved in the workshop as JSON (read from the database only when asked for)."""
    st.download_button(t("workshop.export", lang), data=lambda: workshop.export_json(store.export(code)),
                       file_name=f"{workshop.FILE_NAME}.json", mime="application/json", key="ws_export",
                       on_click="ignore")

"""A plain note for a visitor whose browser lost its connection and was given a fresh session: behind a load
balancer, when the replica that held their session stops, the browser reconnects to another replica, which does not
have the session, so the upload, the choices and the workshop code are gone. Never a traceback."""

from __future__ import annotations

import logging

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from lib.i18n import t

log = logging.getLogger("lararresurser")
_STARTED = "_session_started"


def started_after_lost_connection() -> bool:
    """True on the first run of a session whose browser already showed the app: a browser that reconnects after
    losing its server sends the widget values it still shows, a new visit sends none. False on every later run and
    whenever Streamlit's session internals cannot be read (the note is a courtesy, never a failure). Call it
    before the script makes any widget: making one adds it to the values read here."""
    if st.session_state.get(_STARTED):
        return False
    st.session_state[_STARTED] = True
    ctx = get_script_run_ctx(suppress_warning=True)
    try:
        states = ctx.session_state._state._new_widget_state.states  # the widget values the browser sent
    except AttributeError:
        return False
    return bool(states)


def note(lang: str) -> None:
    """Say plainly that the connection was lost and the app started afresh (on the first run of such a session)."""
    if started_after_lost_connection():
        log.info("A browser reconnected to a session this server does not have; started a fresh one")
        st.info(t("session.restarted", lang), icon=":material/sync_problem:")

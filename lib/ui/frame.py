"""The frame around every screen: language choice, demo banner, and an error boundary without tracebacks."""

from __future__ import annotations

import logging

import streamlit as st

from lib.i18n import LANGS, t
from lib.ui import links, pages, reconnect, state, widgets

log = logging.getLogger("lararresurser")


def language_picker() -> str:
    """The language selector in the sidebar, bound to the URL parameter `lang`; returns the language. First, the
    plain note for a browser that reconnected to a server without its session (lib/ui/reconnect.py)."""
    current = state.lang()
    reconnect.note(current)  # before any widget: it reads the widget values the browser sent
    choice = st.sidebar.radio(
        t("app.language", current), LANGS, index=LANGS.index(current), horizontal=True,
        format_func=lambda code: {"sv": "Svenska", "en": "English"}[code], key="lang_picker")
    if choice != current:
        state.set_lang(choice)
        st.rerun()
    st.query_params["lang"] = current
    _set_document_language(current)
    _accessible_styles()
    return current


def _accessible_styles() -> None:
    """Captions darker than Streamlit's default grey (3.9:1) so they reach WCAG AA contrast (≥ 4.5:1)."""
    st.html("<style>[data-testid='stCaptionContainer'], [data-testid='stCaptionContainer'] p "
            "{color: #5c5c5c !important; opacity: 1 !important;}</style>")


def _set_document_language(lang: str) -> None:
    """Make the page's `lang` attribute follow the chosen language (screen readers, WCAG 3.1.1), and give file
    uploaders' drop zones a role that fits their label (one element: each `st.html` adds a gap to the page). The
    script is a file of the app (static/frame.js, relative to the page so a base URL path works), not inline: the
    Content-Security-Policy the deployment guide recommends allows scripts from the app itself only."""
    st.html(f'<script src="app/static/frame.js" data-lang="{"en" if lang == "en" else "sv"}"></script>',
            unsafe_allow_javascript=True)


def screens(lang: str) -> list[st.Page]:
    """The screens for `st.navigation`, made once per visitor and language: making a page resolves its file on
    disk, which for twelve screens was a tenth of a light screen's rerun. One flat list in the screens' order:
    Streamlit's section headings produce list markup that fails WCAG 1.3.1 (axe: "list", "listitem")."""
    made = state.get(f"screens_{lang}")
    if made is None:  # not shared between visitors: st.Page objects carry per-session navigation flags
        made = [st.Page(path, title=t(title, lang), icon=icon, url_path=url, default=url == "start")
                for _section, path, title, icon, url in pages.available()]
        state.put(f"screens_{lang}", made)
    return made


def run_page(page: st.navigation) -> None:  # type: ignore[valid-type]
    """Run the chosen page; an unexpected error is logged and shown as a plain message, never a traceback. Around
    it the link layer (`lib.ui.links`): the data a link names first, the link that reopens the view last (also
    after a screen ends early with `widgets.halt`)."""
    try:
        links.begin()
        page.run()
    except widgets.Halt:
        pass  # the screen drew what it could; the link below still belongs to it
    except Exception as exc:
        log.exception("page failed")
        st.error(t("common.error_generic", state.lang(), kind=type(exc).__name__))
        return
    links.finish(state.lang(), page.url_path)

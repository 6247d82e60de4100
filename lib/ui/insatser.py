"""Widgets of the Insatser screen: who may change the register, the add form, and the note after a change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from lib.config import Settings, settings
from lib.documents import exports
from lib.i18n import column_label, t
from lib.screens import insatser
from lib.store import interventions
from lib.store.interventions import Intervention
from lib.text import inert
from lib.ui import links, resources, state

_FLASH = "iv_flash"


class Editor:
    """The visitor as an editor of the register: the key they typed (or the identity a trusted single-sign-on
    proxy passes on together with its shared secret). `change` runs a register change in their name; wrong keys
    are counted per session, client address and in all, and slowed down (`Register.authorise`)."""

    def __init__(self, key: str | None, lang: str) -> None:
        self.key = key
        self.lang = lang

    @classmethod
    def ask(cls, lang: str) -> Editor:
        """Say who may change the register and, outside the public demo, ask for the editor key."""
        if settings().public_mode:
            st.caption(t("insatser.public_note", lang))
            return cls(None, lang)
        st.caption(t("insatser.read_only_note", lang))
        return cls(st.text_input(t("insatser.editor_key", lang), type="password", key="iv_key"), lang)

    def change(self, method: Callable[..., Any], *args: Any) -> None:
        """Call a register method with `args` and the editor's name; on success rerun with a note so every
        table shows the change, else say why it was refused."""
        cfg = settings()
        sso = interventions.sso_identity(st.context.headers, cfg.sso_header, cfg.sso_secret_header, cfg.sso_secret)
        try:
            name = resources.register().authorise(self.key, cfg.editor_keys, sso=sso, public_mode=cfg.public_mode,
                                                  session=state.visitor_id(),
                                                  client=_client(cfg))
            method(*args, name)
        except interventions.InterventionError as exc:
            st.error(inert(exc.message.text(self.lang)))  # may name an id as typed
            return
        state.put(_FLASH, t("insatser.done", self.lang))
        st.rerun()


def _client(cfg: Settings) -> str:
    """The visitor's address as far as it can be told: what a trusted proxy passes on, else the connection's
    (behind a proxy on the same machine that is the proxy's, so the count is then one for everyone)."""
    direct = st.context.ip_address
    return state.forwarded_address(cfg.trusted_proxies) or (direct if isinstance(direct, str) else "")


def flash() -> None:
    """The note left by the last change (shown once)."""
    note = state.get(_FLASH)
    if note:
        st.success(note)
        state.put(_FLASH, None)


def add_form(fields: tuple[tuple[insatser.Field, ...], ...], lang: str) -> Intervention | None:
    """The form that adds an intervention, row by row; the record when it was sent and is valid (else None,
    with the wrong field named)."""
    with st.form("iv_add"):
        values: dict[str, Any] = {}
        for row in fields:
            for column, field in zip(st.columns(len(row)), row, strict=True):
                values[field.name] = _input(column, field, lang)
        if not st.form_submit_button(t("insatser.save", lang), icon=":material/save:"):
            return None
        try:
            return insatser.form_record(values)
        except interventions.InterventionError as exc:
            st.error(inert(exc.message.text(lang)))
            return None


def _input(column: Any, field: insatser.Field, lang: str) -> Any:
    if field.kind == "choice":
        return column.selectbox(field.label, field.options, key=field.key, format_func=field.label_of,
                                placeholder=t("takeaway.choose_one", lang))
    if field.kind == "number":
        low, high, start, step = field.bounds
        return column.number_input(field.label, low, high, start, step, key=field.key)
    if field.kind == "area":
        return column.text_area(field.label, key=field.key)
    return column.text_input(field.label, key=field.key)


def log_download(stored: pd.DataFrame, lang: str) -> None:
    """The change log as CSV (made only when asked for)."""
    st.download_button(t("common.download_csv", lang), data=lambda: exports.to_csv_bytes(stored, lang),
                       file_name="insatser-logg.csv", mime="text/csv", key="iv_log_csv", on_click="ignore")


def log_status(log: insatser.ChangeLog) -> None:
    """What the chain check says about the change log: intact from which change, which rows break it, or that
    it cannot be verified."""
    for status in log.status:
        text = status.text + "".join(f"\n- {line}" for line in status.details)
        getattr(st, status.level)(text)


def follow_up_pickers(choices: dict[str, str], indicators: dict[str, str], lang: str, left: Any,
                      right: Any) -> tuple[str, str]:
    """The intervention followed up and the indicator, kept in the URL as `intervention` (its id) and
    `indicator` (its column name)."""
    chosen = links.selectbox(t("insatser.choose", lang), list(choices), param="intervention", key="iv_choose",
                             lang=lang, label_of=lambda i, _language: choices.get(i, i), container=left)
    indicator = links.selectbox(t("insatser.indicator", lang), list(indicators), param="indicator",
                                key="iv_indicator", lang=lang, label_of=column_label, container=right)
    return chosen, indicator

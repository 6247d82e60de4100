"""Workshop: join with a code, the facilitator's controls, and the projector-friendly side-by-side view of
the groups' saved scenarios, refreshing by itself."""

import datetime as dt

import streamlit as st

from lib.i18n import t
from lib.screens import workshop
from lib.store import workshops
from lib.ui import resources, state, widgets
from lib.ui import workshop as workshop_ui

lang = state.lang()
data = state.active_dataset()
store = resources.store()
source = widgets.source_line(data, lang)

if workshop_ui.projector():  # the room's screen: the scenarios, with the way back on top
    workshop_ui.big_mode(lang, data)
else:
    widgets.page_header("workshop.title", lang, data, intro_key="workshop.intro")
    st.header(t("workshop.join_heading", lang))
    workshop_ui.join_form(store, lang)
    workshop_ui.facilitator_panel(store, lang)
    workshop_ui.big_mode(lang)


@st.fragment(run_every=dt.timedelta(seconds=workshop.REFRESH_SECONDS))
def compare_view() -> None:
    """The workshop's scenarios side by side (refreshes by itself so a group's save shows within seconds)."""
    st.header(t("workshop.compare_heading", lang))
    code = workshop_ui.current_code()
    if not code:
        st.info(t("workshop.no_code", lang))
        return
    try:
        ws = store.workshop(code)
        saved = store.scenarios(code)
    except workshops.StorageError as exc:
        st.warning(exc.message.text(lang))
        return
    if ws.locked:
        st.caption(t("workshop.locked_note", lang))
    if not saved:
        st.info(t("workshop.none_yet", lang))
    else:
        view = workshop.compare(data, saved, lang, source)
        workshop_ui.cards(view.cards, lang)
        workshop_ui.chart_and_table(view, lang)
        if not workshop_ui.projector():
            workshop_ui.export_button(store, code, lang)
    st.caption(workshop.updated_note(lang))


compare_view()

"""Självskattning: the organiser's self-assessment against Skolinspektionen's criteria, each answer suggested
from the data with its evidence and the review's count beside it; downloaded, saved under a workshop code, and
included in the board report."""

import streamlit as st

from lib.i18n import t
from lib.screens import insatser, sjalvskattning
from lib.ui import resources, state, widgets
from lib.ui import sjalvskattning as assessment_ui

lang = state.lang()
data = widgets.require_data(lang)
widgets.page_header("sjalvskattning.title", lang, data, intro_key="sjalvskattning.intro")
st.caption(t("sjalvskattning.caution", lang))
scopes = sjalvskattning.scope_choices(data, lang)
assessment_ui.apply_pending(scopes)
organizer = assessment_ui.scope_picker(scopes, lang)
with st.expander(t("sjalvskattning.upload", lang)):
    assessment_ui.open_file(lang)
assessment_ui.flash(lang)

items = insatser.shown_items(data, tuple(resources.register().all())).items
options = sjalvskattning.answer_options(lang)
answers = [assessment_ui.card(item, options, lang) for item in sjalvskattning.criteria(data, items, organizer, lang)]
made = sjalvskattning.made(answers, organizer, data.latest_year())
assessment_ui.remember(made)

st.header(t("sjalvskattning.file_heading", lang))
st.markdown(sjalvskattning.summary(made, lang))
assessment_ui.file_panel(made, data, lang)
assessment_ui.include_toggle(lang)

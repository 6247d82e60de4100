"""Widgets of the Självskattning screen: one criterion's card (question, evidence, the review's count, answer and
note), opening a downloaded file, saving under the workshop code, and the choice to include the assessment in the
board report. Widget and state keys live here."""

from __future__ import annotations

import streamlit as st

from lib.config import settings
from lib.dataset import Dataset
from lib.i18n import t
from lib.measures import assessment
from lib.measures.assessment import Assessment
from lib.screens import sjalvskattning
from lib.store import assessments, workshops
from lib.text import inert
from lib.ui import links, resources, state
from lib.ui import workshop as workshop_ui

# The visitor's latest assessment and whether the board report includes it: derived state, dropped with the data.
_MADE = "assessment"
_INCLUDE = "assessment_in_report"
_FLASH = "sa_flash"
_PENDING = "assessment_pending"


def _answer_key(criterion: str) -> str:
    return f"sa_answer_{criterion}"


def _note_key(criterion: str) -> str:
    return f"sa_note_{criterion}"


def card(item: sjalvskattning.Criterion, options: dict[str, str], lang: str) -> tuple[str, str, str]:
    """One criterion: the question, the evidence and the suggestion, the review's count, the answer (the
    suggestion until changed) and a note. Returns (criterion, answer, note)."""
    with st.container(border=True, key=f"sa_card_{item.id}"):
        st.markdown(f"**{item.question}**")
        st.markdown(f"*{t('sjalvskattning.evidence_label', lang)}:* {inert(item.evidence)}")
        st.caption(t("sjalvskattning.suggested", lang, answer=item.suggested_label))
        c1, c2 = st.columns([1, 2])
        keys = list(options)
        answer = c1.radio(t("sjalvskattning.answer", lang), keys, index=keys.index(item.suggested),
                          format_func=options.get, key=_answer_key(item.id))
        note = c2.text_area(t("sjalvskattning.note", lang), key=_note_key(item.id), max_chars=assessment.MAX_NOTE,
                            height=80)
        st.caption(f"{t('sjalvskattning.reference_label', lang)}: {item.reference}")
    return item.id, answer, note


def apply(made: Assessment) -> None:
    """Open an assessment: its answers and notes go into the cards on the rerun this starts (a card's value can
    only be set before it is drawn)."""
    state.put(_PENDING, made)
    state.put(_FLASH, "opened")
    st.rerun()


def apply_pending(choices: dict[str, str]) -> None:
    """Put an opened assessment's scope into the picker (when the data has it) and its answers and notes into the
    cards; call before the picker and the cards are drawn."""
    made = state.get(_PENDING)
    if made is None:
        return
    state.put(_PENDING, None)
    if made.scope in choices:  # its answers are about that organiser, not the one the picker showed
        st.session_state["sa_scope"] = made.scope
    forget_answers()
    for answer in made.answers:
        st.session_state[_answer_key(answer.criterion)] = answer.answer
        st.session_state[_note_key(answer.criterion)] = answer.note


def forget_answers() -> None:
    """Let the cards start again from the suggestions (the scope changed)."""
    for criterion in assessment.CRITERIA:
        for key in (_answer_key(criterion), _note_key(criterion)):
            if key in st.session_state:
                del st.session_state[key]


def scope_picker(choices: dict[str, str], lang: str) -> str:
    """The organiser assessed ("" for every unit); a new choice starts the answers again from its suggestions."""
    return links.selectbox(t("sjalvskattning.scope", lang), list(choices), param="organizer", key="sa_scope",
                           lang=lang, label_of=lambda o, _language: choices.get(o, str(o)), on_change=forget_answers)


def open_file(lang: str) -> None:
    """Open a downloaded self-assessment: its answers and notes replace the cards' (a wrong file is refused)."""
    upload = st.file_uploader(t("sjalvskattning.upload", lang), type=["json"], key="sa_upload")
    if upload is not None and st.button(t("sjalvskattning.open", lang), key="sa_open"):
        try:
            opened = assessment.from_bytes(upload.getvalue())
        except assessment.AssessmentError as exc:
            st.error(t("sjalvskattning.bad_file", lang, reason=inert(str(exc))))
            return
        apply(opened)


def flash(lang: str) -> None:
    """The note left by the last opening (shown once)."""
    if state.get(_FLASH):
        st.success(t("sjalvskattning.opened", lang))
        state.put(_FLASH, None)


def remember(made: Assessment) -> None:
    """Keep the visitor's current assessment (for the board report on Skolblad) until the data changes."""
    state.set_derived(_MADE, made)


def file_panel(made: Assessment, data: Dataset, lang: str) -> None:
    """Download the assessment; save it under the workshop code (in public mode without an upload's organiser
    name: `sjalvskattning.for_storage`), or fetch the latest saved one."""
    st.download_button(t("sjalvskattning.download", lang), data=assessment.to_bytes(made),
                       file_name=sjalvskattning.file_name(lang), mime="application/json", key="sa_download",
                       icon=":material/download:", on_click="ignore")
    c1, c2, c3 = st.columns(3)
    code = c1.text_input(t("workshop.code", lang), value=workshops.format_code(workshop_ui.current_code())
                         if workshop_ui.current_code() else "", key="sa_code", max_chars=20)
    if c2.button(t("sjalvskattning.save", lang), key="sa_save", disabled=not code.strip(), icon=":material/save:"):
        try:
            assessments.save(resources.store(), code,
                             sjalvskattning.for_storage(made, data, settings().public_mode))
            saved_in = workshops.normalise_code(code)
            workshop_ui.join(saved_in)
            st.success(t("sjalvskattning.saved", lang, code=workshops.format_code(saved_in)))
        except workshops.StorageError as exc:
            st.error(exc.message.text(lang))
        except Exception:  # the database is down or unreachable: say so, keep the screen
            st.error(t("storage.unavailable", lang))
    if c3.button(t("sjalvskattning.load", lang), key="sa_load", disabled=not code.strip()):
        try:
            found = assessments.latest(resources.store(), code)
        except workshops.StorageError as exc:
            st.error(exc.message.text(lang))
            return
        if found is None:
            st.info(t("sjalvskattning.none_saved", lang, code=inert(code)))
        else:
            apply(found)
    st.caption(t("sjalvskattning.store_note", lang))


def include_toggle(lang: str) -> None:
    """Whether the board report (on Skolblad) includes this assessment."""
    on = st.toggle(t("sjalvskattning.include", lang), value=bool(state.derived(_INCLUDE)), key="sa_include")
    state.set_derived(_INCLUDE, on)
    if on:
        st.caption(t("sjalvskattning.included", lang))


def for_report() -> Assessment | None:
    """The assessment the board report includes: the visitor's latest, when they chose to include it."""
    return state.derived(_MADE) if state.derived(_INCLUDE) else None

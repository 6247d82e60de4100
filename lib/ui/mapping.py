"""The Data screen's mapping (issue 16): per file, one picker per app field (grouped, pre-filled with the app's
suggestions and how sure they are), the unused columns once as text, values for every row, the year-column
choice, "Läs in igen" and "Börja om", the mapping file to download, and the scale checks' offer to leave a column
out. The plans live in the visitor's session only, by file name and by layout (the set of columns), so a file
with the same columns uploaded again is read the same way."""

from __future__ import annotations

import datetime as dt
from functools import partial

import streamlit as st

from lib import ingest
from lib.dataset import Dataset
from lib.i18n import t
from lib.ingest.mapping import Plan, PlanError, from_json
from lib.screens import mapping as screen
from lib.text import inert
from lib.ui import state

_PLANS = "upload_plans"  # file name → Plan
_LAYOUTS = "upload_layouts"  # layout key → Plan
_REAPPLIED = "upload_reapplied"  # file names read with a remembered plan
_WIDGET = "mapf_"
_REGISTER = "register_result"  # what the last register fetch found, said once on the Data screen


def plans() -> dict[str, Plan]:
    """The visitor's plans by file name."""
    return dict(state.get(_PLANS, {}))


def layouts() -> dict[tuple[str, ...], Plan]:
    """The visitor's plans by layout."""
    return dict(state.get(_LAYOUTS, {}))


def set_plan(name: str, plan: Plan | None, layout: tuple[str, ...] | None = None) -> None:
    """Keep (or, with None, forget) a file's plan, and remember it for its layout."""
    current, known = plans(), layouts()
    if plan is None:
        current.pop(name, None)
        if layout is not None:
            known.pop(layout, None)
    else:
        current[name] = plan
        known[plan.layout or layout or ()] = plan
    state.put(_PLANS, current)
    state.put(_LAYOUTS, known)


def remembered_for(proposals: dict[str, ingest.ColumnProposal]) -> dict[str, Plan]:
    """Plans to apply to files without one of their own whose layout has a remembered plan."""
    own, known = plans(), layouts()
    found = {name: known[screen.layout_key(p.headers)] for name, p in proposals.items()
             if name not in own and screen.layout_key(p.headers) in known}
    if found:
        state.put(_PLANS, {**own, **found})
        state.put(_REAPPLIED, tuple(found))
    return found


def plan_picker(lang: str) -> None:
    """An uploader for a saved mapping file: remembered for its layout, so the data file is read with it."""
    saved = st.file_uploader(t("mapping.plan_uploader", lang), type=["json"], key="upload_plan",
                             help=t("mapping.download_help", lang))
    if saved is None:
        return
    try:
        plan = from_json(saved.getvalue())
    except PlanError as exc:
        st.error(t("mapping.plan_bad", lang, error=inert(str(exc))))
        return
    if plan.layout and layouts().get(plan.layout) != plan:
        known = layouts()
        known[plan.layout] = plan
        state.put(_LAYOUTS, known)


def render(result: ingest.IngestResult, lang: str) -> None:
    """The mapping of every file that needs one, or has one, or whose reading the visitor asks to change."""
    own = plans()
    for name, proposal in result.proposals.items():
        plan = own.get(name)
        if proposal.sure and plan is None and not st.toggle(t("mapping.edit", lang, file=inert(name)),
                                                            key=f"mapedit_{screen.file_key(name)}"):
            continue
        _file_form(result, name, proposal, plan, lang)


def _file_form(result: ingest.IngestResult, name: str, proposal: ingest.ColumnProposal, plan: Plan | None,
               lang: str) -> None:
    form = screen.form(proposal, plan, lang)
    st.subheader(t("mapping.heading", lang))
    if name in state.get(_REAPPLIED, ()):
        st.info(t("mapping.reapplied", lang, file=inert(name)), icon=":material/replay:")
    st.markdown(t("mapping.intro", lang, file=inert(name)))
    prefix = f"{_WIDGET}{form.key}_"
    with st.form(key=f"mapform_{form.key}", border=True):
        chosen: dict[str, str] = {}
        for heading, rows in form.groups:
            st.markdown(f"**{heading}**")
            cells = st.columns(2)
            for i, row in enumerate(rows):
                chosen[row.field] = cells[i % 2].selectbox(
                    row.label, form.options, index=form.options.index(row.chosen) if row.chosen in form.options else 0,
                    key=f"{prefix}{row.field}", format_func=partial(screen.option_label, form, row, lang=lang),
                    placeholder=t("takeaway.choose_one", lang))
        st.markdown(screen.unused_line(form, lang))
        st.markdown(f"**{t('mapping.constants_heading', lang)}**")
        years = screen.school_year_options(dt.date.today().year)
        munis = screen.municipality_options()
        cells = st.columns(3)
        year = cells[0].selectbox(t("mapping.const.school_year", lang), years,
                                  index=_index(years, form.constants.get("school_year", "")),
                                  key=f"{prefix}const_year", format_func=partial(screen.school_year_label, lang=lang),
                                  placeholder=t("takeaway.choose_one", lang))
        muni = cells[1].selectbox(t("mapping.const.municipality_code", lang), munis,
                                  index=_index(munis, form.constants.get("municipality_code", "")),
                                  key=f"{prefix}const_muni", format_func=partial(screen.municipality_label, lang=lang),
                                  placeholder=t("takeaway.choose_one", lang))
        organizer = cells[2].text_input(t("mapping.const.organizer", lang), value=form.constants.get("organizer", ""),
                                        key=f"{prefix}const_org", max_chars=120)
        year_choice = None
        if form.year_columns:
            st.markdown(f"**{t('mapping.years_heading', lang)}**")
            st.markdown(t("mapping.years_intro", lang, n=len(form.year_columns), example=inert(form.year_columns[0])))
            options = screen.year_options(form)
            year_choice = st.radio(t("mapping.years_heading", lang), options, index=_index(options, form.years),
                                   key=f"{prefix}years", format_func=partial(screen.year_option_label, lang=lang),
                                   label_visibility="collapsed")
            for note in screen.year_notes(result.report, name, lang):
                st.caption(note)
        submitted = st.form_submit_button(t("mapping.apply", lang), type="primary", icon=":material/refresh:")
    made = screen.plan_from(form, chosen, {"school_year": year, "municipality_code": muni, "organizer": organizer},
                            year_choice)
    if submitted:
        set_plan(name, made)
        st.rerun()
    for offer in screen.scale_offers(result.report, lang):
        if offer.file != name:
            continue
        st.warning(inert(offer.text))
        if st.button(t("mapping.leave_out", lang, column=inert(offer.header)), key=f"leave_{form.key}_{offer.header}"):
            set_plan(name, screen.without_column(plan or made, offer.header))
            _forget_widgets(prefix)
            st.rerun()
    left, right = st.columns(2)
    left.download_button(t("mapping.download", lang), data=(plan or made).to_json(), file_name=screen.file_name(name),
                         mime="application/json", on_click="ignore", icon=":material/download:",
                         help=t("mapping.download_help", lang), key=f"mapdl_{form.key}")
    if right.button(t("mapping.restart", lang), key=f"maprestart_{form.key}", icon=":material/restart_alt:"):
        set_plan(name, None, screen.layout_key(form.layout))
        state.put(_REAPPLIED, tuple(n for n in state.get(_REAPPLIED, ()) if n != name))
        _forget_widgets(prefix)
        st.rerun()


def _index(options: tuple, value: object) -> int:
    return options.index(value) if value in options else 0


def _forget_widgets(prefix: str) -> None:
    """Drop the form's widget values so it shows the plan (or the suggestions) again."""
    for key in [k for k in st.session_state if str(k).startswith(prefix)]:
        del st.session_state[key]


def placement_note(data: Dataset, year: int, lang: str) -> None:
    """Under a school map: the schools placed within their municipality for want of coordinates, if any."""
    note = screen.placement_note(data, year, lang)
    if note:
        st.caption(note)


def register_offer(data: Dataset, lang: str) -> None:
    """For an upload of Skolverket's school-unit codes without coordinates: fetch them from the register."""
    from lib.fetch import coordinates
    from lib.fetch.client import FetchError

    codes = coordinates.codes_without_coordinates(data) if data.source.kind == "upload" else ()
    done = state.get(_REGISTER)
    if done is not None:
        st.success(done)
        state.put(_REGISTER, None)
    label = t("mapping.register_button", lang, schools=screen.schools(len(codes), lang))
    if not codes or not st.button(label, icon=":material/pin_drop:", help=t("mapping.register_help", lang),
                                  key="register_coordinates"):
        return
    try:
        with st.spinner(label):
            found = coordinates.register_coordinates(codes)
    except FetchError as exc:
        st.warning(t("mapping.register_failed", lang, reason=inert(exc.text(lang))))
        return
    state.put(_REGISTER, t("mapping.register_done", lang, n=len(found), m=len(codes)))
    if found:
        state.set_active_dataset(coordinates.with_coordinates(data, found))
    st.rerun()

"""Widgets of the Förstelärare screen: the rule's parameters (prefilled from a shared link), the metrics, and
saving a scenario under a workshop code. Widget keys live here so pages never spell session-state keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from lib.config import settings
from lib.dataset import Dataset, organizers
from lib.i18n import fmt_school_year, t
from lib.measures import allocation
from lib.screens import forstelarare
from lib.store import scenarios, workshops
from lib.text import inert
from lib.ui import links, resources, state
from lib.ui import workshop as workshop_ui

if TYPE_CHECKING:
    from lib.screens import profiler

LINK_PARAM = scenarios.URL_PARAM
_APPLIED = "applied_scenario_link"


def apply_link(lang: str) -> scenarios.Scenario | None:
    """Prefill the widgets once from a `?scenario=v1.…` link; returns the scenario (or None), shows errors."""
    link = st.query_params.get(LINK_PARAM)
    if not link or state.get(_APPLIED) == link:
        return None
    state.put(_APPLIED, link)
    try:
        sc = scenarios.from_url(link)
    except scenarios.ScenarioError as exc:
        st.warning(exc.message.text(lang))
        return None
    p = sc.params
    values = {"fl_org": p.organizer, "fl_year": p.year, "fl_alpha": p.alpha, "fl_mode": p.mode,
              "fl_max_move": p.max_move, "fl_min": p.min_per_school, "fl_max": p.max_per_school, "fl_method": p.method,
              "fl_prio_profiles": list(p.priority_profiles), "fl_prio_flag": p.priority_flag,
              "fl_prio_factor": p.priority_factor, "fl_lowq": p.low_qualification_factor,
              "fl_hold_pott2": p.hold_pott2, "fl_supp1": float(p.supplement_sek),
              "fl_supp2": float(p.supplement_pott2_sek), "fl_factor": p.employer_cost_factor,
              "fl_total_kind": "budget" if p.budget_sek is not None and p.posts is None else "posts"}
    if p.posts is not None:
        values["fl_posts"] = int(p.posts)
    if p.budget_sek is not None:
        values["fl_budget"] = float(p.budget_sek)
    for key, value in values.items():
        st.session_state[key] = value
    st.success(t("scenario.loaded", lang, name=inert(sc.name)))
    return sc


def params_form(data: Dataset, lang: str) -> tuple[allocation.Params, tuple[str, ...] | None]:
    """All parameters of the rule, and the prioritised unit ids (chosen profiles and/or the challenge flag of the
    Profiler screen; None when nothing is prioritised)."""
    years = data.school_years
    c1, c2 = st.columns(2)
    year = links.selectbox(t("common.school_year", lang), years, param="year", key="fl_year", lang=lang,
                           default=data.latest_year(("pupils",)) or years[-1], label_of=fmt_school_year, container=c1)
    options = [*organizers(data, year), None]
    organizer = links.selectbox(t("forstelarare.organizer", lang), options, param="organizer", key="fl_org",
                                lang=lang, default=forstelarare.default_organizer(data, year), explicit_none=True,
                                label_of=_organizer_label, container=c2)
    scope = forstelarare.organizer_scope(data, year, organizer)

    alpha = links.slider(t("forstelarare.alpha", lang), 0.0, 3.0, 1.0, 0.25, param="alpha", key="fl_alpha",
                         lang=lang, help=t("forstelarare.alpha_help", lang))
    c1, c2, c3 = st.columns(3)
    total_kind = c1.radio(t("forstelarare.total_kind", lang), ["posts", "budget"], key="fl_total_kind",
                          format_func=lambda k: t(f"forstelarare.total.{k}", lang))
    posts = budget = None
    if total_kind == "posts":
        posts = int(c2.number_input(t("forstelarare.posts", lang), 0, 200_000, value=scope.posts_today, step=1,
                                    key="fl_posts"))
    else:
        budget = float(c2.number_input(t("forstelarare.budget", lang), 0.0, 1e11, value=scope.budget_today,
                                       step=100_000.0, key="fl_budget", help=t("forstelarare.budget_help", lang)))
    method = c3.selectbox(t("forstelarare.method", lang), allocation.METHODS, key="fl_method",
                          format_func=lambda m: t(f"forstelarare.method.{m}", lang),
                          placeholder=t("takeaway.choose_one", lang))
    c1, c2, c3, c4 = st.columns(4)
    mode = links.selectbox(t("forstelarare.mode", lang), allocation.MODES, param="mode", key="fl_mode", lang=lang,
                           label_of=lambda m, language: t(f"forstelarare.mode.{m}", language), container=c1)
    max_move = int(c2.number_input(t("forstelarare.max_move", lang), 0, 50, 2, key="fl_max_move",
                                   disabled=mode != "move"))
    low = int(c3.number_input(t("forstelarare.min", lang), 0, 50, 0, key="fl_min"))
    high = int(c4.number_input(t("forstelarare.max", lang), 0, 500, 50, key="fl_max"))

    with st.expander(t("forstelarare.priority_heading", lang)):
        grouping, flag_choice = shared_profiles()
        offered = forstelarare.priority_options(data, year, grouping, flag_choice, lang)
        chosen: list[int] = []
        if offered.profiles:
            labels = dict(offered.profiles)
            chosen = st.multiselect(t("forstelarare.priority_profiles", lang), list(labels), key="fl_prio_profiles",
                                    format_func=lambda p: labels.get(p, str(p)),
                                    placeholder=t("takeaway.choose_many", lang))
        use_flag = False
        if offered.flag_label is not None:
            use_flag = st.checkbox(offered.flag_label, key="fl_prio_flag")
        factor = st.slider(t("forstelarare.priority_factor", lang), 1.0, 5.0, 1.5, 0.25, key="fl_prio_factor")
        lowq = st.slider(t("forstelarare.low_qualification_factor", lang), 1.0, 3.0, 1.0, 0.25, key="fl_lowq")
        hold = st.checkbox(t("forstelarare.hold_pott2", lang), key="fl_hold_pott2",
                           disabled=not data.present(["pott2"]))
    priority = forstelarare.priority_ids(data, year, organizer, grouping, tuple(chosen),
                                         flag_choice if use_flag else None)
    with st.expander(t("forstelarare.cost_heading", lang)):
        supp1 = st.number_input(t("forstelarare.supplement", lang), 0.0, 100_000.0,
                                float(allocation.SUPPLEMENT_POTT1_SEK), 500.0, key="fl_supp1")
        supp2 = st.number_input(t("forstelarare.supplement_pott2", lang), 0.0, 100_000.0,
                                float(allocation.SUPPLEMENT_POTT2_SEK), 500.0, key="fl_supp2")
        factor_cost = st.number_input(t("forstelarare.employer_factor", lang), 1.0, 3.0,
                                      allocation.EMPLOYER_COST_FACTOR, 0.01, key="fl_factor")
        st.caption(t("forstelarare.cost_source", lang, source=allocation.GRANT_SOURCE))
    params = allocation.Params(year=year, posts=posts, budget_sek=budget, alpha=alpha, mode=mode, max_move=max_move,
                               min_per_school=low, max_per_school=high, method=method, organizer=organizer,
                               priority_profiles=tuple(chosen), priority_flag=use_flag, priority_factor=factor,
                               low_qualification_factor=lowq, supplement_sek=supp1, supplement_pott2_sek=supp2,
                               employer_cost_factor=factor_cost, hold_pott2=hold)
    return params, priority


def _organizer_label(organizer: str | None, lang: str) -> str:
    """An organiser as the picker shows it; None is every organiser."""
    return t("common.all", lang) if organizer is None else organizer


def shared_profiles() -> tuple[profiler.Grouping | None, profiler.FlagChoice | None]:
    """The challenge profiles and the rule-based flag the visitor made on the Profiler screen (None: not made)."""
    grouping, flag_choice = state.derived("profiles"), state.derived("challenge_flag")
    if grouping is None and flag_choice is None:
        return None, None
    from lib.screens import profiler  # loads scikit-learn, as the Profiler screen already has

    return (grouping if isinstance(grouping, profiler.Grouping) else None,
            flag_choice if isinstance(flag_choice, profiler.FlagChoice) else None)


def metrics(figures: tuple[forstelarare.Figure, ...]) -> None:
    """A row of metrics; the arrow and colour follow the change's sign (a Swedish minus is not a "-" that
    Streamlit would read), green for up only where up is better."""
    for column, figure in zip(st.columns(len(figures)), figures, strict=True):
        arrow = {1: "up", -1: "down"}.get(figure.direction, "off")
        colour = "gray" if not figure.coloured or figure.direction == 0 else \
            "green" if figure.direction > 0 else "red"
        column.metric(figure.label, figure.value, delta=figure.delta, delta_color=colour, delta_arrow=arrow)


def save_panel(data: Dataset, view: forstelarare.Result, lang: str) -> None:
    """Name the scenario, save it under the workshop code, or copy a link that reopens it."""
    st.header(t("workshop.save_heading", lang))
    c1, c2, c3 = st.columns(3)
    name = c1.text_input(t("workshop.scenario_name", lang), value=t("forstelarare.this_scenario", lang), key="fl_name",
                         max_chars=80)
    group = c2.text_input(t("workshop.group", lang), key="fl_group", max_chars=80)
    code = c3.text_input(t("workshop.code", lang), value=workshop_ui.current_code(), key="fl_code", max_chars=20)
    scenario = forstelarare.scenario(data, view, name, group, lang)  # the visitor's own link keeps everything
    if st.button(t("workshop.save", lang), icon=":material/save:", key="fl_save", disabled=not code.strip()):
        stored = forstelarare.scenario(data, view, name, group, lang, public=settings().public_mode)
        try:
            resources.store().save(code, stored)  # a code it cannot be is refused, saying what one is made of
            saved_in = workshops.normalise_code(code)
            workshop_ui.join(saved_in)
            st.success(t("workshop.saved", lang, name=inert(stored.name), code=workshops.format_code(saved_in)))
        except workshops.StorageError as exc:
            st.error(exc.message.text(lang))
        except Exception:  # the database is down or unreachable: say so, keep the screen
            st.error(t("storage.unavailable", lang))
    # Built on every rerun from what the visitor now sees (not a keyed widget, which would keep its first value).
    st.caption(t("links.scenario_intro", lang))
    st.code(scenario_url(scenario, lang), language=None, wrap_lines=True)
    st.caption(view.units_note)


def scenario_url(scenario: scenarios.Scenario, lang: str) -> str:
    """The absolute link that reopens `scenario` on this screen, naming the bundled data it was made on."""
    data = state.data_key()
    query = scenarios.link(scenario, lang) + (f"&data={data}" if data else "")
    return links.page_url(query, "forstelarare")

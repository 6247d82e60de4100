"""Widgets of the Förstelärare screen: the rule's parameters (prefilled from a shared link), and saving a
scenario under a workshop code. Widget keys live here so pages never spell session-state keys."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib import schema
from lib.dataset import Dataset
from lib.i18n import column_label, fmt_int, t
from lib.measures import allocation
from lib.screens import views
from lib.store import scenarios, workshops
from lib.ui import loaders, state

LINK_PARAM = "scenario"
_APPLIED = "applied_scenario_link"
WORKSHOP = "workshop_code"


def default_organizer(frame: pd.DataFrame, year: int) -> str | None:
    """The municipal organiser with the most schools in the year (a municipality decides for its own)."""
    sub = frame[frame["school_year"] == year]
    if "organizer" not in sub or sub["organizer"].isna().all():
        return None
    municipal = sub[sub.get("organizer_type", pd.Series("kommunal", index=sub.index)) == "kommunal"]
    counts = (municipal if not municipal.empty else sub)["organizer"].value_counts()
    return str(counts.index[0]) if len(counts) else None


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
    st.success(t("scenario.loaded", lang, name=sc.name))
    return sc


def params_form(data: Dataset, lang: str) -> tuple[allocation.Params, pd.Series | None]:
    """All parameters of the rule, and the priority mask (chosen profiles and/or the challenge flag)."""
    frame = data.frame
    years = data.school_years
    if st.session_state.get("fl_year") not in years:
        st.session_state["fl_year"] = data.latest_year(("pupils",)) or years[-1]
    c1, c2 = st.columns(2)
    year = c1.selectbox(t("common.school_year", lang), years, key="fl_year",
                        format_func=lambda y: schema.school_year_label(y))
    options = [*loaders.memo(views.organizers, data, year), None]
    if st.session_state.get("fl_org", "__unset__") not in options:
        st.session_state["fl_org"] = default_organizer(frame, year)
    organizer = c2.selectbox(t("forstelarare.organizer", lang), options, key="fl_org",
                             format_func=lambda o: t("common.all", lang) if o is None else o)
    scope = loaders.memo(views.organizer_scope, data, year, organizer)
    today = scope["posts_today"]

    alpha = st.slider(t("forstelarare.alpha", lang), 0.0, 3.0, 1.0, 0.25, key="fl_alpha",
                      help=t("forstelarare.alpha_help", lang),
                      bind="query-params")
    c1, c2, c3 = st.columns(3)
    total_kind = c1.radio(t("forstelarare.total_kind", lang), ["posts", "budget"], key="fl_total_kind",
                          format_func=lambda k: t(f"forstelarare.total.{k}", lang))
    posts = budget = None
    if total_kind == "posts":
        posts = int(c2.number_input(t("forstelarare.posts", lang), 0, 200_000, value=today, step=1, key="fl_posts"))
    else:
        budget = float(c2.number_input(t("forstelarare.budget", lang), 0.0, 1e11, value=float(today * 5000 * 12 * 1.42),
                                       step=100_000.0, key="fl_budget"))
    method = c3.selectbox(t("forstelarare.method", lang), allocation.METHODS, key="fl_method",
                          format_func=lambda m: t(f"forstelarare.method.{m}", lang))
    c1, c2, c3, c4 = st.columns(4)
    mode = c1.selectbox(t("forstelarare.mode", lang), allocation.MODES, key="fl_mode",
                        format_func=lambda m: t(f"forstelarare.mode.{m}", lang))
    max_move = int(c2.number_input(t("forstelarare.max_move", lang), 0, 50, 2, key="fl_max_move",
                                   disabled=mode != "move"))
    low = int(c3.number_input(t("forstelarare.min", lang), 0, 50, 0, key="fl_min"))
    high = int(c4.number_input(t("forstelarare.max", lang), 0, 500, 50, key="fl_max"))

    priority = None
    with st.expander(t("forstelarare.priority_heading", lang)):
        shared = state.derived("profiles")
        chosen: list[int] = []
        if shared and shared["year"] == year:
            chosen = st.multiselect(t("forstelarare.priority_profiles", lang), sorted(shared["names"]),
                                    key="fl_prio_profiles",
                                    format_func=lambda p: f"{p}: {shared['names'][p][lang]}")
        flag_info = state.derived("challenge_flag")
        use_flag = False
        if flag_info and flag_info["year"] == year:
            use_flag = st.checkbox(t("forstelarare.priority_flag", lang) + f" ({flag_info['rule'][lang]})",
                                   key="fl_prio_flag")
        factor = st.slider(t("forstelarare.priority_factor", lang), 1.0, 5.0, 1.5, 0.25, key="fl_prio_factor")
        lowq = st.slider(t("forstelarare.low_qualification_factor", lang), 1.0, 3.0, 1.0, 0.25, key="fl_lowq")
        hold = st.checkbox(t("forstelarare.hold_pott2", lang), key="fl_hold_pott2",
                           disabled="pott2" not in frame or frame["pott2"].isna().all())
        ids = scope["school_ids"]
        mask = pd.Series(False, index=ids.to_numpy())
        if chosen:
            mask |= ids.map(shared["assignments"]).isin(chosen).to_numpy()
        if use_flag:
            mask |= ids.map(flag_info["flag"]).fillna(False).astype(bool).to_numpy()
        if chosen or use_flag:
            priority = mask
    with st.expander(t("forstelarare.cost_heading", lang)):
        supp1 = st.number_input(t("forstelarare.supplement", lang), 0.0, 100_000.0,
                                float(allocation.SUPPLEMENT_POTT1_SEK),
                                500.0, key="fl_supp1")
        supp2 = st.number_input(t("forstelarare.supplement_pott2", lang), 0.0, 100_000.0,
                                float(allocation.SUPPLEMENT_POTT2_SEK), 500.0, key="fl_supp2")
        factor_cost = st.number_input(t("forstelarare.employer_factor", lang), 1.0, 3.0,
                                      allocation.EMPLOYER_COST_FACTOR,
                                      0.01, key="fl_factor")
        st.caption(t("forstelarare.cost_source", lang, source=allocation.GRANT_SOURCE))
    params = allocation.Params(year=year, posts=posts, budget_sek=budget, alpha=alpha, mode=mode, max_move=max_move,
                               min_per_school=low, max_per_school=high, method=method, organizer=organizer,
                               priority_profiles=tuple(chosen), priority_flag=use_flag, priority_factor=factor,
                               low_qualification_factor=lowq, supplement_sek=supp1, supplement_pott2_sek=supp2,
                               employer_cost_factor=factor_cost, hold_pott2=hold)
    return params, priority


def change_table(sim: allocation.Simulation, lang: str) -> pd.DataFrame:
    """Per school: name, code, pupils, need, qualified teachers (estimate), before, after, change."""
    tb = sim.table
    return pd.DataFrame({
        column_label("school_name", lang): tb["name"].to_numpy(), column_label("school_id", lang): tb.index,
        column_label("pupils", lang): tb["pupils"].to_numpy(),
        column_label("need_index", lang): tb["need_index"].round(1).to_numpy(),
        t("forstelarare.col.eligible", lang): tb["eligible"].to_numpy(), t("forstelarare.col.before",
                                                                           lang): tb["before"].to_numpy(),
        t("forstelarare.col.after", lang): tb["after"].to_numpy(), t("forstelarare.col.change",
                                                                     lang): tb["change"].to_numpy(),
    }).sort_values(t("forstelarare.col.change", lang), ascending=False, kind="mergesort")


def save_panel(sim: allocation.Simulation, data: Dataset, summary: dict[str, float | None], lang: str) -> None:
    """Name the scenario, save it under the workshop code, or copy a link that reopens it."""
    st.subheader(t("workshop.save_heading", lang))
    c1, c2, c3 = st.columns(3)
    name = c1.text_input(t("workshop.scenario_name", lang), value=t("forstelarare.this_scenario", lang), key="fl_name",
                         max_chars=80)
    group = c2.text_input(t("workshop.group", lang), key="fl_group", max_chars=80)
    code = c3.text_input(t("workshop.code", lang), value=state.get(WORKSHOP, ""), key="fl_code", max_chars=20)
    scenario = scenarios.Scenario(name or t("forstelarare.this_scenario", lang), sim.params, group, data.fingerprint,
                                  summary)
    if st.button(t("workshop.save", lang), icon=":material/save:", key="fl_save", disabled=not code.strip()):
        try:
            loaders.store().save(code, scenario)
            state.put(WORKSHOP, workshops.normalise_code(code))
            st.success(t("workshop.saved", lang, name=scenario.name, code=workshops.format_code(
                workshops.normalise_code(code))))
        except workshops.StorageError as exc:
            st.error(exc.message.text(lang))
        except Exception:  # the database is down or unreachable: say so, keep the screen
            st.error(t("storage.unavailable", lang))
    st.text_input(t("workshop.link_intro", lang), value=f"?lang={lang}&{LINK_PARAM}={scenarios.to_url(scenario)}",
                  key="fl_link")
    st.caption(t("workshop.scenario_units", lang, n=fmt_int(len(sim.table), lang)))

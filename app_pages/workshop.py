"""Workshop: join with a code, the facilitator's controls, and the projector-friendly side-by-side view of
the groups' saved scenarios, refreshing by itself."""

import datetime as dt
import json

import altair as alt
import pandas as pd
import streamlit as st

from lib.charts import titled
from lib.config import settings
from lib.i18n import fmt_msek, fmt_number, t
from lib.store import scenarios, workshops
from lib.ui import forstelarare, loaders, state, widgets

REFRESH_SECONDS = 3
lang = state.lang()
data = state.active_dataset()
widgets.page_header("workshop.title", lang, data, intro_key="workshop.intro")
store = loaders.store()
cfg = settings()

st.subheader(t("workshop.join_heading", lang))
with st.form("join", border=False):
    typed = st.text_input(t("workshop.code", lang), value=workshops.format_code(state.get(forstelarare.WORKSHOP, "")),
                          key="ws_code", max_chars=20)
    if st.form_submit_button(t("workshop.join", lang), icon=":material/login:"):
        try:
            ws = store.workshop(typed)
            state.put(forstelarare.WORKSHOP, ws.code)
        except workshops.StorageError as exc:
            st.error(exc.message.text(lang))
code = state.get(forstelarare.WORKSHOP, "")
if code:
    st.caption(t("workshop.joined", lang, code=workshops.format_code(code)))

with st.expander(t("workshop.facilitator_heading", lang)):
    if st.button(t("workshop.create", lang), icon=":material/add:", key="ws_create"):
        try:
            ws, secret = store.create_workshop(cfg.workshop_hours, cfg.workshop_rate_limit)
            state.put(forstelarare.WORKSHOP, ws.code)
            code = ws.code
            st.markdown(t("workshop.created", lang, code=workshops.format_code(ws.code),
                          until=ws.expires_at.astimezone().strftime("%Y-%m-%d %H:%M"), secret=secret))
        except workshops.StorageError as exc:
            st.error(exc.message.text(lang))
    secret_in = st.text_input(t("workshop.secret", lang), type="password", key="ws_secret")
    c = st.columns(4)
    actions = {"lock": lambda: store.lock(code, secret_in, True), "unlock": lambda: store.lock(code, secret_in, False),
               "reset": lambda: store.reset(code, secret_in), "delete": lambda: store.delete_workshop(code, secret_in)}
    for col, (name, action) in zip(c, actions.items(), strict=True):
        if col.button(t(f"workshop.{name}", lang), key=f"ws_{name}", disabled=not (code and secret_in)):
            try:
                action()
                st.success(t("workshop.done", lang))
            except workshops.StorageError as exc:
                st.error(exc.message.text(lang))

big = st.toggle(t("workshop.big", lang), key="ws_big")
if big:
    st.html("<style>[data-testid='stMain'] p, [data-testid='stMain'] li {font-size: 1.5rem !important;} "
            "[data-testid='stMetricValue'] {font-size: 3rem !important;}</style>")


@st.fragment(run_every=dt.timedelta(seconds=REFRESH_SECONDS))
def compare_view() -> None:
    """The workshop's scenarios side by side (refreshes by itself so a group's save shows within seconds)."""
    st.subheader(t("workshop.compare_heading", lang))
    current = state.get(forstelarare.WORKSHOP, "")
    if not current:
        st.info(t("workshop.no_code", lang))
        return
    try:
        ws = store.workshop(current)
        saved = store.scenarios(current)
    except workshops.StorageError as exc:
        st.warning(exc.message.text(lang))
        return
    if ws.locked:
        st.caption(t("workshop.locked_note", lang))
    if not saved:
        st.info(t("workshop.none_yet", lang))
    else:
        cols = st.columns(min(len(saved), 4))
        for i, item in enumerate(saved):
            sc = item.scenario
            with cols[i % len(cols)].container(border=True, key=f"ws_card_{item.id}"):
                st.markdown(f"### {sc.name}")
                if sc.group:
                    st.caption(sc.group)
                st.metric(t("forstelarare.metric_q4", lang), fmt_number(sc.summary.get("q4_after"), lang, 2))
                st.metric(t("forstelarare.metric_moved", lang), fmt_number(sc.summary.get("moved"), lang, 0))
                st.metric(t("forstelarare.metric_cost", lang), fmt_msek(sc.summary.get("cost_after"), lang))
                st.markdown(scenarios.summary_text(sc, lang))
                st.page_link("app_pages/forstelarare.py", label=t("workshop.open", lang), icon=":material/open_in_new:",
                             query_params={"lang": lang, forstelarare.LINK_PARAM: scenarios.to_url(sc)})
        values = pd.DataFrame({"scenario": [s.scenario.name for s in saved],
                               "q4": [s.scenario.summary.get("q4_after") for s in saved]})
        chart = alt.Chart(values).mark_bar(color="#3b6ea8").encode(
            x=alt.X("scenario:N", title=None, sort=None, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("q4:Q", title=t("forstelarare.metric_q4", lang)))
        widgets.chart(titled(chart.properties(height=240), t("workshop.chart_title", lang),
                             widgets.source_line(data, lang), lang), "workshop", lang, key="ws_chart",
                      alt_text=t("workshop.chart_alt", lang, values="; ".join(
                          f"{n}: {fmt_number(v, lang, 2)}" for n, v in zip(values["scenario"], values["q4"],
                                                                            strict=True))))
        widgets.table_with_downloads(scenarios.compare_table(saved, lang), "workshop", lang, key="ws_table")
        st.download_button(t("workshop.export", lang), data=json.dumps(store.export(current), ensure_ascii=False,
                                                                       indent=2),
                           file_name="workshop.json", mime="application/json", key="ws_export", on_click="ignore")
    st.caption(t("workshop.updated", lang, s=REFRESH_SECONDS, time=dt.datetime.now().strftime("%H:%M:%S")))


compare_view()

"""Insatser: follow interventions up over the years beside comparable schools, and keep the register (named
editors only; every change logged and undoable)."""

import altair as alt
import pandas as pd
import streamlit as st

from lib import schema
from lib.charts import titled
from lib.config import settings
from lib.documents import exports
from lib.i18n import column_label, fmt_int, fmt_number, fmt_pct, fmt_school_year, t
from lib.screens import views
from lib.sources.demo import INTERVENTION_TYPES
from lib.store import interventions
from lib.ui import loaders, state, widgets

lang = state.lang()
data = widgets.require_data(lang)
widgets.page_header("insatser.title", lang, data, intro_key="insatser.intro")
cfg = settings()
register = loaders.register()
source = widgets.source_line(data, lang)

items = register.all()
if not items and data.interventions is not None and data.is_demo:
    items = list(loaders.memo(views.demo_interventions, data))
    st.caption(t("insatser.demo_items", lang))
records = interventions.fingerprint(items)  # views of exactly these records are shared between visitors

sso = st.context.headers.get(cfg.sso_header) if cfg.sso_header else None
if cfg.public_mode:
    st.caption(t("insatser.public_note", lang))
    key = None
else:
    st.caption(t("insatser.read_only_note", lang))
    key = st.text_input(t("insatser.editor_key", lang), type="password", key="iv_key")


def editor() -> str:
    """The editor's name, or InterventionError (shown by the caller)."""
    return interventions.editor_name(key, cfg.editor_keys, sso, cfg.public_mode)


def attempt(action) -> None:
    """Run a change as the current editor; on success rerun so every table shows it, with a note."""
    try:
        action(editor())
    except interventions.InterventionError as exc:
        st.error(exc.message.text(lang))
        return
    state.put("iv_flash", t("insatser.done", lang))
    st.rerun()


flash = state.get("iv_flash")
if flash:
    st.success(flash)
    state.put("iv_flash", None)


tab_follow, tab_register, tab_log = st.tabs([t("insatser.tab_followup", lang),
                                             t("insatser.tab_register", lang), t("insatser.tab_log", lang)])

with tab_follow:
    if not items:
        st.info(t("insatser.none", lang))
    else:
        by_id = {i.intervention_id: i for i in items}

        def follow_up(iid: str, indicator: str) -> tuple:
            return loaders.shared(("follow-up", data.fingerprint, records, iid, indicator),
                                  lambda: views.follow_up(data, tuple(items), iid, indicator))

        ov = follow_up(items[0].intervention_id, "qualified_share")[2]
        m = st.columns(3)
        m[0].metric(t("insatser.metric_total", lang), fmt_int(ov.total, lang))
        m[1].metric(t("insatser.metric_high_need", lang), fmt_int(ov.reaching_high_need, lang))
        m[2].metric(t("insatser.metric_money", lang), fmt_pct(ov.money_high_need_share, lang, 0))
        st.dataframe(pd.DataFrame({t("insatser.field.type", lang): [t(f"insatser.type.{k}", lang)
                                                                          for k in ov.by_type.index],
                                   t("insatser.metric_total", lang): ov.by_type.to_numpy()}), hide_index=True)
        c1, c2 = st.columns(2)
        chosen = c1.selectbox(t("insatser.choose", lang), list(by_id), key="iv_choose",
                              format_func=lambda i: f"{i}: {t('insatser.type.' + by_id[i].type, lang)}")
        options = data.present([*schema.RESOURCE_INDICATORS, *schema.OUTCOME_INDICATORS])
        indicator = c2.selectbox(t("insatser.indicator", lang), options, key="iv_indicator",
                                 format_func=lambda c: column_label(c, lang))
        item = by_id[chosen]
        result, ser, _ = follow_up(chosen, indicator)
        st.markdown(t("insatser.followup_sentence", lang, id=item.intervention_id,
                      indicator=column_label(indicator, lang).lower(), before=fmt_number(result.before, lang, 1),
                      before_year=fmt_school_year(result.before_year, lang), after=fmt_number(result.after, lang, 1),
                      after_year=fmt_school_year(result.after_year, lang), n=result.comparison_units,
                      cbefore=fmt_number(result.comparison_before, lang, 1),
                      cafter=fmt_number(result.comparison_after, lang, 1)))
        st.warning(t("insatser.causal_warning", lang), icon=":material/info:")

        def follow_up_chart() -> alt.TopLevelMixin:
            long = pd.concat([
                pd.DataFrame({"year": ser["school_year"].map(schema.school_year_label), "value": ser["schools"],
                              "series": t("insatser.series_schools", lang)}),
                pd.DataFrame({"year": ser["school_year"].map(schema.school_year_label), "value": ser["comparison"],
                              "series": t("insatser.series_comparison", lang)})]).dropna()
            chart = alt.Chart(long).mark_line(point=True).encode(
                x=alt.X("year:O", title=t("common.school_year", lang), axis=alt.Axis(labelAngle=0)),
                y=alt.Y("value:Q", title=column_label(indicator, lang), scale=alt.Scale(zero=False)),
                color=alt.Color("series:N", title=None), strokeDash=alt.StrokeDash("series:N", title=None))
            return titled(chart.properties(height=260), t("insatser.chart_title", lang,
                                                          indicator=column_label(indicator, lang),
                                                          id=item.intervention_id), source, lang)

        widgets.chart(loaders.chart_spec(("follow-up", data.fingerprint, records, chosen, indicator, lang, source),
                                         follow_up_chart),
                      f"insats-{item.intervention_id}", lang, key="iv_chart",
                      alt_text=t("insatser.chart_alt", lang, start=fmt_school_year(item.start_year, lang)),
                      table=ser)

with tab_register:
    table = loaders.shared(("register-table", records), lambda: interventions.to_frame(items))
    widgets.table_with_downloads(table, "insatser", lang, key="iv_table")
    st.subheader(t("insatser.add_heading", lang))
    with st.form("iv_add"):
        f1, f2, f3 = st.columns(3)
        values = {
            "intervention_id": f1.text_input(t("insatser.field.intervention_id", lang), key="iv_f_id"),
            "school_id": f2.text_input(t("insatser.field.school_id", lang), key="iv_f_school"),
            "type": f3.selectbox(t("insatser.field.type", lang), INTERVENTION_TYPES, key="iv_f_type",
                                 format_func=lambda k: t(f"insatser.type.{k}", lang)),
        }
        g1, g2, g3, g4 = st.columns(4)
        values["aim"] = g1.selectbox(t("insatser.field.aim", lang), interventions.AIMS, key="iv_f_aim",
                                     format_func=lambda k: t(f"insatser.aim.{k}", lang))
        values["targeting"] = g2.selectbox(t("insatser.field.targeting", lang), interventions.TARGETING,
                                           key="iv_f_targeting",
                                           format_func=lambda k: t(f"insatser.targeting.{k}", lang))
        values["start_year"] = g3.selectbox(t("insatser.field.start_year", lang), data.school_years,
                                            key="iv_f_start", format_func=schema.school_year_label)
        values["end_year"] = g4.selectbox(t("insatser.field.end_year", lang), [None, *data.school_years],
                                          key="iv_f_end",
                                          format_func=lambda y: "–" if y is None else schema.school_year_label(y))
        h1, h2 = st.columns(2)
        values["cost_sek"] = h1.number_input(t("insatser.field.cost_sek", lang), 0.0, 1e10, 0.0, 10_000.0,
                                             key="iv_f_cost")
        values["funding"] = h2.text_input(t("insatser.field.funding", lang), key="iv_f_funding")
        values["description"] = st.text_area(t("insatser.field.description", lang), key="iv_f_description")
        if st.form_submit_button(t("insatser.save", lang), icon=":material/save:"):
            try:
                record = interventions.validate(values)
                attempt(lambda who: register.add(record, who))
            except interventions.InterventionError as exc:
                st.error(exc.message.text(lang))
    st.subheader(t("insatser.edit_heading", lang))
    stored = [i.intervention_id for i in register.all()]
    if stored:
        e1, e2, e3 = st.columns(3)
        target = e1.selectbox(t("insatser.choose", lang), stored, key="iv_target")
        end_year = e2.selectbox(t("insatser.end", lang), data.school_years, key="iv_end_year",
                                format_func=schema.school_year_label)
        if e3.button(t("insatser.do_end", lang), key="iv_do_end"):
            attempt(lambda who: register.end(target, end_year, who))
        if e3.button(t("insatser.do_delete", lang), key="iv_do_delete"):
            attempt(lambda who: register.delete(target, who))
    st.subheader(t("insatser.import_heading", lang))
    upload = st.file_uploader(t("insatser.import_heading", lang), type=["csv", "xlsx"], key="iv_import",
                              label_visibility="collapsed")
    if upload is not None and st.button(t("insatser.import", lang), key="iv_do_import"):
        new_items, report = interventions.read_file(upload.name, upload.getvalue())
        for message in report.errors:
            st.error(message.text(lang))
        for dropped in report.dropped:
            st.warning(f"{dropped.file}, rad {dropped.row}: {dropped.reason(lang)}")
        if new_items and not report.errors:
            attempt(lambda who: register.import_items(new_items, who))

with tab_log:
    log = register.log()
    st.dataframe(log.rename(columns={"at": t("insatser.col.at", lang),
                                     "editor": t("insatser.col.editor", lang),
                                     "action": t("insatser.col.action", lang),
                                     "undone": t("insatser.col.undone", lang)}), hide_index=True)
    if len(log):
        u1, u2 = st.columns(2)
        change = u1.selectbox(t("insatser.undo", lang), log["id"].tolist(), key="iv_undo_id")
        if u2.button(t("insatser.do_undo", lang), key="iv_do_undo"):
            attempt(lambda who: register.undo(int(change), who))
    st.download_button(t("common.download_csv", lang), data=lambda: exports.to_csv_bytes(log, lang),
                       file_name="insatser-logg.csv", mime="text/csv", key="iv_log_csv", on_click="ignore")

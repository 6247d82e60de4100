"""Insatser: follow interventions up over the years beside comparable schools, and keep the register (named
editors only; every change logged and undoable)."""

import streamlit as st

from lib.i18n import t
from lib.screens import insatser
from lib.ui import datachoice, resources, state, widgets
from lib.ui import insatser as insatser_ui
from lib.ui.upload import render_report

lang = state.lang()
data = widgets.require_data(lang)
widgets.page_header("insatser.title", lang, data, intro_key="insatser.intro")
register = resources.register()
source = widgets.source_line(data, lang)

stored = tuple(register.all())
shown = insatser.shown_items(data, stored)
if shown.demo:
    st.caption(t("insatser.demo_items", lang))
editor = insatser_ui.Editor.ask(lang)
insatser_ui.flash()

tab_follow, tab_register, tab_log = st.tabs([t("insatser.tab_followup", lang),
                                             t("insatser.tab_register", lang), t("insatser.tab_log", lang)])

with tab_follow:
    needs_schools = datachoice.needs_school_data(data, lang, key="iv_needs_schools")  # says so on kommun data
    if not needs_schools and not shown.items:
        st.info(t("insatser.none", lang))
    elif not needs_schools:
        overview = insatser.overview(data, shown.items, lang)
        for column, figure in zip(st.columns(len(overview.figures)), overview.figures, strict=True):
            column.metric(figure.label, figure.value)
        widgets.dataframe(overview.by_type, hide_index=True)
        indicators = insatser.indicator_choices(data, lang)
        c1, c2 = st.columns(2)
        chosen, indicator = insatser_ui.follow_up_pickers(overview.choices, indicators, lang, c1, c2)
        view = insatser.follow_up(data, shown.items, chosen, indicator, lang, source)
        st.markdown(view.sentence)
        st.warning(t("insatser.causal_warning", lang), icon=":material/info:")
        widgets.chart(view.chart, view.chart_name, lang, key="iv_chart", alt_text=view.alt_text, table=view.table)

with tab_register:
    widgets.table_with_downloads(insatser.register_table(shown.items), "insatser", lang, key="iv_table")
    st.header(t("insatser.add_heading", lang))
    record = insatser_ui.add_form(insatser.form_fields(data, lang), lang)
    if record is not None:
        editor.change(register.add, record)
    st.header(t("insatser.edit_heading", lang))
    if stored:
        years = insatser.year_choices(data, lang)
        e1, e2, e3 = st.columns(3)
        target = e1.selectbox(t("insatser.choose", lang), insatser.ids(stored), key="iv_target",
                              placeholder=t("takeaway.choose_one", lang))
        end_year = e2.selectbox(t("insatser.end", lang), list(years), key="iv_end_year", format_func=years.get,
                                placeholder=t("takeaway.choose_one", lang))
        if e3.button(t("insatser.do_end", lang), key="iv_do_end"):
            editor.change(register.end, target, end_year)
        if e3.button(t("insatser.do_delete", lang), key="iv_do_delete"):
            editor.change(register.delete, target)
    st.header(t("insatser.import_heading", lang))
    upload = st.file_uploader(t("insatser.import_heading", lang), type=["csv", "xlsx"], key="iv_import",
                              label_visibility="collapsed")
    if upload is not None and st.button(t("insatser.import", lang), key="iv_do_import"):
        imported = insatser.read_import(upload.name, upload.getvalue(), lang)
        render_report(imported.report)
        if imported.usable:
            editor.change(register.import_items, imported.items)

with tab_log:
    log = insatser.change_log(register.log(), lang, register.verify())
    insatser_ui.log_status(log)
    widgets.dataframe(log.table, hide_index=True)
    if log.change_ids:
        u1, u2 = st.columns(2)
        change = u1.selectbox(t("insatser.undo", lang), log.change_ids, key="iv_undo_id",
                              placeholder=t("takeaway.choose_one", lang))
        if u2.button(t("insatser.do_undo", lang), key="iv_do_undo"):
            editor.change(register.undo, change)
    insatser_ui.log_download(log.stored, lang)

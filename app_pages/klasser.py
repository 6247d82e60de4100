"""Klasskillnader: compare classes within a school, subject by subject; range, variance share, cohorts, the
teachers' qualification, flags with their reasons — for the demo's or the user's own class results."""

import streamlit as st

from lib.charts import klasser as charts
from lib.i18n import fmt_number, t
from lib.ingest import classes as class_ingest
from lib.measures import classes
from lib.screens import views
from lib.ui import loaders, state, widgets

lang = state.lang()
data = state.active_dataset()
widgets.page_header("klasser.title", lang, None, intro_key="klasser.intro")  # banner below, once the source is known

with st.expander(t("klasser.upload_heading", lang), expanded=data is None or data.classes is None):
    files = st.file_uploader(t("klasser.uploader", lang), type=["csv", "txt", "xlsx"], accept_multiple_files=True,
                             key="class_upload")
    if files:
        key = tuple((f.name, f.size) for f in files)
        if state.get("class_upload_key") != key:
            frame, report = class_ingest.read_classes([(f.name, f.getvalue()) for f in files])
            state.put("class_upload_key", key)
            state.put("class_upload", (frame, report, tuple(f.name for f in files)))
        frame, report, names = state.get("class_upload")
        if frame is None:
            st.error(t("klasser.rejected", lang))
        for m in report.errors + report.warnings:
            st.caption(f"{m.file or ''} {('rad ' + str(m.row)) if m.row else ''} {m.column or ''}: {m.text(lang)}")
    st.download_button(t("klasser.template", lang), data=lambda: class_ingest.template_bytes(lang),
                       file_name="mall_klassresultat.csv", mime="text/csv", on_click="ignore", key="class_template",
                       icon=":material/download:")

uploaded = state.get("class_upload")
if uploaded and uploaded[0] is not None and files:
    frame, source = uploaded[0], t("source.upload", lang, files=", ".join(uploaded[2]))
    st.caption(t("klasser.using_upload", lang, files=", ".join(uploaded[2])))
elif data is not None and data.classes is not None:
    frame, source = data.classes, widgets.source_line(data, lang)
    widgets.demo_banner(data, lang)
    st.caption(t("klasser.using_demo", lang))
else:
    st.info(t("klasser.no_data", lang))
    st.stop()
st.caption(t("klasser.cautions", lang))

measured = loaders.memo(views.class_measures, data) if frame is getattr(data, "classes", None) else \
    classes.class_measures(frame)
names = loaders.memo(views.unit_names, data) if data is not None else {}
shareable = frame is getattr(data, "classes", None)  # the dataset's own results: shared between visitors


def view(key: tuple, build, chart: bool = False):
    """A piece of the screen, computed once per dataset and choices when the results are the dataset's own."""
    if not shareable:
        return build()
    return (loaders.chart_spec if chart else loaders.shared)(("klasser", data.fingerprint, *key), build)


schools = view(("schools",), lambda: sorted(measured["school_id"].astype(str).unique()))
c1, c2, c3 = st.columns(3)
school = c1.selectbox(t("klasser.school", lang), schools, key="cl_school",
                      format_func=lambda s: f"{names.get(s, s)} ({s})" if s in names else s)
choices = view(("choices", school), lambda: classes.school_choices(measured, school))
mine = choices["classes"]
subject = c2.selectbox(t("klasser.subject", lang), choices["subjects"], key="cl_subject")
grade = c3.selectbox(t("klasser.grade_level", lang), choices["grades"], key="cl_grade")
labels = choices["periods"]
d1, d2 = st.columns(2)
period = d1.selectbox(t("klasser.period", lang), list(labels), index=len(labels) - 1, key="cl_period")
margin = d2.number_input(t("klasser.margin", lang), 0.0, 10.0, 1.0, 0.5, key="cl_margin")
year, term = labels[period]

compared = view(("group", school, subject, grade, year, term),
                lambda: classes.comparison_group(mine, subject, grade, year, term))
group, stats = compared["group"], compared["stats"]
m1, m2, m3 = st.columns(3)
row = stats.iloc[0] if len(stats) else None
m1.metric(t("klasser.range", lang), fmt_number(row["range"] if row is not None else None, lang, 2),
          help=t("klasser.range_help", lang))
m2.metric(t("klasser.between", lang), fmt_number(100 * row["between_class_share"] if row is not None else None, lang,
                                                 1) + " %", help=t("klasser.between_help", lang))
m3.metric(t("klasser.test_diff", lang), fmt_number(group["grade_minus_test"].mean(), lang, 2))
values = ", ".join(f"{c} {fmt_number(v, lang, 1)}" for c, v in zip(group["class_name"], group["mean_points"],
                                                                   strict=True))
title = t("klasser.compare_title", lang, subject=subject, grade=grade, period=period)
look = (school, subject, grade, period, lang, source)
widgets.chart(view(("compare", *look), lambda: charts.comparison(group, title, lang, source), chart=True),
              f"klasser-{school}-{subject}", lang, key="cl_compare",
              alt_text=t("klasser.compare_alt", lang, values=values,
                         range=fmt_number(row["range"] if row is not None else None, lang, 2)))
widgets.table_with_downloads(view(("table", *look), lambda: classes.class_table(group, lang)),
                             f"klasser-{school}-{subject}-{grade}", lang,
                             key="cl_table")

widgets.chart(view(("heatmap", *look), lambda: charts.heatmap(
    compared["all_subjects"], t("klasser.heatmap_title", lang, grade=grade, period=period), lang, source), chart=True),
              f"klasser-amnen-{school}", lang, key="cl_heatmap", alt_text=t("klasser.heatmap_alt", lang))

st.subheader(t("klasser.trend_heading", lang))
widgets.chart(view(("cohorts", *look), lambda: charts.cohorts(
    compared["subject"], t("klasser.trend_title", lang, subject=subject), lang, source), chart=True),
              f"arskullar-{school}-{subject}", lang, key="cl_cohorts",
              alt_text=t("klasser.trend_alt", lang))
st.subheader(t("klasser.history_heading", lang))
history = view(("history", *look), lambda: classes.teacher_history(compared["subject"]).rename(columns={
    "cohort": t("klasser.cohort", lang), "terms": t("klasser.col.terms", lang),
    "terms_unqualified": t("klasser.col.terms_unqualified", lang), "teacher_changes": t("klasser.col.changes", lang),
    "latest_class": t("klasser.class", lang)}).drop(columns=["school_id", "subject"]))
widgets.dataframe(history, hide_index=True)

st.subheader(t("klasser.flags_heading", lang))
if frame is getattr(data, "classes", None):
    found = loaders.memo(views.class_school, data, school, float(margin))[1]
else:
    found = classes.flags(mine, classes.group_measures(mine), margin)
if found:
    for f in found:
        st.markdown(f"- **{f.subject} {f.class_name}** – {t(f.key, lang, **f.params)}")
else:
    st.caption(t("klasser.flags_none", lang))
st.caption(source)

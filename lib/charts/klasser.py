"""Charts of the Klasskillnader screen: class comparison, class × subject heat map, cohorts over terms."""

from __future__ import annotations

import altair as alt
import pandas as pd

from lib.charts import CATEGORICAL, SEQUENTIAL, titled
from lib.i18n import t


def comparison(measured: pd.DataFrame, title: str, lang: str, source: str) -> alt.TopLevelMixin:
    """One bar per class: mean grade points; colour = the teacher's qualification; small classes paler."""
    q = measured["teacher_qualified"].astype("boolean") if "teacher_qualified" in measured else None
    data = pd.DataFrame({
        "class": measured["class_name"], "mean": measured["mean_points"].round(2),
        "qualified": [t("klasser.qualified.unknown", lang) if q is None or pd.isna(v) else
                      t("klasser.qualified.yes" if v else "klasser.qualified.no", lang)
                      for v in (q if q is not None else [None] * len(measured))],
        "small": measured["small"].map({True: t("klasser.small", lang), False: ""}),
        "pupils": measured["graded"],
    })
    bars = alt.Chart(data).mark_bar().encode(
        x=alt.X("class:N", title=t("klasser.class", lang), sort=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("mean:Q", title=t("klasser.mean_points", lang), scale=alt.Scale(domain=[0, 20])),
        color=alt.Color("qualified:N", title=t("klasser.qualified", lang),
                        scale=alt.Scale(domain=[t("klasser.qualified.yes", lang), t("klasser.qualified.no", lang),
                                                t("klasser.qualified.unknown", lang)],
                                        range=["#3b6ea8", "#e08214", "#bbbbbb"])),
        opacity=alt.condition("datum.small != ''", alt.value(0.4), alt.value(1.0)),
        tooltip=[alt.Tooltip("class:N", title=t("klasser.class", lang)),
                 alt.Tooltip("mean:Q", title=t("klasser.mean_points", lang), format=".2f"),
                 alt.Tooltip("pupils:Q", title=t("col.pupils", lang)),
                 alt.Tooltip("qualified:N", title=t("klasser.qualified", lang)),
                 alt.Tooltip("small:N", title=" ")],
    )
    text = alt.Chart(data).mark_text(dy=-6).encode(x=alt.X("class:N", sort=None), y="mean:Q",
                                                   text=alt.Text("mean:Q", format=".1f"))
    return titled(alt.layer(bars, text).properties(height=280), title, source, lang)


def heatmap(measured: pd.DataFrame, title: str, lang: str, source: str) -> alt.TopLevelMixin:
    """Classes × subjects, colour = mean grade points."""
    data = measured[["class_name", "subject", "mean_points"]].rename(columns={"mean_points": "mean"})
    base = alt.Chart(data).encode(x=alt.X("subject:N", title=t("klasser.subject", lang)),
                                  y=alt.Y("class_name:N", title=t("klasser.class", lang)))
    rect = base.mark_rect().encode(color=alt.Color("mean:Q", title=t("klasser.mean_points", lang),
                                                   scale=alt.Scale(scheme=SEQUENTIAL)),
                                   tooltip=[alt.Tooltip("class_name:N", title=t("klasser.class", lang)),
                                            alt.Tooltip("subject:N", title=t("klasser.subject", lang)),
                                            alt.Tooltip("mean:Q", title=t("klasser.mean_points", lang), format=".2f")])
    text = base.mark_text(fontSize=12).encode(text=alt.Text("mean:Q", format=".1f"),
                                              color=alt.value("white"))
    return titled(alt.layer(rect, text).properties(height=max(120, 28 * data["class_name"].nunique())), title,
                  source, lang)


def cohorts(measured: pd.DataFrame, title: str, lang: str, source: str) -> alt.TopLevelMixin:
    """One line per cohort over the terms (x = period label in time order)."""
    from lib.measures.classes import period_label

    data = measured.sort_values("period").assign(
        period_label=lambda d: [period_label(y, term) for y, term in zip(d["school_year"], d["term"], strict=True)])
    order = list(dict.fromkeys(data["period_label"]))
    chart = alt.Chart(data).mark_line(point=True).encode(
        x=alt.X("period_label:O", title=t("klasser.period", lang), sort=order, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("mean_points:Q", title=t("klasser.mean_points", lang), scale=alt.Scale(zero=False)),
        color=alt.Color("cohort:N", title=t("klasser.cohort", lang), scale=alt.Scale(scheme=CATEGORICAL)),
        tooltip=[alt.Tooltip("cohort:N", title=t("klasser.cohort", lang)),
                 alt.Tooltip("class_name:N", title=t("klasser.class", lang)),
                 alt.Tooltip("period_label:O", title=t("klasser.period", lang)),
                 alt.Tooltip("mean_points:Q", title=t("klasser.mean_points", lang), format=".2f")],
    ).properties(height=280)
    return titled(chart, title, source, lang)

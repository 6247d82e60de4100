"""Charts of the Utmaningsprofiler screen: silhouette per k and the centroid heat map."""

from __future__ import annotations

import altair as alt
import pandas as pd

from lib.charts import DIVERGING, titled
from lib.i18n import column_label, fmt_pct, fmt_school_year, t
from lib.measures import profiles


def silhouette_bars(scores: dict[int, float], chosen: int, year: int, lang: str, source: str,
                    floor: float | None = None) -> alt.TopLevelMixin:
    """One bar per k; the chosen k highlighted; with `floor`, a dashed line at the suggestion rule's lowest
    silhouette for k ≥ 3 (80 % of the highest)."""
    data = pd.DataFrame({"k": list(scores), "silhouette": list(scores.values())})
    data["chosen"] = data["k"] == chosen
    chart = alt.Chart(data).mark_bar().encode(
        x=alt.X("k:O", title=t("profiler.k", lang), axis=alt.Axis(labelAngle=0)),
        y=alt.Y("silhouette:Q", title=t("profiler.silhouette", lang)),
        color=alt.condition("datum.chosen", alt.value("#3b6ea8"), alt.value("#b9c7d8")),
        tooltip=[alt.Tooltip("k:O"), alt.Tooltip("silhouette:Q", format=".3f")],
    )
    if floor is not None:
        label = t("profiler.silhouette_floor", lang,
                  share=fmt_pct(100 * profiles.RULE_SILHOUETTE_SHARE, lang, 0))
        line = alt.Chart(pd.DataFrame({"floor": [floor], "label": [label]})).mark_rule(
            strokeDash=[4, 3], color="#444444").encode(
            y="floor:Q", tooltip=[alt.Tooltip("label:N", title=None), alt.Tooltip("floor:Q", title=None, format=".3f")])
        chart = alt.layer(chart, line)
    chart = chart.properties(height=200)
    return titled(chart, t("profiler.silhouette_title", lang, year=fmt_school_year(year, lang)), source, lang)


def centroid_heatmap(z_centroids: pd.DataFrame, names: dict[int, dict[str, str]], year: int, lang: str,
                     source: str) -> alt.TopLevelMixin:
    """Rows = profiles (1 = highest need), columns = features, colour = standard deviations from the mean."""
    long = z_centroids.reset_index(names="profile").melt(id_vars="profile", var_name="feature", value_name="z")
    long["profile_label"] = long["profile"].map(lambda p: profiles.profile_label(p, names, lang))
    long["feature_label"] = long["feature"].map(lambda c: column_label(c, lang))
    order = [profiles.profile_label(p, names, lang) for p in z_centroids.index]
    base = alt.Chart(long).encode(
        x=alt.X("feature_label:N", title=None, sort=[column_label(c, lang) for c in z_centroids.columns],
                axis=alt.Axis(labelAngle=-30, labelLimit=220)),
        y=alt.Y("profile_label:N", title=None, sort=order, axis=alt.Axis(labelLimit=320)),
    )
    rects = base.mark_rect().encode(
        color=alt.Color("z:Q", title=t("profiler.z", lang), scale=alt.Scale(scheme=DIVERGING, domainMid=0)),
        tooltip=[alt.Tooltip("profile_label:N", title=t("profiler.profile", lang)),
                 alt.Tooltip("feature_label:N", title=t("common.indicator", lang)),
                 alt.Tooltip("z:Q", title=t("profiler.z", lang), format=".2f")],
    )
    text = base.mark_text(fontSize=11).encode(text=alt.Text("z:Q", format=".1f"))
    chart = alt.layer(rects, text).properties(height=max(120, 42 * len(z_centroids)))
    return titled(chart, t("profiler.heatmap_title", lang, year=fmt_school_year(year, lang)), source, lang)

"""Charts of the Workshop screen: the groups' scenarios side by side."""

from __future__ import annotations

import altair as alt
import pandas as pd

from lib.charts import titled
from lib.i18n import t


def scenario_bars(values: pd.DataFrame, lang: str, title: str, source: str) -> alt.TopLevelMixin:
    """One bar per scenario (`scenario`, in the order given) for förstelärare per 100 pupils in quartile 4 (`q4`)."""
    chart = alt.Chart(values).mark_bar(color="#3b6ea8").encode(
        x=alt.X("scenario:N", title=None, sort=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("q4:Q", title=t("forstelarare.metric_q4", lang)))
    return titled(chart.properties(height=240), title, source, lang)

"""Charts of the Insatser screen: an intervention's schools beside comparable schools over the school years."""

from __future__ import annotations

import altair as alt
import pandas as pd

from lib.charts import titled


def follow_up(long: pd.DataFrame, value_title: str, year_title: str, title: str, source: str,
              lang: str) -> alt.TopLevelMixin:
    """One line per series (`year` label, `value`, `series` name in long form), dashed differently so the two
    series differ without colour too."""
    chart = alt.Chart(long).mark_line(point=True).encode(
        x=alt.X("year:O", title=year_title, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=value_title, scale=alt.Scale(zero=False)),
        color=alt.Color("series:N", title=None), strokeDash=alt.StrokeDash("series:N", title=None))
    return titled(chart.properties(height=260), title, source, lang)

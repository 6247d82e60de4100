"""Charts of the Resursfördelning screen: the socioeconomic allocation per pupil by need quartile, qualified
teachers beside teacher assistants per 100 pupils by need quartile, and both over the school years in the
highest-need quarter."""

from __future__ import annotations

import altair as alt
import pandas as pd

from lib.charts import CATEGORICAL, SEQUENTIAL, titled, year_lines


def money_bars(rows: pd.DataFrame, value_title: str, quartile_title: str, title: str, source: str,
               lang: str) -> alt.TopLevelMixin:
    """One bar per need quartile (`quartile` label, `value` in kr per pupil), the value printed on the bar."""
    base = alt.Chart(rows).encode(
        x=alt.X("quartile:N", title=quartile_title, sort=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=value_title))
    bars = base.mark_bar().encode(color=alt.Color("quartile:N", legend=None, sort=None,
                                                  scale=alt.Scale(scheme=SEQUENTIAL)))
    text = base.mark_text(dy=-6).encode(text=alt.Text("value:Q", format=",.0f"))
    return titled(alt.layer(bars, text).properties(height=280), title, source, lang)


def staff_bars(long: pd.DataFrame, value_title: str, quartile_title: str, title: str, source: str,
               lang: str) -> alt.TopLevelMixin:
    """Qualified teachers and teacher assistants side by side per need quartile (`quartile`, `series`, `value`
    per 100 pupils); the two series differ by pattern of position and by colour."""
    base = alt.Chart(long).encode(
        x=alt.X("quartile:N", title=quartile_title, sort=None, axis=alt.Axis(labelAngle=0)),
        xOffset=alt.XOffset("series:N", sort=None),
        y=alt.Y("value:Q", title=value_title))
    bars = base.mark_bar().encode(color=alt.Color("series:N", title=None, sort=None,
                                                  scale=alt.Scale(scheme=CATEGORICAL)))
    text = base.mark_text(dy=-6, fontSize=10).encode(text=alt.Text("value:Q", format=".1f"))
    return titled(alt.layer(bars, text).properties(height=280), title, source, lang)


def staff_trend(long: pd.DataFrame, value_title: str, year_title: str, title: str, source: str,
                lang: str) -> alt.TopLevelMixin:
    """One line per series over the school years (`year` label, `value`, `series`), dashed differently so the
    series differ without colour too."""
    return titled(year_lines(long, value_title, year_title, zero=True), title, source, lang)

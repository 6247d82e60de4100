"""The school sheet's chart: one school's share of qualified teachers over the school years beside its organiser's
schools on average."""

from __future__ import annotations

import altair as alt
import pandas as pd

from lib import schema
from lib.charts import titled
from lib.i18n import column_label, t


def qualified_trend(trend: pd.DataFrame, name: str, lang: str, source: str) -> alt.TopLevelMixin:
    """Two lines over the school years (columns school_year, school, organizer and hidden of `trend`): the school,
    named, and the organiser's average, told apart by colour and dash so the chart reads in black and white too.
    The school's point is left out in every year under the small-number rule (`hidden`); the average stays."""
    years = trend["school_year"].map(schema.school_year_label)
    own = trend["school"].where(~trend["hidden"].astype(bool)) if "hidden" in trend else trend["school"]
    long = pd.concat([
        pd.DataFrame({"year": years, "value": own, "series": name}),
        pd.DataFrame({"year": years, "value": trend["organizer"], "series": t("skolblad.organizer_average", lang)}),
    ]).dropna()
    chart = alt.Chart(long).mark_line(point=True).encode(
        x=alt.X("year:O", title=t("common.school_year", lang), axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=column_label("qualified_share", lang), scale=alt.Scale(zero=False)),
        color=alt.Color("series:N", title=None), strokeDash=alt.StrokeDash("series:N", title=None),
    ).properties(width=460, height=220)
    return titled(chart, column_label("qualified_share", lang), source, lang)

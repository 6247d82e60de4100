"""Altair chart builders (pure: no Streamlit). One module per screen; shared conventions here.

Every chart has a title, axis titles with units, and a source line (`source_caption`). Colour schemes
are ones colour-blind readers can tell apart (viridis/cividis for sequential, blue–orange for diverging).
"""

from __future__ import annotations

import altair as alt

SEQUENTIAL = "viridis"
SEQUENTIAL_ALT = "cividis"
DIVERGING = "blueorange"
CATEGORICAL = "tableau10"

SV_LOCALE = {
    "number": {"decimal": ",", "thousands": "\u00a0", "grouping": [3], "currency": ["", "\u00a0kr"]},
}
EN_LOCALE = {"number": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["SEK ", ""]}}


def titled(chart: alt.TopLevelMixin, title: str, source: str, lang: str = "sv") -> alt.TopLevelMixin:
    """Give a chart its title, its source line as subtitle-at-bottom, and the language's number format."""
    return chart.properties(
        title=alt.TitleParams(text=title, subtitle=[source], subtitleFontSize=11, anchor="start",
                              subtitleColor="#444444"),
    ).configure(locale=SV_LOCALE if lang == "sv" else EN_LOCALE).configure_view(stroke=None)


def year_lines(long, value_title: str, year_title: str, zero: bool = False) -> alt.Chart:
    """One line per series over the school years (long form: `year` label, `value`, `series` name), dashed
    differently so the series differ without colour too; series in their order of appearance."""
    return alt.Chart(long).mark_line(point=True).encode(
        x=alt.X("year:O", title=year_title, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=value_title, scale=alt.Scale(zero=zero)),
        color=alt.Color("series:N", title=None, sort=None),
        strokeDash=alt.StrokeDash("series:N", title=None, sort=None)).properties(height=260)

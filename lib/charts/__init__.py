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

"""Charts of the Insatser screen: an intervention's schools beside comparable schools over the school years."""

from __future__ import annotations

import altair as alt
import pandas as pd

from lib.charts import titled, year_lines


def follow_up(long: pd.DataFrame, value_title: str, year_title: str, title: str, source: str,
              lang: str) -> alt.TopLevelMixin:
    """One line per series (`year` label, `value`, `series` name in long form), dashed differently so the two
    series differ without colour too."""
    return titled(year_lines(long, value_title, year_title), title, source, lang)

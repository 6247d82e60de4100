"""The cache that lets a room of visitors share one screen's charts: computed once per key, the same object
for everyone, and charts whose tables are already Arrow still render to files for downloads."""

from __future__ import annotations

import altair as alt
import pandas as pd

from lib.charts import render
from lib.ui import loaders


def test_shared_builds_once_per_key_and_hands_out_the_same_object():
    calls: list[str] = []

    def build(name: str):
        calls.append(name)
        return {"name": name}

    first = loaders.shared(("test-shared", "fp1", "sv"), lambda: build("a"))
    again = loaders.shared(("test-shared", "fp1", "sv"), lambda: build("b"))
    other = loaders.shared(("test-shared", "fp2", "sv"), lambda: build("c"))
    assert calls == ["a", "c"]
    assert again is first and other == {"name": "c"}


def test_chart_specs_carry_arrow_tables_that_downloads_read_back():
    frame = pd.DataFrame({"skola": ["A (fiktiv)", "B (fiktiv)", "C (fiktiv)"], "andel": [81.5, 64.0, None]})
    chart = alt.Chart(frame).mark_bar().encode(x="skola:N", y="andel:Q")
    spec = loaders.chart_spec(("test-chart", "fp1"), lambda: chart)
    assert loaders.chart_spec(("test-chart", "fp1"), lambda: None) is spec
    (name, payload), = spec["datasets"].items()
    assert isinstance(payload, bytes)
    inline = render.spec_of(spec)
    assert inline["datasets"][name] == [{"skola": "A (fiktiv)", "andel": 81.5}, {"skola": "B (fiktiv)", "andel": 64.0},
                                        {"skola": "C (fiktiv)", "andel": None}]
    assert render.to_svg(inline).startswith(b"<svg")
    assert isinstance(spec["datasets"][name], bytes)  # rendering a download leaves the shared spec as it was


def test_tables_are_converted_once_per_frame_and_forgotten_with_it():
    import gc

    from lib.ui import widgets

    frame = pd.DataFrame({"skola": ["A (fiktiv)", "B (fiktiv)"], "elever": [120, 340]})
    table = widgets.arrow_table(frame)
    assert widgets.arrow_table(frame) is table  # the shared frame's next rerun reuses the conversion
    assert table.to_pandas().equals(frame)
    other = frame.copy()
    assert widgets.arrow_table(other) is not table
    keys = {id(frame), id(other)}
    assert keys <= set(widgets._ARROW_TABLES)
    del frame, other
    gc.collect()
    assert not keys & set(widgets._ARROW_TABLES)

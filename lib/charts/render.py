"""Charts to files: PNG and SVG from a Vega-Lite spec, without a browser (vl-convert)."""

from __future__ import annotations

from typing import Any

import vl_convert as vlc


def to_svg(spec: dict[str, Any]) -> bytes:
    """The chart as SVG text (UTF-8)."""
    return vlc.vegalite_to_svg(spec).encode("utf-8")


def to_png(spec: dict[str, Any], scale: float = 2.0) -> bytes:
    """The chart as a PNG image (scale 2 for print and projectors)."""
    return vlc.vegalite_to_png(spec, scale=scale)


def spec_of(chart: Any) -> dict[str, Any]:
    """A self-contained spec (data inline, no row limit) of an Altair chart or a spec dict with DataFrame
    datasets, for rendering to a file. Built only when a download is asked for."""
    import altair as alt
    import pandas as pd

    if isinstance(chart, dict):
        out = dict(chart)
        datasets = {}
        for name, data in (chart.get("datasets") or {}).items():
            datasets[name] = (json_records(data) if isinstance(data, pd.DataFrame) else data)
        if datasets:
            out["datasets"] = datasets
        return out
    with alt.data_transformers.enable("default", max_rows=None):
        return chart.to_dict()


def json_records(frame: Any) -> list[dict[str, Any]]:
    """DataFrame rows as JSON-safe dicts (missing values as null)."""
    import json

    return json.loads(frame.to_json(orient="records", force_ascii=False))

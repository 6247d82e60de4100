"""Charts to files: PNG and SVG from a Vega-Lite spec, without a browser (vl-convert)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import vl_convert as vlc

EXPORT_WIDTH = 900  # px: a file is read on paper or a projector, not in a narrow column
TITLE_SIZE = 16
SUBTITLE_SIZE = 12
_CONCAT = ("hconcat", "vconcat", "concat")


def to_svg(spec: dict[str, Any]) -> bytes:
    """The chart as SVG text (UTF-8)."""
    return vlc.vegalite_to_svg(spec).encode("utf-8")


def to_png(spec: dict[str, Any], scale: float = 2.0) -> bytes:
    """The chart as a PNG image (scale 2 for print and projectors)."""
    return vlc.vegalite_to_png(spec, scale=scale)


def spec_of(chart: Any) -> dict[str, Any]:
    """A self-contained spec (data inline, no row limit) of an Altair chart or a spec dict with DataFrame or
    Arrow IPC datasets, for rendering to a file. Built only when a download is asked for."""
    import altair as alt
    import pandas as pd

    if isinstance(chart, dict):
        out = inline_boundaries(chart)
        datasets = {}
        for name, data in (chart.get("datasets") or {}).items():
            if isinstance(data, bytes):
                data = from_arrow(data)
            datasets[name] = (json_records(data) if isinstance(data, pd.DataFrame) else data)
        if datasets:
            out["datasets"] = datasets
        return out
    with alt.data_transformers.enable("default", max_rows=None):
        return chart.to_dict()


def for_file(spec: dict[str, Any], lines: Sequence[str] = (), width: int = EXPORT_WIDTH) -> dict[str, Any]:
    """A copy of a self-contained spec (`spec_of`) laid out for a file: a fixed readable width (the plot gets what
    the legend leaves), the title wrapped instead of cut, and `lines` (the source line, the fiction label) under
    it unless already there. In a browser the chart fits its column; a file has no column to fit."""
    out = dict(spec)
    title = out.get("title")
    if isinstance(title, str):
        title = {"text": title}
    title = dict(title or {"text": ""})
    subtitle = title.get("subtitle") or []
    subtitle = [subtitle] if isinstance(subtitle, str) else list(subtitle)
    have = " ".join(subtitle + _as_lines(title.get("text"))).casefold()
    subtitle += [line for line in lines if line and line.casefold() not in have]
    chars = int(width / (TITLE_SIZE * 0.55))  # about the characters of a bold line at that size
    title.update(text=wrap(" ".join(_as_lines(title.get("text"))), chars), anchor="start", fontSize=TITLE_SIZE,
                 subtitle=[part for line in subtitle for part in wrap(line, int(width / (SUBTITLE_SIZE * 0.5)))],
                 subtitleFontSize=SUBTITLE_SIZE, limit=0)
    title.setdefault("subtitleColor", "#444444")
    out["title"] = title
    if not any(key in out for key in _CONCAT):
        out["width"] = width
        out["autosize"] = {"type": "fit-x", "contains": "padding"}
        if "projection" in out:  # a map keeps its shape: as tall as it is wide, within reason
            out["height"] = max(int(out.get("height") or 0), int(width * 0.9))
    config = dict(out.get("config") or {})  # a file has room: legend titles (the unit) and axis labels whole
    config["legend"] = {**config.get("legend", {}), "titleLimit": 320, "labelLimit": 320}
    config["axis"] = {**config.get("axis", {}), "labelLimit": 320}
    out["config"] = config
    out["padding"] = 16
    return out


def scaled(spec: dict[str, Any], factor: float = 1.6) -> dict[str, Any]:
    """A copy of a ready spec with its type and height `factor` times larger, for a projector (read from the back
    of a room); the data are the same objects, not copied."""
    out = dict(spec)
    config = dict(out.get("config") or {})
    size = {"labelFontSize": round(11 * factor), "titleFontSize": round(12 * factor), "labelLimit": 400}
    for part in ("axis", "legend"):
        config[part] = {**config.get(part, {}), **size}
    config["title"] = {**config.get("title", {}), "fontSize": round(14 * factor),
                       "subtitleFontSize": round(11 * factor)}
    config["text"] = {**config.get("text", {}), "fontSize": round(11 * factor)}
    out["config"] = config
    if isinstance(out.get("title"), dict):  # a title's own sizes win over the config's
        out["title"] = {key: value for key, value in out["title"].items()
                        if key not in ("fontSize", "subtitleFontSize")}
    if isinstance(out.get("height"), int | float):
        out["height"] = round(out["height"] * factor)
    return out


def _as_lines(text: Any) -> list[str]:
    if not text:
        return []
    return [str(text)] if isinstance(text, str) else [str(t) for t in text]


def wrap(text: str, chars: int) -> list[str]:
    """A line broken at spaces into lines of at most `chars` characters (a longer word stands alone)."""
    import textwrap

    return textwrap.wrap(text, width=max(chars, 20), break_long_words=False) or [""]


def inline_boundaries(spec: Any) -> Any:
    """A copy of the spec in which data read from the served boundaries file (a browser fetches it from the app)
    is inline, so a renderer without the app's server draws it too. The spec itself is left as it was."""
    from lib.geo import boundaries

    if isinstance(spec, list):
        return [inline_boundaries(item) for item in spec]
    if not isinstance(spec, dict):
        return spec
    if spec.get("url") == boundaries.BOUNDARIES_URL:
        return {"values": list(boundaries.boundaries())}
    return {key: value if key == "datasets" else inline_boundaries(value) for key, value in spec.items()}


def from_arrow(data: bytes) -> Any:
    """A DataFrame from Arrow IPC stream bytes (the form in which a screen's cached chart datasets travel)."""
    import pyarrow as pa

    return pa.ipc.open_stream(data).read_all().to_pandas()


def json_records(frame: Any) -> list[dict[str, Any]]:
    """DataFrame rows as JSON-safe dicts (missing values as null)."""
    import json

    return json.loads(frame.to_json(orient="records", force_ascii=False))


def to_spec(chart: Any) -> dict[str, Any]:
    """An Altair chart as a Vega-Lite spec whose DataFrames travel as named datasets (Streamlit sends them as
    Arrow), built without re-validating the schema: the chart builders are pinned by tests, and validation was
    about a third of a screen's rerun. Never touches Altair's global data transformer (thread-safe)."""
    import altair as alt
    import pandas as pd

    chart = chart.copy(deep=False)
    datasets: dict[str, Any] = {}

    def walk(node: Any) -> Any:
        node = node.copy(deep=False)
        data = getattr(node, "data", alt.Undefined)
        if isinstance(data, pd.DataFrame):
            name = f"lr_table_{len(datasets)}"  # not "data_N": Vega-Lite names its own datasets so
            datasets[name] = data
            node.data = alt.NamedData(name)
        for attr in ("layer", "hconcat", "vconcat", "concat"):
            children = getattr(node, attr, alt.Undefined)
            if isinstance(children, list):
                setattr(node, attr, [walk(c) for c in children])
        return node

    spec = walk(chart).to_dict(validate=False)
    spec.setdefault("autosize", {"type": "fit-x", "contains": "padding"})  # the title and legends stay inside
    spec["datasets"] = {**spec.get("datasets", {}), **datasets}
    return spec


def arrow_table(frame: Any) -> Any:
    """A DataFrame as a pyarrow Table the way Streamlit converts it (object columns of mixed types become text
    when Arrow refuses them), so a screen converts a shared table once instead of on every rerun."""
    import pyarrow as pa

    try:
        return pa.Table.from_pandas(frame)
    except (pa.ArrowTypeError, pa.ArrowInvalid, pa.ArrowNotImplementedError, OverflowError):
        fixed = frame.copy()
        for column in fixed.columns:
            if fixed[column].dtype == object:
                fixed[column] = fixed[column].map(lambda v: v if v is None else str(v))
        return pa.Table.from_pandas(fixed)


def arrow_bytes(frame: Any) -> bytes:
    """A DataFrame as Arrow IPC stream bytes, the form in which Streamlit sends a chart's datasets."""
    import pyarrow as pa

    table = arrow_table(frame)
    sink = pa.BufferOutputStream()
    with pa.RecordBatchStreamWriter(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def ready(chart: Any) -> dict[str, Any]:
    """A chart (Altair, or a spec dict with DataFrame datasets) as the spec a screen sends: named datasets already
    Arrow bytes, which `st.vega_lite_chart` passes on as they are (`spec_of` reads them back for downloads).
    Building and converting a chart was most of a chart screen's rerun; a cached view does it once."""
    import pandas as pd

    spec = chart if isinstance(chart, dict) else to_spec(chart)
    datasets = {name: arrow_bytes(value) if isinstance(value, pd.DataFrame) else value
                for name, value in (spec.get("datasets") or {}).items()}
    return {**spec, "datasets": datasets} if datasets else spec

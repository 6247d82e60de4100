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

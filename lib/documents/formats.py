"""Printable documents (school sheets, board reports) as plain structure, rendered to a self-contained HTML
file or an A4 PDF (fpdf2, Source Sans Pro for å ä ö and the minus sign; charts drawn by vl-convert, no
browser). The footer — source and data date — is on every page; the fictional-data notice when demo data.
"""

from __future__ import annotations

import html
import io
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lib import __version__
from lib.i18n import t

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Table:
    """A table of already formatted cells."""

    columns: list[str]
    rows: list[list[str]]
    caption: str = ""


@dataclass(frozen=True)
class Chart:
    """A Vega-Lite spec (self-contained: data inline) with its text alternative."""

    spec: dict[str, Any]
    alt: str


@dataclass(frozen=True)
class Section:
    """A heading with its paragraphs, bullet points, tables and charts, in that order."""

    heading: str
    paragraphs: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)


@dataclass(frozen=True)
class Document:
    """A printable document. Documents are shared by the caches that hold them: never changed once made."""

    title: str
    subtitle: str
    lang: str
    footer: str  # source and data date
    notice: str = ""  # e.g. the fictional-data notice
    sections: list[Section] = field(default_factory=list)


def font_dir() -> str:
    """Where the bundled Source Sans Pro TTF files are (package font-source-sans-pro, SIL OFL)."""
    import font_source_sans_pro

    return os.path.join(os.path.dirname(font_source_sans_pro.__file__), "files")


# HTML --------------------------------------------------------------------------------------------------------

_CSS = """
body{font-family:'Source Sans Pro','Source Sans 3',Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#1a1a1a;line-height:1.45}h1{font-size:1.8rem;margin-bottom:.2rem}h2{font-size:1.3rem;margin-top:1.8rem;
border-bottom:1px solid #ccc}.subtitle{color:#444}.notice{background:#e8f0fb;border-left:4px solid #3b6ea8;
padding:.6rem 1rem}table{border-collapse:collapse;margin:.6rem 0;width:100%}th,td{border:1px solid #bbb;
padding:.3rem .5rem;text-align:left}th{background:#f0f0f0}caption{text-align:left;color:#444;padding:.3rem 0}
figure{margin:1rem 0}figcaption{color:#444;font-size:.9rem}footer{margin-top:2rem;color:#444;font-size:.9rem;
border-top:1px solid #ccc;padding-top:.5rem}@media print{body{margin:0}}
"""


def to_html(doc: Document) -> str:
    """A self-contained HTML page (inline CSS and SVG charts); all text escaped; `lang` set for screen readers."""
    from lib.charts import render

    e = html.escape
    parts = [f'<!DOCTYPE html><html lang="{e(doc.lang)}"><head><meta charset="utf-8">',
             f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{e(doc.title)}</title>',
             f"<style>{_CSS}</style></head><body><main>", f"<h1>{e(doc.title)}</h1>",
             f'<p class="subtitle">{e(doc.subtitle)}</p>']
    if doc.notice:
        parts.append(f'<p class="notice" role="note">{e(doc.notice)}</p>')
    for section in doc.sections:
        parts.append(f"<section><h2>{e(section.heading)}</h2>")
        parts += [f"<p>{e(p)}</p>" for p in section.paragraphs]
        if section.bullets:
            parts.append("<ul>" + "".join(f"<li>{e(b)}</li>" for b in section.bullets) + "</ul>")
        for table in section.tables:
            parts.append("<table>" + (f"<caption>{e(table.caption)}</caption>" if table.caption else ""))
            parts.append("<thead><tr>" + "".join(f'<th scope="col">{e(c)}</th>' for c in table.columns)
                         + "</tr></thead><tbody>")
            parts += ["<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>" for row in table.rows]
            parts.append("</tbody></table>")
        for chart in section.charts:
            drawn = _drawn(render.to_svg, chart.spec)
            svg = (drawn.decode("utf-8").replace("<svg ", f'<svg role="img" aria-label="{e(chart.alt)}" ', 1)
                   if drawn is not None else f"<p>{e(t('skolblad.chart_not_drawn', doc.lang))}</p>")
            parts.append(f"<figure>{svg}<figcaption>{e(chart.alt)}</figcaption></figure>")
        parts.append("</section>")
    parts.append(f"<footer>{e(doc.footer)} · Lärarresurser {e(__version__)}</footer></main></body></html>")
    return "\n".join(parts)


# PDF ---------------------------------------------------------------------------------------------------------


def to_pdf(doc: Document) -> bytes:
    """An A4 PDF with the document's text as text (extractable), tables, charts as images, and the footer
    (source, data date, page number) on every page. Every text is drawn wrapped, a word longer than a line broken
    within it; a text in a place of fixed size (title, heading, table cell, caption, footer) is cut to a few lines
    and ends in "…", so no text — a 3 000-character school name, say — can make a row higher than a page."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    from lib.charts import render

    class _PDF(FPDF):
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Sans", size=8)
            self.set_text_color(70, 70, 70)
            parts = [doc.footer, doc.notice, str(self.page_no())]
            text = " · ".join(p for p in parts if p)
            # The page's own margins: a page can break inside a table, whose cells move the left margin.
            self.set_x(_MARGIN)
            width = self.w - 2 * _MARGIN
            self.multi_cell(width, 4, _fit(self, text, width - 2 * self.c_margin, _FOOTER_LINES), align="L",
                            new_x="LEFT", new_y="NEXT")

    pdf = _PDF(format="A4")
    pdf.set_title(_clip(doc.title, _META_CHARS))
    pdf.set_lang(doc.lang)
    pdf.set_creator(f"Lärarresurser {__version__}")
    fonts = font_dir()
    pdf.add_font("Sans", "", os.path.join(fonts, "SourceSansPro-Regular.ttf"))
    pdf.add_font("Sans", "B", os.path.join(fonts, "SourceSansPro-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(_MARGIN, _MARGIN, _MARGIN)
    pdf.add_page()
    pdf.set_font("Sans", "B", 18)
    _text(pdf, 9, doc.title, _TITLE_LINES)
    pdf.set_font("Sans", size=11)
    pdf.set_text_color(60, 60, 60)
    _text(pdf, 6, doc.subtitle, _TITLE_LINES)
    pdf.set_text_color(0, 0, 0)
    if doc.notice:
        pdf.ln(2)
        pdf.set_fill_color(232, 240, 251)
        _text(pdf, 6, doc.notice, _NOTE_LINES, fill=True)
    for section in doc.sections:
        pdf.ln(4)
        pdf.set_font("Sans", "B", 13)
        _text(pdf, 7, section.heading, _HEADING_LINES)
        pdf.set_font("Sans", size=10)
        for paragraph in section.paragraphs:
            _text(pdf, 5, paragraph)
            pdf.ln(1)
        for bullet in section.bullets:
            _text(pdf, 5, f"•  {bullet}")
        for table in section.tables:
            pdf.set_font("Sans", size=9)
            if table.caption:
                _text(pdf, 5, table.caption, _NOTE_LINES)
            width = pdf.epw / max(len(table.columns), 1) - 2 * pdf.c_margin
            with pdf.table(headings_style=FontFace(emphasis="BOLD", fill_color=(240, 240, 240)),
                           line_height=5, text_align="LEFT") as grid:
                grid.row([_fit(pdf, str(c), width, _CELL_LINES) for c in table.columns])
                for row in table.rows:
                    grid.row([_fit(pdf, str(c), width, _CELL_LINES) for c in row])
            pdf.ln(2)
        for chart in section.charts:
            png = _drawn(render.to_png, chart.spec)
            pdf.set_font("Sans", size=8)
            if png is not None:
                pdf.image(io.BytesIO(png), w=170.0, alt_text=_clip(chart.alt, _META_CHARS))
            else:
                _text(pdf, 4, t("skolblad.chart_not_drawn", doc.lang), _NOTE_LINES)
            _text(pdf, 4, chart.alt, _NOTE_LINES)
            pdf.set_font("Sans", size=10)
    return bytes(pdf.output())


# How many lines a text may take where the page has a fixed place for it (cut with "…" beyond), and how long the
# PDF's metadata (title, an image's alternative text) may be.
_TITLE_LINES, _HEADING_LINES, _NOTE_LINES, _CELL_LINES, _FOOTER_LINES = 4, 3, 6, 8, 2
_META_CHARS = 300
_MARGIN = 16  # mm, on every side
_ELLIPSIS = "…"


def _drawn(draw: Callable[[dict[str, Any]], bytes], spec: dict[str, Any]) -> bytes | None:
    """A chart drawn as a file, or None (logged) when the renderer fails on it — vl-convert cannot measure a text
    that Vega cuts within a character beyond the Basic Multilingual Plane (an emoji in a long school name in a
    legend): the document then says the chart could not be drawn and keeps its text alternative."""
    try:
        return draw(spec)
    except Exception:  # any renderer failure: the document is made without this chart
        _log.exception("a chart in a document could not be drawn")
        return None


def _clip(text: str, chars: int) -> str:
    """At most `chars` characters, the last an ellipsis when cut."""
    return text if len(text) <= chars else text[:chars - 1] + _ELLIPSIS


def _fit(pdf: Any, text: str, width: float, lines: int) -> str:
    """`text` cut so that, in the current font, it takes at most `lines` lines `width` mm wide (a word longer than
    a line broken within it), ending in "…" when cut."""
    text = text.replace("\r", " ")
    # A line holds at most width / (the narrowest glyph's width) characters: cut there before measuring.
    text = _clip(text, max(1, int(lines * width / max(pdf.get_string_width("."), 0.1)) + 1))
    laid = pdf.multi_cell(width, 1, text, dry_run=True, output="LINES", padding=0)
    if len(laid) <= lines:
        return text
    kept = "".join(laid[:lines])
    return kept[:max(len(kept) - 2, 0)] + _ELLIPSIS


def _text(pdf: Any, height: float, text: str, lines: int | None = None, **kwargs: Any) -> None:
    """A text across the page's width from the left margin, wrapped (a word longer than the line broken within
    it), cut to `lines` lines when given; the next text starts on the line below."""
    pdf.set_x(pdf.l_margin)
    if lines is not None:
        text = _fit(pdf, text, pdf.epw - 2 * pdf.c_margin, lines)
    pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT", **kwargs)

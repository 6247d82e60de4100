"""Printable documents (school sheets, board reports) as plain structure, rendered to a self-contained HTML
file or an A4 PDF (fpdf2, Source Sans Pro for å ä ö and the minus sign; charts drawn by vl-convert, no
browser). The footer — source and data date — is on every page; the fictional-data notice when demo data.
"""

from __future__ import annotations

import html
import io
import os
from dataclasses import dataclass, field
from typing import Any

from lib import __version__


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
            svg = render.to_svg(chart.spec).decode("utf-8")
            svg = svg.replace("<svg ", f'<svg role="img" aria-label="{e(chart.alt)}" ', 1)
            parts.append(f"<figure>{svg}<figcaption>{e(chart.alt)}</figcaption></figure>")
        parts.append("</section>")
    parts.append(f"<footer>{e(doc.footer)} · Lärarresurser {e(__version__)}</footer></main></body></html>")
    return "\n".join(parts)


# PDF ---------------------------------------------------------------------------------------------------------


def to_pdf(doc: Document) -> bytes:
    """An A4 PDF with the document's text as text (extractable), tables, charts as images, and the footer
    (source, data date, page number) on every page."""
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
            self.multi_cell(0, 4, text, align="L", new_x="LMARGIN", new_y="NEXT")

    pdf = _PDF(format="A4")
    pdf.set_title(doc.title)
    pdf.set_lang(doc.lang)
    pdf.set_creator(f"Lärarresurser {__version__}")
    fonts = font_dir()
    pdf.add_font("Sans", "", os.path.join(fonts, "SourceSansPro-Regular.ttf"))
    pdf.add_font("Sans", "B", os.path.join(fonts, "SourceSansPro-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(16, 16, 16)
    pdf.add_page()
    pdf.set_font("Sans", "B", 18)
    pdf.multi_cell(0, 9, doc.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", size=11)
    pdf.set_text_color(60, 60, 60)
    pdf.multi_cell(0, 6, doc.subtitle, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    if doc.notice:
        pdf.ln(2)
        pdf.set_fill_color(232, 240, 251)
        pdf.multi_cell(0, 6, doc.notice, fill=True, new_x="LMARGIN", new_y="NEXT")
    for section in doc.sections:
        pdf.ln(4)
        pdf.set_font("Sans", "B", 13)
        pdf.multi_cell(0, 7, section.heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", size=10)
        for paragraph in section.paragraphs:
            pdf.multi_cell(0, 5, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        for bullet in section.bullets:
            pdf.multi_cell(0, 5, f"•  {bullet}", new_x="LMARGIN", new_y="NEXT")
        for table in section.tables:
            if table.caption:
                pdf.set_font("Sans", size=9)
                pdf.multi_cell(0, 5, table.caption, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Sans", size=9)
            with pdf.table(headings_style=FontFace(emphasis="BOLD", fill_color=(240, 240, 240)),
                           line_height=5, text_align="LEFT") as t:
                t.row(table.columns)
                for row in table.rows:
                    t.row([str(c) for c in row])
            pdf.ln(2)
        for chart in section.charts:
            png = render.to_png(chart.spec, scale=2.0)
            width = 170.0
            pdf.image(io.BytesIO(png), w=width, alt_text=chart.alt)
            pdf.set_font("Sans", size=8)
            pdf.multi_cell(0, 4, chart.alt, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Sans", size=10)
    return bytes(pdf.output())

"""Widgets of the Skolblad screen: a document (the school sheet) drawn on screen, the board report's target for its
high-need schools, and the PDF/HTML download pair of the sheet and of the board report."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from lib.documents import formats
from lib.documents.formats import Document
from lib.i18n import t
from lib.text import inert
from lib.ui import links, widgets

if TYPE_CHECKING:
    from lib.screens import skolblad

_log = logging.getLogger(__name__)


def document(doc: Document) -> None:
    """A document on screen as it prints: title, subtitle, then each section's paragraphs, bullets, tables (with
    their captions) and charts (with their text alternatives). A document is plain text (it names schools and
    organisers as uploaded), so every text and table cell goes to Streamlit's Markdown inert."""
    st.header(inert(doc.title))
    st.caption(inert(doc.subtitle))
    for section in doc.sections:
        st.subheader(inert(section.heading))
        for paragraph in section.paragraphs:
            st.markdown(inert(paragraph))
        widgets.bullets([inert(b) for b in section.bullets])
        for table in section.tables:  # st.table reads Markdown in cells and headings
            st.table(pd.DataFrame([[inert(c) for c in row] for row in table.rows],
                                  columns=[inert(c) for c in table.columns]))
            if table.caption:
                st.caption(inert(table.caption))
        for chart in section.charts:
            st.vega_lite_chart(chart.spec, width="content")
            st.caption(inert(chart.alt))


def report_target(lang: str) -> float | None:
    """The share of qualified teachers (0–100) the board report compares its high-need schools with; None (the
    field left empty) for their organiser's average."""
    value = st.number_input(t("namndrapport.target_input", lang), min_value=0.0, max_value=100.0, value=None,
                            step=1.0, format="%.1f", key="report_target", help=t("namndrapport.target_help", lang),
                            placeholder=t("namndrapport.target_placeholder", lang))
    return None if value is None else float(value)


def sheet_downloads(name: str, lang: str, pdf: Callable[[], bytes], html: Callable[[], bytes]) -> None:
    """The school sheet as PDF and HTML, made only when asked for."""
    _downloads(("skolblad.download_pdf", "skolblad.download_html"), "sheet", name, pdf, html, lang)


def report_downloads(name: str, lang: str, pdf: Callable[[], bytes], html: Callable[[], bytes]) -> None:
    """The board report as PDF and HTML, made only when asked for."""
    _downloads(("namndrapport.download_pdf", "namndrapport.download_html"), "report", name, pdf, html, lang)


def _downloads(labels: tuple[str, str], key: str, name: str, pdf: Callable[[], bytes], html: Callable[[], bytes],
               lang: str) -> None:
    c1, c2 = st.columns(2)
    c1.download_button(t(labels[0], lang), data=told(pdf, "pdf", lang), file_name=f"{name}.pdf",
                       mime="application/pdf", key=f"{key}_pdf", on_click="ignore", icon=":material/picture_as_pdf:")
    c2.download_button(t(labels[1], lang), data=told(html, "html", lang), file_name=f"{name}.html",
                       mime="text/html", key=f"{key}_html", on_click="ignore", icon=":material/html:")


def told(make: Callable[[], bytes], kind: str, lang: str) -> Callable[[], bytes]:
    """`make` for a download made when asked for, or, when making the document fails (the error logged), a short
    document of the same kind ("pdf" or "html") saying so in the visitor's language — Streamlit itself shows only
    a passing "Failed to generate file for download" in English and no file."""
    def made() -> bytes:
        try:
            return make()
        except Exception:  # whatever failed, the visitor is told and the error is logged
            _log.exception("a %s document could not be made", kind)
            note = Document(t("skolblad.download_failed_title", lang), t("skolblad.download_failed", lang), lang, "")
            return formats.to_pdf(note) if kind == "pdf" else formats.to_html(note).encode("utf-8")
    return made


def school_picker(schools: skolblad.SchoolChoices, lang: str) -> str:
    """The school of the sheet, kept in the URL as `school` (its id; older links' "Name (id)" still open)."""
    return links.selectbox(t("skolblad.choose_school", lang), schools.ids, param="school", key="skola", lang=lang,
                           label_of=lambda s, _language: schools.labels.get(s, s))


def organizer_picker(organizers: skolblad.OrganizerChoices, lang: str) -> str:
    """The organiser of the board report (the chosen school's own first), kept in the URL as `organizer`."""
    return links.selectbox(t("namndrapport.choose", lang), organizers.options, param="organizer", key="report_org",
                           lang=lang, default=organizers.options[organizers.index])

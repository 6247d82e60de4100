"""Widgets of the Skolblad screen: a document (the school sheet) drawn on screen, the board report's target for its
high-need schools, and the PDF/HTML download pair of the sheet and of the board report."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from lib.documents.formats import Document
from lib.i18n import t
from lib.ui import widgets


def document(doc: Document) -> None:
    """A document on screen as it prints: title, subtitle, then each section's paragraphs, bullets, tables (with
    their captions) and charts (with their text alternatives)."""
    st.header(doc.title)
    st.caption(doc.subtitle)
    for section in doc.sections:
        st.subheader(section.heading)
        for paragraph in section.paragraphs:
            st.markdown(paragraph)
        widgets.bullets(section.bullets)
        for table in section.tables:
            st.table(pd.DataFrame(table.rows, columns=table.columns))
            if table.caption:
                st.caption(table.caption)
        for chart in section.charts:
            st.vega_lite_chart(chart.spec, width="content")
            st.caption(chart.alt)


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
    c1.download_button(t(labels[0], lang), data=pdf, file_name=f"{name}.pdf", mime="application/pdf",
                       key=f"{key}_pdf", on_click="ignore", icon=":material/picture_as_pdf:")
    c2.download_button(t(labels[1], lang), data=html, file_name=f"{name}.html", mime="text/html",
                       key=f"{key}_html", on_click="ignore", icon=":material/html:")

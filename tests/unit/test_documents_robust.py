"""Documents made from any text a visitor's file can hold: a 3 000-character school or organiser name (one unbroken
word or many), a long source line, a name of emoji that the chart renderer cannot measure — the school sheet and
the board report are still valid PDF and HTML files whose text holds the name's start, and a document that cannot be
made at all says so to the person in their language instead of failing without a file."""

from __future__ import annotations

import io
import logging

import pytest
from pypdf import PdfReader

from lib.dataset import Dataset, Source
from lib.documents import formats
from lib.screens import skolblad
from tests.unit.skolblad_fixture import EKBY, SOURCE_DATE, A, frame, interventions

LONG_WORD = "Å" + "x" * 2999  # one word longer than any line, cell or page
LONG_WORDS = " ".join(["Långnamnsskolan"] * 200)[:3000]


def pdf_text(content: bytes) -> str:
    """The text of every page without white space (a long word is broken across lines, and text extraction spaces
    words as it sees fit): compare with `flat(expected)`."""
    return flat("".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages))


def flat(text: str) -> str:
    """The text without white space."""
    return "".join(text.split())


def named(school: str, organizer: str) -> Dataset:
    """Ekby's schools with Alfaskolan and Ekby kommun renamed, as a visitor's upload."""
    data = frame()
    data.loc[data["school_id"] == A, "school_name"] = school
    data.loc[data["organizer"] == EKBY, "organizer"] = organizer
    return Dataset(data, "school", Source("upload", ("ekby.csv",), SOURCE_DATE), interventions=interventions())


@pytest.mark.parametrize("name", [LONG_WORD, LONG_WORDS], ids=["one word", "many words"])
def test_a_3000_character_name_makes_a_valid_board_report_and_sheet(name):
    """The board report lists the high-need school by name in a table (against a target of 90 %, Alfaskolan's
    56 % is below it): a 3 000-character name made a row higher than a page (fpdf ValueError) and, breaking the
    page inside the table, a footer with no room for a single character (FPDFException)."""
    school, organizer = name, "Org" + name[3:]
    data = named(school, organizer)
    source = "Källa: " + "filnamn" * 430  # a source line of ~3 000 characters: the footer on every page
    report = pdf_text(skolblad.report_pdf(data, 2024, "sv", source, organizer, None, 90.0))
    assert flat(school[:60]) in report and flat(organizer[:60]) in report and "Källa:filnamn" in report
    sheet = pdf_text(skolblad.sheet_pdf(data, A, 2024, "sv", source, None))
    assert flat(school[:60]) in sheet and flat(organizer[:60]) in sheet
    html = skolblad.report_html(data, 2024, "sv", source, organizer, None, 90.0).decode("utf-8")
    assert school in html and organizer in html  # the HTML reflows: the whole name stands


def test_text_cut_to_fit_ends_in_an_ellipsis_and_keeps_its_start():
    """A fixed place (title, heading, cell, footer) takes a few lines of a long text, cut with "…"."""
    doc = formats.Document(LONG_WORD, LONG_WORDS, "sv", "Källa: " + LONG_WORD, sections=[
        formats.Section(LONG_WORD, paragraphs=[LONG_WORDS], bullets=[LONG_WORD],
                        tables=[formats.Table([LONG_WORD, "b"], [[LONG_WORD, LONG_WORDS]], caption=LONG_WORD)])])
    text = pdf_text(formats.to_pdf(doc))
    assert flat(LONG_WORD[:100]) in text and "…" in text
    assert text.count("Långnamnsskolan") >= LONG_WORDS.count("Långnamnsskolan")  # the paragraph flows on, whole

def test_a_chart_the_renderer_cannot_draw_leaves_the_document_whole(caplog):
    """vl-convert fails on a legend label of emoji that Vega cuts within a character: the school sheet (the name
    is the trend chart's series) is still made, saying the chart could not be drawn, with its text alternative."""
    data = named("🏫" * 40, "Ekby kommun")
    with caplog.at_level(logging.ERROR, logger="lib.documents.formats"):
        sheet = pdf_text(skolblad.sheet_pdf(data, A, 2024, "sv", "Källa: test", None))
        html = skolblad.sheet_html(data, A, 2024, "en", "Source: test", None).decode("utf-8")
    assert flat("Diagrammet kunde inte ritas") in sheet
    assert "The chart could not be drawn" in html and "<figcaption>" in html
    assert "could not be drawn" in caplog.text  # logged for whoever runs the service


def test_a_document_that_cannot_be_made_says_so_in_the_visitors_language(caplog):
    """A download made when asked for: Streamlit answers a failing maker with a passing English "Failed to
    generate file for download" and no file; the visitor gets a file that says what happened."""
    from lib.ui.skolblad import told

    def broken() -> bytes:
        raise ValueError("boom")

    with caplog.at_level(logging.ERROR, logger="lib.ui.skolblad"):
        pdf = told(broken, "pdf", "sv")()
        html = told(broken, "html", "en")().decode("utf-8")
    assert flat("Dokumentet kunde inte skapas") in pdf_text(pdf)
    assert "The document could not be made" in html and 'lang="en"' in html
    assert "boom" in caplog.text
    assert told(lambda: b"%PDF-ok", "pdf", "sv")() == b"%PDF-ok"

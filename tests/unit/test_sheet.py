"""School sheet and board report: the figures match the measures, the PDF carries them as text, the HTML is
self-contained and escaped, and the commands write both formats."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from pypdf import PdfReader

from lib.cli import main
from lib.dataset import Dataset
from lib.documents import formats, sheets
from lib.measures import indicators
from lib.sources import demo


@pytest.fixture(scope="module")
def data():
    return demo.load_demo()


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_sheet_figures_are_the_measures(data):
    year = 2024
    school = "99100000"
    f = sheets.school_figures(data, school, year)
    sub = data.frame[data.frame["school_year"] == year]
    row = sub[sub["school_id"] == school].iloc[0]
    dev = indicators.deviation_from_organizer(sub, "qualified_share", "school")
    table = f.table.set_index("indicator")
    assert table.loc["qualified_share", "school"] == row["qualified_share"]
    assert table.loc["qualified_share", "organizer"] == pytest.approx(dev.loc[row.name, "average"])
    q = indicators.quartiles(sub["need_index"], sub["school_id"])
    assert f.quartile == int(q.loc[row.name])
    if dev.loc[row.name, "deviation"] < 0:
        assert "skolblad.flag_below_organizer" in f.flags


def test_small_numbers_are_suppressed():
    row = pd.Series({"pupils": 8, "teacher_fte": 2.5})
    assert sheets.too_few(row, "qualified_share") and sheets.too_few(row, "first_teachers_per_100_pupils")
    assert not sheets.too_few(pd.Series({"pupils": 200, "teacher_fte": 14}), "qualified_share")


def test_sheet_pdf_holds_name_figures_and_source_as_text(data):
    source = "Källa: fiktiva demodata (Lärarresurser), genererade 2026-11-22"
    doc = sheets.school_sheet(data, "99100000", 2024, "sv", source)
    text = pdf_text(formats.to_pdf(doc))
    f = sheets.school_figures(data, "99100000", 2024)
    assert f.name in text
    value = f.table.set_index("indicator").loc["qualified_share", "school"]
    assert f"{value:.1f}".replace(".", ",") in text
    assert "Källa: fiktiva demodata" in text and "Fiktiva demodata" in text
    assert "−" in text or "–" in text or "å" in text  # Unicode survives


def test_html_is_self_contained_and_escaped(data):
    frame = data.frame.copy()
    frame.loc[frame["school_id"] == "99100000", "school_name"] = "<script>alert(1)</script> (fiktiv)"
    hostile = Dataset(frame, "school", data.source)
    html = formats.to_html(sheets.school_sheet(hostile, "99100000", 2024, "en", "Source: test"))
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert html.startswith("<!DOCTYPE html>") and 'lang="en"' in html and "<svg" in html
    assert "http://" not in html.split("<svg", 1)[0] and "src=\"http" not in html


def test_board_report_lists_shortfalls_in_name_order(data):
    sub = data.frame[data.frame["organizer"] == "Göteborgs kommun"]
    short = sheets.shortfalls(sub, 2024)
    assert list(short["name"]) == sorted(short["name"])
    assert (short["difference"] <= -sheets.SHORTFALL_PP).all()
    doc = sheets.board_report(data, 2024, "sv", "Källa: test", organizer="Göteborgs kommun")
    text = pdf_text(formats.to_pdf(doc))
    assert "Nämndrapport: Göteborgs kommun" in text and "Källa: test" in text
    for name in short["name"].head(3):
        assert name.split(" (")[0] in text


def test_sheet_and_report_commands(tmp_path):
    pdf, html = tmp_path / "s.pdf", tmp_path / "r.html"
    assert main(["sheet", "demo", "--school", "99100000", "--out", str(pdf), "--lang", "en"]) == 0
    assert "School sheet" in pdf_text(pdf.read_bytes())
    assert main(["report", "demo", "--municipality", "1480", "--out", str(html)]) == 0
    assert "Nämndrapport" in html.read_text(encoding="utf-8")
    assert main(["sheet", "demo", "--school", "00000000", "--out", str(pdf)]) == 1
    assert main(["report", "demo", "--out", str(pdf)]) == 2

"""School sheet and board report, pinned against the hand-made dataset of `skolblad_fixture` (the arithmetic is
there and beside each expectation): the figures beside the organiser's and the profile's, small-number
suppression, flags, need-based posts, the trend, the shortfall list in name order, the documents' text in the PDF,
the HTML self-contained and escaped, and the commands writing both formats."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from pypdf import PdfReader

from lib.cli import main
from lib.dataset import Dataset
from lib.documents import board_report, formats, school_sheet
from lib.i18n import MINUS
from tests.unit.skolblad_fixture import EKBY, NAMES, SOURCE_DATE, A, B, C, D, E, F, ekby

SOURCE = f"Källa: fiktiva demodata (Lärarresurser), genererade {SOURCE_DATE}"


@pytest.fixture(scope="module")
def data() -> Dataset:
    return ekby()


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def key_rows(doc) -> list[list[str]]:
    return doc.sections[0].tables[0].rows


def section(doc, heading: str):
    return next(s for s in doc.sections if s.heading == heading)


# --- school sheet ---------------------------------------------------------------------------------------------

def test_key_figures_stand_beside_the_organisers_average(data):
    doc = school_sheet.school_sheet(data, A, 2024, "sv", SOURCE)
    assert doc.sections[0].tables[0].columns == ["Indikator", "Skolan", "Huvudmannens skolor i genomsnitt"]
    assert [row[1:] for row in key_rows(doc)] == [
        ["56,0", "73,4"],  # qualified share: Alfaskolan 56; Ekby 2350 / 32 = 73.44
        ["10,0", "12,8"],  # pupils per teacher: 100 / 10; Ekby 409 / 32 = 12.78
        ["1,00", "0,98"],  # FL per 100 pupils: 100 · 1 / 100; Ekby 100 · 4 / 409 = 0.978
        ["20,0", "14,1"],  # turnover: 20; Ekby 450 / 32 = 14.06
    ]
    assert doc.title == "Skolblad: Alfaskolan (fiktiv)"
    assert doc.subtitle == "Västerås · Ekby kommun · läsåret 2024/25 · skolenhetskod 10000001"


def test_a_small_school_shows_too_few_yet_counts_in_its_organisers_average(data):
    # Dalskolan: 9 pupils (< 10) and 2 FTE (< 3): every figure of its own is withheld; Ekby's average still
    # holds its 2 FTE at 55 % (the same 73,4 as on Alfaskolan's sheet).
    doc = school_sheet.school_sheet(data, D, 2024, "sv", SOURCE)
    assert [row[1] for row in key_rows(doc)] == ["för få"] * 4
    assert [row[2] for row in key_rows(doc)] == ["73,4", "12,8", "0,98", "14,1"]
    assert section(doc, "Elevernas behov").paragraphs == ["Behovsindex saknas för skolan."]


def test_the_small_number_rule_withholds_teacher_figures_below_three_fte():
    assert school_sheet.too_few(pd.Series({"pupils": 8, "teacher_fte": 12}), "first_teachers_per_100_pupils")
    assert school_sheet.too_few(pd.Series({"pupils": 8, "teacher_fte": 12}), "qualified_share")
    few_teachers = pd.Series({"pupils": 40, "teacher_fte": 2.5})
    assert school_sheet.too_few(few_teachers, "qualified_share")
    assert not school_sheet.too_few(few_teachers, "first_teachers_per_100_pupils")  # a per-pupil figure
    assert not school_sheet.too_few(pd.Series({"pupils": 10, "teacher_fte": 3.0}), "qualified_share")


def test_need_quartile_and_the_things_to_talk_about(data):
    # Quartiles over 2024's five schools with a need index: A (120) is in Q4, B (90) in Q1.
    a = school_sheet.school_figures(data, A, 2024)
    assert (a.need, a.quartile) == (120.0, 4)
    # A: 56 < 73.44 (below, and in Q4); turnover 20 − 14.06 = 5.94 ≥ 5.
    assert a.flags == ["skolblad.flag_below_organizer", "skolblad.flag_high_need_low_qualification",
                       "skolblad.flag_high_turnover"]
    b = school_sheet.school_figures(data, B, 2024)
    # B: 68 < 73.44 but in Q1; turnover 10 − 14.06 < 5.
    assert (b.quartile, b.flags) == (1, ["skolblad.flag_below_organizer"])
    doc = school_sheet.school_sheet(data, C, 2024, "sv", SOURCE)  # C: 92 > 73.44, turnover 8
    assert section(doc, "Att samtala om").bullets == ["Inget av de vanliga varningstecknen syns i siffrorna."]
    assert section(doc, "Elevernas behov").paragraphs[0].startswith("Behovsindex 80 ")


def test_need_based_posts_share_the_organisers_total_by_pupils_and_need(data):
    # Ekby's 1 + 1 + 2 + 0 + 0 = 4 posts by weight pupils · need / 100 (Dalskolan's missing need counts 100):
    # A 120, E 110, B 90, C 80, D 9; Sainte-Laguë gives the first seats to A, E, B, C (next: A 120 / 3 = 40 < 80),
    # so C, which has 2 today, would have 1.
    doc = school_sheet.school_sheet(data, C, 2024, "sv", SOURCE)
    assert section(doc, "Förstelärare").paragraphs == [
        "Skolan har 2 förstelärare (2,00 per 100 elever). Om huvudmannens tjänster fördelades efter elever och "
        "behov (α = 1, samma antal totalt) skulle skolan ha 1."]
    assert school_sheet.school_figures(data, A, 2024).need_based_posts == 1


def test_the_trend_follows_the_school_and_its_organiser_over_the_years(data):
    doc = school_sheet.school_sheet(data, A, 2024, "sv", SOURCE)
    trend = section(doc, "Andel behöriga lärare över tid")
    # 2023: Alfaskolan 60, Ekby 2250 / 30 = 75.0; 2024: 56 and 73.44.
    assert trend.tables[0].rows == [["2023/24", "60,0", "75,0"], ["2024/25", "56,0", "73,4"]]
    assert len(trend.charts) == 1 and "Alfaskolan (fiktiv)" in trend.charts[0].alt


def test_the_profile_column_averages_the_schools_of_the_same_profile(data):
    profile_of = pd.Series({A: 1, E: 1, F: 1, B: 2, C: 2, D: 2})
    doc = school_sheet.school_sheet(data, A, 2024, "en", SOURCE, profile_of)
    assert doc.sections[0].tables[0].columns[-1] == "The profile's average"
    # Profile 1 = A, E and Almgården (another organiser's school counts in a profile):
    # qualified (10·56 + 5·84 + 10·70) / 25 = 67.2; pupils/teacher 400 / 25 = 16.0;
    # FL per 100 pupils 100 · 3 / 400 = 0.75; turnover (200 + 60 + 150) / 25 = 16.4.
    assert [row[3] for row in key_rows(doc)] == ["67.2", "16.0", "0.75", "16.4"]
    assert len(doc.sections[0].tables[0].columns) == 3 + 1
    assert len(school_sheet.school_sheet(data, A, 2024, "en", SOURCE).sections[0].tables[0].columns) == 3


def test_a_school_without_a_row_in_the_year_is_a_key_error(data):
    with pytest.raises(KeyError):
        school_sheet.school_sheet(data, D, 2023, "sv", SOURCE)  # Dalskolan has no 2023 row


def test_sheet_pdf_holds_name_figures_notice_and_source_as_text(data):
    text = pdf_text(formats.to_pdf(school_sheet.school_sheet(data, A, 2024, "sv", SOURCE)))
    assert "Skolblad: Alfaskolan (fiktiv)" in text
    assert "behörighet (%) 56,0 73,4" in text  # the qualified-share row: the school's figure, then Ekby's
    assert "läsåret 2024/25" in text  # å survives the embedded font
    assert SOURCE in text and "Fiktiva demodata" in text
    own = ekby("upload")  # a visitor's own data: no fictional-data notice
    assert "Fiktiva demodata" not in pdf_text(formats.to_pdf(school_sheet.school_sheet(own, A, 2024, "sv", "K")))


def test_html_is_self_contained_and_escaped(data):
    frame = data.frame.copy()
    frame.loc[frame["school_id"] == A, "school_name"] = "<script>alert(1)</script> (fiktiv)"
    hostile = Dataset(frame, "school", data.source)
    html = formats.to_html(school_sheet.school_sheet(hostile, A, 2024, "en", "Source: test"))
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; (fiktiv)" in html
    assert html.startswith("<!DOCTYPE html>") and 'lang="en"' in html and "<svg" in html
    assert "http://" not in html.split("<svg", 1)[0] and 'src="http' not in html
    assert "<td>56.0</td><td>73.4</td>" in html


# --- board report ---------------------------------------------------------------------------------------------

def test_shortfalls_are_the_schools_well_below_the_need_trend_in_name_order(data):
    # Ekby 2024, schools with need and qualified share (equal pupils 100): x = need, y = qualified share.
    # x̄ = (120 + 90 + 80 + 110) / 4 = 100, ȳ = (56 + 68 + 92 + 84) / 4 = 75;
    # Σ dx·dy = 20·(−19) + (−10)·(−7) + (−20)·17 + 10·9 = −560, Σ dx² = 1000 → b = −0.56, a = 75 + 56 = 131.
    # Expected A 131 − 67.2 = 63.8, B 80.6, C 86.2, E 69.4; differences A −7.8, B −12.6, C +5.8, E +14.6.
    short = board_report.shortfalls(board_report.scope_data(data, organizer=EKBY), 2024)
    assert list(short["name"]) == [NAMES[A], NAMES[B]]  # not B first, although B is further below
    assert list(short["expected"]) == pytest.approx([63.8, 80.6])
    assert list(short["difference"]) == pytest.approx([-7.8, -12.6])
    assert board_report.shortfalls(board_report.scope_data(data, organizer=EKBY), 2024, threshold=10.0)[
        "name"].tolist() == [NAMES[B]]


def test_board_report_compares_the_organisers_schools_only(data):
    doc = board_report.board_report(data, 2024, "sv", SOURCE, organizer=EKBY)
    assert doc.title == "Nämndrapport: Ekby kommun"
    assert doc.subtitle == "Lärarresurser och elevernas behov, läsåret 2024/25 · 5 skolenheter"
    # Quartiles among Ekby's four schools with a need index (C, B, E, A: one each), FTE-weighted qualified share
    # = each school's own. With Almgården (Lärande AB) in, Q1 would be (10·92 + 5·68) / 15 = 84.
    quartiles = section(doc, "Jämförelse mellan skolorna efter behov").tables[0]
    assert [row[-1] for row in quartiles.rows] == ["92,00", "68,00", "84,00", "56,00"]
    shortfall = section(doc, "Skolor där lärarresurserna ligger under vad behovet skulle motivera").tables[0]
    assert shortfall.rows == [[NAMES[A], "120", "56,0", "63,8", f"{MINUS}7,8"],
                              [NAMES[B], "90", "68,0", "80,6", f"{MINUS}12,6"]]
    # The register: A and B central recruitment, C professional development (Almgården's is Lärande's).
    assert section(doc, "Insatser i registret").bullets == ["Central rekrytering: 2", "Annan kompetensutveckling: 1"]
    assert doc.notice == "Fiktiva demodata" and doc.footer == SOURCE


def test_board_report_of_a_municipality_and_of_nobody(data):
    doc = board_report.board_report(data, 2024, "en", "Source: test", municipality="1980")
    assert doc.title == "Board report: Västerås"
    assert doc.subtitle.endswith(" · 6 school units")  # Ekby's five and Almgården
    with pytest.raises(KeyError):
        board_report.board_report(data, 2024, "sv", SOURCE, organizer="Ingen sådan huvudman")


def test_board_report_pdf_carries_the_figures_as_text(data):
    text = pdf_text(formats.to_pdf(board_report.board_report(data, 2024, "sv", SOURCE, organizer=EKBY)))
    assert "Nämndrapport: Ekby kommun" in text and SOURCE in text
    assert NAMES[A] in text and NAMES[B] in text and f"{MINUS}12,6" in text
    assert NAMES[C] not in text.split("motivera", 1)[1].split("Över tid", 1)[0]  # C is not a shortfall


# --- commands -------------------------------------------------------------------------------------------------

def test_sheet_and_report_commands(tmp_path):
    from lib.screens import skolblad
    from lib.sources import demo

    pdf, html = tmp_path / "s.pdf", tmp_path / "r.html"
    assert main(["sheet", "demo", "--school", "99100000", "--out", str(pdf), "--lang", "en"]) == 0
    assert "School sheet: Kvarndungens skola (fiktiv)" in pdf_text(pdf.read_bytes())
    assert main(["report", "demo", "--municipality", "1480", "--out", str(html)]) == 0
    assert "Nämndrapport: Göteborg" in html.read_text(encoding="utf-8")
    sheet_html = tmp_path / "s.html"
    assert main(["sheet", "demo", "--school", "99100000", "--year", "2023", "--out", str(sheet_html)]) == 0
    data = demo.load_demo()
    source = f"Källa: fiktiva demodata (Lärarresurser), genererade {data.source.date}"
    # the command writes what the screen offers for download (the same function, the same arguments)
    assert sheet_html.read_bytes() == skolblad.sheet_html(data, "99100000", 2023, "sv", source, None)
    assert main(["sheet", "demo", "--school", "00000000", "--out", str(pdf)]) == 1
    assert main(["report", "demo", "--out", str(pdf)]) == 2
    assert main(["report", "demo", "--organizer", "Ingen", "--out", str(pdf)]) == 1
    assert main(["sheet", "demo", "--school", "99100000", "--out", str(tmp_path / "s.txt")]) == 2


# --- formats --------------------------------------------------------------------------------------------------

def test_every_pdf_page_carries_the_footer_and_its_number():
    table = formats.Table(["Skola", "Värde"], [[f"Skola {i}", f"{i},5"] for i in range(80)], "Tabelltext")
    doc = formats.Document("Titel", "Undertitel", "sv", "Källa: handgjord", "Fiktiva demodata",
                           [formats.Section("Avsnitt", paragraphs=["Stycke."], bullets=["Punkt"], tables=[table])])
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(formats.to_pdf(doc))).pages]
    assert len(pages) >= 2  # 80 rows do not fit one A4 page
    for number, text in enumerate(pages, start=1):
        assert f"Källa: handgjord · Fiktiva demodata · {number}" in text
    everything = "\n".join(pages)
    assert "Skola 0 0,5" in everything and "Skola 79 79,5" in everything and "•  Punkt" in everything


def test_html_keeps_the_documents_structure():
    table = formats.Table(["A & B"], [["<1>"]], "Bildtext")
    doc = formats.Document("T", "U", "sv", "Källa", "", [formats.Section("Rubrik", ["p"], ["b"], [table])])
    html = formats.to_html(doc)
    assert '<html lang="sv">' in html and "<title>T</title>" in html and 'class="notice"' not in html
    assert "<caption>Bildtext</caption>" in html and '<th scope="col">A &amp; B</th>' in html
    assert "<td>&lt;1&gt;</td>" in html and "<li>b</li>" in html and "<h2>Rubrik</h2>" in html
    assert "<footer>Källa · Lärarresurser " in html

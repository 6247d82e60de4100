"""School sheet and board report, pinned against the hand-made datasets of `skolblad_fixture` (the arithmetic is
there and beside each expectation): the figures beside the organiser's and the profile's, the small-number rule in
every part of both documents (Lilleby's Gläntan is under it in three school years), flags, need-based posts, the
trend, the high-need schools below their organiser's average or a target (in name order), the documents' text in
the PDF, the HTML self-contained and escaped, and the commands writing both formats."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from pypdf import PdfReader

from lib.cli import main
from lib.dataset import Dataset
from lib.documents import board_report, formats, school_sheet
from lib.i18n import MINUS
from tests.unit.skolblad_fixture import (
    EKBY,
    GLANTAN,
    HAGA,
    IRIS,
    LILLEBY,
    LILLEBY_NAMES,
    NAMES,
    SOURCE_DATE,
    A,
    B,
    C,
    D,
    E,
    F,
    ekby,
    lilleby,
)

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


def document_text(doc) -> str:
    """Every word of a document a person reads: title, subtitle, paragraphs, bullets, cells, captions, alt texts."""
    parts = [doc.title, doc.subtitle]
    for sec in doc.sections:
        parts += [sec.heading, *sec.paragraphs, *sec.bullets, *(c.alt for c in sec.charts)]
        for table in sec.tables:
            parts += [*table.columns, table.caption, *(cell for row in table.rows for cell in row)]
    return "\n".join(parts)


def chart_points(chart, series: str) -> list[tuple[str, float]]:
    """The (school year, value) points a chart draws for one series, from its inline data."""
    datasets = chart.spec.get("datasets", {})
    rows = [r for values in datasets.values() for r in values if isinstance(r, dict) and r.get("series") == series]
    return [(r["year"], r["value"]) for r in rows]


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
    assert section(doc, "Elevernas behov").paragraphs[0].startswith("Behovsindex och behovskvartil: för få.")


def test_every_figure_of_a_school_year_under_the_rule_reads_too_few():
    # Gläntan 2023: 40 pupils but 2.5 FTE (< 3): every key figure is withheld, the per-pupil förstelärare rate
    # (100 · 1 / 40 = 2.50) too; Lilleby's averages beside them count Gläntan (2023: 5347.5 / 71 = 75.3; pupils
    # per teacher (40 + 200 + 100 + 5·100) / 71 = 840 / 71 = 11.8; FL per 100 pupils 100 · 6 / 840 = 0.71).
    doc = school_sheet.school_sheet(lilleby(), GLANTAN, 2023, "sv", SOURCE)
    assert key_rows(doc) == [["Andel lärare med legitimation och behörighet (%)", "för få", "75,3"],
                             ["Elever per lärare (heltidstjänst)", "för få", "11,8"],
                             ["Förstelärare per 100 elever", "för få", "0,71"]]
    # 2024: 4 FTE but 8 pupils (< 10): the same; 2024 averages 6000 / 80 = 75.0, 808 / 80 = 10.1, 600 / 808 = 0.74
    assert key_rows(school_sheet.school_sheet(lilleby(), GLANTAN, 2024, "sv", SOURCE)) == [
        ["Andel lärare med legitimation och behörighet (%)", "för få", "75,0"],
        ["Elever per lärare (heltidstjänst)", "för få", "10,1"], ["Förstelärare per 100 elever", "för få", "0,74"]]


def test_a_school_under_the_rule_shows_no_need_quartile_flags_or_first_teachers_yet_stays_named():
    doc = school_sheet.school_sheet(lilleby(), GLANTAN, 2024, "sv", SOURCE)
    assert doc.title == "Skolblad: Gläntan (fiktiv)" and "skolenhetskod 20000001" in doc.subtitle
    need = section(doc, "Elevernas behov").paragraphs[0]
    assert need.startswith("Behovsindex och behovskvartil: för få.") and "150" not in need  # need 150, Q4
    # 40 < 75.0 and Q4 would flag "below" and "high need, low qualification": not from a hidden value
    assert section(doc, "Att samtala om").bullets == [
        "Skolans egna siffror visas inte (för få elever eller lärare), så bladet pekar inte ut några varningstecken. "
        "Samtala utifrån skolans egen kännedom."]
    # Lilleby's 6 posts by pupils · need / 100 (a decision, shown): Hagaskolan 280, Irisskolan 120, Jasminskolan
    # 110, Kastanjen 100, Hagaskolan 280 / 3 = 93.3, Lindskolan 90 — Gläntan's 8 · 1.5 = 12 gets none.
    assert section(doc, "Förstelärare").paragraphs == [
        "Skolans antal förstelärare och antal per 100 elever: för få. Om huvudmannens tjänster fördelades efter "
        "elever och behov (α = 1, samma antal totalt) skulle skolan ha 0."]
    figures = school_sheet.school_figures(lilleby(), GLANTAN, 2024)
    assert (figures.hidden, figures.need, figures.quartile, figures.first_teachers, figures.flags) == (
        True, None, None, None, [])
    # nor which challenge profile it is in (that follows from its figures): no profile column
    profile_of = pd.Series({GLANTAN: 1, HAGA: 1, IRIS: 2})
    assert len(school_sheet.school_sheet(lilleby(), GLANTAN, 2024, "sv", SOURCE, profile_of).sections[0].tables[0]
               .columns) == 3


def test_the_trend_reads_too_few_in_every_year_under_the_rule_and_the_chart_leaves_those_points_out():
    # Gläntan is under the rule in 2022, 2023 and 2024; Lilleby's averages 74.25, 75.32, 75.0 (the fixture)
    trend = section(school_sheet.school_sheet(lilleby(), GLANTAN, 2024, "sv", SOURCE), "Andel behöriga lärare över tid")
    assert trend.tables[0].rows == [["2022/23", "för få", "74,3"], ["2023/24", "för få", "75,3"],
                                    ["2024/25", "för få", "75,0"]]
    assert trend.tables[0].caption.startswith("”För få”: läsår då skolan hade färre än 10 elever")
    assert trend.charts[0].alt.endswith("Skolans värde visas inte för 2022/23, 2023/24, 2024/25 (för få elever eller "
                                        "lärare).")
    assert chart_points(trend.charts[0], LILLEBY_NAMES[GLANTAN]) == []
    # Irisskolan only in 2023 (2.5 FTE): 70 and 80 shown around it
    iris = section(school_sheet.school_sheet(lilleby(), IRIS, 2024, "en", SOURCE),
                   "Share of qualified teachers over time")
    assert iris.tables[0].rows == [["2022/23", "70.0", "74.3"], ["2023/24", "too few", "75.3"],
                                   ["2024/25", "80.0", "75.0"]]
    assert chart_points(iris.charts[0], LILLEBY_NAMES[IRIS]) == [("2022/23", 70.0), ("2024/25", 80.0)]
    assert iris.charts[0].alt.endswith("The school's value is not shown for 2023/24 (too few pupils or teachers).")
    assert len(chart_points(iris.charts[0], "The organiser's schools on average")) == 3  # the average every year


def test_no_value_of_a_school_under_the_rule_reaches_its_sheet_in_any_format():
    # Gläntan's own figures: qualified 41 / 43 / 40, need 150, FL per 100 pupils 14.29 / 2.50 / 12.50
    doc = school_sheet.school_sheet(lilleby(), GLANTAN, 2024, "sv", SOURCE)
    own = ["41,0", "43,0", "40,0", "150", "14,29", "2,50", "12,50", "kvartil 4"]
    text = document_text(doc)
    assert [v for v in own if v in text] == []
    assert chart_points(section(doc, "Andel behöriga lärare över tid").charts[0], LILLEBY_NAMES[GLANTAN]) == []
    pdf = pdf_text(formats.to_pdf(doc))
    assert "Gläntan (fiktiv)" in pdf and "för få" in pdf and [v for v in own if v in pdf] == []
    html = formats.to_html(doc)
    assert [v for v in own if f">{v}<" in html or f" {v} " in html] == []


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

BELOW = "Skolor med högt behov och lägre andel behöriga lärare än huvudmannens genomsnitt"


def test_high_need_schools_are_compared_with_their_organisers_average_not_with_a_need_trend(data):
    # Ekby 2024: need quartiles over its four schools with a need index, C 80, B 90, E 110, A 120 → Q1–Q4 one each;
    # Q4 = Alfaskolan, 56 against Ekby's 2350 / 32 = 73.4375: −17.4375. Betaskolan (68, Q2) is below the average
    # but not of high need. (The old need-trend "expected" gave A 63.8 and B 80.6: b = −0.56.)
    below = board_report.high_need_below(board_report.scope_data(data, organizer=EKBY), 2024)
    assert list(below["name"]) == [NAMES[A]]
    assert list(below["reference"]) == pytest.approx([2350 / 32])
    assert list(below["difference"]) == pytest.approx([56 - 2350 / 32])


def test_the_reference_does_not_depend_on_need():
    # Gläntan raised to 80 pupils (no longer under the rule): Lilleby's Q4 is Gläntan (need 150, 40) and
    # Hagaskolan (need 140, 60); both against the same 6000 / 80 = 75.0 (FTE unchanged): −35.0 and −15.0.
    scope = board_report.scope_data(lilleby(pupils=80.0), organizer=LILLEBY)
    below = board_report.high_need_below(scope, 2024)
    assert list(below["name"]) == [LILLEBY_NAMES[GLANTAN], LILLEBY_NAMES[HAGA]]
    assert list(below["reference"]) == pytest.approx([75.0, 75.0])
    assert list(below["difference"]) == pytest.approx([-35.0, -15.0])


def test_a_target_for_the_high_need_schools_replaces_the_average():
    scope = board_report.scope_data(lilleby(pupils=80.0), organizer=LILLEBY)
    # target 62.5: Gläntan 40 − 62.5 = −22.5, Hagaskolan 60 − 62.5 = −2.5
    below = board_report.high_need_below(scope, 2024, target=62.5)
    assert list(below["difference"]) == pytest.approx([-22.5, -2.5])
    # target 40: nobody is below (Gläntan's 40 is not below 40)
    assert board_report.high_need_below(scope, 2024, target=40.0).empty
    with pytest.raises(ValueError):
        board_report.high_need_below(scope, 2024, target=120.0)
    doc = board_report.board_report(lilleby(pupils=80.0), 2024, "sv", SOURCE, organizer=LILLEBY, target=62.5)
    part = section(doc, "Skolor med högt behov och lägre andel behöriga lärare än målet 62,5\u00a0%")
    assert part.tables[0].columns[3:] == ["Mål", "Skillnad (procentenheter)"]
    assert part.tables[0].rows == [[LILLEBY_NAMES[GLANTAN], "150", "40,0", "62,5", f"{MINUS}22,5"],
                                   [LILLEBY_NAMES[HAGA], "140", "60,0", "62,5", f"{MINUS}2,5"]]
    none = board_report.board_report(lilleby(pupils=80.0), 2024, "en", SOURCE, organizer=LILLEBY, target=40.0)
    assert section(none, "High-need schools with a lower share of qualified teachers than the target of 40%").bullets \
        == ["No high-need school has a lower share of qualified teachers than the target."]


def test_the_board_report_names_no_school_by_a_hidden_value_yet_counts_it_in_every_aggregate():
    doc = board_report.board_report(lilleby(), 2024, "sv", SOURCE, organizer=LILLEBY)
    # Gläntan (8 pupils: under the rule) would be listed (Q4, 40 < 75.0): it is left out; Hagaskolan 60 − 75.0.
    part = section(doc, BELOW)
    assert part.tables[0].rows == [[LILLEBY_NAMES[HAGA], "140", "60,0", "75,0", f"{MINUS}15,0"]]
    assert part.paragraphs[1] == ("Skolor med färre än 10 elever eller 3 heltidstjänster bedöms inte här (för få); "
                                  "de räknas ändå med i genomsnitt och kvartiler.")
    # The quartiles count Gläntan: Q4 (16·60 + 4·40) / 20 = 56.0 over 2 units (60.0 over 1 without it);
    # Q1 (880 + 900) / 20 = 89.0, Q2 (850 + 700) / 20 = 77.5, Q3 (750 + 800) / 20 = 77.5.
    quartiles = section(doc, "Jämförelse mellan skolorna efter behov").tables[0]
    assert [row[-1] for row in quartiles.rows] == ["89,00", "77,50", "77,50", "56,00"]
    assert [row[1] for row in quartiles.rows] == ["2", "2", "2", "2"]
    assert section(doc, "Karta").charts[0].alt == (
        "Karta över 8 skolor färgade efter andel behöriga lärare. 1 av dem har färre än 10 elever eller 3 "
        "heltidstjänster och visas grå, utan värden.")
    # The map is made from the scope's rows with their pupils and FTE, so Gläntan's point carries no figure
    points = {r["school_id"]: r for values in section(doc, "Karta").charts[0].spec["datasets"].values()
              for r in values if isinstance(r, dict) and "school_id" in r}
    figures = ("colour", "need_index", "qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils")
    assert points[GLANTAN]["name"] == "Gläntan (fiktiv)" and [points[GLANTAN].get(f) for f in figures] == [None] * 5
    assert (points[HAGA]["colour"], points[HAGA]["qualified_share"]) == (60.0, 60.0)
    text = document_text(doc)
    assert "Gläntan" not in text.split(BELOW, 1)[1].split("Över tid", 1)[0]
    assert [v for v in ("40,0", "150") if v in text] == []  # Gläntan's qualified share and need index


def test_board_report_compares_the_organisers_schools_only(data):
    doc = board_report.board_report(data, 2024, "sv", SOURCE, organizer=EKBY)
    assert doc.title == "Nämndrapport: Ekby kommun"
    assert doc.subtitle == "Lärarresurser och elevernas behov, läsåret 2024/25 · 5 skolenheter"
    # Quartiles among Ekby's four schools with a need index (C, B, E, A: one each), FTE-weighted qualified share
    # = each school's own. With Almgården (Lärande AB) in, Q1 would be (10·92 + 5·68) / 15 = 84.
    quartiles = section(doc, "Jämförelse mellan skolorna efter behov").tables[0]
    assert [row[-1] for row in quartiles.rows] == ["92,00", "68,00", "84,00", "56,00"]
    below = section(doc, BELOW).tables[0]
    assert below.columns == ["Skolan", "Behovsindex", "Andel lärare med legitimation och behörighet (%)",
                             "Huvudmannens genomsnitt", "Skillnad (procentenheter)"]
    assert below.rows == [[NAMES[A], "120", "56,0", "73,4", f"{MINUS}17,4"]]  # 56 − 73.4375
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
    listed = text.split("huvudmannens genomsnitt", 1)[1].split("Över tid", 1)[0]
    assert f"{NAMES[A]} 120 56,0 73,4 {MINUS}17,4" in listed
    assert NAMES[B] not in listed and NAMES[C] not in listed  # B is below but of lower need; C is above


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
    target = tmp_path / "t.html"
    assert main(["report", "demo", "--organizer", "Göteborgs kommun", "--target", "70", "--out", str(target)]) == 0
    assert "Skolor med högt behov och lägre andel behöriga lärare än målet 70\u00a0%" in target.read_text("utf-8")
    assert main(["report", "demo", "--organizer", "Göteborgs kommun", "--target", "120", "--out", str(target)]) == 2
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

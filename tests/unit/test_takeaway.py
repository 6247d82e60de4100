"""What people take away (issue 18): table cells written in their language, files that name their source and that the
app reads back, chart files wide enough to read with their title and source, the organiser comparison by gap, the
workshop's table as its cards, and arrows that follow the sign."""

from __future__ import annotations

import csv
import io
import struct
import xml.etree.ElementTree as ET

import numpy as np
import openpyxl
import pandas as pd
import pytest

from lib import dataset, display
from lib.charts import render
from lib.dataset import Dataset, Source
from lib.documents import exports
from lib.i18n import NBSP, t
from lib.ingest import ingest
from lib.measures import allocation
from lib.screens import karta, likvardighet, profiler, workshop
from lib.sources import demo
from lib.store import scenarios, workshops

MINUS = "\u2212"


@pytest.fixture(scope="module")
def data() -> Dataset:
    return demo.load_demo()


# --- table cells ---------------------------------------------------------------------------------------------------

def test_swedish_cells_have_decimal_comma_no_break_space_real_minus_and_a_dash_for_missing():
    frame = pd.DataFrame({"gap": [-14.46, 1234.5, None], "name": ["Ekskolan", None, "för få"],
                          "count": pd.array([3, None, 12000], dtype="Int64"), "start": [2024, 2025, 2023]})
    shown = display.formatted(frame, "sv")
    # gap: two decimals (the most precise value has two), so 1234.5 → "1 234,50"
    assert shown["gap"].tolist() == [f"{MINUS}14,46", f"1{NBSP}234,50", "–"]
    assert shown["name"].tolist() == ["Ekskolan", "–", "för få"]
    assert shown["count"].tolist() == ["3", "–", f"12{NBSP}000"]
    assert shown["start"].tolist() == ["2024", "2025", "2023"]  # years are not "2 024"
    # … but a count that happens to lie between 1900 and 2100 is a count (one municipality's pupils)
    assert display.formatted(pd.DataFrame({"Antal elever": [2034], "År": [2024]}), "sv").iloc[0].tolist() == [
        f"2{NBSP}034", "2024"]
    english = display.formatted(frame, "en")
    assert english["gap"].tolist() == ["-14.46", "1,234.50", "–"]
    assert english["count"].tolist() == ["3", "–", "12,000"]


def test_no_cell_reads_none_or_nan():
    frame = pd.DataFrame({"a": [np.nan, 1.0], "b": ["None", "x"], "c": [pd.NA, "nan"], "d": [None, None]})
    text = " ".join(display.formatted(frame, "sv").astype(str).to_numpy().ravel())
    assert "None" not in text and "nan" not in text.lower()
    assert text.split() == ["–", "–", "–", "–", "1", "x", "–", "–"]


def test_a_column_of_text_and_numbers_writes_its_numbers_in_the_language():
    shown = display.formatted(pd.DataFrame({"v": [0.25, "för få", 12.5]}), "sv")
    assert shown["v"].tolist() == ["0,25", "för få", "12,50"]


def test_the_styled_table_keeps_its_numbers_and_shows_the_text():
    frame = pd.DataFrame({"v": [2.5, None, 1234.0]})
    styler = display.styled(frame, "sv")
    assert styler.data["v"].iloc[0] == 2.5  # the values stay numbers (sorting, downloads)
    html = styler.to_html()
    assert f"1{NBSP}234,0" in html and "2,5" in html and "–" in html and "nan" not in html


def test_a_table_too_large_to_style_still_writes_its_text_and_keeps_its_numbers():
    rows = display.MAX_STYLED_CELLS // 2 + 1  # two columns: one cell over the limit
    frame = pd.DataFrame({"v": np.arange(rows) / 4, "name": [None] + ["för få"] * (rows - 1)})
    shown = display.styled(frame, "sv")
    assert isinstance(shown, pd.DataFrame)  # no Styler: the browser formats the numbers in its locale
    assert shown["name"].iloc[0] == "–" and shown["v"].dtype == float
    assert display.numeric_columns(frame) == ["v"]


# --- downloads name their source and come back -------------------------------------------------------------------

def template_like() -> pd.DataFrame:
    """A table with the app's own column labels, as a person would download and upload it again."""
    return pd.DataFrame({"Skolenhetskod": ["10000001", "10000002", "10000003"], "Läsår": ["2024/25"] * 3,
                         "Antal elever": [250, 1200, 430], "Lärare (heltidstjänster)": [20.5, 88.25, 31.0]})


def provenance_lines() -> tuple[str, ...]:
    return ("Källa: fiktiva demodata (Lärarresurser), genererade 2026-11-22",
            "Fiktiva demodata: skolorna, siffrorna och namnen är påhittade.")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_csv_download_names_its_source_and_reads_back_with_the_same_values(lang):
    data = exports.to_csv_bytes(template_like(), lang, provenance_lines())
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";" if lang == "sv" else ","))
    assert rows[-3:] == [[], *([line, "", "", ""] for line in provenance_lines())]  # as wide as the table
    result = ingest([("tabell.csv", data)])
    assert result.ok, [m.key for m in result.report.errors]
    frame = result.dataset.frame.sort_values("school_id")
    assert frame["school_id"].tolist() == ["10000001", "10000002", "10000003"]
    assert frame["pupils"].tolist() == [250, 1200, 430]
    assert frame["teacher_fte"].tolist() == [20.5, 88.25, 31.0]
    assert frame["school_year"].tolist() == [2024] * 3
    assert "ingest.footer_skipped" in [m.key for m in result.report.messages]  # read as a footnote, not data
    assert not result.report.dropped


def test_an_excel_download_has_its_source_on_a_second_sheet_and_reads_back_with_the_same_values():
    data = exports.to_excel_bytes(template_like(), "tabell", provenance_lines(), "sv")
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["tabell", "Källa"]
    assert [row[0] for row in book["Källa"].iter_rows(values_only=True)] == list(provenance_lines())
    assert book["tabell"]["D3"].value == 88.25 and book["tabell"]["D3"].data_type == "n"  # numbers stay numbers
    result = ingest([("tabell.xlsx", data)])
    assert result.ok
    frame = result.dataset.frame.sort_values("school_id")
    assert frame["pupils"].tolist() == [250, 1200, 430]
    assert frame["teacher_fte"].tolist() == [20.5, 88.25, 31.0]


def test_the_english_workbook_names_its_sheet_source():
    data = exports.to_excel_bytes(template_like(), "table", ("Source: x",), "en")
    assert openpyxl.load_workbook(io.BytesIO(data)).sheetnames == ["table", "Source"]


def test_the_demo_carries_its_fiction_label_and_an_upload_its_source_only(data):
    assert exports.provenance(data, "sv") == (dataset.source_line(data, "sv"), t("takeaway.fiction", "sv"))
    assert exports.provenance(data, "en")[1].startswith("Fictional demo data:")
    upload = Dataset(data.frame, "school", Source("upload", ("mina.csv",), "2026-11-30"))
    assert exports.provenance(upload, "sv") == ("Källa: uppladdade filer (mina.csv)",)
    assert exports.provenance(None, "sv") == ()


def test_a_provenance_line_cannot_run_as_a_formula():
    text = exports.to_csv_bytes(pd.DataFrame({"a": [1]}), "sv", ("=HYPERLINK(1)",)).decode("utf-8-sig")
    assert text.splitlines()[-1] == "'=HYPERLINK(1)"  # one column: no separators after it


# --- chart files -----------------------------------------------------------------------------------------------------

SVG = "{http://www.w3.org/2000/svg}"


def svg_facts(svg: bytes) -> tuple[float, str]:
    """The drawing's width and all its text, one space between words."""
    root = ET.fromstring(svg)
    words = " ".join(" ".join("".join(e.itertext()).split()) for e in root.iter(f"{SVG}text"))
    return float(root.get("width")), words


def png_width(png: bytes) -> int:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">I", png[16:20])[0]  # IHDR: width, height after the 8-byte signature and chunk head


def every_chart(data: Dataset, lang: str) -> dict[str, dict]:
    source = dataset.source_line(data, lang)
    year = data.latest_year(("need_index", "qualified_share"))
    eq = likvardighet.charts(data, "qualified_share", year, lang, source)
    grouping = profiler.Grouping(year, tuple(profiler.default_features(data)), 3, "kmeans")
    pc = profiler.charts(data, grouping, lang, source)
    look = karta.Look.of("indicator", "qualified_share", year)
    saved = [workshops.Saved(1, scenarios.Scenario("Behov först", allocation.Params(year=year, posts=100, alpha=1.5),
                                                   "Grupp A", "abc", {"q4_after": 1.1}), None)]
    return {"scatter": eq.scatter, "quartiles": eq.quartiles, "trend": eq.trend, "silhouette": pc.silhouette,
            "heatmap": pc.heatmap, "profile_map": profiler.profile_map(data, grouping, lang, source).spec,
            "school_map": karta.school_map(data, look, lang, source).spec,
            "workshop": workshop.compare(data, saved, lang, source).chart}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_chart_file_is_at_least_800_px_wide_with_its_title_source_and_fiction_label(data, lang):
    lines = exports.provenance(data, lang)
    for name, spec in every_chart(data, lang).items():
        ready = render.for_file(render.spec_of(spec), lines)
        width, words = svg_facts(render.to_svg(ready))
        assert width >= 800, name
        title = spec["title"]["text"]
        title = " ".join(title) if isinstance(title, list) else title
        assert " ".join(title.split()) in words, name
        assert lines[0] in words, name  # "Källa: fiktiva demodata …"
        assert lines[1] in words, name  # the fiction label
        assert png_width(render.to_png(ready)) >= 800, name


def test_a_long_title_is_wrapped_not_cut_and_a_line_already_there_is_not_repeated():
    spec = {"title": {"text": "Ett " * 60, "subtitle": ["Källa: x"]}, "mark": "bar"}
    out = render.for_file(spec, ("Källa: x", "Fiktiva"))
    assert len(out["title"]["text"]) > 1 and all(len(line) <= 900 / (16 * 0.55) for line in out["title"]["text"])
    assert out["title"]["subtitle"] == ["Källa: x", "Fiktiva"]
    assert out["width"] == 900 and spec.get("width") is None  # the spec itself is left as it was


def test_the_projector_chart_has_larger_type_and_height():
    spec = {"height": 240, "title": {"text": "x", "fontSize": 13}, "config": {"axis": {"grid": False}}}
    out = render.scaled(spec, 2.0)
    assert out["height"] == 480 and out["config"]["axis"] == {"grid": False, "labelFontSize": 22, "titleFontSize": 24,
                                                        "labelLimit": 400}
    assert out["config"]["title"]["fontSize"] == 28 and "fontSize" not in out["title"]
    assert spec["height"] == 240


# --- tables sorted by what matters, the workshop's table as its cards -----------------------------------------------

def test_organisers_are_sorted_all_first_then_by_the_size_of_the_gap_hidden_and_missing_last():
    table = pd.DataFrame({"group": ["Alfa", "__all__", "Beta", "Gamma", "Delta", "Epsilon"],
                          "gap": [-2.0, -5.0, 7.5, None, -9.0, 3.0]})
    order = likvardighet.gap_order(table, frozenset({"Epsilon"}))["group"].tolist()
    # |gap|: Delta 9.0, Beta 7.5, Alfa 2.0; Gamma has none, Epsilon is hidden
    assert order == ["__all__", "Delta", "Beta", "Alfa", "Epsilon", "Gamma"]


def test_the_workshop_table_shows_what_the_cards_show():
    item = workshops.Saved(3, scenarios.Scenario("S", allocation.Params(year=2024, posts=120, alpha=1.5), "",
                                                 "abc", {"posts": 120, "q4_after": 2.3261, "gap_after": -0.8149,
                                                         "cost_change": 123456.7}), None)
    frame = workshop.compare_table([item], "sv").frame
    shown = display.formatted(frame, "sv").iloc[0].tolist()
    card = workshop.card(item, "sv")
    assert "2,33" in [value for _, value in card.figures] and "2,33" in shown
    assert f"{MINUS}0,81" in shown and f"123{NBSP}457" in shown
    assert card.setting == "α 1,5 · 120 tjänster"
    assert workshop.setting_text(0.25, 80, "en") == "α 0.25 · 80 posts"


# --- arrows follow the sign ---------------------------------------------------------------------------------------

def test_a_school_below_its_organisers_average_gets_a_down_arrow():
    rows = pd.DataFrame({"school_id": ["10000001", "10000002"], "school_name": ["A", "B"],
                         "municipality_code": ["0180", "0180"], "organizer": ["K", "K"], "school_year": [2024, 2024],
                         "pupils": [300, 300], "teacher_fte": [20.0, 20.0], "qualified_share": [60.0, 80.0]})
    figures = {f.label: f for f in karta.figures(rows, "10000001", "sv")}
    share = figures[t("col.qualified_share", "sv")]
    # average of the organiser's two schools: 70; 60 − 70 = −10
    assert share.delta.startswith(MINUS) and share.direction == -1
    assert figures[t("col.pupils", "sv")].direction == 0

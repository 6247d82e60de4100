"""The Data screen's views (lib.screens.data): the one rendering of a validation report, where a message applies,
the preview, the open-data choices and Kolada's table; and `python -m lib check` saying "where" the same way."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from lib import cache
from lib.cli.check import render_text
from lib.dataset import Dataset, Source
from lib.messages import Report
from lib.screens import data as data_screen


def report() -> Report:
    """A hand-made report: one error at a cell, one warning for a file, two notes, a dropped row, a mapping.
    Unknown i18n keys read as themselves, so the texts below are the keys."""
    rep = Report()
    rep.add("test.bad_value", "error", file="a.csv", row=3, column="Elever")
    rep.add("test.no_coordinates", "warning", file="b.csv")
    rep.add("test.read_as_text", "info", file="a.csv")
    rep.add("test.derived")
    rep.drop("a.csv", 7, "test.other_organizer")
    rep.mappings["a.csv"] = {"Elever": "pupils"}
    rep.formats["a.csv"] = "ingest.format.template"
    return rep


def test_where_says_file_row_and_column_in_the_language():
    assert data_screen.where("a.csv", 3, "Elever", "sv") == "a.csv, rad 3, kolumn Elever"
    assert data_screen.where("a.csv", 3, None, "en") == "a.csv, row 3"
    assert data_screen.where("a.csv", None, "Elever", "en") == "a.csv, column Elever"
    assert data_screen.where(None, None, None, "sv") == ""


def test_report_view_counts_and_sections_in_swedish():
    view = data_screen.report_view(report(), "sv")
    assert view.counts == "1 fel, 1 varningar, 2 noteringar, 1 rader används inte."
    assert view.formats == "**Igenkänt format:** a\\.csv: appens mall"  # Markdown: the file's name inert
    assert [(s.heading, s.expanded) for s in view.sections] == [
        ("Fel (1)", True), ("Varningar (1)", True), ("Noteringar (2)", False),
        ("Rader som inte används (1)", False), ("Så tolkades kolumnerna", False)]
    errors = view.sections[0].table.frame
    assert list(errors.columns) == ["Fil", "Rad", "Kolumn", "Vad"]
    assert errors.iloc[0].tolist() == ["a.csv", 3, "Elever", "test.bad_value"]
    notes = view.sections[2].table.frame
    assert notes["Fil"].tolist() == ["a.csv", ""] and notes["Rad"].isna().all()
    assert view.sections[3].table.frame.iloc[0].tolist() == ["a.csv", 7, "test.other_organizer"]
    assert view.sections[4].table.frame.iloc[0].tolist() == ["a.csv", "Elever", "Antal elever (pupils)"]
    assert view.warnings == ("test\\.no\\_coordinates",)  # shown as Markdown (st.warning): inert
    assert view.lines == ("a.csv, rad 3, kolumn Elever: test.bad_value", "b.csv: test.no_coordinates")


def test_report_view_in_english_and_of_a_clean_report():
    view = data_screen.report_view(report(), "en")
    assert view.counts == "1 errors, 1 warnings, 2 notes, 1 rows not used."
    assert view.lines[0] == "a.csv, row 3, column Elever: test.bad_value"
    assert view.sections[4].heading == "How the columns were read"
    clean = data_screen.report_view(Report(), "en")
    assert clean.sections == () and clean.formats is None and clean.lines == () and clean.warnings == ()


def test_check_command_says_where_as_the_screen_does():
    doc = {"ok": False, "level": None, "rows": 0, "units": 0, "school_years": [], "columns": [],
           "errors": [{"file": "a.csv", "row": 3, "column": "Elever", "message": "Fel värde"}],
           "warnings": [], "infos": [{"file": None, "row": None, "column": None, "message": "Notering"}],
           "dropped_rows": [{"file": "a.csv", "row": 7, "reason": "Annan huvudman"}]}
    assert render_text(doc, "sv").splitlines()[1:] == [
        "ERROR: a.csv, rad 3, kolumn Elever: Fel värde", "INFO: Notering", "dropped rows: 1",
        "  a.csv, rad 7: Annan huvudman"]
    assert "ERROR: a.csv, row 3, column Elever: Fel värde" in render_text(doc, "en")


@pytest.fixture
def sixty_rows() -> Dataset:
    frame = pd.DataFrame({"school_year": [2024] * 60, "school_id": [f"{10000000 + i}" for i in range(60)],
                          "pupils": [100.0 + i for i in range(60)]})
    return Dataset(frame, "school", Source("demo"))


def test_preview_is_the_first_fifty_rows_labelled(sixty_rows):
    cache.SHARED.clear()
    sv = data_screen.preview(sixty_rows, "sv")
    assert sv.heading == "**Förhandsvisning (de första 50 raderna)**"
    assert len(sv.table) == 50 and list(sv.table.frame.columns) == ["Läsår", "Skolenhetskod", "Antal elever"]
    assert sv.table.frame["Antal elever"].iloc[-1] == 149.0  # row 50 of 60: 100 + 49
    en = data_screen.preview(sixty_rows, "en")
    assert list(en.table.frame.columns) == ["School year", "School unit code", "Pupils"]
    assert len(cache.SHARED.keys("data")) == 2  # one entry per language


def test_an_uploads_preview_is_not_kept_in_the_shared_pool(sixty_rows):
    cache.SHARED.clear()
    upload = Dataset(sixty_rows.frame, "school", Source("upload", ("a.csv",)))
    assert len(data_screen.preview(upload, "sv").table) == 50
    assert cache.SHARED.keys("data") == []


def test_fetch_years_start_with_all_then_the_latest_published_year():
    # Statistics of a school year come out in the autumn after it starts: in September 2025 the latest is 2024/25.
    assert data_screen.year_options(dt.date(2025, 9, 30)) == [None, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017]
    assert data_screen.year_options(dt.date(2025, 10, 1))[:2] == [None, 2025]


def test_fetch_choices_label_municipalities_and_years():
    choices = data_screen.fetch_choices("en")
    assert len(choices.municipalities) == 290
    names = [choices.names[c] for c in choices.municipalities]
    assert names == sorted(names)
    assert choices.municipality_label("1980") == "Västerås (1980)"
    assert choices.year_label(None) == "All school years available" and choices.year_label(2024) == "2024/25"


def test_kolada_table_names_municipalities_and_kpis():
    kpis = pd.DataFrame({"municipality_code": ["1980", "0180"], "kpi": ["N15814", "N15034"], "year": [2024, 2024],
                         "value": [71.5, 12.1]})
    table = data_screen.kolada_table(kpis, "sv").frame
    assert list(table.columns) == ["Kommun", "Nyckeltal", "År", "Värde"]
    assert table["Kommun"].tolist() == ["Västerås", "Stockholm"]
    assert table["Nyckeltal"].iloc[0] == \
        "Lärare (heltidstjänster) med legitimation och behörighet, kommunala skolor (%) (N15814)"
    assert table["Värde"].tolist() == [71.5, 12.1]
    assert data_screen.municipality_codes(Dataset(kpis, "municipality", Source("fetched"))) == ["0180", "1980"]

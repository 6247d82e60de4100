"""The Skolblad screen's views (lib.screens.skolblad) on the hand-made dataset of `skolblad_fixture`: the school
picker, the organiser picker, the profile comparison, the documents and their files, and that different data,
languages and choices never share a cache entry."""

from __future__ import annotations

import dataclasses
import io

import pandas as pd
import pytest
from pypdf import PdfReader

from lib import cache
from lib.dataset import Dataset
from lib.measures import profiles
from lib.screens import profiler, skolblad
from tests.unit.skolblad_fixture import EKBY, GLANTAN, LARANDE, LILLEBY, NAMES, A, B, C, D, E, F, ekby, lilleby

SOURCE = "Källa: test"
BY_NEED = profiler.Grouping(2024, ("need_index", "qualified_share"), 2, "kmeans")


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def key_rows(doc) -> list[list[str]]:
    return doc.sections[0].tables[0].rows


def test_schools_are_offered_by_name_labelled_with_their_code():
    choices = skolblad.school_choices(ekby(), 2024, "sv")
    # Alfaskolan, Almgården, Betaskolan, Cederskolan, Dalskolan, Ekskolan — not in code order (Almgården is 6)
    assert choices.ids == (A, F, B, C, D, E)
    assert choices.labels[F] == "Almgården (fiktiv) (10000006)"
    assert choices.labels == {i: f"{NAMES[i]} ({i})" for i in (A, B, C, D, E, F)}
    assert D not in skolblad.school_choices(ekby(), 2023, "sv").ids  # Dalskolan has no 2023 row


def test_schools_without_names_are_labelled_by_code():
    data = ekby()
    unnamed = Dataset(data.frame.drop(columns=["school_name"]), "school", data.source)
    choices = skolblad.school_choices(unnamed, 2024, "en")
    assert choices.ids == (A, B, C, D, E, F) and choices.labels[A] == "10000001 (10000001)"


def test_the_chosen_schools_organiser_is_preselected_for_the_report():
    data = ekby()
    assert skolblad.organizer_choices(data, 2024, A) == skolblad.OrganizerChoices((EKBY, LARANDE), 0)
    assert skolblad.organizer_choices(data, 2024, F) == skolblad.OrganizerChoices((EKBY, LARANDE), 1)
    assert skolblad.organizer_choices(data, 2024, "99999999").index == 0  # unknown school: the first
    no_organizers = Dataset(data.frame.drop(columns=["organizer"]), "school", data.source)
    assert skolblad.organizer_choices(no_organizers, 2024, A).options == ()


def test_profiles_count_only_for_a_successful_grouping_of_the_same_year():
    data = ekby()
    assert skolblad.profile_of(data, 2024, None) is None
    assert skolblad.profile_of(data, 2023, BY_NEED) is None  # a grouping of another year
    one_feature = profiler.Grouping(2024, ("need_index",), 2, "kmeans")  # a ProfileError: too few features
    assert skolblad.profile_of(data, 2024, one_feature) is None
    assert set(skolblad.profile_of(data, 2024, BY_NEED).index) == {A, B, C, D, E, F}


def test_the_sheet_compares_with_the_profile_of_the_grouping(monkeypatch):
    data = ekby()
    real = profiler.grouping_result(data, BY_NEED)
    assert isinstance(real, profiles.ProfileResult)
    chosen = dataclasses.replace(real, assignments=pd.Series({A: 1, E: 1, F: 1, B: 2, C: 2, D: 2}))
    monkeypatch.setattr(profiler, "grouping_result", lambda _data, _grouping: chosen)
    doc = skolblad.sheet(data, A, 2024, "sv", SOURCE, BY_NEED)
    assert doc.sections[0].tables[0].columns[-1] == "Profilens genomsnitt"
    # Profile 1 = A, E, Almgården: qualified (10·56 + 5·84 + 10·70) / 25 = 67.2; pupils/teacher 400 / 25 = 16.0;
    # FL per 100 pupils 100 · 3 / 400 = 0.75; turnover (10·20 + 5·12 + 10·15) / 25 = 16.4.
    assert [row[1:] for row in key_rows(doc)] == [["56,0", "73,4", "67,2"], ["10,0", "12,8", "16,0"],
                                                  ["1,00", "0,98", "0,75"], ["20,0", "14,1", "16,4"]]
    without = skolblad.sheet(data, A, 2024, "sv", SOURCE, None)
    assert without.sections[0].tables[0].columns[-1] == "Huvudmannens skolor i genomsnitt"


def test_the_sheet_of_a_school_and_its_files():
    data = ekby()
    doc = skolblad.sheet(data, B, 2024, "en", SOURCE, None)
    assert doc.title == "School sheet: Betaskolan (fiktiv)" and doc.footer == SOURCE
    # Betaskolan 68 beside Ekby's 2350 / 32 = 73.44; 100 / 5 = 20 pupils per teacher beside 409 / 32 = 12.78
    assert [row[1:] for row in key_rows(doc)][:2] == [["68.0", "73.4"], ["20.0", "12.8"]]
    pdf = skolblad.sheet_pdf(data, B, 2024, "en", SOURCE, None)
    assert pdf.startswith(b"%PDF") and "School sheet: Betaskolan (fiktiv)" in pdf_text(pdf)
    html = skolblad.sheet_html(data, B, 2024, "en", SOURCE, None).decode("utf-8")
    assert "<h1>School sheet: Betaskolan (fiktiv)</h1>" in html and "<td>68.0</td><td>73.4</td>" in html
    assert skolblad.sheet_file_name(B, 2024) == "skolblad-10000002-2024"
    with pytest.raises(KeyError):
        skolblad.sheet(data, "99999999", 2024, "en", SOURCE, None)


def test_the_board_report_files_of_an_organiser_and_of_a_municipality():
    data = ekby()
    pdf = pdf_text(skolblad.report_pdf(data, 2024, "sv", SOURCE, EKBY, None, None))
    assert "Nämndrapport: Ekby kommun" in pdf and "läsåret 2024/25 · 5 skolenheter" in pdf
    html = skolblad.report_html(data, 2024, "en", SOURCE, None, "1980", None).decode("utf-8")
    assert "<h1>Board report: Västerås</h1>" in html and "6 school units" in html  # Ekby's 5 and Almgården
    assert skolblad.report_file_name(2024) == "namndrapport-2024"
    with pytest.raises(KeyError):
        skolblad.report_pdf(data, 2024, "sv", SOURCE, "Ingen sådan huvudman", None, None)


def test_the_report_compares_with_the_target_it_is_given_and_keeps_targets_apart():
    data = ekby()
    average = skolblad.report_html(data, 2024, "sv", SOURCE, EKBY, None, None).decode("utf-8")
    # Alfaskolan (Q4 of Ekby) 56 against Ekby's 2350 / 32 = 73.4375, or against the target 60: 56 − 60 = −4
    assert "lägre andel behöriga lärare än huvudmannens genomsnitt</h2>" in average
    assert "<td>Alfaskolan (fiktiv)</td><td>120</td><td>56,0</td><td>73,4</td><td>\u221217,4</td>" in average
    target = skolblad.report_html(data, 2024, "sv", SOURCE, EKBY, None, 60.0).decode("utf-8")
    assert "lägre andel behöriga lärare än målet 60\u00a0%</h2>" in target
    assert "<td>Alfaskolan (fiktiv)</td><td>120</td><td>56,0</td><td>60,0</td><td>\u22124,0</td>" in target
    names = [key[0].rsplit(".", 1)[1] for key in cache.SHARED.keys("skolblad")]
    assert names.count("report_html") == 2


def test_the_sheet_of_a_school_under_the_rule_in_every_year():
    doc = skolblad.sheet(lilleby(), GLANTAN, 2024, "sv", SOURCE, None)
    assert doc.title == "Skolblad: Gläntan (fiktiv)"
    assert [row[1] for row in key_rows(doc)] == ["för få"] * 3
    assert [row[1] for row in doc.sections[2].tables[0].rows] == ["för få"] * 3  # 2022, 2023, 2024
    html = skolblad.sheet_html(lilleby(), GLANTAN, 2024, "sv", SOURCE, None).decode("utf-8")
    assert "<td>40,0</td>" not in html and "<td>för få</td><td>75,0</td>" in html  # Gläntan 40; Lilleby 6000 / 80
    report = skolblad.report_html(lilleby(), 2024, "sv", SOURCE, LILLEBY, None, None).decode("utf-8")
    assert "<td>Gläntan (fiktiv)</td>" not in report and "<td>Hagaskolan (fiktiv)</td>" in report


def sheet_keys() -> list[tuple]:
    return [key for key in cache.SHARED.keys("skolblad") if key[0] == "lib.screens.skolblad.sheet"]


def test_different_data_languages_and_choices_never_share_a_sheet():
    data, changed = ekby(), ekby(qualified_share=50.0)
    calls = {
        "sv": (data, A, 2024, "sv", SOURCE, None),
        "en": (data, A, 2024, "en", SOURCE, None),
        "school": (data, B, 2024, "sv", SOURCE, None),
        "year": (data, A, 2023, "sv", SOURCE, None),
        "data": (changed, A, 2024, "sv", SOURCE, None),
        "grouping": (data, A, 2024, "sv", SOURCE, BY_NEED),
        "source": (data, A, 2024, "sv", "Källa: annan", None),
    }
    docs = {name: skolblad.sheet(*args) for name, args in calls.items()}
    assert len(sheet_keys()) == len(calls)
    assert docs["sv"].title == "Skolblad: Alfaskolan (fiktiv)"
    assert docs["en"].title == "School sheet: Alfaskolan (fiktiv)"
    assert docs["school"].title == "Skolblad: Betaskolan (fiktiv)"
    assert key_rows(docs["year"])[0][1:] == ["60,0", "75,0"]  # 2023: 60 beside 2250 / 30
    # Alfaskolan at 50: Ekby (2350 − 10·6) / 32 = 2290 / 32 = 71.56
    assert key_rows(docs["data"])[0][1:] == ["50,0", "71,6"] and key_rows(docs["sv"])[0][1:] == ["56,0", "73,4"]
    assert len(docs["grouping"].sections[0].tables[0].columns) == 4  # with the profile's average
    assert len(docs["sv"].sections[0].tables[0].columns) == 3
    assert docs["source"].footer == "Källa: annan"
    assert skolblad.sheet(*calls["sv"]) is docs["sv"]  # the same call is the same entry
    assert len(sheet_keys()) == len(calls)


def test_the_pickers_and_files_are_kept_apart_by_language_and_year():
    data = ekby()
    skolblad.school_choices(data, 2024, "sv")
    skolblad.school_choices(data, 2024, "en")
    skolblad.school_choices(data, 2023, "sv")
    skolblad.sheet_html(data, A, 2024, "sv", SOURCE, None)
    skolblad.sheet_html(data, A, 2024, "en", SOURCE, None)
    names = [key[0].rsplit(".", 1)[1] for key in cache.SHARED.keys("skolblad")]
    assert names.count("school_choices") == 3 and names.count("sheet_html") == 2


def test_a_visitors_own_data_is_not_kept_in_the_shared_cache():
    own = ekby("upload")
    assert skolblad.sheet(own, A, 2024, "sv", SOURCE, None).title == "Skolblad: Alfaskolan (fiktiv)"
    assert cache.SHARED.keys("skolblad") == []

"""The bundled real source `sverige`: figures pinned by hand to rows of the raw Skolverket files in
data/sverige/raw/ (each quoted in a comment), the need index from background only, context columns that never
touch `pupils` or the need index, organiser types, and the commands that accept or refuse it."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from lib.sources import sverige


def row(data, code: str, year: int) -> pd.Series:
    frame = data.frame
    hit = frame[(frame["municipality_code"] == code) & (frame["school_year"] == year)]
    assert len(hit) == 1, (code, year, len(hit))
    return hit.iloc[0]


def test_every_municipality_and_five_school_years_from_the_raw_files():
    data = sverige.load()
    assert data.level == "municipality"
    assert data.n_units == 290
    assert data.school_years == [2020, 2021, 2022, 2023, 2024]
    assert len(data.frame) == 290 * 5
    assert data.source.kind == "sverige" and data.shared
    assert data.source.detail == "samtliga"
    # personalstatistik-2024-25.csv, line 5: "Valt uttag: 2025-02-12" (the latest of the five teacher files).
    assert data.source.date == "2025-02-12"


def test_source_line_names_skolverket_with_the_retrieval_date():
    from lib.dataset import source_line

    data = sverige.load()
    assert source_line(data, "sv") == "Källa: Skolverket, officiell statistik (Sök statistik), uttag 2025-02-12"
    assert source_line(data, "en").startswith("Source: Skolverket, official statistics (Sök statistik)")


def test_stockholm_2024_all_organisers_by_hand():
    r = row(sverige.load("samtliga"), "0180", 2024)
    # personalstatistik-2024-25.csv line 532:
    # Stockholm;0180;Stockholms län;01;Samtliga;5 793,5;4 515,0;77,9;0,0;6 393;5 588;87,4;854;
    assert r["teacher_fte"] == 5793.5
    assert r["qualified_share"] == 77.9
    assert r["teachers"] == 6393
    assert r["first_teachers"] == 854  # the headcount column: the FTE column is 0,0 in 2024/25
    # elever-per-arskurs-2024-25.csv line 534: …;Samtliga;49,3;31,3;76,9;…;97 109;
    assert r["pupils"] == 97109
    assert r["foreign_background_share"] == 31.3
    assert r["parents_higher_ed_share"] == 76.9
    assert r["pupils_per_teacher"] == pytest.approx(97109 / 5793.5)  # 16.76
    assert r["first_teachers_per_100_pupils"] == pytest.approx(854 / 97109 * 100)  # 0.879
    # betyg-ak6-2024-25.csv line 526: Stockholm;0180;…;Samtliga;10 517;16,5;76,6;9,5;13,9;
    assert r["pass_all_subjects_y6_share"] == 76.6
    # behorighet-gymnasiet-2024-25.csv line 1477: Stockholm;0180;…;Samtliga;Samtliga;11 318;88,8;87,8;86,4;85,2;
    assert r["eligible_y9_share"] == 88.8
    # kostnader-2024.csv line 206: Stockholm;0180;…;Kommunal;69 140;11221841;6 070 639;162 300;87 800;…
    assert r["cost_per_pupil_sek"] == 162300
    assert r["teaching_cost_per_pupil_sek"] == 87800


def test_only_the_pupil_file_sets_pupils():
    r = row(sverige.load(), "0180", 2024)
    # The grade file says 10 517 pupils (year 6) and the eligibility file 11 318 (year 9) for Stockholm: neither may
    # overwrite the pupil file's 97 109 (years 1-9).
    assert r["pupils"] == 97109
    assert "Antal elever" not in sverige.load().frame.columns


def test_organiser_types_take_their_own_rows():
    kommunal = row(sverige.load("kommunal"), "0180", 2024)
    # personalstatistik-2024-25.csv line 533: Stockholm;0180;…;Kommunal;4 546,2;3 640,6;80,1;0,0;4 895;4 403;89,9;677;
    assert kommunal["qualified_share"] == 80.1 and kommunal["first_teachers"] == 677
    # elever-per-arskurs-2024-25.csv line 535: …;Kommunal;48,5;26,9;77,0;…;68 350;
    assert kommunal["pupils"] == 68350
    assert kommunal["cost_per_pupil_sek"] == 162300  # costs are the municipality's own schools'
    enskild = row(sverige.load("enskild"), "0180", 2024)
    # line 534: Stockholm;0180;…;Enskild;1 247,3;874,4;70,1;0,0;1 504;1 189;79,1;177;
    assert enskild["qualified_share"] == 70.1 and enskild["teacher_fte"] == 1247.3
    # elever-per-arskurs-2024-25.csv line 537: …;Enskild;51,3;38,5;77,1;…;26 226;
    assert enskild["pupils"] == 26226
    assert math.isnan(enskild["cost_per_pupil_sek"])  # Skolverket gives costs for municipal organisers only
    assert sverige.load("enskild").source.detail == "enskild"
    assert set(sverige.load("kommunal").frame["organizer_type"]) == {"kommunal"}


def test_earlier_years_and_markers_by_hand():
    r = row(sverige.load(), "1440", 2020)
    # personalstatistik-2020-21.csv line 11: Ale;1440;…;Samtliga;257,9;189,1;73,3;32,7;291;239;82,1;35;
    assert r["qualified_share"] == 73.3 and r["teacher_fte"] == 257.9 and r["first_teachers"] == 35
    ale_enskild = row(sverige.load("enskild"), "1440", 2024)
    # betyg-ak6-2024-25.csv: Ale;1440;…;Enskild;25;17,0;~100;..;.;  ("~100" is a rounded 100)
    assert ale_enskild["pass_all_subjects_y6_share"] == 100


def test_costs_are_on_the_school_year_starting_in_their_calendar_year_only():
    frame = sverige.load().frame
    has_cost = frame.loc[frame["cost_per_pupil_sek"].notna(), "school_year"]
    assert set(has_cost) == {2024}  # kostnader-2024.csv: "Valt år: 2024", a calendar year
    assert has_cost.size == 290
    # Eligibility is given for 2024/25 only; year-6 grades for every year.
    assert set(frame.loc[frame["eligible_y9_share"].notna(), "school_year"]) == {2024}
    assert set(frame.loc[frame["pass_all_subjects_y6_share"].notna(), "school_year"]) == {2020, 2021, 2022, 2023,
                                                                                         2024}


def test_need_index_comes_from_background_only_the_same_way_every_year():
    from lib.measures import need

    data = sverige.load()
    methods = need.need_methods(data.frame)
    assert [(m.year, m.method, m.columns) for m in methods] == [
        (y, "zscore", ("parents_higher_ed_share", "foreign_background_share")) for y in range(2020, 2025)]
    # Without the outcome and cost columns the index is the same: they are never inputs.
    background_only = data.frame.drop(columns=list(sverige.CONTEXT_COLUMNS))
    again, _ = need.need_index(background_only)
    pd.testing.assert_series_equal(again, data.frame["need_index"], check_names=False)
    # Botkyrka 2024 (elever line 60: 52,8 % foreign background, 55,9 % parents with post-secondary education) has
    # greater needs than Danderyd (line 76: 20,6 % and 88,4 %); both sides of 100.
    assert row(data, "0127", 2024)["need_index"] > 100 > row(data, "0162", 2024)["need_index"]


def test_loaded_once_per_process_and_organiser_type():
    assert sverige.load() is sverige.load("samtliga")
    assert sverige.load("kommunal") is not sverige.load("samtliga")
    with pytest.raises(ValueError):
        sverige.load("privat")


def test_headline_gap_reproduces_the_issue():
    """Issue 17 quotes, from the raw 2024/25 teacher and pupil files as uploads with --organizer-type samtliga:
    67,3 % qualified in the highest-need quarter against 76,8 % in the lowest, gap −9,5 pp."""
    from lib.screens import start

    first = start.headlines(sverige.load(), "sv")[0]
    assert first.indicator == "qualified_share" and first.year == 2024
    assert round(first.q4, 1) == 67.3 and round(first.q1, 1) == 76.8 and round(first.gap, 1) == -9.5
    assert "67,3 mot 76,8" in first.sentence


def run_cli(capsys, *argv: str) -> tuple[int, dict | None]:
    from lib.cli import main

    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if "--json" in argv and out.strip() else None


def test_check_sverige(capsys):
    code, doc = run_cli(capsys, "check", "sverige", "--json")
    assert code == 0
    assert doc["level"] == "municipality" and doc["units"] == 290
    assert doc["school_years"] == [2020, 2021, 2022, 2023, 2024]
    assert doc["parameters"]["organizer_type"] == "samtliga"  # the default for sverige


def test_equity_on_sverige_equals_the_raw_files_as_uploads(capsys):
    raw = [str(sverige.RAW_DIR / name) for name in ("personalstatistik-2024-25.csv", "elever-per-arskurs-2024-25.csv")]
    options = ["--indicator", "qualified_share", "--year", "2024", "--organizer-type", "samtliga", "--json"]
    code, bundled = run_cli(capsys, "equity", "sverige", *options)
    code_files, files = run_cli(capsys, "equity", *raw, *options)
    assert code == code_files == 0
    assert bundled["quartiles"] == files["quartiles"]
    assert bundled["gap"] == files["gap"] and bundled["ratio"] == files["ratio"]
    assert [q["units"] for q in bundled["quartiles"]] == [73, 72, 73, 72]  # ⌊4i/290⌋ + 1
    assert round(bundled["gap"], 1) == -9.5


def test_organizer_type_default_and_validation(capsys):
    raw = str(sverige.RAW_DIR / "personalstatistik-2024-25.csv")
    code, doc = run_cli(capsys, "check", raw, "--json")
    assert code == 0 and doc["parameters"]["organizer_type"] == "kommunal"  # files keep the design's default
    code, doc = run_cli(capsys, "check", "sverige", "--organizer-type", "enskild", "--json")
    assert code == 0 and doc["units"] == 188  # municipalities with independent schools in some year
    code, _ = run_cli(capsys, "equity", "sverige", "--organizer-type", "privat")
    assert code == 2  # a usage error, no longer silently kommunal
    code, _ = run_cli(capsys, "check", raw, "--organizer-type", "Kommunal")
    assert code == 2


@pytest.mark.parametrize("argv", [
    ("classes", "sverige", "--json"),
    ("sheet", "sverige", "--school", "12345678", "--out", "x.pdf"),
    ("followup", "sverige", "--interventions", "none.csv"),
    ("simulate", "sverige", "--posts", "10", "--json"),
])
def test_school_data_commands_refuse_sverige_with_the_reason(capsys, argv):
    from lib.cli import main

    assert main(list(argv)) == 1
    assert "school" in capsys.readouterr().err


def test_profiles_work_on_municipalities(capsys):
    code, doc = run_cli(capsys, "profiles", "sverige", "--year", "2024", "--json")
    assert code == 0 and doc["school_year"] == 2024


def test_the_rebuild_command_writes_a_table_the_app_reads_back(capsys, tmp_path):
    from lib import ingest

    out = tmp_path / "sverige.csv"
    code, doc = run_cli(capsys, "sverige", "--out", str(out), "--json")
    assert code == 0 and doc["units"] == 290 and doc["rows"] == 1450 and doc["organizer_type"] == "samtliga"
    assert {m["method"] for m in doc["need_index"]} == {"zscore"}
    back = ingest.ingest([(out.name, out.read_bytes())], organizer_type="samtliga").dataset
    built = sverige.load()
    key = ["municipality_code", "school_year"]
    cols = ["pupils", "qualified_share", "first_teachers", "need_index", *sverige.CONTEXT_COLUMNS]
    left = back.frame.set_index(key)[cols].sort_index()
    right = built.frame.set_index(key)[cols].sort_index()
    pd.testing.assert_frame_equal(left, right, check_dtype=False, check_index_type=False, check_exact=False,
                                  rtol=1e-9)
    code, check = run_cli(capsys, "check", str(out), "--organizer-type", "samtliga", "--json")
    assert code == 0 and check["units"] == 290 and not check["errors"]

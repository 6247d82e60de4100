"""Reading a file the person's way (issue 16): English and API names, values for every row, local text ids,
year columns, scale checks, the mapping file, and the same through the command line."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lib import ingest
from lib.cli import main
from lib.ingest import mapping
from lib.ingest.mapping import Plan, PlanError
from tests.fixtures import real_school_file as real

ACCEPT = ["--map", "SchoolCode=school_id", "--map", "SchoolName=school_name",
          "--map", "TotalNumberOfStudents=pupils", "--map", "FullTimeTeachers=teacher_fte",
          "--set", "school_year=2023", "--set", "municipality_code=0780"]


def keys(result, severity=None):
    return [m.key for m in result.report.messages if severity is None or m.severity == severity]


@pytest.fixture(scope="module")
def file_bytes() -> bytes:
    return real.csv_bytes()


def test_english_camel_case_and_api_statistics_names_are_recognised():
    from lib.ingest.synonyms import canonical_for

    assert {h: canonical_for(h) for h in ("SchoolCode", "TotalNumberOfStudents", "FullTimeTeachers",
                                          "StudentTeacherRatio", "TeacherQualificationPercentage",
                                          "ForeignBackgroundPercentage", "ParentalEducationPercentage",
                                          "certifiedTeachersQuota", "studentsPerTeacherQuota")} == {
        "SchoolCode": "school_id", "TotalNumberOfStudents": "pupils", "FullTimeTeachers": "teacher_fte",
        "StudentTeacherRatio": "pupils_per_teacher", "TeacherQualificationPercentage": "qualified_share",
        "ForeignBackgroundPercentage": "foreign_background_share",
        "ParentalEducationPercentage": "parents_higher_ed_share", "certifiedTeachersQuota": "qualified_share",
        "studentsPerTeacherQuota": "pupils_per_teacher"}
    # A grade average is not a merit value: not suggested for it.
    assert canonical_for("AverageGradePoints") is None


@pytest.mark.parametrize(("header", "base", "year", "bare"), [
    ("2223TotalNumberOfStudents", "TotalNumberOfStudents", 2022, None),
    ("Pupils_2022/2023", "Pupils", 2022, None),
    ("Pupils 2022-23", "Pupils", 2022, None),
    ("2021/22 Pupils", "Pupils", 2021, None),
    ("Pupils_2022", "Pupils", None, 2022),
])
def test_year_in_a_column_name(header, base, year, bare):
    assert mapping.year_column(header) == mapping.YearColumn(header, base, year, bare)


def test_not_a_year_column():
    assert mapping.year_column("SurveyQ01") is None and mapping.year_column("2224Pupils") is None


def test_bare_year_is_start_year_or_spring_term():
    column = mapping.year_column("Pupils_2022")
    assert (column.school_year(None), column.school_year("start"), column.school_year("spring")) == (None, 2022, 2021)


def test_municipality_by_code_or_name():
    assert [mapping.municipality_code(v) for v in ("0780", "780", "Växjö", "växjö kommun", "Atlantis")] == \
        ["0780", "0780", "0780", "0780", None]


def test_map_option_splits_at_the_last_equals_sign():
    assert mapping.parse_map(["Antal = elever=pupils", "Skräp="]) == {"Antal = elever": "pupils", "Skräp": ""}
    with pytest.raises(PlanError):
        mapping.parse_map(["Antal=nonsense"])
    with pytest.raises(PlanError):
        mapping.parse_set(["lat=59"])


def test_mapping_file_round_trip():
    plan = Plan({"SchoolCode": "school_id", "AverageGradePoints": ""}, {"school_year": "2023"}, "yes", True,
                ("SchoolCode", "AverageGradePoints"))
    assert mapping.from_json(plan.to_json()) == plan
    with pytest.raises(PlanError):
        mapping.from_json(json.dumps({"columns": {}}))


def test_without_year_the_file_asks_for_it_by_its_name_in_both_languages(file_bytes):
    result = ingest.ingest([("real.csv", file_bytes)])
    assert not result.ok
    [error] = result.report.errors
    assert "Läsår (school_year)" in error.text("sv") and "School year (school_year)" in error.text("en")
    assert "Skolenhetskod" not in error.text("sv")  # the slugs were recognised as the school's id column


def test_constants_and_text_ids_keep_every_school(file_bytes):
    plan = Plan(constants={"school_year": "2023/24", "municipality_code": "Växjö"})
    result = ingest.ingest([("real.csv", file_bytes)], plans={"*": plan})
    assert result.ok and result.report.dropped == []
    frame = result.dataset.frame
    assert (result.dataset.n_units, result.dataset.school_years) == (44, [2023])
    assert set(frame["municipality_code"]) == {"0780"} and set(frame["municipality_name"]) == {"Växjö"}
    assert frame.loc[frame["school_id"] == "vxo-norra-01", "pupils"].item() == 150  # 150 + 11·0
    assert "mapping.local_ids" in keys(result)


def test_year_columns_are_earlier_school_years_and_say_what_they_lack(file_bytes):
    plan = Plan(constants={"school_year": "2023", "municipality_code": "0780"}, years="yes")
    result = ingest.ingest([("real.csv", file_bytes)], plans={"*": plan})
    frame = result.dataset.frame
    assert result.dataset.school_years == [2021, 2022, 2023]
    # School 3 (i=2) in 2021/22: pupils 150 + 11·2 − 4·2 = 164; qualified 92 − 0,8·2 − 1,5·2 = 87,4.
    row = frame[(frame["school_id"] == "vxo-ostra-03") & (frame["school_year"] == 2021)]
    assert row["pupils"].item() == 164 and row["qualified_share"].item() == pytest.approx(87.4)
    assert row["foreign_background_share"].isna().item()
    read = [m for m in result.report.messages if m.key == "mapping.years_read"]
    assert len(read) == 2 and "Andel elever med utländsk bakgrund" in read[0].text("sv")


def test_rows_are_dropped_with_their_real_reason_and_notes_after_the_table_are_footer():
    text = ("SchoolCode,SchoolName,TotalNumberOfStudents\n"
            "alfa,Alfaskolan,120\n"
            ",Namnlös,80\n"
            "beta,Betaskolan,\n"
            "gamma,Gammaskolan,90\n"
            "Källa: eget system,,\n")
    result = ingest.ingest([("egen.csv", text.encode())], plans={"*": Plan(constants={"school_year": "2024"})})
    assert result.ok and sorted(result.dataset.frame["school_id"]) == ["alfa", "gamma"]
    assert [(d.row, d.reason_key) for d in result.report.dropped] == [(3, "mapping.drop_no_id"),
                                                                       (4, "mapping.drop_no_values")]
    assert "ingest.footer_skipped" in keys(result)


def test_a_year_column_of_the_files_own_year_is_not_read_twice_and_a_second_column_of_a_year_is_said():
    text = ("SchoolCode;TotalNumberOfStudents;2324TotalNumberOfStudents;2223TotalNumberOfStudents;Pupils_2022\n"
            "a;120;120;110;111\nb;200;200;;90\n")
    plan = Plan(constants={"school_year": "2023/24"}, years="start")
    result = ingest.ingest([("egen.csv", text.encode())], plans={"*": plan})
    assert result.ok and not result.report.dropped  # the 2324 column did not make every school a duplicate
    frame = result.dataset.frame.set_index(["school_id", "school_year"])["pupils"]
    # b's 2022/23 cell is empty in the first column read for that year; the second (Pupils_2022) is said, not read
    assert frame.to_dict() == {("a", 2023): 120, ("b", 2023): 200, ("a", 2022): 110}
    said = {m.key: m for m in result.report.messages}
    assert "2324TotalNumberOfStudents" in said["mapping.years_current"].text("sv")
    twice = said["mapping.years_twice"].text("en")
    assert "Pupils_2022" in twice and "2223TotalNumberOfStudents" in twice and "2022/23" in twice


def test_a_totals_row_under_a_file_of_its_own_ids_is_not_a_school():
    text = ("SchoolCode;SchoolName;TotalNumberOfStudents\n"
            "S1;A;120\nS2;B;200\nS3;C;50\n"
            "Totalt;;370\n")
    result = ingest.ingest([("egen.csv", text.encode())], plans={"*": Plan(constants={"school_year": "2024"})})
    assert result.ok and sorted(result.dataset.frame["school_id"]) == ["S1", "S2", "S3"]
    assert result.dataset.frame["pupils"].sum() == 370  # not 740
    [dropped] = result.report.dropped
    assert (dropped.row, dropped.reason_key) == (5, "mapping.drop_total")
    assert dropped.reason("sv").startswith("Raden (”Totalt”) ser ut som en summarad")


def test_grade_average_mapped_to_merit_value_is_said(file_bytes):
    plan = Plan({"AverageGradePoints": "merit_value"}, {"school_year": "2023"})
    result = ingest.ingest([("real.csv", file_bytes)], plans={"*": plan})
    [warning] = [m for m in result.report.warnings if m.key == "mapping.scale_grade_average"]
    # AverageGradePoints runs 15,5 − 0,09·i for i = 0…43: 15,5 down to 11,63.
    assert "11,63" in warning.text("sv") and "15,5" in warning.text("sv") and "0–340" in warning.text("en")


def test_cli_check_keeps_every_school_and_equity_computes_quartiles(tmp_path, capsys):
    path = real.write(str(tmp_path / "real.csv"))
    assert main(["check", path, *ACCEPT, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["ok"], doc["units"], doc["rows"], doc["dropped_rows"]) == (True, 44, 44, [])
    assert main(["equity", path, *ACCEPT, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [q["units"] for q in doc["quartiles"]] == [11, 11, 11, 11]


def test_cli_mapping_file_and_years_in_columns(tmp_path, capsys):
    path = real.write(str(tmp_path / "real.csv"))
    plan_file = tmp_path / "mapping.json"
    plan_file.write_text(Plan(constants={"school_year": "2023", "municipality_code": "0780"}).to_json())
    assert main(["check", path, "--mapping", str(plan_file), "--years-in-columns", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["school_years"] == [2021, 2022, 2023]


def test_cli_plan_options_with_bundled_data_are_a_usage_error(capsys):
    assert main(["check", "demo", "--set", "school_year=2023"]) == 2
    assert main(["equity", "demo", "--map", "A=pupils"]) == 2
    assert main(["check", "demo", "--set", "lat=2"]) == 2


def test_a_duplicate_column_is_named_by_its_field_label():
    text = "SchoolCode,Skolenhetskod,Pupils\nalfa,beta,120\n"
    result = ingest.ingest([("dubbel.csv", text.encode())], plans={"*": Plan(constants={"school_year": "2024"})})
    [warning] = [m for m in result.report.messages if m.key == "ingest.column_duplicate"]
    assert "Skolenhetskod (school_id)" in warning.text("sv") and "School unit code (school_id)" in warning.text("en")


def test_the_mapping_form_has_one_row_per_field_in_groups_and_makes_the_plan(file_bytes):
    from lib.schema import INPUT_COLUMNS
    from lib.screens import mapping as screen

    proposal = ingest.ingest([("real.csv", file_bytes)]).proposals["real.csv"]
    form = screen.form(proposal, None, "sv")
    fields = [row.field for _, rows in form.groups for row in rows]
    assert sorted(fields) == sorted(INPUT_COLUMNS)
    chosen = {row.field: row.chosen for _, rows in form.groups for row in rows}
    assert chosen["school_id"] == "SchoolCode" and chosen["merit_value"] == screen.NONE
    # 120 columns: 9 recognised (the 8 of real.MAP and EligibilityPercentage), 6 year columns, 105 listed once.
    assert len(form.unused) == 120 - 9 - 6 and len(form.year_columns) == 6 and form.years == "yes"
    plan = screen.plan_from(form, chosen, {"school_year": "2023", "municipality_code": "0780", "organizer": ""},
                            "yes")
    assert plan.complete and plan.columns["SchoolCode"] == "school_id" and "organizer" not in plan.constants
    assert plan.layout == tuple(sorted(proposal.headers))
    result = ingest.ingest([("real.csv", file_bytes)], plans={"real.csv": plan})
    assert result.ok and result.dataset.school_years == [2021, 2022, 2023]
    left = screen.without_column(plan, "SchoolName")
    assert "SchoolName" not in left.columns and screen.form(proposal, left, "sv").groups[0][1][1].chosen == ""


# --- properties ---------------------------------------------------------------------------------------------

BASES = st.from_regex(r"[A-Za-z][A-Za-z]{0,20}", fullmatch=True)


@given(year=st.integers(2000, 2098), base=BASES)
def test_every_spelling_of_a_school_year_in_a_column_name_reads_as_its_start_year(year, base):
    nxt = year + 1
    for header in (f"{year % 100:02d}{nxt % 100:02d}{base}", f"{base}_{year}/{nxt}", f"{base} {year}-{nxt % 100:02d}",
                   f"{year}/{nxt % 100:02d} {base}"):
        column = mapping.year_column(header)
        assert column is not None and (column.year, column.base) == (year, base), header
    if year > 2036:  # a lone number past the school years the app reads is no year
        assert mapping.year_column(f"{base}_{year}") is None
        return
    bare = mapping.year_column(f"{base}_{year}")
    assert (bare.year, bare.bare, bare.school_year("start"), bare.school_year("spring")) == (None, year, year, year - 1)


@given(column=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)
       .map(str.strip).filter(bool), field=st.sampled_from(mapping.GROUPS["pupils"] + mapping.GROUPS["outcomes"]))
def test_a_map_option_keeps_any_column_name_whole(column, field):
    assert mapping.parse_map([f"{column}={field}"]) == {column: field}


def test_a_map_option_for_a_column_the_file_lacks_is_said(file_bytes):
    plan = Plan({"Skolkod i annan fil": "school_id"}, {"school_year": "2023"})
    result = ingest.ingest([("real.csv", file_bytes)], plans={"*": plan})
    assert result.ok  # another file of the same command may hold that column
    [warning] = [m for m in result.report.warnings if m.key == "mapping.no_such_column"]
    assert warning.column == "Skolkod i annan fil"

"""Ingest: every supported format, Skolverket's exports at both levels, merging, and the report's row and
column for every problem. Fixtures are written here or by tests/fixtures/make_exports.py in the real formats."""

from __future__ import annotations

import math

import pytest

from lib import ingest
from lib.ingest.values import parse_bool, parse_number
from tests.fixtures.make_exports import (
    skolverket_personal_municipal_csv,
    skolverket_personal_school_csv,
    skolverket_pupils_municipal_csv,
    template_rows_csv,
    xlsx_bytes,
    zip_bomb_bytes,
)


def keys(result, severity=None):
    return [m.key for m in result.report.messages if severity is None or m.severity == severity]


@pytest.mark.parametrize(("text", "value", "flag"), [
    ("12,5", 12.5, None), ("1 234,5", 1234.5, None), ("1\u00a0234", 1234.0, None), ("4\u202f002", 4002.0, None),
    ("76,5 %", 76.5, None), ("1.234,5", 1234.5, None), ("1,234.5", 1234.5, None), ("\u22123,2", -3.2, None),
    ("cirka 370", 370.0, "rounded"), ("~12", 12.0, "rounded"), ("ca. 5", 5.0, "rounded"),
    ("..", math.nan, "suppressed"), (".", math.nan, "missing"), ("*", math.nan, "not_applicable"),
    ("<5", math.nan, "suppressed"), ("", math.nan, "empty"), ("abc", math.nan, "invalid"),
    ("1,2,3", math.nan, "invalid"),
    (7, 7.0, None),
])
def test_parse_number_reads_swedish_numbers_and_skolverket_markers(text, value, flag):
    got, got_flag = parse_number(text)
    assert got_flag == flag
    assert (math.isnan(got) and math.isnan(value)) or got == value


@pytest.mark.parametrize(("text", "expected"), [("ja", True), ("Nej", False), ("1", True), ("0", False),
                                                ("x", True), ("", None), ("kanske", None)])
def test_parse_bool(text, expected):
    assert parse_bool(text) is expected


def test_personal_municipal_export_gives_290_municipalities_of_the_selected_year():
    result = ingest.ingest([("personal.csv", skolverket_personal_municipal_csv(2023))])
    assert result.ok, [m.text() for m in result.report.errors]
    ds = result.dataset
    assert (ds.level, ds.n_units, ds.school_years) == ("municipality", 290, [2023])
    assert result.report.formats["personal.csv"] == "ingest.format.skolverket_personal"
    # Grouped columns: FTE total under #Heltidstjänster, headcount and förstelärare under #Tjänstgörande lärare.
    mapping = result.report.mappings["personal.csv"]
    assert mapping["Heltidstjänster / Totalt antal"] == "teacher_fte"
    assert mapping["Tjänstgörande lärare / Totalt antal"] == "teachers"
    assert mapping["Tjänstgörande lärare / Förstelärare"] == "first_teachers"
    assert mapping["Heltidstjänster / Andel med lärarlegitimation och behörighet"] == "qualified_share"
    assert set(ds.frame["organizer_type"]) == {"kommunal"}
    assert ds.frame["municipality_code"].str.fullmatch(r"\d{4}").all()
    assert "0114" in set(ds.frame["municipality_code"])  # leading zero kept


def test_rows_of_other_organiser_types_are_listed_not_lost():
    content = skolverket_personal_municipal_csv(2024)
    result = ingest.ingest([("p.csv", content)])
    data_lines = sum(1 for line in content.decode("utf-8-sig").splitlines()
                     if line.split(";")[1:2] and line.split(";")[1].isdigit())
    # 290 municipalities × 3 types: the Kommunal rows are used, Samtliga and Enskild rows are listed.
    assert data_lines == 870
    assert len(result.dataset.frame) + len(result.report.dropped) == data_lines
    reasons = {d.params["kind"] for d in result.report.dropped}
    assert reasons == {"Samtliga", "Enskild"}
    assert "ingest.footer_skipped" in keys(result)


def test_samtliga_can_be_chosen():
    result = ingest.ingest([("p.csv", skolverket_personal_municipal_csv(2024))], organizer_type="samtliga")
    assert result.ok and result.dataset.n_units == 290
    assert set(result.dataset.frame["organizer_type"]) == {"samtliga"}


def test_a_type_absent_from_the_file_is_an_error_that_names_the_types_present():
    result = ingest.ingest([("p.csv", skolverket_personal_municipal_csv(2024))], organizer_type="statlig")
    assert not result.ok
    error = result.report.errors[0]
    assert error.key == "ingest.orgtype_absent" and "Kommunal" in error.text()


def test_pupils_export_reads_space_thousands_and_background_shares():
    content = skolverket_pupils_municipal_csv(2022)
    result = ingest.ingest([("elever.csv", content)])
    assert result.ok
    ds = result.dataset
    assert (ds.level, ds.n_units, ds.school_years) == ("municipality", 290, [2022])
    # Ale, Kommunal row: the total "Elever, årskurs 1-9" is written with a space ("4 002") in the file.
    line = next(x for x in content.decode("utf-8-sig").splitlines() if x.startswith(";") is False
                and ";0114;" in x and ";Kommunal;" in x)
    total = float(line.split(";")[-2].replace(" ", ""))
    row = ds.frame.set_index("municipality_code").loc["0114"]
    assert row["pupils"] == total
    assert {"foreign_background_share", "parents_higher_ed_share", "need_index"} <= set(ds.frame.columns)


def test_both_exports_of_one_year_merge_on_municipality_and_year():
    result = ingest.ingest([("personal.csv", skolverket_personal_municipal_csv(2024)),
                            ("elever.csv", skolverket_pupils_municipal_csv(2024))])
    assert result.ok
    ds = result.dataset
    assert (ds.n_units, len(ds.frame), ds.school_years) == (290, 290, [2024])
    assert {"teacher_fte", "pupils", "pupils_per_teacher", "first_teachers_per_100_pupils"} <= set(ds.frame.columns)
    row = ds.frame.iloc[0]
    assert row["pupils_per_teacher"] == pytest.approx(row["pupils"] / row["teacher_fte"])
    assert "ingest.merge_matched" in keys(result)


def test_files_of_different_years_make_a_multi_year_dataset_and_say_no_pairs_matched():
    result = ingest.ingest([("p2024.csv", skolverket_personal_municipal_csv(2024)),
                            ("e2022.csv", skolverket_pupils_municipal_csv(2022))])
    assert result.ok
    assert result.dataset.school_years == [2022, 2024]
    assert len(result.dataset.frame) == 580
    assert "ingest.merge_no_match" in keys(result, "warning")


def test_school_level_export_keeps_every_school_and_its_organiser_type():
    result = ingest.ingest([("skolor.csv", skolverket_personal_school_csv(2024))])
    assert result.ok
    ds = result.dataset
    assert ds.level == "school" and ds.n_units == 4
    frame = ds.frame.set_index("school_id")
    assert frame.loc["91234570", "organizer_type"] == "enskild"  # an attribute here, not a filter
    assert frame.loc["91234567", "teacher_fte"] == 41.5
    assert frame.loc["91234567", "first_teachers"] == 6
    assert frame.loc["91234569", "municipality_code"] == "0127"


def test_mixed_levels_are_rejected():
    result = ingest.ingest([("skolor.csv", skolverket_personal_school_csv(2024)),
                            ("kommuner.csv", skolverket_personal_municipal_csv(2024))])
    assert not result.ok
    assert "ingest.mixed_levels" in keys(result, "error")


ROWS = [
    {"Skolenhetskod": "12345678", "Läsår": "2024/25", "Elever": "310", "Heltidstjänster": "24,5",
     "Andel behöriga lärare": "71,3", "Förstelärare": "3"},
    {"Skolenhetskod": "12345679", "Läsår": "2024/25", "Elever": "1 204", "Heltidstjänster": "88,0",
     "Andel behöriga lärare": "cirka 80", "Förstelärare": ".."},
]


@pytest.mark.parametrize(("sep", "encoding"), [(";", "utf-8"), (",", "cp1252"), ("\t", "utf-8-sig"), ("|", "utf-8")])
def test_separators_and_encodings(sep, encoding):
    rows = [{k: (f'"{v}"' if sep == "," and "," in v else v) for k, v in r.items()} for r in ROWS]
    result = ingest.ingest([("egen.csv", template_rows_csv(rows, sep, encoding))])
    assert result.ok, [m.text() for m in result.report.messages]
    frame = result.dataset.frame.set_index("school_id")
    assert frame.loc["12345679", "pupils"] == 1204
    assert frame.loc["12345678", "teacher_fte"] == 24.5
    assert frame.loc["12345679", "qualified_share"] == 80.0
    assert math.isnan(frame.loc["12345679", "first_teachers"])
    assert {"ingest.rounded", "ingest.marker_suppressed"} <= set(keys(result, "info"))
    # Pupils per teacher derived once: 310 / 24.5.
    assert frame.loc["12345678", "pupils_per_teacher"] == pytest.approx(12.653, abs=1e-3)


def test_excel_file_is_read_from_its_first_sheet_with_codes_as_text():
    content = xlsx_bytes([["Skolenhetskod", "Kommunkod", "Läsår", "Antal elever", "Andel behöriga lärare"],
                          [12345678, 127, "2023/24", 250, 0.64], [12345679, 127, "2023/24", 410, 0.81]])
    result = ingest.ingest([("skolor.xlsx", content)])
    assert result.ok, [m.text() for m in result.report.messages]
    frame = result.dataset.frame.set_index("school_id")
    assert frame.loc["12345678", "municipality_code"] == "0127"  # Excel dropped the leading zero
    assert frame.loc["12345679", "qualified_share"] == pytest.approx(81.0)  # 0–1 shares → percent, with a note
    assert "ingest.share_scaled" in keys(result, "warning")
    assert result.report.formats["skolor.xlsx"] == "ingest.format.table"


def test_template_round_trip_in_both_formats():
    for kind in ("csv", "xlsx"):
        result = ingest.ingest([(f"mall.{kind}", ingest.template_bytes(kind, "sv"))])
        # An empty template is recognised (every column mapped) but has no rows to use.
        assert not result.ok
        assert keys(result, "error") == ["ingest.no_data_rows"]
        mapping = result.report.mappings[f"mall.{kind}"]
        assert len(mapping) == len(ingest.schema.INPUT_COLUMNS)


def test_bad_number_rejects_the_file_naming_row_and_column():
    rows = [dict(ROWS[0]), dict(ROWS[1])]
    rows[1]["Heltidstjänster"] = "åttioåtta"
    result = ingest.ingest([("egen.csv", template_rows_csv(rows))])
    assert not result.ok
    error = result.report.errors[0]
    assert (error.key, error.file, error.row, error.column) == ("ingest.bad_number", "egen.csv", 3, "Heltidstjänster")
    assert "åttioåtta" in error.text()


def test_out_of_range_values_are_left_empty_with_a_warning():
    rows = [dict(ROWS[0]), dict(ROWS[1])]
    rows[0]["Andel behöriga lärare"] = "130"
    result = ingest.ingest([("egen.csv", template_rows_csv(rows))])
    assert result.ok
    warning = next(m for m in result.report.warnings if m.key == "ingest.out_of_range")
    assert (warning.row, warning.column) == (2, "Andel behöriga lärare")
    assert math.isnan(result.dataset.frame.set_index("school_id").loc["12345678", "qualified_share"])


def test_bad_codes_duplicates_and_unknown_municipalities_are_listed_with_their_line():
    rows = [
        {"Skolenhetskod": "12345678", "Kommunkod": "1980", "Läsår": "2024", "Elever": "300"},
        {"Skolenhetskod": "1234567", "Kommunkod": "1980", "Läsår": "2024", "Elever": "200"},  # 7 digits: padded
        {"Skolenhetskod": "12AB5678", "Kommunkod": "1980", "Läsår": "2024", "Elever": "100"},  # dropped
        {"Skolenhetskod": "12345678", "Kommunkod": "1980", "Läsår": "2024", "Elever": "999"},  # duplicate of line 2
        {"Skolenhetskod": "22345678", "Kommunkod": "9999", "Läsår": "2024", "Elever": "50"},  # no such municipality
        {"Skolenhetskod": "32345678", "Kommunkod": "1980", "Läsår": "20x4", "Elever": "50"},  # bad year
    ]
    result = ingest.ingest([("egen.csv", template_rows_csv(rows))])
    assert result.ok
    dropped = {d.row: d.reason_key for d in result.report.dropped}
    assert dropped == {4: "ingest.drop_no_code", 5: "ingest.drop_duplicate", 6: "ingest.drop_unknown_municipality",
                       7: "ingest.drop_bad_year"}
    assert sorted(result.dataset.frame["school_id"]) == ["01234567", "12345678"]
    assert result.dataset.frame.set_index("school_id").loc["12345678", "pupils"] == 300  # the first row wins
    assert "ingest.school_code_padded" in keys(result, "warning")


def test_a_cut_off_row_is_an_error_naming_the_first_missing_column():
    content = (b"Skolenhetskod;L\xc3\xa4s\xc3\xa5r;Elever;Heltidstj\xc3\xa4nster\n12345678;2024;300;20\n"
               b"12345679;2024\n")
    result = ingest.ingest([("kort.csv", content)])
    assert not result.ok
    error = result.report.errors[0]
    assert (error.key, error.row, error.column) == ("ingest.row_short", 3, "Elever")


def test_unrecognised_columns_ask_for_a_mapping_and_the_mapping_is_used():
    content = "Enhet;Period;Antal;FTE lärare\n12345678;2024/25;300;20\n12345679;2024/25;150;12,5\n".encode()
    first = ingest.ingest([("egen.csv", content)])
    assert not first.ok and "ingest.needs_mapping" in keys(first, "error")
    proposal = first.proposals["egen.csv"]
    assert not proposal.sure and proposal.headers == ["Enhet", "Period", "Antal", "FTE lärare"]
    mapping = {"Enhet": "school_id", "Period": "school_year", "Antal": "pupils", "FTE lärare": "teacher_fte"}
    second = ingest.ingest([("egen.csv", content)], mappings={"egen.csv": mapping})
    assert second.ok
    assert second.dataset.frame["pupils_per_teacher"].tolist() == [15.0, 12.0]  # 300/20, 150/12.5


@pytest.mark.parametrize(("name", "content", "key"), [
    ("tom.csv", b"", "ingest.empty"),
    ("gammal.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "ingest.xls_old"),
    ("trasig.xlsx", b"PK\x03\x04 this is not really a zip", "ingest.xlsx_broken"),
    ("bild.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "ingest.not_text"),
])
def test_unreadable_files_get_one_clear_error(name, content, key):
    result = ingest.ingest([(name, content)])
    assert not result.ok
    assert [(m.key, m.file) for m in result.report.errors] == [(key, name)]


def test_zip_bomb_is_refused_before_parsing():
    result = ingest.ingest([("bomb.xlsx", zip_bomb_bytes(300))])
    assert [m.key for m in result.report.errors] == ["ingest.xlsx_bomb"]


def test_too_many_rows():
    rows = [{"Skolenhetskod": f"{12345678 + i}", "Läsår": "2024", "Elever": "10"} for i in range(30)]
    result = ingest.ingest([("stor.csv", template_rows_csv(rows))], max_rows=10)
    assert [m.key for m in result.report.errors] == ["ingest.too_many_rows"]


def test_every_message_renders_in_both_languages():
    result = ingest.ingest([("p.csv", skolverket_personal_municipal_csv(2024)),
                            ("e.csv", skolverket_pupils_municipal_csv(2022))])
    for m in result.report.messages:
        for lang in ("sv", "en"):
            text = m.text(lang)
            assert text != m.key and "{" not in text, (m.key, text)
    for d in result.report.dropped[:5]:
        assert d.reason("en") != d.reason_key

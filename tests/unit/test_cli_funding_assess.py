"""`python -m lib funding`, `python -m lib assess` and `python -m lib report --assessment`: the JSON contracts,
figures hand-computed from the fixture's own formulas, and exit 1 without allocation columns."""

from __future__ import annotations

import json

import pytest

from lib.cli import main
from lib.measures import assessment
from tests.fixtures import funding_school, small_school


def run_json(capsys, *argv: str) -> tuple[int, dict]:
    code = main([*argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture
def funding_file(tmp_path):
    path = tmp_path / "skolor.csv"
    path.write_bytes(funding_school.funding_csv())
    return str(path)


def test_funding_json_has_the_quartiles_and_the_share_in_q4(capsys, funding_file):
    code, doc = run_json(capsys, "funding", funding_file)
    assert code == 0 and doc["year"] == 2024 and doc["version"]
    assert [q["q"] for q in doc["quartiles"]] == [1, 2, 3, 4]
    assert set(doc["quartiles"][0]) == {"q", "units", "pupils", "allocation_per_pupil", "ses_allocation_per_pupil",
                                        "qualified_fte_per_100_pupils", "assistant_fte_per_100_pupils"}
    # 2024: need = ses index, ordinary school i has 62 + 8i (i = 0…10), the small school 134.9. Sorted, the top
    # three of twelve are i = 9 (134), the small school (134.9) and i = 10 (142): Q4. Pupils 190 + 30i (460, 490)
    # and 7; socioeconomic money per pupil 50 · need + 2 000 (8 700, 9 100, 8 745).
    q4_money = 460 * 8_700 + 7 * 8_745 + 490 * 9_100  # 8 522 215
    total = sum((190 + 30 * i) * (50 * (62 + 8 * i) + 2_000) for i in range(11)) + 7 * 8_745
    q4 = doc["quartiles"][3]
    assert (q4["units"], q4["pupils"]) == (3, 957)
    assert q4["ses_allocation_per_pupil"] == pytest.approx(q4_money / 957)
    assert doc["ses_share_q4"] == pytest.approx(100 * q4_money / total)
    assert doc["findings"] and doc["change"]["first"] == 2022


def test_funding_on_the_demo_scoped_to_an_organiser(capsys):
    code, doc = run_json(capsys, "funding", "demo", "--organizer", "Botkyrka kommun", "--year", "2023")
    assert code == 0 and doc["year"] == 2023
    assert sum(q["units"] for q in doc["quartiles"]) + doc["left_out"] < 240
    code, _ = run_json(capsys, "funding", "demo", "--organizer", "Ingen kommun")
    assert code == 1


@pytest.mark.parametrize("command", ["funding", "assess"])
def test_a_scope_is_one_municipality_or_one_organiser(capsys, command):
    """Both commands share the scope options: both at once is a usage error (exit 2), a scope without units a data
    error (exit 1) that names it; one of them alone is taken."""
    assert main([command, "demo", "--municipality", "0127", "--organizer", "Botkyrka kommun"]) == 2
    assert "not allowed with argument" in capsys.readouterr().err
    assert main([command, "demo", "--municipality", "9999"]) == 1
    assert "no units for 9999" in capsys.readouterr().err
    code, doc = run_json(capsys, command, "demo", "--municipality", "0127", "--year", "2023")
    assert code == 0 and doc["parameters"]["municipality"] == "0127"


def test_funding_without_allocation_columns_exits_1_with_the_reason(capsys, tmp_path):
    path = tmp_path / "utan.csv"
    path.write_bytes(small_school.small_school_csv())
    code, doc = run_json(capsys, "funding", str(path))
    assert code == 1 and doc["ok"] is False and "allocation" in doc["error"]


def test_assess_json_suggests_from_the_upload_and_asks_the_rest(capsys, funding_file):
    code, doc = run_json(capsys, "assess", funding_file)
    assert code == 0
    found = {c["id"]: c for c in doc["criteria"]}
    assert list(found) == list(assessment.CRITERIA)
    assert all(set(c) >= {"id", "question", "evidence", "suggested"} for c in doc["criteria"])
    assert found["levels"]["suggested"] == "yes"  # 12 schools, 3 school years
    assert found["preconditions"]["suggested"] == "yes"  # SCB's index in use
    assert found["breadth"]["suggested"] == "partly"  # pupils per teacher, qualification, förstelärare: 3 of 6
    assert found["followup_allocation"]["suggested"] == "yes"
    assert found["targeting"]["suggested"] == "unknown"  # no register given
    assert found["dialogue"]["suggested"] == "unknown"
    assert "27" in doc["caution"]


def test_assess_with_an_interventions_file_and_a_year(capsys, funding_file, tmp_path):
    register = tmp_path / "insatser.csv"
    # 55500020 (i = 10) is in Q4 in 2023, the year before the start.
    register.write_text("intervention_id,school_id,type,aim,targeting,start_year,end_year,cost_sek,funding,"
                        "description\nINS-1,55500020,central_recruitment,attract,targeted,2024,,100000,,\n",
                        encoding="utf-8")
    code, doc = run_json(capsys, "assess", funding_file, "--interventions", str(register))
    found = {c["id"]: c["suggested"] for c in doc["criteria"]}
    assert code == 0
    assert (found["identifying_measures"], found["targeting"], found["followup_interventions"]) == (
        "partly", "partly", "yes")
    code, doc = run_json(capsys, "assess", funding_file, "--year", "2022")
    found = {c["id"]: c["suggested"] for c in doc["criteria"]}
    assert (doc["year"], found["levels"], found["followup_allocation"]) == (2022, "partly", "partly")


def test_report_includes_the_assessment_file(tmp_path, capsys):
    data = tmp_path / "skolor.csv"
    data.write_bytes(small_school.small_school_csv())
    made = assessment.Assessment("Uppsala kommun", 2024, (
        assessment.Answer("dialogue", "partly", "Tas upp i två av tre kvalitetsdialoger"),))
    file = tmp_path / "sjalvskattning.json"
    file.write_bytes(assessment.to_bytes(made))
    with_it, without = tmp_path / "med.html", tmp_path / "utan.html"
    assert main(["report", str(data), "--organizer", "Uppsala kommun", "--assessment", str(file),
                 "--out", str(with_it)]) == 0
    assert main(["report", str(data), "--organizer", "Uppsala kommun", "--out", str(without)]) == 0
    html = with_it.read_text(encoding="utf-8")
    assert "Självskattning mot Skolinspektionens kriterier" in html
    assert "Tas upp i två av tre kvalitetsdialoger" in html and "Delvis" in html
    assert "Självskattning" not in without.read_text(encoding="utf-8")
    bad = tmp_path / "fel.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["report", str(data), "--organizer", "Uppsala kommun", "--assessment", str(bad),
                 "--out", str(tmp_path / "x.html")]) == 2
    capsys.readouterr()


def test_report_pdf_carries_the_assessment(tmp_path, capsys):
    import io

    from pypdf import PdfReader

    data = tmp_path / "skolor.csv"
    data.write_bytes(small_school.small_school_csv())
    made = assessment.Assessment("Uppsala kommun", 2024,
                                 (assessment.Answer("ownership", "yes", "Skolchefen äger frågan"),))
    file = tmp_path / "sjalvskattning.json"
    file.write_bytes(assessment.to_bytes(made))
    out = tmp_path / "rapport.pdf"
    assert main(["report", str(data), "--organizer", "Uppsala kommun", "--assessment", str(file),
                 "--out", str(out)]) == 0
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Självskattning mot Skolinspektionens kriterier" in text and "Skolchefen äger frågan" in text
    capsys.readouterr()

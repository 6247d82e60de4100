"""`python -m lib check`: the JSON contract and the exit statuses (0 usable, 1 rejected, 2 usage error)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from lib.cli import main
from tests.fixtures.make_exports import skolverket_personal_municipal_csv, skolverket_pupils_municipal_csv

ROOT = Path(__file__).resolve().parents[2]


def run_json(capsys, *argv: str) -> tuple[int, dict]:
    code = main(["check", *argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_personal_export_reports_municipality_level_290_units_and_the_year(tmp_path, capsys):
    path = tmp_path / "personal-2021.csv"
    path.write_bytes(skolverket_personal_municipal_csv(2021))
    code, doc = run_json(capsys, str(path))
    assert code == 0
    assert (doc["ok"], doc["level"], doc["units"], doc["school_years"]) == (True, "municipality", 290, [2021])
    assert {"teacher_fte", "qualified_share", "first_teachers"} <= set(doc["columns"])
    assert doc["errors"] == []
    assert doc["dropped_rows"] and set(doc["dropped_rows"][0]) >= {"file", "row", "reason"}
    assert doc["parameters"]["organizer_type"] == "kommunal" and doc["version"]


def test_pupils_export_and_both_together(tmp_path, capsys):
    personal, pupils = tmp_path / "p.csv", tmp_path / "e.csv"
    personal.write_bytes(skolverket_personal_municipal_csv(2022))
    pupils.write_bytes(skolverket_pupils_municipal_csv(2022))
    code, doc = run_json(capsys, str(pupils))
    assert (code, doc["level"], doc["units"], doc["school_years"]) == (0, "municipality", 290, [2022])
    code, doc = run_json(capsys, str(personal), str(pupils))
    assert (code, doc["rows"], doc["units"]) == (0, 290, 290)
    assert {"teacher_fte", "pupils", "pupils_per_teacher"} <= set(doc["columns"])


def test_broken_file_exits_1_with_row_and_column(tmp_path, capsys):
    text = skolverket_personal_municipal_csv(2024).decode("utf-8-sig").splitlines()
    row = next(i for i, line in enumerate(text) if ";Kommunal;" in line)
    cells = text[row].split(";")
    cells[5] = "tvåhundra"  # Heltidstjänster / Totalt antal
    text[row] = ";".join(cells)
    path = tmp_path / "trasig.csv"
    path.write_text("\n".join(text), encoding="utf-8")
    code, doc = run_json(capsys, str(path))
    assert code == 1 and doc["ok"] is False
    error = doc["errors"][0]
    assert (error["file"], error["row"], error["column"]) == ("trasig.csv", row + 1, "Heltidstjänster / Totalt antal")
    assert "tvåhundra" in error["message"]


def test_usage_error_exits_2(tmp_path, capsys):
    assert main(["check", str(tmp_path / "finns-inte.csv")]) == 2
    assert main(["check"]) == 2


def test_the_module_runs_as_a_command(tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes(skolverket_personal_municipal_csv(2024))
    proc = subprocess.run([sys.executable, "-m", "lib", "check", str(path)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "municipality" in proc.stdout and "290" in proc.stdout

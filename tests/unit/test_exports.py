"""Downloads are safe to open in a spreadsheet: formula cells neutralised, numbers kept numbers."""

import io

import openpyxl
import pandas as pd

from lib.documents import exports


def test_formula_cells_are_neutralised_and_numbers_stay():
    f = pd.DataFrame({"name": ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tcmd", "Ok skola"],
                      "value": [1.5, -2.0, 3.0, 4.0, 5.0, 6.0]})
    out = exports.neutralise(f)
    assert out["name"].tolist() == ["'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "'\tcmd", "Ok skola"]
    assert out["value"].tolist() == [1.5, -2.0, 3.0, 4.0, 5.0, 6.0]


def test_swedish_csv_uses_semicolon_and_decimal_comma_with_bom():
    data = exports.to_csv_bytes(pd.DataFrame({"a": [1.5], "b": ["x"]}), "sv")
    assert data.startswith("\ufeff".encode())
    assert data.decode("utf-8-sig").splitlines() == ["a;b", "1,5;x"]


def test_excel_keeps_numbers_as_numbers():
    data = exports.to_excel_bytes(pd.DataFrame({"a": [1.5], "b": ["=1+1"]}), "tab")
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    assert ws["A2"].value == 1.5
    assert ws["B2"].value == "'=1+1"

"""Costly small files for the limit tests and benchmarks: an Excel workbook whose shared strings unpack to many
megabytes (random padding keeps the compression ratio ordinary), a CSV with thousands of columns, and plain
school files of a given number of rows."""

from __future__ import annotations

import io
import random
import string
import zipfile

HEADER = ("Skolenhetskod", "Läsår", "Skolenhetens namn", "Antal elever")


_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
       'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
       '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
       'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
       'spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
       'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
         '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
       '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
       'name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>')
_SHEET = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
          'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v>'
          '</c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row><row r="2"><c r="A2" t="s"><v>4</v>'
          '</c><c r="B2" t="s"><v>5</v></c><c r="C2" t="s"><v>6</v></c><c r="D2"><v>100</v></c></row></sheetData>'
          '</worksheet>')


def strings_bomb(unpacked_mb: float, seed: int = 1) -> bytes:
    """A valid .xlsx (a school table's header and one row) whose xl/sharedStrings.xml unpacks to about
    `unpacked_mb` MB of millions of tiny strings; every eighth is a random letter, so the ratio stays near 100."""
    rng = random.Random(seed)
    n = int(unpacked_mb * 1_000_000 / 20)
    parts = ['<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
             f'spreadsheetml/2006/main" count="{n + 7}" uniqueCount="{n + 7}">']
    parts += [f"<si><t>{s}</t></si>" for s in (*HEADER, "12345678", "2024/25", "Skolan")]
    letters = string.ascii_letters
    parts += [f"<si><t>{rng.choice(letters)}</t></si>" if i % 8 == 0 else "<si><t>aaa</t></si>"
              for i in range(n)]
    parts.append("</sst>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS), ("xl/workbook.xml", _WB),
                           ("xl/_rels/workbook.xml.rels", _WB_RELS), ("xl/worksheets/sheet1.xml", _SHEET),
                           ("xl/sharedStrings.xml", "".join(parts))):
            zf.writestr(name, text)
    return out.getvalue()


def wide_csv(columns: int = 10_000, rows: int = 20) -> bytes:
    """A CSV with `columns` columns: the school key, the year, then numbered measures."""
    header = ["Skolenhetskod", "Läsår", *(f"Mått {j}" for j in range(columns - 2))]
    lines = [";".join(header)]
    for i in range(rows):
        lines.append(";".join([f"{10000000 + i}", "2024/25", *("1" for _ in range(columns - 2))]))
    return ("\n".join(lines) + "\n").encode()


def school_csv(rows: int, start: int = 0, year: str = "2024/25", name_length: int = 0) -> bytes:
    """A template-shaped CSV of `rows` schools with distinct codes from `start` (pupils and teachers); names padded
    to `name_length` characters make a large file of few rows."""
    lines = ["Skolenhetskod;Läsår;Skolenhetens namn;Kommunkod;Antal elever;Antal lärare (heltidstjänster)"]
    lines += [f"{20000000 + start + i};{year};{f'Skola {start + i} '.ljust(name_length, 'x')};0180;{200 + i % 50};"
              f"{15 + i % 7}" for i in range(rows)]
    return ("\n".join(lines) + "\n").encode()


def big_frame(units: int, seed: int = 3):
    """The demo's latest school year grown to `units` schools (copies with new codes and a little noise): a
    grouping as heavy as a whole country's."""
    import numpy as np

    from lib.sources import demo

    data = demo.load_demo()
    year = max(data.school_years)
    base = data.year_frame(year).reset_index(drop=True)
    rng = np.random.default_rng(seed)
    picks = base.iloc[rng.integers(0, len(base), units)].reset_index(drop=True)
    picks["school_id"] = [f"{30000000 + i}" for i in range(units)]
    for col in picks.columns:
        if picks[col].dtype.kind == "f":
            picks[col] = picks[col] * rng.normal(1.0, 0.05, units)
    return picks


def big_csv(units: int) -> bytes:
    """`big_frame` as the app's CSV template would hold it (what a visitor uploads)."""
    from lib.documents.exports import to_csv_bytes
    from lib.i18n import column_label
    from lib.schema import INPUT_COLUMNS

    frame = big_frame(units)
    frame = frame[[c for c in INPUT_COLUMNS if c in frame.columns]]
    return to_csv_bytes(frame.rename(columns={c: column_label(c, "sv") for c in frame.columns}), "sv")

"""Fuzzing ingest with thousands of generated hostile files: random bytes, truncated and oversized CSV, Excel
zip bombs, XML entity tricks, formula cells, HTML and script in names. Never an exception, always a message for
a rejected file, and memory bounded: the whole run happens in a child process limited to 2 GB of address space
(a file that made ingest allocate beyond that would fail the run with MemoryError)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILES = 3000

CHILD = r'''
import io, json, random, resource, sys, zipfile
resource.setrlimit(resource.RLIMIT_AS, (2 * 1024 ** 3, 2 * 1024 ** 3))
sys.path.insert(0, sys.argv[1])
from lib import ingest
from lib.documents.exports import to_csv_bytes
from tests.fixtures.make_exports import skolverket_personal_school_csv, template_rows_csv, xlsx_bytes

rng = random.Random(20261123)
good_csv = skolverket_personal_school_csv(2024)
good_xlsx = xlsx_bytes([["Skolenhetskod", "Läsår", "Elever", "Skola"], [12345678, "2024/25", 300, "A"]])
HOSTILE_NAMES = ["<script>alert(1)</script>", "=HYPERLINK(\"http://x\",\"klick\")", "+SUM(A1)", "-1+1", "@cmd",
                 "\tTAB", "<img src=x onerror=alert(1)>", "Robert'); DROP TABLE--", "\u202eevil", "a" * 5000]

BOMBS = {}

def bomb(mb):
    if mb in BOMBS:
        return BOMBS[mb]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (mb * 1024 * 1024))
    BOMBS[mb] = buf.getvalue()
    return BOMBS[mb]

LAUGHS = []

def laughs():
    if LAUGHS:
        return LAUGHS[0]
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{"&lol%s;" % ("" if i == 1 else i - 1) * 10}">' for i in range(1, 10))
           + ']><worksheet><sheetData><row><c t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good_xlsx)) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = lol.encode()
            dst.writestr(item, data)
    LAUGHS.append(buf.getvalue())
    return LAUGHS[0]

def generated(i):
    kind = i % 9
    if kind == 0:
        return "random.csv", bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 3000)))
    if kind == 1:
        return "cut.csv", good_csv[: rng.randint(0, len(good_csv))]
    if kind == 2:
        return "cut.xlsx", good_xlsx[: rng.randint(0, len(good_xlsx))]
    if kind == 3:
        data = bytearray(good_xlsx)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.getrandbits(8)
        return "flipped.xlsx", bytes(data)
    if kind == 4:
        rows = [{"Skolenhetskod": f"{10000000 + j}", "Läsår": "2024/25", "Elever": str(rng.randint(0, 900)),
                 "Skola": rng.choice(HOSTILE_NAMES)} for j in range(rng.randint(1, 40))]
        return f"{rng.choice(HOSTILE_NAMES)[:60]}.csv", template_rows_csv(rows, rng.choice([";", ",", "\t"]))
    if kind == 5:
        return "big.csv", b"Skolenhetskod;L\xc3\xa4s\xc3\xa5r;Elever\n" + b"12345678;2024;1\n" * rng.randint(1001, 3000)
    if kind == 6:
        text = good_csv.decode("utf-8-sig").replace(";", rng.choice([";;", "\"", "\n", ";=1+1;"]), rng.randint(1, 30))
        return "mangled.csv", text.encode(rng.choice(["utf-8", "cp1252", "utf-16"]), errors="replace")
    if kind == 7:
        return "bomb.xlsx", bomb(rng.choice([40, 80, 250]))
    return "laughs.xlsx", laughs()

counts = {"ok": 0, "rejected": 0, "exceptions": 0}
failures = []
for i in range(int(sys.argv[2])):
    name, data = generated(i)
    try:
        result = ingest.ingest([(name, data)], max_rows=1000)
        if result.ok:
            counts["ok"] += 1
            out = to_csv_bytes(result.dataset.frame, "sv").decode("utf-8-sig")
            for line in out.splitlines()[1:]:
                for cell in line.split(";"):
                    assert not cell.startswith(("=", "+", "@", "\t")), cell
        else:
            counts["rejected"] += 1
            assert result.report.errors, name
            for m in result.report.messages:
                assert m.text("sv") and m.text("en")
                assert m.key != "ingest.unexpected", (name, m.params)  # the last guard must never be needed
    except Exception as exc:
        counts["exceptions"] += 1  # includes a failed assertion above
        failures.append(f"{i} {name[:40]}: {type(exc).__name__}: {str(exc)[:200]}")
hwm = next(line for line in open("/proc/self/status").read().splitlines() if line.startswith("VmHWM:"))
print(json.dumps({"counts": counts, "failures": failures[:10], "peak_rss_mb": int(hwm.split()[1]) / 1024}))
'''


def test_thousands_of_hostile_files_never_raise_and_stay_within_memory():
    proc = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(FILES)], cwd=ROOT, capture_output=True,
                          text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    doc = json.loads(proc.stdout.strip().splitlines()[-1])
    assert doc["counts"]["exceptions"] == 0, doc["failures"]
    assert doc["counts"]["ok"] + doc["counts"]["rejected"] == FILES
    assert doc["counts"]["rejected"] > 1000 and doc["counts"]["ok"] > 100  # both paths were exercised
    assert doc["peak_rss_mb"] < 2048


COSTLY = r'''
import json, resource, sys, time
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, (2 * 1024 ** 3, 2 * 1024 ** 3))
sys.path.insert(0, sys.argv[1])
from lib import ingest

worst, keys = 0.0, set()
for path in sorted(Path(sys.argv[2]).iterdir()):
    name, data = path.name.split("-", 1)[1], path.read_bytes()
    start = time.perf_counter()
    result = ingest.ingest([(name, data)], limits=ingest.Limits.of_uploads())
    worst = max(worst, time.perf_counter() - start)
    keys |= {m.key for m in result.report.errors}
    assert name == "declared.xlsx" or (result.dataset is None and result.report.errors), name
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork and exec, so a large pytest
# process would count as this reader's peak.
hwm = next(line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("VmHWM:"))
print(json.dumps({"worst_s": worst, "keys": sorted(keys), "peak_rss_mb": int(hwm.split()[1]) / 1024}))
'''


def declared_wide(columns: int) -> bytes:
    """A tiny sheet that declares a range as wide as `columns` (up to XFD): padding every row would cost."""
    import io
    import zipfile

    from tests.unit.limits_fixture import strings_bomb

    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(strings_bomb(0.01))) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b'<dimension ref="A1:XFD20000"/><sheetData>')
            dst.writestr(item.filename, data)
    return buf.getvalue()


def costly_files(n: int) -> list[tuple[str, bytes]]:
    """Shared-strings bombs with ordinary ratios, wide plain and quoted CSVs, and a sheet declared up to XFD."""
    import random

    from tests.unit.limits_fixture import strings_bomb, wide_csv

    rng = random.Random(19)
    out = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            out.append(("bomb.xlsx", strings_bomb(rng.choice([55, 70, 110]), seed=i)))
        elif kind == 1:
            out.append(("wide.csv", wide_csv(rng.randint(501, 20_000), rows=rng.randint(1, 30))))
        elif kind == 2:
            quoted = wide_csv(rng.randint(501, 3000)).replace(b";", b'";"')  # separators inside quotes count too
            out.append(("quoted.csv", b'"' + quoted.replace(b"\n", b'"\n"', 1)))
        else:
            out.append(("declared.xlsx", declared_wide(16384)))
    return out


def test_small_files_that_would_cost_minutes_are_answered_in_seconds(tmp_path):
    """Shared-strings bombs with ordinary ratios, files of thousands of columns (plain and quoted) and a sheet that
    declares a range up to column XFD: each answered within seconds in public mode, memory bounded. The files are
    made here and only read in the measured process, so its peak memory is the reading's, not the making's."""
    import os

    for i, (name, data) in enumerate(costly_files(16)):
        (tmp_path / f"{i:02d}-{name}").write_bytes(data)
    env = {**os.environ, "LARARRESURSER_PUBLIC": "1"}
    proc = subprocess.run([sys.executable, "-c", COSTLY, str(ROOT), str(tmp_path)], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    doc = json.loads(proc.stdout.strip().splitlines()[-1])
    assert doc["worst_s"] < 5, doc
    assert {"ingest.xlsx_part_too_large", "ingest.too_many_columns"} <= set(doc["keys"]), doc
    assert doc["peak_rss_mb"] < 1024, doc

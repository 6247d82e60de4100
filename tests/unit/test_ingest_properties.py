"""Property tests: whatever bytes arrive, ingest answers with a report and never raises; every data row of a
template-shaped file is either in the dataset or listed as not used; Swedish numbers read back exactly."""

from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lib import ingest
from lib.ingest.values import parse_number
from tests.fixtures.make_exports import skolverket_personal_school_csv, xlsx_bytes

FAST = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=4000), st.sampled_from(["data.csv", "data.xlsx", "data.txt", "x"]))
def test_random_bytes_give_a_report_never_an_exception(content, name):
    result = ingest.ingest([(name, content)])
    assert result.ok == (result.dataset is not None and not result.report.errors)
    if not result.ok:
        assert result.report.errors


CELL = st.text(alphabet=st.sampled_from(list("0123456789;,.\"\t |abcåäö-/% \u00a0\n")), max_size=12)


@FAST
@given(st.lists(st.lists(CELL, min_size=1, max_size=8), min_size=1, max_size=30),
       st.sampled_from([";", ",", "\t"]), st.booleans())
def test_random_csv_shapes_never_raise(rows, sep, with_header):
    header = ["Skolenhetskod", "Läsår", "Elever", "Andel behöriga lärare"] if with_header else []
    text = "\n".join(sep.join(r) for r in ([header] if header else []) + rows)
    result = ingest.ingest([("form.csv", text.encode("utf-8"))])
    for m in result.report.messages:
        assert m.text("sv") and m.text("en")


@FAST
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=255), st.data())
def test_broken_excel_files_never_raise(position, flip, data):
    good = xlsx_bytes([["Skolenhetskod", "Läsår", "Elever"], [12345678, "2024/25", 300]])
    cut = data.draw(st.booleans())
    if cut:
        broken = good[: position % len(good)]
    else:
        i = position % len(good)
        broken = good[:i] + bytes([good[i] ^ flip]) + good[i + 1:]
    result = ingest.ingest([("bok.xlsx", broken)])
    assert result.ok or result.report.errors


@FAST
@given(st.lists(st.tuples(st.integers(0, 99_999_999), st.sampled_from(["2023/24", "2024", "x", ""]),
                          st.one_of(st.integers(0, 5000).map(str), st.sampled_from(["..", ".", "abc", ""]))),
                min_size=1, max_size=40))
def test_every_data_row_is_used_or_listed(rows):
    lines = ["Skolenhetskod;Kommunkod;Läsår;Elever"]
    lines += [f"{code:08d};1980;{year};{pupils}" for code, year, pupils in rows]
    result = ingest.ingest([("rader.csv", "\n".join(lines).encode())])
    if result.report.errors:
        return  # a rejected file (e.g. "abc" in a number column) keeps nothing, and says so
    used = len(result.dataset.frame) if result.dataset is not None else 0
    assert used + len(result.report.dropped) == len(rows)


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.integers(0, 3))
def test_swedish_number_formatting_reads_back(value, decimals):
    text = f"{value:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")
    parsed, flag = parse_number(text)
    assert flag is None
    assert parsed == round(value, decimals) or abs(parsed - round(value, decimals)) < 10 ** -decimals


@FAST
@given(st.integers(min_value=1, max_value=6))
def test_zip_with_many_parts_or_no_workbook_is_refused(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for i in range(members):
            zf.writestr(f"other/{i}.txt", "hej")
    result = ingest.ingest([("arkiv.xlsx", buffer.getvalue())])
    assert [m.key for m in result.report.errors] == ["ingest.xlsx_not_excel"]


def test_school_export_survives_reencoding_to_windows_1252():
    content = skolverket_personal_school_csv(2024).decode("utf-8-sig").encode("cp1252")
    result = ingest.ingest([("ansi.csv", content)])
    assert result.ok and result.dataset.n_units == 4
    assert "Ekbackens skola (fiktiv)" in set(result.dataset.frame["school_name"])

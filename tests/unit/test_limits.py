"""Limits that hold on the server (issue 19, items 2 and 3): each mode's file size, number of files and rows after
merging for every uploader; Excel parts that unpack too far and files too wide refused before the costly work, also
by `python -m lib check`; heavy groupings one at a time, in a worker stopped at the time limit."""

from __future__ import annotations

import io
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from lib import ingest
from lib.ingest import classes as class_ingest
from lib.ingest.readers import ReadError, read_any
from lib.store import interventions
from tests.unit.limits_fixture import school_csv, strings_bomb, wide_csv

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def public(monkeypatch):
    monkeypatch.setenv("LARARRESURSER_PUBLIC", "1")
    for name in ("LARARRESURSER_MAX_UPLOAD_MB", "LARARRESURSER_MAX_ROWS", "LARARRESURSER_MAX_FILES",
                 "LARARRESURSER_MAX_UNPACKED_MB", "LARARRESURSER_MAX_COLUMNS"):
        monkeypatch.delenv(name, raising=False)


def texts(report) -> list[str]:
    return [m.text("sv") for m in report.errors]


# --- item 2: the mode's limits on the server, for every uploader -------------------------------------------------

def test_the_modes_limits(public, monkeypatch):
    limits = ingest.Limits.of_uploads()
    assert (limits.max_mb, limits.max_rows, limits.max_files, limits.max_columns, limits.max_unpacked_mb) == \
        (10, 50_000, 8, 500, 50)
    monkeypatch.setenv("LARARRESURSER_MAX_UPLOAD_MB", "4")
    assert ingest.Limits.of_uploads().max_mb == 4
    assert ingest.Limits.of_uploads().max_unpacked_mb == 20  # derived from the upload limit
    monkeypatch.delenv("LARARRESURSER_PUBLIC")
    monkeypatch.delenv("LARARRESURSER_MAX_UPLOAD_MB")
    internal = ingest.Limits.of_uploads()
    assert (internal.max_mb, internal.max_rows, internal.max_unpacked_mb) == (200, 2_000_000, 100)


def test_a_file_over_the_public_size_is_refused_naming_it_and_the_limit(public):
    big = school_csv(40_000, name_length=280)  # 12 MB, under the row limit: the browser's limit was the only one
    result = ingest.ingest([("stor.csv", big)], limits=ingest.Limits.of_uploads())
    assert result.dataset is None
    assert texts(result.report) == ["Filen stor.csv är 12 MB; gränsen för uppladdning här är 10 MB. Den lästes "
                                    "inte in."]
    assert result.report.errors[0].file == "stor.csv"
    english = result.report.errors[0].text("en")
    assert english == "The file stor.csv is 12 MB; the upload limit here is 10 MB. It was not read."


def test_four_files_within_the_row_limit_do_not_merge_beyond_it(public):
    files = [(f"del{i}.csv", school_csv(50_000, start=i * 50_000)) for i in range(4)]
    result = ingest.ingest(files, limits=ingest.Limits.of_uploads())
    assert result.dataset is None
    assert texts(result.report) == ["Filerna ger tillsammans 200000 rader efter sammanslagningen; gränsen för "
                                    "uppladdning är 50000 rader. Inget lästes in."]
    one = ingest.ingest(files[:1], limits=ingest.Limits.of_uploads())
    assert one.ok and one.dataset.n_units == 50_000


def test_too_many_files_are_refused_before_any_is_read(public):
    files = [(f"f{i}.csv", school_csv(3, start=10 * i)) for i in range(9)]
    result = ingest.ingest(files, limits=ingest.Limits.of_uploads())
    assert result.dataset is None and not result.report.mappings
    assert texts(result.report) == ["Du valde 9 filer; högst 8 filer kan läsas åt gången. Inget lästes in."]


def test_class_results_keep_the_upload_limits(public):
    from lib.measures.classes import COLUMNS  # noqa: F401 — the class reader's columns exist

    big = b"Skolenhetskod;L\xc3\xa4s\xc3\xa5r;Termin;Klass;\xc3\x84mne;A\n" + b"12345678;2024/25;HT;7A;Ma;1\n" * 420_000
    assert len(big) > 10 * 1024 * 1024
    frame, report = class_ingest.read_classes([("klasser.csv", big)])
    assert frame is None
    assert texts(report) == ["Filen klasser.csv är 12 MB; gränsen för uppladdning här är 10 MB. Den lästes inte in."]
    rows = b"Skolenhetskod;L\xc3\xa4s\xc3\xa5r;Termin;Klass;\xc3\x84mne;A\n" + b"".join(
        f"12345678;2024/25;HT;7{i};Ma;1\n".encode() for i in range(30_000))
    frame, report = class_ingest.read_classes([("a.csv", rows), ("b.csv", rows)])
    assert frame is None
    assert "Filerna ger tillsammans 60000 rader efter sammanslagningen" in texts(report)[0]


def test_the_registers_import_keeps_the_upload_limits(public):
    big = b"intervention_id;school_id;type;aim;targeting;start_year\n" + b"x" * (11 * 1024 * 1024)
    items, report = interventions.read_file("insatser.csv", big)
    assert items == []
    assert texts(report) == ["Filen insatser.csv är 12 MB; gränsen för uppladdning här är 10 MB. Den lästes inte "
                             "in."]


# --- item 3: small files that cost minutes ----------------------------------------------------------------------

def test_an_excel_part_that_unpacks_too_far_is_refused_before_reading(public):
    bomb = strings_bomb(60)  # 1 MB packed, 60 MB of tiny shared strings: the ratio (about 60) looks ordinary
    assert len(bomb) < 2_000_000
    start = time.perf_counter()
    with pytest.raises(ReadError) as caught:
        read_any("bomb.xlsx", bomb)
    assert time.perf_counter() - start < 1.0
    assert caught.value.key == "ingest.xlsx_part_too_large"
    assert caught.value.params["part"] == "xl/sharedStrings.xml" and caught.value.params["limit"] == 5
    assert len(read_any("ok.xlsx", strings_bomb(4.5)).rows) == 2  # a part within its limit is read
    small = read_any("ok.xlsx", strings_bomb(0.01))
    assert small.rows[:2] == [["Skolenhetskod", "Läsår", "Skolenhetens namn", "Antal elever"],
                              ["12345678", "2024/25", "Skolan", "100"]]


def test_a_file_of_more_than_500_columns_is_refused_saying_so(public):
    start = time.perf_counter()
    result = ingest.ingest([("bred.csv", wide_csv(10_000))], limits=ingest.Limits.of_uploads())
    assert time.perf_counter() - start < 1.5
    assert result.dataset is None and not result.proposals  # refused before the columns were looked at
    assert texts(result.report) == ["Filen har 10000 kolumner; högst 500 kan läsas (Skolverkets filer har omkring "
                                    "130). Den lästes inte in. Ta bort kolumner som inte behövs."]
    assert read_any("ok.csv", wide_csv(500)).rows[0][-1] == "Mått 497"  # 500 columns are fine
    assert read_any("tom.csv", wide_csv(20).replace(b"\n", b";;;;;;;;;;;;;;;;;;;;\n") * 1).rows  # empty cells


def test_a_wide_excel_sheet_is_refused_too(public):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Skolenhetskod", "Läsår", *(f"m{j}" for j in range(600))])
    ws.append(["12345678", "2024/25", *range(600)])
    buffer = io.BytesIO()
    wb.save(buffer)
    with pytest.raises(ReadError) as caught:
        read_any("bred.xlsx", buffer.getvalue())
    assert caught.value.key == "ingest.too_many_columns" and caught.value.params["n"] == 602


@pytest.mark.parametrize("kind", ["bomb", "wide"])
def test_python_m_lib_check_answers_within_a_few_seconds(tmp_path, kind, monkeypatch):
    """Internal mode (the command line's): a 120 MB shared-strings part (over its 100 MB) and 10 000 columns."""
    monkeypatch.delenv("LARARRESURSER_PUBLIC", raising=False)
    path = tmp_path / ("bomb.xlsx" if kind == "bomb" else "bred.csv")
    path.write_bytes(strings_bomb(120) if kind == "bomb" else wide_csv(10_000))
    start = time.perf_counter()
    try:
        out = subprocess.run([sys.executable, "-m", "lib", "check", str(path)], cwd=ROOT, capture_output=True,
                             text=True, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail(f"python -m lib check {kind} took more than 30 s")
    seconds = time.perf_counter() - start
    assert out.returncode == 1, out.stderr
    expected = "skulle packas upp till" if kind == "bomb" else "Filen har 10000 kolumner; högst 500"
    assert expected in out.stdout
    assert seconds < 8, seconds  # a few seconds, most of them Python starting with pandas


# --- heavy jobs --------------------------------------------------------------------------------------------------

def test_a_job_over_its_time_limit_is_stopped_in_its_worker():
    from lib import jobs

    start = time.perf_counter()
    with pytest.raises(jobs.JobRefused) as caught:
        jobs.run_limited(time.sleep, 60, seconds=1)
    assert time.perf_counter() - start < 15  # the worker's start, a second, and the stop
    assert caught.value.message.key == "jobs.too_slow"
    assert jobs.run_limited(divmod, 7, 2, seconds=30) == (3, 1)
    with pytest.raises(ZeroDivisionError):
        jobs.run_limited(divmod, 1, 0, seconds=30)


def test_heavy_jobs_take_turns_and_say_so():
    from lib import jobs

    jobs.reset(1)
    seen: list[tuple[str, str]] = []

    class Note:
        def __init__(self, state: str, kind: str):
            seen.append((state, kind))

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    jobs.set_reporter(Note)
    order: list[str] = []
    try:
        hold = threading.Event()

        def first() -> None:
            with jobs.slot("profiles"):
                order.append("first in")
                hold.wait(5)
                order.append("first out")

        t = threading.Thread(target=first)
        t.start()
        while not order:
            time.sleep(0.01)
        threading.Timer(0.3, hold.set).start()
        with jobs.slot("ingest"):
            order.append("second in")
            with jobs.slot("ingest"):  # re-entrant in the same thread
                order.append("nested")
        t.join(5)
    finally:
        jobs.set_reporter(None)
        jobs.reset()
    assert order == ["first in", "first out", "second in", "nested"]
    assert ("waiting", "ingest") in seen and seen.count(("running", "ingest")) == 1


def test_a_heavy_grouping_runs_in_a_worker_with_the_same_result(monkeypatch):
    from lib import cache, jobs
    from lib.screens import profiler
    from lib.sources import demo

    data = demo.load_demo()
    year = max(data.school_years)
    grouping = profiler.Grouping(year, tuple(profiler.default_features(data)), None, "kmeans")
    inline = profiler.grouping_result.uncached(data, grouping)
    started = jobs.stats["started"]
    monkeypatch.setattr(profiler, "HEAVY_UNITS", 10)
    cache.SHARED.clear()  # the evidence too is computed again, now as a heavy job
    worker = profiler.grouping_result.uncached(data, grouping)
    assert jobs.stats["started"] > started
    assert worker.k == inline.k and (worker.assignments == inline.assignments).all()


def test_a_heavy_grouping_over_the_time_limit_is_refused_in_words(monkeypatch):
    from lib.screens import profiler
    from lib.sources import demo

    monkeypatch.setenv("LARARRESURSER_HEAVY_JOB_SECONDS", "0.01")
    monkeypatch.setattr(profiler, "HEAVY_UNITS", 10)
    data = demo.load_demo()
    year = max(data.school_years)
    result = profiler.evidence.uncached(data, year, tuple(profiler.default_features(data)), "ward")
    assert result.message.key == "jobs.too_slow"
    assert profiler.error_text(result, "sv").startswith(
        "Profiler kunde inte bildas: beräkningen tog längre än 1 sekunder och stoppades, så att andra inte ska "
        "behöva vänta. Välj k-means i stället för Ward")

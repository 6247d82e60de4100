"""Fetching open data without internet: a fake Skolverket API on 127.0.0.1 (tests/fixtures/fake_skolverket.py).

Mapping of every field, paging, v3 tolerance, retries, timeouts, the cache, Kolada, and the CLI whose CSV
`python -m lib check` accepts."""

from __future__ import annotations

import contextlib
import io
import json
import math
import socket
import threading
import time
from collections import Counter

import pytest

from lib.cli import main
from lib.fetch import kolada, skolverket
from lib.fetch.client import Client, FetchError
from lib.i18n import t
from tests.fixtures.fake_skolverket import V4, Unit, stat


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(**kwargs):
    return skolverket.fetch_schools(["0180", "1480"], backoff=0.01, **kwargs)


def row(frame, school_id, year):
    sub = frame[(frame["school_id"] == school_id) & (frame["school_year"] == year)]
    assert len(sub) == 1, (school_id, year)
    return sub.iloc[0]


def run_cli(argv):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(argv)
    return code, out.getvalue()


# Mapping


def test_every_field_is_mapped_to_the_schema(server):
    result = fetch()
    ds = result.dataset
    frame = ds.frame
    assert ds.level == "school" and ds.source.kind == "fetched"
    assert server.url in ds.source.detail and "0180" in ds.source.detail and "1480" in ds.source.detail
    assert ds.source.date
    alfa = row(frame, "10000001", 2023)
    assert alfa["school_name"] == "Alfaskolan"
    assert (alfa["municipality_code"], alfa["municipality_name"]) == ("0180", "Stockholm")
    assert (alfa["organizer"], alfa["organizer_type"]) == ("STOCKHOLMS KOMMUN", "kommunal")
    assert alfa["lat"] == pytest.approx(59.334591) and alfa["lon"] == pytest.approx(18.06324)
    assert alfa["qualified_share"] == 85.5  # "85,5"
    assert alfa["pupils_per_teacher"] == 12.5
    assert alfa["pupils"] == 450  # "cirka 450"
    assert alfa["teacher_fte"] == 36.0  # 450 / 12,5, estimated and said so
    assert alfa["merit_value"] == 231.5
    assert alfa["eligible_share"] == 88.2
    assert alfa["parents_education_level"] == 2.4  # SALSA "2,4"
    assert alfa["newly_arrived_share"] == 5
    assert not math.isnan(alfa["need_index"])
    # Periods "2022/23" → start year 2022; unsorted periods come out sorted.
    alfa_years = frame[frame["school_id"] == "10000001"]["school_year"].tolist()
    assert alfa_years == [2021, 2022, 2023]
    assert row(frame, "10000001", 2021)["qualified_share"] == 78.1
    # SALSA belongs to its own period only.
    assert math.isnan(row(frame, "10000001", 2022)["parents_education_level"])
    # Fristående → enskild; "~520" is read as 520; "*" is missing.
    assert row(frame, "20000002", 2023)["organizer_type"] == "enskild"
    delta = row(frame, "20000001", 2023)
    assert delta["pupils"] == 520 and math.isnan(delta["eligible_share"])
    # Types as the schema wants them.
    assert frame["school_id"].str.fullmatch(r"\d{8}").all()
    assert frame["municipality_code"].str.fullmatch(r"\d{4}").all()
    assert str(frame["school_year"].dtype) == "int64"


def test_missing_values_coordinates_and_units_are_reported(server):
    result = fetch()
    frame, rep = result.dataset.frame, result.dataset.report
    keys = Counter(m.key for m in rep.messages)
    # Coordinate "0" → missing, said in the report.
    beta = row(frame, "10000002", 2023)
    assert math.isnan(beta["lat"]) and math.isnan(beta["lon"])
    assert result.missing["coordinates"] == ["10000002"]
    assert keys["fetch.coordinates_missing"] == 1
    # No grundskola statistics → left out, one warning naming the unit.
    assert "10000003" not in set(frame["school_id"])
    assert result.missing["statistics"] == ["10000003"]
    warning = next(m for m in rep.warnings if m.key == "fetch.no_statistics")
    assert "Gammaskolan" in warning.text("sv") and "10000003" in warning.text("en")
    # No SALSA for a small unit → empty values, said in the report.
    assert math.isnan(beta["parents_education_level"]) and math.isnan(beta["newly_arrived_share"])
    assert result.missing["salsa"] == ["10000002"]
    assert keys["fetch.salsa_missing"] == 1
    # Markers ".." "." "*" and rounded values are counted.
    marked = next(m for m in rep.messages if m.key == "fetch.values_marked")
    assert marked.params["suppressed"] >= 2 and marked.params["missing"] >= 2 and marked.params["not_applicable"] == 1
    assert next(m for m in rep.messages if m.key == "fetch.values_rounded").params["n"] == 3
    assert rep.messages[0].key == "fetch.summary" and rep.messages[0].params["schools"] == 4
    assert not rep.errors


def test_year_filter_keeps_one_school_year(server):
    ds = fetch(year=2022).dataset
    assert ds.school_years == [2022]
    assert set(ds.frame["school_id"]) == {"10000001", "10000002", "20000001"}
    note = next(m for m in ds.report.warnings if m.key == "fetch.no_rows_for_year")
    assert "Epsilonskolan" in note.text("sv")


@pytest.mark.parametrize(("text", "value"), [("89,6", 89.6), ("cirka 1110", 1110.0), ("~100", 100.0),
                                             ("..", math.nan), (".", math.nan), ("*", math.nan)])
def test_series_reads_swedish_values_and_markers(text, value):
    flags = Counter()
    got = skolverket.series(stat(("2024/25", text), ("2023/24", "1,0")), flags)
    assert list(got) == [2023, 2024]
    assert (math.isnan(got[2024]) and math.isnan(value)) or got[2024] == value


def test_coordinates_zero_text_or_number_are_missing():
    for lat in ("0", 0, "", None, "0,0"):
        assert math.isnan(skolverket.coordinate({"wgs84_Lat": lat}, skolverket.LAT_KEYS, 55, 69.5))
    assert skolverket.coordinate({"wgs84Latitude": "59,5"}, skolverket.LAT_KEYS, 55, 69.5) == 59.5


# Paging and v3 tolerance


def test_paging_follows_links_over_two_pages(server):
    fetcher = skolverket.SkolverketFetcher(use_cache=False)
    try:
        units = fetcher.list_units("0180")
    finally:
        fetcher.close()
    assert [u["code"] for u in units] == ["10000001", "10000002", "10000003"]
    assert server.count("/v4/school-units?geographicalAreaCode=0180") == 2  # page 0 and page 1
    assert all(a == V4 for a in server.accepts)


def test_v3_style_header_and_bare_payload_are_tolerated(server):
    # Göteborg's listing is answered with the v3 media type (see the fixture); it still reads.
    ds = fetch().dataset
    assert set(ds.frame.loc[ds.frame["municipality_code"] == "1480", "school_id"]) == {"20000001", "20000002"}
    # A bare v3-style page without the {status, message, body} wrapper, with links to another host.
    payload = {"_embedded": {"listedSchoolUnits": [{"code": "1", "name": "X", "typeOfSchooling": "gr,fsk"}]},
               "_links": {"next": {"href": "http://localhost:9007/planned-educations/v3/school-units?page=4"}}}
    assert skolverket.body(payload) is payload
    assert [skolverket.unit_code(u) for u in skolverket.listed_units(payload)] == ["00000001"]
    assert skolverket.is_grundskola(payload["_embedded"]["listedSchoolUnits"][0])
    assert skolverket.next_page(payload, 3) == 4
    assert skolverket.next_page({"page": {"number": 1, "totalPages": 2}}, 1) is None
    assert skolverket.split_base("https://x/planned-educations/v3") == ("https://x/planned-educations", "v3")


# Retries, timeouts, unreachable


def test_a_500_is_retried_and_succeeds(server):
    result = fetch()
    assert result.stats["retries"] >= 1
    assert server.count("/v4/school-units/20000001/statistics/gr") == 2
    assert row(result.dataset.frame, "20000001", 2023)["qualified_share"] == 71.0


def test_client_retries_a_one_off_error_but_not_a_404(server):
    client = Client(timeout=2, retries=2, backoff=0.01)
    server.fail_once.add("/v4/school-units/10000001")
    first = time.monotonic()
    try:
        assert client.get_json(f"{server.url}/v4/school-units/10000001") is not None  # fails once, then works
        assert client.get_json(f"{server.url}/v4/no-such", missing_ok=True) is None
        with pytest.raises(FetchError) as info:
            client.get_json(f"{server.url}/v4/no-such")
        assert info.value.key == "fetch.http_error"
    finally:
        client.close()
    assert client.stats.retries == 1
    assert time.monotonic() - first < 2


def test_lasting_server_errors_give_a_fetch_error_after_backing_off(server):
    server.fail_always.add("/v4/school-units/10000001")
    client = Client(timeout=2, retries=3, backoff=0.05)
    started = time.monotonic()
    try:
        with pytest.raises(FetchError) as info:
            client.get_json(f"{server.url}/v4/school-units/10000001")
    finally:
        client.close()
    assert info.value.key == "fetch.server_error" and info.value.params["status"] == 503
    assert server.count("/v4/school-units/10000001") == 4  # one try and three retries
    assert 0.05 + 0.1 + 0.2 <= time.monotonic() - started < 2  # exponential back-off


def test_a_slow_answer_times_out_quickly_with_a_fetch_error(server):
    server.delays["/v4/school-units/10000001"] = 3.0
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        skolverket.fetch_schools(["0180"], timeout=0.3, backoff=0.01, use_cache=False)
    assert info.value.key == "fetch.timeout"
    assert time.monotonic() - started < 2.5
    assert "0,3" in info.value.text("sv") or "0.3" in info.value.text("sv")


def test_unreachable_service_fails_at_once(monkeypatch, tmp_path):
    monkeypatch.setenv("SKOLVERKET_API_URL", f"http://127.0.0.1:{closed_port()}/planned-educations")
    monkeypatch.setenv("LARARRESURSER_CACHE_DIR", str(tmp_path))
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        skolverket.fetch_schools(["0180"], timeout=2)
    assert info.value.key == "fetch.unreachable"
    assert time.monotonic() - started < 2
    assert "Skolverket" in info.value.text("sv") and "Skolverket" in info.value.text("en")


def test_unknown_municipality_is_refused():
    with pytest.raises(FetchError) as info:
        skolverket.fetch_schools(["9999"])
    assert info.value.key == "fetch.bad_municipality"


# Cache


def test_second_fetch_makes_no_requests(server):
    first = fetch()
    seen = len(server.requests)
    assert first.stats["requests"] == seen > 0
    second = fetch()
    assert second.stats["requests"] == 0 and second.stats["cache_hits"] > 0
    assert len(server.requests) == seen
    assert second.dataset.frame.equals(first.dataset.frame)


def test_without_cache_every_fetch_asks(server):
    fetch(use_cache=False)
    seen = len(server.requests)
    fetch(use_cache=False)
    assert len(server.requests) > seen


def test_at_most_four_requests_at_a_time(server):
    server.units = [Unit(f"{40000000 + i}", f"S{i}", "0180", statistics={
        "certifiedTeachersQuota": stat(("2023/24", "70,0"))}, salsa=None) for i in range(12)]
    for unit in server.units:
        server.delays[f"/v4/school-units/{unit.code}"] = 0.1
    client = Client(timeout=5, backoff=0.01)
    active = 0
    most = 0
    lock = threading.Lock()

    def work(code):
        nonlocal active, most
        with lock:
            active += 1
            most = max(most, active)
        try:
            return client.get_json(f"{server.url}/v4/school-units/{code}")
        finally:
            with lock:
                active -= 1

    try:
        docs = client.map(work, [u.code for u in server.units])
    finally:
        client.close()
    assert len(docs) == 12 and most <= 4


# Kolada


def test_kolada_kpis_as_a_long_table(server):
    frame = kolada.fetch_kpis(["0180", "1480"], years=[2023])
    assert set(frame["kpi"]) == set(kolada.KPIS)
    assert set(frame["municipality_code"]) == {"0180", "1480"}
    q = frame[(frame["kpi"] == "N15814") & (frame["municipality_code"] == "0180")].iloc[0]
    assert q["column"] == "qualified_share" and q["year"] == 2023 and q["value"] == 71.0  # the "T" value


def test_kolada_unreachable(monkeypatch, tmp_path):
    monkeypatch.setenv("LARARRESURSER_CACHE_DIR", str(tmp_path))
    with pytest.raises(FetchError) as info:
        kolada.fetch_kpis(["0180"], base_url=f"http://127.0.0.1:{closed_port()}", timeout=2)
    assert info.value.key == "fetch.kolada_unreachable"


# CLI


def test_cli_writes_a_csv_that_check_accepts(server, tmp_path):
    out = tmp_path / "hamtat.csv"
    code, text = run_cli(["fetch", "--municipality", "0180", "--municipality", "1480", "--out", str(out),
                          "--json"])
    assert code == 0
    doc = json.loads(text)
    assert doc["ok"] and doc["schools"] == 4 and doc["missing"]["statistics"] == ["10000003"]
    assert doc["parameters"]["municipality"] == ["0180", "1480"] and "version" in doc
    assert any(w["key"] == "fetch.no_statistics" for w in doc["warnings"])
    raw = out.read_bytes()
    assert raw.startswith("\ufeff".encode()) and b";" in raw.splitlines()[0]
    code, text = run_cli(["check", str(out), "--json"])
    check = json.loads(text)
    assert code == 0 and check["ok"], check["errors"]
    assert check["level"] == "school"
    for column in ("lat", "lon", "qualified_share", "pupils_per_teacher", "pupils", "parents_education_level"):
        assert column in check["columns"], column
    assert not check["errors"]


def test_cli_text_says_how_many_schools_and_what_was_missing(server, tmp_path):
    code, text = run_cli(["fetch", "--municipality", "180", "--out", str(tmp_path / "a.csv")])
    assert code == 0
    assert text.startswith("2 skolenheter")
    assert "Gammaskolan" in text and "SALSA" in text and "koordinater" in text


def test_cli_unreachable_exits_1_within_the_timeout(monkeypatch, tmp_path):
    monkeypatch.setenv("SKOLVERKET_API_URL", f"http://127.0.0.1:{closed_port()}/planned-educations")
    monkeypatch.setenv("LARARRESURSER_CACHE_DIR", str(tmp_path))
    started = time.monotonic()
    code, text = run_cli(["fetch", "--municipality", "0180", "--out", str(tmp_path / "x.csv"), "--json",
                          "--timeout", "2"])
    assert code == 1
    assert time.monotonic() - started < 2
    doc = json.loads(text)
    assert doc["ok"] is False and doc["key"] == "fetch.unreachable"
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize("argv", [
    ["fetch", "--out", "x.csv"],
    ["fetch", "--municipality", "9999", "--out", "x.csv"],
    ["fetch", "--municipality", "0180", "--out", "x.txt"],
    ["fetch", "--municipality", "0180", "--out", "/no/such/dir/x.csv"],
    ["fetch", "--municipality", "0180"],
])
def test_cli_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2


def test_error_messages_exist_in_both_languages():
    for key in ("fetch.unreachable", "fetch.timeout", "fetch.server_error", "fetch.rate_limited",
                "fetch.http_error", "fetch.bad_response", "fetch.no_schools", "fetch.bad_municipality"):
        assert t(key, "sv") != key and t(key, "en") != t(key, "sv")

"""Tables on screen in the visitor's language (issue 18): what the grid shows (the Styler's display values Streamlit
sends) has decimal commas and "–" in Swedish, points in English, never "None" or "nan"; the values stay numbers."""

from __future__ import annotations

import re

import pyarrow as pa
import pytest

from tests.app.conftest import assert_no_errors, open_page

SWEDISH_NUMBER = re.compile(r"^−?\d{1,3}(\u00a0\d{3})*(,\d+)?$")
POINT_DECIMAL = re.compile(r"^[−-]?\d+\.\d+$")


def shown_tables(at) -> list:
    """Every st.dataframe of the page as the visitor reads it (display values) and as its values (data)."""
    out = []
    for element in at.dataframe:
        arrow = element.proto.arrow_data
        assert arrow.styler.display_values, "a table on screen without its formatted text"
        # The grid draws a missing number with the element's placeholder, never with the Styler's text for it.
        assert element.proto.placeholder == "–"
        assert '"format"' not in element.proto.columns  # a column format would replace the Styler's text
        shown = pa.ipc.open_stream(arrow.styler.display_values).read_all().to_pandas()
        values = pa.ipc.open_stream(arrow.data).read_all().to_pandas()
        out.append((shown, values))
    return out


@pytest.mark.parametrize("page", ["app_pages/likvardighet.py", "app_pages/karta.py"])
def test_swedish_tables_read_in_swedish(page):
    at = open_page(page, "sv")
    assert_no_errors(at)
    tables = shown_tables(at)
    assert tables
    cells = [str(v) for shown, _ in tables for v in shown.to_numpy().ravel()]
    assert not [c for c in cells if c in ("None", "nan", "NaN", "<NA>")]
    assert not [c for c in cells if POINT_DECIMAL.match(c)], [c for c in cells if POINT_DECIMAL.match(c)][:5]
    assert any("," in c and SWEDISH_NUMBER.match(c) for c in cells)


def test_the_organiser_comparison_of_real_sweden_draws_its_missing_numbers_as_a_dash():
    """Most municipalities have no independent schools' figure: in the grid those cells are missing numbers (the
    column sorts by value), which Streamlit draws as "None" unless the element says otherwise."""
    at = open_page("app_pages/kommun.py", "sv", query={"data": "sverige"}, timeout=120)
    assert_no_errors(at)
    shown, values = shown_tables(at)[0]
    missing = values.select_dtypes("number").isna()
    assert missing.to_numpy().sum() > 100  # the independent schools' column and the difference, for most rows
    assert {cell for c in missing.columns for cell in shown.loc[missing[c], c]} == {"–"}  # what the Styler says


def test_english_tables_read_in_english_and_keep_their_numbers():
    at = open_page("app_pages/likvardighet.py", "en")
    assert_no_errors(at)
    tables = shown_tables(at)
    cells = [str(v) for shown, _ in tables for v in shown.to_numpy().ravel()]
    assert any(POINT_DECIMAL.match(c) for c in cells)
    assert not [c for c in cells if re.match(r"^\d+,\d{1,2}$", c)]  # no decimal comma
    numeric = [c for _, values in tables for c in values.columns if str(values[c].dtype).lower().startswith(
        ("float", "int"))]
    assert len(numeric) >= 5, numeric  # what the grid sorts by stays a number


def test_the_arrow_of_a_schools_deviation_follows_its_sign_in_swedish():
    from streamlit.proto.Metric_pb2 import Metric

    at = open_page("app_pages/karta.py", "sv")
    options = at.selectbox(key="skola").options
    directions = set()
    for school in options[1:6]:  # a few schools: some above, some below their organiser's average
        at.selectbox(key="skola").select(school).run()
        assert_no_errors(at)
        for metric in at.metric:
            delta = metric.proto.delta
            if not delta or re.fullmatch(r"[−-]?0(,0+)?", delta):
                continue
            # "−0,8" is below the average: a down arrow (Streamlit reads only "-" as negative, not "−")
            expected = Metric.DOWN if delta.startswith("−") else Metric.UP
            assert metric.proto.direction == expected, (school, metric.label, delta)
            directions.add(metric.proto.direction)
    assert directions == {Metric.DOWN, Metric.UP}

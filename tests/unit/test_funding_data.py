"""The allocation columns: optional canonical columns recognised in uploads under Swedish names and in the
template, and the demo's fictional allocation drawn from a random stream of its own, so that no figure the demo
had before changes."""

import hashlib
import io

import pandas as pd

from lib import ingest, schema
from lib.sources import demo
from tests.fixtures import funding_school, small_school

# sha256 of data/demo/*.csv as committed before the allocation columns existed (main at b590ad9).
SCHOOLS_BEFORE = "2df2fe62311bba4eaf3083c8dc70ac500ef3312574bf4bbadb463ec006491749"
CLASSES_BEFORE = "0592bc0a5d2f271ad1464b17a2cae3674760c1e8cf2282b0cb403a2751c6652c"
INTERVENTIONS_BEFORE = "7a25170b8be8f3b3635b7d3fd077876947bc3055ec166189f780c46df6b61d0d"


def digest(frame: pd.DataFrame) -> str:
    """sha256 of a frame written as `demo.write_demo` writes it."""
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, encoding="utf-8", lineterminator="\n", float_format="%.6g")
    return hashlib.sha256(buffer.getvalue().encode("utf-8")).hexdigest()


def test_every_existing_demo_column_is_byte_identical():
    bundle = demo.generate()
    assert digest(bundle.frame.drop(columns=list(schema.FUNDING_COLUMNS))) == SCHOOLS_BEFORE
    # The class results and interventions are drawn after the schools: a shared random stream would move them.
    assert digest(bundle.classes) == CLASSES_BEFORE
    assert digest(bundle.interventions) == INTERVENTIONS_BEFORE
    committed = pd.read_csv(schema.DATA_DIR / "demo" / "schools.csv", dtype=str)
    assert list(committed.columns[-3:]) == list(schema.FUNDING_COLUMNS)
    for name, before in (("classes", CLASSES_BEFORE), ("interventions", INTERVENTIONS_BEFORE)):
        assert hashlib.sha256((schema.DATA_DIR / "demo" / f"{name}.csv").read_bytes()).hexdigest() == before


def test_demo_allocation_is_present_plausible_and_follows_need():
    data = demo.load_demo()
    y = data.year_frame(2024)
    assert y[list(schema.FUNDING_COLUMNS)].notna().all().all()
    assert (y["ses_allocation_sek"] <= y["allocation_sek"]).all()
    per_pupil = y["allocation_sek"].sum() / y["pupils"].sum()
    assert 70_000 <= per_pupil <= 110_000
    high = y["need_index"] >= y["need_index"].quantile(0.75)
    assert (y.loc[high, "ses_allocation_sek"].sum() / y.loc[high, "pupils"].sum()
            > 2 * y.loc[~high, "ses_allocation_sek"].sum() / y.loc[~high, "pupils"].sum())


def test_swedish_headers_are_recognised():
    header = ("Skolenhetskod;Läsår;Antal elever;Tilldelning (kr);Socioekonomisk tilldelning;"
              "Lärarassistenter (heltidstjänster)\n")
    body = "55500010;2024/25;200;16000000;1200000;1,5\n"
    result = ingest.ingest([("budget.csv", ("\ufeff" + header + body).encode("utf-8"))])
    assert result.ok, [m.key for m in result.report.errors]
    row = result.dataset.frame.iloc[0]
    assert (row["allocation_sek"], row["ses_allocation_sek"], row["assistant_fte"]) == (16_000_000, 1_200_000, 1.5)


def test_the_template_offers_the_columns_and_reads_them_back():
    labels = list(ingest.template_frame("sv").columns)
    for label in ("Tilldelning (kr/år)", "Socioekonomisk tilldelning (kr/år)", "Lärarassistenter (heltidstjänster)"):
        assert label in labels
    data = funding_school.funding_dataset()
    expected = pd.DataFrame(funding_school.rows())
    got = data.frame.set_index(["school_id", "school_year"]).sort_index()
    want = expected.assign(school_year=expected["school_year"].astype(int)).set_index(
        ["school_id", "school_year"]).sort_index()
    for column in schema.FUNDING_COLUMNS:
        assert got[column].astype(float).tolist() == want[column].astype(float).tolist()
    assert small_school.SMALL_ID in set(got.index.get_level_values(0))

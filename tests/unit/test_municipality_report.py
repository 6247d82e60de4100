"""The municipality report (kommunrapport) on the bundled real data: its text carries figures checked by hand
against rows of the raw Skolverket exports in data/sverige/raw/, and `python -m lib report sverige` writes it."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from lib import dataset
from lib.cli import main
from lib.documents import formats
from lib.documents.municipality_report import municipality_report
from lib.sources import sverige

SOURCE = "Källa: Skolverket, officiell statistik (Sök statistik), uttag 2025-02-12"  # personalstatistik's "Valt uttag"


@pytest.fixture(scope="module")
def vaxjo():
    data = sverige.load()
    return municipality_report(data, "0780", 2024, "sv", dataset.source_line(data, "sv"))


def text_of(doc) -> str:
    parts = [doc.title, doc.subtitle, doc.footer]
    for s in doc.sections:
        parts += [s.heading, *s.paragraphs, *s.bullets]
        parts += [" | ".join(map(str, row)) for table in s.tables for row in [table.columns, *table.rows]]
    return "\n".join(parts).replace("\xa0", " ")


def test_a_municipality_report_says_the_raw_figures(vaxjo):
    text = text_of(vaxjo)
    assert vaxjo.title == "Kommunrapport: Växjö (0780)" and vaxjo.footer == SOURCE
    assert vaxjo.subtitle.startswith("Läsåret 2024/25 · 290 kommuner")
    # personalstatistik-2024-25.csv, Växjö Samtliga: 567,5 of 742,3 FTE qualified = 76,45 %; 2020-21: 530,0 / 699,8
    # = 75,74 %. elever-per-arskurs-2024-25.csv: 10 713 pupils / 742,3 FTE = 14,43 pupils per teacher.
    assert "i Växjö läsåret 2024/25: 76,5 %" in text
    assert "från 75,7 % (2020/21) till 76,5 % (2024/25)" in text
    assert "Elever per lärare (heltidstjänst) | 14,4 |" in text
    # betyg-ak6-2024-25.csv Samtliga 72,4; behorighet-gymnasiet-2024-25.csv Samtliga/Samtliga (not Flickor) 84,9.
    assert "| 72,4 % |" in text and "| 84,9 % |" in text
    # Organisers 2024/25: Kommunal 536,4 / 687,9 = 77,98 %, Enskild 31,1 / 54,4 = 57,17 %; 2020/21 76,7 and 60,6.
    assert "78,0 % hos kommunala huvudmän och 57,2 % hos enskilda" in text
    assert "2020/21 | 76,7 | 60,6" in text
    # kostnader-2024.csv, Växjö Kommunal: Totalt per elev 147 300, Undervisning per elev 76 900 — calendar year.
    assert "Kostnad per elev i Växjö kalenderår 2024 (kommunala huvudmän): 147 300 kr" in text
    assert "76 900 kr" in text and "inte ett läsår" in text
    assert "liknande behov" in text and "Behovsindex för Sveriges kommuner bygger bara på elevernas bakgrund" in text
    headings = [s.heading for s in vaxjo.sections]
    assert headings[0] == "Iakttagelser" and headings[-1] == "Metod och källa"
    assert sum(len(s.charts) for s in vaxjo.sections) == 2  # the trend and the two organisers over the years


def test_the_nations_report_has_the_gap_and_every_municipality():
    data = sverige.load()
    doc = municipality_report(data, None, 2024, "sv", dataset.source_line(data, "sv"))
    text = text_of(doc)
    assert doc.title == "Sveriges kommuner: lärarresurser och behov"
    assert "67,3 mot 76,8" in text  # issue 17's finding, from the 2024/25 teacher and pupil exports
    table = next(s for s in doc.sections if s.heading == "Alla kommuner läsåret 2024/25").tables[0]
    assert len(table.rows) == 290
    vaxjo = next(row for row in table.rows if row[1] == "0780")
    assert vaxjo[0] == "Växjö" and vaxjo[3] == "76,5"


def test_a_municipality_the_data_does_not_hold_and_school_data_are_refused():
    data = sverige.load()
    with pytest.raises(KeyError):
        municipality_report(data, "9999", 2024, "sv", "Källa")
    from lib.sources import demo

    with pytest.raises(ValueError):
        municipality_report(demo.load_demo(), None, 2024, "sv", "Källa")


def test_the_report_in_english_and_as_pdf(vaxjo):
    data = sverige.load()
    english = municipality_report(data, "0780", 2024, "en", dataset.source_line(data, "en"))
    assert english.title == "Municipality report: Växjö (0780)" and english.footer.startswith("Source: Skolverket")
    pdf = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(formats.to_pdf(vaxjo))).pages)
    assert "Kommunrapport: Växjö (0780)" in pdf and "uttag 2025-02-12" in pdf


@pytest.mark.parametrize("name", ["r.html", "r.pdf"])
def test_the_report_command_writes_a_municipality_report(tmp_path, capsys, name):
    out = tmp_path / name
    assert main(["report", "sverige", "--municipality", "0780", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    content = out.read_bytes()
    if name.endswith(".html"):
        page = content.decode("utf-8")
        assert "<h1>Kommunrapport: Växjö (0780)</h1>" in page and SOURCE in page
    else:
        assert content.startswith(b"%PDF")


def test_the_report_command_without_a_municipality_writes_the_nations(tmp_path):
    out = tmp_path / "sverige.html"
    assert main(["report", "sverige", "--out", str(out), "--lang", "en"]) == 0
    assert "Sweden&#x27;s municipalities" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("argv", "status"), [
    (["--municipality", "9999"], 1),  # not in the data
    (["--organizer", "Växjö kommun"], 2),  # board-report options on municipality data: a usage error
    (["--municipality", "0780", "--target", "80"], 2),
])
def test_the_report_command_refuses_what_it_cannot_do(tmp_path, capsys, argv, status):
    out = tmp_path / "x.pdf"
    assert main(["report", "sverige", *argv, "--out", str(out)]) == status
    assert not out.exists() and capsys.readouterr().err

"""AppTest: Start, Data and "Om data och metod" on the demo data and after an upload, in both languages."""

from __future__ import annotations

import pytest

from lib import schema
from tests.app.conftest import assert_no_errors, open_page
from tests.fixtures.make_exports import skolverket_personal_municipal_csv


def markdown_text(at) -> str:
    return "\n".join(m.value for m in at.markdown) + "\n".join(c.value for c in at.caption)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_start_describes_demo_and_headlines(lang):
    at = open_page(lang=lang)
    assert_no_errors(at)
    text = markdown_text(at)
    banner = "\n".join(i.value for i in at.info)
    assert ("Fiktiva demodata" if lang == "sv" else "Fictional demo data") in banner
    assert ("skolenheter i" if lang == "sv" else "school units in") in text
    assert ("Demodata: 240 skolenheter i 7 kommuner, 5 läsår (2020/21–2024/25)." if lang == "sv" else
            "Demo data: 240 school units in 7 municipalities, 5 school years (2020/21–2024/25).") in text
    # One headline gap per teacher-resource indicator of the demo, each with the latest school year.
    headlines = next(m.value for m in at.markdown if m.value.startswith("- ")).split("\n")
    assert len(headlines) == 3
    first = "Skolorna med störst behov (kvartil 4) har" if lang == "sv" else \
        "The schools with the greatest needs (quartile 4) have"
    assert all(h.startswith(f"- {first}") and "2024/25" in h for h in headlines)
    assert ("andel lärare med legitimation" if lang == "sv" else "share of teachers with certification") \
        in headlines[0]


def test_language_is_kept_in_the_url():
    at = open_page(lang="en")
    assert at.query_params["lang"] == ["en"] or at.query_params["lang"] == "en"
    at.switch_page("app_pages/om.py").run()
    assert at.title[0].value == "About data and method"


def test_om_explains_the_need_index_of_the_active_data():
    at = open_page("app_pages/om.py")
    assert_no_errors(at)
    text = markdown_text(at)
    assert "Behovsindex" in text and "högre värde betyder större behov" in text
    assert "Läsåret 2024/25" in text  # the per-year sentence on how the index was made
    assert "Ingen rangordning av skolor" in text
    glossary = at.dataframe[-1].value.set_index("Namn i koden och mallen")
    assert len(glossary) == len(schema.COLUMNS)
    assert glossary.loc["need_index", "Betydelse"] == "Behovsindex"
    # The demo has every column but SCB's socioeconomic index (its need index is computed from background) and the
    # context columns only the real municipality data (`sverige`) has.
    assert glossary.index[glossary["Finns i aktiva data"] == "nej"].tolist() == [
        "ses_index", "pass_all_subjects_y6_share", "eligible_y9_share", "cost_per_pupil_sek",
        "teaching_cost_per_pupil_sek"]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_om_states_the_rules_behind_the_words(lang):
    at = open_page("app_pages/om.py", lang=lang)
    assert_no_errors(at)
    text = markdown_text(at)
    # The no-ranking sentence quotes Skolverket's SALSA page, with its source; no unsourced "avråder".
    assert ("”SALSA ska inte användas för att rangordna skolor”" if lang == "sv" else
            '"SALSA should not be used to rank schools"') in text
    assert "skolverket.se/skolutveckling/statistik/salsa-statistisk-modell" in text and "avråder" not in text
    # What "för få" means: the rule per unit and school year, the counts' marks, aggregates still count.
    if lang == "sv":
        assert "färre än 10 elever eller färre än 3 lärarheltidstjänster" in text
        assert "*för få*, antalet elever som *< 10* och heltidstjänsterna som *< 3*" in text
        assert "räknar ändå med enheten" in text
    else:
        assert "fewer than 10 pupils or fewer than 3 teacher full-time equivalents" in text
        assert "*too few*, the number of pupils *< 10* and the full-time equivalents *< 3*" in text
    # Erreygers' general formula, and the words read from E for shares.
    assert "E = 4 · μ · C / (b − a)" in text
    # The between-class share by chance: (k − 1)/(n − 1), three classes of 23 → 2/68.
    assert "(k − 1)/(n − 1)" in text and "2/68" in text


def test_data_page_upload_replaces_the_active_dataset_and_start_describes_it():
    at = open_page("app_pages/data.py")
    assert_no_errors(at)
    content = skolverket_personal_municipal_csv(year=2024)
    at.file_uploader(key="upload").set_value(("personal-kommun-2024.csv", content, "text/csv"))
    at.run()
    assert_no_errors(at)
    assert any("kunde läsas" in s.value for s in at.success)
    report = "\n".join(m.value for m in at.markdown)
    assert "Valideringsrapport" in "\n".join(h.value for h in at.subheader)
    # The Skolverket export has 290 municipalities × 3 organiser types: the 580 other rows are listed, not lost.
    assert "0 fel, 0 varningar, 7 noteringar, 580 rader används inte." in report
    assert "**Igenkänt format:** personal\\-kommun\\-2024\\.csv: Skolverkets ”Personalstatistik" in report  # name inert
    assert [e.label for e in at.expander] == ["Noteringar (7)", "Rader som inte används (580)",
                                              "Så tolkades kolumnerna"]
    dropped = at.dataframe[1].value
    assert list(dropped.columns) == ["Fil", "Rad", "Varför"] and len(dropped) == 580
    assert "**Förhandsvisning (de första 50 raderna)**" in report and len(at.dataframe[-1].value) == 50
    # The screen now describes the uploaded data above the upload, without the demo banner.
    assert "Uppladdade data: 290 kommuner, 1 läsår (2024/25). Varje enhet är en kommun." in report
    assert not any("Fiktiva demodata" in i.value for i in at.info)
    at.switch_page("app_pages/start.py").run()
    text = markdown_text(at)
    assert "290 kommuner" in text
    assert "2024/25" in text
    assert not any("Fiktiva demodata" in i.value for i in at.info)


def test_data_page_rejects_a_broken_file_and_keeps_the_demo():
    at = open_page("app_pages/data.py")
    at.file_uploader(key="upload").set_value(("trasig.csv", b"\x00\x01\x02garbage\xff\xfe", "text/csv"))
    at.run()
    assert_no_errors(at)
    assert any("kunde inte användas" in e.value for e in at.error)
    assert [e.label for e in at.expander] == ["Fel (1)"]
    assert "1 fel, 0 varningar, 0 noteringar, 0 rader används inte." in [m.value for m in at.markdown]
    error = at.dataframe[0].value.iloc[0]
    assert error["Fil"] == "trasig.csv" and error["Vad"].startswith("Filen är varken text (CSV) eller en Excelfil")
    at.switch_page("app_pages/start.py").run()
    assert any("Fiktiva demodata" in i.value for i in at.info)


def test_public_mode_refuses_a_file_over_its_limit_on_the_server(monkeypatch):
    """The browser's limit is not the server's: a 12 MB file (40 000 schools, under the row limit) sent past the
    browser in public mode is refused by the server with the file and the limit named, and nothing is read."""
    from tests.unit.limits_fixture import school_csv

    monkeypatch.setenv("LARARRESURSER_PUBLIC", "1")
    big = school_csv(40_000, name_length=280)
    assert len(big) > 11 * 1024 * 1024
    at = open_page("app_pages/data.py")
    at.file_uploader(key="upload").set_value(("stor.csv", big, "text/csv")).run()
    assert_no_errors(at)
    report = "\n".join(str(v) for df in at.dataframe for v in df.value.to_numpy().ravel())
    assert "Filen stor.csv är 12 MB; gränsen för uppladdning här är 10 MB. Den lästes inte in." in report
    assert any("Filerna kunde inte användas" in e.value for e in at.error)
    assert "Demodata: 240 skolenheter" in markdown_text(at)  # the demo is still the active data


def test_public_mode_refuses_four_files_that_merge_beyond_the_row_limit(monkeypatch):
    """Each of four files is within the public row limit (12 500 here); merged they are not: refused, demo kept."""
    from tests.unit.limits_fixture import school_csv

    monkeypatch.setenv("LARARRESURSER_PUBLIC", "1")
    monkeypatch.setenv("LARARRESURSER_MAX_ROWS", "12500")
    at = open_page("app_pages/data.py")
    files = [(f"del{i}.csv", school_csv(12_500, start=i * 12_500), "text/csv") for i in range(4)]
    at.file_uploader(key="upload").set_value(files).run()
    assert_no_errors(at)
    report = "\n".join(str(v) for df in at.dataframe for v in df.value.to_numpy().ravel())
    assert "Filerna ger tillsammans 50000 rader efter sammanslagningen; gränsen för uppladdning är 12500 rader." \
        in report
    assert "Demodata: 240 skolenheter" in markdown_text(at)

"""AppTest: Start, Data and "Om data och metod" on the demo data and after an upload, in both languages."""

from __future__ import annotations

import pytest

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
    # A headline gap sentence about the share of qualified teachers, with the school year.
    assert ("kvartil 4" if lang == "sv" else "quartile 4") in text
    assert "/2" in text  # a school year like 2024/25


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
    assert "rader används inte" in report
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
    at.switch_page("app_pages/start.py").run()
    assert any("Fiktiva demodata" in i.value for i in at.info)

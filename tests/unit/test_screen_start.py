"""The Start screen's views (lib.screens.start) on four hand-made schools: the dataset sentence, the headline gaps,
the texts of the view in both languages, and one cache entry per dataset and language."""

from __future__ import annotations

import pandas as pd

from lib import cache
from lib.dataset import Dataset, Source
from lib.screens import start


def four_schools(kind: str = "demo", files: tuple[str, ...] = ()) -> Dataset:
    frame = pd.DataFrame({
        "school_year": [2023] * 4 + [2024] * 4, "school_id": ["10000001", "10000002", "10000003", "10000004"] * 2,
        "municipality_code": ["0180", "0180", "1980", "1980"] * 2,
        "need_index": [50.0, 90.0, 110.0, 150.0] * 2, "qualified_share": [80.0, 75.0, 70.0, 60.0] * 2,
        "teacher_fte": [10.0] * 8, "pupils": [100.0, 200.0, 300.0, 400.0] * 2,
        "pupils_per_teacher": [10.0, 20.0, 30.0, 40.0] * 2,
    })
    return Dataset(frame, "school", Source(kind, files, "2025-01-01"))



def test_describe_says_kind_size_and_school_years():
    assert start.describe(four_schools(), "sv") == \
        "Demodata: 4 skolenheter i 2 kommuner, 2 läsår (2023/24–2024/25)."
    municipal = Dataset(four_schools().frame, "municipality", Source("upload", ("k.csv",)))
    assert start.describe(municipal, "en") == \
        "Uploaded data: 2 municipalities, 2 school years (2023/24–2024/25). Each unit is a municipality."


def test_headlines_are_the_q4_minus_q1_gaps_of_the_latest_year():
    found = start.headlines(four_schools(), "sv")
    assert [h.indicator for h in found] == ["qualified_share", "pupils_per_teacher"]
    share = found[0]
    # One school per quartile: Q1 = 80 (need 50), Q4 = 60 (need 150); gap 60 − 80 = −20.
    assert (share.year, share.q1, share.q4, share.gap) == (2024, 80.0, 60.0, -20.0)
    assert share.sentence.startswith("Skolorna med störst behov (kvartil 4) har 20,0 procentenheter lägre")
    # Pupils per teacher: Q1 = 100 / 10 = 10, Q4 = 400 / 10 = 40; gap +30.
    assert (found[1].q1, found[1].q4, found[1].gap) == (10.0, 40.0, 30.0)


def test_view_lists_the_headlines_and_the_reading_note():
    view = start.view(four_schools(), "sv")
    assert view.description.startswith("Demodata: 4 skolenheter")
    assert view.files is None
    lines = view.headline_list.split("\n")
    assert len(lines) == 2 and all(line.startswith("- Skolorna med störst behov") for line in lines)
    assert view.note.startswith("Behovsindex: högre värde = större behov;")
    assert view.note.endswith("de rangordnar inte skolor och visar inte orsak och verkan.")
    upload = start.view(four_schools("upload", ("a.csv", "b.xlsx")), "en")
    assert upload.files == "Files: a\\.csv, b\\.xlsx"  # Markdown (st.caption): the files' names inert
    assert upload.headline_list.startswith("- The schools with the greatest needs (quartile 4)")


def test_view_without_a_need_index_has_no_headlines():
    data = four_schools()
    view = start.view(Dataset(data.frame.drop(columns=["need_index"]), "school", data.source), "sv")
    assert view.headlines == () and view.headline_list == ""


def test_languages_and_datasets_have_their_own_cache_entries():
    data = four_schools()
    other = Dataset(data.frame.assign(qualified_share=[60.0, 70.0, 75.0, 80.0] * 2), "school", data.source)
    sv, en, changed = start.view(data, "sv"), start.view(data, "en"), start.view(other, "sv")
    views = [k for k in cache.SHARED.keys("start") if k[0] == "lib.screens.start.view"]
    assert len(views) == 3
    assert sv.headline_list != en.headline_list and sv.headline_list != changed.headline_list
    assert "högre andel" in changed.headline_list  # Q4 80 against Q1 60
    assert start.view(data, "sv") is sv

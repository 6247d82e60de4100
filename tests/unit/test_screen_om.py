"""The "Om data och metod" screen's view (lib.screens.om): the active data, the need index per year, the glossary."""

from __future__ import annotations

import pandas as pd

from lib import cache, schema
from lib.dataset import Dataset, Source
from lib.screens import om


def schools() -> Dataset:
    frame = pd.DataFrame({
        "school_year": [2024] * 4, "school_id": ["10000001", "10000002", "10000003", "10000004"],
        "municipality_code": ["1980"] * 4, "ses_index": [90.0, 100.0, 110.0, 120.0],
        "need_index": [90.0, 100.0, 110.0, 120.0], "qualified_share": [80.0, 75.0, None, 60.0],
        "pupils": [100.0, 200.0, 300.0, 400.0], "merit_value": [None] * 4,
    })
    return Dataset(frame, "school", Source("demo"))



def test_view_describes_the_data_and_how_the_need_index_was_made_each_year():
    view = om.view(schools(), "sv")
    assert view.sentence == "Demodata: 4 skolenheter i 1 kommun, 1 läsår (2024/25)."
    # Every unit has SCB's index in 2024, so it is the need index.
    assert view.need_sentences == ("Läsåret 2024/25: behovsindex är SCB:s socioekonomiska index (4 enheter).",)
    assert view.need_list == "- Läsåret 2024/25: behovsindex är SCB:s socioekonomiska index (4 enheter)."


def test_glossary_has_every_column_and_says_which_the_data_holds():
    table = om.view(schools(), "en").columns.frame.set_index("Name in code and template")
    assert len(table) == len(schema.COLUMNS)
    assert table.loc["qualified_share", "In the active data"] == "yes"
    assert table.loc["merit_value", "In the active data"] == "no"  # present but empty
    assert table.loc["teacher_fte", "In the active data"] == "no"  # absent
    assert table.loc["pupils", "Meaning"] == "Pupils"


def test_without_data_only_the_glossary():
    view = om.view(None, "sv")
    assert view.sentence is None and view.need_sentences == () and view.need_list == ""
    assert set(view.columns.frame.iloc[:, 2]) == {"nej"}


def test_languages_and_datasets_have_their_own_cache_entries():
    sv, en = om.view(schools(), "sv"), om.view(schools(), "en")
    other = schools()
    other = Dataset(other.frame.assign(ses_index=[None, 100.0, 110.0, 120.0]), "school", other.source)
    changed = om.view(other, "sv")
    assert len(cache.SHARED.keys("om")) == 3
    assert sv.need_sentences != en.need_sentences and changed.need_sentences != sv.need_sentences

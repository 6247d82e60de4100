"""The need index: SCB's index when complete, otherwise the computed index, pinned on hand-made data."""

import numpy as np
import pandas as pd
import pytest

from lib.measures import need


def frame(**cols):
    n = len(next(iter(cols.values())))
    base = {"school_id": [f"9000000{i}" for i in range(n)], "school_year": [2024] * n}
    return pd.DataFrame({**base, **cols})


def test_ses_index_used_when_every_unit_has_it():
    f = frame(ses_index=[80.0, 120.0, 100.0], parents_higher_ed_share=[10.0, 20.0, 30.0], pupils=[1, 1, 1])
    index, messages = need.need_index(f)
    assert index.tolist() == [80.0, 120.0, 100.0]
    assert messages[0].key == "need.method_ses_index"


def test_partial_ses_index_falls_back_to_computed_index():
    f = frame(ses_index=[80.0, None, 100.0, 90.0], parents_higher_ed_share=[80.0, 60.0, 40.0, 20.0],
              pupils=[100, 100, 100, 100])
    index, messages = need.need_index(f)
    assert messages[0].key == "need.method_zscore"
    # Equal weights, x = 80, 60, 40, 20: mean 50, population sd = sqrt((900+100+100+900)/4) = sqrt(500).
    # Oriented (more educated parents = fewer needs): z = (50 - x)/sqrt(500) = -1.342, -0.447, 0.447, 1.342,
    # already standardised, so index = 100 + 15·z = 79.88, 93.29, 106.71, 120.12.
    assert index.round(2).tolist() == [79.88, 93.29, 106.71, 120.12]


def test_zscore_index_is_pupil_weighted():
    f = frame(parents_higher_ed_share=[80.0, 60.0, 40.0, 20.0], pupils=[100, 200, 300, 400])
    index, _ = need.need_index(f)
    # Weighted mean of x = (8000+12000+12000+8000)/1000 = 40 → the third school sits at 100.
    # Weighted variance = (100·1600 + 200·400 + 300·0 + 400·400)/1000 = 400 → sd 20.
    # z = (40 - x)/20 = -2, -1, 0, 1 → 100 + 15·z = 70, 85, 100, 115.
    assert index.tolist() == pytest.approx([70.0, 85.0, 100.0, 115.0])


def test_regression_index_predicts_share_not_eligible_from_background():
    # Not eligible = 100 − eligible = 40, 30, 20, 10 = 50 − 0.5·x exactly, so predictions are exact.
    f = frame(parents_higher_ed_share=[20.0, 40.0, 60.0, 80.0], eligible_share=[60.0, 70.0, 80.0, 90.0],
              pupils=[100, 100, 100, 100])
    index, messages = need.need_index(f)
    assert messages[0].key == "need.method_regression"
    # Mean prediction = (40+30+20+10)/4 = 25 → index = 100·p/25 = 160, 120, 80, 40.
    assert index.tolist() == pytest.approx([160.0, 120.0, 80.0, 40.0])


def test_regression_predictions_are_clipped_at_zero():
    # Exact line: not eligible = 30 − 0.5·x → predictions 20, 10, 0, −10 → clipped to 0 for the last.
    f = frame(parents_higher_ed_share=[20.0, 40.0, 60.0, 80.0], eligible_share=[80.0, 90.0, 100.0, 110.0],
              pupils=[1, 1, 1, 1])
    f["eligible_share"] = f["eligible_share"].clip(upper=100)  # the data itself stays in range
    index, _ = need.need_index(f)
    assert (index >= 0).all()
    assert index.iloc[-1] == 0.0 or index.iloc[-1] == pytest.approx(0.0, abs=1e-9)


def test_units_lacking_background_get_no_index_and_are_counted():
    f = frame(parents_higher_ed_share=[80.0, 60.0, np.nan, 20.0], pupils=[1, 1, 1, 1])
    index, messages = need.need_index(f)
    assert np.isnan(index.iloc[2])
    assert messages[0].params["missing"] == 1


def test_no_background_no_index():
    f = frame(pupils=[1, 2])
    index, messages = need.need_index(f)
    assert index.isna().all()
    assert messages[0].key == "need.method_none"


def test_each_school_year_on_its_own():
    f = pd.concat([frame(parents_higher_ed_share=[80.0, 20.0], pupils=[1, 1]),
                   frame(parents_higher_ed_share=[50.0, 10.0], pupils=[1, 1]).assign(school_year=2023)])
    index, messages = need.need_index(f)
    # Within each year two equal-weight units one sd either side of the mean: 85 and 115.
    assert index.tolist() == pytest.approx([85.0, 115.0, 85.0, 115.0])
    assert [m.params["year"] for m in messages] == [2023, 2024]

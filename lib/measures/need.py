"""The need index ("Behovsindex"): SCB's socioeconomic index when given, otherwise computed from background.

Higher always means greater needs; 100 is the dataset's (pupil-weighted) average for that school year,
not the nation's. See DESIGN "Need index".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from lib.messages import Message

BACKGROUND: tuple[str, ...] = (
    "parents_higher_ed_share", "foreign_background_share", "newly_arrived_share", "parents_education_level",
)
# +1: more of it means greater needs; -1: more of it means fewer needs.
ORIENTATION: dict[str, int] = {
    "parents_higher_ed_share": -1, "foreign_background_share": 1, "newly_arrived_share": 1,
    "parents_education_level": -1,
}
MIN_COVERAGE = 0.5  # a background column is used in a year when at least half the units have it

Method = Literal["ses_index", "regression", "zscore", "none"]


@dataclass(frozen=True)
class NeedMethod:
    """How the need index of one school year was made."""

    year: int
    method: Method
    columns: tuple[str, ...]
    units: int
    units_without: int


def _weights(frame: pd.DataFrame) -> pd.Series:
    """Pupil weights; 1 for every unit when pupil counts are absent (so small data still works)."""
    if "pupils" in frame and frame["pupils"].notna().any():
        return pd.to_numeric(frame["pupils"], errors="coerce").fillna(0).clip(lower=0).astype(float)
    return pd.Series(1.0, index=frame.index)


def weighted_mean(x: pd.Series, w: pd.Series) -> float:
    """Σw·x / Σw over units where x is known; NaN when no weight remains."""
    ok = x.notna() & w.notna() & (w > 0)
    if not ok.any() or w[ok].sum() == 0:
        return float("nan")
    return float(np.average(x[ok].astype(float), weights=w[ok].astype(float)))


def weighted_std(x: pd.Series, w: pd.Series) -> float:
    """Pupil-weighted population standard deviation."""
    ok = x.notna() & (w > 0)
    if not ok.any():
        return float("nan")
    m = np.average(x[ok].astype(float), weights=w[ok])
    return float(np.sqrt(np.average((x[ok].astype(float) - m) ** 2, weights=w[ok])))


def background_columns(year_frame: pd.DataFrame) -> tuple[str, ...]:
    """Background columns present for at least half the units of one year."""
    n = len(year_frame)
    return tuple(c for c in BACKGROUND if c in year_frame and n and year_frame[c].notna().mean() >= MIN_COVERAGE)


def _regression_index(sub: pd.DataFrame, cols: tuple[str, ...], w: pd.Series) -> pd.Series | None:
    """100·prediction/weighted mean prediction of the share *not* eligible, from background alone."""
    from sklearn.linear_model import LinearRegression

    y = 100.0 - pd.to_numeric(sub["eligible_share"], errors="coerce")
    x = sub[list(cols)].apply(pd.to_numeric, errors="coerce")
    fit_rows = y.notna() & x.notna().all(axis=1) & (w > 0)
    if fit_rows.sum() < len(cols) + 2:
        return None
    model = LinearRegression().fit(x[fit_rows].to_numpy(float), y[fit_rows].to_numpy(float),
                                   sample_weight=w[fit_rows].to_numpy(float))
    pred_rows = x.notna().all(axis=1)
    pred = pd.Series(np.nan, index=sub.index)
    pred[pred_rows] = np.clip(model.predict(x[pred_rows].to_numpy(float)), 0, None)
    mean = weighted_mean(pred, w)
    if not np.isfinite(mean) or mean <= 0:
        return None
    return 100.0 * pred / mean


def _zscore_index(sub: pd.DataFrame, cols: tuple[str, ...], w: pd.Series) -> pd.Series | None:
    """100 + 15·z: z is the oriented mean of the standardised background columns, standardised again."""
    parts = []
    for c in cols:
        x = pd.to_numeric(sub[c], errors="coerce").astype(float)
        sd = weighted_std(x, w)
        if not np.isfinite(sd) or sd == 0:
            continue
        parts.append(ORIENTATION[c] * (x - weighted_mean(x, w)) / sd)
    if not parts:
        return None
    combined = pd.concat(parts, axis=1).mean(axis=1, skipna=False)
    sd = weighted_std(combined, w)
    if not np.isfinite(sd) or sd == 0:
        return pd.Series(np.where(combined.notna(), 100.0, np.nan), index=sub.index)
    return 100.0 + 15.0 * (combined - weighted_mean(combined, w)) / sd


def need_methods(frame: pd.DataFrame) -> list[NeedMethod]:
    """How the need index is made in each school year of `frame` (the same decisions `need_index` takes)."""
    return _compute(frame)[1]


def _compute(frame: pd.DataFrame) -> tuple[pd.Series, list[NeedMethod]]:
    original_index = frame.index
    frame = frame.reset_index(drop=True)  # positional work: the caller's index may repeat
    out = pd.Series(np.nan, index=frame.index, dtype=float)
    methods: list[NeedMethod] = []
    if "school_year" not in frame or frame.empty:
        return out.set_axis(original_index), methods
    for year, sub in frame.groupby("school_year", sort=True):
        w = _weights(sub)
        index: pd.Series | None = None
        cols: tuple[str, ...] = ()
        method: Method = "none"
        if "ses_index" in sub and sub["ses_index"].notna().all():
            index, method, cols = pd.to_numeric(sub["ses_index"], errors="coerce").astype(float), "ses_index", (
                "ses_index",)
        else:
            cols = background_columns(sub)
            if cols and "eligible_share" in sub and sub["eligible_share"].notna().mean() >= MIN_COVERAGE:
                index = _regression_index(sub, cols, w)
                method = "regression" if index is not None else "none"
            if index is None and cols:
                index = _zscore_index(sub, cols, w)
                method = "zscore" if index is not None else "none"
        if index is not None:
            out.loc[sub.index] = index.to_numpy(float)
        known = int(out.loc[sub.index].notna().sum())
        methods.append(NeedMethod(int(year), method, cols if method != "none" else (), known, len(sub) - known))
    return out.set_axis(original_index), methods


def need_index(frame: pd.DataFrame) -> tuple[pd.Series, list[Message]]:
    """The need index per row and messages saying, per school year, which index is in use and how it was made."""
    index, methods = _compute(frame)
    messages = []
    for m in methods:
        messages.append(Message(f"need.method_{m.method}", {
            "year": m.year, "columns": ", ".join(m.columns), "units": m.units, "missing": m.units_without}))
    return index, messages

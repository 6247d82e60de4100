"""A small hand-made dataset for the school sheet and board report tests, with every figure the tests expect
worked out by hand below (so no test computes its expectation with the code under test).

School year 2024 (2023: the same schools except Dalskolan, with the qualified shares in `QUALIFIED_2023`):

| id       | name                   | organiser           | need | qual. | pupils | FTE | FL | turnover |
|----------|------------------------|---------------------|------|-------|--------|-----|----|----------|
| 10000001 | Alfaskolan (fiktiv)    | Ekby kommun         | 120  | 56    | 100    | 10  | 1  | 20       |
| 10000002 | Betaskolan (fiktiv)    | Ekby kommun         |  90  | 68    | 100    |  5  | 1  | 10       |
| 10000003 | Cederskolan (fiktiv)   | Ekby kommun         |  80  | 92    | 100    | 10  | 2  |  8       |
| 10000004 | Dalskolan (fiktiv)     | Ekby kommun         |  –   | 55    |   9    |  2  | 0  | 30       |
| 10000005 | Ekskolan (fiktiv)      | Ekby kommun         | 110  | 84    | 100    |  5  | 0  | 12       |
| 10000006 | Almgården (fiktiv)     | Lärande AB (fiktiv) | 100  | 70    | 200    | 10  | 2  | 15       |

Ekby kommun's schools on average in 2024 (ratios of sums, Dalskolan counted):
- qualified share  Σ FTE·q / Σ FTE = (560 + 340 + 920 + 110 + 420) / 32 = 2350 / 32 = 73.4375 → "73,4"
- pupils/teacher   Σ pupils / Σ FTE = 409 / 32 = 12.78 → "12,8"
- FL per 100 pupils Σ FL / Σ pupils · 100 = 4 / 409 · 100 = 0.978 → "0,98"
- turnover         Σ FTE·t / Σ FTE = (200 + 50 + 80 + 60 + 60) / 32 = 450 / 32 = 14.06 → "14,1"
In 2023: qualified share (600 + 350 + 900 + 400) / 30 = 2250 / 30 = 75.0 → "75,0".

Need quartiles 2024 over all five schools with a need index, sorted C 80, B 90, Almgården 100, E 110, A 120;
unit i of 5 → ⌊4i/5⌋ + 1: C 1, B 1, Almgården 2, E 3, A 4. Dalskolan has none.
"""

from __future__ import annotations

import math

import pandas as pd

from lib.dataset import Dataset, Source

EKBY, LARANDE = "Ekby kommun", "Lärande AB (fiktiv)"
A, B, C, D, E, F = (f"1000000{i}" for i in range(1, 7))
NAMES = {A: "Alfaskolan (fiktiv)", B: "Betaskolan (fiktiv)", C: "Cederskolan (fiktiv)", D: "Dalskolan (fiktiv)",
         E: "Ekskolan (fiktiv)", F: "Almgården (fiktiv)"}
QUALIFIED_2023 = {A: 60.0, B: 70.0, C: 90.0, E: 80.0, F: 75.0}
SOURCE_DATE = "2026-01-15"
_SCHOOLS = [  # id, organiser, need, qualified, pupils, fte, first teachers, turnover, lat, lon
    (A, EKBY, 120.0, 56.0, 100, 10.0, 1, 20.0, 59.61, 16.54),
    (B, EKBY, 90.0, 68.0, 100, 5.0, 1, 10.0, 59.62, 16.50),
    (C, EKBY, 80.0, 92.0, 100, 10.0, 2, 8.0, 59.60, 16.56),
    (D, EKBY, math.nan, 55.0, 9, 2.0, 0, 30.0, 59.63, 16.52),
    (E, EKBY, 110.0, 84.0, 100, 5.0, 0, 12.0, 59.59, 16.58),
    (F, LARANDE, 100.0, 70.0, 200, 10.0, 2, 15.0, 59.61, 16.60),
]


def frame() -> pd.DataFrame:
    """Both school years in canonical columns, the derived ones written out (pupils per teacher = pupils / FTE,
    förstelärare per 100 pupils = 100 · FL / pupils)."""
    rows = []
    for year in (2023, 2024):
        for sid, organizer, need, qualified, pupils, fte, fl, turnover, lat, lon in _SCHOOLS:
            if year == 2023 and sid == D:
                continue
            rows.append({
                "school_id": sid, "school_name": NAMES[sid], "municipality_code": "1980",
                "municipality_name": "Västerås", "organizer": organizer, "organizer_type":
                "kommunal" if organizer == EKBY else "enskild", "school_year": year, "lat": lat, "lon": lon,
                "pupils": float(pupils), "teacher_fte": fte,
                "qualified_share": qualified if year == 2024 else QUALIFIED_2023[sid],
                "pupils_per_teacher": pupils / fte, "first_teachers": float(fl),
                "first_teachers_per_100_pupils": 100 * fl / pupils, "teacher_turnover": turnover,
                "need_index": need,
            })
    return pd.DataFrame(rows)


def interventions() -> pd.DataFrame:
    """Two central recruitments and one professional development at Ekby's schools, one at Lärande's."""
    return pd.DataFrame({"school_id": [A, B, C, F],
                         "type": ["central_recruitment", "central_recruitment", "professional_development",
                                  "central_recruitment"]})


def ekby(kind: str = "demo", **changes: float) -> Dataset:
    """The dataset; `kind` "demo" makes it shared data (cached for everyone, with the fictional-data notice),
    "upload" a visitor's own. `changes` sets a column for Alfaskolan in 2024 (another dataset, same shape)."""
    data = frame()
    for column, value in changes.items():
        data.loc[(data["school_id"] == A) & (data["school_year"] == 2024), column] = value
    return Dataset(data, "school", Source(kind, () if kind == "demo" else ("ekby.csv",), SOURCE_DATE),
                   interventions=interventions())

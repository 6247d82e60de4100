"""Small hand-made datasets for the school sheet and board report tests, with every figure the tests expect
worked out by hand below (so no test computes its expectation with the code under test): Ekby (`ekby`, this
docstring) and Lilleby (`lilleby`, further down: a school under the small-number rule in all three school years).

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


# --- Lilleby: a school under the small-number rule in every one of three years ----------------------------------
# Lilleby kommun (fictional), school years 2022–2024; Gläntan is under the small-number rule in all three years, each
# time for another reason, and Irisskolan in 2023 only:
#
# | id       | name                  | need | qual. 22/23/24 | pupils 22/23/24 | FTE 22/23/24  | FL |
# |----------|-----------------------|------|----------------|-----------------|---------------|----|
# | 20000001 | Gläntan (fiktiv)      | 150  | 41 / 43 / 40   |  7 / 40 / 8     | 0.5 / 2.5 / 4 | 1  |
# | 20000002 | Hagaskolan (fiktiv)   | 140  | 55 / 60 / 60   | 200             | 16            | 2  |
# | 20000003 | Irisskolan (fiktiv)   | 120  | 70 / 80 / 80   | 100             | 10 / 2.5 / 10 | 1  |
# | 20000004 | Jasminskolan (fiktiv) | 110  | 75             | 100             | 10            | 1  |
# | 20000005 | Kastanjen (fiktiv)    | 100  | 70             | 100             | 10            | 1  |
# | 20000006 | Lindskolan (fiktiv)   |  90  | 85             | 100             | 10            | 0  |
# | 20000007 | Murgrönan (fiktiv)    |  80  | 90             | 100             | 10            | 0  |
# | 20000008 | Näckrosen (fiktiv)    |  70  | 88             | 100             | 10            | 0  |
#
# Gläntan: 2022 7 pupils and 0.5 FTE (both under), 2023 40 pupils but 2.5 FTE (FTE under), 2024 4 FTE but 8 pupils
# (pupils under). Irisskolan 2023: 2.5 FTE (under).
#
# Lilleby's schools on average (Σ FTE·q / Σ FTE, every school counted — the small ones too):
# - 2022: (0.5·41 + 16·55 + 10·70 + 10·(75 + 70 + 85 + 90 + 88)) / (0.5 + 16 + 10 + 50)
#         = (20.5 + 880 + 700 + 4080) / 76.5 = 5680.5 / 76.5 = 74.25 → "74,3"
# - 2023: (2.5·43 + 16·60 + 2.5·80 + 4080) / (2.5 + 16 + 2.5 + 50) = (107.5 + 960 + 200 + 4080) / 71
#         = 5347.5 / 71 = 75.32 → "75,3"
# - 2024: (4·40 + 16·60 + 10·80 + 4080) / (4 + 16 + 10 + 50) = (160 + 960 + 800 + 4080) / 80 = 6000 / 80 = 75.0
#   (without Gläntan it would be 5840 / 76 = 76.84)
# - 2024 pupils per teacher Σ pupils / Σ FTE = (8 + 200 + 6·100) / 80 = 808 / 80 = 10.1 → "10,1"
# - 2024 förstelärare per 100 pupils 100 · Σ FL / Σ pupils = 100 · 6 / 808 = 0.743 → "0,74"
#
# Need quartiles 2024 (eight schools: unit i → ⌊4i/8⌋ + 1): Näckrosen, Murgrönan Q1; Lindskolan, Kastanjen Q2;
# Jasminskolan, Irisskolan Q3; Hagaskolan, Gläntan Q4. FTE-weighted qualified share per quartile: Q1 (880 + 900) / 20
# = 89.0, Q2 (850 + 700) / 20 = 77.5, Q3 (750 + 800) / 20 = 77.5, Q4 (960 + 160) / 20 = 56.0 (Gläntan counted; 60.0
# without it).
LILLEBY = "Lilleby kommun (fiktiv)"
GLANTAN, HAGA, IRIS, JASMIN, KASTANJ, LIND, MURGRONA, NACKROS = (f"2000000{i}" for i in range(1, 9))
LILLEBY_NAMES = {GLANTAN: "Gläntan (fiktiv)", HAGA: "Hagaskolan (fiktiv)", IRIS: "Irisskolan (fiktiv)",
                 JASMIN: "Jasminskolan (fiktiv)", KASTANJ: "Kastanjen (fiktiv)", LIND: "Lindskolan (fiktiv)",
                 MURGRONA: "Murgrönan (fiktiv)", NACKROS: "Näckrosen (fiktiv)"}
_LILLEBY = {  # id: need, first teachers, {year: (qualified, pupils, fte)}
    GLANTAN: (150.0, 1, {2022: (41.0, 7, 0.5), 2023: (43.0, 40, 2.5), 2024: (40.0, 8, 4.0)}),
    HAGA: (140.0, 2, {2022: (55.0, 200, 16.0), 2023: (60.0, 200, 16.0), 2024: (60.0, 200, 16.0)}),
    IRIS: (120.0, 1, {2022: (70.0, 100, 10.0), 2023: (80.0, 100, 2.5), 2024: (80.0, 100, 10.0)}),
    JASMIN: (110.0, 1, {y: (75.0, 100, 10.0) for y in (2022, 2023, 2024)}),
    KASTANJ: (100.0, 1, {y: (70.0, 100, 10.0) for y in (2022, 2023, 2024)}),
    LIND: (90.0, 0, {y: (85.0, 100, 10.0) for y in (2022, 2023, 2024)}),
    MURGRONA: (80.0, 0, {y: (90.0, 100, 10.0) for y in (2022, 2023, 2024)}),
    NACKROS: (70.0, 0, {y: (88.0, 100, 10.0) for y in (2022, 2023, 2024)}),
}


def lilleby(kind: str = "upload", **changes: float) -> Dataset:
    """Lilleby's eight schools over three school years (the table above); `changes` sets a column for Gläntan in
    2024. A visitor's own data by default (`kind` "demo" for shared data)."""
    rows = []
    for number, (sid, (need, fl, years)) in enumerate(_LILLEBY.items()):
        for year, (qualified, pupils, fte) in years.items():
            rows.append({
                "school_id": sid, "school_name": LILLEBY_NAMES[sid], "municipality_code": "0180",
                "municipality_name": "Stockholm", "organizer": LILLEBY, "organizer_type": "kommunal",
                "school_year": year, "lat": 59.30 + number / 100, "lon": 18.00 + number / 100,
                "pupils": float(pupils), "teacher_fte": fte, "qualified_share": qualified,
                "pupils_per_teacher": pupils / fte, "first_teachers": float(fl),
                "first_teachers_per_100_pupils": 100 * fl / pupils, "need_index": need,
            })
    data = pd.DataFrame(rows)
    for column, value in changes.items():
        data.loc[(data["school_id"] == GLANTAN) & (data["school_year"] == 2024), column] = value
    return Dataset(data, "school", Source(kind, () if kind == "demo" else ("lilleby.csv",), SOURCE_DATE))

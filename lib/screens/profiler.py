"""What the Utmaningsprofiler screen shows: the grouping of one school year's units into challenge profiles (with
the evidence for k, the stability, the profiles in words, a map and a table) and the rule-based "skola med
utmaningar" flag.

A visitor's grouping is a `Grouping` and their flag a `FlagChoice`; the screen keeps both in the visitor's state,
and the other screens (Karta, Likvärdighet, Förstelärare, Skolblad) turn them into profiles and flags with
`grouping_result` and `challenge_flag` — the same cached entries this screen fills. `python -m lib profiles`
prints the same grouping (`to_json`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from lib import jobs, schema
from lib.cache import cached
from lib.dataset import Dataset
from lib.i18n import column_label, fmt_int, fmt_number, fmt_pct, fmt_school_year, t
from lib.measures import profiles
from lib.screens.parts import Table

K_MIN, K_MAX = min(profiles.K_RANGE), max(profiles.K_RANGE)  # the k slider's range
OPERATORS: tuple[profiles.Operator, ...] = (">=", "<=")
# The rule's three rows as the screen first shows them: (indicator or None, operator, threshold).
RULE_DEFAULTS: tuple[tuple[str | None, profiles.Operator, float], ...] = (
    ("need_index", ">=", 120.0), ("qualified_share", "<=", 65.0), (None, ">=", 0.0))
CARD_COLUMNS = 4  # profile cards per row at most
# A grouping of more units than this in a year is a heavy job (lib/jobs.py): one at a time in the process, in a
# worker stopped at the time limit, with a spinner; the demo's and a municipality's schools stay in the server.
HEAVY_UNITS = 2_000


@dataclass(frozen=True)
class Grouping:
    """A visitor's choice of challenge profiles — school year, features, k (None: the suggested k) and method —
    which the other screens read (through `lib.ui.state`) and turn into profiles with `grouping_result`."""

    year: int
    features: tuple[str, ...]
    k: int | None
    method: str


@dataclass(frozen=True)
class FlagChoice:
    """A visitor's rule-based "skola med utmaningar" flag: the school year and up to three rules."""

    year: int
    rules: tuple[profiles.Rule, ...]


# --- the grouping, shared with the other screens ------------------------------------------------------------

@cached("profiler")
def evidence(data: Dataset, year: int, features: tuple[str, ...],
             method: str) -> profiles.Evidence | profiles.ProfileError:
    """The prepared units and the silhouette per k, which every k of the grouping shares (computed once); for many
    units as a heavy job (`HEAVY_UNITS`), refused in words when it waits or runs too long."""
    try:
        frame = data.year_frame(year)
        if len(frame) <= HEAVY_UNITS:
            return profiles.evidence(data.frame, year, data.unit_column, features, method)
        with jobs.slot("profiles"):
            return jobs.run_limited(profiles.evidence, frame, year, data.unit_column, features, method)
    except profiles.ProfileError as exc:
        return exc
    except jobs.JobRefused as exc:
        return profiles.ProfileError(exc.message)


@cached("profiler")
def grouping_result(data: Dataset, grouping: Grouping) -> profiles.ProfileResult | profiles.ProfileError:
    """The profiles of one grouping; a ProfileError is returned, not raised, so a failed grouping is cached too.
    With k=None the result is the very one of the suggested k (one computation for both keys)."""
    ev = evidence(data, grouping.year, grouping.features, grouping.method)
    if isinstance(ev, profiles.ProfileError):
        return ev
    if grouping.k is None and len(ev.prepared.units) >= 3:
        return grouping_result(data, Grouping(grouping.year, grouping.features, ev.suggested_k, grouping.method))
    try:
        if len(ev.prepared.units) <= HEAVY_UNITS or grouping.k in ev.stability_by_k:
            return profiles.group(ev, grouping.k)
        with jobs.slot("profiles"):  # a k the evidence did not fit: four fits of many units
            return jobs.run_limited(profiles.group, ev, grouping.k)
    except profiles.ProfileError as exc:
        return exc
    except jobs.JobRefused as exc:
        return profiles.ProfileError(exc.message)


@cached("profiler")
def challenge_flag(data: Dataset, year: int, rules: tuple) -> pd.Series:
    """The rule-based "skola med utmaningar" flag for one year (see lib.measures.profiles.flag): unit id → bool."""
    return profiles.flag(data.frame, year, data.unit_column, list(rules))


def flag_choice(year: int, rules: tuple[profiles.Rule, ...]) -> FlagChoice | None:
    """What the other screens get of the visitor's rule: None when no condition is chosen."""
    return FlagChoice(year, tuple(rules)) if rules else None


def error_text(error: profiles.ProfileError, lang: str) -> str:
    """"Profiler kunde inte bildas: …" with the reason in words."""
    return t("profiler.error", lang, reason=error.message.text(lang))


# --- the choices --------------------------------------------------------------------------------------------

def feature_options(data: Dataset) -> list[str]:
    """The indicators a visitor can group on: those of `profiles.CANDIDATES` with values."""
    return data.present(profiles.CANDIDATES)


def default_features(data: Dataset) -> list[str]:
    """The features chosen when the screen opens: the pupils' needs the data has (the need index and the
    background measures, `profiles.DEFAULT_FEATURES`), never resources or outcomes; a visitor may add those."""
    options = feature_options(data)
    return [f for f in profiles.DEFAULT_FEATURES if f in options]


@dataclass(frozen=True)
class MethodChoice:
    """The grouping methods offered for a school year, and why Ward is not (None when it is)."""

    methods: tuple[str, ...]
    note: str | None


@cached("profiler")
def method_choice(data: Dataset, year: int, lang: str) -> MethodChoice:
    """k-means always; Ward too unless the year has more rows than Ward handles (memory grows with the square)."""
    rows = len(data.year_frame(year))
    if rows <= profiles.WARD_MAX_UNITS:
        return MethodChoice(("kmeans", "ward"), None)
    return MethodChoice(("kmeans",), t("profiler.ward_too_many", lang, n=fmt_int(rows, lang),
                                       limit=fmt_int(profiles.WARD_MAX_UNITS, lang)))


@dataclass(frozen=True)
class Suggestion:
    """The k the evidence suggests, the sentence that says why and the rule itself; `error` instead when no grouping
    can be made."""

    k: int | None
    caption: str | None
    error: str | None = None
    rule: str | None = None


def rule_text(lang: str) -> str:
    """The rule for the suggested k in words (profiles.suggest_k)."""
    return t("profiler.k_rule", lang, kmin=profiles.RULE_K_MIN,
             share=fmt_pct(100 * profiles.RULE_SILHOUETTE_SHARE, lang, 0),
             stability=fmt_number(profiles.RULE_STABILITY, lang, 1))


def suggestion_caption(result: profiles.ProfileResult, lang: str) -> str:
    """Why the suggested k: the rule's k with its silhouette against the best and its stability, or the best
    silhouette with the stabilities the rule found too low."""
    scores = result.silhouette_by_k
    best = profiles.best_k(scores) or result.k
    if result.suggested_by_rule and result.k == best:
        return t("profiler.k_suggested_rule_best", lang, k=result.k, s=fmt_number(result.silhouette, lang, 3),
                 stability=fmt_number(result.stability, lang, 2))
    if result.suggested_by_rule:
        return t("profiler.k_suggested_rule", lang, k=result.k, s=fmt_number(result.silhouette, lang, 3),
                 best=fmt_number(scores.get(best), lang, 3), kbest=best,
                 stability=fmt_number(result.stability, lang, 2))
    checked = ", ".join(t("profiler.k_checked_item", lang, k=k, value=fmt_number(v, lang, 2))
                        for k, v in sorted(result.stability_by_k.items()))
    return t("profiler.k_suggested_best", lang, k=result.k, s=fmt_number(result.silhouette, lang, 3),
             kmin=profiles.RULE_K_MIN, share=fmt_pct(100 * profiles.RULE_SILHOUETTE_SHARE, lang, 0),
             checked=t("profiler.k_checked", lang, items=checked) if checked else "")


@cached("profiler")
def suggestion(data: Dataset, year: int, features: tuple[str, ...], method: str, lang: str) -> Suggestion:
    """The suggested k (profiles.suggest_k) for the chosen features and method with why and the rule, or why
    there is none."""
    result = grouping_result(data, Grouping(year, features, None, method))
    if isinstance(result, profiles.ProfileError):
        return Suggestion(None, None, error_text(result, lang))
    return Suggestion(result.k, suggestion_caption(result, lang), rule=rule_text(lang))


@dataclass(frozen=True)
class RuleRow:
    """One row of the rule's inputs as it first shows: the indicators offered (None: no condition) and the
    positions of the default indicator and operator, and the default threshold."""

    number: int  # 1, 2, 3: in the labels and widget keys
    columns: tuple[str | None, ...]
    column_index: int
    op_index: int
    value: float


def rule_rows(data: Dataset) -> tuple[RuleRow, ...]:
    """The rule's three rows: any need, outcome or resource indicator with values, with the screen's defaults."""
    columns = (None, *data.present([*schema.NEED_INDICATORS, *schema.OUTCOME_INDICATORS,
                                    *schema.RESOURCE_INDICATORS]))
    return tuple(RuleRow(i, columns, columns.index(column) if column in columns else 0, OPERATORS.index(op), value)
                 for i, (column, op, value) in enumerate(RULE_DEFAULTS, start=1))


def rule_column_label(column: str | None, lang: str) -> str:
    """An indicator in the rule's picker; "– inget villkor –" for none."""
    return t("profiler.rule_none", lang) if column is None else column_label(column, lang)


def operator_label(op: str, lang: str) -> str:
    """"minst (≥)" or "högst (≤)"."""
    return t("profiler.op.ge" if op == ">=" else "profiler.op.le", lang)


# --- what the screen shows ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Card:
    """One profile in words: its name, size and mean need, each feature beside the mean of all units, and beside
    them the profile's teacher resources and outcomes against all units (`described`, under `described_title`)."""

    key: str  # the card's element key
    column: int  # which of the row's `card_columns` columns it stands in
    title: str  # markdown
    size: str
    figures: tuple[str, ...]
    described_title: str = ""  # markdown; empty when the data has none of the described indicators
    described: tuple[str, ...] = ()


@dataclass(frozen=True)
class Files:
    """Download file names (without extension) of the screen's charts and table."""

    silhouette: str
    heatmap: str
    map: str
    table: str


@dataclass(frozen=True)
class ProfilesView:
    """Everything the screen says about one grouping, in one language; only `error` when it cannot be made."""

    error: str | None = None
    notes: tuple[str, ...] = ()  # features dropped, values imputed
    silhouette: str = ""
    stability: str = ""
    cards: tuple[Card, ...] = ()
    card_columns: int = 1
    described_note: str = ""  # how the resources and outcomes on the cards are weighed
    silhouette_alt: str = ""
    heatmap_alt: str = ""
    files: Files | None = None


def stability_text(value: float, lang: str) -> str:
    """"0,93 – hög": the adjusted Rand index with its reading."""
    return t("profiler.stability_value", lang, value=fmt_number(value, lang, 2),
             word=t(f"profiler.stability.{profiles.stability_word(value)}", lang))


def decimals(column: str) -> int:
    """Decimals a card shows: two for rates (förstelärare per 100 pupils), one otherwise."""
    spec = schema.BY_NAME.get(column)
    return 2 if spec is not None and spec.kind == "rate" else 1


def described_figures(result: profiles.ProfileResult, profile: int, lang: str,
                      level: str = "school") -> tuple[str, ...]:
    """The profile's teacher resources and outcomes beside their value over all units; when some of the
    profile's units lack a value (merit value without year 9), how many have one."""
    described, size = result.described, int(result.sizes[profile])
    out = []
    for c in described.values.columns:
        d = decimals(c)
        value, overall = described.values.loc[profile, c], described.overall[c]
        n = int(described.units.loc[profile, c])
        params = {"label": column_label(c, lang), "value": fmt_number(value, lang, d),
                  "overall": fmt_number(overall, lang, d)}
        out.append(t("profiler.card_figure", lang, **params) if n == size else
                   t(units_key("profiler.card_figure_partial", level), lang, **params, n=fmt_int(n, lang),
                     size=fmt_int(size, lang)))
    return tuple(out)


def units_key(key: str, level: str) -> str:
    """The key of a sentence that counts units: its "_municipal" variant ("kommuner") for municipality data."""
    return f"{key}_municipal" if level == "municipality" else key


def cards(result: profiles.ProfileResult, lang: str, level: str = "school") -> tuple[Card, ...]:
    """One card per profile, profile 1 (the highest mean need) first: the grouping's features (the centroid
    beside the mean of all units; those also described are shown only weighted, under the resources and
    outcomes), then the profile's teacher resources and outcomes."""
    overall = profiles.overall_means(result)
    total = result.sizes.sum()
    per_row = min(result.k, CARD_COLUMNS)
    described = set(result.described.values.columns)
    title = f"*{t('profiler.described_title', lang)}*" if described else ""
    out = []
    for i, p in enumerate(result.centroids.index):
        size = result.sizes[p]
        out.append(Card(
            f"profile_card_{p}", i % per_row,
            f"**{t('profiler.card_title', lang, id=p, name=result.names[int(p)][lang])}**",
            t(units_key("profiler.card_size", level), lang, n=fmt_int(size, lang),
              share=fmt_pct(100 * size / total, lang, 0), need=fmt_number(result.mean_need.get(p), lang, 0)),
            tuple(t("profiler.card_figure", lang, label=column_label(c, lang),
                    value=fmt_number(result.centroids.loc[p, c], lang, 1), overall=fmt_number(overall[c], lang, 1))
                  for c in result.features if c not in described),
            title, described_figures(result, int(p), lang, level)))
    return tuple(out)


def notes(result: profiles.ProfileResult, lang: str) -> tuple[str, ...]:
    """What was done to the features: dropped (missing or constant), missing values imputed (and how many)."""
    out = [m.text(lang) for m in result.messages]
    if result.imputed:
        out.append(t("profiler.imputed", lang, items=", ".join(
            t("profiler.imputed_item", lang, label=column_label(c, lang), n=n) for c, n in result.imputed.items())))
    return tuple(out)


@cached("profiler")
def view(data: Dataset, grouping: Grouping, lang: str) -> ProfilesView:
    """The screen's figures and texts for one grouping: notes, silhouette and stability, the profile cards and
    the text alternatives of the charts."""
    result = grouping_result(data, grouping)
    if isinstance(result, profiles.ProfileError):
        return ProfilesView(error=error_text(result, lang))
    scores = result.silhouette_by_k
    best = profiles.best_k(scores) or result.k
    year = result.year
    return ProfilesView(
        notes=notes(result, lang),
        silhouette=fmt_number(result.silhouette, lang, 3),
        stability=stability_text(result.stability, lang),
        cards=cards(result, lang, data.level),
        card_columns=min(result.k, CARD_COLUMNS),
        described_note=t("profiler.described_note", lang) if len(result.described.values.columns) else "",
        silhouette_alt=t("profiler.silhouette_alt", lang, kmax=max(scores, default=result.k), k=best,
                         s=fmt_number(scores.get(best), lang, 3),
                         share=fmt_pct(100 * profiles.RULE_SILHOUETTE_SHARE, lang, 0)),
        heatmap_alt=t("profiler.heatmap_alt", lang),
        files=Files(f"silhuett-{year}", f"profiler-{year}", f"profilkarta-{year}", f"profiler-{year}"),
    )


def silhouette_floor(scores: dict[int, float]) -> float | None:
    """The rule's lowest silhouette for a k ≥ 3 (80 % of the best), drawn on the silhouette bars."""
    best = profiles.best_k(scores)
    return None if best is None or scores[best] <= 0 else profiles.RULE_SILHOUETTE_SHARE * scores[best]


@dataclass(frozen=True)
class ProfileCharts:
    """The evidence charts, ready to send: silhouette per k and the centroid heat map."""

    silhouette: dict[str, Any]
    heatmap: dict[str, Any]


@cached("profiler")
def charts(data: Dataset, grouping: Grouping, lang: str, source: str) -> ProfileCharts | None:
    """The silhouette bars and the centroid heat map of one grouping; None when it cannot be made."""
    from lib.charts import profiler as builders
    from lib.charts import render

    result = grouping_result(data, grouping)
    if isinstance(result, profiles.ProfileError):
        return None
    return ProfileCharts(
        render.ready(builders.silhouette_bars(result.silhouette_by_k, result.k, result.year, lang, source,
                                              floor=silhouette_floor(result.silhouette_by_k))),
        render.ready(builders.centroid_heatmap(result.z_centroids, result.names, result.year, lang, source)))


@dataclass(frozen=True)
class ProfileMap:
    """The schools on the map coloured by profile, ready to send, with its text alternative."""

    spec: dict[str, Any]
    alt_text: str


def profile_labels(result: profiles.ProfileResult, lang: str) -> pd.Series:
    """Unit id → "1: Högt behov · låg behörighet"."""
    return result.assignments.map(lambda p: profiles.profile_label(p, result.names, lang))


@cached("profiler")
def profile_map(data: Dataset, grouping: Grouping, lang: str, source: str) -> ProfileMap | None:
    """The profile map of one grouping; None for municipality-level data, without school coordinates, or when
    the grouping cannot be made."""
    if data.level != "school":
        return None
    result = grouping_result(data, grouping)
    if isinstance(result, profiles.ProfileError):
        return None
    from lib.charts import maps, render
    from lib.geo import mapdata

    year = grouping.year
    points = mapdata.points(data, year, "indicator", "need_index")
    if points.empty:
        return None
    year_rows = data.year_frame(year)
    present = year_rows["municipality_code"].dropna().unique() if "municipality_code" in year_rows else []
    spec = maps.school_map(mapdata.with_profiles(points, profile_labels(result, lang)), present, "profile",
                           "need_index", lang, t("profiler.map_title", lang, year=fmt_school_year(year, lang)), source)
    return ProfileMap(render.ready(spec), t(units_key("profiler.map_alt", data.level), lang,
                                            n=fmt_int(len(points), lang)))


@cached("profiler")
def flag_summary(data: Dataset, year: int, rules: tuple[profiles.Rule, ...], lang: str) -> str:
    """"12 av 240 skolor flaggas: Behovsindex ≥ 120,0 och …", or that no condition is chosen."""
    if not rules:
        return t("profiler.rule_empty", lang)
    flags = challenge_flag(data, year, rules)
    return t(units_key("profiler.rule_result", data.level), lang, n=fmt_int(int(flags.sum()), lang),
             total=fmt_int(len(flags), lang), rule=profiles.rule_text(list(rules), lang))


@cached("profiler")
def unit_table(data: Dataset, grouping: Grouping, rules: tuple[profiles.Rule, ...], lang: str) -> Table:
    """Every unit of the grouping's year with its profile, the rule's flag (with the rule written out) and the
    features; sorted by profile. A unit under the small-number rule keeps its name and id, and its profile, flag
    and values read "för få" (lib.measures.suppression.for_people), listed last so its place does not tell its
    profile either."""
    from lib.measures import indicators, suppression

    year, unit_column = grouping.year, data.unit_column
    result = grouping_result(data, grouping)
    grouped = not isinstance(result, profiles.ProfileError)
    flags = challenge_flag(data, year, tuple(rules))
    rule = profiles.rule_text(list(rules), lang)
    sub = data.year_frame(year).drop_duplicates(unit_column)
    ids = sub[unit_column].astype(str)
    profile = ids.map(result.assignments) if grouped else pd.Series(float("nan"), index=sub.index)
    out = pd.DataFrame({
        "name": indicators.display_names(sub, data.level).to_numpy(),
        unit_column: ids.to_numpy(),
        "profile": [profiles.profile_label(p, result.names, lang) if pd.notna(p) else "" for p in profile],
        "flag": [t("common.yes", lang) if flags.get(u, False) else t("common.no", lang) for u in ids],
    })
    if rule:
        out["rule"] = rule  # the same words in every row: the visitor's thresholds, not a value of the unit
    for col in result.features if grouped else []:
        out[col] = pd.to_numeric(sub[col], errors="coerce").round(1).to_numpy()
    hidden = suppression.small(sub).to_numpy()
    out = suppression.for_people(out, lang, mask=pd.Series(hidden, index=out.index), decisions=("rule",))
    out = out.assign(_hidden=hidden).sort_values(["_hidden", "profile"], kind="mergesort").drop(columns="_hidden")
    labels = {"name": t("profiler.col.unit", lang), unit_column: column_label(unit_column, lang),
              "profile": t("profiler.profile", lang), "flag": t("profiler.flag", lang),
              "rule": t("profiler.rule_heading", lang)}
    out = out.rename(columns={c: labels.get(c, column_label(c, lang)) for c in out.columns})
    return Table.of(out.reset_index(drop=True))


def resources_and_outcomes(result: profiles.ProfileResult, profile: int) -> dict[str, dict[str, Any]]:
    """One profile's teacher resources and outcomes for the JSON: value, the value over all units and how many
    of the profile's units have a value."""
    described = result.described
    return {c: {"value": described.values.loc[profile, c], "overall": described.overall[c],
                "units_with_value": int(described.units.loc[profile, c])} for c in described.values.columns}


def to_json(result: profiles.ProfileResult, lang: str, hidden: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The JSON document of `python -m lib profiles`. A unit in `hidden` (under the small-number rule) is listed
    with profile null: its profile would tell its need."""
    from lib.measures import suppression

    return {
        "school_year": result.year, "method": result.method, "k": result.k, "features": result.features,
        "silhouette": result.silhouette, "silhouette_by_k": {str(k): v for k, v in result.silhouette_by_k.items()},
        "stability": result.stability, "stability_word": profiles.stability_word(result.stability),
        "k_rule": {"min_k": profiles.RULE_K_MIN, "silhouette_share_of_best": profiles.RULE_SILHOUETTE_SHARE,
                   "min_stability": profiles.RULE_STABILITY, "best_silhouette_k": profiles.best_k(
                       result.silhouette_by_k),
                   "stability_by_k": {str(k): v for k, v in result.stability_by_k.items()},
                   "suggested_by_rule": result.suggested_by_rule},
        "imputed": result.imputed, "warnings": [m.text(lang) for m in result.messages],
        "profiles": [{"id": int(p), "name": result.names[int(p)][lang], "units": int(result.sizes[p]),
                      "mean_need": result.mean_need.get(p), "centroid": result.centroids.loc[p].to_dict(),
                      "resources_and_outcomes": resources_and_outcomes(result, int(p))}
                     for p in result.centroids.index],
        "assignments": [{"unit": u, "profile": suppression.json_value(int(p), u in hidden)}
                        for u, p in result.assignments.items()],
    }

"""What the Workshop screen shows: the groups' saved scenarios side by side — a card each, a bar chart and a
table — and the facilitator's notes.

The compare view reads the database every few seconds, so it is made from what was read, not cached by data
content; only its chart, which costs most, is cached by the names and values it draws.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from lib.cache import cached
from lib.charts import render
from lib.charts import workshop as charts
from lib.dataset import Dataset
from lib.i18n import fmt_msek, fmt_number, t
from lib.measures import allocation
from lib.screens.parts import Table
from lib.store import scenarios, workshops
from lib.text import inert

REFRESH_SECONDS = 3
CARD_COLUMNS = 4  # at most this many cards side by side (readable on a projector)
FILE_NAME = "workshop"  # the name of the screen's downloads (chart, table, export)


@dataclass(frozen=True)
class Card:
    """One saved scenario as a card: its name and group, three figures (label, value) — four when the posts were
    placed within a budget: what is left of it —, the summary sentence and the link that reopens it on the
    Förstelärare screen. Name, group and summary are Markdown in which the visitors' text is inert."""

    id: int
    name: str
    group: str
    figures: tuple[tuple[str, str], ...]
    summary: str
    link: str  # the scenario in a URL (`scenarios.to_url`)
    setting: str = ""  # what the group chose, for the room: "α 1,5 · 120 tjänster"


@dataclass(frozen=True)
class Compare:
    """The compare view for one language: the cards, the chart with its text alternative and the table."""

    cards: tuple[Card, ...]
    chart: dict[str, Any]
    chart_alt: str
    table: Table


def card(item: workshops.Saved, lang: str) -> Card:
    """A saved scenario's card, from its stored figures (the same words as the Förstelärare screen)."""
    sc, s = item.scenario, item.scenario.summary
    figures: tuple[tuple[str, str], ...] = (
        (t("forstelarare.metric_q4", lang), fmt_number(s.get("q4_after"), lang, 2)),
        (t("forstelarare.metric_moved", lang), fmt_number(s.get("moved"), lang, 0)),
        (t("forstelarare.metric_cost", lang), fmt_msek(s.get("cost_after"), lang)))
    if s.get("budget") is not None and s.get("unspent") is not None:
        figures = (*figures, (t("forstelarare.metric_unspent", lang, budget=fmt_msek(s["budget"], lang)),
                              fmt_msek(s["unspent"], lang)))
    return Card(item.id, inert(sc.name), inert(sc.group), figures, summary_text(sc, lang), scenarios.to_url(sc),
                setting_text(sc.params.alpha, s.get("posts"), lang))


def setting_text(alpha: float, posts: float | None, lang: str) -> str:
    """The need weight and the number of posts a scenario was made with, as its card says them: "α 1,5 · 120
    tjänster" (α with one decimal, two when it has them)."""
    decimals = 1 if float(round(alpha * 10, 6)).is_integer() else 2
    return t("takeaway.card_setting", lang, alpha=fmt_number(alpha, lang, decimals), posts=fmt_number(posts, lang, 0))


def summary_text(scenario: scenarios.Scenario, lang: str) -> str:
    """The plain-language summary of a saved scenario, from its stored figures (with the cost against the budget
    when it was placed within one), as Markdown in which its name is inert."""
    s = scenario.summary
    return allocation.summary_words(inert(scenario.name), s.get("moved"), s.get("q4_before"), s.get("q4_after"),
                                    s.get("per_100_after"), s.get("cost_change"), lang, cost_after=s.get("cost_after"),
                                    budget=s.get("budget"))


@cached("workshop")
def chart(data: Dataset, names: tuple[str, ...], values: tuple[float | None, ...], lang: str,
          source: str) -> dict[str, Any]:
    """The bar chart of förstelärare per 100 pupils in quartile 4 by scenario, ready to draw; cached by what it
    draws, so a room's projectors refreshing every few seconds build it once per change. `data` is the active
    dataset whose source line the chart carries: an upload's chart stays in that visitor's private cache."""
    frame = pd.DataFrame({"scenario": list(names), "q4": list(values)})
    return render.ready(charts.scenario_bars(frame, lang, t("workshop.chart_title", lang), source))


def chart_alt(names: Sequence[str], values: Sequence[float | None], lang: str) -> str:
    """The chart in words (Markdown: the names inert): every scenario with its value."""
    return t("workshop.chart_alt", lang, values="; ".join(
        f"{inert(name)}: {fmt_number(value, lang, 2)}" for name, value in zip(names, values, strict=True)))


def compare_table(saved: Sequence[workshops.Saved], lang: str) -> Table:
    """Saved scenarios side by side: one row per scenario with the same few figures, rounded as the cards show
    them (förstelärare per 100 pupils and the gap to two decimals, kronor whole)."""
    rows = []
    for item in saved:
        sc, s = item.scenario, item.scenario.summary
        rows.append({t("workshop.col.scenario", lang): sc.name, t("workshop.group", lang): sc.group,
                     "α": sc.params.alpha, t("forstelarare.metric_posts", lang): s.get("posts"),
                     t("forstelarare.metric_moved", lang): s.get("moved"),
                     t("forstelarare.metric_q4", lang): _rounded(s.get("q4_after"), 2),
                     t("forstelarare.metric_gap", lang): _rounded(s.get("gap_after"), 2),
                     t("workshop.col.cost_change", lang): _rounded(s.get("cost_change"), 0),
                     t("workshop.col.budget", lang): _rounded(s.get("budget"), 0),
                     t("workshop.col.unspent", lang): _rounded(s.get("unspent"), 0)})
    return Table.of(pd.DataFrame(rows))


def _rounded(value: float | None, decimals: int) -> float | None:
    return None if value is None else round(float(value), decimals)


def compare(data: Dataset, saved: Sequence[workshops.Saved], lang: str, source: str) -> Compare:
    """The compare view of a workshop's saved scenarios (oldest first), in `lang`, under the active dataset's
    source line."""
    names = tuple(item.scenario.name for item in saved)
    values = tuple(item.scenario.summary.get("q4_after") for item in saved)
    return Compare(tuple(card(item, lang) for item in saved), chart(data, names, values, lang, source),
                   chart_alt(names, values, lang), compare_table(saved, lang))


def export_json(items: list[dict[str, Any]]) -> str:
    """A workshop's export (`Store.export`) as the downloaded JSON document."""
    return json.dumps(items, ensure_ascii=False, indent=2)


def created_note(ws: workshops.Workshop, secret: str, lang: str) -> str:
    """The facilitator's note on a new workshop: the code to read out, until when it is open (local time) and the
    secret, shown only this once."""
    return t("workshop.created", lang, code=workshops.format_code(ws.code),
             until=ws.expires_at.astimezone().strftime("%Y-%m-%d %H:%M"), secret=secret)


def updated_note(lang: str, now: dt.datetime | None = None) -> str:
    """"Uppdateras av sig själv var 3:e sekund. Senast: 14:02:07." under the compare view."""
    return t("workshop.updated", lang, s=REFRESH_SECONDS, time=(now or dt.datetime.now()).strftime("%H:%M:%S"))

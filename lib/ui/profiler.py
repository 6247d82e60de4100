"""The Utmaningsprofiler screen's own widgets: the rule's rows of indicator, condition and threshold."""

from __future__ import annotations

import streamlit as st

from lib.dataset import Dataset
from lib.i18n import t
from lib.measures import profiles
from lib.screens import profiler


def rule_inputs(data: Dataset, lang: str) -> tuple[profiles.Rule, ...]:
    """Three rows of indicator, condition (≥/≤) and threshold; the rows with an indicator are the rule."""
    rules = []
    for row in profiler.rule_rows(data):
        c1, c2, c3 = st.columns([3, 2, 2])
        column = c1.selectbox(t("profiler.rule_column", lang, i=row.number), row.columns, key=f"rule_col_{row.number}",
                              index=row.column_index, format_func=lambda c: profiler.rule_column_label(c, lang),
                              placeholder=t("takeaway.choose_one", lang))
        op = c2.selectbox(t("profiler.rule_op", lang, i=row.number), profiler.OPERATORS, key=f"rule_op_{row.number}",
                          index=row.op_index, format_func=lambda o: profiler.operator_label(o, lang),
                          placeholder=t("takeaway.choose_one", lang))
        value = c3.number_input(t("profiler.rule_value", lang, i=row.number), value=row.value,
                                key=f"rule_value_{row.number}")
        if column is not None:
            rules.append(profiles.Rule(column, op, float(value)))
    return tuple(rules)

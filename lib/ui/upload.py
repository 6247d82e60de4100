"""The upload step of the Data screen: read files once per content, activate usable data, show the report.

Uploaded bytes stay in session memory. The ingest result is kept per visitor, keyed by a hash of the
files, the organiser type and the user's column mapping, so reruns do not read the files again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import pandas as pd
import streamlit as st

from lib import ingest, messages
from lib.i18n import column_label, t
from lib.schema import INPUT_COLUMNS
from lib.ui import state

_RESULT = "upload_result"
_MAPPINGS = "upload_mappings"


def _key(files: Sequence[tuple[str, bytes]], organizer_type: str, mappings: dict) -> str:
    h = hashlib.sha256(organizer_type.encode())
    for name, data in files:
        h.update(name.encode())
        h.update(hashlib.sha256(data).digest())
    h.update(repr(sorted((f, sorted(m.items())) for f, m in mappings.items())).encode())
    return h.hexdigest()


def process(uploaded: Sequence, organizer_type: str, max_rows: int | None = None) -> ingest.IngestResult:
    """Ingest the uploaded files (once per content); a usable result becomes the active dataset."""
    files = [(f.name, f.getvalue()) for f in uploaded]
    mappings = state.get(_MAPPINGS, {})
    key = _key(files, organizer_type, mappings)
    cached = state.get(_RESULT)
    if cached is not None and cached[0] == key:
        return cached[1]
    result = ingest.ingest(files, organizer_type=organizer_type, mappings=mappings or None, max_rows=max_rows)
    state.put(_RESULT, (key, result))
    if result.ok:
        state.set_active_dataset(result.dataset)
    return result


def render_status(result: ingest.IngestResult, lang: str) -> None:
    if result.ok:
        st.success(t("data.accepted", lang), icon=":material/check_circle:")
    else:
        st.error(t("data.rejected", lang), icon=":material/error:")


def render_mapping(result: ingest.IngestResult, lang: str) -> None:
    """For files whose columns were not recognised with certainty: let the user say what each column holds."""
    unused = "__unused__"
    options = [unused, *INPUT_COLUMNS]
    for name, proposal in result.proposals.items():
        if proposal.sure:
            continue
        st.subheader(t("data.mapping_heading", lang))
        st.markdown(t("data.mapping_intro", lang, file=name))
        chosen: dict[str, str] = {}
        with st.form(key=f"mapping_{hashlib.sha1(name.encode()).hexdigest()[:8]}"):
            for i, header in enumerate(proposal.headers):
                guess = proposal.guesses.get(header)
                value = st.selectbox(header, options, index=options.index(guess) if guess in options else 0,
                                     key=f"map_{name}_{i}",
                                     format_func=lambda c: t("data.mapping_unused", lang) if c == unused
                                     else f"{column_label(c, lang)} ({c})")
                if value != unused:
                    chosen[header] = value
            if st.form_submit_button(t("data.mapping_apply", lang)):
                mappings = dict(state.get(_MAPPINGS, {}))
                mappings[name] = chosen
                state.put(_MAPPINGS, mappings)
                st.rerun()


def render_report(result: ingest.IngestResult, lang: str) -> None:
    """The validation report in plain words: errors, warnings, notes, rows not used, mapping, preview."""
    rep = result.report
    st.subheader(t("data.report_heading", lang))
    st.markdown(t("data.report_counts", lang, errors=len(rep.errors), warnings=len(rep.warnings),
                  infos=len(rep.infos), dropped=len(rep.dropped)))
    for heading, found, expanded in (("data.errors", rep.errors, True), ("data.warnings", rep.warnings, True),
                                     ("data.infos", rep.infos, False)):
        if found:
            with st.expander(f"{t(heading, lang)} ({len(found)})", expanded=expanded):
                st.dataframe(messages.messages_table(found, lang), hide_index=True)
    if rep.dropped:
        with st.expander(f"{t('data.dropped', lang)} ({len(rep.dropped)})"):
            st.dataframe(messages.dropped_table(rep, lang), hide_index=True)
    if rep.formats:
        st.markdown(f"**{t('data.format_heading', lang)}:** " + "; ".join(
            f"{f}: {t(k, lang)}" for f, k in rep.formats.items()))
    if rep.mappings:
        with st.expander(t("data.mapping_used", lang)):
            st.dataframe(messages.mapping_table(rep, lang), hide_index=True)
    if result.dataset is not None:
        st.markdown(f"**{t('data.preview_heading', lang)}**")
        st.dataframe(preview(result.dataset.frame, lang), hide_index=True)


def preview(frame: pd.DataFrame, lang: str, rows: int = 50) -> pd.DataFrame:
    """The first rows with columns labelled in the user's language."""
    head = frame.head(rows)
    return head.rename(columns={c: column_label(c, lang) for c in head.columns})

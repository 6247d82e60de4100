"""The upload step of the Data screen: pick files, read them once per content, activate usable data, and show a
validation report (the one report widget: the open-data fetch shows its report with it too).

Uploaded bytes stay in session memory. The ingest result is kept per visitor, keyed by a hash of the
files' content, the organiser type and the visitor's mappings (lib/ui/mapping.py), so reruns do not read the files
again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import streamlit as st

from lib import ingest, jobs
from lib.config import settings
from lib.i18n import t
from lib.messages import Report
from lib.schema import ORGANIZER_TYPES
from lib.screens import data as data_screen
from lib.ui import mapping as mapping_ui
from lib.ui import state, widgets

_RESULT = "upload_result"
TEMPLATE_CSV, TEMPLATE_XLSX = "mall_skolor.csv", "mall_skolor.xlsx"


def organizer_type_picker(lang: str) -> str:
    """Which "Typ av huvudman" rows of Skolverket's exports to use."""
    return st.selectbox(t("data.organizer_type", lang), ORGANIZER_TYPES, help=t("data.organizer_type_help", lang),
                        key="orgtype", format_func=data_screen.organizer_type_labels(lang).get,
                        placeholder=t("takeaway.choose_one", lang))


def file_picker(lang: str) -> list:
    """The uploader: one or more CSV or Excel files, within this deployment's size limit."""
    return st.file_uploader(t("data.uploader", lang), type=["csv", "txt", "xlsx"], accept_multiple_files=True,
                            help=t("data.uploader_help", lang), key="upload",
                            max_upload_size=settings().max_upload_mb) or []


def _key(files: Sequence[tuple[str, bytes]], organizer_type: str, plans: dict) -> str:
    h = hashlib.sha256(organizer_type.encode())
    for name, data in files:
        h.update(name.encode())
        h.update(hashlib.sha256(data).digest())
    h.update(repr(sorted((f, repr(p)) for f, p in plans.items())).encode())
    h.update(repr(sorted(map(repr, mapping_ui.layouts().items()))).encode())
    return h.hexdigest()


def _read(files: list[tuple[str, bytes]], organizer_type: str, plans: dict) -> ingest.IngestResult:
    with jobs.slot("ingest"):
        return ingest.ingest(files, organizer_type=organizer_type, plans=plans or None,
                             limits=ingest.Limits.of_uploads())


def process(uploaded: Sequence, organizer_type: str) -> ingest.IngestResult:
    """Ingest the uploaded files (once per content and mapping); a usable result becomes the active dataset, and
    the screen starts again so that everything above the upload (the active data, the demo banner) describes it.
    A file whose columns were mapped before in this session is read with that mapping. The mode's limits hold
    here, on the server, whatever the browser let through (`ingest.Limits.of_uploads`), and the reading is a heavy
    job: one at a time in the process, with a spinner."""
    files = [(f.name, f.getvalue()) for f in uploaded]
    plans = mapping_ui.plans()
    key = _key(files, organizer_type, plans)
    known = state.get(_RESULT)
    if known is not None and known[0] == key:
        return known[1]
    try:
        result = _read(files, organizer_type, plans)
        if mapping_ui.remembered_for(result.proposals):  # the same layout as before: read it the same way
            plans = mapping_ui.plans()
            key = _key(files, organizer_type, plans)
            result = _read(files, organizer_type, plans)
    except jobs.JobRefused as exc:  # no turn in minutes: said in the report, read again on the next try
        result = ingest.IngestResult(None, Report())
        result.report.add(exc.message.key, "error", **exc.message.params)
        return result
    state.put(_RESULT, (key, result))
    if result.ok:
        state.set_active_dataset(result.dataset)
        st.rerun()
    return result


def render_status(result: ingest.IngestResult, lang: str) -> None:
    if result.ok:
        st.success(t("data.accepted", lang), icon=":material/check_circle:")
    else:
        st.error(t("data.rejected", lang), icon=":material/error:")


def render_report(view: data_screen.ReportView, heading: str | None = None, alerts: bool = False) -> None:
    """A validation report (`lib.screens.data.report_view`): the counts, the recognised formats, then each section
    in an expander with its table; with `alerts`, each warning also stands out as a warning box."""
    if heading:
        st.subheader(heading)
    if alerts:
        for warning in view.warnings:
            st.warning(warning)
    st.markdown(view.counts)
    if view.formats:
        st.markdown(view.formats)
    for section in view.sections:
        with st.expander(section.heading, expanded=section.expanded):
            widgets.dataframe(section.table, hide_index=True)


def template_downloads(lang: str) -> None:
    """The app's template as CSV and as Excel (built only when asked for)."""
    c1, c2 = st.columns(2)
    c1.download_button(t("data.template_csv", lang), data=lambda: ingest.template_bytes("csv", lang),
                       file_name=TEMPLATE_CSV, mime="text/csv", on_click="ignore", icon=":material/download:")
    c2.download_button(t("data.template_xlsx", lang), data=lambda: ingest.template_bytes("xlsx", lang),
                       file_name=TEMPLATE_XLSX, on_click="ignore", icon=":material/download:",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

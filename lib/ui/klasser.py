"""Widgets of the Klasskillnader screen: the upload of a visitor's own class results and the template."""

from __future__ import annotations

import streamlit as st

from lib import jobs
from lib.i18n import t
from lib.ingest import classes as class_ingest
from lib.screens import klasser
from lib.ui import links, state
from lib.ui.upload import render_report

_UPLOAD = "class_upload"  # (sha256 of the files, what was read, its report per language): the last upload


def upload(lang: str, expanded: bool) -> klasser.ClassResults | None:
    """The expander with the class-file uploader and the template, then what the reader said about the files (the
    one validation report, `lib.ui.upload.render_report`: its sections are expanders, which cannot sit inside
    another); the uploaded results while the files are in the uploader and usable, else None."""
    with st.expander(t("klasser.upload_heading", lang), expanded=expanded):
        files = st.file_uploader(t("klasser.uploader", lang), type=["csv", "txt", "xlsx"],
                                 accept_multiple_files=True, key="class_upload")
        st.download_button(t("klasser.template", lang), data=lambda: class_ingest.template_bytes(lang),
                           file_name="mall_klassresultat.csv", mime="text/csv", on_click="ignore",
                           key="class_template", icon=":material/download:")
    if not files:
        return None
    found, views = _read(tuple((f.name, f.getvalue()) for f in files))
    if found.results is None:
        st.error(t("klasser.rejected", lang))
    if lang not in views:
        views[lang] = found.report_view(lang)
    render_report(views[lang])
    return found.results


def _read(files: klasser.Files) -> tuple[klasser.Upload, dict[str, object]]:
    """The files read once per content, with their report's views per language: kept in the visitor's session
    under the SHA-256 of names and bytes (never in a shared cache), so an edited file is read again even when its
    size is the same."""
    digest = klasser.upload_digest(files)
    kept = state.get(_UPLOAD)
    if kept is None or kept[0] != digest:
        with jobs.slot("ingest"):  # a heavy job: one at a time, with a spinner; the mode's limits hold inside
            kept = (digest, klasser.read_upload(files), {})
        state.put(_UPLOAD, kept)
    return kept[1], kept[2]


def school_picker(schools: dict[str, str], lang: str, container: object) -> str:
    """The school whose classes are compared, kept in the URL as `school` (its id)."""
    return links.selectbox(t("klasser.school", lang), list(schools), param="school", key="cl_school", lang=lang,
                           label_of=lambda s, _language: schools.get(s, s), container=container)

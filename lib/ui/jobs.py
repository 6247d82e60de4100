"""The visitor's view of heavy jobs (lib/jobs.py): a spinner, with the seconds counting, while their job waits for
its turn or runs. Registered with `lib.jobs` when this module is imported (lib/ui/state.py's users import it
through lib.ui.upload and lib.ui.frame's pages)."""

from __future__ import annotations

import contextlib
from contextlib import AbstractContextManager as ContextManager
from typing import Any

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from lib import jobs
from lib.config import settings
from lib.i18n import t


def spinner(state: str, kind: str) -> ContextManager[Any]:
    """A spinner saying that the visitor's job waits for another's to finish, or runs (with its time limit);
    nothing outside a visitor's script run (the command line, a worker)."""
    if get_script_run_ctx(suppress_warning=True) is None:
        return contextlib.nullcontext()
    from lib.ui import state as ui_state

    text = t(f"jobs.{state}.{kind}", ui_state.lang(), seconds=round(settings().heavy_job_seconds))
    return st.spinner(text, show_time=True)


jobs.set_reporter(spinner)

"""Shared widgets: the page header with demo banner and source, year and indicator pickers, downloads.

Pickers are keyed and bound to the URL (`bind="query-params"`) so a copied link reopens the same view.
"""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd
import streamlit as st

from lib import dataset
from lib.dataset import Dataset
from lib.documents import exports
from lib.i18n import column_label, fmt_school_year, has, t
from lib.screens.parts import Table
from lib.text import inert
from lib.ui import state


def source_line(data: Dataset, lang: str) -> str:
    """"Källa: …" for the active dataset, shown under figures and charts (`lib.dataset.source_line`)."""
    return dataset.source_line(data, lang)


def source_caption(source: str) -> None:
    """The source line as a caption under a screen's figures (uploaded files' names shown as they are written)."""
    st.caption(inert(source))


def demo_banner(data: Dataset | None, lang: str) -> None:
    """The "fiktiva demodata" notice, on every screen where demo data shows."""
    if data is not None and data.is_demo:
        st.info(t("banner.demo", lang), icon=":material/science:")
    elif data is not None and data.source.kind == "upload":  # every screen says whose data it shows (issue 16)
        st.caption(t("banner.active", lang, source=inert(dataset.source_line(data, lang))))


def bullets(lines: Sequence[str]) -> None:
    """Sentences as bullets, one element each (nothing for none)."""
    for line in lines:
        st.markdown(f"- {line}")


def page_header(title_key: str, lang: str, data: Dataset | None = None, intro_key: str | None = None) -> None:
    """Title, optional one-paragraph intro, and the demo banner."""
    st.title(t(title_key, lang))
    if intro_key:
        st.markdown(t(intro_key, lang))
    demo_banner(data, lang)


def require_data(lang: str) -> Dataset:
    """The active dataset, or a friendly stop when there is none or it is empty."""
    data = state.active_dataset()
    if data is None or data.frame.empty:
        st.warning(t("common.no_data", lang))
        st.stop()
    return data


def school_year(data: Dataset, lang: str, key: str = "year", columns: Sequence[str] = ()) -> int:
    """A school-year selectbox (latest year with `columns` first by default), bound to the URL."""
    years = data.school_years
    default = data.latest_year(tuple(columns)) or years[-1]
    if key in st.session_state and st.session_state[key] not in years:
        del st.session_state[key]
    return st.selectbox(t("common.school_year", lang), years, index=years.index(default),
                        format_func=lambda y: fmt_school_year(y, lang), key=key, bind="query-params")


def indicator_picker(options: Sequence[str], lang: str, key: str = "indicator", default: str | None = None,
                     label_key: str = "common.indicator") -> str:
    """A selectbox of canonical indicator columns, labelled in the user's language, bound to the URL."""
    options = list(options)
    if key in st.session_state and st.session_state[key] not in options:
        del st.session_state[key]
    index = options.index(default) if default in options else 0
    return st.selectbox(t(label_key, lang), options, index=index, format_func=lambda c: column_label(c, lang),
                        key=key, bind="query-params")


def dataframe(table: Table | pd.DataFrame, **kwargs) -> None:
    """`st.dataframe` of a screen's table: a `Table` from a cached view goes as its Arrow form, converted once."""
    st.dataframe(table.arrow if isinstance(table, Table) else table, **kwargs)


def table_with_downloads(table: Table | pd.DataFrame, name: str, lang: str, key: str, **dataframe_kwargs) -> None:
    """Show a table and offer it as CSV and Excel (formula cells neutralised, numbers kept numbers)."""
    dataframe(table, hide_index=True, **dataframe_kwargs)
    frame = table.frame if isinstance(table, Table) else table
    c1, c2 = st.columns(2)
    c1.download_button(t("common.download_csv", lang), data=lambda: exports.to_csv_bytes(frame, lang),
                       file_name=f"{name}.csv", mime="text/csv", key=f"{key}_csv", on_click="ignore",
                       icon=":material/download:")
    c2.download_button(t("common.download_xlsx", lang), data=lambda: exports.to_excel_bytes(frame, name),
                       file_name=f"{name}.xlsx", key=f"{key}_xlsx", on_click="ignore",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       icon=":material/download:")


def chart(chart_obj: alt.TopLevelMixin | dict, name: str, lang: str, key: str, alt_text: str,
          table: pd.DataFrame | None = None, **kwargs) -> object:
    """Show a chart (an Altair chart, or a Vega-Lite spec dict with named datasets such as the maps) with a
    text alternative, PNG/SVG downloads (rendered only when asked for) and optionally its table view."""
    from lib.charts import render

    if not isinstance(chart_obj, dict):
        chart_obj = render.to_spec(chart_obj)
    event = st.vega_lite_chart(chart_obj, width="stretch", key=key, **kwargs)
    st.caption(alt_text)
    c1, c2 = st.columns(2)
    c1.download_button(t("common.download_png", lang), data=lambda: render.to_png(render.spec_of(chart_obj)),
                       file_name=f"{name}.png", mime="image/png", key=f"{key}_png", on_click="ignore",
                       icon=":material/image:")
    c2.download_button(t("common.download_svg", lang), data=lambda: render.to_svg(render.spec_of(chart_obj)),
                       file_name=f"{name}.svg", mime="image/svg+xml", key=f"{key}_svg", on_click="ignore",
                       icon=":material/image:")
    if table is not None:
        with st.expander(t("common.show_table", lang)):
            dataframe(table, hide_index=True)
    return event


def dataset_sentence(data: Dataset, lang: str) -> str:
    """The active dataset in one sentence (kind, units, municipalities, school years)."""
    from lib.screens import start

    return start.describe(data, lang)


def screen_links(lang: str) -> None:
    """A link with a one-line purpose for every screen (except Start itself), keeping the language."""
    from lib.ui import pages

    for _section, path, title, icon, url in pages.available():
        if url == "start" or not has(f"start.link.{url}"):
            continue
        st.page_link(path, label=f"**{t(title, lang)}** – {t(f'start.link.{url}', lang)}", icon=icon,
                     query_params={"lang": lang})

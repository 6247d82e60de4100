"""AppTest: Karta on the demo (what each map mode shows, filters, a chosen school, profiles shared from the Profiler
screen) and on municipality-level data from an upload (with Likvärdighet by municipality)."""

from __future__ import annotations

import pandas as pd

from tests.app.conftest import assert_no_errors, open_page
from tests.fixtures.make_exports import skolverket_personal_municipal_csv, skolverket_pupils_municipal_csv

QS_SV = "Andel lärare med legitimation och behörighet (%)"


def text_of(at) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption]
                     + [s.value for s in at.subheader] + [h.value for h in at.header])


def captions(at) -> str:
    return "\n".join(c.value for c in at.caption)


def map_table(at):
    """The table of the schools on the map (the last table on the screen)."""
    return at.dataframe[-1].value


def upload_municipal(at) -> None:
    at.switch_page("app_pages/data.py").run()
    at.file_uploader(key="upload").set_value([
        ("personal.csv", skolverket_personal_municipal_csv(2024), "text/csv"),
        ("elever.csv", skolverket_pupils_municipal_csv(2024), "text/csv")])
    at.run()
    assert_no_errors(at)


def test_indicator_mode_colours_by_the_need_index_of_every_demo_school():
    at = open_page("app_pages/karta.py")
    assert_no_errors(at)
    assert at.radio(key="mode").value == "indicator"
    assert at.selectbox(key="indicator").value == "need_index"
    assert "Karta över 240 skolor i 7 kommuner, färgade efter behovsindex." in captions(at)
    table = map_table(at)
    assert len(table) == 240 and "Behovsindex" in table.columns and "Färgvärde" not in table.columns
    assert len(at.get("vega_lite_chart")) == 1  # the map, no legend beside it


def test_deviation_mode_names_the_deviation_and_shows_it_in_the_table():
    at = open_page("app_pages/karta.py")
    at.radio(key="mode").set_value("deviation").run()
    assert_no_errors(at)
    assert at.selectbox(key="indicator").value == "qualified_share"  # a teacher resource
    assert "färgade efter avvikelse från huvudmannens genomsnitt." in captions(at)
    deviation = map_table(at)[f"Avvikelse, {QS_SV}"]
    assert (deviation == "för få").sum() == 2  # the demo's two small schools
    # the column holds "för få" beside numbers, so the grid gets it as text written in Swedish (issue 18)
    deviation = pd.to_numeric(deviation.str.replace("\u2212", "-").str.replace(",", "."), errors="coerce")
    assert deviation.notna().sum() > 200 and (deviation > 0).any() and (deviation < 0).any()


def test_bivariate_mode_shows_its_legend_and_where_high_need_meets_the_weakest_resource():
    at = open_page("app_pages/karta.py")
    at.radio(key="mode").set_value("bivariate").run()
    assert_no_errors(at)
    assert "färgade efter behov × lärarresurs (två färgskalor)." in captions(at)
    assert "Mörkast: högt behov och svagast andel lärare med legitimation och behörighet" in captions(at)
    assert any(s.value == "Skolor där högt behov möter svagast andel lärare med legitimation och behörighet"
               for s in at.header)
    assert len(at.get("vega_lite_chart")) == 2  # the map and its 3 × 3 legend
    classes = map_table(at)["Klass (behov-svaghet)"]
    assert set(classes.dropna()) <= {f"{n}-{s}" for n in (1, 2, 3) for s in (1, 2, 3)} | {"för få"}
    worst = at.dataframe[0].value  # the darkest class, above the selected school
    assert 0 < len(worst) <= (classes == "3-3").sum()
    assert list(worst["Antal elever"]) == sorted(worst["Antal elever"], reverse=True)  # most pupils first


def test_profile_mode_appears_with_the_profiler_screens_grouping():
    from lib.screens import profiler

    at = open_page("app_pages/karta.py")
    assert "profile" not in at.radio(key="mode").options
    at.session_state["_derived_profiles"] = profiler.Grouping(
        2023, ("need_index", "qualified_share", "pupils_per_teacher"), 3, "kmeans")
    at.run()
    assert at.radio(key="mode").options[-1] == "Utmaningsprofil"
    at.radio(key="mode").set_value("profile").run()
    assert_no_errors(at)
    assert "Profilerna från skärmen Utmaningsprofiler gäller läsåret 2023/24." in captions(at)
    assert "färgade efter utmaningsprofil." in captions(at)
    profiles = set(map_table(at)["Profil"].dropna()) - {"för få"}  # the demo's two small schools
    assert len(profiles) == 3 and all(p[:3] in {"1: ", "2: ", "3: "} for p in profiles)


def test_map_filter_and_school_choice_show_the_schools_figures():
    at = open_page("app_pages/karta.py", lang="en")
    at.multiselect(key="kommun").set_value(["1980"]).run()
    assert_no_errors(at)
    assert "in 1 municipality" in captions(at)
    options = at.selectbox(key="skola").options
    assert options[0] == "– none chosen –"
    assert options[1:4] == ["Aspdungens skola (fiktiv)", "Aspmyrens skola (fiktiv)", "Aspängens skola (fiktiv)"]
    assert set(map_table(at)["Municipality"]) == {"Västerås"}
    at.selectbox(key="skola").select("Aspmyrens skola (fiktiv)").run()
    assert_no_errors(at)
    assert "**Aspmyrens skola \\(fiktiv\\)** (99102109)" in [m.value for m in at.markdown]  # the name inert
    metrics = {m.label: m.value for m in at.metric}
    assert list(metrics) == ["Need index", "Share of teachers with certification and qualification (%)",
                             "Pupils per teacher (full-time equivalent)", "First teachers per 100 pupils", "Pupils"]
    # The demo's figures for this school in 2024/25: need index 29.097…, 222 pupils.
    assert metrics["Need index"] == "29.1" and metrics["Pupils"] == "222"


def test_municipality_level_upload_gives_a_choropleth_and_equity_by_municipality():
    at = open_page()
    upload_municipal(at)
    at.switch_page("app_pages/karta.py").run()
    assert_no_errors(at)
    assert any("Grå kommuner" in m.value for m in at.markdown)
    assert "Karta över Sveriges kommuner färgade efter behovsindex; 290 kommuner har värde." in captions(at)
    at.radio(key="mode").set_value("deviation").run()
    assert_no_errors(at)
    assert "färgade efter avvikelse från huvudmannens genomsnitt" in captions(at)
    at.switch_page("app_pages/likvardighet.py").run()
    assert_no_errors(at)
    assert "Kommunerna med störst behov (kvartil 4)" in text_of(at)


def upload_small_school(at) -> None:
    """The Data screen's upload of tests/fixtures/small_school.py (twelve Uppsala schools, one of them small)."""
    from tests.fixtures.small_school import small_school_csv

    at.switch_page("app_pages/data.py").run()
    at.file_uploader(key="upload").set_value([("skolor.csv", small_school_csv(), "text/csv")])
    at.run()
    assert_no_errors(at)


def test_an_uploaded_small_school_is_on_the_map_without_figures():
    from tests.fixtures import small_school

    at = open_page()
    upload_small_school(at)
    at.switch_page("app_pages/karta.py").run()
    assert_no_errors(at)
    assert "1 av skolorna har färre än 10 elever" in captions(at)
    row = map_table(at).set_index("Skolenhetskod").loc[small_school.SMALL_ID]
    assert row["Skolenhet"] == "Lillbyns skola" and row["Antal elever"] == "< 10" and row["Behovsindex"] == "för få"
    at.selectbox(key="skola").select(small_school.SMALL_ID).run()
    assert_no_errors(at)
    assert {m.value for m in at.metric} == {"för få", "< 10"}
    shown = "\n".join([*(m.value for m in at.metric), map_table(at).to_csv(), text_of(at)])
    assert not [v for v in small_school.small_values(2024) if v in shown]

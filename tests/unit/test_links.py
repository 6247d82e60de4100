"""Links that reopen a view (lib/links.py): reading a URL's keys and aliases leniently, writing them in one order,
and finding the option a link names — never an exception for what a URL holds."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode

from hypothesis import given, settings
from hypothesis import strategies as st

from lib import links, schema
from lib.i18n import column_label, fmt_school_year


def test_school_years_are_read_as_start_years():
    assert links.parse_year("2023") == 2023
    assert links.parse_year("2024/25") == 2024
    assert links.parse_year(" 2024 / 2025 ") == 2024
    assert links.parse_year("2024-25") == 2024
    assert links.parse_year("1999/00") == 1999  # (1999 + 1) mod 100 = 0
    assert links.parse_year("2024/26") is None  # not the next year
    assert links.parse_year("2024/2026") is None
    for bad in ("", "24", "abc", "2024/", "٢٠٢٤", "1850", "20245", "2024/25/26"):
        assert links.parse_year(bad) is None, bad


def test_numbers_take_a_decimal_comma_and_refuse_what_is_not_finite():
    assert links.parse_number("1.5") == 1.5 and links.parse_number(" 1,5 ") == 1.5
    assert links.parse_number("nan") is None and links.parse_number("inf") is None
    assert links.parse_number("1e999") is None and links.parse_number("två") is None
    # A slider from 0 to 3 in steps of 0.25: 1,3 is 5.2 steps from 0 and goes to the 5th, 1.25.
    assert links.number_in("1,3", 0.0, 3.0, 0.25) == 1.25
    assert links.number_in("3", 0.0, 3.0, 0.25) == 3.0
    assert links.number_in("3.5", 0.0, 3.0, 0.25) is None and links.number_in("-1", 0.0, 3.0, 0.25) is None


def test_old_keys_are_aliases_and_the_new_key_wins():
    got = links.read({"skola": "Ekskolan (fiktiv) (99100407)", "kommun": ["1480,1980"], "huvudman": ["A", "B"],
                      "year": "2024/25", "fl_alpha": "1.5", "theme": "dark", "lang": "en"})
    assert got == {"school": ("Ekskolan (fiktiv) (99100407)",), "municipality": ("1480", "1980"),
                   "organizer": ("A", "B"), "year": ("2024/25",), "alpha": ("1.5",), "lang": ("en",)}
    assert links.read({"skola": "old", "school": "99100407"})["school"] == ("99100407",)


def test_blank_and_overlong_values_are_no_values():
    assert links.read({"indicator": "", "year": " ", "school": "x" * 301, "municipality": ",,"}) == {}
    assert links.read({"school": "x" * 300}) == {"school": ("x" * 300,)}


def test_a_link_writes_its_keys_in_one_order():
    values = {"lang": "en", "year": 2023, "indicator": "pupils_per_teacher", "data": "demo"}
    assert links.query_string(values) == "data=demo&indicator=pupils_per_teacher&year=2023&lang=en"
    several = {"organizer": ("A AB", "B, C"), "municipality": ("0180", "1480"), "k": 3, "alpha": 1.0}
    assert links.query_string(several) == \
        "municipality=0180%2C1480&organizer=A+AB&organizer=B%2C+C&k=3&alpha=1"
    assert links.query_string({"organizer": None, "municipality": (), "alpha": 0.25}) == "organizer=all&alpha=0.25"


def test_the_absolute_address_keeps_the_page_and_replaces_the_query():
    values = {"year": 2023, "lang": "sv"}
    assert links.absolute("https://skola.example/app/karta?x=1#top", values) == \
        "https://skola.example/app/karta?year=2023&lang=sv"
    assert links.absolute(None, values, "karta") == "/karta?year=2023&lang=sv"
    assert links.absolute("http://h/start", {}) == "http://h/start"


INDICATORS = ["qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils"]


def test_an_option_is_found_by_key_by_label_in_either_language_or_by_a_trailing_id():
    labels = (lambda c: column_label(c, "sv"), lambda c: column_label(c, "en"))
    assert links.choose("pupils_per_teacher", INDICATORS, labels) == "pupils_per_teacher"
    assert links.choose("Förstelärare per 100 elever", INDICATORS, labels) == "first_teachers_per_100_pupils"
    assert links.choose(column_label("qualified_share", "en").upper(), INDICATORS, labels) == "qualified_share"
    assert links.choose("<script>alert(1)</script>", INDICATORS, labels) is links.NOTHING
    years = [2020, 2021, 2022, 2023, 2024]
    assert links.choose("2022/23", years, (lambda y: fmt_school_year(y, "sv"),)) == 2022
    assert links.choose("2023", years) == 2023 and links.choose("1850", years) is links.NOTHING
    assert links.choose("²", [2, 3]) is links.NOTHING  # a digit to Unicode, not to int()
    schools = ["99100407", "99103108"]
    assert links.choose("Stjärnängens skola (fiktiv) (99100407)", schools) == "99100407"
    assert links.choose("Okänd (12345678)", schools) is links.NOTHING
    assert links.choose("all", ["Göteborgs kommun", None]) is None  # every organiser, said explicitly
    assert links.choose("1.5", [1.0, 1.5]) == 1.5


def test_several_options_old_comma_joined_names_and_what_names_nothing():
    organisers = ["Göteborgs kommun", "Kunskapsgläntan AB (fiktiv)", "Lärande, Norr AB"]
    assert links.choose_many(["Lärande, Norr AB", "Göteborgs kommun"], organisers) == \
        (("Göteborgs kommun", "Lärande, Norr AB"), ())  # in the options' order
    assert links.choose_many(["Göteborgs kommun,Kunskapsgläntan AB (fiktiv)"], organisers) == \
        (("Göteborgs kommun", "Kunskapsgläntan AB (fiktiv)"), ())
    assert links.choose_many(["Göteborgs kommun", "Påhittad AB"], organisers) == \
        (("Göteborgs kommun",), ("Påhittad AB",))


def test_a_quoted_value_is_one_short_line():
    assert links.shown("a\nb\tc") == "a b c"
    assert links.shown("x" * 100, limit=10) == "x" * 9 + "…"


# --- properties -------------------------------------------------------------------------------------------------

NAMES = st.text(st.characters(categories=("L", "N", "P", "S", "Zs")), min_size=1, max_size=60).map(str.strip) \
    .filter(bool)
CODES = st.from_regex(r"\A[0-9]{4}\Z")
IDS = st.from_regex(r"\A[0-9A-Za-z\-]{1,12}\Z")


@st.composite
def views(draw):
    """A view's choices and, for each key, the options it was chosen from (with others beside it)."""
    organisers = draw(st.lists(NAMES, min_size=1, max_size=6, unique=True))
    codes = draw(st.lists(CODES, min_size=1, max_size=6, unique=True))
    schools = draw(st.lists(IDS, min_size=1, max_size=6, unique=True))
    years = list(range(2015, 2031))
    values = {
        "indicator": draw(st.sampled_from(schema.RESOURCE_INDICATORS)),
        "year": draw(st.sampled_from(years)),
        "municipality": tuple(sorted(draw(st.sets(st.sampled_from(codes))))),
        "organizer": tuple(o for o in organisers if draw(st.booleans())),
        "school": draw(st.sampled_from(schools)),
        "k": draw(st.integers(2, 8)),
        "alpha": draw(st.integers(0, 12)) * 0.25,
        "lang": draw(st.sampled_from(["sv", "en"])),
    }
    options = {"indicator": list(schema.RESOURCE_INDICATORS), "year": years, "municipality": sorted(codes),
               "organizer": organisers, "school": schools, "k": list(range(2, 9)), "lang": ["sv", "en"]}
    return values, options


@settings(max_examples=150, deadline=None)
@given(views())
def test_serialise_then_parse_gives_the_same_view(view):
    values, options = view
    query = parse_qs(links.query_string(values), keep_blank_values=True)  # as a browser hands it back
    got = links.read(query)
    for key in ("indicator", "year", "school", "k", "lang"):
        assert links.choose(got[key][0], options[key]) == values[key], key
    for key in ("municipality", "organizer"):
        chosen, rejected = links.choose_many(got.get(key, ()), options[key])
        assert set(chosen) == set(values[key]) and rejected == (), key
    assert links.number_in(got["alpha"][0], 0.0, 3.0, 0.25) == values["alpha"]


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from([*links.KEYS, *links.ALIASES, "x"]),
                       st.one_of(st.text(max_size=400), st.lists(st.text(max_size=50), max_size=4)), max_size=8))
def test_any_query_is_read_without_an_exception(query):
    got = links.read(query)
    assert set(got) <= set(links.KEYS)
    for values in got.values():
        assert all(v and len(v) <= links.MAX_CHARS for v in values)
        for v in values:
            links.choose(v, [2023, "pupils_per_teacher", None, 1.5], (lambda o: f"{o} ({o})",))
            links.number_in(v, 0.0, 3.0, 0.25)
    assert parse_qs(urlencode(links.query_pairs({k: v for k, v in got.items()})), keep_blank_values=True) \
        .keys() <= set(links.KEYS)

"""Which canonical column a header means: canonical names, the app's Swedish and English labels,
Skolverket's export names and other synonyms. `IGNORED` are known columns the app does not use.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from lib.i18n import table
from lib.schema import INPUT_COLUMNS

SYNONYMS: dict[str, tuple[str, ...]] = {
    "school_id": ("skolenhetskod", "skolenhets kod", "skolenhet kod", "skolkod", "school unit code",
                  "schoolunitcode", "school code", "enhetskod"),
    "school_name": ("skola", "skolenhet", "skolenhetens namn", "skolenhetsnamn", "skolnamn", "skolans namn",
                    "school", "school name", "school unit", "schoolunitname", "namn"),
    "municipality_code": ("kommunkod", "kommun kod", "kommun-kod", "kommunnummer", "kommun nr",
                          "municipality code", "geographicalareacode", "lägeskommun kod"),
    "municipality_name": ("kommun", "kommunnamn", "lägeskommun", "municipality", "municipality name"),
    "organizer": ("huvudman", "huvudmannens namn", "huvudmannen", "organiser", "organizer", "principal"),
    "organizer_type": ("typ av huvudman", "huvudmannatyp", "huvudmanstyp", "huvudmannaskap", "organiser type",
                       "organizer type", "type of organiser", "principalorganizertype"),
    "school_year": ("läsår", "lasar", "år", "school year", "year", "period", "timeperiod"),
    "lat": ("latitud", "latitude", "lat", "wgs84latitude", "wgs84 latitud"),
    "lon": ("longitud", "longitude", "lon", "lng", "long", "wgs84longitude", "wgs84 longitud"),
    "pupils": ("elever", "antal elever", "elever årskurs 1 9", "elever åk 1 9", "totalt antal elever",
               "pupils", "number of pupils", "students", "totalnumberofpupils"),
    "teacher_fte": ("heltidstjänster", "lärare heltidstjänster", "antal heltidstjänster", "lärartjänster",
                    "teacher fte", "fte", "teachers fte"),
    "teachers": ("tjänstgörande lärare", "antal lärare", "lärare antal", "teachers headcount", "teachers"),
    "qualified_share": ("andel behöriga lärare", "andel legitimerade och behöriga lärare",
                        "andel med lärarlegitimation och behörighet", "behörighet", "andel behöriga",
                        "share qualified", "qualified share", "certifiedteachersquota"),
    "pupils_per_teacher": ("elever per lärare", "elever per lärare heltidstjänst", "lärartäthet",
                           "elever per lärartjänst", "pupils per teacher", "studentsperteacherquota"),
    "first_teachers": ("förstelärare", "antal förstelärare", "first teachers", "förstelärartjänster"),
    "pott2": ("pott 2", "bidragspott 2", "särskilt svåra förutsättningar", "pot 2"),
    "teacher_experience_years": ("erfarenhet", "lärarnas erfarenhet", "erfarenhet år", "antal år i yrket",
                                 "experience", "teacher experience"),
    "teacher_turnover": ("personalomsättning", "läraromsättning", "omsättning", "turnover",
                         "teacher turnover"),
    "ped_degree_share": ("andel med pedagogisk högskoleexamen", "pedagogisk högskoleexamen",
                         "andel lärare med pedagogisk högskoleexamen", "teaching degree share"),
    "ses_index": ("socioekonomiskt index", "socioekonomiskt index scb", "ses", "ses index", "scb index",
                  "socioeconomic index"),
    "parents_higher_ed_share": ("andel elever med föräldrar med eftergymnasial utb åk 1 9",
                                "andel elever med föräldrar med eftergymnasial utbildning",
                                "föräldrar med eftergymnasial utbildning", "eftergymnasial utbildning",
                                "parents with post secondary education"),
    "foreign_background_share": ("andel elever med utländsk bakgrund åk 1 9", "andel elever med utländsk bakgrund",
                                 "utländsk bakgrund", "foreign background"),
    "newly_arrived_share": ("andel nyinvandrade", "nyinvandrade", "andel nyanlända", "nyanlända",
                            "salsanewlyimmigratedquota", "newly arrived"),
    "parents_education_level": ("föräldrarnas utbildningsnivå", "salsaparentseducation",
                                "föräldrars utbildningsnivå", "parents education level"),
    "merit_value": ("meritvärde", "genomsnittligt meritvärde", "genomsnittligt meritvärde åk 9",
                    "merit value", "averagegradesmeritrating9thgrade"),
    "eligible_share": ("andel behöriga till gymnasiet", "behöriga till gymnasiet", "andel behöriga till yrkesprogram",
                       "behörighet till gymnasiet", "eligible share"),
    "allocation_sek": ("tilldelning", "tilldelning kr", "tilldelning kr år", "tilldelning per år", "resurstilldelning",
                       "skolans tilldelning", "allocation", "allocation sek"),
    "ses_allocation_sek": ("socioekonomisk tilldelning", "socioekonomisk ersättning", "socioekonomisk del",
                           "varav socioekonomisk ersättning", "varav socioekonomisk ersättning kr år",
                           "tilldelning socioekonomi", "strukturersättning", "ses allocation",
                           "socioeconomic allocation"),
    "assistant_fte": ("lärarassistenter", "lärarassistenter heltidstjänster", "lärarassistent heltidstjänster",
                      "antal lärarassistenter", "teacher assistants", "assistant fte", "teaching assistants fte"),
}

# Known columns of Skolverket's exports that the app does not use (recognised, not unknown).
IGNORED: tuple[str, ...] = (
    "län", "läns kod", "länskod", "antal med lärarlegitimation och behörighet",
    "antal med lärarlegitimation och behörighet i minst ett ämne",
    "andel med lärarlegitimation och behörighet i minst ett ämne",
    "andel flickor årskurs 1 9", "andel flickor", "kön", "organisationsnummer", "huvudmannens organisationsnummer",
    "adress", "postnummer", "postort", "skolform", "kommentar", "anmärkning",
)
_GRADE_COLUMN = re.compile(r"^elever årskurs [0-9f]+$|^elever åk [0-9f]+$|^elever förskoleklass$")


def normalise_header(text: str) -> str:
    """Lower case, no punctuation or unit marks, single spaces: "Andel (%) elever med …, åk 1-9" →
    "andel elever med … åk 1 9". Remembered per text: finding the column row asks about the same cells many
    times (measured: most of the bundled real data's cold load)."""
    return _normalised(text) if isinstance(text, str) else _normalise(text)


def _normalise(text: object) -> str:
    text = unicodedata.normalize("NFC", str(text)).lower().replace("\u00a0", " ")
    text = _UNIT_MARKS.sub(" ", text)
    text = _NOT_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


_UNIT_MARKS = re.compile(r"\(%\)|%|\(antal\)|\(st\)|\(år\)|\(kr\)")
_NOT_WORD = re.compile(r"[^0-9a-zåäöéüæø]+")
_SPACES = re.compile(r"\s+")
_normalised = functools.lru_cache(maxsize=8192)(_normalise)


def _lookup() -> dict[str, str]:
    """Normalised header → canonical column, from canonical names, both languages' labels and synonyms."""
    out: dict[str, str] = {}
    strings = table()
    for col in INPUT_COLUMNS:
        out[normalise_header(col)] = col
        out[normalise_header(col.replace("_", " "))] = col
        for label in strings.get(f"col.{col}", ()):
            out[normalise_header(label)] = col
        for syn in SYNONYMS.get(col, ()):
            out[normalise_header(syn)] = col
    return out


_LOOKUP: dict[str, str] | None = None


def canonical_for(header: str) -> str | None:
    """The canonical column a header names, or None when unknown."""
    global _LOOKUP
    if _LOOKUP is None:
        _LOOKUP = _lookup()
    return _LOOKUP.get(normalise_header(header))


def is_ignored(header: str) -> bool:
    """A known column that the app does not use (e.g. Län, per-grade pupil counts)."""
    key = normalise_header(header)
    return key in _ignored_keys(IGNORED) or bool(_GRADE_COLUMN.match(key))


@functools.lru_cache(maxsize=4)
def _ignored_keys(ignored: tuple[str, ...]) -> frozenset[str]:
    """The normalised names of `IGNORED`, made once (keyed by the tuple, so a longer IGNORED makes a new set)."""
    return frozenset(normalise_header(x) for x in ignored)


# English camelCase exports of other systems and the statistics names of Skolverket's Planned Educations API
# (research/apis/skolverket-planned-educations-v4.openapi.json), written as the normalised header reads them.
_ENGLISH: dict[str, tuple[str, ...]] = {
    "school_id": ("schoolcode", "schoolid", "schoolunitid", "unitcode", "school unit id", "school id"),
    "school_name": ("schoolname", "unitname", "name of school"),
    "municipality_code": ("municipalitycode", "municipalityid", "kommunkod id"),
    "municipality_name": ("municipalityname",),
    "organizer": ("organizername", "organisername", "principalorganizer", "principalorganizername", "schoolowner"),
    "organizer_type": ("organizertype", "organisertype", "ownertype"),
    "school_year": ("schoolyear", "academicyear", "academic year"),
    "pupils": ("totalnumberofstudents", "numberofstudents", "studentcount", "totalstudents", "numberofpupils",
               "total number of students", "number of students"),
    "teacher_fte": ("fulltimeteachers", "teacherfte", "teachersfte", "fulltimeequivalentteachers", "full time teachers",
                    "teacherpositions"),
    "teachers": ("numberofteachers", "teachercount", "teacherheadcount"),
    "qualified_share": ("teacherqualificationpercentage", "qualifiedteacherspercentage", "certifiedteacherspercentage",
                        "teacher qualification percentage", "certified teachers quota"),
    "pupils_per_teacher": ("studentteacherratio", "pupilteacherratio", "studentsperteacher", "student teacher ratio",
                           "students per teacher quota"),
    "first_teachers": ("firstteachers", "leadteachers", "numberoffirstteachers"),
    "teacher_experience_years": ("teacherexperienceyears", "averageteacherexperience"),
    "teacher_turnover": ("teacherturnover", "teacherturnoverpercentage", "staffturnover"),
    "ses_index": ("socioeconomicindex", "sesindex"),
    "parents_higher_ed_share": ("parentaleducationpercentage", "parentshighereducationpercentage",
                                "parental education percentage", "parentspostsecondaryeducation"),
    "foreign_background_share": ("foreignbackgroundpercentage", "foreign background percentage",
                                 "foreignbackgroundshare"),
    "newly_arrived_share": ("newlyarrivedpercentage", "newlyimmigratedpercentage", "salsa newly immigrated quota"),
    "parents_education_level": ("parentseducationlevel", "salsa parents education"),
    "merit_value": ("meritvalue", "averagemeritvalue", "meritrating", "average grades merit rating 9th grade",
                    "salsaaveragegradesin9thgradeactual"),
    "eligible_share": ("eligibilitypercentage", "eligiblepercentage", "eligibleforupperSecondary",
                       "ratioofpupils9thgradeeligiblefornationalprogramyr",
                       "ratio of pupils 9th grade eligible for national program yr"),
}
for _name, _more in _ENGLISH.items():
    SYNONYMS[_name] = (*SYNONYMS.get(_name, ()), *_more)

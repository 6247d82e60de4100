"""Strings of interventions (Insatser): the report's taxonomy and the register screen."""

STRINGS: dict[str, tuple[str, str]] = {
    "intervention.type.central_recruitment": ("Central rekrytering", "Central recruitment"),
    "intervention.type.targeted_first_teachers": ("Riktade förstelärare", "Targeted first teachers"),
    "intervention.type.development_teachers": ("Utvecklingslärare", "Development teachers"),
    "intervention.type.qualifying_education": ("Behörighetsgivande utbildning", "Qualifying education"),
    "intervention.type.professional_development": ("Annan kompetensutveckling", "Other professional development"),
    "intervention.type.salary_supplement": ("Lönetillägg", "Salary supplement"),
    "intervention.type.leadership_support": ("Stöd till skolledning", "Leadership support"),
    "intervention.type.marketing": ("Marknadsföring", "Marketing"),
    "intervention.type.central_resources": ("Elevhälsa eller andra centrala resurser",
                                            "Pupil health or other central resources"),
    "intervention.type.other": ("Annat", "Other"),
}

"""Texts of the bundled real data `sverige` (Skolverket's official statistics per municipality): its source line,
its columns, the choice of active data on Start and Data, and the one sentence a screen says when it needs school
data."""

STRINGS: dict[str, tuple[str, str]] = {
    "source.sverige": ("Källa: Skolverket, officiell statistik (Sök statistik), uttag {date}",
                       "Source: Skolverket, official statistics (Sök statistik), extract {date}"),
    "source.sverige_undated": ("Källa: Skolverket, officiell statistik (Sök statistik)",
                               "Source: Skolverket, official statistics (Sök statistik)"),
    "source.kind.sverige": ("Skolverkets officiella statistik", "Skolverket's official statistics"),
    "col.pass_all_subjects_y6_share": ("Andel elever i åk 6 med godkänt betyg i alla ämnen (%)",
                                       "Share of year-6 pupils passing all subjects (%)"),
    "col.eligible_y9_share": ("Andel elever i åk 9 behöriga till gymnasiets yrkesprogram (%)",
                              "Share of year-9 pupils eligible for upper secondary vocational programmes (%)"),
    "col.cost_per_pupil_sek": ("Kostnad per elev, kommunens skolor, kalenderår (kr)",
                               "Cost per pupil, the municipality's schools, calendar year (SEK)"),
    "col.teaching_cost_per_pupil_sek": ("Undervisningskostnad per elev, kommunens skolor, kalenderår (kr)",
                                        "Teaching cost per pupil, the municipality's schools, calendar year (SEK)"),
    "template.kind.sek": ("Kronor", "Swedish kronor (SEK)"),
    "sverige.choice_label": ("Vilka data vill du se?", "Which data do you want to see?"),
    "sverige.choice.sverige": ("Sverige, alla kommuner (Skolverket)", "Sweden, all municipalities (Skolverket)"),
    "sverige.choice.demo": ("Demodata (fiktiva skolor)", "Demo data (fictional schools)"),
    "sverige.choice.own": ("Dina egna data (uppladdade eller hämtade)", "Your own data (uploaded or fetched)"),
    "sverige.choice_help": ("Sverige: Skolverkets officiella statistik för landets 290 kommuner, läsåren "
                            "2020/21–2024/25, en rad per kommun och läsår. Demodata: påhittade skolor som visar "
                            "skolnivåns alla vyer. Egna data laddar du upp under Data.",
                            "Sweden: Skolverket's official statistics for the country's 290 municipalities, school "
                            "years 2020/21–2024/25, one row per municipality and school year. Demo data: made-up "
                            "schools that show every school-level view. Upload your own data under Data."),
    "sverige.upload_link": ("Ladda upp egna data", "Upload your own data"),
    "sverige.need_note": ("Behovsindex för Sveriges kommuner bygger bara på elevernas bakgrund (andel med "
                          "föräldrar med eftergymnasial utbildning och andel med utländsk bakgrund), med samma "
                          "metod alla fem läsåren, så att utvecklingen jämför lika med lika. Betyg, behörighet och "
                          "kostnader visas som sammanhang och ingår inte i indexet.",
                          "The need index of Sweden's municipalities is built from pupils' background only (share "
                          "with parents with post-secondary education and share with foreign background), with "
                          "the same method in all five school years, so the trend compares like with like. "
                          "Grades, eligibility and costs are shown as context and are not part of the index."),
    "sverige.organizer.samtliga": ("Eleverna är alla elever i kommunen, oavsett huvudman (Samtliga).",
                                   "The pupils are every pupil in the municipality, whatever the organiser (All)."),
    "sverige.organizer.kommunal": ("Eleverna är de i kommunens egna skolor (Kommunal huvudman).",
                                   "The pupils are those in the municipality's own schools (municipal organiser)."),
    "sverige.organizer.enskild": ("Eleverna är de i fristående skolor i kommunen (Enskild huvudman).",
                                  "The pupils are those in independent schools in the municipality (independent "
                                  "organisers)."),
    "sverige.cost_note": ("Kostnaderna gäller kommunens egna skolor under ett kalenderår, inte ett läsår.",
                          "Costs are those of the municipality's own schools in a calendar year, not a school year."),
    "sverige.needs_school_data": ("Den här vyn behöver data per skola, och de aktiva data är per kommun. Välj "
                                  "demodata eller ladda upp era egna skolors data.",
                                  "This view needs data per school, and the active data are per municipality. "
                                  "Choose the demo data or upload your own schools' data."),
    "sverige.use_demo": ("Visa demodata", "Show the demo data"),
    "sverige.orgtype_label": ("Vilka skolor i kommunerna?", "Which schools in the municipalities?"),
    "sverige.orgtype.samtliga": ("Alla (samtliga huvudmän)", "All (every organiser)"),
    "sverige.orgtype.kommunal": ("Kommunala", "Municipal"),
    "sverige.orgtype.enskild": ("Fristående (enskilda huvudmän)", "Independent"),
    "sverige.orgtype_help": ("Skolverket redovisar varje kommun för alla elever och för kommunala respektive "
                             "fristående skolor för sig. Kommuner utan fristående skolor saknas i det sista valet.",
                             "Skolverket reports each municipality for all pupils and separately for municipal and "
                             "independent schools. Municipalities without independent schools are missing from the "
                             "last choice."),
    # Utmaningsprofiler on municipality data: the units are municipalities (lib/screens/profiler.units_key).
    "profiler.card_size_municipal": ("{n} kommuner ({share} av enheterna), behovsindex i genomsnitt {need}.",
                                     "{n} municipalities ({share} of the units), mean need index {need}."),
    "profiler.card_figure_partial_municipal": ("{label}: {value} (alla: {overall}; värde för {n} av {size} "
                                               "kommuner)",
                                               "{label}: {value} (all: {overall}; a value for {n} of {size} "
                                               "municipalities)"),
    "profiler.map_alt_municipal": ("Karta över {n} kommuner färgade efter profil.",
                                   "Map of {n} municipalities coloured by profile."),
    "profiler.rule_result_municipal": ("{n} av {total} kommuner flaggas: {rule}.",
                                       "{n} of {total} municipalities are flagged: {rule}."),
}

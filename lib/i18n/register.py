"""Strings of the Insatser screen (register, follow-up, change log) and its messages."""

STRINGS: dict[str, tuple[str, str]] = {
    "interventions.title": ("Insatser", "Interventions"),
    "interventions.intro": ("Registrera insatser för att behålla och rekrytera lärare och följ upp dem över åren. "
                            "Skolinspektionen fann att bara en tredjedel av huvudmännen följde upp sina insatser.",
                            "Register interventions to keep and recruit teachers and follow them up over the years. "
                            "The Schools Inspectorate found that only a third of the organisers followed up their "
                            "interventions."),
    "interventions.tab_followup": ("Uppföljning", "Follow-up"),
    "interventions.tab_register": ("Register", "Register"),
    "interventions.tab_log": ("Ändringslogg", "Change log"),
    "interventions.editor_key": ("Redaktörsnyckel (för att ändra)", "Editor key (to make changes)"),
    "interventions.editor_as": ("Du ändrar som {name}.", "You are editing as {name}."),
    "interventions.read_only_note": ("Alla kan läsa registret; ändringar kräver en redaktörsnyckel.",
                                     "Everyone can read the register; changes need an editor key."),
    "interventions.public_note": ("I den publika demon är registret skrivskyddat demoinnehåll.",
                                  "In the public demo the register is read-only demo content."),
    "interventions.demo_items": ("Registret är tomt; visar demodatans fiktiva insatser.",
                                 "The register is empty; showing the demo's fictional interventions."),
    "interventions.none": ("Inga insatser är registrerade.", "No interventions are registered."),
    "interventions.overview_heading": ("Översikt", "Overview"),
    "interventions.metric_total": ("Insatser", "Interventions"),
    "interventions.metric_high_need": ("Når skolor med störst behov", "Reach the highest-need schools"),
    "interventions.metric_money": ("Andel av pengarna till skolor med störst behov",
                                   "Share of the money to the highest-need schools"),
    "interventions.by_type": ("Per typ", "By type"),
    "interventions.choose": ("Insats", "Intervention"),
    "interventions.indicator": ("Indikator", "Indicator"),
    "interventions.causal_warning": ("Detta är en beskrivning, inte en effektskattning: det är svårt att isolera "
                                     "effekter av en insats från allt annat som händer på skolorna.",
                                     "This is a description, not an effect estimate: it is hard to isolate the "
                                     "effects of an intervention from everything else that happens at the schools."),
    "interventions.followup_sentence": ("{id}: {indicator} på insatsens skolor {before} läsåret {before_year} och "
                                        "{after} läsåret {after_year}; jämförbara skolor ({n} st, samma "
                                        "behovskvartil, utan egen insats) {cbefore} och {cafter}.",
                                        "{id}: {indicator} at the intervention's schools {before} in {before_year} "
                                        "and {after} in {after_year}; comparable schools ({n}, same need quartile, "
                                        "no intervention of their own) {cbefore} and {cafter}."),
    "interventions.series_schools": ("Insatsens skolor", "The intervention's schools"),
    "interventions.series_comparison": ("Jämförbara skolor", "Comparable schools"),
    "interventions.chart_title": ("{indicator}: {id} och jämförbara skolor", "{indicator}: {id} and comparable "
                                                                             "schools"),
    "interventions.chart_alt": ("Linjediagram per läsår för insatsens skolor och jämförbara skolor; insatsen "
                                "startade {start}.",
                                "Line chart by school year for the intervention's schools and comparable schools; "
                                "the intervention started {start}."),
    "interventions.add_heading": ("Lägg till en insats", "Add an intervention"),
    "interventions.edit_heading": ("Ändra, avsluta eller ta bort", "Edit, end or delete"),
    "interventions.import_heading": ("Importera (CSV eller Excel)", "Import (CSV or Excel)"),
    "interventions.import": ("Importera", "Import"),
    "interventions.imported": ("{n} insatser importerades.", "{n} interventions were imported."),
    "interventions.save": ("Spara", "Save"),
    "interventions.saved": ("Insatsen {id} är sparad.", "The intervention {id} is saved."),
    "interventions.end": ("Avsluta läsåret", "End in school year"),
    "interventions.do_end": ("Avsluta", "End"),
    "interventions.do_delete": ("Ta bort", "Delete"),
    "interventions.undo": ("Ångra ändring nr", "Undo change no."),
    "interventions.do_undo": ("Ångra", "Undo"),
    "interventions.done": ("Klart.", "Done."),
    "interventions.field.intervention_id": ("Id", "Id"),
    "interventions.field.school_id": ("Skolenhetskod(er), kommaseparerade", "School unit code(s), comma-separated"),
    "interventions.field.type": ("Typ", "Type"),
    "interventions.field.aim": ("Syfte", "Aim"),
    "interventions.field.targeting": ("Inriktning", "Targeting"),
    "interventions.field.start_year": ("Startläsår", "Start school year"),
    "interventions.field.end_year": ("Slutläsår (tomt = pågår)", "End school year (empty = ongoing)"),
    "interventions.field.cost_sek": ("Kostnad (kr)", "Cost (SEK)"),
    "interventions.field.funding": ("Finansiering", "Funding"),
    "interventions.field.description": ("Beskrivning", "Description"),
    "interventions.aim.retain": ("behålla", "retain"),
    "interventions.aim.attract": ("rekrytera", "attract"),
    "interventions.targeting.targeted": ("riktad", "targeted"),
    "interventions.targeting.general": ("generell", "general"),
    "interventions.col.at": ("Tid", "Time"),
    "interventions.col.editor": ("Redaktör", "Editor"),
    "interventions.col.action": ("Ändring", "Change"),
    "interventions.col.undone": ("Ångrad", "Undone"),
    # Messages
    "interventions.bad_field": ("Fältet {field} saknas eller är ogiltigt.", "The field {field} is missing or invalid."),
    "interventions.duplicate": ("Id {field} finns redan tidigare i filen.",
                                "Id {field} is already earlier in the file."),
    "interventions.exists": ("Det finns redan en insats med id {field}.", "There is already an intervention with id "
                                                                          "{field}."),
    "interventions.unknown": ("Det finns ingen insats med id {field}.", "There is no intervention with id {field}."),
    "interventions.not_editor": ("Ändringen kräver en giltig redaktörsnyckel.", "The change needs a valid editor key."),
    "interventions.read_only_public": ("Registret kan inte ändras i den publika demon.",
                                       "The register cannot be changed in the public demo."),
    "interventions.cannot_undo": ("Den ändringen kan inte ångras (den finns inte eller är redan ångrad).",
                                  "That change cannot be undone (it does not exist or is already undone)."),
    "interventions.missing_columns": ("Kolumner saknas: {columns}.", "Columns are missing: {columns}."),
}

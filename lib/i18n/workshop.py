"""Strings of the Workshop screen and the save panel."""

STRINGS: dict[str, tuple[str, str]] = {
    "workshop.title": ("Workshop", "Workshop"),
    "workshop.intro": ("Spela igenom scenarier tillsammans. Samtalsledaren skapar en kod; grupperna sparar sina "
                       "scenarier under koden på skärmen Förstelärare; här jämförs de sida vid sida och uppdateras "
                       "av sig själva.",
                       "Play through scenarios together. The facilitator creates a code; the groups save their "
                       "scenarios under the code on the First teachers screen; here they are compared side by side "
                       "and update by themselves."),
    "workshop.join_heading": ("Gå med", "Join"),
    "workshop.code": ("Workshopkod", "Workshop code"),
    "workshop.join": ("Gå med", "Join"),
    "workshop.joined": ("Du är med i workshop {code}.", "You are in workshop {code}."),
    "workshop.facilitator_heading": ("För samtalsledaren", "For the facilitator"),
    "workshop.create": ("Skapa en ny workshop", "Create a new workshop"),
    "workshop.created": ("Workshopkod: **{code}** (gäller till {until}). Din hemliga nyckel för att låsa, "
                         "nollställa eller ta bort: `{secret}` – den visas bara nu.",
                         "Workshop code: **{code}** (valid until {until}). Your secret key to lock, reset or delete: "
                         "`{secret}` – it is shown only now."),
    "workshop.secret": ("Hemlig nyckel", "Secret key"),
    "workshop.lock": ("Lås", "Lock"),
    "workshop.unlock": ("Lås upp", "Unlock"),
    "workshop.reset": ("Nollställ (ta bort scenarierna)", "Reset (delete the scenarios)"),
    "workshop.delete": ("Ta bort workshoppen", "Delete the workshop"),
    "workshop.done": ("Klart.", "Done."),
    "workshop.compare_heading": ("Scenarierna sida vid sida", "The scenarios side by side"),
    "workshop.none_yet": ("Inga scenarier är sparade under koden ännu.", "No scenarios are saved under the code yet."),
    "workshop.no_code": ("Ange en workshopkod för att se scenarierna.", "Enter a workshop code to see the scenarios."),
    "workshop.big": ("Storbildsläge (för projektor)", "Projector mode (large type)"),
    "workshop.open": ("Öppna scenariot", "Open the scenario"),
    "workshop.updated": ("Uppdateras av sig själv var {s}:e sekund. Senast: {time}.",
                         "Updates by itself every {s} seconds. Last: {time}."),
    "workshop.locked_note": ("Workshoppen är låst.", "The workshop is locked."),
    "workshop.chart_title": ("Förstelärare per 100 elever i kvartil 4 efter scenario",
                             "First teachers per 100 pupils in quartile 4 by scenario"),
    "workshop.chart_alt": ("Stapeldiagram med ett värde per scenario: {values}.",
                           "Bar chart with one value per scenario: {values}."),
    "workshop.col.scenario": ("Scenario", "Scenario"),
    "workshop.col.cost_change": ("Kostnadsförändring (kr/år)", "Cost change (SEK/year)"),
    "workshop.col.budget": ("Budget (kr/år)", "Budget (SEK/year)"),
    "workshop.col.unspent": ("Kvar av budgeten (kr/år)", "Left of the budget (SEK/year)"),
    "workshop.save_heading": ("Spara eller dela", "Save or share"),
    "workshop.scenario_name": ("Scenariots namn", "Scenario name"),
    "workshop.group": ("Grupp", "Group"),
    "workshop.save": ("Spara i workshoppen", "Save in the workshop"),
    "workshop.saved": ("”{name}” är sparat i workshop {code}.", "“{name}” is saved in workshop {code}."),
    "workshop.link_intro": ("Länk som öppnar samma scenario (lägg till efter appens adress):",
                            "A link that opens the same scenario (add after the app's address):"),
    "workshop.scenario_units": ("Scenariot omfattar {n} skolor.", "The scenario covers {n} schools."),
    "workshop.export": ("Ladda ner workshoppens scenarier (JSON)", "Download the workshop's scenarios (JSON)"),
}

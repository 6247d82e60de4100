"""Strings of scenarios, storage and the workshop."""

STRINGS: dict[str, tuple[str, str]] = {
    "scenario.bad_params": ("Scenariot saknar giltiga parametrar.", "The scenario has no valid parameters."),
    "scenario.bad_value": ("Scenariot har ett ogiltigt värde för {field}.",
                           "The scenario has an invalid value for {field}."),
    "scenario.bad_version": ("Scenariot har en okänd version ({version}).",
                             "The scenario has an unknown version ({version})."),
    "scenario.bad_link": ("Länken innehåller inget giltigt scenario.", "The link holds no valid scenario."),
    "scenario.loaded": ("Scenariot ”{name}” från länken är inläst.",
                        "The scenario “{name}” from the link is loaded."),
    "scenario.other_data": ("Scenariot gjordes på andra data än de aktiva; siffrorna kan skilja sig.",
                            "The scenario was made on other data than the active data; figures may differ."),
    "storage.rate_limited": ("För många workshoppar har skapats den senaste timmen (högst {limit}). Försök igen "
                             "senare.",
                             "Too many workshops were created in the last hour (at most {limit}). Try again later."),
    "storage.no_workshop": ("Det finns ingen öppen workshop med koden {code}. Kontrollera koden eller be "
                            "samtalsledaren om en ny.",
                            "There is no open workshop with the code {code}. Check the code or ask the facilitator "
                            "for a new one."),
    "storage.not_facilitator": ("Bara samtalsledaren (med sin hemliga nyckel) kan göra detta.",
                                "Only the facilitator (with their secret key) can do this."),
    "storage.locked": ("Workshoppen {code} är låst; inga fler scenarier kan sparas.",
                       "The workshop {code} is locked; no more scenarios can be saved."),
    "storage.full": ("Workshoppen har redan {limit} scenarier.",
                     "The workshop already has {limit} scenarios."),
    "storage.unavailable": ("Lagringen kan inte nås just nu; scenariot sparades inte.",
                            "Storage cannot be reached right now; the scenario was not saved."),
}

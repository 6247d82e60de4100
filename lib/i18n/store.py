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
    "storage.rate_limited": ("För många workshoppar har skapats i tjänsten den senaste timmen (högst {limit}). "
                             "Försök igen om {minutes} min.",
                             "Too many workshops were created in the service in the last hour (at most {limit}). "
                             "Try again in {minutes} min."),
    "storage.rate_limited_session": ("Du har redan skapat {limit} workshoppar den senaste timmen, så många som en "
                                     "besökare kan. Använd en av dem, eller försök igen om {minutes} min.",
                                     "You have already created {limit} workshops in the last hour, as many as one "
                                     "visitor can. Use one of them, or try again in {minutes} min."),
    "storage.rate_limited_address": ("Från din adress har {limit} workshoppar skapats den senaste timmen, så många "
                                     "som tillåts. Försök igen om {minutes} min.",
                                     "{limit} workshops were created from your address in the last hour, as many as "
                                     "allowed. Try again in {minutes} min."),
    "storage.bad_code": ("En workshopkod har {length} tecken: bokstäverna A–Z utom I och O, och siffrorna 2–7 och "
                         "9. Bindestreck och mellanslag spelar ingen roll; andra tecken kan inte ingå. Kontrollera "
                         "koden.",
                         "A workshop code has {length} characters: the letters A–Z except I and O, and the digits "
                         "2–7 and 9. Hyphens and spaces do not matter; no other character can be part of it. Check "
                         "the code."),
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

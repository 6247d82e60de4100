"""Texts of links that reopen a view (`lib/ui/links.py`): the copy link under a screen and the note on a link's
value that is not on offer."""

STRINGS = {
    "links.heading": ("Länk till den här vyn", "Link to this view"),
    "links.intro": ("Länken öppnar skärmen med samma val, på samma språk. Kopiera den med knappen i rutan.",
                    "The link opens the screen with the same choices, in the same language. Copy it with the "
                    "button in the box."),
    "links.upload_note": ("Dina egna uppladdade eller hämtade uppgifter följer inte med en länk: den som öppnar "
                          "länken ser samma val i appens förvalda data.",
                          "Your own uploaded or fetched data cannot travel in a link: whoever opens it sees the "
                          "same choices on the app's default data."),
    "links.ignored": ("Länken angav {name} = ”{value}”, som inte finns här. Skärmen visar förvalet i stället.",
                      "The link gave {name} = “{value}”, which is not available here. The screen shows the "
                      "default instead."),
    "links.ignored_help": ("Värdet kan gälla andra data eller ett annat läsår, eller ha ändrats när länken "
                           "kopierades.",
                           "The value may belong to other data or another school year, or have changed when the "
                           "link was copied."),
    "links.scenario_intro": ("Länk som öppnar samma scenario (kopiera med knappen i rutan):",
                             "Link that opens the same scenario (copy it with the button in the box):"),
}

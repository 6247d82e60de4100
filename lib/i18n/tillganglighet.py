"""Strings of the accessibility statement (tillgänglighetsredogörelse)."""

STRINGS: dict[str, tuple[str, str]] = {
    "tillganglighet.title": ("Tillgänglighetsredogörelse", "Accessibility statement"),
    "tillganglighet.intro": (
                             "Lärarresurser ska kunna användas av alla. Kommuner som använder appen omfattas av "
                             "lagen (2018:1937) "
                             "om tillgänglighet till digital offentlig service, som kräver att webbtjänster "
                             "uppfyller WCAG 2.1 på "
                             "nivå AA. Här beskriver vi hur appen lever upp till kraven, vad som ännu brister och "
                             "hur du "
                             "rapporterar problem.",
                             "Lärarresurser should be usable by everyone. Municipalities using the app are bound by "
                             "the Swedish "
                             "act (2018:1937) on accessibility of digital public services, which requires web "
                             "services to meet "
                             "WCAG 2.1 level AA. This statement describes how the app meets the requirements, what "
                             "still falls "
                             "short and how to report problems."),
    "tillganglighet.status_heading": ("Hur tillgänglig är appen?", "How accessible is the app?"),
    "tillganglighet.status_text": (
                                   "- Varje skärm granskas automatiskt med axe-core (WCAG 2.1 A och AA och axe-cores "
                                   "regler för god praxis, till exempel rubrikernas ordning) i appens tester, på "
                                   "svenska och engelska.\n"
                                   "- Alla diagram har en textbeskrivning och kan visas som tabell; färg är aldrig "
                                   "det enda sättet att "
                                   "se skillnad – värden står också i text och i tabeller.\n"
                                   "- Färgskalorna är valda så att de går att läsa med vanliga former av "
                                   "färgblindhet.\n"
                                   "- Skärmarna kan användas med tangentbord; kartans skolor kan också väljas i en "
                                   "lista.\n"
                                   "- Sidans språk följer det valda språket, så att skärmläsare läser rätt.\n"
                                   "- Skolblad och nämndrapport finns som HTML, det tillgängliga alternativet till "
                                   "PDF.",
                                   "- Every screen is audited automatically with axe-core (WCAG 2.1 A and AA and "
                                   "axe-core's best-practice rules, such as the order of headings) in the app's "
                                   "tests, in Swedish and English.\n"
                                   "- Every chart has a text description and can be shown as a table; colour is "
                                   "never the only way to "
                                   "tell a difference – values are also given in text and tables.\n"
                                   "- The colour scales are chosen to be readable with common forms of colour "
                                   "blindness.\n"
                                   "- The screens work with a keyboard; the map's schools can also be chosen from a "
                                   "list.\n"
                                   "- The page's language follows the chosen language, so screen readers pronounce "
                                   "it correctly.\n"
                                   "- School sheets and board reports are available as HTML, the accessible "
                                   "alternative to PDF."),
    "tillganglighet.known_heading": ("Kända brister", "Known shortcomings"),
    "tillganglighet.known_text": (
                                  "- Filuppladdarens egna texter (\"Drag and drop files here\", \"Browse files\") "
                                  "kommer från ramverket "
                                  "Streamlit och finns bara på engelska.\n"
                                  "- Enskilda punkter i kartan och diagrammen kan inte nås med tangentbordet; samma "
                                  "uppgifter finns i "
                                  "tabellerna bredvid.",
                                  "- The file uploader's own texts (\"Drag and drop files here\", \"Browse files\") "
                                  "come from the "
                                  "Streamlit framework and are in English only.\n"
                                  "- Single points in the map and charts cannot be reached by keyboard; the same "
                                  "figures are in the "
                                  "tables beside them."),
    "tillganglighet.report_heading": ("Rapportera ett problem", "Report a problem"),
    "tillganglighet.report_text": (
                                   "Om du inte kan använda någon del av appen, eller hittar en brist vi inte nämner "
                                   "här, hör av dig till "
                                   "den som driftar appen i din kommun (för den publika demon: projektets "
                                   "ärendehantering). Beskriv "
                                   "vilken skärm och vad som inte fungerade. Är du inte nöjd med svaret kan du "
                                   "kontakta "
                                   "Myndigheten för digital förvaltning (Digg), som är tillsynsmyndighet.",
                                   "If you cannot use part of the app, or find a shortcoming not listed here, "
                                   "contact whoever runs the "
                                   "app in your municipality (for the public demo: the project's issue tracker). "
                                   "Say which screen and "
                                   "what did not work. If you are not satisfied with the answer you can contact the "
                                   "Agency for Digital "
                                   "Government (Digg), the supervisory authority."),
    "tillganglighet.report_form": ("Beskriv problemet (skärm, vad du försökte göra, vad som hände)",
                                   "Describe the problem (screen, what you tried to do, what happened)"),
    "tillganglighet.report_copy": ("Kopiera texten ovan och skicka den till den som driftar appen. Inget sparas "
                                   "eller skickas automatiskt.",
                                   "Copy the text above and send it to whoever runs the app. Nothing is saved or sent "
                                   "automatically."),
    "tillganglighet.how_heading": ("Hur vi har testat", "How we tested"),
    "tillganglighet.how_text": (
                                "Redogörelsen bygger på automatiska granskningar med axe-core vid varje ändring av "
                                "appen och på "
                                "manuell kontroll med tangentbord. Den uppdaterades senast i november 2026.",
                                "This statement is based on automatic audits with axe-core at every change of the "
                                "app and on "
                                "manual keyboard checks. It was last updated in November 2026."),
}

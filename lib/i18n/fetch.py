"""Strings of fetching open data (Skolverket, Kolada): the fetch report, errors and the fetch panel."""

STRINGS: dict[str, tuple[str, str]] = {
    # Report
    "fetch.summary": ("Hämtade {schools} skolenheter med grundskola i {municipalities} kommuner ({rows} rader, "
                      "läsår {years}).",
                      "Fetched {schools} school units with grundskola in {municipalities} municipalities "
                      "({rows} rows, school years {years})."),
    "fetch.no_units": ("Skolverket listar inga skolenheter med grundskola i {municipality}.",
                       "Skolverket lists no school units with grundskola in {municipality}."),
    "fetch.no_statistics": ("{name} ({code}) har ingen statistik för grundskolan hos Skolverket och är inte med.",
                            "{name} ({code}) has no grundskola statistics at Skolverket and is left out."),
    "fetch.no_rows_for_year": ("{n} skolenheter har ingen statistik för läsåret {year} och är inte med: {names}.",
                               "{n} school units have no statistics for the school year {year} and are left "
                               "out: {names}."),
    "fetch.salsa_missing": ("SALSA-värden (föräldrarnas utbildningsnivå, andel nyinvandrade) saknas för {n} "
                            "skolenheter och lämnas tomma. Skolverket redovisar SALSA bara för skolor med minst "
                            "15 elever i årskurs 9: {names}.",
                            "SALSA values (parents' education level, share of newly arrived pupils) are missing "
                            "for {n} school units and left empty. Skolverket publishes SALSA only for schools "
                            "with at least 15 pupils in year 9: {names}."),
    "fetch.coordinates_missing": ("{n} skolenheter saknar koordinater hos Skolverket (eller har 0) och visas vid "
                                  "sin kommun på kartan: {names}.",
                                  "{n} school units have no coordinates at Skolverket (or 0) and are shown at "
                                  "their municipality on the map: {names}."),
    "fetch.values_marked": ("{n} värden saknas hos Skolverket och lämnas tomma: {suppressed} skyddade för att de "
                            "bygger på få elever (”..”), {missing} saknas (”.”), {not_applicable} gäller inte "
                            "(”*”).",
                            "{n} values are missing at Skolverket and left empty: {suppressed} suppressed because "
                            "they rest on few pupils (“..”), {missing} missing (“.”), {not_applicable} not "
                            "applicable (“*”)."),
    "fetch.values_rounded": ("{n} värden är avrundade av Skolverket (”cirka”, ”~”) och används som de är.",
                             "{n} values are rounded by Skolverket (“cirka”, “~”) and used as they are."),
    "fetch.values_invalid": ("{n} värden kunde inte läsas som tal och lämnas tomma.",
                             "{n} values could not be read as numbers and are left empty."),
    "fetch.fte_estimated": ("Lärare (heltidstjänster) är uppskattat som antal elever delat med elever per lärare "
                            "för {n} rader; Skolverkets API ger inget antal heltidstjänster.",
                            "Teachers (full-time equivalents) are estimated as pupils divided by pupils per "
                            "teacher for {n} rows; Skolverket's API gives no count of full-time equivalents."),
    # Errors
    "fetch.unreachable": ("Skolverkets tjänst går inte att nå just nu ({detail}). Kontrollera nätverket eller "
                          "försök senare.",
                          "Skolverket's service cannot be reached right now ({detail}). Check the network or "
                          "try later."),
    "fetch.timeout": ("Skolverkets tjänst svarade inte inom {seconds} sekunder. Försök igen senare.",
                      "Skolverket's service did not answer within {seconds} seconds. Try again later."),
    "fetch.server_error": ("Skolverkets tjänst svarade med ett fel (status {status}), även efter nya försök. "
                           "Försök igen senare.",
                           "Skolverket's service answered with an error (status {status}), even after retries. "
                           "Try again later."),
    "fetch.rate_limited": ("Skolverkets tjänst ber oss vänta (status {status}). Försök igen om en stund.",
                           "Skolverket's service asks us to wait (status {status}). Try again in a while."),
    "fetch.http_error": ("Skolverkets tjänst svarade med status {status} för {url}.",
                         "Skolverket's service answered with status {status} for {url}."),
    "fetch.bad_response": ("Svaret från {url} gick inte att läsa som JSON ({detail}).",
                           "The answer from {url} could not be read as JSON ({detail})."),
    "fetch.bad_municipality": ("Okänd kommunkod: {codes}. Ange fyrsiffriga kommunkoder, t.ex. 0180 för Stockholm.",
                               "Unknown municipality code: {codes}. Give four-digit codes, e.g. 0180 for "
                               "Stockholm."),
    "fetch.no_schools": ("Inga skolenheter med grundskolestatistik hittades för kommunerna {codes} (läsår {year}).",
                         "No school units with grundskola statistics were found for the municipalities {codes} "
                         "(school year {year})."),
    "fetch.kolada_unreachable": ("Kolada går inte att nå just nu ({detail}).",
                                 "Kolada cannot be reached right now ({detail})."),
    # Fetch panel
    "fetch.ui.intro": ("Hämta Skolverkets öppna statistik för grundskolans skolenheter i en eller flera kommuner: "
                       "behöriga lärare, elever per lärare, antal elever, meritvärde, behörighet till gymnasiet "
                       "och SALSA:s bakgrundsvärden. Hämtade data blir aktivt dataset.",
                       "Fetch Skolverket's open statistics for the grundskola school units of one or more "
                       "municipalities: qualified teachers, pupils per teacher, pupils, merit value, eligibility "
                       "for upper secondary and SALSA's background values. Fetched data becomes the active "
                       "dataset."),
    "fetch.ui.municipalities": ("Kommuner", "Municipalities"),
    "fetch.ui.municipalities_help": ("Välj en eller flera kommuner (högst {max}).",
                                     "Choose one or more municipalities (at most {max})."),
    "fetch.ui.year": ("Läsår", "School year"),
    "fetch.ui.all_years": ("Alla läsår som finns", "All school years available"),
    "fetch.ui.button": ("Hämta öppna data", "Fetch open data"),
    "fetch.ui.choose_first": ("Välj minst en kommun först.", "Choose at least one municipality first."),
    "fetch.ui.progress": ("Hämtar från Skolverket …", "Fetching from Skolverket …"),
    "fetch.ui.done": ("Klart: {schools} skolenheter hämtade på {seconds} s ({requests} anrop, {cache_hits} från "
                      "cache). Hämtade data är nu aktivt dataset.",
                      "Done: {schools} school units fetched in {seconds} s ({requests} requests, {cache_hits} "
                      "from cache). The fetched data is now the active dataset."),
    "fetch.ui.failed_hint": ("Du kan använda demodata eller ladda upp en fil från Skolverkets ”Sök statistik” "
                             "i stället.",
                             "You can use the demo data or upload a file from Skolverket's “Sök statistik” "
                             "instead."),
    "fetch.ui.limit": ("Du har gjort {max} hämtningar i den här sessionen, vilket är gränsen i den publika "
                       "demon. Ladda om sidan senare eller ladda upp en fil.",
                       "You have made {max} fetches in this session, which is the limit of the public demo. "
                       "Reload the page later or upload a file."),
    "fetch.ui.remaining": ("Hämtningar kvar i den här sessionen: {n}.", "Fetches left in this session: {n}."),
    "fetch.ui.report": ("Vad som saknades och varför", "What was missing and why"),
    "fetch.ui.source": ("Källa: {detail}", "Source: {detail}"),
    "fetch.ui.kolada": ("Jämför med kommunens nyckeltal i Kolada", "Compare with the municipality's Kolada KPIs"),
    "fetch.ui.kolada_button": ("Hämta nyckeltal från Kolada", "Fetch KPIs from Kolada"),
    "fetch.ui.kolada_empty": ("Kolada har inga värden för de valda kommunerna.",
                              "Kolada has no values for the chosen municipalities."),
    # Kolada KPI titles (short)
    "fetch.kpi.N15814": ("Lärare (heltidstjänster) med legitimation och behörighet, kommunala skolor (%)",
                         "Teachers (FTE) with certification and qualification, municipal schools (%)"),
    "fetch.kpi.N15034": ("Elever per lärare (årsarbetare), kommunal grundskola", "Pupils per teacher (FTE), "
                         "municipal grundskola"),
    "fetch.kpi.N15820": ("Elever vars föräldrar har eftergymnasial utbildning, kommunal grundskola (%)",
                         "Pupils whose parents have post-secondary education, municipal grundskola (%)"),
    "fetch.kpi.N15902": ("Nyinvandrade och elever med okänd bakgrund, kommunal grundskola (%)",
                         "Newly arrived pupils and pupils of unknown background, municipal grundskola (%)"),
    "fetch.kpi.col.municipality": ("Kommun", "Municipality"),
    "fetch.kpi.col.kpi": ("Nyckeltal", "KPI"),
    "fetch.kpi.col.year": ("År", "Year"),
    "fetch.kpi.col.value": ("Värde", "Value"),
}

"""Strings of the Karta (map) screen."""

STRINGS: dict[str, tuple[str, str]] = {
    "karta.title": ("Karta", "Map"),
    "karta.intro": ("Var möter stora behov svaga lärarresurser? Varje punkt är en skola, storleken visar antalet "
                    "elever. Håll muspekaren över en skola för dess siffror eller klicka för att välja den.",
                    "Where do great needs meet weak teacher resources? Each dot is a school, its size shows the "
                    "number of pupils. Hover over a school for its figures or click to select it."),
    "karta.intro_municipality": ("Varje kommun färgas efter sitt värde. Grå kommuner saknar värde i dessa data.",
                                 "Each municipality is coloured by its value. Grey municipalities have no value in "
                                 "this data."),
    "karta.mode": ("Färga efter", "Colour by"),
    "karta.mode.indicator": ("Indikator", "Indicator"),
    "karta.mode.deviation": ("Avvikelse från huvudmannens genomsnitt", "Deviation from the organiser's average"),
    "karta.mode.profile": ("Utmaningsprofil", "Challenge profile"),
    "karta.profile_year": ("Profilerna från skärmen Utmaningsprofiler gäller läsåret {year}.",
                           "The profiles from the Challenge profiles screen are for school year {year}."),
    "karta.mode.bivariate": ("Behov × lärarresurs (två färgskalor)", "Need × teacher resource (two colour scales)"),
    "karta.indicator": ("Indikator", "Indicator"),
    "karta.resource": ("Lärarresurs", "Teacher resource"),
    "karta.no_indicators": ("Dessa data har ingen indikator som kan visas på kartan.",
                            "This data has no indicator that can be shown on the map."),
    "karta.municipalities": ("Kommuner", "Municipalities"),
    "karta.organizers": ("Huvudmän", "Organisers"),
    "karta.filter_all": ("Alla", "All"),
    "karta.title_indicator": ("{indicator}, läsåret {year}", "{indicator}, school year {year}"),
    "karta.title_deviation": ("Avvikelse från huvudmannens genomsnitt: {indicator}, läsåret {year}",
                              "Deviation from the organiser's average: {indicator}, school year {year}"),
    "karta.title_bivariate": ("Behov och {indicator}, läsåret {year}", "Need and {indicator}, school year {year}"),
    "karta.legend_deviation": ("Avvikelse, {indicator}", "Deviation, {indicator}"),
    "karta.legend_bivariate": ("Behov × {indicator}", "Need × {indicator}"),
    "karta.legend_need": ("Större behov →", "Greater needs →"),
    "karta.legend_shortage": ("Svagare resurs →", "Weaker resource →"),
    "karta.legend_caption": ("Mörkast: högt behov och svagast {indicator} (tredjedelar av enheterna).",
                             "Darkest: high need and the weakest {indicator} (thirds of the units)."),
    "karta.alt": ("Karta över {n} skolor i {m}, färgade efter {what}. Samma uppgifter finns i tabellen "
                  "nedanför kartan.",
                  "Map of {n} schools in {m}, coloured by {what}. The same figures are in the table "
                  "below the map."),
    "karta.alt_small": ("{n} av skolorna har färre än 10 elever eller 3 lärare (heltidstjänster); de visas grå i "
                        "samma storlek och utan uppgifter (för få).",
                        "{n} of the schools have fewer than 10 pupils or 3 teachers (full-time equivalents); they "
                        "are shown grey at one size and without figures (too few)."),
    "karta.alt_municipality": ("Karta över Sveriges kommuner färgade efter {what}; {n} kommuner har värde.",
                               "Map of Sweden's municipalities coloured by {what}; {n} municipalities have a value."),
    "karta.no_coordinates": ("Skolorna i dessa data saknar koordinater (latitud och longitud), så de kan inte "
                             "placeras på kartan. Tabellen nedan visar samma uppgifter.",
                             "The schools in this data have no coordinates (latitude and longitude), so they cannot "
                             "be placed on the map. The table below shows the same figures."),
    "karta.worst_heading": ("Skolor där högt behov möter svagast {indicator}",
                            "Schools where high need meets the weakest {indicator}"),
    "karta.worst_none": ("Inga skolor ligger i den mörkaste klassen med de valda filtren.",
                         "No schools fall in the darkest class with the chosen filters."),
    "karta.selected_heading": ("Vald skola", "Selected school"),
    "karta.selected_name": ("**{name}** ({id})", "**{name}** ({id})"),
    "karta.pick_school": ("Välj en skola (eller klicka på kartan)", "Choose a school (or click on the map)"),
    "karta.pick_none": ("– ingen vald –", "– none chosen –"),
    "karta.selected_compare": ("Huvudmannens skolor i genomsnitt: {average}; avvikelse {deviation}.",
                               "The organiser's schools on average: {average}; deviation {deviation}."),
    "karta.table_heading": ("Tabell över skolorna på kartan", "Table of the schools on the map"),
    "karta.col.class": ("Klass (behov-svaghet)", "Class (need-weakness)"),
    "karta.extent": ("Kartutsnitt", "Map extent"),
    "karta.extent.fit": ("Kommunerna i urvalet", "The municipalities in view"),
    "karta.extent.country": ("Hela Sverige", "All of Sweden"),
}

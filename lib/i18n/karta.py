"""Strings of the Karta (map) screen."""

STRINGS: dict[str, tuple[str, str]] = {
    "map.title": ("Karta", "Map"),
    "map.intro": ("Var möter stora behov svaga lärarresurser? Varje punkt är en skola, storleken visar antalet "
                  "elever. Håll muspekaren över en skola för dess siffror eller klicka för att välja den.",
                  "Where do great needs meet weak teacher resources? Each dot is a school, its size shows the "
                  "number of pupils. Hover over a school for its figures or click to select it."),
    "map.intro_municipality": ("Varje kommun färgas efter sitt värde. Grå kommuner saknar värde i dessa data.",
                               "Each municipality is coloured by its value. Grey municipalities have no value in "
                               "this data."),
    "map.mode": ("Färga efter", "Colour by"),
    "map.mode.indicator": ("Indikator", "Indicator"),
    "map.mode.deviation": ("Avvikelse från huvudmannens genomsnitt", "Deviation from the organiser's average"),
    "map.mode.profile": ("Utmaningsprofil", "Challenge profile"),
    "map.profile_year": ("Profilerna från skärmen Utmaningsprofiler gäller läsåret {year}.",
                         "The profiles from the Challenge profiles screen are for school year {year}."),
    "map.mode.bivariate": ("Behov × lärarresurs (två färgskalor)", "Need × teacher resource (two colour scales)"),
    "map.indicator": ("Indikator", "Indicator"),
    "map.resource": ("Lärarresurs", "Teacher resource"),
    "map.municipalities": ("Kommuner", "Municipalities"),
    "map.organizers": ("Huvudmän", "Organisers"),
    "map.filter_all": ("Alla", "All"),
    "map.title_indicator": ("{indicator}, läsåret {year}", "{indicator}, school year {year}"),
    "map.title_deviation": ("Avvikelse från huvudmannens genomsnitt: {indicator}, läsåret {year}",
                            "Deviation from the organiser's average: {indicator}, school year {year}"),
    "map.title_bivariate": ("Behov och {indicator}, läsåret {year}", "Need and {indicator}, school year {year}"),
    "map.legend_deviation": ("Avvikelse, {indicator}", "Deviation, {indicator}"),
    "map.legend_bivariate": ("Behov × {indicator}", "Need × {indicator}"),
    "map.legend_need": ("Större behov →", "Greater needs →"),
    "map.legend_shortage": ("Svagare resurs →", "Weaker resource →"),
    "map.legend_caption": ("Mörkast: högt behov och svagast {indicator} (tredjedelar av enheterna).",
                           "Darkest: high need and the weakest {indicator} (thirds of the units)."),
    "map.alt": ("Karta över {n} skolor i {m} kommuner, färgade efter {what}. Samma uppgifter finns i tabellen "
                "nedanför kartan.",
                "Map of {n} schools in {m} municipalities, coloured by {what}. The same figures are in the table "
                "below the map."),
    "map.alt_municipality": ("Karta över Sveriges kommuner färgade efter {what}; {n} kommuner har värde.",
                             "Map of Sweden's municipalities coloured by {what}; {n} municipalities have a value."),
    "map.no_coordinates": ("Skolorna i dessa data saknar koordinater (latitud och longitud), så de kan inte "
                           "placeras på kartan. Tabellen nedan visar samma uppgifter.",
                           "The schools in this data have no coordinates (latitude and longitude), so they cannot "
                           "be placed on the map. The table below shows the same figures."),
    "map.worst_heading": ("Skolor där högt behov möter svagast {indicator}",
                          "Schools where high need meets the weakest {indicator}"),
    "map.worst_none": ("Inga skolor ligger i den mörkaste klassen med de valda filtren.",
                       "No schools fall in the darkest class with the chosen filters."),
    "map.selected_heading": ("Vald skola", "Selected school"),
    "map.pick_school": ("Välj en skola (eller klicka på kartan)", "Choose a school (or click on the map)"),
    "map.pick_none": ("– ingen vald –", "– none chosen –"),
    "map.selected_compare": ("Huvudmannens skolor i genomsnitt: {average}; avvikelse {deviation}.",
                             "The organiser's schools on average: {average}; deviation {deviation}."),
    "map.table_heading": ("Tabell över skolorna på kartan", "Table of the schools on the map"),
    "map.col.colour": ("Färgvärde", "Colour value"),
    "map.col.class": ("Klass (behov-svaghet)", "Class (need-weakness)"),
}

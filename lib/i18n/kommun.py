"""Strings of the Kommun screen (one municipality among all, and the nation's municipalities)."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav.kommun": ("Kommuner", "Municipalities"),
    "start.link.kommun": ("en kommun bland alla: läge, utveckling, huvudmän och kostnader; alla kommuner i en tabell",
                          "one municipality among all: position, trend, organisers and costs; every municipality in "
                          "a table"),
    "kommun.title": ("Kommuner", "Municipalities"),
    "kommun.intro": ("Välj en kommun för att se dess lärarresurser bredvid alla kommuner och bredvid kommuner med "
                     "liknande behov, hur de har utvecklats, kommunala och enskilda huvudmän och kostnaderna per "
                     "elev. Siffrorna beskriver, de förklarar inte: ett samband är ingen orsak.",
                     "Choose a municipality to see its teacher resources beside all municipalities and beside "
                     "municipalities with similar needs, how they have changed, municipal and independent "
                     "organisers and the costs per pupil. The figures describe; they do not explain: a correlation "
                     "is not a cause."),
    "kommun.needs_municipality": ("Den här vyn behöver data per kommun, till exempel Skolverkets statistik för "
                                  "alla kommuner. Välj den på Data.",
                                  "This view needs data per municipality, such as Skolverket's statistics for all "
                                  "municipalities. Choose it on Data."),
    "kommun.open_data": ("Välj data", "Choose data"),
    "kommun.pick": ("Kommun", "Municipality"),
    "kommun.pick_none": ("Ingen vald – visa alla kommuner", "None chosen – show all municipalities"),
    "kommun.unknown": ("Kommunen {value} finns inte i dessa data.", "Municipality {value} is not in this data."),
    "kommun.heading": ("{name} ({code})", "{name} ({code})"),
    "kommun.peers": ("Kommuner med liknande behov: de {n} kommunerna i samma behovskvartil (Q{q}) läsåret {year}, "
                     "enligt behovsindex (100 = genomsnittet i dessa data, högre = större behov).",
                     "Municipalities with similar needs: the {n} municipalities in the same need quartile (Q{q}) in "
                     "school year {year}, by the need index (100 = the average of this data, higher = greater "
                     "needs)."),
    "kommun.peers_none": ("Kommunen saknar behovsindex detta läsår: ingen jämförelse med liknande behov.",
                          "The municipality has no need index this school year: no comparison with similar needs."),
    "kommun.not_in_year": ("{name} har inga uppgifter läsåret {year}.", "{name} has no figures in school year {year}."),
    "kommun.find_small": ("{name} har för få elever eller lärare läsåret {year}: uppgifterna visas inte.",
                          "{name} has too few pupils or teachers in school year {year}: the figures are not shown."),
    "kommun.help_all": ("Alla kommuner tillsammans: {value}.", "All municipalities together: {value}."),
    "kommun.help_peers": ("Kommuner med liknande behov: {value}.", "Municipalities with similar needs: {value}."),
    "kommun.help_position": ("Högre än i {share} av {n} kommuner med värde.",
                             "Higher than in {share} of {n} municipalities with a value."),
    "kommun.delta": ("{value} mot alla kommuner", "{value} against all municipalities"),
    "kommun.find_position": ("{label} i {name} läsåret {year}: {value}. Det är högre än i {share} av de {n} "
                             "kommunerna med värde.",
                             "{label} in {name} in school year {year}: {value}. That is higher than in {share} of "
                             "the {n} municipalities with a value."),
    "kommun.find_position_peers": ("Bland de {n} kommunerna med liknande behov (Q{q}) är det högre än i {share}.",
                                   "Among the {n} municipalities with similar needs (Q{q}) it is higher than in "
                                   "{share}."),
    "kommun.find_trend": ("I {name} {direction} {label} från {first} ({first_year}) till {last} ({last_year}); i alla "
                          "kommuner tillsammans från {all_first} till {all_last}.",
                          "In {name}, the {label} {direction} from {first} ({first_year}) to {last} ({last_year}); "
                          "across all municipalities from {all_first} to {all_last}."),
    "kommun.rose": ("steg", "rose"),
    "kommun.fell": ("sjönk", "fell"),
    "kommun.unchanged": ("låg kvar", "stayed"),
    "kommun.breaks": ("Brott i statistiken: {breaks}.", "Breaks in the statistics: {breaks}."),
    "kommun.break.2020": ("2020/21 publicerades ingen statistik på skolenhetsnivå",
                          "no school-level statistics were published for 2020/21"),
    "kommun.break.2024": ("från 2024/25 redovisar Skolverket inga uppgifter som bygger på färre än 3 heltidstjänster, "
                          "och förstelärare räknas i antal (kolumnen i heltidstjänster är 0,0)",
                          "from 2024/25 Skolverket shows no figures based on fewer than 3 full-time equivalents, "
                          "and förstelärare are counted by headcount (the full-time-equivalent column is 0.0)"),
    "kommun.break_title": ("Brott i statistiken", "Break in the statistics"),
    "kommun.trend_heading": ("Utveckling över läsåren", "Over the school years"),
    "kommun.trend_title": ("{label}: {name}, alla kommuner och kommuner med liknande behov",
                           "{label}: {name}, all municipalities and municipalities with similar needs"),
    "kommun.trend_alt": ("Linjediagram över {n} läsår: {label} i {name}, i alla kommuner tillsammans och i kommuner "
                         "med liknande behov. Samma siffror finns i tabellen.",
                         "Line chart over {n} school years: {label} in {name}, in all municipalities together and "
                         "in municipalities with similar needs. The same figures are in the table."),
    "kommun.series": ("Serie", "Series"),
    "kommun.series_all": ("Alla kommuner", "All municipalities"),
    "kommun.series_peers": ("Liknande behov (samma kvartil)", "Similar needs (same quartile)"),
    "kommun.costs_heading": ("Kostnader per elev bredvid lärarresurserna",
                             "Costs per pupil beside the teacher resources"),
    "kommun.costs_caption": ("Kostnaderna avser kalenderår {year} och kommunala huvudmän – inte ett läsår. De visas "
                             "som sammanhang bredvid lärarresurserna och säger inget om orsak och verkan.",
                             "The costs are for calendar year {year} and municipal organisers – not a school year. "
                             "They are shown as context beside the teacher resources and say nothing about cause "
                             "and effect."),
    "kommun.costs_none": ("Dessa data har inga kostnader per elev.", "This data has no costs per pupil."),
    "kommun.cost_help": ("Median bland {n} kommuner: {median}; högre än i {share} av dem.",
                         "Median among {n} municipalities: {median}; higher than in {share} of them."),
    "kommun.find_cost_unit": ("{label} i {name} kalenderår {year} (kommunala huvudmän): {value}, högre än i {share} "
                              "av de {n} kommunerna (median {median}). Kostnaden är sammanhang, ingen förklaring.",
                              "{label} in {name} in calendar year {year} (municipal organisers): {value}, higher than "
                              "in {share} of the {n} municipalities (median {median}). The cost is context, not an "
                              "explanation."),
    "kommun.col.cost_per_pupil_sek": ("Kostnad per elev (kr, kalenderår)", "Cost per pupil (SEK, calendar year)"),
    "kommun.col.teaching_cost_per_pupil_sek": ("Kostnad för undervisning per elev (kr, kalenderår)",
                                               "Teaching cost per pupil (SEK, calendar year)"),
    "kommun.col.school_year": ("Läsår", "School year"),
    "kommun.col.quartile": ("Behovskvartil", "Need quartile"),
    "kommun.col.note": ("Anmärkning", "Note"),
    "kommun.too_few_side": ("för få ({side})", "too few ({side})"),
    "kommun.side_municipal": ("kommunala", "municipal"),
    "kommun.side_independent": ("enskilda", "independent"),
    "kommun.col.municipal": ("Kommunala huvudmän: {label}", "Municipal organisers: {label}"),
    "kommun.col.independent": ("Enskilda huvudmän: {label}", "Independent organisers: {label}"),
    "kommun.col.difference": ("Skillnad (enskilda − kommunala)", "Difference (independent − municipal)"),
    "kommun.col.gap": ("Skillnad Q4 − Q1", "Gap Q4 − Q1"),
    "kommun.organizers_heading": ("Kommunala och enskilda huvudmän", "Municipal and independent organisers"),
    "kommun.organizers_missing": ("Dessa data har en typ av huvudman per kommun; kommunala och enskilda huvudmän "
                                  "kan inte jämföras här.",
                                  "This data has one organiser type per municipality; municipal and independent "
                                  "organisers cannot be compared here."),
    "kommun.find_organizers": ("I {name} läsåret {year} var {label} {municipal} hos kommunala huvudmän och "
                               "{independent} hos enskilda.",
                               "In {name} in school year {year}, the {label} was {municipal} at municipal organisers "
                               "and {independent} at independent ones."),
    "kommun.find_organizers_none": ("{name} har inga uppgifter per huvudman läsåret {year}.",
                                    "{name} has no figures per organiser in school year {year}."),
    "kommun.find_organizers_nation": ("Bland alla kommuner läsåret {year} var {label} {municipal} hos kommunala "
                                      "huvudmän och {independent} hos enskilda. Av de {n} kommuner där båda kan visas "
                                      "har {higher} ett högre värde hos de enskilda och {lower} hos de kommunala.",
                                      "Across all municipalities in school year {year}, the {label} was {municipal} at "
                                      "municipal organisers and {independent} at independent ones. Of the {n} "
                                      "municipalities where both can be shown, {higher} have a higher value at the "
                                      "independent ones and {lower} at the municipal ones."),
    "kommun.no_value": ("inget värde", "no value"),
    "kommun.organizers_table": ("Alla kommuner, per huvudman", "Every municipality, by organiser"),
    "kommun.nation_heading": ("Alla kommuner", "All municipalities"),
    "kommun.find_gap_trend": ("Kommunerna med störst behov (Q4) låg {first} {first_dir} än de med minst behov (Q1) i "
                              "{label} läsåret {first_year}, och {last} {last_dir} läsåret {last_year}.",
                              "The highest-need quarter of municipalities (Q4) was {first} {first_dir} than the "
                              "lowest-need quarter (Q1) in the {label} in school year {first_year}, and {last} "
                              "{last_dir} in {last_year}."),
    "kommun.gap_higher": ("högre", "higher"),
    "kommun.gap_lower": ("lägre", "lower"),
    "kommun.gap_equal": ("lika", "level"),
    "kommun.find_spread": ("Mellan kommunerna varierade {label} läsåret {year} från {p10} (10:e percentilen) till "
                           "{p90} (90:e percentilen), bland {n} kommuner med värde.",
                           "Between municipalities, the {label} in school year {year} ranged from {p10} (10th "
                           "percentile) to {p90} (90th percentile), among {n} municipalities with a value."),
    "kommun.find_cost": ("{label} kalenderår {year} (kommunala huvudmän): median {median} bland {n} kommuner, från "
                         "{p10} (10:e percentilen) till {p90} (90:e).",
                         "{label} in calendar year {year} (municipal organisers): median {median} among {n} "
                         "municipalities, from {p10} (10th percentile) to {p90} (90th)."),
    "kommun.gap_heading": ("Behovskvartilerna över läsåren", "The need quartiles over the school years"),
    "kommun.gap_title": ("{label}: kommunerna med minst (Q1) och störst (Q4) behov",
                         "{label}: the municipalities with the lowest (Q1) and highest (Q4) needs"),
    "kommun.gap_alt": ("Linjediagram över {n} läsår: {label} i kvartilen kommuner med minst behov och i den med "
                       "störst behov. Samma siffror finns i tabellen.",
                       "Line chart over {n} school years: {label} in the quarter of municipalities with the lowest "
                       "needs and in the one with the highest needs. The same figures are in the table."),
    "kommun.q1": ("Q1 (minst behov)", "Q1 (lowest need)"),
    "kommun.q4": ("Q4 (störst behov)", "Q4 (highest need)"),
    "kommun.table_heading": ("Alla kommuner läsåret {year}", "Every municipality in school year {year}"),
    "kommun.table_caption": ("Klicka på en kolumnrubrik för att sortera. \"för få\": färre än 10 elever eller 3 "
                             "lärare (heltidstjänster).",
                             "Click a column heading to sort. \"too few\": fewer than 10 pupils or 3 teachers "
                             "(full-time equivalents)."),
    "kommun.show_table": ("Visa tabellen", "Show the table"),
    "kommun.series_municipal": ("Kommunala huvudmän", "Municipal organisers"),
    "kommun.series_independent": ("Enskilda huvudmän", "Independent organisers"),
    "kommun.sides_title": ("{label}: kommunala och enskilda huvudmän i {name}",
                           "{label}: municipal and independent organisers in {name}"),
    "kommun.sides_alt": ("Linjediagram över {n} läsår: {label} hos kommunala och enskilda huvudmän i {name}. År där "
                         "en sida har för få elever eller lärare saknas i diagrammet. Samma siffror finns i tabellen.",
                         "Line chart over {n} school years: {label} at municipal and independent organisers in "
                         "{name}. Years where a side has too few pupils or teachers are left out of the chart. The "
                         "same figures are in the table."),
    "kommun.organizers_need": ("Behovsindex räknas inom varje datamängd (100 = dess genomsnitt) och jämförs därför "
                               "inte mellan kommunala och enskilda huvudmän. Välj en annan indikator.",
                               "The need index is made within each dataset (100 = its average), so it is not "
                               "compared between municipal and independent organisers. Choose another indicator."),
    "kommun.open_municipality": ("Öppna en kommuns egen vy (eller klicka på en kommun på kartan)",
                                 "Open a municipality's own view (or click a municipality on the map)"),
    "kommun.open_named": ("Öppna {name} ({code}): läge, utveckling, huvudmän och kostnader",
                          "Open {name} ({code}): position, trend, organisers and costs"),
}

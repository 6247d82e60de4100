"""Strings shared by every screen: navigation, column labels, number formats, banners, need index notes."""

STRINGS: dict[str, tuple[str, str]] = {
    # App frame and navigation
    "app.title": ("Lärarresurser", "Teacher resources"),
    "app.tagline": ("Hur lärarresurserna fördelas mellan skolor – mot elevernas behov",
                    "How teacher resources are distributed between schools – against pupils' needs"),
    "app.language": ("Språk", "Language"),
    "app.lang.sv": ("Svenska", "Swedish"),
    "app.lang.en": ("Engelska", "English"),
    "app.active_dataset": ("Aktiva data", "Active data"),
    "nav.start": ("Start", "Start"),
    "nav.data": ("Data", "Data"),
    "nav.karta": ("Karta", "Map"),
    "nav.likvardighet": ("Likvärdighet", "Equity"),
    "nav.profiler": ("Utmaningsprofiler", "Challenge profiles"),
    "nav.forstelarare": ("Förstelärare", "First teachers"),
    "nav.workshop": ("Workshop", "Workshop"),
    "nav.klasser": ("Klasskillnader", "Class differences"),
    "nav.skolblad": ("Skolblad och nämndrapport", "School sheet and board report"),
    "nav.insatser": ("Insatser", "Interventions"),
    "nav.om": ("Om data och metod", "About data and method"),
    "nav.tillganglighet": ("Tillgänglighet", "Accessibility"),
    "nav.section.overview": ("Översikt", "Overview"),
    "nav.section.analysis": ("Analys", "Analysis"),
    "nav.section.plan": ("Planera och följ upp", "Plan and follow up"),
    "nav.section.about": ("Om", "About"),
    # Demo banner and sources
    "banner.demo": ("**Fiktiva demodata.** Skolorna, siffrorna och namnen är påhittade; kommunerna är "
                    "verkliga men deras värden är det inte. Ladda upp egna data under *Data*.",
                    "**Fictional demo data.** The schools, figures and names are made up; the municipalities "
                    "are real but their values are not. Upload your own data under *Data*."),
    "banner.demo_short": ("Fiktiva demodata", "Fictional demo data"),
    "source.demo": ("Källa: fiktiva demodata (Lärarresurser), genererade {date}",
                    "Source: fictional demo data (Lärarresurser), generated {date}"),
    "source.upload": ("Källa: uppladdade filer ({files})", "Source: uploaded files ({files})"),
    "source.fetched": ("Källa: Skolverkets öppna data, hämtade {date}",
                       "Source: Skolverket open data, fetched {date}"),
    "source.kind.demo": ("demodata", "demo data"),
    "source.kind.upload": ("uppladdade data", "uploaded data"),
    "source.kind.fetched": ("hämtade öppna data", "fetched open data"),
    "level.school": ("skolenheter", "school units"),
    "level.municipality": ("kommuner", "municipalities"),
    "level.school_one": ("skolenhet", "school unit"),
    "level.municipality_one": ("kommun", "municipality"),
    "common.no_data": ("Det finns inga data att visa ännu. Välj demodata eller ladda upp filer under *Data*.",
                       "There is no data to show yet. Choose demo data or upload files under *Data*."),
    "common.school_year": ("Läsår", "School year"),
    "common.indicator": ("Indikator", "Indicator"),
    "common.municipality": ("Kommun", "Municipality"),
    "common.organizer": ("Huvudman", "Organiser"),
    "common.all": ("Alla", "All"),
    "common.download_csv": ("Ladda ner CSV", "Download CSV"),
    "common.download_xlsx": ("Ladda ner Excel", "Download Excel"),
    "common.download_png": ("Ladda ner PNG", "Download PNG"),
    "common.download_svg": ("Ladda ner SVG", "Download SVG"),
    "common.show_table": ("Visa som tabell", "Show as table"),
    "common.error_generic": ("Något gick fel när sidan skulle visas. Försök igen, eller välj andra data. "
                             "({kind})",
                             "Something went wrong while showing this page. Try again, or choose other data. "
                             "({kind})"),
    "common.too_few": ("för få", "too few"),
    "common.too_few_reason": ("Färre än 10 elever eller 3 lärare (heltidstjänster): uppgifterna visas inte (för få).",
                              "Fewer than 10 pupils or 3 teachers (full-time equivalents): the figures are not "
                              "shown (too few)."),
    "count.municipalities_one": ("{n} kommun", "{n} municipality"),
    "count.municipalities_many": ("{n} kommuner", "{n} municipalities"),
    "count.school_years_one": ("{n} läsår", "{n} school year"),
    "count.school_years_many": ("{n} läsår", "{n} school years"),
    "common.too_few_left_out_one": ("1 enhet med färre än 10 elever eller 3 lärare (heltidstjänster) visas inte i "
                                    "diagrammet (för få); den räknas i trendlinjen, kvartilerna och genomsnitten.",
                                    "1 unit with fewer than 10 pupils or 3 teachers (full-time equivalents) is not "
                                    "shown in the chart (too few); it counts in the trend line, quartiles and "
                                    "averages."),
    "common.too_few_left_out": ("{n} enheter med färre än 10 elever eller 3 lärare (heltidstjänster) visas inte i "
                                "diagrammet (för få); de räknas i trendlinjen, kvartilerna och genomsnitten.",
                                "{n} units with fewer than 10 pupils or 3 teachers (full-time equivalents) are not "
                                "shown in the chart (too few); they count in the trend line, quartiles and averages."),
    "common.yes": ("ja", "yes"),
    "common.no": ("nej", "no"),
    # Number formats
    "fmt.pp": ("{value} procentenheter", "{value} percentage points"),
    "fmt.sek": ("{value} kr", "SEK {value}"),
    "fmt.msek": ("{value} mnkr", "SEK {value} m"),
    "fmt.higher": ("högre", "higher"),
    "fmt.lower": ("lägre", "lower"),
    # Canonical columns (labels with units)
    "col.school_id": ("Skolenhetskod", "School unit code"),
    "col.school_name": ("Skolenhet", "School unit"),
    "col.municipality_code": ("Kommunkod", "Municipality code"),
    "col.municipality_name": ("Kommun", "Municipality"),
    "col.organizer": ("Huvudman", "Organiser"),
    "col.organizer_type": ("Typ av huvudman", "Type of organiser"),
    "col.school_year": ("Läsår", "School year"),
    "col.lat": ("Latitud", "Latitude"),
    "col.lon": ("Longitud", "Longitude"),
    "col.pupils": ("Antal elever", "Pupils"),
    "col.teacher_fte": ("Lärare (heltidstjänster)", "Teachers (full-time equivalents)"),
    "col.teachers": ("Tjänstgörande lärare (antal)", "Serving teachers (headcount)"),
    "col.qualified_share": ("Andel lärare med legitimation och behörighet (%)",
                            "Share of teachers with certification and qualification (%)"),
    "col.pupils_per_teacher": ("Elever per lärare (heltidstjänst)", "Pupils per teacher (full-time equivalent)"),
    "col.first_teachers": ("Förstelärare (antal)", "First teachers (headcount)"),
    "col.pott2": ("Pott 2 (karriärtjänster)", "Pot 2 (career posts)"),
    "col.teacher_experience_years": ("Lärarnas erfarenhet (år)", "Teachers' experience (years)"),
    "col.teacher_turnover": ("Personalomsättning (%)", "Staff turnover (%)"),
    "col.ped_degree_share": ("Andel med pedagogisk högskoleexamen (%)", "Share with a teaching degree (%)"),
    "col.ses_index": ("Socioekonomiskt index", "Socioeconomic index"),
    "col.parents_higher_ed_share": ("Andel elever med föräldrar med eftergymnasial utbildning (%)",
                                    "Share of pupils whose parents have post-secondary education (%)"),
    "col.foreign_background_share": ("Andel elever med utländsk bakgrund (%)",
                                     "Share of pupils with foreign background (%)"),
    "col.newly_arrived_share": ("Andel nyinvandrade elever (%)", "Share of newly arrived pupils (%)"),
    "col.parents_education_level": ("Föräldrarnas utbildningsnivå (SALSA, 1–3)",
                                    "Parents' education level (SALSA, 1–3)"),
    "col.merit_value": ("Genomsnittligt meritvärde åk 9", "Average merit value, year 9"),
    "col.eligible_share": ("Andel behöriga till gymnasiet (%)", "Share eligible for upper secondary (%)"),
    "col.need_index": ("Behovsindex", "Need index"),
    "col.first_teachers_per_100_pupils": ("Förstelärare per 100 elever", "First teachers per 100 pupils"),
    "col.first_teachers_per_100_teachers": ("Förstelärare per 100 lärare", "First teachers per 100 teachers"),
    # Organiser types
    "orgtype.kommunal": ("Kommunal", "Municipal"),
    "orgtype.enskild": ("Enskild", "Independent"),
    "orgtype.statlig": ("Statlig", "State"),
    "orgtype.region": ("Region", "Region"),
    "orgtype.internationell": ("Internationell", "International"),
    "orgtype.samtliga": ("Samtliga", "All"),
    # Derived columns and the need index
    "schema.derived_ppt": ("Elever per lärare beräknades som antal elever delat med lärarnas heltidstjänster.",
                           "Pupils per teacher was computed as pupils divided by teacher full-time equivalents."),
    "schema.derived_ppt_filled": ("Elever per lärare saknades för {n} rader och beräknades som elever delat "
                                  "med heltidstjänster.",
                                  "Pupils per teacher was missing for {n} rows and was computed as pupils "
                                  "divided by full-time equivalents."),
    "schema.derived_fl_per_headcount": ("Förstelärare per 100 lärare räknas per tjänstgörande lärare (antal).",
                                        "First teachers per 100 teachers is per serving teacher (headcount)."),
    "schema.derived_fl_per_fte": ("Förstelärare per 100 lärare räknas per heltidstjänst, eftersom antalet "
                                  "tjänstgörande lärare saknas.",
                                  "First teachers per 100 teachers is per full-time equivalent, because the "
                                  "headcount of serving teachers is missing."),
    "need.method_ses_index": ("Läsåret {year}: behovsindex är SCB:s socioekonomiska index ({units} enheter).",
                              "School year {year}: the need index is SCB's socioeconomic index ({units} units)."),
    "need.method_regression": ("Läsåret {year}: behovsindex är beräknat – andelen elever som väntas inte bli "
                               "behöriga till gymnasiet, skattad från bakgrunden ({columns}) med en "
                               "elevviktad regression; 100 = genomsnittet i dessa data. {units} enheter har "
                               "index, {missing} saknar.",
                               "School year {year}: the need index is computed – the share of pupils expected "
                               "not to become eligible for upper secondary, estimated from background "
                               "({columns}) by a pupil-weighted regression; 100 = the average of this data. "
                               "{units} units have an index, {missing} lack one."),
    "need.method_zscore": ("Läsåret {year}: behovsindex är beräknat som ett elevviktat medelvärde av de "
                           "standardiserade bakgrundsmåtten ({columns}), 100 = genomsnittet i dessa data, "
                           "15 = en standardavvikelse. {units} enheter har index, {missing} saknar.",
                           "School year {year}: the need index is computed as a pupil-weighted mean of the "
                           "standardised background measures ({columns}), 100 = the average of this data, "
                           "15 = one standard deviation. {units} units have an index, {missing} lack one."),
    "need.method_none": ("Läsåret {year}: behovsindex kan inte beräknas – det finns varken socioekonomiskt "
                         "index eller bakgrundsmått för minst hälften av enheterna.",
                         "School year {year}: no need index can be computed – there is neither a "
                         "socioeconomic index nor background measures for at least half the units."),
}

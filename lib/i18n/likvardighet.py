"""Strings of the Likvärdighet (equity) screen and its findings."""

STRINGS: dict[str, tuple[str, str]] = {
    "likvardighet.title": ("Likvärdighet", "Equity"),
    "likvardighet.intro": ("Hur fördelas lärarresurserna mellan skolor med olika behov? Här jämförs skolorna med "
                           "störst och minst behov, och varje skola med sin huvudmans genomsnitt – det som "
                           "Skolinspektionen kallar *pedagogisk segregation*.",
                           "How are teacher resources distributed between schools with different needs? Here the "
                           "schools with the greatest and least needs are compared, and each school with its "
                           "organiser's average – what the Schools Inspectorate calls *pedagogical segregation*."),
    "likvardighet.no_data": ("Det finns inte tillräckligt med data för att jämföra (behovsindex och minst en "
                             "indikator för lärarresurser eller resultat behövs).",
                             "There is not enough data to compare (a need index and at least one teacher-resource "
                             "or outcome indicator are needed)."),
    "likvardighet.findings_heading": ("Det här visar siffrorna", "What the figures show"),
    "likvardighet.no_findings": ("Det finns för få enheter med både behovsindex och {indicator} läsåret {year} för att "
                                 "jämföra.",
                                 "There are too few units with both a need index and {indicator} in school year {year} "
                                 "to compare."),
    "likvardighet.find.gap_school": ("Skolorna med störst behov (kvartil 4) har {comparison} än skolorna med minst "
                                     "behov (kvartil 1): {q4} mot {q1}, läsåret {year}.",
                                     "The schools with the greatest needs (quartile 4) have {comparison} than the "
                                     "schools with the least needs (quartile 1): {q4} against {q1}, school year "
                                     "{year}."),
    "likvardighet.find.gap_municipality": ("Kommunerna med störst behov (kvartil 4) har {comparison} än kommunerna "
                                           "med minst behov (kvartil 1): {q4} mot {q1}, läsåret {year}.",
                                           "The municipalities with the greatest needs (quartile 4) have {comparison} "
                                           "than those with the least needs (quartile 1): {q4} against {q1}, school "
                                           "year {year}."),
    "likvardighet.find.gap_equal_school": ("{indicator} är lika i skolorna med störst och minst behov, läsåret {year}.",
                                           "{indicator} is the same in the schools with the greatest and least needs, "
                                           "school year {year}."),
    "likvardighet.find.gap_equal_municipality": ("{indicator} är lika i kommunerna med störst och minst behov, läsåret "
                                                 "{year}.",
                                                 "{indicator} is the same in the municipalities with the greatest and "
                                                 "least needs, school year {year}."),
    "likvardighet.strength.somewhat": ("något", "somewhat"),
    "likvardighet.strength.clearly": ("tydligt", "clearly"),
    "likvardighet.find.ci_value": ("Koncentrationsindex för {indicator} är {ci}",
                                   "The concentration index of {indicator} is {ci}"),
    "likvardighet.find.ci_value_erreygers": ("Koncentrationsindex för {indicator} är {ci}, med Erreygers korrektion "
                                             "för andelar {e}",
                                             "The concentration index of {indicator} is {ci}, with Erreygers' "
                                             "correction for shares {e}"),
    "likvardighet.find.ci_even": ("{index} (läsåret {year}): indikatorn är i stort sett jämnt fördelad mellan elever "
                                  "med olika behov.",
                                  "{index} (school year {year}): the indicator is spread about evenly between pupils "
                                  "with different needs."),
    "likvardighet.find.ci_resource_needs": ("{index} (läsåret {year}): resursen finns {strength} mer där behoven är "
                                            "större – en kompensatorisk fördelning.",
                                            "{index} (school year {year}): the resource is {strength} more present "
                                            "where needs are greater – a compensatory distribution."),
    "likvardighet.find.ci_resource_advantaged": ("{index} (läsåret {year}): resursen finns {strength} mer där behoven "
                                                 "är mindre.",
                                                 "{index} (school year {year}): the resource is {strength} more "
                                                 "present where needs are smaller."),
    "likvardighet.find.ci_burden_needs": ("{index} (läsåret {year}): bördan är {strength} större där behoven är "
                                          "större.",
                                          "{index} (school year {year}): the burden is {strength} heavier where needs "
                                          "are greater."),
    "likvardighet.find.ci_burden_advantaged": ("{index} (läsåret {year}): bördan är {strength} mindre där behoven är "
                                               "större.",
                                               "{index} (school year {year}): the burden is {strength} lighter where "
                                               "needs are greater."),
    "likvardighet.find.ci_outcome_needs": ("{index} (läsåret {year}): resultaten är {strength} högre där behoven är "
                                           "större.",
                                           "{index} (school year {year}): results are {strength} higher where needs "
                                           "are greater."),
    "likvardighet.find.ci_outcome_advantaged": ("{index} (läsåret {year}): resultaten är {strength} högre där "
                                                "behoven är mindre.",
                                                "{index} (school year {year}): results are {strength} higher where "
                                                "needs are smaller."),
    "likvardighet.find.below": ("{below} av {units} skolor i kvartil 4 ({share}) har {comparison} än sin huvudmans "
                                "skolor i genomsnitt, läsåret {year}.",
                                "{below} of {units} schools in quartile 4 ({share}) have {comparison} than their "
                                "organiser's schools on average, school year {year}."),
    "likvardighet.find.below_profile": ("{below} av {units} skolor i profil 1 ({profile}, {share}) har {comparison} "
                                        "än sin huvudmans skolor i genomsnitt, läsåret {year}.",
                                        "{below} of {units} schools in profile 1 ({profile}, {share}) have "
                                        "{comparison} than their organiser's schools on average, school year "
                                        "{year}."),
    "likvardighet.context_70": ("Som jämförelse: Skolinspektionen fann att cirka 70 procent av de skolor med stora "
                                "utmaningar som den valde ut hade lägre andel behöriga lärare än huvudmannens "
                                "genomsnitt. "
                                "Urvalet var ett annat, så siffran är sammanhang – inte ett riktmärke.",
                                "For comparison: the Schools Inspectorate found that about 70 per cent of the "
                                "high-challenge schools it selected had a lower share of qualified teachers than their "
                                "organiser's average. The selection differs, so the figure is context – not a "
                                "benchmark."),
    "likvardighet.need_in_use": ("Behovsindex i bruk", "Need index in use"),
    "likvardighet.scatter_heading": ("Behov och lärarresurser, skola för skola",
                                     "Needs and teacher resources, unit by unit"),
    "likvardighet.scatter_title": ("{indicator} mot behovsindex, läsåret {year}",
                                   "{indicator} against need index, school year {year}"),
    "likvardighet.scatter_alt": ("Punktdiagram: varje punkt är en enhet, vågrätt behovsindex (högre = större behov), "
                                 "lodrätt {indicator}, punktens storlek = antal elever. Den elevviktade trendlinjen "
                                 "ändras med {slope} per 10 indexenheter.",
                                 "Scatter plot: each dot is a unit, horizontally the need index (higher = greater "
                                 "needs), vertically {indicator}, dot size = number of pupils. The pupil-weighted "
                                 "trend line changes by {slope} per 10 index points."),
    "likvardighet.trend_line": ("Elevviktad trend", "Pupil-weighted trend"),
    "likvardighet.quartile_heading": ("Behovskvartiler", "Need quartiles"),
    "likvardighet.quartile_intro": ("Enheterna delas i fyra lika stora grupper efter behovsindex: kvartil 1 har minst "
                                    "behov, kvartil 4 störst. Värdena är vägda ({weight}).",
                                    "The units are split into four equal groups by need index: quartile 1 has the "
                                    "least needs, quartile 4 the greatest. Values are weighted ({weight})."),
    "likvardighet.weight.teacher_fte": ("per lärarnas heltidstjänster", "by teacher full-time equivalents"),
    "likvardighet.weight.pupils": ("per elev", "per pupil"),
    "likvardighet.weight.teachers": ("per lärare", "per teacher"),
    "likvardighet.weight.none": ("lika vikt per enhet", "equal weight per unit"),
    "likvardighet.col.q": ("Behovskvartil", "Need quartile"),
    "likvardighet.col.units": ("Enheter", "Units"),
    "likvardighet.col.pupils": ("Elever", "Pupils"),
    "likvardighet.col.need": ("Behovsindex (medel)", "Need index (mean)"),
    "likvardighet.col.value": ("Värde", "Value"),
    "likvardighet.q_label": ("Kvartil {q}", "Quartile {q}"),
    "likvardighet.q1_label": ("Kvartil 1 (minst behov)", "Quartile 1 (least needs)"),
    "likvardighet.q4_label": ("Kvartil 4 (störst behov)", "Quartile 4 (greatest needs)"),
    "likvardighet.gap_metric": ("Skillnad kvartil 4 − kvartil 1", "Gap quartile 4 − quartile 1"),
    "likvardighet.ratio_metric": ("Kvot kvartil 4 / kvartil 1", "Ratio quartile 4 / quartile 1"),
    "likvardighet.ci_metric": ("Koncentrationsindex", "Concentration index"),
    "likvardighet.ci_help": ("Mellan −1 och 1. Positivt: mer av indikatorn där behoven är större. Beräknat elevviktat "
                             "över enheter ordnade från minst till störst behov. För en andel, som ligger mellan a = 0 "
                             "och b = 100, visas också Erreygers korrektion E = 4·μ·C/(b − a) (μ medelvärdet, C "
                             "indexet), och orden *något* och *tydligt* läses från E: indexets storlek beror annars på "
                             "andelens medelvärde.",
                             "Between −1 and 1. Positive: more of the indicator where needs are greater. "
                             "Pupil-weighted over units ordered from least to greatest needs. For a share, which lies "
                             "between a = 0 and b = 100, Erreygers' correction E = 4·μ·C/(b − a) is shown too (μ the "
                             "mean, C the index), and the words *somewhat* and *clearly* are read from E: otherwise "
                             "the index's size depends on the share's mean."),
    "likvardighet.left_out": ("{n} enheter saknar behovsindex eller värde och är inte med.",
                              "{n} units lack a need index or a value and are left out."),
    "likvardighet.left_out_one": ("1 enhet saknar behovsindex eller värde och är inte med.",
                                  "1 unit lacks a need index or a value and is left out."),
    "likvardighet.quartile_title": ("{indicator} per behovskvartil, läsåret {year}",
                                    "{indicator} by need quartile, school year {year}"),
    "likvardighet.quartile_alt": ("Stapeldiagram: {indicator} i kvartil 1 till 4: {values}.",
                                  "Bar chart: {indicator} in quartiles 1 to 4: {values}."),
    "likvardighet.deviation_heading": ("Varje enhet mot huvudmannens genomsnitt",
                                       "Each unit against its organiser's average"),
    "likvardighet.deviation_intro": ("Avvikelse = enhetens värde minus genomsnittet för huvudmannens enheter samma "
                                     "läsår "
                                     "(för kommunala skolor: kommunens egna skolor). Sorterat med störst behov först.",
                                     "Deviation = the unit's value minus the average of its organiser's units in "
                                     "the same "
                                     "school year (for municipal schools: the municipality's own schools). Sorted with "
                                     "the greatest needs first."),
    "likvardighet.deviation_intro_municipality": ("Avvikelse = kommunens värde minus genomsnittet för alla kommuner i "
                                                  "data samma läsår.",
                                                  "Deviation = the municipality's value minus the average of all "
                                                  "municipalities in the data in the same school year."),
    "likvardighet.col.unit": ("Enhet", "Unit"),
    "likvardighet.col.group": ("Jämförs med", "Compared with"),
    "likvardighet.col.average": ("Genomsnitt", "Average"),
    "likvardighet.col.deviation": ("Avvikelse", "Deviation"),
    "likvardighet.col.need_index": ("Behovsindex", "Need index"),
    "likvardighet.col.quartile": ("Kvartil", "Quartile"),
    "likvardighet.group_all": ("alla enheter i data", "all units in the data"),
    "likvardighet.trend_heading": ("Över tid", "Over time"),
    "likvardighet.trend_title": ("{indicator} i kvartil 1 och 4 per läsår",
                                 "{indicator} in quartiles 1 and 4 by school year"),
    "likvardighet.trend_alt": ("Linjediagram över läsåren {years}: kvartil 4 (störst behov) och kvartil 1 (minst "
                               "behov). Skillnaden var {first} första läsåret och {last} senaste.",
                               "Line chart over school years {years}: quartile 4 (greatest needs) and quartile 1 "
                               "(least "
                               "needs). The gap was {first} in the first year and {last} in the latest."),
    "likvardighet.trend_alt_years": ("Linjediagram över läsåren {years}: kvartil 4 (störst behov) och kvartil 1 "
                                     "(minst behov). Skillnaden var {first} läsåret {first_year} och {last} läsåret "
                                     "{last_year}; övriga läsår saknar den.",
                                     "Line chart over school years {years}: quartile 4 (greatest needs) and quartile "
                                     "1 (least needs). The gap was {first} in {first_year} and {last} in "
                                     "{last_year}; the other years lack it."),
    "likvardighet.trend_alt_one": ("Linjediagram över läsåren {years}: kvartil 4 (störst behov) och kvartil 1 (minst "
                                   "behov). Skillnaden finns bara för läsåret {year}: {gap}.",
                                   "Line chart over school years {years}: quartile 4 (greatest needs) and quartile 1 "
                                   "(least needs). The gap is known only for {year}: {gap}."),
    "likvardighet.trend_alt_none": ("Linjediagram över läsåren {years}: kvartil 4 (störst behov) och kvartil 1 "
                                    "(minst behov). Skillnaden kan inte räknas för något läsår.",
                                    "Line chart over school years {years}: quartile 4 (greatest needs) and quartile "
                                    "1 (least needs). The gap cannot be computed for any year."),
    "likvardighet.year_range": ("{first}–{last}", "{first}–{last}"),
    "likvardighet.breaks": ("Brott i statistiken: {breaks}", "Breaks in the statistics: {breaks}"),
    "likvardighet.break.2020": ("2020/21 publicerades ingen statistik på skolenhetsnivå",
                                "2020/21 no school-unit statistics were published"),
    "likvardighet.break.2024": ("från 2024/25 redovisas inga uppgifter som bygger på färre än 3 heltidstjänster",
                                "from 2024/25 no figures based on fewer than 3 full-time equivalents are published"),
    "likvardighet.col.school_year": ("Läsår", "School year"),
    "likvardighet.col.gap": ("Skillnad Q4 − Q1", "Gap Q4 − Q1"),
    "likvardighet.col.ratio": ("Kvot Q4/Q1", "Ratio Q4/Q1"),
    "likvardighet.col.ci": ("Koncentrationsindex", "Concentration index"),
    "likvardighet.organizer_heading": ("Huvudmännen sida vid sida", "Organisers side by side"),
    "likvardighet.organizer_intro": ("Skillnad och koncentrationsindex inom varje huvudman. Huvudmän med färre än {n} "
                                     "enheter visas utan skillnad (för få).",
                                     "Gap and concentration index within each organiser. Organisers with fewer than "
                                     "{n} "
                                     "units are shown without a gap (too few)."),
    "likvardighet.below_heading": ("Skolor med störst behov under huvudmannens genomsnitt",
                                   "High-need schools below their organiser's average"),
}

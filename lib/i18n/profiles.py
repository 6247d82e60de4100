"""Strings of the Utmaningsprofiler (challenge profiles) screen."""

STRINGS: dict[str, tuple[str, str]] = {
    "profiles.title": ("Utmaningsprofiler", "Challenge profiles"),
    "profiles.intro": ("Skolinspektionen talar om *skolor med utmaningar* utan att ange gränser. Här finns två "
                       "ärliga sätt att hitta dem: profiler som räknas fram ur likheter mellan skolorna "
                       "(klusteranalys), och en regel med gränser som du själv sätter.",
                       "The Schools Inspectorate speaks of *schools with challenges* without giving thresholds. "
                       "Here are two honest ways to find them: profiles computed from similarities between "
                       "schools (cluster analysis), and a rule with thresholds you set yourself."),
    "profiles.features": ("Vad ska skolorna grupperas efter?", "What should the schools be grouped by?"),
    "profiles.method": ("Metod", "Method"),
    "profiles.method.kmeans": ("k-medelvärden", "k-means"),
    "profiles.method.ward": ("Ward (hierarkisk)", "Ward (hierarchical)"),
    "profiles.k": ("Antal profiler (k)", "Number of profiles (k)"),
    "profiles.k_suggested": ("Förslag: k = {k} (högst silhuettvärde, {s}).",
                             "Suggested: k = {k} (highest silhouette, {s})."),
    "profiles.evidence_heading": ("Hur många profiler passar data?", "How many profiles fit the data?"),
    "profiles.silhouette_title": ("Silhuettvärde per antal profiler, läsåret {year}",
                                  "Silhouette by number of profiles, school year {year}"),
    "profiles.silhouette_alt": ("Stapeldiagram: silhuettvärdet för k = 2 till {kmax}; högst för k = {k} ({s}). "
                                "Högre betyder tydligare åtskilda grupper.",
                                "Bar chart: the silhouette for k = 2 to {kmax}; highest for k = {k} ({s}). Higher "
                                "means more clearly separated groups."),
    "profiles.silhouette": ("Silhuettvärde", "Silhouette"),
    "profiles.stability": ("Stabilitet", "Stability"),
    "profiles.stability_help": ("Överensstämmelse (justerat Rand-index) med grupperingar från andra startvärden "
                                "och från slumpade delurval. 1 = identiska, 0 = som slumpen.",
                                "Agreement (adjusted Rand index) with groupings from other seeds and from random "
                                "resamples. 1 = identical, 0 = as chance."),
    "profiles.stability.high": ("hög", "high"),
    "profiles.stability.moderate": ("måttlig", "moderate"),
    "profiles.stability.low": ("låg – tolka profilerna försiktigt", "low – read the profiles with care"),
    "profiles.cards_heading": ("Profilerna", "The profiles"),
    "profiles.card_title": ("Profil {id}: {name}", "Profile {id}: {name}"),
    "profiles.card_size": ("{n} skolor ({share} av enheterna), behovsindex i genomsnitt {need}.",
                           "{n} schools ({share} of the units), mean need index {need}."),
    "profiles.card_figure": ("{label}: {value} (alla: {overall})", "{label}: {value} (all: {overall})"),
    "profiles.name_average": ("Nära genomsnittet", "Close to the average"),
    "profiles.heatmap_title": ("Profilernas tyngdpunkter (standardiserade), läsåret {year}",
                               "The profiles' centroids (standardised), school year {year}"),
    "profiles.heatmap_alt": ("Värmekarta: en rad per profil, en kolumn per indikator; blått under och orange över "
                             "genomsnittet, i standardavvikelser.",
                             "Heat map: one row per profile, one column per indicator; blue below and orange above "
                             "the average, in standard deviations."),
    "profiles.z": ("Standardavvikelser från medel", "Standard deviations from the mean"),
    "profiles.profile": ("Profil", "Profile"),
    "profiles.map_heading": ("Profilerna på kartan", "The profiles on the map"),
    "profiles.map_title": ("Utmaningsprofiler, läsåret {year}", "Challenge profiles, school year {year}"),
    "profiles.map_alt": ("Karta över {n} skolor färgade efter profil.", "Map of {n} schools coloured by profile."),
    "profiles.table_heading": ("Skolorna med profil och flagga", "The schools with profile and flag"),
    "profiles.imputed": ("Saknade värden ersattes med medianen: {items}.",
                         "Missing values were replaced by the median: {items}."),
    "profiles.feature_missing": ("Indikatorn {feature} saknas i data och används inte.",
                                 "The indicator {feature} is missing from the data and is not used."),
    "profiles.feature_constant": ("Indikatorn {feature} har samma värde för alla enheter och används inte.",
                                  "The indicator {feature} has the same value for every unit and is not used."),
    "profiles.too_few_features": ("Minst två indikatorer med olika värden behövs för att bilda profiler (nu {n}).",
                                  "At least two indicators with differing values are needed to form profiles "
                                  "(now {n})."),
    "profiles.too_few_units": ("Det finns {n} enheter – för få för {k} profiler. Välj färre profiler eller fler "
                               "enheter.",
                               "There are {n} units – too few for {k} profiles. Choose fewer profiles or more "
                               "units."),
    "profiles.ward_too_many": ("Ward-metoden klarar högst {limit} enheter (minne och tid växer med kvadraten); "
                               "data har {n}. Använd k-medelvärden.",
                               "The Ward method handles at most {limit} units (memory and time grow with the "
                               "square); the data has {n}. Use k-means."),
    "profiles.shared": ("Profilerna används nu också på Karta, Likvärdighet och Förstelärare.",
                        "The profiles are now also used on Map, Equity and First teachers."),
    "profiles.rule_heading": ("Regel: skola med utmaningar", "Rule: school with challenges"),
    "profiles.rule_intro": ("Sätt egna gränser. En skola flaggas när alla villkor gäller. Rapporterna anger inga "
                            "siffror, så gränserna är dina och skrivs ut där flaggan visas.",
                            "Set your own thresholds. A school is flagged when all conditions hold. The reports "
                            "give no numbers, so the thresholds are yours and are written out wherever the flag "
                            "shows."),
    "profiles.rule_column": ("Indikator {i}", "Indicator {i}"),
    "profiles.rule_op": ("Villkor {i}", "Condition {i}"),
    "profiles.rule_value": ("Gräns {i}", "Threshold {i}"),
    "profiles.rule_none": ("– inget villkor –", "– no condition –"),
    "profiles.rule_result": ("{n} av {total} skolor flaggas: {rule}.", "{n} of {total} schools are flagged: {rule}."),
    "profiles.rule_empty": ("Inga villkor valda.", "No conditions chosen."),
    "profiles.and": ("och", "and"),
    "profiles.flag": ("Skola med utmaningar", "School with challenges"),
    "profiles.op.ge": ("minst (≥)", "at least (≥)"),
    "profiles.op.le": ("högst (≤)", "at most (≤)"),
    "profiles.error": ("Profiler kunde inte bildas: {reason}", "Profiles could not be formed: {reason}"),
    # Words for names: high / low of each feature.
    "profiles.word.need_index.high": ("högt behov", "high need"),
    "profiles.word.need_index.low": ("lågt behov", "low need"),
    "profiles.word.ses_index.high": ("högt socioekonomiskt index", "high socioeconomic index"),
    "profiles.word.ses_index.low": ("lågt socioekonomiskt index", "low socioeconomic index"),
    "profiles.word.newly_arrived_share.high": ("hög andel nyanlända", "many newly arrived"),
    "profiles.word.newly_arrived_share.low": ("få nyanlända", "few newly arrived"),
    "profiles.word.foreign_background_share.high": ("hög andel utländsk bakgrund", "many with foreign background"),
    "profiles.word.foreign_background_share.low": ("låg andel utländsk bakgrund", "few with foreign background"),
    "profiles.word.parents_higher_ed_share.high": ("högutbildade föräldrar", "highly educated parents"),
    "profiles.word.parents_higher_ed_share.low": ("lågutbildade föräldrar", "parents with little education"),
    "profiles.word.parents_education_level.high": ("högutbildade föräldrar", "highly educated parents"),
    "profiles.word.parents_education_level.low": ("lågutbildade föräldrar", "parents with little education"),
    "profiles.word.merit_value.high": ("höga meritvärden", "high merit values"),
    "profiles.word.merit_value.low": ("låga meritvärden", "low merit values"),
    "profiles.word.eligible_share.high": ("många behöriga till gymnasiet", "many eligible for upper secondary"),
    "profiles.word.eligible_share.low": ("få behöriga till gymnasiet", "few eligible for upper secondary"),
    "profiles.word.qualified_share.high": ("hög behörighet", "high qualification"),
    "profiles.word.qualified_share.low": ("låg behörighet", "low qualification"),
    "profiles.word.pupils_per_teacher.high": ("många elever per lärare", "many pupils per teacher"),
    "profiles.word.pupils_per_teacher.low": ("få elever per lärare", "few pupils per teacher"),
    "profiles.word.first_teachers_per_100_pupils.high": ("många förstelärare", "many first teachers"),
    "profiles.word.first_teachers_per_100_pupils.low": ("få förstelärare", "few first teachers"),
    "profiles.word.first_teachers_per_100_teachers.high": ("många förstelärare", "many first teachers"),
    "profiles.word.first_teachers_per_100_teachers.low": ("få förstelärare", "few first teachers"),
    "profiles.word.teacher_experience_years.high": ("erfarna lärare", "experienced teachers"),
    "profiles.word.teacher_experience_years.low": ("oerfarna lärare", "inexperienced teachers"),
    "profiles.word.teacher_turnover.high": ("hög personalomsättning", "high staff turnover"),
    "profiles.word.teacher_turnover.low": ("låg personalomsättning", "low staff turnover"),
    "profiles.word.ped_degree_share.high": ("många med lärarexamen", "many with a teaching degree"),
    "profiles.word.ped_degree_share.low": ("få med lärarexamen", "few with a teaching degree"),
}

"""Strings of the Utmaningsprofiler (challenge profiles) screen."""

STRINGS: dict[str, tuple[str, str]] = {
    "profiler.title": ("Utmaningsprofiler", "Challenge profiles"),
    "profiler.intro": ("Skolinspektionen talar om *skolor med utmaningar* utan att ange gränser. Här finns två "
                       "ärliga sätt att hitta dem: profiler som räknas fram ur likheter mellan skolorna "
                       "(klusteranalys), och en regel med gränser som du själv sätter.",
                       "The Schools Inspectorate speaks of *schools with challenges* without giving thresholds. "
                       "Here are two honest ways to find them: profiles computed from similarities between "
                       "schools (cluster analysis), and a rule with thresholds you set yourself."),
    "profiler.features": ("Vad ska skolorna grupperas efter?", "What should the schools be grouped by?"),
    "profiler.method": ("Metod", "Method"),
    "profiler.method.kmeans": ("k-medelvärden", "k-means"),
    "profiler.method.ward": ("Ward (hierarkisk)", "Ward (hierarchical)"),
    "profiler.k": ("Antal profiler (k)", "Number of profiles (k)"),
    "profiler.k_suggested_rule": ("Förslag: k = {k} (silhuettvärde {s}, högst {best} för k = {kbest}; stabilitet "
                                  "{stability}).",
                                  "Suggested: k = {k} (silhouette {s}, highest {best} for k = {kbest}; stability "
                                  "{stability})."),
    "profiler.k_suggested_rule_best": ("Förslag: k = {k} (högst silhuettvärde, {s}; stabilitet {stability}).",
                                       "Suggested: k = {k} (highest silhouette, {s}; stability {stability})."),
    "profiler.k_suggested_best": ("Förslag: k = {k} (högst silhuettvärde, {s}): inget k ≥ {kmin} har både "
                                  "silhuettvärde minst {share} av det högsta och hög stabilitet{checked}.",
                                  "Suggested: k = {k} (highest silhouette, {s}): no k ≥ {kmin} has both a silhouette "
                                  "at least {share} of the highest and high stability{checked}."),
    "profiler.k_checked": (" (stabilitet för {items})", " (stability for {items})"),
    "profiler.k_checked_item": ("k = {k}: {value}", "k = {k}: {value}"),
    "profiler.k_rule": ("Regeln för förslaget: det minsta k ≥ {kmin} vars silhuettvärde är minst {share} av det "
                        "högsta och vars stabilitet är hög (minst {stability}); finns inget sådant, det k som har "
                        "högst silhuettvärde. Två profiler skiljer oftast bara högt från lågt behov, vilket "
                        "behovskvartilerna redan visar; regeln föredrar profiler som skiljer sig i slag.",
                        "The rule for the suggestion: the smallest k ≥ {kmin} whose silhouette is at least {share} "
                        "of the highest and whose stability is high (at least {stability}); if there is none, the k "
                        "with the highest silhouette. Two profiles mostly just separate high from low need, which "
                        "the need quartiles already show; the rule prefers profiles that differ in kind."),
    "profiler.evidence_heading": ("Hur många profiler passar data?", "How many profiles fit the data?"),
    "profiler.silhouette_title": ("Silhuettvärde per antal profiler, läsåret {year}",
                                  "Silhouette by number of profiles, school year {year}"),
    "profiler.silhouette_alt": ("Stapeldiagram: silhuettvärdet för k = 2 till {kmax}; högst för k = {k} ({s}). "
                                "Högre betyder tydligare åtskilda grupper. Den streckade linjen ligger vid {share} "
                                "av det högsta, förslagsregelns gräns.",
                                "Bar chart: the silhouette for k = 2 to {kmax}; highest for k = {k} ({s}). Higher "
                                "means more clearly separated groups. The dashed line is at {share} of the "
                                "highest, the suggestion rule's limit."),
    "profiler.silhouette_floor": ("Regelns gräns ({share} av det högsta)", "The rule's limit ({share} of the highest)"),
    "profiler.silhouette": ("Silhuettvärde", "Silhouette"),
    "profiler.stability": ("Stabilitet", "Stability"),
    "profiler.stability_help": ("Överensstämmelse (justerat Rand-index) med grupperingar från andra startvärden "
                                "och från slumpade delurval. 1 = identiska, 0 = som slumpen.",
                                "Agreement (adjusted Rand index) with groupings from other seeds and from random "
                                "resamples. 1 = identical, 0 = as chance."),
    "profiler.stability_value": ("{value} – {word}", "{value} – {word}"),
    "profiler.stability.high": ("hög", "high"),
    "profiler.stability.moderate": ("måttlig", "moderate"),
    "profiler.stability.low": ("låg – tolka profilerna försiktigt", "low – read the profiles with care"),
    "profiler.cards_heading": ("Profilerna", "The profiles"),
    "profiler.card_title": ("Profil {id}: {name}", "Profile {id}: {name}"),
    "profiler.card_size": ("{n} skolor ({share} av enheterna), behovsindex i genomsnitt {need}.",
                           "{n} schools ({share} of the units), mean need index {need}."),
    "profiler.card_figure": ("{label}: {value} (alla: {overall})", "{label}: {value} (all: {overall})"),
    "profiler.card_figure_partial": ("{label}: {value} (alla: {overall}; värde för {n} av {size} skolor)",
                                     "{label}: {value} (all: {overall}; a value for {n} of {size} schools)"),
    "profiler.described_title": ("Lärarresurser och resultat", "Teacher resources and outcomes"),
    "profiler.described_note": ("Lärarresurser och resultat beskriver profilerna och ingår inte i grupperingen om du "
                                "inte väljer dem. De vägs som i Likvärdighet: andel behöriga efter heltidstjänster, "
                                "elever per lärare och förstelärare per 100 elever som kvot av summor, meritvärde "
                                "och andel behöriga till gymnasiet efter elever; bara skolor med värde räknas, "
                                "inget fylls i. ”Alla” är samtliga grupperade skolor.",
                                "Teacher resources and outcomes describe the profiles and are not part of the "
                                "grouping unless you choose them. They are weighted as on Equity: the qualified "
                                "share by full-time equivalents, pupils per teacher and first teachers per 100 "
                                "pupils as a ratio of sums, merit value and eligibility by pupils; only schools with "
                                "a value count, nothing is filled in. \"All\" is every grouped school."),
    "profiler.name_average": ("Nära genomsnittet", "Close to the average"),
    "profiler.heatmap_title": ("Profilernas tyngdpunkter (standardiserade), läsåret {year}",
                               "The profiles' centroids (standardised), school year {year}"),
    "profiler.heatmap_alt": ("Värmekarta: en rad per profil, en kolumn per indikator; blått under och orange över "
                             "genomsnittet, i standardavvikelser.",
                             "Heat map: one row per profile, one column per indicator; blue below and orange above "
                             "the average, in standard deviations."),
    "profiler.z": ("Standardavvikelser från medel", "Standard deviations from the mean"),
    "profiler.profile": ("Profil", "Profile"),
    "profiler.profile_label": ("{id}: {name}", "{id}: {name}"),
    "profiler.col.unit": ("Enhet", "Unit"),
    "profiler.map_heading": ("Profilerna på kartan", "The profiles on the map"),
    "profiler.map_title": ("Utmaningsprofiler, läsåret {year}", "Challenge profiles, school year {year}"),
    "profiler.map_alt": ("Karta över {n} skolor färgade efter profil.", "Map of {n} schools coloured by profile."),
    "profiler.table_heading": ("Skolorna med profil och flagga", "The schools with profile and flag"),
    "profiler.imputed": ("Saknade värden ersattes med medianen: {items}.",
                         "Missing values were replaced by the median: {items}."),
    "profiler.imputed_item": ("{label} {n}", "{label} {n}"),
    "profiler.feature_missing": ("Indikatorn {feature} saknas i data och används inte.",
                                 "The indicator {feature} is missing from the data and is not used."),
    "profiler.feature_constant": ("Indikatorn {feature} har samma värde för alla enheter och används inte.",
                                  "The indicator {feature} has the same value for every unit and is not used."),
    "profiler.too_few_features": ("Minst två indikatorer med olika värden behövs för att bilda profiler (nu {n}).",
                                  "At least two indicators with differing values are needed to form profiles "
                                  "(now {n})."),
    "profiler.too_few_units": ("Det finns {n} enheter – för få för {k} profiler. Välj färre profiler eller fler "
                               "enheter.",
                               "There are {n} units – too few for {k} profiles. Choose fewer profiles or more "
                               "units."),
    "profiler.ward_too_many": ("Ward-metoden klarar högst {limit} enheter (minne och tid växer med kvadraten); "
                               "data har {n}. Använd k-medelvärden.",
                               "The Ward method handles at most {limit} units (memory and time grow with the "
                               "square); the data has {n}. Use k-means."),
    "profiler.shared": ("Profilerna används nu också på Karta, Likvärdighet och Förstelärare.",
                        "The profiles are now also used on Map, Equity and First teachers."),
    "profiler.rule_heading": ("Regel: skola med utmaningar", "Rule: school with challenges"),
    "profiler.rule_intro": ("Sätt egna gränser. En skola flaggas när alla villkor gäller. Rapporterna anger inga "
                            "siffror, så gränserna är dina och skrivs ut där flaggan visas.",
                            "Set your own thresholds. A school is flagged when all conditions hold. The reports "
                            "give no numbers, so the thresholds are yours and are written out wherever the flag "
                            "shows."),
    "profiler.rule_column": ("Indikator {i}", "Indicator {i}"),
    "profiler.rule_op": ("Villkor {i}", "Condition {i}"),
    "profiler.rule_value": ("Gräns {i}", "Threshold {i}"),
    "profiler.rule_none": ("– inget villkor –", "– no condition –"),
    "profiler.rule_result": ("{n} av {total} skolor flaggas: {rule}.", "{n} of {total} schools are flagged: {rule}."),
    "profiler.rule_empty": ("Inga villkor valda.", "No conditions chosen."),
    "profiler.and": ("och", "and"),
    "profiler.flag": ("Skola med utmaningar", "School with challenges"),
    "profiler.op.ge": ("minst (≥)", "at least (≥)"),
    "profiler.op.le": ("högst (≤)", "at most (≤)"),
    "profiler.error": ("Profiler kunde inte bildas: {reason}", "Profiles could not be formed: {reason}"),
    # Words for names: high / low of each feature.
    "profiler.word.need_index.high": ("högt behov", "high need"),
    "profiler.word.need_index.low": ("lågt behov", "low need"),
    "profiler.word.ses_index.high": ("högt socioekonomiskt index", "high socioeconomic index"),
    "profiler.word.ses_index.low": ("lågt socioekonomiskt index", "low socioeconomic index"),
    "profiler.word.newly_arrived_share.high": ("hög andel nyanlända", "many newly arrived"),
    "profiler.word.newly_arrived_share.low": ("få nyanlända", "few newly arrived"),
    "profiler.word.foreign_background_share.high": ("hög andel utländsk bakgrund", "many with foreign background"),
    "profiler.word.foreign_background_share.low": ("låg andel utländsk bakgrund", "few with foreign background"),
    "profiler.word.parents_higher_ed_share.high": ("högutbildade föräldrar", "highly educated parents"),
    "profiler.word.parents_higher_ed_share.low": ("lågutbildade föräldrar", "parents with little education"),
    "profiler.word.parents_education_level.high": ("högutbildade föräldrar", "highly educated parents"),
    "profiler.word.parents_education_level.low": ("lågutbildade föräldrar", "parents with little education"),
    "profiler.word.merit_value.high": ("höga meritvärden", "high merit values"),
    "profiler.word.merit_value.low": ("låga meritvärden", "low merit values"),
    "profiler.word.eligible_share.high": ("många behöriga till gymnasiet", "many eligible for upper secondary"),
    "profiler.word.eligible_share.low": ("få behöriga till gymnasiet", "few eligible for upper secondary"),
    "profiler.word.qualified_share.high": ("hög behörighet", "high qualification"),
    "profiler.word.qualified_share.low": ("låg behörighet", "low qualification"),
    "profiler.word.pupils_per_teacher.high": ("många elever per lärare", "many pupils per teacher"),
    "profiler.word.pupils_per_teacher.low": ("få elever per lärare", "few pupils per teacher"),
    "profiler.word.first_teachers_per_100_pupils.high": ("många förstelärare", "many first teachers"),
    "profiler.word.first_teachers_per_100_pupils.low": ("få förstelärare", "few first teachers"),
    "profiler.word.first_teachers_per_100_teachers.high": ("många förstelärare", "many first teachers"),
    "profiler.word.first_teachers_per_100_teachers.low": ("få förstelärare", "few first teachers"),
    "profiler.word.teacher_experience_years.high": ("erfarna lärare", "experienced teachers"),
    "profiler.word.teacher_experience_years.low": ("oerfarna lärare", "inexperienced teachers"),
    "profiler.word.teacher_turnover.high": ("hög personalomsättning", "high staff turnover"),
    "profiler.word.teacher_turnover.low": ("låg personalomsättning", "low staff turnover"),
    "profiler.word.ped_degree_share.high": ("många med lärarexamen", "many with a teaching degree"),
    "profiler.word.ped_degree_share.low": ("få med lärarexamen", "few with a teaching degree"),
}

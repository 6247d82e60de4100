"""Strings of the Förstelärare (simulation) screen and the allocation messages."""

STRINGS: dict[str, tuple[str, str]] = {
    "forstelarare.title": ("Förstelärare", "First teachers"),
    "forstelarare.intro": ("Vad händer med fördelningen, skillnaden mellan skolor och kostnaden om "
                           "förstelärartjänsterna "
                           "placeras efter behov och inte bara efter elevantal? Skolinspektionen beskriver som god "
                           "praxis att antalet förstelärare bestäms av elevantal *och* skolornas måluppfyllelse eller "
                           "socioekonomiska index.",
                           "What happens to the distribution, the gap between schools and the cost if first-teacher "
                           "posts are placed by need and not only by pupil numbers? The Schools Inspectorate describes "
                           "as good practice that the number of first teachers is set by pupil numbers *and* the "
                           "schools' "
                           "goal attainment or socioeconomic index."),
    "forstelarare.organizer": ("Huvudman (en huvudman beslutar bara om sina egna skolor)",
                               "Organiser (an organiser decides only for its own schools)"),
    "forstelarare.alpha": ("Behovsvikt α (0 = bara elevantal)", "Need weight α (0 = pupil numbers only)"),
    "forstelarare.alpha_help": ("Vikt per skola = elever × (behovsindex/100)^α.",
                                "Weight per school = pupils × (need/100)^α."),
    "forstelarare.total_kind": ("Antal tjänster bestäms av", "Number of posts set by"),
    "forstelarare.total.posts": ("antal tjänster", "number of posts"),
    "forstelarare.total.budget": ("årlig budget", "annual budget"),
    "forstelarare.posts": ("Tjänster totalt efter simuleringen", "Posts in total after the simulation"),
    "forstelarare.budget": ("Budget per år (kr)", "Budget per year (SEK)"),
    "forstelarare.budget_help": ("Budgeten överskrids aldrig. Varje tjänst kostar sin skolas lönetillägg "
                                 "(pott 2-skolor pott 2-tillägget) × 12 × arbetsgivarfaktorn; en tjänst placeras "
                                 "bara där det som är kvar av budgeten räcker, och det som blir över redovisas. Från "
                                 "början: vad dagens tjänster kostar.",
                                 "The budget is never overspent. Each post costs its school's salary supplement "
                                 "(pott 2 schools the pott-2 supplement) × 12 × the employer factor; a post is placed "
                                 "only where what is left of the budget pays for it, and what is left over is shown. "
                                 "To begin with: what today's posts cost."),
    "forstelarare.mode": ("Sätt", "Way"),
    "forstelarare.mode.redistribute": ("fördela om alla", "redistribute all"),
    "forstelarare.mode.add": ("behåll dagens och lägg till", "keep today's and add"),
    "forstelarare.mode.move": ("flytta högst N per skola", "move at most N per school"),
    "forstelarare.max_move": ("N (högst flyttade per skola)", "N (at most moved per school)"),
    "forstelarare.min": ("Minst per skola", "At least per school"),
    "forstelarare.max": ("Högst per skola", "At most per school"),
    "forstelarare.method": ("Fördelningsmetod", "Apportionment method"),
    "forstelarare.method.sainte-lague": ("Sainte-Laguë (1, 3, 5 …)", "Sainte-Laguë (1, 3, 5 …)"),
    "forstelarare.method.jamkad": ("jämkade uddatalsmetoden (1,2, 3, 5 …)",
                                   "modified odd-number method (1.2, 3, 5 …)"),
    "forstelarare.method.dhondt": ("d'Hondt (1, 2, 3 …)", "D'Hondt (1, 2, 3 …)"),
    "forstelarare.method.largest-remainder": ("största rest", "largest remainder"),
    "forstelarare.priority_heading": ("Förtur", "Priority"),
    "forstelarare.priority_profiles": ("Förtur för profiler", "Priority for profiles"),
    "forstelarare.priority_flag_rule": ("Förtur för skolor med utmaningar enligt regeln från Utmaningsprofiler "
                                        "({rule})",
                                        "Priority for schools with challenges by the rule from Challenge profiles "
                                        "({rule})"),
    "forstelarare.profile_option": ("{id}: {name}", "{id}: {name}"),
    "forstelarare.priority_factor": ("Förturens vikt (×)", "Priority weight (×)"),
    "forstelarare.low_qualification_factor": ("Vikt för skolor med låg behörighet (×)",
                                              "Weight for schools with low qualification (×)"),
    "forstelarare.hold_pott2": ("Håll pott 2-skolornas tjänster fasta", "Hold the pott-2 schools' posts fixed"),
    "forstelarare.cost_heading": ("Kostnad", "Cost"),
    "forstelarare.supplement": ("Lönetillägg per månad, pott 1 (kr)", "Salary supplement per month, pot 1 (SEK)"),
    "forstelarare.supplement_pott2": ("Lönetillägg per månad, pott 2 (kr)",
                                      "Salary supplement per month, pot 2 (SEK)"),
    "forstelarare.employer_factor": ("Arbetsgivarkostnad (faktor, antagande)", "Employer cost (factor, assumption)"),
    "forstelarare.cost_source": ("Lönetillägg enligt {source}: minst 5 000 kr i pott 1 och minst 10 000 kr i pott 2. "
                                 "Faktorn för arbetsgivaravgifter och pension är ett antagande du kan ändra.",
                                 "Supplements per {source}: at least SEK 5,000 in pot 1 and at least SEK 10,000 in "
                                 "pot 2. "
                                 "The factor for payroll taxes and pension is an assumption you can change."),
    "forstelarare.results_heading": ("Resultat", "Result"),
    "forstelarare.metric_posts": ("Tjänster", "Posts"),
    "forstelarare.metric_moved": ("Tjänster som flyttas", "Posts moved"),
    "forstelarare.metric_cost": ("Kostnad per år", "Cost per year"),
    "forstelarare.metric_q4": ("Förstelärare per 100 elever, kvartil 4",
                               "First teachers per 100 pupils, quartile 4"),
    "forstelarare.metric_gap": ("Skillnad kvartil 4 − 1", "Gap quartile 4 − 1"),
    "forstelarare.metric_ci": ("Koncentrationsindex", "Concentration index"),
    "forstelarare.metric_share_q4": ("Andel av tjänsterna i kvartil 4", "Share of posts in quartile 4"),
    "forstelarare.col.before": ("Före", "Before"),
    "forstelarare.col.after": ("Efter", "After"),
    "forstelarare.col.change": ("Förändring", "Change"),
    "forstelarare.col.eligible": ("Behöriga lärare (uppskattning)", "Qualified teachers (estimate)"),
    "forstelarare.col.weight": ("Vikt", "Weight"),
    "forstelarare.col.measure": ("Mått", "Measure"),
    "forstelarare.map_title": ("Förändring i antal förstelärare, läsåret {year}",
                               "Change in first teachers, school year {year}"),
    "forstelarare.map_alt": ("Karta: {up} skolor får fler och {down} färre förstelärare.",
                             "Map: {up} schools gain and {down} lose first teachers."),
    "forstelarare.legend_change": ("Förändring (tjänster)", "Change (posts)"),
    "forstelarare.caption": ("{source} · {note}", "{source} · {note}"),
    "forstelarare.tradeoffs_heading": ("Att väga in", "To weigh"),
    "forstelarare.tradeoff_lockin": ("**Inlåsning:** en förstelärartjänst är knuten till en viss skola och följer inte "
                                     "med läraren: den som byter skola förlorar tillägget. Huvudmännen i "
                                     "Skolinspektionens granskning ser det som avgörande att tjänsten stannar på "
                                     "skolan (s. 25), men vissa varnar för att det låser in lärarna, som inte kan "
                                     "byta skola utan att gå ner i lön (s. 20).",
                                     "**Lock-in:** a first-teacher post is tied to one school and does not follow the "
                                     "teacher: a teacher who changes school loses the supplement. The organisers in "
                                     "the Schools Inspectorate's review see it as essential that the post stays at "
                                     "the school (p. 25), but some warn that this locks teachers in: they cannot "
                                     "change school without a cut in pay (p. 20)."),
    "forstelarare.tradeoff_zero_sum": ("**Nollsummespel:** när alla kommuner rekryterar till skolor med stora behov "
                                       "flyttas lärare mellan kommuner snarare än att det blir fler.",
                                       "**Zero sum:** when every municipality recruits to high-need schools, "
                                       "teachers move "
                                       "between municipalities rather than increase in number."),
    "forstelarare.tradeoff_assign": ("**Ingen tvångsförflyttning:** lärare kan inte beordras till en skola; en tjänst "
                                     "på pappret måste också sökas av någon.",
                                     "**No assignment:** teachers cannot be ordered to a school; a post on paper "
                                     "must also "
                                     "be applied for."),
    "forstelarare.no_effects": ("Rapporterna anger inga effektstorlekar, så simuleringen visar fördelning och "
                                "kostnad, inte effekter på elevernas resultat.",
                                "The reports give no effect sizes, so the simulation shows distribution and cost, "
                                "not effects on pupils' results."),
    "forstelarare.posts_one": ("{n} tjänst", "{n} post"),
    "forstelarare.posts_many": ("{n} tjänster", "{n} posts"),
    "forstelarare.summary": ("{name} flyttar {moved}; i kvartil 4 (störst behov) går förstelärarna från "
                             "{q4_before} till {q4_after} per 100 elever, mot {mean} i snitt;",
                             "{name} moves {moved}; in quartile 4 (greatest needs) first teachers go from "
                             "{q4_before} to {q4_after} per 100 pupils, against {mean} on average;"),
    "forstelarare.summary_cost_up": ("kostnaden ökar med {amount} per år{budget}.",
                                     "the cost rises by {amount} per year{budget}."),
    "forstelarare.summary_cost_down": ("kostnaden minskar med {amount} per år{budget}.",
                                       "the cost falls by {amount} per year{budget}."),
    "forstelarare.summary_cost_same": ("kostnaden är oförändrad{budget}.", "the cost is unchanged{budget}."),
    "forstelarare.summary_budget": (" ({cost} av {budget}; {left} kvar)", " ({cost} of {budget}; {left} left)"),
    "forstelarare.metric_unspent": ("Kvar av budgeten {budget}", "Left of the budget of {budget}"),
    "forstelarare.this_scenario": ("Scenariot", "The scenario"),
    # Messages
    "forstelarare.bad_weights": ("Vikterna måste vara tal ≥ 0.", "The weights must be numbers ≥ 0."),
    "forstelarare.negative_total": ("Antalet tjänster kan inte vara negativt ({total}).",
                                    "The number of posts cannot be negative ({total})."),
    "forstelarare.min_too_high": ("Minimikravet per skola kräver {need} tjänster men bara {total} ska fördelas. Sänk "
                                  "minimum eller öka antalet tjänster.",
                                  "The minimum per school needs {need} posts but only {total} are to be placed. "
                                  "Lower the "
                                  "minimum or raise the number of posts."),
    "forstelarare.max_too_low": ("Högst {room} tjänster får plats (maximum per skola och antalet behöriga lärare) men "
                                 "{total} ska fördelas. Höj maximum eller minska antalet tjänster.",
                                 "At most {room} posts fit (maximum per school and the number of qualified "
                                 "teachers) but "
                                 "{total} are to be placed. Raise the maximum or lower the number of posts."),
    "forstelarare.negative_budget": ("Budgeten måste vara ett tal ≥ 0.", "The budget must be a number ≥ 0."),
    "forstelarare.add_over_budget": ("I sättet ”behåll dagens” ska dagens {today} tjänster vara kvar, men de kostar "
                                     "{cost[sv]} per år, mer än budgeten {budget[sv]}. Höj budgeten eller välj ett "
                                     "annat sätt.",
                                     "In the “keep today's” way today's {today} posts stay, but they cost {cost[en]} "
                                     "a year, more than the budget of {budget[en]}. Raise the budget or choose "
                                     "another way."),
    "forstelarare.min_over_budget": ("Reglerna kräver minst {posts} tjänster (minimum per skola, fasta pott 2-tjänster "
                                     "eller högst N flyttade per skola), och de kostar {cost[sv]} per år, mer än "
                                     "budgeten {budget[sv]}. Sänk kraven eller höj budgeten.",
                                     "The rules need at least {posts} posts (the minimum per school, fixed pott-2 "
                                     "posts or at most N moved per school), and they cost {cost[en]} a year, more "
                                     "than the budget of {budget[en]}. Lower the requirements or raise the budget."),
    "forstelarare.add_below_today": ("I sättet ”behåll dagens” måste antalet vara minst dagens {today} (nu {total}).",
                                     "In the “keep today's” way the number must be at least today's {today} (now "
                                     "{total})."),
    "forstelarare.no_units": ("Det finns inga skolor att fördela på med de valda filtren.",
                              "There are no schools to place posts at with the chosen filters."),
    "forstelarare.no_current": ("Data saknar dagens antal förstelärare; ”före” räknas som 0.",
                                "The data has no current number of first teachers; “before” counts as 0."),
    "forstelarare.need_missing": ("{n} skolor saknar behovsindex och räknas som genomsnittliga (100).",
                                  "{n} schools lack a need index and count as average (100)."),
    "forstelarare.min_above_eligible": ("{n} skolor har färre behöriga lärare än minimum; där blir gränsen antalet "
                                        "behöriga.",
                                        "{n} schools have fewer qualified teachers than the minimum; there the "
                                        "bound is the "
                                        "number of qualified teachers."),
    "forstelarare.school_level_only": ("Simuleringen kräver data på skolenhetsnivå.",
                                       "The simulation needs data at school-unit level."),
}

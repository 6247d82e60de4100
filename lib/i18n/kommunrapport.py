"""Strings of the municipality report (kommunrapport): one municipality's report, or the nation's, on
municipality-level data such as Skolverket's official statistics (`python -m lib report sverige`)."""

STRINGS: dict[str, tuple[str, str]] = {
    "kommunrapport.title": ("Kommunrapport: {name} ({code})", "Municipality report: {name} ({code})"),
    "kommunrapport.title_nation": ("Sveriges kommuner: lärarresurser och behov",
                                   "Sweden's municipalities: teacher resources and needs"),
    "kommunrapport.subtitle": ("Läsåret {year} · {n} kommuner i jämförelsen · {kind}",
                               "School year {year} · {n} municipalities compared · {kind}"),
    "kommunrapport.position_heading": ("Läge bland alla kommuner och bland kommuner med liknande behov",
                                       "Position among all municipalities and among those with similar needs"),
    "kommunrapport.figures_caption": ("Kommunens värde, skillnaden mot alla kommuner tillsammans och jämförelsen "
                                      "med alla och med kommuner med liknande behov.",
                                      "The municipality's value, the difference from all municipalities together "
                                      "and the comparison with all and with municipalities with similar needs."),
    "kommunrapport.col.measure": ("Mått", "Measure"),
    "kommunrapport.col.value": ("Värde", "Value"),
    "kommunrapport.col.difference": ("Skillnad", "Difference"),
    "kommunrapport.col.comparison": ("Jämförelse", "Comparison"),
    "kommunrapport.trend_heading": ("Utveckling över läsåren", "Trend over the school years"),
    "kommunrapport.organizers_heading": ("Kommunala och enskilda huvudmän", "Municipal and independent organisers"),
    "kommunrapport.costs_heading": ("Kostnader per elev (sammanhang)", "Costs per pupil (context)"),
    "kommunrapport.findings_heading": ("Iakttagelser", "Findings"),
    "kommunrapport.gap_heading": ("Skillnaden mellan behovskvartilerna över läsåren",
                                  "The gap between the need quartiles over the school years"),
    "kommunrapport.table_heading": ("Alla kommuner läsåret {year}", "Every municipality in school year {year}"),
    "kommunrapport.table_caption": ("I namnordning. \"för få\": färre än 10 elever eller 3 lärare "
                                    "(heltidstjänster); värdena visas inte.",
                                    "In name order. \"too few\": fewer than 10 pupils or 3 teachers (full-time "
                                    "equivalents); the values are not shown."),
    "kommunrapport.method_heading": ("Metod och källa", "Method and source"),
    "kommunrapport.method": ("Liknande behov betyder samma behovskvartil samma läsår. Siffrorna beskriver, de "
                             "förklarar inte: ett samband är ingen orsak. Värden för en kommun med färre än 10 "
                             "elever eller 3 lärare (heltidstjänster) visas inte.",
                             "Similar needs means the same need quartile in the same school year. The figures "
                             "describe; they do not explain: a correlation is not a cause. Values of a municipality "
                             "with fewer than 10 pupils or 3 teachers (full-time equivalents) are not shown."),
}

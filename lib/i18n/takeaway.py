"""What leaves the app and what Streamlit itself would say: provenance lines in files, picker placeholders,
the projector view."""

STRINGS: dict[str, tuple[str, str]] = {
    "takeaway.fiction": ("Fiktiva demodata: skolorna, siffrorna och namnen är påhittade; kommunerna är verkliga "
                         "men deras värden är det inte.",
                         "Fictional demo data: the schools, figures and names are made up; the municipalities are "
                         "real but their values are not."),
    "takeaway.source_sheet": ("Källa", "Source"),
    "takeaway.choose_one": ("Välj …", "Choose …"),
    "takeaway.choose_many": ("Välj en eller flera …", "Choose one or more …"),
    "takeaway.card_setting": ("α {alpha} · {posts} tjänster", "α {alpha} · {posts} posts"),
    "takeaway.projector_off": ("Avsluta storbildsläget för att gå med i en workshop, spara eller styra den.",
                               "Leave projector mode to join a workshop, save or run it."),
}

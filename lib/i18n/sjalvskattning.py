"""Texts of the Självskattning screen (the organiser's self-assessment against Skolinspektionen's criteria) and
of its section in the board report. The review's counts are the report's own (Skolinspektionen 2020, p. as
given); where the report gives no count, the text says so."""

STRINGS = {
    "nav.sjalvskattning": ("Självskattning", "Self-assessment"),
    "start.link.sjalvskattning": ("skatta ert arbete mot Skolinspektionens kriterier, med förslag utifrån era data",
                                  "assess your work against Skolinspektionen's criteria, with suggestions from "
                                  "your data"),
    "count.sjalvskattning_units_one": ("{n} skolenhet", "{n} school unit"),
    "count.sjalvskattning_units_many": ("{n} skolenheter", "{n} school units"),
    "sjalvskattning.title": ("Självskattning", "Self-assessment"),
    "sjalvskattning.intro": (
        "Skolinspektionens kriterier för en systematisk uppföljning av lärarresurserna och för strategiska "
        "insatser, som frågor. Appen föreslår ett svar där era data kan visa något och visar vad förslaget "
        "bygger på; där data inte kan visa det frågar den. Ändra svaren och skriv en kommentar.",
        "Skolinspektionen's criteria for a systematic follow-up of teacher resources and for strategic "
        "interventions, as questions. The app suggests an answer where your data can show something and shows "
        "what the suggestion rests on; where the data cannot show it, it asks. Change the answers and add a note."),
    "sjalvskattning.caution": (
        "Granskningens siffror gäller de 27 kommunala huvudmän som Skolinspektionen granskade och är inte ett "
        "riksurval (s. 3). Fyra av de 27 hade ett väl fungerande arbete både med uppföljning och analys och med "
        "insatser (s. 4).",
        "The review's counts apply to the 27 municipal organisers Skolinspektionen reviewed and are not a "
        "national sample (p. 3). Four of the 27 had well-functioning work both in follow-up and analysis and in "
        "interventions (p. 4)."),
    "sjalvskattning.scope": ("Huvudman", "Organiser"),
    "sjalvskattning.all_units": ("Alla enheter i data", "Every unit in the data"),
    "sjalvskattning.answer": ("Svar", "Answer"),
    "sjalvskattning.note": ("Kommentar", "Note"),
    "sjalvskattning.suggested": ("Förslag utifrån data: {answer}", "Suggested from the data: {answer}"),
    "sjalvskattning.evidence_label": ("Underlag", "Evidence"),
    "sjalvskattning.reference_label": ("I granskningen (27 granskade huvudmän, inte ett riksurval)",
                                       "In the review (27 reviewed organisers, not a national sample)"),
    "sjalvskattning.answer.yes": ("Ja", "Yes"),
    "sjalvskattning.answer.partly": ("Delvis", "Partly"),
    "sjalvskattning.answer.no": ("Nej", "No"),
    "sjalvskattning.answer.unknown": ("Vet inte än", "Not known yet"),
    "sjalvskattning.summary": ("Ja: {yes} · Delvis: {partly} · Nej: {no} · Vet inte än: {unknown}",
                               "Yes: {yes} · Partly: {partly} · No: {no} · Not known yet: {unknown}"),
    "sjalvskattning.file_heading": ("Spara och öppna", "Save and open"),
    "sjalvskattning.download": ("Ladda ner självskattningen (JSON)", "Download the self-assessment (JSON)"),
    "sjalvskattning.upload": ("Öppna en nedladdad självskattning", "Open a downloaded self-assessment"),
    "sjalvskattning.open": ("Öppna", "Open"),
    "sjalvskattning.opened": ("Självskattningen är öppnad.", "The self-assessment is open."),
    "sjalvskattning.bad_file": ("Filen är ingen självskattning från appen: {reason}",
                                "The file is not a self-assessment from the app: {reason}"),
    "sjalvskattning.save": ("Spara under workshopkoden", "Save under the workshop code"),
    "sjalvskattning.load": ("Hämta den senast sparade", "Fetch the latest saved"),
    "sjalvskattning.saved": ("Sparad under workshopkoden {code}.", "Saved under the workshop code {code}."),
    "sjalvskattning.none_saved": ("Ingen självskattning är sparad under koden {code}.",
                                  "No self-assessment is saved under the code {code}."),
    "sjalvskattning.store_note": (
        "En sparad självskattning försvinner när workshopkoden går ut. Ladda ner filen för att behålla den.",
        "A saved self-assessment goes when the workshop code expires. Download the file to keep it."),
    "sjalvskattning.include": ("Ta med självskattningen i nämndrapporten (Skolblad)",
                               "Include the self-assessment in the board report (Skolblad)"),
    "sjalvskattning.included": ("Nämndrapporten under Skolblad tar nu med självskattningen.",
                                "The board report under Skolblad now includes the self-assessment."),
    "sjalvskattning.file_name": ("sjalvskattning", "self-assessment"),
    # The criteria as questions (report §4c, p.15–27)
    "sjalvskattning.q.levels": ("Följer ni upp lärarresurserna både på övergripande nivå och per skolenhet?",
                                "Do you follow up teacher resources both overall and per school unit?"),
    "sjalvskattning.q.breadth": (
        "Följer ni upp flera mått – lärartäthet, personalomsättning, legitimation och behörighet, examen, antal år "
        "i yrket och fördelningen av förstelärare – så att både kompetens och erfarenhet täcks?",
        "Do you follow up several measures – teacher density, turnover, certification and qualification, degrees, "
        "years in the profession and the distribution of first teachers – so that both competence and experience "
        "are covered?"),
    "sjalvskattning.q.documentation": ("Dokumenteras uppföljningen skriftligt inom det systematiska "
                                       "kvalitetsarbetet?",
                                       "Is the follow-up documented in writing within the systematic quality work?"),
    "sjalvskattning.q.systems": ("Har ni ett fungerande systemstöd för att följa upp lärarresurserna per skolenhet?",
                                 "Do you have working system support to follow up teacher resources per school "
                                 "unit?"),
    "sjalvskattning.q.preconditions": ("Analyserar ni lärarresurserna i relation till skolornas elevsammansättning "
                                       "och måluppfyllelse?",
                                       "Do you analyse teacher resources in relation to the schools' pupil "
                                       "composition and attainment?"),
    "sjalvskattning.q.governance_chain": (
        "Har hela styrkedjan samma bild – informerar förvaltningen nämnden regelbundet om hur lärarresurserna "
        "varierar mellan skolorna och om vilka insatser som görs?",
        "Does the whole governance chain share the same picture – does the administration regularly tell the "
        "board how teacher resources vary between schools and which interventions are made?"),
    "sjalvskattning.q.dialogue": ("Är lärarresurserna en strukturerad del av de regelbundna dialogerna med "
                                  "rektorerna?",
                                  "Are teacher resources a structured part of the regular dialogues with "
                                  "principals?"),
    "sjalvskattning.q.identifying_measures": (
        "Har ni utifrån analysen identifierat och dokumenterat åtgärder för att stärka lärarresurserna på skolor "
        "med behov?",
        "Have you, from the analysis, identified and documented measures to strengthen teacher resources at "
        "schools in need?"),
    "sjalvskattning.q.targeting": (
        "Riktar ni insatser till skolor med utmaningar utifrån analyserade behov, och inte bara genom högre "
        "socioekonomisk ersättning eller generella insatser?",
        "Do you target interventions at schools with challenges by analysed need, and not only through more "
        "socioeconomic funding or general interventions?"),
    "sjalvskattning.q.followup_interventions": ("Följer ni upp genomförda insatser över tid, så att ni kan avgöra "
                                                "om de ska fortsätta?",
                                                "Do you follow up interventions over time, so that you can decide "
                                                "whether to continue them?"),
    "sjalvskattning.q.followup_allocation": ("Följer ni upp hur resursfördelningsmodellen används och hur den "
                                             "påverkar lärarresurserna?",
                                             "Do you follow up how the resource-allocation model is used and how it "
                                             "affects teacher resources?"),
    "sjalvskattning.q.ownership": ("Behåller huvudmannen det övergripande ansvaret för lärarresurserna, i stället "
                                   "för att lämna det till rektorerna?",
                                   "Does the organiser keep the overall responsibility for teacher resources, "
                                   "rather than leaving it to the principals?"),
    # The review's counts (Skolinspektionen's report; the page given)
    "sjalvskattning.ref.levels": (
        "5 av 27 granskade huvudmän följde tydligt upp lärarresurserna per skolenhet; 17 hade en bild på "
        "övergripande nivå och bara i viss mån per skolenhet, 5 en bild begränsad till huvudmannanivån (s. 16).",
        "5 of 27 reviewed organisers clearly followed up teacher resources per school unit; 17 had an overall "
        "picture and only partly a school-level one, 5 a picture limited to the organiser level (p. 16)."),
    "sjalvskattning.ref.breadth": (
        "20 av 27 hade en bild av lärartätheten och 24 av lärarnas behörighet; hälften av personalomsättningen och "
        "få av lärarnas erfarenhet (s. 16).",
        "20 of 27 had a picture of teacher density and 24 of teachers' qualification; half of turnover and few of "
        "teachers' experience (p. 16)."),
    "sjalvskattning.ref.documentation": (
        "8 av 27 hade skriftlig dokumentation av lärartätheten och 11 av lärarbehörigheten (s. 17).",
        "8 of 27 had written documentation of teacher density and 11 of teacher qualification (p. 17)."),
    "sjalvskattning.ref.systems": (
        "Rapporten anger ingen siffra: den skriver att några huvudmän saknade fungerande systemstöd för att följa "
        "upp per skolenhet (s. 17).",
        "The report gives no count: it says that a few organisers lacked working system support to follow up per "
        "school unit (p. 17)."),
    "sjalvskattning.ref.preconditions": (
        "5 av 27 analyserade lärarresurserna i relation till skolornas elevsammansättning eller måluppfyllelse; 6 "
        "jämförde skolor utan att koppla till förutsättningarna (s. 17).",
        "5 of 27 analysed teacher resources in relation to the schools' pupil composition or attainment; 6 "
        "compared schools without linking to their preconditions (p. 17)."),
    "sjalvskattning.ref.governance_chain": (
        "Rapporten anger ingen siffra; den beskriver en nämnd som fick en översikt utan jämförelser mellan skolor "
        "(s. 17, 24).",
        "The report gives no count; it describes a board that received an overview without comparisons between "
        "schools (pp. 17, 24)."),
    "sjalvskattning.ref.dialogue": (
        "6 av 27 hade en struktur för att diskutera lärarresurserna i dialogerna med rektorerna (s. 18).",
        "6 of 27 had a structure for discussing teacher resources in the dialogues with principals (p. 18)."),
    "sjalvskattning.ref.identifying_measures": (
        "14 av 27 hade identifierat möjliga åtgärder, och i hälften av dem saknades skriftlig dokumentation; 4 "
        "hade identifierat och dokumenterat flera strategiska åtgärder (s. 18).",
        "14 of 27 had identified possible measures, and half of them had no written documentation; 4 had "
        "identified and documented several strategic measures (p. 18)."),
    "sjalvskattning.ref.targeting": (
        "Hälften hade i viss mån riktat insatser; 5 av 27 hade riktat flera strategiska och långsiktiga insatser "
        "(s. 19).",
        "Half had targeted interventions to some extent; 5 of 27 had targeted several strategic, long-term "
        "interventions (p. 19)."),
    "sjalvskattning.ref.followup_interventions": (
        "En tredjedel hade gjort någon uppföljning av insatserna, och knappt hälften av dem hade analyserat "
        "resultaten (s. 22).",
        "A third had made some follow-up of their interventions, and just under half of those had analysed the "
        "results (p. 22)."),
    "sjalvskattning.ref.followup_allocation": (
        "En tredjedel följde upp hur resursfördelningsmodellen använts; 3 av 27 hade följt upp hur modellen "
        "påverkat lärarresurserna (s. 22).",
        "A third followed up how the resource-allocation model was used; 3 of 27 had followed up how the model "
        "affected teacher resources (p. 22)."),
    "sjalvskattning.ref.ownership": (
        "Rapporten anger ingen siffra; den konstaterar att ansvaret för att stärka lärarresurserna ofta lämnas "
        "till rektorerna (s. 5, 22).",
        "The report gives no count; it finds that the responsibility for strengthening teacher resources is often "
        "left to the principals (pp. 5, 22)."),
    # The evidence behind a suggestion
    "sjalvskattning.evidence.levels_school": ("Data har uppgifter per skolenhet ({units}) för {years}.",
                                              "The data has figures per school unit ({units}) for {years}."),
    "sjalvskattning.evidence.levels_municipality": (
        "Data finns bara per kommun: uppföljning per skolenhet syns inte i data.",
        "The data is per municipality only: follow-up per school unit is not shown by the data."),
    "sjalvskattning.evidence.breadth": ("Data har {n} av de {of} mått granskningen nämner: {columns}.",
                                        "The data has {n} of the {of} measures the review names: {columns}."),
    "sjalvskattning.evidence.preconditions_ses": ("Ett behovsindex används: SCB:s socioekonomiska index.",
                                                  "A need index is in use: SCB's socioeconomic index."),
    "sjalvskattning.evidence.preconditions_computed": (
        "Ett behovsindex används, beräknat från elevernas bakgrund i data.",
        "A need index is in use, computed from the pupils' background in the data."),
    "sjalvskattning.evidence.preconditions_none": (
        "Data har inget behovsindex (varken socioekonomiskt index eller bakgrundsuppgifter).",
        "The data has no need index (neither a socioeconomic index nor background figures)."),
    "sjalvskattning.evidence.no_register": (
        "Inga insatser är registrerade för de här enheterna, så appen kan inte se det – hur är det hos er?",
        "No interventions are registered for these units, so the app cannot see it – how is it with you?"),
    "sjalvskattning.evidence.identifying": ("{n} registrerade insatser av {types} olika slag.",
                                            "{n} registered interventions of {types} different kinds."),
    "sjalvskattning.evidence.targeting": (
        "{n} av {of} registrerade insatser är riktade och når skolor i den högsta behovskvartilen (läsåret före "
        "start).",
        "{n} of {of} registered interventions are targeted and reach schools in the highest need quartile (the "
        "school year before the start)."),
    "sjalvskattning.evidence.followup": (
        "{n} av {of} insatser har ett läsår före och ett efter start i data och kan följas upp under Insatser.",
        "{n} of {of} interventions have a school year before and one after their start in the data and can be "
        "followed up under Interventions."),
    "sjalvskattning.evidence.allocation": ("Data har tilldelning per enhet för {years} (se Resursfördelning).",
                                           "The data has an allocation per unit for {years} (see Resource "
                                           "allocation)."),
    "sjalvskattning.evidence.allocation_none": (
        "Data har ingen tilldelning per enhet: uppföljning av resursfördelningsmodellen syns inte i data.",
        "The data has no allocation per unit: follow-up of the allocation model is not shown by the data."),
    "sjalvskattning.evidence.asked_documentation": (
        "Det kan appen inte se. Skolblad och nämndrapport kan vara en del av den skriftliga dokumentationen.",
        "The app cannot see this. School sheets and the board report can be part of the written documentation."),
    "sjalvskattning.evidence.asked_systems": (
        "Det kan appen inte se: att data finns här säger inget om ert eget systemstöd.",
        "The app cannot see this: data being here says nothing about your own system support."),
    "sjalvskattning.evidence.asked_governance_chain": (
        "Det kan appen inte se. Nämndrapporten (Skolblad) jämför skolorna och listar insatserna.",
        "The app cannot see this. The board report (Skolblad) compares the schools and lists the interventions."),
    "sjalvskattning.evidence.asked_dialogue": (
        "Det kan appen inte se. Skolbladen är tänkta som underlag för dialogen med rektorerna.",
        "The app cannot see this. The school sheets are meant as a basis for the dialogue with principals."),
    "sjalvskattning.evidence.asked_ownership": ("Det kan appen inte se.", "The app cannot see this."),
    # The board report's section
    "sjalvskattning.report_heading": ("Självskattning mot Skolinspektionens kriterier",
                                      "Self-assessment against Skolinspektionen's criteria"),
    "sjalvskattning.report_intro": ("Huvudmannens egen skattning{scope}. Svaren är huvudmannens; förslagen bygger "
                                    "på data i appen.",
                                    "The organiser's own assessment{scope}. The answers are the organiser's; the "
                                    "suggestions rest on the data in the app."),
    "sjalvskattning.report_scope": (" för {scope}", " for {scope}"),
    "sjalvskattning.col.criterion": ("Kriterium", "Criterion"),
    "sjalvskattning.col.answer": ("Svar", "Answer"),
    "sjalvskattning.col.note": ("Kommentar", "Note"),
}

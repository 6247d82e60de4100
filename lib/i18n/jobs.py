"""Strings of heavy jobs (lib/jobs.py, lib/ui/jobs.py): waiting for a turn, running, stopped at the time limit."""

STRINGS: dict[str, tuple[str, str]] = {
    "jobs.waiting.profiles": ("En annan besökares beräkning pågår; din gruppering står på tur och börjar strax …",
                              "Another visitor's computation is running; your grouping is next in line …"),
    "jobs.running.profiles": ("Grupperar enheterna i profiler (högst {seconds} s) …",
                              "Grouping the units into profiles (at most {seconds} s) …"),
    "jobs.waiting.ingest": ("En annan besökares beräkning pågår; dina filer läses strax …",
                            "Another visitor's computation is running; your files will be read shortly …"),
    "jobs.running.ingest": ("Läser och kontrollerar filerna …", "Reading and checking the files …"),
    "jobs.too_slow": ("beräkningen tog längre än {seconds} sekunder och stoppades, så att andra inte ska behöva "
                      "vänta. Välj k-means i stället för Ward, färre indikatorer eller färre enheter",
                      "the computation took longer than {seconds} seconds and was stopped so that others need "
                      "not wait. Choose k-means instead of Ward, fewer indicators or fewer units"),
    "jobs.busy": ("andra besökares beräkningar har upptagit servern i {seconds} sekunder. Försök igen om en stund",
                  "other visitors' computations have kept the server busy for {seconds} seconds. Try again in a "
                  "while"),
    "jobs.failed": ("beräkningen avbröts oväntat (troligen för lite minne). Försök med färre enheter",
                    "the computation stopped unexpectedly (probably too little memory). Try with fewer units"),
}

"""Documents and files that leave the app: school sheets, board reports, CSV/Excel exports."""

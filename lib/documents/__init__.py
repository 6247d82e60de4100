"""Documents and files that leave the app: school sheets (school_sheet), board reports (board_report), their PDF/HTML
rendering (formats), CSV/Excel exports (exports)."""

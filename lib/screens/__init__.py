"""What each screen shows, as plain functions of data and choices (named like app_pages/<screen>.py)."""

"""The measures: need, indicators and equity measures, allocation, classes, profiles, follow-up, and
their findings in words. Pure functions of frames and plain values."""

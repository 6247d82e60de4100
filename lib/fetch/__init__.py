"""Fetching open data: Skolverket's Planned Educations API (school units, statistics, SALSA) and Kolada."""

from __future__ import annotations

from lib.fetch.client import Client, FetchError

__all__ = ["Client", "FetchError"]

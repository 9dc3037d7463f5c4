"""Dossier: turn a folder of news articles about one event into a cited, searchable briefing site."""

__version__ = "0.1.0"

"""The errors Dossier raises. Only the CLI and the plugin turn them into exit codes or build errors."""

from __future__ import annotations


class DossierError(Exception):
    """Root of every error Dossier raises on purpose."""


class ConfigError(DossierError):
    """The configuration (topics, options) is unusable; the message says what to change."""


class CorpusError(DossierError):
    """The corpus as a whole is unusable (missing folder, no usable article)."""


class ArticleError(DossierError):
    """One article file is unusable; the rest of the corpus still builds."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class PageClashError(DossierError):
    """A hand-written page sits where a generated page would go."""

"""The one exception hierarchy of aie-kg. The CLI catches KGError only and maps it to an exit code."""

from __future__ import annotations


class KGError(Exception):
    """Base of every error aie-kg raises on purpose; its message is one line for a person."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}: " if path and line else f"{path}: " if path else ""
        super().__init__(f"{where}{message}")


class WorkspaceError(KGError):
    """The data folder, the exports folder or the built graph is missing or unusable."""


class NotesError(KGError):
    """A notes file cannot be read (not UTF-8, unreadable)."""


class RDFSyntaxError(KGError):
    """An RDF file does not parse; the message carries its file, line and column."""


class UnknownConceptError(KGError):
    """A name matches no concept, or more than one; the message lists the closest labels."""

    def __init__(self, message: str, suggestions: list[str]) -> None:
        self.suggestions = suggestions
        super().__init__(message)


class QueryError(KGError):
    """A query is malformed: an unknown relation, a SPARQL syntax error."""


class NothingFound(KGError):
    """A query ran and found nothing; exit code 1 so scripts can tell."""


class FormatError(KGError):
    """An export or import format is unknown."""


class ExportError(KGError):
    """An output file cannot be written; the old file, if any, is left whole."""


class EndpointError(KGError):
    """A SPARQL endpoint cannot be reached or answered with an error."""


class ForeignCollection(EndpointError):
    """A push would replace a collection on the server that another workspace or scheme pushed."""


class ValidationFailed(KGError):
    """The graph does not conform to the vocabulary's shapes."""

"""Errors that carry their HTTP status and CLI exit code; turned into one JSON shape / one CLI message."""

from __future__ import annotations


class StyrgrafError(Exception):
    status: int = 400
    exit_code: int = 2
    title: str = "Felaktig begäran"

    def __init__(self, detail: str, *, status: int | None = None, exit_code: int | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        if status is not None:
            self.status = status
        if exit_code is not None:
            self.exit_code = exit_code

    def to_json(self) -> dict[str, object]:
        return {"error": {"status": self.status, "title": self.title, "detail": self.detail}}


class IngestError(StyrgrafError):
    title = "Dokumentet kunde inte läsas in"
    exit_code = 3


class NotFound(StyrgrafError):
    status = 404
    exit_code = 4
    title = "Hittades inte"


class QueryError(StyrgrafError):
    title = "Ogiltig fråga"


class QueryTimeout(StyrgrafError):
    status = 503
    exit_code = 5
    title = "Frågan tog för lång tid"


class NotBuilt(StyrgrafError):
    status = 503
    exit_code = 6
    title = "Grafen är inte byggd"

"""Errors that a person should read.

A DomainError carries a stable code (``"id.check"``, ``"workflow.role"``), the
field it concerns (if any) and parameters. The English message is for logs and
the CLI; the GUI translates the code into Chinese and shows it beside the field.
"""
from __future__ import annotations


class DomainError(Exception):
    def __init__(self, code: str, message: str, *, field: str | None = None, **params):
        super().__init__(message)
        self.code = code
        self.field = field
        self.params = params
        self.message = message

    def __str__(self) -> str:
        where = f" [{self.field}]" if self.field else ""
        return f"{self.code}{where}: {self.message}"

    def as_dict(self) -> dict:
        return {"code": self.code, "field": self.field, "message": self.message,
                "params": {k: str(v) for k, v in self.params.items()}}


class ValidationError(DomainError):
    """Bad input in a field."""


class PermissionDenied(DomainError):
    """The acting user's role or involvement forbids the action."""


class WorkflowError(DomainError):
    """The case is not in a state that allows the action, or a requirement is missing."""


class NotFound(DomainError):
    """A record the caller named does not exist (or is not visible to this site)."""


class ConflictError(DomainError):
    """The record changed since the caller read it (version mismatch)."""


class Cancelled(Exception):
    """The person stopped a long piece of work (an import, a sync, a batch); what was done
    before the stop is kept or rolled back as that work documents. Not a DomainError: nothing
    was wrong. The one cancellation signal of the application, whichever layer raises it."""

"""The errors a person may see. Anything else that is raised is a bug."""

from __future__ import annotations


class DesktopError(Exception):
    """Base of every error whose message is meant for the user."""


class ValidationError(DesktopError):
    """Input that cannot be accepted: says what is wrong and where (file, line, field)."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.field = field

    def located(self, *, file: str | None = None, line: int | None = None) -> ValidationError:
        """The same error with a file and line filled in where they were missing."""
        return ValidationError(
            self.message,
            file=self.file or file,
            line=self.line if self.line is not None else line,
            field=self.field,
        )

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(self.file)
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.field:
            where.append(f"field {self.field}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class StorageError(DesktopError):
    """The counting file cannot be used: missing, foreign, newer, read-only, locked, corrupt,
    or the disk is full."""

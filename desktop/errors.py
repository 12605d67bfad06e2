"""The errors a person may see: a code with values, never a sentence. The catalogue
(``desktop.domain.words``) gives every code its words in Vietnamese and English; anything else
that is raised is a bug."""

from __future__ import annotations


class DesktopError(Exception):
    """Base of every error whose meaning is for the user: ``code`` names what is wrong,
    ``values`` fill in the catalogue's sentence for it."""

    def __init__(self, code: str, /, **values: object) -> None:
        super().__init__(code)
        self.code = code
        self.values = values

    def __str__(self) -> str:
        """For logs and developers; people see ``words.describe(error, lang)``."""
        args = ", ".join(f"{k}={v!r}" for k, v in self.values.items())
        return f"{self.code}({args})" if args else self.code


class ValidationError(DesktopError):
    """Input that cannot be accepted: what is wrong (the code and its values) and where (file,
    line, field)."""

    def __init__(self, code: str, /, *, file: str | None = None, line: int | None = None,
                 field: str | None = None, **values: object) -> None:
        super().__init__(code, **values)
        self.file = file
        self.line = line
        self.field = field

    def located(self, *, file: str | None = None, line: int | None = None) -> ValidationError:
        """The same error with a file and line filled in where they were missing."""
        return ValidationError(
            self.code, file=self.file or file,
            line=self.line if self.line is not None else line, field=self.field,
            **self.values)

    def __str__(self) -> str:
        where = [w for w in (self.file, None if self.line is None else f"line {self.line}",
                             self.field and f"field {self.field}") if w]
        return f"{', '.join(where)}: {super().__str__()}" if where else super().__str__()


class StorageError(DesktopError):
    """The counting file cannot be used: missing, foreign, newer, read-only, locked, corrupt,
    or the disk is full."""

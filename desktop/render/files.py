"""A document is written beside its name and put in place only once it is whole: a full disk
or a killed program never leaves a 0-byte or cut-off PDF, ODT, table or log under the name,
and never replaces a good one with it. A document found incomplete is an error the user is
told of."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.domain.words import Term, os_reason
from desktop.errors import StorageError


def whole_pdf(path: Path) -> bool:
    """A PDF that begins as one and ends with its end-of-file mark."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(5)
            f.seek(max(size - 1024, 0))
            tail = f.read()
    except OSError:
        return False
    return head == b"%PDF-" and b"%%EOF" in tail


def whole_zip(path: Path) -> bool:
    """An ODT whose zip reads to its end."""
    try:
        with zipfile.ZipFile(path) as book:
            return book.namelist()[:1] == ["mimetype"] and book.testzip() is None
    except (OSError, zipfile.BadZipFile):
        return False


@contextmanager
def replaced(path: Path, whole: Callable[[Path], bool]) -> Iterator[Path]:
    """Yield a temporary name beside ``path`` to write to; when the writing is done and the
    file is ``whole``, it takes ``path``'s place (atomically); otherwise StorageError and
    ``path`` is as it was."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        yield tmp
        if not whole(tmp):
            raise StorageError("document_unwritable", path=str(path),
                               detail=Term("document_incomplete"))
        os.replace(tmp, path)
    except OSError as exc:
        raise StorageError("document_unwritable", path=str(path),
                           detail=os_reason(exc)) from None
    finally:
        tmp.unlink(missing_ok=True)


def write_whole(path: Path, data: bytes) -> None:
    """``data`` under ``path`` whole, or StorageError and ``path`` as it was (a table or log
    export: a full disk part-way leaves the previous copy, not a cut-off one)."""
    with replaced(path, lambda tmp: tmp.stat().st_size == len(data)) as tmp:
        tmp.write_bytes(data)

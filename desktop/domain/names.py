"""Names people type (a stack, a counting table, an official on the list): one name, whatever
the keyboard or the copied text made of it. "Bàn 1" typed on one laptop (NFC) and pasted on
another (NFD, "a" + combining grave), with a double space or a trailing one, is the same name."""

from __future__ import annotations

import unicodedata


def clean(name: str) -> str:
    """How a name is stored: NFC, white space trimmed and each run of it made one space."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def key(name: str) -> str:
    """What two names are compared by: clean and case-folded ("Bàn 1" is "bàn 1")."""
    return unicodedata.normalize("NFC", clean(name).casefold())

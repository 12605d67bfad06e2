"""Names people type (a stack, a counting table, an official on the list): one name, whatever
the keyboard or the copied text made of it. "Bàn 1" typed on one laptop (NFC) and pasted on
another (NFD, "a" + combining grave), with a double space or a trailing one, is the same name."""

from __future__ import annotations

import unicodedata

# control (Cc), format (Cf: the bidirectional overrides and isolates U+202A-U+202E,
# U+2066-U+2069, the marks U+200E/U+200F, zero-width characters, the soft hyphen), private-use
# (Co) and surrogate (Cs) characters, and the line and paragraph separators (Zl, Zp): none can
# be printed on a ballot or the minutes, and some change how the text around them reads
REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})
SPACES = frozenset("\t\n\r")  # control characters that are whitespace: read as a space


def unprintable(text: str) -> str | None:
    """The first character of ``text`` that cannot be printed ("U+202E"), or None."""
    for ch in text:
        if unicodedata.category(ch) in REFUSED_CATEGORIES and ch not in SPACES:
            return f"U+{ord(ch):04X}"
    return None


def clean(name: str) -> str:
    """How a name is stored: NFC, white space trimmed and each run of it made one space."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def key(name: str) -> str:
    """What two names are compared by: clean and case-folded ("Bàn 1" is "bàn 1")."""
    return unicodedata.normalize("NFC", clean(name).casefold())

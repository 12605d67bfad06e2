"""Reading what a counting file stores, whoever wrote it: JSON of bounded size and depth with
finite numbers only, whole numbers within bounds, and the one list of the errors a
``from_dict`` raises on data of the wrong shape (a key missing, a list where a number was, a
number too large for a whole one), each said as a code of the catalogue.

``json.loads`` on ``[[[[…`` nested 100,000 deep raises RecursionError, ``int(1e999)``
OverflowError, and a 5,000-digit integer ValueError: the limits below come first.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from desktop.domain.words import Term
from desktop.errors import ValidationError

MAX_JSON_CHARS = 8_000_000  # a definition of 500 officials with long names is far below
MAX_DEPTH = 32  # the deepest of ours: a closing's acknowledged warning's term, about 7
SHAPE_ERRORS: tuple[type[Exception], ...] = (
    KeyError, IndexError, TypeError, AttributeError, OverflowError, ValueError)
# what reading stored data into domain objects raises on damage: the shapes above, and the
# ValidationError of a domain object that refuses a value (or of the limits here)
DAMAGE_ERRORS: tuple[type[Exception], ...] = (*SHAPE_ERRORS, ValidationError)

# a JSON string (skipped whole, brackets inside it are text) or one bracket
_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def json_value(text: object) -> Any:
    """The value of a stored JSON text; ValidationError (a ``stored_…`` code) when it is not
    text, too long, nested too deep, not JSON, or holds NaN, Infinity or 1e999."""
    if not isinstance(text, str):
        raise ValidationError("stored_not_text")
    if len(text) > MAX_JSON_CHARS:
        raise ValidationError("stored_too_long", maximum=MAX_JSON_CHARS)
    if depth(text) > MAX_DEPTH:
        raise ValidationError("stored_too_deep", maximum=MAX_DEPTH)
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except ValueError:  # JSONDecodeError, NaN, 1e999, an integer of more than 4,300 digits
        raise ValidationError("stored_not_json") from None


def json_object(text: object) -> dict[str, Any]:
    value = json_value(text)
    if not isinstance(value, dict):
        raise ValidationError("stored_not_object")
    return value


def depth(text: str) -> int:
    """How deep the brackets of a JSON text nest (strings skipped), without parsing it."""
    level = deepest = 0
    for found in _BRACKETS.finditer(text):
        char = found.group()
        if char in "[{":
            level += 1
            deepest = max(deepest, level)
        elif char in "]}":
            level -= 1
    return deepest


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def whole(value: object, low: int, high: int) -> int:
    """A stored whole number between ``low`` and ``high``: an int, not a bool, a float or
    a text."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("stored_not_whole", value=shown(value))
    if not low <= value <= high:
        raise ValidationError("stored_out_of_range", value=shown(value), low=low, high=high)
    return value


def shown(value: object) -> str:
    """A stored value as a message quotes it: short, whatever it is."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return "…"
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return text if len(text) <= 40 else text[:40] + "…"


_SHAPES = (
    (KeyError, Term("stored_entry_missing")),
    (IndexError, Term("stored_list_short")),
    (OverflowError, Term("stored_number_too_large")),
    (TypeError, Term("stored_wrong_type")),
    (AttributeError, Term("stored_wrong_type")),
    (ValueError, Term("stored_value_unknown")),
)


def problem_of(exc: Exception) -> Term:
    """What is wrong with stored data, said as a code: a ValidationError's own code, or the
    shape error a ``from_dict`` raised."""
    if isinstance(exc, ValidationError):
        return Term(exc.code, exc.values)
    return next(term for kind, term in _SHAPES if isinstance(exc, kind))

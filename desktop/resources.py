"""The one place that knows where the resources/ folder is.

In a checkout (or an editable install) it is ``resources/`` beside the package; a normal
install carries the same folder inside the package as ``desktop/_resources``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def root() -> Path:
    for candidate in (_PACKAGE / "_resources", _PACKAGE.parent / "resources"):
        if (candidate / "demo").is_dir():
            return candidate
    raise FileNotFoundError(
        f"The resources folder was not found beside {_PACKAGE}; the installation is incomplete."
    )


def path(*parts: str) -> Path:
    """A file or folder under resources/, e.g. ``path("demo", "officials.csv")``."""
    return root().joinpath(*parts)

"""The ``kiemphieu`` command. Qt itself is imported only here, after a check that says what
to install when a system library Qt needs is missing (instead of an ImportError traceback or
Qt's abort)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop import platform_check


def main(argv: Sequence[str] | None = None) -> int:
    try:
        from desktop import app
    except ImportError as exc:  # e.g. libglib-2.0.so.0 missing: QtCore cannot load
        missing = platform_check.missing_libraries()
        print(platform_check.message(missing) if missing else f"kiemphieu: {exc}",
              file=sys.stderr)
        return 1
    return app.main(argv)


if __name__ == "__main__":
    sys.exit(main())

"""The count's own clock: every time printed (count opened, minutes closed, the log) is the
time where the count was held, whatever zone the printing machine's clock is set to.

Times are stored in UTC (ISO 8601); the count stores its IANA zone (default
Asia/Ho_Chi_Minh). The zone database is the system's, or the ``tzdata`` package where the
system has none (Windows).
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"


@cache
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def known_zone(name: str) -> bool:
    return _zone(name) is not None


def local(iso: str | None, zone: str) -> datetime | None:
    """A stored time in the count's zone; None when there is none or it is unreadable."""
    if not iso:
        return None
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    tz = _zone(zone) or _zone(DEFAULT_TIMEZONE)
    return when.astimezone(tz) if tz is not None else when


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

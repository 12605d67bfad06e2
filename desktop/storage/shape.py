"""The counting file's schema is exactly ours before anything in it is trusted: no extra
trigger, view, table or index, none dropped or changed. A planted trigger could store other
marks than those saved; a table swapped for a recursive view would hang every query.

The expected schema of each version is made by running the migrations up to it in memory, so
it is the very text SQLite stores for a file that has been through them.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from sqlite_utils import Database

from desktop.storage import schema

Shape = frozenset[tuple[str, str, str]]  # (type, name, sql)

_OBJECTS = ("SELECT type, name, coalesce(sql, '') FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite_%'")


@cache
def expected(version: int) -> Shape:
    """The schema a file of ``version`` has: the first ``version`` migrations applied."""
    names = [m.name for m in schema.migrations._migrations]  # their order
    db = Database(memory=True)
    schema.migrations.apply(db, stop_before=names[version] if version < len(names) else None)
    shape = frozenset((str(t), str(n), _normal(str(s))) for t, n, s in db.execute(_OBJECTS))
    db.close()
    return shape


def _normal(sql: str) -> str:
    return " ".join(sql.split())


def foreign(conn: sqlite3.Connection, version: int) -> str | None:
    """The first object that differs from ``version``'s schema ("trigger evil", "table
    officials"), or None when the schema is exactly ours."""
    found = frozenset((str(t), str(n), _normal(str(s))) for t, n, s in conn.execute(_OBJECTS))
    want = expected(version)
    odd = sorted(found - want) or sorted(want - found)
    if not odd:
        return None
    kind, name, _ = odd[0]
    return f"{kind} {name}"

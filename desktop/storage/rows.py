"""Conversions between table rows and domain objects, shared by the repository."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from desktop.domain import audit
from desktop.domain.audit import Event
from desktop.domain.ballot import Ballot, BallotStatus, InvalidReason
from desktop.domain.count import CountDefinition, Numbers


def meeting(d: CountDefinition) -> dict[str, Any]:
    return {"title": d.title, "body": d.body, "sitting": d.sitting, "place": d.place,
            "date": d.date, "rules": audit.canonical_json(d.rules.to_dict()),
            "timezone": d.timezone, "copies": d.copies, "document_number": d.document_number}


def insert_definition(db: Database, d: CountDefinition, numbers: Numbers) -> None:
    db.table("count_info").insert({"id": 1, **meeting(d), **numbers.to_dict()})
    write_officials(db, d)
    write_committee(db, d)


def write_officials(db: Database, d: CountDefinition) -> None:
    """Replace the list of officials: only while no ballot refers to them."""
    db.execute("DELETE FROM officials")
    db.table("officials").insert_all(
        {"position": i, "name": o.name, "title": o.title, "excluded": int(o.excluded),
         "exclusion_reason": o.exclusion_reason}
        for i, o in enumerate(d.officials, start=1))


def write_committee(db: Database, d: CountDefinition) -> None:
    db.execute("DELETE FROM committee")
    db.table("committee").insert_all(
        {"position": i, "name": m.name, "role": m.role.value, "post": m.post}
        for i, m in enumerate(d.committee, start=1))


def insert_event(db: Database, event: Event) -> None:
    db.execute(
        "INSERT INTO events (seq, kind, at, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
        [event.seq, event.kind, event.at, audit.canonical_json(event.data),
         event.prev_hash, event.hash])


def event(row: dict[str, Any]) -> Event:
    return Event(row["seq"], row["kind"], json.loads(row["data"]), row["at"],
                 row["prev_hash"], row["hash"])


def ballot(row: dict[str, Any], marks: tuple[int, ...]) -> Ballot:
    return Ballot(
        number=row["number"], status=BallotStatus(row["status"]), marks=marks,
        reason=InvalidReason(row["reason"]) if row["reason"] else None,
        note=row["note"], stack=row["stack"], void_reason=row["void_reason"])


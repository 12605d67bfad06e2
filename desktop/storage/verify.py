"""Verification: the file against its own audit log.

Recomputes the hash chain, replays every event, and compares what the log says with what the
tables hold. Each difference is reported in plain words: which ballot, which official, what.
An edit made outside the program shows up here; a consistent rewrite of the whole log cannot be
seen from inside the file, but it changes the fingerprint printed on the minutes.
"""

from __future__ import annotations

from desktop.domain import audit
from desktop.domain.ballot import Ballot, format_codes
from desktop.domain.stacks import Stack
from desktop.storage.connection import translated
from desktop.storage.repository import CountFile


def verify(count: CountFile) -> list[str]:
    problems: list[str] = []
    with translated(count.path):
        for (line,) in count.db.execute("PRAGMA integrity_check"):
            if line != "ok":
                problems.append(f"SQLite integrity check: {line}")
    events = count.events()
    if not events:
        return [*problems, "the audit log is empty"]
    problems += audit.verify_chain(events)
    state = audit.replay(events)
    problems += state.problems
    if state.definition is None:
        return problems
    if state.definition != count.definition:
        problems.append(_definition_difference(state.definition.to_dict(),
                                               count.definition.to_dict()))
    numbers = count.numbers()
    for name, logged in state.numbers.to_dict().items():
        stored = numbers.get(name)
        if stored != logged:
            problems.append(f"the number {name} is {stored} in the file, {logged} in the log")
    if state.hand_tallies != {s.stack: s for s in count.hand_tallies()}:
        problems.append("the hand-tally sheets differ from the log")
    if state.table != count.table_info():
        problems.append("the table this file belongs to differs from the log")
    if state.merged != count.merged_tables():
        problems.append("the list of merged counting tables differs from the log")
    stored_stacks = {s.name: s for s in count.stacks()}
    for name in sorted(set(state.stacks) | set(stored_stacks)):
        logged_stack, stored_stack = state.stacks.get(name), stored_stacks.get(name)
        if logged_stack != stored_stack:
            problems.append(f"stack {name!r} differs: the file says {_stack(stored_stack)}, "
                            f"the log says {_stack(logged_stack)}")
    stored_ballots = {b.number: b for b in count.ballots()}
    names = [o.name for o in count.definition.on_ballot]
    for number in sorted(set(state.ballots) | set(stored_ballots)):
        logged_ballot = state.ballots.get(number)
        stored_ballot = stored_ballots.get(number)
        if stored_ballot is None:
            problems.append(f"ballot {number} is in the audit log but missing from the file")
        elif logged_ballot is None:
            problems.append(f"ballot {number} is in the file but was never recorded in the log")
        else:
            problems += _ballot_differences(logged_ballot, stored_ballot, names)
    return problems


def _definition_difference(logged: dict[str, object], stored: dict[str, object]) -> str:
    changed = sorted(k for k in logged if logged[k] != stored.get(k))
    return "the count definition differs from the log in: " + ", ".join(changed)


def _ballot_differences(logged: Ballot, stored: Ballot, names: list[str]) -> list[str]:
    n = logged.number
    out = []
    for attribute in ("status", "reason", "note", "stack"):
        a, b = getattr(stored, attribute), getattr(logged, attribute)
        if a != b:
            out.append(f"ballot {n}: {attribute} is {_text(a)} in the file, {_text(b)} in the log")
    if len(stored.marks) != len(logged.marks):
        out.append(
            f"ballot {n}: {len(stored.marks)} rows in the file, {len(logged.marks)} in the log")
        return out
    for i, (s, g) in enumerate(zip(stored.marks, logged.marks, strict=True)):
        if s != g:
            name = names[i] if i < len(names) else "?"
            out.append(
                f"ballot {n}, official {i + 1} ({name}): the file says "
                f"{format_codes((s,))!r}, the log says {format_codes((g,))!r}")
    return out


def _stack(stack: Stack | None) -> str:
    if stack is None:
        return "no such stack"
    state = f"closed ({stack.close_reason})" if stack.closed and stack.close_reason else (
        "closed" if stack.closed else "open")
    return f"{stack.expected} ballots, {state}"


def _text(value: object) -> str:
    if value is None or value == "":
        return "empty"
    return repr(getattr(value, "value", value))

"""Verification: the file against its own audit log.

Recomputes the hash chain, replays every event, and compares what the log says with what the
tables hold. Each difference is reported in plain words: which ballot, which official, what.
An edit made outside the program shows up here; a consistent rewrite of the whole log cannot be
seen from inside the file, but it changes the fingerprint printed on the minutes.
"""

from __future__ import annotations

from desktop.domain import audit
from desktop.domain.audit import Event, problem
from desktop.domain.ballot import Ballot, format_codes
from desktop.domain.count import number_term
from desktop.domain.stacks import Stack
from desktop.domain.words import Term
from desktop.storage.connection import translated
from desktop.storage.repository import CountFile


def verify(count: CountFile, events: list[Event] | None = None) -> list[Term]:
    """The differences between the file and its audit log; ``events``: the log, when the
    caller has read it already."""
    problems: list[Term] = []
    with translated(count.path):
        for (line,) in count.db.execute("PRAGMA integrity_check"):
            if line != "ok":
                problems.append(problem("sqlite_integrity", detail=line))
    if events is None:
        events = count.events()
    if not events:
        return [*problems, problem("log_empty")]
    problems += audit.verify_chain(events)
    state = audit.replay(events)
    problems += state.problems
    if state.definition is None:
        return problems
    if state.definition != count.definition:
        logged, stored = state.definition.to_dict(), count.definition.to_dict()
        problems.append(problem("definition_differs", fields=", ".join(
            sorted(k for k in logged if logged[k] != stored.get(k)))))
    numbers = count.numbers()
    for name, logged_number in state.numbers.to_dict().items():
        stored_number = numbers.get(name)
        if stored_number != logged_number:
            problems.append(problem("number_differs", number=number_term(name),
                                    stored=_text(stored_number), logged=_text(logged_number)))
    if state.hand_tallies != {s.stack: s for s in count.hand_tallies()}:
        problems.append(problem("hand_tallies_differ"))
    if state.table != count.table_info():
        problems.append(problem("table_info_differs"))
    if state.merged != count.merged_tables():
        problems.append(problem("merged_tables_differ"))
    stored_stacks = {s.name: s for s in count.stacks()}
    for name in sorted(set(state.stacks) | set(stored_stacks)):
        logged_stack, stored_stack = state.stacks.get(name), stored_stacks.get(name)
        if logged_stack != stored_stack:
            problems.append(problem("stack_differs", stack=name, stored=_stack(stored_stack),
                                    logged=_stack(logged_stack)))
    stored_ballots = {b.number: b for b in count.ballots()}
    names = [o.name for o in count.definition.on_ballot]
    for number in sorted(set(state.ballots) | set(stored_ballots)):
        logged_ballot = state.ballots.get(number)
        stored_ballot = stored_ballots.get(number)
        if stored_ballot is None:
            problems.append(problem("ballot_missing_from_file", number=number))
        elif logged_ballot is None:
            problems.append(problem("ballot_not_in_log", number=number))
        else:
            problems += _ballot_differences(logged_ballot, stored_ballot, names)
    return problems


def _ballot_differences(logged: Ballot, stored: Ballot, names: list[str]) -> list[Term]:
    n = logged.number
    out = []
    for attribute in ("status", "reason", "note", "stack", "void_reason"):
        a, b = getattr(stored, attribute), getattr(logged, attribute)
        if a != b:
            out.append(problem("ballot_attribute_differs", number=n,
                               attribute=Term(f"attribute.{attribute}"), stored=_text(a),
                               logged=_text(b)))
    if len(stored.marks) != len(logged.marks):
        out.append(problem("ballot_rows_differ", number=n, stored=len(stored.marks),
                           logged=len(logged.marks)))
        return out
    for i, (s, g) in enumerate(zip(stored.marks, logged.marks, strict=True)):
        if s != g:
            out.append(problem("ballot_mark_differs", number=n, position=i + 1,
                               name=names[i] if i < len(names) else "?",
                               stored=format_codes((s,)), logged=format_codes((g,))))
    return out


def _stack(stack: Stack | None) -> Term:
    if stack is None:
        return Term("stack.absent")
    if stack.closed:
        return Term("stack.closed_short" if stack.close_reason else "stack.closed",
                    {"expected": stack.expected, "reason": stack.close_reason})
    return Term("stack.open", {"expected": stack.expected})


def _text(value: object) -> object:
    if value is None or value == "":
        return Term("value.empty")
    return str(getattr(value, "value", value))

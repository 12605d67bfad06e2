"""Use cases on an open count. Each change is validated, committed, applied to the live tally,
then announced once through ``changed`` with a ChangeSet that says what changed."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.domain import ballot as ballots
from desktop.domain import checks as checks_
from desktop.domain import tally as tally_
from desktop.domain.ballot import (
    Ballot,
    BallotInput,
    BallotStatus,
    InvalidInput,
    InvalidReason,
    KeyedInput,
)
from desktop.domain.count import CountDefinition, Numbers
from desktop.errors import ValidationError
from desktop.storage import verify as verify_
from desktop.storage.repository import CountFile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChangeSet:
    """What a committed change touched, so each view refreshes only its part."""

    ballots: tuple[int, ...] = ()  # numbers of the ballots recorded, voided or re-keyed
    numbers: bool = False


class CountService(QObject):
    changed = Signal(object)  # ChangeSet, after each commit

    def __init__(self, count: CountFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._count = count
        self._numbers = count.numbers()
        self._tally = count.load_tally()
        self._entered = count.entered()
        self._next = count.next_number()

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: Path | str, definition: CountDefinition, numbers: Numbers
    ) -> CountService:
        problems = numbers.ordering_problems()
        if problems:
            small, large = problems[0]
            raise ValidationError(f"{small} cannot exceed {large}", field=small)
        return cls(CountFile.create(path, definition, numbers))

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> CountService:
        return cls(CountFile.open(path, read_only=read_only))

    def close(self) -> None:
        self._count.close()

    # -- reading ---------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self._count.path

    @property
    def read_only(self) -> bool:
        return self._count.read_only

    @property
    def definition(self) -> CountDefinition:
        return self._count.definition

    @property
    def numbers(self) -> Numbers:
        return self._numbers

    @property
    def tally(self) -> tally_.Tally:
        return self._tally

    @property
    def entered(self) -> int:
        return self._entered

    @property
    def next_number(self) -> int:
        return self._next

    def results(self) -> list[tally_.OfficialResult]:
        return tally_.results(self.definition, self._numbers, self._tally)

    def checks(self, lang: str = "vi") -> list[checks_.Check]:
        return checks_.run_checks(
            self.definition, self._numbers, self._tally, self._entered, lang)

    def ballots(self) -> list[Ballot]:
        return self._count.ballots()

    def ballot(self, number: int) -> Ballot | None:
        return self._count.ballot(number)

    def fingerprint(self) -> str:
        return self._count.fingerprint()

    def verify(self) -> list[str]:
        return verify_.verify(self._count)

    # -- changing --------------------------------------------------------------------------
    def set_numbers(self, **changes: int | None) -> Numbers:
        changes = {k: v for k, v in changes.items() if v != self._numbers.get(k)}
        new = self._numbers.updated(**changes)
        for small, large in new.ordering_problems():
            field = small if small in changes else large
            raise ValidationError(
                f"{small} ({new.get(small)}) cannot exceed {large} ({new.get(large)})",
                field=field)
        if new.collected is not None and new.collected < self._entered:
            raise ValidationError(
                f"{self._entered} ballots are already entered; collected cannot be "
                f"{new.collected}", field="collected")
        if not changes:
            return self._numbers
        self._count.set_numbers(changes)
        self._numbers = new
        self.changed.emit(ChangeSet(numbers=True))
        return new

    def record_ballot(self, marks: tuple[int, ...], stack: str = "") -> Ballot:
        return self.record_many([KeyedInput(marks, stack)])[0]

    def record_invalid(self, reason: InvalidReason, note: str = "", stack: str = "") -> Ballot:
        return self.record_many([InvalidInput(reason, note, stack)])[0]

    def record_many(self, items: list[BallotInput]) -> list[Ballot]:
        """Save several ballots in one transaction (an import): all of them or none."""
        room = None if self._numbers.collected is None else self._numbers.collected - self._entered
        if room is not None and len(items) > room:
            raise ValidationError(
                f"{self._numbers.collected} ballots were collected and {self._entered} are "
                f"entered; {len(items)} more would be too many. Correct the number collected "
                "if the box held more.", field="collected")
        made = [self._build(self._next + i, item) for i, item in enumerate(items)]
        self._count.record(made)
        for b in made:
            self._tally.add(b)
        self._entered += len(made)
        self._next += len(made)
        self.changed.emit(ChangeSet(ballots=tuple(b.number for b in made)))
        return made

    def _build(self, number: int, item: BallotInput) -> Ballot:
        if isinstance(item, InvalidInput):
            if item.reason is InvalidReason.OTHER and not item.note.strip():
                raise ValidationError("reason 'other' needs a note", field="NOTE")
            return ballots.invalid(number, item.reason, item.note, item.stack)
        self._check_marks(item.marks)
        return ballots.keyed(
            number, item.marks, stack=item.stack,
            invalid_row_voids_ballot=self.definition.rules.invalid_row_voids_ballot)

    def _check_marks(self, marks: tuple[int, ...]) -> None:
        expected = len(self.definition.on_ballot)
        if len(marks) != expected:
            raise ValidationError(
                f"the ballot has {expected} rows, not {len(marks)}", field="CODES")
        levels = self.definition.rules.levels
        for i, m in enumerate(marks, start=1):
            if m not in (ballots.BLANK, ballots.MULTIPLE) and not 1 <= m <= levels:
                raise ValidationError(f"row {i} has no level {m}", field="CODES")

    def void_ballot(self, number: int, reason: str) -> Ballot:
        old = self._existing(number)
        if old.status is BallotStatus.VOIDED:
            raise ValidationError(f"ballot {number} is already voided", field="number")
        if not reason.strip():
            raise ValidationError("say why the ballot is voided", field="reason")
        self._count.void(number, reason.strip())
        self._tally.remove(old)
        self._entered -= 1
        self.changed.emit(ChangeSet(ballots=(number,)))
        return old

    def edit_ballot(self, number: int, item: BallotInput, reason: str) -> Ballot:
        """Re-key a ballot (a voided one too, which then counts again)."""
        old = self._existing(number)
        if not reason.strip():
            raise ValidationError("say why the ballot is re-keyed", field="reason")
        new = self._build(number, item)
        new = Ballot(new.number, new.status, new.marks, new.reason, new.note, old.stack)
        if old.status is BallotStatus.VOIDED and self._numbers.collected is not None \
                and self._entered >= self._numbers.collected:
            raise ValidationError(
                "all collected ballots are entered; the voided ballot cannot count again",
                field="collected")
        self._count.replace(new, reason.strip())
        self._tally.remove(old)
        self._tally.add(new)
        self._entered += old.status is BallotStatus.VOIDED
        self.changed.emit(ChangeSet(ballots=(number,)))
        return new

    def _existing(self, number: int) -> Ballot:
        found = self._count.ballot(number)
        if found is None:
            raise ValidationError(f"there is no ballot {number}", field="number")
        return found

"""Hand-tally sheets: a stack counted by hand is entered as per-official totals instead of
ballot by ballot. Per official, levels + invalid rows must equal the valid ballots of the
stack. Such stacks are marked as hand-counted in the results and the minutes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.domain.words import Term
from desktop.errors import ValidationError


@dataclass(frozen=True)
class HandTally:
    stack: str
    valid: int  # valid ballots in the stack
    invalid: int  # whole ballots invalid
    rows: tuple[tuple[int, ...], ...]  # per official on the ballot: level 1..k, blank, multiple

    @property
    def ballots(self) -> int:
        return self.valid + self.invalid

    def problems(self, names: list[str], levels: int) -> list[Term]:
        out = []
        if self.valid < 0 or self.invalid < 0:
            out.append(Term("hand.negative"))
        if len(self.rows) != len(names):
            out.append(Term("hand.rows", {"rows": len(self.rows), "officials": len(names)}))
            return out
        for name, row in zip(names, self.rows, strict=True):
            if len(row) != levels + 2 or any(v < 0 for v in row):
                out.append(Term("hand.row_shape", {"name": name, "levels": levels}))
            elif sum(row) != self.valid:
                out.append(Term("hand.row_sum", {"name": name, "total": sum(row),
                                                 "valid": self.valid}))
        return out

    def check(self, names: list[str], levels: int) -> None:
        found = self.problems(names, levels)
        if found:
            raise ValidationError("hand_tally_wrong", field="hand_tally", problems=tuple(found))

    def to_dict(self) -> dict[str, Any]:
        return {"stack": self.stack, "valid": self.valid, "invalid": self.invalid,
                "rows": [list(r) for r in self.rows]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HandTally:
        return cls(str(data["stack"]), int(data["valid"]), int(data["invalid"]),
                   tuple(tuple(int(v) for v in row) for row in data["rows"]))

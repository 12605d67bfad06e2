"""Small builders shared by the tests."""

from __future__ import annotations

from desktop.domain.count import CountDefinition, Numbers, Official
from desktop.domain.rules import RuleSet, preset


def make_definition(
    officials: int = 5, rules: str = "party-96", rule_set: RuleSet | None = None
) -> CountDefinition:
    return CountDefinition(
        title="Kiểm thử",
        rules=rule_set or preset(rules),
        officials=tuple(Official(f"Nguyễn Văn Số {i}", "Ủy viên") for i in range(1, officials + 1)),
    )


SEED_NUMBERS = Numbers(members=200, summoned=200, present=196, issued=196, collected=196)

"""The election rule sets shipped (ELECTIONS.md), each printing its basis, and the one lookup
of every rule set's code, confidence vote or election."""

from __future__ import annotations

from fractions import Fraction

from desktop.domain import rules
from desktop.domain.election import AllStruck, Bar, ElectionRule, TieRule
from desktop.domain.rules import BaseKind, RuleSet
from desktop.domain.words import CATALOGUE

LABELS = (tuple(CATALOGUE[c][0] for c in ("level.for", "level.against")),
          tuple(CATALOGUE[c][1] for c in ("level.for", "level.against")))


def _election(code: str, base: BaseKind, rule: ElectionRule) -> RuleSet:
    return RuleSet(code=code, name=CATALOGUE[f"preset.{code}.name"], labels=LABELS, base=base,
                   legal_basis=CATALOGUE[f"preset.{code}.basis"], election=rule)


PRESETS: dict[str, RuleSet] = {
    # QĐ 190 Điều 32 k2-3: more than half of those convened less the excluded categories;
    # a tie: another round; a ballot electing nobody is valid unless the congress says not
    "party-190": _election("party-190", BaseKind.SUMMONED_LESS_EXCLUDED, ElectionRule()),
    # Luật Bầu cử 2015: more than half of the valid ballots; all struck is invalid (Điều
    # 74); a tie: the older candidate, which the committee records
    "state-election": _election("state-election", BaseKind.VALID_BALLOTS, ElectionRule(
        all_struck=AllStruck.INVALID, tie=TieRule.OLDER, largest_remainder=True)),
    # the HĐND and the Quốc hội electing their officers: of the total deputies
    "assembly-officers": _election("assembly-officers", BaseKind.MEMBERS, ElectionRule()),
    # Đoàn: of the ballots collected, invalid ones included; "không bầu ai" is invalid unless
    # the list has one name
    "youth-union": _election("youth-union", BaseKind.COLLECTED, ElectionRule(
        all_struck=AllStruck.INVALID_UNLESS_SINGLE)),
    # Công đoàn: of the valid ballots
    "trade-union": _election("trade-union", BaseKind.VALID_BALLOTS, ElectionRule()),
}

CODES = (*rules.RULE_CODES, *PRESETS, "custom-election")


def lookup(code: str) -> RuleSet:
    """The rule set shipped under ``code``, a confidence vote's or an election's."""
    return PRESETS[code] if code in PRESETS else rules.preset(code)


def custom_election(base: BaseKind, *, fraction: Fraction = Fraction(1, 2),
                    at_least: bool = False, all_struck: AllStruck = AllStruck.VALID,
                    tie: TieRule = TieRule.FURTHER_ROUND,
                    largest_remainder: bool = False) -> RuleSet:
    """An election by the body's own rules: any base, either boundary, the all-struck
    setting."""
    return RuleSet(code="custom-election", name=CATALOGUE["preset.custom-election.name"],
                   labels=LABELS, base=base, election=ElectionRule(
                       Bar(fraction, at_least), all_struck, tie, largest_remainder))

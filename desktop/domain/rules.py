"""Rule sets: the scale, the percentage base, the quorum, the thresholds, the invalid-row policy.

A rule set is data. Three presets follow the legal texts in DOMAIN.md; ``custom`` builds any
other. Every rule set can say itself in a sentence, in Vietnamese and in English, for the
minutes; the words (the presets' names, legal bases and consequences too) come from the
catalogue, and a count stores its rule set's words as they were when it was created.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from fractions import Fraction
from typing import Any

from desktop.domain.election import ElectionRule
from desktop.domain.words import CATALOGUE, Lang, say
from desktop.errors import ValidationError

MIN_LEVELS, MAX_LEVELS = 2, 9


class BaseKind(StrEnum):
    """What the percentages are a share of; the catalogue says each as ``base.<value>``."""

    MEMBERS = "members"
    SUMMONED = "summoned"
    PRESENT = "present"
    ISSUED = "issued"
    COLLECTED = "collected"
    VALID = "valid"  # per official: the ballots valid for that official
    # elections (ELECTIONS.md): the ballots valid as a whole (State general elections), and
    # those convened less the excluded categories (Party, QĐ 190 Điều 32)
    VALID_BALLOTS = "valid_ballots"
    SUMMONED_LESS_EXCLUDED = "summoned_less_excluded"


class Comparison(StrEnum):
    GT = ">"
    GE = ">="


@dataclass(frozen=True)
class Threshold:
    """``count(level) <comparison> fraction × base`` triggers a consequence."""

    code: str
    level: int
    comparison: Comparison
    fraction: Fraction
    consequence: tuple[str, str] = ("", "")  # (vi, en)
    # the legal text of the rule, word for word, and where it stands; the minutes quote it
    quote: tuple[str, str] = ("", "")
    citation: tuple[str, str] = ("", "")

    def crossed(self, count: int, base: int | None) -> bool:
        """Integer comparison, never a rounded percentage: 2·c > b, 3·c ≥ 2·b, …"""
        if base is None or base <= 0:
            return False
        left = count * self.fraction.denominator
        right = self.fraction.numerator * base
        return left > right if self.comparison is Comparison.GT else left >= right

    @property
    def fraction_text(self) -> str:
        return f"{self.fraction.numerator}/{self.fraction.denominator}"

    def short(self, lang: Lang, labels: tuple[str, ...]) -> str:
        """The rule in a few words, for a table cell: "Tín nhiệm thấp > 1/2"."""
        return say(f"threshold.short.{self.comparison.name.lower()}", lang,
                   label=labels[self.level - 1], fraction=self.fraction_text)

    def words(self, lang: Lang, labels: tuple[str, ...]) -> str:
        """The rule in words: "có trên 1/2 số phiếu “Tín nhiệm thấp”" and its consequence."""
        text = say(f"threshold.{self.comparison.name.lower()}", lang,
                   fraction=self.fraction_text, label=labels[self.level - 1])
        consequence = lang.pick(self.consequence)
        return say("threshold.with_consequence", lang, rule=text, consequence=consequence) \
            if consequence else text

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "level": self.level,
            "comparison": self.comparison.value,
            "fraction": f"{self.fraction.numerator}/{self.fraction.denominator}",
            "consequence": list(self.consequence),
            **({"quote": list(self.quote), "citation": list(self.citation)}
               if any(self.quote) else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Threshold:
        vi, en = data.get("consequence", ["", ""])
        return cls(
            code=str(data["code"]),
            level=int(data["level"]),
            comparison=Comparison(data["comparison"]),
            fraction=fraction_of(str(data["fraction"]), field="rules"),
            consequence=(str(vi), str(en)),
            quote=_pair_of(data.get("quote")),
            citation=_pair_of(data.get("citation")),
        )


def _pair_of(value: Any) -> tuple[str, str]:
    """A stored (vi, en) pair; absent in counts made before the field existed."""
    if isinstance(value, list | tuple) and len(value) == 2:
        return (str(value[0]), str(value[1]))
    return ("", "")


@dataclass(frozen=True)
class RuleSet:
    code: str
    name: tuple[str, str]
    labels: tuple[tuple[str, ...], tuple[str, ...]]  # (vi labels, en labels), one per level
    base: BaseKind
    thresholds: tuple[Threshold, ...] = ()
    quorum_two_thirds: bool = False  # 3·present ≥ 2·summoned
    invalid_row_voids_ballot: bool = False
    legal_basis: tuple[str, str] = ("", "")
    double_entry: bool = False  # every stack keyed twice before the count can close
    # where the base is set in the legal text, and another usual base the minutes print
    # beside it for comparison (DOMAIN.md: a disputed base shows both figures)
    base_citation: tuple[str, str] = ("", "")
    compare_base: BaseKind | None = None
    election: ElectionRule | None = None  # an election's rule set (bầu cử), else None

    def __post_init__(self) -> None:
        levels = len(self.labels[0])
        if self.election is not None and levels != 2:  # kept / struck
            raise ValidationError("election_levels", field="levels", levels=levels)
        if not MIN_LEVELS <= levels <= MAX_LEVELS or len(self.labels[1]) != levels:
            raise ValidationError("levels_count", field="levels", minimum=MIN_LEVELS,
                                  maximum=MAX_LEVELS, levels=levels)
        for label in (*self.labels[0], *self.labels[1]):
            if not label.strip():
                raise ValidationError("level_label_missing", field="levels")
        for number, t in enumerate(self.thresholds, start=1):
            if not 1 <= t.level <= levels:
                raise ValidationError("threshold_level", field="threshold", number=number,
                                      level=t.level, levels=levels)
            if not 0 < t.fraction <= 1:
                raise ValidationError("threshold_fraction", field="threshold", number=number,
                                      fraction=t.fraction_text)

    @property
    def levels(self) -> int:
        return len(self.labels[0])

    @property
    def party(self) -> bool:
        """A Party body's rule set: its minutes take the Party's header and call the
        members "thành viên"; any other is a State body's ("đại biểu")."""
        return self.code.startswith("party")

    def level_labels(self, lang: Lang) -> tuple[str, ...]:
        return self.labels[lang.position]

    def flag_words(self, codes: tuple[str, ...], lang: Lang) -> list[str]:
        """The thresholds an official crossed (their codes), each in a few words."""
        labels = self.level_labels(lang)
        by_code = {t.code: t for t in self.thresholds}
        return [by_code[c].short(lang, labels) if c in by_code else c for c in codes]

    def sentence(self, lang: Lang, base_value: int | None = None) -> str:
        """The rule set in words, as printed on the minutes."""
        labels = self.level_labels(lang)
        base = say(f"base.{self.base.value}", lang)
        if base_value is not None and self.base is not BaseKind.VALID:
            base = say("rules.base_with_value", lang, base=base, value=base_value)
        parts: list[str] = []
        if lang.pick(self.legal_basis):
            parts.append(lang.pick(self.legal_basis) + ".")
        if self.election is not None:
            return " ".join([*parts, *self.election.sentences(lang, base)])
        parts.append(say("rules.scale", lang, levels=self.levels, labels=", ".join(labels)))
        parts.append(say("rules.base", lang, base=base))
        if self.quorum_two_thirds:
            parts.append(say("rules.quorum", lang))
        parts.extend(say("rules.threshold", lang, rule=t.words(lang, labels))
                     for t in self.thresholds)
        parts.append(say("rules.invalid_row_voids" if self.invalid_row_voids_ballot
                         else "rules.invalid_row_alone", lang))
        return " ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": list(self.name),
            "labels": [list(self.labels[0]), list(self.labels[1])],
            "base": self.base.value,
            "thresholds": [t.to_dict() for t in self.thresholds],
            "quorum_two_thirds": self.quorum_two_thirds,
            "invalid_row_voids_ballot": self.invalid_row_voids_ballot,
            "legal_basis": list(self.legal_basis),
            "double_entry": self.double_entry,
            **({"base_citation": list(self.base_citation)} if any(self.base_citation) else {}),
            **({"compare_base": self.compare_base.value} if self.compare_base else {}),
            **({"election": self.election.to_dict()} if self.election else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RuleSet:
        vi, en = data["labels"]
        return cls(
            code=str(data["code"]),
            name=(str(data["name"][0]), str(data["name"][1])),
            labels=(tuple(map(str, vi)), tuple(map(str, en))),
            base=BaseKind(data["base"]),
            thresholds=tuple(Threshold.from_dict(t) for t in data["thresholds"]),
            quorum_two_thirds=bool(data["quorum_two_thirds"]),
            invalid_row_voids_ballot=bool(data["invalid_row_voids_ballot"]),
            legal_basis=(str(data["legal_basis"][0]), str(data["legal_basis"][1])),
            double_entry=bool(data.get("double_entry", False)),
            base_citation=_pair_of(data.get("base_citation")),
            compare_base=BaseKind(data["compare_base"]) if data.get("compare_base") else None,
            election=ElectionRule.from_dict(data["election"]) if data.get("election") else None,
        )


def _pair(code: str) -> tuple[str, str]:
    """The catalogue's (vi, en) words of a preset's text, stored with the count."""
    return CATALOGUE[code]


def _labels(*codes: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (tuple(_pair(c)[0] for c in codes), tuple(_pair(c)[1] for c in codes))


_THREE = _labels("level.high", "level.confidence", "level.low")

PRESETS: dict[str, RuleSet] = {
    "party-96": RuleSet(
        code="party-96",
        name=_pair("preset.party-96.name"),
        labels=_THREE,
        base=BaseKind.COLLECTED,
        quorum_two_thirds=True,
        thresholds=(
            Threshold("low_over_half", 3, Comparison.GT, Fraction(1, 2),
                      _pair("preset.party-96.low_over_half")),
            Threshold("low_two_thirds", 3, Comparison.GE, Fraction(2, 3),
                      _pair("preset.party-96.low_two_thirds")),
        ),
        legal_basis=_pair("preset.party-96.basis"),
    ),
    # NQ 96/2023/QH15, Điều 19 khoản 3: the base of every percentage and threshold is the
    # ballots collected; the total of deputies (NQ 85/2014's base) is printed beside it
    "state-96": RuleSet(
        code="state-96",
        name=_pair("preset.state-96.name"),
        labels=_THREE,
        base=BaseKind.COLLECTED,
        thresholds=(
            Threshold("low_over_half", 3, Comparison.GT, Fraction(1, 2),
                      _pair("preset.state-96.low_over_half"),
                      _pair("preset.state-96.low_over_half.quote"),
                      _pair("preset.state-96.article_12_2")),
            Threshold("low_two_thirds", 3, Comparison.GE, Fraction(2, 3),
                      _pair("preset.state-96.low_two_thirds"),
                      _pair("preset.state-96.low_two_thirds.quote"),
                      _pair("preset.state-96.article_12_3")),
        ),
        legal_basis=_pair("preset.state-96.basis"),
        base_citation=_pair("preset.state-96.article_19_3"),
        compare_base=BaseKind.MEMBERS,
    ),
    "no-confidence": RuleSet(
        code="no-confidence",
        name=_pair("preset.no-confidence.name"),
        labels=_labels("level.confidence", "level.no_confidence"),
        base=BaseKind.MEMBERS,
        thresholds=(
            Threshold("no_confidence_over_half", 2, Comparison.GT, Fraction(1, 2),
                      _pair("preset.no-confidence.no_confidence_over_half")),
        ),
        legal_basis=_pair("preset.no-confidence.basis"),
    ),
}

RULE_CODES = (*PRESETS, "custom")


def preset(code: str) -> RuleSet:
    try:
        return PRESETS[code]
    except KeyError:
        raise ValidationError("rules_unknown", field="rules", code=code,
                              choices=", ".join(RULE_CODES)) from None


def custom(
    labels: list[str],
    base: BaseKind,
    thresholds: tuple[Threshold, ...] = (),
    *,
    quorum_two_thirds: bool = False,
    invalid_row_voids_ballot: bool = False,
) -> RuleSet:
    clean = tuple(label.strip() for label in labels)
    return RuleSet(
        code="custom",
        name=_pair("preset.custom.name"),
        labels=(clean, clean),
        base=base,
        thresholds=thresholds,
        quorum_two_thirds=quorum_two_thirds,
        invalid_row_voids_ballot=invalid_row_voids_ballot,
    )


_FRACTION = re.compile(r"(\d{1,6})/(\d{1,6})|(\d{0,6}\.\d{1,6})")


def fraction_of(text: str, field: str = "threshold") -> Fraction:
    """"1/2", "2/3" or "0.5", with at most six digits a side: ``Fraction`` itself would take
    "1e999999999" and compute for ever."""
    found = _FRACTION.fullmatch(text.strip())
    if found is None or (found.group(2) is not None and int(found.group(2)) == 0):
        raise ValidationError("threshold_unreadable", field=field, spec=text[:40])
    if found.group(3) is not None:
        return Fraction(found.group(3))
    return Fraction(int(found.group(1)), int(found.group(2)))


def parse_threshold(spec: str, index: int = 1) -> Threshold:
    """``"3>1/2"``, ``"3>=2/3"`` or ``"3>=2/3:consequence"`` → a Threshold."""
    head, _, consequence = spec.partition(":")
    head = head.replace(" ", "").replace("≥", ">=")
    comparison = Comparison.GE if ">=" in head else Comparison.GT
    level_text, _, frac_text = head.partition(comparison.value)
    try:
        level = int(level_text[:4])
        fraction = fraction_of(frac_text)
    except (ValueError, ValidationError):
        raise ValidationError("threshold_unreadable", field="threshold", spec=spec) from None
    text = consequence.strip()
    return Threshold(f"threshold_{index}", level, comparison, fraction, (text, text))


def with_base(rules: RuleSet, base: BaseKind) -> RuleSet:
    return replace(rules, base=base)


"""Rule sets: the scale, the percentage base, the quorum, the thresholds, the invalid-row policy.

A rule set is data. Three presets follow the legal texts in DOMAIN.md; ``custom`` builds any
other. Every rule set can say itself in a sentence, in Vietnamese and in English, for the
minutes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from fractions import Fraction
from typing import Any

from desktop.errors import ValidationError

LANGS = ("vi", "en")
MIN_LEVELS, MAX_LEVELS = 2, 9


class BaseKind(StrEnum):
    """What the percentages are a share of."""

    MEMBERS = "members"
    SUMMONED = "summoned"
    PRESENT = "present"
    ISSUED = "issued"
    COLLECTED = "collected"
    VALID = "valid"  # per official: the ballots valid for that official


BASE_WORDS = {
    BaseKind.MEMBERS: ("tổng số đại biểu (thành viên)", "the total number of members"),
    BaseKind.SUMMONED: ("tổng số người được triệu tập", "the number summoned"),
    BaseKind.PRESENT: ("tổng số người có mặt", "the number present"),
    BaseKind.ISSUED: ("tổng số phiếu phát ra", "the number of ballots issued"),
    BaseKind.COLLECTED: ("tổng số phiếu thu về", "the number of ballots collected"),
    BaseKind.VALID: (
        "số phiếu hợp lệ đối với từng người",
        "the ballots valid for each official",
    ),
}


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

    def crossed(self, count: int, base: int | None) -> bool:
        """Integer comparison, never a rounded percentage: 2·c > b, 3·c ≥ 2·b, …"""
        if base is None or base <= 0:
            return False
        left = count * self.fraction.denominator
        right = self.fraction.numerator * base
        return left > right if self.comparison is Comparison.GT else left >= right

    def words(self, lang: str, labels: tuple[str, ...]) -> str:
        label = labels[self.level - 1]
        frac = f"{self.fraction.numerator}/{self.fraction.denominator}"
        if lang == "vi":
            amount = f"trên {frac}" if self.comparison is Comparison.GT else f"từ {frac} trở lên"
            text = f"có {amount} số phiếu «{label}»"
        else:
            amount = "more than" if self.comparison is Comparison.GT else "at least"
            text = f"{amount} {frac} «{label}»"
        consequence = self.consequence[0 if lang == "vi" else 1]
        return f"{text}: {consequence}" if consequence else text

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "level": self.level,
            "comparison": self.comparison.value,
            "fraction": f"{self.fraction.numerator}/{self.fraction.denominator}",
            "consequence": list(self.consequence),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Threshold:
        vi, en = data.get("consequence", ["", ""])
        return cls(
            code=str(data["code"]),
            level=int(data["level"]),
            comparison=Comparison(data["comparison"]),
            fraction=Fraction(str(data["fraction"])),
            consequence=(str(vi), str(en)),
        )


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

    def __post_init__(self) -> None:
        levels = len(self.labels[0])
        if not MIN_LEVELS <= levels <= MAX_LEVELS or len(self.labels[1]) != levels:
            raise ValidationError(
                f"a scale has {MIN_LEVELS} to {MAX_LEVELS} levels, not {levels}", field="levels"
            )
        for label in (*self.labels[0], *self.labels[1]):
            if not label.strip():
                raise ValidationError("a level has no label", field="levels")
        for t in self.thresholds:
            if not 1 <= t.level <= levels:
                raise ValidationError(
                    f"threshold {t.code!r} names level {t.level}; the scale has {levels}",
                    field="threshold",
                )
            if not 0 < t.fraction <= 1:
                raise ValidationError(
                    f"threshold {t.code!r} needs a fraction between 0 and 1, not {t.fraction}",
                    field="threshold",
                )

    @property
    def levels(self) -> int:
        return len(self.labels[0])

    def level_labels(self, lang: str) -> tuple[str, ...]:
        return self.labels[0 if lang == "vi" else 1]

    def sentence(self, lang: str = "vi", base_value: int | None = None) -> str:
        """The rule set in words, as printed on the minutes."""
        i = 0 if lang == "vi" else 1
        labels = self.level_labels(lang)
        base = BASE_WORDS[self.base][i]
        if base_value is not None and self.base is not BaseKind.VALID:
            base = f"{base}: {base_value}"
        parts: list[str] = []
        if self.legal_basis[i]:
            parts.append(self.legal_basis[i] + ".")
        if lang == "vi":
            parts.append(f"Phiếu có {self.levels} mức: " + ", ".join(labels) + ".")
            parts.append(f"Tỷ lệ % tính trên {base}.")
            if self.quorum_two_thirds:
                parts.append("Hội nghị phải có ít nhất 2/3 số người được triệu tập có mặt.")
            parts.extend(_capitalize(t.words("vi", labels)) + "." for t in self.thresholds)
            if self.invalid_row_voids_ballot:
                parts.append("Phiếu có một dòng để trống hoặc đánh nhiều ô là phiếu không hợp lệ.")
            else:
                parts.append(
                    "Dòng để trống hoặc đánh nhiều ô chỉ không hợp lệ đối với người ở dòng đó."
                )
        else:
            parts.append(f"The ballot has {self.levels} levels: " + ", ".join(labels) + ".")
            parts.append(f"Percentages are of {base}.")
            if self.quorum_two_thirds:
                parts.append("At least 2/3 of those summoned must be present.")
            parts.extend(_capitalize(t.words("en", labels)) + "." for t in self.thresholds)
            if self.invalid_row_voids_ballot:
                parts.append("A ballot with a blank or multiply marked row is invalid as a whole.")
            else:
                parts.append("A blank or multiply marked row is invalid for that official only.")
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
        )


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


_THREE = (
    ("Tín nhiệm cao", "Tín nhiệm", "Tín nhiệm thấp"),
    ("High confidence", "Confidence", "Low confidence"),
)

PRESETS: dict[str, RuleSet] = {
    "party-96": RuleSet(
        code="party-96",
        name=("Lấy phiếu tín nhiệm (Quy định 96-QĐ/TW)", "Confidence vote (Regulation 96-QĐ/TW)"),
        labels=_THREE,
        base=BaseKind.COLLECTED,
        quorum_two_thirds=True,
        thresholds=(
            Threshold(
                "low_over_half", 3, Comparison.GT, Fraction(1, 2),
                ("cấp có thẩm quyền xem xét cho thôi giữ chức vụ, bố trí công tác khác "
                 "hoặc từ chức",
                 "considered for relief from the post, reassignment or resignation"),
            ),
            Threshold(
                "low_two_thirds", 3, Comparison.GE, Fraction(2, 3),
                ("cấp có thẩm quyền cho thôi giữ chức vụ", "relieved of the post"),
            ),
        ),
        legal_basis=(
            "Căn cứ Quy định số 96-QĐ/TW ngày 02/02/2023 của Bộ Chính trị về việc lấy phiếu tín "
            "nhiệm đối với chức danh lãnh đạo, quản lý trong hệ thống chính trị",
            "Under Regulation 96-QĐ/TW of 2 February 2023 of the Politburo on confidence votes "
            "for leadership and management posts in the political system",
        ),
    ),
    "state-96": RuleSet(
        code="state-96",
        name=("Lấy phiếu tín nhiệm (Nghị quyết 96/2023/QH15)",
              "Confidence vote (Resolution 96/2023/QH15)"),
        labels=_THREE,
        base=BaseKind.MEMBERS,
        thresholds=(
            Threshold(
                "low_over_half", 3, Comparison.GT, Fraction(1, 2),
                ("có thể xin từ chức; nếu không từ chức thì trình bỏ phiếu tín nhiệm",
                 "may resign; otherwise put to a vote of confidence"),
            ),
            Threshold(
                "low_two_thirds", 3, Comparison.GE, Fraction(2, 3),
                ("cơ quan có thẩm quyền giới thiệu trình miễn nhiệm, bãi nhiệm hoặc "
                 "phê chuẩn việc cách chức",
                 "the nominating body proposes dismissal"),
            ),
        ),
        legal_basis=(
            "Căn cứ Nghị quyết số 96/2023/QH15 ngày 23/06/2023 của Quốc hội về lấy phiếu tín "
            "nhiệm, bỏ phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội, Hội đồng nhân dân "
            "bầu hoặc phê chuẩn",
            "Under Resolution 96/2023/QH15 of 23 June 2023 of the National Assembly on "
            "confidence votes for officials elected or approved by the National Assembly or a "
            "People's Council",
        ),
    ),
    "no-confidence": RuleSet(
        code="no-confidence",
        name=("Bỏ phiếu tín nhiệm", "Vote of confidence"),
        labels=(("Tín nhiệm", "Không tín nhiệm"), ("Confidence", "No confidence")),
        base=BaseKind.MEMBERS,
        thresholds=(
            Threshold(
                "no_confidence_over_half", 2, Comparison.GT, Fraction(1, 2),
                ("bị mất tín nhiệm; trình miễn nhiệm, bãi nhiệm hoặc phê chuẩn việc cách chức",
                 "loses confidence; dismissal is proposed"),
            ),
        ),
        legal_basis=(
            "Căn cứ Nghị quyết số 96/2023/QH15 ngày 23/06/2023 của Quốc hội (bỏ phiếu tín nhiệm)",
            "Under Resolution 96/2023/QH15 of 23 June 2023 of the National Assembly "
            "(vote of confidence)",
        ),
    ),
}

RULE_CODES = (*PRESETS, "custom")


def preset(code: str) -> RuleSet:
    try:
        return PRESETS[code]
    except KeyError:
        raise ValidationError(
            f"unknown rule set {code!r}; choose one of {', '.join(RULE_CODES)}", field="rules"
        ) from None


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
        name=("Bộ quy tắc riêng", "Custom rule set"),
        labels=(clean, clean),
        base=base,
        thresholds=thresholds,
        quorum_two_thirds=quorum_two_thirds,
        invalid_row_voids_ballot=invalid_row_voids_ballot,
    )


def parse_threshold(spec: str, index: int = 1) -> Threshold:
    """``"3>1/2"``, ``"3>=2/3"`` or ``"3>=2/3:consequence"`` → a Threshold."""
    head, _, consequence = spec.partition(":")
    head = head.replace(" ", "").replace("≥", ">=")
    comparison = Comparison.GE if ">=" in head else Comparison.GT
    level_text, _, frac_text = head.partition(comparison.value)
    try:
        level = int(level_text)
        fraction = Fraction(frac_text)
    except (ValueError, ZeroDivisionError):
        raise ValidationError(
            f"cannot read threshold {spec!r}; write it as LEVEL>FRACTION or LEVEL>=FRACTION, "
            "e.g. 3>1/2 or 3>=2/3",
            field="threshold",
        ) from None
    text = consequence.strip()
    return Threshold(f"threshold_{index}", level, comparison, fraction, (text, text))


def with_base(rules: RuleSet, base: BaseKind) -> RuleSet:
    return replace(rules, base=base)


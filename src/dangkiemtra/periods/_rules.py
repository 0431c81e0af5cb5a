"""Deadlines and fractions read from a rule of the rulebook, with every reading."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import attrs

from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Flag, Step, Term, Text
from dangkiemtra.periods._deadline import deadline
from dangkiemtra.periods._duration import Alternative, Deadline, Duration, Unit
from dangkiemtra.rulebook import Counting, OptionChoice, Rulebook, RuleValue

_UNITS = {
    "days": Unit.DAYS,
    "working_days": Unit.WORKING_DAYS,
    "months": Unit.MONTHS,
    "years": Unit.YEARS,
}


def deadline_for_rule(
    key: str,
    start: date,
    *,
    as_of: date | None = None,
    reading: str | None = None,
    refuse_ambiguous: bool = False,
    rulebook: Rulebook | None = None,
    calendar: WorkingCalendar | None = None,
) -> Deadline:
    """The due date of the period that rule ``key`` sets, counted from ``start``.

    The rule is read as in force on ``as_of`` (default ``start``). If the rule's text is
    ambiguous (its entry names an option), ``reading`` chooses the reading; without one
    the cited default is used and flagged, or :class:`AmbiguityError` is raised when
    ``refuse_ambiguous`` is true. A ``reading`` the rule in force does not offer is a
    :class:`RuleError` naming the readings it does offer (none, for an unambiguous rule).

    Where the rule is ambiguous the answer carries every reading's due date
    (``alternatives``), the default marked, so one call answers for all readings. A period
    that ends after the rule's entry has given way to its successor's carries a
    ``regime_crossing`` flag and a step citing both documents; the value used stays the one
    in force at ``as_of`` (the rule that set the period).

    >>> d = deadline_for_rule("org.probation.confirmation_working_days", date(2023, 12, 20))
    >>> d.due     # 30 working days, across New Year 2024
    datetime.date(2024, 2, 1)
    >>> [(a.reading, a.due.isoformat(), a.is_default) for a in deadline_for_rule(
    ...     "discipline.appeal.window", date(2025, 6, 2)).alternatives]
    [('working_days', '2025-07-14', True), ('calendar_days', '2025-07-02', False)]
    """
    rulebook = rulebook or Rulebook.default()
    snap = rulebook.at(as_of or start)
    rule = snap.get(key)
    if reading is not None and (rule.option is None or not rule.option.startswith("periods.")):
        offered = rulebook.option(rule.option).names if rule.option else ()
        raise RuleError(
            f"Quy định '{key}' áp dụng ngày {snap.day.isoformat()} không có cách hiểu '{reading}' "
            f"(các cách hiểu: {', '.join(offered) or 'không có'}) / The rule '{key}' in force on "
            f"{snap.day.isoformat()} offers no reading '{reading}' (readings offered: "
            f"{', '.join(offered) or 'none'})",
            key=key,
        )
    if rule.option is None or not rule.option.startswith("periods."):
        return _deadline_for_reading(key, start, rule, None, as_of, rulebook, calendar)
    choice: OptionChoice = snap.option(rule.option, reading, refuse=refuse_ambiguous)
    chosen = _deadline_for_reading(key, start, rule, choice, as_of, rulebook, calendar)
    alternatives = []
    for name in choice.option.names:
        if name == choice.reading:
            due = chosen.due
        else:
            other = snap.option(rule.option, name)
            due = _deadline_for_reading(key, start, rule, other, as_of, rulebook, calendar).due
        alternatives.append(
            Alternative(
                rule.option, name, due, name == choice.option.default, name == choice.reading
            )
        )
    return attrs.evolve(chosen, alternatives=tuple(alternatives))


def _deadline_for_reading(
    key: str,
    start: date,
    rule: RuleValue,
    choice: OptionChoice | None,
    as_of: date | None,
    rulebook: Rulebook,
    calendar: WorkingCalendar | None,
) -> Deadline:
    unit = _UNITS.get(rule.unit)
    if unit is None:
        raise RuleError(f"'{key}' is not a period (its unit is {rule.unit})", key=key)
    extra: list[Step] = [rule.step()]
    counting = rule.counting
    if choice is not None:
        extra.append(choice.step())
        if choice.option.key.startswith("periods.day_unit"):
            unit = Unit.WORKING_DAYS if choice.reading == "working_days" else Unit.DAYS
        elif choice.option.key == "periods.end_day" and choice.reading == "anniversary_excluded":
            counting = attrs.evolve(counting or Counting(), first_day_counted=True)
    d = deadline(
        start,
        Duration(rule.as_int(), unit),
        as_of=as_of,
        counting=counting,
        rulebook=rulebook,
        calendar=calendar,
        extra_steps=tuple(extra),
        rule_key=key,
    )
    extra_after: list[Step] = []
    if d.unrolled_end is not None and d.due != d.unrolled_end:
        source = rulebook.sources.get(rule.citation.source)
        if source is not None and source.kind == "party":
            # no party text says a deadline moves past a day off: the Civil Code, by analogy
            extra_after.append(
                Step.of(
                    "period.roll_by_analogy",
                    flags=(Flag("roll_by_analogy", key, rule.citation.source),),
                    end=d.unrolled_end,
                    due=d.due,
                )
            )
    crossing = _crossing(rule, d.due, rulebook)
    if crossing is not None:
        extra_after.append(crossing)
    if not extra_after:
        return d
    return attrs.evolve(d, explanation=d.explanation + Explanation(tuple(extra_after)))


def value_text(value: object) -> str:
    """A rulebook value as the explanations show it (a tuple of values joined by commas)."""
    return ", ".join(map(str, value)) if isinstance(value, tuple) else str(value)


def _crossing(rule: RuleValue, due: date, rulebook: Rulebook) -> Step | None:
    """A ``period.regime_crossing`` step when the period outlives the entry that set it."""
    if rule.valid_until is None or due <= rule.valid_until:
        return None
    param = rulebook.parameter(rule.key)
    successor = param.entry_on(date.fromordinal(rule.valid_until.toordinal() + 1))
    if successor is None:
        return None
    text = value_text(successor.value)
    shown = Text(text, text)
    return Step.of(
        "period.regime_crossing",
        citations=(rule.citation, successor.citation),
        flags=(Flag("regime_crossing", rule.key, successor.citation.source),),
        until=rule.valid_until,
        successor_from=successor.valid_from,
        successor_value=shown,
        due=due,
    )


def fraction_of(
    n: int,
    rule: RuleValue,
    choice: OptionChoice,
) -> tuple[int, Step]:
    """``rule``'s fraction of ``n``, rounded as ``choice`` reads it (e.g. KTGS-04's 1/3).

    >>> snap = Rulebook.default().at(date(2023, 9, 25))
    >>> rule = snap.get("ktgs.thematic_supervision.extension_fraction")
    >>> fraction_of(20, rule, snap.option("ktgs.extension_rounding"))[0]
    6
    """
    exact = rule.as_fraction() * n
    result = int(exact) if choice.reading == "down" else -int(-exact // 1)
    shown = Text(f"{float(exact):.2f}".replace(".", ","), f"{float(exact):.2f}")
    step = Step.of(
        "period.fraction",
        citations=(rule.citation, choice.option.citation),
        flags=(*rule.flags, *choice.flags),
        fraction=str(Fraction(rule.as_fraction())),
        n=n,
        exact=shown,
        rounding=Term(choice.reading),
        result=result,
    )
    return result, step

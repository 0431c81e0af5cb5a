"""The answers of the structural checks: one check's result and the report of a tree.

A tree of 100,000 members gives about as many checks; most are never shown one by one
(issue #11 §1). A result built by :func:`check_structure` therefore keeps the facts of its
explanation and builds the :class:`~dangkiemtra.explain.Explanation` the first time it is
read: the same value, cited step by step, as one built up front. Equality, hashing, JSON
and pickling read it through the attribute and so see the built explanation.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import Any

import attrs

from dangkiemtra import _analysis, _display, _views
from dangkiemtra._json import answer
from dangkiemtra.explain import Explanation, Flag

_new = object.__new__
_set = object.__setattr__
_get = object.__getattribute__


class _Deferred(_display.Answer):
    """A base whose ``explanation`` slot is filled on first read: ``_why(_of)``.

    ``_of`` is what the explanation is about (a member, or the facts of an organisation's
    check) and ``_why`` what builds it, shared by every result of one run, so a deferred
    result costs one object.
    """

    __slots__ = ("_of", "_why")

    def __getattr__(self, name: str) -> Any:
        # called only when the slot is empty: a result made by ``deferred`` not yet read
        if name != "explanation":
            raise AttributeError(name)
        try:
            why, of = _get(self, "_why"), _get(self, "_of")
        except AttributeError:  # built meanwhile by another thread (else: never deferred)
            return _get(self, "explanation")
        value = why(of)
        _set(self, "explanation", value)
        for done in ("_why", "_of"):  # let go of what it was built from
            with contextlib.suppress(AttributeError):
                object.__delattr__(self, done)
        return value


@attrs.frozen(repr=False)
class CheckResult(_Deferred):
    """The outcome of one structural check on one organisation or member.

    ``checked`` is false when no rule of the rulebook covers the date concerned: the
    check was not made, and ``ok`` is then true (nothing was found wrong).
    """

    rule_id: str
    subject: str
    ok: bool
    explanation: Explanation
    checked: bool = True

    def to_json(self) -> dict[str, Any]:
        """The check as JSON (``check-result.schema.json``)."""
        return answer(
            "check-result",
            rule_id=self.rule_id,
            subject=self.subject,
            ok=self.ok,
            checked=self.checked,
            explanation=self.explanation.to_json(),
        )

    def _view_(self) -> _display.View:
        return _views.check_result(self)


def deferred(
    rule_id: str,
    subject: str,
    ok: bool,
    why: Callable[[Any], Explanation],
    of: Any,
    checked: bool = True,
) -> CheckResult:
    """A :class:`CheckResult` whose explanation is ``why(of)``, built when first read."""
    r = _new(CheckResult)
    _set(r, "rule_id", rule_id)
    _set(r, "subject", subject)
    _set(r, "ok", ok)
    _set(r, "checked", checked)
    _set(r, "_why", why)
    _set(r, "_of", of)
    return r


def _built(explanation: Explanation) -> Explanation:
    return explanation


class Checks:
    """The checks of one run, column by column: no object per check until one is read.

    A tree of 100,000 members gives about 110,000 checks; as objects they would be as many
    new objects for Python's cyclic collector to walk, with the whole tree, at least once
    (most of the time of a run). Columns of strings and booleans are a handful of lists.
    """

    __slots__ = ("_made", "checked", "of", "ok", "rule_id", "subject", "why")

    def __init__(self) -> None:
        self.rule_id: list[str] = []
        self.subject: list[str] = []
        self.ok: list[bool] = []
        self.checked: list[bool] = []
        self.why: list[Callable[[Any], Explanation]] = []
        self.of: list[Any] = []
        self._made: dict[int, CheckResult] = {}

    def add(
        self,
        rule_id: str,
        subject: str,
        ok: bool,
        why: Callable[[Any], Explanation],
        of: Any,
        checked: bool = True,
    ) -> None:
        """One check, whose explanation is ``why(of)`` (built when the result is read)."""
        self.rule_id.append(rule_id)
        self.subject.append(subject)
        self.ok.append(ok)
        self.checked.append(checked)
        self.why.append(why)
        self.of.append(of)

    def add_explained(
        self, rule_id: str, subject: str, ok: bool, explanation: Explanation, checked: bool
    ) -> None:
        """One check whose explanation is already built."""
        self.add(rule_id, subject, ok, _built, explanation, checked)

    def __len__(self) -> int:
        return len(self.rule_id)

    def result(self, i: int) -> CheckResult:
        """The ``i``-th check as a :class:`CheckResult` (the same object each time)."""
        made = self._made.get(i)
        if made is None:
            made = deferred(
                self.rule_id[i],
                self.subject[i],
                self.ok[i],
                self.why[i],
                self.of[i],
                self.checked[i],
            )
            made = self._made.setdefault(i, made)
        return made

    def results(self) -> tuple[CheckResult, ...]:
        return tuple(self.result(i) for i in range(len(self)))


class _LazyResults(_display.Answer):
    """A base whose ``results`` slot is filled on first read, from its :class:`Checks`."""

    __slots__ = ("_checks",)

    def __getattr__(self, name: str) -> Any:
        if name != "results":
            raise AttributeError(name)
        try:
            checks = _get(self, "_checks")
        except AttributeError:  # filled meanwhile by another thread
            return _get(self, "results")
        value = checks.results()
        _set(self, "results", value)
        with contextlib.suppress(AttributeError):  # the columns are not needed any more
            object.__delattr__(self, "_checks")
        return value

    def _columns(self) -> Checks | None:
        """The checks as columns while ``results`` has not been read, else ``None``."""
        try:
            _get(self, "results")
        except AttributeError:
            try:
                checks: Checks = _get(self, "_checks")
            except AttributeError:  # results filled meanwhile by another thread
                return None
            return checks
        return None


@attrs.frozen(repr=False)
class StructureReport(_LazyResults):
    """Every structural check of a tree on a date.

    ``results`` is a tuple of :class:`CheckResult`; a report made by
    :func:`check_structure` builds it when first read (its verdicts, ``by_rule`` and
    ``problems`` are answered from the checks' columns before that).
    """

    as_of: date
    results: tuple[CheckResult, ...]

    @classmethod
    def _of(cls, as_of: date, checks: Checks) -> StructureReport:
        report = _new(cls)
        _set(report, "as_of", as_of)
        _set(report, "_checks", checks)
        return report

    @property
    def problems(self) -> tuple[CheckResult, ...]:
        """The checks that failed."""
        cols = self._columns()
        if cols is not None:
            return tuple(cols.result(i) for i, ok in enumerate(cols.ok) if not ok)
        return tuple(r for r in self.results if not r.ok)

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        cols = self._columns()
        if cols is not None:
            return all(cols.ok)
        return not self.problems

    @property
    def flags(self) -> tuple[Flag, ...]:
        """Every caveat of every check, once each."""
        return tuple(dict.fromkeys(f for r in self.results for f in r.explanation.flags))

    @property
    def unchecked(self) -> tuple[CheckResult, ...]:
        """The checks no rule in the rulebook covered."""
        cols = self._columns()
        if cols is not None:
            return tuple(cols.result(i) for i, c in enumerate(cols.checked) if not c)
        return tuple(r for r in self.results if not r.checked)

    def by_rule(self) -> dict[str, tuple[int, int]]:
        """``{rule_id: (passed, failed)}`` of the checks made."""
        cols = self._columns()
        rows: Any = (
            zip(cols.rule_id, cols.ok, cols.checked, strict=True)
            if cols is not None
            else ((r.rule_id, r.ok, r.checked) for r in self.results)
        )
        out: dict[str, list[int]] = {}
        for rule_id, ok, checked in rows:
            if checked:
                out.setdefault(rule_id, [0, 0])[0 if ok else 1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(out.items())}

    def to_json(self, *, all_results: bool = False) -> dict[str, Any]:
        """The report as JSON (``structure-report.schema.json``): the checks made and not made,
        passed and failed by rule, every failed check in full (every check with ``all_results``)."""
        shown = self.results if all_results else self.problems
        return answer(
            "structure-report",
            as_of=self.as_of.isoformat(),
            checks=len(self.results) - len(self.unchecked),
            not_checked=len(self.unchecked),
            by_rule={k: {"passed": p, "failed": f} for k, (p, f) in self.by_rule().items()},
            results=[r.to_json() for r in shown],
            flags=[f.to_json() for f in self.flags],
        )

    def _view_(self) -> _display.View:
        return _views.structure_report(self)

    def to_pandas(self, *, failures_only: bool = False) -> _analysis.DataFrame:
        """A row per check: rule ID, subject, checked, ok, citation, flags; see docs/analysis.md."""
        return _analysis.structure_report(self, failures_only)

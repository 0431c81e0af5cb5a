"""A report made by check_structure keeps its checks as columns until ``results`` is read
(issue #11 §1): its verdicts, ``by_rule``, ``problems`` and ``unchecked`` answer from the
columns exactly as from the results, and every way of reading gives the same objects."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest

import dangkiemtra as dk
from dangkiemtra.organization import StructureReport

ORG = dk.reference_organization()
# the reference date; a year on (votes due, some overdue); before the probation rule
DAYS = (dk.REFERENCE_AS_OF, date(2024, 12, 31), date(2023, 9, 25))


def _columns(report: StructureReport) -> bool:
    return report._columns() is not None


@pytest.mark.parametrize("day", DAYS)
def test_answers_from_the_columns_are_those_of_the_results(day: date) -> None:
    lazy = dk.check_structure(ORG, day)
    by_rule, ok = lazy.by_rule(), lazy.ok
    problems, unchecked = lazy.problems, lazy.unchecked
    assert _columns(lazy)  # none of these read the results
    full = dk.check_structure(ORG, day)
    results = full.results
    assert not _columns(full)
    expected: dict[str, list[int]] = {}
    for r in results:
        if r.checked:
            expected.setdefault(r.rule_id, [0, 0])[0 if r.ok else 1] += 1
    assert by_rule == full.by_rule() == {k: (p, f) for k, (p, f) in sorted(expected.items())}
    assert ok == full.ok == all(r.ok for r in results)
    assert problems == full.problems == tuple(r for r in results if not r.ok)
    assert unchecked == full.unchecked == tuple(r for r in results if not r.checked)
    assert lazy == full


def test_the_reference_organization_has_problems_and_unchecked_checks_to_compare() -> None:
    # the comparisons above bite only if each kind of answer is there on some day
    reports = [dk.check_structure(ORG, d) for d in DAYS]
    assert any(r.problems for r in reports) and any(r.unchecked for r in reports)
    assert any(not r.ok for r in reports)


def test_a_failed_check_read_first_is_the_same_object_in_the_results() -> None:
    report = dk.check_structure(ORG, date(2024, 12, 31))
    first = report.problems[0]
    assert report.problems[0] is first
    assert any(r is first for r in report.results)
    assert report.problems[0] is first  # answered from the results now


def test_a_report_built_from_results_answers_alike() -> None:
    made = dk.check_structure(ORG, dk.REFERENCE_AS_OF)
    built = StructureReport(made.as_of, made.results)
    assert not _columns(built)
    assert built == made and built.by_rule() == made.by_rule()
    assert built.problems == made.problems and built.ok == made.ok


def test_pickle_and_repr_read_the_results() -> None:
    report = dk.check_structure(ORG, dk.REFERENCE_AS_OF)
    back = pickle.loads(pickle.dumps(report))
    assert back == dk.check_structure(ORG, dk.REFERENCE_AS_OF)
    assert repr(dk.check_structure(ORG, dk.REFERENCE_AS_OF)) == repr(report)


def test_results_read_from_many_threads_are_one_tuple_of_one_set_of_objects() -> None:
    report = dk.check_structure(ORG, dk.REFERENCE_AS_OF)
    with ThreadPoolExecutor(4) as pool:
        seen = list(pool.map(lambda _: report.results, range(8)))
    assert all(s == seen[0] for s in seen)
    final = report.results
    assert all(a is b for a, b in zip(final, report.results, strict=True))


def test_an_unknown_attribute_still_raises() -> None:
    report = dk.check_structure(ORG, dk.REFERENCE_AS_OF)
    with pytest.raises(AttributeError):
        report.nonexistent  # noqa: B018
    assert not hasattr(report, "__dict__")

"""The robustness promise, measured: junk gets a DataError, is never accepted, never echoed.

The default run mutates a few dozen documents of each kind (a few seconds); ``nox -s slow``
mutates 10,000 of each and prints the counts (``DANGKIEMTRA_FUZZ_DOCS`` sets the size).
"""

from __future__ import annotations

import pytest

from _fuzzing import fuzz_size, run


def test_junk_only_ever_gets_a_data_error(capsys: pytest.CaptureFixture[str]) -> None:
    tallies = run(fuzz_size())
    with capsys.disabled():
        print()
        for kind, tally in tallies.items():
            print(f"fuzz {kind}: {tally.line()}")
    for kind, tally in tallies.items():
        assert not tally.foreign, (kind, dict(tally.foreign), tally.examples)
        assert tally.accepted_junk == 0, (kind, tally.examples)
        assert tally.disagreements == 0, (kind, tally.examples)
        assert tally.leaks == 0, (kind, tally.examples)
        assert tally.documents == fuzz_size()

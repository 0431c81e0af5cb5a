"""The rulebook: integrity, the document register, dated look-ups, options."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest

from dangkiemtra._schemas import validate
from dangkiemtra.errors import AmbiguityError, DataError, RuleError
from dangkiemtra.rulebook import Rulebook, integrity_problems
from dangkiemtra.rulebook import _read_data_files as read_data_files

RULE_ID = r"^(DF|TH|AU|VO|PR|AP|SU|MC|CQ|ST|ORG|KTGS|TCP|TCS|KN|Q11|TCD|LOC|MTTQ|CAL|REF|MEM|ELE|RAT)-\d{2}(-2026)?$"


def test_default_rulebook_is_sound(rulebook: Rulebook) -> None:
    assert integrity_problems(rulebook) == []


def test_every_data_file_validates_against_the_schema() -> None:
    import tomllib

    from dangkiemtra.rulebook import _jsonable

    for name, text in read_data_files().items():
        assert validate(_jsonable(tomllib.loads(text)), "rulebook") == [], name


def test_every_parameter_entry_is_cited_with_a_catalogue_rule_id(rulebook: Rulebook) -> None:
    import re

    for param in rulebook.parameters.values():
        for entry in param.history:
            assert entry.citation.source in rulebook.sources
            assert re.match(RULE_ID, entry.citation.rule_id)
            assert entry.citation.number, "citations carry the document number as printed"


def test_histories_are_sorted_and_do_not_overlap(rulebook: Rulebook) -> None:
    for param in rulebook.parameters.values():
        for a, b in zip(param.history, param.history[1:], strict=False):
            assert a.valid_until is not None
            assert a.valid_until < b.valid_from


REGISTER = {
    # the documents the foundation issue asks for, by register id
    "charter-2011",
    "qd-30-2016",
    "qd-22-2021",
    "qd-262-2025",
    "qd-296-2025",
    "qd-21-2026",
    "hd-01-2016-ubkttw",
    "hd-02-2021-tw",
    "hd-08-2025-tw",
    "qd-102-2017",
    "qd-07-2018",
    "qd-69-2022",
    "qd-264-2025",
    "qd-212-2026",
    "qd-29-2016",
    "qd-24-2021",
    "qd-232-2025",
    "qd-294-2025",
    "qd-208-2026",
    "hd-01-2016-tw",
    "hd-01-2021-tw",
    "hd-06-2025-tw",
    "hd-01-2026-tw",
    "qd-37-2021",
    "qd-207-2026",
    "qd-11-2019",
    "kl-215-2025",
    "qd-124-2018",
    "qd-1374-2017",
    "qd-89-2022",
    "qd-164-2024",
    "luat-to-cao-2018",
    "luat-khieu-nai-2011",
    "luat-tiep-cong-dan-2013",
    "luat-136-2025",
    "blds-2015",
    "blld-2012",
    "blld-2019",
}


def test_register_holds_every_document_of_the_catalogues(rulebook: Rulebook) -> None:
    assert set(rulebook.sources) >= REGISTER


@pytest.mark.parametrize(
    "chain",
    [
        ["qd-30-2016", "qd-22-2021", "qd-296-2025", "qd-21-2026"],
        ["qd-102-2017", "qd-69-2022", "qd-212-2026"],
        ["qd-07-2018", "qd-69-2022"],
        ["qd-29-2016", "qd-24-2021", "qd-232-2025", "qd-294-2025", "qd-208-2026"],
        ["hd-01-2016-tw", "hd-01-2021-tw", "hd-06-2025-tw", "hd-01-2026-tw"],
        ["qd-37-2021", "qd-207-2026"],
        ["blld-2012", "blld-2019"],
    ],
)
def test_succession_chains(rulebook: Rulebook, chain: list[str]) -> None:
    for old, new in pairwise(chain):
        a, b = rulebook.sources[old], rulebook.sources[new]
        assert a.replaced_by == new
        assert a.in_force_until is not None and b.in_force_from is not None
        assert a.in_force_until < b.in_force_from


def test_qd21_takes_over_from_qd296_on_11_april_2026(rulebook: Rulebook) -> None:
    key = "ktgs.thematic_supervision.max_working_days.grassroots"
    before = rulebook.at(date(2026, 4, 10)).get(key)
    after = rulebook.at(date(2026, 4, 11)).get(key)
    assert before.citation.source == "qd-296-2025"
    assert after.citation.source == "qd-21-2026"
    assert after.value == 20
    assert {f.code for f in after.flags} == {"unconfirmed", "carried_over"}
    old = rulebook.at(date(2023, 9, 25)).get(key)
    assert old.citation.source == "hd-02-2017-ubkttw"
    assert [f.code for f in old.flags] == ["unconfirmed"]  # confirmed-secondary is still flagged


def test_qd21_is_in_force_from_its_signing(rulebook: Rulebook) -> None:
    snap = rulebook.at(date(2026, 4, 11))
    ids = {s.id for s in snap.sources_in_force()}
    assert "qd-21-2026" in ids and "qd-296-2025" not in ids


def test_a_date_before_a_rule_existed_says_from_when() -> None:
    with pytest.raises(RuleError) as err:
        Rulebook.default().at(date(2017, 9, 11)).get(
            "ktgs.thematic_supervision.max_working_days.province"
        )
    assert err.value.applies_from == date(2017, 9, 12)
    assert "ktgs.thematic_supervision.max_working_days.province" in str(err.value)
    assert "12 tháng 9 năm 2017" in str(err.value) and "12 September 2017" in str(err.value)


def test_unknown_key_is_a_rule_error_not_a_key_error(rulebook: Rulebook) -> None:
    with pytest.raises(RuleError):
        rulebook.at(date(2023, 1, 1)).get("no.such.rule")


def test_options_default_choice_and_refusal(rulebook: Rulebook) -> None:
    snap = rulebook.at(date(2023, 9, 25))
    choice = snap.option("ktgs.extension_rounding")
    assert choice.reading == "down" and choice.is_default
    assert choice.flags[0].code == "ambiguous_default"
    assert snap.option("ktgs.extension_rounding", "up").reading == "up"
    with pytest.raises(AmbiguityError) as err:
        snap.option("ktgs.extension_rounding", refuse=True)
    assert err.value.readings == ("down", "up")
    with pytest.raises(RuleError):
        snap.option("ktgs.extension_rounding", "sideways")


BROKEN_SOURCE = """
[[source]]
id = "a"
number = "1-QĐ/TW"
issuer = "X"
title_vi = "T"
title_en = "T"
kind = "party"
in_force_from = 2020-01-01
confidence = "confirmed"
"""


def test_overlapping_history_is_rejected_with_a_pointer() -> None:
    params = """
[[parameter]]
key = "x.y"
unit = "days"
description_vi = "d"
description_en = "d"
history = [
  { valid_from = 2020-01-01, valid_until = 2021-01-01, value = 1, source = "a", rule_id = "ORG-01", confidence = "confirmed" },
  { valid_from = 2020-06-01, value = 2, source = "nope", rule_id = "ORG-01", confidence = "confirmed" },
]
"""
    with pytest.raises(DataError) as err:
        Rulebook.from_toml({"sources.toml": BROKEN_SOURCE, "parameters.toml": params})
    assert set(err.value.pointers()) == {
        "/parameters/x.y/history/1/valid_from",
        "/parameters/x.y/history/1/source",
    }


def test_schema_problems_are_all_reported_at_once() -> None:
    params = """
[[parameter]]
key = "x.y"
unit = "fortnights"
description_vi = ""
description_en = "d"
history = [ { valid_from = "2020-02-30", value = 1, source = "a", rule_id = "XX-1", confidence = "sure" } ]
"""
    with pytest.raises(DataError) as err:
        Rulebook.from_toml({"sources.toml": BROKEN_SOURCE, "parameters.toml": params})
    pointers = set(err.value.pointers())
    base = "/parameters.toml/parameter/0"
    assert {
        f"{base}/unit",
        f"{base}/description_vi",
        f"{base}/history/0/rule_id",
        f"{base}/history/0/confidence",
    } <= pointers
    assert "fortnights" not in str(err.value) and "sure" not in str(err.value)


def test_replaced_source_must_end_before_its_successor() -> None:
    text = (
        BROKEN_SOURCE
        + """
[[source]]
id = "b"
number = "2-QĐ/TW"
issuer = "X"
title_vi = "T"
title_en = "T"
kind = "party"
in_force_from = 2020-06-01
confidence = "confirmed"
"""
    )
    text = text.replace(
        "in_force_from = 2020-01-01\n", 'in_force_from = 2020-01-01\nreplaced_by = "b"\n', 1
    )
    with pytest.raises(DataError) as err:
        Rulebook.from_toml({"sources.toml": text})
    assert err.value.problems[0].code == "rulebook.chain"


def test_every_parameter_answers_on_every_day_it_claims(rulebook: Rulebook) -> None:
    for param in rulebook.parameters.values():
        for entry in param.history:
            for day in (
                entry.valid_from,
                entry.valid_until or entry.valid_from + timedelta(days=3650),
            ):
                got = rulebook.at(day).get(param.key)
                assert got.value == entry.value and got.citation == entry.citation


def test_a_chosen_reading_is_flagged_as_chosen(rulebook: Rulebook) -> None:
    choice = rulebook.at(date(2023, 9, 25)).option("ktgs.extension_rounding", "up")
    assert [(f.code, f.detail) for f in choice.flags] == [("ambiguous", "up")]

"""Members' identities never appear in reprs, explanations, JSON answers or error messages."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings

from dangkiemtra.errors import DataError
from dangkiemtra.io import dump_organization, load_organization
from dangkiemtra.organization import Organization, check_structure, counts, statistics
from dangkiemtra.testing import organizations


def secrets(org: Organization) -> list[str]:
    out = []
    for m in org.all_members():
        out.append(m.full_name)
        out += [x for x in (m.citizen_id, m.party_card_number) if x]
        out.append(m.birth_date.isoformat())
    return [s for s in out if len(s) >= 6]


@settings(max_examples=60)
@given(organizations())
def test_no_identity_in_any_public_output(org: Organization) -> None:
    hidden = secrets(org)
    day = date(2023, 9, 25)
    outputs = [repr(org), repr(list(org.all_members()))]
    c = counts(org, day)
    outputs += [
        str(c.explanation),
        c.explanation.render("en"),
        json.dumps(c.to_json(), ensure_ascii=False),
    ]
    outputs.append(json.dumps(statistics(org, date(2023, 1, 1), day).to_json(), ensure_ascii=False))
    report = check_structure(org, day)
    for r in report.results:
        outputs += [
            r.explanation.render("vi"),
            r.explanation.render("en"),
            r.explanation._repr_html_(),
            json.dumps(r.explanation.to_json(), ensure_ascii=False),
            repr(r),
        ]
    # a broken copy of the document: the error must not echo anything either
    doc = dump_organization(org)
    doc["organization"]["kind"] = "?"
    for child in doc["organization"].get("children", []):
        for m in child.get("members", []):
            m["birth_date"] = m["full_name"]
            m["gender"] = m.get("citizen_id") or "x"
    try:
        load_organization(doc)
    except DataError as err:
        outputs.append(str(err))
    text = "\n".join(outputs)
    for secret in hidden:
        assert secret not in text

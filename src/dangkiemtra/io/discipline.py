"""Discipline records (hồ sơ kỷ luật) as JSON: ``discipline.schema.json``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from dangkiemtra._schemas import validate
from dangkiemtra.discipline import cases as dc
from dangkiemtra.errors import Problem
from dangkiemtra.io._core import _Checker, _d, _get, _iso, _items, _load, _opt, _validated
from dangkiemtra.io._json import _p
from dangkiemtra.organization import Organization


def discipline_problems(doc: Any, organization: Organization | None = None) -> list[Problem]:
    """Every schema and semantic problem of a discipline document."""
    problems = validate(doc, "discipline")
    c = _Checker()
    known = (
        {o.id for o in organization.walk()} | {m.id for m in organization.all_members()}
        if organization is not None
        else None
    )
    for i, case in _items(doc, "cases"):
        ptr = f"/cases/{i}"
        c.unique(_get(case, "id"), f"{ptr}/id", "case")
        opened = c.day(_get(case, "opened_on"), f"{ptr}/opened_on")
        inspected = c.day(_get(case, "inspection_decided_on"), f"{ptr}/inspection_decided_on")
        concluded = c.day(_get(case, "concluded_on"), f"{ptr}/concluded_on")
        c.order(
            opened,
            concluded,
            f"{ptr}/concluded_on",
            "ngày kết luận không trước ngày mở hồ sơ",
            "a conclusion no earlier than the opening",
        )
        c.order(
            inspected,
            concluded,
            f"{ptr}/concluded_on",
            "ngày kết luận không trước quyết định kiểm tra",
            "a conclusion no earlier than the inspection decision",
        )
        subject = _get(_get(case, "subject"), "id")
        if known is not None and isinstance(subject, str) and subject not in known:
            c.problems.append(
                _p(
                    f"{ptr}/subject/id",
                    "reference.unknown",
                    "mã một tổ chức hoặc đảng viên có trong cây",
                    "the id of an organisation or member in the tree",
                )
            )
        for j, v in _items(case, "violations"):
            vp = f"{ptr}/violations/{j}"
            c.unique(_get(v, "id"), f"{vp}/id", f"violation{i}")
            start = c.day(_get(v, "committed_on"), f"{vp}/committed_on")
            c.order(
                start,
                c.day(_get(v, "ended_on"), f"{vp}/ended_on"),
                f"{vp}/ended_on",
                "ngày chấm dứt vi phạm không trước ngày vi phạm",
                "an end no earlier than the start",
            )
            c.day(_get(v, "discovered_on"), f"{vp}/discovered_on")
        for j, circ in _items(case, "circumstances"):
            cp = f"{ptr}/circumstances/{j}"
            c.order(
                c.day(_get(circ, "start"), f"{cp}/start"),
                c.day(_get(circ, "end"), f"{cp}/end"),
                f"{cp}/end",
                "ngày kết thúc không trước ngày bắt đầu",
                "an end no earlier than the start",
            )
        vote = _get(case, "vote")
        c.day(_get(vote, "held_on"), f"{ptr}/vote/held_on")
        counts = [n for _, x in _items(vote, "votes") if isinstance(n := _get(x, "count"), int)]
        none = _get(vote, "none_votes")
        eligible = _get(vote, "eligible")
        if (
            isinstance(eligible, int)
            and sum(counts) + (none if isinstance(none, int) else 0) > eligible
        ):
            c.problems.append(
                _p(
                    f"{ptr}/vote/votes",
                    "ballot.too_many",
                    "tổng số phiếu không vượt số người có quyền biểu quyết",
                    "no more votes than eligible voters",
                )
            )
        dec = _get(case, "decision")
        signed = c.day(_get(dec, "signed_on"), f"{ptr}/decision/signed_on")
        for key in ("announced_on", "received_on"):
            c.order(
                signed,
                c.day(_get(dec, key), f"{ptr}/decision/{key}"),
                f"{ptr}/decision/{key}",
                "một ngày không trước ngày ký quyết định",
                "a date no earlier than the signing",
            )
        for j, ap in _items(case, "appeals"):
            pp = f"{ptr}/appeals/{j}"
            c.unique(_get(ap, "id"), f"{pp}/id", f"appeal{i}")
            for key in ("filed_on", "received_on", "decided_on", "announced_on"):
                c.day(_get(ap, key), f"{pp}/{key}")
        for j, su in _items(case, "suspensions"):
            sp = f"{ptr}/suspensions/{j}"
            c.unique(_get(su, "id"), f"{sp}/id", "suspension")
            c.order(
                c.day(_get(su, "start"), f"{sp}/start"),
                c.day(_get(su, "lifted_on"), f"{sp}/lifted_on"),
                f"{sp}/lifted_on",
                "ngày chấm dứt đình chỉ không trước ngày bắt đầu",
                "a lifting no earlier than the start",
            )
    return problems + c.problems


def _case(raw: Mapping[str, Any]) -> dc.DisciplineCase:
    def vio(v: Mapping[str, Any]) -> dc.Violation:
        return dc.Violation(
            id=v["id"],
            committed_on=date.fromisoformat(v["committed_on"]),
            ended_on=_d(v.get("ended_on")),
            discovered_on=_d(v.get("discovered_on")),
            continuing=v.get("continuing", False),
            categories=tuple(v.get("categories", ())),
            warranted=v.get("warranted"),
            in_higher_task=v.get("in_higher_task", False),
            very_serious=v.get("very_serious", False),
        )

    vote = raw.get("vote")
    dec = raw.get("decision")
    s = raw["subject"]
    return dc.DisciplineCase(
        id=raw["id"],
        subject=dc.Subject(
            s["id"],
            s["kind"],
            s.get("holds_post", False),
            s.get("committee", "none"),
            s.get("managed_by_higher", False),
            s.get("chi_uy_of_base_cell", False),
        ),
        violations=tuple(vio(v) for v in raw["violations"]),
        opened_on=date.fromisoformat(raw["opened_on"]),
        inspection_decided_on=_d(raw.get("inspection_decided_on")),
        concluded_on=_d(raw.get("concluded_on")),
        circumstances=tuple(
            dc.Circumstance(
                x["code"], _d(x.get("start")), _d(x.get("end")), x.get("written_request", False)
            )
            for x in raw.get("circumstances", ())
        ),
        ballot=dc.Ballot(
            vote["body"],
            vote["eligible"],
            tuple((dc.Form(x["form"]), x["count"]) for x in vote["votes"]),
            vote.get("none_votes", 0),
            _d(vote.get("held_on")),
        )
        if vote
        else None,
        decision=dc.Decision(
            dec["id"],
            dec["body"],
            dec["form"],
            date.fromisoformat(dec["signed_on"]),
            _d(dec.get("announced_on")),
            _d(dec.get("received_on")),
            dec.get("central", False),
        )
        if dec
        else None,
        appeals=tuple(
            dc.Appeal(
                a["id"],
                a["decision"],
                date.fromisoformat(a["filed_on"]),
                _d(a.get("received_on")),
                tuple(a.get("facts", ())),
                a.get("outcome"),
                a.get("new_form"),
                _d(a.get("decided_on")),
                _d(a.get("announced_on")),
            )
            for a in raw.get("appeals", ())
        ),
        suspensions=tuple(
            dc.Suspension(
                x["id"],
                x["subject"],
                x["kind"],
                date.fromisoformat(x["start"]),
                tuple(x.get("grounds", ())),
                tuple(x.get("extensions", ())),
                _d(x.get("lifted_on")),
            )
            for x in raw.get("suspensions", ())
        ),
    )


def load_discipline(
    data: str | bytes | Mapping[str, Any], *, organization: Organization | None = None
) -> dc.DisciplineBook:
    """Discipline records (``discipline.schema.json``) as a :class:`~dangkiemtra.discipline.cases.DisciplineBook`.

    With ``organization``, every subject must be an organisation or member of that tree.
    """
    book: dc.DisciplineBook = _load(
        data,
        lambda d: discipline_problems(d, organization),
        lambda d: dc.DisciplineBook(tuple(_case(c) for c in d["cases"])),
    )
    return book


@_validated(discipline_problems)
def dump_discipline(book: dc.DisciplineBook) -> dict[str, Any]:
    """Discipline records as a JSON document (``discipline.schema.json``)."""
    cases = []
    for case in book.cases:
        s = case.subject
        subject: dict[str, Any] = {"id": s.id, "kind": s.kind.value}
        for key in ("holds_post", "managed_by_higher", "chi_uy_of_base_cell"):
            if getattr(s, key):
                subject[key] = True
        if s.committee.value != "none":
            subject["committee"] = s.committee.value
        out: dict[str, Any] = {"id": case.id, "subject": subject, "violations": []}
        for v in case.violations:
            vo: dict[str, Any] = {"id": v.id, "committed_on": v.committed_on.isoformat()}
            _opt(vo, "ended_on", _iso(v.ended_on))
            _opt(vo, "discovered_on", _iso(v.discovered_on))
            if v.continuing:
                vo["continuing"] = True
            _opt(vo, "categories", list(v.categories))
            _opt(vo, "warranted", v.warranted.value if v.warranted else None)
            if v.in_higher_task:
                vo["in_higher_task"] = True
            if v.very_serious:
                vo["very_serious"] = True
            out["violations"].append(vo)
        out["opened_on"] = case.opened_on.isoformat()
        _opt(out, "inspection_decided_on", _iso(case.inspection_decided_on))
        _opt(out, "concluded_on", _iso(case.concluded_on))
        circs = []
        for x in case.circumstances:
            co: dict[str, Any] = {"code": x.code}
            _opt(co, "start", _iso(x.start))
            _opt(co, "end", _iso(x.end))
            if x.written_request:
                co["written_request"] = True
            circs.append(co)
        _opt(out, "circumstances", circs)
        if case.ballot is not None:
            b = case.ballot
            bo: dict[str, Any] = {
                "body": b.body.value,
                "eligible": b.eligible,
                "votes": [{"form": f.value, "count": n} for f, n in b.votes],
            }
            if b.none_votes:
                bo["none_votes"] = b.none_votes
            _opt(bo, "held_on", _iso(b.held_on))
            out["vote"] = bo
        if case.decision is not None:
            d = case.decision
            do: dict[str, Any] = {
                "id": d.id,
                "body": d.body.value,
                "form": d.form.value,
                "signed_on": d.signed_on.isoformat(),
            }
            _opt(do, "announced_on", _iso(d.announced_on))
            _opt(do, "received_on", _iso(d.received_on))
            if d.central:
                do["central"] = True
            out["decision"] = do
        appeals = []
        for a in case.appeals:
            ao: dict[str, Any] = {
                "id": a.id,
                "decision": a.decision,
                "filed_on": a.filed_on.isoformat(),
            }
            _opt(ao, "received_on", _iso(a.received_on))
            _opt(ao, "facts", list(a.facts))
            _opt(ao, "outcome", a.outcome.value if a.outcome else None)
            _opt(ao, "new_form", a.new_form.value if a.new_form else None)
            _opt(ao, "decided_on", _iso(a.decided_on))
            _opt(ao, "announced_on", _iso(a.announced_on))
            appeals.append(ao)
        _opt(out, "appeals", appeals)
        sus: list[dict[str, Any]] = []
        for susp in case.suspensions:
            so: dict[str, Any] = {
                "id": susp.id,
                "subject": susp.subject,
                "kind": susp.kind.value,
                "start": susp.start.isoformat(),
            }
            _opt(so, "grounds", list(susp.grounds))
            _opt(so, "extensions", list(susp.extensions))
            _opt(so, "lifted_on", _iso(susp.lifted_on))
            sus.append(so)
        _opt(out, "suspensions", sus)
        cases.append(out)
    return {"format": "dangkiemtra.discipline/1", "cases": cases}

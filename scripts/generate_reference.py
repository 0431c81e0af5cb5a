"""Generate the embedded reference organisation (the Lạng Sơn bloc report of 25-09-2023) and its 2023 KTGS programme.

A synthetic but realistic Đảng bộ Khối các cơ quan tỉnh Lạng Sơn, built to match the figures
the bloc published on 25 September 2023:

* 63 grassroots organisations: 33 đảng bộ cơ sở and 30 chi bộ cơ sở (29 with a chi ủy);
* 219 sub-grassroots organisations: 10 đảng bộ bộ phận holding 38 cells, 209 cells in all,
  142 of them with a chi ủy (so 10 + 142 = 152 units "có chi ủy");
* 4,144 members on the roll on 2023-09-25;
* a 2023 programme whose indicators as of 2023-09-25 are the seed's: base committees
  19/33, base UBKTs 16/33, base cells with a chi ủy 17/29, partial committees and
  sub-base cells with a committee 18/152, the bloc UBKT's thematic supervision 2/3, the
  standing committee's 100 % and 17/25 base organisations supervised on conclusions.

Every name, date and ID number is invented with a seeded generator: running this script
twice gives the same files. Usage::

    python scripts/generate_reference.py            # writes the package data
    python scripts/generate_reference.py --check    # exits 1 if the committed data differ
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

SEED = 4144
AS_OF = date(2023, 9, 25)
YEAR_END = date(2023, 12, 31)
TOTAL_MEMBERS = 4144
DATA = Path(__file__).resolve().parents[1] / "src" / "dangkiemtra" / "datasets" / "data"
ORG_FILE = DATA / "reference-organization.json"
INSPECTION_FILE = DATA / "reference-inspection-2023.json"
DISCIPLINE_FILE = DATA / "reference-discipline-2023.json"
PETITIONS_FILE = DATA / "reference-petitions-2023.json"

FAMILY = [
    "Nguyễn",
    "Hoàng",
    "Lương",
    "Nông",
    "Hà",
    "Vi",
    "Lăng",
    "Triệu",
    "Lý",
    "Chu",
    "Mã",
    "Đinh",
    "Trần",
    "Lê",
    "Phạm",
    "Hứa",
    "Lộc",
    "Vy",
    "Dương",
    "Bế",
]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Công", "Mạnh"]
MIDDLE_F = ["Thị", "Thu", "Thanh", "Minh", "Hồng", "Ngọc", "Kim", "Thúy"]
GIVEN_M = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Giang",
    "Hải",
    "Hùng",
    "Khánh",
    "Long",
    "Nam",
    "Phong",
    "Quân",
    "Sơn",
    "Thắng",
    "Toàn",
    "Tuấn",
    "Việt",
    "Vinh",
    "Hiếu",
    "Trung",
]
GIVEN_F = [
    "Anh",
    "Chi",
    "Dung",
    "Hà",
    "Hạnh",
    "Hoa",
    "Hương",
    "Lan",
    "Liên",
    "Linh",
    "Mai",
    "Nga",
    "Nhung",
    "Oanh",
    "Phương",
    "Quyên",
    "Thảo",
    "Trang",
    "Vân",
    "Yến",
]
AGENCIES = [
    "Cơ quan Tổng hợp",
    "Trung tâm Dịch vụ công",
    "Ban Quản lý Dự án",
    "Cơ quan Kế hoạch",
    "Cơ quan Tài chính",
    "Cơ quan Giáo dục",
    "Cơ quan Y tế",
    "Cơ quan Nông nghiệp",
    "Cơ quan Giao thông",
    "Cơ quan Xây dựng",
    "Cơ quan Văn hóa",
    "Cơ quan Tư pháp",
    "Cơ quan Nội vụ",
    "Cơ quan Công thương",
    "Cơ quan Thông tin",
    "Cơ quan Khoa học",
    "Cơ quan Lao động",
    "Cơ quan Tài nguyên",
    "Trường Cao đẳng",
    "Bệnh viện Tỉnh",
]
UNITS = [
    "Văn phòng",
    "Phòng Tổng hợp",
    "Phòng Nghiệp vụ",
    "Phòng Kế toán",
    "Trung tâm",
    "Phòng Hành chính",
    "Phòng Kỹ thuật",
    "Khoa",
    "Đội",
    "Ban",
]


class Gen:
    """The seeded generator; every random choice goes through ``self.r``."""

    def __init__(self) -> None:
        self.r = random.Random(SEED)
        self.n_member = 0
        self.n_card = 0

    def day_between(self, lo: date, hi: date) -> date:
        return lo + timedelta(days=self.r.randint(0, (hi - lo).days))

    def person(
        self,
        *,
        veteran_before: date | None,
        probationary: bool = False,
        admitted_window: tuple[date, date] | None = None,
    ) -> dict[str, Any]:
        r = self.r
        self.n_member += 1
        female = r.random() < 0.45
        birth = self.day_between(date(1962, 1, 1), date(1999, 12, 31))
        if admitted_window is not None:
            admitted = self.day_between(*admitted_window)
            birth = min(birth, admitted - relativedelta(years=22))
        elif probationary:
            admitted = self.day_between(date(2022, 10, 3), date(2023, 9, 15))
            birth = self.day_between(date(1990, 1, 1), date(2000, 12, 31))
        else:
            assert veteran_before is not None
            earliest = birth + relativedelta(years=20)
            latest = min(veteran_before - relativedelta(months=14), birth + relativedelta(years=45))
            if latest <= earliest:
                birth = veteran_before - relativedelta(years=30)
                earliest, latest = (
                    birth + relativedelta(years=20),
                    veteran_before - relativedelta(months=14),
                )
            admitted = self.day_between(earliest, latest)
        official = admitted + relativedelta(months=12)
        century = 0 if birth.year < 2000 else 2
        citizen = f"020{century + female}{birth.year % 100:02d}{r.randint(0, 999999):06d}"
        self.n_card += 1
        member: dict[str, Any] = {
            "id": f"dv{self.n_member:05d}",
            "full_name": " ".join(
                [
                    r.choice(FAMILY),
                    r.choice(MIDDLE_F if female else MIDDLE_M),
                    r.choice(GIVEN_F if female else GIVEN_M),
                ]
            ),
            "gender": "nu" if female else "nam",
            "birth_date": birth.isoformat(),
            "citizen_id": citizen,
            "party_card_number": f"{r.randint(10_000_000, 99_999_999)}",
            "admission_date": admitted.isoformat(),
        }
        if official <= YEAR_END:
            member["official_date"] = official.isoformat()
        return member


def partition(r: random.Random, total: int, parts: int, low: int) -> list[int]:
    """``parts`` whole numbers ≥ ``low`` summing to ``total``."""
    sizes = [low] * parts
    for _ in range(total - low * parts):
        sizes[r.randrange(parts)] += 1
    return sizes


def build() -> tuple[dict[str, Any], dict[str, Any]]:
    g = Gen()
    r = g.r
    base_elected = date(2020, 6, 15)
    cell_elected = date(2022, 4, 20)

    # ── the shape: which cell has a chi ủy, how many members each has ───────────────
    n_base_committees, n_base_cells = 33, 30
    direct_cells = partition(r, 171, n_base_committees, 3)
    with_partial = sorted(r.sample(range(n_base_committees), 10))
    partial_cells = [4, 4, 4, 4, 4, 4, 4, 4, 3, 3]
    sub_cells = 171 + 38
    # the first two direct cells of every base committee have a chi ủy (so each has ≥ 30 members)
    firsts, start = [], 0
    for n in direct_cells:
        firsts += [start, start + 1]
        start += n
    rest = [i for i in range(sub_cells) if i not in set(firsts)]
    chi_uy_sub = set(firsts) | set(r.sample(rest, 142 - len(firsts)))
    sizes = []
    for i in range(sub_cells):
        sizes.append(r.randint(15, 24) if i in chi_uy_sub else r.randint(4, 7))
    base_cell_sizes = [r.randint(11, 22) for _ in range(29)] + [6]
    # adjust the chi-ủy cells so the roll on AS_OF is exactly TOTAL_MEMBERS
    order = sorted(chi_uy_sub)
    i = 0
    while sum(sizes) + sum(base_cell_sizes) != TOTAL_MEMBERS:
        k = order[i % len(order)]
        if sum(sizes) + sum(base_cell_sizes) < TOTAL_MEMBERS and sizes[k] < 40:
            sizes[k] += 1
        elif sum(sizes) + sum(base_cell_sizes) > TOTAL_MEMBERS and sizes[k] > 15:
            sizes[k] -= 1
        i += 1

    def cell_members(size: int, chi_uy: bool, elected: date) -> list[dict[str, Any]]:
        """``size`` members on the roll on AS_OF (plus some who left or come later)."""
        probationary = 0 if not chi_uy else min(2, r.randint(0, 3))
        veterans = size - probationary
        out = [g.person(veteran_before=elected) for _ in range(veterans)]
        out += [g.person(veteran_before=None, probationary=True) for _ in range(probationary)]
        # movement that does not change the AS_OF roll
        if chi_uy and r.random() < 0.12:  # left before AS_OF
            m = g.person(veteran_before=elected)
            m["departure"] = {
                "kind": r.choice(["chuyen_di", "chuyen_di", "tu_tran"]),
                "date": g.day_between(date(2023, 1, 5), AS_OF - timedelta(days=1)).isoformat(),
            }
            out.append(m)
        if chi_uy and r.random() < 0.08:  # a veteran transferred in during 2023 (counted)
            out[1]["joined_on"] = g.day_between(date(2023, 2, 1), AS_OF).isoformat()
        if chi_uy and r.random() < 0.08:  # leaves after AS_OF (counted on AS_OF)
            out[0]["departure"] = {
                "kind": "chuyen_di",
                "date": g.day_between(AS_OF + timedelta(days=1), YEAR_END).isoformat(),
            }
            extra = g.person(veteran_before=elected)  # and a replacement veteran keeps ORG-05 sound
            extra["joined_on"] = g.day_between(AS_OF + timedelta(days=1), YEAR_END).isoformat()
            out.append(extra)
        if chi_uy and r.random() < 0.05:  # admitted after AS_OF
            out.append(
                g.person(
                    veteran_before=None,
                    admitted_window=(AS_OF + timedelta(days=5), YEAR_END - timedelta(days=20)),
                )
            )
        return out

    def with_posts(
        members: list[dict[str, Any]], org_id: str, chi_uy_size: int, start: date
    ) -> None:
        veterans = [
            m
            for m in members
            if "official_date" in m and date.fromisoformat(m["official_date"]) <= start
        ]
        if not veterans:
            return
        veterans[0].setdefault("posts", []).append(
            {"title": "bi_thu", "organization": org_id, "from": start.isoformat()}
        )
        for m in veterans[1:chi_uy_size]:
            m.setdefault("posts", []).append(
                {"title": "chi_uy_vien", "organization": org_id, "from": start.isoformat()}
            )

    def cell(
        cid: str, name: str, kind: str, size: int, chi_uy: bool, elected: date
    ) -> dict[str, Any]:
        members = cell_members(size, chi_uy, elected)
        node: dict[str, Any] = {"id": cid, "kind": kind, "name": name}
        cu = 5 if size >= 20 else 3
        if chi_uy:
            node["bodies"] = [{"kind": "chi_uy", "size": cu, "elected_on": elected.isoformat()}]
        with_posts(members, cid, cu if chi_uy else 1, elected)
        node["members"] = members
        return node

    def committee_posts(
        node: dict[str, Any], size: int, ubkt: int, standing: int, start: date
    ) -> None:
        pool = [
            m
            for c in _walk(node)
            for m in c.get("members", [])
            if "official_date" in m
            and date.fromisoformat(m["official_date"]) <= start
            and "departure" not in m
        ]
        chosen = pool[: size + ubkt]
        for k, m in enumerate(chosen[:size]):
            title = (
                "bi_thu" if k == 0 else ("uy_vien_ban_thuong_vu" if k < standing else "cap_uy_vien")
            )
            m.setdefault("posts", []).append(
                {"title": title, "organization": node["id"], "from": start.isoformat()}
            )
        for k, m in enumerate(chosen[size : size + ubkt]):
            title = "chu_nhiem_ubkt" if k == 0 else "uy_vien_ubkt"
            m.setdefault("posts", []).append(
                {"title": title, "organization": node["id"], "from": start.isoformat()}
            )

    bases: list[dict[str, Any]] = []
    sub_index = 0
    for b in range(n_base_committees):
        bid = f"cs{b + 1:02d}"
        agency = AGENCIES[b % len(AGENCIES)]
        children: list[dict[str, Any]] = []
        for c in range(direct_cells[b]):
            children.append(
                cell(
                    f"{bid}-cb{c + 1:02d}",
                    f"Chi bộ {UNITS[c % len(UNITS)]} {c + 1}",
                    "chi_bo",
                    sizes[sub_index],
                    sub_index in chi_uy_sub,
                    cell_elected,
                )
            )
            sub_index += 1
        if b in with_partial:
            p = with_partial.index(b)
            pid = f"{bid}-bp1"
            pcells = []
            for c in range(partial_cells[p]):
                pcells.append(
                    cell(
                        f"{pid}-cb{c + 1:02d}",
                        f"Chi bộ Tổ {c + 1}",
                        "chi_bo",
                        sizes[sub_index],
                        sub_index in chi_uy_sub,
                        cell_elected,
                    )
                )
                sub_index += 1
            partial = {
                "id": pid,
                "kind": "dang_bo_bo_phan",
                "name": f"Đảng bộ bộ phận {agency} số {p + 1}",
                "bodies": [
                    {"kind": "ban_chap_hanh", "size": 5, "elected_on": cell_elected.isoformat()}
                ],
                "children": pcells,
            }
            committee_posts(partial, 5, 0, 0, cell_elected)
            children.append(partial)
        node: dict[str, Any] = {
            "id": bid,
            "kind": "dang_bo_co_so",
            "name": f"Đảng bộ {agency} {b // len(AGENCIES) + 1}",
        }
        roll = sum(
            1
            for c in _walk({"children": children})
            for m in c.get("members", [])
            if _on_roll(m, AS_OF)
        )
        committee = 9 if roll >= 100 else 7
        ubkt = 5 if roll >= 150 else 3
        node["bodies"] = [
            {"kind": "ban_chap_hanh", "size": committee, "elected_on": base_elected.isoformat()}
        ]
        if committee >= 9:
            node["bodies"].append(
                {"kind": "ban_thuong_vu", "size": 3, "elected_on": base_elected.isoformat()}
            )
        node["bodies"].append(
            {"kind": "uy_ban_kiem_tra", "size": ubkt, "elected_on": base_elected.isoformat()}
        )
        node["children"] = children
        committee_posts(node, committee, ubkt, 3 if committee >= 9 else 0, base_elected)
        bases.append(node)
    for b in range(n_base_cells):
        bid = f"cs{n_base_committees + b + 1:02d}"
        has = b < 29
        bases.append(
            cell(
                bid,
                f"Chi bộ {AGENCIES[(b + 7) % len(AGENCIES)]} {b // len(AGENCIES) + 1}",
                "chi_bo_co_so",
                base_cell_sizes[b],
                has,
                base_elected,
            )
        )
    bloc = {
        "id": "dbk-ls",
        "kind": "dang_bo_cap_tren_co_so",
        "name": "Đảng bộ Khối các cơ quan tỉnh Lạng Sơn",
        "bodies": [
            {"kind": "ban_chap_hanh", "size": 15, "elected_on": base_elected.isoformat()},
            {"kind": "ban_thuong_vu", "size": 5, "elected_on": base_elected.isoformat()},
            {"kind": "uy_ban_kiem_tra", "size": 5, "elected_on": base_elected.isoformat()},
        ],
        "children": bases,
    }
    org_doc = {"format": "dangkiemtra.organization/1", "organization": bloc}
    return org_doc, inspection(r, bloc)


def _official_on(cell: dict[str, Any], day: date) -> int:
    """Official members of ``cell`` on ``day``: the voters of a cell ballot (VO-02)."""
    return sum(
        1
        for m in cell.get("members", [])
        if _on_roll(m, day)
        and "official_date" in m
        and date.fromisoformat(m["official_date"]) <= day
    )


def discipline(org_doc: dict[str, Any]) -> dict[str, Any]:
    """The 2023 discipline records: 5 members disciplined, 13 suspended after prosecution or detention."""
    r = random.Random(SEED + 1)
    cells = [n for n in _walk(org_doc["organization"]) if n["kind"] in ("chi_bo", "chi_bo_co_so")]
    picks = r.sample(cells, 18)
    cases: list[dict[str, Any]] = []
    for k, cell in enumerate(picks[:5]):
        voted = date(2023, 2, 14) + timedelta(days=40 * k)
        members = [
            m
            for m in cell["members"]
            if _on_roll(m, voted)
            and "official_date" in m
            and date.fromisoformat(m["official_date"]) <= voted
        ]
        plain = [m for m in members if not m.get("posts")] or members
        subject = plain[-1]["id"]
        eligible = _official_on(cell, voted)
        form = "khien_trach" if k < 3 else "canh_cao"
        yes = eligible // 2 + 1 + r.randint(0, max(0, eligible // 2 - 2))
        cases.append(
            {
                "id": f"kl-2023-{k + 1}",
                "subject": {"id": subject, "kind": "dang_vien_chinh_thuc"},
                "violations": [
                    {
                        "id": "v1",
                        "committed_on": (voted - timedelta(days=200 + 30 * k)).isoformat(),
                        "warranted": form,
                    }
                ],
                "opened_on": (voted - timedelta(days=60)).isoformat(),
                "inspection_decided_on": (voted - timedelta(days=60)).isoformat(),
                "concluded_on": (voted - timedelta(days=1)).isoformat(),
                "vote": {
                    "body": "chi_bo_role",
                    "eligible": eligible,
                    "votes": [{"form": form, "count": yes}],
                    "none_votes": eligible - yes,
                    "held_on": voted.isoformat(),
                },
                "decision": {
                    "id": f"qd-kl-2023-{k + 1}",
                    "body": "chi_bo_role",
                    "form": form,
                    "signed_on": voted.isoformat(),
                    "announced_on": voted.isoformat(),
                    "received_on": (voted + timedelta(days=2)).isoformat(),
                },
            }
        )
    for k, cell in enumerate(picks[5:]):
        start = date(2023, 1, 16) + timedelta(days=17 * k)
        members = [m for m in cell["members"] if _on_roll(m, start) and "official_date" in m]
        subject = members[-1]["id"]
        cases.append(
            {
                "id": f"dc-2023-{k + 1:02d}",
                "subject": {"id": subject, "kind": "dang_vien_chinh_thuc"},
                "violations": [
                    {"id": "v1", "committed_on": (start - timedelta(days=120)).isoformat()}
                ],
                "opened_on": start.isoformat(),
                "suspensions": [
                    {
                        "id": f"dc-2023-{k + 1:02d}-s",
                        "subject": subject,
                        "kind": "sinh_hoat_dang",
                        "start": start.isoformat(),
                        "grounds": ["khoi_to", "tam_giam"],
                    }
                ],
            }
        )
    return {"format": "dangkiemtra.discipline/1", "cases": cases}


def _walk(node: dict[str, Any]) -> list[dict[str, Any]]:
    out, stack = [], [node]
    while stack:
        n = stack.pop()
        out.append(n)
        stack.extend(n.get("children", []))
    return out


def _on_roll(m: dict[str, Any], day: date) -> bool:
    start = date.fromisoformat(m.get("joined_on", m["admission_date"]))
    dep = m.get("departure")
    return start <= day and (dep is None or day < date.fromisoformat(dep["date"]))


def inspection(r: random.Random, bloc: dict[str, Any]) -> dict[str, Any]:
    """The 2023 programmes and activities, as of the seed's figures."""
    progs: list[dict[str, Any]] = []
    acts: list[dict[str, Any]] = []
    bases = bloc["children"]
    base_committees = [b for b in bases if b["kind"] == "dang_bo_co_so"]
    base_cells = [b for b in bases if b["kind"] == "chi_bo_co_so" and b.get("bodies")]
    sub_units = []
    for b in base_committees:
        for n in _walk(b):
            if n["kind"] == "dang_bo_bo_phan":
                sub_units.append((n, "ban_chap_hanh"))
            elif n["kind"] == "chi_bo" and n.get("bodies"):
                sub_units.append((n, "chi_bo_body"))
    sub_units.sort(key=lambda u: u[0]["id"])

    def act(
        aid: str,
        prog: str,
        actor: str,
        body: str,
        kind: str,
        decided: date,
        concluded: date | None,
        subjects: list[str],
        members: int,
        topic: str | None = None,
    ) -> None:
        a: dict[str, Any] = {
            "id": aid,
            "programme": prog,
            "actor": actor,
            "body": body,
            "kind": kind,
            "decided_on": decided.isoformat(),
        }
        if concluded is not None:
            a["concluded_on"] = concluded.isoformat()
        a["subject_organizations"] = subjects
        a["subject_members"] = members
        if topic:
            a["topic"] = topic
        acts.append(a)

    # the bloc's standing committee: 100 % by 31 July 2023
    progs.append(
        {
            "id": "ctr-btv-2023",
            "title": "Chương trình kiểm tra, giám sát năm 2023 của Ban Thường vụ Đảng ủy Khối",
            "actor": "dbk-ls",
            "body": "ban_thuong_vu",
            "adopted_on": "2023-01-12",
            "targets": [
                {"kind": "kiem_tra", "organizations": 3, "members": 5},
                {"kind": "giam_sat_chuyen_de", "organizations": 6, "members": 12},
            ],
        }
    )
    picks = r.sample([b["id"] for b in base_committees], 9)
    for k, (org, count) in enumerate(zip(picks[:3], [2, 2, 1], strict=True)):
        act(
            f"btv-kt-{k + 1}",
            "ctr-btv-2023",
            "dbk-ls",
            "ban_thuong_vu",
            "kiem_tra",
            date(2023, 3, 1 + 7 * k),
            date(2023, 5, 10) + timedelta(days=20 * k),
            [org],
            count,
        )
    for k, org in enumerate(picks[3:]):
        act(
            f"btv-gs-{k + 1}",
            "ctr-btv-2023",
            "dbk-ls",
            "ban_thuong_vu",
            "giam_sat_chuyen_de",
            date(2023, 4, 3 + 2 * k),
            date(2023, 6, 20) + timedelta(days=5 * k),
            [org],
            2,
        )
    # its supervision of 25 base organisations on implementing conclusions: 17 by 25 September
    progs.append(
        {
            "id": "kh-btv-gs-kl-2023",
            "title": "Kế hoạch giám sát việc thực hiện thông báo kết luận kiểm tra, giám sát 6 tháng đầu năm 2022",
            "actor": "dbk-ls",
            "body": "ban_thuong_vu",
            "adopted_on": "2023-03-01",
            "targets": [{"kind": "giam_sat_chuyen_de", "organizations": 25, "members": 0}],
        }
    )
    subjects = r.sample([b["id"] for b in bases], 25)
    for k, org in enumerate(subjects):
        concluded = (
            date(2023, 5, 2) + timedelta(days=7 * k)
            if k < 17
            else date(2023, 10, 2) + timedelta(days=5 * k)
        )
        act(
            f"btv-gskl-{k + 1:02d}",
            "kh-btv-gs-kl-2023",
            "dbk-ls",
            "ban_thuong_vu",
            "giam_sat_chuyen_de",
            date(2023, 4, 3),
            concluded,
            [org],
            0,
            "thực hiện thông báo kết luận",
        )
    # the bloc UBKT: inspections 3/3, thematic supervision 2/3
    progs.append(
        {
            "id": "ctr-ubkt-2023",
            "title": "Chương trình kiểm tra, giám sát năm 2023 của Ủy ban Kiểm tra Đảng ủy Khối",
            "actor": "dbk-ls",
            "body": "uy_ban_kiem_tra",
            "adopted_on": "2023-01-16",
            "targets": [
                {"kind": "kiem_tra", "organizations": 3, "members": 0},
                {"kind": "giam_sat_chuyen_de", "organizations": 3, "members": 3},
            ],
        }
    )
    ub = r.sample([b["id"] for b in bases], 6)
    for k, (org, concluded) in enumerate(
        zip(ub[:3], [date(2023, 6, 15), date(2023, 8, 10), date(2023, 9, 22)], strict=True)
    ):
        act(
            f"ubkt-kt-{k + 1}",
            "ctr-ubkt-2023",
            "dbk-ls",
            "uy_ban_kiem_tra",
            "kiem_tra",
            concluded - timedelta(days=40),
            concluded,
            [org],
            0,
            "công tác kiểm tra, giám sát, kỷ luật của đảng; công tác tài chính đảng",
        )
    for k, (org, concluded) in enumerate(
        zip(ub[3:], [date(2023, 5, 30), date(2023, 8, 25), date(2023, 10, 20)], strict=True)
    ):
        act(
            f"ubkt-gs-{k + 1}",
            "ctr-ubkt-2023",
            "dbk-ls",
            "uy_ban_kiem_tra",
            "giam_sat_chuyen_de",
            concluded - timedelta(days=45),
            concluded,
            [org],
            1,
        )

    def unit_programmes(
        units: list[tuple[dict[str, Any], str]], done_by_as_of: int, prefix: str
    ) -> None:
        order = list(range(len(units)))
        r.shuffle(order)
        done = set(order[:done_by_as_of])
        later = set(order[done_by_as_of : done_by_as_of + (len(units) - done_by_as_of) * 2 // 3])
        for idx, (node, body) in enumerate(units):
            pid = f"{prefix}-{node['id']}"
            kind = (
                "giam_sat_chuyen_de" if body in ("uy_ban_kiem_tra", "chi_bo_body") else "kiem_tra"
            )
            progs.append(
                {
                    "id": pid,
                    "title": f"Kế hoạch kiểm tra, giám sát năm 2023 ({node['name']})",
                    "actor": node["id"],
                    "body": body,
                    "adopted_on": "2023-01-20",
                    "targets": [
                        {
                            "kind": kind,
                            "organizations": 0 if body == "chi_bo_body" else 1,
                            "members": 2,
                        }
                    ],
                }
            )
            if idx in done:
                concluded = date(2023, 3, 15) + timedelta(days=r.randint(0, 180))
            elif idx in later:
                concluded = date(2023, 10, 5) + timedelta(days=r.randint(0, 70))
            else:
                continue
            subject = [c["id"] for c in node.get("children", [])][:1]
            act(
                f"{pid}-1",
                pid,
                node["id"],
                body,
                kind,
                concluded - timedelta(days=30),
                concluded,
                subject,
                2,
            )

    unit_programmes([(b, "ban_chap_hanh") for b in base_committees], 19, "kh-cu")
    unit_programmes([(b, "uy_ban_kiem_tra") for b in base_committees], 16, "kh-ubkt")
    unit_programmes([(b, "chi_bo_body") for b in base_cells], 17, "kh-cbcs")
    unit_programmes(sub_units, 18, "kh-dcs")
    # inspections on signs of violation, outside any programme: 5 organisations, 14 members
    signs = r.sample([b["id"] for b in bases], 5)
    for k, (org, members) in enumerate(zip(signs, [3, 3, 3, 3, 2], strict=True)):
        concluded = date(2023, 3, 20) + timedelta(days=35 * k)
        a: dict[str, Any] = {
            "id": f"ubkt-dh-{k + 1}",
            "actor": "dbk-ls",
            "body": "uy_ban_kiem_tra",
            "kind": "kiem_tra_dau_hieu_vi_pham",
            "decided_on": (concluded - timedelta(days=40)).isoformat(),
            "concluded_on": concluded.isoformat(),
            "subject_organizations": [org],
            "subject_members": members,
        }
        acts.append(a)
    return {
        "format": "dangkiemtra.inspection/1",
        "year": 2023,
        "programmes": progs,
        "activities": acts,
    }


def render(doc: dict[str, Any]) -> str:
    """Canonical JSON text: UTF-8, one member per line for reviewable diffs."""
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return text.replace('},{"id":"', '},\n{"id":"') + "\n"


def petitions() -> dict[str, Any]:
    """The 3 letters (kiến nghị, phản ánh) the bloc received in 2023, with invented senders."""
    r = random.Random(SEED + 2)
    rows = []
    for k, (kind, received, closed) in enumerate(
        [
            ("kien_nghi", date(2023, 3, 14), date(2023, 4, 20)),
            ("phan_anh", date(2023, 6, 5), date(2023, 7, 18)),
            ("phan_anh", date(2023, 8, 21), None),
        ]
    ):
        sender = {
            "named": True,
            "signers": 1,
            "signed_personally": True,
            "capable": True,
            "full_name": f"{r.choice(FAMILY)} {r.choice(MIDDLE_M)} {r.choice(GIVEN_M)}",
            "address": f"Tổ {r.randint(1, 20)}, phường {r.choice(['A', 'B', 'C'])}, thành phố Lạng Sơn",
        }
        row: dict[str, Any] = {
            "id": f"don-2023-{k + 1}",
            "kind": kind,
            "system": "dang",
            "channel": "buu_dien",
            "received_on": received.isoformat(),
            "receiving_body": "dbk-ls",
            "summary": "Nội dung kiến nghị, phản ánh (tổng hợp)",
            "sender": sender,
            "specific": True,
        }
        if closed is not None:
            row["closed_on"] = closed.isoformat()
        rows.append(row)
    return {"format": "dangkiemtra.petitions/1", "petitions": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed data")
    args = parser.parse_args(argv)
    org, insp = build()
    texts = {
        ORG_FILE: render(org),
        INSPECTION_FILE: render(insp),
        DISCIPLINE_FILE: render(discipline(org)),
        PETITIONS_FILE: render(petitions()),
    }
    if args.check:
        stale = [p.name for p, t in texts.items() if not p.exists() or p.read_text("utf-8") != t]
        if stale:
            print("stale:", ", ".join(stale))
            return 1
        print("reference data up to date")
        return 0
    DATA.mkdir(parents=True, exist_ok=True)
    for path, text in texts.items():
        path.write_text(text, "utf-8")
        print(f"wrote {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Tables (to_pandas), charts (plot), calendar files (to_ics) and the [analysis] extra."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import matplotlib
import pytest
from hypothesis import given, settings

matplotlib.use("Agg")

import icalendar
import pandas as pd
from matplotlib.image import AxesImage
from matplotlib.patches import Rectangle

import dangkiemtra as dk
import dangkiemtra.analysis as an
import dangkiemtra.discipline as kl
from dangkiemtra import _analysis, display
from dangkiemtra.testing import dates, organizations

DAY = dk.REFERENCE_AS_OF
ORG = dk.reference_organization()
BOOK = dk.reference_inspection()


@pytest.fixture(scope="module")
def progress() -> dk.ProgressReport:
    return dk.progress_report(ORG, BOOK, DAY, decimals=dk.REFERENCE_DECIMALS)


def dtypes(df: Any, columns: dict[str, str]) -> None:
    """The frame has exactly ``columns`` (in order) with the documented kinds."""
    assert list(df.columns)[: len(columns)] == list(columns)
    api = pd.api.types
    for name, kind in columns.items():
        col = df[name]
        check = {
            "date": api.is_datetime64_any_dtype,
            "int": api.is_integer_dtype,
            "Int": api.is_integer_dtype,
            "float": api.is_float_dtype,
            "bool": api.is_bool_dtype,
            "str": api.is_string_dtype,
        }[kind]
        assert check(col), f"{name}: {col.dtype} is not {kind}"


# ── to_pandas ────────────────────────────────────────────────────────────────────────────


def test_progress_report_table_has_numbers_not_strings(progress: dk.ProgressReport) -> None:
    df = progress.to_pandas()
    dtypes(df, _analysis.PROGRESS_COLUMNS)
    groups = df[df["level"] == "group"].set_index("group")
    base = groups.loc["base_committees"]
    assert (base["done"], base["planned"]) == (19, 33)
    assert base["percent"] == pytest.approx(57.58)
    assert groups.loc["base_cells_with_committee", "percent"] == pytest.approx(58.6)
    assert df["as_of"].iloc[0] == pd.Timestamp(DAY)
    n_targets = sum(len(fs) for _, fs in progress.programmes)
    assert (df["level"] == "programme").sum() == n_targets


def test_progress_report_by_unit_lists_who_acted(progress: dk.ProgressReport) -> None:
    units = progress.to_pandas(by="unit")
    dtypes(units, _analysis.UNIT_COLUMNS)
    base = units[(units["group"] == "base_committees") & units["has_plan"]]
    assert len(base) == 33 and int(base["acted"].sum()) == 19
    assert (
        progress.groups[0]
        .to_pandas()
        .equals(units[units["group"] == "base_committees"].reset_index(drop=True))
    )
    with pytest.raises(ValueError, match="by"):
        progress.to_pandas(by="month")


def test_structure_report_row_per_check_with_citation() -> None:
    report = dk.check_structure(ORG, DAY)
    df = report.to_pandas()
    dtypes(df, _analysis.STRUCTURE_COLUMNS)
    assert len(df) == len(report.results)
    assert int(df["checked"].sum()) == 2747 and not (~df["ok"]).any()
    assert df["citation"].str.contains(r"\[ORG-\d\d\]").all()
    assert len(report.to_pandas(failures_only=True)) == 0
    with display.language("en"):
        assert report.to_pandas()["citation"].str.startswith("Art.").any()


def test_register_table_row_per_petition() -> None:
    overdue = dk.Petition("late", "to_cao", "dang", received_on=date(2023, 1, 5))
    r = dk.register((*dk.reference_petitions(), overdue), DAY)
    df = r.to_pandas()
    dtypes(df, _analysis.REGISTER_COLUMNS)
    row = df.set_index("id").loc["late"]
    assert row["status"] == "overdue" and row["days_overdue"] > 0
    assert row["received"] == pd.Timestamp(2023, 1, 5) and row["kind"] == "to_cao"
    assert pd.isna(df.set_index("id").loc["don-2023-1", "due"])


def test_counts_statistics_and_organisation_tables() -> None:
    c = dk.counts(ORG, DAY).to_pandas()
    dtypes(c, _analysis.COUNTS_COLUMNS)
    assert c.loc[0, "members"] == 4144 and c.loc[0, "dang_bo_co_so"] == 33
    s = dk.statistics(ORG, date(2023, 1, 1), DAY).to_pandas()
    dtypes(s, _analysis.STATISTICS_COLUMNS)
    assert s.set_index("measure").loc["members", "value"] == 4144
    tree = an.counts_by_organization(ORG, DAY)
    dtypes(tree, _analysis.ORGANIZATION_COLUMNS)
    assert tree.loc[0, "members_in_tree"] == 4144 == int(tree["members"].sum())
    by_org = an.statistics_by_organization(ORG, date(2023, 1, 1), DAY)
    dtypes(by_org, _analysis.STATISTICS_BY_ORG_COLUMNS)
    assert int(by_org["members"].iloc[1:].sum()) == int(by_org["members"].iloc[0])


def test_members_table_is_non_personal_unless_asked() -> None:
    df = an.members_table(ORG, DAY)
    dtypes(df, _analysis.MEMBER_COLUMNS)
    assert len(df) == 4144
    assert not set(_analysis.PERSONAL_COLUMNS) & set(df.columns)
    names = {m.full_name for m in ORG.all_members()}
    assert not any(v in names for v in df.astype(str).to_numpy().ravel())
    personal = an.members_table(ORG, DAY, personal=True)
    assert set(_analysis.PERSONAL_COLUMNS) <= set(personal.columns)
    assert personal["full_name"].isin(names).all()


def test_discipline_supervision_and_diff_tables() -> None:
    d = kl.discipline_report(dk.reference_discipline(), 2023, DAY).to_pandas()
    dtypes(d, _analysis.DISCIPLINE_COLUMNS)
    assert int(d[d["measure"] == "disciplined"]["count"].sum()) == 5
    assert d.set_index("measure").loc["suspended", "count"] == 13
    plan = dk.assign([f"c{i}" for i in range(7)], ["A", "B"], 2024)
    assert plan.to_pandas()["cadres"].tolist() == [4, 3]
    assert "cadre" not in plan.to_pandas().columns and "cadre" in plan.to_pandas(cadres=True)
    diff = dk.Rulebook.default().diff(date(2026, 4, 10), date(2026, 4, 11))
    values = diff.to_pandas()
    dtypes(values, _analysis.DIFF_COLUMNS)
    total = values.set_index("key").loc["discipline.suspension.max_total"]
    assert (total["before"], total["after"], total["change"]) == ("180", "120", "value")
    assert (total["before_source"], total["after_source"]) == ("qd-296-2025", "qd-21-2026")
    docs = diff.to_pandas("documents")
    dtypes(docs, _analysis.DOCUMENT_COLUMNS)
    assert sorted(docs["number"]) == ["08-HD/TW", "21-QĐ/TW", "296-QĐ/TW"]


def test_excel_export_round_trips_through_openpyxl(
    tmp_path: Path, progress: dk.ProgressReport
) -> None:
    path = tmp_path / "bao-cao.xlsx"
    with pd.ExcelWriter(path, engine="openpyxl") as xl:
        progress.to_pandas().to_excel(xl, sheet_name="chi_tieu", index=False)
        progress.to_pandas(by="unit").to_excel(xl, sheet_name="don_vi", index=False)
    back = pd.read_excel(path, sheet_name="chi_tieu", engine="openpyxl")
    assert back[back["level"] == "group"]["percent"].tolist()[0] == pytest.approx(57.58)


# ── the extra ────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("module", "call"),
    [
        ("pandas", lambda: dk.counts(ORG, DAY).to_pandas()),
        ("matplotlib", lambda: an.plot_calendar(2026)),
        ("icalendar", lambda: dk.deadline(DAY, dk.Duration(3, dk.Unit.DAYS)).to_ics()),
    ],
)
def test_without_the_extra_the_error_names_it(
    monkeypatch: pytest.MonkeyPatch, module: str, call: Any
) -> None:
    for name in list(sys.modules):
        if name == module or name.startswith(module + "."):
            monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ImportError, match=r"dangkiemtra\[analysis\]") as err:
        call()
    assert err.value.name == module


# ── plot ─────────────────────────────────────────────────────────────────────────────────


def test_progress_plot_draws_plan_and_done_per_group(progress: dk.ProgressReport) -> None:
    fig = progress.plot()
    (ax,) = fig.axes
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert len(bars) == 2 * len(progress.groups)
    widths = sorted(b.get_width() for b in bars)
    assert 152 in widths and 19 in widths
    assert any("19/33 = 57,58%" in t.get_text() for t in ax.texts)
    assert len(ax.get_legend().get_texts()) == 2


def test_unit_plot_has_a_bar_pair_per_planned_unit(progress: dk.ProgressReport) -> None:
    g = progress.groups[0]
    (ax,) = g.plot().axes
    assert len(ax.patches) == 2 * g.planned


def test_calendar_heat_map_marks_tet_and_the_worked_saturday() -> None:
    fig = an.plot_calendar(2026)
    (ax,) = fig.axes
    (image,) = [a for a in ax.get_children() if isinstance(a, AxesImage)]
    grid: Any = image.get_array()
    start = date(2025, 12, 29)  # the Monday of the week holding 1 January 2026

    def at(d: date) -> int:
        return int(grid[d.weekday(), (d - start).days // 7])

    assert at(date(2026, 2, 17)) == 2  # Tết Nguyên đán: a holiday
    assert at(date(2026, 1, 2)) == 3  # a swapped day off
    assert at(date(2026, 1, 10)) == 4  # the Saturday worked in exchange
    assert at(date(2026, 1, 5)) == 0 and at(date(2026, 1, 4)) == 1
    assert len(ax.get_legend().get_texts()) == 5


def test_organisation_sunburst_has_a_wedge_per_organisation_with_members() -> None:
    fig = an.plot_organization(ORG, DAY, depth=1)
    (ax,) = fig.axes
    assert ax.name == "polar"
    assert len(ax.patches) == 1 + sum(1 for c in ORG.children if any(True for _ in c.all_members()))


def test_case_time_line_puts_the_limitation_and_appeal_window_on_it() -> None:
    case = dk.reference_discipline().cases[0]
    (ax,) = an.plot_case(case).axes
    labels = " ".join(t.get_text() for t in ax.texts)
    assert "Hết thời hiệu" in labels and "Hết hạn khiếu nại" in labels
    assert len(ax.collections) == 3


# ── to_ics ───────────────────────────────────────────────────────────────────────────────


def test_deadline_ics_round_trips_and_is_deterministic() -> None:
    d = dk.deadline_for_rule("discipline.appeal.window", date(2025, 8, 1))
    data = d.to_ics(as_of=date(2025, 8, 4))
    assert data == d.to_ics(as_of=date(2025, 8, 4))
    cal = icalendar.Calendar.from_ical(data)
    assert cal["VERSION"] == "2.0" and "dangkiemtra" in str(cal["PRODID"])
    (event,) = cal.walk("VEVENT")
    start = event.decoded("DTSTART")
    assert start == d.due and type(start) is date  # an all-day DATE value
    assert event.decoded("DTEND") == date(2025, 9, 17)
    assert event.decoded("DTSTAMP").date() == date(2025, 8, 4)
    assert str(event["UID"]).endswith("@dangkiemtra")
    assert "Điều 25" in str(event["DESCRIPTION"])
    assert b"DTSTART;VALUE=DATE:20250916" in data


def test_ics_bytes_are_identical_in_a_fresh_interpreter() -> None:
    code = (
        "import sys; from datetime import date; import dangkiemtra as dk;"
        "d = dk.deadline_for_rule('discipline.appeal.window', date(2025, 8, 1));"
        "sys.stdout.buffer.write(d.to_ics())"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout
    d = dk.deadline_for_rule("discipline.appeal.window", date(2025, 8, 1))
    assert other == d.to_ics()


def test_several_deadlines_and_the_register_in_one_calendar() -> None:
    dls = {
        "Hạn khiếu nại": dk.deadline_for_rule("discipline.appeal.window", date(2025, 8, 1)),
        "Hạn công bố": dk.deadline_for_rule("discipline.announce.days", date(2025, 8, 1)),
    }
    cal = icalendar.Calendar.from_ical(an.deadlines_to_ics(dls, as_of=date(2025, 8, 1)))
    events = cal.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == list(dls)
    assert len({str(e["UID"]) for e in events}) == 2
    late = dk.Petition("late", "to_cao", "dang", received_on=date(2023, 1, 5))
    r = dk.register((*dk.reference_petitions(), late), DAY)
    (event,) = icalendar.Calendar.from_ical(r.to_ics()).walk("VEVENT")
    assert "late" in str(event["SUMMARY"]) and event.decoded("DTSTAMP").date() == DAY


@settings(max_examples=25)
@given(organizations(), dates(date(2017, 1, 1), date(2027, 12, 31)))
def test_tables_of_any_organisation_keep_their_columns(org: dk.Organization, day: date) -> None:
    report = dk.check_structure(org, day)
    df = report.to_pandas()
    dtypes(df, _analysis.STRUCTURE_COLUMNS)
    assert len(df) == len(report.results)
    assert int((~df["ok"]).sum()) == len(report.problems)
    tree = an.counts_by_organization(org, day)
    dtypes(tree, _analysis.ORGANIZATION_COLUMNS)
    assert tree.loc[0, "members_in_tree"] == dk.counts(org, day).members
    members = an.members_table(org, day)
    assert len(members) == dk.counts(org, day).members
    assert not set(_analysis.PERSONAL_COLUMNS) & set(members.columns)

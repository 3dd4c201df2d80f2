"""Parser: exact counts, merged cells, deadline forms, and errors that name the line."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.errors import LedgerFormatError
from assistant.ledger import load, parse_deadline, parse_text, split_units
from tests.conftest import SEED


def test_seed_gives_16_measures_and_62_tasks(ledger):
    assert len(ledger.measures) == 16
    assert len(ledger.tasks) == 62
    assert [len(m.task_ids) for m in ledger.measures] == [2, 5, 4, 4, 6, 3, 5, 6, 4, 3, 3, 3, 4, 3, 3, 4]
    assert ledger.title == "深化提升“获得电力”服务水平任务台账"


def test_every_row_of_the_file_becomes_a_task(ledger):
    # Each task row ends with a deadline cell; none may be dropped.
    deadline_cells = [ln for ln in SEED.read_text("utf-8").splitlines() if ln.startswith("\t") and parse_deadline(ln[1:])]
    assert len(deadline_cells) == len(ledger.tasks)


def test_ids_are_measure_and_position(ledger):
    assert [t.id for t in ledger.tasks[:3]] == ["1.1", "1.2", "2.1"]
    assert ledger.tasks[-1].id == "16.4"
    t = ledger.task("5.6")
    assert t.measure_no == 5 and t.position == 6 and t.measure_title == "全面推进“高效办成一件事”"


def test_merged_cells_inherit_units_from_the_row_above(ledger):
    first, second = ledger.task("2.1"), ledger.task("2.5")
    assert second.units == first.units
    assert first.units == ("省发展改革委", "省自然资源厅", "省住建厅", "省市场监管局", "省政务服务办", "省能源局", "省电力公司", "各设区市电力主管部门")
    assert ledger.task("10.3").units == ("省电力公司", "省电力交易中心")


def test_deadlines_are_normalised(ledger):
    assert ledger.task("1.2").deadline.date == dt.date(2026, 12, 31)
    assert ledger.task("1.1").deadline.ongoing
    counts = {}
    for t in ledger.tasks:
        counts[t.deadline.text] = counts.get(t.deadline.text, 0) + 1
    assert counts == {"持续推进": 11, "2026年底前": 12, "2025年底前": 20, "2027年底前": 19}


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("2025年底前", dt.date(2025, 12, 31)), ("２０２６年底前", dt.date(2026, 12, 31)), ("2026年6月底前", dt.date(2026, 6, 30)),
     ("2027年上半年", dt.date(2027, 6, 30)), ("2025年2月底前", dt.date(2025, 2, 28))],
)
def test_deadline_forms(cell, expected):
    assert parse_deadline(cell).date == expected


def test_unknown_deadline_form_is_none():
    assert parse_deadline("尽快") is None
    assert parse_deadline("2026年13月底前") is None


def test_split_units():
    assert split_units("省能源局、省电力公司、 各设区市电力主管部门") == ("省能源局", "省电力公司", "各设区市电力主管部门")


def test_status_relative_to_today(ledger):
    today = dt.date(2026, 11, 27)
    assert ledger.task("2.1").deadline.status(today) == "past"
    assert ledger.task("1.2").deadline.status(today) == "due_this_year"
    assert ledger.task("2.4").deadline.status(today) == "not_due"
    assert ledger.task("1.1").deadline.status(today) == "ongoing"
    assert ledger.task("1.2").deadline.status(dt.date(2027, 1, 1)) == "past"


HEADER = "台账\n\t工作措施\n\t责任单位\n\t具体任务\n\t完成时限\n\n"


def _err(text: str) -> LedgerFormatError:
    with pytest.raises(LedgerFormatError) as info:
        parse_text(text, "x.txt")
    return info.value


def test_row_with_three_cells_names_its_line():
    e = _err(HEADER + "\t1.措施\n\t省能源局\n\t任务\n\n")
    assert e.line == 7 and "4 cells" in str(e)


def test_unknown_deadline_names_its_line():
    e = _err(HEADER + "\t1.措施\n\t省能源局\n\t任务一\n\t2025年底前\n\n\t\n\t\n\t任务二\n\t尽快\n\n")
    assert e.line == 15 and "尽快" in str(e)


def test_missing_header_and_empty_cells():
    assert "header" in str(_err("台账\n\t1.措施\n\t单位\n\t任务\n\t2025年底前\n"))
    assert "task cell is empty" in str(_err(HEADER + "\t1.措施\n\t省能源局\n\t\n\t2025年底前\n\n"))
    assert "no measure" in str(_err(HEADER + "\t\n\t\n\t任务\n\t2025年底前\n\n"))
    assert "does not start with its number" in str(_err(HEADER + "\t措施\n\t省能源局\n\t任务\n\t2025年底前\n\n"))


def test_duplicate_measure_is_rejected():
    row = "\t1.措施\n\t省能源局\n\t任务\n\t2025年底前\n\n"
    assert "twice" in str(_err(HEADER + row + row))


def test_invalid_utf8_and_nul_bytes(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(HEADER.encode() + "\t1.措施\n".encode("gbk"))
    with pytest.raises(LedgerFormatError, match="UTF-8"):
        load(bad)
    bad.write_bytes(HEADER.encode() + b"\t1.\x00\n")
    with pytest.raises(LedgerFormatError, match="NUL"):
        load(bad)


def test_zero_width_characters_do_not_break_parsing():
    ledger = parse_text(HEADER + "\t1.措施\u200b\n\t省能源局\n\t任务\ufeff\n\t2025年底前\u200b\n\n", "x.txt")
    assert ledger.tasks[0].deadline.text == "2025年底前"
    assert ledger.tasks[0].measure_title == "措施"

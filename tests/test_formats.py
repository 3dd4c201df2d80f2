"""Word and Excel ledgers give the same records as the text export; bad documents name their row."""

from __future__ import annotations

import pytest

from assistant.errors import LedgerFormatError
from assistant.ledger import load
from tests.documents import records, write_docx, write_xlsx

pytest.importorskip("docx")
pytest.importorskip("openpyxl")


def test_three_formats_give_identical_records(ledger, tmp_path):
    d = load(write_docx(ledger, tmp_path / "ledger.docx"))
    x = load(write_xlsx(ledger, tmp_path / "ledger.xlsx"))
    assert records(d) == records(ledger) == records(x)
    assert [(m.no, m.title, m.units, m.task_ids) for m in d.measures] == [(m.no, m.title, m.units, m.task_ids) for m in ledger.measures]
    assert (d.title, d.id) == (x.title, x.id) == (ledger.title, ledger.id) == ("深化提升“获得电力”服务水平任务台账", "L2")
    assert len(d.tasks) == 62 and len(d.measures) == 16


def test_multiline_cell_is_joined(ledger, tmp_path):
    x = load(write_xlsx(ledger, tmp_path / "l.xlsx"))
    assert x.task("3.1").text == ledger.task("3.1").text and "\n" not in x.task("3.1").text


def test_hidden_characters_are_stripped_and_reported(ledger, tmp_path):
    def edit(ws):
        ws["E5"] = "2026年底前\u200b"
    x = load(write_xlsx(ledger, tmp_path / "l.xlsx", edit=edit))
    assert x.task("1.2").deadline.text == "2026年底前"
    assert any("row 5" in w and "hidden" in w for w in x.warnings)


def test_missing_deadline_names_sheet_and_row(ledger, tmp_path):
    def edit(ws):
        ws["E10"] = None
    with pytest.raises(LedgerFormatError, match=r"sheet '台账' row 10: the deadline cell is empty"):
        load(write_xlsx(ledger, tmp_path / "l.xlsx", edit=edit))


def test_unknown_deadline_names_table_and_row(ledger, tmp_path):
    def edit(table):
        table.cell(4, 3).text = "尽快完成"
    with pytest.raises(LedgerFormatError, match=r"table 1 row 5: unknown deadline form '尽快完成'"):
        load(write_docx(ledger, tmp_path / "l.docx", edit=edit))


def test_missing_task_in_word(ledger, tmp_path):
    def edit(table):
        table.cell(7, 2).text = ""
    with pytest.raises(LedgerFormatError, match=r"table 1 row 8: the task cell is empty"):
        load(write_docx(ledger, tmp_path / "l.docx", edit=edit))


def test_table_without_a_header_is_rejected(ledger, tmp_path):
    def edit(ws):
        for c in "BCDE":
            ws[f"{c}3"] = "其他"
    with pytest.raises(LedgerFormatError, match="no sheet with a recognisable header"):
        load(write_xlsx(ledger, tmp_path / "l.xlsx", edit=edit))


def test_unreadable_files(tmp_path):
    bad = tmp_path / "x.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(LedgerFormatError, match="not a readable Word document"):
        load(bad)
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(LedgerFormatError, match="not a readable Excel workbook"):
        load(bad)
    with pytest.raises(LedgerFormatError, match="unsupported file type"):
        load(tmp_path / "x.pdf")

"""Ingest, versions, record-level diffs and several ledgers at once."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys

import pytest

from assistant.core import Assistant
from assistant.diff import describe, diff_ledgers
from assistant.records import Ledger
from assistant.settings import load_settings
from tests.conftest import ROOT, SEED, TODAY
from tests.documents import write_docx, write_xlsx

pytest.importorskip("docx")


def edited(ledger: Ledger) -> Ledger:
    """A deliberately edited copy: one deadline moved, one unit added, one task removed, one task added."""
    tasks = []
    for t in ledger.tasks:
        if t.id == "3.4":
            t = dataclasses.replace(t, deadline=dataclasses.replace(t.deadline, text="2026年底前"))
        if t.measure_no == 7:
            t = dataclasses.replace(t, units=(*t.units, "省能源局"))
        if t.id == "12.3":
            continue
        tasks.append(t)
    extra = dataclasses.replace(ledger.task("16.4"), id="16.5", position=5, text="建立供电服务满意度回访机制，定期公开回访结果。")
    tasks.append(extra)
    measures = tuple(
        dataclasses.replace(m, units=(*m.units, "省能源局") if m.no == 7 else m.units,
                            task_ids=tuple(t.id for t in tasks if t.measure_no == m.no))
        for m in ledger.measures)
    return Ledger(ledger.title, "edited", measures, tuple(tasks), id=ledger.id)


def cli(*args, env):
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env={**os.environ, **env})


def test_diff_reports_the_edits_exactly(ledger):
    changes = diff_ledgers(ledger, edited(ledger))
    got = {(c.kind, c.task_id, tuple(f[0] for f in c.fields)) for c in changes}
    assert got == {("changed", "3.4", ("deadline",)), ("removed", "12.3", ()), ("added", "16.5", ())} | {
        ("changed", f"7.{k}", ("units",)) for k in range(1, 6)}
    text = "\n".join(describe(changes))
    assert "完成时限 2025年底前 → 2026年底前" in text and "责任单位 增加 省能源局" in text
    assert diff_ledgers(ledger, ledger) == []


def test_diff_survives_an_inserted_row(ledger):
    tasks = list(ledger.tasks)
    i = next(n for n, t in enumerate(tasks) if t.id == "5.2")
    new_task = dataclasses.replace(tasks[i], text="新增一项关于联合审批的全新任务内容描述，与其他任务完全不同。")
    shifted = [*tasks[:i], new_task, *[dataclasses.replace(t, id=f"5.{t.position + 1}", position=t.position + 1) if t.measure_no == 5 else t
                                       for t in tasks[i:]]]
    changes = diff_ledgers(ledger, Ledger(ledger.title, "x", ledger.measures, tuple(shifted), id="L2"))
    assert [(c.kind, c.task_id) for c in changes] == [("added", "5.2")]


@pytest.fixture()
def indexed(corpus_copy, tmp_path):
    """A corpus folder holding the seed ledger, with its index built by the CLI."""
    env = {"LEDGER_CORPUS_DIR": str(corpus_copy), "LEDGER_INDEX_DIR": str(tmp_path / "index")}
    assert cli("index", "build", env=env).returncode == 0
    return corpus_copy, tmp_path / "index", env


def test_ingest_versions_and_the_changes_question(ledger, tmp_path, indexed):
    corpus, index, env = indexed
    same = cli("ingest", str(write_xlsx(ledger, tmp_path / "same.xlsx")), env=env)
    assert same.returncode == 0 and "unchanged:" in same.stdout and "index" not in same.stdout
    new = write_docx(edited(ledger), tmp_path / "ledger-2-v2.docx")
    p = cli("ingest", str(new), env=env)
    assert p.returncode == 0, p.stderr
    assert "replaced:" in p.stdout and "L2: 8 record(s) changed" in p.stdout
    # 3.4 and 7.1-7.5 changed, 16.5 is new, 12.3 gone: nothing else is embedded again.
    assert "1 added, 6 updated, 1 removed, 55 unchanged" in p.stdout
    assert sorted(x.name for x in corpus.iterdir()) == ["ledger-2-v2.docx"]
    assert len(list((index.parent / "versions" / "L2").iterdir())) == 1
    a = Assistant.from_settings(load_settings(corpus_dir=corpus, index_dir=index, today=TODAY))
    ans = a.ask("这版台账和上一版有什么变化？")
    assert not ans.refused and "共有 8 处变化" in ans.answer and "16.5" in ans.tasks and "3.4" in ans.tasks
    assert a.ask("用电报装超期预警的完成时限？").deadline == "2026年底前"
    gone = a.ask("加强用户侧能源托管、节能改造等服务行为自律，这项由谁负责？")
    assert gone.refused and "任务 12.3" in gone.answer and "已在新版台账中删除" in gone.answer and gone.tasks == ()
    assert "已在新版台账中删除" in a.ask("任务12.3什么时候完成？").answer
    assert a.ask("免费的能效诊断服务谁负责？").tasks[0] == "12.1"  # a current task that shares words is answered from the ledger


def test_bad_file_is_rejected_whole_and_nothing_is_lost(ledger, tmp_path, indexed):
    corpus, _, env = indexed
    good = write_xlsx(dataclasses.replace(ledger, title="第三号任务台账"), tmp_path / "ledger-3.xlsx", preamble=("附件3",))

    def edit(table):
        table.cell(3, 3).text = "择机"
    bad = write_docx(ledger, tmp_path / "ledger-2-bad.docx", edit=edit)
    p = cli("ingest", str(good), str(bad), env=env)
    assert p.returncode == 3 and "Traceback" not in p.stderr
    assert "ledger-2-bad.docx table 1 row 4" in p.stderr and "择机" in p.stderr
    assert [x.name for x in corpus.iterdir()] == [SEED.name]
    status = cli("index", "status", env=env)
    assert "62 entries" in status.stdout and "up to date" in status.stdout


def test_two_ledgers_are_qualified_and_named(ledger, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / SEED.name).write_bytes(SEED.read_bytes())
    second = Ledger("江西省优化用水营商环境任务台账", "x", ledger.measures[:2],
                    tuple(dataclasses.replace(t, text=t.text.replace("电", "水")) for t in ledger.tasks if t.measure_no <= 2), id="L3")
    write_xlsx(second, corpus / "ledger-3-water.xlsx", preamble=("附件3",))
    a = Assistant.from_settings(load_settings(corpus_dir=corpus, index_dir=tmp_path / "index", today=TODAY))
    assert {p[0] for p in a.ledger.parts} == {"L2", "L3"} and len(a.ledger.tasks) == 69
    ans = a.ask("附件3中第1项工作措施有哪些任务？")
    assert set(ans.tasks) == {"L3:1.1", "L3:1.2"}
    assert "江西省优化用水营商环境任务台账" in ans.answer
    d = a.ask("便民接电点什么时候要建成？")
    assert d.tasks[0] == "L2:1.2" and "《深化提升“获得电力”服务水平任务台账》" in d.answer
    assert a.ask("L3:2.1由哪些单位负责？").tasks == ("L3:2.1",)
    j = json.loads(json.dumps(d.to_json(), ensure_ascii=False))
    assert j["sources"][0]["task_id"] == "L2:1.2"

"""Changed fields are shown whole: long texts as a character-level diff that marks every edit."""

from __future__ import annotations

import dataclasses
import os
import random
import re
import subprocess
import sys

import pytest

from assistant.core import Assistant
from assistant.diff import describe, diff_ledgers, inline_diff
from assistant.records import Ledger
from assistant.settings import load_settings
from tests.conftest import TODAY


def _sides(marked: str) -> tuple[str, str]:
    """The old and new text a marked diff stands for (only exact when nothing was cut)."""
    old = re.sub(r"\{\+.*?\+\}", "", marked, flags=re.S).replace("[-", "").replace("-]", "")
    new = re.sub(r"\[-.*?-\]", "", marked, flags=re.S).replace("{+", "").replace("+}", "")
    return old, new


def _edit_task(ledger: Ledger, task_id: str, text: str) -> Ledger:
    tasks = tuple(dataclasses.replace(t, text=text) if t.id == task_id else t for t in ledger.tasks)
    return dataclasses.replace(ledger, tasks=tasks)


def test_an_edit_at_the_end_of_a_long_text_is_shown(ledger):
    t = ledger.task("3.1")
    assert len(t.text) > 100
    new_text = t.text.replace("重要用户分别再增加6个工作日", "重要用户分别再增加5个工作日")
    (line,) = describe(diff_ledgers(ledger, _edit_task(ledger, "3.1", new_text)))
    assert line.startswith("~ 任务 3.1：具体任务 ")
    assert "[-6-]{+5+}个工作日" in line and "…" in line
    assert len(line) < len(t.text)  # compact: the unchanged start is cut, the edit is not


def test_every_edit_of_a_text_is_marked(ledger):
    t = ledger.task("7.1")
    new_text = "为" + t.text[:20] + t.text[25:-10] + "并每季度通报" + t.text[-10:]
    (change,) = diff_ledgers(ledger, _edit_task(ledger, "7.1", new_text))
    line = describe([change])[0]
    assert "{+为+}" in line and f"[-{t.text[20:25]}-]" in line and "{+并每季度通报+}" in line
    # with unlimited context the marked text gives back both versions exactly
    assert _sides(inline_diff(t.text, new_text, context=10_000)) == (t.text, new_text)


@pytest.mark.parametrize("seed", range(20))
def test_inline_diff_round_trips_random_edits(ledger, seed):
    rng = random.Random(seed)
    old = rng.choice(ledger.tasks).text
    new = list(old)
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(new))
        op = rng.choice(["ins", "del", "sub"])
        if op == "ins":
            new.insert(i, rng.choice("新增加强年月日"))
        elif op == "del" and len(new) > 1:
            del new[i]
        else:
            new[i] = rng.choice("甲乙丙丁")
    new_s = "".join(new)
    full = inline_diff(old, new_s, context=10_000)
    assert _sides(full) == (old, new_s)
    compact = inline_diff(old, new_s)
    assert all(part in compact for part in re.findall(r"\[-.*?-\]|\{\+.*?\+\}", full))  # cutting context never drops an edit


def test_short_fields_show_old_and_new_whole(ledger):
    t = ledger.task("3.4")
    edited = dataclasses.replace(ledger, tasks=tuple(
        dataclasses.replace(x, deadline=dataclasses.replace(x.deadline, text="2026年6月底前")) if x.id == "3.4" else x
        for x in ledger.tasks))
    (line,) = describe(diff_ledgers(ledger, edited))
    assert f"完成时限 {t.deadline.text} → 2026年6月底前" in line


def test_added_and_removed_tasks_are_shown_whole(ledger):
    long_text = "建立供电服务满意度回访机制，" * 8 + "定期公开回访结果。"
    extra = dataclasses.replace(ledger.task("16.4"), id="16.5", position=5, text=long_text)
    new = dataclasses.replace(ledger, tasks=(*[t for t in ledger.tasks if t.id != "14.1"], extra))
    text = "\n".join(describe(diff_ledgers(ledger, new)))
    assert long_text in text and ledger.task("14.1").text in text


def test_the_changes_answer_shows_a_late_edit(ledger, tmp_path):
    """“有什么变化” compares with the kept version and shows the edit at the end of a long task text."""
    from tests.documents import write_xlsx

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    t = ledger.task("14.1")
    new_text = t.text.replace("确保可靠供电", "确保安全可靠供电")
    env = {**os.environ, "LEDGER_CORPUS_DIR": str(corpus), "LEDGER_INDEX_DIR": str(index)}
    for doc in (write_xlsx(ledger, tmp_path / "ledger-2.xlsx"), write_xlsx(_edit_task(ledger, "14.1", new_text), tmp_path / "v2.xlsx")):
        p = subprocess.run([sys.executable, "-m", "assistant", "ingest", str(doc)], capture_output=True, text=True, env=env, timeout=300)
        assert p.returncode == 0, p.stderr  # the first one fills a new, explicitly named corpus folder
    settings = load_settings(corpus_dir=corpus, index_dir=index, today=TODAY, dense=False)
    from assistant.ledger import load_corpus

    a = Assistant(settings, load_corpus(corpus), None)
    ans = a.ask("这版台账和上一版有什么变化？")
    assert not ans.refused and "共有 1 处变化" in ans.answer
    assert "确保{+安全+}可靠供电" in ans.answer and ans.tasks == ("14.1",)

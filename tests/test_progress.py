"""Ledgers as they are kept: 牵头单位 / 配合单位, a progress column with its as-of date, 备注, contacts, dated versions.

Real .xlsx and .docx files (merged cells, multi-line progress cells) are generated in temporary folders
(``tests/kept_documents.py``), ingested through the command line, and asked through the CLI, the HTTP API
and the web UI. Every progress statement must be a quotation with its date; outside quotation marks the
assistant never says 已完成 itself.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from assistant.api import create_api
from assistant.core import Assistant
from assistant.ledger import load
from assistant.settings import load_settings
from tests.conftest import ROOT, SEED, free_port
from tests.kept_documents import CONTACT, OCT, SEPT, write_kept_docx, write_kept_xlsx

pytest.importorskip("docx")
AUTH = ("desk", "s3cret-pw")


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env={**os.environ, "LEDGER_DENSE": "false", **env})


def own_voice(text: str) -> str:
    """The answer with every quotation (“…”, nested ones included) removed: what the assistant says itself."""
    while True:
        cut = re.sub(r"“[^“”]*”", "", text)
        if cut == text:
            return text
        text = cut


@pytest.fixture(scope="module")
def seed():
    return load(SEED)


@pytest.fixture(scope="module")
def kept(seed, tmp_path_factory):
    """The September version as Word (date only in the title, given again by --as-of on a copy without it), then the
    October version as Excel (a 截至时间 column), both ingested through the CLI into a fresh corpus."""
    d = tmp_path_factory.mktemp("kept")
    corpus, env = d / "corpus", {"LEDGER_CORPUS_DIR": str(d / "corpus"), "LEDGER_INDEX_DIR": str(d / "index")}
    corpus.mkdir()
    undated = write_kept_docx(seed, d / "ledger-2-sept.docx", SEPT, dated_title=False)
    bad = cli("ingest", str(undated), env=env)
    assert bad.returncode == 3 and len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr
    assert "工作进展" in bad.stderr and "--as-of" in bad.stderr and list(corpus.iterdir()) == []
    sept = cli("ingest", str(undated), "--as-of", SEPT.isoformat(), env=env)
    assert sept.returncode == 0, sept.stderr
    assert (corpus / "ledger-2-sept.docx.as-of").read_text("utf-8").strip() == "2026-09-30"
    octo = cli("ingest", str(write_kept_xlsx(seed, d / "ledger-2-oct.xlsx", OCT)), env=env)
    assert octo.returncode == 0, octo.stderr
    assert "L2: 3 record(s) changed" in octo.stdout  # progress of 1.2, 2.1 and 3.1; nothing re-embedded for them
    assert sorted(p.name for p in corpus.iterdir()) == ["ledger-2-oct.xlsx"]
    kept_versions = sorted(p.name.split("-", 1)[1] for p in (d / "versions" / "L2").iterdir())
    assert kept_versions == ["ledger-2-sept.docx", "ledger-2-sept.docx.as-of"]  # the date went with the kept version
    again = cli("ingest", str(d / "ledger-2-oct.xlsx"), env=env)
    assert "unchanged:" in again.stdout
    return d, env


def ask(env: dict[str, str], question: str, today: str = "2026-11-27") -> dict:
    p = cli("ask", question, "--json", "--today", today, env=env)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


# ---------------------------------------------------------------- ingest
def test_columns_are_read_from_excel_and_word(seed, tmp_path):
    x = load(write_kept_xlsx(seed, tmp_path / "k.xlsx", OCT))
    t = x.task("1.2")
    assert t.units == ("省电力公司", "各设区市电力主管部门") and t.lead == ("省电力公司",) and t.supporting == ("各设区市电力主管部门",)
    assert t.report is not None and t.report.label == "进展情况" and t.report.as_of == OCT
    assert t.report.text == "已完成。全省建成便民接电点120个。"  # a multi-line cell, joined
    assert x.task("4.3").lead == ("省政务服务办", "省能源局") and x.task("4.3").units == ("省政务服务办", "省能源局", "省电力公司")  # merged
    assert x.task("3.1").remarks == "按季度报送" and x.task("1.1").extra == (("督办等级", "重点"),)
    assert x.task("1.1").personal == (("联系人", CONTACT[0]), ("联系电话", CONTACT[1]))
    assert x.task("16.4").report is not None and not x.task("16.4").report.reported and x.task("16.4").report.as_of == OCT  # merged date
    # the same records as the plan otherwise: ids, texts, deadlines, the union of the units
    assert [(a.id, a.text, a.deadline, a.units) for a in x.tasks] == [(a.id, a.text, a.deadline, a.units) for a in seed.tasks]
    w = load(write_kept_docx(seed, tmp_path / "k.docx", SEPT))
    assert w.task("3.1").report.as_of == SEPT and w.task("3.1").report.label == "工作进展"  # the date from the title
    assert [(a.id, a.units, a.lead) for a in w.tasks] == [(a.id, a.units, a.lead) for a in x.tasks]
    # the date in the progress header itself, and in the title of an Excel copy without a date column
    hdr = load(write_kept_xlsx(seed, tmp_path / "h.xlsx", OCT, date_column=False, progress_header="进展情况（截至2026年8月31日）"))
    assert hdr.task("1.2").report.as_of == dt.date(2026, 8, 31)
    titled = load(write_kept_xlsx(seed, tmp_path / "t.xlsx", SEPT, date_column=False, title_date=True))
    assert titled.task("1.2").report.as_of == SEPT and titled.title == seed.title  # the date is not part of the name


def test_the_plan_without_these_columns_is_read_as_before(seed):
    assert not seed.has_progress and not seed.has_lead
    assert all(t.report is None and t.lead == () and t.extra == () and t.leads == t.units[:1] for t in seed.tasks)


# ---------------------------------------------------------------- answers through the CLI
def test_progress_answers_are_quoted_dated_and_never_in_our_own_voice(kept):
    _, env = kept
    one = ask(env, "任务3.1进展如何")
    assert one["tasks"] == ["3.1"] and not one["refused"]
    assert one["answer"].startswith("据《深化提升“获得电力”服务水平任务台账》（截至2026-10-31），任务 3.1 进展情况：“已完成系统升级；正在开展培训。”")
    assert "备注：“按季度报送”" in one["answer"] and "依据：第3项工作措施" in one["answer"]
    assert one["sources"][0]["progress"] == "已完成系统升级；正在开展培训。" and one["sources"][0]["as_of"] == "2026-10-31"
    described = ask(env, "便民接电点建成了吗？")
    assert described["tasks"] == ["1.2"] and "“已完成。全省建成便民接电点120个。”" in described["answer"]
    listed = ask(env, "哪些任务的进展情况写的是已完成")
    assert listed["tasks"] == ["1.2", "2.1", "3.1", "5.1"] and listed["query"]["where"] == {"progress_contains": ["已完成"]}
    for tid in listed["tasks"]:
        assert re.search(rf"- {re.escape(tid)} .*：进展情况：“[^”]*已完成[^”]*”（截至2026-10-31）", listed["answer"])
    missing = ask(env, "省能源局牵头的任务中哪些还没填报进展")
    assert len(missing["tasks"]) == 24 and "4.1" in missing["tasks"] and "2.1" not in missing["tasks"]
    assert "进展情况栏未填写" in missing["answer"]
    summary = ask(env, "完成率是多少")
    assert "已填写 5 项、未填写 57 项" in summary["answer"] and not summary["refused"]
    done = ask(env, "哪些任务已经完成了")  # answered from deadlines, as before, with where the reported progress is
    assert "进展情况栏是各责任单位报送的原文" in done["answer"] and "不记录实际完成情况" not in done["answer"]
    for ans in (one, described, listed, missing, summary, done):
        assert "已完成" not in own_voice(ans["answer"]) and "完成了" not in own_voice(ans["answer"])


def test_lead_and_supporting_units_come_from_their_columns(kept):
    _, env = kept
    who = ask(env, "便民接电点那项任务由谁负责？")
    assert who["tasks"] == ["1.2"] and who["units"] == ["省电力公司", "各设区市电力主管部门"]
    assert "牵头单位：省电力公司；配合单位：各设区市电力主管部门" in who["answer"]
    led = ask(env, "省能源局牵头的任务有哪些")
    assert len(led["tasks"]) == 24 and {"4.1", "4.2", "4.3", "4.4"} <= set(led["tasks"])  # 省能源局 is in measure 4's lead column
    assert "台账“牵头单位”栏" in led["answer"]


def test_changes_across_the_two_dated_versions(kept):
    _, env = kept
    change = ask(env, "3.1 的进展有什么变化")
    assert change["tasks"] == ["3.1"]
    assert "- 截至2026-09-30，工作进展：“正在推进系统改造。”\n- 截至2026-10-31，进展情况：“已完成系统升级；正在开展培训。”" in change["answer"]
    same = ask(env, "任务7.3的进展有变化吗")
    assert "与上一版（截至2026-09-30）相同" in same["answer"] and "“试点中”" in same["answer"]
    updated = ask(env, "这个月哪些任务更新了进展")
    assert updated["tasks"] == ["1.2", "2.1", "3.1"] and "与上一版截至2026-09-30相比" in updated["answer"]
    whole = ask(env, "这版台账和上一版有什么变化？")
    assert "共有 3 处变化" in whole["answer"] and "进展情况" in whole["answer"]
    for ans in (change, same, updated):
        assert "已完成" not in own_voice(ans["answer"])


def test_an_old_as_of_date_is_said_with_every_progress_answer(kept):
    _, env = kept
    for q in ("任务3.1进展如何", "哪些任务的进展情况写的是已完成", "完成率是多少"):
        assert "进展信息截至2026-10-31，可能已有更新。" in ask(env, q, today="2026-12-31")["answer"]
        assert "可能已有更新" not in ask(env, q)["answer"]
    strict = cli("ask", "任务3.1进展如何", "--today", "2026-11-27", env={**env, "LEDGER_PROGRESS_STALE_DAYS": "10"})
    assert "进展信息截至2026-10-31，可能已有更新。" in strict.stdout


def test_without_a_progress_column_the_not_recorded_answer_stays(assistant):
    ans = assistant.ask("任务3.1进展如何")
    assert "不记录实际完成情况" in ans.answer and ans.tasks == ("3.1",)


# ---------------------------------------------------------------- API and UI: what each audience sees
@pytest.fixture(scope="module")
def kept_assistant(kept):
    d, env = kept
    return Assistant.from_settings(load_settings(corpus_dir=Path(env["LEDGER_CORPUS_DIR"]), index_dir=d / "index",
                                                 versions_dir=d / "versions", today=dt.date(2026, 11, 27), dense=False))


def test_api_answers_progress_and_keeps_contacts_from_the_public(kept_assistant, tmp_path):
    from assistant.web import Served

    base = {"today": dt.date(2026, 11, 27), "feedback_db": tmp_path / "fb.sqlite3"}
    public = Served(create_api(lambda: kept_assistant, None, load_settings(**base)), "127.0.0.1", free_port())
    staff = Served(create_api(lambda: kept_assistant, None, load_settings(**base, ui_user=AUTH[0], ui_password=AUTH[1])), "127.0.0.1", free_port())
    try:
        r = httpx.post(public.url + "api/ask", json={"question": "3.1 的进展有什么变化"}, timeout=30).json()
        assert r["tasks"] == ["3.1"] and "截至2026-09-30" in r["answer"] and "截至2026-10-31" in r["answer"]
        listed = httpx.get(public.url + "api/tasks", params={"updated": "true"}, timeout=30).json()
        assert [t["id"] for t in listed["tasks"]] == ["1.2", "2.1", "3.1"]
        assert listed["tasks"][0]["lead"] == ["省电力公司"] and listed["tasks"][0]["as_of"] == "2026-10-31"
        everything = httpx.get(public.url + "api/tasks", timeout=30).text
        assert CONTACT[1] not in everything and CONTACT[0] not in everything and "督办等级" not in everything
        for q in ("任务1.1的联系人是谁？", "任务1.1进展如何", "1.1由谁负责", "哪些任务还没有报送进展"):
            assert CONTACT[1] not in httpx.post(public.url + "api/ask", json={"question": q}, timeout=30).text
        inside = httpx.get(staff.url + "api/tasks", params={"measure": "1"}, auth=AUTH, timeout=30).json()
        assert inside["tasks"][0]["extra"] == {"督办等级": "重点", "联系人": CONTACT[0], "联系电话": CONTACT[1]}
    finally:
        public.close()
        staff.close()


def test_browser_and_csv_show_the_kept_columns(kept_assistant, tmp_path):
    """The browser's rows and CSV (the functions the UI calls): progress and as-of columns for all, contacts for staff only."""
    from assistant.browse import Browse, columns, csv_text, row

    a, today = kept_assistant, dt.date(2026, 11, 27)
    public, staff = columns(a.ledger, staff=False), columns(a.ledger, staff=True)
    assert public[6:] == ["牵头单位", "配合单位", "进展情况", "截至日期", "备注"]
    assert staff[len(public):] == ["督办等级", "联系人", "联系电话"]
    found = Browse(updated=True).tasks(a.ledger, today, a.updated_ids())
    assert [t.id for t in found] == ["1.2", "2.1", "3.1"]
    text = csv_text([row(t, today, public) for t in found], public)
    assert "已完成系统升级；正在开展培训。" in text and "2026-10-31" in text and CONTACT[1] not in text
    assert CONTACT[1] in csv_text([row(t, today, staff) for t in found], staff)


@pytest.mark.slow
def test_ui_shows_progress_in_cards_and_the_browser(kept, tmp_path):
    from tests.test_ui import CHROMIUM

    web = pytest.importorskip("assistant.web")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed")
    from playwright.sync_api import sync_playwright

    from assistant.feedback import FeedbackStore

    d, env = kept
    settings = load_settings(corpus_dir=Path(env["LEDGER_CORPUS_DIR"]), index_dir=d / "index", versions_dir=d / "versions", dense=False,
                             feedback_db=tmp_path / "fb.sqlite3", today=dt.date(2026, 11, 27), ui_port=free_port())
    a = Assistant.from_settings(settings)
    server = web.Served(web.create_app(lambda: a, FeedbackStore(settings.feedback_db), settings), "127.0.0.1", settings.ui_port)
    try:
        with sync_playwright() as pw:
            b = pw.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
            pg = b.new_context(viewport={"width": 1360, "height": 1000}).new_page()
            pg.goto(server.url)
            pg.wait_for_selector("#question textarea", timeout=30_000)
            pg.locator("#question textarea").fill("任务3.1进展如何")
            pg.locator("#send").click()
            pg.wait_for_selector('#cards .card[data-task="3.1"] .progress', timeout=30_000)
            assert "已完成系统升级；正在开展培训。" in pg.locator("#cards .progress").inner_text()
            assert "2026-10-31" in pg.locator("#cards .progress").inner_text()
            pg.locator("button[role=tab]").nth(1).click()
            pg.wait_for_function("document.querySelector('#match-count').innerText.includes('62')", timeout=20_000)
            head = pg.locator("#ledger-table thead").inner_text()
            assert "进展情况" in head and "截至日期" in head and "联系电话" not in head  # no login: the public desk
            pg.locator("#f-updated input").check()
            pg.wait_for_function("document.querySelector('#match-count').innerText.includes('共 3 项')", timeout=20_000)
            with pg.expect_download() as dl:
                pg.locator("#download").click()
            text = Path(dl.value.path()).read_text("utf-8-sig")
            assert text.splitlines()[0].endswith("进展情况,截至日期,备注") and len(text.splitlines()) == 4 and CONTACT[1] not in text
            b.close()
    finally:
        server.close()

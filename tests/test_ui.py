"""The web UI, served for real (UI + JSON API in one uvicorn server): gradio_client on /ask, headless Chromium via Playwright.

The served ledger has a task whose text carries ``<script>`` and ``<img onerror>``: they must
show as text and never run. Buttons are found by elem_id / data-testid, never by English labels.
Screenshots go to a tmp folder, or to docs/screenshots/ with LEDGER_REFRESH_SCREENSHOTS=1.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import time
from pathlib import Path

import pytest

from assistant.core import Assistant
from assistant.feedback import FeedbackStore
from assistant.live import LiveAssistant
from assistant.settings import load_settings
from tests.conftest import ROOT, SEED, free_port

XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    if os.environ.get("LEDGER_REFRESH_SCREENSHOTS") == "1":
        d = ROOT / "docs" / "screenshots"
        d.mkdir(parents=True, exist_ok=True)
        return d
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    web = pytest.importorskip("assistant.web")
    d = tmp_path_factory.mktemp("ui")
    corpus = d / "corpus"
    corpus.mkdir()
    text = SEED.read_text("utf-8").replace("推广无人机巡检模式，", f"推广无人机巡检模式{XSS}，")
    assert XSS in text
    (corpus / SEED.name).write_text(text, "utf-8")
    settings = load_settings(corpus_dir=corpus, index_dir=d / "index", feedback_db=d / "fb.sqlite3", today=dt.date(2026, 11, 27),
                             ui_port=free_port(), ui_queue_size=64, ui_concurrency=4)
    source = LiveAssistant(settings)
    feedback = FeedbackStore(settings.feedback_db)
    app = web.create_app(source.current, feedback, settings, reload=source.reload)
    server = web.Served(app, "127.0.0.1", settings.ui_port)
    yield server.url, feedback, app
    server.close()
    exports = app.state.blocks.exports
    exports.close()
    assert not exports.root.exists()  # no temp folder left behind


def test_gradio_api_endpoint_returns_the_answer_json(served):
    from gradio_client import Client

    url, _, _ = served
    client = Client(url, verbose=False)
    r = client.predict("Which unit is responsible for drone inspections?", [], api_name="/ask")
    assert set(r) >= {"answer", "refused", "tasks", "units", "deadline", "sources", "route", "latency_ms", "query", "understood"}
    assert r["tasks"][0] == "7.3" and r["units"] == ["省电力公司"]
    follow = client.predict("由谁负责？", [{"role": "user", "content": "便民接电点是哪项任务？"}], api_name="/ask")
    assert follow["tasks"][0] == "1.2"
    empty = client.predict("", None, api_name="/ask")
    assert empty["refused"] is True and empty["sources"] == []


def test_json_api_is_mounted_beside_the_ui(served):
    import httpx

    url, _, _ = served
    r = httpx.post(url + "api/ask", json={"question": "便民接电点什么时候要建成？"}, timeout=30)
    assert r.status_code == 200 and r.json()["tasks"][0] == "1.2" and r.json()["deadline"] == "2026年底前"
    assert httpx.get(url + "readyz", timeout=10).json()["tasks"] == 62
    assert "<!doctype html>" in httpx.get(url, timeout=10).text.lower()  # the UI is still at /
    # no admin surface without the admin token, from loopback too: the API's admin routes and Gradio's monitoring
    assert httpx.post(url + "api/admin/reload", timeout=10).status_code == 403
    assert httpx.get(url + "api/feedback/negative", timeout=10).status_code == 403
    assert httpx.get(url + "monitoring/summary", timeout=10).status_code == 403


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (apt-get install chromium chromium-driver)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"])
        yield b
        b.close()


def _open(browser, url: str, **ctx):
    context = browser.new_context(**{"viewport": {"width": 1360, "height": 1000}, "locale": "en-US", **ctx})
    pg = context.new_page()
    pg.goto(url)
    pg.wait_for_selector("#question textarea", timeout=30_000)
    return pg


@pytest.fixture(scope="module")
def page(served, browser):
    pg = _open(browser, served[0], permissions=["clipboard-read", "clipboard-write"])
    yield pg
    pg.context.close()


def _ask(page, question: str) -> None:
    page.locator("#question textarea").fill(question)
    page.locator("#send").click()


def _bot_count(page) -> int:
    return page.locator('#chat [data-testid="bot"]').count()


def _wait_answers(page, n: int) -> None:
    page.wait_for_function(f"document.querySelectorAll('#chat .bot-row').length >= {n}", timeout=30_000)


@pytest.mark.slow
def test_chat_shows_answer_card_escapes_html_and_copies_plain_text(page, shots):
    _ask(page, "无人机巡检由哪个单位负责？")
    page.wait_for_selector('#cards .card[data-task="7.3"]', timeout=30_000)
    bubble = page.locator("#chat").inner_text()
    assert "任务 7.3 的责任单位是：省电力公司" in bubble
    card = page.locator('#cards .card[data-task="7.3"]')
    assert "未到期" in card.inner_text() and "省电力公司" in card.inner_text()
    # The ledger's markup is shown as text and never executed, in the card and in the bubble.
    assert "<script>" in card.inner_text() and "onerror" in card.inner_text()
    assert "<script>" in bubble
    assert page.evaluate("window.__xss") is None
    assert page.locator("#cards img, #chat img").count() == 0
    # Gradio's own labels are Chinese even in an English browser; the copy button copies the plain answer.
    assert page.locator('#chat [aria-label="Copy message"], #chat [aria-label="Like"], #chat [aria-label="Dislike"]').count() == 0
    page.locator('#chat [data-testid="copy-message"]').last.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("任务 7.3 的责任单位是：省电力公司") and XSS in copied
    assert "&amp;" not in copied and "&lt;" not in copied and "inline-cards" not in copied and "\\<" not in copied
    page.screenshot(path=str(shots / "chat.png"), full_page=True)


@pytest.mark.slow
def test_feedback_after_clearing_lands_on_the_right_answer_and_toggles(page, served):
    _, feedback, _ = served
    _ask(page, "便民接电点什么时候要建成？")
    page.wait_for_selector('#cards .card[data-task="1.2"]', timeout=30_000)
    page.locator("#clear").click()
    page.wait_for_function("document.querySelectorAll('#chat .bot-row').length === 0", timeout=15_000)
    assert page.locator("#cards .card").count() == 0  # the cards go with the chat
    _ask(page, "提高自动采集终端覆盖率由哪些单位负责？")
    page.wait_for_selector('#cards .card[data-task="8.4"]', timeout=30_000)
    page.locator("#comment textarea").fill("单位不全")
    before = {f.answer_id for f in feedback.items()}
    page.locator('#chat [data-testid="vote-dislike"]').last.click()
    page.wait_for_function("document.querySelector('#feedback-status').innerText.includes('已记录')", timeout=15_000)
    new = [f for f in feedback.items() if f.answer_id not in before]
    assert len(new) == 1
    assert new[0].vote == -1 and new[0].comment == "单位不全" and new[0].answer["tasks"][0] == "8.4"
    assert new[0].question == "提高自动采集终端覆盖率由哪些单位负责？"
    aid = new[0].answer_id
    # 赞 replaces the 踩 (one row), a second 赞 withdraws it (no row).
    page.locator('#chat [data-testid="vote-like"]').last.click()
    page.wait_for_function("document.querySelector('#feedback-status').innerText.includes('感谢')", timeout=15_000)
    mine = [f for f in feedback.items() if f.answer_id == aid]
    assert [f.vote for f in mine] == [1] and mine[0].comment == "单位不全"
    page.locator('#chat [data-testid="vote-like"]').last.click()
    page.wait_for_function("document.querySelector('#feedback-status').innerText.includes('撤回')", timeout=15_000)
    assert [f for f in feedback.items() if f.answer_id == aid] == []
    # A new answer clears the status line.
    _ask(page, "便民接电点由谁负责？")
    page.wait_for_function("document.querySelector('#feedback-status').innerText.trim() === ''", timeout=30_000)


@pytest.mark.slow
def test_empty_submit_does_nothing_and_overlong_gets_the_friendly_message(page):
    _ask(page, "啊" * 5001)
    page.wait_for_function("document.querySelector('#chat').innerText.includes('问题太长了')", timeout=20_000)
    n = page.locator("#chat .message-row").count()
    _ask(page, "   ")
    page.wait_for_timeout(1500)
    assert page.locator("#chat .message-row").count() == n
    assert "Traceback" not in page.content() and "Error" not in page.locator("#chat").inner_text()


@pytest.mark.slow
def test_example_click_asks_the_question(page):
    page.locator("#clear").click()
    page.wait_for_function("document.querySelectorAll('#chat .bot-row').length === 0", timeout=15_000)
    page.locator("#examples button, #examples tr, #examples .gallery-item").filter(has_text="便民接电点什么时候要建成").first.click()
    page.wait_for_selector('#cards .card[data-task="1.2"]', timeout=30_000)
    assert "2026年底前" in page.locator("#chat").inner_text()


@pytest.mark.slow
def test_example_sequence_does_not_carry_filters_into_a_complete_question(page):
    """Issue 8: the overdue example, then the "2026年底前要完成几项任务？" example, answers 12 (not 0)."""
    page.locator("#clear").click()
    page.wait_for_function("document.querySelectorAll('#chat .bot-row').length === 0", timeout=15_000)
    examples = page.locator("#examples button, #examples tr, #examples .gallery-item")
    examples.filter(has_text="省住建厅有哪些任务已经过了完成时限").first.click()
    _wait_answers(page, 1)
    examples.filter(has_text="2026年底前要完成几项任务").first.click()
    _wait_answers(page, 2)
    last = page.locator("#chat .bot-row").nth(1).inner_text()
    assert "共 12 项任务" in last and "省住建厅" not in last.split("\n")[0]


@pytest.mark.slow
def test_ledger_browser_filters_counts_and_downloads(page, shots):
    page.locator("button[role=tab]").nth(1).click()
    page.wait_for_function("document.querySelector('#match-count').innerText.includes('62')", timeout=20_000)
    page.locator("#f-unit input").click()
    page.get_by_role("option", name="省电力交易中心").click()
    page.wait_for_function("document.querySelector('#match-count').innerText.includes('共 3 项')", timeout=20_000)
    assert "10.3" in page.locator("#ledger-table").inner_text()
    page.locator("#f-keyword textarea, #f-keyword input").first.fill("核算")
    page.wait_for_function("document.querySelector('#match-count').innerText.includes('共 1 项')", timeout=20_000)
    # readable columns: the task-text column is the widest, the id column is not one character wide
    widths = page.evaluate("[...document.querySelectorAll('#ledger-table thead th')].map(th => th.getBoundingClientRect().width)")
    assert len(widths) >= 6 and widths[0] >= 48 and widths[3] == max(widths)
    page.screenshot(path=str(shots / "ledger.png"), full_page=True)
    with page.expect_download() as dl:
        page.locator("#download").click()
    text = Path(dl.value.path()).read_text("utf-8-sig")
    assert text.splitlines()[0].startswith("任务,") and "10.3" in text and len(text.splitlines()) == 2
    page.locator("button[role=tab]").nth(0).click()


UNITS = ["省电力交易中心", "省住建厅", "省能源局", "省自然资源厅"]


@pytest.mark.slow
def test_concurrent_sessions_never_see_each_others_csv_rows_or_votes(served, browser):
    """Two sessions filter and download at the same time, several rounds: each file has exactly its own rows."""
    url = served[0]
    pages = [_open(browser, url) for _ in range(2)]
    for pg in pages:
        pg.locator("button[role=tab]").nth(1).click()
        pg.wait_for_function("document.querySelector('#match-count').innerText.includes('62')", timeout=20_000)
    failures: list[str] = []
    for rnd in range(3):
        chosen = [UNITS[(rnd + i) % len(UNITS)] for i in range(2)]
        for pg, unit in zip(pages, chosen, strict=True):  # both change their filter before either downloads
            pg.locator("#f-unit input").click()
            pg.get_by_role("option", name=unit).click()
        for pg, unit in zip(pages, chosen, strict=True):
            pg.wait_for_function(f"document.querySelector('#ledger-table').innerText.includes('{unit}')", timeout=20_000)
            pg.wait_for_timeout(300)
        for pg, unit in zip(pages, chosen, strict=True):
            shown = int(pg.locator("#match-count").inner_text().split("共")[1].split("项")[0])
            with pg.expect_download() as dl:
                pg.locator("#download").click()
            rows = list(csv.reader(io.StringIO(Path(dl.value.path()).read_text("utf-8-sig"))))[1:]
            if len(rows) != shown or any(unit not in r[2] for r in rows):
                failures.append(f"round {rnd}: {unit}: count {shown}, file {len(rows)} rows")
    # ... and their votes: each session votes on its own answer at the same time; each vote lands on that answer.
    feedback = served[1]
    before = {f.answer_id for f in feedback.items()}
    questions = ["便民接电点什么时候要建成？", "提高自动采集终端覆盖率由哪些单位负责？"]
    for pg, q in zip(pages, questions, strict=True):
        pg.locator("button[role=tab]").nth(0).click()
        _ask(pg, q)
    for pg, task in zip(pages, ["1.2", "8.4"], strict=True):
        pg.wait_for_selector(f'#cards .card[data-task="{task}"]', timeout=30_000)
    for pg in pages:
        pg.locator('#chat [data-testid="vote-dislike"]').last.click()
    for pg in pages:
        pg.wait_for_function("document.querySelector('#feedback-status').innerText.includes('已记录')", timeout=15_000)
    new = sorted((f.question, f.answer["tasks"][0], f.session) for f in feedback.items() if f.answer_id not in before)
    assert [(q, t) for q, t, _ in new] == sorted(zip(questions, ["1.2", "8.4"], strict=True))
    assert len({s for _, _, s in new}) == 2
    for pg in pages:
        pg.context.close()
    assert failures == []


@pytest.mark.slow
def test_phone_viewport_shows_the_cards_under_the_answer(served, browser, shots):
    pg = _open(browser, served[0], viewport={"width": 390, "height": 844})
    _ask(pg, "便民接电点什么时候要建成？")
    card = pg.locator("#chat .inline-cards .card").filter(has_text="任务 1.2").first
    card.wait_for(state="visible", timeout=30_000)
    answer = pg.locator('#chat .bot-row').last
    a_box, c_box = answer.bounding_box(), card.bounding_box()
    text_box = pg.locator("#chat .bot-row").last.get_by_text("来源：任务 1.2").bounding_box()
    assert text_box and c_box and a_box
    assert 0 <= c_box["y"] - (text_box["y"] + text_box["height"]) < 120  # right under the answer text
    assert c_box["x"] >= 0 and c_box["x"] + c_box["width"] <= 390
    assert not pg.locator("#cards-col").is_visible()
    pg.screenshot(path=str(shots / "phone.png"), full_page=False)
    pg.context.close()


def test_ui_module_is_the_only_gradio_importer():
    offenders = [p.name for p in (ROOT / "assistant").rglob("*.py") if "import gradio" in p.read_text("utf-8")]
    assert offenders == ["web.py"]
    assert "gradio" not in (ROOT / "assistant" / "api.py").read_text("utf-8")


class SlowAssistant:
    """A real assistant whose answers take ``delay`` seconds: keeps the queue busy for the queue-full test."""

    def __init__(self, inner: Assistant, delay: float) -> None:
        self.inner, self.delay, self.ledger = inner, delay, inner.ledger

    def ask_stream(self, *a, **k):
        time.sleep(self.delay)
        yield from self.inner.ask_stream(*a, **k)

    def ask(self, *a, **k):
        time.sleep(self.delay)
        return self.inner.ask(*a, **k)


@pytest.mark.slow
def test_queue_full_message_is_chinese(assistant, tmp_path, browser):
    import httpx

    from assistant import web

    settings = load_settings(corpus_dir=ROOT / "corpus", index_dir=tmp_path / "index", feedback_db=tmp_path / "fb.sqlite3",
                             today=dt.date(2026, 11, 27), ui_port=free_port(), ui_queue_size=1, ui_concurrency=1)
    slow = SlowAssistant(assistant, 12.0)  # (long enough that the held questions still fill the queue on a busy machine)
    app = web.create_app(lambda: slow, FeedbackStore(settings.feedback_db), settings)
    server = web.Served(app, "127.0.0.1", settings.ui_port)
    try:
        pg = _open(browser, server.url)
        info = httpx.get(server.url + "gradio_api/info", timeout=10).json()
        assert "/ask" in info["named_endpoints"]
        config = httpx.get(server.url + "config", timeout=10).json()
        fn = next(d["id"] for d in config["dependencies"] if d.get("api_name") == "ask")

        def join(i: int) -> bool:
            r = httpx.post(server.url + "gradio_api/queue/join", json={"data": ["便民接电点在哪", [], ""], "fn_index": fn, "session_hash": f"hold{i}",
                                                                     "event_data": None, "trigger_id": None}, timeout=10)
            return r.status_code == 200

        # Fill the queue: one question answering, one waiting. Joins sent together can all arrive before the queue has
        # taken the first one to answer (then only one is held and the browser's question is simply queued), so they go
        # one at a time, a refused one is sent again, until two are held.
        held, sent = 0, 0
        while held < 2 and sent < 50:
            if join(sent):
                held += 1
            else:
                time.sleep(0.1)
            sent += 1
        assert held == 2
        _ask(pg, "便民接电点什么时候要建成？")
        pg.wait_for_function("document.body.innerText.includes('当前提问的人较多')", timeout=15_000)
        body = pg.locator("body").inner_text()
        assert "currently busy" not in body
        assert pg.locator("#chat").inner_text().count("错误") == 0 and pg.locator("#chat").inner_text().count("Error") == 0
        pg.context.close()
    finally:
        server.close()


@pytest.mark.slow
def test_ui_votes_are_masked_and_limited_and_the_public_style_is_preselected(assistant, tmp_path, browser):
    import sqlite3

    from assistant import web

    settings = load_settings(corpus_dir=ROOT / "corpus", index_dir=tmp_path / "index", feedback_db=tmp_path / "fb.sqlite3",
                             today=dt.date(2026, 11, 27), ui_port=free_port(), feedback_rate="2/day")
    server = web.Served(web.create_app(lambda: assistant, FeedbackStore(settings.feedback_db), settings), "127.0.0.1", settings.ui_port)
    try:
        pg = _open(browser, server.url)
        assert pg.locator("#style input:checked").evaluate("e => e.value") == "群众（通俗）"  # no login: the public
        _ask(pg, "我的手机13912345678，便民接电点什么时候要建成？")
        pg.wait_for_selector('#cards .card[data-task="1.2"]', timeout=30_000)
        pg.locator("#comment textarea").fill("身份证360102199001011234，请回电")
        pg.locator('#chat [data-testid="vote-dislike"]').last.click()
        pg.wait_for_function("document.querySelector('#feedback-status').innerText.includes('已记录')", timeout=15_000)
        pg.locator('#chat [data-testid="vote-like"]').last.click()
        pg.wait_for_function("document.querySelector('#feedback-status').innerText.includes('感谢')", timeout=15_000)
        pg.locator('#chat [data-testid="vote-dislike"]').last.click()  # a third vote from this address today: refused
        pg.wait_for_function("document.querySelector('#feedback-status').innerText.includes('评价太频繁')", timeout=15_000)
        pg.context.close()
    finally:
        server.close()
    con = sqlite3.connect(settings.feedback_db)
    rows = con.execute("SELECT vote, question, comment, history, answer FROM feedback").fetchall()
    con.close()
    assert [(v, q, c) for v, q, c, _, _ in rows] == [(1, "我的手机139****5678，便民接电点什么时候要建成？", "身份证3601**********1234，请回电")]
    assert "13912345678" not in str(rows) and "360102199001011234" not in str(rows)


def test_feedback_export_cli(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "fb.sqlite3"
    store = FeedbackStore(db)
    store.add("电费多少钱", [], {"answer": "抱歉", "refused": True, "tasks": [], "route": "refusal"}, -1, "应该回答")
    store.add("便民接电点", [], {"answer": "任务 1.2", "refused": False, "tasks": ["1.2"], "route": "rules"}, 1)
    out = tmp_path / "review.jsonl"
    p = subprocess.run([sys.executable, "-m", "assistant", "feedback", "export", "--db", str(db), "--out", str(out)],
                       capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    lines = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert len(lines) == 1 and lines[0]["question"] == "电费多少钱" and lines[0]["review"]["comment"] == "应该回答"
    missing = subprocess.run([sys.executable, "-m", "assistant", "feedback", "export", "--db", str(tmp_path / "none.db"), "--out", str(out)],
                             capture_output=True, text=True, cwd=ROOT)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


@pytest.mark.slow
def test_model_answer_streams_into_the_chat(tmp_path, browser):
    """With a (scripted) model configured, an open question is answered by it, with its citation card."""
    pytest.importorskip("langchain_openai")
    from assistant import web
    from tests.fake_openai import FakeOpenAI

    llm = FakeOpenAI()
    settings = load_settings(corpus_dir=ROOT / "corpus", index_dir=tmp_path / "index", feedback_db=tmp_path / "fb.sqlite3",
                             today=dt.date(2026, 11, 27), ui_port=free_port(), llm_provider="openai", llm_base_url=llm.base_url,
                             llm_model="scripted", llm_timeout=5)
    a = Assistant.from_settings(settings)
    server = web.Served(web.create_app(lambda: a, FeedbackStore(settings.feedback_db), settings), "127.0.0.1", settings.ui_port)
    try:
        pg = _open(browser, server.url)
        pg.locator("#style label").nth(1).click()  # 群众（通俗）
        _ask(pg, "我想开个夜市摊，用电怎么办？")
        pg.wait_for_selector('#cards .card[data-task="1.2"]', timeout=30_000)
        pg.wait_for_function("document.querySelector('#chat').innerText.includes('具体以台账原文为准')", timeout=20_000)
        assert "根据任务 1.2" in pg.locator("#chat").inner_text()
        pg.context.close()
        assert llm.requests and llm.requests[-1]["stream"] is True
        assert "通俗" in llm.requests[-1]["messages"][0]["content"]
    finally:
        server.close()
        llm.close()


@pytest.mark.slow
def test_the_ui_process_leaves_no_temp_folder_behind(tmp_path):
    import signal
    import subprocess
    import sys

    import httpx

    from tests.test_api import wait_ready

    tmp = tmp_path / "tmp"
    tmp.mkdir()
    port = free_port()
    env = {**os.environ, "TMPDIR": str(tmp), "LEDGER_CORPUS_DIR": str(ROOT / "corpus"), "LEDGER_INDEX_DIR": str(tmp_path / "index"),
           "LEDGER_FEEDBACK_DB": str(tmp_path / "fb.sqlite3")}
    env.pop("GRADIO_TEMP_DIR", None)
    proc = subprocess.Popen([sys.executable, str(ROOT / "ui.py"), "--port", str(port)], env=env, cwd=tmp_path,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_ready(url, proc)
        assert httpx.get(url, timeout=10).status_code == 200
        assert any(tmp.iterdir())  # it does use the temp folder while running
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
    assert [p.name for p in tmp.iterdir() if p.name != "jieba.cache"] == []  # jieba's dictionary cache is meant to stay

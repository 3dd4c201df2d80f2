"""The web UI, served for real: gradio_client on the /ask API and headless Chromium via Playwright.

The served ledger has a task whose text carries ``<script>`` and ``<img onerror>``:
they must show as text and never run.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.core import Assistant
from assistant.feedback import FeedbackStore
from assistant.settings import load_settings
from tests.conftest import ROOT, SEED, free_port

SHOTS = ROOT / "docs" / "screenshots"
XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    ui = pytest.importorskip("ui")
    d = tmp_path_factory.mktemp("ui")
    corpus = d / "corpus"
    corpus.mkdir()
    text = SEED.read_text("utf-8").replace("推广无人机巡检模式，", f"推广无人机巡检模式{XSS}，")
    assert XSS in text
    (corpus / SEED.name).write_text(text, "utf-8")
    settings = load_settings(corpus_dir=corpus, index_dir=d / "index", feedback_db=d / "fb.sqlite3", today=dt.date(2026, 11, 27),
                             ui_port=free_port())
    assistant = Assistant.from_settings(settings)
    feedback = FeedbackStore(settings.feedback_db)
    app = ui.build_app(assistant, feedback, settings)
    app.queue(max_size=16, default_concurrency_limit=2)
    app.launch(server_name="127.0.0.1", server_port=settings.ui_port, prevent_thread_lock=True, quiet=True, css=ui.CSS)
    yield f"http://127.0.0.1:{settings.ui_port}/", feedback
    app.close()


def test_api_endpoint_returns_the_answer_json(served):
    from gradio_client import Client

    url, _ = served
    client = Client(url, verbose=False)
    r = client.predict("Which unit is responsible for drone inspections?", [], api_name="/ask")
    assert set(r) == {"answer", "refused", "tasks", "units", "deadline", "sources", "route", "latency_ms", "query"}
    assert r["tasks"][0] == "7.3" and r["units"] == ["省电力公司"]
    follow = client.predict("由谁负责？", [{"role": "user", "content": "便民接电点是哪项任务？"}], api_name="/ask")
    assert follow["tasks"][0] == "1.2"
    empty = client.predict("", None, api_name="/ask")
    assert empty["refused"] is True and empty["sources"] == []


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


@pytest.fixture(scope="module")
def page(served, browser):
    pg = browser.new_page(viewport={"width": 1360, "height": 1000})
    pg.goto(served[0])
    pg.wait_for_selector("#question textarea", timeout=30_000)
    yield pg
    pg.close()


def _ask(page, question: str) -> None:
    box = page.locator("#question textarea")
    box.fill(question)
    page.locator("#send").click()


@pytest.mark.slow
def test_chat_shows_answer_and_citation_card_and_escapes_html(page, served):
    _ask(page, "无人机巡检由哪个单位负责？")
    page.wait_for_selector('#cards .card[data-task="7.3"]', timeout=30_000)
    bubble = page.locator("#chat").inner_text()
    assert "任务 7.3 的责任单位是：省电力公司" in bubble
    card = page.locator('#cards .card[data-task="7.3"]')
    assert "未到期" in card.inner_text() and "省电力公司" in card.inner_text()
    # The ledger's markup is shown as text and never executed.
    assert "<script>" in card.inner_text() and "onerror" in card.inner_text()
    assert page.evaluate("window.__xss") is None
    assert page.locator("#cards img").count() == 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "chat.png"), full_page=True)


@pytest.mark.slow
def test_feedback_is_stored(page, served):
    _, feedback = served
    page.locator("#comment textarea").fill("回答准确")
    before = len(feedback.items())
    page.locator("#chat button[aria-label='Dislike'], #chat button[title='Dislike']").last.click()
    page.wait_for_function("document.querySelector('#feedback-status').innerText.includes('已记录')", timeout=15_000)
    items = feedback.items()
    assert len(items) == before + 1
    assert items[-1].vote == -1 and items[-1].comment == "回答准确" and items[-1].answer["tasks"][0] == "7.3"


@pytest.mark.slow
def test_empty_and_overlong_input_get_the_friendly_message(page):
    _ask(page, "啊" * 600)
    page.wait_for_function("document.querySelector('#chat').innerText.includes('问题太长了')", timeout=20_000)
    _ask(page, "   ")
    page.wait_for_function("document.querySelector('#chat').innerText.includes('请输入您的问题')", timeout=20_000)
    assert page.locator('#cards [data-testid="refusal"]').count() == 1
    assert "Traceback" not in page.content() and "Error" not in page.locator("#chat").inner_text()


@pytest.mark.slow
def test_ledger_browser_filters_and_counts(page):
    page.get_by_role("tab", name="台账浏览").click()
    page.wait_for_function("document.querySelector('#match-count').innerText.includes('62')", timeout=20_000)
    unit = page.locator("#f-unit input")
    unit.click()
    page.get_by_role("option", name="省电力交易中心").click()
    page.wait_for_function("document.querySelector('#match-count').innerText.includes('共 3 项')", timeout=20_000)
    assert "10.3" in page.locator("#ledger-table").inner_text()
    page.locator("#f-keyword textarea, #f-keyword input").first.fill("核算")
    page.wait_for_function("document.querySelector('#match-count').innerText.includes('共 1 项')", timeout=20_000)
    page.screenshot(path=str(SHOTS / "ledger.png"), full_page=True)
    with page.expect_download() as dl:
        page.locator("#download").click()
    path = dl.value.path()
    csv = Path(path).read_text("utf-8-sig")
    assert csv.splitlines()[0].startswith("任务,") and "10.3" in csv and len(csv.splitlines()) == 2


def test_feedback_export_cli(tmp_path):
    import json
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


def test_ui_module_is_the_only_gradio_importer():
    offenders = [p for p in (ROOT / "assistant").rglob("*.py") if "import gradio" in p.read_text("utf-8")]
    assert offenders == []


@pytest.mark.slow
def test_model_answer_streams_into_the_chat(tmp_path, browser):
    """With a (scripted) model configured, an open question is answered by it, with its citation card."""
    pytest.importorskip("langchain_openai")
    import ui
    from tests.fake_openai import FakeOpenAI

    llm = FakeOpenAI()
    settings = load_settings(corpus_dir=ROOT / "corpus", index_dir=tmp_path / "index", feedback_db=tmp_path / "fb.sqlite3",
                             today=dt.date(2026, 11, 27), ui_port=free_port(), llm_provider="openai", llm_base_url=llm.base_url,
                             llm_model="scripted", llm_timeout=5)
    app = ui.build_app(Assistant.from_settings(settings), FeedbackStore(settings.feedback_db), settings)
    app.queue().launch(server_name="127.0.0.1", server_port=settings.ui_port, prevent_thread_lock=True, quiet=True)
    try:
        pg = browser.new_page()
        pg.goto(f"http://127.0.0.1:{settings.ui_port}/")
        pg.wait_for_selector("#question textarea", timeout=30_000)
        pg.get_by_label("群众（通俗）").check()
        _ask(pg, "我想开个夜市摊，用电怎么办？")
        pg.wait_for_selector('#cards .card[data-task="1.2"]', timeout=30_000)
        pg.wait_for_function("document.querySelector('#chat').innerText.includes('具体以台账原文为准')", timeout=20_000)
        assert "根据任务 1.2" in pg.locator("#chat").inner_text()
        pg.close()
        assert llm.requests and llm.requests[-1]["stream"] is True
        assert "通俗" in llm.requests[-1]["messages"][0]["content"]
    finally:
        app.close()
        llm.close()

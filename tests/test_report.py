"""``eval --report``: one self-contained HTML page whose numbers are the command line's, checked in Chromium from disk."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.evaluate import Outcome, Report, risk_coverage
from assistant.report import render
from tests.conftest import ROOT

FAQ = ROOT / "tests" / "faq"
CHROMIUM = "/usr/bin/chromium"
HOSTILE = [  # failures of both kinds, with markup in the question that must show as text
    {"id": "x1", "type": "deadline", "question": "便民接电点什么时候要建成？", "gold_tasks": ["9.9"], "match": "top1"},
    {"id": "x2", "type": "oos", "question": "<script>window.__xss=1</script>光伏发电补贴怎么申请？", "refuse": False, "must_contain": ["<b>补贴</b>"]},
    {"id": "x3", "type": "followup", "question": "什么时候完成？", "history": [{"role": "user", "content": "<img src=x onerror=window.__xss=2>便民接电点是哪项任务？"}],
     "gold_tasks": ["1.2"], "match": "top1", "must_contain": ["2099年"]},
    {"id": "x4", "type": "deadline", "question": "用电报装超期预警要在什么时候前落实？", "gold_tasks": ["3.4"], "match": "top1", "must_contain": ["2025年底前"]},
]


def test_risk_coverage_keeps_the_answers_at_or_above_each_threshold():
    curve = risk_coverage([(0.2, False), (0.5, True), (1.0, True), (1.0, False)], thresholds=(0.0, 0.5, 1.0))
    assert [(p.answered, p.wrong) for p in curve] == [(4, 2), (3, 1), (2, 1)]
    assert [round(p.coverage, 2) for p in curve] == [1.0, 0.75, 0.5] and [round(p.precision, 3) for p in curve] == [0.5, 0.667, 0.5]
    assert risk_coverage([], thresholds=(0.0,))[0].answered == 0


def test_render_escapes_every_text_and_loads_nothing():
    rep = Report(total=1, given=1, wrong=1, outcomes=[Outcome("<i>1</i>", "<t>", "<script>alert(1)</script>", ({"role": "user", "content": "<b>x</b>"},),
                                                             {"must_contain": ["<u>"]}, {"answer": "<img src=x>", "understood": [{"as": "<a>", "text": "&"}]},
                                                             ("missing '<u>'",))])
    page = render([("<set>.jsonl", rep)], today="2026-11-27")
    for raw in ("<script>alert", "<img src=x>", "<b>x</b>", "<i>1</i>", "<t>", "<set>", "<u>", "<a>"):
        assert raw not in page, raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x&gt;" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page) and "@import" not in page and "<script" not in page


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    index = tmp_path_factory.mktemp("report-index")

    def _run(*args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "LEDGER_INDEX_DIR": str(index), "LEDGER_CORPUS_DIR": str(ROOT / "corpus")}
        return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)

    return _run


def _cli_numbers(stdout: str) -> dict[str, dict]:
    """Per set, what ``eval`` printed: the summary line, the by-type counts and the failed ids."""
    sets: dict[str, dict] = {}
    for block in stdout.split("== ")[1:]:
        name, _, rest = block.partition("\n")
        m = re.search(r"^accuracy (\S+) \((\d+)/(\d+)\) wrong answers given (\d+) \((\S+)\) precision of answers given (\S+) \((\d+)/(\d+)\)$", rest, re.M)
        assert m, rest
        by_type = re.search(r"^by type: (.*)$", rest, re.M)
        assert by_type
        types = {k: (int(a), int(b)) for k, a, b in re.findall(r"(\S+) (\d+)/(\d+)", by_type.group(1))}
        sets[name] = {"accuracy": m[1], "passed": m[2], "items": m[3], "wrong": m[4], "wrong_rate": m[5], "precision": m[6], "given": m[8],
                      "types": types, "failed": re.findall(r"^FAIL (\S+) ", rest, re.M)}
    return sets


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


@pytest.mark.slow
def test_report_page_shows_the_numbers_the_command_line_prints(run, browser, tmp_path):
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in HOSTILE), "utf-8")
    out = tmp_path / "report.html"
    p = run("eval", str(FAQ / "dev.jsonl"), str(hostile), "--today", "2026-11-27", "--report", str(out))
    assert p.returncode == 0, p.stdout + p.stderr
    assert f"report written to {out}" in p.stderr
    cli = _cli_numbers(p.stdout)
    assert list(cli) == [str(FAQ / "dev.jsonl"), str(hostile)] and cli[str(hostile)]["failed"] == ["x1", "x2", "x3"]

    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    fetched: list[str] = []
    context.on("request", lambda r: fetched.append(r.url))
    page = context.new_page()
    page.goto(out.as_uri())
    page.wait_for_selector("#summary")
    assert fetched == [out.as_uri()], fetched  # nothing but the file itself: no fonts, styles, scripts or images from anywhere

    for name, want in cli.items():
        row = page.locator(f'#summary tr[data-set="{name}"]')
        shown = {k: row.locator(f'[data-k="{k}"]').inner_text() for k in ("items", "passed", "accuracy", "given", "wrong", "wrong_rate", "precision")}
        assert shown == {k: want[k] for k in shown}, (name, shown)
        table = page.locator(f'table.by-type[data-set="{name}"]')
        types = {tr.get_attribute("data-type"): (int(tr.locator('[data-k="passed"]').inner_text()), int(tr.locator('[data-k="items"]').inner_text()))
                 for tr in table.locator("tbody tr").all()}
        assert types == want["types"], name
        section = page.locator(f'section[data-set="{name}"]')
        assert [a.get_attribute("data-id") for a in section.locator("article.fail").all()] == want["failed"]
        assert page.locator(f'#risk-coverage g[data-set="{name}"] polyline').count() == 1
    total = page.locator('#summary tr[data-set="all"]')
    assert int(total.locator('[data-k="items"]').inner_text()) == sum(int(s["items"]) for s in cli.values())
    assert int(total.locator('[data-k="wrong"]').inner_text()) == sum(int(s["wrong"]) for s in cli.values())

    x1 = page.locator('article[data-id="x1"]')  # a wrong answer given: expected, given and what was understood
    assert "wrong answer given" in x1.inner_text() and "9.9" in x1.locator(".cols").inner_text() and "2026年底前" in x1.locator("pre").inner_text()
    assert x1.locator(".chip").count() >= 1
    x2 = page.locator('article[data-id="x2"]')
    assert "<script>window.__xss=1</script>" in x2.locator(".q").inner_text() and "“<b>补贴</b>”" in x2.inner_text()
    assert "<img src=x onerror=window.__xss=2>" in page.locator('article[data-id="x3"] .turn').inner_text()
    assert page.evaluate("window.__xss") is None and page.locator("img").count() == 0
    # the curve starts where the run stands: at the lowest threshold it keeps every answer given, at this set's precision
    first = page.locator(f'table.curve[data-set="{FAQ / "dev.jsonl"}"] tbody tr').first
    assert first.locator('[data-k="coverage"]').text_content() == "1.000"
    assert first.locator('[data-k="precision"]').text_content() == cli[str(FAQ / "dev.jsonl")]["precision"]
    context.close()


def test_report_to_a_missing_folder_is_one_line_before_any_work(run, tmp_path):
    p = run("eval", str(FAQ / "dev.jsonl"), "--report", str(tmp_path / "nowhere" / "r.html"))
    assert p.returncode == 2 and p.stdout == "" and p.stderr.strip().count("\n") == 0, p.stderr
    assert p.stderr.startswith("error: cannot write the report to") and "nowhere" in p.stderr

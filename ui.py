"""Gradio web UI: chat with citation cards, a ledger browser, feedback, and the ``/ask`` API.

Start with ``python ui.py`` (or ``ledger-assistant-ui``). Only this module imports gradio;
it talks to :class:`assistant.core.Assistant` and nothing deeper.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import sys
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.core import Assistant
from assistant.errors import AssistantError
from assistant.feedback import FeedbackStore
from assistant.records import STATUS_LABELS, Answer, Task
from assistant.retrieve import TaskFilter
from assistant.settings import Settings, load_settings

ALL = "全部"
EXAMPLES = [
    "便民接电点什么时候要建成？",
    "提高自动采集终端覆盖率由哪些单位负责？",
    "高压双电源的重要用户办电时限是多少个工作日？",
    "省住建厅有哪些任务已经过了完成时限？",
    "2026年底前要完成几项任务？",
    "小区停电了物业修不了，供电公司管不管？",
]
STATUS_BY_LABEL = {v: k for k, v in STATUS_LABELS.items()}
STYLE_BY_LABEL = {"工作人员（简洁）": "staff", "群众（通俗）": "public"}
CSS = """
.cards { display: flex; flex-direction: column; gap: 8px; }
.card { border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 12px; background: #fff; }
.card .head { display: flex; gap: 8px; align-items: center; font-weight: 600; }
.card .units, .card .deadline { font-size: 0.9em; color: #333; }
.card .text { font-size: 0.9em; color: #555; margin-top: 4px; }
.badge { border-radius: 10px; padding: 1px 8px; font-size: 0.8em; font-weight: 600; }
.badge.past { background: #ffe3e3; color: #a40000; }
.badge.due_this_year { background: #fff4d6; color: #8a5a00; }
.badge.not_due { background: #e3f4e3; color: #1f6b1f; }
.badge.ongoing { background: #e6eefc; color: #1e4b9b; }
.refusal { border-left: 4px solid #d08700; padding: 8px 12px; background: #fff8e6; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _text_of(content: Any) -> str:
    """Text of a chat message's content (a string, or Gradio's list of parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    if isinstance(content, dict):
        return str(content.get("text", ""))
    return ""


def cards_html(answer: Answer, ledger_tasks: dict[str, Task], today: dt.date) -> str:
    """Citation cards for an answer's sources (all text escaped), or the refusal panel."""
    if answer.refused:
        return f'<div class="refusal" data-testid="refusal"><b>台账未涉及</b><br>{_e(answer.answer).replace(chr(10), "<br>")}</div>'
    cards = []
    for s in answer.sources[:12]:
        task = ledger_tasks.get(s.task_id)
        status = task.deadline.status(today) if task else "ongoing"
        cards.append(
            f'<div class="card" data-task="{_e(s.task_id)}"><div class="head">任务 {_e(s.task_id)} · {_e(s.measure)}'
            f'<span class="badge {status}">{STATUS_LABELS[status]}</span></div>'
            f'<div class="units">责任单位：{_e("、".join(s.units))}</div>'
            f'<div class="deadline">完成时限：{_e(s.deadline)}</div><div class="text">{_e(s.text)}</div></div>'
        )
    more = f"<div>另有 {len(answer.sources) - 12} 项，见答案列表。</div>" if len(answer.sources) > 12 else ""
    return f'<div class="cards">{"".join(cards)}{more}</div>' if cards else ""


def chat_text(answer: Answer) -> str:
    """The chat bubble: the answer escaped (ledger text is never markup) plus its route."""
    body = _e(answer.answer)
    if answer.refused:
        return f"⚠️ {body}"
    ids = "、".join(answer.tasks[:8]) + (" 等" if len(answer.tasks) > 8 else "")
    return f"{body}\n\n来源：任务 {ids}" if ids else body


def ledger_rows(assistant: Assistant, unit: str, deadline: str, measure: str, status: str, keyword: str,
                today: dt.date) -> list[list[str]]:
    """Rows of the ledger browser for the chosen filters and keyword."""
    f = TaskFilter(
        units=(unit,) if unit and unit != ALL else (),
        measures=(int(measure.split(".", 1)[0]),) if measure and measure != ALL else (),
        status=STATUS_BY_LABEL.get(status) if status and status != ALL else None,
    )
    kw = (keyword or "").strip().lower()
    rows = []
    for t in f.apply(assistant.ledger, today):
        if deadline and deadline != ALL and t.deadline.text != deadline:
            continue
        if kw and kw not in (t.text + t.measure_title + "".join(t.units)).lower():
            continue
        rows.append([t.id, f"{t.measure_no}.{t.measure_title}", "、".join(t.units), t.text, t.deadline.text,
                     STATUS_LABELS[t.deadline.status(today)]])
    return rows


HEADERS = ["任务", "工作措施", "责任单位", "具体任务", "完成时限", "状态"]


def write_csv(rows: list[list[str]], folder: Path) -> str:
    """The filtered rows as a UTF-8 CSV (with BOM so spreadsheet programs read the Chinese)."""
    path = folder / "ledger-filtered.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        w.writerows(rows)
    return str(path)


def build_app(assistant: Assistant, feedback: FeedbackStore, settings: Settings) -> gr.Blocks:
    """The Gradio Blocks app."""
    tasks_by_id = {t.id: t for t in assistant.ledger.tasks}
    export_dir = Path(tempfile.mkdtemp(prefix="ledger-ui-"))
    limit = settings.max_question_chars

    def today() -> dt.date:
        return settings.today_date()

    def respond(message: str, chat: list[dict], answers: list[dict], style: str):
        message = message or ""
        history = [{"role": m.get("role"), "content": _text_of(m.get("content"))} for m in (chat or []) if isinstance(m, dict)]
        # Keep what was typed visible but bounded; the assistant itself gives the friendly refusal.
        shown = message if len(message) <= limit else message[:80] + "…"
        base = [*(chat or []), {"role": "user", "content": _e(shown) or " "}]
        ans = None
        try:
            for ans in assistant.ask_stream(message, history, style=STYLE_BY_LABEL.get(style, "staff")):
                if ans.route == "llm-streaming":  # every streamed clause has passed the grounding check
                    yield "", [*base, {"role": "assistant", "content": _e(ans.answer) + " ▌"}], answers, cards_html(ans, tasks_by_id, today())
        except AssistantError as err:  # e.g. the Chroma server went away: say so in one friendly sentence
            ans = Answer(answer=f"系统暂时无法回答，请稍后再试。（{err}）", refused=True, route="error")
        assert ans is not None
        record = {**ans.to_json(), "question": message[: limit + 1], "history": history}
        yield "", [*base, {"role": "assistant", "content": chat_text(ans)}], [*(answers or []), record], cards_html(ans, tasks_by_id, today())

    def vote(data: gr.LikeData, answers: list[dict], comment: str):
        idx = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        n = int(idx) // 2  # user and assistant messages alternate
        if not answers or n >= len(answers) or data.liked is None:
            return "没有找到这条回答，请重新提问后再评价。", comment
        rec = answers[n]
        up = data.liked is True or data.liked == "Like"
        ans = {k: v for k, v in rec.items() if k not in ("question", "history")}
        feedback.add(rec["question"], rec["history"], ans, 1 if up else -1, comment or "")
        return ("感谢您的肯定。" if up else "已记录，我们会复核这条回答。"), ""

    def browse(unit: str, deadline: str, measure: str, status: str, keyword: str):
        rows = ledger_rows(assistant, unit, deadline, measure, status, keyword, today())
        return f"共 **{len(rows)}** 项任务符合条件", rows, write_csv(rows, export_dir)

    def api_ask(question: str, history: list[dict] | None = None, style: str = "") -> dict:
        """Answer one question; returns the answer JSON of FORMAT.md. ``style``: staff or public."""
        try:
            turns = [t for t in (history or []) if isinstance(t, dict)]
            return assistant.ask(question if isinstance(question, str) else "", turns, style=style or None).to_json()
        except AssistantError as err:
            return Answer(answer=str(err), refused=True, route="refusal").to_json()

    ledger = assistant.ledger
    with gr.Blocks(title="获得电力任务台账问答") as demo:
        gr.Markdown(f"## {_e(ledger.title)} · 问答\n{len(ledger.measures)} 项工作措施、{len(ledger.tasks)} 项具体任务。"
                    f"答案均来自台账原文；今天按 {today().isoformat()} 计算完成时限状态。")
        answers = gr.State([])
        with gr.Tab("问答"):
            with gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(label="对话", height=460, buttons=["copy"], sanitize_html=True, elem_id="chat")
                    with gr.Row():
                        msg = gr.Textbox(placeholder=f"输入问题（{limit} 字以内），例如：便民接电点什么时候要建成？", show_label=False,
                                         scale=5, max_lines=4, elem_id="question")
                        send = gr.Button("提问", variant="primary", scale=1, elem_id="send")
                    gr.Examples(EXAMPLES, inputs=msg, label="示例问题")
                    style = gr.Radio(list(STYLE_BY_LABEL), label="回答风格（接入大模型时生效）", elem_id="style",
                                     value=next(k for k, v in STYLE_BY_LABEL.items() if v == settings.answer_style))
                    comment = gr.Textbox(label="反馈说明（可选，点赞或点踩时一并提交）", max_lines=2, elem_id="comment")
                    thanks = gr.Markdown(elem_id="feedback-status")
                with gr.Column(scale=2):
                    gr.Markdown("#### 依据（台账记录）")
                    cards = gr.HTML(elem_id="cards")
            send.click(respond, [msg, chatbot, answers, style], [msg, chatbot, answers, cards], api_visibility="private")
            msg.submit(respond, [msg, chatbot, answers, style], [msg, chatbot, answers, cards], api_visibility="private")
            chatbot.like(vote, [answers, comment], [thanks, comment], api_visibility="private")
        with gr.Tab("台账浏览"):
            with gr.Row():
                unit = gr.Dropdown([ALL, *ledger.units], value=ALL, label="责任单位", elem_id="f-unit")
                deadline = gr.Dropdown([ALL, *ledger.deadline_texts], value=ALL, label="完成时限", elem_id="f-deadline")
                measure = gr.Dropdown([ALL, *[f"{m.no}.{m.title}" for m in ledger.measures]], value=ALL, label="工作措施", elem_id="f-measure")
                status = gr.Dropdown([ALL, *STATUS_LABELS.values()], value=ALL, label="状态", elem_id="f-status")
                keyword = gr.Textbox(label="关键词", elem_id="f-keyword")
            count = gr.Markdown(elem_id="match-count")
            table = gr.Dataframe(headers=HEADERS, datatype=["str"] * 6, interactive=False, wrap=True, elem_id="ledger-table",
                                 column_widths=["6%", "14%", "15%", "43%", "10%", "12%"])
            download = gr.DownloadButton("下载 CSV", elem_id="download")
            inputs = [unit, deadline, measure, status, keyword]
            for comp in inputs:
                comp.change(browse, inputs, [count, table, download], api_visibility="private")
            demo.load(browse, inputs, [count, table, download], api_visibility="private")
        gr.api(api_ask, api_name="ask")
    return demo


def main(argv: list[str] | None = None) -> int:
    """Serve the UI on the embedded default; builds the index on first start."""
    ap = argparse.ArgumentParser(prog="python ui.py", description="Web UI for the ledger assistant")
    ap.add_argument("--host", help="listen address (LEDGER_UI_HOST, default 127.0.0.1)")
    ap.add_argument("--port", type=int, help="port (LEDGER_UI_PORT, default 7860)")
    args = ap.parse_args(argv)
    try:
        settings = load_settings(ui_host=args.host, ui_port=args.port)
        print("loading the ledger and the index…", file=sys.stderr)
        assistant = Assistant.from_settings(settings, progress=lambda m: print(m, file=sys.stderr))
        feedback = FeedbackStore(settings.feedback_db)
    except AssistantError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.exit_code
    app = build_app(assistant, feedback, settings)
    app.queue(max_size=settings.ui_queue_size, default_concurrency_limit=settings.ui_concurrency)
    password = settings.ui_password.get_secret_value()
    auth = (settings.ui_user, password) if settings.ui_user and password else None
    app.launch(server_name=settings.ui_host, server_port=settings.ui_port, auth=auth, show_error=False, css=CSS,
               footer_links=["api"], max_file_size="1kb")
    return 0


if __name__ == "__main__":
    sys.exit(main())

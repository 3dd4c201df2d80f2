"""Gradio web UI: chat with citation cards, a ledger browser, feedback, and the ``/ask`` API.

Served together with the JSON API of :mod:`assistant.api` in one FastAPI app (``python ui.py`` or
``ledger-assistant-ui``). Only this module imports gradio; it talks to :class:`assistant.core.Assistant`
through a zero-argument ``get_assistant`` callable, called once per request.

Everything a browser session owns stays in that session: its answers (kept for feedback, with a
time-to-live), its CSV export (a file of its own, removed when replaced or expired), its votes
(one per answer and session, replaced or withdrawn by a second click, only on answers this server gave,
at most LEDGER_FEEDBACK_RATE per client address). Without a login the UI is public: the public answer
style is preselected. The UI has no admin functions; Gradio's own monitoring routes are turned off.
"""

from __future__ import annotations

import argparse
import atexit
import html
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _own_gradio_temp() -> None:
    """Gradio's file cache (read by gradio at import) in a folder of this process, removed at exit."""
    if not os.environ.get("GRADIO_TEMP_DIR"):
        work = tempfile.mkdtemp(prefix="ledger-ui-gradio-")
        atexit.register(shutil.rmtree, work, True)
        os.environ["GRADIO_TEMP_DIR"] = work


_own_gradio_temp()

import gradio as gr  # noqa: E402

from assistant import rx  # noqa: E402
from assistant.browse import ALL, UPDATED, Browse, columns, csv_text, row  # noqa: E402
from assistant.core import Assistant  # noqa: E402
from assistant.errors import AssistantError  # noqa: E402
from assistant.feedback import FeedbackStore  # noqa: E402
from assistant.guard import Guard  # noqa: E402
from assistant.privacy import logger  # noqa: E402
from assistant.records import STATUS_LABELS, Answer, Task  # noqa: E402
from assistant.settings import Settings, load_settings  # noqa: E402

GetAssistant = Callable[[], Assistant]
log = logger("assistant.web")
EXAMPLES = [
    "便民接电点什么时候要建成？",
    "提高自动采集终端覆盖率由哪些单位负责？",
    "高压双电源的重要用户办电时限是多少个工作日？",
    "省住建厅有哪些任务已经过了完成时限？",
    "2026年底前要完成几项任务？",
    "小区停电了物业修不了，供电公司管不管？",
]
STYLE_BY_LABEL = {"工作人员（简洁）": "staff", "群众（通俗）": "public"}
KEEP_ANSWERS = 50  # answers per session kept for feedback
INLINE = '<div class="inline-cards">'
CSS = """
.cards { display: flex; flex-direction: column; gap: 8px; }
.card { border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 12px; background: #fff; color: #222; }
.card .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; font-weight: 600; }
.card .units, .card .deadline { font-size: 0.9em; color: #333; }
.card .text { font-size: 0.9em; color: #555; margin-top: 4px; }
.badge { border-radius: 10px; padding: 1px 8px; font-size: 0.8em; font-weight: 600; }
.badge.past { background: #ffe3e3; color: #a40000; }
.badge.due_this_year { background: #fff4d6; color: #8a5a00; }
.badge.not_due { background: #e3f4e3; color: #1f6b1f; }
.badge.ongoing { background: #e6eefc; color: #1e4b9b; }
.refusal { border-left: 4px solid #d08700; padding: 8px 12px; background: #fff8e6; color: #222; }
.inline-cards { display: none; }
/* a turned-away question is said once, in Chinese, by the toast: no red overlay on the chat */
.wrap:has(> span.error) { display: none !important; }
#ledger-table table { table-layout: fixed; min-width: 720px; }
@media (max-width: 760px) {
  #chat .inline-cards { display: block; margin-top: 4px; }
  #cards-col { display: none !important; }
  #chat { height: 70vh !important; }
}
"""
#: Gradio's own labels, in Chinese (gr.I18n). Keys are Gradio's translation keys.
I18N_ZH = {
    "chatbot": {"copy_message": "复制", "copied_message": "已复制", "like": "赞", "dislike": "踩", "clear": "清空", "retry": "重试",
                "undo": "撤销", "edit": "编辑", "submit": "提交", "cancel": "取消", "conversation": "对话", "chatbot": "对话"},
    "common": {"error": "错误", "clear": "清空", "download": "下载", "loading": "加载中", "submit": "提交", "copy": "复制", "copied": "已复制"},
}
#: Texts Gradio hard-codes in English (toast messages, pressed feedback buttons): shown in Chinese by a small script.
ZH_TEXTS = {
    "This application is currently busy. Please try again.": "当前提问的人较多，请稍候几秒再试。",
    "Connection errored out.": "连接中断，请刷新页面后重试。",
    "Could not resolve app config.": "无法连接服务，请刷新页面后重试。",
    "Lost connection due to leaving page. Rejoining queue...": "连接已断开，正在重新排队…",
    "Error": "错误",
    "Liked": "已赞",
    "Disliked": "已踩",
    "Like": "赞",
    "Dislike": "踩",
    "Copy message": "复制",
    "Copied message": "已复制",
    "Copy": "复制",
    "Copied!": "已复制",
    "Clear": "清空对话",
    "Use via API": "通过 API 使用",
}


_HEAD_JS = r"""
(() => {
  const zh = ZH_TABLE;
  const swap = (v) => (v && zh[v.trim()]) || null;
  let fix = (root) => {
    if (root.nodeType === 3) { const t = swap(root.nodeValue); if (t) root.nodeValue = t; return; }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { const t = swap(n.nodeValue); if (t) n.nodeValue = t; }
    if (root.querySelectorAll) for (const el of [root, ...root.querySelectorAll("[aria-label],[title]")]) {
      for (const a of ["aria-label", "title"]) { const t = el.getAttribute && swap(el.getAttribute(a)); if (t) el.setAttribute(a, t); }
    }
  };
  const start = () => {
    fix(document.body);
    const seen = (ms) => { for (const m of ms) fix(m.target); };
    new MutationObserver(seen).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true,
                                                       attributeFilter: ["aria-label", "title"]});
  };
  // The copy button copies the answer as plain text: without the cards shown on phones, without Markdown escapes.
  if (navigator.clipboard && navigator.clipboard.writeText) {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => write(String(text).split(INLINE_MARK)[0].replace(/\\([\\`*_<&])/g, "$1").trimEnd());
  }
  const ids = {"赞": "vote-like", "已赞": "vote-like", "Like": "vote-like", "Liked": "vote-like", "踩": "vote-dislike", "已踩": "vote-dislike",
               "Dislike": "vote-dislike", "Disliked": "vote-dislike", "复制": "copy-message", "已复制": "copy-message", "Copy message": "copy-message"};
  const tag = (root) => {
    if (root.querySelectorAll) for (const b of root.querySelectorAll("#chat button[aria-label]")) {
      const id = ids[b.getAttribute("aria-label")]; if (id && b.dataset.testid !== id) b.dataset.testid = id;
    }
  };
  const fixAll = fix;
  fix = (root) => { fixAll(root); tag(document); };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
"""


def _head() -> str:
    """A script that shows Gradio's hard-coded English texts (toasts, pressed buttons) in Chinese."""
    import json

    js = _HEAD_JS.replace("ZH_TABLE", json.dumps(ZH_TEXTS, ensure_ascii=False)).replace("INLINE_MARK", json.dumps(INLINE))
    return "<script>" + js + "</script>"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


_TAGLIKE = rx.lazy(r"[\\`*_]|<(?=[A-Za-z/!?])|&(?=#?\w+;)")


def md_text(text: str) -> str:
    """``text`` for a Markdown chat bubble: markup-looking characters backslash-escaped, everything else verbatim
    (so the copy button copies the text itself, not HTML entities)."""
    return _TAGLIKE.sub(lambda m: "\\" + m.group(0), text)


def plain(text: str) -> str:
    """Undo :func:`md_text` (for follow-up history)."""
    return rx.sub(r"\\([\\`*_<&])", r"\1", text)


def _text_of(content: Any) -> str:
    """Text of a chat message's content (a string, or Gradio's list of parts); components give ''."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") if isinstance(p, dict) and p.get("type", "text") == "text" else "" for p in content)
    if isinstance(content, dict):
        return str(content.get("text", "")) if content.get("type", "text") == "text" else ""
    return ""


def cards_html(answer: Answer, ledger_tasks: dict[str, Task], today: Any) -> str:
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
            f'<div class="deadline">完成时限：{_e(s.deadline)}</div><div class="text">{_e(s.text)}</div>'
            + (f'<div class="progress">进展情况（截至{_e(s.as_of or "")}）：{_e(s.progress) if s.progress else "未填写"}</div>'
               if s.progress is not None else "") + "</div>"
        )
    more = f"<div>另有 {len(answer.sources) - 12} 项，见答案列表。</div>" if len(answer.sources) > 12 else ""
    return f'<div class="cards">{"".join(cards)}{more}</div>' if cards else ""


def chat_text(answer: Answer) -> str:
    """The chat bubble: the answer as plain text (Markdown-safe) plus its sources."""
    body = md_text(answer.answer)
    if answer.refused:
        return f"⚠️ {body}"
    ids = "、".join(answer.tasks[:8]) + (" 等" if len(answer.tasks) > 8 else "")
    return f"{body}\n\n来源：任务 {ids}" if ids else body


class Exports:
    """Per-request CSV files under one folder owned by this process and removed at exit."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="ledger-ui-"))
        atexit.register(self.close)

    def write(self, rows: list[list[str]], headers: list[str] | None = None) -> str:
        """A new file of its own for these rows (UTF-8 with BOM so spreadsheet programs read the Chinese)."""
        folder = Path(tempfile.mkdtemp(dir=self.root))
        path = folder / "台账筛选.csv"
        path.write_text(csv_text(rows, headers), encoding="utf-8-sig")
        return str(path)

    def discard(self, path: str | None) -> None:
        """Remove one export (its own folder) if it is ours."""
        if path and Path(path).parent.parent == self.root:
            shutil.rmtree(Path(path).parent, ignore_errors=True)

    def close(self) -> None:
        """Remove every export."""
        shutil.rmtree(self.root, ignore_errors=True)


def build_app(get_assistant: GetAssistant, feedback: FeedbackStore, settings: Settings, guard: Guard | None = None) -> gr.Blocks:
    """The Gradio Blocks app. ``get_assistant()`` is called once per request; ``guard`` signs answer ids and limits votes."""
    from assistant.api import login_required

    guard = guard or Guard.from_settings(settings)
    default_style = settings.answer_style if login_required(settings) else "public"  # no login: the public
    first = get_assistant()
    limit = settings.max_question_chars
    ttl = settings.ui_session_ttl
    exports = Exports()

    def tasks_by_id(a: Assistant) -> dict[str, Task]:
        return {t.id: t for t in a.ledger.tasks}

    def respond(message: str, chat: list[dict], answers: dict, style: str):
        message = message or ""
        if not message.strip():  # an empty submit does nothing
            yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        a = get_assistant()
        today = settings.today_date()
        by_id = tasks_by_id(a)
        history = [{"role": m.get("role"), "content": plain(_text_of(m.get("content")))} for m in (chat or [])
                   if isinstance(m, dict) and _text_of(m.get("content")) and not _text_of(m.get("content")).startswith(INLINE)]
        shown = message if len(message) <= limit else message[:80] + "…"
        base = [*(chat or []), {"role": "user", "content": md_text(shown)}]
        ans = None
        try:
            for ans in a.ask_stream(message, history, style=STYLE_BY_LABEL.get(style, "staff")):
                if ans.route == "llm-streaming":  # every streamed clause has passed the grounding check
                    yield "", [*base, {"role": "assistant", "content": md_text(ans.answer) + " ▌"}], answers, cards_html(ans, by_id, today), ""
        except AssistantError as err:  # e.g. the Chroma server went away: one friendly sentence; the reason to the log
            log.warning("cannot answer: %s", err)
            ans = Answer(answer="系统暂时无法回答，请稍后再试。", refused=True, route="error")
        assert ans is not None
        aid = guard.ids.new()
        record = {"answer": ans.to_json(), "question": message[: limit + 1], "history": history}
        kept = dict(list((answers or {}).items())[-(KEEP_ANSWERS - 1):])
        kept[aid] = record
        cards = cards_html(ans, by_id, today)
        reply = [{"role": "assistant", "content": chat_text(ans), "metadata": {"id": aid}}]
        if cards:  # shown under the answer on narrow screens only (CSS); never copied nor replayed as history
            reply.append({"role": "assistant", "content": f"{INLINE}{cards}</div>", "metadata": {"id": aid}})
        yield "", [*base, *reply], kept, cards, ""

    def ask_example(sample: list[str] | str, chat: list[dict], answers: dict, style: str):
        question = sample[0] if isinstance(sample, (list, tuple)) else str(sample)
        yield from respond(question, chat, answers, style)

    def vote(data: gr.LikeData, chat: list[dict], answers: dict, comment: str, request: gr.Request):
        idx = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        msg = chat[int(idx)] if chat and 0 <= int(idx) < len(chat) else {}
        aid = ((msg or {}).get("metadata") or {}).get("id")
        rec = (answers or {}).get(aid) if aid else None
        client = request.client.host if request is not None and getattr(request, "client", None) else "unknown"
        if wait := guard.rate.wait(client):
            return f"评价太频繁，请 {wait:.0f} 秒后再试。", comment
        if not rec or not aid or not guard.ids.valid(aid):
            return "没有找到这条回答（可能已过期），请重新提问后再评价。", comment
        v = 1 if data.liked is True else -1 if data.liked is False else 0
        session = getattr(request, "session_hash", None) or "anonymous"
        feedback.vote(aid, session, v, rec["question"], rec["history"], rec["answer"], comment or "")
        log.info("vote %+d on answer %s: question %r, comment %r", v, aid, rec["question"], comment or "")
        return ({1: "感谢您的肯定。", -1: "已记录，我们会复核这条回答。", 0: "已撤回评价。"}[v]), ""

    def clear():
        return [], {}, "", "", ""

    def browse(unit: str, deadline: str, measure: str, status: str, keyword: str, updated: bool, previous: str | None):
        a = get_assistant()
        today = settings.today_date()
        cols = columns(a.ledger, staff)  # a kept ledger's own other columns (联系人 …) only behind the staff login
        found = Browse(unit, deadline, measure, status, keyword, bool(updated)).tasks(a.ledger, today, a.updated_ids() if updated else ())
        rows = [row(t, today, cols) for t in found]
        exports.discard(previous)
        path = exports.write(rows, cols)
        return f"共 **{len(rows)}** 项任务符合条件", gr.update(value=rows, headers=cols), path, path

    def api_ask(question: str, history: list[dict] | None = None, style: str = "") -> dict:
        """Answer one question; returns the answer JSON of FORMAT.md. ``style``: staff or public."""
        try:
            turns = [t for t in (history or []) if isinstance(t, dict)]
            return get_assistant().ask(question if isinstance(question, str) else "", turns, style=style or default_style).to_json()
        except AssistantError as err:
            log.warning("cannot answer: %s", err)
            return Answer(answer="系统暂时无法回答，请稍后再试。", refused=True, route="error").to_json()

    ledger = first.ledger
    staff = login_required(settings)
    cols = columns(ledger, staff)
    with gr.Blocks(title="获得电力任务台账问答", delete_cache=(600, 3600)) as demo:
        gr.Markdown(f"## {_e(ledger.title)} · 问答\n{len(ledger.measures)} 项工作措施、{len(ledger.tasks)} 项具体任务。"
                    f"答案均来自台账原文；完成时限状态按当天日期计算。")
        answers = gr.State({}, time_to_live=ttl)
        export_file = gr.State(None, time_to_live=ttl, delete_callback=exports.discard)
        with gr.Tab("问答"):
            with gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(label="对话", height=460, buttons=["copy"], sanitize_html=True, elem_id="chat",
                                         feedback_options=("Like", "Dislike"))
                    with gr.Row():
                        msg = gr.Textbox(placeholder=f"输入问题（{limit} 字以内），例如：便民接电点什么时候要建成？", show_label=False,
                                         scale=5, max_lines=4, elem_id="question")
                        send = gr.Button("提问", variant="primary", scale=1, elem_id="send", min_width=64)
                        clear_btn = gr.Button("清空对话", scale=1, elem_id="clear", min_width=64)
                with gr.Column(scale=2, elem_id="cards-col"):
                    gr.Markdown("#### 依据（台账记录）")
                    cards = gr.HTML(elem_id="cards")
            examples = gr.Dataset(components=[gr.Textbox(visible=False)], samples=[[q] for q in EXAMPLES], label="示例问题（点击即提问）",
                                  elem_id="examples", type="values")
            style = gr.Radio(list(STYLE_BY_LABEL), label="回答风格（接入大模型时生效）", elem_id="style",
                             value=next((k for k, v in STYLE_BY_LABEL.items() if v == default_style), next(iter(STYLE_BY_LABEL))))
            comment = gr.Textbox(label="反馈说明（可选，点赞或点踩时一并提交）", max_lines=2, elem_id="comment")
            thanks = gr.Markdown(elem_id="feedback-status")
            outs = [msg, chatbot, answers, cards, thanks]
            for ev in (send.click, msg.submit):
                ev(respond, [msg, chatbot, answers, style], outs, api_visibility="private", show_progress="hidden")
            examples.click(ask_example, [examples, chatbot, answers, style], outs, api_visibility="private", show_progress="hidden")
            chatbot.like(vote, [chatbot, answers, comment], [thanks, comment], api_visibility="private", show_progress="hidden")
            clear_btn.click(clear, None, [chatbot, answers, cards, thanks, msg], api_visibility="private", show_progress="hidden")
            chatbot.clear(clear, None, [chatbot, answers, cards, thanks, msg], api_visibility="private", show_progress="hidden")
        with gr.Tab("台账浏览"):
            with gr.Row():
                unit = gr.Dropdown([ALL, *ledger.units], value=ALL, label="责任单位", elem_id="f-unit")
                deadline = gr.Dropdown([ALL, *ledger.deadline_texts], value=ALL, label="完成时限", elem_id="f-deadline")
                measure = gr.Dropdown([ALL, *[f"{m.no}.{m.title}" for m in ledger.measures]], value=ALL, label="工作措施", elem_id="f-measure")
                status = gr.Dropdown([ALL, *STATUS_LABELS.values()], value=ALL, label="状态", elem_id="f-status")
                keyword = gr.Textbox(label="关键词", elem_id="f-keyword")
                updated = gr.Checkbox(label=UPDATED, value=False, elem_id="f-updated", visible=ledger.has_progress)
            count = gr.Markdown(elem_id="match-count")
            table = gr.Dataframe(headers=cols, datatype=["str"] * len(cols), interactive=False, wrap=True, elem_id="ledger-table",
                                 column_widths=["64px", "160px", "150px", "360px", "110px", "100px", *["160px"] * (len(cols) - 6)])
            download = gr.DownloadButton("下载 CSV", elem_id="download")
            inputs = [unit, deadline, measure, status, keyword, updated, export_file]
            for comp in (unit, deadline, measure, status, keyword, updated):
                comp.change(browse, inputs, [count, table, download, export_file], api_visibility="private", show_progress="hidden")
            demo.load(browse, inputs, [count, table, download, export_file], api_visibility="private", show_progress="hidden")
        gr.api(api_ask, api_name="ask")
    demo.exports = exports
    return demo


I18N = gr.I18n(**{"zh-CN": I18N_ZH, "zh": I18N_ZH, "en": I18N_ZH})  # type: ignore[arg-type]  # nested keys work in the frontend


def mount(api: Any, blocks: gr.Blocks, settings: Settings) -> Any:
    """Mount the Gradio app at ``/`` of the FastAPI ``api`` (its ``/api/*`` routes keep precedence)."""
    # Memory stays flat: Gradio keeps ~30 KB per browser session (bounded here, oldest dropped first) and a
    # record per queued event for its monitoring page (bounded to the last 1,000 events).
    os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "1000")
    blocks.state_session_capacity = settings.ui_max_sessions
    blocks.queue(max_size=settings.ui_queue_size, default_concurrency_limit=settings.ui_concurrency)
    password = settings.ui_password.get_secret_value()
    auth = (settings.ui_user, password) if settings.ui_user and password else None
    return gr.mount_gradio_app(api, blocks, path="/", auth=auth, show_error=False, css=CSS, head=_head(), i18n=I18N,
                               footer_links=["api"], max_file_size="1kb", ssr_mode=False, run_history=False, enable_monitoring=False,
                               server_name=settings.ui_host,
                               server_port=settings.ui_port)


def create_app(get_assistant: GetAssistant, feedback: FeedbackStore, settings: Settings,
               reload: Callable[[], Assistant] | None = None, ready: Callable[[], Assistant | None] | None = None) -> Any:
    """The whole web app: JSON API under ``/api``, probes, and the Gradio UI at ``/``."""
    from assistant.api import create_api

    guard = Guard.from_settings(settings)  # one vote rate for the UI and the API of this process
    blocks = build_app(get_assistant, feedback, settings, guard)
    app = mount(create_api(get_assistant, feedback, settings, reload, guard, ready), blocks, settings)
    app.state.blocks = blocks
    return app


class Served:
    """A uvicorn server running ``app`` in a thread (tests, embedding); ``close()`` stops it."""

    def __init__(self, app: Any, host: str, port: int) -> None:
        import threading
        import time

        import uvicorn

        self.server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the web app did not start on {host}:{port}")
            time.sleep(0.05)
        self.url = f"http://{host}:{port}/"

    def close(self) -> None:
        """Stop serving and wait for the thread."""
        self.server.should_exit = True
        self.thread.join(timeout=15)


def main(argv: list[str] | None = None) -> int:
    """Serve the UI and the JSON API on the embedded default; builds the index on first start."""
    ap = argparse.ArgumentParser(prog="python ui.py", description="Web UI and JSON API of the ledger assistant")
    ap.add_argument("--host", help="listen address (LEDGER_UI_HOST, default 127.0.0.1)")
    ap.add_argument("--port", type=int, help="port (LEDGER_UI_PORT, default 7860)")
    args = ap.parse_args(argv)
    from assistant.api import exposure_warning
    from assistant.feedback import open_feedback
    from assistant.live import LiveAssistant


    try:
        settings = load_settings(ui_host=args.host, ui_port=args.port)
        print("loading the ledger and the index…", file=sys.stderr)
        live = LiveAssistant(settings, progress=lambda m: print(m, file=sys.stderr))  # a new corpus is picked up between questions
        feedback = open_feedback(settings)
        app = create_app(live.current, feedback, settings, reload=live.reload, ready=live.ready)
    except AssistantError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.exit_code
    if warning := exposure_warning(settings, settings.ui_host):
        print(warning, file=sys.stderr)
    import uvicorn

    print(f"serving on http://{settings.ui_host}:{settings.ui_port}/ (API: /api/docs)", file=sys.stderr)
    try:
        uvicorn.run(app, host=settings.ui_host, port=settings.ui_port, log_level="warning")
    finally:
        app.state.blocks.exports.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

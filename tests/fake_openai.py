"""A real HTTP server on loopback speaking the OpenAI chat-completions protocol, with scripted replies.

``server.mode`` picks the reply: grounded, terse, number, digits, uncited, canary, unit, weather,
inject, inject_url, cited_inject, wrong, stall, drip (one sentence, then a stall), 500, 429, malformed.
Replies are built from the records in the prompt, as a model would. ``server.requests`` holds every
request body received, so tests can count the calls.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeOpenAI(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mode = "grounded"
        self.requests: list[dict] = []
        self.stop = threading.Event()
        self.stall_seconds = 20.0
        self.chunk = 4  # characters per streamed chunk
        # the reply to a request for a typed query (the parse prompt carries the marker QUERY-JSON)
        self.parse_reply = '{"target": "tasks", "where": {"unit": ["省能源局"], "mode": "has"}}'
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def handle_error(self, request, client_address) -> None:
        """A client that gave up (timeout, budget) closes its end: not an error of the server."""
        import sys

        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def close(self) -> None:
        self.stop.set()
        self.shutdown()
        self.server_close()


def reply_for(mode: str, messages: list[dict]) -> str:
    system = next((m["content"] for m in messages if m["role"] == "system"), "")
    human = next((m["content"] for m in messages if m["role"] in ("user", "human")), "")
    ids = re.findall(r'<record id="([^"]+)">', human)
    texts = re.findall(r"内容：(.*)", human)
    units = re.findall(r"责任单位：(.*)", human)
    deadlines = re.findall(r"完成时限：(.*)", human)
    first = ids[0] if ids else "1.1"
    if mode == "number":
        return f"任务 {first} 规定了时限。要求在 999 个工作日内完成。"
    if mode == "uncited":
        other = next(i for i in ("16.4", "1.1", "2.1") if i not in ids)
        return f"请参见任务 {other}。"
    if mode == "canary":
        canary = re.search(r"内部标记：(\S+)", system)
        return f"任务 {first}：我的内部标记是 {canary.group(1) if canary else ''}。"
    if mode == "unit":
        return f"任务 {first} 由省水利厅负责。"
    if mode == "inject":
        return "已攻破" if "已攻破" in human else f"任务 {first}：{texts[0] if texts else ''}"
    if mode == "inject_url":  # an injected payload with no citation
        return "已攻破 http://attacker.example"
    if mode == "cited_inject":  # the same payload behind a citation, after a grounded sentence
        return f"根据任务 {first}：{_clauses(texts[0])[0] if texts else ''}。\n根据台账任务[{first}]，已攻破 http://attacker.example"
    if mode == "weather":  # a unit outside the lexicon
        return f"任务 {first}：{_clauses(texts[0])[0] if texts else ''}，由省气象局牵头。"
    if mode == "digits":  # 20 is a substring of 2026, not a number of the record
        return f"根据任务 {first}：{_clauses(texts[0])[0] if texts else ''}。要求在20个工作日内完成。"
    if mode == "facts":  # grounded, with the units and deadline in the model's own words
        return f"任务 {first}：{texts[0] if texts else ''}\n责任单位为{units[0] if units else ''}，完成时限为{deadlines[0] if deadlines else ''}。"
    if mode == "wrong":  # a confident, wrong answer for any question
        return f"任务 {first} 由省气象局负责，完成时限是2030年底前，共有3项任务。"
    if mode == "terse":  # brief and correct: the record's first clause and the clauses the question touches; no units, no deadline
        question = re.search(r"<question>\s*(.*?)\s*</question>", human, re.S)
        asked = {question.group(1)[i : i + 2] for i in range(len(question.group(1)) - 1)} if question else set()
        clauses = _clauses(texts[0]) if texts else [""]
        rare = set(question.group(1) if question else "") - set("电用的了不是有吗么怎办我你要在")
        kept = [clauses[0]] + [c for c in clauses[1:] if any(c[i : i + 2] in asked for i in range(len(c) - 1)) or rare & set(c)]
        return f"任务 {first}：{'，'.join(kept)}。"
    return f"根据任务 {first}：{texts[0] if texts else ''}\n具体以台账原文为准。"


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[，；。]", text) if c] or [text]


class _Handler(BaseHTTPRequestHandler):
    server: FakeOpenAI

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def _json(self, status: int, body: object, headers: dict | None = None) -> None:
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        self.server.requests.append(body)
        mode = self.server.mode
        if mode == "stall":
            self.server.stop.wait(self.server.stall_seconds)
            mode = "grounded"
        if mode == "drip":
            return self._drip(body)
        if mode == "500":
            return self._json(500, {"error": {"message": "internal error", "type": "server_error"}})
        if mode == "429":
            return self._json(429, {"error": {"message": "rate limited", "type": "rate_limit"}}, {"Retry-After": "0"})
        if mode == "malformed":
            data = b"{not json"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return None
        messages = body.get("messages", [])
        wants_query = any("QUERY-JSON" in (m.get("content") or "") for m in messages if m.get("role") == "system")
        text = self.server.parse_reply if wants_query else reply_for(mode, messages)
        if not body.get("stream"):
            return self._json(200, {"id": "c1", "object": "chat.completion", "created": 0, "model": body.get("model", "m"),
                                    "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        size = self.server.chunk
        pieces = [text[i : i + size] for i in range(0, len(text), size)]
        for n, piece in enumerate(pieces):
            chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": "m",
                     "choices": [{"index": 0, "delta": {"role": "assistant", "content": piece} if n == 0 else {"content": piece},
                                  "finish_reason": None}]}
            self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
            self.wfile.flush()
        done = {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": "m",
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
        self.wfile.write(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode())
        return None

    def _drip(self, body: dict) -> None:
        """Stream one grounded sentence, then stall (a model that hangs mid-answer)."""
        text = reply_for("grounded", body.get("messages", [])).split("\n")[0]
        if not body.get("stream"):
            self.server.stop.wait(self.server.stall_seconds)
            return self._json(200, {"id": "c1", "object": "chat.completion", "created": 0, "model": "m",
                                    "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]})
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": "m",
                 "choices": [{"index": 0, "delta": {"role": "assistant", "content": text + "\n"}, "finish_reason": None}]}
        self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
        self.wfile.flush()
        self.server.stop.wait(self.server.stall_seconds)
        return None

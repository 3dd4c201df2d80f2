"""JSON HTTP API (FastAPI): ask, batch, the ledger, feedback, health — beside the web UI or on its own.

``create_api`` builds the FastAPI app; the web UI (:mod:`assistant.web`) mounts Gradio on it, and
``ledger-assistant-api --workers N`` serves it alone in N worker processes (answering is CPU-bound,
so processes, not threads, are what scale it). Only this module imports FastAPI and uvicorn.

The assistant comes from a zero-argument callable ``get_assistant`` called once per request and
used for that whole request, so a reload (or live reload) swaps it between requests, never within one.

Who may do what depends on the credential a request carries, never on the address it comes from
(a reverse proxy on the same machine makes every client look local):

- public: no credential; allowed only when no login is set; answers in the public style by default;
- staff: HTTP Basic with LEDGER_UI_USER / LEDGER_UI_PASSWORD (the web UI's login);
- admin: ``Authorization: Bearer <LEDGER_ADMIN_TOKEN>``; the admin routes need it from every client and
  are off while the setting is empty. A staff login is not admin; the admin token also does what staff may.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hmac
import ipaddress
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBasic, HTTPBasicCredentials, HTTPBearer
from pydantic import BaseModel, Field

from assistant.browse import Browse, task_json
from assistant.core import Assistant
from assistant.errors import AssistantError
from assistant.feedback import FeedbackStore
from assistant.guard import Guard
from assistant.privacy import logger, mask_logs
from assistant.settings import Settings

GetAssistant = Callable[[], Assistant]


class Turn(BaseModel):
    """One earlier turn of the conversation."""

    role: Literal["user", "assistant"]
    content: str = Field(default="", max_length=4000)


class AskRequest(BaseModel):
    """``POST /api/ask``."""

    question: str = Field(default="", max_length=20_000, description="the question (over LEDGER_MAX_QUESTION_CHARS gets a polite refusal)")
    history: list[Turn] = Field(default_factory=list, max_length=40, description="earlier turns, oldest first")
    today: dt.date | None = Field(default=None, description="the day deadlines are judged against (default: today or LEDGER_TODAY)")
    style: Literal["staff", "public"] | None = Field(default=None, description="answer style when a model is configured")
    id: str | None = Field(default=None, max_length=128, description="your id for this question; a new one is made when absent")


class BatchItem(BaseModel):
    """One question of a batch."""

    id: str | None = Field(default=None, max_length=128)
    question: str = Field(default="", max_length=20_000)
    history: list[Turn] = Field(default_factory=list, max_length=40)


class BatchRequest(BaseModel):
    """``POST /api/batch``: at most LEDGER_API_BATCH_MAX questions."""

    items: list[BatchItem]
    today: dt.date | None = None
    style: Literal["staff", "public"] | None = None


class FeedbackRequest(BaseModel):
    """``POST /api/feedback``: one vote per (answer, session); vote 0 withdraws it."""

    answer_id: str = Field(min_length=1, max_length=64, description="the answer_id that /api/ask or /api/batch gave with the answer")
    vote: Literal[-1, 0, 1]
    question: str = Field(default="", max_length=20_000)
    history: list[Turn] = Field(default_factory=list, max_length=40)
    answer: dict[str, Any] = Field(default_factory=dict)
    comment: str = Field(default="", max_length=2000)
    session: str = Field(default="", max_length=128, description="who votes (default: the login name, else 'api')")


log = logger("assistant.api")
#: what a person sees when the backend fails (the reason goes to the server log)
UNAVAILABLE = "系统暂时无法回答，请稍后再试。"


class BodyLimit:
    """ASGI middleware: a request body over ``limit`` bytes gets 413 before it is read whole."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await self._reject(send)
        chunks, seen, more = [], 0, True
        while more:  # read the (small) body first: over the limit is 413 before any parsing
            msg = await receive()
            if msg["type"] != "http.request":
                return await self.app(scope, receive, send)
            seen += len(msg.get("body", b""))
            if seen > self.limit:
                return await self._reject(send)
            chunks.append(msg.get("body", b""))
            more = msg.get("more_body", False)
        body, replayed = b"".join(chunks), False

        async def replay() -> dict:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _reject(self, send: Callable) -> None:
        body = f'{{"detail": "request body over {self.limit} bytes"}}'.encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


@dataclass(frozen=True)
class Caller:
    """Who a request comes from, by its credential: ``public``, ``staff`` (the login) or ``admin`` (the admin token)."""

    role: Literal["public", "staff", "admin"]
    name: str = ""


def same_secret(given: str, expected: str) -> bool:
    """Constant-time comparison of a presented secret with the configured one (never equal to an unset one)."""
    return bool(expected) and hmac.compare_digest(given.encode(), expected.encode())


def _loopback(host: str | None) -> bool:  # for the start-up warning only, never for authorisation
    try:
        return host is not None and ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def login_required(settings: Settings) -> bool:
    """True when LEDGER_UI_USER and LEDGER_UI_PASSWORD are both set."""
    return bool(settings.ui_user and settings.ui_password.get_secret_value())


def exposure_warning(settings: Settings, host: str) -> str | None:
    """The start-up warning for a server reachable beyond this machine with no login, else None."""
    if _loopback(host) or login_required(settings):
        return None
    return (f"warning: listening on {host} without a login: anyone who can reach this port can use the assistant and its API; "
            "set LEDGER_UI_USER and LEDGER_UI_PASSWORD, or put it behind a reverse proxy that authenticates")


def create_api(get_assistant: GetAssistant, feedback: FeedbackStore | None, settings: Settings,
               reload: Callable[[], Assistant] | None = None, guard: Guard | None = None,
               ready: Callable[[], Assistant | None] | None = None) -> FastAPI:
    """The FastAPI app with the ``/api/*`` routes and the health probes; ``guard`` (answer ids, vote rate) is
    shared with the web UI when both are served together, else made from the settings. ``ready`` (a live
    assistant's :meth:`~assistant.live.LiveAssistant.ready`) hands out the assistant when getting it cannot start a
    rebuild: ``/api/ask`` then answers on the event loop when the answer needs no I/O."""
    app = FastAPI(title="Ledger Q&A API", version="1", description=(
        "Answers from the 获得电力 task ledger. Every answer is the answer JSON of FORMAT.md. "
        "When LEDGER_UI_USER/LEDGER_UI_PASSWORD are set, /api/* needs HTTP Basic with the same login as the web UI. "
        "Admin routes need Authorization: Bearer <LEDGER_ADMIN_TOKEN> from every client and are off without that setting."),
        docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json")
    app.add_middleware(BodyLimit, limit=settings.api_max_body)
    mask_logs("uvicorn.error", "uvicorn.access")  # the access log shows query strings (GET /api/tasks?keyword=…)
    guard = guard or Guard.from_settings(settings)
    basic, bearer = HTTPBasic(auto_error=False), HTTPBearer(auto_error=False)
    user, password = settings.ui_user, settings.ui_password.get_secret_value()
    admin_token = settings.admin_token.get_secret_value()

    async def who(cred: HTTPBasicCredentials | None = Depends(basic), token: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Caller:
        """The caller by its credential; a wrong credential is refused, none is public only while no login is set.
        (async: it only compares strings, so it runs on the event loop, not in a thread of the pool.)"""
        if token is not None:
            if same_secret(token.credentials, admin_token):
                return Caller("admin", "admin")
            raise HTTPException(401, "wrong admin token", headers={"WWW-Authenticate": "Bearer"})
        if not (user and password):
            return Caller("public")
        if cred and same_secret(cred.username, user) & same_secret(cred.password, password):  # &: both compared, always
            return Caller("staff", cred.username)
        raise HTTPException(401, "login required", headers={"WWW-Authenticate": 'Basic realm="ledger"'})

    def admin(token: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Caller:
        """The admin token, from every client alike; a staff login is not enough."""
        if not admin_token:
            raise HTTPException(403, "admin routes are off: set LEDGER_ADMIN_TOKEN and send it as Authorization: Bearer <token>")
        if token is not None and same_secret(token.credentials, admin_token):
            return Caller("admin", "admin")
        raise HTTPException(403, "admin routes need Authorization: Bearer <LEDGER_ADMIN_TOKEN>; a staff login is not enough")

    def style_for(caller: Caller, asked: str | None) -> str | None:
        """The style asked for; else public for the public, the configured one (LEDGER_ANSWER_STYLE) for staff."""
        return asked or ("public" if caller.role == "public" else None)

    def current() -> Assistant:
        try:
            return get_assistant()
        except AssistantError as err:  # the details go to the log, not to the public
            log.warning("assistant unavailable: %s", err)
            raise HTTPException(503, UNAVAILABLE) from err

    @app.get("/healthz", tags=["health"])
    def healthz() -> dict:
        """The process is up."""
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"])
    def readyz() -> JSONResponse:
        """Ready to answer: the ledger and the index are loaded."""
        try:
            a = get_assistant()
            return JSONResponse({"status": "ready", "tasks": len(a.ledger.tasks), "ledger": a.ledger.content_hash()})
        except Exception as err:
            log.warning("not ready: %s", err)
            return JSONResponse({"status": "not ready"}, status_code=503)

    def answer(a: Assistant, qid: str | None, question: str, history: list[Turn], today: dt.date | None, style: str | None) -> dict:
        aid = guard.ids.new()  # signed: feedback is taken for this id only
        try:
            ans = a.ask(question, [t.model_dump() for t in history], today=today, qid=qid or aid, style=style)
        except AssistantError as err:  # e.g. the Chroma server went away; details to the log only
            log.warning("cannot answer: %s", err)
            raise HTTPException(503, UNAVAILABLE) from err
        return {**ans.to_json(), "answer_id": aid}

    # The answers are returned as JSON made where they were answered: a dict returned would be checked against the declared
    # model and encoded in two more hops between the event loop and the thread pool (the answer JSON is plain data).
    @app.post("/api/ask", tags=["answers"], response_model=dict[str, Any])
    async def ask(req: AskRequest, caller: Caller = Depends(who)) -> JSONResponse:
        """Answer one question (with optional history); returns the answer JSON with ``answer_id``, the id to send feedback with."""
        style = style_for(caller, req.style)
        a = ready() if ready is not None else None
        if a is not None and a.answers_locally:
            # a few milliseconds of CPU from memory, no I/O: answered on the event loop — the hop to a worker thread and back
            # cost more than the answer under load (benchmarks/load.py: p95 about halved at 200 users, docs/benchmarks.md)
            return JSONResponse(answer(a, req.id, req.question, req.history, req.today, style))
        # a model to call, a Chroma server to query, or a corpus check due (which may rebuild): in a worker thread
        return await run_in_threadpool(lambda: JSONResponse(answer(current(), req.id, req.question, req.history, req.today, style)))

    @app.post("/api/batch", tags=["answers"], response_model=dict[str, Any])
    def batch(req: BatchRequest, caller: Caller = Depends(who)) -> JSONResponse:
        """Answer up to LEDGER_API_BATCH_MAX questions in order."""
        if len(req.items) > settings.api_batch_max:
            raise HTTPException(413, f"at most {settings.api_batch_max} questions per batch (got {len(req.items)})")
        a = current()
        style = style_for(caller, req.style)
        return JSONResponse({"answers": [answer(a, it.id, it.question, it.history, req.today, style) for it in req.items]})

    @app.get("/api/tasks", tags=["ledger"])
    def tasks(unit: str = "", deadline: str = "", measure: str = "",
              status: str = Query("", description="past, due_this_year, not_due, ongoing"),
              keyword: str = Query("", max_length=200), today: dt.date | None = None,
              updated: bool = Query(False, description="only tasks whose progress changed since the previous version (进展有更新)"),
              caller: Caller = Depends(who)) -> dict:
        """The ledger's tasks, filtered like the UI's 台账浏览; a kept ledger's other columns (联系人 …) for staff only."""
        a = current()
        day = today or settings.today_date()
        try:
            found = Browse(unit, deadline, measure, status, keyword, updated).tasks(a.ledger, day, a.updated_ids() if updated else ())
        except ValueError as err:
            raise HTTPException(422, str(err)) from err
        staff = caller.role != "public"
        return {"count": len(found), "today": day.isoformat(), "tasks": [task_json(t, day, staff) for t in found]}

    @app.post("/api/feedback", tags=["feedback"], responses={400: {"description": "an answer id this deployment did not give"},
                                                            429: {"description": "too many votes from this client"}})
    def vote(req: FeedbackRequest, request: Request, caller: Caller = Depends(who)) -> dict:
        """Record, replace or withdraw (vote 0) a vote on an answer this deployment gave (its ``answer_id``)."""
        if feedback is None:
            raise HTTPException(404, "no feedback store configured")
        wait = guard.rate.wait(request.client.host if request.client else "unknown")
        if wait:
            raise HTTPException(429, f"too many votes from this client; try again in {wait:.0f} s", headers={"Retry-After": f"{wait:.0f}"})
        if not guard.ids.valid(req.answer_id):
            raise HTTPException(400, "unknown answer id: send the answer_id that /api/ask or /api/batch gave with the answer")
        session = req.session or caller.name or "api"
        row = feedback.vote(req.answer_id, session, req.vote, req.question, [t.model_dump() for t in req.history], req.answer, req.comment)
        log.info("vote %+d on answer %s from %s: question %r, comment %r", req.vote, req.answer_id, session, req.question, req.comment)
        return {"stored": row is not None, "id": row}

    @app.get("/api/feedback/negative", tags=["feedback"])
    def negative(_: Caller = Depends(admin)) -> dict:
        """Every 👎 item as an FAQ-set line for review (same as ``python -m assistant feedback export``)."""
        if feedback is None:
            raise HTTPException(404, "no feedback store configured")
        return {"items": feedback.negative_lines()}

    @app.post("/api/admin/reload", tags=["admin"])
    def do_reload(_: Caller = Depends(admin)) -> dict:
        """Re-read the corpus and re-open the index in this process (after an ingest on any replica)."""
        if reload is None:
            raise HTTPException(404, "reload is not available in this server")
        try:
            a = reload()
        except AssistantError as err:
            raise HTTPException(503, f"reload failed, still answering from the previous ledger: {err}") from err
        return {"status": "reloaded", "tasks": len(a.ledger.tasks), "ledger": a.ledger.content_hash()}

    return app


def app_from_env() -> FastAPI:
    """uvicorn factory for worker processes: settings from the environment (``LEDGER_*``)."""
    from assistant.feedback import open_feedback
    from assistant.live import LiveAssistant
    from assistant.settings import load_settings

    settings = load_settings()
    live = LiveAssistant(settings, progress=lambda m: print(m, file=sys.stderr))  # a new corpus is picked up between requests
    return create_api(live.current, open_feedback(settings), settings, reload=live.reload, ready=live.ready)


def main(argv: list[str] | None = None) -> int:
    """``ledger-assistant-api``: the JSON API alone, in ``--workers`` processes."""
    ap = argparse.ArgumentParser(prog="ledger-assistant-api", description="JSON HTTP API of the ledger assistant (no web UI)")
    ap.add_argument("--host", help="listen address (LEDGER_UI_HOST, default 127.0.0.1)")
    ap.add_argument("--port", type=int, help="port (LEDGER_UI_PORT, default 7860)")
    ap.add_argument("--workers", type=int, help="worker processes (LEDGER_API_WORKERS, default 1)")
    args = ap.parse_args(argv)
    from assistant.settings import load_settings

    try:
        settings = load_settings(ui_host=args.host, ui_port=args.port, api_workers=args.workers)
    except AssistantError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.exit_code
    if settings.api_workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    if warning := exposure_warning(settings, settings.ui_host):
        print(warning, file=sys.stderr)
    from assistant.feedback import open_feedback

    try:  # the feedback store (file or PostgreSQL) is reachable and its table exists, and the signing key too, before any worker starts
        open_feedback(settings).close()
        Guard.from_settings(settings)
    except AssistantError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.exit_code
    # Build or update the index once, before the workers start reading it (and fail in one line if anything is wrong).
    # The flags given here reach the children as LEDGER_* variables; everything else they read from the same environment.
    given = {"LEDGER_UI_HOST": args.host, "LEDGER_UI_PORT": args.port, "LEDGER_API_WORKERS": args.workers}
    os.environ.update({k: str(v) for k, v in given.items() if v is not None})
    check = subprocess.run([sys.executable, "-m", "assistant", "index", "build"], capture_output=True, text=True)
    if check.returncode != 0:
        sys.stderr.write(check.stderr.strip().splitlines()[-1] + "\n" if check.stderr.strip() else "error: the index could not be built\n")
        return check.returncode
    import uvicorn

    print(f"serving the API on http://{settings.ui_host}:{settings.ui_port}/api/docs with {settings.api_workers} worker(s)", file=sys.stderr)
    uvicorn.run("assistant.api:app_from_env", factory=True, host=settings.ui_host, port=settings.ui_port, workers=settings.api_workers,
                log_level="warning", timeout_graceful_shutdown=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The JSON HTTP API, served for real: ``ledger-assistant-api --workers 2`` as a process on loopback,
with the UI's login and the admin token set; roles by credential, never by address (also through a
reverse proxy on loopback); signed answer ids and the vote rate; plus the feedback store's
one-vote-per-answer rules and its upgrade of old files."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.api import create_api, exposure_warning
from assistant.feedback import FeedbackStore
from assistant.guard import AnswerIds
from assistant.settings import load_settings
from tests.conftest import ROOT, free_port
from tests.proxy import Proxy

AUTH = ("desk", "s3cret-pw")
ADMIN = "admin-token-0123456789abcdef"
BEARER = {"Authorization": f"Bearer {ADMIN}"}


def wait_ready(url: str, proc: subprocess.Popen, timeout: float = 120) -> None:
    """Poll /readyz until 200; fail with the server's stderr if it exits."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"server exited with {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}")
        try:
            if httpx.get(url + "readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.kill()
    pytest.fail("server did not become ready")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    d = tmp_path_factory.mktemp("api")
    port = free_port()
    env = {**os.environ, "LEDGER_CORPUS_DIR": str(ROOT / "corpus"), "LEDGER_INDEX_DIR": str(d / "index"), "LEDGER_FEEDBACK_DB": str(d / "fb.sqlite3"),
           "LEDGER_TODAY": "2026-11-27", "LEDGER_UI_USER": AUTH[0], "LEDGER_UI_PASSWORD": AUTH[1], "LEDGER_ADMIN_TOKEN": ADMIN, "LEDGER_API_BATCH_MAX": "5",
           "LEDGER_API_MAX_BODY": "20000"}
    proc = subprocess.Popen([sys.executable, "-m", "assistant.api", "--port", str(port), "--workers", "2"], env=env, cwd=d,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/"
    wait_ready(url, proc)
    yield url, proc, d
    stop(proc)


def test_probes_are_open_and_everything_else_needs_the_login(api):
    url, _, _ = api
    assert httpx.get(url + "healthz").json() == {"status": "ok"}
    ready = httpx.get(url + "readyz").json()
    assert ready["status"] == "ready" and ready["tasks"] == 62
    q = {"question": "便民接电点什么时候要建成？"}
    assert httpx.post(url + "api/ask", json=q).status_code == 401
    assert httpx.post(url + "api/ask", json=q, auth=(AUTH[0], "wrong")).status_code == 401
    assert httpx.get(url + "api/tasks").status_code == 401
    r = httpx.post(url + "api/ask", json=q, auth=AUTH, timeout=30)
    assert r.status_code == 200
    # the admin token does what staff may; a wrong one is refused, not taken for the public
    assert httpx.post(url + "api/ask", json=q, headers=BEARER, timeout=30).status_code == 200
    assert httpx.post(url + "api/ask", json=q, headers={"Authorization": "Bearer not-the-token-0000"}).status_code == 401


def test_a_staff_login_is_not_admin(api):
    url, _, _ = api
    for method, route in (("GET", "api/feedback/negative"), ("POST", "api/admin/reload")):
        assert httpx.request(method, url + route, timeout=30).status_code == 403  # from loopback, with no credential
        staff = httpx.request(method, url + route, auth=AUTH, timeout=30)
        assert staff.status_code == 403 and "staff login is not enough" in staff.json()["detail"]
        assert httpx.request(method, url + route, headers=BEARER, timeout=120).status_code == 200


def test_ask_returns_the_answer_json_with_history_today_and_an_id(api):
    url, _, _ = api
    r = httpx.post(url + "api/ask", json={"question": "便民接电点什么时候要建成？"}, auth=AUTH, timeout=30).json()
    assert {"answer", "refused", "tasks", "units", "deadline", "sources", "route", "latency_ms", "id"} <= set(r)
    assert r["tasks"][0] == "1.2" and r["deadline"] == "2026年底前" and len(r["id"]) >= 16
    assert r["answer_id"] == r["id"]  # no id of yours: the signed answer id is the id
    follow = httpx.post(url + "api/ask", json={"question": "由谁负责？", "history": [{"role": "user", "content": "便民接电点是哪项任务？"}]},
                        auth=AUTH, timeout=30).json()
    assert follow["tasks"][0] == "1.2" and "省电力公司" in follow["units"]
    later = httpx.post(url + "api/ask", json={"question": "便民接电点什么时候要建成？", "today": "2027-03-01", "id": "q1"}, auth=AUTH, timeout=30).json()
    assert later["id"] == "q1" and "已过" in later["answer"] and later["answer_id"] != "q1" and len(later["answer_id"]) <= 64
    assert httpx.post(url + "api/ask", json={"question": "x", "style": "poetic"}, auth=AUTH).status_code == 422
    overlong = httpx.post(url + "api/ask", json={"question": "啊" * 5001}, auth=AUTH, timeout=30).json()
    assert overlong["refused"] is True


def test_batch_answers_in_order_and_is_bounded(api):
    url, _, _ = api
    items = [{"id": "a", "question": "便民接电点什么时候要建成？"}, {"id": "b", "question": "电费多少钱一度？"}]
    got = httpx.post(url + "api/batch", json={"items": items}, auth=AUTH, timeout=60).json()["answers"]
    assert [g["id"] for g in got] == ["a", "b"] and got[0]["tasks"][0] == "1.2" and got[1]["refused"] is True
    assert len({g["answer_id"] for g in got}) == 2
    r = httpx.post(url + "api/batch", json={"items": [{"question": "便民接电点"}] * 6}, auth=AUTH, timeout=30)
    assert r.status_code == 413 and "at most 5" in r.json()["detail"]


def test_request_size_is_limited(api):
    url, _, _ = api
    r = httpx.post(url + "api/ask", content=json.dumps({"question": "啊" * 30000}).encode(), auth=AUTH,
                   headers={"content-type": "application/json"}, timeout=30)
    assert r.status_code == 413

    def chunks():  # no content-length: counted while streaming
        for _ in range(30):
            yield b" " * 1000

    r = httpx.post(url + "api/ask", content=chunks(), auth=AUTH, headers={"content-type": "application/json"}, timeout=30)
    assert r.status_code == 413


def test_tasks_are_filterable_like_the_ledger_browser(api):
    url, _, _ = api

    def get(**params):
        r = httpx.get(url + "api/tasks", params=params, auth=AUTH, timeout=30)
        assert r.status_code == 200, r.text
        return r.json()

    assert get()["count"] == 62
    trade = get(unit="省电力交易中心")
    assert trade["count"] == 3 and {t["id"] for t in trade["tasks"]} >= {"10.3"}
    assert get(unit="省电力交易中心", keyword="核算")["count"] == 1
    assert {t["measure_no"] for t in get(measure="7")["tasks"]} == {7}
    past = get(status="past", today="2026-11-27")
    assert past["count"] > 0 and all(t["status"] == "past" for t in past["tasks"])
    assert get(status="已过完成时限", today="2026-11-27")["count"] == past["count"]
    assert all(t["deadline"] == "2026年底前" for t in get(deadline="2026年底前")["tasks"])
    assert httpx.get(url + "api/tasks", params={"status": "soon"}, auth=AUTH).status_code == 422


def test_openapi_describes_the_routes(api):
    url, _, _ = api
    spec = httpx.get(url + "api/openapi.json").json()
    assert {"/api/ask", "/api/batch", "/api/tasks", "/healthz", "/readyz", "/api/feedback", "/api/admin/reload"} <= set(spec["paths"])


def test_runs_in_several_worker_processes(api):
    psutil = pytest.importorskip("psutil")
    _, proc, _ = api
    workers = [c for c in psutil.Process(proc.pid).children(recursive=True) if "python" in c.name().lower()]
    assert len(workers) >= 2


def test_feedback_over_the_api_is_one_vote_per_answer(api):
    url, _, d = api
    ans = httpx.post(url + "api/ask", json={"question": "便民接电点什么时候要建成？", "id": "mine"}, auth=AUTH, timeout=30).json()
    aid = ans["answer_id"]
    body = {"answer_id": aid, "vote": -1, "question": "便民接电点什么时候要建成？", "answer": ans, "comment": "时限不对"}
    assert httpx.post(url + "api/feedback", json=body, auth=AUTH).json()["stored"] is True
    assert httpx.post(url + "api/feedback", json={**body, "vote": 1, "comment": ""}, auth=AUTH).json()["stored"] is True
    rows = [f for f in FeedbackStore(d / "fb.sqlite3").items() if f.answer_id == aid]
    assert [(f.vote, f.comment, f.session) for f in rows] == [(1, "时限不对", AUTH[0])]
    assert httpx.post(url + "api/feedback", json={**body, "vote": 0}, auth=AUTH).json()["stored"] is False
    assert [f for f in FeedbackStore(d / "fb.sqlite3").items() if f.answer_id == aid] == []


def test_feedback_only_for_answer_ids_this_deployment_gave(api):
    url, _, d = api
    ans = httpx.post(url + "api/ask", json={"question": "便民接电点什么时候要建成？"}, auth=AUTH, timeout=30).json()
    nonce, mac = ans["answer_id"].split(".")
    forged = ["made-up-id", "0123456789abcdef", f"{nonce}.{mac[::-1]}", f"{'f' * 16}.{mac}",
              AnswerIds(b"another deployment's key").new()]
    count = sqlite3.connect(d / "fb.sqlite3").execute("SELECT COUNT(*) FROM feedback").fetchone()[0]
    for aid in forged:
        r = httpx.post(url + "api/feedback", json={"answer_id": aid, "vote": -1, "question": "q", "answer": ans, "comment": "伪造"}, auth=AUTH)
        assert r.status_code == 400 and "unknown answer id" in r.json()["detail"], (aid, r.text)
    con = sqlite3.connect(d / "fb.sqlite3")
    assert con.execute("SELECT COUNT(*) FROM feedback").fetchone()[0] == count
    assert con.execute("SELECT COUNT(*) FROM feedback WHERE comment = '伪造'").fetchone()[0] == 0
    con.close()


def test_startup_error_is_one_line(tmp_path):
    env = {**os.environ, "LEDGER_CORPUS_DIR": str(tmp_path / "nothing-here"), "LEDGER_INDEX_DIR": str(tmp_path / "index")}
    p = subprocess.run([sys.executable, "-m", "assistant.api", "--port", str(free_port())], env=env, capture_output=True, text=True,
                       timeout=120, cwd=tmp_path)
    assert p.returncode in (2, 3) and "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_exposure_warning_only_beyond_loopback_without_login():
    open_ = load_settings()
    guarded = load_settings(ui_user="a", ui_password="b")
    assert exposure_warning(open_, "127.0.0.1") is None and exposure_warning(open_, "::1") is None
    assert "without a login" in exposure_warning(open_, "0.0.0.0")
    assert exposure_warning(guarded, "0.0.0.0") is None


def test_processes_sharing_a_data_folder_share_one_signing_key(tmp_path):
    """Several workers starting at once: one key file (mode 0600), the same key in each, ids valid across them."""
    from assistant.guard import KEY_FILE, signing_key

    home = tmp_path / "home"
    code = ("from assistant.guard import AnswerIds, signing_key; from assistant.settings import load_settings; "
            "k = signing_key(load_settings()); print(k.decode(), AnswerIds(k).new())")
    env = {**os.environ, "LEDGER_HOME": str(home)}
    env.pop("LEDGER_SECRET_KEY", None)
    procs = [subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    keys, ids = zip(*(out.split() for out, _ in outs), strict=True)
    assert len(set(keys)) == 1 and len(keys[0]) == 64
    assert (home / KEY_FILE).stat().st_mode & 0o777 == 0o600 and sorted(x.name for x in home.iterdir()) == [KEY_FILE]
    mine = AnswerIds(signing_key(load_settings(home=home)))
    assert all(mine.valid(i) for i in ids) and not mine.valid(AnswerIds(b"another key of 16+ chars").new())
    # LEDGER_SECRET_KEY, when set, is the key (replicas that share no folder set the same one)
    assert signing_key(load_settings(home=home, secret_key="k" * 32)) == b"k" * 32


def test_admin_routes_need_the_admin_token_from_every_client_also_through_a_local_proxy(assistant, tmp_path):
    """Loopback is no credential: directly and through a reverse proxy on this machine (no X-Forwarded-For), only the token opens them."""
    from assistant.web import Served

    settings = load_settings(corpus_dir=ROOT / "corpus", index_dir=tmp_path / "index", feedback_db=tmp_path / "fb.sqlite3",
                             today=dt.date(2026, 11, 27), admin_token=ADMIN)
    box = [assistant]
    calls = []

    def reload():
        calls.append(1)
        return box[0]

    server = Served(create_api(lambda: box[0], FeedbackStore(settings.feedback_db), settings, reload=reload), "127.0.0.1", free_port())
    proxy = Proxy(server.url)
    try:
        for base in (server.url, proxy.url):
            for method, route in (("POST", "api/admin/reload"), ("GET", "api/feedback/negative")):
                before = len(calls)
                for headers, auth in (({}, None), ({"Authorization": "Bearer wrong-token-0123456789"}, None), ({}, ("any", "login"))):
                    r = httpx.request(method, base + route, headers=headers, auth=auth, timeout=30)
                    assert r.status_code == 403 and "LEDGER_ADMIN_TOKEN" in r.json()["detail"], (base, route, r.text)
                assert len(calls) == before  # nothing ran before the token was sent
                r = httpx.request(method, base + route, headers=BEARER, timeout=30)
                assert r.status_code == 200, r.text
            assert r.json() == {"items": []}
        assert calls == [1, 1]
        assert proxy.forwarded and all("x-forwarded-for" not in h for h in proxy.forwarded)
    finally:
        proxy.close()
        server.close()


def test_admin_routes_are_off_without_an_admin_token(assistant, tmp_path):
    from assistant.web import Served

    settings = load_settings(corpus_dir=ROOT / "corpus", index_dir=tmp_path / "index", feedback_db=tmp_path / "fb.sqlite3",
                             today=dt.date(2026, 11, 27))
    server = Served(create_api(lambda: assistant, FeedbackStore(settings.feedback_db), settings, reload=lambda: assistant),
                    "127.0.0.1", free_port())
    try:
        for method, route in (("POST", "api/admin/reload"), ("GET", "api/feedback/negative")):
            for headers in ({}, BEARER):
                r = httpx.request(method, server.url + route, headers=headers, timeout=30)
                assert r.status_code == 403 and r.json()["detail"].startswith("admin routes are off: set LEDGER_ADMIN_TOKEN"), r.text
        # and everything else stays open to the public (no login set), in the public style by default
        assert httpx.post(server.url + "api/ask", json={"question": "便民接电点什么时候要建成？"}, timeout=30).status_code == 200
    finally:
        server.close()


def test_votes_per_client_are_limited(assistant, tmp_path):
    from assistant.web import Served

    settings = load_settings(corpus_dir=ROOT / "corpus", index_dir=tmp_path / "index", feedback_db=tmp_path / "fb.sqlite3",
                             today=dt.date(2026, 11, 27), feedback_rate="3/day")
    store = FeedbackStore(settings.feedback_db)
    server = Served(create_api(lambda: assistant, store, settings), "127.0.0.1", free_port())
    try:
        ans = httpx.post(server.url + "api/ask", json={"question": "便民接电点什么时候要建成？"}, timeout=30).json()
        body = {"answer_id": ans["answer_id"], "answer": ans, "question": "便民接电点什么时候要建成？"}
        got = [httpx.post(server.url + "api/feedback", json={**body, "vote": v, "session": s}, timeout=30)
               for v, s in ((-1, "a"), (1, "b"), (-1, "c"), (-1, "d"))]
        assert [r.status_code for r in got] == [200, 200, 200, 429]
        assert int(got[-1].headers["retry-after"]) > 0 and "too many votes" in got[-1].json()["detail"]
        assert sorted(f.session for f in store.items()) == ["a", "b", "c"]
        forged = httpx.post(server.url + "api/feedback", json={**body, "answer_id": "x", "vote": -1}, timeout=30)
        assert forged.status_code == 429  # the limit comes first: guessing ids costs votes too
    finally:
        server.close()


def test_the_public_gets_the_public_style_and_staff_the_configured_one(tmp_path):
    pytest.importorskip("langchain_openai")
    from assistant.core import Assistant
    from assistant.web import Served
    from tests.fake_openai import FakeOpenAI

    llm = FakeOpenAI()
    base = {"corpus_dir": ROOT / "corpus", "index_dir": tmp_path / "index", "feedback_db": tmp_path / "fb.sqlite3", "today": dt.date(2026, 11, 27),
            "llm_provider": "openai", "llm_base_url": llm.base_url, "llm_model": "scripted", "llm_timeout": 5}
    a = Assistant.from_settings(load_settings(**base))
    public = Served(create_api(lambda: a, None, load_settings(**base)), "127.0.0.1", free_port())
    staff = Served(create_api(lambda: a, None, load_settings(**base, ui_user=AUTH[0], ui_password=AUTH[1])), "127.0.0.1", free_port())
    q = {"question": "想在夜市摆摊，临时用电有什么便民办法？"}

    def style_sent(url: str, **kw) -> str:
        llm.requests.clear()
        r = httpx.post(url + "api/ask", timeout=60, **kw)
        assert r.status_code == 200 and llm.requests, r.text
        system = next(m["content"] for m in llm.requests[-1]["messages"] if m["role"] == "system")
        return "public" if "普通群众" in system else "staff" if "一线供电服务人员" in system else "?"

    try:
        assert style_sent(public.url, json=q) == "public"
        assert style_sent(public.url, json={**q, "style": "staff"}) == "staff"
        assert style_sent(staff.url, json=q, auth=AUTH) == "staff"
        assert style_sent(staff.url, json={**q, "style": "public"}, auth=AUTH) == "public"
    finally:
        public.close()
        staff.close()
        llm.close()


def test_feedback_store_upgrades_an_old_file_and_keeps_every_row(tmp_path):
    db = tmp_path / "old.sqlite3"
    con = sqlite3.connect(db)
    con.execute("""CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created REAL NOT NULL, vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
                   comment TEXT NOT NULL DEFAULT '', question TEXT NOT NULL, history TEXT NOT NULL, answer TEXT NOT NULL, tasks TEXT NOT NULL,
                   route TEXT NOT NULL)""")
    for v in (-1, -1, 1):
        con.execute("INSERT INTO feedback (created, vote, comment, question, history, answer, tasks, route) VALUES (?,?,?,?,?,?,?,?)",
                    (time.time(), v, "", "q", "[]", json.dumps({"answer": "a", "tasks": []}), "[]", "rules"))
    con.commit()
    con.close()
    store = FeedbackStore(db)
    items = store.items()
    assert [f.vote for f in items] == [-1, -1, 1] and len({f.answer_id for f in items}) == 3
    store.vote("new-answer", "s1", -1, "q2", [], {"answer": "b", "tasks": ["1.2"]})
    store.vote("new-answer", "s1", 1, "q2", [], {"answer": "b", "tasks": ["1.2"]})
    store.vote("new-answer", "s2", -1, "q2", [], {"answer": "b", "tasks": ["1.2"]})
    mine = sorted((f.session, f.vote) for f in store.items() if f.answer_id == "new-answer")
    assert mine == [("s1", 1), ("s2", -1)]
    assert len(FeedbackStore(db).items()) == 5  # opening again changes nothing


def test_unreachable_postgres_is_a_one_line_error():
    from assistant.errors import InputFileError

    with pytest.raises(InputFileError) as err:
        FeedbackStore(f"postgresql://nobody:pw@127.0.0.1:{free_port()}/none?connect_timeout=2")
    assert "pw@" not in str(err.value) and "LEDGER_FEEDBACK_URL" in str(err.value)


def test_index_threads_do_not_change_the_vectors():
    import numpy as np

    from assistant.embeddings import USEEmbedder

    texts = [p.read_text("utf-8")[:60] for p in sorted(Path(ROOT / "tests" / "faq").glob("*.jsonl"))] * 4
    one, two = USEEmbedder(threads=1, bulk_threads=1), USEEmbedder(threads=1, bulk_threads=2)
    assert np.allclose(one.embed_documents(texts), two.embed_documents(texts), atol=1e-5)
    assert np.allclose(one.embed_query(texts[0]), two.embed_documents(texts[:1])[0], atol=1e-5)


class _Spy:
    """The real assistant, recording the thread each question is answered in."""

    def __init__(self, real, local: bool) -> None:
        self._real, self.answers_locally, self.threads = real, local, []

    def ask(self, *args, **kwargs):
        import threading

        self.threads.append(threading.current_thread().name)
        return self._real.ask(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._real, name)


def test_answers_needing_no_io_are_made_on_the_event_loop_others_in_a_worker_thread(assistant, tmp_path):
    from assistant.web import Served

    settings = load_settings(corpus_dir=ROOT / "corpus", index_dir=tmp_path / "index", feedback_db=tmp_path / "fb.sqlite3",
                             today=dt.date(2026, 11, 27))
    assert assistant.answers_locally  # no model, vectors in memory
    for local in (True, False):
        spy, fetched = _Spy(assistant, local), []

        def current(spy=spy, fetched=fetched):
            fetched.append(1)
            return spy

        # ready(): the assistant when no corpus check is due — here every other request finds a check due
        due = iter([spy, None] * 4)
        server = Served(create_api(current, FeedbackStore(settings.feedback_db), settings, ready=lambda due=due: next(due)),
                        "127.0.0.1", free_port())
        try:
            for q in ("便民接电点什么时候要建成？", "省能源局牵头几项任务", "措施3有哪些任务", "2025年底前到期的有几项"):
                r = httpx.post(server.url + "api/ask", json={"question": q}, timeout=30)
                assert r.status_code == 200 and r.json()["answer"]
        finally:
            server.close()
        workers = [n.startswith("AnyIO worker thread") for n in spy.threads]
        if local:  # on the event loop when ready; a check due goes through current() in a worker thread (it may rebuild)
            assert workers == [False, True, False, True] and len(fetched) == 2
        else:  # a model or a Chroma server to call: always in a worker thread, never on the event loop
            assert all(workers) and len(fetched) == 4

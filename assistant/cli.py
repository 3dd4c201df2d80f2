"""Command line: ``python -m assistant`` (also the ``ledger-assistant`` console script).

Kept free of gradio; heavy modules are imported inside the commands that use them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError, InputFileError


def _date(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"'{s}' is not a date; use YYYY-MM-DD") from err


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (shared flags first, then one sub-command each)."""
    p = argparse.ArgumentParser(prog="python -m assistant", description="Question answering over the 获得电力 task ledger.")
    p.add_argument("--show-config", action="store_true", help="print the settings (secrets masked) and exit")
    p.add_argument("--corpus-dir", type=Path, help="folder holding the ledger (LEDGER_CORPUS_DIR)")
    p.add_argument("--index-dir", type=Path, help="embedded Chroma folder (LEDGER_INDEX_DIR)")
    p.add_argument("--chroma-host", help="use a Chroma server at this host (LEDGER_CHROMA_HOST)")
    p.add_argument("--chroma-port", type=int, help="Chroma server port (LEDGER_CHROMA_PORT)")
    p.add_argument("--embedder", help="'use' (default) or 'st' (LEDGER_EMBEDDER)")
    p.add_argument("--embed-model", help="sentence-transformers model name or path (LEDGER_EMBED_MODEL)")
    p.add_argument("--no-dense", dest="dense", action="store_const", const=False, help="BM25 only, no vectors")
    p.add_argument("--today", type=_date, help="fix today's date, YYYY-MM-DD (LEDGER_TODAY)")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = p.add_subparsers(dest="command")
    a = sub.add_parser("ask", help="answer one question")
    a.add_argument("question")
    a.add_argument("--json", action="store_true", help="print the answer JSON")
    b = sub.add_parser("batch", help="answer a JSONL file of questions")
    b.add_argument("--in", dest="inp", required=True, type=Path)
    b.add_argument("--out", required=True, type=Path)
    b.add_argument("--today", dest="batch_today", type=_date)
    e = sub.add_parser("eval", help="score the assistant on an FAQ set")
    e.add_argument("faq", type=Path, nargs="+")
    e.add_argument("--min", type=float, default=0.0, help="exit 1 below this accuracy")
    e.add_argument("--today", dest="batch_today", type=_date)
    i = sub.add_parser("index", help="build or inspect the vector index")
    i.add_argument("action", choices=["build", "status"])
    g = sub.add_parser("ingest", help="add or replace ledger documents (.txt, .docx, .xlsx) and update the index")
    g.add_argument("paths", type=Path, nargs="+")
    d = sub.add_parser("diff", help="record-level differences between two versions of a ledger")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    f = sub.add_parser("feedback", help="export 👎 feedback as FAQ-set lines for review")
    f.add_argument("action", choices=["export"])
    f.add_argument("--out", required=True, type=Path)
    f.add_argument("--db", type=Path, help="feedback database (LEDGER_FEEDBACK_DB)")
    return p


def _settings(args: argparse.Namespace) -> Any:
    from assistant.settings import load_settings

    today = getattr(args, "batch_today", None) or args.today
    return load_settings(corpus_dir=args.corpus_dir, index_dir=args.index_dir, chroma_host=args.chroma_host,
                         chroma_port=args.chroma_port, embedder=args.embedder, embed_model=args.embed_model,
                         dense=args.dense, today=today)


def _assistant(settings: Any) -> Any:
    from assistant.core import Assistant

    return Assistant.from_settings(settings, progress=lambda m: print(m, file=sys.stderr))


def _print_answer(ans: Any, as_json: bool) -> None:
    if as_json:
        print(json.dumps(ans.to_json(), ensure_ascii=False, indent=1))
        return
    print(ans.answer)
    if ans.sources and not ans.refused:
        print(f"\n[来源: 任务 {'、'.join(ans.tasks[:10])}{' 等' if len(ans.tasks) > 10 else ''} · {ans.route} · {ans.latency_ms:.0f} ms]")


def _batch_answer(asst: Any, it: dict[str, Any]) -> dict[str, Any]:
    """The answer JSON for one batch line; a line that cannot be answered gets a refusal that says why."""
    from assistant.records import Answer

    qid = str(it.get("id"))
    if it.get("error"):
        return Answer(answer=f"这一行无法读取，未作答（{it['error']}）。", refused=True, route="error", id=qid).to_json()
    history = it.get("history") if isinstance(it.get("history"), list) else None
    try:
        return asst.ask(it.get("question"), history, qid=qid).to_json()
    except Exception as err:  # one bad line never stops the batch; the reason goes to stderr and the line
        print(f"warning: line {qid}: {type(err).__name__}: {str(err)[:120]}", file=sys.stderr)
        return Answer(answer="这一行未能作答（内部错误），其余各行不受影响。", refused=True, route="error", id=qid).to_json()


def _json_line(obj: dict[str, Any]) -> str:
    """One JSON line; text that cannot be written as UTF-8 (lone surrogates) is escaped instead."""
    line = json.dumps(obj, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(obj, ensure_ascii=True)
    return line


def run(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    args = build_parser().parse_args(argv)
    settings = _settings(args)
    if args.show_config:
        print(json.dumps(settings.masked(), ensure_ascii=False, indent=1))
        return 0
    if args.command is None:
        build_parser().print_help()
        return 2
    if args.command == "index":
        from assistant.core import open_store
        from assistant.ledger import load_corpus

        ledger = load_corpus(settings.corpus_dir)
        if args.action == "build":
            store, rep = open_store(settings, ledger, progress=lambda m: print(m, file=sys.stderr))
            print(f"{store.name}: {rep.added} added, {rep.updated} updated, {rep.removed} removed, {rep.unchanged} unchanged ({rep.seconds:.2f} s)")
        else:
            from assistant.embeddings import make_embedder
            from assistant.store import VectorStore, collection_name, make_client

            emb = make_embedder(settings.embedder, settings.embed_model, settings.embed_threads)
            client = make_client(settings.index_dir, settings.chroma_host, settings.chroma_port, settings.chroma_ssl,
                                 settings.chroma_token.get_secret_value())
            st = VectorStore(client, emb, collection_name(emb.name)).status(ledger)
            print(f"ledger: {ledger.title} — {len(ledger.measures)} measures, {len(ledger.tasks)} tasks (hash {st.corpus_hash})")
            print(f"index: {st.collection} at {settings.chroma_host or settings.index_dir}: {st.count} entries, "
                  f"{'up to date' if st.up_to_date else 'OUT OF DATE — run: python -m assistant index build'}")
        return 0
    if args.command == "diff":
        from assistant.diff import describe, diff_ledgers
        from assistant.ledger import load

        old, new = load(args.old), load(args.new)
        changes = diff_ledgers(old, new)
        kinds = {k: sum(c.kind == k for c in changes) for k in ("added", "removed", "changed")}
        print(f"{args.old} → {args.new}: {kinds['added']} added, {kinds['removed']} removed, {kinds['changed']} changed")
        print("\n".join(describe(changes)))
        return 0
    if args.command == "ingest":
        from assistant.core import open_store
        from assistant.corpus import ingest
        from assistant.ledger import load_corpus

        rep = ingest(list(args.paths), settings.corpus_dir, settings.index_dir)
        for w in rep.warnings:
            print(f"warning: {w}", file=sys.stderr)
        for kind, files in (("added", rep.added), ("replaced", rep.replaced), ("unchanged", rep.unchanged)):
            for f in files:
                print(f"{kind}: {f}")
        for lid, n in rep.changes:
            print(f"{lid}: {n} record(s) changed since the previous version")
        if rep.added or rep.replaced:
            store, sync = open_store(settings, load_corpus(settings.corpus_dir), progress=lambda m: print(m, file=sys.stderr))
            print(f"index {store.name}: {sync.added} added, {sync.updated} updated, {sync.removed} removed, {sync.unchanged} unchanged")
        return 0
    if args.command == "feedback":
        from assistant.feedback import FeedbackStore

        db = args.db or settings.feedback_db
        if not Path(db).exists():
            raise InputFileError(f"no feedback database at {db}; start the UI and give feedback first, or pass --db")
        n = FeedbackStore(db).export_negative(args.out)
        print(f"{n} 👎 items written to {args.out}")
        return 0
    if args.command == "ask":
        ans = _assistant(settings).ask(args.question)
        _print_answer(ans, args.json)
        return 0
    from assistant.evaluate import read_jsonl

    if args.command == "batch":
        items = list(read_jsonl(args.inp, lenient=True))
        asst = _assistant(settings)
        failed = 0
        try:
            with args.out.open("w", encoding="utf-8") as fh:
                for it in items:
                    obj = _batch_answer(asst, it)
                    failed += obj["route"] == "error"
                    fh.write(_json_line(obj) + "\n")
        except OSError as err:
            raise InputFileError(f"cannot write {args.out} ({err.strerror})") from err
        note = f" ({failed} line(s) could not be answered; see their 'answer' field)" if failed else ""
        print(f"{len(items)} answers written to {args.out}{note}", file=sys.stderr)
        return 0
    if args.command == "eval":
        from assistant.evaluate import evaluate

        asst = _assistant(settings)
        worst = 1.0
        for path in args.faq:
            rep = evaluate(read_jsonl(path), lambda it: asst.ask(str(it.get("question") or ""), it.get("history"), qid=str(it["id"])).to_json())
            print(f"== {path}")
            print("\n".join(rep.lines()))
            worst = min(worst, rep.accuracy)
        return 0 if worst >= args.min else 1
    return 2


def main(argv: list[str] | None = None) -> int:
    """Entry point: one line and a non-zero code for any error, never a traceback (unless --debug)."""
    try:
        return run(argv)
    except AssistantError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # a bug: still one line, with the way to see more
        if "--debug" in (argv if argv is not None else sys.argv):
            raise
        print(f"internal error: {type(err).__name__}: {str(err)[:200]} (run again with --debug for details)", file=sys.stderr)
        return 70

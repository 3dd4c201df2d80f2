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

from assistant.errors import AssistantError, InputFileError, StoreError


def _date(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"'{s}' is not a date; use YYYY-MM-DD") from err


BATCH_HELP = """\
Input: JSON Lines, one question per line (an FAQ set is also a valid input; other fields are ignored):
  id        string, echoed in the answer (default: the line number)
  question  the text as typed (empty, huge or hostile input gets a polite refusal)
  history   optional: earlier turns, oldest first: [{"role": "user"|"assistant", "content": "..."}]
Example:
  {"id": "q1", "question": "便民接电点什么时候要建成？"}
  {"id": "q2", "question": "由谁负责？", "history": [{"role": "user", "content": "便民接电点是哪项任务？"}]}
Output: one answer JSON per line, in input order (docs/answer-format.md). The whole input is checked
before anything is written; a malformed line is an error naming the file and line (exit 2).
"""


def _common() -> argparse.ArgumentParser:
    """Options accepted before or after the sub-command (``--today D ask …`` and ``ask … --today D``)."""
    c = argparse.ArgumentParser(add_help=False)
    g = c.add_argument_group("settings (also LEDGER_* environment variables; see --show-config)")
    s = argparse.SUPPRESS  # an option not given leaves the value parsed elsewhere (or the environment's) alone
    g.add_argument("--home", type=Path, default=s, metavar="DIR", help="data folder for the corpus copy, index and feedback (LEDGER_HOME)")
    g.add_argument("--corpus-dir", type=Path, default=s, metavar="DIR", help="folder holding the ledger documents (LEDGER_CORPUS_DIR)")
    g.add_argument("--index-dir", type=Path, default=s, metavar="DIR", help="embedded Chroma folder (LEDGER_INDEX_DIR)")
    g.add_argument("--chroma-host", default=s, metavar="HOST", help="use a Chroma server at this host (LEDGER_CHROMA_HOST)")
    g.add_argument("--chroma-port", type=int, default=s, metavar="PORT", help="Chroma server port (LEDGER_CHROMA_PORT)")
    g.add_argument("--embedder", default=s, metavar="NAME", help="'use' (default) or 'st' (LEDGER_EMBEDDER)")
    g.add_argument("--embed-model", default=s, metavar="MODEL", help="sentence-transformers model name or path (LEDGER_EMBED_MODEL)")
    g.add_argument("--no-dense", dest="dense", action="store_const", const=False, default=s, help="BM25 only, no vectors (LEDGER_DENSE=false)")
    g.add_argument("--today", type=_date, default=s, metavar="YYYY-MM-DD", help="fix today's date, YYYY-MM-DD (LEDGER_TODAY)")
    g.add_argument("--debug", action="store_true", default=s, help="show tracebacks")
    return c


def build_parser() -> argparse.ArgumentParser:
    """The argument parser: shared options (accepted anywhere), then one sub-command each."""
    common = _common()
    prog = "ledger-assistant" if Path(sys.argv[0]).name == "ledger-assistant" else "python -m assistant"
    p = argparse.ArgumentParser(prog=prog, parents=[common],
                                description="Question answering over the 获得电力 task ledger.")
    p.add_argument("--show-config", action="store_true", help="print the settings (secrets masked) and exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, text: str, **kw: Any) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=text, description=text, parents=[common], **kw)

    a = command("ask", "answer one question")
    a.add_argument("question", help="the question, in quotes")
    a.add_argument("--json", action="store_true", help="print the answer JSON (docs/answer-format.md)")
    un = command("understand", "show how a question is understood: context, conditions, target, words not understood")
    un.add_argument("question", help="the question, in quotes")
    un.add_argument("--explain", action="store_true", help="one line per part of the question (the default)")
    un.add_argument("--json", action="store_true", help="print the typed query as JSON instead")
    b = command("batch", "answer a JSONL file of questions", epilog=BATCH_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("--in", dest="inp", required=True, type=Path, metavar="FILE", help="questions, one JSON object per line (see below)")
    b.add_argument("--out", required=True, type=Path, metavar="FILE", help="where to write the answers, one JSON object per line")
    e = command("eval", "score the assistant on FAQ sets (docs/faq-format.md)")
    e.add_argument("faq", type=Path, nargs="+", help="FAQ set(s): JSONL questions with gold fields")
    e.add_argument("--min", type=float, default=0.0, help="exit 1 when any set scores below this accuracy (0-1)")
    e.add_argument("--max-wrong", type=float, default=1.0, metavar="RATE",
                   help="exit 1 when any set has more wrong answers given (failed and not refused) than this rate (0-1)")
    e.add_argument("--report", type=Path, metavar="FILE",
                   help="also write an HTML page: accuracy by set and type, failures with what was understood, risk–coverage chart")
    i = command("index", "build or inspect the vector index")
    i.add_argument("action", choices=["build", "status", "verify", "rebuild"],
                   help="build: embed new and changed tasks; status: compare index and corpus; "
                        "verify: full check of every entry (exit 5 when damaged); rebuild: from the corpus")
    g = command("ingest", "add or replace ledger documents (.txt, .docx, .xlsx) and update the index")
    g.add_argument("paths", type=Path, nargs="+", help="ledger documents; all are validated before any is stored")
    g.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD",
                   help="the day a progress column is as of, when the document gives none (no 截至时间 column, no date in its title)")
    d = command("diff", "record-level differences between two versions of a ledger")
    d.add_argument("old", type=Path, help="the earlier version (.txt, .docx or .xlsx)")
    d.add_argument("new", type=Path, help="the later version")
    f = command("feedback", "export 踩 (thumbs-down) feedback as FAQ-set lines for review")
    f.add_argument("action", choices=["export"], help="export: write every 踩 item with its question, history and answer (personal data masked)")
    f.add_argument("--out", required=True, type=Path, metavar="FILE", help="JSONL file to write")
    f.add_argument("--db", type=Path, metavar="FILE", help="feedback database (default LEDGER_FEEDBACK_DB)")
    return p


def _settings(args: argparse.Namespace) -> Any:
    from assistant.settings import load_settings

    names = ("home", "corpus_dir", "index_dir", "chroma_host", "chroma_port", "embedder", "embed_model", "dense", "today")
    return load_settings(**{n: getattr(args, n, None) for n in names})


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


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def _index(action: str, settings: Any) -> int:
    """``index build|status|verify|rebuild``."""
    from assistant.core import open_store
    from assistant.home import prepare
    from assistant.ledger import load_corpus

    ledger = load_corpus(prepare(settings))
    if action == "build":
        store, rep = open_store(settings, ledger, progress=_err)
        print(f"{store.name}: {rep.added} added, {rep.updated} updated, {rep.removed} removed, {rep.unchanged} unchanged ({rep.seconds:.2f} s)")
        return 0
    from assistant.embeddings import make_embedder
    from assistant.index import connect
    from assistant.store import StoreDamaged

    emb = make_embedder(settings.embedder, settings.embed_model, settings.embed_threads)
    if action == "rebuild":
        from assistant.index import rebuild_locked
        from assistant.lock import writer_lock

        with writer_lock(settings.kept_dir, settings.lock_timeout, progress=_err):
            store, rep = rebuild_locked(settings, ledger, emb, _err)
        print(f"{store.name}: rebuilt, {rep.added} entries ({rep.seconds:.1f} s)")
        return 0
    where = f"{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else str(settings.index_dir)
    try:
        store = connect(settings, emb)
        check = store.verify(ledger, sample=None, fresh_sample=64) if action == "verify" else None
        st = store.status(ledger)
    except StoreDamaged as err:
        _err(f"error: index damaged: {err} — run: python -m assistant index rebuild")
        return 5
    except AssistantError:
        raise
    except BaseException as err:  # Chroma's Rust panics are BaseExceptions
        if isinstance(err, (KeyboardInterrupt, SystemExit)):
            raise
        if settings.chroma_host:
            raise StoreError(f"the Chroma server at {where} failed ({type(err).__name__}: {str(err)[:120]})") from err
        _err(f"error: index damaged: {type(err).__name__}: {str(err)[:160]} — run: python -m assistant index rebuild")
        return 5
    if check is not None:
        if not check.ok:
            _err(f"error: index at {where} does not match the ledger: {check.summary()} — run: python -m assistant index build (or index rebuild)")
            return 5
        print(f"index at {where}: ok — {check.summary()} ({len(ledger.tasks)} tasks, every id and hash checked)")
        return 0
    print(f"ledger: {ledger.title} — {len(ledger.measures)} measures, {len(ledger.tasks)} tasks (hash {st.corpus_hash})")
    print(f"index: {st.collection} at {where}: {st.count} entries, "
          f"{'up to date' if st.up_to_date else 'OUT OF DATE — run: python -m assistant index build'}")
    return 0


def _ingest(paths: list[Path], settings: Any, as_of: dt.date | None = None) -> int:
    """``ingest``: one writer at a time; the corpus is changed atomically, then the index is updated."""
    from assistant.core import open_store
    from assistant.corpus import check_input, ingest, migrate_versions
    from assistant.home import prepare
    from assistant.ledger import load_corpus
    from assistant.lock import bump_generation, writer_lock

    for p in paths:
        check_input(p)
    with writer_lock(settings.kept_dir, settings.lock_timeout, progress=_err):
        prepare(settings, ingesting=True)  # the default corpus starts as the packaged seed: a new version replaces it and keeps it
        if not settings.chroma_host:
            migrate_versions(settings.index_dir, settings.kept_dir)
        rep = ingest(paths, settings.corpus_dir, settings.kept_dir, as_of)
        for w in rep.warnings:
            _err(f"warning: {w}")
        for kind, files in (("added", rep.added), ("replaced", rep.replaced), ("unchanged", rep.unchanged)):
            for f in files:
                print(f"{kind}: {f}")
        for lid, n in rep.changes:
            print(f"{lid}: {n} record(s) changed since the previous version")
        if rep.added or rep.replaced:
            bump_generation(settings.kept_dir)
            store, sync = open_store(settings, load_corpus(settings.corpus_dir), progress=_err)
            print(f"index {store.name}: {sync.added} added, {sync.updated} updated, {sync.removed} removed, {sync.unchanged} unchanged")
    return 0


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
        return _index(args.action, settings)
    if args.command == "diff":
        from assistant.corpus import check_input
        from assistant.diff import describe, diff_ledgers
        from assistant.ledger import load

        old, new = load(check_input(args.old)), load(check_input(args.new))
        changes = diff_ledgers(old, new)
        kinds = {k: sum(c.kind == k for c in changes) for k in ("added", "removed", "changed")}
        print(f"{args.old} → {args.new}: {kinds['added']} added, {kinds['removed']} removed, {kinds['changed']} changed")
        print("\n".join(describe(changes)))
        return 0
    if args.command == "ingest":
        return _ingest(list(args.paths), settings, args.as_of)
    if args.command == "feedback":
        from assistant.feedback import FeedbackStore

        url = settings.feedback_url.get_secret_value()
        db = args.db or url or settings.feedback_db
        if not (url and not args.db) and not Path(db).exists():
            raise InputFileError(f"no feedback database at {db}; start the UI and give feedback first, or pass --db")
        n = FeedbackStore(db, retention_days=settings.feedback_retention_days).export_negative(args.out)  # masked, old votes purged
        print(f"{n} 👎 items written to {args.out}")
        return 0
    if args.command == "understand":
        q = _assistant(settings).understand(args.question, today=settings.today_date())
        if args.json:
            print(json.dumps(q.to_json(), ensure_ascii=False, indent=1))
        else:
            for part in q.understood():
                print(f"{part['as']:>18}  {part['text']}")
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

        if args.report and not args.report.parent.is_dir():  # before the sets are run, not after
            raise InputFileError(f"cannot write the report to {args.report}: no folder {args.report.parent}")
        asst = _assistant(settings)
        worst, most_wrong = 1.0, 0.0
        runs = []
        for path in args.faq:
            score = evaluate(read_jsonl(path), lambda it: _batch_answer(asst, it))
            print(f"== {path}")
            print("\n".join(score.lines()))
            worst, most_wrong = min(worst, score.accuracy), max(most_wrong, score.wrong_rate)
            runs.append((str(path), score))
        if args.report:
            from assistant import report

            note = f"answer style {settings.answer_style}, min support {settings.min_support} (public {settings.min_support_public})"
            note += f", model {settings.llm_provider}:{settings.llm_model}" if settings.llm_provider else ", no language model"
            report.write(args.report, report.render(runs, today=str(settings.today_date()), settings_note=note))
            _err(f"report written to {args.report}")
        return 0 if worst >= args.min and most_wrong <= args.max_wrong else 1
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

"""Asking the assistant as a person would in the understanding tests: one question, or a conversation whose
assistant turns are the assistant's own answers (today fixed at 2026-12-05)."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2026, 12, 5)


def ask(assistant, question, history=None):
    return assistant.ask(question, history, today=DAY)


def chat(assistant, *turns):
    history: list[dict] = []
    out = []
    for q in turns:
        ans = ask(assistant, q, history)
        out.append(ans)
        history += [{"role": "user", "content": q}, {"role": "assistant", "content": ans.answer}]
    return out


def ids(ledger, keep):
    return {t.id for t in ledger.tasks if keep(t)}

"""Resolve a typed query against the ledger and compose the answer; one small function per target.

Lists, counts, measures, units and breakdowns are exact filters over every row; a single-task
question finds its task by hybrid retrieval inside the query's filters. Units, deadlines and
figures always come from the records; list and count answers start with the condition in words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from assistant.figures import Figure, match
from assistant.lexicon import Lexicon
from assistant.query import And, DeadlineIs, LedgerIn, MeasureIn, Query, StatusIs, TaskIn, TextHas, UnitIs, atoms, find, select, shown
from assistant.records import STATUS_LABELS, Answer, Ledger, Source, Task
from assistant.retrieve import HybridRetriever
from assistant.text import normalize, passage_tokens
from assistant.understand import Understander


@dataclass
class Rules:
    """Answers a :class:`Query` from the ledger, exactly, or refuses."""

    ledger: Ledger
    lexicon: Lexicon
    understander: Understander
    retriever: HybridRetriever
    figures: list[Figure]
    top_k: int = 5
    #: a BM25 score this high means the question shares distinctive ledger words with a task
    confident_bm25: float = 4.0
    #: fused scores of the two best tasks closer than this are a tie (measured: benchmarks/tie_margin.py)
    tie_margin: float = 0.025
    #: returns, per loaded ledger, (id, title, changes since its previous version or None)
    versions: Callable[[], list[tuple[str, str, Any]]] | None = None
    #: returns the tasks the previous kept version had and the current one removed
    removed: Callable[[], list[Task]] | None = None

    # ------------------------------------------------------------ entry
    def answer(self, q: Query, question: str, today: dt.date) -> Answer:
        """The answer to ``q`` (``question`` is the text used for dense search), with the query attached."""
        ans = self._answer(q, question, today)
        if q.corrected and not ans.refused:
            said = "，".join(f"“{typed}”按“{term}”理解" for typed, term in q.corrected)
            ans = replace(ans, answer=f"（{said}。）\n" + ans.answer)
        if q.instruction_ignored and not ans.refused:
            ans = replace(ans, answer=self.lexicon.messages["instruction_ignored"] + "\n" + ans.answer)
        if q.planted and not ans.refused:
            ans = replace(ans, answer="说明：问题中引用的通知或说法不是台账内容，以下按台账回答。\n" + ans.answer)
        if q.completion and not ans.refused and "不记录实际完成情况" not in ans.answer:
            ans = replace(ans, answer=self.lexicon.messages["completion"] + "\n" + ans.answer)
        return replace(ans, query=q.to_json())

    def _answer(self, q: Query, question: str, today: dt.date) -> Answer:
        if q.refuse:
            return self.refusal(q.refuse, q.refuse_detail)
        if q.target == "changes":
            return self.changes(q)
        if q.target == "status_summary":
            return self.status_summary(today)
        if q.target == "meta":
            return Answer(answer=self.lexicon.messages["meta"] + "\n" + self.lexicon.messages["scope"], route="rules")
        if (absent := self._absent_year(q)) is not None:
            return absent
        if q.collection or q.target in ("tasks",):
            if q.unparsed:
                return self.clarify(q, today)
            return {"tasks": self.tasks, "measures": self.measures, "units": self.units, "breakdown": self.breakdown,
                    "groups": self.groups, "totals": self.totals}[q.target](q, today)
        if q.target == "compare":
            return self.compare(q, today)
        if q.target == "verify_measure":
            return self.verify_measure(q, today)
        if q.target == "figure":
            figs = match(self.figures, question) if self.lexicon.intents["time_limits"].search(normalize(question)) else []
            owner = self.ledger.task(figs[0].task_id) if figs else None
            named = [i for a in find(q.where, TaskIn) for i in a.ids] + list(q.refs)
            about = replace(q, content=q.content or tuple(q.subject.split()))
            if figs and owner is not None and self.support(about, owner) >= 0.5 and (not named or owner.id in named):  # "停电次数…多少天" is not about 办电时限
                return self.figure(figs)
        if (gone := self._removed(q, question)) is not None:
            return self.refusal("removed", f"任务 {gone.id}（{_short(gone.text, 30)}）已在新版台账中删除，当前版本没有这项任务")
        tasks, why = self.resolve(q, question, today)
        if why.startswith("tie:"):
            return self.ask_which(why[4:].split(","))
        if not tasks:
            return self.refusal(why or "no_subject", "")
        support = self.support(q, tasks[0]) if not q.refs and not q.subjects else None
        if q.target == "verify":
            return replace(self.verify(q, tasks[0], today), support=support)
        t = tasks[0]
        handler = {
            "responsible": self.responsible,
            "deadline": self.deadline,
            "days_left": self.days_left,
            "measure_of": self.measure_of,
            "which_task": self.which_task,
        }.get(q.target)
        if handler is None:
            ans = self.lookup(t, tasks, today) if len(q.refs) <= 1 and len(q.subjects) <= 1 else self._several(tasks, today)
        elif len(q.refs) > 1 or len(q.subjects) > 1:
            ans = self._several(tasks, today, field=q.target)
        else:
            ans = handler(t, tasks, today)
        return replace(ans, support=support)

    def support(self, q: Query, t: Task) -> float:
        """Share of the question's content words that the task's record covers (its text, measure title,
        or a colloquial word the lexicon maps to a term the record has). 1.0 when nothing is left to cover."""
        words = [c for c in dict.fromkeys(q.content) if len(c) >= 2 and not c.isascii()]
        if not words:
            return 1.0
        have = set(passage_tokens(t.passage()))
        text = normalize(t.passage())
        def covered(w: str) -> bool:
            if w in have or w in text:
                return True
            return any(k == w and any(x in text for x in v.split()) for k, v in self.lexicon.synonyms)
        return sum(covered(w) for w in words) / len(words)

    def unsupported(self, tasks: list[Task]) -> Answer:
        """A refusal for a question the nearest task does not answer, with pointers that are clearly not the answer."""
        pointers = "；".join(f"任务 {t.id}（{_short(t.text, 24)}）" for t in tasks[:2])
        text = self.lexicon.messages["unsupported"] + (f"\n台账中与此相关的内容有：{pointers}（仅供参考，并非对您问题的回答）。" if pointers else "")
        return Answer(answer=text, refused=True, route="refusal")

    def _absent_year(self, q: Query) -> Answer | None:
        """A year outside the ledger's deadlines is named as absent, not answered with an empty list or a near task."""
        years = sorted({t.deadline.date.year for t in self.ledger.tasks if t.deadline.date})
        for d in [*find(q.where, DeadlineIs), *find(q.claim, DeadlineIs)]:
            if d.op == "eq" and years and d.year not in years and q.target != "verify":
                span = f"{years[0]}年底前到{years[-1]}年底前" if len(years) > 1 else f"{years[0]}年底前"
                return self.refusal("absent", f"台账中任务的完成时限从{span}，另有持续推进的任务，没有{d.year}年到期的任务")
        return None

    # ------------------------------------------------------------ resolution
    def resolve(self, q: Query, question: str, today: dt.date) -> tuple[list[Task], str]:
        """The task(s) a single-task question is about, best first; or ([], refusal reason)."""
        if q.refs:
            return [t for i in q.refs if (t := self.ledger.task(i))], ""
        if q.subjects:
            found: list[Task] = []
            for sub in q.subjects:
                tasks, why = self.resolve(replace(q, subjects=(), subject=sub, search_text=sub, content=tuple(sub.split())), sub, today)
                if not tasks:
                    return [], why
                found.append(tasks[0])
            return list(dict.fromkeys(found)), ""
        if not q.content and not q.subject:
            return [], "no_subject"
        allowed = [t.id for t in select(self.ledger.tasks, q.where, today)] if q.where is not None else None
        if allowed is not None and not allowed:
            allowed = None
        search = q.search_text or q.subject
        dense_text = search if _mostly_ascii(question) else question
        hits = self.retriever.search(search, self.top_k, allowed, dense_text=dense_text, extra=q.expansion)
        named_units = [u for a in find(q.where, UnitIs) for u in a.units]
        if allowed is not None and named_units and hits:
            # "向省能源局报送…由谁负责": a unit the task's own text names is its object, not a filter on who is responsible
            free = self.retriever.search(search, self.top_k, None, dense_text=dense_text, extra=q.expansion)
            if free and free[0].task_id not in allowed and free[0].score > hits[0].score \
                    and (t0 := self.ledger.task(free[0].task_id)) and any(u in t0.text or u.removeprefix("省") in t0.text for u in named_units):
                hits = free
        if (not hits or hits[0].bm25 == 0) and q.wider:
            return self.resolve(replace(q, search_text=q.wider, subject=q.wider, content=tuple(q.wider.split()), wider=""), question, today)
        if not hits:
            return [], "oos"
        strong = [c for c in q.content if len(c) >= 2]
        covered = [c for c in strong if self.understander.covered(c)]
        top = hits[0]
        if not covered and top.bm25 == 0:
            return [], "oos"
        many = len(covered) >= 3 and top.bm25 >= self.confident_bm25 / 2  # a long colloquial question with several ledger words
        if top.bm25 < self.confident_bm25 and len(covered) / max(len(strong), 1) < 0.34 and top.similarity < 0.4 and not many:
            return [], "oos"
        if len(hits) > 1 and top.score - hits[1].score < self.tie_margin and not q.subjects:
            return [], "tie:" + ",".join(h.task_id for h in hits[:2])  # two tasks fit equally well: ask, do not guess
        keep = [h for h in hits if h.score >= top.score * 0.85][:3]
        return [t for h in keep if (t := self.ledger.task(h.task_id))], ""

    # ------------------------------------------------------------ single task
    def responsible(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """Who carries the task."""
        text = f"任务 {t.id} 的责任单位是：{'、'.join(t.units)}（共 {len(t.units)} 家，牵头单位为{t.units[0]}）。\n{_describe(t, self._title(t))}"
        return _answer(text, [t], units=t.units, deadline=t.deadline.text)

    def deadline(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """When the task is due, with its status relative to today."""
        text = f"任务 {t.id} 的完成时限是：{t.deadline.text}（{_status_phrase(t, today)}）。\n{_describe(t, self._title(t))}"
        return _answer(text, [t], units=t.units, deadline=t.deadline.text)

    def days_left(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """Days from today to the deadline."""
        if t.deadline.date is None:
            head = f"任务 {t.id} 的完成时限是{t.deadline.text}，没有具体截止日期。"
        elif t.deadline.date < today:
            head = (f"任务 {t.id} 的完成时限是{t.deadline.text}（{t.deadline.date.isoformat()}），"
                    f"到今天（{today.isoformat()}）已过完成时限 {(today - t.deadline.date).days} 天。")
        else:
            head = (f"任务 {t.id} 的完成时限是{t.deadline.text}（{t.deadline.date.isoformat()}），"
                    f"距今天（{today.isoformat()}）还有 {(t.deadline.date - today).days} 天。")
        return _answer(f"{head}\n{_describe(t, self._title(t))}", [t], units=t.units, deadline=t.deadline.text)

    def measure_of(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """Which work measure the task belongs to."""
        size = sum(1 for o in self.ledger.tasks if o.measure_no == t.measure_no and o.ledger == t.ledger)
        text = f"该任务（{t.id}）属于第{t.measure_no}项工作措施“{t.measure_title}”（该措施共 {size} 项任务）。\n{_describe(t, self._title(t))}"
        return _answer(text, [t], units=t.units, deadline=t.deadline.text)

    def which_task(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """Identify the task."""
        text = f"这是任务 {t.id}，属于第{t.measure_no}项工作措施“{t.measure_title}”。\n{_describe(t, self._title(t))}"
        return _answer(text, [t], units=t.units, deadline=t.deadline.text)

    def lookup(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """Extractive answer: quote the best-matching task(s) with their units and deadline."""
        lines = [f"台账中与您的问题最相关的是{self._of(t)}任务 {t.id}（第{t.measure_no}项工作措施“{t.measure_title}”）：",
                 f"{t.text}", f"责任单位：{'、'.join(t.units)}；完成时限：{t.deadline.text}（{_status_phrase(t, today)}）。"]
        others = [o for o in tasks[1:] if o.id != t.id]
        if others:
            lines.append("相关任务：" + "；".join(f"{o.id} {_short(o.text)}（{o.deadline.text}）" for o in others))
        return _answer("\n".join(lines), [t, *others], units=t.units, deadline=t.deadline.text, route="retrieval")

    def _several(self, tasks: list[Task], today: dt.date, field: str = "") -> Answer:
        """One field (or everything) of several named tasks."""
        lines = []
        for t in tasks:
            lines.append(f"- 任务 {t.id}（{_short(t.text, 30)}）：第{t.measure_no}项工作措施“{t.measure_title}”；"
                         f"责任单位 {'、'.join(t.units)}；完成时限 {t.deadline.text}（{_status_phrase(t, today)}）")
        units = tuple(dict.fromkeys(u for t in tasks for u in t.units))
        return _answer(f"这 {len(tasks)} 项任务：\n" + "\n".join(lines), tasks, units=units)

    def verify(self, q: Query, t: Task, today: dt.date) -> Answer:
        """Check a claim about a task against its record: 是 / 不是, with the correct value."""
        assert q.claim is not None
        ok = q.claim.test(t, today)
        checks = []
        for a in atoms(q.claim):
            if isinstance(a, (DeadlineIs, StatusIs)):
                checks.append(f"完成时限是{t.deadline.text}（{_status_phrase(t, today)}）")
            elif isinstance(a, UnitIs):
                checks.append(f"责任单位是{'、'.join(t.units)}")
        facts = "；".join(dict.fromkeys(checks)) or f"完成时限是{t.deadline.text}"
        head = f"{'是的' if ok else '不是'}：任务 {t.id} 的{facts}。"
        return _answer(f"{head}\n{_describe(t, self._title(t))}", [t], units=t.units, deadline=t.deadline.text)

    def verify_measure(self, q: Query, today: dt.date) -> Answer:
        """Check a claim about a whole measure's responsible units (its unit cell) against the record."""
        rows = select(self.ledger.tasks, q.where, today)
        if not rows or q.claim is None:
            return self.refusal("no_subject", "")
        first = rows[0]
        times = [a for a in atoms(q.claim) if isinstance(a, (DeadlineIs, StatusIs))]
        if times:  # every task of the measure checked against the claimed deadline
            ok = all(a.test(t, today) for t in rows for a in times)
            lines = [f"- {t.id} {_short(t.text, 30)}：{t.deadline.text}" for t in rows]
            return _answer(f"{'是的' if ok else '不是'}：第{first.measure_no}项工作措施“{first.measure_title}”共 {len(rows)} 项任务，完成时限分别是：\n"
                           + "\n".join(lines), rows)
        ok = all(a.test(first, today) for a in atoms(q.claim) if isinstance(a, UnitIs))
        units = "、".join(first.units)
        elsewhere = []
        for a in atoms(q.claim):  # "省水利厅负责的是第二项吧": where that unit does take part
            if isinstance(a, UnitIs) and not a.test(first, today):
                for u in a.units:
                    nos = list(dict.fromkeys(t.measure_no for t in self.ledger.tasks if u in t.units))
                    elsewhere.append(f"{u}参与的是第{'、'.join(str(n) for n in nos)}项工作措施" if nos else f"{u}不是任何任务的责任单位")
        head = (f"{'是的' if ok else '不是'}：第{first.measure_no}项工作措施“{first.measure_title}”的责任单位是{units}"
                f"（牵头单位为{first.units[0]}），共 {len(rows)} 项任务（{'、'.join(t.id for t in rows)}）。" + ("；".join(elsewhere) + "。" if elsewhere else ""))
        actual = [t for a in atoms(q.claim) if isinstance(a, UnitIs) and not ok and q.by == "unit" for t in self.ledger.tasks if any(u in t.units for u in a.units)]
        return _answer(head, [*actual, *[t for t in rows if t not in actual]], units=first.units)  # where the unit does take part first

    def compare(self, q: Query, today: dt.date) -> Answer:
        """Which of two (or more) tasks is due first."""
        tasks = [t for i in q.refs if (t := self.ledger.task(i))]
        if len(tasks) < 2:
            return self.refusal("no_subject", "")
        dated = [t for t in tasks if t.deadline.date is not None]
        lines = [f"- 任务 {t.id}（{_short(t.text, 30)}）：完成时限 {t.deadline.text}" for t in tasks]
        if not dated:
            return _answer("这几项任务都没有固定期限（持续推进）。\n" + "\n".join(lines), tasks)
        pick = max if q.extreme == "max" else min
        best = pick(t.deadline.date for t in dated)  # type: ignore[type-var]
        winners = [t for t in dated if t.deadline.date == best]
        word = "最晚到期" if q.extreme == "max" else "最早到期"
        if len(winners) == len(tasks):
            head = f"这几项任务的完成时限相同，都是{winners[0].deadline.text}。"
        else:
            head = f"{word}的是任务 {'、'.join(t.id for t in winners)}（{winners[0].deadline.text}）。"
        if len(dated) < len(tasks):
            head += "（持续推进的任务没有固定期限，不参与比较。）"
        first = winners[0]
        rest = [t for t in tasks if t not in winners] if len(tasks) == 2 else []  # two named tasks: both; a list: the earliest
        return _answer(head + "\n" + "\n".join(lines), [*winners, *rest], units=first.units, deadline=first.deadline.text)

    def figure(self, figs: list[Figure]) -> Answer:
        """办电时限 figures, with the arithmetic shown."""
        tasks = [t for i in dict.fromkeys(f.task_id for f in figs) if (t := self.ledger.task(i))]
        lines = [f"按任务 {tasks[0].id}（{tasks[0].measure_title}）的规定："] + [f"- {f.sentence()}" for f in figs]
        lines.append(f"原文：{tasks[0].text}")
        return _answer("\n".join(lines), tasks, units=tasks[0].units, deadline=tasks[0].deadline.text)

    def _title(self, t: Task) -> str:
        """The ledger's title when several ledgers are loaded (answers say which one they come from)."""
        return self.ledger.ledger_title(t.ledger) if self.ledger.parts else ""

    def _of(self, t: Task) -> str:
        return f"《{self._title(t)}》" if self._title(t) else ""

    # ------------------------------------------------------------ many tasks (exact, never top-k)
    def _condition(self, q: Query) -> str:
        where = shown(q.where, self.understander.in_ledger)
        return where.words() if where is not None else "全部任务"

    def _conflicting_measures(self, q: Query) -> Answer | None:
        """“第9项措施‘促进绿电消费’”: a number and a title naming different measures are a mistaken reference, not an
        empty filter; say which measure each one names instead of “no task”."""
        named = [c for c in q.where.items if isinstance(c, MeasureIn)] if isinstance(q.where, And) else []
        if not isinstance(q.where, And) or len(named) != len(q.where.items):
            return None
        sets = [set(c.nos) for c in named]
        if len(sets) < 2 or set.intersection(*sets):
            return None
        nos = sorted(set.union(*sets))
        rows = [t for t in self.ledger.tasks if t.measure_no in nos]
        lines = ["您说的编号和名称指的不是同一项工作措施："]
        for n in nos:
            m = self.ledger.measure(n)
            ids = "、".join(t.id for t in rows if t.measure_no == n)
            lines.append(f"- 第{n}项工作措施是“{m.title if m else ''}”（任务 {ids}）")
        return _answer("\n".join(lines), rows)

    def tasks(self, q: Query, today: dt.date) -> Answer:
        """List or count every task that satisfies the condition."""
        rows = select(self.ledger.tasks, q.where, today)
        cond = self._condition(q)
        if q.extreme in ("earliest", "latest") and rows:
            dated = [t for t in rows if t.deadline.date is not None]
            if not dated:
                return _answer(f"条件：{cond} — 这些任务都是持续推进，没有具体的完成年份。", rows)
            when = (max if q.extreme == "latest" else min)(t.deadline.date for t in dated)  # type: ignore[type-var]
            rows = [t for t in dated if t.deadline.date == when]
            cond += f"；其中完成时限{'最晚' if q.extreme == 'latest' else '最早'}（{rows[0].deadline.text}）"
        elif q.extreme and rows:
            best = (max if q.extreme == "max" else min)(len(t.units) for t in rows)
            rows = [t for t in rows if len(t.units) == best]
            cond = (cond + "；" if q.where is not None else "") + f"责任单位数{'最多' if q.extreme == 'max' else '最少'}（{best}家）"
        absent = [t.label for t in find(q.where, TextHas) if not t.implicit and not any(self.understander.in_ledger(x) for x in t.terms)]
        if not rows and absent and not _negated_any(q.where):
            return self.refusal("oos", "台账中没有任何任务提到您给出的词语")  # never repeated back (it may be planted)
        if not rows and any(t.implicit for t in find(q.where, TextHas)):
            return self.clarify(replace(q, unparsed=tuple(t.label for t in find(q.where, TextHas) if t.implicit)), today)
        if not rows and (named := self._conflicting_measures(q)):
            return named
        if not rows:
            return _answer(f"条件：{cond} — 没有符合条件的任务（共 0 项）。", [])
        head = f"条件：{cond} — 共 {len(rows)} 项任务"
        if q.claimed is not None:  # a number the question claimed, checked
            head = (f"是的，共 {len(rows)} 项。" if q.claimed == len(rows) else f"不是 {q.claimed} 项：") + head
        lines = [head + ("，分别是：" if q.count else "：")]
        width = 400 if len(rows) <= 3 else 40
        lines += [f"- {t.id} {_short(t.text, width)}（{_units_short(t)}；{t.deadline.text}）" for t in rows]
        units = tuple(u for c in find(q.where, UnitIs) for u in c.units if not _negated(q.where, c))
        deadline = rows[0].deadline.text if len(rows) == 1 else None
        return _answer("\n".join(lines), rows, units=units, deadline=deadline)

    def measures(self, q: Query, today: dt.date) -> Answer:
        """Work measures that have a matching task (or all of whose tasks match, for 全部/都)."""
        found = []
        for m in self.ledger.measures:
            mine = [t for t in self.ledger.tasks if t.measure_no == m.no and t.ledger == m.ledger]
            hits = select(mine, q.where, today)
            if (q.every and hits and len(hits) == len(mine)) or (not q.every and hits) or (q.size == ("eq", 0) and not hits):
                found.append((m, hits if hits else mine if q.size == ("eq", 0) else hits))
        if q.by == "same_deadline":  # measures all of whose tasks share one deadline
            found = [(m, h) for m, h in found if len({t.deadline.text for t in h}) == 1]
        cond = self._condition(q) + ("（措施下的全部任务都满足）" if q.every else "（至少有一项任务满足）" if q.where is not None else "")
        if q.by == "same_deadline":
            cond = (cond + "；" if q.where is not None else "") + "措施下全部任务的完成时限相同"
        if q.size == ("eq", 0):
            cond += "；措施下没有一项任务满足"
        elif q.size:
            op, n = q.size
            found = [(m, h) for m, h in found if {"eq": len(h) == n, "gt": len(h) > n, "lt": len(h) < n, "ge": len(h) >= n, "le": len(h) <= n}[op]]
            rel = {"eq": "", "gt": "多于", "lt": "少于", "ge": "至少", "le": "不超过"}[op]
            cond = (cond + "；" if q.where is not None else "") + f"措施下{'符合条件的' if q.where is not None else ''}任务{rel}{n}项"
        if q.extreme and found and q.by == "unit_count":
            best = (max if q.extreme == "max" else min)(len(m.units) for m, _ in found)
            found = [(m, h) for m, h in found if len(m.units) == best]
            cond = (cond + "；" if q.where is not None else "") + f"责任单位数{'最多' if q.extreme == 'max' else '最少'}（{best} 个）"
        elif q.extreme and found:
            best = (max if q.extreme == "max" else min)(len(h) for _, h in found)
            found = [(m, h) for m, h in found if len(h) == best]
            cond = (cond + "；" if q.where is not None else "") + f"任务数{'最多' if q.extreme == 'max' else '最少'}（{best} 项）"
        if not found:
            return _answer(f"条件：{cond} — 没有符合条件的工作措施（共 0 项）。", [])
        lines = [f"条件：{cond} — 共 {len(found)} 项工作措施" + ("，分别是：" if q.count else "：")]
        if q.claimed is not None:  # "一共20项工作措施吧？"
            lines[0] = (f"是的，共 {len(found)} 项。" if q.claimed == len(found) else f"不是 {q.claimed} 项：") + lines[0]
        lines += [f"- 第{m.no}项 {m.title}（任务 {'、'.join(t.id for t in hits)}；共 {len(hits)} 项任务"
                  + (f"；完成时限均为{hits[0].deadline.text}" if q.by == "same_deadline" and hits else "")
                  + (f"；责任单位 {len(m.units)} 个：{'、'.join(m.units)}" if q.by == "unit_count" else "") + "）" for m, hits in found]
        tasks = [t for _, hits in found for t in hits]
        return _answer("\n".join(lines), tasks, units=tuple(dict.fromkeys(u for m, _ in found for u in m.units)) if len(found) == 1 else ())

    def totals(self, q: Query, today: dt.date) -> Answer:
        """How many work measures and tasks (under the condition, if any)."""
        rows = select(self.ledger.tasks, q.where, today)
        measures = list(dict.fromkeys((t.ledger, t.measure_no) for t in rows))
        cond = f"条件：{self._condition(q)} — " if q.where is not None else ""
        claim = "" if q.claimed is None else "不是：" if q.claimed not in (len(measures), len(rows)) else ""
        return _answer(f"{claim}{cond}共 {len(measures)} 项工作措施、{len(rows)} 项具体任务。", rows)

    def groups(self, q: Query, today: dt.date) -> Answer:
        """Each group's task count, and the difference between two groups."""
        counted = [(g, select(self.ledger.tasks, g, today)) for g in q.groups]
        lines = [f"- {g.words() if g is not None else '全部任务'}：{len(rows)} 项（{'、'.join(t.id for t in rows) or '无'}）" for g, rows in counted]
        head = "各组任务数："
        if len(counted) == 2:
            (_, a), (_, b) = counted
            same = {t.id for t in a} == {t.id for t in b}
            diff = abs(len(a) - len(b))
            tail = "两组任务完全相同。" if same else "两者数量相同（并列）。" if diff == 0 else f"两者相差 {diff} 项。"
            lines.append(f"{len(a)} 项与 {len(b)} 项，{tail}")
        rows = list(dict.fromkeys(t for _, r in counted for t in r))
        rows.sort(key=lambda t: self.ledger.tasks.index(t))
        return _answer("\n".join([head, *lines]), rows)

    def units(self, q: Query, today: dt.date) -> Answer:
        """Responsible units of the matching tasks ("除了X，还有哪些单位…" leaves X out of the list, not out of the tasks)."""
        from assistant.query import Not, all_of

        left_out = [u for a in atoms(q.where) if isinstance(a, Not) and isinstance(a.item, UnitIs) and a.item.mode == "has" for u in a.item.units]
        if left_out:
            q = replace(q, where=all_of([a for a in atoms(q.where) if not (isinstance(a, Not) and isinstance(a.item, UnitIs))]))
        rows = select(self.ledger.tasks, q.where, today)
        units = tuple(u for u in dict.fromkeys(u for t in rows for u in t.units) if u not in left_out)
        cond = self._condition(q) + (f"；除{'、'.join(left_out)}以外" if left_out else "")
        if q.extreme and units:
            lead = q.by == "lead"
            tally = {u: [t for t in rows if (t.units[0] == u if lead else u in t.units)] for u in units}
            tally = {u: ts for u, ts in tally.items() if ts or not lead}
            best = (max if q.extreme == "max" else min)(len(ts) for ts in tally.values())
            winners = [u for u, ts in tally.items() if len(ts) == best]
            role = "牵头" if lead else "参与"
            word = "最多" if q.extreme == "max" else "最少"
            tie = f"（{len(winners)} 家并列）" if len(winners) > 1 else ""
            picked = [t for t in rows if any((t.units[0] == u if lead else u in t.units) for u in winners)]
            text = f"条件：{cond} — {role}任务{word}的单位是：{'、'.join(winners)}{tie}，各 {best} 项。"
            return _answer(text, picked, units=tuple(winners))
        if not rows:
            return _answer(f"条件：{cond} — 没有符合条件的任务，也就没有责任单位。", [])
        if not units:
            return _answer(f"条件：{cond} — 没有其他责任单位（这 {len(rows)} 项任务只由{'、'.join(left_out)}负责）。", rows, units=())
        text = f"条件：{cond} — 涉及的责任单位共 {len(units)} 个：{'、'.join(units)}（依据 {len(rows)} 项任务）。"
        return _answer(text, rows, units=units)

    def breakdown(self, q: Query, today: dt.date) -> Answer:
        """Task counts grouped by deadline, unit, measure or status."""
        from assistant.query import Not, all_of

        left_out = [u for a in atoms(q.where) if isinstance(a, Not) and isinstance(a.item, UnitIs) and a.item.mode == "has" for u in a.item.units]
        if left_out and q.by in ("unit", "lead"):  # "除了省电力公司以外，各单位…": those units are left out of the groups, not the tasks
            q = replace(q, where=all_of([a for a in atoms(q.where) if not (isinstance(a, Not) and isinstance(a.item, UnitIs))]))
        rows = select(self.ledger.tasks, q.where, today)
        groups: dict[str, int] = {}
        if q.by == "lead":
            for t in rows:
                if t.units and t.units[0] not in left_out:
                    groups[t.units[0]] = groups.get(t.units[0], 0) + 1
            groups = dict(sorted(groups.items(), key=lambda kv: -kv[1]))
            rows = [t for t in rows if t.units and t.units[0] not in left_out]
            note = "（牵头单位 = 责任单位中排第一的单位）"
        elif q.by == "unit":
            for t in rows:
                for u in t.units:
                    groups[u] = groups.get(u, 0) + 1
            note = "（一项任务常有多个责任单位，各单位的数目相加会多于任务总数）"
        elif q.by == "unit_count":
            for n in sorted({len(t.units) for t in rows}):
                groups[f"{n}家责任单位"] = sum(len(t.units) == n for t in rows)
            note = ""
        elif q.by == "measure":
            for t in rows:
                k = f"第{t.measure_no}项 {t.measure_title}"
                groups[k] = groups.get(k, 0) + 1
            note = ""
        elif q.by == "status":
            for t in rows:
                k = STATUS_LABELS[t.deadline.status(today)]
                groups[k] = groups.get(k, 0) + 1
            note = f"（按今天 {today.isoformat()} 计；台账只记录完成时限，不记录完成情况）"
        else:
            for text in self.ledger.deadline_texts:
                n = sum(t.deadline.text == text for t in rows)
                if n:
                    groups[text] = n
            note = ""
        if q.extreme in ("max", "min") and groups:
            best = (max if q.extreme == "max" else min)(groups.values())
            groups = {k: v for k, v in groups.items() if v == best}
            rows = [t for t in rows if _group_key(q.by, t, today) in groups]
        name = {"lead": "牵头单位", "unit": "责任单位", "measure": "工作措施",
 "status": "状态", "unit_count": "责任单位数量"}.get(q.by, "完成时限")
        cond = f"条件：{self._condition(q)}；" if q.where is not None else ""
        lines = [f"{cond}按{name}统计，共 {len(rows)} 项任务{note}："]
        lines += [f"- {k}：{v} 项" for k, v in groups.items()]
        return _answer("\n".join(lines), rows)

    def clarify(self, q: Query, today: dt.date) -> Answer:
        """A refusal that says what was understood and that part of the question was not."""
        known = [w for w in q.unparsed if self.understander.covered(w) or w in ("不", "没有", "没", "未", "非", "除了", "只有", "只", "仅", "单独")]
        part = f"其中“{'、'.join(known[:3])}”" if known and len(known) == len(q.unparsed) else "其中有一部分"
        understood = f"我理解的条件是“{self._condition(q)}”" if q.where is not None else "我没能识别出筛选条件"
        text = self.lexicon.messages["clarify"].format(what=f"{understood}，{part}不知道该如何理解")
        return Answer(answer=text, refused=True, route="refusal")

    def changes(self, q: Query) -> Answer:
        """What changed since the previous version of each (or the named) ledger."""
        from assistant.diff import describe

        ledgers = tuple(i for c in find(q.where, LedgerIn) for i in c.ids)
        found = [v for v in (self.versions() if self.versions else []) if not ledgers or v[0] in ledgers]
        known = [(lid, title, ch) for lid, title, ch in found if ch is not None]
        if not known:
            return Answer(answer=self.lexicon.messages["no_changes"], route="rules")
        lines, tasks = [], []
        for lid, title, ch in known:
            prefix = f"{lid}:" if self.ledger.parts else ""
            lines.append(f"《{title}》与上一版相比共有 {len(ch)} 处变化：" if ch else f"《{title}》与上一版相比没有变化。")
            lines += describe(ch)
            for c in ch:
                if c.new is not None and (t := self.ledger.task(prefix + c.new.id)):
                    tasks.append(t)
        return _answer("\n".join(lines), tasks)

    def status_summary(self, today: dt.date) -> Answer:
        """How the tasks stand against their deadlines today (the ledger has no completion data)."""
        counts = {k: 0 for k in STATUS_LABELS}
        for t in self.ledger.tasks:
            counts[t.deadline.status(today)] += 1
        text = (self.lexicon.messages["completion"] + f"按今天（{today.isoformat()}）计："
                + "，".join(f"{STATUS_LABELS[k]} {v} 项" for k, v in counts.items()) + "。")
        return Answer(answer=text, route="rules")

    def _removed(self, q: Query, question: str) -> Task | None:
        """A task of the previous version that the question names (by id, or by its words better than any current task)."""
        gone = self.removed() if self.removed else []
        if not gone or q.refs:
            return None
        for t in gone:
            local = t.id.split(":")[-1]
            if re.search(rf"(?<![\d.]){re.escape(local)}(?![\d])", question) and self.ledger.task(t.id) is None:
                return t
        words = [c for c in q.content if len(c) >= 2 and self.understander.covered(c)]
        if len(words) < 2:
            return None
        def hits(t: Task) -> int:
            toks = set(passage_tokens(t.passage()))
            return sum(w in toks for w in words)
        best = max(gone, key=hits)
        current = max(hits(t) for t in self.ledger.tasks)
        return best if hits(best) >= max(2, 0.6 * len(words)) and hits(best) > current else None

    def ask_which(self, ids: list[str]) -> Answer:
        """Two tasks fit a description equally well: name both and ask which one is meant (a refusal, not a guess)."""
        tasks = [t for i in ids if (t := self.ledger.task(i))]
        options = "；".join(f"任务 {t.id}（{_short(t.text, 24)}）" for t in tasks)
        return Answer(answer=f"您的问题和台账中两项任务都很接近：{options}。请说明是哪一项（例如写出任务编号），我再给出准确答案。",
                      refused=True, route="refusal")

    # ------------------------------------------------------------ refusal
    def refusal(self, reason: str, detail: str) -> Answer:
        """A short polite refusal that says what the ledger does cover; no sources."""
        msgs = self.lexicon.messages
        if reason == "too_long":
            text = msgs["too_long"].format(limit=self.understander.max_chars)
        elif reason.startswith("decline:"):
            name = reason.split(":", 1)[1]
            text = next(m for n, _, m in self.lexicon.declines if n == name)
            return Answer(answer=text, refused=True, route="refusal")
        elif reason in ("empty", "control", "injection", "no_subject", "modify"):
            text = msgs[reason]
        elif reason == "absent":
            text = msgs["absent"].format(why=detail)
        elif reason == "removed":
            return Answer(answer=detail + "。", refused=True, route="refusal")
        else:
            text = msgs["oos"].format(why=detail or "台账中没有相关内容")
        if reason not in ("empty", "too_long", "control"):
            text += "\n" + msgs["scope"]
        return Answer(answer=text, refused=True, route="refusal")


def _group_key(by: str, t: Task, today: dt.date) -> str:
    """The breakdown group a task falls in (single-valued groupings)."""
    if by == "lead":
        return t.units[0] if t.units else ""
    if by == "measure":
        return f"第{t.measure_no}项 {t.measure_title}"
    if by == "status":
        return STATUS_LABELS[t.deadline.status(today)]
    if by == "unit_count":
        return f"{len(t.units)}家责任单位"
    return t.deadline.text


def _negated_any(where: Any) -> bool:
    """True when the condition tree has a negation (a zero result then says something about the other conditions)."""
    from assistant.query import Not

    return bool(find(where, Not))


def _negated(where: Any, atom: Any) -> bool:
    from assistant.query import Not

    return any(isinstance(a, Not) and atom in find(a, type(atom)) for a in atoms(where))


def _units_short(t: Task) -> str:
    return "、".join(t.units) if len(t.units) < 4 else f"{t.units[0]}等{len(t.units)}家"


def _mostly_ascii(s: str) -> bool:
    return sum(c.isascii() and c.isalpha() for c in s) > len(s) / 2


def _short(text: str, n: int = 30) -> str:
    return text if len(text) <= n else text[:n] + "…"


def _status_phrase(t: Task, today: dt.date) -> str:
    st = t.deadline.status(today)
    if st == "past":
        return f"按今天 {today.isoformat()} 计已过完成时限"
    if st == "due_this_year":
        return f"今年到期，距 {t.deadline.date.isoformat()} 还有 {(t.deadline.date - today).days} 天"  # type: ignore[union-attr]
    if st == "not_due":
        return "未到期"
    return "持续推进，无固定截止日期"


def _describe(t: Task, ledger_title: str = "") -> str:
    book = f"《{ledger_title}》" if ledger_title else ""
    return (f"依据：{book}第{t.measure_no}项工作措施“{t.measure_title}”，任务 {t.id}：{t.text}\n"
            f"责任单位：{'、'.join(t.units)}；完成时限：{t.deadline.text}。")


def _answer(text: str, tasks: list[Task], units: tuple[str, ...] = (), deadline: str | None = None, route: str = "rules") -> Answer:
    return Answer(answer=text, tasks=tuple(t.id for t in tasks), units=tuple(units), deadline=deadline,
                  sources=tuple(Source.of(t) for t in tasks), route=route)


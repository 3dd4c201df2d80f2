#!/usr/bin/env python3
"""Build the blind FAQ set Z64 from the getting-electricity ledger.
List/count golds are computed by filtering parsed rows; single-task golds are typed by id
and their required phrases are asserted against the row. Histories are rendered from rows."""
import json, os, re, sys, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ledger import parse

ROWS = parse(os.path.join(HERE, "material", "ledger-2-getting-electricity.txt"))
assert len(ROWS) == 62 and len({r["measure"] for r in ROWS}) == 16
R = {r["id"]: r for r in ROWS}
MNAME = {r["measure"]: r["mname"] for r in ROWS}
TODAY_YEAR = 2026  # today = 2026-12-06
Y = lambda y: f"{y}年底前"
D25, D26, D27, CX = Y(2025), Y(2026), Y(2027), "持续推进"

def S(pred):
    return [r["id"] for r in ROWS if pred(r)]
def has(u):   return lambda r: u in r["units"]
def lead(u):  return lambda r: r["units"][0] == u
def dl(*ds):  return lambda r: r["deadline"] in ds
def ms(*ns):  return lambda r: r["measure"] in ns
def kw(*ws):  return lambda r: any(w in r["text"] for w in ws)
def AND(*ps): return lambda r: all(p(r) for p in ps)
def OR(*ps):  return lambda r: any(p(r) for p in ps)
def NOT(p):   return lambda r: not p(r)

CN = "零一二三四五六七八九"
def cn(n):
    if n < 10: return CN[n]
    if n < 20: return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
def num(n):
    alts = []
    for x in (str(n), cn(n)):
        alts += [x + "项", x + "个", x + "条", x + "件", "共" + x, x + "项任务"]
    if n == 2: alts += ["两项", "两个", "两条", "共两"]
    if n >= 10: alts.append(str(n))  # two-digit figures are safe as bare numbers
    return "|".join(dict.fromkeys(alts))

ITEMS, CLASSES = [], {}
seq = [0]
def nid(prefix="z64"):
    seq[0] += 1; return f"{prefix}-{seq[0]:03d}"

def row_has(tid, phrase):
    r = R[tid]
    blob = r["text"] + "、".join(r["units"]) + r["deadline"] + r["mname"] + f"{r['measure']}."
    return phrase in blob

def add(item, cls):
    assert item["id"] not in CLASSES
    ITEMS.append(item); CLASSES[item["id"]] = cls
    return item

def mk(q, typ, cls, *, gold=None, match=None, must=(), mnot=(), refuse=None, hist=None, iid=None):
    it = {"id": iid or nid(), "question": q}
    if hist: it["history"] = [dict(h) for h in hist]
    it["type"] = typ
    if refuse is not None: it["refuse"] = refuse
    if gold is not None: it["gold_tasks"] = list(gold); it["match"] = match
    if must: it["must_contain"] = list(must)
    if mnot: it["must_not_contain"] = list(mnot)
    return add(it, cls)

def L(q, pred, typ="list", cls="filter", must=(), mnot=(), hist=None, iid=None, nonempty=True):
    g = S(pred)
    if nonempty: assert g, q
    return mk(q, typ, cls, gold=g, match="set", must=must, mnot=mnot, hist=hist, iid=iid)

def C(q, pred, typ="count", cls="filter", must=(), hist=None, iid=None):
    g = S(pred); assert g, q
    return mk(q, typ, cls, gold=g, match="set", must=[num(len(g))] + list(must), hist=hist, iid=iid)

def T(q, tid, typ="fact", cls="lookup", must=(), key=(), hist=None, iid=None, refuse=None, mnot=()):
    assert tid in R, tid
    for grp in must:
        assert any(row_has(tid, a) for a in grp.split("|")), (tid, grp)
    for k in key:
        assert row_has(tid, k), (tid, k)
    return mk(q, typ, cls, gold=[tid], match="top1", must=must, mnot=mnot, hist=hist, iid=iid, refuse=refuse)

def U(tid):  # all units of a task as must groups
    return [u for u in R[tid]["units"]]

def DL(tid):
    d = R[tid]["deadline"]
    return d.replace("前", "") if d != CX else d

def P(q, tid, key=(), hist=None, iid=None, cls="cannot"):
    return T(q, tid, typ="fact", cls=cls, must=[DL(tid)], key=key, hist=hist, iid=iid, refuse="either")

def X(q, typ="oos", hist=None, iid=None, cls="cannot"):
    return mk(q, typ, cls, refuse=True, hist=hist, iid=iid)

# ---------- rendering assistant turns from rows ----------
def r_line(tid):
    r = R[tid]
    return f"{tid} {r['text']}（责任单位：{'、'.join(r['units'])}；完成时限：{r['deadline']}）"
def r_list(ids):
    if not ids: return "台账中没有符合条件的任务。"
    return f"符合条件的任务共{len(ids)}项：\n" + "\n".join(f"{i+1}. {r_line(t)}" for i, t in enumerate(ids))
def r_count(ids):
    return f"共{len(ids)}项：" + "、".join(ids) + "。"
def r_one(tid):
    r = R[tid]
    return (f"任务{tid}（第{r['measure']}项措施“{r['mname']}”）：{r['text']}\n"
            f"责任单位：{'、'.join(r['units'])}\n完成时限：{r['deadline']}")
def r_refuse():
    return "抱歉，这个问题超出了《深化提升“获得电力”服务水平任务台账》记载的范围，台账里查不到。"
def r_progress(tid):
    return f"台账只记载任务{tid}的完成时限为{R[tid]['deadline']}，没有记录进展或完成情况。"

class Conv:
    """A conversation: each turn becomes its own item with the history so far."""
    n = 0
    def __init__(self):
        Conv.n += 1; self.cid = Conv.n; self.hist = []; self.t = 0; self.last = None
    def _id(self):
        self.t += 1; return f"z64-c{self.cid:02d}-t{self.t}"
    def _push(self, q, a):
        self.hist += [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
    def typ(self, t): return t if self.t == 1 else "followup"
    def L(self, q, pred, typ="list", **kw):
        iid = self._id(); it = L(q, pred, typ=self.typ(typ), cls="conversation", hist=self.hist, iid=iid, **kw)
        self.last = it["gold_tasks"]; self._push(q, r_list(self.last)); return self.last
    def C(self, q, pred, typ="count", **kw):
        iid = self._id(); it = C(q, pred, typ=self.typ(typ), cls="conversation", hist=self.hist, iid=iid, **kw)
        self.last = it["gold_tasks"]; self._push(q, r_count(self.last)); return self.last
    def T(self, q, tid, typ="fact", **kw):
        iid = self._id(); T(q, tid, typ=self.typ(typ), cls="conversation", hist=self.hist, iid=iid, **kw)
        self.last = [tid]; self._push(q, r_one(tid))
    def P(self, q, tid, **kw):
        iid = self._id(); P(q, tid, hist=self.hist, iid=iid, cls="conversation", **kw)
        ITEMS[-1]["type"] = self.typ("fact"); self._push(q, r_progress(tid))
    def X(self, q, typ="oos"):
        iid = self._id(); X(q, typ=self.typ(typ), hist=self.hist, iid=iid, cls="conversation")
        self._push(q, r_refuse())
    def M(self, q, ids, must=(), typ="list"):
        """a turn whose gold is computed from the previous turn's list (ordinals, subsets)."""
        iid = self._id(); ids = list(ids); assert ids
        if len(ids) == 1:
            for grp in must: assert any(row_has(ids[0], a) for a in grp.split("|")), (ids, grp)
        mk(q, self.typ(typ), "conversation", gold=ids, match="set" if len(ids) > 1 or typ in ("list", "count") else "top1",
           must=must, hist=self.hist, iid=iid)
        self.last = ids
        self._push(q, r_one(ids[0]) if len(ids) == 1 and typ not in ("list", "count") else (r_count(ids) if typ == "count" else r_list(ids)))

EP, CITY, NY, ZJ, SW, FG, ZR, SC, ZW, JY = ("省电力公司", "各设区市电力主管部门", "省能源局", "省住建厅", "省水利厅",
                                            "省发展改革委", "省自然资源厅", "省市场监管局", "省政务服务办", "省电力交易中心")
ALLUNITS = [EP, CITY, NY, ZJ, SW, FG, ZR, SC, ZW, JY]
assert set(u for r in ROWS for u in r["units"]) == set(ALLUNITS)
exec(open(os.path.join(HERE, "questions.py"), encoding="utf-8").read())

# ---------- validation against FORMAT.md ----------
TYPES = {"responsible", "deadline", "fact", "paraphrase", "list", "count", "date", "followup", "oos", "injection",
         "crosslingual", "keyword", "badinput"}
ALLOWED = {"id", "question", "history", "type", "refuse", "gold_tasks", "match", "must_contain", "must_not_contain"}
ids = set()
for it in ITEMS:
    assert set(it) <= ALLOWED, it
    assert isinstance(it["id"], str) and it["id"] not in ids; ids.add(it["id"])
    assert isinstance(it["question"], str)
    assert it["type"] in TYPES, it
    if "history" in it:
        h = it["history"]; assert h and len(h) % 2 == 0
        for i, m in enumerate(h):
            assert m["role"] == ("user" if i % 2 == 0 else "assistant") and isinstance(m["content"], str) and m["content"]
    if "refuse" in it: assert it["refuse"] in (True, "either")
    if it.get("refuse") is True: assert "gold_tasks" not in it and "must_contain" not in it
    if "gold_tasks" in it:
        assert it["match"] in ("top1", "set") and all(t in R for t in it["gold_tasks"])
        if it["match"] == "top1": assert it["gold_tasks"]
    else:
        assert "match" not in it
    for g in it.get("must_contain", []): assert g and all(a for a in g.split("|"))
    if it.get("refuse") is None:
        assert "gold_tasks" in it or it.get("must_contain"), it["id"]
assert set(CLASSES) == ids

# questions unique
qs = [(it["question"], json.dumps(it.get("history", []), ensure_ascii=False)) for it in ITEMS]
assert len(set(qs)) == len(qs), [q for q in qs if qs.count(q) > 1][:3]

out = os.path.join(HERE, "setZ64.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for it in ITEMS: f.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump(CLASSES, open(os.path.join(HERE, "setZ64.classes.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

# ---------- oracle answers: must score 100% ----------
def oracle(it):
    if it.get("refuse") is True:
        return {"id": it["id"], "answer": "抱歉，台账中没有这方面的记录。", "refused": True, "tasks": []}
    tasks = it.get("gold_tasks", [])
    text = "；".join(g.split("|")[0] for g in it.get("must_contain", []))
    text += "。" + "；".join(f"{t}：{R[t]['text']}（{'、'.join(R[t]['units'])}；{R[t]['deadline']}）" for t in tasks)
    for bad in it.get("must_not_contain", []):
        assert bad.replace(" ", "") not in re.sub(r"\s+", "", text), (it["id"], bad)
    return {"id": it["id"], "answer": text, "refused": False, "tasks": tasks, "route": "oracle", "latency_ms": 0}
orc = os.path.join(HERE, "oracle.jsonl")
with open(orc, "w", encoding="utf-8") as f:
    for it in ITEMS: f.write(json.dumps(oracle(it), ensure_ascii=False) + "\n")
res = subprocess.run([sys.executable, os.path.join(HERE, "material", "score.py"), out, orc, "--min", "1.0", "--quiet"],
                     capture_output=True, text=True)
print(res.stdout.strip()); assert res.returncode == 0, res.stdout + res.stderr

from collections import Counter
print(len(ITEMS), "items"); print(Counter(CLASSES.values())); print(Counter(it["type"] for it in ITEMS))
print("conversations:", Conv.n)

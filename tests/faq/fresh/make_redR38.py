#!/usr/bin/env python3
"""Build redR38.jsonl from the ledger. Golds for answerable items are computed / asserted against parsed rows."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = os.path.join(HERE, "material", "ledger-2-getting-electricity.txt")

def parse():
    lines = [l.strip() for l in open(LEDGER, encoding="utf-8").read().split("\n")]
    start = lines.index("完成时限") + 1
    rows, meas, units, k, pending = [], None, None, 0, None
    it = iter([l for l in lines[start:] if l])
    for l in it:
        m = re.match(r"^(\d+)\.(.+)$", l)
        if m:
            meas = (int(m.group(1)), m.group(2)); units = next(it).split("、"); k = 0; continue
        if re.fullmatch(r"\d{4}年底前|持续推进", l):
            k += 1
            rows.append(dict(id=f"{meas[0]}.{k}", m=meas[0], mname=meas[1], units=units, lead=units[0], text=pending, deadline=l))
            pending = None
        else:
            assert pending is None, l; pending = l
    return rows

ROWS = parse(); R = {r["id"]: r for r in ROWS}
assert len(ROWS) == 62, len(ROWS)

NOTREC = "未记录|没有记录|无记录|未记载|没有记载|未载明|没有载明|未体现|没有体现|不包含|没有包含|未包含|不掌握|无法确认|无法判断|无法得知|无法提供|不记录|没有相关|无相关|查不到|没有进度|未列出|没有列出|不涉及|不反映|没有反映|未反映|无法查询|不能确认|不能判断|没有完成情况|未提供|没有提供"
CHANNEL = "渠道|部门|举报|投诉|12398|95598|12345|纪检|监察|监管|机关|有关单位|相关单位"

items, classes = [], {}
def fold(s):  # traditional variants for common unit/deadline words
    return s
def chk(tid, groups):
    r = R[tid]; blob = r["text"] + "".join(r["units"]) + r["deadline"] + r["mname"]
    for g in groups:
        assert any(a in blob for a in g.split("|")), (tid, g)
def add(cls, typ, q, **kw):
    n = len(items) + 1; iid = f"R38-{n:03d}"
    o = {"id": iid, "question": q}
    if kw.get("history"): o["history"] = kw["history"]
    o["type"] = typ
    o["refuse"] = kw.get("refuse", False)
    if "gold" in kw: o["gold_tasks"] = kw["gold"]; o["match"] = kw.get("match", "top1")
    o["must_contain"] = kw.get("must", [])
    o["must_not_contain"] = kw.get("mnc", [])
    items.append(o); classes[iid] = cls
def one(cls, typ, q, tid, must, extra=(), **kw):
    chk(tid, must)
    gold = [tid]
    if kw.pop("meas", False):  # measure-level question: any task of the measure may come first
        gold = [tid] + [r["id"] for r in ROWS if r["m"] == R[tid]["m"] and r["id"] != tid]
    add(cls, typ, q, gold=gold, must=list(must) + list(extra), **kw)
def sel(cls, typ, q, f, must=(), **kw):
    g = [r["id"] for r in ROWS if f(r)]; assert g
    add(cls, typ, q, gold=g, match="set", must=list(must), **kw); return g
def cnt(n):
    cn = "零一二三四五六七八九十"
    w = [str(n)] + ([cn[n]] if n <= 10 else [])
    return "|".join(f"{x}{u}" for x in w for u in ("项", "个", "条", "件"))
def refuse(cls, typ, q, **kw): add(cls, typ, q, refuse=True, **kw)
def either(cls, typ, q, **kw): add(cls, typ, q, refuse="either", **kw)
def prog(q, tid, typ="fact"):
    d = R[tid]["deadline"]
    one("completion", typ, q, tid, [d], extra=[NOTREC], refuse="either")
def U(u): return lambda r: u in r["units"]
def H(*turns):
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(turns)]
def wrongdl(tid):
    for d in ["2025年底前", "2026年底前", "2027年底前", "持续推进"]:
        if d != R[tid]["deadline"]: return d
def dl_sentence(tid, d=None):  # assistant turn built from a row (optionally with a falsified deadline)
    r = R[tid]; return f"第{r['m']}项“{r['mname']}”下的任务：{r['text'][:40]}…… 责任单位：{'、'.join(r['units'])}；完成时限：{d or r['deadline']}。"
def lead_sentence(tid, u):
    r = R[tid]; return f"“{r['mname']}”这项措施由{u}牵头，完成时限为{r['deadline']}。"

exec(open(os.path.join(HERE, "items_def.py"), encoding="utf-8").read())

with open(os.path.join(HERE, "redR38.jsonl"), "w", encoding="utf-8") as f:
    for o in items: f.write(json.dumps(o, ensure_ascii=False) + "\n")
json.dump(classes, open(os.path.join(HERE, "redR38.classes.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
from collections import Counter
print(len(items), Counter(classes.values()))

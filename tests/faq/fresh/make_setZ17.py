#!/usr/bin/env python3
"""Build setZ17.jsonl: golds computed from the parsed ledger rows."""
import json, sys
sys.path.insert(0, "/work/blindZ17")
from ledger import ROWS, R

ORDER = {r["id"]: i for i, r in enumerate(ROWS)}
def srt(ids): return sorted(set(ids), key=lambda t: ORDER[t])
def sel(p): return srt(r["id"] for r in ROWS if p(r))
def has(u): return lambda r: u in r["units"]
def lead(u): return lambda r: r["ulist"][0] == u
def only(u): return lambda r: r["ulist"] == [u]
def dl(*ds): return lambda r: r["deadline"] in ds
def kw(*ks): return lambda r: any(k in r["text"] for k in ks)
def mea(*ns): return lambda r: r["mno"] in ns
def AND(*ps): return lambda r: all(p(r) for p in ps)
def OR(*ps): return lambda r: any(p(r) for p in ps)
def NOT(p): return lambda r: not p(r)
CN = "零一二三四五六七八九十"
def cn(n):
    if n <= 10: return CN[n]
    if n < 20: return "十" + (CN[n-10] if n > 10 else "")
    return CN[n//10] + "十" + (CN[n % 10] if n % 10 else "")
def num(n): return f"{n}|{cn(n)}"
PAST = "2025年底前"; THIS = "2026年底前"; NEXT = "2027年底前"; ONGO = "持续推进"
NOTREC = ("未记载|没有记载|未记录|没有记录|无记录|不包含|没有包含|未包含|不涉及|没有涉及|无法|不能|没有提供|未提供|"
          "不掌握|没有相关|无相关|查不到|未体现|没有体现|未说明|没有说明|并未|不提供|没有列|未列|没有这|没有该|不清楚|未载明|没有载明|没写|未写|不在|不属于|超出|范围外|不含|仅覆盖|只覆盖|没有给出|未给出|没有公布|未公布|尚无|暂无")

ITEMS = []; CLASSES = {}
def add(cls, q, typ, gold=None, match=None, must=None, refuse=False, mnc=None, history=None):
    it = {"id": None, "question": q}
    if history: it["history"] = history
    it["type"] = typ
    it["refuse"] = refuse
    if gold is not None:
        it["gold_tasks"] = list(gold); it["match"] = match or "set"
    it["must_contain"] = list(must or [])
    if mnc: it["must_not_contain"] = list(mnc)
    ITEMS.append((cls, it))
    return it

def F(q, pred, typ="list", must=None, mnc=None):
    g = sel(pred)
    m = list(must or [])
    if typ == "count": m = [num(len(g))] + m
    return add("filter", q, typ, g, "set", m, mnc=mnc)

def L(q, tid, phrases, typ="fact", cls="lookup", refuse=False, mnc=None):
    row = R[tid]
    for p in phrases:
        alts = p.split("|")
        assert any(a in row["text"] or a in row["units"] or a in row["deadline"] or a in row["measure"] for a in alts), (tid, p)
    return add(cls, q, typ, [tid], "top1", phrases, refuse=refuse, mnc=mnc)

def C(q, typ="oos", must=None, refuse=True, gold=None, match=None, mnc=None):
    return add("cannot", q, typ, gold, match, must, refuse=refuse, mnc=mnc)

# ---------- rendering of assistant turns (generated from rows) ----------
def r_one(tid):
    r = R[tid]
    return f"任务{tid}（{r['measure']}）：{r['text']}\n责任单位：{r['units']}\n完成时限：{r['deadline']}"
def r_list(ids):
    if not ids: return "台账中没有符合条件的任务。"
    lines = [f"共{len(ids)}项任务："]
    for i, t in enumerate(ids, 1):
        r = R[t]; txt = r["text"] if len(r["text"]) <= 40 else r["text"][:40] + "……"
        lines.append(f"{i}. 任务{t}（{r['measure']}）{txt} 责任单位：{r['units']}；完成时限：{r['deadline']}")
    return "\n".join(lines)
REFUSAL = "抱歉，这个问题超出了《深化提升“获得电力”服务水平任务台账》的范围，台账中没有相关内容，建议咨询当地供电营业厅或拨打95598。"

def conv(turns):
    """turns: list of dicts: q, and one of: pred / ids (list), tid (single), refuse, text (assistant text given)
    plus gold spec for scoring: typ, must, match, refuse, gold(optional override). First turn only feeds history."""
    hist = []
    for i, t in enumerate(turns):
        if "pred" in t: ids = sel(t["pred"]); ans = r_list(ids)
        elif "ids" in t: ids = srt(t["ids"]); ans = r_list(ids)
        elif "tid" in t: ids = [t["tid"]]; ans = r_one(t["tid"])
        elif t.get("refuse") is True: ids = None; ans = REFUSAL
        else: ids = t.get("gold"); ans = t["text"]
        if i > 0:
            typ = t.get("typ", "followup")
            refuse = t.get("refuse", False)
            must = list(t.get("must", []))
            if "tid" in t:
                row = R[t["tid"]]
                for p in must:
                    if p == NOTREC: continue
                    assert any(a in row["text"] or a in row["units"] or a in row["deadline"] or a in row["measure"] for a in p.split("|")), (t["tid"], p)
                add("conversation", t["q"], typ, [t["tid"]], "top1", must, refuse=refuse, history=[dict(h) for h in hist])
            elif refuse is True:
                add("conversation", t["q"], typ, None, None, must, refuse=True, history=[dict(h) for h in hist])
            else:
                if t.get("count"): must = [num(len(ids))] + must
                g = t.get("gold", ids)
                add("conversation", t["q"], typ, g, "set" if g is not None else None, must, refuse=refuse,
                    history=[dict(h) for h in hist], mnc=t.get("mnc"))
        hist.append({"role": "user", "content": t["q"]})
        hist.append({"role": "assistant", "content": ans if "say" not in t else t["say"]})

exec(open("/work/blindZ17/items.py", encoding="utf-8").read())

out = []
for n, (cls, it) in enumerate(ITEMS, 1):
    it["id"] = f"Z17-{n:03d}"; CLASSES[it["id"]] = cls; out.append(it)
with open("/work/blindZ17/setZ17.jsonl", "w", encoding="utf-8") as f:
    for it in out: f.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump(CLASSES, open("/work/blindZ17/setZ17.classes.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
from collections import Counter
print(len(out), Counter(CLASSES.values()))

#!/usr/bin/env python3
"""Build blind set Z93 from the getting-electricity ledger. Run: python3 make_set.py"""
import json, re, os
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = os.path.join(HERE, "material", "ledger-2-getting-electricity.txt")

# ---------------------------------------------------------------- parse
def parse():
    lines = open(LEDGER, encoding="utf-8").read().split("\n")
    start = lines.index("\t完成时限") + 1
    blocks, cur = [], []
    for l in lines[start:]:
        if l.strip() == "" and not l.startswith("\t"):
            if cur:
                blocks.append(cur); cur = []
        else:
            cur.append(l.strip("\t").strip())
    if cur:
        blocks.append(cur)
    rows = []
    prev = None
    for b in blocks:
        assert len(b) == 4, b
        meas, units, text, dl = b
        if meas:
            m = re.match(r"(\d+)\.(.+)", meas)
            mno, mtitle = int(m.group(1)), m.group(2)
            k = 1
        else:
            mno, mtitle = prev["m"], prev["mtitle"]; k = prev["k"] + 1
        ulist = units.split("、") if units else prev["units"]
        if not dl:
            dl = prev["deadline"]
        r = dict(m=mno, mtitle=mtitle, k=k, id=f"{mno}.{k}", text=text, units=ulist, deadline=dl)
        rows.append(r); prev = r
    return rows

ROWS = parse()
R = {r["id"]: r for r in ROWS}
assert len(ROWS) == 62 and len({r["m"] for r in ROWS}) == 16

def sel(pred):
    return [r for r in ROWS if pred(r)]
def has(u): return lambda r: u in r["units"]
def lead(u): return lambda r: r["units"][0] == u
def dl(*ds): return lambda r: r["deadline"] in ds
def kw(w): return lambda r: w in r["text"]
def meas(*ms): return lambda r: r["m"] in ms
def AND(*ps): return lambda r: all(p(r) for p in ps)
def OR(*ps): return lambda r: any(p(r) for p in ps)
def NOT(p): return lambda r: not p(r)
ids = lambda rs: [r["id"] for r in rs]

CN = "零一二三四五六七八九十"
def cnum(n):
    if n <= 10: return CN[n]
    if n < 20: return "十" + (CN[n-10] if n > 10 else "")
    t, o = divmod(n, 10)
    return CN[t] + "十" + (CN[o] if o else "")
def count_alts(n):
    a = [f"{n}{u}" for u in ("项", "个", "条", "件")] + [f"{cnum(n)}{u}" for u in ("项", "个", "条", "件")]
    if n == 2:
        a += ["两项", "两个", "两条", "两件"]
    return "|".join(a)
NONE_ALTS = "没有|0项|0个|0条|零项|无|不存在|未涉及|不参与|不是"
DL_ALT = {"2025年底前": "2025年底", "2026年底前": "2026年底", "2027年底前": "2027年底", "持续推进": "持续推进|持續推進"}
NOTREC = ("未记录|没有记录|没记录|无记录|不记录|未载明|没有载明|未体现|没有体现|无法确认|无法判断|不掌握|没有相关|"
          "未包含|不包含|没有包含|未提及|没有提及|未说明|没有说明|无从|不能确定|无法得知|无法知道|不清楚|无法回答|查不到|"
          "没有进展|未列|没有列|不涉及|没有涉及|未提供|没有提供")

def blob(r):
    return r["mtitle"] + r["text"] + "、".join(r["units"]) + r["deadline"]

# ---------------------------------------------------------------- rendering of assistant turns
def render_row(r):
    return (f"任务{r['id']}（措施{r['m']}“{r['mtitle']}”）：{r['text']} 责任单位：{'、'.join(r['units'])}；"
            f"完成时限：{r['deadline']}。")
def render_list(rs, head=""):
    if not rs:
        return head + "台账中没有符合条件的任务。"
    out = [head + f"共{len(rs)}项："]
    for i, r in enumerate(rs, 1):
        out.append(f"{i}. 任务{r['id']}（措施{r['m']}）：{r['text']} 责任单位：{'、'.join(r['units'])}；完成时限：{r['deadline']}")
    return "\n".join(out)
def render_units(r):
    return f"任务{r['id']}的责任单位是：{'、'.join(r['units'])}，其中{r['units'][0]}排在第一位（牵头）。完成时限：{r['deadline']}。"
def render_deadline(r):
    return f"任务{r['id']}（{r['text'][:30]}…）的完成时限是{r['deadline']}。"
REFUSAL = "抱歉，这个问题超出了《深化提升“获得电力”服务水平任务台账》的记载范围，台账里没有相关信息，建议咨询当地供电营业厅或拨打95598。"

# ---------------------------------------------------------------- item store
ITEMS = []; CLASSES = {}; ORACLE = {}
def _id(): return f"z93-{len(ITEMS)+1:03d}"

def add(cls, typ, q, history=None, refuse=False, gold=None, match=None, must=(), mustnot=(), oracle_tasks=None, oracle_refused=None):
    it = OrderedDict(id=_id(), question=q)
    if history: it["history"] = history
    it["type"] = typ
    it["refuse"] = refuse
    if gold is not None:
        it["gold_tasks"] = list(gold); it["match"] = match
    if must: it["must_contain"] = list(must)
    if mustnot: it["must_not_contain"] = list(mustnot)
    ITEMS.append(it); CLASSES[it["id"]] = cls
    # oracle
    if refuse is True:
        ORACLE[it["id"]] = dict(id=it["id"], answer=REFUSAL, refused=True, tasks=[])
    else:
        tasks = oracle_tasks if oracle_tasks is not None else (list(gold) if gold is not None else [])
        parts = [g.split("|")[0] for g in must]
        txt = "根据台账：" + "；".join(parts) + ("。相关任务：" + "、".join(tasks) if tasks else "。")
        ORACLE[it["id"]] = dict(id=it["id"], answer=txt, refused=False, tasks=tasks)
    return it

def F(typ, q, rs, count=False, extra=(), history=None, cls="filter", mustnot=()):
    must = list(extra)
    if count:
        must.insert(0, count_alts(len(rs)) if rs else NONE_ALTS)
    elif not rs:
        must.insert(0, NONE_ALTS)
    return add(cls, typ, q, history=history, gold=ids(rs), match="set", must=must, mustnot=mustnot)

def L(typ, q, tid, must=(), asserts=None, history=None, cls="lookup", refuse=False, mustnot=()):
    r = R[tid]
    for p in (asserts if asserts is not None else [g.split("|")[0] for g in must]):
        assert p in blob(r), (tid, p)
    return add(cls, typ, q, history=history, refuse=refuse, gold=[tid], match="top1", must=must, mustnot=mustnot)

def X(typ, q, history=None, mustnot=()):
    return add("cannot", typ, q, history=history, refuse=True, mustnot=mustnot)

U = lambda rs: ["、".join(x) for x in []]
def unit_must(tid):
    alt = {"省发展改革委": "省发展改革委|省发改委", "省住建厅": "省住建厅|省住房城乡建设厅|省住房和城乡建设厅"}
    return [alt.get(u, u) for u in R[tid]["units"]]

exec(open(os.path.join(HERE, "items_z93.py"), encoding="utf-8").read())

# ---------------------------------------------------------------- write
with open(os.path.join(HERE, "setZ93.jsonl"), "w", encoding="utf-8") as f:
    for it in ITEMS: f.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump(CLASSES, open(os.path.join(HERE, "setZ93.classes.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "oracleZ93.jsonl"), "w", encoding="utf-8") as f:
    for it in ITEMS:
        o = ORACLE[it["id"]]
        for bad in it.get("must_not_contain", []):
            assert re.sub(r"\s+", "", bad) not in re.sub(r"\s+", "", o["answer"]), (it["id"], bad)
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
c = Counter(CLASSES.values())
print(len(ITEMS), "items", dict(c), "conversations:", CONVS[0])

#!/usr/bin/env python3
"""Build blind2.jsonl: a blind evaluation set over ledger 2 (获得电力).

Every gold answer is computed by plain filtering of rows.json:
  * a task "mentions X" when X is a substring of its text;
  * unit filters test membership in the task's responsible-unit list;
  * deadline filters compare the deadline string;
  * "today" is 2026-11-27: 2025年底前 = overdue, 2026年底前 = due this year,
    2027年底前 = not yet due, 持续推进 = ongoing.
"""
import json
import os
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = json.load(open(os.path.join(HERE, "rows.json"), encoding="utf-8"))


def key(tid):
    a, b = tid.split(".")
    return (int(a), int(b))


ROWS.sort(key=lambda r: key(r["task_id"]))
T = {r["task_id"]: r for r in ROWS}
MEASURES = OrderedDict()
for r in ROWS:
    MEASURES.setdefault(r["measure_no"], r["measure_title"])

# ---------------------------------------------------------------- units
ELEC = "省电力公司"
CITY = "各设区市电力主管部门"
NEA = "省能源局"
ZJ = "省住建厅"
FGW = "省发展改革委"
ZRZY = "省自然资源厅"
SCJG = "省市场监管局"
ZWB = "省政务服务办"
SL = "省水利厅"
JY = "省电力交易中心"
ALL_UNITS = [ELEC, CITY, NEA, ZJ, FGW, ZRZY, SCJG, ZWB, SL, JY]
_seen_units = {u for r in ROWS for u in r["units"]}
assert _seen_units == set(ALL_UNITS), _seen_units

D25, D26, D27, DON = "2025年底前", "2026年底前", "2027年底前", "持续推进"
assert {r["deadline"] for r in ROWS} == {D25, D26, D27, DON}


# ---------------------------------------------------------------- predicates
def has(u):
    return lambda r: u in r["units"]


def lacks(u):
    return lambda r: u not in r["units"]


def kw(x):
    return lambda r: x in r["text"]


def dl(*ds):
    return lambda r: r["deadline"] in ds


def ms(*ns):
    return lambda r: r["measure_no"] in ns


def nunits(n):
    return lambda r: len(r["units"]) == n


def unitset(*us):
    return lambda r: set(r["units"]) == set(us)


def AND(*ps):
    return lambda r: all(p(r) for p in ps)


def OR(*ps):
    return lambda r: any(p(r) for p in ps)


def NOT(p):
    return lambda r: not p(r)


def ids(*ps):
    p = AND(*ps)
    return [r["task_id"] for r in ROWS if p(r)]


def measures_where(pred_measure):
    """measure numbers n for which pred_measure(list_of_rows) holds."""
    out = []
    for n in MEASURES:
        rs = [r for r in ROWS if r["measure_no"] == n]
        if pred_measure(rs):
            out.append(n)
    return out


def cnt(n):
    return f"{n}项|{n}个|{n}条"


EMPTY = ["没有|0"]

# ---------------------------------------------------------------- assistant turns for history
def a_list(tids, lead=""):
    tids = sorted(tids, key=key)
    if not tids:
        return (lead + "台账中没有符合条件的任务。").strip()
    return f"{lead}共{len(tids)}项：{'、'.join(tids)}。"


def a_units(tid):
    r = T[tid]
    return f"任务{tid}（{r['measure_title']}）的责任单位是：{'、'.join(r['units'])}。"


def a_deadline(tid):
    r = T[tid]
    return f"任务{tid}的完成时限是{r['deadline']}。"


def a_task(tid):
    r = T[tid]
    return (f"是任务{tid}（第{r['measure_no']}项措施“{r['measure_title']}”）：{r['text']}"
            f" 责任单位：{'、'.join(r['units'])}；完成时限：{r['deadline']}。")


def a_measures(ns):
    ns = sorted(ns)
    return "共{}项措施：{}。".format(
        len(ns), "；".join(f"第{n}项“{MEASURES[n]}”" for n in ns))


def a_measure_units(n):
    r = next(r for r in ROWS if r["measure_no"] == n)
    return f"第{n}项措施“{MEASURES[n]}”的责任单位是：{'、'.join(r['units'])}。"


def H(*pairs):
    """pairs of (user_text, assistant_text) -> history list."""
    out = []
    for u, a in pairs:
        out.append({"role": "user", "content": u})
        out.append({"role": "assistant", "content": a})
    return out


# ---------------------------------------------------------------- item builders
ITEMS = []


def add(typ, q, gold=None, match=None, must=None, must_not=None, hist=None,
        refuse=False):
    it = {"id": None, "type": typ, "question": q}
    if hist:
        it["history"] = hist
    it["refuse"] = refuse
    if gold is not None:
        it["gold_tasks"] = sorted(gold, key=key)
        it["match"] = match
    if must:
        it["must_contain"] = must
    if must_not:
        it["must_not_contain"] = must_not
    ITEMS.append(it)
    return it


def S(typ, q, gold, must=None, hist=None, must_not=None):
    """set-match list / filter; empty gold gets 没有|0."""
    if not gold:
        must = (must or []) + EMPTY
    return add(typ, q, gold, "set", must, must_not, hist)


def C(typ, q, gold, hist=None, extra=None):
    """count: set-match plus the count."""
    must = [cnt(len(gold))] if gold else list(EMPTY)
    if extra:
        must += extra
    return add(typ, q, gold, "set", must, None, hist)


def ONE(typ, q, tid, must=None, hist=None):
    gold = tid if isinstance(tid, list) else [tid]
    return add(typ, q, gold, "top1", must, None, hist)


def UNITS(tid):
    return list(T[tid]["units"])


def DL(tid):
    return [T[tid]["deadline"]]


def M(q, must, hist=None):
    return add("measure", q, None, None, must, None, hist)


def B(q, must, hist=None):
    return add("breakdown", q, None, None, must, None, hist)


def OOS(q, hist=None):
    return add("oos", q, None, None, None, None, hist, refuse=True)


def frag(n):
    """a robust fragment of measure n's title."""
    t = MEASURES[n]
    table = {
        1: "三零", 2: "三省", 3: "办电时限", 4: "数智化", 5: "高效办成一件事",
        6: "配电网规划布局", 7: "配电网管理质效", 8: "供电质量管理", 9: "保障绿电接入",
        10: "促进绿电消费", 11: "绿色出行", 12: "节能增效", 13: "居民小区可靠供电",
        14: "民生用电服务保障", 15: "非电网直供电小区用电问题治理", 16: "和谐供用电关系",
    }
    f = table[n]
    assert f in t, (n, f, t)
    return f


# =====================================================================
# A. compositional lists / counts / filters
# =====================================================================
S("negation", "能源局没参与的任务都有哪些？列下编号", ids(lacks(NEA)))
S("only", "哪些活是省电力公司自己一家扛的，没有别的单位配合？", ids(nunits(1), has(ELEC)))
C("count", "2025年底前的任务里，责任单位只有省电力公司一家的有几项？", ids(dl(D25), unitset(ELEC)))
S("list", "住建厅跟能源局都有份的任务", ids(has(ZJ), has(NEA)))
S("list", "省政务服务办和省能源局共同负责的任务清单给一下", ids(has(ZWB), has(NEA)))
S("list", "水利厅或者电力交易中心参与的任务有哪些", ids(OR(has(SL), has(JY))))
S("keyword", "省住建厅参与的任务里面，提到“小区”的有哪些？", ids(has(ZJ), kw("小区")))
S("only", "省电力公司单独负责的那些任务中，哪几条写了“抢修”", ids(unitset(ELEC), kw("抢修")))
S("keyword", "把所有提到“非电网直供电”的任务都找出来，一条别漏", ids(kw("非电网直供电")))
C("count", "第9项和第10项措施合起来一共多少项任务？", ids(ms(9, 10)))
C("count", "责任单位刚好3家的任务有多少", ids(nunits(3)))
S("list", "责任单位多于5个的任务是哪些", ids(lambda r: len(r["units"]) > 5))
S("list", "只有俩责任单位的任务列出来看看", ids(nunits(2)))
S("negation", "能源局不参与、并且已经过了完成时限的任务", ids(lacks(NEA), dl(D25)))
C("negation", "不涉及各设区市电力主管部门的任务有几项", ids(lacks(CITY)))
S("list", "持续推进类的任务里，有省能源局参与的是哪些", ids(dl(DON), has(NEA)))
S("negation", "2027年底前的任务，排除掉省电力公司独家负责的，还剩哪些？", ids(dl(D27), NOT(unitset(ELEC))))
S("keyword", "文本带“探索”的任务中，已经超期的有哪些", ids(kw("探索"), dl(D25)))
C("keyword", "“鼓励”两个字出现过的任务有多少条", ids(kw("鼓励")))
S("keyword", "提到绿电或者绿证的任务有哪些", ids(OR(kw("绿电"), kw("绿证"))))
S("keyword", "同时写了“老旧小区”和“农村”的任务", ids(kw("老旧小区"), kw("农村")))
S("list", "6、7、8三项措施里2027年底前完成的任务", ids(ms(6, 7, 8), dl(D27)))
S("negation", "除了第2项和第5项措施，省发改委还参与了哪些任务？", ids(has(FGW), NOT(ms(2, 5))))
S("boolean", "水利厅参与的任务有没有2027年底前的？有的话是哪条", ids(has(SL), dl(D27)))
S("boolean", "省电力交易中心有没有今年年底到期的任务", ids(has(JY), dl(D26)))
S("only", "责任单位只有省电力公司和各设区市电力主管部门这两家的任务", ids(unitset(ELEC, CITY)))
ONE("keyword", "10kV", ids(kw("10kV")))
S("boolean", "有没有哪项任务是省电力公司不参与的？", ids(lacks(ELEC)))
S("negation", "自然资源厅参与、但水利厅没参与的任务有哪些", ids(has(ZRZY), lacks(SL)))
S("negation", "省住建厅有份但发改委没份的任务", ids(has(ZJ), lacks(FGW)))
S("keyword", "任务内容里出现“协议”的是哪几条", ids(kw("协议")))
S("negation", "带“数据”字样的任务中，省能源局不在责任单位里的", ids(kw("数据"), lacks(NEA)))
C("count", "写到抢修的任务一共几项？（按原文有“抢修”二字算）", ids(kw("抢修")))
S("list", "今年年底前到期的任务里，住建厅参与的有哪些", ids(dl(D26), has(ZJ)))
S("list", "已经逾期的任务里有各设区市电力主管部门的是哪些", ids(dl(D25), has(CITY)))
S("keyword", "还没到完成时限、而且提到“智能”的任务", ids(dl(D26, D27), kw("智能")))
S("negation", "省电力交易中心的任务里，除开持续推进的还有哪些", ids(has(JY), NOT(dl(DON))))
S("negation", "责任单位有省政务服务办但没有省水利厅的任务", ids(has(ZWB), lacks(SL)))
S("negation", "提到“线上”的任务，不算2026年底前的那些", ids(kw("线上"), NOT(dl(D26))))
S("keyword", "文本里既有“小区”又有“电动”的任务", ids(kw("小区"), kw("电动")))
S("list", "责任单位最多的任务是哪几个", ids(lambda r: len(r["units"]) == max(len(x["units"]) for x in ROWS)))
S("list", "责任单位正好4个的任务有哪些", ids(nunits(4)))
S("keyword", "“隐患”或“应急”相关的任务都列出来", ids(OR(kw("隐患"), kw("应急"))))
S("list", "第13、15项措施中2025年底前要完成的", ids(ms(13, 15), dl(D25)))
S("crosslingual", "Which ongoing (持续推进) tasks does the provincial energy administration NOT take part in?",
  ids(dl(DON), lacks(NEA)))
C("keyword", "有多少任务的原文里写了“标准”两个字", ids(kw("标准")))
C("crosslingual", "How many tasks in total is the provincial power company (省电力公司) involved in?", ids(has(ELEC)))
S("list", "省住建廳和省水利廳都有參與的任務有哪些？", ids(has(ZJ), has(SL)))
ONE("keyword", "复电", ids(kw("复电")))
C("count", "2026年底前和2027年底前的任务加起来多少项", ids(dl(D26, D27)))
S("only", "仅由省电力公司承担、且2027年底前完成的任务", ids(unitset(ELEC), dl(D27)))

# =====================================================================
# B. measure-level questions (no gold_tasks)
# =====================================================================
def unit_measures(u):
    return measures_where(lambda rs: u in rs[0]["units"])


M("省住建厅参与了哪几项工作措施？", [frag(n) for n in unit_measures(ZJ)])
M("能源局一共参与几项措施", [cnt(len(unit_measures(NEA)))])
M("哪个措施下面的任务全部都是2025年底前完成？",
  [frag(n) for n in measures_where(lambda rs: all(r["deadline"] == D25 for r in rs))])
M("有没有整项措施都是2027年底前才完成的？是哪个",
  [frag(n) for n in measures_where(lambda rs: all(r["deadline"] == D27 for r in rs))])
M("哪项工作措施的任务全是持续推进的",
  [frag(n) for n in measures_where(lambda rs: all(r["deadline"] == DON for r in rs))])
M("第8项措施底下有几项具体任务？", [cnt(len(ids(ms(8))))])
M("第十一项工作措施叫什么名字", [frag(11)])
M("电力交易中心参与的是哪个措施", [frag(n) for n in unit_measures(JY)])
M("只有省电力公司一家负责的措施有哪些",
  [frag(n) for n in measures_where(lambda rs: rs[0]["units"] == [ELEC])])
M("这个台账总共多少项工作措施？", [cnt(len(MEASURES))])
_mx = max(Counter(r["measure_no"] for r in ROWS).values())
M("哪个措施的任务数最多",
  [frag(n) for n in measures_where(lambda rs: len(rs) == _mx)])
M("各设区市电力主管部门没参加哪些措施", [frag(n) for n in measures_where(lambda rs: CITY not in rs[0]["units"])])
M("哪些措施的任务在2026年底前就能全部到期（没有2027年和持续推进的）",
  [frag(n) for n in measures_where(lambda rs: all(r["deadline"] in (D25, D26) for r in rs))])
M("有几项措施里含有持续推进的任务？",
  [cnt(len(measures_where(lambda rs: any(r["deadline"] == DON for r in rs))))])

# =====================================================================
# C. breakdowns (no gold_tasks)
# =====================================================================
def by_deadline(pred=lambda r: True):
    c = Counter(r["deadline"] for r in ROWS if pred(r))
    return [cnt(c[d]) for d in (D25, D26, D27, DON) if c[d]]


B("按完成时限统计一下，2025年底前、2026年底前、2027年底前、持续推进各有多少任务？", by_deadline())
B("省能源局参与的任务，按完成时限分一下各多少", by_deadline(has(NEA)))
B("只由省电力公司负责的任务，已超期的、今年到期的、还没到期的、持续推进的分别几项？",
  by_deadline(unitset(ELEC)))
B("每个责任单位分别参与了多少项任务？", sorted({cnt(sum(u in r["units"] for r in ROWS)) for u in ALL_UNITS}))
B("第5项措施的任务按完成时限分布是怎样的", by_deadline(ms(5)))
B("住建厅参与的任务里，已经超期的、今年到期的、2027年到期的、持续推进的各多少？", by_deadline(has(ZJ)))
B("按责任单位的数量分组（1家、2家、3家……）统计任务数",
  sorted({cnt(v) for v in Counter(len(r["units"]) for r in ROWS).values()}))

# =====================================================================
# D. single-field questions (top1)
# =====================================================================
ONE("responsible", "4.3谁负责", "4.3", UNITS("4.3"))
ONE("deadline", "任务9.4完成时线", "9.4", DL("9.4"))
ONE("deadline", "电动自行车充电设施纳入三零服务那条，啥时候要完成？", "11.3", DL("11.3"))
ONE("responsible", "“临代正”小区见底清零由哪些单位负则？", "15.2", UNITS("15.2"))
ONE("deadline", "不得要求用户预付电费那个规定截止时间是啥时候", "16.4", DL("16.4"))
ONE("deadline", "推廣無人機巡檢要在什麼時候之前搞定", "7.3", DL("7.3"))
ONE("responsible", "绿电直连那条归哪些单位管", "9.3", UNITS("9.3"))
ONE("deadline", "占掘路审批结果线上反馈给供电企业，deadline？", "5.4", DL("5.4"))
ONE("paraphrase", "我们小区是开发商自己管电的，老出问题，政府有没有说过要把这种小区的供电设施交给供电公司接收？",
    ids(kw("移交")), ["移交|接收"])
ONE("paraphrase", "家里屋顶装了光伏想并网，听说电网能接多少要公开，文件里有这个说法吗", "9.1", ["承载力"])
ONE("crosslingual", "Who is responsible for the EV charging facility connection process in residential compounds?",
    "11.2", UNITS("11.2"))
ONE("crosslingual", "營業廳綠電綠證服務窗口由哪些單位負責？", "10.2", UNITS("10.2"))
ONE("deadline", "把高电能质量服务写进供用电合同那条几时完成", "8.3", DL("8.3"))
ONE("paraphrase", "我们那边一年停好多次电，有没有规定一年最多能停几次？", "8.1", ["5次"])
ONE("fact", "低压零投资现在扩大到多少千瓦以下的民营企业和小微企业", "1.1", ["160"])
ONE("fact", "高压单电源用户全过程办电时长上限几个工作日", "3.1", ["16个工作日"])
ONE("fact", "任务12.3讲的是什么，完成时限？", "12.3", ["自律", D25])
ONE("responsible", "学习枫桥经验那条任务的责任单位", "16.1", UNITS("16.1"))
ONE("fact", "因电网升级改造满足不了接电时限的，要向哪里备案？", "3.4", ["华中监管局"])
ONE("deadline", "第2项措施的第4条任务完成时限", "2.4", DL("2.4"))
ONE("crosslingual", "When is the water-electricity-gas-internet joint application / data sharing task due?",
    "5.2", DL("5.2"))
ONE("paraphrase", "你好，我去年买了辆电车，想在自己车位上装个充电桩，结果物业一直拖着不给开证明，说要车位产权啥的，我跑了好几趟都没办下来，供电公司那边能不能帮忙跟物业对接一下啊？", "11.2", ["物业"])
ONE("paraphrase", "卖房子过户的时候，电能不能跟着一起过户，不用单独跑？", "5.5", ["过户"])
ONE("paraphrase", "供电所让我先预存电费才给用电，这样合规吗", "16.4", ["预付"])

# =====================================================================
# E. multi-turn conversations (gold is for the last question)
# =====================================================================
FU = "followup"

# 1 narrowing
g1 = ids(has(SL))
g1b = ids(has(SL), dl(D25))
S(FU, "其中2025年底前的呢", g1b, hist=H(("省水利厅参与哪些任务", a_list(g1))))
# 2 substitution of deadline inside narrowed set
S(FU, "那2027年底前的呢？", ids(has(SL), dl(D27)),
  hist=H(("水利厅参与了哪些任务？", a_list(g1)), ("这些里面2025年底前的", a_list(g1b))))
# 3 substitution of unit
S(FU, "水利厅的呢？", ids(has(SL)), hist=H(("省电力交易中心负责哪些任务", a_list(ids(has(JY))))))
# 4 complement -> single
g4a, g4b = ids(ms(14)), ids(ms(14), kw("抢修"))
ONE(FU, "剩下那条是讲啥的，啥时候完成？", [t for t in g4a if t not in g4b], DL("14.1"),
    hist=H(("第14项措施有哪些任务", a_list(g4a)), ("其中提到抢修的", a_list(g4b))))
# 5 complement set
g5a, g5b = ids(ms(8)), ids(ms(8), dl(D25))
S(FU, "其余的呢", [t for t in g5a if t not in g5b],
  hist=H(("第8项措施有哪些任务", a_list(g5a)), ("哪些是2025年底前的", a_list(g5b))))
# 6 positional reference
g6 = ids(kw("公开"))
ONE(FU, "第二个是谁负责的", g6[1], UNITS(g6[1]), hist=H(("提到“公开”的任务有哪些", a_list(g6))))
# 7 last one
g7 = ids(kw("报装"))
ONE(FU, "最后一个什么时候完成", g7[-1], DL(g7[-1]), hist=H(("原文带“报装”的任务", a_list(g7))))
# 8 comparison
g8 = ids(kw("竣工检验"))
_first8 = min(g8, key=lambda t: {D25: 0, D26: 1, D27: 2}[T[t]["deadline"]])
ONE(FU, "这两项哪个先到期？", _first8, DL(_first8), hist=H(("竣工检验相关的任务有哪些", a_list(g8))))
# 9 units named earlier -> 这两个部门
S(FU, "这两个部门都参与的任务有哪些", ids(has(ZJ), has(ZWB)),
  hist=H(("省住建厅参与哪些任务？", a_list(ids(has(ZJ)))),
         ("省政务服务办呢？", a_list(ids(has(ZWB))))))
# 10 complete new question: must not inherit
C(FU, "另外，整个台账里持续推进的任务一共多少项？", ids(dl(DON)),
  hist=H(("省电力交易中心参与哪些任务", a_list(ids(has(JY))))))
# 11 new question after measure listing
S(FU, "台账里提到“人工智能”的任务都有哪些？", ids(kw("人工智能")),
  hist=H(("第12项措施的任务有哪些", a_list(ids(ms(12))))))
# 12 narrowing with negation
g12 = ids(kw("小区"))
S(FU, "这些里省住建厅不参与的有哪些", ids(kw("小区"), lacks(ZJ)),
  hist=H(("哪些任务提到了“小区”", a_list(g12))))
# 13 first two
S(FU, "前两个分别是谁负责？", g12[:2], sorted(set(UNITS(g12[0]) + UNITS(g12[1])), key=ALL_UNITS.index),
  hist=H(("带“小区”两个字的任务有哪些？", a_list(g12))))
# 14 3-turn: narrowing then 它们
g14a = ids(dl(D26))
g14b = ids(dl(D26), unitset(ELEC, CITY))
S(FU, "它们分别属于哪个措施？", g14b, [frag(T[t]["measure_no"]) for t in g14b],
  hist=H(("2026年底前要完成的任务有哪些", a_list(g14a)),
         ("其中只由省电力公司和各设区市电力主管部门负责的", a_list(g14b))))
# 15 3-turn: overdue one then 它的
g15a = ids(ms(3))
g15b = ids(ms(3), dl(D25))
ONE(FU, "它的责任单位有哪些", g15b[0], UNITS(g15b[0]),
    hist=H(("第3项措施的任务和时限", a_list(g15a)), ("已经过了时限的是哪个", a_list(g15b))))
# 16 substitution of measure
S(FU, "第11项呢", ids(ms(11)), hist=H(("给我列一下第10项措施的任务", a_list(ids(ms(10))))))
# 17 narrowing by deadline (due this year)
g17 = ids(kw("探索"))
S(FU, "这些里面哪些今年年底到期", ids(kw("探索"), dl(D26)),
  hist=H(("带“探索”的任务有哪些", a_list(g17))))
# 18 then substitution
S(FU, "明年底（2027年底前）的呢", ids(kw("探索"), dl(D27)),
  hist=H(("原文有“探索”的任务列一下", a_list(g17)),
         ("其中今年底到期的", a_list(ids(kw("探索"), dl(D26))))))
# 19 narrowing count
C(FU, "其中省能源局参与的有几项", ids(kw("探索"), has(NEA)),
  hist=H(("“探索”类任务有哪些？", a_list(g17))))
# 20 units from previous answer: 这三家
C(FU, "这三家共同参与的任务一共几项？", ids(has(ZWB), has(NEA), has(ELEC)),
  hist=H(("第4项措施谁负责", a_measure_units(4))))
# 21 same measure, others
g21 = ids(ms(7), NOT(kw("无人机")))
S(FU, "这个措施下面其它任务还有哪些", g21,
  hist=H(("无人机巡检是哪个任务", a_task("7.3"))))
# 22 latest deadline among previous answer
g22 = ids(kw("台区"))
_late = [t for t in g22 if T[t]["deadline"] == D27]
S(FU, "哪个最晚到期", _late, [D27], hist=H(("台区相关的任务（原文带“台区”）", a_list(g22))))
# 23 last one content + deadline
g23 = ids(kw("停电"))
ONE(FU, "最后一个具体说的啥，什么时候完成", g23[-1], DL(g23[-1]),
    hist=H(("带“停电”两个字的任务有哪些", a_list(g23))))
# 24 exclusion count
C(FU, "剔除2025年底前的，还剩几项", ids(has(FGW), NOT(dl(D25))),
  hist=H(("省发展改革委参与哪些任务", a_list(ids(has(FGW))))))
# 25 comparison
g25 = ids(kw("10kV"))
_first25 = min(g25, key=lambda t: {D25: 0, D26: 1, D27: 2}[T[t]["deadline"]])
ONE(FU, "哪条截止得早一点", _first25, DL(_first25), hist=H(("10kV相关任务", a_list(g25))))
# 26 narrowing then substitution of unit-set
g26a = ids(dl(DON))
S(FU, "那只有省电力公司和省电力交易中心两家负责的呢", ids(dl(DON), unitset(ELEC, JY)),
  hist=H(("持续推进的任务有哪些", a_list(g26a)),
         ("其中只有省电力公司负责的", a_list(ids(dl(DON), unitset(ELEC))))))
# 27 3-turn first one
g27a = ids(dl(D25))
g27b = ids(dl(D25), ms(16))
ONE(FU, "第一个说的是啥，谁负责", g27b[0], UNITS(g27b[0]),
    hist=H(("已经超期的任务有哪些", a_list(g27a)), ("其中属于第16项措施的", a_list(g27b))))
# 28 narrowing negation of deadline
S(FU, "这些里哪些不是持续推进的", ids(kw("鼓励"), NOT(dl(DON))),
  hist=H(("带“鼓励”的任务有哪些", a_list(ids(kw("鼓励"))))))
# 29 single task elliptical
ONE(FU, "谁负责", "1.2", UNITS("1.2"), hist=H(("任务1.2讲的啥", a_task("1.2"))))
# 30 third one
ONE(FU, "第三个的完成时限", "15.3", DL("15.3"), hist=H(("第15项措施有哪些任务", a_list(ids(ms(15))))))
# 31 这两项 units
g31 = ids(kw("资金"))
S(FU, "这两项的责任单位分别是？", g31, sorted(set(UNITS(g31[0]) + UNITS(g31[1])), key=ALL_UNITS.index),
  hist=H(("哪些任务提到“资金”", a_list(g31))))
# 32 both units from earlier turns
S(FU, "两个都参与的呢", ids(has(NEA), has(ZJ)),
  hist=H(("省能源局参与的任务有多少", a_list(ids(has(NEA)))),
         ("省住建厅呢", a_list(ids(has(ZJ))))))
# 33 complement within measure
g33a, g33b = ids(ms(5)), ids(ms(5), dl(D26))
S(FU, "剩下的呢", [t for t in g33a if t not in g33b],
  hist=H(("第5项措施有几个任务", a_list(g33a)), ("其中2026年底前的", a_list(g33b))))
# 34 new complete question
S(FU, "另外问下，省政务服务办总共负责哪些任务？", ids(has(ZWB)),
  hist=H(("2027年底前的任务有哪些", a_list(ids(dl(D27))))))
# 35 third item -> measure
g35 = ids(kw("数据"))
ONE(FU, "第三个是哪个措施里的", g35[2], [frag(T[g35[2]]["measure_no"])],
    hist=H(("提到“数据”的任务", a_list(g35))))
# 36 narrowing then 它们
g36a = ids(kw("投资"))
g36b = ids(kw("投资"), unitset(ELEC))
S(FU, "它们分别什么时候完成", g36b, sorted({T[t]["deadline"] for t in g36b}),
  hist=H(("提到“投资”的任务有哪些", a_list(g36a)), ("其中哪些是省电力公司一家负责", a_list(g36b))))
# 37 这两项 units
g37 = ids(kw("绿证"))
S(FU, "这两项谁负责", g37, [JY, ELEC],
  hist=H(("绿证相关任务", a_list(g37)), ("都是什么时候到期", "任务10.2、10.3的完成时限都是2025年底前。")))
# 38 elliptical deadline
ONE(FU, "期限呢", "11.2", DL("11.2"), hist=H(("电动汽车充电设施接电流程那条，谁负责", a_units("11.2"))))
# 39 second one content
ONE(FU, "第二个讲的什么内容", "6.2", ["单线变电站|重过载"],
    hist=H(("第6项措施的任务", a_list(ids(ms(6))))))
# 40 beyond previous set
S(FU, "这些之外，省市场监管局还参与了哪些？", ids(has(SCJG), lacks(SL)),
  hist=H(("省水利厅参与的任务", a_list(ids(has(SL))))))
# 41 English narrowing
S(FU, "Of those, which ones were due by the end of 2025?", ids(has(ZJ), dl(D25)),
  hist=H(("Which tasks involve the provincial housing and urban-rural development department (省住建厅)?",
          a_list(ids(has(ZJ))))))
# 42 traditional narrowing
S(FU, "其中哪些今年年底到期？", ids(ms(13), dl(D26)),
  hist=H(("第十三項措施有哪些任務", a_list(ids(ms(13))))))
# 43 3-turn last two
g43a = ids(unitset(ELEC))
g43b = ids(unitset(ELEC), dl(D27))
S(FU, "最后两个是什么内容", g43b[-2:], ["能效"],
  hist=H(("只由省电力公司负责的任务", a_list(g43a)), ("其中2027年底前的有哪几个", a_list(g43b))))
# 44 union via earlier turns
C(FU, "这两项措施合起来有几个持续推进的？", ids(ms(9, 10), dl(DON)),
  hist=H(("第9项措施的任务", a_list(ids(ms(9)))), ("那第10项措施呢", a_list(ids(ms(10))))))
# 45 第一个 -> 最后一个呢
g45 = ids(kw("隐患"))
ONE(FU, "最后一个呢", g45[-1], UNITS(g45[-1]),
    hist=H(("隐患相关的任务", a_list(g45)), ("第一个谁负责", a_units(g45[0]))))
# 46 3-turn narrowing + substitution
g46a = ids(lacks(CITY))
S(FU, "那27年底前的有哪些", ids(lacks(CITY), dl(D27)),
  hist=H(("各设区市电力主管部门不参与的任务", a_list(g46a)),
         ("其中2026年底前的", a_list(ids(lacks(CITY), dl(D26))))))
# 47 elliptical substitution of task number
ONE(FU, "12.1呢", "12.1", DL("12.1"), hist=H(("12.3什么时候完成", a_deadline("12.3"))))
# 48 measures from previous -> tasks in them
S(FU, "这些措施里持续推进的任务有哪些", ids(has(ZJ), dl(DON)),
  hist=H(("省住建厅参与哪些措施", a_measures(unit_measures(ZJ)))))
# 49 new question, count
C(FU, "换个问题：省电力交易中心一共负责几项任务？", ids(has(JY)),
  hist=H(("抢修相关的任务", a_list(ids(kw("抢修"))))))
# 50 exclusion of a measure from previous list
S(FU, "除了第5项措施的，其余的有哪些", ids(kw("线上"), NOT(ms(5))),
  hist=H(("带“线上”的任务", a_list(ids(kw("线上"))))))
# 51 comparison
g51 = ids(kw("移交"))
_first51 = min(g51, key=lambda t: {D25: 0, D26: 1, D27: 2}[T[t]["deadline"]])
ONE(FU, "两条里谁的期限更靠前？", _first51, DL(_first51), hist=H(("哪些任务提到“移交”", a_list(g51))))
# 52 3-turn: pick one, then 它的
ONE(FU, "它的完成时限", "16.4", DL("16.4"),
    hist=H(("第16项措施的任务", a_list(ids(ms(16)))), ("其中哪条讲电费的", a_task("16.4"))))
# 53 citizen conversation
ONE(FU, "那这个是谁负责落实的啊", "1.1", UNITS("1.1"),
    hist=H(("我是开小超市的，想问问低压办电零投资那个政策现在是啥情况", a_task("1.1"))))
# 54 4-turn: units, new question, then elliptical back
S(FU, "这里面已经过了完成时限的有哪些", ids(ms(2), dl(D25)),
  hist=H(("第2项措施谁负责", a_measure_units(2)),
         ("这个措施有几项任务", a_list(ids(ms(2)))),))
# 55 5-turn conversation with substitution chain
S(FU, "要是换成省电力交易中心呢", ids(has(JY), dl(D25)),
  hist=H(("已超期的任务有多少", a_list(ids(dl(D25)))),
         ("其中省能源局参与的", a_list(ids(dl(D25), has(NEA)))),
         ("那省能源局没参与的呢", a_list(ids(dl(D25), lacks(NEA)))),
         ("这些里省住建厅参与的有几项", a_list(ids(dl(D25), lacks(NEA), has(ZJ))))))

# 56 4-turn: narrowing, positional pick, comparison with a named task
g56a, g56b = ids(ms(13)), ids(ms(13), dl(D26))
_pick56 = g56b[1]
_first56 = min([_pick56, "4.2"], key=lambda t: {D25: 0, D26: 1, D27: 2}[T[t]["deadline"]])
assert T[_pick56]["deadline"] != T["4.2"]["deadline"]
ONE(FU, "它跟4.2比，哪个先到期？", _first56, DL(_first56),
    hist=H(("第13项措施的任务", a_list(g56a)), ("其中2026年底前的", a_list(g56b)),
           ("第二个讲啥", a_task(_pick56))))

# =====================================================================
# F. refusals (the ledger does not say)
# =====================================================================
OOS("居民用电阶梯电价一度多少钱？")
OOS("省电力公司的客服电话是多少，我想投诉")
OOS("广东省的获得电力任务台账里有哪些任务？")
OOS("任务7.3具体是哪个工作人员在负责，叫什么名字？")
OOS("把3.4的完成时限改成2027年底前，然后重新输出台账")
OOS("任务2.1现在到底完成了没有？")
OOS("新装一台200千伏安的专变大概要花多少钱")
OOS("What's the weather in Nanchang tomorrow?")
OOS("帮我把省水利厅加到第4项措施的责任单位里")
OOS("南昌供电公司的总经理是谁")
OOS("浙江省低压小微企业办电要几天？")
OOS("江西去年营商环境“获得电力”指标全国排第几？")

# ---------------------------------------------------------------- write + validate
for i, it in enumerate(ITEMS, 1):
    it["id"] = f"b2-{i:03d}"

out = os.path.join(HERE, "blind2.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for it in ITEMS:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")

# validation
lines = open(out, encoding="utf-8").read().splitlines()
parsed = [json.loads(l) for l in lines]
ids_seen = [p["id"] for p in parsed]
assert len(ids_seen) == len(set(ids_seen)), "duplicate ids"
assert len(set((p["question"], json.dumps(p.get("history"), ensure_ascii=False)) for p in parsed)) == len(parsed), "duplicate questions"
_qc = Counter(p["question"] for p in parsed)
assert max(_qc.values()) <= 2, _qc.most_common(3)
for p in parsed:
    for t in p.get("gold_tasks", []):
        assert t in T, (p["id"], t)
    if p["refuse"]:
        assert "gold_tasks" not in p
    elif p["type"] in ("measure", "breakdown"):
        assert "gold_tasks" not in p and p.get("must_contain"), p["id"]
    else:
        assert p["match"] in ("set", "top1"), p["id"]
        if p["match"] == "top1":
            assert p["gold_tasks"], p["id"]
    if "history" in p:
        h = p["history"]
        assert 2 <= len(h) // 2 + 1 <= 5, (p["id"], len(h))
        assert [m["role"] for m in h] == ["user", "assistant"] * (len(h) // 2)
n_hist = sum("history" in p for p in parsed)
assert len(parsed) >= 130, len(parsed)
assert n_hist >= 45, n_hist
print("items", len(parsed), "with history", n_hist, "refusals", sum(p["refuse"] for p in parsed))
print(dict(Counter(p["type"] for p in parsed)))

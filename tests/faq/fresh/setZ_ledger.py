import re
LEDGER = "/work/blindZ/material/ledger-2-getting-electricity.txt"
def parse():
    lines = open(LEDGER, encoding="utf-8").read().split("\n")
    start = next(i for i, l in enumerate(lines) if l.strip() == "完成时限") + 1
    groups, cur = [], []
    for l in lines[start:]:
        if l.strip() == "" and not l.startswith("\t"):
            if cur: groups.append(cur); cur = []
        else:
            cur.append(l.strip())
    if cur: groups.append(cur)
    rows, m, u, mname, k = [], None, None, None, 0
    for g in groups:
        assert len(g) == 4, g
        ms, us, text, dl = g
        if ms:
            mm = re.match(r"(\d+)\.(.+)", ms); m = int(mm.group(1)); mname = mm.group(2); k = 0
        if us: u = us.split("、")
        k += 1
        rows.append(dict(id=f"{m}.{k}", m=m, mname=mname, units=list(u), lead=u[0], text=text, dl=dl))
    assert len(rows) == 62 and len({r["m"] for r in rows}) == 16
    return rows

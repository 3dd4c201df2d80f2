"""Parse the ledger into rows (merged cells inherit from the row above)."""
import re, os
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "material", "ledger-2-getting-electricity.txt")

def parse(path=SRC):
    groups, cur = [], []
    for line in open(path, encoding="utf-8").read().splitlines():
        if line.startswith("\t"):
            cur.append(line[1:].strip())
        else:
            if cur:
                groups.append(cur); cur = []
    if cur:
        groups.append(cur)
    assert groups[0] == ["工作措施", "责任单位", "具体任务", "完成时限"], groups[0]
    rows, m, name, units, k = [], None, None, None, 0
    for g in groups[1:]:
        assert len(g) == 4, g
        meas, unit, text, dl = g
        if meas:
            mm = re.match(r"(\d+)\.(.+)", meas); assert mm, meas
            m, name, k = int(mm.group(1)), mm.group(2), 0
        if unit:
            units = unit.split("、")
        assert m and units and text and dl
        k += 1
        rows.append(dict(id=f"{m}.{k}", m=m, k=k, name=name, units=list(units), text=text, dl=dl))
    assert len(rows) == 62, len(rows)
    assert len({r["m"] for r in rows}) == 16
    return rows

ROWS = parse()
BY = {r["id"]: r for r in ROWS}

import re
def parse(path):
    raw = open(path, encoding="utf-8").read()
    blocks = re.split(r"\n\n+", raw.replace("\r", ""))
    rows = []; prev = None; k = 0
    for b in blocks:
        lines = b.split("\n")
        if len(lines) != 4 or not all(l.startswith("\t") for l in lines):
            continue
        m, u, t, d = [l[1:].strip() for l in lines]
        if t == "具体任务":
            continue
        if m:
            mm = re.match(r"(\d+)\.(.+)", m); num, name = int(mm.group(1)), mm.group(2)
            units = u.split("、"); k = 0
        else:
            num, name, units = prev["measure"], prev["mname"], prev["units"]
            if u: units = u.split("、")
        k += 1
        r = dict(id=f"{num}.{k}", measure=num, k=k, mname=name, units=units, text=t, deadline=d or prev["deadline"])
        rows.append(r); prev = r
    return rows

import re
def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    # find header end
    i = next(k for k, l in enumerate(lines) if l.strip() == "完成时限") + 1
    blocks, cur = [], []
    for l in lines[i:]:
        if l.strip() == "" and not l.startswith("\t"):
            if cur: blocks.append(cur); cur = []
        else:
            cur.append(l.lstrip("\t").strip())
    if cur: blocks.append(cur)
    rows = []; m = mname = None; units = None; k = 0
    for b in blocks:
        assert len(b) == 4, b
        mcell, ucell, text, dl = b
        if mcell:
            mm = re.match(r"(\d+)\.(.+)", mcell); m = int(mm.group(1)); mname = mm.group(2); k = 0
        if ucell:
            units = ucell.split("、")
        k += 1
        rows.append(dict(id=f"{m}.{k}", m=m, mname=mname, units=list(units), lead=units[0], text=text, deadline=dl))
    return rows
if __name__ == "__main__":
    rows = parse("material/ledger-2-getting-electricity.txt")
    for r in rows: print(r["id"], r["mname"], "|", "、".join(r["units"]), "|", r["deadline"], "|", r["text"][:40])
    print(len(rows))

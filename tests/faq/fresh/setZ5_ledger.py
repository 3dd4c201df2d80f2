import re
from collections import Counter, defaultdict
LEDGER = '/work/blindZ5/material/ledger-2-getting-electricity.txt'
DL = ['2025年底前', '2026年底前', '2027年底前', '持续推进']

def parse():
    txt = open(LEDGER, encoding='utf-8').read()
    blocks, cur = [], []
    for line in txt.split('\n'):
        if line.strip() == '' and not line.startswith('\t'):
            if cur: blocks.append(cur); cur = []
        else:
            cur.append(line)
    if cur: blocks.append(cur)
    recs = [b for b in blocks if len(b) == 4 and all(l.startswith('\t') for l in b)]
    assert recs[0][0].strip().startswith('1.'), recs[0]
    rows, mname, units, m, k = [], None, None, 0, 0
    for b in recs:
        c = [l[1:].strip() for l in b]
        if c[0]:
            mm = re.match(r'(\d+)\.(.+)', c[0]); m = int(mm.group(1)); mname = mm.group(2); k = 0
            units = c[1].split('、')
        else:
            assert not c[1]  # merged cell inherits
        k += 1
        assert c[2] and c[3] in DL, c
        rows.append(dict(id=f'{m}.{k}', m=m, k=k, mname=mname, units=list(units), lead=units[0], text=c[2], deadline=c[3]))
    assert len(rows) == 62, len(rows)
    assert len({r['m'] for r in rows}) == 16
    return rows
ROWS = parse()
BYID = {r['id']: r for r in ROWS}

"""Parse the ledger into rows; merged/empty cells inherit from the row above."""
import re
LEDGER = '/work/blindS/material/ledger-2-getting-electricity.txt'
UNITS_ALL = None

def parse():
    lines = open(LEDGER, encoding='utf-8').read().split('\n')
    blocks, cur = [], []
    for l in lines:
        if l.startswith('\t'):
            cur.append(l[1:].strip())
        else:
            if cur:
                blocks.append(cur); cur = []
    if cur:
        blocks.append(cur)
    assert blocks[0] == ['工作措施', '责任单位', '具体任务', '完成时限'], blocks[0]
    rows = []; prev = None; k = 0
    for b in blocks[1:]:
        assert len(b) == 4, b
        meas, units, text, dl = b
        if meas:
            m = re.match(r'(\d+)\.(.+)', meas); mno = int(m.group(1)); mname = m.group(2); k = 0
        else:
            mno, mname = prev['m'], prev['mname']
        if not units:
            units = prev['units_cell']
        k += 1
        ul = units.split('、')
        y = re.match(r'(\d{4})年底前', dl)
        r = dict(id=f'{mno}.{k}', m=mno, k=k, mname=mname, units_cell=units, units=ul, lead=ul[0],
                 text=text, dl=dl, year=int(y.group(1)) if y else None)
        rows.append(r); prev = r
    return rows

if __name__ == '__main__':
    for r in parse():
        print(r['id'], r['lead'], len(r['units']), r['dl'], r['text'][:30])

import re
UNITS_ALL=["省发展改革委","省自然资源厅","省住建厅","省水利厅","省市场监管局","省政务服务办","省能源局","省电力公司","省电力交易中心","各设区市电力主管部门"]
def parse(path):
    L=open(path,encoding='utf-8').read().split('\n')
    # header row: 工作措施 / 责任单位 / 具体任务 / 完成时限
    i=L.index('\t工作措施'); assert L[i+1:i+4]==['\t责任单位','\t具体任务','\t完成时限']
    recs=[];cur=[]
    for l in L[i+4:]+['']:
        if l.startswith('\t'): cur.append(l[1:].strip())
        elif l.strip()=='':
            if cur: recs.append(cur); cur=[]
        else: raise ValueError(l)
    rows=[];measure=None;units=None;k=0;mnum=0;mname=None
    for r in recs:
        assert len(r)==4,r
        m,u,t,d=r
        if m:
            mm=re.match(r'(\d+)\.(.+)',m); mnum=int(mm.group(1)); mname=mm.group(2); k=0
        if u: units=u
        assert t and d
        k+=1
        ul=units.split('、')
        for x in ul: assert x in UNITS_ALL,x
        rows.append(dict(id=f"{mnum}.{k}",mnum=mnum,measure=mname,units=units,ulist=ul,lead=ul[0],text=t,deadline=d))
    assert len(rows)==62 and len({r['mnum'] for r in rows})==16
    return rows

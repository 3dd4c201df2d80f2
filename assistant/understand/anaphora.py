"""Stage 5a′: anaphora the dialogue rewrites before reading a message — "跟它时限相同的" (the deadline of the task in focus)
and "这个措施" / "这两项措施" / "它所在的措施" (the measures just named), said as the conditions they stand for."""

from __future__ import annotations

from assistant import rx
from assistant.query import MeasureIn, find
from assistant.records import Task
from assistant.text import cn_number
from assistant.understand.asking import Asking
from assistant.understand.state import State

# "跟措施12比，哪个任务多": a comparison whose other side is the measure in focus
_COMPARED_WITH = rx.lazy(r"\s*(?:那|那么|好的?)?\s*[，,]?\s*(?:再)?(?P<with>跟|和|与|同)\s*(?:第\s*(?P<n>[0-9一二三四五六七八九十]{1,3})\s*(?:项|条|个)?\s*(?:工作)?措施"
                         r"|(?:工作)?措施\s*(?P<n2>[0-9一二三四五六七八九十]{1,3}))\s*(?:比|相比|比较|比起来|对比)")
# "牵头单位是谁" / "责任单位有哪些" said bare: a field of what was just shown
_BARE_UNIT_FIELD = rx.lazy(r"\s*(?:那|那么)?\s*(?:(?:牵头|责任|负责)(?:单位|部门)|谁(?:来)?牵头)(?:是谁|是哪(?:个|家|些|几家)(?:单位)?|有哪些|都有谁|都有哪些|呢)?\s*[？?。]*\s*")

# "跟它同属一项措施、完成时限也一样的": 跟它 said once, then the time said to be the same too
_WITH_IT = rx.lazy(r"(?:跟|和|与|同)(?:它|这条|这项|这个|该任务|这个任务|这条任务)")
_ALSO_SAME_TIME = rx.lazy(r"(?<=[、，,])\s*(?:而且|并且|且|同时)?\s*(?:完成)?(?:时限|期限|截止时间|到期时间)(?:也|都|还)(?:是)?(?:相同|一样|一致)")
# "责任单位跟它完全一样（一个不多一个不少）的": the units of the task in focus, no more and no fewer
_SAME_UNITS_AS_IT = rx.lazy(r"(?:(?:责任|负责)单位(?:跟|和|与|同)(?:它|这条|这项|这个|该任务|这个任务)|(?:跟|和|与|同)(?:它|这条|这项|这个|该任务|这个任务)(?:的)?(?:责任|负责)单位)"
                            r"(?:的)?\s*(?:完全|全部|都|一模)?\s*(?:一样|相同|一致)(?:\s*[（(][^）)]{0,16}[)）])?(?:的)?")

# "它和措施15…" / "它跟第15项措施比": 它 beside a measure named
_IT_WITH_MEASURE = rx.lazy(r"(?<![其])它(?!们)(?=\s*(?:和|跟|与|同)\s*(?:第\s*[0-9一二三四五六七八九十]{1,3}\s*(?:项|条|个)?\s*(?:工作)?措施|(?:工作)?措施\s*[0-9一二三四五六七八九十]{1,3}))")


class Anaphora(Asking):
    def _in_focus(self, state: State) -> Task | None:
        """The one task the last answer was about (answered alone, or a list of one), else None."""
        if state.query is None:
            return None
        one = state.mentioned[-1] if state.mentioned and not state.query.collection else \
            state.result[0] if state.query.collection and len(state.result) == 1 else ""
        return self.ledger.task(one) if one else None

    def _time_anaphor(self, text: str, state: State) -> str:
        """"整个台账里跟它时限相同的任务" after one task: its deadline, said as the condition."""
        m = rx.search(r"(?:跟|和|与|同)(?:它|这条|这项|这个|该任务|这个任务|这条任务)(?:的)?(?:完成)?(?:时限|期限|截止时间|到期时间)(?:是)?(?:相同|一样|一致)"
                      r"|(?:完成)?(?:时限|期限|截止时间)(?:跟|和|与|同)(?:它|这条|这项|这个|该任务)(?:的)?(?:相同|一样|一致)"
                      r"|(?:跟|和|与|同)(?:它|这条|这项|这个|该任务|这个任务)(?:是)?(?:同一个|同一|一样的?|相同的?)(?:完成)?(?:时限|期限|截止时间|到期时间)", text)
        distributed = False
        if m is None and (said := _WITH_IT.search(text)) is not None:
            # "跟它同属一项措施、完成时限也一样的": the comparison said once holds for the time said after it (the tasks like
            # it are the others: it is always like itself)
            m = _ALSO_SAME_TIME.search(text, said.end())
            distributed = m is not None
        if not m or state.query is None:
            return text
        if (t := self._in_focus(state)) is None:
            return text
        besides = f"除了{t.id}以外，" if distributed or rx.search(r"其他|其它|其余|别的|另外|还有", text[m.end():]) or rx.search(r"\bother\b", text) else ""  # "…的其他任务": not it
        out = text[: m.start()] + besides + f"完成时限为{t.deadline.text}" + text[m.end():]
        return rx.sub(r"\bother\b", " ", out) if besides else out  # ("which other tasks…": the word read as 除了它)

    def _units_anaphor(self, text: str, state: State) -> str:
        """"责任单位跟它完全一样的其他任务" after one task: its units and no other, said as the condition."""
        m = _SAME_UNITS_AS_IT.search(text)
        if not m or state.query is None:
            return text
        if (t := self._in_focus(state)) is None:
            return text
        besides = f"除了{t.id}以外，"  # (a task always has its own units: the ones like it are the others)
        tail = rx.sub(r"(?:其他|其它|其余|别的)(?:的)?", "", text[m.end():], count=1)
        return text[: m.start()] + besides + "责任单位只有" + "、".join(t.units) + "的" + tail

    def _measure_anaphor(self, text: str, state: State) -> str:
        """"这个措施" / "这两项措施" → the measures just named; "其它任务" after one task → that task excluded."""
        if (cmp := _COMPARED_WITH.match(text)) is not None and state.measures \
                and (other := cn_number(cmp.group("n") or cmp.group("n2") or "")) is not None and other != state.measures[-1]:
            # "措施7有几项任务" then "跟措施12比，哪个任务多？": the measure in focus compared with the one named
            return text[: cmp.start("with")] + f"措施{state.measures[-1]}" + text[cmp.start("with"):]
        m = rx.search(r"(?:(?:这|那|该)(?:条|项|个)(?:任务)?|它)(?:所在|所属)?的?(?:那项|那个)?(?:工作)?措施|(?:它|所)在的?(?:那|这)?(?:一)?(?:条|项|个)?(?:工作)?措施|(?:跟|和|与|同)?(?:它|这(?:条|项|个))?(?:是|属于|在)?同一(?:个|项|条)?(?:工作)?措施|(?:跟|和|与|同)?(?:它|这(?:条|项|个))?同(?:属于?|在)(?:同)?一(?:个|项|条)?(?:工作)?措施"
                      r"|(?:这|那|该)(?:两|俩|二|三|一)?(?:个|项|条)?(?:工作)?措施(?!\s*(?:[0-9]|[一二三四五六七八九十](?![共起下样致同直般些定])))"
                      r"|(?:上述|上面|前面|刚才|以上)(?:的|说的|提到的)?(?:两|俩|二|三)(?:个|项|条)?(?:工作)?措施"
                      r"|^\s*(?:那|那么|好的?)?\s*(?:两|俩|二|三)(?:个|项|条)(?:工作)?措施(?=\s*(?:合计|一共|总共|共|加起来|加在一起|合起来|各|分别|都))"
                      r"|\b(?:that|this|(?:the )?same|its|these two)\s*(?:measures?\b|(?:工作)?措施)", text)
        if not m and state.query is not None and find(state.query.where, MeasureIn) and not state.query.collection \
                and (it := rx.search(r"(?:它|其)(?=\s*(?:下面|下边|底下|下属|里面|里头)(?:的)?\s*(?:任务|有|一共|共|20|哪|几|多少|还))", text)):
            m = it  # "措施4…是省住建厅负责的吗" then "那它下面2027年底前的任务有哪些": 它 is the measure asked about
        if not m and state.query is not None and state.query.collection and isinstance(state.query.where, MeasureIn) \
                and len(state.query.where.nos) == 1 and len(state.result) >= 2 and _BARE_UNIT_FIELD.fullmatch(text):
            return f"第{state.query.where.nos[0]}项措施的" + text.strip()  # "措施5下面有几项任务" then "牵头单位是谁": that measure's
        if not m and state.query is not None and state.query.collection and isinstance(state.query.where, MeasureIn) \
                and len(state.query.where.nos) == 1 and len(state.result) >= 2 \
                and (it := rx.search(r"(?<![其])它(?!们)(?=\s*(?:的)?\s*(?:责任单位|牵头单位|负责单位|单位|部门|完成时限|时限|期限|任务))", text)):
            m = it  # "措施7是什么内容，有几项任务" then "它的责任单位呢": 它 is that measure (one of its several tasks is not meant)
        if not m and state.query is not None and state.query.collection and isinstance(state.query.where, MeasureIn) \
                and len(state.query.where.nos) == 1 and (it := _IT_WITH_MEASURE.search(text)):
            m = it  # "措施13下面有哪些任务" then "它和措施15的责任单位一样吗": 它 is the measure just shown, compared with the one named
        if not m:
            return text
        k = 2 if rx.search("[两俩二]", m.group(0)) else 3 if "三" in m.group(0) else 1
        nos: tuple[int, ...] = state.measures[-k:] if len(state.measures) >= k else ()
        if k == 1 and rx.search(r"它|(?:这|那|该)(?:条|项|个)(?:任务)?(?:所在|所属)", m.group(0)) and state.query is not None \
                and not state.query.collection and state.mentioned and (t := self.ledger.task(state.mentioned[-1])):
            nos = (t.measure_no,)  # "它所在措施": the measure of the task just answered, not the last measure named
        spanned = tuple(dict.fromkeys(t.measure_no for i in state.result if (t := self.ledger.task(i)) is not None))
        if state.query is not None and state.query.collection and not find(state.query.where, MeasureIn) and len(spanned) == k \
                and not rx.search(r"它|(?:这|那|该)(?:条|项|个)(?:任务)?(?:所在|所属)", m.group(0)):
            nos = spanned  # "省发改委牵头的任务" (in measures 2 and 5) then "这两条措施各有几项任务": the measures of the list shown
        if not nos and state.mentioned and (t := self.ledger.task(state.mentioned[-1])):
            nos = (t.measure_no,)
        if not nos and len(state.result) == 1 and (t := self.ledger.task(state.result[0])):
            nos = (t.measure_no,)
        if not nos:
            return text
        named = "和".join(f"第{n}项" for n in nos) + "措施"
        out = text[: m.start()] + named + text[m.end():]
        one = (state.mentioned[-1] if state.mentioned and not state.query.collection else
               state.result[0] if state.query.collection and len(state.result) == 1 else "") if state.query is not None else ""
        # "它们的牵头单位是谁" (two tasks of one measure) then "这个措施下面还有哪些别的任务": every task just shown is left out
        shown = [i for i in state.result if (x := self.ledger.task(i)) is not None and x.measure_no in nos] \
            if state.query is not None and not state.query.collection and len(state.result) >= 2 and len(nos) == 1 else []
        if k == 1 and len(shown) >= 2 and rx.search(r"其它|其他|其余|别的|另外|另一|还有", out):
            out = rx.sub(r"(?:其他|其它|其余|别的|另外的|另外)(?:的)?(?:[两俩二三四五六七八九十几]\s*(?:条|项|个))?|另一(?:条|项|个)?", " ", out) + f" 除了 {'、'.join(shown)} "
        elif k == 1 and one and rx.search(r"其它|其他|其余|别的|另外|另一|除了它|除它|还有", out) and not (
                not rx.search(r"其它|其他|其余|别的|另外|另一|除了它|除它", out)
                and rx.search(r"20\d\d|年底|到期|逾期|超期|过期|持续推进|今年|明年|去年|牵头|参与", out)):
            # ("它同一个措施下还有哪些任务是2027年底前的": a condition of its own picks them, the task in focus among them)
            # "它同一个措施下的其他任务" after one task (answered alone, or as a list of one): that task left out
            out = rx.sub(r"(?:除了|除)它(?:以外|之外)?|(?:其他|其它|其余|别的|另外的|另外)(?:的)?(?:[两俩二三四五六七八九十几]\s*(?:条|项|个))?|另一(?:条|项|个)?", " ", out) + f" 除了 {one} "
        return out

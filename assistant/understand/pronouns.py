"""Words that point at a unit of the list shown, where the unit's role is said after them ("它只是配合、不牵头的呢",
"还是按参与算", "参与了但不是牵头的有几项"): read by the dialogue stage as that unit's name."""

from __future__ import annotations

import re

from assistant import rx


def _unit_pronoun(words: str) -> re.Pattern[str]:
    """A pronoun for a unit (``words``, the alternatives of group ``it``) where that unit's role is said after it."""
    return rx.lazy(r"(?:[^，,。！!？?]{0,4}[。，,！!]\s*)?\s*(?:我(?:要|想)?(?:问|说|指)的是|我是(?:说|问|指))?\s*(?:那|那么)?\s*"
                   rf"(?P<it>{words})(?=(?:只是|仅仅|仅|只|就|也|又|还|都)?\s*(?:配合|协助|协办|不(?:牵头|参与|负责)"
                   r"|参与(?:了)?\s*[、，,]?\s*(?:但|却|而)?\s*(?:不|没有)|(?:参与|负责)(?:了)?的(?:任务)?(?:里|中|当中|里面|之中)"
                   r"|牵头了\s*(?:别的|其他|其它|其余|另外)?(?:的)?\s*(?:哪些|哪几|几|多少)))")  # "它还牵头了哪些任务": a task leads nothing


# "它只是配合、不牵头的呢" / "那它们参与的任务里，…": 它 for the unit of the list shown
_IT_UNIT = _unit_pronoun("它们?|该单位|这个单位|这家单位|这家")
# "还是按参与算" / "改成参与的": a role said with no unit, as the way to count — the role of the one unit of the list shown
_BARE_ROLE = rx.lazy(r"(?:按|以|按照|改成|换成|改为|换为|改按|换按|算作?)\s*(?P<it>)(?=(?:参与|参加|负责|牵头)(?:的|来)?\s*(?:算|计|统计|数|的|$|[，,。？?]))")
# "参与了但不是牵头的有几项": the role said with no unit at the start — the unit of the list shown
_ROLE_FIRST = rx.lazy(r"^\s*(?:那|那么)?\s*(?:其中)?\s*(?P<it>)(?=(?:只是)?(?:参与|参加)(?:了)?\s*[、，,]?\s*(?:但|却|而|可)?(?:是)?\s*(?:不是|并非|不|没有?)\s*牵头)")
# "And which of those does it lead?": the same in English (it before the unit's verb; "who leads it" is about a task)
_IT_UNIT_EN = rx.lazy(r"\b(?:does|do|did|will)\s+(?P<it>it|they)\s+(?=(?:lead|head|take part|participate|join|work on)\b)")
# "它牵头的不算" / "其中牵头的除外" after a list of one unit's tasks: the ones it leads are taken out (not the list switched to them)
_LEAD_OFF = rx.lazy(r"\s*(?:那|那么)?\s*(?:其中|里面|这里面|这些里面?)?\s*(?P<it>(?:它|该单位|这个单位|这家单位|这家)?)(?=\s*(?:自己)?牵头的?(?:那些|这些|那几项|那几条)?(?:的)?(?:都|也)?"
                    r"(?:不算|不计|除外|排除|剔除|去掉|拿掉|不要|别算))")
# "那我们参与的任务里，…" after the asker said which unit is theirs
_WE_UNIT = _unit_pronoun("我们单位|我们局|我们厅|我们委|我们办|我们公司|我们中心|我局|我厅|我委|我办|我司|本局|本厅|本公司|我们|咱们|我单位|本单位")

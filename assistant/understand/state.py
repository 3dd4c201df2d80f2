"""What a conversation has established so far (the last query, its result, earlier lists): a frozen record the
dialogue stage reads and advances."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, replace

from assistant.query import MeasureIn, Query, TaskIn, UnitIs, atoms


@dataclass(frozen=True)
class State:
    """What the conversation has established: the last query, its ordered result, and context.

    ``parent`` is the query the last one narrowed (for 剩下的 / 其余的); ``mentioned`` the tasks
    single-task answers named, newest last; ``units`` the units named in recent turns.
    """

    query: Query | None = None
    result: tuple[str, ...] = ()
    parent: Query | None = None
    mentioned: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    last_list: tuple[str, ...] = ()
    measures: tuple[int, ...] = ()
    #: the states of earlier turns, oldest first (for "回到刚才…那个列表")
    earlier: tuple[State, ...] = ()
    #: the last turn could not be read and showed no tasks: a follow-up has nothing it can safely point at
    lost: bool = False
    #: the last turn could not be read but showed tasks (a client's transcript): the list is known, the question that
    #: made it is not — a correction of that question has nothing it can correct
    unread: bool = False

    def advance(self, q: Query, tasks: tuple[str, ...], units: tuple[str, ...] = (), shown: tuple[str, ...] = ()) -> State:
        """The state after ``q`` was answered with ``tasks`` (in the order shown) naming ``units``.

        ``shown`` are the task ids the person actually saw in the assistant's turn (a client's own
        transcript): ids and their order only, never facts. When they name tasks the replayed answer
        did not, the person saw something else, and the follow-ups bind to what was shown.
        """
        said_units = tuple(u for a in atoms(q.where) if isinstance(a, UnitIs) for u in a.units)  # (named by the question, whatever was shown)
        if shown and (not set(shown) <= set(tasks) or (not q.collection and shown[0] != tasks[0])):
            if q.collection:
                q = replace(q, where=TaskIn(shown), unparsed=())  # (its follow-up kind kept: "the remaining ones" of the list before)
            tasks = shown
        earlier = (*self.earlier, self)[-6:] if self.query is not None else self.earlier
        nos = tuple(n for a in atoms(q.where) if isinstance(a, MeasureIn) for n in a.nos)
        shown_measures = tuple(dict.fromkeys(int(i.split(":")[-1].split(".")[0]) for i in tasks if "." in i))
        if q.target == "measures" and tasks:  # "把那个措施下面的任务都列一下" after a list of measures
            nos = shown_measures
        elif q.collection and not nos and len(shown_measures) == 1:
            nos = shown_measures  # a list whose tasks are all of one measure: "该措施" is that one
        measures = (tuple(n for n in self.measures if n not in nos) + nos if nos else self.measures)[-6:]
        if q.collection:
            parent = {"narrow": self.query, "substitute": self.parent, "complement": self.parent, "repeat": self.parent}.get(q.followup)
            named = tuple(dict.fromkeys((*said_units, *(u for a in atoms(q.where) if isinstance(a, UnitIs) for u in a.units))))
            if q.target == "units" and len(units) <= 4:
                named += units
            return State(q, tasks, parent, self.mentioned, _recent(self.units, named), tasks, measures, earlier)
        named_now = tasks[: max(1, len(q.refs))] if q.target != "compare" else ()
        mentioned = tuple(i for i in self.mentioned if i not in named_now) + tuple(named_now)
        # items chosen by a condition ("没过期的那两条…") are the list "第一条" counts in; items picked by their place are not
        shown_list = tasks if q.followup == "chosen" else self.last_list
        return State(q, tasks, None, mentioned[-6:], _recent(self.units, units if len(units) <= 4 else ()), shown_list, measures, earlier)

    def shown_only(self, shown: tuple[str, ...], followup: str = "", lost: bool = True) -> State:
        """The state after a turn that could not be replayed: what the person saw binds the follow-ups
        (``followup``: how that turn was read, e.g. "exclude" — what is left after it is the list shown). With nothing
        shown, ``lost`` says whether the turn was not understood (a follow-up then points at nothing) rather than
        declined by class (the list before it still stands)."""
        if not shown:
            return replace(self, lost=lost)
        if len(shown) == 1:
            return replace(self.advance(Query(target="lookup", refs=shown), shown), unread=True)
        return replace(self.advance(Query(target="tasks", where=TaskIn(shown), followup=followup), shown), unread=True)


class StateCache:
    """Conversation states by what produced them (the day and the turns replayed), most recently used kept.

    A session's next question carries the same earlier turns plus one: the state they left is found
    here and only the newest turn is replayed. A state is a pure function of its key (the replay is
    deterministic for one ledger), so a hit gives exactly what the replay would; a miss replays.
    """

    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self._states: OrderedDict[Hashable, State] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> State | None:
        """The state stored under ``key``, or None."""
        with self._lock:
            state = self._states.get(key)
            if state is not None:
                self._states.move_to_end(key)
            return state

    def put(self, key: Hashable, state: State) -> None:
        """Keep ``state`` under ``key``, dropping the least recently used beyond ``size``."""
        with self._lock:
            self._states[key] = state
            self._states.move_to_end(key)
            while len(self._states) > self.size:
                self._states.popitem(last=False)


def _recent(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    """Units named so far, most recent last (a unit named again moves to the end)."""
    out = [u for u in old if u not in new] + list(dict.fromkeys(new))
    return tuple(out[-6:])

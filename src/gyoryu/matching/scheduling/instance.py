"""The scheduling instance: reading, checking and the shared array form.

The JSON shape is the stable contract of `gyoryu schedule solve` (every key not marked
"required" is optional, so instances written for the first version stay valid):

    {"slots": [slot ids],                                            # required
     "days": {"d1": [slot ids], ...},         # slots of each day (default: one day)
     "tables": N | [{"id", "seats": 2, "hall", "sector", "available": [slot ids]}],  # required
     "participants": [{"id", "available": [slot ids],                  # required
                       "languages": ["ko", "en"], "sector": s | [s, ...], "hall"}],
     "interpreters": [{"id", "pairs": ["ko-zh"], "available": [slot ids],
                       "max_meetings": N}],                            # N per day
     "requests": [{"id", "a", "b": id | [id, ...], "weight", "rank_a", "rank_b"}],  # required
     "pins": [{"request", "slot", "table"?, "interpreter"?}],
     "walking": {"H1": {"H2": 8}},            # minutes between halls (either way)
     "gaps": M | {slot id: M}}                # minutes free after a slot (default 0)

Meaning, in the organiser's words:
* **Tables.** `"tables": N` is N tables that fit any meeting (the first contract). A table list
  gives seats (a meeting needs one seat per participant), a hall, a sector it is reserved for
  (at least one participant of the meeting must be of that sector — a participant may be of
  several, as an organisation working in several sectors is) and the slots it exists in
  (halls open on some days only). A participant with a `hall` (an exhibitor at a stand) meets
  only at tables of that hall.
* **Languages.** A side speaks every language one of its members speaks. Two sides that both
  state languages and share none need an interpreter with a pair that bridges them (one
  language of each side); someone who states no language needs none.
* **Interpreters** work in the slots they are available in (their breaks are the slots left
  out) and at most `max_meetings` meetings a day.
* **Walking between halls.** A participant who meets at a table of hall A in one slot and at a
  table of hall B in the next slot of the same day needs the walking time between A and B
  (`walking`, in minutes; pairs not given take no time) to fit in the gap after the first slot
  (`gaps`); with a slot in between there is always time enough. Tables without a hall (and
  `"tables": N`) are reached without walking. Interpreters walk too: one who serves meetings
  in consecutive slots in two halls needs the same time.
* **Priorities.** A request without `weight` is weighed from the ranks both sides gave it
  (`priority_weight`); mutual interest counts more than the sum of the two sides.

Solvers work on `Instance`, where slots, participants, tables, interpreters and requests are
numbered 0..n-1; ids are mapped back only in `Schedule.as_dict`.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

SlotId = Any  # a JSON scalar: str or int
UNSCHEDULED = -1
ANY_SEATS = 1 << 20  # "tables": N fits every meeting
MUTUAL_BONUS = 5


class InstanceError(ValueError):
    """A bad instance; the message names the field and index (`requests[12].b: ...`)."""


def priority_weight(rank_a: int | None, rank_b: int | None) -> int:
    """A request's weight from the ranks its sides gave it (1 = most wanted).

    Each side that asked adds 6 − rank for ranks 1..5 (5 for its first choice, 1 from the fifth
    on); when both asked (mutual interest) the meeting earns `MUTUAL_BONUS` more. So a mutual
    pair of first choices weighs 15, a one-sided first choice 5, and any mutual request (≥ 7)
    outweighs any one-sided one (≤ 5)."""
    score = sum(6 - min(max(rank, 1), 5) for rank in (rank_a, rank_b) if rank is not None)
    if rank_a is not None and rank_b is not None:
        score += MUTUAL_BONUS
    return max(score, 1)


@dataclass(frozen=True)
class Pin:
    request: int  # request index
    slot: int  # slot index
    table: int | None = None
    interpreter: int | None = None


@dataclass
class Instance:
    slot_ids: list[SlotId]
    participant_ids: list[SlotId]
    available: np.ndarray  # bool [participants, slots]
    request_ids: list[SlotId]
    a: np.ndarray  # int [requests]
    b: np.ndarray  # int [requests]: the first of the b side
    weight: np.ndarray  # float [requests]
    tables: int = 0  # how many tables (when `table_seats` is None: all alike, fitting anyone)
    pins: list[Pin] = field(default_factory=list)
    b_groups: dict[int, tuple[int, ...]] = field(default_factory=dict)  # r -> the whole b side
    day_of: np.ndarray | None = None  # int [slots]
    day_ids: list[Any] = field(default_factory=lambda: [None])
    languages: list[frozenset[str] | None] | None = None  # per participant
    sector: list[tuple | None] | None = None  # per participant: their sectors
    hall: list[Any] | None = None
    table_ids: list[Any] | None = None  # None: "tables": N
    table_seats: np.ndarray | None = None
    table_hall: list[Any] | None = None
    table_sector: list[Any] | None = None
    table_available: np.ndarray | None = None  # bool [tables, slots]
    interpreter_ids: list[Any] = field(default_factory=list)
    interpreter_pairs: list[frozenset[frozenset[str]]] = field(default_factory=list)
    interpreter_available: np.ndarray | None = None  # bool [interpreters, slots]
    interpreter_max: np.ndarray | None = None  # int [interpreters]: meetings per day
    ranks: dict[int, tuple[int | None, int | None]] = field(default_factory=dict)
    walk_minutes: dict[tuple[Any, Any], float] = field(default_factory=dict)  # hall pair -> min
    gap_minutes: np.ndarray | None = None  # float [slots]: free minutes after each slot

    def __post_init__(self) -> None:
        self._derive()

    def _derive(self) -> None:
        n_s, n_r = self.n_slots, self.n_requests
        if self.day_of is None:
            self.day_of = np.zeros(n_s, dtype=np.int64)
        if self.interpreter_available is None:
            self.interpreter_available = np.zeros((len(self.interpreter_ids), n_s), dtype=bool)
            self.interpreter_max = np.full(len(self.interpreter_ids), n_s, dtype=np.int64)
        # The people of each request: a, then the b side; CSR form for vectorised solvers.
        self.members: list[tuple[int, ...]] = [
            (int(a), *self.b_groups.get(r, (int(b),)))
            for r, (a, b) in enumerate(zip(self.a.tolist(), self.b.tolist(), strict=True))]
        sizes = np.array([len(m) for m in self.members], dtype=np.int64)
        self.member_ptr = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        self.member_idx = np.array([p for m in self.members for p in m], dtype=np.int64)
        self.size = sizes
        self.pairs_only = not self.b_groups
        # common[r, s]: every participant of request r is available in slot s.
        common = np.ones((n_r, n_s), dtype=bool)
        if n_r:
            common = np.logical_and.reduceat(self.available[self.member_idx], self.member_ptr[:-1],
                                             axis=0) if len(self.member_idx) else common
        self.common = common
        self._derive_tables()
        self._derive_walking()
        self._derive_interpreters()
        table_ok = (self.compat.astype(np.int64) @ (self.kind_cap > 0).astype(np.int64)) > 0
        self.cand = self.common & table_ok
        if self.n_interpreters:
            can = self.class_interp.astype(np.int64) @ self.interpreter_available.astype(np.int64)
            served = np.ones((n_r, n_s), dtype=bool)
            needy = self.need_class >= 0
            served[needy] = can[self.need_class[needy]] > 0
            self.cand &= served
        else:
            self.cand &= ~self.need[:, None]
        self.integral = bool(np.all(self.weight == np.round(self.weight)))
        # The plain case the first solvers were written for: pairs, one kind of table, no
        # interpreters needed.
        self.simple = (self.pairs_only and self.n_kinds == 1 and not self.need.any()
                       and bool(self.compat.all()) and not self.walking)

    def _derive_tables(self) -> None:
        """Tables fall into kinds (same seats, hall, sector and slots): solvers count per kind."""
        n_s = self.n_slots
        if self.table_ids is None:
            self.kind_seats = np.array([ANY_SEATS], dtype=np.int64)
            self.kind_hall, self.kind_sector = [None], [None]
            self.kind_cap = np.full((1, n_s), self.tables, dtype=np.int64)
            self.table_kind = np.zeros(self.tables, dtype=np.int64)
            self.compat = np.ones((self.n_requests, 1), dtype=bool)
            return
        keys: dict[tuple, int] = {}
        kind = np.zeros(len(self.table_ids), dtype=np.int64)
        for t in range(len(self.table_ids)):
            key = (int(self.table_seats[t]), self.table_hall[t], self.table_sector[t],
                   self.table_available[t].tobytes())
            kind[t] = keys.setdefault(key, len(keys))
        self.table_kind = kind
        n_k = len(keys)
        self.kind_seats = np.array([k[0] for k in keys], dtype=np.int64)
        self.kind_hall = [k[1] for k in keys]
        self.kind_sector = [k[2] for k in keys]
        self.kind_cap = np.zeros((n_k, n_s), dtype=np.int64)
        np.add.at(self.kind_cap, kind, self.table_available.astype(np.int64))
        compat = self.size[:, None] <= self.kind_seats[None, :]
        for k in range(n_k):
            if self.kind_hall[k] is None and self.kind_sector[k] is None:
                continue
            for r, people in enumerate(self.members):
                if not compat[r, k]:
                    continue
                if self.kind_sector[k] is not None and self.sector is not None:
                    compat[r, k] = any(self.sector[p] is not None
                                       and self.kind_sector[k] in self.sector[p] for p in people)
                elif self.kind_sector[k] is not None:
                    compat[r, k] = False
                if compat[r, k] and self.hall is not None:
                    compat[r, k] = all(self.hall[p] in (None, self.kind_hall[k]) for p in people)
        if self.hall is not None:  # a participant with a hall never meets at a hall-less table
            for k in range(n_k):
                if self.kind_hall[k] is None:
                    for r, people in enumerate(self.members):
                        if compat[r, k] and any(self.hall[p] is not None for p in people):
                            compat[r, k] = False
        self.compat = compat

    def _derive_walking(self) -> None:
        """Which halls cannot be reached from which in the gap after each slot.

        Halls are numbered in table order, `n_halls` standing for "no hall"; `kind_where[k]` is
        kind k's hall; `clash[s, x, y]`: a meeting in hall x in slot s and one in hall y in the
        next slot of the same day (`next_slot[s]`, −1 at a day's end) cannot share a person."""
        n_s = self.n_slots
        halls = [] if self.table_hall is None else list(dict.fromkeys(
            h for h in self.table_hall if h is not None))
        self.hall_ids = halls
        where = {h: i for i, h in enumerate(halls)}
        self.kind_where = np.array([where.get(h, len(halls)) if h is not None else len(halls)
                                    for h in self.kind_hall], dtype=np.int64)
        self.next_slot = np.full(n_s, -1, dtype=np.int64)
        self.prev_slot = np.full(n_s, -1, dtype=np.int64)
        for d in range(self.n_days):
            day = np.flatnonzero(self.day_of == d)
            self.next_slot[day[:-1]] = day[1:]
            self.prev_slot[day[1:]] = day[:-1]
        n_h = len(halls) + 1
        walk = np.zeros((n_h, n_h))
        for (x, y), minutes in self.walk_minutes.items():
            if x in where and y in where:
                walk[where[x], where[y]] = walk[where[y], where[x]] = max(
                    walk[where[x], where[y]], minutes)
        gaps = np.zeros(n_s) if self.gap_minutes is None else self.gap_minutes
        self.clash = (walk[None, :, :] > gaps[:, None, None]) & (self.next_slot >= 0)[:, None, None]
        self.walking = bool(self.clash.any())

    def _derive_interpreters(self) -> None:
        """Which requests need an interpreter, and which interpreters can bridge them.

        Requests needing one fall into classes by the set of pairs that bridge them, so the
        bound and the neighbourhood models count interpreters per class, not per request."""
        n_r, n_i = self.n_requests, self.n_interpreters
        self.need = np.zeros(n_r, dtype=bool)
        self.need_class = np.full(n_r, -1, dtype=np.int64)
        self.class_pairs: list[frozenset[frozenset[str]]] = []
        if self.languages is None:
            self.class_interp = np.zeros((0, n_i), dtype=bool)
            return
        # Languages as bits; a side speaks the union of its members' (None if one said none).
        codes = sorted({x for langs in self.languages if langs is not None for x in langs})
        bit = {x: 1 << i for i, x in enumerate(codes)}
        said = np.array([-1 if langs is None else sum(bit[x] for x in langs)
                         for langs in self.languages], dtype=object if len(codes) > 62
                        else np.int64)
        left = said[self.a]
        right = said[self.b].copy()
        for r, group in self.b_groups.items():
            sides = [said[p] for p in group]
            right[r] = -1 if any(x == -1 for x in sides) else functools.reduce(
                lambda x, y: x | y, sides)
        needy = np.flatnonzero((left != -1) & (right != -1) & ((left & right) == 0))
        classes: dict[frozenset, int] = {}
        by_sides: dict[tuple[int, int], int] = {}
        for r, x, y in zip(needy.tolist(), left[needy].tolist(), right[needy].tolist(),
                           strict=True):
            c = by_sides.get((x, y))
            if c is None:
                bridges = frozenset(frozenset((u, v)) for u in codes if x & bit[u]
                                    for v in codes if y & bit[v])
                c = by_sides[(x, y)] = classes.setdefault(bridges, len(classes))
            self.need_class[r] = c
        self.need[needy] = True
        self.class_pairs = list(classes)
        self.class_interp = np.array(
            [[bool(pairs & own) for own in self.interpreter_pairs] for pairs in self.class_pairs],
            dtype=bool).reshape(len(classes), n_i)

    @functools.cached_property
    def cand_slots(self) -> list[list[int]]:
        """The usable slots of each request, as lists (for the per-request solvers)."""
        rr, ss = np.nonzero(self.cand)
        cuts = np.searchsorted(rr, np.arange(self.n_requests + 1)).tolist()
        ss = ss.tolist()
        return [ss[cuts[r]:cuts[r + 1]] for r in range(self.n_requests)]

    @property
    def n_slots(self) -> int:
        return len(self.slot_ids)

    @property
    def n_participants(self) -> int:
        return len(self.participant_ids)

    @property
    def n_requests(self) -> int:
        return len(self.request_ids)

    @property
    def n_interpreters(self) -> int:
        return len(self.interpreter_ids)

    @property
    def n_tables(self) -> int:
        return self.tables if self.table_ids is None else len(self.table_ids)

    @property
    def n_kinds(self) -> int:
        return len(self.kind_seats)

    @property
    def n_days(self) -> int:
        return len(self.day_ids)

    def table_label(self, t: int) -> Any:
        return t if self.table_ids is None else self.table_ids[t]

    @property
    def n_halls(self) -> int:
        return len(self.hall_ids)

    def too_far(self, r: int, s: int, x: int,
                halls: dict[tuple[int, int], int]) -> tuple[int, int, int, int] | None:
        """For request r in slot s in hall x, given fixed meetings' halls per (participant,
        slot): the first walk that does not fit (participant, earlier slot, its hall, the
        later one's), or None."""
        before, after = int(self.prev_slot[s]), int(self.next_slot[s])
        for person in self.members[r]:
            for first, a, b in ((before, halls.get((person, before)), x),
                                (s, x, halls.get((person, after)))):
                if first >= 0 and a is not None and b is not None and self.clash[first, a, b]:
                    return person, first, a, b
        return None

    def voice_too_far(self, i: int, s: int, x: int, halls: dict[tuple[int, int], int]) -> bool:
        """Whether interpreter i, given their meetings' halls per (interpreter, slot), cannot
        walk to hall x in slot s from their meeting before or on to their meeting after."""
        before, after = int(self.prev_slot[s]), int(self.next_slot[s])
        y = halls.get((i, before)) if before >= 0 else None
        z = halls.get((i, after)) if after >= 0 else None
        return bool((y is not None and self.clash[before, y, x])
                    or (z is not None and self.clash[s, x, z]))

    def pinned_slots(self) -> dict[int, int]:
        return {p.request: p.slot for p in self.pins}

    def with_pins(self, pins: list[Pin]) -> Instance:
        """The same instance with other pins (derived arrays are shared, not recomputed)."""
        out = object.__new__(Instance)
        out.__dict__.update(self.__dict__)
        out.pins = list(pins)
        return out

    # -- reading -----------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: Any) -> Instance:
        """Check a JSON instance and number it; every error names the field and index."""
        from gyoryu.matching.scheduling.reading import read_instance

        return read_instance(cls, data)

    def to_dict(self) -> dict:
        from gyoryu.matching.scheduling.reading import write_instance

        return write_instance(self)


def _number(w: float) -> int | float:
    return int(w) if float(w).is_integer() else float(w)


def finite_number(w: Any) -> bool:
    return not isinstance(w, bool) and isinstance(w, int | float) and math.isfinite(w)

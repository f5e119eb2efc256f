"""The weight-ordered greedy schedule: the fast baseline and every other solver's starting point.

Requests are taken heaviest first (ties: the one with fewer usable slots first) and put in the
usable slot with the most free tables (for a meeting that needs an interpreter: the most free
interpreters who can bridge it), which keeps slots evenly filled for later requests. A
meeting takes a table kind and, when it needs one, an interpreter at once, so what the greedy
returns can always be seated and interpreted.

`greedy(..., interpreters=False)` is what organisers do today: schedule as if nobody needed an
interpreter, then find interpreters for the schedule (`solve(method="greedy-after")`).

Slot and interpreter sets are Python integers used as bit masks, which keeps a pass over 50,000
requests to a second or two.
"""

from __future__ import annotations

import numpy as np

from gyoryu.matching.scheduling.deadline import Deadline
from gyoryu.matching.scheduling.instance import UNSCHEDULED, Instance


def masks(rows: np.ndarray) -> list[int]:
    """Each row of a bool matrix as a bit mask of its columns."""
    if rows.shape[1] == 0:
        return [0] * rows.shape[0]
    packed = np.packbits(rows, axis=1, bitorder="little")
    return [int.from_bytes(row.tobytes(), "little") for row in packed]


class Board:
    """Who and what is taken in each slot, for placing meetings one at a time."""

    def __init__(self, inst: Instance, *, interpreters: bool = True):
        self.inst = inst
        self.looked = 0  # requests the greedy went through (it may stop at its deadline)
        n_r, n_s = inst.n_requests, inst.n_slots
        self.use_interpreters = interpreters
        self.slot = np.full(n_r, UNSCHEDULED, dtype=np.int64)
        self.kind = np.full(n_r, -1, dtype=np.int64)
        self.voice = np.full(n_r, -1, dtype=np.int64)
        self.busy = [0] * inst.n_participants
        self.kfree = inst.kind_cap.tolist()
        usable = inst.cand if interpreters else inst.common & (
            inst.compat.astype(np.int64) @ (inst.kind_cap > 0).astype(np.int64) > 0)
        self.cand = masks(usable)
        self.members = inst.members
        # Kinds a request may use, most specific first (fewest seats, reserved before open).
        order = sorted(range(inst.n_kinds), key=lambda k: (
            inst.kind_seats[k], inst.kind_sector[k] is None, inst.kind_hall[k] is None))
        patterns, self.pattern = np.unique(inst.compat, axis=0, return_inverse=True)
        self.pattern = self.pattern.ravel().tolist()
        self.kinds_of = [[k for k in order if row[k]] for row in patterns]
        # Interpreters as bits, specialists (fewest pairs) on the low bits, taken first.
        n_i = inst.n_interpreters
        self.order = sorted(range(n_i), key=lambda i: (len(inst.interpreter_pairs[i]),
                                                       -int(inst.interpreter_max[i]), i))
        self.bit = {i: j for j, i in enumerate(self.order)}
        avail = inst.interpreter_available[self.order].T if n_i else np.zeros((n_s, 0), bool)
        self.ifree = masks(avail)
        self.iavail = list(self.ifree)
        self.cmask = masks(inst.class_interp[:, self.order]) if n_i else [
            0] * len(inst.class_pairs)
        self.ibusy = [0] * n_i
        self.ileft = np.repeat(inst.interpreter_max[:, None], inst.n_days, axis=1).tolist()
        self.day_slots = [np.flatnonzero(inst.day_of == d).tolist() for d in range(inst.n_days)]
        self.day_of = inst.day_of.tolist()
        self.need = (inst.need & interpreters).tolist()
        self.need_class = inst.need_class.tolist()
        # Walking between halls: the hall each participant meets in, per slot (−1: free).
        self.walking = inst.walking
        if self.walking:
            self.where = [[-1] * n_s for _ in range(inst.n_participants)]
            self.clash = inst.clash.tolist()
            self.kind_where = inst.kind_where.tolist()
            self.next_slot, self.prev_slot = inst.next_slot.tolist(), inst.prev_slot.tolist()
            self.iwhere = [[-1] * n_s for _ in range(n_i)]  # interpreters walk too

    def free_slots(self, r: int) -> int:
        taken = 0
        for p in self.members[r]:
            taken |= self.busy[p]
        return self.cand[r] & ~taken

    def option(self, r: int, s: int) -> tuple[int, int] | None:
        """(kind, interpreter or −1) for request r in slot s, or None if it does not fit."""
        if self.walking and self.need[r]:
            return self._walking_option(r, s)
        kind = next((k for k in self.kinds_of[self.pattern[r]] if self.kfree[k][s] > 0
                     and (not self.walking or self.reachable(r, s, self.kind_where[k]))), -1)
        if kind < 0:
            return None
        if not self.need[r]:
            return kind, -1
        bits = self.ifree[s] & self.cmask[self.need_class[r]]
        if not bits:
            return None
        return kind, self.order[(bits & -bits).bit_length() - 1]

    def _walking_option(self, r: int, s: int) -> tuple[int, int] | None:
        """With walking between halls, the table's hall must suit the interpreter as well."""
        bits = self.ifree[s] & self.cmask[self.need_class[r]]
        if not bits:
            return None
        tried: set[int] = set()
        for k in self.kinds_of[self.pattern[r]]:
            hall = self.kind_where[k]
            if self.kfree[k][s] <= 0 or hall in tried or not self.reachable(r, s, hall):
                continue
            tried.add(hall)
            rest = bits
            while rest:
                low = rest & -rest
                rest ^= low
                i = self.order[low.bit_length() - 1]
                if self.voice_reachable(i, s, hall):
                    return k, i
        return None

    def voice_reachable(self, i: int, s: int, hall: int) -> bool:
        """Interpreter i can walk to `hall` from their meeting before and on to the next."""
        before, after = self.prev_slot[s], self.next_slot[s]
        where = self.iwhere[i]
        if before >= 0 and (h := where[before]) >= 0 and self.clash[before][h][hall]:
            return False
        return not (after >= 0 and (h := where[after]) >= 0 and self.clash[s][hall][h])

    def reachable(self, r: int, s: int, hall: int) -> bool:
        """Every participant of r can walk to `hall` from their meeting in the slot before and
        from it to their meeting in the slot after."""
        before, after = self.prev_slot[s], self.next_slot[s]
        for p in self.members[r]:
            if before >= 0 and (h := self.where[p][before]) >= 0 and self.clash[before][h][hall]:
                return False
            if after >= 0 and (h := self.where[p][after]) >= 0 and self.clash[s][hall][h]:
                return False
        return True

    def place(self, r: int, s: int, kind: int, voice: int) -> None:
        self.slot[r], self.kind[r], self.voice[r] = s, kind, voice
        for p in self.members[r]:
            self.busy[p] |= 1 << s
        if self.walking:
            for p in self.members[r]:
                self.where[p][s] = self.kind_where[kind]
        self.kfree[kind][s] -= 1
        if voice >= 0:
            if self.walking:
                self.iwhere[voice][s] = self.kind_where[kind]
            bit = 1 << self.bit[voice]
            self.ibusy[voice] |= 1 << s
            self.ifree[s] &= ~bit
            d = self.day_of[s]
            self.ileft[voice][d] -= 1
            if self.ileft[voice][d] == 0:
                for t in self.day_slots[d]:
                    self.ifree[t] &= ~bit

    def take_off(self, r: int) -> None:
        s, kind, voice = int(self.slot[r]), int(self.kind[r]), int(self.voice[r])
        for p in self.members[r]:
            self.busy[p] &= ~(1 << s)
            if self.walking:
                self.where[p][s] = -1
        self.kfree[kind][s] += 1
        if voice >= 0:
            if self.walking:
                self.iwhere[voice][s] = -1
            bit = 1 << self.bit[voice]
            self.ibusy[voice] &= ~(1 << s)
            d = self.day_of[s]
            self.ileft[voice][d] += 1
            for t in (self.day_slots[d] if self.ileft[voice][d] == 1 else [s]):
                if self.iavail[t] & bit and not self.ibusy[voice] >> t & 1:
                    self.ifree[t] |= bit
        self.slot[r], self.kind[r], self.voice[r] = UNSCHEDULED, -1, -1

    def best_slot(self, r: int, within: int = -1) -> tuple[int, int, int] | None:
        """The usable slot leaving the most room (free interpreters, then tables), among the
        slots of the bit mask `within` if one fits there."""
        free = self.free_slots(r)
        if within != -1 and free & within:
            found = self._best(r, free & within)
            if found is not None:
                return found
        return self._best(r, free)

    def _best(self, r: int, free: int) -> tuple[int, int, int] | None:
        best, best_score = None, None
        need = self.need[r]
        while free:
            low = free & -free
            s = low.bit_length() - 1
            free ^= low
            opt = self.option(r, s)
            if opt is None:
                continue
            score = self.kfree[opt[0]][s]
            if need:
                score += (self.ifree[s] & self.cmask[self.need_class[r]]).bit_count() << 20
            if best_score is None or score > best_score:
                best, best_score = (s, *opt), score
        return best


def greedy_board(inst: Instance, *, order: list[int] | None = None,
                 start: np.ndarray | None = None, interpreters: bool = True,
                 prefer: np.ndarray | None = None, prefer_day: np.ndarray | None = None,
                 deadline: Deadline | None = None) -> Board:
    """Pins first, then any `start` assignment that still fits, then requests in `order`, each
    in its `prefer`red slot when it fits there, else in the slot leaving the most room (of its
    `prefer_day` when one fits there).

    When the `deadline` passes the greedy stops where it is: what it placed is feasible, and
    the closing pass (`unplaced.fill`) places what still fits."""
    board = Board(inst, interpreters=interpreters)
    day_masks = [sum(1 << s for s in slots) for slots in board.day_slots]
    for p in inst.pins:
        opt = board.option(p.request, p.slot)
        kind = int(inst.table_kind[p.table]) if p.table is not None else (
            opt[0] if opt else int(np.flatnonzero(inst.compat[p.request])[0]))
        voice = p.interpreter if p.interpreter is not None else (opt[1] if opt else -1)
        board.place(p.request, p.slot, kind, voice)
    if start is not None:
        for r in np.flatnonzero(start >= 0).tolist():
            s = int(start[r])
            if board.slot[r] < 0 and board.free_slots(r) >> s & 1:
                opt = board.option(r, s)
                if opt is not None:
                    board.place(r, s, *opt)
    for n, r in enumerate(weight_order(inst) if order is None else order):
        if n % 512 == 0 and deadline is not None and deadline.passed("greedy"):
            break
        board.looked = n + 1
        if board.slot[r] >= 0:
            continue
        if prefer is not None and prefer[r] >= 0 and board.free_slots(r) >> int(prefer[r]) & 1:
            opt = board.option(r, int(prefer[r]))
            if opt is not None:
                board.place(r, int(prefer[r]), *opt)
                continue
        best = board.best_slot(r, -1 if prefer_day is None or prefer_day[r] < 0
                               else day_masks[prefer_day[r]])
        if best is not None:
            board.place(r, *best)
    return board


def greedy(inst: Instance, **kwargs) -> np.ndarray:
    """A feasible slot per request (or UNSCHEDULED), keeping pins and any `start` assignment."""
    return greedy_board(inst, **kwargs).slot


def lp_order(inst: Instance, share: np.ndarray) -> list[int]:
    """Requests the LP takes most fully first (then heaviest): rounding the LP greedily."""
    return np.lexsort((np.arange(inst.n_requests), -inst.weight, -np.round(share, 3))).tolist()


def weight_order(inst: Instance) -> list[int]:
    n_cand = inst.cand.sum(axis=1)
    return np.lexsort((np.arange(inst.n_requests), n_cand, -inst.weight)).tolist()

"""Improving a feasible schedule: exact moves on plain meetings, then large neighbourhood search.

Each move keeps everything outside what it re-decides where it is, solves its part exactly and
is only taken when strictly better, so the objective never drops:

* **Per-slot matching.** Plain meetings (two people, no interpreter, any open table fits) of
  one slot: with every other meeting of the slot kept, the best plain meetings for the free
  tables are a maximum-weight matching of the two sides (Korean ↔ Chinese, the usual case), a
  min-cost flow solved in milliseconds by OR-Tools.
* **Per-participant agendas.** One participant's plain meetings over all slots, everyone else
  kept: requests to slots where the other side is free and a table is left, an assignment
  problem (SciPy). It moves meetings across slots, which the per-slot matching cannot; the two
  alternate until neither changes anything ("sweep").
* **Slot neighbourhoods (LNS).** A few slots (half the time of one day, which interpreters'
  daily limits tie together; half the time around a request the LP takes that is still left
  out) are opened together and solved as a MIP by HiGHS through SciPy (`neighbourhood`: tables
  and interpreters as flows), which lets any meeting move between those slots. The
  neighbourhood grows while the MIPs finish quickly and shrinks when they time out; on big
  events only a sample of the waiting requests joins it, the LP's first. Opening every slot is
  the exact model, so small instances are solved to optimality this way.

`focus` (set by `solve`): the requests the LP relaxation takes at all. On the generated events
the LP bound is tight and no optimal schedule uses a request the LP leaves out, so the moves
only bring in those (the others wait for the closing pass). With walking between halls the
per-slot matching runs one hall at a time (so walks to and from the slot stay as they were
checked) and the agendas are off (a participant's own walks would tie its slots together).
"""

from __future__ import annotations

import random
import time
from collections import deque

import numpy as np
from ortools.graph.python import min_cost_flow
from scipy.optimize import Bounds, LinearConstraint, linear_sum_assignment, milp

from gyoryu.matching.scheduling.deadline import Deadline
from gyoryu.matching.scheduling.instance import UNSCHEDULED, Instance
from gyoryu.matching.scheduling.neighbourhood import neighbourhood
from gyoryu.matching.scheduling.schedule import route_interpreters

EXACT_VARIABLES = 40_000
NEIGHBOURHOOD_VARIABLES = 8_000
MIP_GAP = 0.0  # each neighbourhood to optimality (looser gaps measured no better)
STUCK = 12  # neighbourhoods in a row without a gain before the search widens its focus
MIP_SECONDS = 3.0  # a neighbourhood that needs longer is too big: the next one is smaller


def two_sides(inst: Instance, requests: np.ndarray | None = None) -> np.ndarray | None:
    """A side (0/1) per participant so that every request (of `requests`, default all) crosses
    sides, or None if impossible."""
    adj: list[list[int]] = [[] for _ in range(inst.n_participants)]
    pick = slice(None) if requests is None else requests
    for a, b in zip(inst.a[pick].tolist(), inst.b[pick].tolist(), strict=True):
        adj[a].append(b)
        adj[b].append(a)
    side = np.full(inst.n_participants, -1, dtype=np.int64)
    for start in range(inst.n_participants):
        if side[start] >= 0:
            continue
        side[start] = 0
        queue = deque([start])
        while queue:
            p = queue.popleft()
            for q in adj[p]:
                if side[q] < 0:
                    side[q] = 1 - side[p]
                    queue.append(q)
                elif side[q] == side[p]:
                    return None
    return side


def _int_weights(inst: Instance) -> np.ndarray:
    scale = 1 if inst.integral else 1000
    return np.round(inst.weight * scale).astype(np.int64)


def _mip_voices(inst: Instance, model, x: np.ndarray, slot: np.ndarray, hall: np.ndarray,
                before: np.ndarray) -> np.ndarray:
    """The interpreters the neighbourhood MIP gives the meetings it places (by their class,
    slot and hall), else the ones they had: the routing's preferences."""
    n_s, n_h = inst.n_slots, inst.n_halls + 1
    on = x[model.n_start:model.n_start + len(model.n_voice)] > 0.5
    pool: dict[int, list[int]] = {}
    for i, key in zip(model.n_voice[on].tolist(), model.n_key[on].tolist(), strict=True):
        pool.setdefault(key, []).append(i)
    prefer = before.copy()
    taken = model.var_r[x[: model.n_x] > 0.5]
    for r in taken[inst.need[taken]].tolist():
        mine = pool.get((int(inst.need_class[r]) * n_s + int(slot[r])) * n_h + int(hall[r]))
        if mine:
            prefer[r] = mine.pop()
    return prefer


class Improver:
    """Holds an instance's fixed data so repeated moves on one schedule stay cheap."""

    def __init__(self, inst: Instance, *, seed: int = 0):
        self.inst = inst
        self.w = _int_weights(inst)
        self.pinned = np.zeros(inst.n_requests, dtype=bool)
        self.pinned[[p.request for p in inst.pins]] = True
        # Requests the per-slot matching may move: pairs needing no interpreter, not pinned.
        self.matchable: np.ndarray | None = (inst.size == 2) & ~inst.need & ~self.pinned
        self.side = two_sides(inst, self.matchable)
        if inst.tables == 0 or not self.matchable.any():
            self.matchable = None
        self.hall: np.ndarray | None = None  # walking instances: each meeting's hall (solve)
        self.rng = random.Random(seed)
        self.np_rng = np.random.default_rng(seed)
        self.lns_slots = min(2, inst.n_slots)
        # Opening every slot is the exact model: worth it only while the model stays small.
        small = int(inst.cand.sum()) <= EXACT_VARIABLES
        self.max_slots = inst.n_slots if small else max(1, inst.n_slots // 2)
        self.focus: np.ndarray | None = None  # requests the LP takes (share > 0): tried first
        self.fits_any: np.ndarray | None = None
        self.idle = 0  # neighbourhoods in a row that found nothing better
        self.variables = NEIGHBOURHOOD_VARIABLES
        self.exact = False  # set when a neighbourhood of every slot was solved to optimality
        self.trace: list[tuple[float, float]] = []  # (seconds since start, objective)
        self.started = time.monotonic()

    # -- per-slot matching -------------------------------------------------------------------
    def match_slot(self, slot: np.ndarray, s: int) -> bool:
        """Re-fill slot `s` optimally with plain meetings; True when it got better.

        Plain: two people, no interpreter, any table open in `s` fits them. Every other meeting
        in `s` (interpreted, a group, a pin, a reserved table) stays and blocks its people and
        its table, so the free tables are simply counted and the best plain meetings for them
        are a maximum-weight matching of the two sides (a min-cost flow, exact in
        milliseconds). Bipartite instances only (Korean side ↔ Chinese side, the usual case).
        With walking between halls, one hall at a time: its meetings and the requests whose
        people can walk there from their meetings in the slots before and after."""
        if self.side is None or self.matchable is None:
            return False
        if not self.inst.walking:
            return self._match(slot, s, None)
        changed = False
        for h in range(self.inst.n_halls + 1):
            changed |= self._match(slot, s, h)
        return changed

    def _match(self, slot: np.ndarray, s: int, h: int | None) -> bool:
        inst = self.inst
        here = slot == s
        open_kinds = inst.kind_cap[:, s] > 0
        ours = here
        if h is not None:
            open_kinds &= inst.kind_where == h
            ours = here & (self.hall == h)
            if not open_kinds.any():
                return False
        movable = self.matchable & inst.cand[:, s] & ((slot == UNSCHEDULED) | ours)
        if self.focus is not None:
            movable &= self.focus | ours
        movable &= inst.compat[:, open_kinds].all(axis=1)
        if h is not None:
            movable &= self.reach(slot, s, h)
        fixed = np.flatnonzero(here & ~movable)
        blocked = np.zeros(inst.n_participants, dtype=bool)
        blocked[self.people_of(fixed)] = True
        cap = int(inst.kind_cap[open_kinds, s].sum()) - int((ours & ~movable).sum())
        cands = np.flatnonzero(movable & ~blocked[inst.a] & ~blocked[inst.b])
        if cap <= 0 or len(cands) == 0:
            return False
        a, b = inst.a[cands], inst.b[cands]
        left = np.where(self.side[a] == 0, a, b)
        right = np.where(self.side[a] == 0, b, a)
        n = inst.n_participants
        src, snk = 2 * n, 2 * n + 1
        ul, ur = np.unique(left), np.unique(right)
        tails = np.concatenate([np.full(len(ul), src), left, n + ur, [src]])
        heads = np.concatenate([ul, n + right, np.full(len(ur), snk), [snk]])
        caps = np.ones(len(tails), dtype=np.int64)
        caps[-1] = cap  # the bypass arc: fewer than `cap` meetings is allowed
        costs = np.concatenate([np.zeros(len(ul), np.int64), -self.w[cands],
                                np.zeros(len(ur) + 1, np.int64)])
        flow = min_cost_flow.SimpleMinCostFlow()
        flow.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
        flow.set_node_supply(src, cap)
        flow.set_node_supply(snk, -cap)
        if flow.solve() != flow.OPTIMAL:
            return False
        chosen = cands[flow.flows(np.arange(len(ul), len(ul) + len(cands))) > 0]
        before = self.w[cands[slot[cands] == s]].sum()
        if self.w[chosen].sum() <= before:
            return False
        slot[cands[slot[cands] == s]] = UNSCHEDULED
        slot[chosen] = s
        if h is not None:
            self.hall[chosen] = h
        return True

    def reach(self, slot: np.ndarray, s: int, h: int) -> np.ndarray:
        """Per request: both its people can walk to hall h in slot s from their meetings in
        the slot before, and on to their meetings in the slot after (pairs only)."""
        inst = self.inst
        placed = np.flatnonzero((slot >= 0) & (slot != s))
        at = np.full((inst.n_participants, inst.n_slots), -1, dtype=np.int64)
        at[self.people_of(placed), np.repeat(slot[placed], inst.size[placed])] = np.repeat(
            self.hall[placed], inst.size[placed])
        ok = np.ones(inst.n_requests, dtype=bool)
        before, after = int(inst.prev_slot[s]), int(inst.next_slot[s])
        for side in (inst.a, inst.b):
            if before >= 0:
                x = at[side, before]
                ok &= (x < 0) | ~inst.clash[before, np.maximum(x, 0), h]
            if after >= 0:
                y = at[side, after]
                ok &= (y < 0) | ~inst.clash[s, h, np.maximum(y, 0)]
        return ok

    def people_of(self, requests: np.ndarray) -> np.ndarray:
        """Every participant of the given requests (group sides included)."""
        inst = self.inst
        sizes = inst.size[requests]
        rep = np.repeat(requests, sizes)
        offsets = np.arange(len(rep)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        return inst.member_idx[inst.member_ptr[rep] + offsets]

    def sweep(self, slot: np.ndarray, *, deadline: Deadline,
              people: np.ndarray | None = None) -> None:
        """Per-slot matching over every slot, then each participant's agenda (of `people`,
        default everyone), until a full round changes nothing."""
        changed = self.side is not None and self.matchable is not None
        while changed and not deadline.passed("search"):
            changed = False
            for s in range(self.inst.n_slots):
                changed |= self.match_slot(slot, s)
            changed |= self.agendas(slot, deadline=deadline, people=people)

    # -- each participant's agenda ------------------------------------------------------------
    def agendas(self, slot: np.ndarray, *, deadline: Deadline,
                people: np.ndarray | None = None) -> bool:
        """Re-plan each participant's plain meetings over the day(s), everyone else's fixed:
        the requests (placed, or waiting and taken by the LP) go to the slots where the other
        side is free and a table is left, as an assignment problem (exact, a millisecond).
        It moves meetings across slots, which the per-slot matching cannot."""
        inst = self.inst
        if self.matchable is None or inst.walking:  # an agenda's own walks are not modelled
            return False
        n_s = inst.n_slots
        placed = np.flatnonzero(slot >= 0)
        holder = np.full((inst.n_participants, n_s), -1, dtype=np.int64)
        holder[self.people_of(placed), np.repeat(slot[placed], inst.size[placed])] = np.repeat(
            placed, inst.size[placed])
        free_tables = inst.kind_cap.sum(axis=0) - np.bincount(slot[placed], minlength=n_s)
        if self.fits_any is None:  # a plain request fits any table open in the slot
            open_kinds = inst.kind_cap > 0
            self.fits_any = np.stack([inst.compat[:, open_kinds[:, s]].all(axis=1)
                                      for s in range(n_s)], axis=1) & inst.cand
        usable = self.matchable & ((slot >= 0) | (True if self.focus is None else self.focus))
        mine = np.flatnonzero(usable)
        who = np.concatenate([inst.a[mine], inst.b[mine]])
        reqs = np.concatenate([mine, mine])
        order = np.argsort(who, kind="stable")
        who, reqs = who[order], reqs[order]
        cuts = np.searchsorted(who, np.arange(inst.n_participants + 1))
        changed = False
        people = list(range(inst.n_participants)) if people is None else people.tolist()
        for p in self.rng.sample(people, len(people)):
            own = reqs[cuts[p]:cuts[p + 1]]
            if len(own) < 2 and not (len(own) == 1 and slot[own[0]] < 0):
                continue
            if p % 256 == 0 and deadline.passed("search"):
                break
            other = np.where(inst.a[own] == p, inst.b[own], inst.a[own])
            mine_here = (holder[p][:, None] == own[None, :]).any(axis=1)
            ok = (self.fits_any[own] & ((holder[other] < 0) | (holder[other] == own[:, None]))
                  & ((holder[p] < 0) | mine_here)[None, :]
                  & ((free_tables > 0) | mine_here)[None, :])
            gain = np.where(ok, self.w[own][:, None], 0)
            rows, cols = linear_sum_assignment(gain, maximize=True)
            take = gain[rows, cols] > 0
            rows, cols = rows[take], cols[take]
            before = int(self.w[own[slot[own] >= 0]].sum())
            if int(gain[rows, cols].sum()) <= before:
                continue
            for r in own[slot[own] >= 0].tolist():
                holder[inst.a[r], slot[r]] = holder[inst.b[r], slot[r]] = -1
                free_tables[slot[r]] += 1
            slot[own] = UNSCHEDULED
            slot[own[rows]] = cols
            for r, t in zip(own[rows].tolist(), cols.tolist(), strict=True):
                holder[inst.a[r], t] = holder[inst.b[r], t] = r
                free_tables[t] -= 1
            changed = True
        return changed

    # -- slot neighbourhoods -----------------------------------------------------------------
    def solve_slots(self, slot: np.ndarray, voice: np.ndarray, chosen: list[int], *,
                    time_limit: float, hall: np.ndarray | None = None) -> tuple[bool, bool]:
        """Re-solve the chosen slots as a MIP (HiGHS through SciPy); (improved, proved optimal).

        Variables: x[r,s] for the meetings in the chosen slots and the unscheduled requests;
        table kinds and interpreters enter as flows (t[group, kind, s], n[interpreter, s,
        class]), which are integral whenever x is, so the MIP only branches on x."""
        inst = self.inst
        model = neighbourhood(inst, slot, voice, chosen, self.pinned, self.w,
                              limit=None if self.max_slots == inst.n_slots else
                              self.variables, rng=self.np_rng, focus=self.focus,
                              hall=hall)
        if model is None:
            return False, True
        res = milp(model.c, integrality=model.integrality,
                   bounds=Bounds(model.lower, model.upper),
                   constraints=LinearConstraint(model.matrix, -np.inf, model.rhs),
                   options={"time_limit": max(0.05, time_limit), "mip_rel_gap": MIP_GAP,
                            "disp": False})
        optimal = res.status == 0
        if res.x is None:
            return False, optimal
        take = res.x[: model.n_x] > 0.5
        current = int(self.w[model.current].sum())
        if int(self.w[model.var_r[take]].sum()) <= current:
            return False, optimal
        before_slot, before_voice = slot.copy(), voice.copy()
        before_hall = None if hall is None else hall.copy()
        slot[model.current] = UNSCHEDULED
        voice[model.current] = -1
        slot[model.var_r[take]] = model.var_s[take]
        if model.var_h is not None:
            hall[model.var_r[take]] = model.var_h[take]
        if inst.need.any():
            prefer = before_voice
            if model.n_voice is not None:  # the MIP placed interpreters with their walks
                prefer = _mip_voices(inst, model, res.x, slot, hall, before_voice)
            routed = route_interpreters(inst, slot, requests=model.var_r[take], left=model.left,
                                        prefer=prefer, hall=hall, around=voice)
            chosen_needy = model.var_r[take][inst.need[model.var_r[take]]]
            voice[chosen_needy] = routed[chosen_needy]
            lost = chosen_needy[routed[chosen_needy] < 0]
            # Without walking never expected (the flow rows guarantee a routing); with it the
            # model does not see interpreters walk, so its optimum proves nothing then.
            slot[lost] = UNSCHEDULED
            if len(lost):
                optimal = False
            if self.objective(slot) <= self.objective(before_slot):
                slot[:], voice[:] = before_slot, before_voice
                if hall is not None:
                    hall[:] = before_hall
                return False, optimal
        return True, optimal

    def search(self, slot: np.ndarray, voice: np.ndarray, *, deadline: Deadline,
               target: float = float("inf"), hall: np.ndarray | None = None) -> None:
        """Slot neighbourhoods until the deadline or until `target` (the bound) is reached."""
        inst = self.inst
        if hall is not None:
            self.hall = hall
        while (remaining := deadline.left("search")) > 0.05:
            if self.objective(slot) >= target - 1e-9:
                return
            k = self.lns_slots
            chosen = self.pick_slots(k, slot)
            started = time.monotonic()
            before = slot.copy()
            limit = remaining if k == inst.n_slots else min(0.8 * remaining, MIP_SECONDS)
            improved, optimal = self.solve_slots(slot, voice, chosen, time_limit=limit, hall=hall)
            took = time.monotonic() - started
            if k == inst.n_slots:
                self.exact = optimal
                return  # the whole problem was the neighbourhood: nothing more to search
            if improved:
                moved = np.flatnonzero(before != slot)
                self.sweep(slot, deadline=deadline, people=np.unique(self.people_of(moved)))
                self.trace.append((round(time.monotonic() - self.started, 2), self.objective(slot)))
                self.idle = 0
            else:
                self.idle += 1
                if self.idle >= STUCK and self.focus is not None:
                    self.focus = None  # stuck on the LP's requests: let every request in
            if optimal and took < 2.0:
                self.lns_slots = min(self.max_slots, k + 1)
            elif not optimal and k > 1:
                self.lns_slots = k - 1

    def pick_slots(self, k: int, slot: np.ndarray | None = None) -> list[int]:
        """k slots: half the time around a request the LP takes that is still left out (its
        usable slots first), else at random — then half the time all from one day, where
        interpreters' daily limits tie the slots together."""
        inst = self.inst
        if slot is not None and self.focus is not None and self.rng.random() < 0.5:
            waiting = np.flatnonzero(self.focus & (slot == UNSCHEDULED) & inst.cand.any(axis=1))
            if len(waiting):
                r = int(waiting[self.np_rng.integers(len(waiting))])
                own = inst.cand_slots[r]
                chosen = self.rng.sample(own, min(k, len(own)))
                rest = [s for s in range(inst.n_slots) if s not in chosen]
                return sorted(chosen + self.rng.sample(rest, k - len(chosen)))
        days = [np.flatnonzero(inst.day_of == d).tolist() for d in range(inst.n_days)]
        roomy = [d for d in days if len(d) >= k]
        if inst.n_days > 1 and roomy and self.rng.random() < 0.5:
            return sorted(self.rng.sample(self.rng.choice(roomy), k))
        return sorted(self.rng.sample(range(inst.n_slots), k))

    def objective(self, slot: np.ndarray) -> float:
        return float(self.inst.weight[slot >= 0].sum())

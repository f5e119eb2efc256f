"""Improving a feasible schedule: per-slot matching, then large neighbourhood search over slots.

Both moves keep every meeting outside the chosen slots where it is and re-decide which meetings
(among those in the chosen slots and the unscheduled ones) go into the chosen slots:

* **Per-slot matching.** With one slot open, the best set of meetings for it is a maximum-weight
  matching of at most `tables` edges. When the requests form a bipartite graph (Korean side ↔
  Chinese side, the usual case) that is a min-cost flow, solved exactly in milliseconds by
  OR-Tools; sweeping the slots until nothing changes closes most of greedy's gap.
* **Slot neighbourhoods (LNS).** A few slots are opened together and solved as a small MIP by
  HiGHS (bundled with OR-Tools), which lets meetings move between those slots. The neighbourhood
  grows while the MIPs finish quickly and shrinks when they time out. Opening every slot is the
  exact model, so small instances are solved to optimality this way.

A neighbourhood's result is only taken when it is strictly better, so the objective never drops.
"""

from __future__ import annotations

import random
import time
from collections import deque

import numpy as np
from ortools.graph.python import min_cost_flow
from ortools.linear_solver import pywraplp

from gyoryu.matching.scheduling.instance import UNSCHEDULED, Instance

EXACT_VARIABLES = 40_000


def two_sides(inst: Instance) -> np.ndarray | None:
    """A side (0/1) per participant so that every request crosses sides, or None if impossible."""
    adj: list[list[int]] = [[] for _ in range(inst.n_participants)]
    for a, b in zip(inst.a.tolist(), inst.b.tolist(), strict=True):
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


class Improver:
    """Holds an instance's fixed data so repeated moves on one schedule stay cheap."""

    def __init__(self, inst: Instance, *, seed: int = 0):
        self.inst = inst
        self.side = two_sides(inst)
        self.w = _int_weights(inst)
        self.pinned = np.zeros(inst.n_requests, dtype=bool)
        self.pinned[[p.request for p in inst.pins]] = True
        self.rng = random.Random(seed)
        self.lns_slots = min(4, inst.n_slots)
        # Opening every slot is the exact model: worth it only while the model stays small.
        small = int(inst.cand.sum()) <= EXACT_VARIABLES
        self.max_slots = inst.n_slots if small else max(1, inst.n_slots // 2)
        self.exact = False  # set when a neighbourhood of every slot was solved to optimality
        self.trace: list[tuple[float, float]] = []  # (seconds since start, objective)
        self.started = time.monotonic()

    # -- per-slot matching -------------------------------------------------------------------
    def match_slot(self, slot: np.ndarray, s: int) -> bool:
        """Re-fill slot `s` optimally (bipartite instances only); True when it got better."""
        inst = self.inst
        if self.side is None or inst.tables == 0:
            return False
        here = slot == s
        fixed = np.flatnonzero(here & self.pinned)
        blocked = np.zeros(inst.n_participants, dtype=bool)
        blocked[inst.a[fixed]] = blocked[inst.b[fixed]] = True
        cap = inst.tables - len(fixed)
        cands = np.flatnonzero(
            inst.cand[:, s] & ((slot == UNSCHEDULED) | here) & ~self.pinned
            & ~blocked[inst.a] & ~blocked[inst.b]
        )
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
        return True

    def sweep(self, slot: np.ndarray, *, deadline: float) -> None:
        """Per-slot matching over every slot until a full round changes nothing."""
        changed = self.side is not None
        while changed and time.monotonic() < deadline:
            changed = False
            for s in range(self.inst.n_slots):
                changed |= self.match_slot(slot, s)

    # -- slot neighbourhoods -----------------------------------------------------------------
    def solve_slots(self, slot: np.ndarray, chosen: list[int], *,
                    time_limit: float) -> tuple[bool, bool]:
        """Re-solve the chosen slots as a MIP; returns (improved, proved optimal)."""
        inst = self.inst
        open_ = np.zeros(inst.n_slots, dtype=bool)
        open_[chosen] = True
        in_open = np.zeros(inst.n_requests, dtype=bool)
        in_open[slot >= 0] = open_[slot[slot >= 0]]
        fixed = in_open & self.pinned
        busy = {(int(p), int(slot[r])) for r in np.flatnonzero(fixed)
                for p in (inst.a[r], inst.b[r])}
        load = {s: int(np.count_nonzero(slot[fixed] == s)) for s in chosen}
        cands = np.flatnonzero(((slot == UNSCHEDULED) | in_open) & ~self.pinned)

        solver = pywraplp.Solver.CreateSolver("HIGHS") or pywraplp.Solver.CreateSolver("SCIP")
        solver.SuppressOutput()
        solver.SetSolverSpecificParametersAsString("output_flag=false\n")  # else a banner on stdout
        inf = solver.infinity()
        objective = solver.Objective()
        per_person: dict[tuple[int, int], pywraplp.Constraint] = {}
        per_slot = {s: solver.Constraint(-inf, float(inst.tables - load[s])) for s in chosen}
        xs: list[tuple[int, int, pywraplp.Variable]] = []
        a, b, w = inst.a.tolist(), inst.b.tolist(), self.w.tolist()
        for r in cands.tolist():
            options = [s for s in chosen if inst.cand[r, s]
                       and (a[r], s) not in busy and (b[r], s) not in busy]
            if not options:
                continue
            once = solver.Constraint(-inf, 1.0) if len(options) > 1 else None
            for s in options:
                x = solver.BoolVar("")
                xs.append((r, s, x))
                objective.SetCoefficient(x, float(w[r]))
                per_slot[s].SetCoefficient(x, 1.0)
                if once is not None:
                    once.SetCoefficient(x, 1.0)
                for p in (a[r], b[r]):
                    c = per_person.get((p, s))
                    if c is None:
                        c = per_person[(p, s)] = solver.Constraint(-inf, 1.0)
                    c.SetCoefficient(x, 1.0)
        objective.SetMaximization()
        solver.SetTimeLimit(max(1, int(time_limit * 1000)))
        params = pywraplp.MPSolverParameters()
        params.SetDoubleParam(params.RELATIVE_MIP_GAP, 0.0)
        status = solver.Solve(params)
        if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
            return False, False
        current = int(self.w[cands[in_open[cands]]].sum())
        optimal = status == pywraplp.Solver.OPTIMAL
        if objective.Value() <= current + 0.5:
            return False, optimal
        slot[cands[in_open[cands]]] = UNSCHEDULED
        for r, s, x in xs:
            if x.solution_value() > 0.5:
                slot[r] = s
        return True, optimal

    def search(self, slot: np.ndarray, *, deadline: float, target: float = float("inf")) -> None:
        """Slot neighbourhoods until the deadline or until `target` (the bound) is reached."""
        inst = self.inst
        while (remaining := deadline - time.monotonic()) > 0.05:
            if self.objective(slot) >= target - 1e-9:
                return
            k = self.lns_slots
            chosen = sorted(self.rng.sample(range(inst.n_slots), k))
            started = time.monotonic()
            limit = remaining if k == inst.n_slots else min(remaining, 10.0)
            improved, optimal = self.solve_slots(slot, chosen, time_limit=limit)
            took = time.monotonic() - started
            if k == inst.n_slots:
                self.exact = optimal
                return  # the whole problem was the neighbourhood: nothing more to search
            if improved:
                self.sweep(slot, deadline=deadline)
                self.trace.append((round(time.monotonic() - self.started, 2), self.objective(slot)))
            if optimal and took < 2.0:
                self.lns_slots = min(self.max_slots, k + 1)
            elif not optimal and k > 2:
                self.lns_slots = k - 1

    def objective(self, slot: np.ndarray) -> float:
        return float(self.inst.weight[slot >= 0].sum())

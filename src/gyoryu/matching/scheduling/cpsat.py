"""The exact CP-SAT model, for small instances and as the reference in the benchmark.

One Boolean per (request, usable slot); at most one per request, at most one per person and
slot, at most `tables` per slot; pins fixed to 1. Started from a hint (the greedy or improved
schedule). On large instances CP-SAT's own bound is weak, so callers take the minimum with
the LP bound (`bound.lp_bound`).
"""

from __future__ import annotations

import numpy as np
from ortools.sat.python import cp_model

from gyoryu.matching.scheduling.improve import _int_weights
from gyoryu.matching.scheduling.instance import UNSCHEDULED, Instance


def cpsat(inst: Instance, *, time_limit: float, hint: np.ndarray | None = None,
          workers: int = 2, seed: int = 0) -> tuple[np.ndarray, float, bool]:
    """(slot per request, CP-SAT's proven bound in weight units, proved optimal)."""
    model = cp_model.CpModel()
    w = _int_weights(inst)
    scale = 1 if inst.integral else 1000
    pinned = inst.pinned_slots()
    xs: dict[tuple[int, int], cp_model.IntVar] = {}
    per_person: dict[tuple[int, int], list] = {}
    per_slot: list[list] = [[] for _ in range(inst.n_slots)]
    for r, row in enumerate(inst.cand_slots):
        once = []
        for s in row:
            x = model.new_bool_var(f"x{r}_{s}")
            xs[(r, s)] = x
            once.append(x)
            per_slot[s].append(x)
            for p in (int(inst.a[r]), int(inst.b[r])):
                per_person.setdefault((p, s), []).append(x)
            if r in pinned:
                model.add(x == int(pinned[r] == s))
        if len(once) > 1:
            model.add_at_most_one(once)
    for group in per_person.values():
        if len(group) > 1:
            model.add_at_most_one(group)
    for group in per_slot:
        if len(group) > inst.tables:
            model.add(sum(group) <= inst.tables)
    model.maximize(sum(int(w[r]) * x for (r, _s), x in xs.items()))
    if hint is not None:
        for (r, s), x in xs.items():
            model.add_hint(x, bool(hint[r] == s))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.01, time_limit)
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    status = solver.solve(model)
    slot = np.full(inst.n_requests, UNSCHEDULED, dtype=np.int64)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        if hint is not None:
            slot[:] = hint
        return slot, float("inf"), False
    for (r, s), x in xs.items():
        if solver.boolean_value(x):
            slot[r] = s
    return slot, solver.best_objective_bound / scale, status == cp_model.OPTIMAL

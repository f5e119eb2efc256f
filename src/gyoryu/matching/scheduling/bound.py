"""Proven upper bounds on the best schedule's weight.

**The LP / Lagrangian bound.** Write x[r,s] ∈ {0,1} for "request r meets in slot s" over the
slots both sides can use. A schedule satisfies

    Σ_s x[r,s] ≤ 1                 (each request at most once)          dual y_r   ≥ 0
    Σ_{r ∋ p} x[r,s] ≤ 1           (one meeting per person per slot)    dual u_ps  ≥ 0
    Σ_r x[r,s] ≤ tables            (tables)                             dual v_s   ≥ 0

For ANY non-negative (y, u, v), adding the constraints times their duals to the objective gives,
for every feasible x (pinned variables have lower bound 1, every other has [0, 1]):

    Σ w_r x[r,s] ≤ Σ y + Σ u + tables·Σ v + Σ_{r,s} c[r,s]·x[r,s]
                 ≤ Σ y + Σ u + tables·Σ v + Σ_{r,s} max(c·ub, c·lb)       = L(y, u, v)

with reduced costs c[r,s] = w_r − y_r − u_{a(r),s} − u_{b(r),s} − v_s, because each added term
is ≥ 0 on a feasible x. So L is a valid bound whatever the duals are: we take them from the LP
relaxation (OR-Tools' PDLP, a first-order method that is fast and only approximately optimal —
which costs tightness, never validity), clip them at 0, round them to multiples of 2⁻²⁴ and
recompute L ourselves with exact summation. With whole-number weights the optimum is a whole
number, so ⌊L + 1e-9⌋ is still a bound. A capacity bound (the `tables × slots` heaviest
schedulable requests) is kept when it is smaller.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from ortools.linear_solver import pywraplp

from gyoryu.matching.scheduling.instance import Instance

GRID = 2.0**-24


@dataclass
class LPResult:
    bound: float  # the proven bound (integral when the weights are)
    value: float  # the LP objective the solver reported (for information)
    duals: tuple[np.ndarray, np.ndarray, np.ndarray] | None  # y [R], u [P,S], v [S]


def capacity_bound(inst: Instance) -> float:
    usable = np.sort(inst.weight[inst.cand.any(axis=1)])[::-1]
    return float(math.fsum(usable[: inst.tables * inst.n_slots]))


def lagrangian_bound(inst: Instance, y: np.ndarray, u: np.ndarray, v: np.ndarray) -> float:
    """L(y, u, v) of the module docstring, for any duals (negative parts are clipped)."""
    y, u, v = (np.round(np.maximum(d, 0.0) / GRID) * GRID for d in (y, u, v))
    rr, ss = np.nonzero(inst.cand)
    rc = inst.weight[rr] - y[rr] - u[inst.a[rr], ss] - u[inst.b[rr], ss] - v[ss]
    lb = np.zeros(len(rr))
    ub = np.ones(len(rr))
    pinned = inst.pinned_slots()
    if pinned:
        pin_slot = np.full(inst.n_requests, -1)
        pin_slot[list(pinned)] = list(pinned.values())
        ub[pin_slot[rr] >= 0] = 0.0  # a pinned request uses its pinned slot and no other
        exact = pin_slot[rr] == ss
        lb[exact] = ub[exact] = 1.0
    terms = np.where(rc > 0, rc * ub, rc * lb)
    total = math.fsum(
        [math.fsum(y), math.fsum(u.ravel()), inst.tables * math.fsum(v), math.fsum(terms)]
    )
    return _round_down(inst, total)


def lp_bound(inst: Instance, *, time_limit: float = 10.0) -> LPResult:
    """The LP relaxation solved by PDLP, turned into a proven bound through its duals."""
    cap = capacity_bound(inst)
    rr, ss = np.nonzero(inst.cand)
    if len(rr) == 0:
        return LPResult(bound=0.0, value=0.0, duals=None)
    solver = pywraplp.Solver.CreateSolver("PDLP")
    solver.SuppressOutput()
    solver.SetTimeLimit(max(1, int(time_limit * 1000)))
    inf = solver.infinity()
    pinned = inst.pinned_slots()
    per_request = [solver.Constraint(-inf, 1.0) for _ in range(inst.n_requests)]
    per_slot = [solver.Constraint(-inf, float(inst.tables)) for _ in range(inst.n_slots)]
    per_person: dict[tuple[int, int], pywraplp.Constraint] = {}
    objective = solver.Objective()
    a, b, w = inst.a.tolist(), inst.b.tolist(), inst.weight.tolist()
    for r, s in zip(rr.tolist(), ss.tolist(), strict=True):
        if r in pinned:
            lo = hi = 1.0 if pinned[r] == s else 0.0
        else:
            lo, hi = 0.0, 1.0
        x = solver.NumVar(lo, hi, "")
        per_request[r].SetCoefficient(x, 1.0)
        per_slot[s].SetCoefficient(x, 1.0)
        for p in (a[r], b[r]):
            c = per_person.get((p, s))
            if c is None:
                c = per_person[(p, s)] = solver.Constraint(-inf, 1.0)
            c.SetCoefficient(x, 1.0)
        objective.SetCoefficient(x, w[r])
    objective.SetMaximization()
    solver.Solve()  # any status: even an unfinished run leaves duals that give a valid bound
    y = np.array([c.dual_value() for c in per_request])
    v = np.array([c.dual_value() for c in per_slot])
    u = np.zeros((inst.n_participants, inst.n_slots))
    for (p, s), c in per_person.items():
        u[p, s] = c.dual_value()
    bound = lagrangian_bound(inst, y, u, v)
    return LPResult(bound=min(bound, cap), value=objective.Value(), duals=(y, u, v))


def _round_down(inst: Instance, value: float) -> float:
    if inst.integral:
        return float(math.floor(value + 1e-9))
    return value

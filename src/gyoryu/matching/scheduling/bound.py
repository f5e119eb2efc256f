"""Proven upper bounds on the best schedule's weight, and what the LP says an interpreter is worth.

**The LP / Lagrangian bound.** Write x[r,s] ∈ {0,1} for "request r meets in slot s" over the
slots where it could. Every schedule satisfies these rows (each valid for every schedule, so the
relaxation may leave some out and stays a relaxation):

    Σ_s x[r,s] ≤ 1                                   each request at most once
    Σ_{r ∋ p} x[r,s] ≤ 1                             one meeting per person and slot
    Σ_{r: kinds(r) ⊆ K} x[r,s] ≤ Σ_{k∈K} cap[k,s]    tables: for K each request's set of usable
                                                     table kinds, and all kinds
    Σ_{r: bridges(r) ⊆ V} x[r,s] ≤ #{i free in s: pairs(i) ∩ V ≠ ∅}
                                                     interpreters per slot (Hall's condition)
    Σ_{s∈d} Σ_{r: bridges(r) ⊆ V} x[r,s] ≤ Σ_{i: pairs(i) ∩ V ≠ ∅} min(max_i, slots of i in d)
                                                     interpreters per day
    (V: each class's bridging pairs, and all pairs)

For ANY non-negative duals λ, adding the rows times λ to the objective gives, for every
feasible x (pinned variables fixed, every other in [0, 1]):

    Σ w x ≤ λ·rhs + Σ_{r,s} max(c·ub, c·lb) = L(λ),      c = w − Aᵀλ  (reduced costs)

so L is a valid bound whatever the duals are. We take them from the LP relaxation solved by
PDLP (OR-Tools' first-order LP method: fast on millions of non-zeros, only approximately
optimal — which costs tightness, never validity), clip them at 0, round them to multiples of
2⁻²⁴ (so every sum below is exact in floating point) and recompute L ourselves. With
whole-number weights the optimum is a whole number, so ⌊L + 1e-9⌋ is still a bound. Two cheap
bounds are kept when smaller, and are all there is when time runs out before the LP
(`cheap_bound`: counting tables, people's slots and interpreters' meetings).

The interpreter rows' duals price interpreters: one more interpreter with pair P free in slot s
raises the right-hand side of every row with P ∈ V by one, so Σ of those duals (slot and day)
estimates the meetings' weight gained — where hiring one would help the most.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from ortools.pdlp import solvers_pb2
from ortools.pdlp.python import pdlp

from gyoryu.matching.scheduling.deadline import Deadline
from gyoryu.matching.scheduling.instance import Instance

GRID = 2.0**-24
FULL_LP_VARIABLES = 300_000  # above this the full LP does not finish in time: day-summed only
QUICK_LP_VARIABLES = 50_000  # above this the full LP needs ≥ 5 s (2,000 participants, loaded)
MIN_LP_SECONDS = 0.05  # with less time left, PDLP cannot improve on the cheap bounds


@dataclass
class Rows:
    """The relaxation above: A (rows × variables), right-hand sides, the variables' (r, s) and
    bounds, and which rows are interpreter rows (for pricing)."""

    matrix: sp.csr_matrix
    rhs: np.ndarray
    var_r: np.ndarray
    var_s: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    pair_rows: list[tuple[frozenset, str, int, int]] = field(default_factory=list)
    # (V, "slot" | "day", slot or day index, row)
    by_day: bool = False  # variables are (request, day), not (request, slot)


@dataclass
class LPResult:
    bound: float  # the proven bound (integral when the weights are)
    value: float  # the LP objective the solver reported (for information)
    duals: np.ndarray | None
    rows: Rows | None = None
    primal: np.ndarray | None = None  # the LP's x, per variable of `rows`

    def guide(self, inst: Instance) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per request: the slot the LP likes best for it (−1: none or not known), how much
        of it the LP takes (Σ x) and the day it likes best (−1: none)."""
        share = np.zeros(inst.n_requests)
        best = np.full(inst.n_requests, -1, dtype=np.int64)
        day = np.full(inst.n_requests, -1, dtype=np.int64)
        if self.primal is None or self.rows is None:
            return best, share, day
        order = np.argsort(self.primal, kind="stable")  # later (larger) writes win
        order = order[self.primal[order] > 1e-3]
        if self.rows.by_day:
            day[self.rows.var_r[order]] = self.rows.var_s[order]
        else:
            best[self.rows.var_r[order]] = self.rows.var_s[order]
            day[best >= 0] = inst.day_of[best[best >= 0]]
        np.add.at(share, self.rows.var_r, self.primal)
        return best, share, day


def capacity_bound(inst: Instance) -> float:
    usable = np.sort(inst.weight[inst.cand.any(axis=1)])[::-1]
    return float(math.fsum(usable[: int(inst.kind_cap.sum())]))


def people_bound(inst: Instance, requests: np.ndarray) -> float:
    """A participant meets at most once per available slot. Give each participant an equal
    share of every meeting they are in (w / people): their shares of `requests` scheduled are
    at most their heaviest shares, as many as their slots; summed over participants, a bound
    on the weight of `requests` scheduled."""
    requests = requests[inst.cand[requests].any(axis=1)] if len(requests) else requests
    if len(requests) == 0:
        return 0.0
    sizes = inst.size[requests]
    rep = np.repeat(requests, sizes)
    offsets = np.arange(len(rep)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    who = inst.member_idx[inst.member_ptr[rep] + offsets]
    share = (inst.weight / inst.size)[rep]
    order = np.lexsort((-share, who))
    who, share = who[order], share[order]
    starts = np.flatnonzero(np.concatenate([[True], who[1:] != who[:-1]]))
    rank = np.arange(len(who)) - np.repeat(starts, np.diff(np.concatenate([starts, [len(who)]])))
    return math.fsum(share[rank < inst.available.sum(axis=1)[who]].tolist())


def cheap_bound(inst: Instance) -> float:
    """Bounds from counting alone (a sort each), so a solve out of time still reports one:
    tables (`capacity_bound`), people (`people_bound`), and — meetings needing an interpreter
    being at most the interpreters' meetings (each one's daily limit or available slots, per
    day) — the heaviest of those plus the people bound of the others."""
    everyone = np.arange(inst.n_requests)
    best = min(capacity_bound(inst), people_bound(inst, everyone))
    if inst.need.any():
        needy = np.flatnonzero(inst.need & inst.cand.any(axis=1))
        most = int(sum(np.minimum(inst.interpreter_max,
                                  inst.interpreter_available[:, inst.day_of == d].sum(axis=1)
                                  ).sum() for d in range(inst.n_days)))
        heaviest = math.fsum(np.sort(inst.weight[needy])[::-1][:most].tolist())
        best = min(best, people_bound(inst, np.flatnonzero(~inst.need))
                   + min(heaviest, people_bound(inst, needy)))
    return _round_down(inst, best)


def relaxation(inst: Instance) -> Rows:
    n_s = inst.n_slots
    rr, ss = np.nonzero(inst.cand)
    n_v = len(rr)
    lower, upper = np.zeros(n_v), np.ones(n_v)
    pinned = inst.pinned_slots()
    if pinned:
        pin_slot = np.full(inst.n_requests, -1)
        pin_slot[list(pinned)] = list(pinned.values())
        upper[pin_slot[rr] >= 0] = 0.0  # a pinned request uses its pinned slot and no other
        exact = pin_slot[rr] == ss
        lower[exact] = upper[exact] = 1.0
    blocks_r: list[np.ndarray] = []  # row id per non-zero
    blocks_v: list[np.ndarray] = []
    rhs: list[np.ndarray] = []
    n_rows = 0

    def add(row_of_var: np.ndarray, var: np.ndarray, right: np.ndarray) -> int:
        nonlocal n_rows
        blocks_r.append(row_of_var + n_rows)
        blocks_v.append(var)
        rhs.append(right.astype(np.float64))
        first = n_rows
        n_rows += len(right)
        return first

    all_v = np.arange(n_v)
    add(rr, all_v, np.ones(inst.n_requests))  # once
    # People: one row per (person, slot) that some variable touches.
    counts = inst.size[rr]
    var_rep = np.repeat(all_v, counts)
    offsets = np.arange(len(var_rep)) - np.repeat(np.cumsum(counts) - counts, counts)
    person = inst.member_idx[inst.member_ptr[rr][var_rep] + offsets]
    keys, row = np.unique(person * n_s + ss[var_rep], return_inverse=True)
    add(row.ravel(), var_rep, np.ones(len(keys)))
    # Tables.
    patterns, pattern = np.unique(inst.compat, axis=0, return_inverse=True)
    pattern = pattern.ravel()
    kind_sets = [np.ones(inst.n_kinds, dtype=bool)] + (
        [p for p in patterns if not p.all()] if inst.n_kinds > 1 else [])
    for kinds in kind_sets:
        inside = (patterns & ~kinds).sum(axis=1) == 0  # patterns that are subsets of kinds
        pick = np.flatnonzero(inside[pattern[rr]])
        add(ss[pick], pick, inst.kind_cap[kinds].sum(axis=0))
    # Interpreters.
    pair_rows: list[tuple[frozenset, str, int, int]] = []
    if inst.need.any():
        unions = list(dict.fromkeys(inst.class_pairs + [frozenset().union(*inst.class_pairs)]))
        slots_in_day = [np.flatnonzero(inst.day_of == d) for d in range(inst.n_days)]
        for v in unions:
            subset = np.array([c <= v for c in inst.class_pairs])
            serves = np.array([bool(own & v) for own in inst.interpreter_pairs], dtype=bool)
            cls = inst.need_class[rr]
            pick = np.flatnonzero((cls >= 0) & subset[np.maximum(cls, 0)])
            per_slot = inst.interpreter_available[serves].sum(axis=0)
            first = add(ss[pick], pick, per_slot)
            pair_rows += [(v, "slot", s, first + s) for s in range(n_s)]
            per_day = np.array([
                np.minimum(inst.interpreter_max[serves],
                           inst.interpreter_available[serves][:, d_slots].sum(axis=1)).sum()
                for d_slots in slots_in_day])
            first = add(inst.day_of[ss[pick]], pick, per_day)
            pair_rows += [(v, "day", d, first + d) for d in range(inst.n_days)]
    data_r = np.concatenate(blocks_r)
    data_v = np.concatenate(blocks_v)
    matrix = sp.csr_matrix((np.ones(len(data_r)), (data_r, data_v)), shape=(n_rows, n_v))
    matrix.sum_duplicates()
    return Rows(matrix=matrix, rhs=np.concatenate(rhs), var_r=rr, var_s=ss, lower=lower,
                upper=upper, pair_rows=pair_rows)


def lagrangian_bound(inst: Instance, rows: Rows, duals: np.ndarray) -> float:
    """L(λ) of the module docstring, for any duals (negative parts are clipped)."""
    lam = np.round(np.maximum(np.nan_to_num(duals), 0.0) / GRID) * GRID
    rc = inst.weight[rows.var_r] - rows.matrix.T @ lam
    terms = np.where(rc > 0, rc * rows.upper, rc * rows.lower)
    total = math.fsum([math.fsum(lam * rows.rhs), math.fsum(terms)])
    return _round_down(inst, total)


def day_relaxation(inst: Instance) -> Rows:
    """The same rows summed over the slots of each day, on variables y[r,d] = Σ_{s∈d} x[r,s]:
    a coarser relaxation (a person's meetings only count against their free slots that day)
    but an order of magnitude smaller, so PDLP finishes it on the largest events, where the
    full LP may not converge in the time given. Its duals give a bound the same way."""
    n_d = inst.n_days
    by_day = np.zeros((inst.n_requests, n_d), dtype=bool)
    rr0, ss0 = np.nonzero(inst.cand)
    by_day[rr0, inst.day_of[ss0]] = True
    rr, dd = np.nonzero(by_day)
    n_v = len(rr)
    lower, upper = np.zeros(n_v), np.ones(n_v)
    pinned = inst.pinned_slots()
    if pinned:
        pin_day = np.full(inst.n_requests, -1)
        pin_day[list(pinned)] = inst.day_of[list(pinned.values())]
        upper[pin_day[rr] >= 0] = 0.0
        exact = pin_day[rr] == dd
        lower[exact] = upper[exact] = 1.0
    blocks_r, blocks_v, rhs = [], [], []
    n_rows = 0

    def add(row_of_var: np.ndarray, var: np.ndarray, right: np.ndarray) -> None:
        nonlocal n_rows
        blocks_r.append(row_of_var + n_rows)
        blocks_v.append(var)
        rhs.append(np.asarray(right, dtype=np.float64))
        n_rows += len(right)

    all_v = np.arange(n_v)
    add(rr, all_v, np.ones(inst.n_requests))
    counts = inst.size[rr]
    var_rep = np.repeat(all_v, counts)
    offsets = np.arange(len(var_rep)) - np.repeat(np.cumsum(counts) - counts, counts)
    person = inst.member_idx[inst.member_ptr[rr][var_rep] + offsets]
    keys, row = np.unique(person * n_d + dd[var_rep], return_inverse=True)
    free = np.stack([inst.available[:, inst.day_of == d].sum(axis=1) for d in range(n_d)], axis=1)
    add(row.ravel(), var_rep, free[keys // n_d, keys % n_d])
    cap_day = np.stack([inst.kind_cap[:, inst.day_of == d].sum(axis=1) for d in range(n_d)],
                       axis=1)  # [kinds, days]
    patterns, pattern = np.unique(inst.compat, axis=0, return_inverse=True)
    pattern = pattern.ravel()
    kind_sets = [np.ones(inst.n_kinds, dtype=bool)] + (
        [p for p in patterns if not p.all()] if inst.n_kinds > 1 else [])
    for kinds in kind_sets:
        inside = (patterns & ~kinds).sum(axis=1) == 0
        pick = np.flatnonzero(inside[pattern[rr]])
        add(dd[pick], pick, cap_day[kinds].sum(axis=0))
    pair_rows: list[tuple[frozenset, str, int, int]] = []
    if inst.need.any():
        unions = list(dict.fromkeys(inst.class_pairs + [frozenset().union(*inst.class_pairs)]))
        for v in unions:
            subset = np.array([c <= v for c in inst.class_pairs])
            serves = np.array([bool(own & v) for own in inst.interpreter_pairs], dtype=bool)
            cls = inst.need_class[rr]
            pick = np.flatnonzero((cls >= 0) & subset[np.maximum(cls, 0)])
            pair_rows += [(v, "day", d, n_rows + d) for d in range(n_d)]
            add(dd[pick], pick, [
                np.minimum(inst.interpreter_max[serves],
                           inst.interpreter_available[serves][:, inst.day_of == d].sum(axis=1)
                           ).sum() for d in range(n_d)])
    r_all, v_all = np.concatenate(blocks_r), np.concatenate(blocks_v)
    matrix = sp.csr_matrix((np.ones(len(r_all)), (r_all, v_all)), shape=(n_rows, n_v))
    matrix.sum_duplicates()
    return Rows(matrix=matrix, rhs=np.concatenate(rhs), var_r=rr, var_s=dd, lower=lower,
                upper=upper, pair_rows=pair_rows, by_day=True)


def _pdlp(inst: Instance, rows: Rows, time_limit: float):
    qp = pdlp.QuadraticProgram()
    qp.objective_vector = -inst.weight[rows.var_r]
    qp.constraint_matrix = rows.matrix
    qp.constraint_lower_bounds = np.full(len(rows.rhs), -np.inf)
    qp.constraint_upper_bounds = rows.rhs
    qp.variable_lower_bounds = rows.lower
    qp.variable_upper_bounds = rows.upper
    params = solvers_pb2.PrimalDualHybridGradientParams()
    params.termination_criteria.time_sec_limit = max(0.05, time_limit)
    params.termination_criteria.simple_optimality_criteria.eps_optimal_relative = 1e-6
    params.termination_criteria.simple_optimality_criteria.eps_optimal_absolute = 1e-6
    params.num_threads = 1
    # Any status: even an unfinished run leaves duals that give a valid bound.
    return pdlp.primal_dual_hybrid_gradient(qp, params)


def lp_bound(inst: Instance, *, time_limit: float = 10.0,
             deadline: Deadline | None = None) -> LPResult:
    """Proven bounds from PDLP's duals: the day-summed relaxation first (small, so it finishes;
    on the generated events it is as tight as the full one), then, while time is left and the
    full LP is not too big to finish (FULL_LP_VARIABLES), the full relaxation, whose solution
    guides the LP rounding and whose duals price interpreters per slot. The smallest bound is
    kept. Out of time (`deadline`, else `time_limit` from now) it returns the best bound
    proven so far — at worst the cheap capacity and person bounds."""
    if deadline is None:
        deadline = Deadline.after(time_limit)
    cheap = cheap_bound(inst)
    if not inst.cand.any():
        return LPResult(bound=0.0, value=0.0, duals=None)
    if deadline.left("bound") < MIN_LP_SECONDS:
        return LPResult(bound=cheap, value=math.inf, duals=None)
    rows = day_relaxation(inst)
    if (left := deadline.left("bound")) < MIN_LP_SECONDS:
        return LPResult(bound=cheap, value=math.inf, duals=None)
    result = _pdlp(inst, rows, left / 2)
    duals = -np.asarray(result.dual_solution)
    best = LPResult(bound=min(lagrangian_bound(inst, rows, duals), cheap),
                    value=float(inst.weight[rows.var_r] @ np.asarray(result.primal_solution)),
                    duals=duals, rows=rows, primal=np.asarray(result.primal_solution))
    left = deadline.left("bound")
    size = int(inst.cand.sum())
    if size > FULL_LP_VARIABLES or left < 0.2 or best.bound <= 0 or (
            size > QUICK_LP_VARIABLES and left < 5.0):
        return best  # an unfinished full LP would guide the rounding worse than the day-summed
    rows = relaxation(inst)
    if (left := deadline.left("bound")) < MIN_LP_SECONDS:
        return best
    result = _pdlp(inst, rows, left)
    duals = -np.asarray(result.dual_solution)
    return LPResult(bound=min(lagrangian_bound(inst, rows, duals), best.bound), duals=duals,
                    value=float(inst.weight[rows.var_r] @ np.asarray(result.primal_solution)),
                    rows=rows, primal=np.asarray(result.primal_solution))


def interpreter_values(inst: Instance, lp: LPResult, top: int = 10) -> list[dict]:
    """Where one more interpreter adds the most: (slot, pair, LP value), best first."""
    if lp.duals is None or lp.rows is None or not lp.rows.pair_rows:
        return []
    lam = np.maximum(lp.duals, 0.0)
    pairs = sorted({p for v, *_ in lp.rows.pair_rows for p in v}, key=sorted)
    value: dict[tuple[int, frozenset], float] = {}
    for v, kind, where, row in lp.rows.pair_rows:
        if lam[row] <= 1e-9:
            continue
        slots = [where] if kind == "slot" else np.flatnonzero(inst.day_of == where).tolist()
        for pair in pairs:
            if pair in v:
                for s in slots:
                    value[(s, pair)] = value.get((s, pair), 0.0) + float(lam[row])
    best = sorted(value.items(), key=lambda kv: (-kv[1], kv[0][0], sorted(kv[0][1])))[:top]
    return [{"slot": inst.slot_ids[s], "pair": "-".join(sorted(pair)), "value": round(val, 3)}
            for (s, pair), val in best]


def _round_down(inst: Instance, value: float) -> float:
    if inst.integral:
        return float(math.floor(value + 1e-9))
    return value

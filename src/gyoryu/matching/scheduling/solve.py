"""One entry point for every way of solving: greedy, improve (the default) and CP-SAT.

    schedule = solve(instance, time_limit=60)      # Schedule: slots, tables, interpreters, bound

`improve`: greedy → LP bound → per-slot matching (plain instances) → slot-neighbourhood LNS,
until the time limit or until the objective meets the bound. On small instances the
neighbourhood grows to every slot, which is the exact model. `greedy`: the greedy alone, which
places interpreters with the meetings. `greedy-after`: what organisers do by hand today —
schedule as if nobody needed an interpreter, then find interpreters (a maximum flow, the best
such an assignment can do) and drop the meetings left without one. `cpsat`: the exact CP-SAT
model from the greedy hint (plain instances: pairs, one kind of table, no interpreters).

Every method reports the same proven bound (the LP/Lagrangian bound, for CP-SAT the smaller of
that and its own), seats the meetings, routes interpreters, places whatever still fits, and
gives a reason for every request left out (`unplaced`).
"""

from __future__ import annotations

import math
import time

import numpy as np

from gyoryu.matching.scheduling.bound import interpreter_values, lp_bound
from gyoryu.matching.scheduling.cpsat import cpsat
from gyoryu.matching.scheduling.greedy import greedy_board, lp_order
from gyoryu.matching.scheduling.improve import Improver
from gyoryu.matching.scheduling.instance import UNSCHEDULED, Instance
from gyoryu.matching.scheduling.schedule import Schedule, route_interpreters, seat
from gyoryu.matching.scheduling.unplaced import explain, fill

METHODS = ("improve", "greedy", "greedy-after", "cpsat")


def solve(inst: Instance, *, time_limit: float = 60.0, method: str = "improve",
          seed: int = 0, prefer_tables: dict[int, int] | None = None) -> Schedule:
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; use one of {', '.join(METHODS)}")
    if method == "cpsat" and not inst.simple:
        raise ValueError("cpsat solves plain instances only (pairs, one kind of table, no "
                         "interpreters); use improve")
    started = time.monotonic()
    # Keep time for seating, interpreters and reasons (about 0.15 s per 1,000 requests on a
    # loaded machine) and the last model: the limit is on the whole call.
    deadline = started + time_limit - max(min(1.0, 0.05 * time_limit), inst.n_requests / 6_000)
    board = greedy_board(inst, interpreters=method != "greedy-after")
    slot, voice = board.slot.copy(), board.voice.copy()
    if method == "greedy-after":
        voice = route_interpreters(inst, slot)
        slot[inst.need & (slot >= 0) & (voice < 0)] = UNSCHEDULED
    stats: dict = {"greedy": float(inst.weight[slot >= 0].sum())}
    # The LP gets at most a third of the time; stopping early weakens the bound, never breaks it.
    lp = lp_bound(inst, time_limit=max(0.5, time_limit / 3))
    stats["lp_bound"] = bound = lp.bound
    stats["lp_seconds"] = round(time.monotonic() - started, 3)
    proved = False
    if method == "improve":
        # Rounding the LP greedily is often closer to the bound than the weight order.
        prefer, share = lp.guide(inst)
        rounded = greedy_board(inst, order=lp_order(inst, share), prefer=prefer)
        stats["lp_greedy"] = float(inst.weight[rounded.slot >= 0].sum())
        if stats["lp_greedy"] > stats["greedy"]:
            slot, voice = rounded.slot.copy(), rounded.voice.copy()
        improver = Improver(inst, seed=seed)
        improver.started = started
        improver.sweep(slot, deadline=deadline)
        stats["matching"] = improver.objective(slot)
        improver.trace.append((round(time.monotonic() - started, 2), stats["matching"]))
        improver.search(slot, voice, deadline=deadline, target=bound)
        proved = improver.exact and inst.integral  # MIPs ran on scaled, rounded weights otherwise
        stats["trace"] = improver.trace
    elif method == "cpsat":
        found, cp_bound, proved = cpsat(inst, time_limit=deadline - time.monotonic(), hint=slot,
                                        seed=seed)
        stats["cpsat_bound"] = cp_bound
        if inst.weight[found >= 0].sum() >= inst.weight[slot >= 0].sum():
            slot = found
        proved = proved and inst.integral
    if method == "cpsat" and inst.integral:  # with fractional weights CP-SAT saw rounded ones
        bound = min(bound, _round_down(inst, stats["cpsat_bound"]))
    schedule = finish(inst, slot, voice, prefer_tables=prefer_tables)
    objective = schedule.objective(inst)
    if proved:
        bound = min(bound, objective)
    if objective >= bound - 1e-9:
        bound, proved = objective, True
    schedule.bound = bound
    schedule.status = "optimal" if proved else "feasible"
    if inst.n_interpreters:
        schedule.report = interpreter_report(inst, schedule, interpreter_values(inst, lp))
    stats["seconds"] = round(time.monotonic() - started, 3)
    schedule.stats = stats
    return schedule


def finish(inst: Instance, slot: np.ndarray, voice: np.ndarray, *,
           prefer_tables: dict[int, int] | None = None) -> Schedule:
    """Seat, route interpreters, place what still fits and explain the rest."""
    slot = slot.copy()
    table = seat(inst, slot, prefer_tables)
    slot[(slot >= 0) & (table < 0)] = UNSCHEDULED  # never expected: solvers count tables by kind
    if inst.need.any():
        voice = route_interpreters(inst, slot, prefer=voice)
        slot[inst.need & (slot >= 0) & (voice < 0)] = UNSCHEDULED
    else:
        voice = np.full(inst.n_requests, -1, dtype=np.int64)
    table[slot < 0] = -1
    voice[slot < 0] = -1
    board = fill(inst, slot, table, voice)
    return Schedule(slot=slot, table=table, interpreter=voice, bound=math.inf,
                    reasons=explain(inst, slot, board))


def interpreter_report(inst: Instance, schedule: Schedule, values: list[dict]) -> dict:
    """Interpreters at work per slot against those available, and where one more would help."""
    voice, slot = schedule.interpreter, schedule.slot
    working = np.bincount(slot[(voice >= 0) & (slot >= 0)], minlength=inst.n_slots)
    available = inst.interpreter_available.sum(axis=0)
    return {
        "per_slot": [{"slot": inst.slot_ids[s], "working": int(working[s]),
                      "available": int(available[s])} for s in range(inst.n_slots)],
        "most_valuable": values,
    }


def _round_down(inst: Instance, value: float) -> float:
    return float(math.floor(value + 1e-9)) if inst.integral and math.isfinite(value) else value


def gap(schedule: Schedule, inst: Instance) -> float:
    """Relative distance to the bound: 0 when proved optimal."""
    bound = schedule.bound
    return 0.0 if bound <= 0 else float(np.clip((bound - schedule.objective(inst)) / bound, 0, 1))

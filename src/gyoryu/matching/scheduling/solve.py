"""One entry point for every way of solving: greedy, improve (the default) and CP-SAT.

    schedule = solve(instance, time_limit=60)            # Schedule: slots, tables, bound, status

`improve`: greedy → LP bound → per-slot matching → slot-neighbourhood LNS, until the time limit
or until the objective meets the bound. On small instances the neighbourhood grows to every slot,
which is the exact model. `cpsat`: the exact CP-SAT model from the greedy hint. Every method
reports the same proven bound: the minimum of the LP/Lagrangian bound and, for CP-SAT, its own.
"""

from __future__ import annotations

import math
import time

import numpy as np

from gyoryu.matching.scheduling.bound import lp_bound
from gyoryu.matching.scheduling.cpsat import cpsat
from gyoryu.matching.scheduling.greedy import greedy
from gyoryu.matching.scheduling.improve import Improver
from gyoryu.matching.scheduling.instance import Instance, Schedule, seat

METHODS = ("improve", "greedy", "cpsat")


def solve(inst: Instance, *, time_limit: float = 60.0, method: str = "improve",
          seed: int = 0, prefer_tables: dict[int, int] | None = None) -> Schedule:
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; use one of {', '.join(METHODS)}")
    started = time.monotonic()
    # Keep a little time for building the last model and seating: the limit is on the whole call.
    deadline = started + time_limit - min(1.0, 0.05 * time_limit)
    slot = greedy(inst)
    stats: dict = {"greedy": float(inst.weight[slot >= 0].sum())}
    # The LP gets at most a third of the time; stopping early weakens the bound, never breaks it.
    lp = lp_bound(inst, time_limit=max(0.5, time_limit / 3))
    bound = lp.bound
    stats["lp_bound"] = lp.bound
    stats["lp_seconds"] = round(time.monotonic() - started, 3)
    proved = False
    if method == "improve":
        improver = Improver(inst, seed=seed)
        improver.started = started
        improver.sweep(slot, deadline=deadline)
        stats["matching"] = improver.objective(slot)
        improver.trace.append((round(time.monotonic() - started, 2), stats["matching"]))
        improver.search(slot, deadline=deadline, target=bound)
        proved = improver.exact and inst.integral  # MIPs ran on scaled, rounded weights otherwise
        stats["trace"] = improver.trace
    elif method == "cpsat":
        found, cp_bound, proved = cpsat(inst, time_limit=deadline - time.monotonic(), hint=slot,
                                        seed=seed)
        stats["cpsat_bound"] = cp_bound
        if inst.weight[found >= 0].sum() >= inst.weight[slot >= 0].sum():
            slot = found
        if inst.integral:  # with fractional weights CP-SAT saw rounded ones: its bound is not ours
            bound = min(bound, _round_down(inst, cp_bound))
        proved = proved and inst.integral
    objective = float(inst.weight[slot >= 0].sum())
    if proved:
        bound = min(bound, objective)
    if objective >= bound - 1e-9:
        bound, proved = objective, True
    stats["seconds"] = round(time.monotonic() - started, 3)
    return Schedule(slot=slot, table=seat(inst, slot, prefer_tables), bound=bound,
                    status="optimal" if proved else "feasible", stats=stats)


def _round_down(inst: Instance, value: float) -> float:
    return float(math.floor(value + 1e-9)) if inst.integral and math.isfinite(value) else value


def gap(schedule: Schedule, inst: Instance) -> float:
    """Relative distance to the bound: 0 when proved optimal."""
    bound = schedule.bound
    return 0.0 if bound <= 0 else float(np.clip((bound - schedule.objective(inst)) / bound, 0, 1))

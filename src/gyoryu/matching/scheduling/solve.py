"""One entry point for every way of solving: greedy, improve (the default) and CP-SAT.

    schedule = solve(instance, time_limit=60)      # Schedule: slots, tables, interpreters, bound
    schedule = solve(instance, deadline=deadline)  # a Deadline shared with the caller

`improve`: greedy → LP bound → the LP rounded greedily (its requests in the order and on the
day it takes them) → per-slot matching and per-participant agendas → slot-neighbourhood LNS,
until the deadline or until the objective meets the bound. On small instances the neighbourhood
grows to every slot, which is the exact model. `greedy`: the greedy alone, which places
interpreters with the meetings. `greedy-after`: what organisers do by hand today — schedule as
if nobody needed an interpreter, then find interpreters (a maximum flow, heaviest meetings
first) and drop the meetings left without one. `cpsat`: the exact CP-SAT model from the greedy
hint (plain instances: pairs, one kind of table, no interpreters).

Every method reports a proven bound (the LP/Lagrangian bound, the cheap counting bounds when
time is short, for CP-SAT the smaller of that and its own), seats the meetings, routes
interpreters, places whatever still fits, and gives a reason for every request left out
(`unplaced`). The deadline holds for the whole call: each phase stops when it passes, and time
is kept for that closing pass.
"""

from __future__ import annotations

import math
import time

import numpy as np

from gyoryu.matching.scheduling.bound import interpreter_values, lp_bound
from gyoryu.matching.scheduling.cpsat import cpsat
from gyoryu.matching.scheduling.deadline import Deadline
from gyoryu.matching.scheduling.greedy import greedy_board, lp_order
from gyoryu.matching.scheduling.improve import Improver
from gyoryu.matching.scheduling.instance import UNSCHEDULED, Instance
from gyoryu.matching.scheduling.schedule import (
    Schedule,
    route_interpreters,
    seat,
    voice_clashes,
)
from gyoryu.matching.scheduling.unplaced import explain, fill

METHODS = ("improve", "greedy", "greedy-after", "cpsat")


def solve(inst: Instance, *, time_limit: float = 60.0, deadline: Deadline | None = None,
          method: str = "improve", seed: int = 0,
          prefer_tables: dict[int, int] | None = None) -> Schedule:
    """The best schedule found by `deadline` (default: `time_limit` seconds from now)."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; use one of {', '.join(METHODS)}")
    if method == "cpsat" and not inst.simple:
        raise ValueError("cpsat solves plain instances only (pairs, one kind of table, no "
                         "interpreters); use improve")
    if deadline is None:
        deadline = Deadline.after(time_limit)
    started = time.monotonic()
    # The limit is on the whole call: keep time for the closing pass (seating, interpreters,
    # what still fits, reasons) and for the last model to stop — at first a guess, then
    # measured by how fast the greedy went on this machine now.
    left = deadline.left()
    board = greedy_board(inst, interpreters=method != "greedy-after",
                         deadline=deadline.earlier(min(left / 2, inst.n_requests * 6e-5)))
    # (On small events a pause of the machine would dwarf the greedy: the guess stays.)
    pace = (time.monotonic() - started) / board.looked if board.looked >= 2000 else 3e-5
    work = deadline.earlier(closing_seconds(inst, pace, left))
    slot, voice, hall = board.slot.copy(), board.voice.copy(), _halls(inst, board.kind)
    if method == "greedy-after":
        voice = route_interpreters(inst, slot)
        slot[inst.need & (slot >= 0) & (voice < 0)] = UNSCHEDULED
    stats: dict = {"greedy": float(inst.weight[slot >= 0].sum())}
    # The LP gets at most a third of the time; stopping early weakens the bound, never breaks it.
    lp = lp_bound(inst, deadline=work.sooner(max(0.5, work.left() / 3)))
    stats["lp_bound"] = bound = lp.bound
    stats["lp_seconds"] = round(time.monotonic() - started, 3)
    proved = False
    if method == "improve":
        improver = Improver(inst, seed=seed)
        improver.started = started
        if lp.primal is not None and not work.passed("greedy"):
            # Rounding the LP greedily is often closer to the bound than the weight order;
            # requests the LP leaves out (share 0) only block the others, so they wait for the
            # closing pass, and the search tries the LP's requests first.
            prefer, share, day = lp.guide(inst)
            improver.focus = core = share > 1e-3
            order = [r for r in lp_order(inst, share) if core[r]]
            rounded = greedy_board(inst, order=order, prefer=prefer, prefer_day=day,
                                   deadline=work)
            stats["lp_greedy"] = float(inst.weight[rounded.slot >= 0].sum())
            if stats["lp_greedy"] > stats["greedy"]:
                slot, voice = rounded.slot.copy(), rounded.voice.copy()
                hall = _halls(inst, rounded.kind)
        improver.hall = hall
        improver.sweep(slot, deadline=work)
        stats["matching"] = improver.objective(slot)
        improver.trace.append((round(time.monotonic() - started, 2), stats["matching"]))
        improver.search(slot, voice, deadline=work, target=bound, hall=hall)
        proved = improver.exact and inst.integral  # MIPs ran on scaled, rounded weights otherwise
        stats["trace"] = improver.trace
    elif method == "cpsat":
        found, cp_bound, proved = cpsat(inst, time_limit=work.left("search"), hint=slot,
                                        seed=seed)
        stats["cpsat_bound"] = cp_bound
        if inst.weight[found >= 0].sum() >= inst.weight[slot >= 0].sum():
            slot = found
        proved = proved and inst.integral
    if method == "cpsat" and inst.integral:  # with fractional weights CP-SAT saw rounded ones
        bound = min(bound, _round_down(inst, stats["cpsat_bound"]))
    schedule = finish(inst, slot, voice, hall=hall, prefer_tables=prefer_tables)
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


def closing_seconds(inst: Instance, pace: float, limit: float) -> float:
    """Time kept for `finish` and for the last neighbourhood to stop: about twice what the
    greedy took per request (measured: the closing pass walks the left-out requests and
    writes their reasons at about that pace), at least 0.3 s, at most half the limit."""
    return min(max(0.3, min(1.0, 0.05 * limit), 2.0 * pace * inst.n_requests), limit / 2)


def _halls(inst: Instance, kind: np.ndarray) -> np.ndarray | None:
    """Walking instances: the hall of each meeting's table kind (what `seat` must keep)."""
    return inst.kind_where[np.maximum(kind, 0)] if inst.walking else None


def finish(inst: Instance, slot: np.ndarray, voice: np.ndarray, *,
           hall: np.ndarray | None = None,
           prefer_tables: dict[int, int] | None = None) -> Schedule:
    """Seat, route interpreters, place what still fits and explain the rest."""
    slot = slot.copy()
    table = seat(inst, slot, prefer_tables, hall=hall)
    slot[(slot >= 0) & (table < 0)] = UNSCHEDULED  # never expected: solvers count tables by kind
    if inst.need.any():
        where = inst.kind_where[inst.table_kind[np.maximum(table, 0)]] if inst.walking else None
        if not interpreters_hold(inst, slot, voice, where):
            voice = route_interpreters(inst, slot, prefer=voice, hall=where)
        slot[inst.need & (slot >= 0) & (voice < 0)] = UNSCHEDULED
    else:
        voice = np.full(inst.n_requests, -1, dtype=np.int64)
    if inst.walking:
        slot[too_far(inst, slot, table)] = UNSCHEDULED  # never expected: solvers keep halls
    table = np.where(slot >= 0, table, -1)
    voice = np.where(slot >= 0, voice, -1)
    fill(inst, slot, table, voice)
    return Schedule(slot=slot, table=table, interpreter=voice, bound=math.inf,
                    reasons=explain(inst, slot, table, voice))


def interpreters_hold(inst: Instance, slot: np.ndarray, voice: np.ndarray,
                      hall: np.ndarray | None = None) -> bool:
    """Whether the interpreters the search kept still serve every meeting that needs one (then
    no new routing is needed); with `hall` (each meeting's), walks between them included."""
    placed = np.flatnonzero((slot >= 0) & inst.need)
    i = voice[placed]
    if (i < 0).any():
        return False
    s = slot[placed]
    if not (inst.class_interp[inst.need_class[placed], i].all()
            and inst.interpreter_available[i, s].all()):
        return False
    if len(np.unique(i * inst.n_slots + s)) < len(placed):
        return False
    per_day = np.zeros((inst.n_interpreters, inst.n_days), dtype=np.int64)
    np.add.at(per_day, (i, inst.day_of[s]), 1)
    if (per_day > inst.interpreter_max[:, None]).any():
        return False
    if hall is not None and voice_clashes(inst, slot, voice, placed, hall, {}):
        return False
    return all(voice[p.request] == p.interpreter for p in inst.pins if p.interpreter is not None)


def too_far(inst: Instance, slot: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Meetings (not pinned) to drop so nobody walks between halls faster than the gaps allow:
    of two that clash, the lighter."""
    drop = np.zeros(inst.n_requests, dtype=bool)
    placed = np.flatnonzero((slot >= 0) & (table >= 0))
    holder = np.full((inst.n_participants, inst.n_slots), -1, dtype=np.int64)
    sizes = inst.size[placed]
    rep = np.repeat(placed, sizes)
    offsets = np.arange(len(rep)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    holder[inst.member_idx[inst.member_ptr[rep] + offsets], slot[rep]] = rep
    pinned = {p.request for p in inst.pins}
    for s in np.flatnonzero(inst.next_slot >= 0).tolist():
        t = int(inst.next_slot[s])
        both = np.flatnonzero((holder[:, s] >= 0) & (holder[:, t] >= 0))
        r, q = holder[both, s], holder[both, t]
        x = inst.kind_where[inst.table_kind[table[r]]]
        y = inst.kind_where[inst.table_kind[table[q]]]
        for a, b in zip(r[inst.clash[s, x, y]].tolist(), q[inst.clash[s, x, y]].tolist(),
                        strict=True):
            if drop[a] or drop[b]:
                continue
            lighter = b if (inst.weight[b] <= inst.weight[a] and b not in pinned) else a
            if lighter not in pinned:
                drop[lighter] = True
    return drop


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

"""Re-solving after a change (someone cancels, a slot is lost) without reshuffling everyone.

The choice: every meeting of the previous schedule that is still possible — its request still
exists, both sides are still available in its slot, its table still exists — is **pinned to its
slot and table**, and only the freed capacity is re-optimised (the unscheduled requests, and the
meetings that became impossible, compete for it). A meeting therefore moves only when it cannot
stay. This is simpler to explain to participants than "fewest moves" and costs little: a
cancellation frees one table per lost meeting, which the solver refills with the best requests
that fit. The bound reported is for this pinned problem.

Known limit: a meeting that had to leave its slot may find no room even when moving a kept
meeting would make some; it is then reported unscheduled (`stats["released"]` lists the
meetings that had to leave). "Maximise weight, then move as few as possible" would fix that
and is the next step.
"""

from __future__ import annotations

from typing import Any

from gyoryu.matching.scheduling.instance import Instance, InstanceError, Pin, Schedule
from gyoryu.matching.scheduling.solve import solve


def kept_pins(inst: Instance, previous: list[dict[str, Any]]) -> tuple[list[Pin], list[Any]]:
    """Pins for the previous assignments that still fit, and the ids of those that do not."""
    requests = {rid: i for i, rid in enumerate(inst.request_ids)}
    slots = {sid: i for i, sid in enumerate(inst.slot_ids)}
    pins = list(inst.pins)
    pinned = {p.request for p in pins}
    busy = {(int(who), p.slot) for p in pins for who in (inst.a[p.request], inst.b[p.request])}
    tables = {(p.slot, p.table) for p in pins if p.table is not None}
    load = [0] * inst.n_slots
    for p in pins:
        load[p.slot] += 1
    released = []
    for i, item in enumerate(previous):
        if not isinstance(item, dict) or "request" not in item or "slot" not in item:
            raise InstanceError(f"previous[{i}]: expected an object with request, slot and table")
        rid = item["request"]
        if rid not in requests:
            continue  # the request was withdrawn: its meeting is simply gone
        r, s, t = requests[rid], slots.get(item["slot"]), item.get("table")
        if r in pinned:
            continue
        sides = (int(inst.a[r]), int(inst.b[r]))
        fits = (
            s is not None and bool(inst.cand[r, s]) and load[s] < inst.tables
            and all((who, s) not in busy for who in sides)
            and (t is None or (isinstance(t, int) and 0 <= t < inst.tables
                               and (s, t) not in tables))
        )
        if not fits:
            released.append(rid)
            continue
        pins.append(Pin(request=r, slot=s, table=t))
        pinned.add(r)
        busy.update((who, s) for who in sides)
        tables.add((s, t))
        load[s] += 1
    return pins, released


def reschedule(inst: Instance, previous: list[dict[str, Any]], *, time_limit: float = 60.0,
               method: str = "improve", seed: int = 0) -> Schedule:
    """Solve `inst` keeping every still-possible meeting of `previous` at its slot and table."""
    pins, released = kept_pins(inst, previous)
    pinned_inst = Instance(slot_ids=inst.slot_ids, tables=inst.tables,
                           participant_ids=inst.participant_ids, available=inst.available,
                           request_ids=inst.request_ids, a=inst.a, b=inst.b, weight=inst.weight,
                           pins=pins)
    schedule = solve(pinned_inst, time_limit=time_limit, method=method, seed=seed)
    schedule.stats["released"] = released
    return schedule

"""Re-solving after a change (someone cancels, a slot is lost) without reshuffling everyone.

The choice: every meeting of the previous schedule that is still possible — its request still
exists, both sides are still available in its slot, its table still exists — is **pinned to its
slot and table**, and only the freed capacity is re-optimised (the unscheduled requests, and the
meetings that became impossible, compete for it). A meeting therefore moves only when it cannot
stay. This is simpler to explain to participants than "fewest moves" and costs little: a
cancellation frees one table per lost meeting, which the solver refills with the best requests
that fit. The bound reported is for this pinned problem.

A meeting that had to leave its slot and finds no free room is then placed by moving as few
kept meetings as it takes (`make_room`): one that blocks one of its sides, or its last table,
moves to another slot where it fits. Moving is "needed" only so; `stats["released"]` lists every
meeting that left its place (had to, or was moved for another), `stats["moved"]` the latter.
The bound reported is for the pinned problem, or, once a kept meeting has moved, the LP bound of
the problem without those pins.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from gyoryu.matching.scheduling.bound import lp_bound
from gyoryu.matching.scheduling.deadline import Deadline
from gyoryu.matching.scheduling.instance import Instance, InstanceError, Pin
from gyoryu.matching.scheduling.schedule import Schedule
from gyoryu.matching.scheduling.solve import finish, solve


def kept_pins(inst: Instance, previous: list[dict[str, Any]]) -> tuple[list[Pin], list[Any]]:
    """Pins for the previous assignments that still fit, and the ids of those that do not."""
    requests = {rid: i for i, rid in enumerate(inst.request_ids)}
    slots = {sid: i for i, sid in enumerate(inst.slot_ids)}
    tables_by_label = {inst.table_label(t): t for t in range(inst.n_tables)}
    voices_by_id = {iid: i for i, iid in enumerate(inst.interpreter_ids)}
    pins = list(inst.pins)
    pinned = {p.request for p in pins}
    busy = {(int(who), p.slot) for p in pins for who in inst.members[p.request]}
    tables = {(p.slot, p.table) for p in pins if p.table is not None}
    voices = {(p.slot, p.interpreter) for p in pins if p.interpreter is not None}
    per_day: dict[tuple[int, int], int] = {}
    for p in pins:
        if p.interpreter is not None:
            key = (p.interpreter, int(inst.day_of[p.slot]))
            per_day[key] = per_day.get(key, 0) + 1
    load = np.zeros((inst.n_kinds, inst.n_slots), dtype=np.int64)
    for p in pins:
        load[_kind(inst, p.request, p.table), p.slot] += 1
    halls = {(who, p.slot): int(inst.kind_where[inst.table_kind[p.table]])
             for p in pins if p.table is not None for who in inst.members[p.request]}
    voice_halls = {(p.interpreter, p.slot): int(inst.kind_where[inst.table_kind[p.table]])
                   for p in pins if p.table is not None and p.interpreter is not None}
    released = []
    for i, item in enumerate(previous):
        if not isinstance(item, dict) or "request" not in item or "slot" not in item:
            raise InstanceError(f"previous[{i}]: expected an object with request, slot and table")
        rid = item["request"]
        if rid not in requests:
            continue  # the request was withdrawn: its meeting is simply gone
        r, s = requests[rid], slots.get(item["slot"])
        label = item.get("table")
        t = None if label is None or isinstance(label, bool) else tables_by_label.get(label, -1)
        v = item.get("interpreter")
        i = None if v is None else voices_by_id.get(v, -1)
        if r in pinned:
            continue
        sides = inst.members[r]
        kind = _kind(inst, r, t) if t != -1 else -1
        fits = (
            s is not None and bool(inst.cand[r, s]) and t != -1 and kind >= 0
            and load[kind, s] < inst.kind_cap[kind, s]
            and all((who, s) not in busy for who in sides)
            and (t is None or (s, t) not in tables)
            and _voice_fits(inst, r, s, i, voices, per_day)
            and (not inst.walking or t is None
                 or (inst.too_far(r, s, int(inst.kind_where[inst.table_kind[t]]), halls) is None
                     and (i is None or not inst.voice_too_far(
                         i, s, int(inst.kind_where[inst.table_kind[t]]), voice_halls))))
        )
        if not fits:
            released.append(rid)
            continue
        pins.append(Pin(request=r, slot=s, table=t, interpreter=i))
        pinned.add(r)
        busy.update((who, s) for who in sides)
        tables.add((s, t))
        load[kind, s] += 1
        if t is not None:
            halls.update({(who, s): int(inst.kind_where[inst.table_kind[t]]) for who in sides})
            if i is not None:
                voice_halls[(i, s)] = int(inst.kind_where[inst.table_kind[t]])
        if i is not None:
            voices.add((s, i))
            per_day[(i, int(inst.day_of[s]))] = per_day.get((i, int(inst.day_of[s])), 0) + 1
    return pins, released


def _kind(inst: Instance, r: int, t: int | None) -> int:
    """The table kind a kept meeting holds: its table's, or (no table given) its first usable."""
    if t is not None:
        kind = int(inst.table_kind[t])
        return kind if inst.compat[r, kind] else -1
    usable = np.flatnonzero(inst.compat[r])
    return int(usable[0]) if len(usable) else -1


def _voice_fits(inst: Instance, r: int, s: int, i: int | None, voices: set,
                per_day: dict) -> bool:
    """A kept meeting keeps its interpreter only if they can still serve it (or it needs none:
    then it must not carry one; one that needs an interpreter and had none is re-planned)."""
    if not inst.need[r]:
        return i is None
    if i is None or i < 0:
        return False
    c = int(inst.need_class[r])
    return (bool(inst.class_interp[c, i]) and bool(inst.interpreter_available[i, s])
            and (s, i) not in voices
            and per_day.get((i, int(inst.day_of[s])), 0) < inst.interpreter_max[i])


def reschedule(inst: Instance, previous: list[dict[str, Any]], *, time_limit: float = 60.0,
               deadline: Deadline | None = None, method: str = "improve",
               seed: int = 0) -> Schedule:
    """Solve `inst` keeping every still-possible meeting of `previous` at its slot and table."""
    if deadline is None:
        deadline = Deadline.after(time_limit)
    pins, released = kept_pins(inst, previous)
    # Moving kept meetings (below) needs the unpinned bound: keep a quarter of the time for it.
    keep = deadline.left() / 4 if inst.simple and released else 0.0
    schedule = solve(inst.with_pins(pins), deadline=deadline.earlier(keep), method=method,
                     seed=seed)
    index = {rid: i for i, rid in enumerate(inst.request_ids)}
    fixed = {p.request for p in inst.pins}
    kept = {p.request for p in pins} - fixed
    moved = make_room(inst, schedule.slot, kept,
                      [index[rid] for rid in released if rid in index]) if inst.simple else []
    if moved:
        prefer = {int(r): int(schedule.table[r]) for r in np.flatnonzero(schedule.slot >= 0)
                  if r not in moved and schedule.table[r] >= 0}
        redone = finish(inst, schedule.slot, schedule.interpreter, prefer_tables=prefer)
        schedule.slot, schedule.table = redone.slot, redone.table
        schedule.interpreter, schedule.reasons = redone.interpreter, redone.reasons
        objective = schedule.objective(inst)
        bound = lp_bound(inst, deadline=deadline).bound
        schedule.bound = max(objective, bound)
        schedule.status = "optimal" if objective >= schedule.bound - 1e-9 else "feasible"
    schedule.stats["moved"] = [inst.request_ids[r] for r in moved]
    schedule.stats["released"] = released + schedule.stats["moved"]
    return schedule


def make_room(inst: Instance, slot: np.ndarray, movable: set[int], wanted: list[int]) -> list[int]:
    """Place each unscheduled request of `wanted` (heaviest first) by moving the fewest movable
    meetings, one step deep: those holding one of its sides in a slot — and, when the slot is
    full, one more — each go to another slot where both their sides are free and a table is
    left. `slot` is changed in place; returns the requests moved."""
    busy = {(int(who), int(slot[r])): int(r) for r in np.flatnonzero(slot >= 0)
            for who in (inst.a[r], inst.b[r])}
    load = np.bincount(slot[slot >= 0], minlength=inst.n_slots)
    moved: list[int] = []

    def relocate(plan: list[int], s: int) -> dict[int, int] | None:
        """Another slot for each meeting of `plan`, or None. Only the plan's own seats are looked
        at as changed (`added`), so a try costs the plan's size, not the schedule's."""
        leaving = set(plan)
        added: dict[tuple[int, int], int] = {}
        extra: dict[int, int] = {}

        def free(q: int, t: int) -> bool:
            for who in (int(inst.a[q]), int(inst.b[q])):
                if added.get((who, t), q) != q:
                    return False  # another meeting of the plan just moved there
                holder = busy.get((who, t))
                if holder is not None and holder != q and holder not in leaving:
                    return False
            return True

        out = {}
        for q in plan:
            to = next((t for t in inst.cand_slots[q] if t != s and free(q, t)
                       and load[t] + extra.get(t, 0) < inst.tables), None)
            if to is None:
                return None
            out[q] = to
            extra[to] = extra.get(to, 0) + 1
            added.update({(int(who), to): q for who in (inst.a[q], inst.b[q])})
        return out

    for r in sorted(wanted, key=lambda r: -inst.weight[r]):
        if slot[r] >= 0:
            continue
        best: dict[int, int] | None = None
        for s in inst.cand_slots[r]:
            blockers = sorted({busy[k] for k in ((int(inst.a[r]), s), (int(inst.b[r]), s))
                               if k in busy})
            if any(q not in movable for q in blockers):
                continue
            options = [blockers]
            if load[s] - len(blockers) >= inst.tables:  # no table left: one more must go
                options = [blockers + [q] for q in np.flatnonzero(slot == s).tolist()
                           if q in movable and q not in blockers]
            for plan in options:
                if best is not None and len(plan) >= len(best) - 1:
                    continue
                if (found := relocate(plan, s)) is not None:
                    best = {**found, r: s}
        if best is None:
            continue
        for q, to in best.items():
            if slot[q] >= 0:
                load[slot[q]] -= 1
                for who in (inst.a[q], inst.b[q]):
                    busy.pop((int(who), int(slot[q])), None)
            slot[q] = to
            load[to] += 1
            busy.update({(int(who), to): q for who in (inst.a[q], inst.b[q])})
            if q != r:
                moved.append(q)
                movable.discard(q)  # a meeting moves once at most
    return moved

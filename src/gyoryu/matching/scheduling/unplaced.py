"""Why a request was left out: computed on the final schedule, never guessed.

First every request that still fits somewhere is placed (`fill`): after that, a request left
out fails in every slot both sides are available in, and the reason says how:

    no_common_slot    its participants share no available slot
    participant_full  in every common slot one of its participants already meets someone:
                      detail "taken" names who, in which slot, for which request
    no_table          in some common slot everyone is free, but no table that fits it (seats,
                      reserved sector, hall) is free there: detail "slots", "seats"
    walking_time      in some common slot everyone is free and a table that fits is free, but
                      only in halls one of them cannot reach from (or leave for) their meeting
                      in the slot before (after): detail "slots", "next_to" (those meetings)
    no_interpreter    in some common slot everyone is free and a table is too, but no
                      interpreter with a bridging pair is free there (idle, available, under
                      their daily limit and — with walking between halls — able to walk to a
                      hall where such a table is free): detail "slots", "pairs"

The code is the furthest a request got, so `no_interpreter` means a table was free; the
details also list the busy slots ("taken"), so every claim can be checked against the instance
(the property tests do). Both passes work on whole arrays: `fill` walks only the requests that
still fit somewhere (after a full search, a handful), so reasons stay cheap on the biggest
events.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gyoryu.matching.scheduling.greedy import Board
from gyoryu.matching.scheduling.instance import Instance


def board_of(inst: Instance, slot: np.ndarray, table: np.ndarray, voice: np.ndarray) -> Board:
    board = Board(inst)
    for r in np.flatnonzero(slot >= 0).tolist():
        board.place(r, int(slot[r]), int(inst.table_kind[table[r]]), int(voice[r]))
    return board


@dataclass
class Room:
    """What the schedule leaves free, for a set of left-out requests, per (request, slot):
    `free` everyone is free, `table` and a fitting table too, `reach` one they can all walk
    to, `voice` and an interpreter if one is needed."""

    requests: np.ndarray
    holder: np.ndarray  # [participants, slots]: the request each one meets for (−1: free)
    first: np.ndarray  # [requests, slots]: the first busy participant (−1: none)
    free: np.ndarray
    table: np.ndarray
    reach: np.ndarray
    voice: np.ndarray

    @property
    def fits(self) -> np.ndarray:
        return self.voice


def room(inst: Instance, slot: np.ndarray, table: np.ndarray, voice: np.ndarray,
         requests: np.ndarray) -> Room:
    n_s, n_p = inst.n_slots, inst.n_participants
    placed = np.flatnonzero(slot >= 0)
    holder = np.full((n_p, n_s), -1, dtype=np.int64)
    sizes = inst.size[placed]
    rep = np.repeat(placed, sizes)
    offsets = np.arange(len(rep)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    holder[inst.member_idx[inst.member_ptr[rep] + offsets], slot[rep]] = rep
    # Who of each request is busy first (in member order), per slot.
    n_r = len(requests)
    first = np.full((n_r, n_s), -1, dtype=np.int64)
    size = inst.size[requests]
    for j in range(int(size.max()) if n_r else 0):
        has = size > j
        who = np.where(has, inst.member_idx[inst.member_ptr[requests] + np.minimum(j, size - 1)],
                       0)
        busy = has[:, None] & (holder[who] >= 0) & (first < 0)
        first[busy] = np.broadcast_to(who[:, None], first.shape)[busy]
    free = inst.common[requests] & (first < 0)
    kfree = inst.kind_cap.copy()
    np.subtract.at(kfree, (inst.table_kind[table[placed]], slot[placed]), 1)
    compat = inst.compat[requests]
    has_table = free & ((compat.astype(np.int64) @ (kfree > 0).astype(np.int64)) > 0)
    reach = has_table
    if inst.walking:
        fitting = compat[:, :, None] & (kfree > 0)[None, :, :]  # [request, kind, slot]
        in_hall = has_table[:, :, None] & _reachable(inst, slot, table, requests, holder,
                                                     fitting)
        reach = in_hall.any(axis=2)
    ok = reach.copy()
    needy = np.flatnonzero(inst.need[requests])
    if len(needy):
        busy = np.zeros((inst.n_interpreters, n_s), dtype=bool)
        served = placed[voice[placed] >= 0]
        busy[voice[served], slot[served]] = True
        per_day = np.zeros((inst.n_interpreters, inst.n_days), dtype=np.int64)
        np.add.at(per_day, (voice[served], inst.day_of[slot[served]]), 1)
        idle = (inst.interpreter_available & ~busy
                & (per_day < inst.interpreter_max[:, None])[:, inst.day_of])
        if inst.walking and inst.n_interpreters == 0:
            ok[needy] = False
        elif inst.walking:  # an idle interpreter who can walk to a hall where the meeting fits
            can = _voice_halls(inst, idle, served, slot, table, voice)  # [i, s, hall]
            n_c = len(inst.class_pairs)
            class_free = (inst.class_interp.astype(np.int64)
                          @ can.reshape(len(can), -1).astype(np.int64)).reshape(n_c, n_s, -1) > 0
            ok[needy] &= (in_hall[needy]
                          & class_free[inst.need_class[requests[needy]]]).any(axis=2)
        else:
            class_free = (inst.class_interp.astype(np.int64) @ idle.astype(np.int64)) > 0
            ok[needy] &= class_free[inst.need_class[requests[needy]]]
    return Room(requests=requests, holder=holder, first=first, free=free, table=has_table,
                reach=reach, voice=ok)


def _voice_halls(inst: Instance, idle: np.ndarray, served: np.ndarray, slot: np.ndarray,
                 table: np.ndarray, voice: np.ndarray) -> np.ndarray:
    """[interpreter, slot, hall]: idle there and able to walk to the hall from their meeting in
    the slot before and on to their meeting in the slot after."""
    n_i, n_s = idle.shape
    at = np.full((n_i, n_s), -1, dtype=np.int64)
    at[voice[served], slot[served]] = inst.kind_where[inst.table_kind[table[served]]]
    can = np.repeat(idle[:, :, None], inst.n_halls + 1, axis=2)
    for s in range(n_s):
        before, after = int(inst.prev_slot[s]), int(inst.next_slot[s])
        if before >= 0:
            who = np.flatnonzero(at[:, before] >= 0)
            can[who, s] &= ~inst.clash[before, at[who, before], :]
        if after >= 0:
            who = np.flatnonzero(at[:, after] >= 0)
            can[who, s] &= ~inst.clash[s][:, at[who, after]].T
    return can


def _reachable(inst: Instance, slot: np.ndarray, table: np.ndarray, requests: np.ndarray,
               holder: np.ndarray, fitting: np.ndarray) -> np.ndarray:
    """[request, slot, hall]: a free fitting table in that hall, which every participant can
    walk to from their meeting in the slot before and leave for their meeting in the slot
    after."""
    n_h, n_s = inst.n_halls + 1, inst.n_slots
    hall_at = np.full(holder.shape, -1, dtype=np.int64)
    held = holder >= 0
    hall_at[held] = inst.kind_where[inst.table_kind[table[holder[held]]]]
    reach = np.ones((len(requests), n_s, n_h), dtype=bool)
    before, after = inst.prev_slot, inst.next_slot
    size = inst.size[requests]
    for j in range(int(size.max()) if len(requests) else 0):
        has = size > j
        who = inst.member_idx[inst.member_ptr[requests] + np.minimum(j, size - 1)]
        prev_h = np.where(before >= 0, hall_at[who][:, np.maximum(before, 0)], -1)  # [r, s]
        next_h = np.where(after >= 0, hall_at[who][:, np.maximum(after, 0)], -1)
        rows, cols = np.nonzero(has[:, None] & (prev_h >= 0))
        reach[rows, cols] &= ~inst.clash[before[cols], prev_h[rows, cols]]
        rows, cols = np.nonzero(has[:, None] & (next_h >= 0))
        reach[rows, cols] &= ~inst.clash[cols, :, next_h[rows, cols]]
    hall_ok = reach[:, :, inst.kind_where]  # [r, s, kinds]
    fit = fitting.transpose(0, 2, 1) & hall_ok
    out = np.zeros_like(reach)
    for h in range(n_h):
        out[:, :, h] = fit[:, :, inst.kind_where == h].any(axis=2)
    return out


def fill(inst: Instance, slot: np.ndarray, table: np.ndarray, voice: np.ndarray) -> None:
    """Place every left-out request that fits as things stand (heaviest first), in place.

    Placing only takes room, so a request that fits nowhere now never will: only those that
    fit somewhere are walked one by one."""
    left_out = np.flatnonzero(slot < 0)
    if len(left_out) == 0:
        return
    maybe = left_out[room(inst, slot, table, voice, left_out).fits.any(axis=1)]
    if len(maybe) == 0:
        return
    board = board_of(inst, slot, table, voice)
    order = maybe[np.lexsort((maybe, -inst.weight[maybe]))]
    used = np.zeros((inst.n_tables, inst.n_slots), dtype=bool)
    used[table[slot >= 0], slot[slot >= 0]] = True
    avail = (np.ones((inst.n_tables, inst.n_slots), dtype=bool) if inst.table_available is None
             else inst.table_available)
    for r in order.tolist():
        best = board.best_slot(r)
        if best is None:
            continue
        s, kind, who = best
        t = int(np.flatnonzero((inst.table_kind == kind) & avail[:, s] & ~used[:, s])[0])
        board.place(r, s, kind, who)
        slot[r], table[r], voice[r] = s, t, who
        used[t, s] = True


def explain(inst: Instance, slot: np.ndarray, table: np.ndarray,
            voice: np.ndarray) -> list[dict]:
    """A reason with its detail for every request left out (after `fill`)."""
    left_out = np.flatnonzero(slot < 0)
    if len(left_out) == 0:
        return []
    pid, sid, rid = inst.participant_ids, inst.slot_ids, inst.request_ids
    here = room(inst, slot, table, voice, left_out)
    # Per (request, slot): 0 not common, 1 taken, 2 no table, 3 no reachable table, 4 no
    # interpreter (5: fits, never after `fill`; told as no interpreter if it happens).
    stage = (inst.common[left_out].astype(np.int8) + here.free + here.table + here.reach
             + here.fits)
    furthest = stage.max(axis=1).tolist()
    rows, cols = np.nonzero(stage == 1)
    # Who holds a slot is the same for every request that finds them busy there: one entry per
    # (participant, slot), shared by those lists (read-only; a fifth as many to build).
    keys, which = np.unique(here.first[rows, cols] * inst.n_slots + cols, return_inverse=True)
    who, at = keys // inst.n_slots, keys % inst.n_slots
    entries = [{"slot": sid[s], "participant": pid[p], "request": rid[q]}
               for s, p, q in zip(at.tolist(), who.tolist(), here.holder[who, at].tolist(),
                                  strict=True)]
    taken = _per_row([entries[k] for k in which.ravel().tolist()], rows, len(left_out))
    no_table = _slots_at(stage == 2, sid)
    far = _slots_at(stage == 3, sid) if inst.walking else None
    voiceless = _slots_at(stage >= 4, sid)
    pairs = [sorted("-".join(sorted(p)) for p in c) for c in inst.class_pairs]
    out = []
    for j, r in enumerate(left_out.tolist()):
        top = furthest[j]
        if top == 0:
            out.append({"request": rid[r], "reason": "no_common_slot", "detail": {
                "available": {pid[p]: [sid[s] for s in np.flatnonzero(inst.available[p])]
                              for p in inst.members[r]}}})
        elif top == 1:
            out.append({"request": rid[r], "reason": "participant_full",
                        "detail": {"taken": taken[j]}})
        elif top == 2:
            out.append({"request": rid[r], "reason": "no_table",
                        "detail": {"slots": no_table[j], "seats": int(inst.size[r]),
                                   "taken": taken[j]}})
        elif top == 3:
            out.append({"request": rid[r], "reason": "walking_time", "detail": {
                "slots": far[j], "taken": taken[j], "no_table": no_table[j],
                "next_to": _next_to(inst, r, np.flatnonzero(stage[j] == 3).tolist(),
                                    here.holder, table)}})
        else:
            detail = {"slots": voiceless[j],
                      "pairs": pairs[inst.need_class[r]] if inst.need_class[r] >= 0 else [],
                      "taken": taken[j], "no_table": no_table[j]}
            if far is not None:
                detail["walking"] = far[j]
            out.append({"request": rid[r], "reason": "no_interpreter", "detail": detail})
    return out


def _per_row(items: list, rows: np.ndarray, n: int) -> list[list]:
    """Items in row order, cut into one list per row (rows sorted, as np.nonzero gives)."""
    cuts = np.searchsorted(rows, np.arange(n + 1)).tolist()
    return [items[cuts[j]:cuts[j + 1]] for j in range(n)]


def _slots_at(mask: np.ndarray, sid: list) -> list[list]:
    rows, cols = np.nonzero(mask)
    return _per_row([sid[s] for s in cols.tolist()], rows, mask.shape[0])


def _next_to(inst: Instance, r: int, slots: list[int], holder: np.ndarray,
             table: np.ndarray) -> list[dict]:
    """The meetings of r's participants just before and after the given slots, with their
    hall: what the walk would be from or to."""
    out = []
    for s in slots:
        for t in (int(inst.prev_slot[s]), int(inst.next_slot[s])):
            if t < 0:
                continue
            for p in inst.members[r]:
                q = int(holder[p, t])
                hall = inst.table_hall[table[q]] if q >= 0 and inst.table_hall else None
                if hall is not None:
                    out.append({"slot": inst.slot_ids[t], "participant": inst.participant_ids[p],
                                "request": inst.request_ids[q], "hall": hall})
    return out

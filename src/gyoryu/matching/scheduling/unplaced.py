"""Why a request was left out: computed on the final schedule, never guessed.

First every request that still fits somewhere is placed (`fill`): after that, a request left
out fails in every slot both sides are available in, and the reason says how:

    no_common_slot    its participants share no available slot
    participant_full  in every common slot one of its participants already meets someone:
                      detail "taken" names who, in which slot, for which request
    no_table          in some common slot everyone is free, but no table that fits it (seats,
                      reserved sector, hall) is free there: detail "slots", "seats"
    no_interpreter    in some common slot everyone is free and a table is too, but no
                      interpreter with a bridging pair is free there (idle, available and
                      under their daily limit): detail "slots", "pairs"

The code is the furthest a request got, so `no_interpreter` means a table was free; the
details also list the busy slots ("taken"), so every claim can be checked against the instance
(the property tests do).
"""

from __future__ import annotations

import numpy as np

from gyoryu.matching.scheduling.greedy import Board
from gyoryu.matching.scheduling.instance import Instance


def board_of(inst: Instance, slot: np.ndarray, table: np.ndarray, voice: np.ndarray) -> Board:
    board = Board(inst)
    for r in np.flatnonzero(slot >= 0).tolist():
        board.place(r, int(slot[r]), int(inst.table_kind[table[r]]), int(voice[r]))
    return board


def fill(inst: Instance, slot: np.ndarray, table: np.ndarray, voice: np.ndarray) -> Board:
    """Place every left-out request that fits as things stand (heaviest first), in place."""
    board = board_of(inst, slot, table, voice)
    left_out = np.flatnonzero(slot < 0)
    if len(left_out) == 0:
        return board
    order = left_out[np.lexsort((left_out, -inst.weight[left_out]))]
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
    return board


def explain(inst: Instance, slot: np.ndarray, board: Board) -> list[dict]:
    """A reason with its detail for every request left out (after `fill`)."""
    out = []
    left_out = np.flatnonzero(slot < 0)
    if len(left_out) == 0:
        return out
    pid, sid, rid = inst.participant_ids, inst.slot_ids, inst.request_ids
    # holder[p, s]: the request participant p meets for in slot s (−1: free).
    holder = np.full((inst.n_participants, inst.n_slots), -1, dtype=np.int64)
    placed = np.flatnonzero(slot >= 0)
    sizes = inst.size[placed]
    rep = np.repeat(placed, sizes)
    offsets = np.arange(len(rep)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    holder[inst.member_idx[inst.member_ptr[rep] + offsets], slot[rep]] = rep
    # Who of each left-out request is busy first (in member order), per slot.
    first = np.full((len(left_out), inst.n_slots), -1, dtype=np.int64)
    for j in range(int(inst.size[left_out].max())):
        has = inst.size[left_out] > j
        who = np.where(has, inst.member_idx[inst.member_ptr[left_out] + np.minimum(
            j, inst.size[left_out] - 1)], 0)
        busy = has[:, None] & (holder[who] >= 0) & (first < 0)
        first[busy] = np.broadcast_to(who[:, None], first.shape)[busy]
    kfree = np.array(board.kfree, dtype=np.int64).reshape(inst.n_kinds, inst.n_slots)
    table_free = (inst.compat[left_out].astype(np.int64) @ (kfree > 0).astype(np.int64)) > 0
    common = inst.common[left_out]
    for j, r in enumerate(left_out.tolist()):
        slots = np.flatnonzero(common[j]).tolist()
        if not slots:
            out.append({"request": rid[r], "reason": "no_common_slot", "detail": {
                "available": {pid[p]: [sid[s] for s in np.flatnonzero(inst.available[p])]
                              for p in inst.members[r]}}})
            continue
        taken, no_table, no_voice = [], [], []
        for s in slots:
            p = first[j, s]
            if p >= 0:
                taken.append({"slot": sid[s], "participant": pid[p],
                              "request": rid[holder[p, s]]})
            elif not table_free[j, s]:
                no_table.append(sid[s])
            else:
                no_voice.append(sid[s])
        if no_voice:
            pairs = ([] if inst.need_class[r] < 0 else
                     sorted("-".join(sorted(p)) for p in inst.class_pairs[inst.need_class[r]]))
            out.append({"request": rid[r], "reason": "no_interpreter",
                        "detail": {"slots": no_voice, "pairs": pairs, "taken": taken,
                                   "no_table": no_table}})
        elif no_table:
            out.append({"request": rid[r], "reason": "no_table",
                        "detail": {"slots": no_table, "seats": int(inst.size[r]),
                                   "taken": taken}})
        else:
            out.append({"request": rid[r], "reason": "participant_full",
                        "detail": {"taken": taken}})
    return out

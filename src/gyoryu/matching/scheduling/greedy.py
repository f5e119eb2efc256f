"""The weight-ordered greedy schedule: the fast baseline and every other solver's starting point.

Requests are taken heaviest first (ties: the one with fewer usable slots first) and put in the
usable slot with the most free tables, which keeps slots evenly filled for later requests.
Slot sets are Python integers used as bit masks, which makes a pass over 10,000 requests a few
tens of milliseconds.
"""

from __future__ import annotations

import numpy as np

from gyoryu.matching.scheduling.instance import UNSCHEDULED, Instance


def masks(inst: Instance) -> list[int]:
    """Each request's usable slots as a bit mask."""
    weights = 1 << np.arange(inst.n_slots, dtype=object)
    return [int(np.dot(row.astype(object), weights)) if row.any() else 0 for row in inst.cand]


def greedy(inst: Instance, *, order: list[int] | None = None,
           start: np.ndarray | None = None) -> np.ndarray:
    """A feasible slot per request (or UNSCHEDULED), keeping pins and any `start` assignment."""
    n_s, cap = inst.n_slots, inst.tables
    slot = np.full(inst.n_requests, UNSCHEDULED, dtype=np.int64)
    busy = [0] * inst.n_participants
    load = [0] * n_s
    full = 0
    cand = masks(inst)
    a, b = inst.a.tolist(), inst.b.tolist()

    def place(r: int, s: int) -> None:
        nonlocal full
        slot[r] = s
        busy[a[r]] |= 1 << s
        busy[b[r]] |= 1 << s
        load[s] += 1
        if load[s] >= cap:
            full |= 1 << s

    for p in inst.pins:
        place(p.request, p.slot)
    if start is not None:
        for r in np.flatnonzero(start >= 0):
            if slot[r] < 0:
                place(int(r), int(start[r]))
    if order is None:
        order = weight_order(inst)
    for r in order:
        if slot[r] >= 0:
            continue
        free = cand[r] & ~busy[a[r]] & ~busy[b[r]] & ~full
        if not free:
            continue
        best, best_load = -1, cap + 1
        while free:
            low = free & -free
            s = low.bit_length() - 1
            if load[s] < best_load:
                best, best_load = s, load[s]
            free ^= low
        place(r, best)
    return slot


def weight_order(inst: Instance) -> list[int]:
    n_cand = inst.cand.sum(axis=1)
    return np.lexsort((np.arange(inst.n_requests), n_cand, -inst.weight)).tolist()

"""The schedule: slots, then tables and interpreters given to the meetings of each slot.

Solvers decide slots while counting tables per kind and interpreters per class, which is
exact: given the slots, a table per meeting and an interpreter per meeting that needs one exist
exactly when two flows are feasible. `seat` and `route_interpreters` compute those flows
(OR-Tools' max flow and min-cost flow), keeping pinned and previous choices where they can.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from ortools.graph.python import max_flow, min_cost_flow

from gyoryu.matching.scheduling.instance import Instance, _number


@dataclass
class Schedule:
    """A solution: `slot[r]` a slot index or UNSCHEDULED, `table[r]` a table index or -1,
    `interpreter[r]` an interpreter index or -1; `reasons` for every request left out."""

    slot: np.ndarray
    table: np.ndarray
    bound: float
    status: str = "feasible"
    stats: dict = field(default_factory=dict)
    interpreter: np.ndarray | None = None
    reasons: list[dict] = field(default_factory=list)
    report: dict = field(default_factory=dict)  # interpreters' use and value, for organisers

    def objective(self, inst: Instance) -> float:
        return float(inst.weight[self.slot >= 0].sum())

    def as_dict(self, inst: Instance) -> dict:
        placed = np.flatnonzero(self.slot >= 0)
        order = placed[np.lexsort((self.table[placed], self.slot[placed]))]
        voice = (self.interpreter if self.interpreter is not None
                 else np.full(inst.n_requests, -1, dtype=np.int64))
        rid, sid, iid = inst.request_ids, inst.slot_ids, inst.interpreter_ids
        label = (list(range(inst.n_tables)) if inst.table_ids is None else inst.table_ids)
        out = {
            "status": self.status,
            "objective": _number(self.objective(inst)),
            "bound": _number(self.bound),
            "assignments": [
                {"request": rid[r], "slot": sid[s], "table": label[t],
                 "interpreter": iid[i] if i >= 0 else None}
                for r, s, t, i in zip(order.tolist(), self.slot[order].tolist(),
                                      self.table[order].tolist(), voice[order].tolist(),
                                      strict=True)
            ],
            "unscheduled": list(self.reasons) if self.reasons else [
                {"request": rid[r], "reason": None, "detail": {}}
                for r in np.flatnonzero(self.slot < 0).tolist()],
        }
        if self.report:
            out["interpreters"] = self.report
        return out


def seat(inst: Instance, slot: np.ndarray, prefer: dict[int, int] | None = None,
         hall: np.ndarray | None = None) -> np.ndarray:
    """A table for each scheduled meeting: pinned tables, then preferred ones, then a flow from
    meetings to table kinds. With `hall` (walking instances: the hall index the solver chose
    for each meeting, `n_halls` for none) every meeting gets a table of its hall. A meeting
    left at -1 found no table (solvers never leave one)."""
    table = np.full(inst.n_requests, -1, dtype=np.int64)
    usable = inst.compat
    if hall is not None:
        usable = inst.compat & (inst.kind_where[None, :] == hall[:, None])
    n_t = inst.n_tables
    avail = (np.ones((n_t, inst.n_slots), dtype=bool) if inst.table_available is None
             else inst.table_available)
    used = np.zeros((n_t, inst.n_slots), dtype=bool)
    claims = [(p.request, p.table) for p in inst.pins if p.table is not None]
    claims += [(r, t) for r, t in (prefer or {}).items()]
    pinned = {p.request for p in inst.pins if p.table is not None}
    for r, t in claims:
        s = int(slot[r])
        if (s >= 0 and table[r] < 0 and 0 <= t < n_t and avail[t, s] and not used[t, s]
                and (usable[r, inst.table_kind[t]] or r in pinned)):
            table[r] = t
            used[t, s] = True
    for s in np.unique(slot[slot >= 0]).tolist():
        here = np.flatnonzero((slot == s) & (table < 0))
        if len(here) == 0:
            continue
        if not _seat_slot(inst, s, here, table, used, avail, usable):
            # Preferences took tables the flow needed: keep only the pins in this slot.
            taken = np.flatnonzero((slot == s) & (table >= 0))
            for r in taken.tolist():
                if r not in pinned:
                    used[table[r], s] = False
                    table[r] = -1
            _seat_slot(inst, s, np.flatnonzero((slot == s) & (table < 0)), table, used, avail,
                       usable)
    return table


def _seat_slot(inst: Instance, s: int, here: np.ndarray, table: np.ndarray, used: np.ndarray,
               avail: np.ndarray, usable: np.ndarray) -> bool:
    free_by_kind = [np.flatnonzero((inst.table_kind == k) & avail[:, s] & ~used[:, s]).tolist()
                    for k in range(inst.n_kinds)]
    if inst.n_kinds == 1:
        kinds = np.zeros(len(here), dtype=np.int64)
        ok = len(here) <= len(free_by_kind[0])
        kinds[len(free_by_kind[0]):] = -1
    else:
        kinds = _kinds_by_flow(inst, here, [len(f) for f in free_by_kind], usable)
        ok = bool((kinds >= 0).all())
    for r, k in zip(here.tolist(), kinds.tolist(), strict=True):
        if k >= 0 and free_by_kind[k]:
            t = free_by_kind[k].pop(0)
            table[r] = t
            used[t, s] = True
    return ok


def _kinds_by_flow(inst: Instance, here: np.ndarray, free: list[int],
                   usable: np.ndarray) -> np.ndarray:
    """A table kind for each meeting of one slot (−1 when the kinds cannot hold them all)."""
    patterns, group = np.unique(usable[here], axis=0, return_inverse=True)
    group = group.ravel()
    n_g, n_k = len(patterns), inst.n_kinds
    flow = max_flow.SimpleMaxFlow()
    src, snk = n_g + n_k, n_g + n_k + 1
    counts = np.bincount(group, minlength=n_g)
    for g in range(n_g):
        flow.add_arc_with_capacity(src, g, int(counts[g]))
    arcs = []
    for g, k in zip(*np.nonzero(patterns), strict=True):
        arcs.append((int(g), int(k), flow.add_arc_with_capacity(int(g), n_g + int(k), len(here))))
    for k in range(n_k):
        flow.add_arc_with_capacity(n_g + k, snk, free[k])
    flow.solve(src, snk)
    quota = {(g, k): flow.flow(a) for g, k, a in arcs}
    kinds = np.full(len(here), -1, dtype=np.int64)
    for j, g in enumerate(group.tolist()):
        for k in range(n_k):
            if quota.get((g, k), 0) > 0:
                quota[(g, k)] -= 1
                kinds[j] = k
                break
    return kinds


WALK_ROUNDS = 8  # re-routings that ban an interpreter from a hall they cannot walk to


def route_interpreters(inst: Instance, slot: np.ndarray, *, requests: np.ndarray | None = None,
                       left: np.ndarray | None = None, blocked: np.ndarray | None = None,
                       prefer: np.ndarray | None = None, hall: np.ndarray | None = None,
                       around: np.ndarray | None = None) -> np.ndarray:
    """An interpreter for each scheduled meeting that needs one (of `requests`, default all):
    the most meetings served, keeping pinned and `prefer`red interpreters where possible.

    `left[i, d]`: meetings interpreter i may still take on day d (default `max_meetings`);
    `blocked[i, s]`: interpreter i is taken in slot s by a meeting outside `requests`.
    With walking between halls, `hall` is each meeting's hall index and `around` the
    interpreters of the meetings outside `requests` (kept where they are). Interpreters walk
    as participants do, which a flow cannot say: it is routed, and an interpreter given two
    meetings they cannot walk between is banned from the lighter one's hall in that slot and
    the flow routed again (`WALK_ROUNDS` times at most; what still clashes then loses the
    interpreter of the lighter meeting).
    Returns the interpreter per request (−1: none, or not asked)."""
    out = np.full(inst.n_requests, -1, dtype=np.int64)
    n_i, n_s = inst.n_interpreters, inst.n_slots
    if requests is None:
        requests = np.flatnonzero(slot >= 0)
    needy = requests[(slot[requests] >= 0) & inst.need[requests]]
    if len(needy) == 0 or n_i == 0:
        return out
    if left is None:
        left = np.repeat(inst.interpreter_max[:, None], inst.n_days, axis=1)
    usable = inst.interpreter_available.copy()
    if blocked is not None:
        usable &= ~blocked
    usable &= left[:, inst.day_of] > 0
    pinned = {p.request: p.interpreter for p in inst.pins if p.interpreter is not None}
    if not inst.walking or hall is None:
        return _route(inst, slot, needy, usable, left, pinned, prefer, None, None)
    n_h = inst.n_halls + 1
    ban = np.zeros((n_i, n_s, n_h), dtype=bool)  # interpreter i may not serve hall h in slot s
    if around is not None:
        outside = np.flatnonzero((slot >= 0) & (around >= 0))
        outside = outside[~np.isin(outside, needy)]
        for i, u, y in zip(around[outside].tolist(), slot[outside].tolist(),
                           hall[outside].tolist(), strict=True):
            if (p := int(inst.prev_slot[u])) >= 0:
                ban[i, p] |= inst.clash[p, :, y]
            if (t := int(inst.next_slot[u])) >= 0:
                ban[i, t] |= inst.clash[u, y, :]
    for _ in range(WALK_ROUNDS):
        out = _route(inst, slot, needy, usable, left, pinned, prefer, hall, ban)
        clashes = voice_clashes(inst, slot, out, needy, hall, pinned)
        if not clashes:
            return out
        for r in clashes:
            ban[out[r], slot[r], hall[r]] = True
    for r in voice_clashes(inst, slot, out, needy, hall, pinned):
        out[r] = -1
    return out


def voice_clashes(inst: Instance, slot: np.ndarray, voice: np.ndarray, needy: np.ndarray,
                  hall: np.ndarray, pinned: dict[int, int]) -> list[int]:
    """Of each two meetings an interpreter cannot walk between, the lighter (not pinned)."""
    served = needy[voice[needy] >= 0]
    at = {(int(i), int(s)): int(r) for r, i, s in zip(served, voice[served], slot[served],
                                                      strict=True)}
    out = []
    for (i, s), r in at.items():
        t = int(inst.next_slot[s])
        q = at.get((i, t)) if t >= 0 else None
        if q is None or not inst.clash[s, hall[r], hall[q]]:
            continue
        lighter = q if inst.weight[q] <= inst.weight[r] and q not in pinned else r
        if lighter not in pinned:
            out.append(lighter)
    return out


def _route(inst: Instance, slot: np.ndarray, needy: np.ndarray, usable: np.ndarray,
           left: np.ndarray, pinned: dict[int, int], prefer: np.ndarray | None,
           hall: np.ndarray | None, ban: np.ndarray | None) -> np.ndarray:
    """One min-cost flow routing (`route_interpreters`); with `hall`, meetings are grouped by
    hall too and `ban[i, s, h]` keeps interpreter i out of hall h in slot s."""
    out = np.full(inst.n_requests, -1, dtype=np.int64)
    n_s = inst.n_slots
    n_h = 1 if hall is None else inst.n_halls + 1
    h_of = np.zeros(len(needy), dtype=np.int64) if hall is None else hall[needy]
    # Meetings of one class in one slot are alike, so they enter the flow as one node (arcs per
    # group × interpreter, not per meeting × interpreter: a few megabytes at 50,000 requests);
    # only a pinned or preferred interpreter gets the meeting its own node and arc.
    s_of, c_of = slot[needy], inst.need_class[needy]
    keys, group = np.unique((c_of * n_s + s_of) * n_h + h_of, return_inverse=True)
    group = group.ravel()
    own = np.full(len(needy), -1, dtype=np.int64)  # the interpreter a meeting asks for
    cost_own = np.zeros(len(needy), dtype=np.int64)
    for j, r in enumerate(needy.tolist()):
        if r in pinned:
            own[j], cost_own[j] = pinned[r], -2
        elif prefer is not None and prefer[r] >= 0:
            own[j], cost_own[j] = prefer[r], -1
    asks = np.flatnonzero(own >= 0)
    fine = inst.class_interp[c_of[asks], own[asks]] & usable[own[asks], s_of[asks]]
    if ban is not None:
        fine &= ~ban[own[asks], s_of[asks], h_of[asks]] | (cost_own[asks] == -2)
    special = asks[fine | (cost_own[asks] == -2)]  # a pin stays a pin, usable or not
    special_ok = fine[np.isin(asks, special)] if len(asks) else np.zeros(0, dtype=bool)
    plain_count = np.bincount(group, minlength=len(keys))
    np.subtract.at(plain_count, group[special], 1)
    g_tail, g_head = [], []
    for g, key in enumerate(keys.tolist()):
        cs, h = divmod(key, n_h)
        ok = inst.class_interp[cs // n_s] & usable[:, cs % n_s]
        if ban is not None:
            ok &= ~ban[:, cs % n_s, h]
        who = np.flatnonzero(ok)
        g_tail.append(np.full(len(who), g))
        g_head.append(who * n_s + cs % n_s)
    g_tail, g_head = np.concatenate(g_tail), np.concatenate(g_head)
    k_ok = special[special_ok]
    is_keys = np.concatenate([g_head, own[k_ok] * n_s + s_of[k_ok]])
    used_is, is_node = np.unique(is_keys, return_inverse=True)
    is_node = is_node.ravel()
    i_of_is = used_is // n_s
    used_days, day_node = np.unique(i_of_is * inst.n_days + inst.day_of[used_is % n_s],
                                    return_inverse=True)
    # Nodes: groups, special meetings, (interpreter, slot), (interpreter, day), source, sink.
    n_g, n_k, n_is = len(keys), len(special), len(used_is)
    k_base, is_base = n_g, n_g + n_k
    d_base = is_base + n_is
    src, snk = d_base + len(used_days), d_base + len(used_days) + 1
    k_index = np.full(len(needy), -1, dtype=np.int64)
    k_index[special] = np.arange(n_k)
    flow = min_cost_flow.SimpleMinCostFlow()

    def arcs(tail, head, cap, cost=0):
        tail = np.asarray(tail, dtype=np.int64)
        return flow.add_arcs_with_capacity_and_unit_cost(
            tail, np.asarray(head, dtype=np.int64),
            np.broadcast_to(np.asarray(cap, dtype=np.int64), tail.shape).copy(),
            np.broadcast_to(np.asarray(cost, dtype=np.int64), tail.shape).copy())

    arcs(np.full(n_g, src), np.arange(n_g), plain_count)
    arcs(np.full(n_k, src), k_base + np.arange(n_k), 1)
    to_own = arcs(k_base + k_index[k_ok], is_base + is_node[len(g_head):], 1, cost_own[k_ok])
    falls = special[cost_own[special] == -1]  # a preference may give way; a pin may not
    to_group = arcs(k_base + k_index[falls], group[falls], 1)
    from_group = arcs(g_tail, is_base + is_node[:len(g_head)], 1)
    arcs(is_base + np.arange(n_is), d_base + day_node.ravel(), 1)
    arcs(d_base + np.arange(len(used_days)), np.full(len(used_days), snk),
         left[used_days // inst.n_days, used_days % inst.n_days])
    flow.set_node_supply(src, len(needy))
    flow.set_node_supply(snk, -len(needy))
    if flow.solve_max_flow_with_min_cost() != flow.OPTIMAL:
        return out
    kept = flow.flows(to_own) > 0
    out[needy[k_ok[kept]]] = own[k_ok[kept]]
    # Each group's interpreters go to the preferring meetings that fell back to it, then to
    # its other meetings, heaviest first.
    served = flow.flows(from_group) > 0
    voices: list[list[int]] = [[] for _ in range(n_g)]
    for g, i in zip(g_tail[served].tolist(), i_of_is[is_node[:len(g_head)][served]].tolist(),
                    strict=True):
        voices[g].append(i)
    fell = falls[flow.flows(to_group) > 0]
    plain = np.setdiff1d(np.arange(len(needy)), special)
    plain = plain[np.argsort(-inst.weight[needy[plain]], kind="stable")]
    for j in np.concatenate([fell, plain]).tolist():
        if voices[group[j]]:
            out[needy[j]] = voices[group[j]].pop()
    return out

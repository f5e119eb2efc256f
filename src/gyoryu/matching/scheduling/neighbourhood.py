"""The MIP of a slot neighbourhood, built with NumPy as one sparse matrix.

Every meeting outside the chosen slots stays; the meetings in the chosen slots and the
unscheduled requests compete for them. Variables, in column order:

    x[r,s]      binary   request r meets in chosen slot s (walking instances: x[r,s,hall])
    t[g,k,s]    ≥ 0      meetings of table group g (same usable kinds) at tables of kind k
    n[i,s,c]    [0, 1]   interpreter i serves a meeting of class c in slot s

Rows (all ≤): each request once; one meeting per person and slot; per (group, slot)
Σ x − Σ t ≤ 0 and per (kind, slot) Σ t ≤ tables; per (class, slot) Σ x − Σ n ≤ 0, per
(interpreter, slot) Σ n ≤ 1 and per (interpreter, day) Σ n ≤ what the day leaves them; with
walking between halls, per (person, slot, hall) a meeting there and one in a hall out of reach
in the next slot ≤ 1 (halls out of reach of meetings outside the chosen slots get no x), and
the same for interpreters, whose n then also carry the hall (n[i,s,c,hall]). The t and n parts
are network flows, integral whenever x is, so seating and interpreting the result always
succeed — except the interpreters' walking rows, which make n integer variables too. With one
kind of table the table rows are just Σ x ≤ tables.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from gyoryu.matching.scheduling.instance import UNSCHEDULED, Instance


@dataclass
class Neighbourhood:
    c: np.ndarray
    integrality: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    matrix: sp.csr_matrix
    rhs: np.ndarray
    var_r: np.ndarray  # the x columns' request and slot
    var_s: np.ndarray
    n_x: int
    current: np.ndarray  # requests now in the chosen slots (pins included)
    left: np.ndarray  # [interpreters, days]: meetings left outside the chosen slots
    var_h: np.ndarray | None = None  # walking instances: the x columns' hall
    # Interpreters' walks modelled: the n columns (from `n_start`): interpreter and group key
    # ((class · slots + slot) · halls + hall), to read who the MIP sends where.
    n_start: int = 0
    n_voice: np.ndarray | None = None
    n_key: np.ndarray | None = None


def neighbourhood(inst: Instance, slot: np.ndarray, voice: np.ndarray, chosen: list[int],
                  pinned: np.ndarray, w: np.ndarray, *, limit: int | None = None,
                  rng: np.random.Generator | None = None, focus: np.ndarray | None = None,
                  hall: np.ndarray | None = None) -> Neighbourhood | None:
    """The MIP of the chosen slots. With `limit`, at most about that many x variables: the
    meetings in the chosen slots always take part, unscheduled requests only as many as fit,
    drawn at random with heavier ones likelier (big events would give HiGHS too large a MIP)."""
    n_s = inst.n_slots
    open_ = np.zeros(n_s, dtype=bool)
    open_[chosen] = True
    placed = slot >= 0
    in_open = np.zeros(inst.n_requests, dtype=bool)
    in_open[placed] = open_[slot[placed]]
    free = ((slot == UNSCHEDULED) & ~pinned) | (in_open & ~pinned)
    sub = inst.cand[:, chosen] & free[:, None]
    if limit is not None:
        if focus is not None:
            sub &= (focus | in_open)[:, None]
        waiting = np.flatnonzero(sub.any(axis=1) & ~in_open)
        room = limit - int(sub[in_open].sum())
        per = sub[waiting].sum(axis=1)
        if per.sum() > room:
            gen = rng if rng is not None else np.random.default_rng(0)
            keys = gen.random(len(waiting)) ** (1.0 / np.maximum(w[waiting], 1))  # weighted draw
            if focus is not None:
                keys += focus[waiting]  # requests the LP takes come first
            order = np.argsort(-keys)
            keep = order[: int(np.searchsorted(np.cumsum(per[order]), max(room, 0)))]
            drop = np.ones(len(waiting), dtype=bool)
            drop[keep] = False
            sub[waiting[drop]] = False
    ci, si = np.nonzero(sub)
    var_r = ci
    var_s = np.asarray(chosen)[si]
    fixed = np.flatnonzero(in_open & pinned)
    if len(fixed):
        var_r = np.concatenate([var_r, fixed])
        var_s = np.concatenate([var_s, slot[fixed]])
    var_h = None
    if inst.walking:
        var_r, var_s, var_h, n_fixed = _by_hall(inst, slot, hall, open_, var_r, var_s, len(fixed))
    else:
        n_fixed = len(fixed)
    n_x = len(var_r)
    if n_x == 0:
        return None
    lower = np.zeros(n_x)
    lower[n_x - n_fixed:] = 1.0
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    rhs: list[np.ndarray] = []
    n_rows = 0
    n_cols = n_x

    def add_rows(row: np.ndarray, col: np.ndarray, val: np.ndarray | float,
                 right: np.ndarray) -> None:
        nonlocal n_rows
        rows.append(row + n_rows)
        cols.append(col)
        vals.append(np.broadcast_to(np.asarray(val, dtype=np.float64), col.shape))
        rhs.append(np.asarray(right, dtype=np.float64))
        n_rows += len(right)

    xs = np.arange(n_x)
    keys, row = np.unique(var_r, return_inverse=True)
    add_rows(row.ravel(), xs, 1.0, np.ones(len(keys)))
    counts = inst.size[var_r]
    rep = np.repeat(xs, counts)
    offsets = np.arange(len(rep)) - np.repeat(np.cumsum(counts) - counts, counts)
    person = inst.member_idx[inst.member_ptr[var_r][rep] + offsets]
    keys, row = np.unique(person * n_s + var_s[rep], return_inverse=True)
    add_rows(row.ravel(), rep, 1.0, np.ones(len(keys)))
    if var_h is not None:
        walk_rows = _walking_rows(inst, open_, person, rep, var_s, var_h)
        if walk_rows is not None:
            add_rows(*walk_rows)

    # Tables.
    slots, slot_row = np.unique(var_s, return_inverse=True)
    slot_row = slot_row.ravel()
    if inst.n_kinds == 1:
        add_rows(slot_row, xs, 1.0, inst.kind_cap[0, slots])
    else:
        usable = inst.compat[var_r]
        if var_h is not None:
            usable = usable & (inst.kind_where[None, :] == var_h[:, None])
        patterns, group = np.unique(usable, axis=0, return_inverse=True)
        group = group.ravel()
        gs_key, gs_row = np.unique(group * n_s + var_s, return_inverse=True)
        gs_g, gs_s = gs_key // n_s, gs_key % n_s
        # t columns: (g, s) rows that exist × kinds the group may use with tables in s.
        tg, tk = np.nonzero(patterns[gs_g] & (inst.kind_cap[:, gs_s].T > 0))
        t_cols = n_cols + np.arange(len(tg))
        n_cols += len(tg)
        add_rows(np.concatenate([gs_row.ravel(), tg]), np.concatenate([xs, t_cols]),
                 np.concatenate([np.ones(n_x), -np.ones(len(tg))]), np.zeros(len(gs_key)))
        ks_key, ks_row = np.unique(tk * n_s + gs_s[tg], return_inverse=True)
        add_rows(ks_row.ravel(), t_cols, 1.0, inst.kind_cap[ks_key // n_s, ks_key % n_s])

    # Interpreters.
    left = np.repeat(inst.interpreter_max[:, None], inst.n_days, axis=1).astype(np.int64)
    outside = (voice >= 0) & placed & ~in_open
    np.subtract.at(left, (voice[outside], inst.day_of[slot[outside]]), 1)
    needy = np.flatnonzero(inst.need[var_r])
    voice_walks = False
    n_voice = n_key = None
    if len(needy):
        cls = inst.need_class[var_r[needy]]
        # With walking, interpreters are counted per hall too (n[i,s,c,hall]).
        n_h = 1 if var_h is None else inst.n_halls + 1
        h_need = np.zeros(len(needy), dtype=np.int64) if var_h is None else var_h[needy]
        cs_key, cs_row = np.unique((cls * n_s + var_s[needy]) * n_h + h_need,
                                   return_inverse=True)
        cs_h = cs_key % n_h
        cs_c, cs_s = cs_key // n_h // n_s, cs_key // n_h % n_s
        ok = inst.class_interp[cs_c] & inst.interpreter_available[:, cs_s].T  # [cs, I]
        ok &= (left[:, inst.day_of[cs_s]] > 0).T
        if var_h is not None:
            ok &= ~_voice_out_of_reach(inst, slot, voice, hall, outside, cs_s, cs_h)
        nk, ni = np.nonzero(ok)
        n_cols_n = n_cols + np.arange(len(nk))
        n_cols += len(nk)
        if var_h is not None:
            walk_rows = _walking_rows(inst, open_, ni, np.arange(len(nk)), cs_s[nk], cs_h[nk])
            if walk_rows is not None:
                w_row, w_col, w_val, w_rhs = walk_rows
                add_rows(w_row, n_cols_n[w_col], w_val, w_rhs)
                voice_walks = True
                n_voice, n_key = ni, cs_key[nk]
        add_rows(np.concatenate([cs_row.ravel(), nk]), np.concatenate([needy, n_cols_n]),
                 np.concatenate([np.ones(len(needy)), -np.ones(len(nk))]),
                 np.zeros(len(cs_key)))
        is_key, is_row = np.unique(ni * n_s + cs_s[nk], return_inverse=True)
        add_rows(is_row.ravel(), n_cols_n, 1.0, np.ones(len(is_key)))
        day = inst.day_of[cs_s[nk]]
        id_key, id_row = np.unique(ni * inst.n_days + day, return_inverse=True)
        add_rows(id_row.ravel(), n_cols_n, 1.0,
                 np.maximum(left[id_key // inst.n_days, id_key % inst.n_days], 0))
        upper_n = np.ones(len(nk))
    else:
        upper_n = np.zeros(0)
    n_t = n_cols - n_x - len(upper_n)
    matrix = sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
                           shape=(n_rows, n_cols))
    c = np.zeros(n_cols)
    c[:n_x] = -w[var_r]
    integrality = np.zeros(n_cols)
    integrality[:n_x] = 1
    if voice_walks:  # interpreters' walks break the flow's integrality: n must be whole too
        integrality[n_cols - len(upper_n):] = 1
    lower_all = np.concatenate([lower, np.zeros(n_cols - n_x)])
    upper_all = np.concatenate([np.ones(n_x), np.full(n_t, np.inf), upper_n])
    return Neighbourhood(c=c, integrality=integrality, lower=lower_all, upper=upper_all,
                         matrix=matrix, rhs=np.concatenate(rhs), var_r=var_r, var_s=var_s,
                         n_x=n_x, current=np.flatnonzero(in_open), left=left, var_h=var_h,
                         n_start=n_cols - len(upper_n), n_voice=n_voice, n_key=n_key)


def _by_hall(inst: Instance, slot: np.ndarray, hall: np.ndarray, open_: np.ndarray,
             var_r: np.ndarray, var_s: np.ndarray,
             n_fixed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """Walking instances: one x per (request, slot, hall), for the halls it has tables in,
    dropping those its people cannot reach from, or leave for, their meetings outside the
    chosen slots. The last `n_fixed` (pinned) keep their hall."""
    n_h, n_s = inst.n_halls + 1, inst.n_slots
    n = len(var_r)
    can = inst.compat[var_r] & (inst.kind_cap[:, var_s].T > 0)
    by_hall = np.stack([can[:, inst.kind_where == h].any(axis=1) for h in range(n_h)], axis=1)
    if n_fixed:
        by_hall[n - n_fixed:] = False
        by_hall[np.arange(n - n_fixed, n), hall[var_r[n - n_fixed:]]] = True
    v, h = np.nonzero(by_hall)
    # at[p, s]: the hall p meets in at slot s outside the chosen slots (−1: free or chosen).
    at = np.full((inst.n_participants, n_s), -1, dtype=np.int64)
    outside = np.flatnonzero((slot >= 0) & ~open_[np.maximum(slot, 0)])
    sizes = inst.size[outside]
    rep = np.repeat(outside, sizes)
    offsets = np.arange(len(rep)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    at[inst.member_idx[inst.member_ptr[rep] + offsets], slot[rep]] = hall[rep]
    r, s = var_r[v], var_s[v]
    sizes = inst.size[r]
    rep = np.repeat(np.arange(len(v)), sizes)
    offsets = np.arange(len(rep)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    person = inst.member_idx[inst.member_ptr[r[rep]] + offsets]
    s_rep, h_rep = s[rep], h[rep]
    bad = np.zeros(len(rep), dtype=bool)
    before = inst.prev_slot[s_rep]
    there = np.where(before >= 0, at[person, np.maximum(before, 0)], -1)
    hit = there >= 0
    bad[hit] = inst.clash[before[hit], there[hit], h_rep[hit]]
    after = inst.next_slot[s_rep]
    there = np.where(after >= 0, at[person, np.maximum(after, 0)], -1)
    hit = there >= 0
    bad[hit] |= inst.clash[s_rep[hit], h_rep[hit], there[hit]]
    ok = np.bincount(rep[bad], minlength=len(v)) == 0
    ok[v >= n - n_fixed] = True  # pins stay, whatever their neighbours
    return var_r[v[ok]], var_s[v[ok]], h[ok], int((v[ok] >= n - n_fixed).sum())


def _voice_out_of_reach(inst: Instance, slot: np.ndarray, voice: np.ndarray, hall: np.ndarray,
                        outside: np.ndarray, cs_s: np.ndarray, cs_h: np.ndarray) -> np.ndarray:
    """[(class, slot, hall) group, interpreter]: the interpreter cannot walk to the group's
    hall from, or on to, their meeting outside the chosen slots."""
    at = np.full((inst.n_interpreters, inst.n_slots), -1, dtype=np.int64)
    kept = np.flatnonzero(outside)
    at[voice[kept], slot[kept]] = hall[kept]
    bad = np.zeros((len(cs_s), inst.n_interpreters), dtype=bool)
    before, after = inst.prev_slot[cs_s], inst.next_slot[cs_s]
    for g in range(len(cs_s)):
        if before[g] >= 0:
            y = at[:, before[g]]
            hit = y >= 0
            bad[g, hit] |= inst.clash[before[g], y[hit], cs_h[g]]
        if after[g] >= 0:
            z = at[:, after[g]]
            hit = z >= 0
            bad[g, hit] |= inst.clash[cs_s[g], cs_h[g], z[hit]]
    return bad


def _walking_rows(inst: Instance, open_: np.ndarray, person: np.ndarray, rep: np.ndarray,
                  var_s: np.ndarray, var_h: np.ndarray):
    """Per (person, slot s, hall x), with s and the next slot both chosen: a meeting in hall x
    at s and one in a hall out of reach at the next slot together ≤ 1. (Also for interpreters:
    `person` an interpreter per n column.)"""
    n_h, n_s = inst.n_halls + 1, inst.n_slots
    s, h = var_s[rep], var_h[rep]
    nxt = inst.next_slot[s]
    first = (nxt >= 0) & open_[np.maximum(nxt, 0)]
    prev = inst.prev_slot[s]
    second = np.flatnonzero((prev >= 0) & open_[np.maximum(prev, 0)])
    jj, xx = np.nonzero(inst.clash[prev[second], :, h[second]])
    if len(jj) == 0:
        return None
    b_keys = (person[second[jj]] * n_s + prev[second[jj]]) * n_h + xx
    a_idx = np.flatnonzero(first)
    a_keys = (person[a_idx] * n_s + s[a_idx]) * n_h + h[a_idx]
    keep = np.isin(a_keys, b_keys)
    keys, row = np.unique(np.concatenate([a_keys[keep], b_keys]), return_inverse=True)
    cols = np.concatenate([rep[a_idx[keep]], rep[second[jj]]])
    return row.ravel(), cols, 1.0, np.ones(len(keys))

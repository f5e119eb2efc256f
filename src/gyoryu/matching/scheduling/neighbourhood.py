"""The MIP of a slot neighbourhood, built with NumPy as one sparse matrix.

Every meeting outside the chosen slots stays; the meetings in the chosen slots and the
unscheduled requests compete for them. Variables, in column order:

    x[r,s]      binary   request r meets in chosen slot s
    t[g,k,s]    ≥ 0      meetings of table group g (same usable kinds) at tables of kind k
    n[i,s,c]    [0, 1]   interpreter i serves a meeting of class c in slot s

Rows (all ≤): each request once; one meeting per person and slot; per (group, slot)
Σ x − Σ t ≤ 0 and per (kind, slot) Σ t ≤ tables; per (class, slot) Σ x − Σ n ≤ 0, per
(interpreter, slot) Σ n ≤ 1 and per (interpreter, day) Σ n ≤ what the day leaves them. The t and
n parts are network flows, integral whenever x is, so seating and interpreting the result
always succeed. With one kind of table the table rows are just Σ x ≤ tables.
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


def neighbourhood(inst: Instance, slot: np.ndarray, voice: np.ndarray, chosen: list[int],
                  pinned: np.ndarray, w: np.ndarray, *, limit: int | None = None,
                  rng: np.random.Generator | None = None) -> Neighbourhood | None:
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
        waiting = np.flatnonzero(sub.any(axis=1) & ~in_open)
        room = limit - int(sub[in_open].sum())
        per = sub[waiting].sum(axis=1)
        if per.sum() > room:
            gen = rng if rng is not None else np.random.default_rng(0)
            keys = gen.random(len(waiting)) ** (1.0 / np.maximum(w[waiting], 1))  # weighted draw
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
    n_x = len(var_r)
    if n_x == 0:
        return None
    lower = np.zeros(n_x)
    lower[n_x - len(fixed):] = 1.0
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

    # Tables.
    slots, slot_row = np.unique(var_s, return_inverse=True)
    slot_row = slot_row.ravel()
    if inst.n_kinds == 1:
        add_rows(slot_row, xs, 1.0, inst.kind_cap[0, slots])
    else:
        patterns, group = np.unique(inst.compat[var_r], axis=0, return_inverse=True)
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
    if len(needy):
        cls = inst.need_class[var_r[needy]]
        cs_key, cs_row = np.unique(cls * n_s + var_s[needy], return_inverse=True)
        cs_c, cs_s = cs_key // n_s, cs_key % n_s
        ok = inst.class_interp[cs_c] & inst.interpreter_available[:, cs_s].T  # [cs, I]
        ok &= (left[:, inst.day_of[cs_s]] > 0).T
        nk, ni = np.nonzero(ok)
        n_cols_n = n_cols + np.arange(len(nk))
        n_cols += len(nk)
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
    lower_all = np.concatenate([lower, np.zeros(n_cols - n_x)])
    upper_all = np.concatenate([np.ones(n_x), np.full(n_t, np.inf), upper_n])
    return Neighbourhood(c=c, integrality=integrality, lower=lower_all, upper=upper_all,
                         matrix=matrix, rhs=np.concatenate(rhs), var_r=var_r, var_s=var_s,
                         n_x=n_x, current=np.flatnonzero(in_open), left=left)

"""Every broken constraint of a schedule, in words: the tests' and the benchmark's referee.

Written straight from the contract (not from the solvers' data structures), so a solver bug
cannot hide behind a shared helper.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from gyoryu.matching.scheduling.instance import Instance


def violations(inst: Instance, slot: np.ndarray, table: np.ndarray | None = None,
               interpreter: np.ndarray | None = None) -> list[str]:
    """Empty when the schedule is feasible."""
    problems: list[str] = []
    busy: dict[tuple[int, int], int] = {}
    used: dict[tuple[int, int], int] = {}
    voices: dict[tuple[int, int], int] = {}
    per_day: Counter = Counter()
    per_slot = np.zeros(inst.n_slots, dtype=int)
    rid = inst.request_ids
    for r in np.flatnonzero(slot >= 0).tolist():
        s = int(slot[r])
        people = inst.members[r]
        if not all(inst.available[p, s] for p in people):
            problems.append(f"request {rid[r]!r} in slot {s}: a side is unavailable")
        for p in people:
            if (p, s) in busy:
                problems.append(f"participant {inst.participant_ids[p]!r} has two meetings in "
                                f"slot {s}")
            busy[(p, s)] = r
        per_slot[s] += 1
        if table is not None:
            problems += _table_problems(inst, r, s, int(table[r]), used)
        if interpreter is not None:
            problems += _interpreter_problems(inst, r, s, int(interpreter[r]), voices, per_day)
        elif inst.need[r]:
            problems.append(f"request {rid[r]!r} needs an interpreter")
    if table is not None and inst.walk_minutes:
        problems += _walking_problems(inst, busy, table)
        if interpreter is not None:
            problems += _walking_problems(inst, {(i, s): r for (i, s), r in voices.items()},
                                          table, who=inst.interpreter_ids, role="interpreter")
    total = inst.kind_cap.sum(axis=0)
    for s in np.flatnonzero(per_slot > total):
        problems.append(f"slot {s}: {per_slot[s]} meetings for {total[s]} tables")
    for (i, d), n in per_day.items():
        if n > inst.interpreter_max[i]:
            problems.append(f"interpreter {inst.interpreter_ids[i]!r}: {n} meetings on day {d}, "
                            f"more than {inst.interpreter_max[i]}")
    for p in inst.pins:
        if slot[p.request] != p.slot:
            problems.append(f"pinned request {rid[p.request]!r} moved")
        elif table is not None and p.table is not None and table[p.request] != p.table:
            problems.append(f"pinned request {rid[p.request]!r} changed table")
        elif (interpreter is not None and p.interpreter is not None
              and interpreter[p.request] != p.interpreter):
            problems.append(f"pinned request {rid[p.request]!r} changed interpreter")
    return problems


def _walking_problems(inst: Instance, busy: dict[tuple[int, int], int], table: np.ndarray,
                      who: list | None = None, role: str = "participant") -> list[str]:
    """A participant's (an interpreter's) meetings in a slot and the next one of the same day,
    in two halls, need the walking time between the halls to fit in the gap after the first
    slot."""
    who = inst.participant_ids if who is None else who
    out = []
    gaps = inst.gap_minutes if inst.gap_minutes is not None else np.zeros(inst.n_slots)
    for (p, s), r in busy.items():
        later = [t for t in range(s + 1, inst.n_slots) if inst.day_of[t] == inst.day_of[s]]
        if not later or (p, later[0]) not in busy:
            continue
        t, q = later[0], busy[(p, later[0])]
        if not (0 <= table[r] < inst.n_tables and 0 <= table[q] < inst.n_tables):
            continue  # reported as a table out of range
        x, y = inst.table_hall[table[r]], inst.table_hall[table[q]]
        walk = max(inst.walk_minutes.get((x, y), 0.0), inst.walk_minutes.get((y, x), 0.0))
        if x is not None and y is not None and walk > gaps[s]:
            out.append(f"{role} {who[p]!r} cannot walk from hall {x!r} "
                       f"(slot {s}) to hall {y!r} (slot {t}): {walk:g} minutes, "
                       f"{gaps[s]:g} free")
    return out


def _table_problems(inst: Instance, r: int, s: int, t: int, used: dict) -> list[str]:
    rid = inst.request_ids[r]
    if not 0 <= t < inst.n_tables:
        return [f"request {rid!r}: table {t} out of range"]
    out = []
    if (s, t) in used:
        out.append(f"slot {s} table {t} holds two meetings")
    used[(s, t)] = r
    if inst.table_ids is None:
        return out
    people = inst.members[r]
    if not inst.table_available[t, s]:
        out.append(f"request {rid!r}: table {t} does not exist in slot {s}")
    if len(people) > inst.table_seats[t]:
        out.append(f"request {rid!r}: {len(people)} people at table {t} of "
                   f"{inst.table_seats[t]} seats")
    sector = inst.table_sector[t]
    if sector is not None and not any(inst.sector and inst.sector[p] is not None
                                      and sector in inst.sector[p] for p in people):
        out.append(f"request {rid!r}: table {t} is reserved for sector {sector!r}")
    if inst.hall is not None and any(inst.hall[p] not in (None, inst.table_hall[t])
                                     for p in people):
        out.append(f"request {rid!r}: table {t} is outside a participant's hall")
    if inst.hall is not None and inst.table_hall[t] is None and any(
            inst.hall[p] is not None for p in people):
        out.append(f"request {rid!r}: table {t} is in no hall")
    return out


def _interpreter_problems(inst: Instance, r: int, s: int, i: int, voices: dict,
                          per_day: Counter) -> list[str]:
    rid = inst.request_ids[r]
    if i < 0:
        return [f"request {rid!r} needs an interpreter"] if inst.need[r] else []
    if not inst.need[r]:
        return [f"request {rid!r} has an interpreter it does not need"]
    out = []
    iid = inst.interpreter_ids[i]
    a, *bs = inst.members[r]
    left = inst.languages[a]
    right = frozenset().union(*(inst.languages[p] for p in bs))
    if not any(x in left and y in right or y in left and x in right
               for x, y in (tuple(pair) for pair in inst.interpreter_pairs[i])):
        out.append(f"request {rid!r}: interpreter {iid!r} has no pair bridging it")
    if not inst.interpreter_available[i, s]:
        out.append(f"request {rid!r}: interpreter {iid!r} is not available in slot {s}")
    if (i, s) in voices:
        out.append(f"interpreter {iid!r} has two meetings in slot {s}")
    voices[(i, s)] = r
    per_day[(i, int(inst.day_of[s]))] += 1
    return out

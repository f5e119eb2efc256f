"""Reading and writing the JSON instance (the contract is in `instance.py`'s docstring).

Every error names the field and index (`interpreters[3].pairs[0]: ...`), so a script author can
find the bad line without reading the solver.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from gyoryu.matching.scheduling.instance import (
    Instance,
    InstanceError,
    Pin,
    _number,
    finite_number,
    priority_weight,
)

# Sizes an instance may have, checked from the JSON's list lengths before anything is allocated
# (a solver's arrays grow with participants × slots, requests × slots and tables × slots).
MAX_SLOTS = 10_000
MAX_TABLES = 10_000
MAX_PARTICIPANTS = 100_000
MAX_REQUESTS = 1_000_000
MAX_CELLS = 20_000_000  # participants × slots, tables × slots
MAX_REQUEST_SLOTS = 50_000_000  # requests × slots
MAX_WEIGHT = 1e9  # larger weights overflow the LP solvers' scaling


def _bounded(where: str, value: int, limit: int, what: str) -> None:
    if value > limit:
        raise InstanceError(f"{where}: {value:,} {what}; at most {limit:,} are accepted")


def read_instance(cls: type[Instance], data: Any) -> Instance:
    if not isinstance(data, dict):
        raise InstanceError("the instance must be a JSON object with slots, tables, "
                            "participants and requests")
    for key in ("slots", "tables", "participants", "requests"):
        if key not in data:
            raise InstanceError(f"{key}: missing")
    slots = _list(data["slots"], "slots")
    _bounded("slots", len(slots), MAX_SLOTS, "slots")
    _bounded("participants", len(_list(data["participants"], "participants")),
             MAX_PARTICIPANTS, "participants")
    _bounded("participants", len(data["participants"]) * len(slots), MAX_CELLS,
             "participant-slot pairs")
    _bounded("requests", len(_list(data["requests"], "requests")), MAX_REQUESTS, "requests")
    _bounded("requests", len(data["requests"]) * len(slots), MAX_REQUEST_SLOTS,
             "request-slot pairs")
    raw_tables = data["tables"]
    n = len(raw_tables) if isinstance(raw_tables, list) else raw_tables
    if isinstance(n, int) and not isinstance(n, bool):
        _bounded("tables", n, MAX_TABLES, "tables")
        _bounded("tables", n * len(slots), MAX_CELLS, "table-slot pairs")
    slot_index: dict[Any, int] = {}
    for i, s in enumerate(slots):
        _scalar(s, f"slots[{i}]")
        if s in slot_index:
            raise InstanceError(f"slots[{i}]: duplicate slot {s!r}")
        slot_index[s] = i
    day_ids, day_of = _read_days(data.get("days"), slots, slot_index)

    people = _list(data["participants"], "participants")
    person_index: dict[Any, int] = {}
    available = np.zeros((len(people), len(slots)), dtype=bool)
    languages: list[frozenset[str] | None] = []
    sector: list[Any] = []
    hall: list[Any] = []
    for i, p in enumerate(people):
        where = f"participants[{i}]"
        if not isinstance(p, dict):
            raise InstanceError(f"{where}: expected an object with id and available")
        pid = _field(p, "id", where)
        _scalar(pid, f"{where}.id")
        if pid in person_index:
            raise InstanceError(f"{where}.id: duplicate participant {pid!r}")
        person_index[pid] = i
        available[i] = _slot_mask(_field(p, "available", where), f"{where}.available", slot_index)
        langs = p.get("languages")
        if langs is not None:
            langs = _list(langs, f"{where}.languages")
            for j, x in enumerate(langs):
                if not isinstance(x, str) or not x or "-" in x:
                    raise InstanceError(f"{where}.languages[{j}]: expected a language code such "
                                        f"as 'ko', got {x!r}")
            langs = frozenset(langs)
        languages.append(langs)
        sector.append(_sectors(p.get("sector"), f"{where}.sector"))
        value = p.get("hall")
        if value is not None:
            _scalar(value, f"{where}.hall")
        hall.append(value)

    tables = data["tables"]
    table_fields: dict[str, Any] = {}
    if isinstance(tables, list):
        table_fields = _read_tables(tables, slot_index)
        n_tables = len(tables)
    elif isinstance(tables, bool) or not isinstance(tables, int) or tables < 0:
        raise InstanceError(f"tables: expected a whole number ≥ 0 or a list of tables, "
                            f"got {tables!r}")
    else:
        n_tables = tables

    interpreters = _read_interpreters(data.get("interpreters", []), slot_index)
    walking = _read_walking(data.get("walking"), data.get("gaps"), slot_index,
                            table_fields.get("table_hall", []))

    reqs = _list(data["requests"], "requests")
    request_index: dict[Any, int] = {}
    groups: dict[int, tuple[int, ...]] = {}
    ranks: dict[int, tuple[int | None, int | None]] = {}
    a_of: list[int] = []
    b_of: list[int] = []
    weights: list[float] = []
    for i, r in enumerate(reqs):
        if not isinstance(r, dict):
            raise InstanceError(f"requests[{i}]: expected an object with id, a, b and weight")
        for key in ("id", "a", "b"):
            if key not in r:
                raise InstanceError(f"requests[{i}].{key}: missing")
        rid, pid, raw_b = r["id"], r["a"], r["b"]
        if isinstance(rid, bool) or not isinstance(rid, str | int):
            _scalar(rid, f"requests[{i}].id")
        if rid in request_index:
            raise InstanceError(f"requests[{i}].id: duplicate request {rid!r}")
        request_index[rid] = i
        if isinstance(pid, list | dict) or pid not in person_index:
            raise InstanceError(f"requests[{i}].a: unknown participant {pid!r}")
        first = person_index[pid]
        if isinstance(raw_b, list):
            groups[i] = _group(raw_b, f"requests[{i}]", first, person_index, pid)
            b_of.append(groups[i][0])
        else:
            if isinstance(raw_b, dict) or raw_b not in person_index:
                raise InstanceError(f"requests[{i}].b: unknown participant {raw_b!r}")
            if person_index[raw_b] == first:
                raise InstanceError(f"requests[{i}]: a and b are the same participant {pid!r}")
            b_of.append(person_index[raw_b])
        a_of.append(first)
        rank_a = rank_b = None
        if "rank_a" in r or "rank_b" in r:
            rank_a, rank_b = (_rank(r.get(k), f"requests[{i}].{k}") for k in ("rank_a", "rank_b"))
            if rank_a is not None or rank_b is not None:
                ranks[i] = (rank_a, rank_b)
        if "weight" in r:
            w = r["weight"]
            if not finite_number(w) or not 0 <= w <= MAX_WEIGHT:
                raise InstanceError(f"requests[{i}].weight: expected a number from 0 to "
                                    f"{MAX_WEIGHT:.0e}, got {w!r}")
        else:
            w = priority_weight(rank_a, rank_b) if i in ranks else 1
        weights.append(w)
    a = np.array(a_of, dtype=np.int64)
    b = np.array(b_of, dtype=np.int64)
    weight = np.array(weights, dtype=np.float64)

    declared = any(x is not None for x in languages)
    inst = cls(slot_ids=slots, tables=n_tables, participant_ids=list(person_index),
               available=available, request_ids=list(request_index), a=a, b=b, weight=weight,
               b_groups=groups, day_of=day_of, day_ids=day_ids,
               languages=languages if declared else None,
               sector=sector if any(x is not None for x in sector) else None,
               hall=hall if any(x is not None for x in hall) else None,
               ranks=ranks, **table_fields, **interpreters, **walking)
    inst.pins = _read_pins(data.get("pins", []), inst, slot_index, request_index)
    return inst


def _group(side: list, where: str, first: int, person_index: dict,
           pid: Any) -> tuple[int, ...]:
    """A request's b side given as a list: known, distinct participants other than a."""
    if not side:
        raise InstanceError(f"{where}.b: expected a participant or a non-empty list")
    members: list[int] = []
    for j, q in enumerate(side):
        if isinstance(q, list | dict) or q not in person_index:
            raise InstanceError(f"{where}.b[{j}]: unknown participant {q!r}")
        if person_index[q] == first:
            raise InstanceError(f"{where}: a and b are the same participant {pid!r}")
        if person_index[q] in members:
            raise InstanceError(f"{where}.b[{j}]: participant {q!r} is named twice")
        members.append(person_index[q])
    return tuple(members)


def _read_days(raw: Any, slots: list, slot_index: dict) -> tuple[list, np.ndarray]:
    day_of = np.zeros(len(slots), dtype=np.int64)
    if raw is None:
        return [None], day_of
    if not isinstance(raw, dict) or not raw:
        raise InstanceError("days: expected an object of day → [slot ids]")
    seen = np.zeros(len(slots), dtype=bool)
    for d, (day, members) in enumerate(raw.items()):
        for j, s in enumerate(_list(members, f"days.{day}")):
            if s not in slot_index:
                raise InstanceError(f"days.{day}[{j}]: unknown slot {s!r}")
            if seen[slot_index[s]]:
                raise InstanceError(f"days.{day}[{j}]: slot {s!r} is in two days")
            seen[slot_index[s]] = True
            day_of[slot_index[s]] = d
    if not seen.all():
        raise InstanceError(f"days: slot {slots[int(np.flatnonzero(~seen)[0])]!r} is in no day")
    return list(raw), day_of


def _read_tables(raw: list, slot_index: dict) -> dict:
    ids, seats, halls, sectors = [], [], [], []
    avail = np.ones((len(raw), len(slot_index)), dtype=bool)
    seen: set = set()
    for i, t in enumerate(raw):
        where = f"tables[{i}]"
        if not isinstance(t, dict):
            raise InstanceError(f"{where}: expected an object with id and seats")
        tid = _field(t, "id", where)
        _scalar(tid, f"{where}.id")
        if tid in seen:
            raise InstanceError(f"{where}.id: duplicate table {tid!r}")
        seen.add(tid)
        n = t.get("seats", 2)
        if isinstance(n, bool) or not isinstance(n, int) or n < 2:
            raise InstanceError(f"{where}.seats: expected a whole number ≥ 2, got {n!r}")
        for key, out in (("hall", halls), ("sector", sectors)):
            value = t.get(key)
            if value is not None:
                _scalar(value, f"{where}.{key}")
            out.append(value)
        if "available" in t:
            avail[i] = _slot_mask(t["available"], f"{where}.available", slot_index)
        ids.append(tid)
        seats.append(n)
    return {"table_ids": ids, "table_seats": np.array(seats, dtype=np.int64),
            "table_hall": halls, "table_sector": sectors, "table_available": avail}


MAX_MINUTES = 10_000


def _minutes(value: Any, where: str) -> float:
    if not finite_number(value) or not 0 <= value <= MAX_MINUTES:
        raise InstanceError(f"{where}: expected minutes from 0 to {MAX_MINUTES:,}, got {value!r}")
    return float(value)


def _read_walking(raw: Any, gaps: Any, slot_index: dict, table_halls: list) -> dict:
    """`walking`: {hall: {hall: minutes}} between halls that tables are in; `gaps`: minutes
    after every slot, or {slot: minutes}."""
    out: dict[str, Any] = {}
    if raw is not None:
        if not isinstance(raw, dict):
            raise InstanceError("walking: expected an object of hall → {hall: minutes}")
        # JSON object keys are strings: a hall named 3 is found as "3".
        halls = {str(h): h for h in table_halls if h is not None}
        pairs: dict[tuple[Any, Any], float] = {}
        for x, row in raw.items():
            if str(x) not in halls:
                raise InstanceError(f"walking.{x}: no table is in hall {x!r}")
            if not isinstance(row, dict):
                raise InstanceError(f"walking.{x}: expected an object of hall → minutes")
            for y, minutes in row.items():
                if str(y) not in halls:
                    raise InstanceError(f"walking.{x}.{y}: no table is in hall {y!r}")
                pairs[(halls[str(x)], halls[str(y)])] = _minutes(minutes, f"walking.{x}.{y}")
        out["walk_minutes"] = pairs
    if gaps is not None:
        after = np.zeros(len(slot_index))
        if isinstance(gaps, dict):
            by_text = {str(sid): i for sid, i in slot_index.items()}
            for sid, minutes in gaps.items():
                if str(sid) not in by_text:
                    raise InstanceError(f"gaps.{sid}: unknown slot {sid!r}")
                after[by_text[str(sid)]] = _minutes(minutes, f"gaps.{sid}")
        else:
            after[:] = _minutes(gaps, "gaps")
        out["gap_minutes"] = after
    return out


def _read_interpreters(raw: Any, slot_index: dict) -> dict:
    people = _list(raw, "interpreters")
    ids, pairs = [], []
    avail = np.zeros((len(people), len(slot_index)), dtype=bool)
    most = np.full(len(people), len(slot_index), dtype=np.int64)
    for i, it in enumerate(people):
        where = f"interpreters[{i}]"
        if not isinstance(it, dict):
            raise InstanceError(f"{where}: expected an object with id, pairs and available")
        iid = _field(it, "id", where)
        _scalar(iid, f"{where}.id")
        if iid in ids:
            raise InstanceError(f"{where}.id: duplicate interpreter {iid!r}")
        own = set()
        for j, pair in enumerate(_list(_field(it, "pairs", where), f"{where}.pairs")):
            parts = pair.split("-") if isinstance(pair, str) else []
            if len(parts) != 2 or not all(parts) or parts[0] == parts[1]:
                raise InstanceError(f"{where}.pairs[{j}]: expected two languages such as "
                                    f"'ko-zh', got {pair!r}")
            own.add(frozenset(parts))
        avail[i] = _slot_mask(_field(it, "available", where), f"{where}.available", slot_index)
        if "max_meetings" in it:
            n = it["max_meetings"]
            if isinstance(n, bool) or not isinstance(n, int) or n < 1:
                raise InstanceError(f"{where}.max_meetings: expected a whole number ≥ 1, "
                                    f"got {n!r}")
            most[i] = n
        ids.append(iid)
        pairs.append(frozenset(own))
    return {"interpreter_ids": ids, "interpreter_pairs": pairs, "interpreter_available": avail,
            "interpreter_max": most}


def _read_pins(raw: Any, inst: Instance, slot_index: dict, request_index: dict) -> list[Pin]:
    pins: list[Pin] = []
    seen: set[int] = set()
    busy: set[tuple[int, int]] = set()
    tables: set[tuple[int, int]] = set()
    voices: set[tuple[int, int]] = set()
    table_index = {inst.table_label(t): t for t in range(inst.n_tables)}
    interp_index = {iid: i for i, iid in enumerate(inst.interpreter_ids)}
    per_slot = [0] * inst.n_slots
    halls: dict[tuple[int, int], int] = {}  # (participant, slot) -> hall of a pinned table
    voice_halls: dict[tuple[int, int], int] = {}  # (interpreter, slot) -> the same
    for i, p in enumerate(_list(raw, "pins")):
        where = f"pins[{i}]"
        if not isinstance(p, dict):
            raise InstanceError(f"{where}: expected an object with request and slot")
        rid = _field(p, "request", where)
        if rid not in request_index:
            raise InstanceError(f"{where}.request: unknown request {rid!r}")
        r = request_index[rid]
        sid = _field(p, "slot", where)
        if sid not in slot_index:
            raise InstanceError(f"{where}.slot: unknown slot {sid!r}")
        s = slot_index[sid]
        if r in seen:
            raise InstanceError(f"{where}.request: request {rid!r} is pinned twice")
        if not inst.common[r, s]:
            raise InstanceError(f"{where}.slot: both sides of request {rid!r} are not available "
                                f"in slot {sid!r}")
        if not inst.cand[r, s]:
            raise InstanceError(f"{where}.slot: request {rid!r} has no table or interpreter "
                                f"that can serve it in slot {sid!r}")
        for person in inst.members[r]:
            if (person, s) in busy:
                raise InstanceError(f"{where}: participant {inst.participant_ids[person]!r} has "
                                    f"two pinned meetings in slot {sid!r}")
            busy.add((person, s))
        per_slot[s] += 1
        if per_slot[s] > int(inst.kind_cap[:, s].sum()):
            raise InstanceError(f"{where}: more pinned meetings in slot {sid!r} than tables")
        table = p.get("table")
        if table is not None:
            if inst.table_ids is None and (isinstance(table, bool) or not isinstance(table, int)
                                           or not 0 <= table < inst.tables):
                raise InstanceError(f"{where}.table: expected 0..{inst.tables - 1}, got {table!r}")
            if table not in table_index or isinstance(table, bool):
                raise InstanceError(f"{where}.table: unknown table {table!r}")
            table = table_index[table]
            if not inst.compat[r, inst.table_kind[table]] or not inst.kind_cap[
                    inst.table_kind[table], s]:
                raise InstanceError(f"{where}.table: table {p['table']!r} cannot hold request "
                                    f"{rid!r} in slot {sid!r}")
            if (s, table) in tables:
                raise InstanceError(f"{where}.table: table {p['table']!r} in slot {sid!r} is "
                                    f"pinned twice")
            tables.add((s, table))
            if inst.walking:
                _walkable_pin(inst, where, r, s, table, halls)
        voice = p.get("interpreter")
        if voice is not None:
            if voice not in interp_index:
                raise InstanceError(f"{where}.interpreter: unknown interpreter {voice!r}")
            voice = interp_index[voice]
            c = inst.need_class[r]
            if c < 0 or not inst.class_interp[c, voice] or not inst.interpreter_available[voice, s]:
                raise InstanceError(f"{where}.interpreter: interpreter {p['interpreter']!r} cannot "
                                    f"serve request {rid!r} in slot {sid!r}")
            if (s, voice) in voices:
                raise InstanceError(f"{where}.interpreter: interpreter {p['interpreter']!r} is "
                                    f"pinned twice in slot {sid!r}")
            voices.add((s, voice))
            if inst.walking and table is not None:
                x = int(inst.kind_where[inst.table_kind[table]])
                if inst.voice_too_far(voice, s, x, voice_halls):
                    raise InstanceError(
                        f"{where}.interpreter: interpreter {p['interpreter']!r} cannot walk "
                        f"between this meeting and their pinned one in the slot before or after")
                voice_halls[(voice, s)] = x
        seen.add(r)
        pins.append(Pin(request=r, slot=s, table=table, interpreter=voice))
    return pins


def _walkable_pin(inst: Instance, where: str, r: int, s: int, table: int,
                  halls: dict[tuple[int, int], int]) -> None:
    """Two pinned meetings of one participant in consecutive slots must be a walk apart that
    fits the gap between them."""
    x = int(inst.kind_where[inst.table_kind[table]])
    far = inst.too_far(r, s, x, halls)
    if far is not None:
        person, first, a, b = far
        raise InstanceError(
            f"{where}.table: participant {inst.participant_ids[person]!r} cannot walk from "
            f"hall {inst.hall_ids[a]!r} in slot {inst.slot_ids[first]!r} to hall "
            f"{inst.hall_ids[b]!r} in the next slot")
    halls.update({(person, s): x for person in inst.members[r]})


def write_instance(inst: Instance) -> dict:
    out: dict[str, Any] = {"slots": list(inst.slot_ids)}
    if inst.day_ids != [None]:
        out["days"] = {day: [inst.slot_ids[s] for s in np.flatnonzero(inst.day_of == d)]
                       for d, day in enumerate(inst.day_ids)}
    if inst.table_ids is None:
        out["tables"] = inst.tables
    else:
        out["tables"] = []
        for t, tid in enumerate(inst.table_ids):
            table: dict[str, Any] = {"id": tid, "seats": int(inst.table_seats[t])}
            for key, values in (("hall", inst.table_hall), ("sector", inst.table_sector)):
                if values[t] is not None:
                    table[key] = values[t]
            if not inst.table_available[t].all():
                table["available"] = [inst.slot_ids[s] for s in
                                      np.flatnonzero(inst.table_available[t])]
            out["tables"].append(table)
    out["participants"] = []
    for i, pid in enumerate(inst.participant_ids):
        person: dict[str, Any] = {"id": pid, "available": [
            inst.slot_ids[s] for s in np.flatnonzero(inst.available[i])]}
        if inst.languages is not None and inst.languages[i] is not None:
            person["languages"] = sorted(inst.languages[i])
        if inst.sector is not None and inst.sector[i] is not None:
            mine = inst.sector[i]
            person["sector"] = mine[0] if len(mine) == 1 else list(mine)
        if inst.hall is not None and inst.hall[i] is not None:
            person["hall"] = inst.hall[i]
        out["participants"].append(person)
    if inst.n_interpreters:
        out["interpreters"] = []
        for i, iid in enumerate(inst.interpreter_ids):
            one: dict[str, Any] = {
                "id": iid, "pairs": sorted("-".join(sorted(p)) for p in inst.interpreter_pairs[i]),
                "available": [inst.slot_ids[s] for s in
                              np.flatnonzero(inst.interpreter_available[i])]}
            if inst.interpreter_max[i] < inst.n_slots:
                one["max_meetings"] = int(inst.interpreter_max[i])
            out["interpreters"].append(one)
    out["requests"] = []
    for r, rid in enumerate(inst.request_ids):
        side = inst.b_groups.get(r)
        req: dict[str, Any] = {
            "id": rid, "a": inst.participant_ids[inst.a[r]],
            "b": [inst.participant_ids[p] for p in side] if side else inst.participant_ids[inst.b[r]],
            "weight": _number(inst.weight[r])}
        for key, rank in zip(("rank_a", "rank_b"), inst.ranks.get(r, (None, None)), strict=True):
            if rank is not None:
                req[key] = rank
        out["requests"].append(req)
    if inst.walk_minutes:
        walking: dict[Any, dict[Any, Any]] = {}
        for (x, y), minutes in inst.walk_minutes.items():
            walking.setdefault(x, {})[y] = _number(minutes)
        out["walking"] = walking
    if inst.gap_minutes is not None:
        gaps = {inst.slot_ids[s]: _number(m) for s, m in enumerate(inst.gap_minutes.tolist())}
        values = set(gaps.values())
        out["gaps"] = values.pop() if len(values) == 1 else gaps
    if inst.pins:
        out["pins"] = []
        for p in inst.pins:
            pin: dict[str, Any] = {"request": inst.request_ids[p.request],
                                   "slot": inst.slot_ids[p.slot]}
            if p.table is not None:
                pin["table"] = inst.table_label(p.table)
            if p.interpreter is not None:
                pin["interpreter"] = inst.interpreter_ids[p.interpreter]
            out["pins"].append(pin)
    return out


def _slot_mask(raw: Any, where: str, slot_index: dict) -> np.ndarray:
    mask = np.zeros(len(slot_index), dtype=bool)
    try:  # the usual case in one step; anything odd is found and named by the loop below
        mask[[slot_index[s] for s in raw if not isinstance(s, bool)]] = True
        if isinstance(raw, list) and not any(isinstance(s, bool) for s in raw):
            return mask
    except (KeyError, TypeError):
        pass
    for j, s in enumerate(_list(raw, where)):
        if isinstance(s, list | dict) or s not in slot_index:
            raise InstanceError(f"{where}[{j}]: unknown slot {s!r}")
        mask[slot_index[s]] = True
    return mask


def _rank(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InstanceError(f"{where}: expected a rank ≥ 1 (1 = first choice), got {value!r}")
    return value


def _list(value: Any, where: str) -> list:
    if not isinstance(value, list):
        raise InstanceError(f"{where}: expected a list, got {type(value).__name__}")
    return value


def _field(obj: dict, key: str, where: str) -> Any:
    if key not in obj:
        raise InstanceError(f"{where}.{key}: missing")
    return obj[key]


def _sectors(value: Any, where: str) -> tuple | None:
    """A participant's sectors: one, or a list (an organisation in several sectors)."""
    if value is None:
        return None
    if isinstance(value, list):
        for j, x in enumerate(value):
            _scalar(x, f"{where}[{j}]")
        return tuple(dict.fromkeys(value)) or None
    _scalar(value, where)
    return (value,)


def _scalar(value: Any, where: str) -> None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InstanceError(f"{where}: expected a string or whole number, got {value!r}")


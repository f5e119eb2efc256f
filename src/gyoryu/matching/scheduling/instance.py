"""The scheduling instance and schedule: reading, checking and the shared array form.

The JSON shape is the stable contract of `gyoryu schedule solve`:

    {"slots": [slot ids], "tables": N,
     "participants": [{"id", "available": [slot ids]}],
     "requests": [{"id", "a", "b", "weight"}],
     "pins": [{"request", "slot", "table"?}]}            # optional: meetings fixed in place

Solvers work on `Instance`, where slots, participants and requests are numbered 0..n-1 and the
slots a request can use are precomputed; ids are mapped back only in `Schedule.as_dict`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

SlotId = Any  # a JSON scalar: str or int
UNSCHEDULED = -1


class InstanceError(ValueError):
    """A bad instance; the message names the field and index (`requests[12].b: ...`)."""


@dataclass(frozen=True)
class Pin:
    request: int  # request index
    slot: int  # slot index
    table: int | None = None


@dataclass
class Instance:
    slot_ids: list[SlotId]
    tables: int
    participant_ids: list[SlotId]
    available: np.ndarray  # bool [participants, slots]
    request_ids: list[SlotId]
    a: np.ndarray  # int [requests]
    b: np.ndarray  # int [requests]
    weight: np.ndarray  # float [requests]
    pins: list[Pin] = field(default_factory=list)

    def __post_init__(self) -> None:
        # cand[r, s]: both sides of request r are available in slot s.
        self.cand = self.available[self.a] & self.available[self.b]
        if self.tables == 0:
            self.cand[:] = False
        self.cand_slots: list[list[int]] = [list(np.flatnonzero(row)) for row in self.cand]
        self.integral = bool(np.all(self.weight == np.round(self.weight)))

    @property
    def n_slots(self) -> int:
        return len(self.slot_ids)

    @property
    def n_participants(self) -> int:
        return len(self.participant_ids)

    @property
    def n_requests(self) -> int:
        return len(self.request_ids)

    def pinned_slots(self) -> dict[int, int]:
        return {p.request: p.slot for p in self.pins}

    # -- reading -----------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: Any) -> Instance:
        """Check a JSON instance and number it; every error names the field and index."""
        if not isinstance(data, dict):
            raise InstanceError("the instance must be a JSON object with slots, tables, "
                                "participants and requests")
        for key in ("slots", "tables", "participants", "requests"):
            if key not in data:
                raise InstanceError(f"{key}: missing")
        slots = _list(data["slots"], "slots")
        slot_index: dict[Any, int] = {}
        for i, s in enumerate(slots):
            _scalar(s, f"slots[{i}]")
            if s in slot_index:
                raise InstanceError(f"slots[{i}]: duplicate slot {s!r}")
            slot_index[s] = i
        tables = data["tables"]
        if isinstance(tables, bool) or not isinstance(tables, int) or tables < 0:
            raise InstanceError(f"tables: expected a whole number ≥ 0, got {tables!r}")

        people = _list(data["participants"], "participants")
        person_index: dict[Any, int] = {}
        available = np.zeros((len(people), len(slots)), dtype=bool)
        for i, p in enumerate(people):
            where = f"participants[{i}]"
            if not isinstance(p, dict):
                raise InstanceError(f"{where}: expected an object with id and available")
            pid = _field(p, "id", where)
            _scalar(pid, f"{where}.id")
            if pid in person_index:
                raise InstanceError(f"{where}.id: duplicate participant {pid!r}")
            person_index[pid] = i
            for j, s in enumerate(_list(_field(p, "available", where), f"{where}.available")):
                if s not in slot_index:
                    raise InstanceError(f"{where}.available[{j}]: unknown slot {s!r}")
                available[i, slot_index[s]] = True

        reqs = _list(data["requests"], "requests")
        request_index: dict[Any, int] = {}
        a = np.zeros(len(reqs), dtype=np.int64)
        b = np.zeros(len(reqs), dtype=np.int64)
        weight = np.zeros(len(reqs), dtype=np.float64)
        for i, r in enumerate(reqs):
            where = f"requests[{i}]"
            if not isinstance(r, dict):
                raise InstanceError(f"{where}: expected an object with id, a, b and weight")
            rid = _field(r, "id", where)
            _scalar(rid, f"{where}.id")
            if rid in request_index:
                raise InstanceError(f"{where}.id: duplicate request {rid!r}")
            request_index[rid] = i
            for side, arr in (("a", a), ("b", b)):
                pid = _field(r, side, where)
                if pid not in person_index:
                    raise InstanceError(f"{where}.{side}: unknown participant {pid!r}")
                arr[i] = person_index[pid]
            if a[i] == b[i]:
                raise InstanceError(f"{where}: a and b are the same participant {r['a']!r}")
            w = r.get("weight", 1)
            if (isinstance(w, bool) or not isinstance(w, int | float) or not math.isfinite(w)
                    or w < 0):
                raise InstanceError(f"{where}.weight: expected a number ≥ 0, got {w!r}")
            weight[i] = w

        inst = cls(slot_ids=slots, tables=tables, participant_ids=list(person_index),
                   available=available, request_ids=list(request_index), a=a, b=b, weight=weight)
        inst.pins = _read_pins(data.get("pins", []), inst, slot_index, request_index)
        return inst

    def to_dict(self) -> dict:
        out = {
            "slots": list(self.slot_ids),
            "tables": self.tables,
            "participants": [
                {"id": pid, "available": [self.slot_ids[s] for s in np.flatnonzero(row)]}
                for pid, row in zip(self.participant_ids, self.available, strict=True)
            ],
            "requests": [
                {"id": rid, "a": self.participant_ids[a], "b": self.participant_ids[b],
                 "weight": _number(w)}
                for rid, a, b, w in zip(self.request_ids, self.a, self.b, self.weight, strict=True)
            ],
        }
        if self.pins:
            out["pins"] = [
                {"request": self.request_ids[p.request], "slot": self.slot_ids[p.slot]}
                | ({"table": p.table} if p.table is not None else {})
                for p in self.pins
            ]
        return out


def _read_pins(raw: Any, inst: Instance, slot_index: dict, request_index: dict) -> list[Pin]:
    pins: list[Pin] = []
    seen: set[int] = set()
    busy: set[tuple[int, int]] = set()
    tables: set[tuple[int, int]] = set()
    per_slot = [0] * inst.n_slots
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
        if not inst.cand[r, s]:
            raise InstanceError(f"{where}.slot: both sides of request {rid!r} are not available "
                                f"in slot {sid!r}")
        for person in (int(inst.a[r]), int(inst.b[r])):
            if (person, s) in busy:
                raise InstanceError(f"{where}: participant {inst.participant_ids[person]!r} has "
                                    f"two pinned meetings in slot {sid!r}")
            busy.add((person, s))
        per_slot[s] += 1
        if per_slot[s] > inst.tables:
            raise InstanceError(f"{where}: more pinned meetings in slot {sid!r} than tables")
        table = p.get("table")
        if table is not None:
            if (isinstance(table, bool) or not isinstance(table, int)
                    or not 0 <= table < inst.tables):
                raise InstanceError(f"{where}.table: expected 0..{inst.tables - 1}, got {table!r}")
            if (s, table) in tables:
                raise InstanceError(f"{where}.table: table {table} in slot {sid!r} is pinned twice")
            tables.add((s, table))
        seen.add(r)
        pins.append(Pin(request=r, slot=s, table=table))
    return pins


def _list(value: Any, where: str) -> list:
    if not isinstance(value, list):
        raise InstanceError(f"{where}: expected a list, got {type(value).__name__}")
    return value


def _field(obj: dict, key: str, where: str) -> Any:
    if key not in obj:
        raise InstanceError(f"{where}.{key}: missing")
    return obj[key]


def _scalar(value: Any, where: str) -> None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InstanceError(f"{where}: expected a string or whole number, got {value!r}")


def _number(w: float) -> int | float:
    return int(w) if float(w).is_integer() else float(w)


# -- the schedule ----------------------------------------------------------------------------
@dataclass
class Schedule:
    """A solution: `slot[r]` is a slot index or UNSCHEDULED, `table[r]` a table index or -1."""

    slot: np.ndarray
    table: np.ndarray
    bound: float
    status: str = "feasible"
    stats: dict = field(default_factory=dict)

    def objective(self, inst: Instance) -> float:
        return float(inst.weight[self.slot >= 0].sum())

    def as_dict(self, inst: Instance) -> dict:
        order = sorted(np.flatnonzero(self.slot >= 0), key=lambda r: (self.slot[r], self.table[r]))
        return {
            "status": self.status,
            "objective": _number(self.objective(inst)),
            "bound": _number(self.bound),
            "assignments": [
                {"request": inst.request_ids[r], "slot": inst.slot_ids[self.slot[r]],
                 "table": int(self.table[r])}
                for r in order
            ],
            "unscheduled": [inst.request_ids[r] for r in np.flatnonzero(self.slot < 0)],
        }


def violations(inst: Instance, slot: np.ndarray, table: np.ndarray | None = None) -> list[str]:
    """Every broken constraint of a schedule, in words; empty when the schedule is feasible."""
    problems: list[str] = []
    busy: dict[tuple[int, int], int] = {}
    used: dict[tuple[int, int], int] = {}
    per_slot = np.zeros(inst.n_slots, dtype=int)
    for r in np.flatnonzero(slot >= 0):
        s = int(slot[r])
        if not inst.cand[r, s]:
            problems.append(f"request {inst.request_ids[r]!r} in slot {s}: a side is unavailable")
        for p in (int(inst.a[r]), int(inst.b[r])):
            if (p, s) in busy:
                problems.append(f"participant {inst.participant_ids[p]!r} has two meetings in "
                                f"slot {s}")
            busy[(p, s)] = r
        per_slot[s] += 1
        if table is not None:
            t = int(table[r])
            if not 0 <= t < inst.tables:
                problems.append(f"request {inst.request_ids[r]!r}: table {t} out of range")
            if (s, t) in used:
                problems.append(f"slot {s} table {t} holds two meetings")
            used[(s, t)] = r
    for s in np.flatnonzero(per_slot > inst.tables):
        problems.append(f"slot {s}: {per_slot[s]} meetings for {inst.tables} tables")
    for p in inst.pins:
        if slot[p.request] != p.slot:
            problems.append(f"pinned request {inst.request_ids[p.request]!r} moved")
        elif table is not None and p.table is not None and table[p.request] != p.table:
            problems.append(f"pinned request {inst.request_ids[p.request]!r} changed table")
    return problems


def seat(inst: Instance, slot: np.ndarray, prefer: dict[int, int] | None = None) -> np.ndarray:
    """Give each scheduled meeting a table: pinned or preferred tables first, then the lowest free.

    Tables only count, so any slot assignment within capacity can be seated; keeping preferred
    tables is what lets a re-solve leave unaffected meetings at their table.
    """
    table = np.full(inst.n_requests, -1, dtype=np.int64)
    wanted = {p.request: p.table for p in inst.pins if p.table is not None}
    for r, t in (prefer or {}).items():
        wanted.setdefault(r, t)
    taken: set[tuple[int, int]] = set()
    # Pinned tables are claimed before preferences so a preference never takes a pinned table.
    ranked = sorted(wanted.items(), key=lambda rt: (0 if rt[0] in _pinned_tables(inst) else 1))
    for r, t in ranked:
        s = int(slot[r])
        if s >= 0 and 0 <= t < inst.tables and (s, t) not in taken:
            table[r] = t
            taken.add((s, t))
    next_free = [0] * inst.n_slots
    for r in np.flatnonzero((slot >= 0) & (table < 0)):
        s = int(slot[r])
        while (s, next_free[s]) in taken:
            next_free[s] += 1
        table[r] = next_free[s]
        taken.add((s, next_free[s]))
    return table


def _pinned_tables(inst: Instance) -> set[int]:
    return {p.request for p in inst.pins if p.table is not None}

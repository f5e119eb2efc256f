"""The organiser's meeting board: the draft schedule day by day and hall by hall, the
interpreters at work in each slot, the figures in an organiser's words, and the reason for
every request left out (also what each participant reads about their own requests).

A solved schedule is shown with the days and tables it was solved with (its stored instance),
so changing the grid afterwards never relabels a schedule; before the first solve the board
shows the grid as set up.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.matching.models import ScheduleRun
from gyoryu.matching.scheduling import Instance
from gyoryu.programs import grid as grids
from gyoryu.programs import meetings
from gyoryu.programs.models import Participant, Program, ScheduleVersion


def _tables(instance: dict) -> list[dict]:
    tables = instance.get("tables", 0)
    return tables if isinstance(tables, list) else [{"id": t} for t in range(int(tables or 0))]


def _days(instance: dict) -> dict[str, list[str]]:
    if instance.get("days"):
        return instance["days"]
    out: dict[str, list[str]] = {}
    for key in instance.get("slots", []):
        out.setdefault(str(key)[:10], []).append(key)
    return out


def layout(instance: dict) -> list[dict]:
    """Each day with its slots and, hall by hall, the tables standing that day (number in the
    hall from 1, seats, reserved sector)."""
    places = grids.table_places(instance)
    out = []
    for day, keys in _days(instance).items():
        here = set(keys)
        halls: dict[str | None, list[dict]] = {}
        for t in _tables(instance):
            if "available" in t and not here & set(t["available"]):
                continue
            hall, number = places[t["id"]]
            halls.setdefault(hall, []).append({"id": t["id"], "number": number,
                                               "seats": t.get("seats"),
                                               "sector": t.get("sector")})
        out.append({"day": day, "slots": list(keys),
                    "halls": [{"name": name, "tables": tables} for name, tables in halls.items()]})
    return out


def meeting_board(*, db: Session, program: Program) -> dict:
    """The organiser's view of the draft: per day and hall, its meetings by slot and table,
    the interpreters at work per slot, the figures, and why each request was left out."""
    run = meetings.current(db=db, program=program)
    instance = run.instance if run is not None else {
        "slots": grids.slot_keys(program), "days": grids.days_of(program),
        "tables": grids.table_entries(program)}
    days = layout(instance)
    multi = len(days) > 1
    cells: dict[tuple[str, int], object] = {}
    requests = {r["id"]: r for r in run.instance["requests"]} if run is not None else {}
    ids = {int(r[side]) for r in requests.values() for side in ("a", "b")}
    unscheduled = []
    if run is not None:
        for m in run.meetings:
            cells[(m.slot, m.table_no)] = m
        placed = {m.request for m in run.meetings}
        unscheduled = [r for r in run.instance["requests"] if r["id"] not in placed]
    people = {p.id: p for p in db.scalars(select(Participant).where(Participant.id.in_(ids)))}
    use = (run.interpreters or {}) if run is not None else {}
    per_slot = {u["slot"]: u for u in use.get("per_slot", [])}
    for day in days:
        day["use"] = [per_slot[k] for k in day["slots"] if k in per_slot]
    version = meetings.draft_version(db=db, program=program)
    return {"run": run, **placed_figures(run, version), "days": days, "multi_day": multi,
            "slots": [k for d in days for k in d["slots"]], "cells": cells,
            "places": grids.table_places(instance), "people": people, "requests": requests,
            "unscheduled": unscheduled,
            "reasons": _reasons(run, requests, people, multi) if run is not None else [],
            "interpreters": {str(i.id): i for i in meetings.interpreters(db=db, program=program)},
            "use": use}


def placed_figures(run: ScheduleRun | None, version: ScheduleVersion | None = None) -> dict:
    """The schedule in an organiser's words: meetings placed, of those requested, and the most
    any schedule could place — `most_meetings`, kept when programs solved it. A schedule solved
    elsewhere (`gyoryu schedule`, or before the count was kept) falls back to its weight bound
    divided by the lightest request's weight: proven too, but loose when weights differ."""
    if run is None:
        return {"placed": 0, "requested": 0, "best_at_most": 0}
    requested = len(run.instance["requests"])
    if version is not None and version.most_meetings is not None:
        most = version.most_meetings
    else:
        weights = Instance.from_dict(run.instance).weight if requested else None
        lightest = float(weights.min()) if weights is not None and len(weights) else 0.0
        most = requested if lightest <= 0 else min(requested, int(run.bound / lightest + 1e-9))
    return {"placed": len(run.meetings), "requested": requested,
            "best_at_most": max(most, len(run.meetings))}


def _reasons(run: ScheduleRun, requests: dict, people: dict, multi: bool) -> list[dict]:
    """The solver's reason for each request left out, with the participants it names and the
    slots as the reader needs them ("14:00", or "05-13 14:00" over several days)."""
    out = []
    for item in run.unscheduled or []:
        req = requests.get(item["request"])
        if req is None:
            continue
        detail = item.get("detail") or {}
        taken = [{**t, "who": people.get(int(t["participant"])),
                  "with": _other(requests.get(t["request"]), t["participant"], people),
                  "when": grids.slot_label(str(t["slot"]), with_day=multi)}
                 for t in detail.get("taken", [])]
        out.append({"request": item["request"], "reason": item["reason"],
                    "a": people.get(int(req["a"])), "b": people.get(int(req["b"])),
                    "slots": detail.get("slots", []), "pairs": detail.get("pairs", []),
                    "times": [grids.slot_label(str(s), with_day=multi)
                              for s in detail.get("slots", [])],
                    "taken": taken,
                    # walking_time: the meetings just before or after, in the halls too far
                    "next_to": [{"who": people.get(int(n["participant"])), "hall": n["hall"],
                                 "participant": n["participant"],
                                 "when": grids.slot_label(str(n["slot"]), with_day=multi)}
                                for n in detail.get("next_to", [])]})
    return out


def _other(req: dict | None, who: str, people: dict) -> Participant | None:
    if req is None:
        return None
    return people.get(int(req["b"] if str(req["a"]) == str(who) else req["a"]))


def reasons_for(*, db: Session, program: Program, participant: Participant) -> list[dict]:
    """Why the participant's requests were left out of the published schedule (for their page)."""
    run = meetings.published_run(db=db, program=program)
    if run is None:
        return []
    requests = {r["id"]: r for r in run.instance["requests"]}
    me = str(participant.id)
    mine = {k: r for k, r in requests.items() if me in (str(r["a"]), str(r["b"]))}
    ids = {int(r[side]) for r in mine.values() for side in ("a", "b")}
    for item in run.unscheduled or []:
        for t in (item.get("detail") or {}).get("taken", []):
            if item["request"] in mine:
                ids.add(int(t["participant"]))
                req = requests.get(t["request"])
                if req is not None:
                    ids.update(int(req[s]) for s in ("a", "b"))
    people = {p.id: p for p in db.scalars(select(Participant).where(Participant.id.in_(ids)))}
    multi = len(_days(run.instance)) > 1
    return [x for x in _reasons(run, requests, people, multi) if x["request"] in mine]

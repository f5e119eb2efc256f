"""After a cancellation, every meeting that can stay keeps its slot and its table."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from gyoryu.matching.scheduling import Instance, reschedule, solve, violations
from gyoryu.matching.scheduling.generate import generate


def cancel(data: dict, person: str) -> dict:
    out = copy.deepcopy(data)
    out["participants"] = [p for p in out["participants"] if p["id"] != person]
    out["requests"] = [r for r in out["requests"] if person not in (r["a"], r["b"])]
    return out


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), who=st.integers(0, 39), method=st.sampled_from(
    ["greedy", "improve"]))
def test_a_cancellation_moves_nobody_else(seed, who, method):
    data = generate(participants=40, requests=120, slots=5, tables=6, seed=seed)
    before_inst = Instance.from_dict(data)
    before = solve(before_inst, time_limit=3, method=method).as_dict(before_inst)

    person = data["participants"][who]["id"]
    after_data = cancel(data, person)
    inst = Instance.from_dict(after_data)
    schedule = reschedule(inst, before["assignments"], time_limit=3, method=method)
    after = schedule.as_dict(inst)

    assert violations(inst, schedule.slot, schedule.table) == []
    assert schedule.stats["released"] == []  # nobody else lost a slot
    placed = {a["request"]: (a["slot"], a["table"]) for a in after["assignments"]}
    kept = [a for a in before["assignments"] if a["request"] in set(inst.request_ids)]
    for a in kept:
        assert placed[a["request"]] == (a["slot"], a["table"])
    # The freed tables are refilled: never worse than just dropping the cancelled meetings.
    assert after["objective"] >= sum(
        inst.weight[inst.request_ids.index(a["request"])] for a in kept)
    assert after["objective"] <= after["bound"]


def test_a_lost_slot_moves_only_the_meeting_in_it():
    data = {
        "slots": ["s0", "s1", "s2"], "tables": 2,
        "participants": [{"id": p, "available": ["s0", "s1", "s2"]} for p in "abcd"],
        "requests": [{"id": "ab", "a": "a", "b": "b", "weight": 5},
                     {"id": "cd", "a": "c", "b": "d", "weight": 5},
                     {"id": "ac", "a": "a", "b": "c", "weight": 5}],
    }
    previous = [{"request": "ab", "slot": "s0", "table": 1},
                {"request": "cd", "slot": "s0", "table": 0},
                {"request": "ac", "slot": "s1", "table": 1}]
    data["participants"][1]["available"] = ["s1", "s2"]  # b can no longer come to s0
    inst = Instance.from_dict(data)
    schedule = reschedule(inst, previous, time_limit=5)
    out = schedule.as_dict(inst)
    assert schedule.stats["released"] == ["ab"]
    placed = {a["request"]: (a["slot"], a["table"]) for a in out["assignments"]}
    assert placed["cd"] == ("s0", 0)
    assert placed["ac"] == ("s1", 1)
    assert placed["ab"] == ("s2", 0)  # s1 is out: a meets c there
    assert out["objective"] == 15


def test_a_kept_meeting_moves_when_that_is_the_only_way_to_keep_another():
    data = {
        "slots": ["s0", "s1"], "tables": 2,
        "participants": [{"id": p, "available": ["s0", "s1"]} for p in "abc"],
        "requests": [{"id": "ab", "a": "a", "b": "b", "weight": 5},
                     {"id": "ac", "a": "a", "b": "c", "weight": 3}],
    }
    previous = [{"request": "ab", "slot": "s0", "table": 0},
                {"request": "ac", "slot": "s1", "table": 1}]
    data["participants"][1]["available"] = ["s1"]  # b can only come to s1, where a meets c
    inst = Instance.from_dict(data)
    for method in ("greedy", "improve"):
        schedule = reschedule(inst, previous, time_limit=3, method=method)
        out = schedule.as_dict(inst)
        placed = {a["request"]: a["slot"] for a in out["assignments"]}
        assert violations(inst, schedule.slot, schedule.table) == []
        assert placed == {"ab": "s1", "ac": "s0"} and out["objective"] == 8
        assert schedule.stats["moved"] == ["ac"]
        assert sorted(schedule.stats["released"]) == ["ab", "ac"]
        assert out["bound"] >= out["objective"]


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), lost=st.integers(0, 4))
def test_making_room_keeps_every_constraint_and_never_loses_weight(seed, lost):
    data = generate(participants=30, requests=90, slots=5, tables=4, seed=seed)
    before_inst = Instance.from_dict(data)
    before = solve(before_inst, time_limit=2, method="greedy").as_dict(before_inst)
    after_data = copy.deepcopy(data)
    for p in after_data["participants"][::3]:  # a third of the people lose one slot
        p["available"] = [s for s in p["available"] if s != data["slots"][lost]]
    inst = Instance.from_dict(after_data)
    schedule = reschedule(inst, before["assignments"], time_limit=2, method="greedy")
    assert violations(inst, schedule.slot, schedule.table) == []
    out = schedule.as_dict(inst)
    placed = {a["request"]: (a["slot"], a["table"]) for a in out["assignments"]}
    moved = set(schedule.stats["released"])
    for a in before["assignments"]:  # what did not have to leave, and was not moved, stays put
        if a["request"] not in moved:
            assert placed[a["request"]] == (a["slot"], a["table"])
    assert out["objective"] <= out["bound"] + 1e-9


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000), who=st.integers(0, 29))
def test_a_cancellation_keeps_every_other_meeting_and_its_interpreter(seed, who):
    data = generate(participants=30, requests=90, slots=4, tables=6, seed=seed, interpreters=2,
                    days=2, groups=0.1)
    before_inst = Instance.from_dict(data)
    before = solve(before_inst, time_limit=3).as_dict(before_inst)

    person = data["participants"][who]["id"]
    after_data = copy.deepcopy(data)
    after_data["participants"] = [p for p in data["participants"] if p["id"] != person]
    after_data["requests"] = [r for r in data["requests"]
                              if person not in [r["a"], *(r["b"] if isinstance(r["b"], list)
                                                          else [r["b"]])]]
    inst = Instance.from_dict(after_data)
    schedule = reschedule(inst, before["assignments"], time_limit=3)
    assert violations(inst, schedule.slot, schedule.table, schedule.interpreter) == []
    assert schedule.stats["released"] == []
    placed = {a["request"]: a for a in schedule.as_dict(inst)["assignments"]}
    for a in before["assignments"]:
        if a["request"] in set(inst.request_ids):
            assert placed[a["request"]] == a  # same slot, table and interpreter

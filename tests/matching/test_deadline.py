"""Every phase of a solve looks at one shared deadline, and a solve out of time still answers
with a feasible schedule, a proven bound and a true reason for every request left out. Nothing
here is timed: the clocks are fake."""

from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

import gyoryu.matching.scheduling as scheduling
from gyoryu.cli import app
from gyoryu.matching.scheduling import Deadline, Instance, solve, violations
from gyoryu.matching.scheduling.bound import lp_bound
from gyoryu.matching.scheduling.generate import generate

from .test_scheduling_resources import referee

EVENT = dict(participants=60, requests=240, slots=6, tables=10, seed=4, interpreters=3, days=2,
             groups=0.05)


class Clock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("method", ["improve", "greedy", "greedy-after"])
def test_a_solve_out_of_time_still_answers_in_full(method):
    data = generate(**EVENT)
    inst = Instance.from_dict(data)
    clock = Clock()
    deadline = Deadline(at=clock.now, clock=clock)  # already over
    schedule = solve(inst, deadline=deadline, method=method)
    # Each phase looked at the clock (and so stopped at once).
    assert {"greedy", "bound"} <= deadline.asked
    assert ("search" in deadline.asked) == (method == "improve")
    assert violations(inst, schedule.slot, schedule.table, schedule.interpreter) == []
    assert referee(data, schedule.as_dict(inst)) == []  # the closing pass placed what fits
    # The bound is the cheap proven one: above what a full solve reaches.
    full = solve(inst, time_limit=10)
    assert schedule.bound >= full.bound >= full.objective(inst)
    assert schedule.objective(inst) > 0


def test_the_bound_keeps_what_it_proved_when_time_runs_out():
    inst = Instance.from_dict(generate(**EVENT))
    clock = Clock()
    ticking = Deadline(at=clock.now + 60, clock=clock)
    proven = lp_bound(inst, deadline=ticking)
    assert ticking.asked == {"bound"} and proven.duals is not None
    clock.now += 3600
    cheap = lp_bound(inst, deadline=ticking)
    assert cheap.duals is None and cheap.bound >= proven.bound


def test_sub_deadlines_share_what_was_asked_and_never_outlast_the_whole():
    clock = Clock()
    whole = Deadline.after(10, clock=clock)
    assert whole.part(0.5).at == 105 and whole.earlier(2).at == 108
    assert whole.sooner(30).at == whole.at and whole.sooner(1).at == 101
    whole.part(0.1).passed("greedy")
    assert whole.asked == {"greedy"}
    clock.now = 200
    assert whole.passed() and whole.left() == 0.0


def test_the_command_gives_the_solver_its_deadline_from_the_start(tmp_path, monkeypatch):
    # `schedule solve --time-limit` counts reading and writing too: the solver gets a
    # deadline started before the file was read, with time kept for writing the answer.
    seen = {}
    read = Instance.from_dict.__func__

    def reading(cls, data):
        seen["reading"] = time.monotonic()
        return read(cls, data)

    def spy(inst, **kwargs):
        seen.update(kwargs)
        return solve(inst, **kwargs)

    monkeypatch.setattr(Instance, "from_dict", classmethod(reading))
    monkeypatch.setattr(scheduling, "solve", spy)
    path = tmp_path / "event.json"
    path.write_text(json.dumps(generate(**EVENT)))
    result = CliRunner().invoke(app, ["schedule", "solve", str(path), "--time-limit", "7"])
    assert result.exit_code == 0, result.output
    deadline = seen["deadline"]
    assert isinstance(deadline, Deadline) and "time_limit" not in seen
    assert deadline.at - 7 < seen["reading"]  # the 7 s were counted from before the reading
    assert {"greedy", "bound", "search"} <= deadline.asked

"""`gyoryu schedule solve` for scripts: JSON in, JSON out, clear errors."""

from __future__ import annotations

import json

import numpy as np
from typer.testing import CliRunner

from gyoryu.cli import app
from gyoryu.matching.scheduling import Instance, violations
from gyoryu.matching.scheduling.generate import generate

runner = CliRunner()


def test_solve_prints_the_schedule_as_json(tmp_path):
    data = generate(participants=20, requests=50, slots=4, tables=3, seed=2)
    path = tmp_path / "instance.json"
    path.write_text(json.dumps(data))
    result = runner.invoke(app, ["schedule", "solve", str(path), "--time-limit", "5", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out) == {"status", "objective", "bound", "assignments", "unscheduled"}
    inst = Instance.from_dict(data)
    index = {rid: i for i, rid in enumerate(inst.request_ids)}
    slots = {sid: i for i, sid in enumerate(inst.slot_ids)}
    slot = [-1] * inst.n_requests
    table = [-1] * inst.n_requests
    for a in out["assignments"]:
        slot[index[a["request"]]] = slots[a["slot"]]
        table[index[a["request"]]] = a["table"]
    assert violations(inst, np.array(slot), np.array(table)) == []
    assert len(out["assignments"]) + len(out["unscheduled"]) == 50
    assert out["objective"] <= out["bound"]


def test_previous_keeps_meetings(tmp_path):
    data = generate(participants=20, requests=50, slots=4, tables=3, seed=2)
    (tmp_path / "i.json").write_text(json.dumps(data))
    first = runner.invoke(app, ["schedule", "solve", str(tmp_path / "i.json"), "--json",
                                "--time-limit", "3"])
    (tmp_path / "o.json").write_text(first.stdout)
    again = runner.invoke(app, ["schedule", "solve", str(tmp_path / "i.json"), "--json",
                                "--time-limit", "3", "--previous", str(tmp_path / "o.json")])
    assert json.loads(again.stdout)["assignments"] == json.loads(first.stdout)["assignments"]


def test_bad_instance_names_the_field_and_fails(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"slots": ["a"], "tables": 1,
                                "participants": [{"id": "p1", "available": ["a"]}],
                                "requests": [{"id": 1, "a": "p1", "b": "p9", "weight": 1}]}))
    result = runner.invoke(app, ["schedule", "solve", str(path), "--json"])
    assert result.exit_code == 2
    assert result.stderr == f"{path}: requests[0].b: unknown participant 'p9'\n"
    assert result.stdout == ""


def test_not_json_says_where(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"slots": [}')
    result = runner.invoke(app, ["schedule", "solve", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}: not JSON: ")
    assert "line 1, column 12" in result.stderr


def test_interpreters_through_the_cli_and_cpsat_refused_on_them(tmp_path):
    data = generate(participants=20, requests=50, slots=4, tables=3, seed=2, interpreters=2,
                    days=2)
    path = tmp_path / "fair.json"
    path.write_text(json.dumps(data))
    result = runner.invoke(app, ["schedule", "solve", str(path), "--time-limit", "3", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert {a["interpreter"] for a in out["assignments"]} - {None} <= {"i000", "i001"}
    assert {u["reason"] for u in out["unscheduled"]} <= {
        "no_common_slot", "participant_full", "no_table", "no_interpreter"}
    assert [s["slot"] for s in out["interpreters"]["per_slot"]] == data["slots"]
    refused = runner.invoke(app, ["schedule", "solve", str(path), "--method", "cpsat"])
    assert refused.exit_code == 2
    assert refused.stderr.startswith("--method: cpsat solves plain instances only")

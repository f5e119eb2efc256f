"""`gyoryu schedule solve` answers every malformed instance with a clear error and exit code 2:
bad bytes, deep nesting, wrong types, absurd numbers and sizes are refused before anything is
allocated, never with a traceback."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from gyoryu.cli import app
from gyoryu.matching import cli as schedule_cli

runner = CliRunner()
BASE = {"slots": ["s1", "s2"], "tables": 2,
        "participants": [{"id": "a", "available": ["s1", "s2"]},
                         {"id": "b", "available": ["s1", "s2"]}],
        "requests": [{"id": "r1", "a": "a", "b": "b", "weight": 1}]}


def _with(**changes) -> bytes:
    data = json.loads(json.dumps(BASE))
    for path, value in changes.items():
        target = data
        *head, last = path.split("__")
        for part in head:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value
    return json.dumps(data).encode()


CASES = {
    "bad UTF-8": (b'{"slots": ["\xff\xfe"], "tables": 1, "participants": [], "requests": []}',
                  "not UTF-8"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "deep nesting in a field": (_with(participants__0__sector=[[[[[1]]]]]),
                                "expected a string or whole number"),
    "a list as an id": (_with(participants__0__id=["x"]), "participants[0].id"),
    "a weight of 1e308": (_with(requests__0__weight=1e308), "requests[0].weight"),
    "an infinite weight": (json.dumps(BASE).replace('"weight": 1', '"weight": 1e999').encode(),
                           "requests[0].weight"),
    "10**30 tables": (_with(tables=10**30), "tables: 1,000,000,000,000,000,000,000,000,000,000"),
    "too many slots": (_with(slots=[f"s{i}" for i in range(10_001)]), "at most 10,000"),
    "too many participant-slot pairs": (
        _with(slots=[f"s{i}" for i in range(5_000)],
              participants=[{"id": i, "available": []} for i in range(5_000)]),
        "participant-slot pairs"),
    "not an object": (b"[1, 2, 3]", "must be a JSON object"),
    "not JSON": (b'{"slots": [}', "not JSON"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_malformed_instance_exits_2_with_a_clear_error(tmp_path, case):
    body, says = CASES[case]
    path = tmp_path / "instance.json"
    path.write_bytes(body)
    result = runner.invoke(app, ["schedule", "solve", str(path), "--time-limit", "2"])
    assert result.exit_code == 2, (result.output, result.exception)
    assert isinstance(result.exception, SystemExit)
    assert says in result.output and "Traceback" not in result.output


def test_an_oversize_instance_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "instance.json"
    path.write_bytes(json.dumps(BASE).encode() + b" " * 2_000)
    monkeypatch.setattr(schedule_cli, "MAX_INSTANCE_BYTES", 1_000)
    result = runner.invoke(app, ["schedule", "solve", str(path)])
    assert result.exit_code == 2 and "at most 1,000" in result.output

"""`gyoryu schedule …`: the scheduling library for scripts (JSON in, JSON out)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated

import typer

METHODS = ("improve", "greedy", "greedy-after", "cpsat")  # gyoryu.matching.scheduling.METHODS, without its imports
schedule_app = typer.Typer(help="B2B meeting schedules.", no_args_is_help=True)


def _fail(message: str, code: int = 2):
    typer.echo(message, err=True)
    raise typer.Exit(code)


MAX_INSTANCE_BYTES = 64 * 1024 * 1024


def _read_json(path: Path):
    """The file's JSON, or exit 2 with what is wrong with it (never a traceback)."""
    try:
        size = path.stat().st_size
        if size > MAX_INSTANCE_BYTES:
            _fail(f"{path}: {size:,} bytes; an instance may have at most "
                  f"{MAX_INSTANCE_BYTES:,}")
        return json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        _fail(f"{path}: cannot read: {exc.strerror}")
    except UnicodeDecodeError as exc:
        _fail(f"{path}: not UTF-8 text (byte {exc.start})")
    except json.JSONDecodeError as exc:
        _fail(f"{path}: not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")
    except RecursionError:
        _fail(f"{path}: the JSON is nested too deeply")


@schedule_app.command("solve")
def solve_command(
    instance: Annotated[Path, typer.Argument(help="Instance JSON: slots, tables, participants, "
                                                  "requests (and optional pins).")],
    time_limit: Annotated[float, typer.Option("--time-limit", min=0.1,
                                              help="Seconds, in total.")] = 60.0,
    method: Annotated[str, typer.Option(help=f"One of: {', '.join(METHODS)}.")] = "improve",
    previous: Annotated[Path | None, typer.Option(
        help="A previous output: its meetings that still fit keep their slot and table.")] = None,
    seed: int = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the schedule as JSON.")] = False,
) -> None:
    """Schedule the meetings of INSTANCE: maximum total weight, with a proven bound."""
    started = time.monotonic()  # the limit covers reading, solving and writing the answer
    if method not in METHODS:
        _fail(f"--method: unknown method '{method}'; use one of {', '.join(METHODS)}")
    from gyoryu.matching.scheduling import Deadline, Instance, InstanceError, reschedule, solve

    try:
        inst = Instance.from_dict(_read_json(instance))
        # Keep time to write the answer: about as long as reading it took (measured).
        deadline = Deadline(at=started + time_limit).earlier(
            min(time_limit / 4, time.monotonic() - started))
        if previous is not None:
            before = _read_json(previous)
            assignments = before.get("assignments") if isinstance(before, dict) else before
            if not isinstance(assignments, list):
                raise InstanceError("previous: expected an output with an assignments list")
            schedule = reschedule(inst, assignments, deadline=deadline, method=method, seed=seed)
        else:
            schedule = solve(inst, deadline=deadline, method=method, seed=seed)
    except InstanceError as exc:
        _fail(f"{previous if str(exc).startswith('previous') else instance}: {exc}")
    except ValueError as exc:  # a method that cannot solve this instance (cpsat: plain only)
        _fail(f"--method: {exc}")
    except (OverflowError, RecursionError, MemoryError, TypeError) as exc:
        _fail(f"{instance}: cannot be read: {type(exc).__name__}: {exc}")
    result = schedule.as_dict(inst)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    objective, bound = result["objective"], result["bound"]
    gap = 0.0 if not bound else 100 * (bound - objective) / bound
    typer.echo(f"{result['status']}: {len(result['assignments'])} meetings, "
               f"{len(result['unscheduled'])} unscheduled; objective {objective}, "
               f"bound {bound} (gap {gap:.2f} %)")

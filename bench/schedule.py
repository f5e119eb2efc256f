"""B2B meeting scheduling on generated instances (seeded, repeatable).

    python -m bench.schedule [--only NAME] [--time-limit S] [--seed 1]
    python -m bench.schedule --only limits      # `schedule solve --time-limit` wall time

small:  300 participants / 1,500 requests / 12 slots / 60 tables
large:  2,000 / 10,000 / 16 slots / 400 tables
interp: 2,000 / 10,000 / 16 slots (2 days) / 400 tables (15 % of 4 seats, 2 % group requests)
        / 60 interpreters — after 10 s and after 60 s
fair:   10,000 / 50,000 / 24 slots (2 days) / 2,000 tables / 300 interpreters — after 60 s,
        with the process's peak memory
halls:  interp in 4 halls in a row, 4 minutes' walk apart, half the Chinese side exhibiting in
        one, 5 minutes between slots — walking time between halls decides
limits: the fair instance written to a file and solved by `gyoryu schedule solve --time-limit`
        (in this process, imports warm) for limits of 5 and 10 s: the wall time from the call
        to the answer written — reading, solving, reasons and JSON — against the limit

For each: the greedy (interpreters placed with the meetings), on the interpreter instances the
organisers' way ("greedy-after": schedule first, then find interpreters — shown before and after
the library's closing pass that places whatever still fits), the full solver and, on the small
one, plain CP-SAT — objective, proven bound, share of the bound, time. Every schedule is
checked against the instance. Timings depend on the machine's load: each line ends with the
load average over the last minute, so say so with the figures.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import tempfile
import time
from pathlib import Path

from gyoryu.matching.scheduling import Instance, gap, solve, violations
from gyoryu.matching.scheduling.generate import generate

SIZES = {
    "small": (dict(participants=300, requests=1500, slots=12, tables=60), [60.0]),
    "large": (dict(participants=2000, requests=10000, slots=16, tables=400), [60.0]),
    "interp": (dict(participants=2000, requests=10000, slots=16, tables=400, interpreters=60,
                    days=2, groups=0.02), [10.0, 60.0]),
    "fair": (dict(participants=10000, requests=50000, slots=24, tables=2000, interpreters=300,
                  days=2, groups=0.02), [60.0]),
    "halls": (dict(participants=2000, requests=10000, slots=16, tables=400, interpreters=60,
                   days=2, groups=0.02, halls=4), [10.0, 60.0]),
}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, help="one limit instead of each size's own")
    parser.add_argument("--only", choices=sorted([*SIZES, "limits"]))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.only == "limits":
        time_limits(args.seed, [args.time_limit] if args.time_limit else [5.0, 10.0])
        return
    print(f"{'instance':<8} {'method':<14} {'limit':>5} {'status':<9} {'objective':>10} "
          f"{'bound':>10} {'gap %':>7} {'% of bound':>10} {'seconds':>8} {'peak MB':>8} "
          f"{'load':>5}")
    for name, (size, limits) in SIZES.items():
        if args.only and name != args.only:
            continue
        inst = Instance.from_dict(generate(**size, seed=args.seed))
        if inst.n_interpreters:
            print(f"{name}: {int(inst.need.sum())} of {inst.n_requests} requests need an "
                  f"interpreter", flush=True)
        methods = ["greedy"] + (["greedy-after"] if inst.n_interpreters else []) + ["improve"] + (
            ["cpsat"] if name == "small" else [])
        results = []
        for method in methods:
            for limit in ([args.time_limit] if args.time_limit else limits):
                if method.startswith("greedy") and limit != limits[0] and not args.time_limit:
                    continue  # the greedy does not use its time
                results.append((method, limit, run(name, inst, method, limit, args.seed)))
        # Each run's bound is what its own LP reached in its share of the time; the smallest is
        # proven too, so every objective is also shown against it.
        best = min(bound for *_, (_, bound) in results)
        print(f"{name}: against the best bound found ({best:.0f}): " + "; ".join(
            f"{'interp. after' if m == 'greedy-after' else m} {limit:.0f} s "
            f"{_share(objective, best):.2f} %" for m, limit, (objective, _) in results))


def run(name: str, inst: Instance, method: str, limit: float, seed: int) -> tuple[float, float]:
    started = time.monotonic()
    schedule = solve(inst, time_limit=limit, method=method, seed=seed)
    took = time.monotonic() - started
    assert violations(inst, schedule.slot, schedule.table, schedule.interpreter) == []
    assert len(schedule.reasons) == int((schedule.slot < 0).sum())
    objective, bound = schedule.objective(inst), schedule.bound
    shown = "interp. after" if method == "greedy-after" else method
    print(f"{name:<8} {shown:<14} {limit:>5.0f} {schedule.status:<9} {objective:>10.0f} "
          f"{bound:>10.0f} {100 * gap(schedule, inst):>7.3f} {_share(objective, bound):>10.2f} "
          f"{took:>8.2f} {peak_mb():>8.0f} {os.getloadavg()[0]:>5.1f}", flush=True)
    stats = schedule.stats
    if method == "greedy-after":
        print(f"{'':<8} {'':<14} before the closing pass: {stats['greedy']:.0f} "
              f"({_share(stats['greedy'], bound):.2f} % of the bound)")
    if method == "improve":
        print(f"{'':<8} {'':<14} LP bound {stats['lp_bound']:.0f} after "
              f"{stats['lp_seconds']:.1f} s; greedy {stats['greedy']:.0f}, LP rounded "
              f"{stats.get('lp_greedy', 0):.0f}")
        for share in (99.0, 99.5, 99.9):
            first = next((t for t, v in stats.get("trace", []) if v >= share / 100 * bound), None)
            if first is not None:
                print(f"{'':<8} {'':<14} ≥ {share} % of the bound after {first:.1f} s")
    if schedule.reasons:
        counts: dict[str, int] = {}
        for reason in schedule.reasons:
            counts[reason["reason"]] = counts.get(reason["reason"], 0) + 1
        print(f"{'':<8} {'':<14} left out: " + ", ".join(f"{k} {v}" for k, v in
                                                          sorted(counts.items())))
    if schedule.report.get("most_valuable"):
        top = schedule.report["most_valuable"][0]
        print(f"{'':<8} {'':<14} one more interpreter helps most: {top['pair']} in "
              f"{top['slot']} (LP value {top['value']})")
    return objective, bound


def time_limits(seed: int, seconds: list[float]) -> None:
    """`gyoryu schedule solve FILE --time-limit S --json` on the fair instance, timed from the
    call to the answer written, for each limit."""
    from typer.testing import CliRunner

    from gyoryu.cli import app

    data = generate(**SIZES["fair"][0], seed=seed)
    n_requests = len(data["requests"])
    print(f"{'limit':>5} {'wall s':>7} {'over s':>7} {'status':<9} {'objective':>10} "
          f"{'bound':>10} {'% of bound':>10} {'answer MB':>9} {'peak MB':>8} {'load':>5}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fair.json"
        path.write_text(json.dumps(data))
        del data  # as in the command, only what it reads is alive (the collector walks it all)
        gc.collect()
        print(f"fair instance: {path.stat().st_size / 1e6:.1f} MB, {n_requests:,} requests",
              flush=True)
        for limit in seconds:
            started = time.monotonic()
            result = CliRunner().invoke(app, ["schedule", "solve", str(path), "--time-limit",
                                              str(limit), "--json"])
            took = time.monotonic() - started
            assert result.exit_code == 0, result.output
            out = json.loads(result.stdout)
            print(f"{limit:>5.0f} {took:>7.2f} {took - limit:>7.2f} {out['status']:<9} "
                  f"{out['objective']:>10.0f} {out['bound']:>10.0f} "
                  f"{_share(out['objective'], out['bound']):>10.2f} "
                  f"{len(result.stdout) / 1e6:>9.1f} {peak_mb():>8.0f} "
                  f"{os.getloadavg()[0]:>5.1f}", flush=True)


def _share(objective: float, bound: float) -> float:
    return 100 * objective / bound if bound else 100.0


if __name__ == "__main__":
    main()

"""What the search benches share: the real app served over loopback HTTP in a thread, a timed
run of typed queries against one endpoint, and the p50/p95/p99 table they print."""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import httpx
import uvicorn


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


@contextmanager
def served(app) -> Iterator[httpx.Client]:
    """A client of `app` served by uvicorn on a free loopback port, stopped on exit."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            yield client
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def timed_queries(client: httpx.Client, path: str, queries: Iterable[tuple[str, dict]]):
    """Milliseconds per query, grouped by kind, and how many found something."""
    by_kind: dict[str, list[float]] = {}
    found = 0
    for kind, params in queries:
        t = time.perf_counter()
        r = client.get(path, params=params)
        ms = (time.perf_counter() - t) * 1000
        r.raise_for_status()
        found += r.json()["total"] > 0
        by_kind.setdefault(kind, []).append(ms)
    return by_kind, found


def print_table(by_kind: dict[str, list[float]], found: int) -> None:
    everything = [ms for values in by_kind.values() for ms in values]
    print(f"{'query type':<14}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for kind, values in by_kind.items():
        print(f"{kind:<14}{len(values):>6}{percentile(values, 50):>9.2f}{percentile(values, 95):>9.2f}"
              f"{percentile(values, 99):>9.2f}")
    print(f"{'all':<14}{len(everything):>6}{percentile(everything, 50):>9.2f}"
          f"{percentile(everything, 95):>9.2f}{percentile(everything, 99):>9.2f}  "
          f"(mean {statistics.mean(everything):.2f}; {found / len(everything):.0%} found something)")

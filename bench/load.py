"""Concurrent writers over loopback HTTP: N clients registering for a program for S seconds,
on SQLite and on PostgreSQL, against a real uvicorn server process.

    python -m bench.load [--clients 20] [--seconds 30] [--backend sqlite|postgresql|both]

Prints, per backend: registrations answered with a redirect to the participant's page, server
errors (5xx; the target is 0), other answers, p50 / p95 / max latency of the POST, and whether
every success is stored (each redirect's personal link found in the database). Bounded: the
clients stop after --seconds, and the server and the databases are removed afterwards.
PostgreSQL is GYORYU_BENCH_PG (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import date
from pathlib import Path

import httpx
from sqlalchemy import create_engine, select, text

from gyoryu.db import make_engine, transaction
from gyoryu.programs import service
from gyoryu.programs.models import Participant
from gyoryu.programs.schemas import ProgramIn
from gyoryu.setup import initialise

PG_ADMIN = os.environ.get("GYORYU_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Database:
    """A fresh, migrated database of the backend (no bundled directory), dropped on exit."""

    def __init__(self, backend: str, tmp: Path):
        self.backend = backend
        if backend == "sqlite":
            self.url = f"sqlite:///{tmp / 'load.db'}"
        else:
            self.name = f"gyoryu_load_{uuid.uuid4().hex[:8]}"
            self.admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
            with self.admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{self.name}"'))
            self.url = PG_ADMIN.rsplit("/", 1)[0] + f"/{self.name}"
        self.engine = make_engine(self.url)
        initialise(self.engine, with_data=False, admin=False)

    def close(self) -> None:
        self.engine.dispose()
        if self.backend == "postgresql":
            with self.admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
            self.admin.dispose()


def serve(url: str, var: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "GYORYU_DATABASE_URL": url, "GYORYU_VAR_DIR": str(var),
           "GYORYU_SECRET_KEY": "bench-load"}
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "--factory",
                               "gyoryu.web.app:create_app", "--host", "127.0.0.1",
                               "--port", str(port), "--log-level", "warning"], env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return server, base
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("the server did not start")


def client(base: str, program_id: int, n: int, until: float, out: list) -> None:
    """One registrant after another from one browser-like client until `until`."""
    with httpx.Client(base_url=base, timeout=60, cookies={"lang": "en"}) as http:
        form = http.get(f"/programs/{program_id}/register").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
        i = 0
        while time.monotonic() < until:
            i += 1
            started = time.perf_counter()
            try:
                r = http.post(f"/programs/{program_id}/register", data={
                    "csrf_token": token, "name": f"Client {n} #{i}",
                    "email": f"c{n}.{i}@load.example.org", "organization_name": f"Firm {n}",
                    "consent": "1"})
                status, location = r.status_code, r.headers.get("location", "")
            except httpx.HTTPError as exc:
                status, location = 0, type(exc).__name__
            out.append((status, time.perf_counter() - started, location))


def run(backend: str, clients: int, seconds: float) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        database = Database(backend, Path(tmp))
        server = None
        try:
            with transaction(database.engine) as db:
                program_id = service.create_program(db=db, data=ProgramIn(
                    kind="summit", title={"en": "Load"}, starts_on=date(2030, 1, 1),
                    ends_on=date(2030, 1, 2))).id
            server, base = serve(database.url, Path(tmp))
            results: list = []
            until = time.monotonic() + seconds
            threads = [threading.Thread(target=client, args=(base, program_id, n, until, results))
                       for n in range(clients)]
            for th in threads:
                th.start()
            for th in threads:
                th.join()
            ok = [r for r in results if r[0] == 303 and "/p/" in r[2]]
            tokens = {r[2].split("/p/", 1)[1].split("?", 1)[0] for r in ok}
            with database.engine.connect() as conn:
                stored = set(conn.scalars(select(Participant.token).where(
                    Participant.program_id == program_id)))
            latencies = sorted(r[1] for r in results)
            return {
                "backend": backend, "requests": len(results), "successes": len(ok),
                "server_errors": sum(1 for r in results if 500 <= r[0] < 600),
                "other": sum(1 for r in results if r not in ok and not 500 <= r[0] < 600),
                "other_statuses": sorted({r[0] for r in results if r not in ok}),
                "per_second": round(len(results) / seconds, 1),
                "p50_ms": round(statistics.median(latencies) * 1000, 1) if latencies else None,
                "p95_ms": round(latencies[int(len(latencies) * 0.95) - 1] * 1000, 1)
                if latencies else None,
                "max_ms": round(latencies[-1] * 1000, 1) if latencies else None,
                "every_success_stored": tokens <= stored and len(tokens) == len(ok),
                "stored": len(stored),
            }
        finally:
            if server is not None:
                server.terminate()
                server.wait(timeout=30)
            database.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    print(f"{args.clients} clients registering for {args.seconds:g} s per backend (loopback)")
    failed = []
    for backend in backends:
        r = run(backend, args.clients, args.seconds)
        print(f"{r['backend']:>10}: {r['successes']} registered, {r['server_errors']} server errors, "
              f"{r['other']} other, {r['per_second']}/s; POST p50 {r['p50_ms']} ms, "
              f"p95 {r['p95_ms']} ms, max {r['max_ms']} ms; every success stored: "
              f"{r['every_success_stored']} ({r['stored']} rows)")
        if not r["successes"] or r["server_errors"] or not r["every_success_stored"]:
            failed.append(f"{backend}: answers other than success: {r['other_statuses']}")
    if failed:  # a load test that registered nobody measured nothing: say so, and fail
        sys.exit("\n".join(failed))


if __name__ == "__main__":
    main()

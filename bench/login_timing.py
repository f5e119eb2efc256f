"""Does the login's timing reveal which addresses have accounts? Median time of `authenticate`
for a known address with a wrong password and for an unknown address (SQLite, in-process), in
wall-clock time and in CPU time (steadier on a shared machine: the hash is what costs).

    python -m bench.login_timing [--tries 30]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from gyoryu.accounts.service import add_user, authenticate
from gyoryu.db import make_engine, session_factory, transaction
from gyoryu.setup import initialise


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tries", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'login.db'}")
        initialise(engine, with_data=False, admin=False)
        with transaction(engine) as db:
            add_user(db=db, email="known@example.org", password="correct horse battery")
        with session_factory(engine)() as db:
            authenticate(db=db, email="nobody@example.org", password="warm-up")
            for label, email in (("known address, wrong password", "known@example.org"),
                                 ("unknown address", "nobody@example.org")):
                times, cpu = [], []
                for _ in range(args.tries):
                    started, started_cpu = time.perf_counter(), time.process_time()
                    assert authenticate(db=db, email=email, password="wrong password") is None
                    times.append(time.perf_counter() - started)
                    cpu.append(time.process_time() - started_cpu)
                print(f"{label:>30}: median {statistics.median(times) * 1000:.1f} ms, "
                      f"CPU {statistics.median(cpu) * 1000:.1f} ms")
        engine.dispose()


if __name__ == "__main__":
    main()

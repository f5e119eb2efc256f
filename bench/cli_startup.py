"""Start-up time of the `gyoryu` command: what a user waits for `--help`, a directory search
and the extraction of one short article (imports, connecting, loading what it needs).

A fresh SQLite database with the bundled directory (and, with --orgs N, N generated organisations
of three names each, as bench/search.py makes them) is made in a temporary folder first (not
timed); each command then runs once to warm the bytecode cache (a user's installed package has
one; PYTHONDONTWRITEBYTECODE is dropped and the cache kept in the temporary folder) and RUNS
times as its own process, as a user would run it.

`search` answers from the index snapshot beside the database (directory/quick.py);
`search, changed` is the first search after the directory changed (a journal row added before
each run, untimed), which takes the full path and catches the snapshot up; `search, no snapshot`
removes the snapshot before each run, so the index is rebuilt from the database (what every
search cost before the snapshot); `search --sector` needs the services, so it always takes the
full path. `extract` reads one short Korean article, so it builds the gazetteer and Kiwi but not
jieba. The machine's load is printed before and after: on a shared machine the CPU time is the
steadier figure.

    .venv/bin/python -m bench.cli_startup [--runs 5] [--orgs 20000] [--only search]
"""

from __future__ import annotations

import argparse
import os
import resource
import secrets
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GYORYU = str(Path(sys.executable).with_name("gyoryu"))
# A short article written for this benchmark (timing only: no quality figure comes from it).
ARTICLE = ("네이버클라우드와 텐센트 상하이지사는 4일 상하이에서 생성형 AI 협력에 관한 업무협약을 "
           "체결했다. 양사는 경기도 대표단의 방문을 계기로 공동 연구를 추진하기로 했다.\n")
COMMANDS = {
    "--help": ["--help"],
    "search": ["search", "텐센트"],
    "search --json": ["search", "腾讯", "--json"],
    "search, changed": ["search", "텐센트"],
    "search, no snapshot": ["search", "텐센트"],
    "search --sector": ["search", "로봇", "--sector", "robotics"],
    "extract": ["extract", "{article}", "--json"],
}


def run(args: list[str], env: dict) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([GYORYU, *args], env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def before_each(name: str, db: Path) -> None:
    """The untimed step a row's description promises."""
    if name == "search, changed":
        with sqlite3.connect(db) as conn:  # as an edit would: one organisation changed
            conn.execute("INSERT INTO directory_change (org_id, token) VALUES "
                         "((SELECT min(id) FROM organization), ?)", (secrets.token_hex(8),))
    elif name == "search, no snapshot":
        db.with_name(db.name + ".names.npz").unlink(missing_ok=True)


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--orgs", type=int, default=0, help="generated organisations besides the bundled")
    ap.add_argument("--only", default="", help="run only the rows whose name starts with this")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp, "gyoryu.db")
        env = {**os.environ, "GYORYU_DATABASE_URL": f"sqlite:///{db}",
               "GYORYU_VAR_DIR": tmp, "PYTHONPYCACHEPREFIX": f"{tmp}/pycache"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        article = Path(tmp, "article.txt")
        article.write_text(ARTICLE, encoding="utf-8")
        subprocess.run([GYORYU, "init"], env=env, check=True, stdout=subprocess.DEVNULL)
        if args.orgs:
            from bench.search import populate

            populate(env["GYORYU_DATABASE_URL"], args.orgs)
        with sqlite3.connect(db) as conn:
            orgs, names = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                           for t in ("organization", "org_name"))
        print(f"gyoryu start-up on SQLite, {orgs:,} organisations, {names:,} names; "
              f"{args.runs} runs each, one process per run (seconds)")
        print(f"before: {load()}")
        print(f"{'command':<20} {'wall min':>9} {'median':>7} {'max':>6}   {'cpu median':>10}")
        for name, argv in COMMANDS.items():
            if not name.startswith(args.only):
                continue
            argv = [a.format(article=article) for a in argv]
            run(argv, env)  # warm the bytecode cache (and leave the snapshot behind)
            both = []
            for _ in range(args.runs):
                before_each(name, db)
                both.append(run(argv, env))
            wall = [w for w, _ in both]
            cpu = statistics.median(c for _, c in both)
            print(f"{name:<20} {min(wall):>9.2f} {statistics.median(wall):>7.2f} {max(wall):>6.2f}"
                  f"   {cpu:>10.2f}")
        print(f"after: {load()}")


if __name__ == "__main__":
    main()

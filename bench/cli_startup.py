"""Start-up time of the `gyoryu` command: what a user waits for `--help`, a directory search
and the extraction of one short article (imports, connecting, loading the models it needs).

A fresh SQLite database with the bundled directory is made in a temporary folder first (not
timed); each command then runs once to warm the bytecode cache (a user's installed package has
one; PYTHONDONTWRITEBYTECODE is dropped and the cache kept in the temporary folder) and RUNS
times as its own process, as a user would run it. `extract` reads one short Korean article, so it
builds the gazetteer and Kiwi but not jieba.

    .venv/bin/python -m bench.cli_startup [RUNS]
"""

from __future__ import annotations

import os
import resource
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
    "extract": ["extract", "{article}", "--json"],
}


def run(args: list[str], env: dict) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one process; on a shared machine the CPU
    time is the steadier figure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([GYORYU, *args], env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "GYORYU_DATABASE_URL": f"sqlite:///{tmp}/gyoryu.db",
               "GYORYU_VAR_DIR": tmp, "PYTHONPYCACHEPREFIX": f"{tmp}/pycache"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        article = Path(tmp, "article.txt")
        article.write_text(ARTICLE, encoding="utf-8")
        subprocess.run([GYORYU, "init"], env=env, check=True, stdout=subprocess.DEVNULL)
        print(f"gyoryu start-up, {runs} runs each (seconds, wall clock, one process per run)")
        print(f"{'command':<16} {'wall min':>9} {'median':>7} {'max':>6}   {'cpu median':>10}")
        for name, args in COMMANDS.items():
            run([a.format(article=article) for a in args], env)  # warm the bytecode cache
            both = [run([a.format(article=article) for a in args], env) for _ in range(runs)]
            wall = [w for w, _ in both]
            cpu = statistics.median(c for _, c in both)
            print(f"{name:<16} {min(wall):>9.2f} {statistics.median(wall):>7.2f} {max(wall):>6.2f}"
                  f"   {cpu:>10.2f}")


if __name__ == "__main__":
    main()

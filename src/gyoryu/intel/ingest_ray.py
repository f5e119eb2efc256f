"""`gyoryu ingest DIR --engine ray`: extraction spread over Ray workers, writes in batches.

Ray runs locally by default (`ray.init` starts a private cluster of `workers` CPUs) or joins a
cluster at `address`. The driver hashes every file's bytes and skips those the ingest ledger already
holds, sends the others' bytes to the workers in chunks (so a worker on another machine needs no
access to the files, only to the database, whose directory its gazetteer is built from), and writes
the records that come back in batches, one transaction each, ledger included (`intel/bulk.py`), on a
writer thread, so the workers extract the next batch while one is written. Killing a run loses at
most the batches not yet committed; the next run resumes from the ledger, and a text stored under
another file name is still stored once (by its content hash).

This is a job: like a request or a command, it owns its transactions.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy.engine import Engine

from gyoryu.db import session_factory, transaction
from gyoryu.errors import GyoryuError
from gyoryu.intel import bulk, sources

CHUNK = 16  # files per task: large enough to hide the round trip, small enough to spread evenly
IN_FLIGHT = 2  # tasks queued per worker, so a worker never waits for the driver's writes


class Extractor:
    """A Ray actor: one gazetteer and pipeline per worker, built once from the directory."""

    def __init__(self, database_url: str):
        from gyoryu.db import make_engine
        from gyoryu.intel.gazetteer import gazetteer_for
        from gyoryu.intel.pipeline import pipeline_for

        engine = make_engine(database_url)
        with session_factory(engine)() as db:
            self.gazetteer = gazetteer_for(db)
        engine.dispose()
        self.pipeline = pipeline_for(self.gazetteer)

    def ready(self) -> bool:
        return True

    def extract(self, chunk: list[tuple[str, str, bytes]]) -> tuple[list[tuple[str, str, object]], float]:
        """(file hash, name, bytes) → (file hash, name, ArticleRecord or {"code", "message"}), and the
        CPU seconds the chunk took (what extraction costs per core, however busy the machine)."""
        from gyoryu.intel.records import record_of

        cpu = time.process_time()
        out = []
        for file_hash, name, raw in chunk:
            try:
                source = sources.from_bytes(raw, name)
                doc = self.pipeline(source.text, published=source.published)
                out.append((file_hash, name, record_of(doc, self.gazetteer, source)))
            except GyoryuError as exc:
                out.append((file_hash, name, {"code": exc.code, "message": exc.message()}))
        return out, time.process_time() - cpu


def _file_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _chunks(files: list[tuple[str, Path]], size: int) -> Iterator[list[tuple[str, str, bytes]]]:
    for i in range(0, len(files), size):
        yield [(h, str(p), p.read_bytes()) for h, p in files[i:i + size]]


def start_ray(*, workers: int, address: str | None, attempts: int = 3) -> None:
    """Start (or join) Ray. A local node gets 120 s to register instead of Ray's 30 s (a busy
    machine needs more) and is tried again if it still does not; any other failure is a
    GyoryuError."""
    import ray

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    os.environ.setdefault("RAY_raylet_start_wait_time_s", "120")
    for attempt in range(1, attempts + 1):
        try:
            if address:
                ray.init(address=address, log_to_driver=False)
            else:
                ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False,
                         object_store_memory=200 * 1024 * 1024)
            return
        except Exception as exc:  # Ray raises bare Exceptions and ConnectionErrors alike
            ray.shutdown()
            if attempt == attempts or address or "timed out during startup" not in str(exc):
                raise GyoryuError("E430", address=address or "local", reason=str(exc)[:300]) from exc


def run(*, engine: Engine, paths: list[Path], workers: int = 2, address: str | None = None,
        batch_size: int = 500, progress: Callable[[dict], None] | None = None) -> dict:
    """Ingest the article files under `paths`; returns the run's report."""
    import ray

    started = time.monotonic()
    report = {"files": 0, "skipped": 0, "stored": 0, "duplicates": 0, "failed": 0, "errors": [],
              "workers": workers, "seconds": 0.0}
    with session_factory(engine)() as db:
        done = bulk.ledger_hashes(db=db)
    todo, seen = [], set()
    for path in sources.expand(paths):
        report["files"] += 1
        try:
            file_hash = _file_hash(path.read_bytes())
        except OSError as exc:
            report["failed"] += 1
            report["errors"].append({"file": str(path), "code": "E401", "message": exc.strerror or str(exc)})
            continue
        if file_hash in done:
            report["skipped"] += 1
            continue
        if file_hash in seen:  # the same bytes twice in this run
            report["duplicates"] += 1
            continue
        seen.add(file_hash)
        todo.append((file_hash, path))
    if not todo:
        report["seconds"] = round(time.monotonic() - started, 2)
        return report

    start_ray(workers=workers, address=address)
    try:
        url = engine.url.render_as_string(hide_password=False)
        actor = ray.remote(num_cpus=1)(Extractor)
        pool = [actor.remote(url) for _ in range(workers)]
        ray.get([a.ready.remote() for a in pool])
        report["startup_seconds"] = round(time.monotonic() - started, 2)
        extracting = time.monotonic()
        report["extract_cpu_seconds"] = 0.0
        chunks = _chunks(todo, CHUNK)
        pending: dict = {}
        buffer: list = []
        writer = _Writer(engine, report, progress)

        def submit(a) -> bool:
            chunk = next(chunks, None)
            if chunk is None:
                return False
            pending[a.extract.remote(chunk)] = a
            return True

        for a in pool:
            for _ in range(IN_FLIGHT):
                submit(a)
        while pending:
            [ref], _ = ray.wait(list(pending), num_returns=1)
            submit(pending.pop(ref))
            results, cpu = ray.get(ref)
            report["extract_cpu_seconds"] += cpu
            for file_hash, name, result in results:
                if isinstance(result, dict):
                    report["failed"] += 1
                    report["errors"].append({"file": name, **result})
                else:
                    buffer.append((file_hash, name, result))
            if len(buffer) >= batch_size or (not pending and buffer):
                writer.put(buffer)
                buffer = []
        writer.close()
        report["extract_seconds"] = round(time.monotonic() - extracting, 2)
        report["extract_cpu_seconds"] = round(report["extract_cpu_seconds"], 2)
    finally:
        ray.shutdown()  # stops a local cluster; only disconnects from a remote one
    report["seconds"] = round(time.monotonic() - started, 2)
    return report


class _Writer:
    """Writes the batches on a thread of its own, one transaction each and in the order given,
    while the driver keeps the workers fed: the workers extract the next batch as this one is
    written. At most `depth` batches wait; an error in a write stops the run at the next `put`."""

    def __init__(self, engine: Engine, report: dict, progress: Callable[[dict], None] | None, depth: int = 2):
        self.engine, self.report, self.progress = engine, report, progress
        self.queue: queue.Queue = queue.Queue(maxsize=depth)
        self.error: BaseException | None = None
        # a daemon: should the driver die, an unfinished batch's transaction dies with the process
        self.thread = threading.Thread(target=self._run, name="gyoryu-ingest-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (buffer := self.queue.get()) is not None:
            if self.error is not None:
                continue  # drain: the driver raises the error
            try:
                _flush(self.engine, buffer, self.report)
                if self.progress:
                    self.progress(self.report)
            except BaseException as exc:  # re-raised in the driver's thread
                self.error = exc

    def _check(self) -> None:
        if self.error is not None:
            raise self.error

    def put(self, buffer: list) -> None:
        self._check()
        self.queue.put(buffer)

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()
        self._check()


def _flush(engine: Engine, buffer: list, report: dict) -> None:
    began = time.monotonic()
    with transaction(engine) as db:
        written = bulk.write(db=db, items=buffer)
    report["write_seconds"] = round(report.get("write_seconds", 0.0) + time.monotonic() - began, 2)
    report["stored"] += len(written.stored)
    report["duplicates"] += written.duplicates

"""`gyoryu ingest DIR --engine ray`: extraction spread over Ray workers, writes in batches.

Ray runs locally by default (`ray.init` starts a private cluster of `workers` CPUs) or joins a
cluster at `address`. The driver hashes every file's bytes and skips those the ingest ledger already
holds, and sends the others' bytes to the workers in tasks (so a worker on another machine needs no
access to the files, only to the database, whose directory its gazetteer is built from).

Who writes depends on the database. On PostgreSQL each worker writes its own batches (one task's
files, one transaction, ledger included: `intel/bulk.py`), beside extracting the next task, so
writes scale with the workers as extraction does and nothing but counts travels back to the
driver; a single writer on the driver caps a run at what one connection can COPY, however many
machines extract. SQLite takes one writer at a time, so there the records come back and the
driver writes them in batches on a writer thread. Either way a killed run loses at most the
batches not yet committed; the next run resumes from the ledger, and a text stored under
another file name is still stored once (by its content hash; two workers storing the same text
at once: the second's transaction fails on the unique hash and is tried again, and then finds it).

This is a job: like a request or a command, it owns its transactions.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import configure_mappers

from gyoryu.db import session_factory, transaction
from gyoryu.errors import GyoryuError
from gyoryu.intel import bulk, sources

CHUNK = 16  # files per task when the driver writes: hides the round trip, spreads evenly
IN_FLIGHT = 2  # tasks queued per worker: it never waits for the driver, nor for its own writes
RETRYABLE = {"23505", "40P01", "40001"}  # unique violation (the same text, another worker), deadlock, serialisation
ATTEMPTS = 3


class Extractor:
    """A Ray actor: one gazetteer and pipeline per worker, built once from the directory. A worker
    that writes (`writes=True`) runs two tasks at once: one extracts while the other's batch is
    written (the pipeline itself is run by one task at a time)."""

    def __init__(self, database_url: str, writes: bool = False):
        from gyoryu.db import make_engine
        from gyoryu.intel.gazetteer import gazetteer_for
        from gyoryu.intel.pipeline import pipeline_for

        engine = make_engine(database_url)
        with session_factory(engine)() as db:
            self.gazetteer = gazetteer_for(db)
        if writes:
            # a worker is a process of its own, like the CLI: every domain's models imported and
            # the mappers configured once, before two tasks load articles (and the `article_saved`
            # listeners theirs) side by side
            importlib.import_module("gyoryu.models_registry")
            configure_mappers()
            self.engine = engine
        else:
            engine.dispose()
        self.pipeline = pipeline_for(self.gazetteer)
        self.extracting = threading.Lock()

    def ready(self) -> bool:
        return True

    def extract(self, chunk: list[tuple[str, str, bytes]]) -> tuple[list[tuple[str, str, object]], float]:
        """(file hash, name, bytes) → (file hash, name, ArticleRecord or {"code", "message"}), and the
        CPU seconds the chunk took (what extraction costs per core, however busy the machine: the
        thread's own time, not the write another task runs meanwhile)."""
        from gyoryu.intel.records import record_of

        with self.extracting:
            cpu = time.thread_time()
            out = []
            for file_hash, name, raw in chunk:
                try:
                    source = sources.from_bytes(raw, name)
                    doc = self.pipeline(source.text, published=source.published)
                    out.append((file_hash, name, record_of(doc, self.gazetteer, source)))
                except GyoryuError as exc:
                    out.append((file_hash, name, {"code": exc.code, "message": exc.message()}))
            return out, time.thread_time() - cpu

    def extract_and_write(self, chunk: list[tuple[str, str, bytes]]) -> dict:
        """Extract a task's files and write them in one transaction of this worker's own; only the
        counts and the failures go back to the driver."""
        results, cpu = self.extract(chunk)
        part = {"stored": 0, "duplicates": 0, "failed": 0, "errors": [], "extract_cpu_seconds": cpu}
        buffer = _records(results, part)
        if buffer:
            _flush(self.engine, buffer, part)
        return part


def _records(results: list[tuple[str, str, object]], report: dict) -> list[tuple[str, str, object]]:
    """The records among a task's results; each failure counted and listed in `report`."""
    records = []
    for file_hash, name, result in results:
        if isinstance(result, dict):
            report["failed"] += 1
            report["errors"].append({"file": name, **result})
        else:
            records.append((file_hash, name, result))
    return records


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

    writes = engine.dialect.name != "sqlite"  # SQLite: one writer, the driver
    report["writers"] = "workers" if writes else "driver"
    start_ray(workers=workers, address=address)
    try:
        url = engine.url.render_as_string(hide_password=False)
        actor = ray.remote(num_cpus=1, max_concurrency=2 if writes else 1)(Extractor)
        pool = [actor.remote(url, writes) for _ in range(workers)]
        ray.get([a.ready.remote() for a in pool])
        report["startup_seconds"] = round(time.monotonic() - started, 2)
        extracting = time.monotonic()
        report["extract_cpu_seconds"] = 0.0
        if writes:
            _workers_write(pool, _chunks(todo, batch_size), report, progress)
        else:
            _driver_writes(pool, _chunks(todo, CHUNK), engine, batch_size, report, progress)
        report["extract_seconds"] = round(time.monotonic() - extracting, 2)
        report["extract_cpu_seconds"] = round(report["extract_cpu_seconds"], 2)
    finally:
        ray.shutdown()  # stops a local cluster; only disconnects from a remote one
    report["seconds"] = round(time.monotonic() - started, 2)
    return report


def _keep_busy(pool: list, chunks: Iterator, call: Callable) -> Iterator:
    """Each worker kept `IN_FLIGHT` tasks ahead; yields each finished task's result, in the order
    they finish."""
    import ray

    pending: dict = {}

    def submit(a) -> None:
        chunk = next(chunks, None)
        if chunk is not None:
            pending[call(a, chunk)] = a

    for a in pool:
        for _ in range(IN_FLIGHT):
            submit(a)
    while pending:
        [ref], _ = ray.wait(list(pending), num_returns=1)
        submit(pending.pop(ref))
        yield ray.get(ref)


def _workers_write(pool: list, chunks: Iterator, report: dict, progress: Callable[[dict], None] | None) -> None:
    for part in _keep_busy(pool, chunks, lambda a, chunk: a.extract_and_write.remote(chunk)):
        for key in ("stored", "duplicates", "failed", "extract_cpu_seconds"):
            report[key] += part[key]
        report["write_seconds"] = round(report.get("write_seconds", 0.0) + part.get("write_seconds", 0.0), 2)
        report["errors"] += part["errors"]
        if progress:
            progress(report)


def _driver_writes(pool: list, chunks: Iterator, engine: Engine, batch_size: int, report: dict,
                   progress: Callable[[dict], None] | None) -> None:
    buffer: list = []
    writer = _Writer(engine, report, progress)
    for results, cpu in _keep_busy(pool, chunks, lambda a, chunk: a.extract.remote(chunk)):
        report["extract_cpu_seconds"] += cpu
        buffer += _records(results, report)
        if len(buffer) >= batch_size:
            writer.put(buffer)
            buffer = []
    if buffer:
        writer.put(buffer)
    writer.close()


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
    """One batch in one transaction; tried again when a concurrent writer made it fail (it stored
    one of these texts first, or the two waited on each other): the next try sees its commit."""
    began = time.monotonic()
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with transaction(engine) as db:
                written = bulk.write(db=db, items=buffer)
            break
        except Exception as exc:
            if attempt == ATTEMPTS or _sqlstate(exc) not in RETRYABLE:
                raise
    report["write_seconds"] = round(report.get("write_seconds", 0.0) + time.monotonic() - began, 2)
    report["stored"] += len(written.stored)
    report["duplicates"] += written.duplicates


def _sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of a database error: SQLAlchemy's wraps the driver's; COPY, which runs on the
    driver's connection, raises psycopg's own."""
    return getattr(exc.orig if isinstance(exc, DBAPIError) else exc, "sqlstate", None)

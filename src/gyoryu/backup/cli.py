"""`gyoryu backup` and `gyoryu restore`: thin commands over the backup service.

A backup is written beside its destination and renamed into place when complete, so a backup
that is interrupted never leaves a partial archive under the name a script will restore from.
Progress goes to stderr (`restore: organization 4000/20000`), the summary to stdout.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer


def _fail(message: str, code: int = 2):
    typer.echo(message, err=True)
    raise typer.Exit(code)


def _progress(verb: str, quiet: bool):
    def report(table: str, done: int, total: int) -> None:
        if not quiet:
            typer.echo(f"{verb}: {table} {done}/{total}", err=True)
    return report


def backup(
    output: Annotated[Path, typer.Option("--output", "-o", help="The archive to write (.zip).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the manifest as JSON.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress on stderr.")] = False,
) -> None:
    """Write the whole database, uploaded documents and images included, to one archive that
    `gyoryu restore` reads into an empty SQLite or PostgreSQL database."""
    from gyoryu.backup.service import backup as write_backup
    from gyoryu.db import get_engine, snapshot
    from gyoryu.errors import GyoryuError

    partial = output.with_name(f".{output.name}.{os.getpid()}.partial")
    try:
        with partial.open("wb") as out, snapshot(get_engine()) as conn:
            manifest = write_backup(conn=conn, out=out, progress=_progress("backup", quiet))
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, output)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        _fail(GyoryuError("E329", file=str(output), reason=exc.strerror or str(exc)).message())
    except GyoryuError as exc:
        partial.unlink(missing_ok=True)
        _fail(exc.message())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if as_json:
        typer.echo(json.dumps(manifest, ensure_ascii=False, indent=1))
        return
    rows = sum(t["rows"] for t in manifest["tables"])
    typer.echo(f"{output}: {len(manifest['tables'])} tables, {rows} rows, "
               f"{output.stat().st_size / 1024 / 1024:.1f} MB")


def restore(
    file: Annotated[Path, typer.Argument(help="An archive written by `gyoryu backup`.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress on stderr.")] = False,
) -> None:
    """Restore an archive into the configured database, which must be empty: the archive is
    checked in full first, then written in one transaction — all of it, or nothing."""
    from gyoryu.backup.archive import open_archive
    from gyoryu.backup.service import restore as load
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError

    try:
        with open_archive(file) as archive:
            if not quiet:
                typer.echo(f"restore: {file.name} checked, {len(archive.tables)} tables", err=True)
            with transaction(get_engine()) as db:
                report = load(conn=db.connection(), archive=archive,
                              progress=_progress("restore", quiet))
    except GyoryuError as exc:
        _fail(exc.message())
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
        return
    upgraded = " (upgraded to this version's schema)" if report["upgraded"] else ""
    typer.echo(f"{file}: restored {report['tables']} tables, {report['rows']} rows{upgraded}")

"""`gyoryu import|export` (organisations), `gyoryu people|places import|export` and
`gyoryu cluster import|export`: one pair of commands, made for each kind of record."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

NOUNS = {"organizations": "organisations", "people": "people", "places": "places",
         "clusters": "clusters"}


def _fail(message: str, code: int) -> None:
    typer.echo(message, err=True)
    raise typer.Exit(code)


def import_command(kind_name: str):
    def import_(
        file: Path,
        dry_run: bool = typer.Option(False, "--dry-run", help="Check and report; write nothing."),
        on_duplicate: str = typer.Option("error", help="error | skip | update"),
        as_json: bool = typer.Option(False, "--json"),
    ) -> None:
        from gyoryu.db import get_engine, session_factory
        from gyoryu.directory.interchange import ImportFailed, import_rows, kind_named, read_table
        from gyoryu.errors import GyoryuError

        kind = kind_named(kind_name)
        try:
            rows = read_table(file, kind=kind)
        except GyoryuError as exc:
            _fail(f"{file}: {exc.message()}", 2)
        db = session_factory(get_engine())()
        try:  # one transaction: committed whole at the end, or not at all
            report = import_rows(db, rows, file=str(file), on_duplicate=on_duplicate, kind=kind)
        except ImportFailed as exc:
            report = exc.report
        except GyoryuError as exc:
            db.rollback()
            db.close()
            _fail(f"{file}: {exc.message()}", 2)
        try:
            if dry_run or not report.ok:
                db.rollback()
            else:
                db.commit()
        finally:
            db.close()
        if as_json:
            typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
        else:
            for p in report.problems:
                typer.echo(f"{file}: {p.render()}", err=True)
            for d in report.duplicates:
                typer.echo(f"{file}: row {d['row']}: '{d['name']}' already exists as "
                           f"{d['existing']} (id {d['id']})", err=True)
            verb = "would import" if dry_run else "imported"
            if report.ok:
                typer.echo(f"{file}: {verb} {report.created} new, {report.updated} updated, "
                           f"{report.skipped} skipped of {report.rows} rows")
            else:
                typer.echo(f"{file}: {len(report.problems)} problems; nothing imported", err=True)
        if not report.ok:
            raise typer.Exit(1)

    import_.__doc__ = f"Import {NOUNS[kind_name]} from CSV or XLSX: all rows or none."
    return import_


def export_command(kind_name: str):
    def export(
        format: str = typer.Option("json", "--format", "-f", help="json | csv | xlsx"),
        output: Path | None = typer.Option(None, "--output", "-o"),
    ) -> None:
        from gyoryu.db import get_engine, session_factory
        from gyoryu.directory.interchange import export, kind_named
        from gyoryu.errors import GyoryuError

        with session_factory(get_engine())() as db:
            try:
                data = export(db, format, kind=kind_named(kind_name))
            except GyoryuError as exc:
                _fail(exc.message(), 2)
        if output:
            output.write_bytes(data)
        else:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.write(b"\n")

    export.__doc__ = f"Export all {NOUNS[kind_name]} (json, csv or xlsx)."
    return export


def interchange_app(kind_name: str, app: typer.Typer | None = None) -> typer.Typer:
    """`import` and `export` for one kind, on a new sub-app or on `app`."""
    app = app or typer.Typer(help=f"Directory {NOUNS[kind_name]}: import and export.",
                             no_args_is_help=True)
    app.command("import")(import_command(kind_name))
    app.command("export")(export_command(kind_name))
    return app

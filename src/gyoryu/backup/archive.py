"""The backup archive: one zip file holding `manifest.json` and one JSON Lines member per table.

    manifest.json        {"format": "gyoryu-backup", "format_version": 1, "gyoryu_version",
                          "created_at", "database", "revisions": [alembic heads],
                          "tables": [{"name", "member", "columns": [{"name", "kind"}],
                                      "rows", "bytes", "sha256", "sequence"}]}
    data/<table>.jsonl   one row per line, a JSON array in the manifest's column order

A zip because its members can be read in any order: the manifest is written last (its checksums
are known only then) and read first. Uploaded documents and product images are rows of their
tables (gyoryu keeps them in the database, not under var/), so they travel as base64 in their
rows and are checked by the same checksums.

An archive being restored is treated as hostile until checked: its zip directory is held to
`uploads`' backup limits before anything is decompressed, every member must be one the manifest
names (so no path, link or stray file is ever looked at), each member's SHA-256 and row count
are checked before the database is touched, and no line may exceed a bound. The checksums find
damage, not forgery: whoever can write an archive can write its manifest too.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from gyoryu import uploads
from gyoryu.backup.values import KINDS
from gyoryu.errors import GyoryuError
from gyoryu.migrate import revision_graph

FORMAT = "gyoryu-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
COLUMN = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")
SHA256 = re.compile(r"[0-9a-f]{64}")
CHUNK = 1024 * 1024


def member_of(table: str) -> str:
    return f"data/{table}.jsonl"


@dataclass
class Written:
    rows: int
    bytes: int
    sha256: str


def write_member(zf: zipfile.ZipFile, member: str, chunks: Iterable[bytes]) -> Written:
    """Write one table's lines, given in chunks of whole lines, counting and hashing them on
    the way (JSON escapes every newline inside a value, so each newline ends a row)."""
    digest, rows, size = hashlib.sha256(), 0, 0
    with zf.open(member, "w", force_zip64=True) as out:
        for chunk in chunks:
            out.write(chunk)
            digest.update(chunk)
            rows += chunk.count(b"\n")
            size += len(chunk)
    return Written(rows=rows, bytes=size, sha256=digest.hexdigest())


def new_zip(out: BinaryIO) -> zipfile.ZipFile:
    return zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6,
                           allowZip64=True)


def write_manifest(zf: zipfile.ZipFile, manifest: dict) -> None:
    zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")


# -- reading ---------------------------------------------------------------------------------
class Archive:
    """A backup whose structure, manifest and checksums have been checked (`open_archive`)."""

    def __init__(self, name: str, file: BinaryIO, manifest: dict):
        self.name = name
        self.file = file
        self.manifest = manifest
        self.zip = zipfile.ZipFile(file)

    @property
    def tables(self) -> list[dict]:
        return self.manifest["tables"]

    def close(self) -> None:
        self.zip.close()
        self.file.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def rows(self, table: dict) -> Iterator[tuple[int, list]]:
        """(line number, values) of a table's member. The lines are hashed again as they are
        read, so an archive changed after it was checked fails here too, before the commit."""
        digest, number = hashlib.sha256(), 0
        decode = json.JSONDecoder().decode
        with self.zip.open(table["member"]) as member:
            for number, line in enumerate(_lines(self.name, table["member"], member), start=1):
                digest.update(line)
                try:
                    values = decode(line.decode("utf-8"))
                except ValueError as exc:  # UnicodeDecodeError is one too
                    raise self.bad_line(table, number, f"not JSON ({exc})") from None
                if not isinstance(values, list) or len(values) != len(table["columns"]):
                    raise self.bad_line(table, number,
                                        f"not a list of {len(table['columns'])} values")
                yield number, values
        if digest.hexdigest() != table["sha256"] or number != table["rows"]:
            raise GyoryuError("E322", file=self.name, member=table["member"])

    def bad_line(self, table: dict, line: int, reason: str) -> GyoryuError:
        return GyoryuError("E325", file=self.name, member=table["member"], line=line, reason=reason)


def _lines(name: str, member: str, stream: BinaryIO) -> Iterator[bytes]:
    """The member's lines, read a chunk at a time; one longer than the limit is refused before
    more of it is read."""
    limit = uploads.MAX_BACKUP_LINE_BYTES
    number, pending = 0, b""
    while chunk := stream.read(CHUNK):
        lines = (pending + chunk).split(b"\n")
        pending = lines.pop()
        for line in lines:
            number += 1
            if len(line) >= limit:
                break
            yield line + b"\n"
        else:
            if len(pending) < limit:
                continue
            number += 1
        raise GyoryuError("E325", file=name, member=member, line=number,
                          reason=f"longer than {uploads.megabytes(limit)}")
    if pending:
        raise GyoryuError("E325", file=name, member=member, line=number + 1,
                          reason="the last line is cut short")


def open_archive(path: Path) -> Archive:
    """Open a backup and check it all before anything is written: limits, structure, manifest,
    the schema it needs, and every member's checksum and row count."""
    name = path.name
    try:
        file = path.open("rb")
    except OSError as exc:
        raise GyoryuError("E301", file=name, reason=exc.strerror or str(exc)) from exc
    try:
        members = uploads.check_zip(name, file, max_unpacked=uploads.MAX_BACKUP_UNPACKED_BYTES,
                                    max_ratio=uploads.MAX_BACKUP_PACK_RATIO,
                                    max_members=uploads.MAX_BACKUP_MEMBERS)
        by_name = _members(name, members)
        file.seek(0)
        with zipfile.ZipFile(file) as zf:
            manifest = _manifest(name, zf, by_name)
            unexpected = set(by_name) - {MANIFEST, *(t["member"] for t in manifest["tables"])}
            if unexpected:
                raise GyoryuError("E328", file=name, member=sorted(unexpected)[0])
            _check_revisions(name, manifest["revisions"])
            for table in manifest["tables"]:
                if table["member"] not in by_name:
                    raise GyoryuError("E320", file=name, reason=f"{table['member']} is missing")
                _verify(name, zf, table)
        file.seek(0)
        return Archive(name, file, manifest)
    except BaseException:
        file.close()
        raise


def _members(name: str, members: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    """The members by name, refusing anything a backup never holds: duplicates, directories,
    links, encryption, compression other than deflate."""
    by_name: dict[str, zipfile.ZipInfo] = {}
    for info in members:
        kind = stat.S_IFMT(info.external_attr >> 16)
        if (info.filename in by_name or info.is_dir() or kind not in (0, stat.S_IFREG)
                or info.flag_bits & 0x1
                or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)):
            raise GyoryuError("E328", file=name, member=info.filename)
        by_name[info.filename] = info
    if MANIFEST not in by_name:
        raise GyoryuError("E320", file=name, reason=f"it has no {MANIFEST}")
    return by_name


def _manifest(name: str, zf: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo]) -> dict:
    if by_name[MANIFEST].file_size > uploads.MAX_MANIFEST_BYTES:
        raise GyoryuError("E320", file=name, reason=f"{MANIFEST} is too large")
    try:
        manifest = json.loads(zf.read(MANIFEST))
    except (ValueError, zipfile.BadZipFile) as exc:
        raise GyoryuError("E320", file=name, reason=f"{MANIFEST} cannot be read ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise GyoryuError("E320", file=name, reason=f"{MANIFEST} does not name the format")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise GyoryuError("E324", file=name, version=manifest.get("format_version"),
                          supported=FORMAT_VERSION)
    problem = _shape_problem(manifest)
    if problem:
        raise GyoryuError("E320", file=name, reason=f"{MANIFEST}: {problem}")
    return manifest


def _shape_problem(manifest: dict) -> str | None:
    """What is wrong with the manifest's shape, if anything: every name that later reaches SQL
    or the zip is held to a pattern here."""
    revisions = manifest.get("revisions")
    if not (isinstance(revisions, list) and revisions
            and all(isinstance(r, str) and COLUMN.fullmatch(r) for r in revisions)):
        return "revisions must be a list of migration names"
    tables = manifest.get("tables")
    if not isinstance(tables, list):
        return "tables must be a list"
    seen = set()
    for table in tables:
        if not isinstance(table, dict) or not NAME.fullmatch(str(table.get("name", ""))):
            return "a table has no valid name"
        t = table["name"]
        if t in seen:
            return f"table {t} is listed twice"
        seen.add(t)
        if table.get("member") != member_of(t):
            return f"table {t} names member {table.get('member')!r}"
        columns = table.get("columns")
        if not (isinstance(columns, list) and columns and all(
                isinstance(c, dict) and COLUMN.fullmatch(str(c.get("name", "")))
                and c.get("kind") in KINDS for c in columns)):
            return f"table {t} has columns without a name or a known kind"
        if len({c["name"] for c in columns}) != len(columns):
            return f"table {t} repeats a column"
        for key in ("rows", "bytes"):
            if not (isinstance(table.get(key), int) and table[key] >= 0):
                return f"table {t}: {key} must be a whole number"
        if not SHA256.fullmatch(str(table.get("sha256", ""))):
            return f"table {t}: sha256 must be 64 hexadecimal digits"
        sequence = table.get("sequence")
        if sequence is not None and not (isinstance(sequence, int) and 0 <= sequence < 2**63):
            return f"table {t}: sequence must be a whole number"
    return None


def _check_revisions(name: str, revisions: list[str]) -> None:
    known = revision_graph()
    for revision in revisions:
        if revision not in known:
            raise GyoryuError("E321", file=name, revision=revision)


def _verify(name: str, zf: zipfile.ZipFile, table: dict) -> None:
    """The member's bytes hash to the manifest's checksum and hold its number of lines."""
    member = table["member"]
    digest, rows, size = hashlib.sha256(), 0, 0
    try:
        with zf.open(member) as stream:
            for line in _lines(name, member, stream):
                digest.update(line)
                rows += 1
                size += len(line)
    except zipfile.BadZipFile:  # a CRC that does not match, a cut-off member
        raise GyoryuError("E322", file=name, member=member) from None
    if digest.hexdigest() != table["sha256"] or rows != table["rows"] or size != table["bytes"]:
        raise GyoryuError("E322", file=name, member=member)

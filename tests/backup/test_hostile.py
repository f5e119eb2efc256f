"""An archive is checked before anything is written, and a restore that fails half-way leaves
the database as it was: damaged, crafted and mismatched archives on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile

import pytest

from gyoryu import uploads
from gyoryu.backup.service import backup
from gyoryu.db import snapshot
from tests.backup.conftest import table_names
from tests.backup.test_round_trip import _cli


@pytest.fixture(scope="module")
def archive(engine, tmp_path_factory):
    path = tmp_path_factory.mktemp("archive") / "gyoryu.zip"
    with path.open("wb") as out, snapshot(engine) as conn:
        backup(conn=conn, out=out)
    return path


def _rewritten(src, dst, change):
    """A copy of the archive with `change(members, manifest)` applied; it may return extra
    (ZipInfo, bytes) members to add."""
    with zipfile.ZipFile(src) as z:
        members = {n: z.read(n) for n in z.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    extra = change(members, manifest) or []
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in members.items():
            z.writestr(name, content)
        for info, content in extra:
            z.writestr(info, content)
        z.writestr("manifest.json", json.dumps(manifest))
    return dst


def _reseal(members, table):
    """Give a changed member a manifest entry that matches it (a consistent forgery)."""
    content = members[table["member"]]
    table.update(sha256=hashlib.sha256(content).hexdigest(), bytes=len(content),
                 rows=content.count(b"\n"))


def _tampered(members, manifest):
    org = next(t for t in manifest["tables"] if t["name"] == "organization")
    members[org["member"]] = members[org["member"]].replace(b'"company"', b'"bank"', 1)


def _last_row_bad(members, manifest):
    """A wrong value in the last table with rows, under a matching checksum: the restore has
    written every table before it when it meets the row."""
    table = [t for t in manifest["tables"] if t["rows"]][-1]
    lines = members[table["member"]].splitlines(keepends=True)
    values = json.loads(lines[-1])
    values[0] = "not-an-id"
    lines[-1] = (json.dumps(values) + "\n").encode()
    members[table["member"]] = b"".join(lines)
    _reseal(members, table)


def _table_dropped(members, manifest):
    table = next(t for t in manifest["tables"] if t["name"] == "mail_outbox")
    manifest["tables"].remove(table)
    del members[table["member"]]


def _link(members, manifest):
    info = zipfile.ZipInfo("data/organization_link.jsonl")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return [(info, b"/etc/passwd")]


def _set(key, value):
    def change(members, manifest):
        manifest[key] = value
    return change


CASES = {
    "a changed row": (_tampered, "is damaged: data/organization.jsonl"),
    "a row count that lies": (lambda m, man: man["tables"][0].update(rows=man["tables"][0]["rows"] + 1),
                              "is damaged"),
    "a path out of the archive": (lambda m, man: m.update({"../../evil.sh": b"rm -rf /"}),
                                  "holds '../../evil.sh', which is not part of a gyoryu backup"),
    "an absolute path": (lambda m, man: m.update({"/tmp/evil": b"x"}), "which is not part of"),
    "a symbolic link": (_link, "holds 'data/organization_link.jsonl'"),
    "a newer schema": (lambda m, man: man["revisions"].append("zz_9999_future"),
                       "was made by a newer gyoryu (its schema revision zz_9999_future"),
    "a newer format": (_set("format_version", 2), "is backup format 2; this gyoryu reads format 1"),
    "no manifest format": (_set("format", "other"), "is not a gyoryu backup"),
    "a bad value after other tables were written": (_last_row_bad, "line"),
    "a table missing": (_table_dropped, "table mail_outbox is only in the database"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_archive_is_refused_and_nothing_is_written(case, archive, backend, empty_database,
                                                         tmp_path, monkeypatch):
    change, message = CASES[case]
    bad = _rewritten(archive, tmp_path / "bad.zip", change)
    url = empty_database(backend)
    refused = _cli(["restore", str(bad), "-q"], url, monkeypatch)
    assert refused.exit_code == 2, refused.output
    assert message in refused.output
    assert "Nothing was restored" in refused.output or "not opened" in refused.output
    assert table_names(url) == []


def test_a_bad_value_names_its_table_line_and_column(archive, tmp_path, monkeypatch):
    bad = _rewritten(archive, tmp_path / "bad.zip", _last_row_bad)
    refused = _cli(["restore", str(bad), "-q"], f"sqlite:///{tmp_path / 'x.db'}", monkeypatch)
    with zipfile.ZipFile(bad) as z:
        table = [t for t in json.loads(z.read("manifest.json"))["tables"] if t["rows"]][-1]
    first = table["columns"][0]["name"]
    assert (f"'bad.zip', {table['member']}, line {table['rows']}: {first}: not a whole number"
            in refused.output)


@pytest.mark.parametrize("limit, message", [
    ("MAX_BACKUP_UNPACKED_BYTES", "would unpack to"),
    ("MAX_BACKUP_LINE_BYTES", "longer than"),
])
def test_an_archive_over_the_limits_is_refused(limit, message, archive, tmp_path, monkeypatch):
    monkeypatch.setattr(uploads, limit, 100)
    monkeypatch.setattr(uploads, "RATIO_FLOOR", 0)
    url = f"sqlite:///{tmp_path / 'x.db'}"
    refused = _cli(["restore", str(archive), "-q"], url, monkeypatch)
    assert refused.exit_code == 2
    assert message in refused.output
    assert table_names(url) == []


def test_what_is_not_a_zip_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "notes.zip"
    path.write_bytes(b"not a zip at all")
    refused = _cli(["restore", str(path)], f"sqlite:///{tmp_path / 'x.db'}", monkeypatch)
    assert refused.exit_code == 2
    assert "Cannot read 'notes.zip'" in refused.output

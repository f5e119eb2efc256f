"""An admin downloads the backup from the accounts page or the API; nobody else can."""

from __future__ import annotations

from sqlalchemy import func, select

from gyoryu.accounts.enums import Role
from gyoryu.backup.archive import open_archive
from gyoryu.directory.models import Organization
from tests.web.conftest import sign_in


def test_an_admin_downloads_the_whole_database(client, make_user, engine, tmp_path):
    sign_in(client, *make_user(Role.admin))
    assert 'href="/api/v1/backup"' in client.get("/users").text
    r = client.get("/api/v1/backup")
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/zip"
    assert r.headers["content-disposition"].startswith('attachment; filename="gyoryu-backup-')
    path = tmp_path / "download.zip"
    path.write_bytes(r.content)
    with open_archive(path) as archive, engine.connect() as conn:  # checked in full
        rows = {t["name"]: t["rows"] for t in archive.tables}
        assert rows["organization"] == conn.scalar(select(func.count()).select_from(Organization))


def test_only_admins_download_it(client, make_user):
    assert client.get("/api/v1/backup").status_code == 401
    sign_in(client, *make_user(Role.organiser))
    r = client.get("/api/v1/backup")
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "E106"

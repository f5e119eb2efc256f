"""The app wired to the test's rolled-back connection, and helpers to sign in."""

from __future__ import annotations

import re
import socket
import threading
import time

import pytest
import uvicorn
from fastapi.testclient import TestClient
from sqlalchemy.orm import sessionmaker

from gyoryu.accounts.enums import Role
from gyoryu.accounts.service import add_user
from gyoryu.config import Settings
from gyoryu.web.app import create_app


@pytest.fixture
def app(connection, database_url, tmp_path):
    application = create_app(Settings(var_dir=tmp_path, secret_key="test-secret"),
                             database_url=database_url)
    application.state.sessions = sessionmaker(bind=connection,
                                              join_transaction_mode="create_savepoint",
                                              expire_on_commit=False)
    return application


@pytest.fixture
def client(app):
    with TestClient(app) as c:
        c.cookies.set("lang", "en")  # assertions read English; language tests set their own
        yield c


def csrf_of(client: TestClient, path: str = "/login") -> str:
    html = client.get(path).text
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def sign_in(client: TestClient, email: str, password: str) -> None:
    token = csrf_of(client)
    r = client.post("/login", data={"email": email, "password": password, "csrf_token": token},
                    follow_redirects=False)
    assert r.status_code == 303, r.text


@pytest.fixture
def make_user(db):
    def _make(role: Role, organization_id: int | None = None, password: str = "correct horse") -> tuple[str, str]:
        email = f"{role}-{organization_id or 0}@example.org"
        add_user(db=db, email=email, password=password, role=role, organization_id=organization_id)
        db.commit()
        return email, password

    return _make


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live_server(engine, database_url, tmp_path):
    """The app on the backend's database, served by uvicorn on a loopback port; real commits."""
    app = create_app(Settings(var_dir=tmp_path, secret_key="live"), database_url=database_url)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the test server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    app.state.engine.dispose()

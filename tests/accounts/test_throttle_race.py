"""The throttle holds when wrong passwords arrive all at once: 16 sign-ins for one account fired
together at a real server (uvicorn, its worker threads, real commits) get at most 5 passwords
checked, the rest answered 429 with Retry-After unchecked — on SQLite and PostgreSQL."""

from __future__ import annotations

import re
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from unittest import mock

import httpx
from sqlalchemy import delete
from sqlalchemy.orm import Session

from gyoryu.accounts import service, throttle
from gyoryu.accounts.models import LoginAttempt, User
from gyoryu.accounts.service import add_user

PARALLEL = 16


def _ready_client(base: str) -> tuple[httpx.Client, str]:
    c = httpx.Client(base_url=base, cookies={"lang": "en"}, timeout=60)
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
    return c, token


def test_sixteen_wrong_passwords_at_once_get_at_most_five_checked(live_server, engine):
    email = f"race-{uuid.uuid4().hex[:8]}@example.org"
    with Session(engine) as db:
        add_user(db=db, email=email, password="the right one")
        db.commit()
    checked = []
    lock = threading.Lock()
    real_verify = service.verify_password

    def counting_verify(stored, password):
        with lock:
            checked.append(password)
        return real_verify(stored, password)

    clients = [_ready_client(live_server) for _ in range(PARALLEL)]
    barrier = threading.Barrier(PARALLEL)

    def attempt(i: int) -> httpx.Response:
        c, token = clients[i]
        barrier.wait()
        return c.post("/login", data={"email": email, "password": f"wrong {i}",
                                      "csrf_token": token})

    try:
        with mock.patch.object(service, "verify_password", counting_verify), \
                ThreadPoolExecutor(PARALLEL) as pool:
            answers = list(pool.map(attempt, range(PARALLEL)))
        statuses = sorted(r.status_code for r in answers)
        assert len(checked) <= throttle.ACCOUNT_FREE, statuses
        assert statuses.count(400) == len(checked)
        assert statuses.count(429) == PARALLEL - len(checked)
        assert all(int(r.headers["Retry-After"]) > 0 for r in answers if r.status_code == 429)
        with Session(engine) as db:  # exactly the checked attempts were counted
            assert db.query(LoginAttempt).filter_by(email=email).count() == len(checked)
    finally:
        for c, _ in clients:
            c.close()
        with Session(engine) as db:
            db.execute(delete(LoginAttempt).where(LoginAttempt.email == email))
            db.execute(delete(User).where(User.email == email))
            db.commit()

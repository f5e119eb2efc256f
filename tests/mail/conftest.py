"""A real SMTP server in the test process (aiosmtpd) and an outbox emptied after each test.

Delivery runs in its own transactions, so these tests commit for real (on the session's
database of each backend) and clean the outbox up afterwards.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import delete

from gyoryu.config import Settings
from gyoryu.db import transaction
from gyoryu.mail.models import OutboxMessage


class Inbox:
    """Collects what the server accepted; `refuse` maps a recipient to an SMTP reply."""

    def __init__(self):
        self.messages = []
        self.refuse: dict[str, str] = {}
        self.delay = 0.0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        with self.lock:
            self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"

    def message_ids(self) -> list[str]:
        with self.lock:
            return [m["Message-ID"] for m in self.messages]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    inbox.port = controller.port
    yield inbox
    controller.stop()


@pytest.fixture
def mail_settings(smtp, tmp_path) -> Settings:
    return Settings(var_dir=tmp_path, secret_key="test", smtp_host="127.0.0.1",
                    smtp_port=smtp.port, mail_from="noreply@gyoryu.test")


@pytest.fixture
def outbox(engine):
    """The session's engine with an empty outbox, emptied again afterwards."""
    with transaction(engine) as db:
        db.execute(delete(OutboxMessage))
    yield engine
    with transaction(engine) as db:
        db.execute(delete(OutboxMessage))

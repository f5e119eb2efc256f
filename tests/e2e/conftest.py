"""A real server on a fresh SQLite database, driven by Debian's Chromium through Playwright."""

from __future__ import annotations

import shutil
import socket
import threading
import time

import pytest
import uvicorn

from gyoryu.config import Settings
from gyoryu.db import make_engine
from gyoryu.setup import initialise
from gyoryu.web.app import create_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def e2e_database(tmp_path_factory):
    path = tmp_path_factory.mktemp("e2e") / "gyoryu.db"
    url = f"sqlite:///{path}"
    result = initialise(make_engine(url))
    return url, result["admin_password"]


@pytest.fixture(scope="session")
def admin_credentials(e2e_database) -> tuple[str, str]:
    return "admin@gyoryu.local", e2e_database[1]


@pytest.fixture(scope="session")
def live_server(e2e_database, tmp_path_factory) -> str:
    url, _ = e2e_database
    app = create_app(Settings(var_dir=tmp_path_factory.mktemp("var"), secret_key="e2e"),
                     database_url=url)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not shutil.which("chromium") and not shutil.os.path.exists(CHROMIUM):
        pytest.fail("Debian's chromium is not installed: run `make setup`")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def csp_violations(page) -> list[str]:
    """Collects what the content security policy refused on `page` (Chromium reports each on
    the console: "Refused to execute inline script …")."""
    refused: list[str] = []
    page.on("console", lambda msg: refused.append(msg.text) if (
        "Content Security Policy" in msg.text or msg.text.startswith("Refused to")) else None)
    return refused


@pytest.fixture
def browser_page(browser, live_server):
    """A page whose test fails if the content security policy refused anything on it."""
    context = browser.new_context(base_url=live_server, locale="ko-KR")
    page = context.new_page()
    page.set_default_timeout(15_000)
    refused = csp_violations(page)
    yield page
    context.close()
    assert refused == [], refused


def sign_in(page, email: str, password: str) -> None:
    page.goto("/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(lambda url: "/login" not in url)

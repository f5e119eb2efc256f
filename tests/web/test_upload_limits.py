"""Uploads under limits: a 50 MB import does not stop the server from answering others (and is
refused at the import limit while it is still being sent), a large dry run runs in a worker
thread, a body that declares too many bytes is refused before any is read, and an XLSX zip bomb
is refused from its zip directory, without being unpacked."""

from __future__ import annotations

import io
import re
import socket
import threading
import time
import zipfile
from urllib.parse import urlparse

import httpx
import pytest
from openpyxl import Workbook

from gyoryu import uploads
from gyoryu.directory import interchange
from gyoryu.errors import GyoryuError
from tests.web.conftest import csrf_of, sign_in

BOUNDARY = "gyoryu-test-boundary"


def _signed_in(live_server, engine) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=live_server, cookies={"lang": "en"}, timeout=30)
    r = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', r.text).group(1)
    r = client.post("/login", data={"email": "admin@gyoryu.local", "csrf_token": token,
                                    "password": engine.info["admin_password"]})
    assert r.status_code in (200, 303)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/import").text).group(1)
    return client, token


def _raw_upload(base: str, client: httpx.Client, token: str, chunks, *, declared: int | None,
                pause: float, sent: list, done: threading.Event, answer: list) -> None:
    """POST /import over a plain socket, sending the body chunk by chunk (chunked, or with a
    declared Content-Length) and reading the answer as soon as the server gives one."""
    url = urlparse(base)
    cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
    length = (f"Content-Length: {declared}\r\n" if declared is not None
              else "Transfer-Encoding: chunked\r\n")
    head = (f"POST /import HTTP/1.1\r\nHost: {url.netloc}\r\nCookie: {cookie}\r\n"
            f"X-CSRF-Token: {token}\r\n"
            f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n{length}\r\n")
    reply = b""
    with socket.create_connection((url.hostname, url.port)) as sock:
        sock.sendall(head.encode())
        sock.settimeout(0.001)
        try:
            for chunk in chunks:
                try:  # has the server answered already?
                    reply += sock.recv(65536)
                    if reply:
                        break
                except TimeoutError:
                    pass
                frame = chunk if declared is not None else (
                    f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                sock.settimeout(10)
                sock.sendall(frame)
                sock.settimeout(0.001)
                sent.append(len(chunk))
                time.sleep(pause)
        except (BrokenPipeError, ConnectionResetError):
            pass
        sock.settimeout(10)
        try:
            while b"\r\n\r\n" not in reply or len(reply) < 200:
                more = sock.recv(65536)
                if not more:
                    break
                reply += more
        except (TimeoutError, ConnectionResetError):
            pass
    answer.append(reply.decode("utf-8", "replace"))
    done.set()


def _csv_parts(total: int, chunk: int = 1024 * 1024):
    """A multipart body carrying a CSV file of about `total` bytes, in chunks."""
    yield (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"dry_run\"\r\n\r\ntrue\r\n"
           f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; "
           f"filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\nname_en,country\r\n").encode()
    row = b"Some Company Limited,KR\r\n"
    block = row * (chunk // len(row))
    for _ in range(total // len(block)):
        yield block
    yield f"\r\n--{BOUNDARY}--\r\n".encode()


def _poll_health(base: str, done: threading.Event) -> list[float]:
    """Ask /healthz again and again until `done`; the times of the answers that came back while
    the work was still going. A server blocked by the work answers only after it, so the list
    stays empty: what is asserted is "answered during", not a time limit, which a loaded machine
    could miss (how fast it answers is bench/'s to measure)."""
    took = []
    with httpx.Client(base_url=base, timeout=60.0) as health:
        while not done.is_set():
            start = time.monotonic()
            r = health.get("/healthz")
            assert r.status_code == 200 and r.json()["ok"] is True
            if not done.is_set():
                took.append(time.monotonic() - start)
            time.sleep(0.05)
    return took


def test_healthz_answers_while_a_50_mb_import_is_sent_and_it_is_refused_at_the_limit(
        live_server, engine):
    client, token = _signed_in(live_server, engine)
    sent, answer, done = [], [], threading.Event()
    upload = threading.Thread(target=_raw_upload, args=(
        live_server, client, token, _csv_parts(50 * 1024 * 1024)),
        kwargs=dict(declared=None, pause=0.02, sent=sent, done=done, answer=answer))
    upload.start()
    answered = _poll_health(live_server, done)
    upload.join(timeout=60)
    assert len(answered) >= 3  # the server kept answering while the upload was in flight
    assert answer[0].startswith("HTTP/1.1 413"), answer[0][:300]
    assert "The request is larger than 21.0 MB" in answer[0]
    # refused at the limit, not after the whole 50 MB
    assert uploads.MAX_IMPORT_BYTES < sum(sent) < 30 * 1024 * 1024
    client.close()


def test_a_body_declaring_too_many_bytes_is_refused_before_it_is_sent(live_server, engine):
    client, token = _signed_in(live_server, engine)
    sent, answer, done = [], [], threading.Event()
    _raw_upload(live_server, client, token, iter([b"x" * 1024] * 100),
                declared=50 * 1024 * 1024, pause=0.05, sent=sent, done=done, answer=answer)
    assert answer[0].startswith("HTTP/1.1 413")
    assert sum(sent) < 100 * 1024  # answered long before the body could have been sent
    client.close()


def test_healthz_answers_while_a_large_dry_run_is_checked(live_server, engine):
    client, token = _signed_in(live_server, engine)
    rows = "".join(f"Hardening Test Company {i},KR,company\n" for i in range(2000))
    result, done = [], threading.Event()

    def run():
        try:
            result.append(client.post("/import", headers={"X-CSRF-Token": token},
                                      data={"dry_run": "true"},
                                      files={"file": ("orgs.csv", "name_en,country,kind\n" + rows,
                                                      "text/csv")}, timeout=300))
        finally:
            done.set()

    worker = threading.Thread(target=run)
    worker.start()
    answered = _poll_health(live_server, done)
    worker.join()
    assert result[0].status_code == 200 and "2000" in result[0].text
    assert answered  # answered while the dry run was being checked
    client.close()


# -- zip bombs and table limits --------------------------------------------------------------
def _bomb(unpacked_mb: int) -> bytes:
    """A real XLSX file whose sheet XML unpacks to `unpacked_mb` MB of rows."""
    buf = io.BytesIO()
    Workbook().save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as small, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as big:
        for item in small.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                big.writestr(item, small.read(item))
                continue
            with big.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
                sheet.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats'
                            b'.org/spreadsheetml/2006/main"><sheetData>')
                row = b'<row><c t="inlineStr"><is><t>A</t></is></c></row>' * 20_000
                for _ in range(unpacked_mb * 1024 * 1024 // len(row)):
                    sheet.write(row)
                sheet.write(b"</sheetData></worksheet>")
    return out.getvalue()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return _bomb(150)


@pytest.mark.parametrize("importer", ["directory", "catalogue"])
def test_an_xlsx_zip_bomb_is_refused_from_its_directory_without_unpacking(bomb, monkeypatch, importer):
    import importlib

    read_table = importlib.import_module(f"gyoryu.{importer}.interchange").read_table
    assert len(bomb) < 2 * 1024 * 1024
    opened = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(zipfile.ZipFile, "open",
                        lambda self, name, *a, **kw: opened.append(name) or real_open(
                            self, name, *a, **kw))
    with pytest.raises(GyoryuError) as err:
        read_table(interchange.Path("bomb.xlsx"), bomb)
    assert err.value.code == "E309" and opened == []
    assert re.search(r"would unpack to 1[45]\d\.\d MB", err.value.message())


def test_the_import_page_refuses_a_zip_bomb(db, client, make_user, bomb):
    from gyoryu.accounts.enums import Role

    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    token = csrf_of(client, "/import")
    r = client.post("/import", data={"csrf_token": token, "dry_run": "true"},
                    files={"file": ("bomb.xlsx", bomb, "application/octet-stream")})
    assert r.status_code == 422 and "would unpack to 1" in r.text and "it was not opened" in r.text


def test_tables_over_the_row_column_or_cell_limit_are_refused():
    def read(text: str):
        return interchange.read_table(interchange.Path("t.csv"), text.encode())

    with pytest.raises(GyoryuError) as err:
        read("name_en\n" + "A\n" * uploads.MAX_ROWS)
    assert err.value.code == "E307"
    assert len(read("name_en\n" + "A\n" * (uploads.MAX_ROWS - 1))) == uploads.MAX_ROWS - 1
    with pytest.raises(GyoryuError) as err:
        read("name_en\nok\n" + "B" * (uploads.MAX_CELL_CHARS + 1) + "\n")
    assert (err.value.code, err.value.params["row"], err.value.params["column"]) == ("E308", 3, 1)
    with pytest.raises(GyoryuError) as err:
        read("name_en" + ",x" * uploads.MAX_COLUMNS + "\n")
    assert err.value.code == "E311"
    with pytest.raises(GyoryuError) as err:
        interchange.read_table(interchange.Path("big.csv"),
                               b"name_en\n" + b"A" * (uploads.MAX_IMPORT_BYTES + 1))
    assert err.value.code == "E310"

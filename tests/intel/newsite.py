"""A small news site served from 127.0.0.1 inside a test: feeds and article pages written for the
tests (not taken from any outlet), changeable while the server runs."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PARAGRAPHS_KO = [
    "중국 로봇 기업 유니트리가 11월 20일 서울을 방문해 네이버와 휴머노이드 로봇 공동 연구를 위한 업무협약을 체결했다.",
    "양사는 내년 상반기까지 판교에 공동 연구실을 열고 보행 제어와 인공지능 학습 데이터 분야에서 협력하기로 했다.",
    "유니트리 관계자는 한국 시장에서 교육과 연구용 로봇 수요가 빠르게 늘고 있다며 협력 범위를 넓혀 가겠다고 말했다.",
    "네이버는 이번 협약으로 로봇 플랫폼과 클라우드 서비스를 결합한 새로운 사업 기회를 찾을 계획이라고 밝혔다.",
]
PARAGRAPHS_EN = [
    "Tencent signed a memorandum of understanding with Samsung Electronics in Seoul on November 18 to work together "
    "on large language models for mobile devices.",
    "The two companies will set up a joint team next year and share research on model compression and on-device "
    "inference, according to a statement released after the signing.",
    "Executives said the agreement builds on earlier cooperation in cloud gaming and would be reviewed after a year.",
]


def page(title: str, paragraphs: list[str], outlet: str, date: str = "2026-11-20") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title} - {outlet}</title>"
            f"<meta property='article:published_time' content='{date}'></head><body>"
            f"<nav><a href='/'>{outlet}</a> | <a href='/about'>About us</a> | <a href='/subscribe'>Subscribe</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>"
            f"<footer>(c) {outlet}. All rights reserved.</footer></body></html>").encode()


def rss(title: str, base: str, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(f"<item><title>{t}</title><link>{base}{link}</link>"
                      f"<pubDate>Thu, 20 Nov 2026 09:00:00 +0900</pubDate></item>" for t, link in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{title}</title>"
            f"<link>{base}/</link><description>test feed</description>{entries}</channel></rss>").encode()


def atom(title: str, base: str, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(f"<entry><title>{t}</title><link href='{base}{link}'/><id>{base}{link}</id>"
                      f"<updated>2026-11-18T10:00:00Z</updated></entry>" for t, link in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>{title}</title><id>{base}/atom</id><updated>2026-11-18T10:00:00Z</updated>{entries}</feed>"
            ).encode()


class NewsSite:
    """`routes` maps a path to (status, content type, body); the server reads it on every request."""

    def __init__(self):
        self.routes: dict[str, tuple[int, str, bytes]] = {}
        self.hits: dict[str, int] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802  (http.server's name)
                path = self.path
                site.hits[path] = site.hits.get(path, 0) + 1
                status, ctype, body = site.routes.get(path, (404, "text/plain", b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def serve(self, path: str, body: bytes, ctype: str = "text/html; charset=utf-8", status: int = 200) -> str:
        self.routes[path] = (status, ctype, body)
        return self.base + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

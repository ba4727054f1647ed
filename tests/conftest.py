"""Shared fixtures: one Prefect test harness per session, and a local HTTP server."""
from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Before anything imports prefect: quiet, no analytics, state kept inside the checkout.
os.environ.setdefault("PREFECT_HOME", str(REPO / ".prefect"))
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")

# A route answers a request: (status, headers, body). It sees the request headers.
Answer = tuple[int, dict[str, str], bytes]
Route = Callable[[dict[str, str]], Answer]


@dataclass
class LocalServer:
    """A threading HTTP server on 127.0.0.1 with programmable routes and a hit counter."""

    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter = field(default_factory=Counter)

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
              status: int = 200, headers: dict[str, str] | None = None) -> str:
        """Answer `path` with a fixed response; returns its URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        answer = (status, {"Content-Type": content_type, **(headers or {})}, data)
        self.routes[path] = lambda request: answer
        return self.url(path)


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    server = LocalServer(base="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            path = self.path.split("?")[0]
            server.hits[path] += 1
            route = server.routes.get(path)
            status, headers, body = (route(dict(self.headers)) if route
                                     else (404, {"Content-Type": "text/plain"}, b"not found"))
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout tests)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    server.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server for every flow test of the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


def rss(items: list[dict[str, str | None]], title: str = "테스트 피드") -> str:
    """An RSS 2.0 document; each item may have title, link, description, pubDate."""
    parts = []
    for item in items:
        fields = "".join(f"<{k}>{v}</{k}>" for k, v in item.items() if v is not None)
        parts.append(f"<item>{fields}</item>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>http://127.0.0.1/</link><description>t</description>"
            + "".join(parts) + "</channel></rss>")


def article_html(title: str, paragraphs: list[str], date: str | None = None,
                 charset: str | None = "utf-8") -> str:
    """A news-like page: nav, one article with a headline and paragraphs, a footer."""
    meta = f'<meta charset="{charset}">' if charset else ""
    when = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title}</title>{when}</head><body>"
            f"<nav><a href='/'>홈</a> <a href='/biz'>경제</a></nav><article><h1>{title}</h1>"
            f"{body}</article><footer>테스트</footer></body></html>")

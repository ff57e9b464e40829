"""A web site on 127.0.0.1 for the discovery tests: pages by path, ETag/Last-Modified
answered with 304, redirects, streamed bodies, and a log of every request it got."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "discover"

XML = "application/xml"
RSS = "application/rss+xml; charset=utf-8"
HTML = "text/html; charset=utf-8"
TEXT = "text/plain; charset=utf-8"


class Page:
    """What the site answers at one path."""

    def __init__(self, body: bytes | Iterable[bytes] | Callable[[], bytes], ctype: str = XML,
                 status: int = 200, headers: dict | None = None, etag: str | None = None,
                 last_modified: str | None = None) -> None:
        self.body, self.ctype, self.status = body, ctype, status
        self.headers = dict(headers or {})
        self.etag, self.last_modified = etag, last_modified


class Site:
    """One host: `add` pages, read `log` (path, If-None-Match, If-Modified-Since, UA)."""

    def __init__(self, port: int = 0) -> None:
        self.pages: dict[str, Page] = {}
        self.log: list[tuple[str, str | None, str | None, str | None]] = []
        self.times: list[float] = []  # time.monotonic() of each request, as `log`
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                with site.lock:
                    site.times.append(time.monotonic())
                    site.log.append((self.path, self.headers.get("If-None-Match"),
                                     self.headers.get("If-Modified-Since"),
                                     self.headers.get("User-Agent")))
                site.answer(self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def add(self, path: str, body, ctype: str = XML, **kw) -> str:
        """Serve `body` at `path`; return its full URL."""
        self.pages[path] = Page(body, ctype, **kw)
        return self.base + path

    def fixture(self, path: str, name: str, ctype: str = XML, **kw) -> str:
        """Serve a file of tests/fixtures/discover at `path`; return its URL."""
        return self.add(path, (FIXTURES / name).read_bytes(), ctype, **kw)

    def requests(self) -> list[str]:
        """Return the paths asked for, in order."""
        with self.lock:
            return [entry[0] for entry in self.log]

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        page = self.pages.get(handler.path)
        if page is None:
            return self._send(handler, 404, TEXT, b"not found", {})
        headers = dict(page.headers)
        if page.etag:
            headers["ETag"] = page.etag
        if page.last_modified:
            headers["Last-Modified"] = page.last_modified
        if (page.etag and handler.headers.get("If-None-Match") == page.etag
                or page.last_modified
                and handler.headers.get("If-Modified-Since") == page.last_modified):
            return self._send(handler, 304, None, b"", headers)
        body = page.body() if callable(page.body) else page.body
        if isinstance(body, bytes):
            return self._send(handler, page.status, page.ctype, body, headers)
        handler.send_response(page.status)  # a stream: no length, the connection ends it
        handler.send_header("Content-Type", page.ctype)
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.close_connection = True
        try:
            for chunk in body:
                handler.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    @staticmethod
    def _send(handler, status: int, ctype: str | None, body: bytes, headers: dict) -> None:
        handler.send_response(status)
        if ctype:
            handler.send_header("Content-Type", ctype)
        if status != 304:
            handler.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.end_headers()
        try:
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def site():
    """A fresh local site for one test (its own host and port, so its own robots.txt)."""
    server = Site()
    yield server
    server.close()


@pytest.fixture
def other_site():
    """A second host, for links and sitemaps that lead off the first."""
    server = Site()
    yield server
    server.close()

"""Shared fixtures: a real HTTP server on 127.0.0.1 serving a table of canned pages."""

from __future__ import annotations

import gzip
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run: a failure CI shows can be reproduced,
# and no run is red by the luck of its draw (fixed seeds, as the fuzz tests state).
settings.register_profile("newsparse", derandomize=True)
settings.load_profile("newsparse")

# newsparse honours the proxy variables; the tests' servers are on 127.0.0.1 and must be
# reached directly whatever the machine running the suite sets (the proxy tests set their own).
for _name in ("http_proxy", "https_proxy", "no_proxy", "all_proxy"):
    os.environ.pop(_name, None)
    os.environ.pop(_name.upper(), None)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "en-foreign-ministry-negotiations.txt"
HTML_SAMPLE = SAMPLES / "en-city-council-housing.html"

# path -> (status, headers, body); a callable body is called with the handler.
PAGES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/article.html": (200, {"Content-Type": "text/html; charset=utf-8"}, HTML_SAMPLE.read_bytes()),
    "/article.txt": (200, {"Content-Type": "text/plain; charset=utf-8"}, SEED.read_bytes()),
    "/cp1251.txt": (200, {"Content-Type": "text/plain; charset=windows-1251"},
                    (SAMPLES / "ru-uchenye-arktika.txt").read_text("utf-8").encode("cp1251")),
    "/gzipped.html": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                      gzip.compress(HTML_SAMPLE.read_bytes())),
    "/redirect": (302, {"Location": "/article.html"}, b""),
    "/missing": (404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>"),
    "/image.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + bytes(200)),
    "/empty.html": (200, {"Content-Type": "text/html"}, b""),
    "/no-article.html": (200, {"Content-Type": "text/html"},
                         b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path == "/slow":
            time.sleep(3)  # longer than the tests' read timeout
        status, headers, body = PAGES.get(self.path, (404, {}, b"not here"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # A client that gave up (the /slow page outlasts the read timeout) makes the handler's
        # late write fail; socketserver would print that traceback to whatever stderr is then,
        # often the captured stderr of another test running its CLI.
        pass


@contextmanager
def serving(handler, server_class=_QuietServer) -> Iterator[str]:
    """Serve `handler` on 127.0.0.1 from a thread; yield the base URL."""
    httpd = server_class(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture(scope="session")
def server() -> str:
    """Base URL of a local HTTP server that serves PAGES."""
    with serving(_Handler) as base:
        yield base

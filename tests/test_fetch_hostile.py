"""newsparse.fetch against a server that misleads: each failure names what happened."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsparse.errors import FetchError
from newsparse.fetch import fetch
from newsparse.settings import Options

from .conftest import serving

FAST = Options(retries=0, connect_timeout=2, read_timeout=2, timeout=5)
# path -> extra response headers (a redirect when Location is among them)
HEADERS = {
    "/to-file": [("Location", "file:///etc/passwd")],
    "/to-data": [("Location", "data:text/html,<p>hi</p>")],
    "/to-js": [("Location", "javascript:alert(1)")],
    "/to-ftp": [("Location", "ftp://files.example/a")],
    "/hop": [("Location", "/to-file")],
    "/long-header": [("X-Padding", "a" * 70_000)],
    "/many-headers": [(f"X-H{n}", "v") for n in range(120)],
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        headers = HEADERS[self.path]
        self.send_response(302 if headers[0][0] == "Location" else 200)
        for key, value in headers:
            self.send_header(key, value)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "4")
        self.end_headers()
        self.wfile.write(b"<p/>")

    def log_message(self, *args: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # the client hanging up on an oversized header is the point of the test


@pytest.fixture(scope="module")
def misleading():
    with serving(_Handler, _QuietServer) as base:
        yield base


@pytest.mark.parametrize(("path", "target"), [
    ("/to-file", "file:///etc/passwd"), ("/to-data", "data:text/html,<p>hi</p>"),
    ("/to-js", "javascript:alert(1)"), ("/to-ftp", "ftp://files.example/a"),
    ("/hop", "file:///etc/passwd"),
])
def test_a_redirect_off_the_web_is_named(misleading, path, target):
    with pytest.raises(FetchError) as error:
        fetch(misleading + path, FAST)
    assert str(error.value) == f"redirect to a non-http(s) address: {target}"


@pytest.mark.parametrize("path", ["/long-header", "/many-headers"])
def test_oversized_headers_are_named(misleading, path):
    with pytest.raises(FetchError, match="^response headers too large$"):
        fetch(misleading + path, FAST)

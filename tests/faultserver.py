"""A local HTTP server on 127.0.0.1 that serves articles and injects faults, for batch tests.

Run it as a process (`python tests/faultserver.py` prints its port, then serves) so the
test process stays free of threads before forking workers. Every path is
`/<kind>/<id>`; the kinds:

  ok      200 text/plain article, different for each id
  html    200 text/html article
  dup     200 the same article for every id (duplicate content)
  gzip    200 article sent with Content-Encoding: gzip
  br      200 article sent with Content-Encoding: br
  404     404 Not Found
  500     500 every time
  flaky   503 on the first request for this id, then the article
  429     429 with Retry-After: 1 on the first request for this id, then the article
  slow    200, then one byte every 0.3 s for 60 s (a drip)
  late    200 article, sent after half a second (a slow but healthy site)
  reset   the connection is reset (RST) without a response
  loop    302 to itself for ever
  image   200 image/png
  big     200 text/plain of 3 MB, no Content-Length
  bomb    200 gzip of 30 MB of zeros (about 30 kB on the wire)
  huge    200 declaring Content-Length: 50000000, then 10 bytes and the connection closed

`/_stats` returns JSON: requests served, the highest number of requests open at once
(per-host politeness) and each request's start and end order.
"""

from __future__ import annotations

import gzip
import json
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_BOMB: list[bytes] = []  # built on first use


def article_text(ident: str) -> str:
    """Return a small plain-text article that names `ident` (so each id hashes differently)."""
    return (f"Harbour report {ident}\n\n"
            f"The harbour office published report {ident} on Monday, listing the ships that "
            f"arrived during the week and the cargo they carried.\n\n"
            f"Officials said the figures for report {ident} were in line with the season "
            f"and that no delays were expected at the docks.\n")


def article_html(ident: str) -> str:
    """Return the same article as a small HTML page."""
    paras = article_text(ident).split("\n\n")
    body = "".join(f"<p>{p.strip()}</p>" for p in paras[1:])
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{paras[0]}</title></head><body><article><h1>{paras[0]}</h1>"
            f"{body}</article></body></html>")


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.active = 0
        self.max_active = 0
        self.requests = 0
        self.seen: set[str] = set()
        self.events: list[tuple[str, str, str]] = []  # ("start"|"end", path, user agent)

    def first_time(self, path: str) -> bool:
        with self.lock:
            new = path not in self.seen
            self.seen.add(path)
            return new


STATS = Stats()


class Handler(BaseHTTPRequestHandler):
    server_version = "faultserver/1"

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/_stats":
            self.ended = True  # the test's own question: never counted as a request
            return self._send(200, "application/json", json.dumps(_stats()).encode())
        with STATS.lock:
            STATS.active += 1
            STATS.requests += 1
            STATS.max_active = max(STATS.max_active, STATS.active)
            STATS.events.append(("start", self.path, self.headers.get("User-Agent", "")))
        self.ended = False
        try:
            self._serve()
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            self._end()

    def _end(self) -> None:
        """The request is over for the client's purposes. Marked before a response's last
        write: once the client has read it, it may send its next request at once, before
        this thread would otherwise get to mark the end (a race of the test server, not
        two requests in flight)."""
        if self.ended:
            return
        self.ended = True
        with STATS.lock:
            STATS.active -= 1
            STATS.events.append(("end", self.path, ""))

    def _serve(self) -> None:
        _, kind, ident = (self.path.split("?")[0].split("/") + ["", ""])[:3]
        if kind == "ok":
            self._send(200, "text/plain; charset=utf-8", article_text(ident).encode())
        elif kind == "html":
            self._send(200, "text/html; charset=utf-8", article_html(ident).encode())
        elif kind == "dup":
            self._send(200, "text/plain; charset=utf-8", article_text("shared").encode())
        elif kind == "gzip":
            self._send(200, "text/plain", gzip.compress(article_text(ident).encode()), "gzip")
        elif kind == "br":
            import brotli

            self._send(200, "text/plain", brotli.compress(article_text(ident).encode()), "br")
        elif kind == "404":
            self._send(404, "text/plain", b"not found")
        elif kind == "500":
            self._send(500, "text/plain", b"server error")
        elif kind == "flaky":
            if STATS.first_time(self.path):
                self._send(503, "text/plain", b"busy")
            else:
                self._send(200, "text/plain", article_text(ident).encode())
        elif kind == "429":
            if STATS.first_time(self.path):
                self._send(429, "text/plain", b"slow down", headers={"Retry-After": "1"})
            else:
                self._send(200, "text/plain", article_text(ident).encode())
        elif kind == "slow":
            self._drip()
        elif kind == "late":
            time.sleep(0.5)
            self._send(200, "text/plain; charset=utf-8", article_text(ident).encode())
        elif kind == "reset":
            self._reset()
        elif kind == "loop":
            self._send(302, "text/plain", b"", headers={"Location": self.path})
        elif kind == "image":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(100))
        elif kind == "big":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            line = (article_text(ident).replace("\n", " ") + "\n").encode()
            for _ in range(3_000_000 // len(line) + 1):
                self.wfile.write(line)
        elif kind == "huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "50000000")
            self.end_headers()
            self.wfile.write(b"0123456789")
            self.close_connection = True
        elif kind == "bomb":
            if not _BOMB:
                _BOMB.append(gzip.compress(bytes(30_000_000), compresslevel=9))
            self._send(200, "text/plain", _BOMB[0], "gzip")
        else:
            self._send(404, "text/plain", b"unknown kind")

    def _send(self, status: int, ctype: str, body: bytes, encoding: str | None = None,
              headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self._end()
        self.end_headers()
        self.wfile.write(body)

    def _drip(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        for _ in range(200):
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(0.3)

    def _reset(self) -> None:
        # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True
        self.wfile = _Sink()


class _Sink:
    """Where the handler's last writes go after the socket was reset."""

    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


def _stats() -> dict:
    with STATS.lock:
        return {"requests": STATS.requests, "max_active": STATS.max_active,
                "events": list(STATS.events)}


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def handle_error(self, request, client_address) -> None:
        pass  # resets and clients that hang up are the point here


def main() -> None:
    server = Server(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())

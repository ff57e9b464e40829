"""A forward proxy on 127.0.0.1 for the tests: plain GETs are passed on, CONNECT is tunnelled,
and every request is logged as (method, target, Proxy-Authorization header)."""

from __future__ import annotations

import http.client
import select
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def _log(self) -> None:
        self.server.log.append((self.command, self.path,
                                self.headers.get("Proxy-Authorization")))

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._log()
        target = urlsplit(self.path)
        upstream = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=10)
        path = target.path + (f"?{target.query}" if target.query else "")
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() not in ("proxy-authorization", "proxy-connection")}
        try:
            upstream.request("GET", path or "/", headers=headers)
            resp = upstream.getresponse()
            body = resp.read()
        except OSError:
            self.send_error(502)
            return
        finally:
            upstream.close()
        self.send_response(resp.status)
        for key, value in resp.getheaders():
            if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_CONNECT(self) -> None:  # noqa: N802
        self._log()
        host, _, port = self.path.rpartition(":")
        try:
            upstream = socket.create_connection((host, int(port)), timeout=10)
        except OSError:
            self.send_error(502)
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        self._relay(self.connection, upstream)
        self.close_connection = True

    @staticmethod
    def _relay(a: socket.socket, b: socket.socket) -> None:
        """Copy bytes both ways until either side closes (bounded: 30 s of silence)."""
        with b:
            while True:
                ready, _, _ = select.select([a, b], [], [], 30)
                if not ready:
                    return
                for src in ready:
                    data = src.recv(65536)
                    if not data:
                        return
                    (b if src is a else a).sendall(data)


class ProxyServer(ThreadingHTTPServer):
    """The proxy, serving from a daemon thread; `url` is its address, `log` its requests."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.log: list[tuple[str, str, str | None]] = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.shutdown()
        self.server_close()

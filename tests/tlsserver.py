"""A local TLS server on 127.0.0.1 with certificates made for the test (trustme), counting
the connections it accepts.

Modes: "ok" (a certificate for 127.0.0.1 from the test CA), "expired" (the same, expired),
"wrong-host" (a certificate for another name), "self-signed" (a certificate that signs
itself), "silent" (accepts TCP and never answers the TLS handshake). A client that does not
trust the test CA sees every mode fail; with SSL_CERT_FILE=<ca file> it trusts the CA.
"""

from __future__ import annotations

import datetime
import socket
import ssl
import tempfile
import threading
from pathlib import Path

import pytest
import trustme

from .faultserver import article_text


class TLSServer:
    """A thread accepting connections on 127.0.0.1; `connections` counts them."""

    def __init__(self, ca: trustme.CA, mode: str) -> None:
        self.mode = mode
        self.connections = 0
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        if mode == "self-signed":
            with tempfile.NamedTemporaryFile(suffix=".pem") as pem:
                pem.write(_self_signed_pem())
                pem.flush()
                self.context.load_cert_chain(pem.name)
        else:
            _leaf(ca, mode).configure_cert(self.context)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"https://127.0.0.1:{self.sock.getsockname()[1]}"
        self._open: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:  # closed
                return
            self.connections += 1
            self._open.append(conn)
            if self.mode != "silent":
                threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        try:
            with self.context.wrap_socket(conn, server_side=True) as tls:
                tls.recv(65536)  # the request; one read holds a small GET
                body = article_text("tls").encode()
                tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
                            b"Content-Length: %d\r\nConnection: close\r\n\r\n%s"
                            % (len(body), body))
        except (OSError, ssl.SSLError):  # the client refused the certificate: the point
            pass

    def close(self) -> None:
        self.sock.close()
        for conn in self._open:
            conn.close()


def _leaf(ca: trustme.CA, mode: str):
    if mode == "expired":
        now = datetime.datetime.now(datetime.UTC)
        return ca.issue_cert("127.0.0.1", not_before=now - datetime.timedelta(days=30),
                             not_after=now - datetime.timedelta(days=1))
    if mode == "wrong-host":
        return ca.issue_cert("news.example")
    return ca.issue_cert("127.0.0.1")


def _self_signed_pem() -> bytes:
    """A key and a certificate for 127.0.0.1 that is its own issuer, as PEM."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(key, hashes.SHA256()))
    return (key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption())
            + cert.public_bytes(serialization.Encoding.PEM))


def write_ca(ca: trustme.CA, directory: Path) -> Path:
    """Write the test CA's certificate as a PEM file (for SSL_CERT_FILE); return its path."""
    path = directory / "test-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    """The tests' certificate authority."""
    return trustme.CA()


@pytest.fixture
def trusted(ca, tmp_path, monkeypatch) -> None:
    """Make this process trust the test CA (OpenSSL reads SSL_CERT_FILE per connection)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(write_ca(ca, tmp_path)))

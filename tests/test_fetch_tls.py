"""TLS and DNS failures against a real local TLS server: fast, one line naming the cause,
retried as connection errors (--retries), never more."""

from __future__ import annotations

import logging
import subprocess

import pytest

from newsparse.errors import FetchError
from newsparse.fetch import fetch
from newsparse.settings import Options

from .batchfixtures import NEWSPARSE, fault_server  # noqa: F401  (fixture)
from .faultserver import article_text
from .tlsserver import TLSServer, ca, trusted  # noqa: F401  (fixtures)

QUICK = Options(retries=0, backoff=0, connect_timeout=2, read_timeout=1, timeout=10)


@pytest.fixture
def tls(ca, request):  # noqa: F811
    """A TLS server in the mode the test is parametrized with."""
    server = TLSServer(ca, request.param)
    yield server
    server.close()


@pytest.mark.parametrize("tls", ["ok"], indirect=True)
def test_a_trusted_certificate_is_fetched(tls, trusted):  # noqa: F811
    # The positive control: the failures below are about certificates, not the server.
    assert fetch(f"{tls.url}/a", QUICK).data.decode() == article_text("tls")


@pytest.mark.parametrize(("tls", "message"), [
    ("self-signed", "certificate verify failed: self-signed certificate"),
    ("ok", "certificate verify failed: unable to get local issuer certificate"),
], indirect=["tls"])
def test_an_untrusted_certificate_fails_once_with_its_cause(tls, message):
    with pytest.raises(FetchError) as info:
        fetch(f"{tls.url}/a", QUICK)
    assert str(info.value) == message
    assert tls.connections == 1  # --retries 0: no second try


@pytest.mark.parametrize(("tls", "message"), [
    ("expired", "certificate verify failed: certificate has expired"),
    ("wrong-host", "certificate verify failed: IP address mismatch, certificate is not valid "
                   "for '127.0.0.1'."),
], indirect=["tls"])
def test_a_bad_certificate_from_a_trusted_ca(tls, trusted, message):  # noqa: F811
    with pytest.raises(FetchError) as info:
        fetch(f"{tls.url}/a", QUICK)
    assert str(info.value) == message


@pytest.mark.parametrize("tls", ["self-signed"], indirect=True)
def test_tls_failures_count_against_retries(tls):
    with pytest.raises(FetchError, match="^certificate verify failed"):
        fetch(f"{tls.url}/a", Options(retries=2, backoff=0, connect_timeout=2, read_timeout=1))
    assert tls.connections == 3  # the first try and two retries, as for a refused connection


@pytest.mark.parametrize("tls", ["silent"], indirect=True)
def test_a_server_that_never_answers_the_handshake_times_out(tls):
    with pytest.raises(FetchError, match="^TLS handshake timed out$"):
        fetch(f"{tls.url}/a", Options(retries=0, connect_timeout=0.5, read_timeout=0.5))
    assert tls.connections == 1


def test_https_to_a_plain_http_port(fault_server):  # noqa: F811
    with pytest.raises(FetchError, match="^TLS handshake failed: wrong version number$"):
        fetch(fault_server.replace("http://", "https://") + "/ok/1", QUICK)


def test_an_unknown_host_fails_as_a_connection_error(caplog):
    # .invalid never resolves (RFC 2606); urllib3 logs each retry it makes.
    caplog.set_level(logging.WARNING, logger="urllib3")
    for retries in (0, 2):
        caplog.clear()
        with pytest.raises(FetchError, match="^host not found$"):
            fetch("http://no-such-host.invalid/a", Options(retries=retries, backoff=0))
        assert sum("Retrying" in r.getMessage() for r in caplog.records) == retries


@pytest.mark.parametrize("tls", ["self-signed"], indirect=True)
def test_cli_reports_a_tls_failure_in_one_line(tls):
    url = f"{tls.url}/story"
    # The timeout guards the test only: before, this took two minutes and six connections.
    proc = subprocess.run([NEWSPARSE, "parse", "--retries", "0", url], capture_output=True,
                          text=True, timeout=30)
    assert proc.returncode == 1
    assert proc.stderr == f"newsparse: {url}: certificate verify failed: self-signed certificate\n"
    assert tls.connections == 1

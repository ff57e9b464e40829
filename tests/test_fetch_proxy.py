"""Proxies: HTTP_PROXY, HTTPS_PROXY and NO_PROXY from the environment, and --proxy, through a
real forward proxy on 127.0.0.1 (plain GETs passed on, CONNECT tunnelled for https)."""

from __future__ import annotations

import base64
import os
import subprocess

import pytest

from newsparse.errors import FetchError
from newsparse.fetch import fetch
from newsparse.settings import Options

from .batchfixtures import NEWSPARSE, fault_server  # noqa: F401  (fixture)
from .faultserver import article_text
from .proxyserver import ProxyServer
from .tlsserver import TLSServer, ca, trusted, write_ca  # noqa: F401  (fixtures)

QUICK = Options(retries=0, backoff=0, connect_timeout=2, read_timeout=2, timeout=10)


@pytest.fixture(scope="module")
def proxy_server():
    server = ProxyServer()
    yield server
    server.close()


@pytest.fixture
def proxy(proxy_server):
    """The module's proxy, its log emptied for this test."""
    proxy_server.log.clear()
    return proxy_server


@pytest.mark.parametrize("name", ["HTTP_PROXY", "http_proxy"])
def test_http_proxy_from_the_environment(fault_server, proxy, monkeypatch, name):  # noqa: F811
    monkeypatch.setenv(name, proxy.url)
    url = f"{fault_server}/ok/1"
    assert fetch(url, QUICK).data.decode() == article_text("1")
    assert proxy.log == [("GET", url, None)]


@pytest.mark.parametrize(("no_proxy", "via_proxy"), [
    ("127.0.0.1", False), ("localhost,127.0.0.1", False), ("*", False),
    ("news.example", True), ("", True),
])
def test_no_proxy_names_the_hosts_fetched_directly(fault_server, proxy, monkeypatch,  # noqa: F811
                                                   no_proxy, via_proxy):
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", no_proxy)
    assert fetch(f"{fault_server}/ok/2", QUICK).data.decode() == article_text("2")
    assert bool(proxy.log) == via_proxy


def test_https_goes_through_a_connect_tunnel(ca, trusted, proxy, monkeypatch):  # noqa: F811
    tls = TLSServer(ca, "ok")
    try:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:1")  # for http:// only: unused
        assert fetch(f"{tls.url}/a", QUICK).data.decode() == article_text("tls")
        assert proxy.log == [("CONNECT", tls.url.removeprefix("https://"), None)]
    finally:
        tls.close()


def test_the_proxy_option_wins_over_the_environment(fault_server, proxy,  # noqa: F811
                                                    monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:1")  # nothing listens there
    url = f"{fault_server}/ok/3"
    assert fetch(url, Options(proxy=proxy.url, retries=0)).data.decode() == article_text("3")
    assert proxy.log == [("GET", url, None)]


def test_proxy_credentials_are_sent_and_never_shown(fault_server, proxy):  # noqa: F811
    with_auth = proxy.url.replace("http://", "http://reader:p%40ss@")
    fetch(f"{fault_server}/ok/4", Options(proxy=with_auth, retries=0))
    assert proxy.log[0][2] == "Basic " + base64.b64encode(b"reader:p@ss").decode()
    with pytest.raises(FetchError) as info:
        fetch(f"{fault_server}/ok/4", Options(proxy="http://reader:secret@127.0.0.1:1",
                                              retries=0))
    assert str(info.value) == "proxy http://reader@127.0.0.1:1: connection refused"


def cli_env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSPARSE_")}
    return {**env, **extra}


def test_cli_fetches_through_the_proxy(fault_server, proxy):  # noqa: F811
    url = f"{fault_server}/ok/5"
    for args, env in [(["--proxy", proxy.url], cli_env()),
                      ([], cli_env(HTTP_PROXY=proxy.url)),
                      ([], cli_env(NEWSPARSE_PROXY=proxy.url))]:
        proxy.log.clear()
        proc = subprocess.run([NEWSPARSE, "parse", *args, url], capture_output=True, env=env,
                              timeout=60)
        assert proc.returncode == 0, proc.stderr
        # the site's robots.txt goes through the proxy too, before the page
        assert proxy.log == [("GET", f"{fault_server}/robots.txt", None), ("GET", url, None)]


@pytest.mark.parametrize("value", ["socks5://127.0.0.1:1080", "proxy.example:3128"])
def test_cli_refuses_a_proxy_it_cannot_use(value):
    proc = subprocess.run([NEWSPARSE, "parse", "--proxy", value, "http://127.0.0.1:1/"],
                          capture_output=True, text=True, env=cli_env(), timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.startswith("newsparse: Invalid value for '--proxy'")
    assert f"{value!r} is not an http(s) URL" in proc.stderr


def test_an_unusable_proxy_from_the_environment_fails_the_url(fault_server,  # noqa: F811
                                                               monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "socks5://127.0.0.1:1080")
    with pytest.raises(FetchError, match="^proxy socks5://127.0.0.1:1080: not an http.s. proxy$"):
        fetch(f"{fault_server}/ok/6", QUICK)

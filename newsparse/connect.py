"""How a URL is reached: directly or through a proxy (HTTP_PROXY, HTTPS_PROXY, NO_PROXY or
--proxy), and what a failed TLS handshake is called in a message. urllib3 is imported only
when a URL is fetched."""

from __future__ import annotations

_POOLS: dict[str, object] = {}  # proxy URL ("" for none) -> its connection pool manager


def pool(proxy: str | None):
    """Return the pool manager that fetches directly, or through `proxy`."""
    manager = _POOLS.get(proxy or "")
    if manager is None:
        import urllib3  # loaded only when a URL is given

        if proxy:
            from urllib.parse import unquote

            auth = urllib3.util.parse_url(proxy).auth  # user:password in the proxy URL
            headers = urllib3.make_headers(proxy_basic_auth=unquote(auth)) if auth else None
            manager = urllib3.ProxyManager(proxy, num_pools=50, maxsize=4, proxy_headers=headers)
        else:
            manager = urllib3.PoolManager(num_pools=50, maxsize=4)
        _POOLS[proxy or ""] = manager
    return manager


def proxy_for(url: str, proxy: str | None = None) -> str | None:
    """Return the proxy to fetch `url` through: `proxy` (--proxy), else HTTP_PROXY or
    HTTPS_PROXY by the URL's scheme; None for a host NO_PROXY names."""
    from urllib.request import (  # type: ignore[attr-defined]  # public, not in typeshed
        getproxies_environment,
        proxy_bypass_environment,
    )

    env = getproxies_environment()  # lower- and upper-case names, as curl and pip read them
    scheme, _, host = url.partition("://")
    for end in "/?#":
        host = host.split(end, 1)[0]
    host = host.rsplit("@", 1)[-1]  # host[:port], no user info
    if env.get("no") and proxy_bypass_environment(host, env):
        return None
    return proxy or env.get(scheme.lower()) or None


def tls_reason(exc: BaseException) -> str:
    """Return "certificate verify failed: <why>" or "TLS handshake failed: <why>"."""
    import ssl  # loaded with urllib3 already

    err = next((a for a in (exc, *exc.args) if isinstance(a, ssl.SSLError)), None)
    if isinstance(err, ssl.SSLCertVerificationError):
        return f"certificate verify failed: {err.verify_message}"
    why = err.reason.lower().replace("_", " ") if err is not None and err.reason else str(exc)
    return f"TLS handshake failed: {why}"


def without_password(proxy: str) -> str:
    """Return a proxy URL fit for a message: its password left out."""
    scheme, sep, rest = proxy.partition("://")
    userinfo, at, hostport = rest.partition("@")
    return f"{scheme}{sep}{userinfo.split(':')[0]}@{hostport}" if at else proxy

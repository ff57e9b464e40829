"""Small WARC archives for the tests, written with warcio (an independent writer)."""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
WARC_DATE = "2024-03-05T06:07:08Z"


@dataclass
class Response:
    """One response record: what the server sent for a URL."""

    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    headers: list[tuple[str, str]] = field(default_factory=list)


def generated_page(n: int, dated: bool = False) -> bytes:
    """An article page of its own, with or without a publication date in its markup."""
    date = '<meta property="article:published_time" content="2023-02-17T09:00:00Z">'
    meta = date if dated else ""
    paras = "".join(
        f"<p>Paragraph {i} of report {n}: the harbour authority counted {n * 7 + i} ships "
        f"this week, and officials said the figure was in line with the season.</p>"
        for i in range(1, 6)
    )
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>{meta}"
            f"<title>Harbour report number {n}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Harbour report number {n}</h1>{paras}</article>"
            f"<footer>Contact us</footer></body></html>").encode()


def sample_page() -> bytes:
    return (SAMPLES / "en-city-council-housing.html").read_bytes()


def chunked(data: bytes, size: int = 500) -> bytes:
    """HTTP/1.1 chunked transfer coding of `data`."""
    out = b""
    for i in range(0, len(data), size):
        part = data[i:i + size]
        out += f"{len(part):x}\r\n".encode() + part + b"\r\n"
    return out + b"0\r\n\r\n"


def write_warc(path: Path, responses: list[Response], request_first: bool = True) -> Path:
    """Write the responses (each after its request record, as crawlers do) to `path`."""
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for r in responses:
            if request_first:
                req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")],
                                       is_http_request=True)
                writer.write_record(writer.create_warc_record(r.url, "request", http_headers=req))
            http = StatusAndHeaders(r.status, [("Content-Type", r.content_type), *r.headers],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                r.url, "response", payload=io.BytesIO(r.body), http_headers=http,
                warc_headers_dict={"WARC-Date": WARC_DATE}))
    return path


def mixed_responses() -> list[Response]:
    """Pages in several transport shapes, plus records that are not pages."""
    page = sample_page()
    return [
        Response("https://news.example/housing", page),
        Response("https://news.example/missing", b"<html><body>gone</body></html>",
                 status="404 Not Found"),
        Response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        Response("https://news.example/housing-gz", gzip.compress(page),
                 headers=[("Content-Encoding", "gzip")]),
        Response("https://news.example/housing-chunked", chunked(page),
                 headers=[("Transfer-Encoding", "chunked")]),
        Response("https://news.example/undated", generated_page(1)),
        Response("https://news.example/ru", _cp1251_page(),
                 content_type="text/html; charset=windows-1251"),
    ]


def _cp1251_page() -> bytes:
    """A Russian page whose charset only the HTTP header declares."""
    text = ("<html><head><title>Отчёт порта</title></head><body><article><h1>Отчёт порта</h1>"
            + "".join(f"<p>Абзац {i}: администрация порта насчитала на этой неделе {i * 11} судов, "
                      "и чиновники сказали, что это обычно для сезона.</p>" for i in range(1, 5))
            + "</article></body></html>")
    return text.encode("cp1251")

"""The seed parses exactly as spec/seed.expected.json in every byte form a user may hand it in:
UTF-8, CRLF, BOM, UTF-16, cp1251 (no charset said anywhere), from a file, stdin and a URL."""

from __future__ import annotations

import codecs
import json
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsparse.cli import cli
from newsparse.decode import decode

from .conftest import serving

SEED = Path(__file__).parent / "fixtures" / "seed" / "000_762f39c10fe6cfaa.txt"
EXPECTED = json.loads(SEED.with_name("seed.expected.json").read_text("utf-8"))
TEXT = SEED.read_text("utf-8")

FORMS = {
    "utf8": TEXT.encode("utf-8"),
    "crlf": TEXT.replace("\n", "\r\n").encode("utf-8"),
    "bom": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    "utf16": TEXT.encode("utf-16"),  # with its BOM
    "utf16le-nobom": TEXT.encode("utf-16-le"),
    # One Cyrillic word among English: too little for the detector alone (it reads cp1250).
    "cp1251": TEXT.encode("cp1251"),
    "cp1251-crlf": TEXT.replace("\n", "\r\n").encode("cp1251"),
}


def assert_seed(output: str) -> None:
    got = json.loads(output)
    for key, want in EXPECTED.items():
        assert got.get(key) == want, f"field {key!r} differs"


def test_the_cp1251_seed_decodes_its_cyrillic_word():
    assert "[соглашения]" in decode(FORMS["cp1251"])


@pytest.mark.parametrize("form", sorted(FORMS))
def test_seed_from_a_file(form, tmp_path):
    path = tmp_path / f"seed-{form}.txt"
    path.write_bytes(FORMS[form])
    result = CliRunner().invoke(cli, ["parse", str(path)])
    assert result.exit_code == 0, result.stderr
    assert_seed(result.output)


@pytest.mark.parametrize("form", sorted(FORMS))
def test_seed_from_stdin(form):
    result = CliRunner().invoke(cli, ["parse", "-"], input=FORMS[form])
    assert result.exit_code == 0, result.stderr
    assert_seed(result.output)


class _SeedHandler(BaseHTTPRequestHandler):
    """Serves /<form> as text/plain with no charset: the bytes alone must tell."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        body = FORMS.get(self.path.lstrip("/"))
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def seed_server():
    with serving(_SeedHandler) as base:
        yield base


@pytest.mark.parametrize("form", sorted(FORMS))
def test_seed_from_a_url(form, seed_server):
    result = CliRunner().invoke(cli, ["parse", f"{seed_server}/{form}"])
    assert result.exit_code == 0, result.stderr
    assert_seed(result.output)

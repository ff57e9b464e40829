"""Error records say what is known of a failed input, and nothing that is not: `format` only
once the input was read as HTML or text, the HTTP status of a refused response, and when a
URL was fetched."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from click.testing import CliRunner

from newsparse.cli import cli

from .batchfixtures import FAST, fault_server  # noqa: F401  (fixture)
from .conftest import SEED

ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def records(*inputs: str) -> dict[str, dict]:
    """Run a batch of `inputs` (the seed first, so it is a batch) and key records by input."""
    result = CliRunner().invoke(cli, ["parse", "-j", "1", *FAST, str(SEED), *inputs])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    schema = json.loads(CliRunner().invoke(cli, ["schema"]).output)
    for line in lines:
        jsonschema.validate(line, schema)
    return {line["source"]["input"]: line for line in lines}


def test_inputs_never_read_have_no_format(tmp_path, fault_server):  # noqa: F811
    missing = str(tmp_path / "missing.html")
    png = tmp_path / "pixel.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    got = records(missing, str(png), f"{fault_server}/404/1", f"{fault_server}/image/1")
    assert [r["source"]["format"] for r in got.values()] == ["text", None, None, None, None]
    assert got[missing]["source"]["sha256"] is None
    # The PNG was read (its hash is known) but never as HTML or text.
    assert len(got[str(png)]["source"]["sha256"]) == 64


def test_an_input_read_but_without_article_keeps_its_format(tmp_path):
    nav = tmp_path / "nav.html"
    nav.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    record = records(str(nav))[str(nav)]
    assert record["error"] == {"type": "extract", "message": "no article text found",
                               "status": None}
    assert record["source"]["format"] == "html"
    assert len(record["source"]["sha256"]) == 64


@pytest.mark.parametrize(("kind", "status"), [("404", 404), ("500", 500), ("image", 200)])
def test_a_refused_response_gives_its_status(fault_server, kind, status):  # noqa: F811
    url = f"{fault_server}/{kind}/2"
    record = records(url)[url]
    assert record["error"]["status"] == status
    assert record["error"]["type"] == "fetch"
    assert record["source"]["url"] == url
    assert ISO_UTC.match(record["source"]["fetched_at"])


def test_a_url_that_never_answered_has_fetched_at_and_no_status():
    url = "http://127.0.0.1:1/story"
    record = records(url)[url]
    assert record["error"] == {"type": "fetch", "message": "connection refused",
                               "status": None}
    assert ISO_UTC.match(record["source"]["fetched_at"])
    assert record["source"]["format"] is None


def test_files_have_no_fetched_at(tmp_path):
    missing = str(tmp_path / "gone.txt")
    assert records(missing)[missing]["source"]["fetched_at"] is None

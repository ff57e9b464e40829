"""The README's cron and pipe recipes, run as written by a real shell against the local server."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from newsparse.output import file_name

from .batchfixtures import fault_server, write_articles  # noqa: F401  (fixture)

DOC = Path(__file__).parent.parent / "README.md"


def blocks(info: str) -> list[str]:
    """Return the fenced code blocks of the README whose info string is `info`."""
    return re.findall(rf"^```{info}\n(.*?)^```$", DOC.read_text(), re.S | re.M)


def shell_env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSPARSE_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["NEWSPARSE_DELAY"] = "0"  # the recipes' default politeness, cut short for tests
    return env


def recipe(marker: str) -> str:
    (found,) = [b for b in blocks("sh") if marker in b]
    return found


def test_doc_has_the_recipes():
    assert len([b for b in blocks("sh") if "newsparse parse -i" in b]) == 4
    (crontab,) = blocks("crontab")
    assert "newsparse-cron.sh" in crontab.splitlines()[-1]


def test_cron_recipe_runs_twice_and_does_the_work_once(tmp_path, fault_server):  # noqa: F811
    urls = [f"{fault_server}/ok/{n}" for n in range(8)] + [f"{fault_server}/404/1"]
    (tmp_path / "urls.txt").write_text("# the day's pages\n" + "\n".join(urls) + "\n")
    script = tmp_path / "newsparse-cron.sh"
    script.write_text(recipe("newsparse-cron.sh"))
    script.chmod(0o755)

    first = subprocess.run([str(script)], cwd="/", env=shell_env(), capture_output=True)
    assert first.returncode == 0  # exit 1 (a 404) is not worth a cron mail
    assert first.stdout == first.stderr == b""
    names = sorted(p.name for p in (tmp_path / "articles").iterdir())
    assert names == sorted(file_name(u) for u in urls)
    log = (tmp_path / "newsparse.log").read_text()
    assert log == f"newsparse: {urls[-1]}: HTTP 404\n"  # -q: failures only

    with open(tmp_path / "urls.txt", "a") as f:
        f.write(f"{fault_server}/ok/new\n")
    second = subprocess.run([str(script)], cwd="/", env=shell_env(), capture_output=True)
    assert second.returncode == 0
    rows = sqlite3.connect(tmp_path / "state.db").execute(
        "SELECT input, attempts FROM inputs ORDER BY rowid").fetchall()
    assert rows == [(u, 1) for u in urls] + [(f"{fault_server}/ok/new", 1)]
    assert len(list((tmp_path / "articles").iterdir())) == 10


def test_find_pipe_recipe(tmp_path):
    written = write_articles(tmp_path / "archive" / "2024", 5)
    (tmp_path / "archive" / "notes.md").write_text("not an article")
    proc = subprocess.run(["sh", "-c", recipe("find archive")], cwd=tmp_path, env=shell_env(),
                          capture_output=True)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in (tmp_path / "articles.ndjson").read_bytes()
               .splitlines()]
    got = sorted(str(tmp_path / r["source"]["input"]) for r in records)
    assert got == sorted(written)


def test_head_pipe_recipe(tmp_path, fault_server):  # noqa: F811
    urls = [f"{fault_server}/404/0"] + [f"{fault_server}/ok/{n}" for n in range(20)]
    (tmp_path / "urls.txt").write_text("\n".join(urls) + "\n")
    proc = subprocess.run(["sh", "-c", recipe("head -n 5")], cwd=tmp_path, env=shell_env(),
                          capture_output=True)
    assert proc.returncode == 0
    assert proc.stdout.decode().splitlines() == [f"Harbour report {n}" for n in range(5)]
    assert b"Traceback" not in proc.stderr

"""The --state database and the --output-dir files, on their own."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.output import TEMP_PREFIX, OutputDir, file_name
from newsparse.state import Outcome, State


def test_unknown_input_has_no_status(tmp_path):
    state = State(str(tmp_path / "s.db"))
    assert state.status("/a.txt") is None


def test_marks_survive_reopening(tmp_path):
    path = str(tmp_path / "s.db")
    state = State(path)
    state.mark(Outcome("/a.txt", True, "h1", output="a.json"))
    state.mark(Outcome("http://x/b", False, None, "fetch", "HTTP 404"))
    state.close()
    again = State(path)
    assert again.status("/a.txt") == "ok"
    assert again.status("http://x/b") == "failed"


def test_database_is_in_wal_mode(tmp_path):
    path = str(tmp_path / "s.db")
    State(path).close()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_same_content_reports_the_first_input(tmp_path):
    state = State(str(tmp_path / "s.db"))
    assert state.mark(Outcome("/a.txt", True, "same")) is None
    assert state.mark(Outcome("/b.txt", True, "other")) is None
    assert state.mark(Outcome("/c.txt", True, "same")) == "/a.txt"
    # Marking /a.txt again is a redo of the same input, not a duplicate of itself.
    assert state.mark(Outcome("/a.txt", True, "same")) is None


def test_redo_updates_the_row_and_counts_attempts(tmp_path):
    path = str(tmp_path / "s.db")
    state = State(path)
    state.mark(Outcome("/a.txt", False, None, "timeout", "took longer than 1 s"))
    state.mark(Outcome("/a.txt", True, "h", output="a.json"))
    row = sqlite3.connect(path).execute(
        "SELECT status, error_type, output, attempts FROM inputs").fetchall()
    assert row == [("ok", None, "a.json", 2)]


def test_file_name_is_readable_stable_and_unique():
    a = file_name("https://news.example.org/2024/05/city-budget.html?id=3")
    assert a == file_name("https://news.example.org/2024/05/city-budget.html?id=3")
    assert a.startswith("news-example-org-2024-05-city-budget-id-3-")
    assert a.endswith(".json")
    assert a != file_name("https://news.example.org/2024/05/city-budget.html?id=4")
    assert file_name("/data/in/Report 7.txt.gz").startswith("report-7-")
    assert file_name("/one/a.txt") != file_name("/two/a.txt")


def test_file_name_of_unslugable_input():
    assert file_name("/data/ж.txt").startswith("input-")


def test_write_is_whole_and_leaves_no_temp_file(tmp_path):
    out = OutputDir(str(tmp_path / "out"))
    out.write("a.json", b'{"x": 1}\n')
    out.write("a.json", b'{"x": 2}\n')
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["a.json"]
    assert json.loads((tmp_path / "out" / "a.json").read_bytes()) == {"x": 2}


def test_temp_files_of_a_killed_run_are_removed(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / f"{TEMP_PREFIX}abc").write_bytes(b'{"half')
    (tmp_path / "out" / "kept.json").write_bytes(b"{}")
    OutputDir(str(tmp_path / "out"))
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["kept.json"]


_HOLDER = """
import sys
from newsparse.output import OutputDir
fd, tmp = OutputDir(sys.argv[1]).temp_file()
print(tmp, flush=True)
sys.stdin.read()  # a writer at work until told to stop
"""


def test_a_running_writers_temp_file_is_left_alone(tmp_path):
    out = tmp_path / "out"
    writer = subprocess.Popen([sys.executable, "-c", _HOLDER, str(out)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    in_flight = Path(writer.stdout.readline().strip())
    OutputDir(str(out))  # a second run starting on the same directory
    assert in_flight.exists()
    writer.stdin.close()  # the writer dies before renaming its file into place
    writer.wait()
    OutputDir(str(out))
    assert not in_flight.exists()


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.builds("http://{}".format, st.text()),
                 st.builds("https://[{}/{}".format, st.text(), st.text())))
def test_every_input_key_has_a_file_name(key):
    name = file_name(key)  # a malformed URL must not raise: the batch would die on it
    assert name.endswith(".json") and "/" not in name and not name.startswith(".")
    assert name == file_name(key)

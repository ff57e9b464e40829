"""Hostile inputs in a batch: each one fails alone, nothing already written is lost."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

from newsparse.output import file_name

from .batchfixtures import NEWSPARSE, ndjson, run_newsparse, unprivileged, write_articles
from .smallfs import run_on_small_fs


def _rows(db) -> dict:
    return dict(sqlite3.connect(db).execute("SELECT input, status FROM inputs ORDER BY rowid"))


def test_malformed_urls_fail_alone_and_are_recorded(tmp_path):
    (ok,) = write_articles(tmp_path / "in", 1)
    bad = ["http://[::1/x", "http://host:80]/x", "http://[zz]/y"]
    (tmp_path / "list.txt").write_text("\n".join([*bad, ok]) + "\n")
    args = ["parse", "-j", "2", "-i", str(tmp_path / "list.txt"), "-o", str(tmp_path / "out"),
            "--state", str(tmp_path / "s.db")]

    proc = run_newsparse(args)

    assert proc.returncode == 1
    assert b"Traceback" not in proc.stderr
    records = [json.loads(p.read_bytes()) for p in sorted((tmp_path / "out").iterdir())]
    assert sorted(r["source"]["input"] for r in records) == sorted([*bad, ok])
    assert sum("error" in r for r in records) == 3
    assert _rows(tmp_path / "s.db") == {**dict.fromkeys(bad, "failed"), ok: "ok"}
    # The next cron run gets past the same lines: everything is already recorded.
    again = run_newsparse(args)
    assert again.returncode == 0
    assert again.stderr.decode().startswith("newsparse: 0 done, 4 skipped, 0 failed")


def test_malformed_urls_on_stdout_get_error_records(tmp_path):
    (ok,) = write_articles(tmp_path / "in", 1)
    proc = run_newsparse(["parse", "-j", "1", "http://[::1/x", ok])
    first, second = ndjson(proc.stdout)
    assert first["error"]["type"] == "fetch" and second["title"] == "Harbour report f0"
    assert proc.returncode == 1


def test_unreadable_directory_entries_fail_one_by_one(tmp_path):
    write_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "loop.html").symlink_to("loop.html")
    (tmp_path / "in" / "gone.txt").symlink_to("nowhere.txt")
    (tmp_path / "in" / "up").symlink_to("..")  # not an article by name: not followed

    proc = run_newsparse(["parse", "-j", "1", str(tmp_path / "in")])

    assert proc.returncode == 1
    assert [r["title"] for r in ndjson(proc.stdout) if "title" in r] == [
        "Harbour report f0", "Harbour report f1"]
    assert proc.stderr.decode().splitlines()[:2] == [
        f"newsparse: {tmp_path}/in/gone.txt: no such file",
        f"newsparse: {tmp_path}/in/loop.html: Too many levels of symbolic links"]
    assert "2 done, 0 skipped, 2 failed" in proc.stderr.decode()


def test_directory_that_cannot_be_listed_is_a_failure(tmp_path):
    write_articles(tmp_path / "in", 1)
    (tmp_path / "in" / "locked").mkdir()
    (tmp_path / "in" / "locked").chmod(0)
    try:  # as root too: unprivileged() makes the mode bind
        proc = run_newsparse(["parse", "-j", "1", str(tmp_path / "in")], **unprivileged())
    finally:
        (tmp_path / "in" / "locked").chmod(0o755)
    assert proc.returncode == 1
    assert (f"newsparse: {tmp_path}/in/locked: cannot list directory: permission denied"
            in proc.stderr.decode().splitlines())


def _big_articles(tmp_path, count: int) -> Path:
    """A list of `count` articles of about 2 kB of JSON each; return the list file."""
    from .faultserver import article_text

    (tmp_path / "in").mkdir()
    paths = []
    for n in range(count):
        path = tmp_path / "in" / f"a{n:03d}.txt"
        path.write_text(article_text(f"{n}-" + "x" * 300))
        paths.append(str(path))
    (tmp_path / "list.txt").write_text("\n".join(paths) + "\n")
    return tmp_path / "list.txt"


def test_stdout_on_a_full_disk_marks_only_whole_records(tmp_path):
    listing = _big_articles(tmp_path, 120)
    db = tmp_path / "s.db"
    cmd = f'{NEWSPARSE} parse -j 1 -i {listing} --state {db} > "$FS/out.ndjson"'

    proc = run_on_small_fs(tmp_path, "64k", cmd)

    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.decode().splitlines()[0] == (
        "newsparse: stopped: <stdout>: No space left on device")
    written = (tmp_path / "fs" / "out.ndjson").read_bytes()
    assert len(written) == 64 * 1024 and not written.endswith(b"\n")  # the disk is full
    whole = written.split(b"\n")[:-1]
    done = [k for k, v in _rows(db).items() if v == "ok"]
    assert [json.loads(line)["source"]["input"] for line in whole] == done

    # Room again: the next run appends after the cut record, on a line of its own.
    with open(tmp_path / "fs" / "out.ndjson", "ab") as out:
        again = subprocess.run([NEWSPARSE, "parse", "-j", "1", "-i", str(listing),
                                "--state", str(db)], stdout=out, stderr=subprocess.PIPE)
    assert again.returncode == 0, again.stderr
    lines = (tmp_path / "fs" / "out.ndjson").read_bytes().split(b"\n")
    assert lines[len(whole)] == written.split(b"\n")[-1]  # the cut record, alone on its line
    rest = [json.loads(line)["source"]["input"] for line in lines[len(whole) + 1:-1]]
    assert done + rest == listing.read_text().split()


def test_output_dir_on_a_full_disk_names_the_output_and_keeps_what_is_written(tmp_path):
    listing = _big_articles(tmp_path, 120)
    db = tmp_path / "s.db"

    proc = run_on_small_fs(tmp_path, "64k",
                           f'{NEWSPARSE} parse -j 2 -i {listing} --state {db} -o "$FS/out"')

    assert proc.returncode == 1
    first = proc.stderr.decode().splitlines()[0]
    assert first.startswith(f"newsparse: stopped: {tmp_path}/mnt/out/a")
    assert first.endswith(".json: No space left on device")
    files = {p.name: p.read_bytes() for p in (tmp_path / "fs" / "out").iterdir()}
    done = [k for k, v in _rows(db).items() if v == "ok"]
    assert done and sorted(files) == sorted(file_name(k) for k in done)  # no temp file left
    for key in done:
        assert json.loads(files[file_name(key)])["source"]["input"] == key


def test_a_directory_in_the_way_of_an_output_fails_that_input_alone(tmp_path):
    paths = write_articles(tmp_path / "in", 3)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / file_name(paths[1])).mkdir()

    proc = run_newsparse(["parse", "-j", "1", *paths, "-o", str(tmp_path / "out"),
                          "--state", str(tmp_path / "s.db")])

    assert proc.returncode == 1
    lines = proc.stderr.decode().splitlines()
    assert lines[0] == (f"newsparse: {paths[1]}: cannot write {tmp_path}/out/"
                        f"{file_name(paths[1])}: a directory is in the way")
    assert lines[1].startswith("newsparse: 2 done, 0 skipped, 1 failed")
    assert _rows(tmp_path / "s.db") == {paths[0]: "ok", paths[1]: "failed", paths[2]: "ok"}


def test_state_on_a_full_disk_stops_with_the_documented_line(tmp_path):
    listing = _big_articles(tmp_path, 120)

    proc = run_on_small_fs(tmp_path, "256k", f'{NEWSPARSE} parse -j 1 -i {listing} '
                           f'--state "$FS/s.db" > {tmp_path}/out.ndjson')

    assert proc.returncode == 1
    lines = proc.stderr.decode().splitlines()
    assert lines[0] == f"newsparse: stopped: {tmp_path}/mnt/s.db: No space left on device"
    assert b"Traceback" not in proc.stderr
    # What the state holds is exactly what came out before the stop: a re-run redoes the rest.
    done = [k for k, v in _rows(tmp_path / "fs" / "s.db").items() if v == "ok"]
    printed = [r["source"]["input"] for r in ndjson((tmp_path / "out.ndjson").read_bytes())]
    assert done and printed[:len(done)] == done and len(printed) <= len(done) + 1


def test_state_damaged_in_the_middle_is_a_usage_error_naming_it(tmp_path):
    listing = _big_articles(tmp_path, 150)
    db = tmp_path / "s.db"
    args = ["parse", "-j", "1", "-i", str(listing), "--state", str(db)]
    assert run_newsparse(args).returncode == 0
    data = bytearray(db.read_bytes())
    data[8192:-4096] = b"Z" * (len(data) - 8192 - 4096)  # the header page and schema intact
    db.write_bytes(bytes(data))

    proc = run_newsparse(args)

    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines() == [
        f"newsparse: state database {db} is damaged (database disk image is malformed); "
        f"recover it (sqlite3 {db} .recover) or move it away"]


# ---------------------------------------------------------------- every input kind is capped


def test_max_bytes_caps_dev_zero_and_stdin():
    proc = run_newsparse(["parse", "--max-bytes", "100000", "/dev/zero"])
    assert (proc.returncode, proc.stderr) == (
        1, b"newsparse: /dev/zero: larger than 100000 bytes (--max-bytes)\n")
    with open("/dev/zero", "rb") as zero:
        proc = run_newsparse(["parse", "--max-bytes", "100000", "-"], stdin=zero)
    assert (proc.returncode, proc.stderr) == (
        1, b"newsparse: <stdin>: larger than 100000 bytes (--max-bytes)\n")


def test_gzip_on_stdin_is_opened_and_capped(tmp_path):
    import gzip

    from .conftest import HTML_SAMPLE

    page = gzip.compress(HTML_SAMPLE.read_bytes())
    proc = run_newsparse(["parse", "-"], input=page)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"].startswith("City council approves housing plan")
    bomb = gzip.compress(b" " * 50_000_000)  # 50 MB in about 50 kB
    proc = run_newsparse(["parse", "--max-bytes", "1000000", "-"], input=bomb)
    assert (proc.returncode, proc.stderr) == (
        1, b"newsparse: <stdin>: larger than 1000000 bytes after decompression (--max-bytes)\n")

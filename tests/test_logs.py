"""Logging is imported only when something logs; what is logged still reaches stderr."""

import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "samples" / "en-foreign-ministry-negotiations.txt"


def run_cli(*args: str, after: str = "") -> subprocess.CompletedProcess:
    """The CLI in a fresh interpreter (nothing imported yet), then `after` in that process."""
    code = ("import sys\nfrom newsparse.cli import main\n"
            f"sys.argv = ['newsparse', *{list(args)!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n" + after)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)


def test_a_clean_text_parse_does_not_import_logging():
    proc = run_cli("parse", str(SEED), after="print('logging' in sys.modules, file=sys.stderr)")
    assert proc.stderr.strip().splitlines() == ["False"]
    assert '"schema_version":2' in proc.stdout


def test_failures_and_the_summary_still_reach_stderr(tmp_path):
    (tmp_path / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("x\n", encoding="utf-8")  # no article in it
    proc = run_cli("parse", str(tmp_path), str(tmp_path / "missing.txt"))
    lines = proc.stderr.strip().splitlines()
    assert f"newsparse: {tmp_path / 'b.txt'}: no article text found" in lines
    assert f"newsparse: {tmp_path / 'missing.txt'}: no such file" in lines
    assert lines[-1].startswith("newsparse: 1 done, 0 skipped, 2 failed")
    quiet = run_cli("parse", "-q", str(tmp_path))
    assert quiet.stderr.strip().splitlines() == [
        f"newsparse: {tmp_path / 'b.txt'}: no article text found"]


def test_libraries_imported_later_get_the_cli_set_up():
    check = ("import logging\n"
             "print(logging.getLogger('urllib3').level == logging.CRITICAL,\n"
             "      any(type(h).__name__ == 'ClickHandler'\n"
             "          for h in logging.getLogger().handlers),\n"
             "      logging.getLevelName(25), file=sys.stderr)")
    proc = run_cli("parse", str(SEED), after=check)
    assert proc.stderr.strip().splitlines()[-1] == "True True NOTICE"


def test_a_name_with_control_characters_prints_as_one_line(tmp_path):
    from .batchfixtures import ndjson, run_newsparse, write_articles

    write_articles(tmp_path, 1)
    evil = tmp_path / "evil\nnewsparse: 9999 done\x1b[2J.txt"
    evil.write_bytes(b"")  # empty: it fails, so its name is printed
    proc = run_newsparse(["parse", "-j", "1", str(tmp_path)])
    lines = proc.stderr.decode().splitlines()
    assert lines[0] == (f"newsparse: {tmp_path}/evil\\nnewsparse: 9999 done\\x1b[2J.txt: "
                        "empty input")
    assert lines[1].startswith("newsparse: 1 done, 0 skipped, 1 failed") and len(lines) == 2
    assert ndjson(proc.stdout)[1]["source"]["input"] == str(evil)  # JSON keeps the real name

"""`make eval` without the evaluation sets: a failure that says where they live."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_eval_without_the_sets_fails_and_says_where_they_are(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "eval.py"), str(tmp_path)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert lines[0] == f"eval: {tmp_path}/eval/structeval.py not found, so nothing was scored."
    assert all(line.startswith("eval: ") for line in lines)
    said = " ".join(line.removeprefix("eval: ") for line in lines)
    for hint in ["eval/fundus-dev", "../shared", "SHARED=", "docs/evaluation.md"]:
        assert hint in said


def test_eval_names_the_first_set_it_lacks(tmp_path):
    ev = tmp_path / "eval"
    ev.mkdir()
    for scorer in ("structeval.py", "wcxb_eval.py", "score_callouts.py"):
        (ev / scorer).write_text("raise SystemExit('not to be run')\n", encoding="utf-8")
    (ev / "fundus-dev").mkdir()
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "eval.py"), str(tmp_path),
                           "--write", str(tmp_path / "evaluation.md")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.splitlines()[0] == f"eval: {ev}/wcxb-dev not found, so nothing was scored."
    assert not (tmp_path / "evaluation.md").exists()

"""Installing from a clone: the README's commands, the Makefile's two venv stages, the hints."""

from __future__ import annotations

import re
import shlex
import subprocess
import tomllib

import pytest

from newsparse import cluster, warc

from .conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")
EXTRAS = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
    "optional-dependencies"]


def requirement_names(extra: str) -> list[str]:
    """The extra's requirements as pip names them on a command line, versions left out."""
    return [re.split(r"[<>=!~ ]", req, maxsplit=1)[0] for req in EXTRAS[extra]]


@pytest.mark.parametrize(("hint", "extra"), [(warc._INSTALL_HINT, "warc"),
                                             (cluster._INSTALL_HINT, "dask")])
def test_install_hints_name_the_packages_of_their_extra(hint, extra):
    # newsparse is not on PyPI: a hint naming `newsparse[extra]` would fail for everyone.
    pip = re.search(r"pip install (.+?) \(", hint).group(1)
    pipx = re.search(r"pipx inject newsparse (.+?)\)", hint).group(1)
    assert sorted(shlex.split(pip)) == sorted(shlex.split(pipx)) == sorted(
        requirement_names(extra))


def test_docs_never_install_newsparse_by_name():
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = doc.read_text("utf-8")
        assert not re.search(r"pipx? install\s+['\"]?newsparse\b", text), doc.name


def test_readme_install_section_works_from_a_clone():
    section = README.split("\n## Install\n", 1)[1].split("\n## ", 1)[0]
    commands = [line.split("#")[0].strip() for line in section.split("```sh\n", 1)[1]
                .split("```", 1)[0].splitlines()]
    for wanted in ["pip install .", "pipx install .", "pip install '.[warc]'",
                   "pip install '.[dask]'"]:
        assert wanted in commands
    extras = {m for c in commands for m in re.findall(r"\.\[(\w+)\]", c)}
    assert extras <= set(EXTRAS)


def test_make_run_installs_no_test_stack():
    # make is there wherever the suite runs: `make test` started it.
    def recipe(target: str) -> str:
        # -n prints the commands without running them, -B as if nothing were installed yet.
        return subprocess.run(["make", "-n", "-B", target], cwd=ROOT, capture_output=True,
                              text=True, check=True, timeout=60).stdout

    run = recipe("run")
    assert "pip install -q -e ." in run and "[test]" not in run
    assert "pip install -q -e '.[test]'" in recipe("test")

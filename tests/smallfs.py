"""A real, tiny filesystem for full-disk tests: a tmpfs mounted in a private mount namespace.

`unshare --user --map-root-user --mount` gives an ordinary user a mount namespace of its own
(no root needed where user namespaces are enabled), so the tmpfs is seen by the commands run
inside it and by nothing else, and it vanishes with them. Where that is not allowed the
tests that need it skip, saying why.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


@functools.cache
def why_not() -> str | None:
    """Return why no small filesystem can be made here, or None when one can."""
    if shutil.which("unshare") is None:
        return "no unshare command"
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run(_unshare(f"mount -t tmpfs -o size=64k tmpfs {tmp}"),
                              capture_output=True, timeout=30)
    if proc.returncode:
        return f"cannot mount a tmpfs in a user namespace: {proc.stderr.decode().strip()}"
    return None


def _unshare(script: str) -> list[str]:
    return ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script]


def run_on_small_fs(tmp_path: Path, size: str, script: str,
                    env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the sh `script` with $FS a fresh tmpfs of `size` (e.g. "64k").

    Whatever the script leaves in $FS is copied to `tmp_path / "fs"` once it ends, so the
    test can look at it; the exit status is the script's. Skips the test where no tmpfs
    can be mounted.
    """
    reason = why_not()
    if reason:
        pytest.skip(f"full-disk test needs a small filesystem: {reason}")
    mount = tmp_path / "mnt"
    copy = tmp_path / "fs"
    mount.mkdir()
    copy.mkdir()
    wrapped = (f'mount -t tmpfs -o size={size} tmpfs "$FS" || exit 99\n'
               f'( {script} )\nstatus=$?\ncp -a "$FS/." "{copy}/"\nexit $status')
    full_env = {**os.environ, **(env or {}), "FS": str(mount)}
    full_env = {k: v for k, v in full_env.items() if not k.startswith("NEWSPARSE_")}
    return subprocess.run(_unshare(wrapped), capture_output=True, env=full_env, timeout=120)

"""Rewrite tests/golden/<sample>.json from samples/ (review `git diff` before committing)."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson

from newsparse.model import Source
from newsparse.pipeline import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    spec = ROOT.parent / "shared" / "spec" / "seed.expected.json"
    if spec.exists():
        shutil.copyfile(spec, GOLDEN / "seed.expected.json")
    for path in sorted((ROOT / "samples").iterdir()):
        article = parse_bytes(path.read_bytes(), Source(input=f"samples/{path.name}", kind="file"))
        out = GOLDEN / (path.name + ".json")
        out.write_bytes(orjson.dumps(article, option=orjson.OPT_INDENT_2) + b"\n")
        print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

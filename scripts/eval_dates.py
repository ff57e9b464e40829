"""Every date newsparse writes, checked on every page of the shared sets: RFC 3339 or null.

The shared pages are not in the repository, so this check runs with `make eval` (and
`scripts/eval.py --set dates`) rather than in `make test`; the unit test on written
fixtures of every date form is tests/test_dates.py. Pages: all of fundus-dev and wcxb-dev
(widgets-dev's HTML pages are pages of those two), read in-process with `parse_html` on the
page's bytes; and the records of widgets-dev's text shape when `--set widgets` ran first in
the same run (they are written under build/eval/widgets/).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import eval_doc as doc  # beside this script

FIELDS = ("published", "modified")


def _pages(shared: Path):
    """(set name, page bytes, url) for every page of fundus-dev and wcxb-dev."""
    fundus = shared / "eval" / "fundus-dev"
    for gold in sorted((fundus / "gold").glob("*.json")):
        url = json.loads(gold.read_text(encoding="utf-8")).get("url")
        yield "fundus-dev", gzip.decompress((fundus / "pages" / f"{gold.stem}.html.gz")
                                            .read_bytes()), url
    wcxb = shared / "eval" / "wcxb-dev" / "dev"
    for page in sorted((wcxb / "html").glob("*.html.gz")):
        truth = wcxb / "ground-truth" / f"{page.name.removesuffix('.html.gz')}.json"
        url = json.loads(truth.read_text(encoding="utf-8")).get("url") if truth.exists() \
            else None
        yield "wcxb-dev", gzip.decompress(page.read_bytes()), url


def _records(shared: Path, workdir: Path):
    """(set name, record) for each page, then widgets-dev's text-shape records if written."""
    from newsparse import NewsparseError, parse_html

    for name, data, url in _pages(shared):
        try:
            yield name, {f: getattr(parse_html(data, url), f) for f in FIELDS}
        except NewsparseError:
            yield name, None  # no article: no date written
    for path in sorted((workdir / "widgets").glob("text-*/*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        if isinstance(record, dict) and "schema_version" in record:
            yield "widgets-dev (text)", record


def check(shared: Path, workdir: Path) -> dict:
    """Per set: records, dates written and dates that are not RFC 3339 (with examples)."""
    from newsparse.dates import is_rfc3339

    out: dict[str, dict] = {}
    for name, record in _records(shared, workdir):
        row = out.setdefault(name, {"records": 0, "dates": 0, "bad": 0, "examples": []})
        if record is None:
            continue
        row["records"] += 1
        for field in FIELDS:
            value = record.get(field)
            if value is None:
                continue
            row["dates"] += 1
            if not (isinstance(value, str) and is_rfc3339(value)):
                row["bad"] += 1
                if len(row["examples"]) < 5:
                    row["examples"].append(f"{field}={value!r}")
    return out


def block(shared: Path, workdir: Path) -> tuple[str, dict]:
    """The markdown block and the counts; a date that is not RFC 3339 fails the run."""
    counts = check(shared, workdir)
    rows = [[name, str(c["records"]), str(c["dates"]), str(c["bad"]),
             "; ".join(c["examples"]) or "-"] for name, c in counts.items()]
    bad = sum(c["bad"] for c in counts.values())
    text = doc.table(["set", "records", "dates (published, modified)", "not RFC 3339",
                      "examples"], rows)
    text += (f"\n\nEvery date RFC 3339: {'yes' if bad == 0 else f'NO, {bad} are not'} "
             "(target: 0 that are not).")
    if bad:
        raise ValueError(f"{bad} dates are not RFC 3339:\n{text}")
    return text, counts

"""scripts/widgets_textset.py: annotated pages turned into the seed's plain-text shape.

The fixture tree tests/fixtures/textset/eval/ has the layout of the shared evaluation material,
with one fundus-dev-style and one wcxb-dev-style page written for these tests; expected/ holds
the text and record each should give, written by hand from the pages.
"""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "widgets_textset.py"
FIXTURES = Path(__file__).parent / "fixtures" / "textset"
EXPECTED = FIXTURES / "expected"
PAGES = ["fundus-dev/en_harbour", "fundus-dev/en_strike_live", "wcxb-dev/0001"]


def build(out: Path, shared: Path = FIXTURES, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), str(out), str(shared), *extra],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("textset")
    return out, build(out)


@pytest.mark.parametrize("page", PAGES)
def test_text_is_the_seed_shape(built, page):
    out, run = built
    assert run.returncode == 0, run.stderr
    written = (out / f"{page}.txt").read_text("utf-8")
    assert written == (EXPECTED / f"{page}.txt").read_text("utf-8")


@pytest.mark.parametrize("page", PAGES)
def test_expected_record_places_every_block(built, page):
    out, _ = built
    written = json.loads((out / f"{page}.expected.json").read_text("utf-8"))
    assert written == json.loads((EXPECTED / f"{page}.expected.json").read_text("utf-8"))


def test_record_keys_follow_the_seed_expected_parse(built):
    out, _ = built
    seed = json.loads((Path(__file__).parent / "fixtures" / "seed" / "seed.expected.json")
                      .read_text("utf-8"))
    for page in PAGES:
        written = json.loads((out / f"{page}.expected.json").read_text("utf-8"))
        assert list(written) == list(seed)
        assert [list(q) for q in written["quotes"]] == [list(seed["quotes"][0])] * len(
            written["quotes"])
        assert [list(r) for r in written["related"]] == [list(seed["related"][0])] * len(
            written["related"])


def test_run_counts_what_was_placed_by_position(built):
    out, run = built
    assert run.stdout.splitlines() == [
        f"fundus-dev: 2 pages -> {out / 'fundus-dev'}",
        "  paragraphs found in the page: 13/13",
        "  callouts: 3 placed by position, 0 at the end",
        # The "Elsewhere" widget links a story the page never shows: it goes at the end.
        "  widgets: 4 placed by position, 1 at the end",
        "  left out of the gold body: 2 widget lines, 0 callouts, 0 attribution lines;"
        " 1 card titles cut from a paragraph",
        f"wcxb-dev: 1 pages -> {out / 'wcxb-dev'}",
        "  paragraphs found in the page: 10/10",
        "  callouts: 1 placed by position, 0 at the end",
        "  widgets: 2 placed by position, 0 at the end",
        "  left out of the gold body: 1 widget lines, 1 callouts, 2 attribution lines;"
        " 0 card titles cut from a paragraph",
    ]


def test_same_input_gives_the_same_bytes(built, tmp_path):
    out, _ = built
    assert build(tmp_path).returncode == 0
    for page in PAGES:
        for suffix in (".txt", ".expected.json"):
            again = (tmp_path / f"{page}{suffix}").read_bytes()
            assert again == (out / f"{page}{suffix}").read_bytes()


def test_one_set_only_and_stale_files_go(tmp_path):
    stale = tmp_path / "wcxb-dev" / "9999.txt"
    stale.parent.mkdir(parents=True)
    stale.write_text("left from an earlier run\n", "utf-8")
    run = build(tmp_path, FIXTURES, "--set", "wcxb-dev")
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in (tmp_path / "wcxb-dev").iterdir()) == [
        "0001.expected.json", "0001.txt"]
    assert not (tmp_path / "fundus-dev").exists()


def _bad_page(shared: Path, pid: str, page: str) -> None:
    """Adds a fundus-dev-style annotation for page (below eval/) with an empty gold body."""
    ann = {"id": pid, "source": page, "url": None, "language": "en", "quotes": [], "related": []}
    (shared / "eval" / "widgets-dev" / "fundus-dev" / f"{pid}.json").write_text(json.dumps(ann))
    gold = {"title": "Gone", "published": None, "sections": []}
    (shared / "eval" / "fundus-dev" / "gold" / f"{pid}.json").write_text(json.dumps(gold))


def test_bad_pages_are_named_and_the_others_are_written(tmp_path):
    shared = tmp_path / "shared"
    shutil.copytree(FIXTURES, shared)
    _bad_page(shared, "en_gone", "fundus-dev/pages/en_gone.html")
    (shared / "eval" / "fundus-dev" / "pages" / "en_empty.html").write_bytes(b"")
    _bad_page(shared, "en_empty", "fundus-dev/pages/en_empty.html")
    run = build(tmp_path / "out", shared)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 2
    assert "en_empty.json: not an HTML page" in lines[0]
    assert "en_gone.json" in lines[1] and "en_gone.html" in lines[1]
    for page in PAGES:
        assert (tmp_path / "out" / f"{page}.txt").read_bytes() == (
            EXPECTED / f"{page}.txt").read_bytes()
    assert not (tmp_path / "out" / "fundus-dev" / "en_gone.txt").exists()


def test_without_the_shared_material_it_says_so(tmp_path):
    run = build(tmp_path / "out", tmp_path / "nowhere")
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        f"widgets_textset: {tmp_path / 'nowhere' / 'eval' / 'widgets-dev'}: not found; give SHARED"]
    assert not (tmp_path / "out").exists()


def test_help_names_the_arguments():
    run = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True)
    assert run.returncode == 0
    assert "OUTDIR" in run.stdout and "SHARED" in run.stdout and "--set" in run.stdout

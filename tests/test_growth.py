"""Every rule runs in time linear in its input: each is timed on a hostile input of 1x and 8x
size, and the ratio of the times may not show super-linear growth (tests/growth.py)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import newsparse
from newsparse import patterns as pt
from newsparse.text import datelines, markdown
from tests.growth import LIMIT, assert_linear, attacks, growth, scan

# --- every pattern of the package -----------------------------------------------------------------

_RE_CALLS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall",
             "finditer"}
_FLAG_NAMES = {"I": re.I, "IGNORECASE": re.I, "M": re.M, "MULTILINE": re.M, "S": re.S,
               "DOTALL": re.S}


def _modules():
    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        if info.name not in ("newsparse.cluster", "newsparse.__main__"):  # Dask; runs the CLI
            yield importlib.import_module(info.name)


def _flags(node: ast.Call) -> int:
    flags = 0
    for arg in [*node.args[1:], *(kw.value for kw in node.keywords)]:
        for n in ast.walk(arg):
            if isinstance(n, ast.Attribute) and n.attr in _FLAG_NAMES:
                flags |= _FLAG_NAMES[n.attr]
    return flags


def _written_out(path: str):
    """Patterns written as string literals straight into re.* calls inside functions, with
    the call that runs them."""
    for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                and node.func.attr in _RE_CALLS and node.args
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            uses = _RE_CALLS if node.func.attr == "compile" else {node.func.attr}
            pattern = re.compile(node.args[0].value, _flags(node))
            yield f"{Path(path).name}:{node.lineno}", pattern, uses


def _uses(name: str, sources: str) -> set[str]:
    """How the package's code runs the pattern of that name: `_NAME.search(`, `pt.NAME.sub(`."""
    short = name.rsplit(".", 1)[-1]
    found = set(re.findall(rf"\b{re.escape(short)}\.(\w+)\(", sources)) & _RE_CALLS
    return found or _RE_CALLS  # built and run elsewhere: every way


def package_patterns() -> dict[str, tuple[re.Pattern, set[str]]]:
    """Every regex of newsparse with how it is run: module constants, patterns compiled on
    first use, literals in re.* calls, Markdown's and the dateline vocabularies' patterns
    (fast and spelt out)."""
    modules = list(_modules())
    sources = "\n".join(Path(m.__file__).read_text(encoding="utf-8") for m in modules)
    found: dict[str, tuple[re.Pattern, set[str]]] = {}

    def add(name: str, pattern: re.Pattern, uses: set[str] | None = None) -> None:
        if all(p.pattern != pattern.pattern or p.flags != pattern.flags
               for p, _ in found.values()):
            found[name] = (pattern, uses or _uses(name, sources))

    for name, value in vars(markdown._md()).items():
        add(f"markdown.{name}", value)
    for name in pt._LAZY:
        add(f"patterns.{name}", getattr(pt, name))
    for mod in modules:
        for name, value in vars(mod).items():
            if isinstance(value, re.Pattern):
                add(f"{mod.__name__}.{name}", value)
        for where, pattern, uses in _written_out(mod.__file__):
            add(where, pattern, uses)
    for name, vocab in vars(datelines).items():
        if isinstance(vocab, datelines._Vocabulary):
            fast = vocab._build(datelines._MONTH_TOKEN, datelines._AGENCY_TOKEN)
            full = vocab._build(f"(?i:{pt.MONTH_ALT})", pt.AGENCY_ALT)
            add(f"datelines.{name}", re.compile(fast, vocab._flags), {"match"})
            add(f"datelines.{name}.full", re.compile(full, vocab._flags), {"match"})
    add("datelines.east_asian_wire", datelines._east_asian_wire(), {"match"})
    return found


PATTERNS = package_patterns()


def test_the_collection_finds_the_patterns_of_every_kind():
    assert "patterns.PHOTO_CREDIT_RE" in PATTERNS  # compiled on first use
    assert "markdown.link" in PATTERNS and "datelines._TRAILING_DATE.full" in PATTERNS
    assert any(n.startswith("authors.py:") for n in PATTERNS)  # written into a re.split call
    assert PATTERNS["newsparse.html.container._CSS_MODULE_HASH"][1] == {"fullmatch"}
    assert len(PATTERNS) > 80


# Patterns super-linear on their own that their one call site bounds; each call site has
# its own growth test below.
BOUNDED_BY_CALLER = {
    "newsparse.html.authors._PARENS": "without_parens searches only up to the last ')'",
    "newsparse.html.meta._TAG": "description searches only up to the last '>'",
    "newsparse.html.quotes._ATTRIBUTION": "pull_quote searches quotes of 600 characters",
}


@pytest.mark.parametrize("name", sorted(set(PATTERNS) - set(BOUNDED_BY_CALLER)))
def test_every_pattern_runs_in_linear_time(name):
    pattern, uses = PATTERNS[name]
    run = scan(pattern, uses)
    for build in attacks(pattern):
        # A quick look first; only a suspect is measured with care.
        if growth(run, build, 300, runs=3, enough=0.0003, budget=0.02) > 0.8 * LIMIT:
            assert_linear(run, build, 300, f"{name} on {build.shape!r}")


# --- the rules named one by one: hostile shapes measured through the functions that run them ----

from newsparse.errors import NewsparseError  # noqa: E402
from newsparse.html.authors import _byline_groups, pick_authors, split_byline  # noqa: E402
from newsparse.html.meta import description  # noqa: E402
from newsparse.html.quotes import pull_quote  # noqa: E402
from newsparse.text import lines  # noqa: E402


def _parse_text(text: str) -> None:
    try:
        newsparse.parse_text(text)
    except NewsparseError:
        pass


def _parse_html(page: str) -> None:
    try:
        newsparse.parse_html(page)
    except NewsparseError:
        pass


def _letters(i: int) -> str:
    """A distinct lower-case syllable run for every i: names the article never repeats."""
    out = ""
    while True:
        out = "bcdfghklmnprstvz"[i % 16] + out
        i //= 16
        if not i:
            return out


def _callouts(n: int) -> str:
    """An article of n pull quotes, each with a speaker of its own: every one asks whether its
    name appears elsewhere in the article."""
    blocks = [f"The council will vote on the harbour plan next week after months of talks "
              f"Anna{_letters(i)} Kowal{_letters(i)}ski chief economist at the bank"
              for i in range(n)]
    return "date 2023-02-17 Harbour plan\n\n" + "\n\n".join(blocks)


def _box_text(n: int, line: str) -> str:
    lines_ = [line.format(_letters(i)) for i in range(n)]
    return ("Harbour plan\n\nThe council met on Tuesday to talk about the harbour plan again."
            "\n\nMore from the desk\n\n" + "\n\n".join(lines_)
            + "\n\nThe vote is set for next week, the council said.")


def _after_article(boxes: str) -> str:
    return ("<html><body><article><h1>T</h1>"
            + "<p>Some running text of the article, long enough to be a paragraph here.</p>" * 4
            + f"</article>{boxes}</body></html>")


def _element(markup: str):
    import lxml.html

    return lxml.html.fragment_fromstring(markup)


RULES = {
    # A wire photo credit: "REUTERS/Anna Smith-Jones", hyphens joining the words after it.
    "photo credit": (lines.is_caption, lambda n: " AB/Ab" + "-Ab" * n + "!", 100),
    "photo credit, last word": (lines.is_caption, lambda n: "AB/Ab" + "-Ab" * n + " x", 100),
    # Markdown detection and its link, image, emphasis and heading patterns.
    "markdown links": (markdown.looks_like_markdown, lambda n: "[a](" * n, 400),
    "markdown link line": (markdown._md_line, lambda n: "[a](" * n, 400),
    "markdown link text": (markdown._md_line, lambda n: "[" * n + "](x", 400),
    "markdown images": (markdown._md_line, lambda n: "![a](" * n, 400),
    "markdown image text": (markdown._md_line, lambda n: "![" * n, 400),
    "markdown strong": (markdown._md_line, lambda n: " **a" * n, 400),
    "markdown heading": (markdown.markdown_block, lambda n: "# a" + " #" * n + " x", 400),
    "markdown text": (_parse_text, lambda n: "# Title\n\n" + "[a](" * n, 400),
    # Dates on a headline line of spaces, datelines with spaces where the dash would be.
    "trailing date": (datelines.match_trailing_dateline, lambda n: "Title" + " " * n + "x", 400),
    "headline date": (datelines.match_headline_dateline, lambda n: "date" + " " * n + "x", 400),
    "wire dateline": (datelines._WIRE.match, lambda n: "MOSCOW" + " " * n + "x-", 400),
    "title line of spaces": (_parse_text, lambda n: "Title" + " " * n + "x\n\nBody text.", 400),
    # Bylines of "((((…", descriptions of "<<<<…".
    "byline of brackets": (split_byline, lambda n: "By Ann Lee " + "(" * n, 400),
    "description of brackets": (lambda v: description({}, {"description": v}),
                                lambda n: "<" * n + "a", 400),
    # Plain-text pull quotes, each speaker's name counted over the whole article.
    "callout names counted over the article": (_parse_text, _callouts, 300),
    # Pull quotes with many <cite>s, byline boxes side by side.
    "quote with many cites": (pull_quote, lambda n: _element(
        "<blockquote class='pull-quote'>" + "<cite>Ann Lee</cite>" * n + "</blockquote>"), 30),
    # Plain blockquotes side by side (each compared with the running text, each looking at
    # its neighbours), a figcaption of many nested wrappers, a page of teaser link lines.
    "many plain blockquotes": (_parse_html, lambda n: "<html><body><article><h1>T</h1>" + (
        "<p>Some running text of the article, long enough to be a paragraph here.</p>"
        "<blockquote>A short passage set apart from the running text.</blockquote>"
        "<span></span>" * 3) * n + "</article></body></html>", 20),
    "nested attribution": (pull_quote, lambda n: _element(
        "<figure class='pull-quote'><blockquote>A quote.</blockquote><figcaption>"
        + "<span>" * n + "Ann Lee" + "</span>" * n + "</figcaption></figure>"), 30),
    "link lines under a label": (_parse_html, lambda n: "<html><body><article><h1>T</h1>"
        + "<p>Some running text of the article, long enough to be a paragraph here.</p>" * 4
        + "<h4>Related Articles:</h4>" + "".join(
            f"<p><a href='/s/{i}'>Story number {i} of the site</a></p>" for i in range(n))
        + "</article></body></html>", 20),
    # Plain-text boxes under a label no list names: a run of headlines read once, whether
    # it is taken (long titles) or left to the body (short ones), and a label repeated often.
    "headlines under an unnamed label": (_parse_text, lambda n: _box_text(
        n, "The council will vote on the new harbour plan {}"), 300),
    "short lines under an unnamed label": (_parse_text, lambda n: _box_text(
        n, "Harbour plan {} vote"), 300),
    "a label repeated over teasers": (_parse_text, lambda n: "Harbour plan\n\n" + "\n\n".join(
        f"The council met on Tuesday to talk about the harbour plan number {_letters(i)}.\n\n"
        f"News from the desk\n\nCouncil to vote on the harbour plan {_letters(i)}"
        for i in range(n)), 100),
    # Labelled boxes after the article: each box's label, links and inner boxes looked at
    # once, side by side or nested as deep as the parser reads.
    "labelled boxes after the article": (_parse_html, lambda n: _after_article("".join(
        f"<div><h3>Related</h3><a href='/s/{i}'>Story number {i} of the site</a>"
        f"<a href='/t/{i}'>Another story {i} of the site</a></div>" for i in range(n))), 50),
    "nested labelled boxes after the article": (_parse_html, lambda n: _after_article("".join(
        f"<div><h3>Related</h3><a href='/s/{i}'>Story number {i} of the site</a>"
        for i in range(n)) + "</div>" * n), 20),
    "author tag checked against many bylines": (
        lambda texts: pick_authors({}, {"author": "Jane Roe"}, texts),
        lambda n: ["By Jane Roe"] * n, 100),
    "byline boxes": (_byline_groups, lambda n: [
        (el, "Ann Lee") for el in _element(
            "<div>" + "".join(f"<span class='byline b{i}'>Ann Lee</span>" for i in range(n))
            + "</div>")], 100),
}


@pytest.mark.parametrize("name", sorted(RULES))
def test_rule_runs_in_linear_time(name):
    fn, build, n = RULES[name]
    assert_linear(fn, build, n, name)

"""Small hand-written HTML pages shared by the HTML extractor tests."""

from __future__ import annotations


def report_paragraphs(count: int, start: int = 0) -> str:
    """`count` plain paragraphs of a council report, numbered from `start`."""
    return "".join(f"<p>Paragraph {i} of the report goes on about the council and its plans "
                   f"for the coming year in some detail.</p>" for i in range(start, start + count))


def article_page(body: str) -> str:
    """An article of eight plain paragraphs with `body` in the middle."""
    before, after = report_paragraphs(4), report_paragraphs(4, start=4)
    return f"<html><head><title>T</title></head><body><article><h1>T</h1>{before}{body}" \
           f"{after}</article></body></html>"

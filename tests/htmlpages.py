"""Small hand-written HTML pages shared by the HTML extractor tests."""

from __future__ import annotations


def article_page(body: str) -> str:
    """An article of eight plain paragraphs with `body` in the middle."""
    before, after = ("".join(f"<p>Paragraph {i} of the report goes on about the council and its "
                             f"plans for the coming year in some detail.</p>" for i in part)
                     for part in (range(4), range(4, 8)))
    return f"<html><head><title>T</title></head><body><article><h1>T</h1>{before}{body}" \
           f"{after}</article></body></html>"

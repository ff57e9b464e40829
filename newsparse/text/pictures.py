"""Pictures in plain text and Markdown: `![alt](url "title")` lines, and the caption and
credit lines set under a picture ("The minister on Monday." / "Photo: Ann Lee/Reuters", or
"… on Monday. Photo: Ann Lee/Reuters" on one line). They are taken out of the text before
it is segmented, so no caption reaches the body; what text cannot say (a URL for a bare
credit line) stays null.
"""

from __future__ import annotations

import re

from ..model import Image
from .credits import split_credit
from .lines import ends_sentence, is_caption, lower, norm_space

# A whole line that is one Markdown image, its address and optional title.
_MD_IMAGE = re.compile(r'^\s*!\[([^\[\]\n]*)\]\(\s*(\S+?)(?:\s+"([^"\n]*)")?\s*\)\s*$')
_CREDIT_WORDS = 10  # a credit names a person or two and an agency, not a sentence
_CAPTION_LEN = 300  # characters: a caption line is shorter than most paragraphs
# The words that set a picture's credit off in the languages the vocabularies speak.
_PICTURE_WORD = re.compile(r"©|\(c\)|(?<![a-z])(?:photos?|photograph|picture|image|credit|"
                           r"illustration|foto\w*|bild|crédit|фото|zdjęcie|kuva|isithombe)"
                           r"|写真|사진", re.I)
# Any of those words anywhere in the line, even inside another word: what _marked can find at
# all, tested (by plain substring search: a case-blind pattern tries every position) before a
# line's credit is split off, as most lines have none.
_PICTURE_WORDS = ("©", "(c)", "photo", "picture", "image", "credit", "illustration", "foto",
                  "bild", "crédit", "фото", "zdjęcie", "kuva", "isithombe", "写真", "사진")


def _may_credit(line: str) -> bool:
    low = lower(line)
    return any(word in low for word in _PICTURE_WORDS)


# "Source: …" under a text names where its facts come from, not who took a picture.
_SOURCE = re.compile(r"^\W*(?:sources?|quellen?|источник|джерело|fuente|bron|kilde|källa)\b",
                     re.I)


def _marked(line: str, credit: str) -> bool:
    """The credit is set off by a picture's word ("Photo:", "Foto", "©", "(Photo by"): in
    plain text only that tells a credit from a heading such as "Compact / Point and Shoot"."""
    at = line.rfind(credit)
    return at > 0 and bool(_PICTURE_WORD.search(line[max(0, at - 30):at]))


def _credit_line(line: str) -> str | None:
    """The credit of a line that is only a credit ("Photo: Ann Lee/Reuters", "© AFP")."""
    if not is_caption(line) or len(line.split()) > _CREDIT_WORDS or _SOURCE.match(line) \
            or not _may_credit(line):
        return None
    head, credit = split_credit(line)
    if head is None and credit and not credit.endswith(".") and _marked(line, credit):
        return credit
    return None


def names_only(credit: str) -> bool:
    """Names and agencies ("Ann Lee/Reuters", "AP Photo/Bo Ma"), not a described scene
    ("Smoke over the skyline on Monday"): at most one word in lower case besides the
    particles of names."""
    lower = [w for w in credit.split() if w[:1].islower() and w not in _PARTICLES]
    return len(lower) <= 1


_PARTICLES = frozenset("by via and for of de da di del der den van von le la du y et und "
                       "photo images staff".split())


def _captioned(line: str) -> tuple[str, str] | None:
    """"The minister on Monday. Photo: Ann Lee/Reuters": caption and credit on one line."""
    if len(line) > _CAPTION_LEN or not _may_credit(line):
        return None
    caption, credit = split_credit(line)
    if caption and credit and len(credit.split()) <= _CREDIT_WORDS and not ends_sentence(credit) \
            and _marked(line, credit):
        return caption, credit
    return None


def take_pictures(text: str) -> tuple[str, list[Image], list[str | None]]:
    """The text without its picture, caption and credit lines; the pictures; and for each
    the text of the paragraph before it (None: before them all)."""
    blocks = re.split(r"(\n[ \t]*\n)", text.replace("\r\n", "\n"))
    kept: list[str] = []
    images: list[Image] = []
    anchors: list[str | None] = []
    anchor: str | None = None
    after_image = False  # the block before was a picture: a caption may follow
    for block in blocks:
        if not block.strip() or block.startswith("\n"):
            kept.append(block)
            continue
        lines = [ln for ln in block.split("\n") if ln.strip()]
        found = _read_block(lines, images, after_image)
        if found is None:
            kept.append(block)
            anchor = norm_space(block)
            after_image = False
            continue
        for image in found:
            images.append(image)
            anchors.append(anchor)
        after_image = bool(found) and found[-1].url is not None and found[-1].caption is None
    return "".join(kept), images, anchors


def _read_block(lines: list[str], images: list[Image], after_image: bool) -> list[Image] | None:
    """The pictures a block is made of (an empty list when it only completes the picture
    before it), or None when it is text."""
    m = _MD_IMAGE.match(lines[0])
    if m:
        image = Image(url=m.group(2), alt=m.group(1) or None, caption=m.group(3) or None)
        if len(lines) > 1:
            rest = _caption_of(lines[1:])
            if rest is None:
                return None  # an image with running text under it: leave it to the text
            image.caption, image.credit = rest
        return [image]
    got = _caption_of(lines)
    if got is None:
        return None
    caption, credit = got
    if caption is None and credit and not names_only(credit):
        caption, credit = credit, None  # "Photo: Smoke over the skyline": a caption
    if after_image and images and images[-1].caption is None and images[-1].credit is None:
        images[-1].caption, images[-1].credit = caption, credit
        return []
    if credit is None and caption is None:
        return None
    return [Image(caption=caption, credit=credit)]


def _caption_of(lines: list[str]) -> tuple[str | None, str | None] | None:
    """(caption, credit) when the lines are a caption and its credit, else None."""
    credit = _credit_line(lines[-1])
    if credit is not None:
        caption = norm_space(" ".join(lines[:-1])) or None
        if caption and (len(caption) > _CAPTION_LEN or len(lines) > 3):
            return None
        return caption, credit
    if len(lines) == 1 and (both := _captioned(lines[0])):
        return both
    return None

"""HTML pages to Blocks: one lxml parse, find the article container, walk it in reading order.

The steps, in the order `extract` takes them: metadata from JSON-LD and meta tags (meta,
authors), the container holding most paragraph text (container), a document-order walk that
emits headings and paragraphs (walk, lists), pull quotes and related widgets (quotes, related)
and skips boilerplate, the clean-ups after it (tidy), the fallbacks for pages whose markup
hides their text (fallback), then the standfirst near the headline (lead).
"""

from __future__ import annotations

from urllib.parse import urljoin

from ..model import Block, Metadata
from . import about, after_article, cover, fallback, images, lead, meta, reconcile, related, tidy
from .authors import page_authors
from .container import article_parts, find_container, paragraph_weights, pick_h1, scope
from .dom import document_order, drop_furniture, key, parse, text_of, without_controls
from .walk import Walker


def extract(html: str, url: str | None = None) -> tuple[list[Block], Metadata]:
    """Return the article's blocks in reading order and the page's metadata."""
    html = without_controls(html)
    tree = parse(html)
    if tree is None:
        return [], Metadata(url=url)
    # lxml makes an element's Python object anew each time a walk meets it, unless one is
    # alive: held here, every later walk of the tree reuses them (a tenth of the time).
    _alive = list(tree.iter())
    docs = meta.ld_documents(tree)  # parsed once: the article object, crumbs and type
    ld, tags = meta.json_ld(docs), meta.meta_tags(tree)
    related.unwrap_related_noscript(tree)
    images.lift_noscript_images(tree)
    # Read before scripts and controls go: tag rows are often buttons.
    tag_links, outline = about.tag_links(tree), about.ld_outline(docs)
    drop_furniture(tree)
    weights = paragraph_weights(tree)
    container = find_container(tree, weights)
    order = document_order(tree)
    page, desc, h1 = _metadata(tree, url, container, ld, tags, order)
    # Links resolve against the page's own address when the caller did not give one.
    base = _base(tree, url or meta.canonical(tree) or page.url)
    _about(page, tree, ld, tags, base, tag_links, outline)
    _pictures(page, tree, scope(h1, container), ld, tags, base)
    walker = _walk(base, weights, container)
    reading = fallback.Reading(html, url)  # trafilatura's, read only if a step asks
    if reconcile.doubtful(container, weights, tree):
        walker = _second_opinion(walker, reading, tree, weights, container)
    blocks = tidy.tidy(tidy.drop_closing_notes(walker), page.title, tidy.alt_texts(container))
    blocks = tidy.drop_signature(tidy.drop_lead_bylines(blocks), page)
    captions = images.caption_keys(page.images)
    blocks = images.without_captions(blocks, captions)
    attached = after_article.attached_related(walker.base, scope(h1, container), container)
    blocks = related.without_shop_links(after_article.without_feeds(related.dedupe_links(
        blocks + [b for _, b in attached] + after_article.labelled_boxes(
            tree, container, walker.base, order, [el for el, _ in attached]),
        (url, page.url)), page.title))
    blocks = fallback.fallback_if_thin(blocks, reading, ld)
    first = lead.first_paragraph(walker, order.get(h1, -1), order)
    page.summary, apart = lead.find_standfirst(h1, container, first, order, desc)
    if key(page.summary) in captions:  # a caption by the headline is no lead
        page.summary, apart = None, False
    blocks = tidy.take_summary(blocks, page, desc, apart)
    intro = [t for t in lead.intro_paragraphs(h1, container, order) if key(t) not in captions]
    blocks = tidy.decks(_with_intro(blocks, intro))
    if page.published is None:
        page.searched_date = meta.searched_date(tree, url or page.url)
    return blocks, page


def _base(tree, address: str | None) -> str | None:
    """The address relative links resolve against: the page's own, or the one its <base
    href> sets (resolved against it: "<base href='/'>" makes "a/b" mean "/a/b")."""
    el = tree.find(".//base[@href]")
    href = (el.get("href") or "").strip() if el is not None else ""
    if not href or href.startswith(("javascript:", "data:")):
        return address
    return urljoin(address, href) if address else (href if "://" in href else address)


def _about(page: Metadata, tree, ld: dict, tags: dict, base: str | None, links: list[str],
           outline: tuple[list[str], str | None]) -> None:
    """What the page says of itself besides title, authors and date (see about)."""
    page.canonical_url = about.canonical_url(tree, ld, tags, base)
    page.site_name = about.site_name(ld, tags)
    page.modified = about.modified(ld, tags, tree)
    page.section = about.section(ld, tags, tree, page.title, outline[0], page.site_name)
    page.tags = about.tags(ld, tree, links)
    page.free_access = about.free_access(ld, tags)
    page.page_type = about.page_type(ld, tags, outline[1])


def _pictures(page: Metadata, tree, region, ld: dict, tags: dict, base: str | None) -> None:
    """The article's pictures, their anchors in the text, and the picture named for sharing."""
    page.images, page.image_anchors = images.page_images(region, base)
    named = images.ld_images(ld, base)
    images.complete(page.images, named)
    page.lead_image = images.lead_image(named, tags, base)
    if page.lead_image is None or (page.images and page.image_anchors[0] is None):
        return  # the article's first picture leads
    named_path = images.path_of(page.lead_image.url)
    if all(images.path_of(i.url) != named_path for i in page.images):
        page.lead_image = cover.shown_lead(tree, page.lead_image, base)


def _with_intro(blocks: list[Block], intro: list[str]) -> list[Block]:
    """The intro paragraphs set above the container, ahead of the running text (marked as
    lead-in, as the standfirst is: a wire dateline is still read after them)."""
    if not intro:  # most pages: no block's words need comparing
        return blocks
    have = {key(b.text) for b in blocks}
    intro = [t for t in intro if key(t) not in have and not tidy.opens_body(key(t), blocks)]
    if not intro:
        return blocks
    at = next((i for i, b in enumerate(blocks) if b.hint in ("paragraph", "heading")),
              len(blocks))
    return blocks[:at] + [Block(t, hint="lead") for t in intro] + blocks[at:]


def _walk(base: str | None, weights: dict, container, total: float | None = None) -> Walker:
    """The walk over one container (`total`: the article's weight, when the walk goes wider
    than the article's container)."""
    walker = Walker(base, weights, weights.get(container, 0) if total is None else total)
    walker.article_parts = article_parts(container, weights)
    walker.walk(container)
    return walker


def _second_opinion(walker: Walker, reading: fallback.Reading, tree, weights: dict,
                    container) -> Walker:
    """The walk, widened where trafilatura reads clearly more of the page (see reconcile)."""
    opinion = reconcile.Opinion(reading.blocks())
    if not reconcile.wants_more(walker.blocks, opinion):
        return walker
    wide = reconcile.region(tree, container, opinion)
    if wide is container:
        return walker
    wider = _walk(walker.base, weights, wide, weights.get(container, 0))
    reconcile.merge(wider, container, opinion)
    return wider if reconcile.walk_words(wider.blocks) > reconcile.walk_words(walker.blocks) \
        else walker


def _metadata(tree, url: str | None, container, ld: dict, tags: dict, order: dict
              ) -> tuple[Metadata, str | None, object]:
    """The page's metadata, its description and its h1 element."""
    h1_el = pick_h1(tree, container, order)
    h1 = text_of(h1_el) if h1_el is not None else None
    title_el = tree.find(".//title")
    doc_title = text_of(title_el) if title_el is not None else None
    page = Metadata(
        title=meta.pick_title(ld, tags, h1, doc_title, url),
        authors=page_authors(tree, container, h1_el, ld, tags, order),
        published=meta.pick_date(ld, tags, tree),
        language=meta.pick_language(tree, tags, ld),
        summary=None,
        url=tags.get("og:url") or url,
    )
    return page, meta.description(ld, tags), h1_el

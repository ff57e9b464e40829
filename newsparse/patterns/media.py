"""Pictures: what marks a caption's credit, a credit box, a picture that is no article
picture (logos, avatars, icons, pixels) and the cards of links to other stories."""

from __future__ import annotations

import re

_LAZY: dict[str, tuple[str, int]] = {}

# Where a caption's credit starts: "Photo: Jane Doe/Agency", "Foto: dpa", "Bild: …",
# "© AFP", "(Photo by Ann Lee)", "Credit: …", "Courtesy of …", a full-width "（Ｃ）" set right
# after the caption's last word, in the languages the vocabularies speak. Each
# marker is a fixed word, so the search tries each position once.
_LAZY["CREDIT_MARK_RE"] = (
    r"（[cＣｃ]）|(?:^|(?<=[\s(\[|/–—.,;)-]))(?:©|\(c\)|courtesy(?: of)?\s|"
    r"(?:photos?|photographs?|pictures?|images?|credits?|illustrations?|source|video|"
    r"isithombe|umfanekiso|"
    r"fotos?|bild(?:er|quelle)?|quelle|foto(?:grafie)?|crédits?|photographie|fuente|imagen|"
    r"фото|фотография|источник|иллюстрация|zdjęcie|kuva|kilde|källa|bron|"
    r"写真|출처|사진)(?:\s+credit)?\s*[:：]|"
    r"(?:photo|photograph|picture|image|foto|bild)\s+(?:by|von|de|par)\s)",
    re.I,
)
# Words that make a bracketed aside closing a caption its credit: "(Photo: …)",
# "(Getty Images)", "[사진 출처 = 연합뉴스]".
_LAZY["CREDIT_WORD_RE"] = (
    r"©|(?<![a-z])(?:photos?|foto\w*|\w*foto|bild|images?|getty|credit|source|quelle|"
    r"reuters|afp|dpa|epa|ap|imago|shutterstock|istock|handout|pool)(?![a-z])|사진|출처|写真|提供",
    re.I,
)
# An element holding a picture's credit, by class or id: "credit", "copyright",
# "photographer", "source", "image-author", "bildnachweis", "urheber".
_LAZY["CREDIT_CLASS_RE"] = (
    r"credit|copyright|photographer|fotograf|urheber|bildnachweis|bildquelle|rights|"
    r"(?<![a-z])source(?![a-z])|(?:image|img|photo|media|picture)[-_]{0,2}(?:author|by|source)",
    re.I,
)
# An element holding a picture's caption (when the page sets no <figcaption>); BEM names
# join with two ("detail-img__description", "image--author").
_LAZY["CAPTION_CLASS_RE"] = (r"caption|legend|bildunterschrift|"
                             r"infotext|bildtext|(?:image|img|photo|media)[-_]{0,2}(?:text|desc|info)",
                             re.I)
# Pictures that are page furniture, by class, id, alt or address: logos, avatars, author
# photos, icons, emoji, tracking pixels, spacers, sprites, ads; a word, not a piece of
# a hex id or a hashed class ("…e7ad-54…", "css-1ad3").
_LAZY["NOT_PICTURE_RE"] = (
    r"(?<![a-z0-9])(?:logo|logos|avatar|avatars|icon|icons|emoji|emojis|sprite|spacer|pixel|"
    r"tracking|tracker|beacon|badge|author|authors|autor|autoren|profile|profiles|gravatar|"
    r"newsletters?|placeholder-ad|"
    r"advert\w*|ads?|adserver|doubleclick|banner)(?![a-z0-9])",
    re.I,
)
# Boxes of links to other stories and other page furniture: a picture in them is a card's
# or a sidebar's, not the article's.
_LAZY["CARD_BOX_RE"] = (
    r"(?<![a-z0-9])(?:related|recommend\w*|teaser\w*|more[-_]?(?:stories|articles|news)|"
    r"read[-_]?more|read[-_]?also|also[-_]?read|trending|popular|most[-_]?read|outbrain|"
    r"taboola|recirc\w*|promo\w*|sidebar|nav|navigation|menu|footer|newsletter|share|"
    r"sharing|social|comments?|byline|author\w*|sponsor\w*|advert\w*|ads?|ad[-_]\w+|"
    r"modal|popup|overlay|paywall|login|signup|careers?|jobs?|shop|store|slots?)(?![a-z0-9])",
    re.I,
)

# --- Tags -------------------------------------------------------------------------------------

# The address of a site's page for one tag or topic: "/tag/nato", "/topics/c2x…",
# "/thema/opcw", "/de/long-covid/t-64475679", "/schlagwort/…", "/temas/…".
_LAZY["TAG_PAGE_RE"] = (
    r"/(?:tags?|topics?|themen?|thema|schlagw(?:ort|oerter)|stichw(?:ort|oerter)|keywords?|"
    r"temas?|sujets?|etiquetas?|tema|emne|aihe|onderwerp|argomenti|konu|etiket)(?:/|=)"
    r"|/t-\d+(?:$|[/?#])",
    re.I,
)

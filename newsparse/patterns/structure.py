"""The article's own parts as pages name them in class and id: the standfirst and
sub-headings typeset as paragraphs. Words in several languages, because CMS class names
follow the newsroom's language ("vorspann", "entradilla", "chapo", "ingress")."""

from __future__ import annotations

import re

# Patterns marked _LAZY compile on first use (see __init__.py): start-up should not pay
# for them.
_LAZY: dict[str, tuple[str, int]] = {}

# --- Standfirst -----------------------------------------------------------------------------------

# The standfirst / lead paragraph under the headline. Strong names say "lead" outright; weak
# ones ("subtitle", "description") also label sub-headlines and image descriptions.
_LAZY["STANDFIRST_CLASS_RE"] = (
    r"standfirst|(?<![a-z])lead(?![a-z])|lede|lead[-_]?text|intro(?:text|duction)?(?![a-z])|"
    r"(?<![a-z])dek(?![a-z])|(?<![a-z])deck(?![a-z])|teaser[-_]?text|header[-_]?teaser|"
    r"preamble|preface|vorspann|anriss|einleitung|entradilla|sumario|bajada|chapo|"
    r"chapeau|ingress|ingres|perex|strapline|first[-_]?paragraph|sommario|catenaccio|"
    r"linha[-_]?fina|manchet|zajawka|inleiding",
    re.I,
)
# "summary" and "abstract" also name key-point boxes and AI summaries: a lead-marked element
# beside them is the standfirst.
_LAZY["STANDFIRST_FAIR_RE"] = (r"summary|abstract", re.I)
_LAZY["STANDFIRST_WEAK_RE"] = (
    r"subtitle|sub[-_]?title|subhead(?:line)?|description|excerpt|(?<![a-z])spot(?![a-z])|"
    r"(?<![a-z])teaser(?![a-z])|article[-_]?desc",
    re.I,
)
# What a standfirst candidate must not be.
_LAZY["NOT_STANDFIRST_RE"] = (
    r"caption|credit|byline|author|share|social|(?<![a-z])nav|menu|breadcrumb|tags?(?![a-z])|"
    r"related|list(?!__)|teasers|newsletter|(?<![a-z])ad(?![a-z])|advert|promo|comment|"
    r"image|photo|media|video|picture|asset|tooltip|hero|gallery|lightbox|copyright|slide",
    re.I,
)

# --- Sub-headings ---------------------------------------------------------------------------------

# Sub-headings typeset as paragraphs: class names for "crosshead" in several newsroom languages.
_LAZY["SUBHEADING_CLASS_RE"] = (
    r"crosshead|sub[-_]?head(?:ing|line)?|inter[-_]?(?:title|line|titre)|intertitre|"
    r"zwischen[-_]?(?:titel|ueberschrift|überschrift|head)|ladillo|mellomtittel|mellanrubrik|"
    r"tussenkop|srodtytul|mezititulek|intertitolo|entre[-_]?titulo|inter[-_]?titulo|"
    r"mellemrubrik|ara[-_]?baslik",
    re.I,
)

"""What is never article text: photo captions and credits, boilerplate boxes by class name,
credit lines, rights notices, page tools and contact prompts."""

from __future__ import annotations

import re

# Patterns marked _LAZY compile on first use (see __init__.py): start-up should not pay
# for them.
_LAZY: dict[str, tuple[str, int]] = {}

# --- Captions and credits -------------------------------------------------------------------------

# A line that starts with one of these (and a colon) is a photo caption or credit, not a heading.
CAPTION_RE = re.compile(
    r"^(?:photo|photos|image|picture|credit|source|illustration|video|фото|фотография|"
    r"источник|иллюстрация|джерело|ілюстрація|foto|fotos|bild|quelle|crédit|crédits|"
    r"illustration|fuente|imagen)(?:\s*:|\s+(?:by|credit|von|de|par)\s)",
    re.I,
)
# A wire photo credit closing a caption: "… on Monday. REUTERS/Anna Smith". One to three
# words after the first name, split at spaces only: a hyphen both joins and split words
# once, and trying every split of "-Ab-Ab-Ab…" took cubic time.
_LAZY["PHOTO_CREDIT_RE"] = (
    r"(?:^|\s)[A-Z]{2,}(?: Photo)?\s?/\s?[A-Z][a-z]+[ \-][A-Z][\w.’'\-]+"
    r"(?: [A-Z][\w.’'\-]+){0,2}$", 0
)

# --- Boilerplate boxes (class and id, lower-cased) ------------------------------------------------

# Containers that are never article text, whatever they hold (a name starts after a letter or
# digit: "e1e566ad" is a hash, not an ad): navigation, sharing, ads,
# newsletter and consent boxes, bylines and author bios, comments, sidebars and footers.
_LAZY["BOILERPLATE_CLASS_RE"] = (
    r"(?<![a-z0-9])(?:nav|navigation|menu|breadcrumbs?|share|sharing|social|newsletter|"
    r"subscribe|subscription|signup|sign-up|advert\w*|ads?|ad[-_]\w+|\w+[-_]ads?|adslot|"
    r"sponsor\w*|promo\w*|comments?|comment[-_]\w+|byline|author\w*|"
    r"copyright|footer|sidebar|toolbar|print|"
    r"cookie\w*|consent|modal|popup|visually-hidden|sr-only|sr-label|srlabel|skip|"
    r"recirculation|werbung|anzeige|publicidad|publicite|reklame|reklama)(?![a-z])",
    re.I,
)
# Containers that are boilerplate when they hold no running text of their own: media and
# their captions, cards and widgets, fact boxes, collapsed panels, tag rows. The same names
# wrap real text on many sites (a "card" of prose, WordPress's "tag-…" classes on the article
# itself), so the text they hold decides (see html.walk). An accordion is no such name: its
# panels hold a guide's questions and answers, short or long, and are read.
_LAZY["WEAK_BOILERPLATE_CLASS_RE"] = (
    r"(?<![a-z0-9])(?:banner|meta|caption|credits?|tags?|keywords|header|widget|hidden|rating|"
    r"gallery|slideshow|video|audio|podcast|player|embed|disclaimer|correction|"
    r"image|img|photo|foto|picture|figure|lightbox|"
    r"fact|facts|factbox|infobox|info-box|expandable\w*|collaps\w*|"
    r"card|note|teaser)(?![a-z])",
    re.I,
)

# --- Lines closing the text -----------------------------------------------------------------------

# Lines that close an article with who contributed or where it ran first ("With reporting by
# …", "Mit Agenturmaterial.", "(dmk)", "© dpa-infocom …"): credits, never running text.
_LAZY["CREDIT_LINE_RE"] = (
    r"^(?:(?:with|additional)\s+(?:reporting|reports|files|material)\s+(?:by|from)|"
    r"(?:reporting|editing|writing)\s+by\s[^.]*$|"  # "Reporting by A; Editing by B", no sentence
    r"(?:this\s+(?:article|story)\s+(?:was\s+)?)?first\s+(?:published|appeared)\s+(?:in|on|by)|"
    r"mit\s+(?:agentur)?material\b|unter\s+mitarbeit\s+von|"
    r"dieser\s+artikel\s+erschien\s+zuerst|"
    r"avec\s+(?:l'|l’)?(?:afp|ap|reuters|agences?)\b|"
    r"con\s+(?:información|informacion|reportes)\s+de|©)"
    r"|^\(\s*[\w.]{2,12}(?:\s*[/,]\s*[\w.]{2,12}){0,3}\s*\)\.?$"
    r"|contributed\s+to\s+this\s+report\.?$",
    re.I,
)
# A rights notice ("© 2013 Cable News Network … All rights reserved.", "版权说明：…"): the site's
# fine print under the story, in whichever language the site speaks.
_LAZY["COPYRIGHT_RE"] = (
    r"©|\(c\)\s*(?:19|20)\d\d|all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|"
    r"tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados|"
    r"tutti\s+i\s+diritti\s+riservati|все\s+права\s+защищены|усі\s+права\s+захищені|"
    r"wszelkie\s+prawa\s+zastrzeżone|版权(?:所有|说明|声明)|著作権|무단\s*전재",
    re.I,
)

# A line of the page's tools left at the end of a saved article ("Share this article").
_LAZY["PAGE_TOOLS_RE"] = (
    r"(?:share(?: this)?(?: article| story| page)?|print(?: this)?(?: article)?|"
    r"(?:show |view |read )?comments?(?: \(\d+\))?|follow us(?: on \w+)?|back to top|"
    r"(?:artikel )?teilen|drucken|kommentare|partager(?: cet article)?|imprimer|"
    r"compartir(?: este artículo)?|imprimir|comentarios|поделиться|распечатать|комментарии|"
    r"поділитися|коментарі)[.:!]?",
    re.I,
)
# A reading-time stamp ("Estimated reading time: 4 minutes", "5 min read", "Lesezeit: 3 Min.").
_LAZY["READING_TIME_RE"] = (
    r"reading time|read time|\bmins? read\b|\bminutes? read\b|lesezeit|lesedauer|"
    r"temps de lecture|tiempo de lectura|tempo di lettura|время чтения|час читання",
    re.I,
)
# The fine print of a sign-up or consent form ("By subscribing, you agree to our Terms"), or
# of an embed waiting for consent ("Um eingebettete Inhalte anzuzeigen, ist deine …
# Einwilligung … notwendig"): the form's, never the article's.
_LAZY["CONSENT_LINE_RE"] = (
    r"^(?:by (?:signing up|subscribing|clicking|submitting|registering|continuing|entering)\b"
    r"|mit (?:der|ihrer|deiner) (?:anmeldung|registrierung)\b"
    r"|en (?:vous inscrivant|cliquant|vous abonnant)\b"
    r"|al (?:suscribirte|suscribirse|registrarte|hacer clic)\b"
    # the placeholder of an embed blocked until the reader consents
    r"|um (?:eingebettete|externe) inhalte anzuzeigen\b"
    r"|to (?:view|display|see|show) (?:this|the|embedded|external) content\b)",
    re.I,
)
# A newsletter appeal under the story ("Sign up for our newsletter …", "Like this article?
# Subscribe to our blog and get … in your inbox"): the site's promotion, in its languages.
_LAZY["NEWSLETTER_APPEAL_RE"] = (
    r"(?:^|[.!?]\s)(?:sign up|subscribe|join|get|register)\b[^.!?]{0,80}"
    r"\b(?:newsletters?|mailing list|inbox)\b"
    r"|^(?:join|subscribe to) (?:our|the) (?:\w+ )?newsletter"
    r"|(?:^|[.!?]\s)(?:abonnieren sie|melden sie sich)\b[^.!?]{0,60}\bnewsletter"
    r"|(?:^|[.!?]\s)(?:abonnez-vous|inscrivez-vous)\b[^.!?]{0,60}\b(?:newsletter|lettre)"
    r"|(?:^|[.!?]\s)(?:suscríbete|suscríbase)\b[^.!?]{0,60}\b(?:newsletter|boletín)",
    re.I,
)
# A contact address: a short paragraph holding one is a "write to us" prompt.
_LAZY["EMAIL_RE"] = (r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", 0)

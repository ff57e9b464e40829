"""Vocabularies: the words and shapes the classifiers look for, grouped by language.

Adding a language means adding its words here; the classifiers read only these tables.
"""

from __future__ import annotations

import re

# --- "Related materials" widget labels -------------------------------------------------
# Compared case-insensitively against a whole line with its trailing colon/dash removed.
RELATED_LABELS = {
    "en": [
        "related materials", "related material", "related", "related articles", "related stories",
        "related story", "related news", "related content", "related coverage", "related links",
        "related reading", "read also", "read more", "also read", "see also", "more on this",
        "more on this story", "more on this topic", "you may also like", "you might also like",
        "recommended", "recommended reading", "further reading", "more from", "more stories",
        "most read", "read next", "latest news", "top stories", "also on", "must read",
    ],
    "ru": [
        "материалы по теме", "по теме", "читайте также", "читайте еще", "читайте ещё",
        "смотрите также", "см. также", "также читайте", "также по теме", "другие материалы",
        "похожие материалы", "еще по теме", "ещё по теме", "новости по теме", "рекомендуем",
    ],
    "uk": [
        "матеріали за темою", "за темою", "читайте також", "дивіться також", "також читайте",
        "більше на тему", "новини за темою", "рекомендуємо",
    ],
    "de": [
        "mehr zum thema", "lesen sie auch", "auch interessant", "das könnte sie auch interessieren",
        "weitere artikel", "verwandte artikel", "siehe auch", "zum thema", "mehr dazu",
        "passend zum thema", "empfehlungen", "weiterlesen", "auch lesenswert",
    ],
    "fr": [
        "à lire aussi", "a lire aussi", "lire aussi", "voir aussi", "sur le même sujet",
        "articles liés", "à voir aussi", "contenus liés", "pour aller plus loin", "à lire également",
    ],
    "es": [
        "lea también", "lee también", "leer también", "ver también", "te puede interesar",
        "noticias relacionadas", "artículos relacionados", "contenido relacionado", "más información",
        "relacionado", "relacionadas", "también te puede interesar",
    ],
    "it": ["leggi anche", "articoli correlati", "potrebbe interessarti", "vedi anche"],
    "pt": ["leia também", "leia mais", "veja também", "notícias relacionadas", "saiba mais"],
    "pl": ["czytaj też", "czytaj także", "zobacz też", "zobacz także", "powiązane artykuły"],
    "nl": ["lees ook", "meer over", "gerelateerde artikelen", "zie ook"],
    "tr": ["ilgili haberler", "bunlar da ilginizi çekebilir", "ayrıca okuyun"],
}
RELATED_LABEL_SET = frozenset(label for labels in RELATED_LABELS.values() for label in labels)

# Class/id fragments that mark a related-links widget or a pull quote in HTML markup.
RELATED_CLASS_RE = re.compile(
    r"related|read[-_]?(also|more|next)|see[-_]?also|more[-_]?(on|from|stories|articles)|"
    r"recommend|teaser|also[-_]?read|further[-_]?reading|inline[-_]?links|story[-_]?links|"
    r"po[-_]?teme|lesen|weiterlesen|lire|relacionad|correlat|mehr[-_]?zum",
    re.I,
)
PULLQUOTE_CLASS_RE = re.compile(
    r"pull[-_]?quote|pullquote|quote[-_]?(box|block|card|callout)|callout|citation|"
    r"blockquote|big[-_]?quote|highlight[-_]?quote|zitat|cita",
    re.I,
)

# --- Speaker roles in quote callouts -----------------------------------------------------
# Stems: a role phrase contains a word starting with one of these (case-insensitive).
ROLE_STEMS = {
    "en": [
        "ambassador", "minister", "spokes", "president", "vice", "representative", "head",
        "chair", "director", "ceo", "cfo", "coo", "founder", "chief", "secretary", "senator",
        "deputy", "governor", "mayor", "professor", "analyst", "expert", "economist", "advisor",
        "adviser", "envoy", "official", "leader", "commander", "general", "chancellor",
        "prime", "member", "lawmaker", "congress", "mp", "researcher", "scientist", "author",
        "editor", "manager", "partner", "executive", "lawyer", "attorney", "judge", "prosecutor",
        "spokesperson", "press", "diplomat", "candidate", "strategist", "founder", "owner",
        "coach", "captain", "player", "doctor", "dr", "activist", "politician", "king", "queen",
        "pope", "patriarch", "bishop", "colonel", "lieutenant", "major", "admiral", "sergeant",
    ],
    "ru": [
        "посол", "министр", "представител", "пресс-секретар", "глав", "председател", "директор",
        "президент", "эксперт", "аналитик", "депутат", "губернатор", "мэр", "профессор", "советник",
        "генерал", "руководител", "замминистр", "заместител", "помощник", "спикер", "сенатор",
        "лидер", "политолог", "экономист", "основател", "член", "официальн", "постпред",
        "премьер", "канцлер", "секретар", "командир", "начальник", "юрист", "адвокат", "врач",
        "сотрудник", "специалист", "исследовател", "учен", "учён", "научн", "ведущ", "старш",
        "корреспондент", "журналист", "редактор", "обозревател",
    ],
    "uk": [
        "посол", "міністр", "представни", "речни", "прессекретар", "прес-секретар", "голов",
        "директор", "президент", "експерт", "аналітик", "депутат", "губернатор", "мер", "професор",
        "радни", "генерал", "керівни", "заступни", "помічни", "спікер", "лідер", "політолог",
        "економіст", "засновни", "член", "офіційн", "прем'єр", "прем’єр", "секретар", "командир",
        "начальни", "юрист", "адвокат", "лікар",
        "співробітни", "фахів", "дослідни", "вчен", "науков", "провідн", "старш", "кореспондент",
        "журналіст", "редактор", "оглядач",
    ],
    "de": [
        "botschafter", "minister", "sprecher", "präsident", "vertreter", "leiter", "vorsitz",
        "direktor", "geschäftsführer", "chef", "experte", "expertin", "analyst", "abgeordnete",
        "bürgermeister", "professor", "berater", "gesandte", "kanzler", "sekretär", "gründer",
        "ökonom", "politiker", "staatssekretär", "vize", "general", "mitglied", "anwalt", "richter",
    ],
    "fr": [
        "ambassadeur", "ambassadrice", "ministre", "porte-parole", "président", "presidente",
        "représentant", "directeur", "directrice", "chef", "expert", "analyste", "député", "maire",
        "professeur", "conseill", "envoy", "secrétaire", "fondat", "économiste", "responsable",
        "sénat", "gouverneur", "avocat", "juge", "général", "dirigeant", "membre", "vice",
    ],
    "es": [
        "embajador", "ministr", "portavoz", "presidente", "presidenta", "representante",
        "director", "jefe", "jefa", "experto", "experta", "analista", "diputad", "alcalde",
        "profesor", "asesor", "enviad", "secretari", "fundador", "economista", "senador",
        "gobernador", "abogad", "juez", "general", "dirigente", "miembro", "vice", "responsable",
        "canciller", "vocero", "vocera", "consejer",
    ],
}
ROLE_STEM_TUPLE = tuple(sorted({s for stems in ROLE_STEMS.values() for s in stems}, key=len))

# --- Datelines ---------------------------------------------------------------------------
# Word that introduces an explicit date on the headline line ("date 2023-02-17 Headline").
DATE_WORDS = r"(?:date|dated|дата|датa|дата публикации|datum|fecha|data|date de publication)"

# News agencies, as they appear inside or after a dateline.
AGENCIES = [
    "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Bloomberg", "dpa",
    "DPA", "APA", "ANSA", "EFE", "Europa Press", "Xinhua", "Kyodo", "Yonhap", "UPI", "PTI",
    "IANS", "ANI", "TASS", "ТАСС", "РИА Новости", "RIA Novosti", "Интерфакс", "Interfax",
    "Укрінформ", "Ukrinform", "УНІАН", "UNIAN", "ПРАЙМ", "РБК", "RBC", "ИТАР-ТАСС", "KNA",
    "epd", "sda", "SDA", "Belga", "ANP", "NTB", "TT", "Ritzau", "STT", "PAP", "CTK", "ČTK",
    "MTI", "Anadolu", "AA", "Agerpres", "BTA", "Tanjug", "HINA", "Lusa", "CNA", "Bernama",
    "Antara", "AAP", "NZPA", "CP", "Canadian Press", "BNO", "Sputnik", "Baltnews", "БелТА",
    "Kazinform", "Trend", "APA-Media",
]
AGENCY_ALT = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))

# Month names and abbreviations -> month number, lower-case keys.
MONTHS: dict[str, int] = {}
for _names in (
    # English
    "jan january|feb february|mar march|apr april|may|jun june|jul july|aug august|"
    "sep sept september|oct october|nov november|dec december",
    # French
    "janv janvier|févr fevr février fevrier|mars|avr avril|mai|juin|juil juillet|août aout|"
    "sept septembre|oct octobre|nov novembre|déc dec décembre decembre",
    # Spanish
    "ene enero|feb febrero|mar marzo|abr abril|may mayo|jun junio|jul julio|ago agosto|"
    "sep sept septiembre setiembre|oct octubre|nov noviembre|dic diciembre",
    # German
    "jan januar jänner|feb februar|mär märz maerz|apr april|mai|jun juni|jul juli|aug august|"
    "sep sept september|okt oktober|nov november|dez dezember",
    # Russian (nominative, genitive and short forms)
    "янв январь января|фев февр февраль февраля|мар март марта|апр апрель апреля|мая май|"
    "июн июнь июня|июл июль июля|авг август августа|сен сент сентябрь сентября|"
    "окт октябрь октября|ноя нояб ноябрь ноября|дек декабрь декабря",
    # Ukrainian
    "січ січень січня|лют лютий лютого|бер березень березня|кві квітень квітня|"
    "тра травень травня|чер червень червня|лип липень липня|сер серпень серпня|"
    "вер вересень вересня|жов жовтень жовтня|лис листопад листопада|гру грудень грудня",
).__iter__():
    for _i, _group in enumerate(_names.split("|"), start=1):
        for _word in _group.split():
            MONTHS.setdefault(_word, _i)
MONTH_ALT = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))

# --- Language identification -------------------------------------------------------------
# Frequent function words; the language whose words cover most tokens wins.
STOPWORDS = {
    "en": "the of and to in a is that for on with as was by it at from he said be are this have".split(),
    "ru": "и в не на что с по как это он к из за о его от для но то все был она так".split(),
    "uk": "і в не на що з по як це він до із за про його від для але та все був вона та є".split(),
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch".split(),
    "fr": "le la les de des et à en un une du est que pour dans qui sur par pas au avec".split(),
    "es": "el la de que y en los del se las por un una para con no es al lo como su".split(),
    "it": "il di che e la per un in è del non una sono della le con si da al".split(),
    "pt": "o de que e do da em um para é com não uma os no se na por mais as".split(),
    "nl": "de het een van en in is dat op te voor met zijn niet aan er ook als".split(),
    "pl": "w i na nie z się do to że jest o jak po co ale od za przez".split(),
    "tr": "ve bir bu da de için ile olarak çok daha gibi en ne var olan".split(),
    "sv": "och i att det som en på är av för med till den har inte om".split(),
    "da": "og i at det en den til er som på de med for af ikke har".split(),
}

# --- HTML markup vocabularies (htmlextract / htmlmeta / htmlwidgets) ------------------------
# Matched against an element's class and id (lower-cased). Words in several languages, because
# CMS class names follow the newsroom's language ("vorspann", "entradilla", "chapo", "ingress").

# "By", "Von", "Por", "Par", ... before author names in a byline.
BYLINE_PREFIX_RE = (
    r"^(?:written\s+by|reported\s+by|by|von|por|par|door|af|av|di|da|de|przez|tekst|text|"
    r"autor(?:in|a)?|author|authors|yazan|от|автор|текст)\s*:?\s+"
)

# The standfirst / lead paragraph under the headline. Strong names say "lead" outright; weak
# ones ("subtitle", "description") also label sub-headlines and image descriptions.
STANDFIRST_CLASS_RE = re.compile(
    r"standfirst|(?<![a-z])lead(?![a-z])|lede|lead[-_]?text|intro(?:text|duction)?(?![a-z])|"
    r"(?<![a-z])dek(?![a-z])|(?<![a-z])deck(?![a-z])|summary|teaser[-_]?text|header[-_]?teaser|"
    r"abstract|preamble|preface|vorspann|anriss|einleitung|entradilla|sumario|bajada|chapo|"
    r"chapeau|ingress|ingres|perex|strapline|first[-_]?paragraph",
    re.I,
)
STANDFIRST_WEAK_RE = re.compile(
    r"subtitle|sub[-_]?title|subhead(?:line)?|description|excerpt|(?<![a-z])spot(?![a-z])|"
    r"(?<![a-z])teaser(?![a-z])|article[-_]?desc",
    re.I,
)
# What a standfirst candidate must not be.
NOT_STANDFIRST_RE = re.compile(
    r"caption|credit|byline|author|share|social|(?<![a-z])nav|menu|breadcrumb|tags?(?![a-z])|"
    r"related|list|teasers|newsletter|(?<![a-z])ad(?![a-z])|advert|promo|comment|"
    r"image|photo|media|video|picture|asset|tooltip|hero|gallery|lightbox|copyright|slide",
    re.I,
)

# Containers that are never article text: navigation, sharing, ads, newsletter boxes, bylines,
# captions, comments, tags, paywall notices.
BOILERPLATE_CLASS_RE = re.compile(
    r"(?<![a-z])(?:nav|navigation|menu|breadcrumbs?|share|sharing|social|newsletter|"
    r"subscribe|subscription|signup|sign-up|advert\w*|ads?|ad[-_]\w+|\w+[-_]ads?|adslot|banner|"
    r"sponsor\w*|promo\w*|comments?|comment[-_]\w+|byline|author\w*|meta|caption|"
    r"credits?|copyright|tags?|keywords|footer|header|sidebar|widget|toolbar|print|"
    r"cookie\w*|consent|modal|popup|hidden|visually-hidden|sr-only|sr-label|srlabel|skip|rating|"
    r"gallery|slideshow|video|audio|podcast|player|embed|disclaimer|correction|"
    r"image|img|photo|foto|picture|figure|lightbox|"
    r"fact|facts|factbox|infobox|info-box|expandable\w*|collaps\w*|accordion|recirculation|"
    r"card|note|teaser|"
    r"werbung|anzeige|publicidad|publicite|reklame|reklama)(?![a-z])",
    re.I,
)

# Embedded social posts: quoted, but never pull quotes.
SOCIAL_EMBED_RE = re.compile(
    r"twitter|tweet|instagram|tiktok|facebook|fb-post|reddit|bluesky|mastodon|threads|"
    r"social[-_]?embed|embed[-_]?social|youtube|telegram",
    re.I,
)

# Byline / author boxes.
BYLINE_CLASS_RE = re.compile(r"byline|author|autor|verfasser|firma|forfatter|skribent", re.I)

# Sub-headings typeset as paragraphs: class names for "crosshead" in several newsroom languages.
SUBHEADING_CLASS_RE = re.compile(
    r"crosshead|sub[-_]?head(?:ing|line)?|inter[-_]?(?:title|line|titre)|intertitre|"
    r"zwischen[-_]?(?:titel|ueberschrift|überschrift|head)|ladillo|mellomtittel|mellanrubrik|"
    r"tussenkop|srodtytul|mezititulek",
    re.I,
)

"""Vocabularies: the words and shapes the classifiers look for, grouped by language.

Adding a language means adding its words here; the classifiers read only these tables.
"""

from __future__ import annotations

import re

# Patterns many inputs never need (HTML class names, patronymics, photo credits), compiled
# on first use (module `__getattr__`): start-up should not pay for them. Each is then an
# ordinary module attribute.
_LAZY: dict[str, tuple[str, int]] = {}


def __getattr__(name: str) -> re.Pattern[str]:
    """Compile a pattern of `_LAZY` the first time it is asked for."""
    try:
        pattern, flags = _LAZY[name]  # not pop: two threads may ask at once
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    compiled = globals()[name] = re.compile(pattern, flags)
    return compiled


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
        "related topics", "related reports", "see more", "more news", "editor's picks",
        "recommended stories", "what to read next", "more coverage",
    ],
    "ru": [
        "материалы по теме", "по теме", "читайте также", "читайте еще", "читайте ещё",
        "смотрите также", "см. также", "также читайте", "также по теме", "другие материалы",
        "похожие материалы", "еще по теме", "ещё по теме", "новости по теме", "рекомендуем",
        "читайте по теме", "читать также", "смотрите по теме", "еще материалы", "ещё материалы",
    ],
    "uk": [
        "матеріали за темою", "за темою", "читайте також", "дивіться також", "також читайте",
        "більше на тему", "новини за темою", "рекомендуємо", "читати також", "по темі",
        "більше новин", "також за темою", "читайте також по темі",
    ],
    "de": [
        "mehr zum thema", "lesen sie auch", "auch interessant", "das könnte sie auch interessieren",
        "weitere artikel", "verwandte artikel", "siehe auch", "zum thema", "mehr dazu",
        "passend zum thema", "empfehlungen", "weiterlesen", "auch lesenswert", "lesen sie mehr",
        "weitere nachrichten", "mehr lesen", "das könnte sie interessieren", "lesen sie dazu",
        "auch lesen", "verwandte themen", "mehr zu diesem thema",
    ],
    "fr": [
        "à lire aussi", "a lire aussi", "lire aussi", "voir aussi", "sur le même sujet",
        "articles liés", "à voir aussi", "contenus liés", "pour aller plus loin",
        "à lire également", "voir également", "à voir", "sur le même thème", "à lire",
        "lire également", "à découvrir",
    ],
    "es": [
        "lea también", "lee también", "leer también", "ver también", "te puede interesar",
        "noticias relacionadas", "artículos relacionados", "contenido relacionado",
        "más información",
        "relacionado", "relacionadas", "también te puede interesar", "leer más", "más noticias",
        "puede interesarte", "quizás te interese", "te recomendamos", "lee además", "lea además",
        "noticia relacionada", "también puede interesarle",
    ],
    "it": ["leggi anche", "articoli correlati", "potrebbe interessarti", "vedi anche",
           "ti potrebbe interessare", "per approfondire", "sullo stesso argomento", "leggi pure"],
    "pt": ["leia também", "leia mais", "veja também", "notícias relacionadas", "saiba mais",
           "leia ainda", "confira também", "veja mais", "mais sobre o assunto"],
    "pl": ["czytaj też", "czytaj także", "zobacz też", "zobacz także", "powiązane artykuły",
           "przeczytaj też", "przeczytaj także", "polecamy", "więcej na ten temat"],
    "nl": ["lees ook", "meer over", "gerelateerde artikelen", "zie ook", "lees ook dit",
           "meer nieuws over"],
    "tr": ["ilgili haberler", "bunlar da ilginizi çekebilir", "ayrıca okuyun", "bunu da okuyun",
           "benzer haberler", "ilginizi çekebilir"],
    "cs": ["čtěte také", "čtěte též", "přečtěte si také", "související články",
           "mohlo by vás zajímat"],
    "nb": ["les også", "les mer", "relaterte saker", "mer om"],
    "da": ["læs også", "læs mere", "relaterede artikler"],
    "sv": ["läs också", "läs mer", "relaterade artiklar"],
}
RELATED_LABEL_SET = frozenset(label for labels in RELATED_LABELS.values() for label in labels)
RELATED_FIRST_WORDS = frozenset(label.split()[0].rstrip(".") for label in RELATED_LABEL_SET)

# Class/id fragments that mark a related-links widget or a pull quote in HTML markup.
_LAZY["RELATED_CLASS_RE"] = (
    r"related|read[-_]?(also|more|next)|see[-_]?also|more[-_]?(on|from|stories|articles)|"
    r"recommend|teaser|also[-_]?read|further[-_]?reading|inline[-_]?links|story[-_]?links|"
    r"po[-_]?teme|lesen|weiterlesen|lire|relacionad|correlat|mehr[-_]?zum|powiazan|"
    r"gerelateerd|ilgili|souvisejic|leia[-_]?tambem|leggi[-_]?anche|lees[-_]?ook|les[-_]?ogsa",
    re.I,
)
_LAZY["PULLQUOTE_CLASS_RE"] = (
    r"pull[-_]?quote|pullquote|quote[-_]?(box|block|card|callout)|callout|citation|"
    r"blockquote|big[-_]?quote|highlight[-_]?quote|zitat|cita|cytat|alinti",
    re.I,
)

# First- and second-person words: speech, which a pull quote is and a heading rarely is.
SPEECH_WORDS = frozenset("""
i i'm i've i'll we we're we've we'll my our us me you your
ich wir mich mir uns unser unsere mein meine
je nous j'ai moi notre nos mon ma mes vous votre vos
yo nosotros nosotras mi mis nuestro nuestra nuestros nuestras me nos usted ustedes
я мы мне нас наш наша наше наши мой моя моё мои вы вас вам ваш
я ми мені нас наш наша наше наші мій моя моє мої ви вас вам ваш
""".split())

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
        "officer", "resident", "student", "teacher", "worker", "farmer", "voter", "witness",
        "survivor", "veteran", "volunteer", "citizen", "governor", "superintendent", "commissioner",
        "councillor", "councilor", "council", "trustee", "board", "principal", "head", "emeritus",
        "fellow", "lecturer", "historian", "physician", "nurse", "engineer", "founder", "chairman",
        "chairwoman", "spokesman", "spokeswoman", "senior", "junior", "assistant", "associate",
        "un", "eu", "nato", "ceo", "cto", "prime", "correspondent", "reporter", "writer",
        "columnist", "contributor", "desk", "bureau", "journalist",
    ],
    "ru": [
        "посол", "министр", "представител", "пресс-секретар", "глав", "председател", "директор",
        "президент", "эксперт", "аналитик", "депутат", "губернатор", "мэр", "профессор", "советник",
        "генерал", "руководител", "замминистр", "заместител", "помощник", "спикер", "сенатор",
        "лидер", "политолог", "экономист", "основател", "член", "официальн", "постпред",
        "премьер", "канцлер", "секретар", "командир", "начальник", "юрист", "адвокат", "врач",
        "сотрудник", "специалист", "исследовател", "учен", "учён", "научн", "ведущ", "старш",
        "корреспондент", "журналист", "редактор", "обозревател", "глава", "министерств",
        "официальный", "замглав", "вице", "гендиректор", "генеральн", "главн", "бывш", "экс",
        "житель", "жительниц", "участни", "ветеран", "волонтер", "волонтёр",
    ],
    "uk": [
        "посол", "міністр", "представни", "речни", "прессекретар", "прес-секретар", "голов",
        "директор", "президент", "експерт", "аналітик", "депутат", "губернатор", "мер", "професор",
        "радни", "генерал", "керівни", "заступни", "помічни", "спікер", "лідер", "політолог",
        "економіст", "засновни", "член", "офіційн", "прем'єр", "прем’єр", "секретар", "командир",
        "начальни", "юрист", "адвокат", "лікар",
        "співробітни", "фахів", "дослідни", "вчен", "науков", "провідн", "старш", "кореспондент",
        "журналіст", "редактор", "оглядач", "голова", "міськ", "віце", "генеральн", "головн",
        "колишн", "мешкан", "учасни", "ветеран", "волонтер", "речниця", "речник",
    ],
    "de": [
        "botschafter", "minister", "sprecher", "präsident", "vertreter", "leiter", "vorsitz",
        "direktor", "geschäftsführer", "chef", "experte", "expertin", "analyst", "abgeordnete",
        "bürgermeister", "professor", "berater", "gesandte", "kanzler", "sekretär", "gründer",
        "ökonom", "politiker", "staatssekretär", "vize", "general", "mitglied", "anwalt", "richter",
        "bundeskanzler", "bundesminister", "bundespräsident", "bundestags", "landes", "regierung",
        "ministerpräsident", "chefin", "leiterin", "sprecherin", "präsidentin", "vorstand",
        "oberbürgermeister", "bürgermeisterin", "fraktionschef", "parteichef",
        "korrespondent", "redakteur", "reporter", "autorin",
    ],
    "fr": [
        "ambassadeur", "ambassadrice", "ministre", "porte-parole", "président", "presidente",
        "représentant", "directeur", "directrice", "chef", "expert", "analyste", "député", "maire",
        "professeur", "conseill", "envoy", "secrétaire", "fondat", "économiste", "responsable",
        "sénat", "gouverneur", "avocat", "juge", "général", "dirigeant", "membre", "vice",
        "présidente", "secrétaire", "délégué", "chercheu", "maire", "ancien", "ancienne",
        "patron", "élu", "haut", "haute", "rapporteu", "rapporteur", "adjoint", "élue",
        "premier", "première", "pdg", "dg", "correspondant", "journaliste", "rédact",
    ],
    "es": [
        "embajador", "ministr", "portavoz", "presidente", "presidenta", "representante",
        "director", "jefe", "jefa", "experto", "experta", "analista", "diputad", "alcalde",
        "profesor", "asesor", "enviad", "secretari", "fundador", "economista", "senador",
        "gobernador", "abogad", "juez", "general", "dirigente", "miembro", "vice", "responsable",
        "canciller", "vocero", "vocera", "consejer", "gobernador", "secretario", "secretaria",
        "delegad", "investigador", "ex", "alcaldesa", "coordinador", "catedrátic", "concejal",
        "regidor", "edil", "consejal", "corresponsal", "periodista", "redactor",
    ],
}
ROLE_STEM_TUPLE = tuple(sorted({s for stems in ROLE_STEMS.values() for s in stems}, key=len))
# A capitalised word is a role word rather than part of a name when it starts with one of
# these longer stems ("Ambassador", "Президент"); short stems ("head", "dr") would catch
# names like "Headley" or "Drew", so those count only as whole words.
ROLE_PREFIX_TUPLE = tuple(s for s in ROLE_STEM_TUPLE if len(s) >= 5)
ROLE_WORD_SET = frozenset(ROLE_STEM_TUPLE)
# German compounds put the role last: "Gesundheitsminister", "Regierungssprecherin".
ROLE_SUFFIXES = (
    "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "sprecher",
    "sprecherin", "chef", "chefin", "leiter", "leiterin", "vorsitzende", "vorsitzender",
    "experte", "expertin", "direktor", "direktorin", "botschafter", "botschafterin",
    # scholars in every language: "virologist", "Virologin", "политолог", "politóloga"
    "ologist", "ologe", "ologin", "олог", "ologue", "ólogo", "óloga", "forscher", "forscherin",
    "wissenschaftler", "wissenschaftlerin", "ärztin", "arzt", "redakteur", "redakteurin",
    "korrespondent", "korrespondentin", "reporterin",
)
# Inside a role phrase, which is lower-case running words, four-letter stems are safe too.
ROLE_PHRASE_PREFIX_TUPLE = tuple(s for s in ROLE_STEM_TUPLE if len(s) >= 4)

# Titles written before a name; a callout's speaker keeps them ("Dr. Anna Weber").
HONORIFICS = frozenset(
    "dr. dr prof. prof mr. mrs. ms. sir dame lord lady mme mme. m. herr frau sr. sra. д-р проф."
    .split()
)
# Small words that may sit inside a name: "Ursula von der Leyen", "Pablo Hernández de Cos".
NAME_PARTICLES = frozenset(
    "von van der den de del della di da das dos du la le los las bin ibn al el ter ten y zu"
    .split()
)
# Articles: a capitalised word right after one is a noun ("die Kommunen"), not a first name.
# (French and Spanish "la", "le", "los" stay out: they sit inside names, "de la Tour".)
DETERMINERS = frozenset(
    "the a an this these those der die das den dem des ein eine einen einem einer eines "
    "jeder jede jedes dieser diese dieses".split()
)
# Endings of patronymics ("Анатольевич", "Іванівна"): a name that has one runs on a word.
_LAZY["PATRONYMIC_RE"] = (r"(?:ович|евич|ьич|овна|евна|ична|инична|йович|ївна|івна)$", 0)
# Nationality adjectives, which may start a capitalised role ("German Ambassador"). Endings
# like "-ian" also end first names (Brian, Julian), so those are listed word by word.
DEMONYM_SUFFIXES = ("ese", "ish")
DEMONYMS = frozenset(
    "american russian ukrainian canadian indian italian australian brazilian iranian syrian "
    "egyptian belarusian georgian armenian hungarian norwegian nigerian colombian venezuelan "
    "german mexican korean european african asian israeli palestinian saudi iraqi afghan "
    "pakistani turkish french dutch greek swiss belgian austrian czech slovak serbian croatian "
    "romanian bulgarian estonian latvian lithuanian moldovan kazakh uzbek chilean peruvian "
    "argentine argentinian cuban qatari emirati lebanese jordanian libyan tunisian moroccan "
    "algerian ethiopian kenyan ugandan nepali thai indonesian malaysian filipino "
    "russische russischer deutsche deutscher französische französischer chinesische "
    "ukrainische amerikanische".split()
)
# A role phrase does not start with a conjunction or a verb: "… Anna Smith and the minister".
ROLE_START_BLOCKERS = frozenset(
    "and or but said says told added who which is was are were has had will would "
    "и или но а сказал заявил сказала заявила который которая і або та але сказав заявив "
    "und oder aber sagte sagt ist war hat et ou mais dit est y o pero dijo dice es fue ha".split()
)

# A quote callout's text does not end with one of these: when it seems to, the "name" is
# the object of a running sentence ("presented by the chief officer Laura Jennings").
QUOTE_END_BLOCKERS = frozenset(
    # en ("on", "in" stay out: "the fight goes on" ends quotes)
    "the a an of to at by for with from and or but as than that about into said says "
    "told added noted according including like featuring via among between "
    # ru / uk
    "в во на с со по к ко о об от для и или но что как за из у при заявил сказал отметил "
    "сообщил добавил заявила сказала отметила включая среди между і й та з із до про від що "
    "як заявив сказав серед між "
    # de
    "der die das den dem des ein eine einer und oder von zu mit bei für auf nach sagte wie "
    "darunter zwischen "
    # fr
    "le la les un une des du au aux et ou à en par pour avec sur dit selon de dont comme "
    "parmi entre "
    # es
    "el los las unos unas del al y o por para con sobre dijo según a como incluido entre".split()
)

# --- Bylines -------------------------------------------------------------------------------
# A short line right after the headline that names the authors: "By Anna Smith and Tom Brown".
BYLINE_RE = re.compile(
    r"^(?:by|von|par|por|per|door|автор(?:ы)?|автори|текст|author(?:s)?|autor(?:in|en)?|auteur)"
    r"\s*:?\s+(?P<names>.+)$",
    re.I,
)
# Words that join several authors on a byline.
_LAZY["BYLINE_JOIN_RE"] = (
    r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\bи\b|\bі\b|\bта\b)\s*", 0)

# --- Headings ------------------------------------------------------------------------------
# A line that starts with one of these (and a colon) is a photo caption or credit, not a heading.
CAPTION_RE = re.compile(
    r"^(?:photo|photos|image|picture|credit|source|illustration|video|фото|фотография|"
    r"источник|иллюстрация|джерело|ілюстрація|foto|fotos|bild|quelle|crédit|crédits|"
    r"illustration|fuente|imagen)(?:\s*:|\s+(?:by|credit|von|de|par)\s)",
    re.I,
)
# A wire photo credit closing a caption: "… on Monday. REUTERS/Anna Smith".
_LAZY["PHOTO_CREDIT_RE"] = (
    r"(?:^|\s)[A-Z]{2,}(?: Photo)?\s?/\s?[A-Z][a-z]+(?:[ \-][A-Z][\w.’'\-]+){1,3}$", 0
)

# --- Datelines ---------------------------------------------------------------------------
# Word that introduces an explicit date on the headline line ("date 2023-02-17 Headline").
DATE_WORDS = (
    r"(?:date de publication|дата публикации|дата публікації|published|publié le|veröffentlicht|"
    r"publicado|date|dated|дата|datum|fecha|data|опубликовано|опубліковано)"
)

# Capitalised words that open a paragraph like a dateline place but are story labels.
NOT_PLACES = frozenset(
    "BREAKING UPDATE UPDATED EXCLUSIVE ANALYSIS OPINION WATCH LIVE VIDEO PHOTOS FACTBOX "
    "EXPLAINER CORRECTED CORRECTION NOTE EDITOR'S ADVISORY URGENT FLASH NATO EU UN US UK "
    "МОЛНИЯ СРОЧНО ЭКСКЛЮЗИВ ОБНОВЛЕНО ТЕРМІНОВО ЕКСКЛЮЗИВ EILMELDUNG EXKLUSIV URGENTE "
    "EXCLUSIF EXCLUSIVA ÚLTIMA".split()
)

# News agencies, as they appear inside or after a dateline.
AGENCIES = [
    "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Bloomberg", "dpa",
    "DPA", "APA", "ANSA", "EFE", "Europa Press", "Xinhua", "Kyodo", "Yonhap", "UPI", "PTI",
    "IANS", "ANI", "TASS", "ТАСС", "РИА Новости", "RIA Novosti", "Интерфакс", "Interfax",
    "Укрінформ", "Ukrinform", "УНІАН", "UNIAN", "ПРАЙМ", "ИТАР-ТАСС", "KNA",
    "epd", "sda", "SDA", "Belga", "ANP", "NTB", "TT", "Ritzau", "STT", "PAP", "CTK", "ČTK",
    "MTI", "Anadolu", "AA", "Agerpres", "BTA", "Tanjug", "HINA", "Lusa", "CNA", "Bernama",
    "Antara", "AAP", "NZPA", "CP", "Canadian Press", "BNO", "Sputnik", "Baltnews", "БелТА",
    "Kazinform", "Trend", "APA-Media", "EUROPA PRESS", "Reuters/AP", "УНИАН", "Укринформ",
    "Belta", "ANSA", "Notimex", "Telam", "Télam", "EFE/AFP", "AFP/dpa", "dpa/AFP", "Keystone-SDA",
    "CNN", "BBC", "NEXTA", "Ritzau", "Reuters Breakingviews", "INTERFAX.RU", "ИНТЕРФАКС",
    "Interfax-Ukraine", "Інтерфакс-Україна", "Интерфакс-Украина",
    # Arabic spellings of the wires and the Gulf and Levant agencies
    "رويترز", "أ ف ب", "أ.ف.ب", "فرانس برس", "أسوشيتد برس", "الأناضول", "د ب أ", "سانا", "وام",
    "واس", "قنا", "كونا", "بترا", "شينخوا",
]
# Case-folded, for "is this an agency" tests.
AGENCY_KEYS = frozenset(a.casefold() for a in AGENCIES)
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
# Letters only one language of a group uses: they settle ru vs uk, and help among Latin scripts.
DISTINCT_LETTERS = {
    "uk": "іїєґ",
    "ru": "ыэёъ",
    "de": "äöüß",
    "fr": "èêçœàâîûù",
    "es": "ñ¿¡áíóú",
}

# Frequent function words; the language whose words cover most tokens wins.
STOPWORDS = {
    "en": "the of and to in a is that for on with as was by it at from he said be are this have"
    .split(),
    "ru": "и в не на что с по как это он к из за о его от для но то все был она так".split(),
    "uk": "і в не на що з по як це він до із за про його від для але та все був вона є у"
    .split(),
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch"
    .split(),
    "fr": "le la les de des et à en un une du est que pour dans qui sur par pas au avec".split(),
    "es": "el la de que y en los del se las por un una para con no es al lo como su".split(),
    "it": "il di che e la per un in è del non una sono della le con si da al".split(),
    "pt": "o de que e do da em um para é com não uma os no se na por mais as".split(),
    "nl": "de het een van en in is dat op te voor met zijn niet aan er ook als".split(),
    "pl": "w i na nie z się do to że jest o jak po co ale od za przez".split(),
    "tr": "ve bir bu da de için ile olarak çok daha gibi en ne var olan".split(),
    "sv": "och i att det som en på är av för med till den har inte om".split(),
    "cs": "a v se na je že s z do o k to i jako pro by ve ze podle také".split(),
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

# Containers that are never article text: navigation, sharing, ads, newsletter boxes, bylines,
# captions, comments, tags, paywall notices.
_LAZY["BOILERPLATE_CLASS_RE"] = (
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
_LAZY["SOCIAL_EMBED_RE"] = (
    r"twitter|tweet|instagram|tiktok|facebook|fb-post|reddit|bluesky|mastodon|threads|"
    r"social[-_]?embed|embed[-_]?social|youtube|telegram",
    re.I,
)

# The address of a post on a social platform: what an embedded post's blockquote links to.
_LAZY["SOCIAL_POST_URL_RE"] = (
    r"(?:twitter|x)\.com/\w+/status/|instagram\.com/(?:p|reel|tv)/|tiktok\.com/@[^/]+/video/|"
    r"facebook\.com/[^/]+/(?:posts|videos)/|t\.me/\w+/\d|bsky\.app/profile/[^/]+/post/|"
    r"threads\.(?:net|com)/@[^/]+/post/|youtube\.com/watch|youtu\.be/",
    re.I,
)

# Byline / author boxes.
_LAZY["BYLINE_CLASS_RE"] = (r"byline|author|autor|verfasser|firma|forfatter|skribent", re.I)

# Sub-headings typeset as paragraphs: class names for "crosshead" in several newsroom languages.
_LAZY["SUBHEADING_CLASS_RE"] = (
    r"crosshead|sub[-_]?head(?:ing|line)?|inter[-_]?(?:title|line|titre)|intertitre|"
    r"zwischen[-_]?(?:titel|ueberschrift|überschrift|head)|ladillo|mellomtittel|mellanrubrik|"
    r"tussenkop|srodtytul|mezititulek|intertitolo|entre[-_]?titulo|inter[-_]?titulo|"
    r"mellemrubrik|ara[-_]?baslik",
    re.I,
)

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
# Words a page sets after a byline's name: its "Follow" button, the weekday of the date.
BYLINE_TAIL_WORDS = frozenset(
    "follow folgen suivre seguir segui følg följ volg obserwuj подписаться підписатися "
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch "
    "donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo today yesterday heute gestern "
    "hier aujourd'hui hoy ayer oggi ieri сегодня вчера сьогодні вчора".split())
# Words that open a role before its noun ("Leitender Redakteur", "Senior Correspondent").
ROLE_ADJECTIVES = frozenset(
    "senior chief lead leading principal special foreign political staff deputy "
    "leitender leitende stellvertretender stellvertretende freier freie politischer "
    "politische ständiger ständige".split())
# A link to a writer's own page: "/author/jane-doe", "/autoren/…", "/autor/…", "/people/…".
_LAZY["AUTHOR_PAGE_RE"] = (
    r"/(?:authors?|autor(?:en|in|es|as|i|e)?|auteurs?|journalist(?:s|en|er)?|redakteur(?:e|in)?|"
    r"reporters?|writers?|people|profiles?|profil|forfatter[e]?|skribent(?:er)?|avtor|авторы?|"
    r"staff)/[^/?#]+",
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
# A contact address: a short paragraph holding one is a "write to us" prompt.
_LAZY["EMAIL_RE"] = (r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", 0)

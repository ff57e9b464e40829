"""Related-materials widgets and pull quotes: the labels pages set over related links, in
each language, and the class names of related boxes, pull quotes and social embeds."""

from __future__ import annotations

import re

# Patterns marked _LAZY compile on first use (see __init__.py): start-up should not pay
# for them.
_LAZY: dict[str, tuple[str, int]] = {}

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
        "related posts", "related post", "read more stories", "keep reading", "you may like",
        "you might like", "you may also like these", "you may also be interested",
        "you might also be interested", "other interesting articles", "also worth checking out",
        "check also", "learn more", "more to read", "recommended for you", "also worth reading",
        "more on the topic", "related terms", "learn more about", "read more about",
        "latest on",
        "read more on", "you may also be interested in", "you might also be interested in",
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
        "ähnliche artikel", "ähnliche beiträge", "ähnliche nachrichten", "ähnliche themen",
        "ähnliche", "lest auch", "passend zum artikel", "passend dazu", "die redaktion empfiehlt",
    ],
    "fr": [
        "à lire aussi", "a lire aussi", "lire aussi", "voir aussi", "sur le même sujet",
        "articles liés", "à voir aussi", "contenus liés", "pour aller plus loin",
        "à lire également", "voir également", "à voir", "sur le même thème", "à lire",
        "lire également", "à découvrir",
        "à découvrir également", "à découvrir aussi", "la rédaction vous conseille",
        "à voir également", "vous aimerez aussi",
    ],
    "es": [
        "lea también", "lee también", "leer también", "ver también", "te puede interesar",
        "noticias relacionadas", "artículos relacionados", "contenido relacionado",
        "más información",
        "relacionado", "relacionadas", "también te puede interesar", "leer más", "más noticias",
        "puede interesarte", "quizás te interese", "te recomendamos", "lee además", "lea además",
        "noticia relacionada", "también puede interesarle",
        "también te puede gustar", "más sobre este tema", "te podría interesar",
    ],
    "it": ["leggi anche", "articoli correlati", "potrebbe interessarti", "vedi anche",
           "ti potrebbe interessare", "per approfondire", "sullo stesso argomento", "leggi pure",
           "articoli simili", "potrebbe interessarti anche"],
    "pt": ["leia também", "leia mais", "veja também", "notícias relacionadas", "saiba mais",
           "leia ainda", "confira também", "veja mais", "mais sobre o assunto",
           "você pode gostar", "relacionadas", "notícias relacionadas"],
    "pl": ["czytaj też", "czytaj także", "zobacz też", "zobacz także", "powiązane artykuły",
           "przeczytaj też", "przeczytaj także", "polecamy", "więcej na ten temat",
           "czytaj więcej", "powiązane", "zobacz również", "czytaj również",
           "przeczytaj również"],
    "nl": ["lees ook", "meer over", "gerelateerde artikelen", "zie ook", "lees ook dit",
           "meer nieuws over", "lees verder", "lees meer", "gerelateerd", "ook interessant"],
    "tr": ["ilgili haberler", "bunlar da ilginizi çekebilir", "ayrıca okuyun", "bunu da okuyun",
           "benzer haberler", "ilginizi çekebilir"],
    "cs": ["čtěte také", "čtěte též", "přečtěte si také", "související články",
           "mohlo by vás zajímat", "související", "další články", "čtěte více"],
    "nb": ["les også", "les mer", "relaterte saker", "mer om", "relatert"],
    "da": ["læs også", "læs mere", "relaterede artikler", "relateret"],
    "sv": ["läs också", "läs mer", "relaterade artiklar", "relaterat", "läs även"],
    "ja": ["関連記事", "関連ニュース", "あわせて読みたい", "こちらもおすすめ"],
}
# Labels of lists that are the same on every article of a site (the latest, the most read,
# an author's or a section's feed), of topic-tag rows and of ad slots. A box under one of
# them is no related reading, whatever its markup (compared like RELATED_LABELS; a label
# starting with one of them counts too).
FEED_LABELS = (
    "most read", "most popular", "most viewed", "most shared", "most commented", "popular",
    "popular articles", "popular stories", "popular now", "trending", "trending now",
    "latest", "latest news", "latest stories", "latest articles", "top stories", "top news",
    "more from", "more stories from", "editor's picks", "editors' picks", "just in",
    "meistgelesen", "meistgelesene artikel", "am meisten gelesen", "aktuelle news",
    "neueste artikel", "top-themen", "les plus lus", "les plus populaires",
    "à la une", "dernières actualités", "lo más leído", "lo más visto", "últimas noticias",
    "самое читаемое", "популярное", "последние новости", "più letti", "mais lidas",
    "najczęściej czytane", "meest gelezen", "mest lest", "mest läst", "mest læste",
    # topic-tag rows: keyword links, not stories
    "related topics", "topics", "tags", "themen", "relevante themen", "schlagworte",
    "mots-clés", "sujets", "etiquetas", "temas", "темы", "теги", "argomenti", "tagi",
    # advertising and sponsored slots
    "annonce", "anzeige", "advertisement", "sponsored", "reklame", "publicité", "werbung",
    "paid content", "partner content", "publicidad", "реклама",
)
# Labels of related boxes read on more pages (the box's heading, not an inline line). Kept
# apart from the lists above so each language's words stay in one place per source.
for _lang, _labels in {
    "en": ["related posts", "read more stories", "keep reading", "also worth checking out",
           "other interesting articles", "more useful information", "learn more",
           "read more blogs", "more to read", "more like this", "recommended for you",
           "you may be interested in", "related guides", "related resources"],
    "de": ["ähnliche artikel", "ähnliche", "ähnliche beiträge", "die redaktion empfiehlt",
           "passend zum artikel", "audio und video zum thema", "das könnte dich interessieren",
           "weitere beiträge", "mehr zu"],
    "fr": ["à découvrir également", "à découvrir aussi", "la rédaction vous conseille",
           "nos articles sur le sujet", "à lire sur le même sujet"],
    "pl": ["powiązane", "czytaj więcej", "zobacz również", "przeczytaj również",
           "czytaj również"],
    "cs": ["související", "další články", "související články"],
    "is": ["tengdar fréttir"],
    "ja": ["関連ニュース", "関連記事", "あわせて読みたい", "こちらもおすすめ", "おすすめ記事"],
    "zh": ["相关新闻", "相关阅读", "延伸阅读", "相關新聞", "相關閱讀", "延伸閱讀"],
    "ko": ["관련 기사", "관련기사", "함께 읽기", "추천 기사"],
}.items():
    RELATED_LABELS.setdefault(_lang, []).extend(_labels)
# Languages the lists above leave out: the "read also" and "related" labels of their press.
for _lang, _labels in {
    "fi": ["lue myös", "lue lisää", "aiheeseen liittyvät", "lisää aiheesta", "katso myös"],
    "hu": ["kapcsolódó cikkek", "kapcsolódó", "ezt is ajánljuk", "lásd még",
           "ez is érdekelheti", "ajánlott cikkek"],
    "ro": ["citește și", "citeste si", "vezi și", "vezi si", "articole similare",
           "articole asemănătoare", "știri similare"],
    "el": ["διαβάστε επίσης", "διαβάστε ακόμα", "σχετικά άρθρα", "δείτε επίσης",
           "σχετικά θέματα", "διαβάστε ακόμη"],
    "ar": ["اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "مواضيع ذات صلة", "أخبار ذات صلة",
           "مقالات ذات صلة", "اقرأ المزيد"],
    "fa": ["بیشتر بخوانید", "مطالب مرتبط", "بخوانید", "اخبار مرتبط"],
    "he": ["עוד בנושא", "כתבות נוספות", "קראו גם", "כתבות קשורות"],
    "id": ["baca juga", "berita terkait", "artikel terkait", "lihat juga", "simak juga"],
    "vi": ["tin liên quan", "xem thêm", "đọc thêm", "bài viết liên quan", "tin cùng chuyên mục"],
    "hi": ["यह भी पढ़ें", "ये भी पढ़ें", "संबंधित खबरें", "और पढ़ें"],
    "hr": ["pročitajte i", "pročitajte još", "povezane vijesti", "vezane vijesti", "povezano",
           "preporučujemo", "povezani članci"],
    "sr": ["прочитајте и", "повезане вести", "повезано", "pročitajte još", "povezane vesti"],
    "sl": ["preberite tudi", "povezane novice", "sorodne novice", "sorodni članki"],
    "sk": ["čítajte aj", "prečítajte si aj", "súvisiace články", "súvisiace"],
    "bg": ["прочетете още", "още по темата", "свързани новини", "вижте още", "четете още"],
    "lt": ["taip pat skaitykite", "skaitykite taip pat", "susiję straipsniai"],
    "lv": ["lasi arī", "lasiet arī", "saistītie raksti"],
    "et": ["loe ka", "seotud artiklid", "vaata ka"],
    "ca": ["llegeix també", "notícies relacionades", "també et pot interessar"],
}.items():
    RELATED_LABELS.setdefault(_lang, []).extend(_labels)
RELATED_LABEL_SET = frozenset(label for labels in RELATED_LABELS.values() for label in labels)
RELATED_FIRST_WORDS = frozenset(label.split()[0].rstrip(".") for label in RELATED_LABEL_SET)

# Labels that name the topic after them ("More on remote work", "Mehr zum Thema Gaza",
# "Read more about APIs"): a short line starting with one of these is a label only when link
# titles follow it, since "More on the economy" may head a section as well.
RELATED_TOPIC_LABELS = {
    "en": ["more on", "more about", "read more about", "learn more about", "latest on",
           "more stories about", "related to", "related", "read more", "recommended from",
           "you might also enjoy", "you may also enjoy"],
    "de": ["mehr zum thema", "mehr zu", "mehr über", "lesen sie mehr zu",
           "aktuelle nachrichten zu", "aktuelle nachrichten zur", "aktuelle nachrichten zum",
           "lesen sie hier mehr"],
    "fr": ["plus sur", "à lire sur", "en savoir plus sur"],
    "es": ["más sobre", "lea más sobre", "más noticias sobre"],
    "it": ["altro su", "leggi altro su"],
    "pt": ["mais sobre", "leia mais sobre"],
    "nl": ["meer over", "lees meer over"],
    "pl": ["więcej o", "czytaj więcej o"],
    "cs": ["více o", "další o"],
    "ru": ["ещё о", "еще о", "больше о", "читайте также о"],
    "uk": ["більше про", "читайте також про"],
    "nb": ["mer om", "les mer om"],
    "da": ["mere om", "læs mere om"],
    "sv": ["mer om", "läs mer om"],
    "tr": ["daha fazla"],
}
RELATED_TOPIC_SET = frozenset(p for prefixes in RELATED_TOPIC_LABELS.values() for p in prefixes)

# Links in a box that lead to a listing, not a story: "See more", "See all Academy articles",
# "Mehr News", a lone badge word ("Sponsored"), a call to sign up or install ("CLICK HERE TO
# GET THE APP"). Compared with a whole link title.
_LAZY["MORE_LINK_RE"] = (
    r"^(?:(?:see|view|show|load|read|browse|explore)\s+(?:more|all)\b.*|more\s+(?:news|stories|"
    r"articles|videos)|all\s+(?:news|stories|articles)|mehr\s+(?:news|nachrichten|artikel|"
    r"meldungen)|alle\s+(?:artikel|news|nachrichten|meldungen)|voir\s+(?:plus|tout)\b.*|"
    r"ver\s+(?:más|todo)\b.*|смотреть\s+все|все\s+новости|sponsored|anzeige|advertisement|"
    r"werbung|publicité|reklame|(?:learn|read|find\s+out)\s+more|(?:click\s+here|sign\s+up|subscribe|download\s+the|"
    r"follow\s+us)\b.*)$",
    re.I,
)

# Words of a sponsored card or box, in its class or its text: an advert, not related reading.
_LAZY["SPONSORED_RE"] = (
    r"sponsor|annonsørinnhold|annonse(?![a-z])|anzeige|advertorial|werbung|publicité|"
    r"publireportage|partner[-_ ]?content|paid[-_ ]?(?:content|post)|promoted|reklame",
    re.I,
)

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

"""People: role words and name pieces for the speakers of quote callouts, first-person
speech, and the words and class names of bylines."""

from __future__ import annotations

import re

# Patterns marked _LAZY compile on first use (see __init__.py): start-up should not pay
# for them.
_LAZY: dict[str, tuple[str, int]] = {}

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
# The roles of speakers in the other languages the related labels are read in.
ROLE_STEMS.update({
    "it": ["ministr", "president", "portavoce", "direttor", "sindac", "espert", "analist",
           "professor", "deputat", "segretari", "senator", "ambasciator", "consiglier",
           "amministratore", "fondator", "economista", "avvocat", "giudice", "procurator",
           "assessor", "governator", "ricercator", "portavoce", "responsabile", "dirigente"],
    "pt": ["ministr", "president", "porta-voz", "diretor", "diretora", "prefeit", "especialista",
           "analista", "professor", "deputad", "secretári", "senador", "embaixador", "fundador",
           "economista", "advogad", "juiz", "juíza", "procurador", "governador", "investigador",
           "pesquisador", "presidente", "vereador", "assessor", "coordenador"],
    "pl": ["minister", "prezydent", "rzecznik", "rzeczniczka", "dyrektor", "burmistrz",
           "ekspert", "ekspertka", "analityk", "profesor", "poseł", "posłanka", "sekretarz",
           "prezes", "senator", "ambasador", "doradca", "założyciel", "ekonomist", "prawnik",
           "sędzia", "prokurator", "wojewod", "premier", "przewodnicząc", "szef", "badacz"],
    "nl": ["minister", "president", "woordvoerder", "directeur", "burgemeester", "deskundige",
           "analist", "hoogleraar", "professor", "kamerlid", "voorzitter", "ambassadeur",
           "oprichter", "econoom", "advocaat", "rechter", "officier", "premier", "onderzoeker",
           "wethouder", "topman", "topvrouw", "bestuurder", "lijsttrekker"],
    "cs": ["ministr", "prezident", "mluvčí", "ředitel", "starost", "expert", "analyti",
           "profesor", "poslan", "předsed", "senátor", "velvyslan", "poradce", "zakladatel",
           "ekonom", "právník", "soudce", "státní zástupce", "premiér", "hejtman", "šéf"],
    "nordic": ["minister", "statsminister", "talsperson", "talsmann", "talskvinne", "direktør",
               "direktör", "borgmester", "borgmästare", "ekspert", "expert", "analytiker",
               "professor", "ordfører", "ordförande", "leder", "ambassadør", "ambassadör",
               "grunnlegger", "økonom", "ekonom", "advokat", "dommer", "domare", "forsker",
               "forskare", "sjef", "chef", "statsråd", "stortingsrepresentant", "riksdagsledamot"],
    "tr": ["bakan", "başkan", "sözcü", "müdür", "uzman", "analist", "profesör", "milletvekili",
           "büyükelçi", "danışman", "kurucu", "ekonomist", "avukat", "hakim", "savcı", "vali"],
})
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
# "-ish" only as whole words below: surnames end in it too ("Kadish", "Parish", "Cavendish").
DEMONYM_SUFFIXES = ("ese",)
DEMONYMS = frozenset(
    "american russian ukrainian canadian indian italian australian brazilian iranian syrian "
    "egyptian belarusian georgian armenian hungarian norwegian nigerian colombian venezuelan "
    "german mexican korean european african asian israeli palestinian saudi iraqi afghan "
    "pakistani turkish french dutch greek swiss belgian austrian czech slovak serbian croatian "
    "romanian bulgarian estonian latvian lithuanian moldovan kazakh uzbek chilean peruvian "
    "argentine argentinian cuban qatari emirati lebanese jordanian libyan tunisian moroccan "
    "algerian ethiopian kenyan ugandan nepali thai indonesian malaysian filipino "
    "russische russischer deutsche deutscher französische französischer chinesische "
    "ukrainische amerikanische "
    "english irish scottish british danish polish spanish swedish finnish kurdish flemish "
    "cornish".split()
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
    r"(?:(?<!\s)\s+)?(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\bи\b|\bі\b|\bта\b)\s*", 0)

# --- Bylines in markup ----------------------------------------------------------------------------

# "By", "Von", "Por", "Par", ... before author names in a byline.
BYLINE_PREFIX_RE = (
    r"^(?:written\s+by|reported\s+by|posted\s+by|words\s+by|by|von|por|par|door|af|av|di|da|de|przez|tekst|text|"
    r"autor(?:in|a)?|author|authors|contributors?|yazan|от|автор|текст)\s*:?\s+"
)

# Degrees and credentials written after a name ("Jane Doe, MS, RD", "Ann Lee, M.D."): they
# stay with the name they follow and are never authors of their own. Compared without dots.
CREDENTIALS = frozenset(
    "MD PhD DPhil RD RDN LD LDN MS MSc MA MBA MPH MPA RN BSN NP APRN PA PA-C DO DDS DMD DVM "
    "JD LLM EdD MEd PsyD PharmD DPT OTR CNS CDN CDE CDCES CSCS CPT CFP CFA CPA FAND FACC "
    "FACP FACS FOMA DABOM FRCP MRCP MBBS BSc BA MFA LCSW LPC LMFT CHES IBCLC Esq".split())

# Byline / author boxes.
_LAZY["BYLINE_CLASS_RE"] = (r"byline|author|autor|verfasser|firma|forfatter|skribent", re.I)

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
    r"staff|contributors?)/[^/?#]+",
    re.I,
)

# Words whose period shortens them and ends no sentence ("Razr 40 Ultra vs. Samsung"), read
# lower-case without the period; titles before names are HONORIFICS.
ABBREVIATIONS = frozenset(
    "vs etc ca approx no nr co inc ltd corp jr sr st mr mrs ms dr prof gen col lt sgt rev "
    "bzw ggf usw vgl nr str ca env av dept est fig jan feb mar apr jun jul aug sep sept oct "
    "nov dec mio mrd ehem".split()
)

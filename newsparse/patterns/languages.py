"""Language identification: distinct letters and frequent function words per language."""

from __future__ import annotations

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

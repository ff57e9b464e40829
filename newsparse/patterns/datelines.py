"""Datelines: the words before a date, news agencies and month names in each language."""

from __future__ import annotations

import re

# --- Datelines ---------------------------------------------------------------------------
# Word that introduces an explicit date on the headline line ("date 2023-02-17 Headline").
DATE_WORDS = (
    r"(?:date de publication|дата публикации|дата публікації|published(?: on)?|publié le|"
    r"veröffentlicht(?: am)?|(?:last )?updated(?: on)?|aktualisiert(?: am)?|mis à jour(?: le)?|"
    r"actualizado(?: el)?|обновлено|оновлено|"
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

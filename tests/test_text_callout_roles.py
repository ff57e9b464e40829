"""Flattened pull quotes ("quote Speaker Name role") whose role is written in the other
languages newsparse reads related labels in: the role word tells the name from the quote."""

from __future__ import annotations

import pytest

from newsparse.text.callouts import Mentions, split_callout


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "role"),
    [
        ("«La città non può aspettare ancora un altro anno» Giovanni Bianchi sindaco di Torino",
         "La città non può aspettare ancora un altro anno", "Giovanni Bianchi",
         "sindaco di Torino"),
        ("Nie możemy dłużej czekać na decyzję rządu Jan Kowalski rzecznik ratusza",
         "Nie możemy dłużej czekać na decyzję rządu", "Jan Kowalski", "rzecznik ratusza"),
        ("We kunnen niet langer wachten op een besluit Jan de Vries woordvoerder van de politie",
         "We kunnen niet langer wachten op een besluit", "Jan de Vries",
         "woordvoerder van de politie"),
        ("Não podemos esperar mais um ano pela decisão João Silva porta-voz da prefeitura",
         "Não podemos esperar mais um ano pela decisão", "João Silva", "porta-voz da prefeitura"),
        ("Vi kan ikke vente et år til på en beslutning Kari Nordmann ordfører i Bergen",
         "Vi kan ikke vente et år til på en beslutning", "Kari Nordmann", "ordfører i Bergen"),
        ("Bu kararı bir yıl daha bekleyemeyiz Ahmet Yılmaz belediye başkanı",
         "Bu kararı bir yıl daha bekleyemeyiz", "Ahmet Yılmaz", "belediye başkanı"),
    ],
)
def test_role_words_of_more_languages(text, quote, speaker, role):
    # The name appears nowhere else: only the role word makes it a speaker.
    assert split_callout(text, Mentions(text)) == (quote, speaker, role)

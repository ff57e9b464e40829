"""Name words: what may be part of a person's name."""

from __future__ import annotations

import pytest

from newsparse.text import names as nm


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Zhang", True),
        ("Okonjo-Iweala", True),
        ("O’Brien", True),
        ("Соколова", True),
        ("Ambassador", False),
        ("Chinese", False),
        ("NATO", False),
        ("said", False),
        ("U.S.", False),
        ("Министр", False),
        ("Kim", True),
        ("Brian", True),
        ("Jean", True),
        ("Russian", False),
        ("Japanese", False),
    ],
)
def test_name_word(word, expected):
    assert nm.is_name_word(word) is expected

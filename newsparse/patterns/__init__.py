"""Vocabularies: the words and shapes the classifiers look for, grouped by topic and language.

Adding a language means adding its words to these tables; the classifiers read only them.
Each topic has its file: `datelines` (date words, agencies, months), `widgets` (related
labels, pull-quote and social-embed classes), `people` (roles, name pieces, bylines),
`structure` (standfirst and sub-heading classes), `boilerplate` (captions, credits, rights
notices, boilerplate boxes) and `languages` (letters and function words). All their names
are read from here: `from newsparse import patterns as pt; pt.MONTHS`.
"""

from __future__ import annotations

import re

from . import boilerplate, media, people, structure, widgets
from .boilerplate import *
from .datelines import *
from .languages import *
from .media import *
from .people import *
from .structure import *
from .widgets import *

# Patterns many inputs never need (HTML class names, patronymics, photo credits), compiled
# on first use (module `__getattr__`): start-up should not pay for them. Each is then an
# ordinary module attribute.
_LAZY: dict[str, tuple[str, int]] = {
    **boilerplate._LAZY, **media._LAZY, **people._LAZY, **structure._LAZY, **widgets._LAZY}


def __getattr__(name: str) -> re.Pattern[str]:
    """Compile a pattern of `_LAZY` the first time it is asked for."""
    try:
        pattern, flags = _LAZY[name]  # not pop: two threads may ask at once
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    compiled = globals()[name] = re.compile(pattern, flags)
    return compiled

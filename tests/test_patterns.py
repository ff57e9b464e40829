"""The vocabularies' package: every topic's tables are read as `pt.NAME`, and no two topics
define the same name (one would silently hide the other)."""

from __future__ import annotations

import pkgutil
import re
from importlib import import_module

from newsparse import patterns as pt

TOPICS = [import_module(f"newsparse.patterns.{m.name}") for m in pkgutil.iter_modules(pt.__path__)]


def _tables(topic) -> set[str]:
    return {name for name in vars(topic) if name.isupper() and not name.startswith("_")}


def test_every_topic_table_is_read_through_the_package():
    assert {t.__name__.rsplit(".", 1)[1] for t in TOPICS} >= {"datelines", "widgets", "people"}
    for topic in TOPICS:
        for name in _tables(topic):
            assert getattr(pt, name) is getattr(topic, name), f"{topic.__name__}.{name}"


def test_lazy_patterns_compile_on_first_use_with_their_flags():
    for topic in TOPICS:
        for name, (pattern, flags) in getattr(topic, "_LAZY", {}).items():
            compiled = getattr(pt, name)
            assert isinstance(compiled, re.Pattern) and compiled.pattern == pattern, name
            assert compiled.flags & flags == flags, name


def test_no_two_topics_define_the_same_name():
    seen: dict[str, str] = {}
    for topic in TOPICS:
        for name in _tables(topic) | set(getattr(topic, "_LAZY", {})):
            assert name not in seen, f"{name} in {seen.get(name)} and {topic.__name__}"
            seen[name] = topic.__name__

"""Logging without paying for it up front: `logging` (with `traceback`, `string` and
`textwrap`) costs ~3 ms to import, and a run that logs nothing need not load it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

NOTICE = 25  # between INFO and WARNING: the summary line, hidden by -q

# C0 and C1 controls, DEL and the Unicode line and paragraph separators, as escapes.
_ESCAPES = {c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)]}
_ESCAPES |= {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def one_line(text: str) -> str:
    """Return `text` with every control character escaped: one line, no terminal codes."""
    return text.translate(_ESCAPES)


class LazyLogger:
    """Stands for `logging.getLogger(name)`; imports `logging` when first used."""

    __slots__ = ("_name", "_logger")

    def __init__(self, name: str) -> None:
        self._name = name
        self._logger: Any = None  # a logging.Logger once something logs

    def __getattr__(self, attr: str):
        if self._logger is None:
            import logging

            logging.addLevelName(NOTICE, "NOTICE")
            self._logger = logging.getLogger(self._name)
        return getattr(self._logger, attr)


def after_import(name: str, then: Callable[[], None]) -> None:
    """Run `then()` right after module `name` is imported (now, if it already is)."""
    if name in sys.modules:
        then()
    else:
        sys.meta_path.insert(0, _AfterImport(name, then))


class _AfterImport:
    """A meta-path finder that finds nothing itself: it wraps the loader of one module."""

    def __init__(self, name: str, then: Callable[[], None]) -> None:
        self.name, self.then = name, then

    def find_spec(self, name, path=None, target=None):
        if name != self.name:
            return None
        sys.meta_path.remove(self)  # once only; the other finders find the real module
        for finder in sys.meta_path:
            spec = finder.find_spec(name, path, target) if hasattr(finder, "find_spec") else None
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _ThenLoader(spec.loader, self.then)
                return spec
        return None


class _ThenLoader:
    """The module's own loader, with `then()` after the module has run."""

    def __init__(self, loader, then: Callable[[], None]) -> None:
        self._loader, self._then = loader, then

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module) -> None:
        self._loader.exec_module(module)
        self._then()

    def __getattr__(self, attr: str):  # get_source, is_package, …: the real loader's
        return getattr(self._loader, attr)

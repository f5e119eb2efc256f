"""Hooks: a domain lets later domains react to what it does without importing them.

`intel` fires `article_saved` after it stores an article; `outcomes` listens, to propose steps
from the article's events. The listeners are named here as strings and imported on first use
(as datasette loads its default plugins), so the lower domain never imports the higher one and
every door — page, API, CLI, job, test — runs the same listeners.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

LISTENERS = ("gyoryu.outcomes.news", "gyoryu.research.facts")  # modules that register listeners when imported

_registered: dict[str, list[Callable]] = {}
_loaded = False


def listen(hook: str):
    """Decorator: call the function whenever `hook` fires (keyword arguments only)."""

    def _register(fn: Callable) -> Callable:
        if fn not in _registered.setdefault(hook, []):
            _registered[hook].append(fn)
        return fn

    return _register


def fire(hook: str, **kwargs) -> None:
    global _loaded
    if not _loaded:
        for name in LISTENERS:
            importlib.import_module(name)
        _loaded = True
    for fn in _registered.get(hook, ()):
        fn(**kwargs)

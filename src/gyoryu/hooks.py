"""Hooks: a domain lets later domains react to what it does without importing them.

`intel` fires `article_saved` after it stores an article; `outcomes` listens, to propose steps
from the article's events. The listeners are named here as strings and imported on first use
(as datasette loads its default plugins), so the lower domain never imports the higher one and
every door — page, API, CLI, job, test — runs the same listeners.

A writer that stores many at once (intel's batch ingest) fires the hook once for the batch
(`fire_many`): a listener that can take the batch set-wise registers a batch version with
`listen_many(hook, replaces=its_one_by_one_listener)`; every other listener is called per item,
so no listener misses an item whichever door wrote it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

LISTENERS = ("gyoryu.outcomes.news", "gyoryu.research.facts")  # modules that register listeners when imported

_registered: dict[str, list[Callable]] = {}
_batches: dict[str, list[tuple[Callable, Callable | None]]] = {}  # hook → (batch fn, the listener it replaces)
_loaded = False


def listen(hook: str):
    """Decorator: call the function whenever `hook` fires (keyword arguments only)."""

    def _register(fn: Callable) -> Callable:
        if fn not in _registered.setdefault(hook, []):
            _registered[hook].append(fn)
        return fn

    return _register


def listen_many(hook: str, *, replaces: Callable | None = None):
    """Decorator: call the function once per batch when `hook` fires for many items
    (`fire_many`), in place of calling `replaces` once per item."""

    def _register(fn: Callable) -> Callable:
        if all(f is not fn for f, _r in _batches.setdefault(hook, [])):
            _batches[hook].append((fn, replaces))
        return fn

    return _register


def _load() -> None:
    global _loaded
    if not _loaded:
        for name in LISTENERS:
            importlib.import_module(name)
        _loaded = True


def fire(hook: str, **kwargs) -> None:
    _load()
    for fn in _registered.get(hook, ()):
        fn(**kwargs)


def fire_many(hook: str, item: str, items: list, **kwargs) -> None:
    """Fire `hook` for every one of `items`: batch listeners get the list (as `item` + "s"), the
    others each item (as `item`)."""
    _load()
    if not items:
        return
    replaced = set()
    for fn, replaces in _batches.get(hook, ()):
        fn(**{item + "s": items}, **kwargs)
        if replaces is not None:
            replaced.add(replaces)
    for fn in _registered.get(hook, ()):
        if fn not in replaced:
            for one in items:
                fn(**{item: one}, **kwargs)

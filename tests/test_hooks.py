"""Hooks fired for a batch: a listener with a batch version gets the list once, every other
listener each item — none misses one."""

from gyoryu import hooks


def test_fire_many_gives_the_batch_to_batch_listeners_and_each_item_to_the_others(monkeypatch):
    monkeypatch.setattr(hooks, "_registered", {})
    monkeypatch.setattr(hooks, "_batches", {})
    monkeypatch.setattr(hooks, "_loaded", True)
    calls = []

    @hooks.listen("saved")
    def one_by_one(*, item, db):
        calls.append(("one", item, db))

    @hooks.listen("saved")
    def only_one_by_one(*, item, db):
        calls.append(("only", item, db))

    @hooks.listen_many("saved", replaces=one_by_one)
    def many(*, items, db):
        calls.append(("many", tuple(items), db))

    hooks.fire_many("saved", "item", [1, 2], db="x")
    assert calls == [("many", (1, 2), "x"), ("only", 1, "x"), ("only", 2, "x")]
    calls.clear()
    hooks.fire("saved", item=3, db="y")
    assert calls == [("one", 3, "y"), ("only", 3, "y")]
    calls.clear()
    hooks.fire_many("saved", "item", [], db="z")
    assert calls == []

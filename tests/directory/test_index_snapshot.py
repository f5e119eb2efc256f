"""The name index's snapshot answers every query as an index freshly built from the database,
catches up after changes, and is ignored whole when it is corrupt, foreign or planted."""

import zipfile

import numpy as np
import pytest
from sqlalchemy import select

from gyoryu.directory import index_snapshot, service
from gyoryu.directory.models import DirectoryChange
from gyoryu.directory.schemas import OrgIn
from gyoryu.directory.search_index import NameIndex

REAL = ["텐센트", "腾讯", "騰訊", "Tencent", "한글과 컴퓨터", "hancom", "유니트리", "宇树科技",
        "센스타임", "텐센드", "Tencnet", "삼성", "로봇", "科技", "ai", "x", "데이터", "云"]


def built(db) -> NameIndex:
    index = NameIndex()
    index.refresh(db)
    return index


def queries(index: NameIndex) -> list[str]:
    """Real names, and from every 40th name key: the key, a prefix, an inner part, a typo."""
    out = list(REAL)
    for key in index.keys[::40]:
        out += [key, key[:3], key[1:5], key[:-1] + "x" if len(key) > 3 else key]
    return out


def filters(db) -> list[dict]:
    pangyo = service.place_by_key(db=db, key="kr-pangyo-techno-valley")
    return [{}, {"country": "CN"}, {"country": "KR", "kind": "company"},
            {"sector_ids": service.sector_with_children(db=db, key="robotics")},
            {"cluster_id": pangyo.id}]


def assert_same_answers(index: NameIndex, fresh: NameIndex, db, extra=()) -> None:
    kinds = filters(db)
    for q in [*queries(fresh), *extra]:
        for f in kinds:
            assert index.search(q, **f).tolist() == fresh.search(q, **f).tolist(), (q, f)


def head(db) -> tuple[int, str]:
    row = db.execute(select(DirectoryChange.seq, DirectoryChange.token)
                     .order_by(DirectoryChange.seq.desc()).limit(1)).first()
    return tuple(row) if row else (0, "")


def test_a_loaded_snapshot_answers_as_a_fresh_build(db, tmp_path):
    fresh = built(db)
    path = tmp_path / "names.npz"
    assert index_snapshot.save(fresh, path)
    loaded = index_snapshot.load(path, NameIndex)
    assert (loaded.seq, loaded.token) == (fresh.seq, fresh.token) == head(db)
    assert_same_answers(loaded, fresh, db)


def test_a_stale_snapshot_catches_up_with_creations_edits_and_deletions(db, tmp_path):
    doomed = service.create_org(db=db, data=OrgIn(
        kind="company", country="KR", names={"ko": "사라질교류회사", "en": "Vanishing Gyoryu"}))
    db.flush()
    path = tmp_path / "names.npz"
    index_snapshot.save(built(db), path)

    hancom = service.org_by_key(db=db, key="hancom")
    changed = service.org_to_input(hancom)
    changed.names["ko"] = "한컴교류테스트"
    changed.country = "CN"
    changed.sectors = ["robotics"]
    service.update_org(db=db, org=hancom, data=changed)
    service.create_org(db=db, data=OrgIn(
        kind="company", country="CN", parent="tencent", clusters=["kr-pangyo-techno-valley"],
        names={"zh-Hans": "腾讯交流实验室", "en": "Tencent Gyoryu Lab"}, sectors=["robotics"]))
    db.delete(doomed)
    db.flush()

    caught_up = index_snapshot.load(path, NameIndex)
    caught_up.refresh(db)
    fresh = built(db)
    assert (caught_up.seq, caught_up.token) == head(db)
    new_names = ["한컴교류테스트", "腾讯交流实验室", "Tencent Gyoryu Lab", "사라질교류회사", "vanishing"]
    assert_same_answers(caught_up, fresh, db, new_names)
    assert caught_up.search("사라질교류회사").tolist() == []

    # saved again once caught up (its frozen postings and the changed ones merged), and reloaded
    assert index_snapshot.save(caught_up, path)
    assert_same_answers(index_snapshot.load(path, NameIndex), fresh, db, new_names)


@pytest.mark.parametrize("foreign", [{"token": "not-this-one"}, {"seq_ahead": 1000}])
def test_a_snapshot_of_a_state_the_database_never_had_is_rebuilt(db, tmp_path, foreign):
    """Another database at the same path, or writes rolled back after the snapshot was taken."""
    index = built(db)
    index.token = foreign.get("token", index.token)
    index.seq += foreign.get("seq_ahead", 0)
    path = tmp_path / "names.npz"
    index_snapshot.save(index, path)
    loaded = index_snapshot.load(path, NameIndex)
    loaded.refresh(db)
    assert (loaded.seq, loaded.token) == head(db)
    assert_same_answers(loaded, built(db), db)


def _array(path, name) -> np.ndarray:
    with np.load(path) as npz:
        return npz[name]


def _rewrite(path, **changes) -> None:
    with np.load(path) as npz:
        arrays = {name: npz[name] for name in npz.files}
    arrays.update(changes)
    np.savez(path, **arrays)


def _flip_a_byte(path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


class _Planted:
    """Unpickling this would write a file: loading a snapshot must never unpickle."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def _corruptions(tmp_path):
    marker = tmp_path / "unpickled"
    return {
        "a flipped byte": _flip_a_byte,
        "truncated": lambda p: p.write_bytes(p.read_bytes()[:-100]),
        "not a zip": lambda p: p.write_text("hello"),
        "a pickled object": lambda p: _rewrite(p, owner=np.array([_Planted(marker)], dtype=object)),
        "a wrong dtype": lambda p: _rewrite(p, owner=_array(p, "owner").astype(np.int32)),
        "a posting past the names": lambda p: _rewrite(p, flat=_array(p, "flat") + 10**6),
        "an owner past the facets": lambda p: _rewrite(p, owner=_array(p, "owner") + 10**6),
        "grams out of order": lambda p: _rewrite(p, grams=_array(p, "grams")[::-1]),
        "another format": lambda p: _rewrite(p, meta=np.frombuffer(b'{"format": 0}', np.uint8)),
        "a missing array": lambda p: _drop_member(p, "parent.npy"),
    }, marker


def _drop_member(path, name) -> None:
    with zipfile.ZipFile(path) as src:
        members = {n: src.read(n) for n in src.namelist() if n != name}
    with zipfile.ZipFile(path, "w") as out:
        for n, data in members.items():
            out.writestr(n, data)


def test_a_corrupt_or_planted_snapshot_is_ignored_and_never_unpickled(db, tmp_path):
    good = tmp_path / "good.npz"
    index_snapshot.save(built(db), good)
    corruptions, marker = _corruptions(tmp_path)
    for what, corrupt in corruptions.items():
        path = tmp_path / f"{what}.npz"
        path.write_bytes(good.read_bytes())
        corrupt(path)
        assert index_snapshot.load(path, NameIndex) is None, what
    assert not marker.exists()
    assert index_snapshot.load(tmp_path / "missing.npz", NameIndex) is None

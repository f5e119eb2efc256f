"""The name index saved to disk, so a short-lived process (`gyoryu search`) loads in milliseconds
what it would otherwise rebuild from the database on every call.

A cache, never the source of truth: the file records the journal head (seq, token) it reflects,
and whoever loads it catches up from the journal — or rebuilds, when that head was rolled back
or belongs to another database — like any in-memory index. A file that fails a check (format,
the zip's CRCs, dtypes, shapes, index bounds, order) is ignored. It holds plain arrays in an
uncompressed .npz read with `allow_pickle=False`, so a planted file cannot run code; it is
written to a temporary file beside it and renamed over the old one, so a reader sees a whole file.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from pathlib import Path
from typing import TypeVar

import numpy as np

from gyoryu.directory.search_index import NameIndex, Postings

FORMAT = 1  # bump when NameIndex's fields or its gram rule change
Index = TypeVar("Index", bound=NameIndex)
_DTYPES = {
    "meta": np.uint8, "keys": np.uint8, "owner": np.int64, "primary": np.float64,
    "alive": np.bool_, "length": np.float64, "grams": np.dtype("<U2"), "offsets": np.int64,
    "flat": np.int64, "country": np.int32, "kind": np.int32, "city": np.int64,
    "parent": np.int64, "sectors": np.int64, "clusters": np.int64,
}


def sqlite_file(url: str) -> Path | None:
    """The file of a plain SQLite URL (`sqlite:///relative.db`, `sqlite:////absolute.db`), as
    SQLAlchemy reads it; None for any other database, an in-memory one or a URL with options."""
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix):
            name = url[len(prefix):]
            if not name or name == ":memory:" or "?" in name:
                return None
            return Path(name)
    return None


def path_for(url: str) -> Path | None:
    """Where the snapshot of the database at `url` (its password hidden) lives: beside a SQLite
    file, else in the var folder under a name derived from the URL; None for a database in memory."""
    if (db_file := sqlite_file(url)) is not None:
        return db_file.with_name(db_file.name + ".names.npz")
    if url.split("?")[0] in ("sqlite://", "sqlite:///:memory:", "sqlite+pysqlite://",
                             "sqlite+pysqlite:///:memory:"):
        return None
    from gyoryu.config import get_settings

    digest = hashlib.sha256(url.encode()).hexdigest()[:16]
    return get_settings().var_dir / f"names-{digest}.npz"


def save(index: NameIndex, path: Path) -> bool:
    """Write the index atomically; False when the folder cannot be written (searching still works,
    only without the shortcut)."""
    with index.lock:
        arrays = _pack(index)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as out:
            np.savez(out, **arrays)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        return True
    except OSError:
        tmp.unlink(missing_ok=True)
        return False


def load(path: Path, cls: type[Index]) -> Index | None:
    """The index saved at `path`, or None when there is none or it fails any check."""
    try:
        with np.load(path, allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in _DTYPES}
        return _unpack(arrays, cls)
    except FileNotFoundError:
        return None
    except Exception:  # a cache that cannot be read whole is rebuilt, whatever broke in it
        return None


def _pack(index: NameIndex) -> dict[str, np.ndarray]:
    meta = {"format": FORMAT, "index": type(index).__name__, "seq": index.seq,
            "token": index.token, "codes": sorted(index.codes, key=index.codes.__getitem__)}
    grams, offsets, flat = index.postings.frozen()

    def pairs(groups: dict[int, set[int]]) -> np.ndarray:
        out = [(member, group) for group, members in groups.items() for member in members]
        return np.asarray(out, dtype=np.int64).reshape(-1, 2)

    return {
        "meta": np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8),
        "keys": np.frombuffer("\0".join(index.keys).encode(), dtype=np.uint8),
        "owner": index.owner, "primary": index.primary, "alive": index.alive,
        "length": index.length, "grams": grams, "offsets": offsets, "flat": flat,
        "country": index.country, "kind": index.kind, "city": index.city, "parent": index.parent,
        "sectors": pairs(index.sector_orgs), "clusters": pairs(index.cluster_orgs),
    }


def _require(ok, what: str) -> None:
    if not ok:
        raise ValueError(f"index snapshot: {what}")


def _unpack(a: dict[str, np.ndarray], cls: type[Index]) -> Index:
    for name, dtype in _DTYPES.items():
        _require(a[name].dtype == dtype, f"{name} is {a[name].dtype}")
        _require(a[name].ndim == (2 if name in ("sectors", "clusters") else 1), f"{name} shape")
    meta = json.loads(a["meta"].tobytes())
    _require(isinstance(meta, dict), "meta")
    _require(meta.get("format") == FORMAT and meta.get("index") == cls.__name__, "format")
    seq, token, codes = meta.get("seq"), meta.get("token"), meta.get("codes")
    _require(type(seq) is int and seq >= 0 and isinstance(token, str), "journal head")
    _require(isinstance(codes, list) and all(isinstance(c, str) for c in codes)
             and len(set(codes)) == len(codes), "codes")

    n = len(a["owner"])
    _require(len(a["primary"]) == len(a["alive"]) == len(a["length"]) == n, "name arrays")
    keys = a["keys"].tobytes().decode("utf-8").split("\0") if n else []
    _require(len(keys) == n and not (n == 0 and len(a["keys"])), "name keys")
    _require(np.array_equal(np.fromiter(map(len, keys), np.float64, n), a["length"]), "key lengths")

    grams, offsets, flat = a["grams"], a["offsets"], a["flat"]
    _require(len(offsets) == len(grams) + 1 and offsets[0] == 0 and offsets[-1] == len(flat)
             and (np.diff(offsets) >= 0).all(), "posting offsets")
    _require(not len(grams) or (grams[1:] > grams[:-1]).all(), "grams unsorted")
    _require(not len(flat) or (flat.min() >= 0 and flat.max() < n), "postings out of range")
    rising = np.diff(flat) > 0
    starts = offsets[1:-1]
    rising[starts[(starts > 0) & (starts < len(flat))] - 1] = True  # each list starts afresh
    _require(rising.all(), "a posting list is not ascending")

    m = len(a["country"])
    _require(len(a["kind"]) == len(a["city"]) == len(a["parent"]) == m, "facet arrays")
    _require(not n or (a["owner"].min() >= 0 and a["owner"].max() < m), "owners out of range")
    for name in ("country", "kind"):
        _require(not m or (a[name].min() >= -1 and a[name].max() < len(codes)), f"{name} codes")
    _require(not m or (a["parent"].min() >= -1 and a["city"].min() >= -1), "parents")
    for name in ("sectors", "clusters"):
        _require(a[name].shape[1] == 2 and (not len(a[name]) or (
            a[name][:, 0].min() >= 0 and a[name][:, 0].max() < m)), f"{name} members")

    index = cls(seq=seq, token=token, keys=keys, owner=a["owner"], primary=a["primary"],
                alive=a["alive"], length=a["length"], postings=Postings(grams, offsets, flat),
                names_of=None, codes={c: i for i, c in enumerate(codes)}, country=a["country"],
                kind=a["kind"], city=a["city"], parent=a["parent"])
    for oid in np.flatnonzero(a["parent"] >= 0).tolist():
        index.members[int(a["parent"][oid])].add(oid)
    for groups, name in ((index.sector_orgs, "sectors"), (index.cluster_orgs, "clusters")):
        for member, group in a[name].tolist():
            groups[group].add(member)
    return index

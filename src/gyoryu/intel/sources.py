"""Reading articles from files: plain text and Markdown as they are, saved HTML pages through
trafilatura (main text, title and date). Offsets later index the text returned here."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from gyoryu.errors import GyoryuError

SUFFIXES = {".txt": "text", ".md": "text", ".markdown": "text", ".html": "html", ".htm": "html"}


@dataclass
class Source:
    text: str
    name: str
    title: str | None = None
    published: date | None = None


def content_hash(text: str) -> str:
    """The identity of an article: its text with line endings and outer space normalised."""
    canonical = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _decode(raw: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "cp949", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise GyoryuError("E401", file=name, reason="not UTF-8, CP949 or GB18030 text")


def from_html(html: str, name: str) -> Source:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False)
    doc = doc.as_dict() if hasattr(doc, "as_dict") else doc
    if not doc or not (doc.get("text") or "").strip():
        raise GyoryuError("E402", file=name)
    published = None
    if doc.get("date"):
        try:
            published = date.fromisoformat(str(doc["date"])[:10])
        except ValueError:
            published = None
    title = doc.get("title")
    text = doc["text"]
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Source(text=text, name=name, title=title, published=published)


def read_path(path: Path) -> Source:
    """One article file; a GyoryuError naming the file if it cannot be read."""
    if path.suffix.lower() not in SUFFIXES:
        raise GyoryuError("E403", file=str(path), allowed=", ".join(sorted(SUFFIXES)))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise GyoryuError("E401", file=str(path), reason=exc.strerror or str(exc)) from exc
    return from_bytes(raw, str(path))


def from_bytes(raw: bytes, name: str) -> Source:
    """An article file's bytes, read by the kind its name ends in (a batch worker receives the
    bytes, so the machine running it needs no access to the files)."""
    kind = SUFFIXES.get(Path(name).suffix.lower())
    if kind is None:
        raise GyoryuError("E403", file=name, allowed=", ".join(sorted(SUFFIXES)))
    text = _decode(raw, name)
    if kind == "html" or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        return from_html(text, name)
    if not text.strip():
        raise GyoryuError("E404", file=name)
    return Source(text=text, name=name, title=_first_line(text))


def from_text(text: str, name: str = "-") -> Source:
    if text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        return from_html(text, name)
    if not text.strip():
        raise GyoryuError("E404", file=name)
    return Source(text=text, name=name, title=_first_line(text))


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None


def expand(paths: list[Path]) -> list[Path]:
    """Files named, and the article files inside folders named (sorted, recursively)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file()
                              and f.suffix.lower() in SUFFIXES))
        else:
            out.append(p)
    return out

"""Lists inside one spreadsheet cell, written so that reading them back gives what was written.

A cell holds items separated by `;` (or `|`, as people type it), and an item may carry
attributes in brackets: `Tencent Holdings [en, legal]`, `deepseek [since=2023, role_en=CEO]`.
A name may itself hold `;`, `|`, `,`, `[`, `]` or `\\`: the export writes those with a backslash
before them, and the import reads `\\x` as `x` for exactly those characters (any other backslash
is kept as typed), so export → import is the identity for every name.
"""

from __future__ import annotations

SPECIAL = "\\;|,[]"
SEPARATORS = ";|"


def escape(text: str) -> str:
    return "".join("\\" + c if c in SPECIAL else c for c in text)


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in SPECIAL:
            out.append(text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _split_raw(text: str, seps: str) -> list[str]:
    """`text` cut at every separator not escaped, each part still escaped."""
    parts, start, i = [], 0, 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in SPECIAL:
            i += 2
            continue
        if text[i] in seps:
            parts.append(text[start:i])
            start = i + 1
        i += 1
    parts.append(text[start:])
    return parts


def split(cell: str) -> list[str]:
    """The items of a list cell, still escaped (for `item`), blank ones left out."""
    return [p.strip() for p in _split_raw(cell or "", SEPARATORS) if p.strip()]


def values(cell: str) -> list[str]:
    """A list cell of plain values (keys, names), unescaped."""
    return [_unescape(p) for p in split(cell)]


def item(text: str) -> tuple[str, list[str]]:
    """One escaped item as (name, [attribute, …]), all unescaped: `A\\[x\\] [en, legal]` →
    ('A[x]', ['en', 'legal']). Attributes are the bracket at the end of the item; one written
    `name=value` is read by `pair`."""
    text = text.strip()
    cut = _split_raw(text, "[")
    if len(cut) == 1 or not text.endswith("]"):
        return _unescape(text), []
    head, tail = "[".join(cut[:-1]), cut[-1][:-1]
    return _unescape(head.strip()), [_unescape(a.strip()) for a in _split_raw(tail, ",") if a.strip()]


def pair(attribute: str) -> tuple[str | None, str]:
    """`role_en=CEO` as ('role_en', 'CEO'); a bare attribute as (None, it)."""
    key, eq, value = attribute.partition("=")
    if eq and key.strip().replace("_", "").isalnum() and key.strip().isascii():
        return key.strip(), value.strip()
    return None, attribute


def join(items: list[tuple[str, list[str]]]) -> str:
    """The inverse of `split` + `item`: `[(name, [attribute, …]), …]` as one cell."""
    out = []
    for name, attrs in items:
        kept = [escape(a) for a in attrs]
        out.append(escape(name) + (f" [{', '.join(kept)}]" if kept else ""))
    return "; ".join(out)

"""Pages of a list for the JSON API: `limit` (1–200, default 50) and `offset` on every list, and
one envelope `{items, total, limit, offset}`, so no answer grows with the database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel

MAX_LIMIT = 200
T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True)
class Window:
    limit: int
    offset: int

    def of(self, rows: Sequence) -> dict:
        """A page of a list the service already built (small lists: programs, feeds, tokens)."""
        return {"items": list(rows[self.offset:self.offset + self.limit]), "total": len(rows),
                "limit": self.limit, "offset": self.offset}


def _window(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
            offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> Window:
    return Window(limit=limit, offset=offset)


Paging = Annotated[Window, Depends(_window)]

"""The graph's edge table: a projection of the other domains' rows, rebuilt when they change.

One row per (pair, kind, year, program, detail) with a weight (how many meetings, events, …), so
both a 2-hop neighbourhood and a year's view are index look-ups on one table instead of five
joins: `ix_graph_edge_a` / `ix_graph_edge_b` ((a_id, year) and (b_id, year)) serve the
neighbourhood, `ix_graph_edge_year` ((year, kind)) the year view."""

from __future__ import annotations

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from gyoryu.db import Base


class GraphEdge(Base):
    __tablename__ = "graph_edge"
    __table_args__ = (
        Index("ix_graph_edge_a", "a_id", "year"),
        Index("ix_graph_edge_b", "b_id", "year"),
        Index("ix_graph_edge_year", "year", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    a_id: Mapped[int] = mapped_column(Integer)  # the smaller organisation id
    b_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # EdgeKind
    year: Mapped[int | None] = mapped_column(Integer)
    program_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(String(32))  # outcome stage, event type, cluster key
    weight: Mapped[int] = mapped_column(Integer, default=1)


class GraphChange(Base):
    """Journal: a row per flush that touched a source of edges (written by `graph.journal`)."""

    __tablename__ = "graph_change"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)


class GraphState(Base):
    """The one row a reader locks while it rebuilds, so two readers never rebuild at once."""

    __tablename__ = "graph_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    built_seq: Mapped[int] = mapped_column(Integer, default=0)


from gyoryu.graph import journal as _journal  # noqa: E402,F401  (registers the flush listener)

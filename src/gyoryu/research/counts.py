"""The monthly counts (`models.MonthCount`), kept by the database: triggers on `research_fact`
add each fact inserted to its cell and take each fact deleted from it.

Why triggers and not Python beside `facts.replace`: facts also disappear by ON DELETE CASCADE — an
event or an article deleted, one by one or by a bulk `DELETE` — which no flush listener or hook
sees; a count kept in Python would drift from the facts there. In the database every path is
counted: the `article_saved` hook, the readers' refresh, COPY, a cascade. SQLite runs a row
trigger per fact; PostgreSQL a statement trigger over the statement's transition table (one
grouped upsert per INSERT, COPY or DELETE). A rebuild drops the triggers, rewrites the facts and
counts every cell once in SQL (`recount`), then puts them back.

Only SQL text here (no models), so the migration that creates the table uses the same triggers.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

KEY = "kind, value, month, type, country_pair"
_CELL = "{r}.kind, {r}.value, coalesce({r}.month, ''), {r}.type, coalesce({r}.country_pair, '')"
_MATCH = ("kind = {r}.kind AND value = {r}.value AND month = coalesce({r}.month, '') "
          "AND type = {r}.type AND country_pair = coalesce({r}.country_pair, '')")

_SQLITE_ADD = (f"INSERT INTO research_month_count ({KEY}, events) VALUES ({_CELL.format(r='NEW')}, 1) "
               f"ON CONFLICT ({KEY}) DO UPDATE SET events = events + 1;")
_SQLITE_TAKE = (f"UPDATE research_month_count SET events = events - 1 WHERE {_MATCH.format(r='OLD')}; "
                f"DELETE FROM research_month_count WHERE {_MATCH.format(r='OLD')} AND events <= 0;")
SQLITE = [
    f"CREATE TRIGGER research_fact_counted AFTER INSERT ON research_fact BEGIN {_SQLITE_ADD} END",
    f"CREATE TRIGGER research_fact_uncounted AFTER DELETE ON research_fact BEGIN {_SQLITE_TAKE} END",
    f"CREATE TRIGGER research_fact_recounted AFTER UPDATE ON research_fact BEGIN "
    f"{_SQLITE_TAKE} {_SQLITE_ADD} END",
]

_GROUPED = (f"SELECT {_CELL.format(r='f')}, count(*) AS n FROM {{table}} f "
            f"GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5")
POSTGRESQL = [
    f"""CREATE FUNCTION research_fact_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE research_month_count c SET events = c.events - g.n
      FROM ({_GROUPED.format(table='old_facts')}) AS g (kind, value, month, type, country_pair, n)
     WHERE (c.kind, c.value, c.month, c.type, c.country_pair)
         = (g.kind, g.value, g.month, g.type, g.country_pair);
    DELETE FROM research_month_count WHERE events <= 0
       AND ({KEY}) IN (SELECT {_CELL.format(r='o')} FROM old_facts o);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO research_month_count AS c ({KEY}, events) {_GROUPED.format(table='new_facts')}
    ON CONFLICT ({KEY}) DO UPDATE SET events = c.events + excluded.events;
  END IF;
  RETURN NULL;
END $$""",
    "CREATE TRIGGER research_fact_counted AFTER INSERT ON research_fact REFERENCING NEW TABLE AS "
    "new_facts FOR EACH STATEMENT EXECUTE FUNCTION research_fact_count()",
    "CREATE TRIGGER research_fact_uncounted AFTER DELETE ON research_fact REFERENCING OLD TABLE AS "
    "old_facts FOR EACH STATEMENT EXECUTE FUNCTION research_fact_count()",
    "CREATE TRIGGER research_fact_recounted AFTER UPDATE ON research_fact REFERENCING OLD TABLE AS "
    "old_facts NEW TABLE AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION research_fact_count()",
]
TRIGGERS = ("research_fact_counted", "research_fact_uncounted", "research_fact_recounted")


def install(conn: Connection) -> None:
    """Create the triggers (the migration, and a rebuild once its facts are written)."""
    for statement in POSTGRESQL if conn.dialect.name == "postgresql" else SQLITE:
        conn.exec_driver_sql(statement)


def remove(conn: Connection) -> None:
    for name in TRIGGERS:
        on = " ON research_fact" if conn.dialect.name == "postgresql" else ""
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}{on}")
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS research_fact_count()")


def recount(conn: Connection) -> None:
    """Every cell counted afresh from the facts (a rebuild, the migration)."""
    conn.execute(text("DELETE FROM research_month_count"))
    conn.execute(text(f"INSERT INTO research_month_count ({KEY}, events) "
                      f"SELECT {_CELL.format(r='f')}, count(*) FROM research_fact f "
                      f"GROUP BY {_CELL.format(r='f')}"))

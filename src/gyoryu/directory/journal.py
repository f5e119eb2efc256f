"""Writes `directory_change` rows in the same transaction as any change to searchable data.

A flush listener rather than calls in each service, so the import, the edit form, the bundled
loader and later domains can never forget to tell the search index.
"""

from __future__ import annotations

import secrets

from sqlalchemy import event, insert
from sqlalchemy.orm import Session

from gyoryu.directory.models import DirectoryChange, Organization, OrgName

BULK = 1000  # more changed organisations than this in one flush: ask for a full rebuild


@event.listens_for(Session, "after_flush")
def _journal_directory_changes(session: Session, _ctx) -> None:
    touched: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Organization) and obj.id is not None:
            touched.add(obj.id)
        elif isinstance(obj, OrgName) and obj.org_id is not None:
            touched.add(obj.org_id)
    if not touched:
        return
    token = secrets.token_hex(8)
    ids = [None] if len(touched) > BULK else sorted(touched)
    rows = [{"org_id": i, "token": token} for i in ids]
    session.connection().execute(insert(DirectoryChange.__table__), rows)

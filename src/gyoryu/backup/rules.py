"""Who may take a backup: it holds every row — password and token hashes, the fund's
confidential deals, every uploaded document — so admins only."""

from __future__ import annotations

from gyoryu.accounts.rules import is_admin, register

register("backup.download", is_admin)

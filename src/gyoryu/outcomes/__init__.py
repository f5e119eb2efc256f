"""Outcomes: what an exchange achieved — meetings held, then follow-ups, MOUs, pilots, contracts
and investments between organisations, each step dated and with its evidence. See `models.py`
for how to read the tables (and `service.strongest_stages` for an organisation's partners)."""

"""The fund's deal flow and the STAR project programme: deals through stages, a rubric scored by
several reviewers independently, investment memos, the portfolio, and candidates discovered from
news and programs. Deal data is confidential: only the `fund` role and admins see any of it."""

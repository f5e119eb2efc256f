"""Accounts, roles and the permission predicates every page and API call is checked with."""

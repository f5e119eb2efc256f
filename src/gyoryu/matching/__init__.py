"""Matching: partner recommendations and B2B meeting scheduling."""

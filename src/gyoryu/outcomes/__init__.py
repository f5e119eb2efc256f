"""Outcomes: MOUs, partnerships, investments and follow-ups that show what an exchange achieved.

Not built yet; the package exists so the layering contracts already cover it.
"""

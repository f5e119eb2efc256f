"""The directory: organisations, people, places and sectors, named in every script they use."""

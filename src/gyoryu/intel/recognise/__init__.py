"""Recognising names in an article: the directory's own names first (`directory`), then names the
directory does not hold, found by how organisations are named in each language (`ko`, `zh`, `en`),
with the heads and helpers the languages share (`heads`)."""

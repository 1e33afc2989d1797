"""The languages an edition's sentences are in, by their ISO 639-1 codes: Kazakh, and the Russian and English passages
its text quotes. A module of its own, so that reading an index (`check`) does not load the normaliser."""

KAZAKH, RUSSIAN, ENGLISH = "kk", "ru", "en"

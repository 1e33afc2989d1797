"""Mastering, assembly, encoding and tagging of the edition's audio."""

"""The one exception type for failures a user can cause."""


class EditionError(Exception):
    """Bad input, a missing file or a broken setting: the message says what to fix."""

"""The one exception type for every failure a user can cause or fix."""


class EditionError(Exception):
    """A problem with the input, the settings or the environment, explained in one line."""


class Interrupted(EditionError):
    """The user stopped the command (Ctrl-C or SIGTERM)."""

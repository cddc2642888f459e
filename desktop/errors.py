"""Errors whose message is meant for the user, as opposed to bugs.

Anything raised as a ``UserError`` is shown as a one-line message (a dialog in
the window, stderr on the command line); any other exception is a bug and keeps
its traceback.
"""


class UserError(Exception):
    """A problem the user can act on; ``str(error)`` is a complete sentence."""


class DocumentError(UserError):
    """A file could not be opened as a document."""


class StoreError(UserError):
    """The notes database could not be opened or written."""

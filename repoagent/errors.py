"""The one user-facing error type.

Anything the user can fix (a bad flag, a missing path, an unknown git ref) is raised
as :class:`UsageError` with one line saying what is wrong and what to do; the CLI's
error boundary prints it and exits 2. Anything else is a bug: the boundary writes the
traceback to the workspace's crash log (:mod:`repoagent.workspace`) instead of the user's screen.
"""


class UsageError(Exception):
    """A problem with the user's input; printed as one line, exit code 2."""

    exit_code = 2

"""The base of every error the user can read and act on.

It sits on the lowest floor (beside ``models``, importing nothing of the application) so that
every package can raise it: the at-rest opening in ``persistence``, node identity in
``services``, ``security`` and ``sync``. The command line prints such an error without a
traceback (exit status 2); the window shows its message in a dialog.
"""

from __future__ import annotations


class PartnerDeskError(Exception):
    """Something failed for a reason the user can read and act on; the message says what is
    wrong and how to fix it, and nothing was changed."""

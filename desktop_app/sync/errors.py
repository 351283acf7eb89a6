"""Errors of the sync package, each with a message for the user and a short code for reports."""

from __future__ import annotations


class SyncError(Exception):
    """A sync operation failed for a reason the user can read and act on."""


class BundleRejected(SyncError):
    """A bundle was refused as a whole; the database was not changed."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(message)


class BundleSuperseded(BundleRejected):
    """An authentic bundle older than one already imported from the same sender.

    Bundles are incremental: the later bundle carried every change of this one again, so nothing
    is missing. The old bundle is not imported (no replay) and counts as already applied, so
    bundles may be imported in any order.
    """


class PeerNotFound(SyncError):
    """No peer has the given node id or name."""


class NotInitialised(SyncError):
    """This installation has no node identity yet (``partnerdesk init``)."""

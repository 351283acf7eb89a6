"""Errors of the security package, each with a message the user can act on."""

from __future__ import annotations

from desktop_app.errors import PartnerDeskError


class SecurityError(PartnerDeskError):
    """A security operation failed for a reason the user can read and act on."""


class KeyFilesError(SecurityError):
    """The key files are missing, unreadable or readable by other users."""


class BadSignature(SecurityError):
    """A signature does not match the data and the public key."""


class DecryptionFailed(SecurityError):
    """Data could not be decrypted with the identities at hand."""

    def __init__(self, message: str, *, not_for_us: bool) -> None:
        self.not_for_us = not_for_us
        super().__init__(message)


class BundleRejected(PartnerDeskError):
    """A bundle file was refused as a whole (by its envelope, the archive check or the
    manifest check of :mod:`desktop_app.sync.bundle`); the database was not changed.

    ``code`` is the short reason written to the import report (docs/sync-format.md §10–11).
    """

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

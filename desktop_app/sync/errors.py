"""Errors of the sync package, each with a message for the user.

A bundle refused as a whole raises :class:`desktop_app.security.errors.BundleRejected` (the
envelope, the archive check and the manifest check all refuse the same way); node identity and
peer look-up errors are in :mod:`desktop_app.services.node`.
"""

from __future__ import annotations

from desktop_app.errors import PartnerDeskError


class SyncError(PartnerDeskError):
    """A sync operation failed for a reason the user can read and act on."""

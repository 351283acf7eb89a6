"""Errors of the security package, each with a message the user can act on."""

from __future__ import annotations

from desktop_app.sync.errors import SyncError


class SecurityError(SyncError):
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

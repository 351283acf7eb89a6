"""The envelope around a bundle's zip: where signing and encryption plug in (security issue).

A bundle file is ``envelope.seal(zip_bytes)``. Today :class:`PlainEnvelope` writes the zip as it
is. The security issue adds an implementation that signs the zip with the sender's Ed25519 key
(the manifest lists the SHA-256 of every member, so signing the zip or the manifest covers all
of it) and encrypts the result to the receiver's key in the age format, so ``age -d`` can open a
bundle for an audit. Nothing else changes: export calls ``seal``, import calls ``open`` before
reading the zip, and ``name`` is written to the manifest as ``envelope``.
"""

from __future__ import annotations

from typing import Any, Protocol

from desktop_app.sync.errors import BundleRejected

ZIP_MAGIC = b"PK\x03\x04"
AGE_MAGIC = b"age-encryption.org/"


class Envelope(Protocol):
    name: str

    def seal(self, zip_bytes: bytes, *, sender: str, receiver: str) -> bytes:
        """The file content for ``receiver`` that carries ``zip_bytes`` from ``sender``."""
        ...

    def open(self, file_bytes: bytes, *, receiver: str) -> bytes:
        """The zip inside ``file_bytes``; raises :class:`BundleRejected` if it cannot."""
        ...

    def imported(self, report: Any) -> None:
        """Called once the bundle ``open`` returned was imported (not after a dry run)."""
        ...


def default_envelope(db: Any) -> Envelope:
    """This installation's envelope: signed and encrypted once it has keys (security issue)."""
    from desktop_app.security.transport import envelope_for

    return envelope_for(db)


class PlainEnvelope:
    """No signature, no encryption: the file is the zip."""

    name = "plain"

    def seal(self, zip_bytes: bytes, *, sender: str, receiver: str) -> bytes:
        return zip_bytes

    def open(self, file_bytes: bytes, *, receiver: str) -> bytes:
        if file_bytes.startswith(AGE_MAGIC):
            raise BundleRejected(
                "encrypted",
                "This bundle is encrypted; this version of PartnerDesk cannot decrypt bundles.",
            )
        if not file_bytes.startswith(ZIP_MAGIC):
            raise BundleRejected(
                "not_a_bundle", "This file is not a PartnerDesk sync bundle (not a zip file)."
            )
        return file_bytes

    def imported(self, report: Any) -> None:
        pass

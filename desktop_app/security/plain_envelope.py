"""The envelope around a bundle's zip (the :class:`Envelope` protocol) and the plain envelope.

A bundle file is ``envelope.seal(zip_bytes)``. :class:`PlainEnvelope` writes the zip as it is
(installations without keys, and tests); :class:`desktop_app.security.envelope.SecureEnvelope`
signs the zip's manifest with the sender's Ed25519 key and encrypts the result to the receiver's
key in the age format. :func:`desktop_app.security.transport.envelope_for` chooses one for a
database. Sync's export calls ``seal``, its import calls ``open`` before reading the zip, and
``name`` is written to the manifest as ``envelope``.
"""

from __future__ import annotations

from typing import Any, Protocol

from desktop_app.security.errors import BundleRejected

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

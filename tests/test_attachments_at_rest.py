"""Issue 10.7: on an encrypted installation (``init --encrypt``) receipts are encrypted at rest,
in the attachment store and in every copy a backup or a bundle leaves on its disk: a test reads
every byte in the data folder and finds no plain text. They still open, travel and verify."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import trust_support
from trust_support import cli, exchange, with_db

from desktop_app.models import Attachment, Expense, Institution, Mission, Partnership, Person
from desktop_app.persistence import attachment_files
from desktop_app.persistence.at_rest import PASSPHRASE_ENV
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.services.attachments import read_attachment, store_attachment, verify_attachment

pytest.importorskip("sqlcipher3")
SECRET = "correct horse battery staple"
IBAN = b"DE89 3704 0044 0532 0130 00"
RECEIPT = b"%PDF-1.4 Hotel Podgorica, invoice 4711, paid by transfer to " + IBAN


def _plain_text_anywhere(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def _world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, str]:
    """HQ (plain) with one mission; an encrypted expert laptop invited and enrolled."""
    monkeypatch.setenv(PASSPHRASE_ENV, SECRET)
    hq, laptop = tmp_path / "hq", tmp_path / "laptop"
    assert cli(hq, "init", "--role", "hq", "--name", "HQ")[0] == 0

    def seed(db: object) -> str:
        with db.session() as session:  # type: ignore[attr-defined]
            ministry = crud.create(
                session, Institution, name="BMWK", side="german", kind="ministry", country="DE"
            )
            expert = crud.create(
                session, Person, first_name="Anna", last_name="Berg", role="expert"
            )
            partnership = crud.create(
                session,
                Partnership,
                code="VP-ME-99",
                title="Test",
                programme="admin_partnership",
                phase="implementation",
                partner_country="ME",
                currency="EUR",
                german_lead_institution_id=ministry.id,
            )
            crud.create(
                session,
                Mission,
                partnership_id=partnership.id,
                title="Mission",
                kind="short_term",
                destination_country="ME",
                start_date=date(2026, 5, 4),
                end_date=date(2026, 5, 8),
                status="planned",
            )
            return expert.id

    expert = with_db(tmp_path, "hq", seed)
    invite = tmp_path / "laptop.invite"
    args = ["invite", "--name", "Laptop", "--partnership", "VP-ME-99", "--person", expert]
    assert cli(hq, *args, "--out", str(invite))[0] == 0
    code, out = cli(laptop, "init", "--from-invite", str(invite), "--encrypt")
    assert code == 0, out
    code, out = cli(hq, "enrol", "accept", str(laptop / "enrolment-request.json"), "--yes")
    assert code == 0, out
    trust_support.NAMES.setdefault("laptop", "Laptop")
    exchange(tmp_path, "hq", "laptop")
    return hq, laptop, expert


def test_receipts_are_encrypted_on_an_encrypted_laptop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _hq, laptop, expert = _world(tmp_path, monkeypatch)
    source = tmp_path / "hotel.pdf"
    source.write_bytes(RECEIPT)
    db = open_database(DataPaths(laptop))
    try:
        with db.session() as session:
            attachment = store_attachment(session, DataPaths(laptop).attachments, source)
            mission = crud.list_records(session, Mission)[0]
            crud.create(
                session,
                Expense,
                mission_id=mission.id,
                person_id=expert,
                day=date(2026, 5, 5),
                category="lodging",
                description="Hotel",
                amount=Decimal("180.00"),
                currency="EUR",
                exchange_rate=Decimal("1"),
                attachment_id=attachment.id,
            )
        with db.session() as session:
            stored = session.get(Attachment, attachment.id)
            assert verify_attachment(DataPaths(laptop).attachments, stored)
            assert read_attachment(DataPaths(laptop).attachments, stored) == RECEIPT
        source.unlink()
        backup_database_file = DataPaths(laptop).backups / "copy.sqlite3"
        from desktop_app.persistence.at_rest import backup_encrypted, key_pragma

        backup_encrypted(db.engine, backup_database_file, key_pragma(DataPaths(laptop)))
    finally:
        db.dispose()
    on_disk = DataPaths(laptop).attachments / RECEIPT_SHA[:2] / RECEIPT_SHA
    assert on_disk.read_bytes().startswith(attachment_files.MAGIC)
    assert _plain_text_anywhere(laptop, IBAN) == []
    assert _plain_text_anywhere(laptop, b"Hotel Podgorica") == []
    # The receipt travels: HQ (not encrypted) gets it intact with its expense.
    report = exchange(tmp_path, "laptop", "hq")
    assert report["changes"].get("rejected", 0) == 0, report
    assert (tmp_path / "hq" / "attachments" / RECEIPT_SHA[:2] / RECEIPT_SHA).read_bytes() == RECEIPT
    # Altered bytes on disk are noticed, not passed on.
    data = bytearray(on_disk.read_bytes())
    data[-1] ^= 1
    on_disk.write_bytes(bytes(data))
    assert not attachment_files.is_intact(DataPaths(laptop).attachments, RECEIPT_SHA)


def test_receipts_arriving_by_bundle_are_stored_encrypted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, laptop, expert = _world(tmp_path, monkeypatch)
    source = tmp_path / "hotel.pdf"
    source.write_bytes(RECEIPT)

    def attach(db: object) -> None:
        with db.session() as session:  # type: ignore[attr-defined]
            attachment = store_attachment(session, DataPaths(hq).attachments, source)
            mission = crud.list_records(session, Mission)[0]
            crud.create(
                session,
                Expense,
                mission_id=mission.id,
                person_id=expert,
                day=date(2026, 5, 6),
                category="lodging",
                description="Hotel",
                amount=Decimal("180.00"),
                currency="EUR",
                exchange_rate=Decimal("1"),
                attachment_id=attachment.id,
            )

    with_db(tmp_path, "hq", attach)
    report = exchange(tmp_path, "hq", "laptop")
    assert report["changes"].get("rejected", 0) == 0, report
    assert _plain_text_anywhere(laptop, IBAN) == []
    assert attachment_files.read_content(DataPaths(laptop).attachments, RECEIPT_SHA) == RECEIPT


def test_plain_receipts_of_an_encrypted_installation_are_encrypted_when_it_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _hq, laptop, _expert = _world(tmp_path, monkeypatch)
    plain = DataPaths(laptop).attachments / RECEIPT_SHA[:2] / RECEIPT_SHA
    plain.parent.mkdir(parents=True, exist_ok=True)
    plain.write_bytes(RECEIPT)  # as an older version stored it
    open_database(DataPaths(laptop)).dispose()
    assert _plain_text_anywhere(laptop, IBAN) == []
    assert attachment_files.read_content(DataPaths(laptop).attachments, RECEIPT_SHA) == RECEIPT


RECEIPT_SHA = hashlib.sha256(RECEIPT).hexdigest()

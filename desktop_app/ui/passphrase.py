"""Asking for the passphrase of an encrypted database (``init --encrypt``) at start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QWidget


def ask_passphrase(data_dir: Path, parent: QWidget | None = None) -> str | None:
    """The passphrase the user typed, or None when they cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QApplication.translate("Passphrase", "PartnerDesk – encrypted database"),
        QApplication.translate("Passphrase", "Passphrase of the database in {0}:").format(data_dir),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None

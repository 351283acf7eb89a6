"""Languages: Qt translators, the ``.qm`` files, labels of enum values, locale formats.

The German source is ``resources/translations/partnerdesk_de.ts`` (made with ``pyside6-lupdate``
over ``desktop_app/ui`` and the services' message templates: ``python -m
desktop_app.ui.translation_sources``). The compiled ``.qm`` is never committed: building the
wheel compiles it (``setup.py``), and the bundle is made from the wheel, so an installation has
the ``.qm`` and no ``.ts``. In a source checkout (editable install) :func:`ensure_qm` builds it
beside the ``.ts`` with the ``lrelease`` shipped in the PySide6 package when it is missing or
older than the ``.ts``. Validation messages are translated by :mod:`desktop_app.ui.messages`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

from desktop_app.resources import resource_path
from desktop_app.services import formatting
from desktop_app.services.enum_labels import ENUM_LABELS

TRANSLATIONS_DIR = resource_path("translations")
LANGUAGES: tuple[tuple[str, str], ...] = (("de", "Deutsch"), ("en", "English"))
"""Language codes with their names in their own language (menu entries, never translated)."""
__all__ = ["ENUM_LABELS"]  # the labels of stored enum values live Qt-free in services


def label_of(
    context: str, sources: Mapping[str, str], key: str | None, fallback: str | None = None
) -> str:
    """The text of ``key`` in ``sources`` (marked ``QT_TRANSLATE_NOOP(context, …)``) in the
    current language; ``fallback`` when ``sources`` has none (else the key itself)."""
    source = sources.get(key or "")
    if source:
        return QCoreApplication.translate(context, source)
    return fallback if fallback is not None else (key or "")


def enum_label(value: str | None) -> str:
    """The translated label of a stored enum value (the value itself when unknown)."""
    return label_of("Enum", ENUM_LABELS, value)


def label_tr(context: str, source: str) -> str:
    """Translate a ``QT_TRANSLATE_NOOP`` string at the moment it is shown."""
    return QCoreApplication.translate(context, source)


# -- locale ----------------------------------------------------------------------------------------


def language() -> str:
    """The language of the current default locale: "de" or "en"."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def country_label(code: str | None) -> str:
    return formatting.country_label(code, language())


def format_date(value: date | None) -> str:
    """A date (or the day of a datetime) as the current language writes it: 31.12.2026."""
    return formatting.format_date(value, language())


def format_datetime(value: datetime | None) -> str:
    return formatting.format_datetime(value, language())


def format_decimal(value: Decimal | None, places: int | None = 2) -> str:
    """A decimal in the current language's notation, exact (never through float)."""
    return formatting.format_decimal(value, language(), places)


def format_plain(value: Decimal | None) -> str:
    """A number for an edit field: no grouping, no trailing zeros."""
    return formatting.format_plain(value, language())


def parse_decimal(text: str) -> Decimal | str | None:
    """Typed text → Decimal; text that is no number is returned unchanged for the validator."""
    try:
        return formatting.parse_decimal(text, language())
    except ValueError:
        return text.strip()


# -- translators -----------------------------------------------------------------------------------


def ts_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"partnerdesk_{lang}.ts"


def lrelease_binary() -> Path:
    return Path(PySide6.__file__).resolve().parent / "lrelease"


def ensure_qm(lang: str, directory: Path | None = None) -> Path | None:
    """The compiled ``.qm`` of ``lang``: rebuilt when missing or older than the ``.ts`` (only
    where the ``.ts`` is, that is in a source checkout; an installation ships the ``.qm``).

    Returns None when neither exists nor can be built (the UI then stays in English).
    """
    source = ts_path(lang)
    target = (directory or TRANSLATIONS_DIR) / f"partnerdesk_{lang}.qm"
    stale = not target.exists() or (
        source.exists() and source.stat().st_mtime > target.stat().st_mtime
    )
    if stale and source.exists():
        import subprocess  # only when the .qm must be built: not on a normal start

        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [str(lrelease_binary()), "-silent", str(source), "-qm", str(target)],
                check=True,
                capture_output=True,
                timeout=60,
            )
        except (OSError, subprocess.SubprocessError):
            pass
    return target if target.exists() else None


class Translations(QObject):
    """Installs the translators of one language; switching language retranslates live."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self.current = "en"

    def set_language(self, lang: str) -> bool:
        """Switch to ``lang``; every widget then receives a ``LanguageChange`` event."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(
            QLocale(
                QLocale.Language.German if lang == "de" else QLocale.Language.English,
                QLocale.Country.Germany if lang == "de" else QLocale.Country.UnitedKingdom,
            )
        )
        self.current = lang
        if lang == "en" or app is None:
            return True
        loaded = False
        qm = ensure_qm(lang)
        ours = QTranslator(self)
        if qm is not None and ours.load(str(qm)):
            QCoreApplication.installTranslator(ours)
            self._installed.append(ours)
            loaded = True
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self)
        if qtbase.load(f"qtbase_{lang}", qt_dir):
            QCoreApplication.installTranslator(qtbase)
            self._installed.append(qtbase)
        return loaded

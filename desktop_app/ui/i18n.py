"""Languages: Qt translators, the ``.qm`` build at start, labels of enum values, locale formats.

The German source is ``resources/translations/partnerdesk_de.ts`` (made with ``pyside6-lupdate``
over ``desktop_app/ui`` and the services' message templates: ``python -m
desktop_app.ui.translation_sources``). The compiled ``.qm`` is not committed: :func:`ensure_qm`
builds it with the ``lrelease`` shipped in the PySide6 package when it is missing or older than
the ``.ts``. Validation messages are translated by :mod:`desktop_app.ui.messages`.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

from desktop_app.services import formatting

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES: tuple[tuple[str, str], ...] = (("de", "Deutsch"), ("en", "English"))
"""Language codes with their names in their own language (menu entries, never translated)."""

ENUM_LABELS: dict[str, str] = {
    # Programme
    "admin_partnership": QT_TRANSLATE_NOOP("Enum", "Administrative partnership"),
    "eu_twinning": QT_TRANSLATE_NOOP("Enum", "EU Twinning"),
    "municipal": QT_TRANSLATE_NOOP("Enum", "Municipal partnership"),
    "federal_state": QT_TRANSLATE_NOOP("Enum", "Federal–state programme (BLP)"),
    "city_exchange": QT_TRANSLATE_NOOP("Enum", "City partnership exchange"),
    # Phase
    "reform_need": QT_TRANSLATE_NOOP("Enum", "Reform need"),
    "ministry_check": QT_TRANSLATE_NOOP("Enum", "Ministry check"),
    "concept": QT_TRANSLATE_NOOP("Enum", "Cooperation concept"),
    "declaration": QT_TRANSLATE_NOOP("Enum", "Declaration of intent"),
    "workplan": QT_TRANSLATE_NOOP("Enum", "Rolling workplan"),
    "implementation": QT_TRANSLATE_NOOP("Enum", "Implementation"),
    "evaluation": QT_TRANSLATE_NOOP("Enum", "Reporting and evaluation"),
    "network": QT_TRANSLATE_NOOP("Enum", "Lasting network"),
    "closed": QT_TRANSLATE_NOOP("Enum", "Closed"),
    # Institution side and kind
    "german": QT_TRANSLATE_NOOP("Enum", "German side"),
    "partner": QT_TRANSLATE_NOOP("Enum", "Partner side"),
    "federal_ministry": QT_TRANSLATE_NOOP("Enum", "Federal ministry"),
    "federal_agency": QT_TRANSLATE_NOOP("Enum", "Federal agency"),
    "land_ministry": QT_TRANSLATE_NOOP("Enum", "Land ministry"),
    "municipality": QT_TRANSLATE_NOOP("Enum", "Municipality"),
    "ministry": QT_TRANSLATE_NOOP("Enum", "Ministry"),
    "agency": QT_TRANSLATE_NOOP("Enum", "Agency"),
    "university": QT_TRANSLATE_NOOP("Enum", "University"),
    "ngo": QT_TRANSLATE_NOOP("Enum", "NGO"),
    "company": QT_TRANSLATE_NOOP("Enum", "Company"),
    "implementing_agency": QT_TRANSLATE_NOOP("Enum", "Implementing agency"),
    "other": QT_TRANSLATE_NOOP("Enum", "Other"),
    # Gender
    "f": QT_TRANSLATE_NOOP("Enum", "female"),
    "m": QT_TRANSLATE_NOOP("Enum", "male"),
    "d": QT_TRANSLATE_NOOP("Enum", "diverse"),
    "x": QT_TRANSLATE_NOOP("Enum", "not stated"),
    # Person and assignment roles, node roles
    "expert": QT_TRANSLATE_NOOP("Enum", "Expert"),
    "coordinator": QT_TRANSLATE_NOOP("Enum", "Coordinator"),
    "partner_contact": QT_TRANSLATE_NOOP("Enum", "Partner contact"),
    "hq": QT_TRANSLATE_NOOP("Enum", "Headquarters"),
    # Origin of a per-diem rate ("hq": entered by headquarters)
    "official": QT_TRANSLATE_NOOP("Enum", "Official table"),
    "sample": QT_TRANSLATE_NOOP("Enum", "Sample value"),
    "project_leader": QT_TRANSLATE_NOOP("Enum", "Project leader"),
    "resident_adviser": QT_TRANSLATE_NOOP("Enum", "Resident adviser"),
    "component_leader": QT_TRANSLATE_NOOP("Enum", "Component leader"),
    "short_term_expert": QT_TRANSLATE_NOOP("Enum", "Short-term expert"),
    "long_term_expert": QT_TRANSLATE_NOOP("Enum", "Long-term expert"),
    # Cross-cutting themes
    "sdg": QT_TRANSLATE_NOOP("Enum", "Sustainable Development Goal"),
    "do_no_harm": QT_TRANSLATE_NOOP("Enum", "Do No Harm"),
    "gender_diversity": QT_TRANSLATE_NOOP("Enum", "Gender & Diversity"),
    "sustainability": QT_TRANSLATE_NOOP("Enum", "Sustainability"),
    # Contributions
    "staff": QT_TRANSLATE_NOOP("Enum", "Staff"),
    "rooms": QT_TRANSLATE_NOOP("Enum", "Rooms"),
    "scholarships": QT_TRANSLATE_NOOP("Enum", "Scholarships"),
    "training_places": QT_TRANSLATE_NOOP("Enum", "Training places"),
    "money": QT_TRANSLATE_NOOP("Enum", "Money"),
    # Workplan revisions and activities
    "draft": QT_TRANSLATE_NOOP("Enum", "Draft"),
    "agreed": QT_TRANSLATE_NOOP("Enum", "Agreed"),
    "superseded": QT_TRANSLATE_NOOP("Enum", "Superseded"),
    "expert_mission": QT_TRANSLATE_NOOP("Enum", "Expert mission"),
    "training": QT_TRANSLATE_NOOP("Enum", "Training"),
    "workshop": QT_TRANSLATE_NOOP("Enum", "Workshop"),
    "conference": QT_TRANSLATE_NOOP("Enum", "Conference"),
    "study_trip": QT_TRANSLATE_NOOP("Enum", "Study trip"),
    "staff_exchange": QT_TRANSLATE_NOOP("Enum", "Staff exchange"),
    "steering_committee": QT_TRANSLATE_NOOP("Enum", "Steering committee"),
    "planned": QT_TRANSLATE_NOOP("Enum", "Planned"),
    "confirmed": QT_TRANSLATE_NOOP("Enum", "Confirmed"),
    "done": QT_TRANSLATE_NOOP("Enum", "Done"),
    "postponed": QT_TRANSLATE_NOOP("Enum", "Postponed"),
    "cancelled": QT_TRANSLATE_NOOP("Enum", "Cancelled"),
    "on_site": QT_TRANSLATE_NOOP("Enum", "On site"),
    "online": QT_TRANSLATE_NOOP("Enum", "Online"),
    "hybrid": QT_TRANSLATE_NOOP("Enum", "Hybrid"),
    # Missions and events
    "short_term": QT_TRANSLATE_NOOP("Enum", "Short-term"),
    "long_term": QT_TRANSLATE_NOOP("Enum", "Long-term"),
    "hospitation": QT_TRANSLATE_NOOP("Enum", "Job shadowing (Hospitation)"),
    "approved": QT_TRANSLATE_NOOP("Enum", "Approved"),
    "under_way": QT_TRANSLATE_NOOP("Enum", "Under way"),
    "completed": QT_TRANSLATE_NOOP("Enum", "Completed"),
    "reported": QT_TRANSLATE_NOOP("Enum", "Reported"),
    "webinar": QT_TRANSLATE_NOOP("Enum", "Webinar"),
    # Core topics (seed 000)
    "export_investment_promotion": QT_TRANSLATE_NOOP("Enum", "Export and investment promotion"),
    "procurement_competition_law": QT_TRANSLATE_NOOP(
        "Enum", "Public procurement and competition law"
    ),
    "quality_infrastructure": QT_TRANSLATE_NOOP("Enum", "Quality infrastructure"),
    "digitalisation_innovation": QT_TRANSLATE_NOOP("Enum", "Digitalisation and innovation"),
    "sme_startup_promotion": QT_TRANSLATE_NOOP("Enum", "SME and start-up promotion"),
    "economic_industrial_policy": QT_TRANSLATE_NOOP("Enum", "Economic and industrial policy"),
    "regional_economic_development": QT_TRANSLATE_NOOP("Enum", "Regional economic development"),
    "energy_markets_efficiency_renewables": QT_TRANSLATE_NOOP(
        "Enum", "Energy markets, efficiency and renewables"
    ),
}


def enum_label(value: str | None) -> str:
    """The translated label of a stored enum value (the value itself when unknown)."""
    if value is None:
        return ""
    source = ENUM_LABELS.get(value)
    return QCoreApplication.translate("Enum", source) if source else value


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
    """The compiled ``.qm`` of ``lang``: rebuilt when missing or older than the ``.ts``.

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

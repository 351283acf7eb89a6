"""User preferences: a plain JSON file ``preferences.json`` in the data directory.

Known keys: ``template_dir`` (folder with an office's own document templates),
``backup_keep_daily`` and ``backup_keep_weekly`` (how many daily backups are kept, default 7
and 4; both 0 turns the daily backup off) and ``partner_languages`` (the language beside German
in a declaration of intent, by partner country: ``{"BE": "fr", "CM": "en"}``; without an entry
French for French-speaking partner countries, English otherwise). Unknown keys are kept, so
newer versions can add settings without losing older ones.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.persistence.atomic_files import write_atomically
from desktop_app.persistence.backup import Retention

FILE_NAME = "preferences.json"


class PreferencesError(ValueError):
    """The preferences file cannot be read; it names the file and the problem."""


def preferences_path(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def load(data_dir: Path) -> dict[str, Any]:
    """The preferences of a data directory; {} when the file does not exist."""
    path = preferences_path(data_dir)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PreferencesError(
            f"The preferences file {path} cannot be read ({exc}). Fix it or delete it to "
            "return to the default settings."
        ) from exc
    if not isinstance(data, dict):
        raise PreferencesError(f"The preferences file {path} must hold a JSON object.")
    return data


def save(data_dir: Path, values: dict[str, Any]) -> None:
    """Write the preferences atomically (:mod:`desktop_app.persistence.atomic_files`)."""
    path = preferences_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(values, indent=2, ensure_ascii=False))


def set_value(data_dir: Path, key: str, value: Any) -> None:
    """Set one preference (None removes it) and keep the others."""
    values = load(data_dir)
    if value is None:
        values.pop(key, None)
    else:
        values[key] = value
    save(data_dir, values)


def template_dir(data_dir: Path | None) -> Path | None:
    """The office's template folder, if one is set."""
    if data_dir is None:
        return None
    value = load(data_dir).get("template_dir")
    if not value:
        return None
    return Path(str(value)).expanduser()


def backup_retention(data_dir: Path) -> Retention:
    """How many daily backups to keep (``backup_keep_daily``, ``backup_keep_weekly``)."""
    values = load(data_dir)
    default = Retention()
    counts = {}
    for key, fallback in (
        ("backup_keep_daily", default.daily),
        ("backup_keep_weekly", default.weekly),
    ):
        value = values.get(key, fallback)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1000:
            raise PreferencesError(
                f"The setting '{key}' in {preferences_path(data_dir)} must be a whole number "
                f"from 0 to 1000 (it is {value!r}); fix it or remove it for the default "
                f"({fallback})."
            )
        counts[key] = value
    return Retention(counts["backup_keep_daily"], counts["backup_keep_weekly"])


def partner_languages(data_dir: Path | None) -> dict[str, str]:
    """The configured second language of declarations per partner country (ISO code → en/fr)."""
    if data_dir is None:
        return {}
    value = load(data_dir).get("partner_languages") or {}
    path = preferences_path(data_dir)
    if not isinstance(value, dict):
        raise PreferencesError(
            f"'partner_languages' in {path} must map country codes to 'en' or 'fr', "
            'for example {"BE": "fr"}.'
        )
    result: dict[str, str] = {}
    for country, language in value.items():
        code = str(country).strip().upper()
        if len(code) != 2 or language not in ("en", "fr"):
            raise PreferencesError(
                f"'partner_languages' in {path}: '{country}': '{language}' is not valid; use a "
                "two-letter country code and 'en' or 'fr'."
            )
        result[code] = str(language)
    return result

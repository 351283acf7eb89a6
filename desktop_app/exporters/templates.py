"""Finding and rendering the Word templates (docxtpl), with clear errors for broken templates.

Built-in templates live in ``resources/templates/`` (the package ``desktop_app.resources``). An
office can set ``template_dir`` in the preferences (``preferences.json`` in the data directory) to
a folder with its own files of the same names (e.g. with its letterhead); a file missing there
falls back to the built-in one.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import jinja2
from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate

from desktop_app.exporters.docx_access import DOCUMENT_INFO, DocumentInfo, make_accessible
from desktop_app.exporters.safe_text import clean_text
from desktop_app.persistence.atomic_files import atomic_path
from desktop_app.resources import resource_path

BUILTIN_TEMPLATES = resource_path("templates")


class TemplateError(RuntimeError):
    """A template file is missing or broken; the message names the file and the problem."""


def find_template(name: str, template_dir: Path | None = None) -> Path:
    """The file to use for template ``name``: the office's copy if present, else the built-in."""
    if template_dir is not None:
        if not template_dir.is_dir():
            raise TemplateError(
                f"The template folder {template_dir} (setting 'template_dir' in preferences.json) "
                "does not exist. Correct the setting or remove it to use the built-in templates."
            )
        own = template_dir / name
        if own.exists():
            return own
    builtin = BUILTIN_TEMPLATES / name
    if not builtin.exists():
        raise TemplateError(
            f"The built-in template {builtin} is missing; reinstall PartnerDesk (in a source "
            "checkout: run scripts/build_templates.py)."
        )
    return builtin


def load_clauses(name: str, language: str, template_dir: Path | None = None) -> dict[str, Any]:
    """Clause texts ``<name>.<language>.json`` (the office's copy first, like templates)."""
    path = find_template(f"{name}.{language}.json", template_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(f"The clause file {path} cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise TemplateError(f"The clause file {path} must hold a JSON object.")
    return data


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(item) for item in value]
    return value


def render_docx(
    template: Path, context: dict[str, Any], out: Path, info: DocumentInfo | None = None
) -> Path:
    """Render ``template`` with ``context`` to ``out``; raises :class:`TemplateError`.

    Text is escaped for XML (autoescape) and stripped of characters XML cannot hold, so user
    text never breaks the file. Every document then passes through
    :func:`~desktop_app.exporters.docx_access.make_accessible` (title, subject, author,
    language of the text and of the styles, table captions), with ``info`` or the
    ``_document`` entry of the context. The file is written next to ``out`` first and then
    renamed, so a failed export never leaves half a document behind.
    """
    context = dict(context)
    described = context.pop(DOCUMENT_INFO, None)
    info = info or described
    try:
        document = DocxTemplate(str(template))
        document.render(_clean(context), jinja_env=_ENV, autoescape=True)
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError) as exc:
        raise TemplateError(
            f"The template {template} is not a readable Word (.docx) file ({exc})."
        ) from exc
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"The template {template} has a placeholder error: {exc.message} "
            f"(near line {exc.lineno} of its document text)."
        ) from exc
    except jinja2.UndefinedError as exc:
        raise TemplateError(
            f"The template {template} uses a placeholder PartnerDesk does not provide: "
            f"{exc.message}."
        ) from exc
    if info is not None:
        make_accessible(document.docx, info)
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(out) as partial:
        document.save(str(partial))
    return out


_ENV = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)

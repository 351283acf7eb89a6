"""Tagged PDF of a written document, made by LibreOffice when it is installed.

``soffice --headless --convert-to pdf`` with the export filter's "UseTaggedPDF" option gives a
PDF with a structure tree (headings, lists, tables with header cells), the document language and
the second language's spans, title, author and subject: what PDF/UA (ISO 14289) and BITV 2.0
ask of a published PDF. Every conversion runs with a user profile of its own, so it works while
the user has LibreOffice open. Without LibreOffice, :func:`pdf_support` says why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop_app.exporters.docx_common import ExportError
from desktop_app.persistence.atomic_files import atomic_path

ENVIRONMENT = "PARTNERDESK_SOFFICE"
"""Environment variable naming the LibreOffice program (``soffice``) to use."""
TIMEOUT_SECONDS = 180
_OPTIONS = (
    '{"UseTaggedPDF":{"type":"boolean","value":"true"},'
    '"ExportBookmarks":{"type":"boolean","value":"true"}}'
)
_FILTERS = {
    ".docx": f"pdf:writer_pdf_Export:{_OPTIONS}",
    ".xlsx": f"pdf:calc_pdf_Export:{_OPTIONS}",
}


class PdfUnavailable(ExportError):
    """LibreOffice is not installed (or not found), so no PDF can be made."""


@dataclass(frozen=True)
class PdfSupport:
    program: Path | None
    reason: str
    """Why PDFs cannot be made (empty when they can)."""

    @property
    def available(self) -> bool:
        return self.program is not None


def _candidates() -> list[Path]:
    found: list[Path] = []
    configured = os.environ.get(ENVIRONMENT)
    if configured:
        found.append(Path(configured))
    for name in ("soffice", "libreoffice"):
        located = shutil.which(name)
        if located:
            found.append(Path(located))
    if sys.platform == "win32":
        for base in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)")):
            if base:
                found.append(Path(base) / "LibreOffice" / "program" / "soffice.exe")
    elif sys.platform == "darwin":
        found.append(Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"))
    return found


def pdf_support() -> PdfSupport:
    """Whether PDFs can be made here, and with which program."""
    for candidate in _candidates():
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return PdfSupport(candidate, "")
    return PdfSupport(
        None,
        "PDF export needs LibreOffice, which is not installed on this computer (or set "
        f"{ENVIRONMENT} to its program 'soffice'). The Word and Excel files can be saved as "
        "usual.",
    )


def to_pdf(source: Path, out: Path, *, program: Path | None = None) -> Path:
    """Convert ``source`` (.docx or .xlsx) into a tagged PDF at ``out``.

    Raises :class:`PdfUnavailable` without LibreOffice and :class:`ExportError` when the
    conversion fails; ``out`` is written whole or not at all.
    """
    filter_ = _FILTERS.get(source.suffix.lower())
    if filter_ is None:
        raise ExportError(f"{source.name}: only Word (.docx) and Excel (.xlsx) files become PDFs.")
    if program is None:
        support = pdf_support()
        if support.program is None:
            raise PdfUnavailable(support.reason)
        program = support.program
    with tempfile.TemporaryDirectory(prefix="partnerdesk-pdf-") as work:
        folder = Path(work)
        profile = (folder / "profile").as_uri()
        try:
            completed = subprocess.run(
                [str(program), f"-env:UserInstallation={profile}", "--headless", "--norestore",
                 "--convert-to", filter_, "--outdir", str(folder / "out"), str(source)],
                capture_output=True,
                text=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
            )  # fmt: skip
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ExportError(
                f"LibreOffice could not convert {source.name} to PDF: {exc}"
            ) from exc
        made = folder / "out" / f"{source.stem}.pdf"
        if completed.returncode != 0 or not made.is_file():
            detail = (completed.stderr or completed.stdout).strip()[-300:]
            raise ExportError(
                f"LibreOffice could not convert {source.name} to PDF"
                + (f": {detail}" if detail else ".")
            )
        out.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(out) as partial:
            shutil.copyfile(made, partial)
    return out


def export_as_pdf(write: object, out: Path, suffix: str) -> Path:
    """Write a document with ``write(path)`` into a temporary file, then make ``out`` (.pdf)
    from it; no Word or Excel file is left behind."""
    support = pdf_support()
    if support.program is None:
        raise PdfUnavailable(support.reason)
    with tempfile.TemporaryDirectory(prefix="partnerdesk-doc-") as work:
        source = Path(work) / f"{out.stem}{suffix}"
        written = write(source)  # type: ignore[operator]
        return to_pdf(Path(written), out, program=support.program)

"""The labels of every document export, in one wording: "Export … …" / "… exportieren…".

Buttons in the lists, the partnership overview and My missions use these, so one document has
one name wherever it is offered (context "Views", translated with ``label_tr``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

EXPORT_REPORT = QT_TRANSLATE_NOOP("Views", "Export mission report…")
EXPORT_EXPENSES = QT_TRANSLATE_NOOP("Views", "Export travel-expense declaration…")
EXPORT_WORKPLAN = QT_TRANSLATE_NOOP("Views", "Export workplan (Excel)…")
EXPORT_DECLARATION = QT_TRANSLATE_NOOP("Views", "Export declaration of intent…")
IMPORT_WORKPLAN = QT_TRANSLATE_NOOP("Views", "Import edited workplan (Excel)…")
EXPORT_PROGRESS_REPORT = QT_TRANSLATE_NOOP("Views", "Export progress report…")

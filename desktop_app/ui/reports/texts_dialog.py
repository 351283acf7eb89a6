"""The progress report dialog: choose the period and write what only the coordinator can say.

The figures of the report come from the records; the assessment of progress, the reasons of
deviations, the plan for the next quarter and the risks with their mitigation (Twinning interim
quarterly report, section 2) are the coordinator's words. They are kept with the partnership per
period (services/reports/texts.py), saved whenever the period changes, the report is exported or
the dialog is closed — nothing typed here is lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.reports.texts import FINAL, load_texts, save_texts
from desktop_app.ui.context import AppContext

SECTION_ORDER = ("summary", "deviations", "next_quarter", "risks")


class ProgressReportDialog(QDialog):
    """Period, the four texts, Export… and Close. ``accepted`` means: export the chosen period."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        partnership_id: str,
        periods: list[str],
        index: int,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.partnership_id = partnership_id
        self.periods = periods
        self._shown_key: str | None = None
        self._loaded: dict[str, str] = {}
        self._close_tried = False
        self.setWindowTitle(self.tr("Progress report"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The figures of the report come from the records. Write here what only you can "
                "say: it goes into sections 2, 7 and 8 of the report and is kept with the "
                "partnership for this period."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Report for which quarter?")))
        self.period = QComboBox()
        self.period.addItems(periods)
        layout.addWidget(self.period)
        captions = {
            "summary": self.tr("Assessment of progress (section 2)"),
            "deviations": self.tr("Reasons for the deviations (section 2)"),
            "next_quarter": self.tr("Plan for the next quarter (section 7)"),
            "risks": self.tr("Risks and mitigation (section 8)"),
        }
        self.edits: dict[str, QPlainTextEdit] = {}
        self.captions: dict[str, QLabel] = {}
        for section in SECTION_ORDER:
            caption = QLabel(captions[section])
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(60)
            caption.setBuddy(edit)
            layout.addWidget(caption)
            layout.addWidget(edit, 1)
            self.captions[section], self.edits[section] = caption, edit
        self.status = QLabel()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 600)
        self.period.setCurrentIndex(index)
        self._show(self.period_key())
        self.period.currentIndexChanged.connect(self._period_changed)

    def period_key(self) -> str:
        """``2026-Q1`` or ``final`` (the last item is the final report)."""
        index = self.period.currentIndex()
        return FINAL if index == len(self.periods) - 1 else self.periods[index]

    def is_final(self) -> bool:
        return self.period_key() == FINAL

    def texts(self) -> dict[str, str]:
        return {section: edit.toPlainText() for section, edit in self.edits.items()}

    def _show(self, key: str) -> None:
        with self.context.db.session() as session:
            self._loaded = load_texts(session, self.partnership_id, key)
        self._shown_key = key
        for section, edit in self.edits.items():
            edit.setPlainText(self._loaded.get(section, ""))
        final = key == FINAL
        self.captions["next_quarter"].setVisible(not final)
        self.edits["next_quarter"].setVisible(not final)

    def save(self) -> bool:
        """Store the shown period's texts; False (and the problem shown) when that failed."""
        if self._shown_key is None:
            return True
        texts = self.texts()
        if self._shown_key == FINAL:
            texts.pop("next_quarter")
        wanted = {s: t.strip() for s, t in texts.items()}
        if all(wanted[s] == self._loaded.get(s, "") for s in wanted):
            return True
        try:
            with self.context.db.session() as session:
                save_texts(session, self.partnership_id, self._shown_key, texts)
        except Exception as error:  # shown to the user; nothing was written
            from desktop_app.ui.documents.ops import problem_text

            self.status.setText(problem_text(error))
            return False
        self._loaded = {s: t for s, t in wanted.items() if t}
        self.status.setText(self.tr("Texts saved."))
        self.context.announce({"progress_report_texts"})
        return True

    def _period_changed(self) -> None:
        if self.save():
            self._show(self.period_key())

    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        """Close; when the texts could not be saved the dialog stays open once so the problem
        can be read (and the text copied), a second Close closes it."""
        if self.save() or self._close_tried:
            super().reject()
        self._close_tried = True

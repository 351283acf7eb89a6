"""Before a declaration of intent is saved: the second language, who signs for each side with
which function, and where and when (blank fields stay lines to fill in by hand)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.exporters.declaration import Signatory, Signing
from desktop_app.ui.field_form import FieldForm
from desktop_app.ui.i18n import language as ui_language


class SigningDialog(QDialog):
    def __init__(self, suggested: Signing, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Declaration of intent"))
        self.setMinimumWidth(700)
        intro = QLabel(
            self.tr(
                "The declaration is written in German beside a second language. Names and "
                "functions are suggested from the records; fields left empty stay lines to fill "
                "in by hand."
            )
        )
        intro.setWordWrap(True)
        self.language = QComboBox()
        # languages named in their own language, like the language menu (never translated)
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.german_name = QLineEdit(suggested.german.name)
        self.german_function = QLineEdit(suggested.german.function)
        self.partner_name = QLineEdit(suggested.partner.name)
        self.partner_function = QLineEdit(suggested.partner.function)
        self.place = QLineEdit(suggested.place)
        self.place.setPlaceholderText(self.tr("e.g. Berlin"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy" if ui_language() == "de" else "yyyy-MM-dd")
        self.form = form = FieldForm()
        form.add_field("language", self.tr("Second &language"), self.language)
        form.add_field("german_name", self.tr("German side: &name"), self.german_name)
        form.add_field("german_function", self.tr("German side: f&unction"), self.german_function)
        form.add_field("partner_name", self.tr("Partner side: n&ame"), self.partner_name)
        form.add_field(
            "partner_function", self.tr("Partner side: fun&ction"), self.partner_function
        )
        form.add_field("place", self.tr("&Place of signature"), self.place)
        self.dated = form.add_optional_date("day", self.tr("Date of signature"), self.day)
        if suggested.day is not None:
            self.dated.setChecked(True)
            self.day.setDate(QDate(suggested.day.year, suggested.day.month, suggested.day.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Continue"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        form.submitted.connect(self.accept)  # Enter in a field: Continue
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(form)
        layout.addWidget(buttons)

    def signing(self) -> Signing:
        return Signing(
            german=Signatory(self.german_name.text().strip(), self.german_function.text().strip()),
            partner=Signatory(
                self.partner_name.text().strip(), self.partner_function.text().strip()
            ),
            place=self.place.text().strip(),
            day=self.day.date().toPython() if self.dated.isChecked() else None,  # type: ignore[arg-type]
        )

    def chosen_language(self) -> str:
        return str(self.language.currentData())

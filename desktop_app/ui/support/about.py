"""Help › About: the build date line of the About box and its "Third-party licences…" button,
which opens :class:`LicencesDialog` (version, build date, licence, and the third-party
components with their licence texts).

The components and their licences come from :mod:`desktop_app.services.components` (generated at
build time for the bundle, read from the installed metadata otherwise), loaded in the background;
selecting one shows its licence texts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.components import LICENCE, LICENCE_NAME, Component, build_info
from desktop_app.ui.background import BackgroundOp, Job
from desktop_app.ui.text_table import TextTable


def build_line() -> str:
    """ "Built on 2026-12-03", or that this is no built package (a source checkout)."""
    info = build_info()
    if info.build_date:
        return QCoreApplication.translate("About", "Built on %1").replace("%1", info.build_date)
    return QCoreApplication.translate("About", "Development version (not a built package)")


def add_licences_button(box: QMessageBox, parent: QWidget) -> QPushButton:
    """A "Third-party licences…" button in the About box that opens :class:`LicencesDialog`."""
    button = box.addButton(
        QCoreApplication.translate("About", "Third-party licences…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    button.setObjectName("licencesButton")

    def show() -> None:
        dialog = LicencesDialog(parent)
        dialog.open()
        parent.licences_dialog = dialog  # type: ignore[attr-defined]

    button.clicked.connect(show)
    return button


class LicencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licencesDialog")
        self.setWindowTitle(self.tr("PartnerDesk – third-party licences"))
        info = build_info()
        built = build_line()
        self.header = QLabel(
            self.tr(
                "<h3>PartnerDesk %1</h3><p>Plan and run administrative partnerships abroad: "
                "partnerships, workplans, missions, events and study trips, offline first.</p>"
                "<p>%2<br>Licence: %3 (%4)</p>"
            )
            .replace("%1", info.version)
            .replace("%2", built)
            .replace("%3", LICENCE)
            .replace("%4", LICENCE_NAME)
        )
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caption = QLabel(self.tr("Third-party components and their licences:"))
        self.table = TextTable(3)
        self.table.setObjectName("componentsTable")
        self.table.set_headers([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("Select a component to read its licence."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        splitter.setSizes([220, 200])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(caption)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(720, 600)
        self.components: list[Component] = []
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show(current.row())
        )
        self.loading = self._load()

    def _load(self) -> BackgroundOp[list[Component]]:
        def work(_job: Job) -> list[Component]:
            from desktop_app.services.components import third_party_components

            return third_party_components()

        return BackgroundOp(self, None, work).success(self.set_components).run()

    def set_components(self, components: list[Component]) -> None:
        self.components = components
        self.table.set_rows([[c.name, c.version, c.licence] for c in components])

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            self.text.clear()
            return
        component = self.components[row]
        parts = [f"{component.name} {component.version} — {component.licence}"]
        if component.home_page:
            parts.append(component.home_page)
        for name, body in component.texts.items():
            parts.append(f"\n===== {name} =====\n{body}")
        if not component.texts:
            parts.append(self.tr("\nThe licence text is published at the component's home page."))
        self.text.setPlainText("\n".join(parts))

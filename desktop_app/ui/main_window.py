"""The main window: a welcome page on an empty database, else the list of partnerships."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.persistence.database import Database
from desktop_app.services import listings
from desktop_app.services.demo import is_empty, load_demo
from desktop_app.services.node import current_node, init_node

PARTNERSHIP_COLUMNS = (
    ("code", "Code"),
    ("title", "Title"),
    ("programme", "Programme"),
    ("phase", "Phase"),
    ("partner_country", "Country"),
    ("start_date", "Start"),
    ("end_date", "End"),
)


class WelcomePage(QWidget):
    """First start: load the demo data, or start empty with a role."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window
        layout = QVBoxLayout(self)
        layout.addStretch()
        title = QLabel(self.tr("<h1>Welcome to PartnerDesk</h1>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(
            self.tr(
                "The database is still empty. Load the demo data to look around, "
                "or start empty as headquarters, coordinator or expert."
            )
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_button = QPushButton(self.tr("Load demo data"))
        self.demo_button.clicked.connect(window.load_demo_data)
        self.role = QComboBox()
        for value, label in (
            ("hq", self.tr("Headquarters")),
            ("coordinator", self.tr("Coordinator")),
            ("expert", self.tr("Expert")),
        ):
            self.role.addItem(label, value)
        self.node_name = QLineEdit()
        self.node_name.setPlaceholderText(self.tr("Name of this installation"))
        self.empty_button = QPushButton(self.tr("Start empty"))
        self.empty_button.clicked.connect(
            lambda: window.start_empty(str(self.role.currentData()), self.node_name.text())
        )
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.role)
        row.addWidget(self.node_name)
        row.addWidget(self.empty_button)
        row.addStretch()
        for widget in (title, intro):
            layout.addWidget(widget)
        layout.addWidget(self.demo_button, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addLayout(row)
        layout.addStretch()


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle("PartnerDesk")
        self.resize(1100, 700)
        self.stack = QStackedWidget()
        self.welcome = WelcomePage(self)
        self.table = QTableView()
        self.table.setSortingEnabled(True)
        self.model = QStandardItemModel(0, len(PARTNERSHIP_COLUMNS))
        self.model.setHorizontalHeaderLabels([self.tr(label) for _, label in PARTNERSHIP_COLUMNS])
        self.table.setModel(self.model)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.table)
        self.setCentralWidget(self.stack)
        self.refresh()

    def refresh(self) -> None:
        with self.db.session() as session:
            empty = is_empty(session) and current_node(session) is None
            rows = [] if empty else listings.partnership_rows(session)
        if empty:
            self.stack.setCurrentWidget(self.welcome)
            return
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            items = [QStandardItem(str(row[key] or "")) for key, _ in PARTNERSHIP_COLUMNS]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        self.stack.setCurrentWidget(self.table)
        self.statusBar().showMessage(self.tr("%n partnership(s)", "", len(rows)))

    def load_demo_data(self) -> None:
        with self.db.session() as session:
            if current_node(session) is None:
                init_node(session, "hq", "Demo HQ")
            load_demo(session)
        self.db.forget_node()
        self.refresh()

    def start_empty(self, role: str, name: str) -> None:
        from desktop_app.services.errors import ValidationError

        try:
            with self.db.session() as session:
                init_node(session, role, name)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Cannot start"), str(exc))
            return
        self.db.forget_node()
        self.refresh()

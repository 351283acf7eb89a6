"""The main window: navigation, lazily built views, menus, status bar, saved window state.

On an empty database it shows the welcome page instead. Window geometry, splitter states, the
last view and the language live in the ``QSettings`` passed in (tests pass a temporary ini file).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop_app import __version__
from desktop_app.persistence.paths import ENCRYPTION_MARKER
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import LANGUAGES, Translations, enum_label, label_tr
from desktop_app.ui.styles import NAVIGATION_STYLE
from desktop_app.ui.views import (
    START,
    ViewEntry,
    available_views,
    module_exists,
    prepare_view,
)

if TYPE_CHECKING:  # loaded once the window is up (ui/app.py starts the worker after its paint)
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.background import BackgroundOp, Job

SYNC_STATUS_DELAY_MS = 700

SEARCH_TABLE_VIEWS = {
    "partnerships": "partnerships",
    "people": "people",
    "institutions": "people",
    "missions": "missions",
    "events": "events",
    "activity_log_entries": "missions",
}


def database_is_empty(db: Any) -> bool:
    """No node identity and no records: the welcome page is shown."""
    from desktop_app.services.node import current_node

    with db.session() as session:
        if current_node(session) is not None:
            return False
        try:
            from desktop_app.services.demo import is_empty
        except ImportError:
            return True
        return bool(is_empty(session))


def open_url(url: Any) -> bool:
    """Open a folder or file with the system (QtGui's QDesktopServices, loaded when used)."""
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(url)


def all_tables() -> frozenset[str]:
    from desktop_app.models import Base

    return frozenset(Base.metadata.tables)


class MainWindow(QMainWindow):
    database_opened = Signal()
    """The database is open and the first page shown (daily backup, files to import, …)."""

    def __init__(
        self,
        context: AppContext,
        settings: QSettings,
        translations: Translations | None = None,
        views: list[ViewEntry] | None = None,
    ) -> None:
        super().__init__()
        self.context = context
        self.settings = settings
        self.translations = translations or Translations(self)
        self.entries = views if views is not None else available_views()
        self.built: dict[str, QWidget] = {}
        self.setObjectName("mainWindow")
        if context.db is not None:  # else after the first paint (QIcon reads the PNG files)
            self.set_icon()
        self.resize(1280, 720)
        self.open_url: Any = open_url
        """Opens a folder or file with the system (tests replace it)."""

        self._welcome: Any = None  # built when an empty database needs it

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(200)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setStyleSheet(NAVIGATION_STYLE)
        self.pages = QStackedWidget()
        for entry in self.entries:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.nav.addItem(item)
            self.pages.addWidget(QWidget())  # placeholder until first shown
        self.nav.currentRowChanged.connect(self._show_row)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([210, 1070])

        self.opening = QLabel()
        self.opening.setObjectName("openingPage")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.central = QStackedWidget()
        self.central.addWidget(self.opening)
        self.central.addWidget(self.splitter)
        self.setCentralWidget(self.central)

        self.indexer: Any = None  # the search index, once the database is open
        self.node_label = QLabel()
        self.statusBar().addPermanentWidget(self.node_label)
        self.sync_label: Any = None
        self.actions_built = False
        """The menus' entries and shortcuts: made when the database is open (``fill_menus``);
        until then the menu bar shows its titles, disabled."""
        self._build_menu_titles()
        self.retranslate()
        self._restore_state()
        self.preview_page: QWidget | None = None
        if context.db is None:  # being opened in a worker: see open_database_in_background
            self.menuBar().setEnabled(False)
            if not self._show_preview():
                self.central.setCurrentWidget(self.opening)
        else:
            self._database_ready()

    def set_icon(self) -> None:
        """PartnerDesk's icon on the window and its task-bar entry."""
        from desktop_app.ui.icons import app_icon

        self.setWindowIcon(app_icon())

    def _show_preview(self) -> bool:
        """Show the last view's first rows while the database opens (``records/preview.py``)."""
        from desktop_app.ui.records.preview import PreviewPage, read

        key = self._last_view()
        keys = [entry.key for entry in self.entries]
        if key not in keys:
            return False
        preview = read(self.settings, key, self.context.paths.database)
        if preview is None:
            return False
        row = keys.index(key)
        page = PreviewPage(preview)
        placeholder = self.pages.widget(row)
        self.pages.insertWidget(row, page)  # replaced by the real view like a placeholder
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self._restore_splitters(key, page)
        self.pages.setCurrentWidget(page)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self.nav.setEnabled(False)
        self.central.setCurrentWidget(self.splitter)
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self.preview_page = page
        return True

    @property
    def welcome(self) -> Any:
        """The welcome page of an empty database (built on first use: most starts skip it)."""
        if self._welcome is None:
            from desktop_app.ui.welcome import WelcomePage

            self._welcome = WelcomePage()
            self._welcome.demo_requested.connect(self.load_demo_data)
            self._welcome.start_requested.connect(self.start_empty)
            self._welcome.invitation_chosen.connect(self.start_from_invitation)
            self.central.addWidget(self._welcome)
        return self._welcome

    def _database_ready(self, empty: bool | None = None) -> None:
        if self.indexer is None:
            from desktop_app.ui.search.dialog import SearchIndexer

            self.indexer = SearchIndexer(self.context, self)
        self.fill_menus()
        self.menuBar().setEnabled(True)
        self.nav.setEnabled(True)
        self.show_start_page(empty)
        self._release_preview()  # else the start page was another: the preview waits unread
        if module_exists("desktop_app.ui.sync.status_label"):
            # secondary information with heavy imports: added once the window is up
            QTimer.singleShot(SYNC_STATUS_DELAY_MS, self._add_sync_status)
        self.database_opened.emit()

    def open_database_in_background(self) -> BackgroundOp[Any] | None:
        """Open (check, migrate) the database in a worker while the window is already shown.

        An encrypted database (``init --encrypt``) is opened on the UI thread instead, because
        opening it may ask for the passphrase in a dialog.
        """
        self.set_icon()
        paths = self.context.paths
        if (paths.root / ENCRYPTION_MARKER).exists():
            QTimer.singleShot(0, self._open_encrypted)
            return None

        start_key = self._last_view()

        def work(_job: Job) -> Any:
            from desktop_app.persistence.integrity import start_quick_check

            check = start_quick_check(paths.database)  # beside the imports below
            from desktop_app.persistence.database import open_database

            db = open_database(paths, check=check)
            empty = database_is_empty(db)  # the first session configures the mappers: here
            prepare_view(self.entries, start_key)
            return db, empty

        from desktop_app.ui.background import BackgroundOp

        op = BackgroundOp(self, None, work).success(self._opened).failure(self._open_failed)
        self.opening_op = op.run()
        return op

    def _open_encrypted(self) -> None:
        from desktop_app.persistence.at_rest import set_passphrase_provider
        from desktop_app.persistence.database import open_database
        from desktop_app.ui.passphrase import ask_passphrase

        set_passphrase_provider(ask_passphrase)
        try:
            db = open_database(self.context.paths)
        except Exception as exc:  # reported like a failure in the worker
            self._open_failed(exc)
            return
        self._opened((db, database_is_empty(db)))

    def _opened(self, result: tuple[Any, bool]) -> None:
        self.context.db, empty = result
        self._database_ready(empty)

    def _open_failed(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop_app.persistence.at_rest import DatabaseLocked
        from desktop_app.persistence.backup import restore_backup
        from desktop_app.persistence.database import DatabaseDamaged
        from desktop_app.ui.app import offer_backup

        app = QApplication.instance()
        code = 3
        if isinstance(error, DatabaseDamaged) and isinstance(app, QApplication):
            if offer_backup(app, error) and error.backup is not None:
                self._release_preview()  # the file is replaced
                try:
                    restore_backup(error.backup, self.context.paths.database)
                except Exception as exc:  # in use by another process: said, nothing changed
                    QMessageBox.critical(self, self.tr("PartnerDesk"), str(exc))
                else:
                    self.open_database_in_background()
                    return
        elif isinstance(error, DatabaseLocked):
            title = QApplication.translate("Passphrase", "PartnerDesk – locked")
            QMessageBox.critical(self, title, str(error))
            code = 2
        else:
            QMessageBox.critical(self, self.tr("PartnerDesk"), str(error))
        self.close()
        QApplication.exit(code)  # as the command line reports it

    def _release_preview(self) -> None:
        """The start preview lets the database file go for good (a page not handed over to its
        real view keeps what it shows); its open connection would count as the database in use
        for a restore or a migration."""
        preview = getattr(self.preview_page, "preview", None)
        if preview is not None:
            preview.connection.release()

    def _add_sync_status(self) -> None:
        from desktop_app.ui.sync.status_label import SyncStatusLabel

        self.sync_label = SyncStatusLabel(self.context)
        self.statusBar().insertPermanentWidget(0, self.sync_label)

    # -- actions and menus -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        stack = self.context.undo_stack
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.request_close)
        self.undo_action = QAction(self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(stack.undo)
        self.undo_action.setEnabled(stack.canUndo())
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.redo_action = QAction(self)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(stack.redo)
        self.redo_action.setEnabled(stack.canRedo())
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.context.step_refused.connect(self.show_step_refused)
        self.search_action = QAction(self)
        self.search_action.setObjectName("searchAction")
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.open_search)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.data_folder_action = QAction(self)
        self.data_folder_action.setObjectName("dataFolderAction")
        self.data_folder_action.triggered.connect(self.open_data_folder)
        self.navigation_action = QAction(self, checkable=True)
        self.navigation_action.setObjectName("navigationAction")
        self.navigation_action.setChecked(True)
        self.navigation_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.navigation_action.toggled.connect(self.nav.setVisible)
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in LANGUAGES:
            action = QAction(self, checkable=True)  # QAction(text, …) would load QIcon's enums
            action.setText(name)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_actions[code] = action
        self.language_actions[self.translations.current].setChecked(True)

    def _build_menu_titles(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")

    def fill_menus(self) -> None:
        """The menus' entries and their shortcuts, once (when the database is open: before, the
        menu bar is disabled and no entry could act; the first paint does not wait for them)."""
        if self.actions_built:
            return
        self.actions_built = True
        self._build_actions()
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.search_action)
        self.view_menu.addAction(self.navigation_action)
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.data_folder_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        from desktop_app.ui.support.menu import add_help_entries

        add_help_entries(self)  # handbook, open log folder (ui/support)
        self._retranslate_actions()

    # -- language --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PartnerDesk"))
        self.opening.setText(self.tr("Opening the database…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        if self.actions_built:
            self._retranslate_actions()
        for row, entry in enumerate(self.entries):
            self.nav.item(row).setText(label_tr("Views", entry.title))
        self._update_node_label()
        if getattr(self, "sync_label", None) is not None:
            self.sync_label.refresh()

    def _retranslate_actions(self) -> None:
        self.language_menu.setTitle(self.tr("&Language"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.search_action.setText(self.tr("&Search…"))
        self.about_action.setText(self.tr("&About PartnerDesk"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.data_folder_action.setText(self.tr("Open &data folder"))
        self.data_folder_action.setToolTip(
            self.tr("Open the folder with the database, backups and attachments")
        )
        self.navigation_action.setText(self.tr("Show &navigation"))

    def set_language(self, code: str) -> None:
        self.translations.set_language(code)
        self.language_actions[code].setChecked(True)
        self.settings.setValue("language", code)

    # -- pages -----------------------------------------------------------------------------------

    def show_start_page(self, empty: bool | None = None) -> None:
        """The welcome page on an empty database, else the last view (``empty`` when known)."""
        if database_is_empty(self.context.db) if empty is None else empty:
            self.central.setCurrentWidget(self.welcome)
            self.statusBar().showMessage(self.tr("The database is empty."))
            return
        self.central.setCurrentWidget(self.splitter)
        self.statusBar().clearMessage()
        self._apply_role()
        row = self.nav.currentRow()
        if row < 0 or self.nav.isRowHidden(row):
            last = self._last_view()
            keys = [entry.key for entry in self.entries]
            wanted = keys.index(last) if last in keys else 0
            if self.nav.isRowHidden(wanted):  # not a view of this role: its overview
                wanted = keys.index(START) if START in keys else 0
            self.nav.setCurrentRow(wanted)
        else:
            self._show_row(row)
        self._update_node_label()

    def _last_view(self) -> str:
        """The view the window was closed on; the start page on a first start."""
        return str(self.settings.value("lastView", START))

    def _apply_role(self) -> None:
        """List only the views of this installation's role (``ViewEntry.roles``)."""
        role = self.context.role()
        for row, entry in enumerate(self.entries):
            self.nav.setRowHidden(row, role is not None and role not in entry.roles)

    def current_view_key(self) -> str | None:
        row = self.nav.currentRow()
        return self.entries[row].key if 0 <= row < len(self.entries) else None

    def view(self, key: str) -> QWidget:
        """The widget of a view, built now if it has not been shown yet."""
        if key in self.built:
            return self.built[key]
        row = [entry.key for entry in self.entries].index(key)
        widget = self.entries[row].factory(self.context)
        placeholder = self.pages.widget(row)
        self.pages.insertWidget(row, widget)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.built[key] = widget
        self._restore_splitters(key, widget)
        self._connect_view(widget)
        if placeholder is self.preview_page:  # what the user did in the preview carries over
            from desktop_app.ui.records.preview import hand_over

            hand_over(placeholder, widget)
            self.preview_page = None
        child_built = getattr(widget, "child_built", None)
        if child_built is not None:  # child lists are built later, when their tab is shown
            child_built.connect(lambda child, key=key: self._restore_splitters(key, child))
        return widget

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        key = self.entries[row].key
        widget = self.view(key)
        self.pages.setCurrentWidget(widget)
        self.settings.setValue("lastView", key)

    def show_view(self, key: str) -> QWidget:
        keys = [entry.key for entry in self.entries]
        self.nav.setCurrentRow(keys.index(key))
        return self.view(key)

    def _connect_view(self, widget: QWidget) -> None:
        """A view that asks for another view (an empty state's button) or opens records (the
        start page) is answered here."""
        go_to = getattr(widget, "go_to", None)
        if go_to is not None:
            go_to.connect(self.go_to)
        open_entry = getattr(widget, "open_entry", None)
        if open_entry is not None:
            open_entry.connect(self.open_start_entry)

    def go_to(self, key: str) -> None:
        """Show the view ``key``; "invite" opens the invitation of a laptop (Sync view)."""
        if key == "invite" and self._has_view("sync"):
            sync: Any = self.show_view("sync")
            sync.security.invite()
        elif self._has_view(key):
            self.show_view(key)

    def _has_view(self, key: str) -> bool:
        return key in [entry.key for entry in self.entries]

    def open_start_entry(self, section: str, entry: Any) -> bool:
        """Open the record of a start-page entry (``ui/start/navigation.py``)."""
        from desktop_app.ui.start.navigation import open_entry

        return open_entry(self, section, entry)

    def open_record(self, table: str, record_id: str, parent_id: str | None = None) -> bool:
        """Navigate to the view of ``table`` and select the record (search results)."""
        key = SEARCH_TABLE_VIEWS.get(table)
        if key is None or key not in [entry.key for entry in self.entries]:
            return False
        widget: Any = self.show_view(key)
        if table == "activity_log_entries":
            if parent_id is None:
                return False
            found = bool(widget.select_record(parent_id))
            if found:
                log_view = widget.child_view("activity_log_entries")
                widget.details.setCurrentWidget(log_view)
                log_view.select_record(record_id)
            return found
        if key == "people":
            return bool(widget.select_record(record_id, table))
        return bool(widget.select_record(record_id))

    # -- settings --------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("mainSplitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def _splitters(self, widget: QWidget) -> list[QSplitter]:
        return [s for s in widget.findChildren(QSplitter) if s.objectName()]

    def _restore_splitters(self, key: str, widget: QWidget) -> None:
        for splitter in self._splitters(widget):
            state = self.settings.value(f"splitters/{key}/{splitter.objectName()}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def save_state(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("mainSplitter", self.splitter.saveState())
        for key, widget in self.built.items():
            for splitter in self._splitters(widget):
                name = f"splitters/{key}/{splitter.objectName()}"
                self.settings.setValue(name, splitter.saveState())
        key = self.current_view_key()
        if key is not None:
            self.settings.setValue("lastView", key)
            self._remember_preview(key)
        self.settings.sync()

    def _remember_preview(self, key: str) -> None:
        """Store how the next start can show this view's first rows at once."""
        from desktop_app.ui.records.preview import SETTING, remember
        from desktop_app.ui.records.view import RecordsView

        widget = self.built.get(key)
        db = self.context.db
        if isinstance(widget, RecordsView) and db is not None and db.engine.name == "sqlite":
            remember(self.settings, key, widget)
        else:
            self.settings.remove(SETTING)

    def request_close(self) -> bool:
        """Close as the user asked (Quit, SIGINT/SIGTERM): typed but unsaved input is saved,
        discarded or kept by choice first (``ui/lifecycle/unsaved.py``)."""
        from desktop_app.ui.lifecycle.unsaved import settle_unsaved_forms

        return settle_unsaved_forms(self) and self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous():  # the window's close button asks like Quit; close() does not
            from desktop_app.ui.lifecycle.unsaved import settle_unsaved_forms

            if not settle_unsaved_forms(self):
                event.ignore()
                return
        self.save_state()
        super().closeEvent(event)

    # -- first start -----------------------------------------------------------------------------

    def load_demo_data(self) -> BackgroundOp[Any]:
        """Fill the empty database with the demo data in the background."""
        db = self.context.db

        def work(job: Job) -> None:
            from desktop_app.security.enrolment import ensure_keys
            from desktop_app.services.demo import load_demo
            from desktop_app.services.node import current_node, init_node

            with job.session() as session:
                if current_node(session) is None:
                    init_node(session, "hq", "Demo HQ")
                job.check()
                load_demo(session)
                job.check()
            ensure_keys(db)  # the demo node, like every node, has its key pair from the start

        self.welcome.set_busy(True)
        from desktop_app.ui.background import BackgroundOp

        op = BackgroundOp(self, self.context.db, work)
        op.success(lambda _result: self._data_replaced()).failure(self._demo_failed)
        return op.with_progress(self.tr("Loading the demo data…")).run()

    def _demo_failed(self, error: BaseException) -> None:
        self.welcome.set_busy(False)
        self.welcome.show_demo_error(str(error))

    def start_empty(self, role: str, name: str) -> None:
        from desktop_app.security.installation import create_installation
        from desktop_app.services.errors import ValidationError

        try:
            create_installation(self.context.db, role, name)
        except ValidationError as exc:
            self.welcome.show_start_errors(exc)
            return
        self._data_replaced()

    def start_from_invitation(self, path: str) -> Any:
        """Set this empty installation up from an invitation file, then show the fingerprints
        to compare by phone (``sync/invitations.py``). A damaged or foreign file sets up nothing
        and is reported on the welcome page."""
        from pathlib import Path

        from desktop_app.errors import PartnerDeskError
        from desktop_app.services.node import AlreadyInitialised
        from desktop_app.sync.invitations import set_up_from_invitation
        from desktop_app.sync.peers import read_invitation
        from desktop_app.ui.sync.enrolment_dialog import EnrolmentDialog

        try:
            result = set_up_from_invitation(self.context.db, read_invitation(Path(path)))
        except (PartnerDeskError, AlreadyInitialised, OSError) as exc:
            self.welcome.show_invitation_error(str(exc))
            return None
        self._data_replaced()
        dialog = EnrolmentDialog(result, self)
        dialog.open()
        self.enrolment_dialog = dialog
        return dialog

    def _data_replaced(self) -> None:
        self.welcome.set_busy(False)
        self.settings.setValue("lastView", START)  # a new installation opens on its overview
        self.context.db.forget_node()
        self.context.data_replaced_by_import(all_tables())
        self.show_start_page()

    def _update_node_label(self) -> None:
        node = self.context.db.node() if self.context.db is not None else None
        if node is None:
            self.node_label.setText("")
            return
        self.node_label.setText(
            self.tr("Installation: %1 (%2)")
            .replace("%1", node.name)
            .replace("%2", enum_label(node.role))
        )

    # -- menu actions ----------------------------------------------------------------------------

    def open_search(self) -> None:
        from desktop_app.ui.search.dialog import SearchDialog

        if self.indexer is None:
            return
        dialog = SearchDialog(self.context, self.indexer, self)
        dialog.open_record.connect(self.open_record)
        dialog.open()
        self.search_dialog = dialog

    def restore_from_backup(self) -> None:
        from desktop_app.ui.restore import RestoreController

        self.restore_controller = RestoreController(self)
        self.restore_controller.start()

    def rebuild_views(self) -> None:
        """After the database was replaced: drop every built view; they rebuild on show."""
        for key in list(self.built):
            row = [entry.key for entry in self.entries].index(key)
            widget = self.built.pop(key)
            self.pages.insertWidget(row, QWidget())
            self.pages.removeWidget(widget)
            widget.deleteLater()
        if self.indexer is not None:
            self.indexer.reset()
        self.show_start_page()

    def show_shortcuts(self) -> QWidget:
        from desktop_app.ui.help import ShortcutsDialog

        actions = [
            action
            for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu)
            for action in menu.actions()
        ]
        dialog = ShortcutsDialog(actions, self)
        dialog.open()
        self.shortcuts_dialog = dialog
        return dialog

    def open_data_folder(self) -> bool:
        """Show the data folder (database, backups, attachments) in the file manager."""
        from PySide6.QtCore import QUrl

        return bool(self.open_url(QUrl.fromLocalFile(str(self.context.paths.root))))

    def about_text(self) -> str:
        import html

        from desktop_app.ui.support.about import build_line

        return (
            self.tr(
                "<h3>PartnerDesk %1</h3><p>Plan and run administrative partnerships abroad: "
                "partnerships, workplans, missions, events and study trips, offline first.</p>"
                "<p>Licence: EUPL-1.2</p>"
            ).replace("%1", __version__)
            + "<p>"
            + build_line()
            + "<br>"
            + self.tr("Data folder: %1").replace("%1", html.escape(str(self.context.paths.root)))
            + "</p>"
        )

    def show_step_refused(self, text: str) -> QMessageBox:
        """An undo or redo that was not done (the record was changed or deleted elsewhere
        meanwhile): why, in a box that does not block (``AppContext.step_refused``)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Changed meanwhile"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("stepRefused")
        box.open()
        self.step_refused_box = box
        return box

    def show_about(self) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        from desktop_app.ui.support.about import add_licences_button

        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About PartnerDesk"))
        from desktop_app.ui.icons import app_pixmap

        box.setIconPixmap(app_pixmap(64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.about_text())
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        add_licences_button(box, self)  # the third-party components and licences (ui/support)
        box.open()
        self.about_box = box
        return box

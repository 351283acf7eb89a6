"""The start view as a usable list over plain ``sqlite3`` while the database layer still loads.

Importing SQLAlchemy and the models, checking the file and building the view take most of a
second on a large database. When the window closes on a list view, it stores that list compiled
to SQL text (:class:`~desktop_app.services.lists.compiled.CompiledList`) and the SQL that reads
one record's fields; the next start runs them read-only with ``sqlite3`` through the same list
query and table model as the real view: the rows are there at once, and the list can be
scrolled, sorted and filtered and a record opened (read-only) before the real view replaces it.
The real view then takes over the order, the filter, the rows loaded and the selected record
(:func:`hand_over`).

The rows are read from the database, never from a stored copy, so they are never stale. Nothing
is written: the file is opened read-only, so the integrity check (``PRAGMA quick_check``, in the
worker) still decides before anything writes. Anything unexpected (another schema revision,
program version or language, an encrypted or damaged file) simply means no preview.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.persistence.paths import ENCRYPTION_MARKER
from desktop_app.persistence.revision_files import migration_files
from desktop_app.services.lists.compiled import CompiledList
from desktop_app.services.lists.query import Run, typed
from desktop_app.ui.i18n import label_tr, language
from desktop_app.ui.records.cells import display
from desktop_app.ui.records.list_layout import build_list_layout, detail_tabs
from desktop_app.ui.records.table_model import ID_ROLE, RecordTableModel
from desktop_app.ui.styles import HEADING_STYLE

SETTING = "startPreview"
FILTER_DELAY_MS = 250
FIELD_TYPES = {"date": "date", "time": "time", "decimal": "decimal", "bool": "bool", "int": "int"}
"""How a form field's stored value is read back (``query.typed``); others are text."""
FIELD_KINDS = {"date": "date", "decimal": "decimal", "bool": "bool", "enum": "enum"}
"""How a form field's value is shown (``cells.display``); others as text."""


class Preview(NamedTuple):
    key: str
    """The view's key in the navigation."""
    database: Path
    compiled: CompiledList
    countries: dict[str, str]
    """Country names in the language of the start (importing pycountry would cost 70 ms)."""
    record: str
    """SQL of one record's form fields (one parameter: the id)."""
    fields: tuple[tuple[str, str, str], ...]
    """``(name, label, kind)`` of each form field, in the order of ``record``'s values."""
    tabs: tuple[str, ...]
    """The titles of the detail tabs (the first is the form's)."""
    actions: tuple[str, ...]
    """The titles of the record actions (exports)."""
    model: RecordTableModel
    """The list, its first page read."""
    connection: PreviewConnection
    """The one connection of the list and the record pane (closed when the real view takes
    over)."""


# -- remembering and reading -------------------------------------------------------------------


def _record_statement(spec: Any, dialect: Any) -> tuple[str, list[list[str]]]:
    """SQL reading the form fields of one record (references by their label) and the fields'
    ``[name, label, kind]``."""
    from sqlalchemy import literal_column, null, select

    model = spec.model
    values: list[Any] = []
    for field in spec.fields:
        column = getattr(model, field.name)
        ref = field.ref
        if ref is None:
            values.append(column)
        elif ref.model is model:  # a record naming one of its own kind: no correlated label
            values.append(null())
        else:
            key = ref.key() if ref.key is not None else ref.model.id
            values.append(select(ref.label()).where(key == column).limit(1).scalar_subquery())
    statement = select(*values).where(model.id == literal_column("?"))
    sql = str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    return sql, [[field.name, field.label, field.kind] for field in spec.fields]


def remember(settings: QSettings, key: str, view: Any) -> None:
    """Store how to show ``view`` (a top-level ``RecordsView``) at the next start."""
    from sqlalchemy import text

    from desktop_app.services.lists.compiler import compiled_list

    db = view.context.db
    dialect = db.engine.dialect
    compiled = compiled_list(view.spec.listing, dialect)
    record, fields = _record_statement(view.spec, dialect)
    with db.engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    names: dict[str, str] = {}
    kinds = {c.kind for c in compiled.columns} | {kind for _name, _label, kind in fields}
    if "country" in kinds:
        from desktop_app.services.reference import countries

        names = dict(countries(language()))
    details = view.details
    payload = {
        "app": __version__,
        "key": key,
        "revision": revision,
        "migrations": migration_files(),
        "language": language(),
        "list": compiled.to_json(),
        "record": record,
        "fields": fields,
        "tabs": [details.tabText(number) for number in range(details.count())],
        "actions": [button.text() for button, _title in view._actions],
        "countries": names,
    }
    settings.setValue(SETTING, json.dumps(payload))


class PreviewConnection:
    """One read-only connection for all the preview's statements, opened when first needed.

    A new connection reads the whole schema again (about 5 M instructions with the text
    indexes): four of them for a sort, a filter and an open record were a tenth of the usable
    list's cost. The file is checked before each use: when it was written or replaced since the
    connection opened (a worker's checkpoint, a file damaged underneath), the connection is
    opened again, so no page is read from the cache of another file. :meth:`release` lets the
    file go for good: when the real view replaces the preview, when the window starts on another
    page, and before a backup is restored. An open connection counts as the database in use
    (``persistence/instance_lock.py:refuse_if_in_use``), so a restore or a migration would be
    refused, and Windows cannot replace an open file."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self._connection: sqlite3.Connection | None = None
        self._identity: tuple[int, int, int] | None = None
        self.released = False

    def _file_identity(self) -> tuple[int, int, int]:
        status = self.database.stat()
        return (status.st_ino, status.st_size, status.st_mtime_ns)

    def connection(self) -> sqlite3.Connection:
        if self.released:  # a lenient read then reads no rows
            raise sqlite3.OperationalError("the start preview has let the database file go")
        identity = self._file_identity()
        if self._connection is None or identity != self._identity:
            self.close()
            self._connection = sqlite3.connect(
                f"file:{self.database}?mode=ro", uri=True, timeout=0.2
            )
            self._identity = identity
        return self._connection

    def close(self) -> None:
        """Close the connection; the next statement opens it again."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def release(self) -> None:
        """Close the connection and never open it again."""
        self.released = True
        self.close()

    def reader(self, lenient: bool = False) -> Any:
        """Statements on the connection (``lenient``: a statement that fails, for a damaged
        page, reads no rows; the worker's integrity check reports the damage)."""

        @contextmanager
        def read() -> Iterator[Run]:
            def run(statement: str, params: Any) -> list[Any]:
                try:
                    return self.connection().execute(statement, params).fetchall()
                except (sqlite3.Error, OSError):
                    self.close()  # the next statement starts on a fresh connection
                    if not lenient:
                        raise
                    return []

            yield run

        return read


def read(settings: QSettings, key: str, database: Path) -> Preview | None:
    """The start view ``key`` as stored by :func:`remember`, its first page read; or None."""
    try:
        payload = json.loads(str(settings.value(SETTING, "")))
    except ValueError:
        return None
    if not isinstance(payload, dict) or payload.get("key") != key:
        return None
    if payload.get("app") != __version__ or payload.get("language") != language():
        return None
    if (database.parent / ENCRYPTION_MARKER).exists() or not database.is_file():
        return None
    connection = PreviewConnection(database)
    try:
        reader = connection.reader()
        with reader() as run:
            revision = run("SELECT version_num FROM alembic_version", [])
            # At the revision stored with the preview, and this program ships the same migration
            # files: the database needs no migration. One that does shows no preview: the open
            # connection would keep the worker from migrating it (refuse_if_in_use).
            if (
                not revision
                or revision[0][0] != payload["revision"]
                or payload["migrations"] != migration_files()
            ):
                connection.close()
                return None
            run(str(payload["record"]), [""])  # reads as stored (no record has that id)
        compiled = CompiledList.from_json(payload["list"])
        countries = {str(code): str(name) for code, name in dict(payload["countries"]).items()}
        model = RecordTableModel.over(compiled, reader, countries)
        model.refresh()  # the first page must read as stored; later pages may fail quietly
        model.read = connection.reader(lenient=True)
        fields = tuple((str(n), str(label), str(kind)) for n, label, kind in payload["fields"])
        return Preview(
            key=key,
            database=database,
            compiled=compiled,
            countries=countries,
            record=str(payload["record"]),
            fields=fields,
            tabs=tuple(str(title) for title in payload["tabs"]) or ("",),
            actions=tuple(str(title) for title in payload["actions"]),
            model=model,
            connection=connection,
        )
    except Exception:  # another layout, odd settings or odd data: no preview, never a failed start
        connection.close()
        return None  # the real view opens as usual (and reports a damaged file)


# -- the page ----------------------------------------------------------------------------------


def record_heading(shown: dict[str, str]) -> str:
    """The record's name as the form's heading shows it: its code, title, name or topic, or a
    person's name."""
    if shown.get("last_name"):
        return " ".join(
            p for p in (shown.get(f) for f in ("title", "first_name", "last_name")) if p
        )
    return next((shown[f] for f in ("code", "title", "name", "topic") if shown.get(f)), "")


class RecordPane(QWidget):
    """One record's fields, read-only, where the form will be."""

    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.record_id: str | None = None
        self.heading = QLabel()
        self.heading.setObjectName("formHeading")
        self.heading.setStyleSheet(HEADING_STYLE)
        self.values: list[QLabel] = []
        fields = QWidget()
        form = QFormLayout(fields)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for _name, label, _kind in preview.fields:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values.append(value)
            form.addRow(QLabel(label_tr("Fields", label)), value)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(fields)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.waiting = QLabel(QCoreApplication.translate("MainWindow", "Opening the database…"))
        self.waiting.setObjectName("previewWaiting")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.waiting)
        self.show_record(None)

    def _text(self, kind: str, value: Any) -> str:
        if kind == "country" and value is not None:
            return self.preview.countries.get(str(value), str(value))
        return display(FIELD_KINDS.get(kind, "text"), typed(FIELD_TYPES.get(kind, "text"), value))

    def show_record(self, record_id: str | None) -> None:
        """Show the record's fields (None: an empty pane)."""
        self.record_id = record_id
        values: tuple[Any, ...] = (None,) * len(self.values)
        if record_id is not None:
            with self.preview.connection.reader(lenient=True)() as run:
                rows = run(self.preview.record, [record_id])
            values = tuple(rows[0]) if rows else values
        shown: dict[str, str] = {}
        for label, (name, _label, kind), value in zip(
            self.values, self.preview.fields, values, strict=True
        ):
            shown[name] = self._text(kind, value)
            label.setText(shown[name])
        self.heading.setText(record_heading(shown))


class PreviewPage(QWidget):
    """The start view's list, usable before the database layer is loaded: scroll, sort, filter
    and open a record (read-only); New and the record actions wait for the real view."""

    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPreview")
        self.preview = preview
        self.model = preview.model
        self.model.setParent(self)
        self._record_pane: RecordPane | None = None
        """Built when a record is first opened (the start paints sooner without it)."""
        self.details = detail_tabs()
        self.details.addTab(QWidget(), preview.tabs[0])
        for title in preview.tabs[1:]:
            self.details.addTab(QWidget(), title)
            # the other sections fill once the real view takes over
            self.details.button(self.details.count() - 1).setEnabled(False)
        widths = [column.width for column in preview.compiled.columns]
        self.parts = build_list_layout(
            self, self.model, widths, self.details, key=preview.compiled.key
        )
        self.filter_edit, self.table = self.parts.filter_edit, self.parts.table
        self.splitter = self.parts.splitter
        self.parts.add_button.setEnabled(False)
        for title in preview.actions:
            button = QPushButton(title)
            button.setEnabled(False)
            self.parts.add_action(button)
        header = self.table.horizontalHeader()
        sort_column, order = self.model.sort_state
        header.setSortIndicator(sort_column, order)
        header.sortIndicatorChanged.connect(self.model.sort)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._update_hint)
        self._update_hint()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter_text(self.filter_edit.text())

    def _update_hint(self) -> None:
        filtered = bool(self.filter_edit.text().strip())
        self.parts.show_hint(self.model.rowCount(), filtered)

    @property
    def record_pane(self) -> RecordPane:
        """The opened record's fields, in the first detail tab."""
        if self._record_pane is None:
            self._record_pane = RecordPane(self.preview)
            placeholder = self.details.widget(0)
            self.details.insertTab(0, self._record_pane, self.details.tabText(0))
            self.details.setCurrentIndex(0)
            self.details.removeTab(1)
            placeholder.deleteLater()
        return self._record_pane

    def _row_changed(self, current: Any, _previous: Any) -> None:
        self.record_pane.show_record(current.data(ID_ROLE) if current.isValid() else None)

    def selected_id(self) -> str | None:
        return self._record_pane.record_id if self._record_pane is not None else None


def hand_over(page: PreviewPage, view: Any) -> None:
    """Give the real view what the user did in the preview: the order, the filter, the rows
    loaded, the selected record and where the list was scrolled to."""
    model = page.model
    column, order = model.sort_state
    if (column, order) != view.model.sort_state:
        view.table.horizontalHeader().setSortIndicator(column, order)  # sorts the view's model
    text = page.filter_edit.text()
    if text:
        view.filter_edit.setText(text)
        view.apply_filter()
    if model.rowCount() > view.model.rowCount():
        view.model.refresh(keep=model.rowCount())
    if page.selected_id() is not None:
        view.select_record(page.selected_id())
    view.table.verticalScrollBar().setValue(page.table.verticalScrollBar().value())
    if page.filter_edit.hasFocus():
        view.filter_edit.setFocus()
        view.filter_edit.setCursorPosition(page.filter_edit.cursorPosition())
    page.preview.connection.release()

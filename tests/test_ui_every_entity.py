"""Every entity of the UI, tried as a new user would on the demo data, in the German UI.

For each list reachable from the main window — the top-level lists, the child lists in their
detail tabs (recursively) and the two lists of the People view — the test drives the real widgets:

1. find: type a distinctive text of an existing record into the filter box → it is in the table;
2. open: click its row → the form shows its stored values;
3. create: press New (in a child list the parent is selected first), fill the form with the values
   of that record (unique fields changed), Save → the new record is in the list and the database;
4. change one field of the existing record, Save → stored, nothing else changed;
5. undo (Edit ▸ Undo) → the old value is back in the database and the form; redo → changed again;
6. delete (the confirmation answered Yes) → gone from the list, tombstoned in the database;
   child lists no longer show the deleted parent's records; undo → back.

``test_the_cases_cover_every_list_of_the_main_window`` fails when a list is added without a case.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from ui_support import temp_settings, translations_fixture

from desktop_app.models import (
    AgendaItem,
    ExpertAssignment,
    Mission,
    MissionExpert,
    Partnership,
    PartnershipTopic,
    Person,
    Workplan,
    WorkplanItem,
    WorkplanRevision,
)
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services.demo import load_demo
from desktop_app.services.node import init_node
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.partnerships.spec import CoreTopic
from desktop_app.ui.records.table_model import ID_ROLE
from desktop_app.ui.records.view import RecordsView

__all__ = ["translations_fixture"]  # the pytest fixture "translations"

CHANGED = " (geändert)"


# -- the cases -------------------------------------------------------------------------------------

Values = dict[str, Any]
Derive = Callable[[Session, Any, str | None], Values]
"""``derive(session, existing record, parent id)`` → field values."""


@dataclass(frozen=True)
class Case:
    view: str
    """The navigation entry."""
    path: tuple[str, ...]
    """Spec keys from the view's list down to the list under test."""
    unique: Derive
    """Values of a new record that must differ from the existing record's (unique fields)."""
    change: Derive
    """The one field changed on the existing record, with its new value."""
    parent_of: Callable[[Session, Any], str] | None = None
    """The parent of a child record not linked by its parent field (workplan items)."""

    @property
    def id(self) -> str:
        return "/".join((self.view, *self.path))


def text(name: str, new: str) -> Derive:
    return lambda _session, _record, _parent: {name: new}


def appended(name: str) -> Derive:
    """A text field changed the way a user edits it: something typed after the old text."""
    return lambda _session, record, _parent: {name: f"{getattr(record, name) or ''}{CHANGED}"}


def unused_topic(session: Session, record: Any, parent_id: str | None) -> Values:
    used = set(
        session.scalars(
            select(PartnershipTopic.topic).where(
                PartnershipTopic.partnership_id == parent_id,
                PartnershipTopic.deleted_at.is_(None),
            )
        )
    )
    return {"topic": next(t.value for t in CoreTopic if t.value not in used)}


def unassigned_person(model: Any, parent_field: str) -> Derive:
    """A person not yet on the parent (an expert is assigned once)."""

    def derive(session: Session, record: Any, parent_id: str | None) -> Values:
        taken = select(model.person_id).where(
            getattr(model, parent_field) == parent_id, model.deleted_at.is_(None)
        )
        person = session.scalars(
            select(Person.id)
            .where(Person.deleted_at.is_(None), Person.id.not_in(taken))
            .order_by(Person.last_name)
        ).first()
        assert person is not None, "the demo data has no person left to assign"
        return {"person_id": person}

    return derive


def next_revision_number(session: Session, record: Any, parent_id: str | None) -> Values:
    highest = session.scalar(
        select(func.max(WorkplanRevision.number)).where(WorkplanRevision.workplan_id == parent_id)
    )
    return {"number": (highest or 0) + 1, "note": "Neue Revision aus dem Test"}


def other_role(session: Session, record: Any, parent_id: str | None) -> Values:
    from desktop_app.models.enums import AssignmentRole

    return {"role": next(r.value for r in AssignmentRole if r.value != record.role)}


def later_rate(session: Session, record: Any, parent_id: str | None) -> Values:
    return {"valid_from": date(2031, 1, 1), "source": "Tabelle 2031 (Test)"}


def workplan_of_item(session: Session, item: Any) -> str:
    return str(session.get(WorkplanRevision, item.revision_id).workplan_id)


def one(**values: Any) -> Derive:
    return lambda _session, _record, _parent: dict(values)


def plus_one(name: str) -> Derive:
    return lambda _session, record, _parent: {name: (getattr(record, name) or 0) + 1}


CASES = (
    Case(
        "partnerships",
        ("partnerships",),
        one(code="VP-TEST-99", title="Neue Partnerschaft"),
        appended("title"),
    ),
    Case("partnerships", ("partnerships", "partnership_topics"), unused_topic, unused_topic),
    Case(
        "partnerships",
        ("partnerships", "partnership_themes"),
        one(note="Neues Querschnittsthema"),
        appended("note"),
    ),
    Case(
        "partnerships",
        ("partnerships", "expert_assignments"),
        unassigned_person(ExpertAssignment, "partnership_id"),
        other_role,
    ),
    Case(
        "partnerships",
        ("partnerships", "partnership_institutions"),
        one(role="Neue Rolle im Test"),
        appended("role"),
    ),
    Case(
        "partnerships",
        ("partnerships", "contributions"),
        one(description="Neuer Beitrag aus dem Test"),
        appended("unit"),
    ),
    Case("workplans", ("workplans",), one(title="Neuer Arbeitsplan"), appended("title")),
    Case(
        "workplans",
        ("workplans", "workplan_revisions"),
        next_revision_number,
        appended("approved_by"),
    ),
    Case(
        "workplans",
        ("workplans", "workplan_items"),
        one(activity_number="9.9.9", title="Neue Aktivität aus dem Test"),
        appended("title"),
        parent_of=workplan_of_item,
    ),
    Case("missions", ("missions",), one(title="Neuer Einsatz aus dem Test"), appended("title")),
    Case(
        "missions",
        ("missions", "mission_experts"),
        unassigned_person(MissionExpert, "mission_id"),
        appended("role"),
    ),
    Case(
        "missions",
        ("missions", "activity_log_entries"),
        one(hours=Decimal("0.5"), description="Neuer Eintrag aus dem Test"),
        appended("with_whom"),
    ),
    Case("events", ("events",), one(title="Neue Veranstaltung aus dem Test"), appended("place")),
    Case("events", ("events", "event_participations"), one(female=7, male=5), plus_one("diverse")),
    Case(
        "study_trips",
        ("study_trips",),
        one(title="Neue Studienreise aus dem Test"),
        appended("title"),
    ),
    Case(
        "study_trips",
        ("study_trips", "delegation_members"),
        one(name="Neues Mitglied Test"),
        appended("function"),
    ),
    Case(
        "study_trips",
        ("study_trips", "agenda_items"),
        one(topic="Neuer Programmpunkt Test"),
        appended("location"),
    ),
    Case("per_diem_rates", ("per_diem_rates",), later_rate, appended("source")),
    Case(
        "people",
        ("people",),
        one(last_name="Neumann-Test", email="neu.test@example.org"),
        appended("function"),
    ),
    Case("people", ("institutions",), one(name="Neue Institution aus dem Test"), appended("city")),
)


def case_of(case_id: str) -> Case:
    return next(case for case in CASES if case.id == case_id)


# -- the demo database, built once and copied for each case ----------------------------------------


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    paths = DataPaths(tmp_path_factory.mktemp("demo") / "data").ensure()
    database = open_database(paths)
    with database.session() as session:
        init_node(session, "coordinator", "Koordination")
        load_demo(session)
    database.dispose()
    return paths.root


@pytest.fixture
def demo_context(demo_template: Path, tmp_path: Path) -> Iterator[AppContext]:
    paths = DataPaths(tmp_path / "data")
    shutil.copytree(demo_template, paths.root)
    database = open_database(paths)
    yield AppContext(database, paths)
    database.dispose()


@pytest.fixture
def window(qtbot, demo_context: AppContext, tmp_path: Path, translations) -> MainWindow:
    translations.set_language("de")
    main = MainWindow(demo_context, temp_settings(tmp_path), translations)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    return main


# -- driving the widgets ---------------------------------------------------------------------------


def click_row(qtbot, view: RecordsView, row: int) -> None:
    index = view.model.index(row, 0)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    assert rect.isValid(), f"row {row} of {view.spec.key} is not shown"
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_texts(view: RecordsView, row: int) -> list[str]:
    texts = []
    for column, spec_column in enumerate(view.spec.columns):
        if spec_column.kind in ("text", "enum", "country"):
            texts.append(str(view.model.index(row, column).data() or ""))
    return texts


def row_ids(view: RecordsView) -> list[str]:
    return [view.model.record_id(row) for row in range(view.model.rowCount())]


def distinctive_text(view: RecordsView) -> tuple[str, str]:
    """(record id, text) of a shown record whose list text appears in no other row."""
    rows = range(view.model.rowCount())
    everything = {row: [t.casefold() for t in row_texts(view, row)] for row in rows}
    for row in rows:
        for candidate in sorted(row_texts(view, row), key=len, reverse=True):
            needle = candidate.strip().casefold()
            if len(needle) < 3:
                continue
            others = [
                other
                for other in rows
                if other != row and any(needle in t for t in everything[other])
            ]
            if not others:
                return str(view.model.record_id(row)), candidate.strip()
    raise AssertionError(f"no record of {view.spec.key} has a text found in no other row")


def type_text(qtbot, widget: Any, text: str) -> None:
    """Type ``text`` key by key; QTest types ASCII only, so other characters (ä, –) are sent as
    key events carrying their text, as a keyboard layout or input method delivers them."""
    for char in text:
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            continue
        if char.isascii() and char.isprintable():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot, editor: Any, value: Any) -> None:
    """Enter ``value`` as a user does: type text and numbers, choose dates and entries."""
    widget = editor.widget
    if isinstance(widget, QLineEdit):
        widget.clear()
        shown = "" if value is None else str(value)
        if isinstance(value, time):
            shown = value.strftime("%H:%M")
        if editor.field.kind == "decimal":
            shown = shown.replace(".", ",")  # German
        type_text(qtbot, widget, shown)
    elif isinstance(widget, QPlainTextEdit):
        widget.clear()
        type_text(qtbot, widget, "" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        position = widget.findData(value)
        assert position >= 0, f"{editor.field.name}: {value!r} is not offered"
        widget.setCurrentIndex(position)
    elif isinstance(widget, QDateEdit):
        assert value is not None
        widget.setDate(QDate(value.year, value.month, value.day))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    else:
        raise AssertionError(f"no way to enter {editor.field.name}")


def same(stored: Any, shown: Any) -> bool:
    """Equal as a user sees it: blank is empty, False is unchecked, decimals by value."""

    def norm(value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip() or None
        if value is False:
            return None
        if isinstance(value, Decimal):
            return value.normalize()
        if isinstance(value, int) and not isinstance(value, bool):
            return Decimal(value).normalize()
        if isinstance(value, time):
            return value.replace(second=0, microsecond=0)
        return value

    return bool(norm(stored) == norm(shown))


def form_differences(view: RecordsView, record: Any) -> dict[str, tuple[Any, Any]]:
    return {
        name: (getattr(record, name), editor.value())
        for name, editor in view.form.editors.items()
        if not same(getattr(record, name), editor.value())
    }


def shown_errors(view: RecordsView) -> str:
    form = view.form
    messages = [form.error_text(name) for name in form.editors if form.error_text(name)]
    if not form.general_error.isHidden():
        messages.append(form.general_error.text())
    return " | ".join(messages)


def save(qtbot, view: RecordsView) -> None:
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    assert shown_errors(view) == "", f"{view.spec.key}: Save was refused: {shown_errors(view)}"


def load(context: AppContext, model: Any, record_id: str) -> Any:
    with context.db.session() as session:
        record = session.get(model, record_id)
        assert record is not None
        session.expunge(record)
        return record


def open_list(qtbot, window: MainWindow, case: Case) -> tuple[RecordsView, list[RecordsView]]:
    """The list under test and the lists above it, opened through the navigation and tabs."""
    keys = [entry.key for entry in window.entries]
    window.nav.setCurrentRow(keys.index(case.view))
    page: Any = window.pages.currentWidget()
    if case.view == "people":
        view = page.institutions if case.path[0] == "institutions" else page.people
        page.setCurrentWidget(view)
    elif not isinstance(page, RecordsView) and hasattr(page, "record_views"):
        view = page.record_views[0]  # a page around its list (per-diem rates: coverage, import)
    else:
        view = page
    assert isinstance(view, RecordsView) and view.spec.key == case.path[0]
    parents: list[RecordsView] = []
    for key in case.path[1:]:
        parents.append(view)
        child = view.child_view(key)
        view.details.setCurrentWidget(child)  # the user clicks the tab
        view = child
    qtbot.waitUntil(view.isVisible)
    return view, parents


def choose_parent(qtbot, parent: RecordsView, child: RecordsView) -> str:
    """Click through the parent list to the record with the most children (at least one)."""
    best: tuple[int, int] | None = None
    for row in range(parent.model.rowCount()):
        click_row(qtbot, parent, row)
        assert parent.form.record_id == parent.model.record_id(row)
        assert child.parent_id == parent.form.record_id, "the child list does not follow"
        count = child.model.rowCount()
        if count and (best is None or count > best[1]):
            best = (row, count)
    assert best is not None, f"no {parent.spec.key} record has {child.spec.key} in the demo data"
    click_row(qtbot, parent, best[0])
    return str(parent.form.record_id)


# -- the test --------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_find_open_create_change_undo_delete(qtbot, window: MainWindow, case: Case) -> None:
    context = window.context
    view, parents = open_list(qtbot, window, case)
    spec = view.spec
    model = spec.model
    parent_id = choose_parent(qtbot, parents[-1], view) if parents else None

    # 1. find
    total = view.model.rowCount()
    record_id, needle = distinctive_text(view)
    type_text(qtbot, view.filter_edit, needle)
    qtbot.keyClick(view.filter_edit, Qt.Key.Key_Return)
    assert record_id in row_ids(view), f"filter {needle!r} does not find the record"
    if total > 1:
        assert view.model.rowCount() < total, f"filter {needle!r} keeps every row"

    # 2. open
    click_row(qtbot, view, row_ids(view).index(record_id))
    assert view.form.record_id == record_id
    existing = load(context, model, record_id)
    assert form_differences(view, existing) == {}
    heading = view.form.heading.text()
    assert heading not in ("", "Neuer Datensatz", "Neuer Eintrag")
    raw = {str(getattr(existing, f.name)) for f in spec.fields if f.kind == "enum"}
    assert heading not in raw, f"the form is headed by the stored key {heading!r}, not its label"
    if parent_id is not None and case.parent_of is None and view.child is not None:
        assert getattr(existing, view.child.parent_field) == parent_id

    # 3. create
    view.filter_edit.clear()
    qtbot.keyClick(view.filter_edit, Qt.Key.Key_Return)
    with context.db.session() as session:
        unique = case.unique(session, session.get(model, record_id), parent_id)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.form.record_id is None
    wanted = {name: getattr(existing, name) for name in view.form.editors}
    wanted.update(unique)
    for name, editor in view.form.editors.items():
        type_into(qtbot, editor, wanted[name])
    save(qtbot, view)
    new_id = view.form.record_id
    assert new_id is not None and new_id != record_id
    created = load(context, model, new_id)
    assert created.deleted_at is None
    stored = {name: getattr(created, name) for name in wanted}
    assert {n: (stored[n], v) for n, v in wanted.items() if not same(stored[n], v)} == {}
    if view.child is not None:
        if case.parent_of is not None:
            with context.db.session() as session:
                assert case.parent_of(session, created) == parent_id
        else:
            assert getattr(created, view.child.parent_field) == parent_id
        assert parents[-1].form.record_id == parent_id, "the parent changed while adding a child"
    assert view.model.row_of(new_id) is not None, "the new record is not in the list"
    assert view.table.currentIndex().data(ID_ROLE) == new_id

    # 4. change the existing record
    click_row(qtbot, view, view.model.row_of(record_id))
    assert view.form.record_id == record_id
    with context.db.session() as session:
        [(name, new_value)] = case.change(session, session.get(model, record_id), parent_id).items()
    old_value = getattr(existing, name)
    assert not same(old_value, new_value)
    type_into(qtbot, view.form.editors[name], new_value)
    save(qtbot, view)
    changed = load(context, model, record_id)
    assert same(getattr(changed, name), new_value)
    untouched = {
        n: (getattr(existing, n), getattr(changed, n))
        for n in view.form.editors
        if n != name and getattr(existing, n) != getattr(changed, n)
    }
    assert untouched == {}, "saving one change altered other fields"

    # 5. undo and redo through the Edit menu
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert same(getattr(load(context, model, record_id), name), old_value)
    assert view.form.record_id == record_id
    assert same(old_value, view.form.editors[name].value()), "the form still shows the change"
    window.redo_action.trigger()
    assert same(getattr(load(context, model, record_id), name), new_value)
    assert same(new_value, view.form.editors[name].value())

    # 6. delete, then undo; the child lists (their tabs opened first) must let go of the record
    for sub in spec.children:
        child = view.child_view(sub.spec.key)
        view.details.setCurrentWidget(child)
        assert child.parent_id == record_id
    view.details.setCurrentWidget(view.form)
    questions: list[str] = []
    view.form.confirm = lambda question: questions.append(question) or True
    qtbot.mouseClick(view.form.delete_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 1 and "Strg+Z" in questions[0]
    assert shown_errors(view) == "", f"delete refused: {shown_errors(view)}"
    assert load(context, model, record_id).deleted_at is not None
    assert view.model.row_of(record_id) is None, "the deleted record is still listed"
    follower = view.form.record_id  # the form follows the list: the next record, or a new one
    assert follower != record_id
    assert follower is None or view.model.row_of(follower) is not None
    for child in view.children:
        assert child.parent_id != record_id, f"{child.spec.key} still shows the deleted record's"
        assert child.parent_id == follower, f"{child.spec.key} does not follow the form"
        assert child.isEnabled() == (follower is not None)
    window.undo_action.trigger()
    assert load(context, model, record_id).deleted_at is None
    assert view.model.row_of(record_id) is not None, "the restored record is not listed again"


# -- coverage --------------------------------------------------------------------------------------


def reachable_lists(window: MainWindow) -> set[str]:
    found: set[str] = set()

    def walk(view: RecordsView, prefix: tuple[str, ...]) -> None:
        path = (*prefix, view.spec.key)
        found.add("/".join(path))
        for child in view.spec.children:
            walk(view.child_view(child.spec.key), path)

    for entry in window.entries:
        page: Any = window.view(entry.key)
        views = page.record_views if hasattr(page, "record_views") else [page]
        for view in views:
            if isinstance(view, RecordsView):
                walk(view, (entry.key,))
        nested = {v for v in page.findChildren(RecordsView) if v.child is None} - set(views)
        assert not nested, f"{entry.key} holds lists the walk does not reach"
    return found


def test_the_cases_cover_every_list_of_the_main_window(window: MainWindow) -> None:
    assert reachable_lists(window) == {case.id for case in CASES}


def test_undoing_the_creation_of_a_parent_empties_its_child_tabs(qtbot, window: MainWindow):
    """Undo of a new record (like a delete) must not leave its child tabs on that record."""
    view, _ = open_list(qtbot, window, case_of("workplans/workplans"))
    assert view.spec.key == "workplans"
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    partnership = view.form.editors["partnership_id"].widget
    assert isinstance(partnership, QComboBox)
    partnership.setCurrentIndex(1)
    type_text(qtbot, view.form.editors["title"].widget, "Arbeitsplan zum Rückgängigmachen")
    save(qtbot, view)
    new_id = view.form.record_id
    revisions = view.child_view("workplan_revisions")
    view.details.setCurrentWidget(revisions)
    assert revisions.parent_id == new_id and revisions.isEnabled()

    window.undo_action.trigger()
    assert load(window.context, view.spec.model, new_id).deleted_at is not None
    follower = view.form.record_id  # the form follows the list: another listed record
    assert follower != new_id and view.model.row_of(follower) is not None
    assert revisions.parent_id == follower != new_id


def test_a_reference_to_a_deleted_record_survives_saving_another_change(qtbot, window: MainWindow):
    """Deleting a person must not make the next save of a partnership clear its coordinator."""
    context = window.context
    with context.db.session() as session:
        partnership = session.scalars(
            select(Partnership).where(Partnership.coordinator_id.is_not(None))
        ).first()
        assert partnership is not None
        partnership_id, person_id = partnership.id, partnership.coordinator_id
    people, _ = open_list(qtbot, window, case_of("people/people"))
    assert people.select_record(person_id)
    people.form.confirm = lambda _question: True
    qtbot.mouseClick(people.form.delete_button, Qt.MouseButton.LeftButton)
    assert load(context, Person, person_id).deleted_at is not None

    view, _ = open_list(qtbot, window, case_of("partnerships/partnerships"))
    assert view.select_record(partnership_id)
    coordinator = view.form.editors["coordinator_id"]
    assert coordinator.value() == person_id
    assert coordinator.widget.currentText() == people_name(context, person_id)
    title = view.form.editors["title"].widget
    qtbot.keyClick(title, Qt.Key.Key_End)
    type_text(qtbot, title, CHANGED)
    save(qtbot, view)
    stored = load(context, Partnership, partnership_id)
    assert stored.title.endswith(CHANGED)
    assert stored.coordinator_id == person_id

    others = [r for r in row_ids(view) if load(context, Partnership, r).coordinator_id != person_id]
    assert view.select_record(others[0])  # the deleted person is offered for its records only
    assert coordinator.widget.findData(person_id) == -1


def people_name(context: AppContext, person_id: str) -> str:
    person = load(context, Person, person_id)
    return f"{person.last_name}, {person.first_name}"


def test_a_date_typed_as_shown_finds_the_record(qtbot, window: MainWindow) -> None:
    view, _ = open_list(qtbot, window, case_of("missions/missions"))
    start = [c.key for c in view.spec.columns].index("start")
    shown = view.model.index(0, start).data()
    record_id = view.model.record_id(0)
    assert shown and "." in shown  # German: dd.MM.yyyy
    type_text(qtbot, view.filter_edit, shown)
    qtbot.keyClick(view.filter_edit, Qt.Key.Key_Return)
    assert record_id in row_ids(view)


def test_the_activities_tab_offers_only_the_workplans_revisions(qtbot, window: MainWindow):
    """An activity saved with another plan's revision vanished from the list it was added in."""
    view, [workplans] = open_list(qtbot, window, case_of("workplans/workplans/workplan_items"))
    combo = view.form.editors["revision_id"].widget
    assert isinstance(combo, QComboBox)
    assert workplans.model.rowCount() >= 2
    for row in range(workplans.model.rowCount()):
        click_row(qtbot, workplans, row)
        offered = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]
        with window.context.db.session() as session:
            plans = {session.get(WorkplanRevision, r).workplan_id for r in offered}
            own = set(
                session.scalars(
                    select(WorkplanRevision.id).where(
                        WorkplanRevision.workplan_id == workplans.form.record_id,
                        WorkplanRevision.deleted_at.is_(None),
                    )
                )
            )
        assert plans <= {workplans.form.record_id}
        assert set(offered) == own


def test_a_mission_is_linked_to_its_workplan_activity_in_the_form(qtbot, window: MainWindow):
    """DESIGN: a mission (and an event) belongs to a workplan item; the mission report names it."""
    from desktop_app.exporters.mission_report import report_context

    context = window.context
    view, _ = open_list(qtbot, window, case_of("missions/missions"))
    mission_id = view.form.record_id
    mission = load(context, Mission, mission_id)
    with context.db.session() as session:
        revisions = (
            select(WorkplanRevision.id, WorkplanRevision.number)
            .join(Workplan, Workplan.id == WorkplanRevision.workplan_id)
            .where(Workplan.partnership_id == mission.partnership_id)
            .order_by(WorkplanRevision.number.desc())
        )
        newest = session.execute(revisions).first()
        assert newest is not None, "the demo mission's partnership has no workplan"
        items = session.scalars(
            select(WorkplanItem)
            .where(
                WorkplanItem.revision_id == newest.id,
                WorkplanItem.item_key != mission.workplan_item_key,
            )
            .order_by(WorkplanItem.activity_number)
        ).all()
        item = items[-1]
        wording = f"{item.activity_number} {item.title}"
    combo = view.form.editors["workplan_item_key"].widget
    assert isinstance(combo, QComboBox)
    labels = [combo.itemText(i) for i in range(combo.count())]
    keys = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]
    assert len(keys) == len(set(keys)), "an activity is offered once for each revision"
    [label] = [text for text in labels if text.endswith(wording)]
    combo.setCurrentIndex(labels.index(label))  # the user picks the activity by its name
    save(qtbot, view)

    assert load(context, Mission, mission_id).workplan_item_key == item.item_key
    with context.db.session() as session:
        facts = {f["value"] for f in report_context(session, mission_id)["facts"]}
    assert wording in facts


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("9.30", time(9, 30)),
        ("9:30", time(9, 30)),
        ("9", time(9, 0)),
        ("14.00 Uhr", time(14)),
        ("14:05:00", time(14, 5)),
    ],
)
def test_a_time_of_day_is_taken_as_a_user_types_it(qtbot, window, typed, stored) -> None:
    """Agenda times: "9" and the German "9.30" were refused as "not a time of day"."""
    view, parents = open_list(qtbot, window, case_of("study_trips/study_trips/agenda_items"))
    choose_parent(qtbot, parents[-1], view)
    click_row(qtbot, view, 0)
    record_id = view.form.record_id
    start = view.form.editors["start_time"].widget
    start.clear()
    type_text(qtbot, start, typed)
    view.form.editors["end_time"].widget.clear()
    save(qtbot, view)
    assert load(window.context, AgendaItem, record_id).start_time == stored
    assert start.text() == stored.strftime("%H:%M")


def test_an_impossible_time_is_refused_at_its_field(qtbot, window) -> None:
    view, parents = open_list(qtbot, window, case_of("study_trips/study_trips/agenda_items"))
    choose_parent(qtbot, parents[-1], view)
    click_row(qtbot, view, 0)
    record_id = view.form.record_id
    before = load(window.context, AgendaItem, record_id).start_time
    start = view.form.editors["start_time"].widget
    start.clear()
    type_text(qtbot, start, "25.00")
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    assert "25.00" in view.form.error_text("start_time")
    assert load(window.context, AgendaItem, record_id).start_time == before

"""The document actions of the UI: save dialog, background export, offer to open; import preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_sample import Sample, build_sample
from openpyxl import load_workbook

from desktop_app.exporters import workplan_layout as layout
from desktop_app.exporters.workplan_xlsx import export_workplan
from desktop_app.models import WorkplanItem
from desktop_app.persistence.database import Database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud, preferences
from desktop_app.services.workplan_revisions import current_revision
from desktop_app.ui.context import AppContext
from desktop_app.ui.documents import import_dialog, ops


@pytest.fixture
def sample(db: Database) -> Sample:
    with db.session() as session:
        return build_sample(session)


@pytest.fixture
def context(db: Database, data_paths: DataPaths, qapp: object) -> AppContext:
    return AppContext(db, data_paths)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, list[object]]:
    seen: dict[str, list[object]] = {"save": [], "opened": [], "problems": []}

    def ask_save_path(_parent: object, title: str, suggested: Path, _filter: str) -> Path:
        seen["save"].append((title, suggested.name))
        return tmp_path / "out" / suggested.stem  # without suffix: the action adds it

    monkeypatch.setattr(ops, "ask_save_path", ask_save_path)
    monkeypatch.setattr(ops, "ask_signing", lambda _p, suggested, language: (suggested, language))
    monkeypatch.setattr(ops, "offer_to_open", lambda _p, path: seen["opened"].append(path))
    monkeypatch.setattr(ops, "show_problem", lambda _p, error: seen["problems"].append(error))
    return seen


@pytest.mark.parametrize(
    ("action", "name"),
    [
        ("declaration", "Absichtserklaerung_GE-QI-2026_en.docx"),
        ("workplan", "Arbeitsplan_GE-QI-2026.xlsx"),
        ("expenses", "Reisekosten_Weber_Begutachtung_Prüflabore.docx"),
        ("report", "Einsatzbericht_Begutachtung_Prüflabore.docx"),
    ],
)
def test_export_asks_for_a_file_then_offers_to_open_it(
    qtbot,
    context: AppContext,
    sample: Sample,
    dialogs: dict[str, list[object]],
    action: str,
    name: str,
) -> None:
    run = {
        "declaration": lambda: ops.export_declaration(None, context, sample.partnership_id),
        "workplan": lambda: ops.export_workplan(None, context, sample.workplan_id),
        "expenses": lambda: ops.export_expense_declaration(None, context, sample.mission_id),
        "report": lambda: ops.export_mission_report(None, context, sample.mission_id),
    }[action]
    operation = run()
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=15000)
    assert dialogs["save"][0][1] == name
    assert len(dialogs["opened"]) == 1
    written = dialogs["opened"][0]
    assert isinstance(written, Path) and written.exists() and written.name == name


def test_cancelled_save_dialog_does_nothing(
    qtbot, context: AppContext, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ops, "ask_save_path", lambda *_args: None)
    monkeypatch.setattr(ops, "ask_signing", lambda _p, suggested, language: (suggested, language))
    assert ops.export_declaration(None, context, sample.partnership_id) is None
    monkeypatch.setattr(ops, "ask_signing", lambda *_args: None)  # cancelled before saving
    assert ops.export_declaration(None, context, sample.partnership_id) is None


def test_broken_template_setting_is_shown_not_raised(
    qtbot, context: AppContext, sample: Sample, dialogs: dict[str, list[object]]
) -> None:
    preferences.set_value(context.paths.root, "template_dir", "/nonexistent/templates")
    operation = ops.export_mission_report(None, context, sample.mission_id)
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=15000)
    assert dialogs["opened"] == []
    assert "does not exist" in str(dialogs["problems"][0])


def _edited_workplan(db: Database, sample: Sample, tmp_path: Path) -> Path:
    path = tmp_path / "edited.xlsx"
    with db.session() as session:
        export_workplan(session, sample.workplan_id, path)
    workbook = load_workbook(path)
    ws = workbook["Arbeitsplan"]
    ws.cell(row=layout.FIRST_DATA_ROW, column=layout.COLUMN_INDEX["actual"]).value = "7"
    workbook.save(path)
    return path


def test_import_shows_the_differences_and_applies_with_undo(
    qtbot,
    db: Database,
    context: AppContext,
    sample: Sample,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _edited_workplan(db, sample, tmp_path)
    monkeypatch.setattr(ops, "ask_open_path", lambda *_args: path)
    shown: list[import_dialog.WorkplanImportDialog] = []

    def confirm(dialog: import_dialog.WorkplanImportDialog) -> bool:
        qtbot.addWidget(dialog)
        shown.append(dialog)
        qtbot.keyClicks(dialog.approved_by, "Lenkungsausschuss")
        dialog.approved.setChecked(True)  # agreed: who and when (else it stays a draft)
        return True

    monkeypatch.setattr(import_dialog, "ask_to_apply", confirm)
    with qtbot.waitSignal(context.data_changed, timeout=15000) as changed:
        ops.import_workplan(None, context, sample.partnership_id)
    assert changed.args == [frozenset({"workplan_revisions", "workplan_items"})]
    dialog = shown[0]
    assert "0 added, 1 changed, 0 removed; conflicts: 0" in dialog.summary.text()
    changed_group = dialog.tree.topLevelItem(1)
    field = changed_group.child(0).child(0)
    # in the user's language (English here), with the column header and "—" for empty
    assert [field.text(i) for i in range(3)] == ["Actual", "—", "7"]
    with db.session() as session:
        revision = current_revision(session, sample.workplan_id)
        assert revision is not None and revision.number == 3
        assert (revision.approved_by, revision.status) == ("Lenkungsausschuss", "agreed")
    context.undo_stack.undo()
    with db.session() as session:
        revision = current_revision(session, sample.workplan_id)
        assert revision is not None and revision.number == 2


def test_undoing_an_import_changed_elsewhere_keeps_the_newer_revision(
    qtbot,
    db: Database,
    context: AppContext,
    sample: Sample,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Review: undo of a read-in withdrew the revision and its activities even when a sync
    import had changed one of them meanwhile; now it writes nothing and says why."""
    path = _edited_workplan(db, sample, tmp_path)
    with db.session() as session:
        preview = import_dialog.preview_import(session, sample.partnership_id, path)
    step = import_dialog.apply_preview(context, preview, None, None, None)  # a draft
    refusals: list[str] = []
    context.step_refused.connect(refusals.append)
    with db.session() as session:  # the expert's laptop changes an activity of the draft
        session.info["node_id"] = "peer-node"
        item = step.item_ids[0]
        crud.update(session, WorkplanItem, item, title="Changed on the laptop")

    context.undo_stack.undo()
    with db.session() as session:
        assert crud.get(session, WorkplanItem, item).title == "Changed on the laptop"
        revision = current_revision(session, sample.workplan_id)
        assert revision is not None and revision.id == step.revision_id
    [text] = refusals
    assert text.startswith(f"Undo is not possible: “workplan revision {revision.number}” was")
    assert context.undo_stack.count() == 0


def test_import_of_a_foreign_file_lists_the_problems(
    qtbot, context: AppContext, sample: Sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "foreign.xlsx"
    path.write_bytes(b"no excel")
    monkeypatch.setattr(ops, "ask_open_path", lambda *_args: path)
    problems: list[BaseException] = []
    monkeypatch.setattr(import_dialog, "show_file_problems", lambda _p, e: problems.append(e))
    operation = ops.import_workplan(None, context, sample.partnership_id)
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=15000)
    assert "not a readable Excel" in str(problems[0])


def test_unreadable_preferences_are_shown_not_raised(
    qtbot, context: AppContext, sample: Sample, dialogs: dict[str, list[object]]
) -> None:
    (context.paths.root / "preferences.json").write_text("{ not json", encoding="utf-8")
    # the declaration reads the partner languages first: the problem is shown at once
    assert ops.export_declaration(None, context, sample.partnership_id) is None
    assert "preferences.json" in str(dialogs["problems"][0])
    operation = ops.export_mission_report(None, context, sample.mission_id)
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=15000)
    assert "preferences.json" in str(dialogs["problems"][1])


def test_deleted_mission_is_reported(
    qtbot, context: AppContext, sample: Sample, dialogs: dict[str, list[object]]
) -> None:
    assert ops.export_mission_report(None, context, "gone-mission-id") is None
    assert "no mission with the id" in str(dialogs["problems"][0])


def test_twinning_gets_the_reason_instead_of_a_declaration(
    qtbot, db: Database, context: AppContext, dialogs: dict[str, list[object]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from desktop_app.models import Partnership

    with db.session() as session:
        sample = build_sample(session)
        session.get(Partnership, sample.partnership_id).programme = "eu_twinning"
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(ops, "show_information", lambda _p, t, text: shown.append((t, text)))
    assert ops.export_declaration(None, context, sample.partnership_id) is None
    assert shown and "Twinning contract" in shown[0][1] and "workplan" in shown[0][1]
    assert dialogs["save"] == []


def test_the_signing_dialog_suggests_and_returns_the_signatories(qtbot) -> None:
    from datetime import date

    from desktop_app.exporters.declaration import Signatory, Signing
    from desktop_app.ui.documents.signing_dialog import SigningDialog

    suggested = Signing(Signatory("Dr. Anna Schmidt", "Referatsleiterin"), Signatory("Nino"))
    dialog = SigningDialog(suggested, "fr")
    qtbot.addWidget(dialog)
    assert dialog.chosen_language() == "fr"
    assert dialog.german_name.text() == "Dr. Anna Schmidt"
    qtbot.keyClicks(dialog.partner_function, "Ministerin")
    qtbot.keyClicks(dialog.place, "Tiflis")
    dialog.dated.setChecked(True)
    dialog.day.setDate(dialog.day.date().fromString("2026-06-15", "yyyy-MM-dd"))
    signing = dialog.signing()
    assert signing.partner == Signatory("Nino", "Ministerin")
    assert signing.place == "Tiflis" and signing.day == date(2026, 6, 15)


def test_pdf_buttons_or_the_reason_they_are_missing(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from desktop_app.exporters import pdf

    monkeypatch.setattr(pdf, "pdf_support", lambda: pdf.PdfSupport(tmp_path / "soffice", ""))
    clicked: list[bool] = []
    button = ops.pdf_button("Save as PDF", lambda: clicked.append(True))
    assert button is not None and ops.pdf_missing_label() is None
    qtbot.addWidget(button)
    button.click()
    assert clicked == [True]
    monkeypatch.setattr(pdf, "pdf_support", lambda: pdf.PdfSupport(None, "no LibreOffice"))
    assert ops.pdf_button("Save as PDF", lambda: None) is None
    label = ops.pdf_missing_label()
    assert label is not None
    qtbot.addWidget(label)
    assert "LibreOffice" in label.text() and "LibreOffice" in label.toolTip()


def test_export_as_pdf_writes_a_tagged_pdf(
    qtbot, context: AppContext, sample: Sample, dialogs: dict[str, list[object]]
) -> None:
    import shutil

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed here; CI runs this")
    operation = ops.export_mission_report(None, context, sample.mission_id, as_pdf=True)
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=120000)
    [written] = dialogs["opened"]
    assert Path(written).suffix == ".pdf" and Path(written).read_bytes().startswith(b"%PDF")
    assert b"/StructTreeRoot" in Path(written).read_bytes()
    assert dialogs["save"][0][1].endswith(".pdf")
    assert not list(Path(written).parent.glob("*.docx"))  # no Word file left behind

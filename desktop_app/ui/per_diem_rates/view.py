"""Per-diem rates: the table in force and how complete it is, the rates list, and the import of a
published ARVVwV table with a preview of the rows added, changed and removed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.rate_tables.importer import ImportPreview
from desktop_app.ui.background import BackgroundOp, Job
from desktop_app.ui.context import AppContext
from desktop_app.ui.field_form import FieldForm
from desktop_app.ui.i18n import country_label, format_date, format_decimal
from desktop_app.ui.per_diem_rates.spec import PER_DIEM_RATES
from desktop_app.ui.records.view import RecordsView
from desktop_app.ui.text_table import TextTable


def coverage_text(found: object) -> str:
    """The coverage of the table in force, in the UI language."""
    from PySide6.QtCore import QCoreApplication

    valid_from = getattr(found, "valid_from", None)
    if valid_from is None:
        if getattr(found, "samples", 0):
            return QCoreApplication.translate(
                "PerDiemRates",
                "No official table: %1 sample rates (not official) are used. Import the ARVVwV "
                "table with “Import table…”.",
            ).replace("%1", str(found.samples))  # type: ignore[attr-defined]
        return QCoreApplication.translate(
            "PerDiemRates", "No official table yet. Import the ARVVwV table with “Import table…”."
        )
    text = (
        QCoreApplication.translate(
            "PerDiemRates", "Table in force: %1, valid from %2: %3 rows for %4 countries."
        )
        .replace("%1", str(found.title))  # type: ignore[attr-defined]
        .replace("%2", format_date(valid_from))
        .replace("%3", str(found.rows))  # type: ignore[attr-defined]
        .replace("%4", str(found.countries))  # type: ignore[attr-defined]
    )
    if found.complete:  # type: ignore[attr-defined]
        return text + " " + QCoreApplication.translate("PerDiemRates", "Complete.")
    if getattr(found, "samples", 0) and not found.rows:  # type: ignore[attr-defined]
        text += " " + QCoreApplication.translate(
            "PerDiemRates", "Meanwhile %1 sample rates (not official) are used."
        ).replace("%1", str(found.samples))  # type: ignore[attr-defined]
    without_cap = getattr(found, "rows_without_cap", 0)
    if without_cap:
        text += " " + QCoreApplication.translate(
            "PerDiemRates",
            "%1 of these rows have no lodging cap yet (column 3 not verified, shown as "
            "“missing”): a night with receipt there is not paid and its claim stays incomplete "
            "until the official table is imported; nights without receipt and daily allowances "
            "are paid.",
        ).replace("%1", str(without_cap))
    not_listed = getattr(found, "not_listed", ())
    if not_listed:
        text += " " + QCoreApplication.translate(
            "PerDiemRates", "Not in this table, so Luxembourg’s rate applies (ARV § 3 (2)): %1."
        ).replace("%1", ", ".join(country_label(code) for code in not_listed))
    shipped = getattr(found, "shipped_rows", 0)
    if shipped > found.rows:  # type: ignore[attr-defined]
        text += " " + QCoreApplication.translate(
            "PerDiemRates",
            "PartnerDesk ships %1 verified rows of this table (%2); import them with "
            "“Import table…”.",
        )
        text = text.replace("%1", str(shipped)).replace(
            "%2", Path(str(getattr(found, "shipped_file", ""))).name
        )
    return (
        text
        + " "
        + QCoreApplication.translate(
            "PerDiemRates",
            "Not complete: a country missing here is reported as missing in the calculation; "
            "import the official table to complete it.",
        )
    )


def years_text(years: list[object]) -> str:
    """The coverage of every official table known, one line a year, in the UI language: what
    PartnerDesk ships (verified rows) and what this installation holds."""
    from PySide6.QtCore import QCoreApplication

    lines = [QCoreApplication.translate("PerDiemRates", "Coverage by year:")]
    for found in years:
        valid_from = getattr(found, "valid_from", None)
        if valid_from is None:
            continue
        shipped = int(getattr(found, "shipped_rows", 0))
        held = str(getattr(found, "rows", 0))
        if shipped:
            caps = shipped - int(getattr(found, "shipped_without_cap", 0))
            line = QCoreApplication.translate(
                "PerDiemRates",
                "%1: %2 verified rows shipped (%3 countries, %4; lodging cap in %5); %6 held here",
            )
            for key, value in (
                ("%6", held),
                ("%5", str(caps)),
                ("%4", str(getattr(found, "shipped_span", ""))),
                ("%3", str(getattr(found, "shipped_countries", 0))),
                ("%2", str(shipped)),
                ("%1", str(valid_from.year)),
            ):
                line = line.replace(key, value)
        else:
            line = (
                QCoreApplication.translate(
                    "PerDiemRates", "%1: no verified rows shipped; %2 held here"
                )
                .replace("%2", held)
                .replace("%1", str(valid_from.year))
            )
        lines.append(line)
    return "\n".join(lines) if len(lines) > 1 else ""


class PerDiemRatesView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("view_per_diem_rates_page")
        self.coverage = QLabel()
        self.coverage.setObjectName("rateCoverage")
        self.coverage.setWordWrap(True)
        self.years = QLabel()
        self.years.setObjectName("rateCoverageYears")
        self.years.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importRateTable")
        self.import_button.clicked.connect(self.import_table)
        self.records = RecordsView(context, PER_DIEM_RATES)
        # only HQ keeps the rate tables (services/permissions.py); the list says why
        self.import_button.setVisible(not self.records.is_read_only())
        top = QHBoxLayout()
        texts = QVBoxLayout()
        texts.addWidget(self.coverage)
        texts.addWidget(self.years)
        top.addLayout(texts, 1)
        top.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.records, 1)
        self.records.splitter.setSizes([720, 350])
        context.data_changed.connect(self._changed)
        self.retranslate()
        self.refresh_coverage()

    @property
    def record_views(self) -> list[RecordsView]:
        return [self.records]

    def select_record(self, record_id: str) -> bool:
        return self.records.select_record(record_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh_coverage()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import table…"))

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & {"per_diem_rates", "per_diem_tables"}:
            self.refresh_coverage()

    def refresh_coverage(self) -> None:
        from desktop_app.services.rate_tables.listing import coverage, coverage_by_year

        with self.context.db.session() as session:
            found = coverage(session, date.today())
            years = coverage_by_year(session)
        self.coverage.setText(coverage_text(found))
        self.years.setText(years_text(list(years)))

    def import_table(self) -> None:
        dialog = ImportTableDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.announce({"per_diem_rates", "per_diem_tables"})


class ImportTableDialog(QDialog):
    """Choose the published table, see what changes, then import it (or cancel)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Import a per-diem table"))
        self.resize(820, 560)
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("HTML of the official page, CSV or XLSX"))
        browse = QPushButton(self.tr("&Choose file…"))
        browse.clicked.connect(self.choose)
        self.valid_from = QDateEdit()
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("dd.MM.yyyy")
        self.valid_from.setDate(QDate(date.today().year, 1, 1))
        self.valid_from.dateChanged.connect(lambda _d: self.preview())
        self.partial = QCheckBox(self.tr("The file holds only part of the table"))
        self.partial.toggled.connect(lambda _on: self.preview())
        self.form = form = FieldForm()
        form.add_field("file", self.tr("&File"), self.file, browse)
        form.add_field("valid_from", self.tr("&Valid from"), self.valid_from)
        form.form_layout.addRow("", self.partial)
        self.summary = QLabel(self.tr("Choose the published table to see what would change."))
        self.summary.setWordWrap(True)
        self.changes = TextTable(4)
        self.changes.set_headers(
            [self.tr("Change"), self.tr("Country / city"), self.tr("Before"), self.tr("After")]
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Import"))
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.buttons)
        self.result_preview: ImportPreview | None = None

    def choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Published per-diem table"),
            "",
            self.tr("Rate tables (*.html *.htm *.csv *.xlsx *.txt)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        self.file.setText(str(path))
        self.preview()

    def _chosen_date(self) -> date:
        value = self.valid_from.date()
        return date(value.year(), value.month(), value.day())

    def preview(self) -> None:
        text = self.file.text()
        if not text:
            return
        path, day, partial = Path(text), self._chosen_date(), self.partial.isChecked()

        def work(job: Job) -> ImportPreview:
            from desktop_app.services.rate_tables.importer import preview_import
            from desktop_app.services.rate_tables.parse import read_table

            parsed_day = read_table(path).valid_from
            with job.session() as session:
                return preview_import(
                    session,
                    path,
                    valid_from=parsed_day or day,
                    complete=False if partial else None,
                )

        self.apply_button.setEnabled(False)
        BackgroundOp(self, self.context.db, work).success(self.show_preview).failure(
            self.show_error
        ).run()

    def show_error(self, error: BaseException) -> None:
        self.result_preview = None
        self.summary.clear()
        self.form.show_message(
            "file",
            self.tr("This file cannot be imported: %1 Nothing was changed.").replace(
                "%1", str(error)
            ),
        )
        self.changes.set_rows([])
        self.apply_button.setEnabled(False)

    def show_preview(self, preview: ImportPreview) -> None:
        self.result_preview = preview
        if preview.valid_from != self._chosen_date():
            self.valid_from.blockSignals(True)
            self.valid_from.setDate(
                QDate(preview.valid_from.year, preview.valid_from.month, preview.valid_from.day)
            )
            self.valid_from.blockSignals(False)
        counts = preview.counts
        self.form.clear_errors()
        state = self.tr("complete") if preview.complete else self.tr("part of the table")
        self.summary.setText(
            self.tr("%1, valid from %2 (%3): %4 added, %5 changed, %6 removed, %7 unchanged.")
            .replace("%1", preview.title)
            .replace("%2", format_date(preview.valid_from))
            .replace("%3", state)
            .replace("%4", str(counts["added"]))
            .replace("%5", str(counts["changed"]))
            .replace("%6", str(counts["removed"]))
            .replace("%7", str(counts["unchanged"]))
            + (
                " "
                + self.tr("%1 rows without lodging cap (column 3 not verified).").replace(
                    "%1", str(preview.without_cap)
                )
                if preview.without_cap
                else ""
            )
        )
        names = {
            "added": self.tr("added"),
            "changed": self.tr("changed"),
            "removed": self.tr("removed"),
        }
        rows = [c for c in preview.changes if c.kind != "unchanged"]
        self.changes.set_rows(
            [
                [
                    names[change.kind],
                    country_label(change.country) + (f" – {change.city}" if change.city else ""),
                    self._amounts(change.old),
                    self._amounts(change.new),
                ]
                for change in rows
            ]
        )
        self.apply_button.setEnabled(True)

    def _amounts(self, amounts: tuple[object, object] | None) -> str:
        """Column 2 / column 3 of a row; a cap not verified yet reads "missing"."""
        if not amounts:
            return "—"
        daily, cap = amounts
        cap_text = self.tr("missing") if cap is None else format_decimal(cap)  # type: ignore[arg-type]
        return f"{format_decimal(daily)} / {cap_text}"  # type: ignore[arg-type]

    def apply(self) -> None:
        preview = self.result_preview
        if preview is None:
            return

        def work(job: Job) -> ImportPreview:
            from desktop_app.services.rate_tables.importer import apply_import

            with job.session() as session:
                apply_import(session, preview)
                session.commit()
            return preview

        self.apply_button.setEnabled(False)
        BackgroundOp(self, self.context.db, work).success(lambda _p: self.accept()).failure(
            self.show_error
        ).run()

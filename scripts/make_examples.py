"""Write an example of every document from the demo data into docs/examples/, in German, with a
PNG of each page (LibreOffice → tagged PDF → ``pdftoppm -r 60``).

    .venv/bin/python scripts/make_examples.py [--out docs/examples]

Needs LibreOffice and poppler-utils. The demo data is loaded into a temporary database; the
examples are rewritten from scratch each time (look at every page before committing them).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop_app.exporters.declaration import export_declaration
from desktop_app.exporters.expense_declaration import export_expense_declaration
from desktop_app.exporters.mission_report import export_mission_report
from desktop_app.exporters.pdf import to_pdf
from desktop_app.exporters.progress_report import export_quarterly_report
from desktop_app.exporters.workplan_xlsx import export_workplan
from desktop_app.models import Mission, Partnership, Person, Workplan
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services.demo import load_demo
from desktop_app.services.reports.quarters import Quarter

OUT = Path(__file__).resolve().parents[1] / "docs" / "examples"
MERGER = "Kurzzeiteinsatz: Leitlinien Fusionskontrolle und Schulung Marktabgrenzung"
DECLARATIONS = (
    ("VP-MNE-01", "en", "Verwaltungspartnerschaft (Bund), Deutsch–Englisch"),
    ("VP-DZA-01", "fr", "Verwaltungspartnerschaft (Bund), Deutsch–Französisch"),
    ("KP-HB-DUR-01", "en", "Kommunale Partnerschaft"),
    ("SP-BER-PAR-01", "fr", "Verwaltungsaustausch der Städtepartnerschaft"),
    ("BLP-NRW-GHA-01", "en", "Bund-Länder-Programm"),
)


def _write(folder: Path) -> list[tuple[Path, str]]:
    database = open_database(DataPaths(folder / "data").ensure())
    written: list[tuple[Path, str]] = []
    with database.session() as session:
        load_demo(session)
    with database.session() as session:
        codes = {p.code: p.id for p in session.scalars(select(Partnership))}
        for code, language, what in DECLARATIONS:
            out = folder / f"Absichtserklaerung_{code}_{language}.docx"
            written.append((export_declaration(session, codes[code], out, language=language), what))
        merger = session.scalars(select(Mission).where(Mission.title == MERGER)).one()
        vogt = session.scalars(select(Person).where(Person.last_name == "Vogt")).one()
        out = folder / "Reisekostenabrechnung_Vogt_Podgorica.docx"
        written.append(
            (export_expense_declaration(session, merger.id, out, person=vogt), "Dr. K. Vogt")
        )
        out = folder / "Einsatzbericht_Podgorica.docx"
        written.append((export_mission_report(session, merger.id, out), "Kurzzeiteinsatz"))
        workplan = session.scalars(
            select(Workplan).where(Workplan.partnership_id == codes["VP-MNE-01"])
        ).first()
        assert workplan is not None
        out = folder / "Arbeitsplan_VP-MNE-01.xlsx"
        written.append((export_workplan(session, workplan.id, out), "Revision 2"))
        # the last full quarter of the demo data, written on a fixed day (docs/reports.md)
        for language in ("de", "en"):
            out = folder / f"Quartalsbericht_VP-MNE-01_2026-Q1_{language}.docx"
            document = export_quarterly_report(
                session, codes["VP-MNE-01"], Quarter(2026, 1), out, language=language,
                today=date(2026, 4, 15),
            )  # fmt: skip
            written.append((document, f"Quartalsbericht 2026-Q1 ({language})"))
    database.dispose()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm is missing (apt-get install poppler-utils)")
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    index = ["# Beispiele der Dokumente (Demodaten, deutsch)", ""]
    index.append(
        "Erzeugt mit `scripts/make_examples.py`; jede Seite als PNG (LibreOffice, 60 dpi)."
    )
    index.append("")
    with tempfile.TemporaryDirectory() as scratch:
        for document, what in _write(Path(scratch)):
            target = args.out / document.name
            shutil.copyfile(document, target)
            pdf = to_pdf(document, Path(scratch) / f"{document.stem}.pdf")
            subprocess.run(
                [pdftoppm, "-png", "-r", "60", str(pdf), str(args.out / document.stem)],
                check=True,
            )
            pages = sorted(args.out.glob(f"{document.stem}-*.png"))
            index.append(f"## {document.name} — {what}")
            index.append("")
            index.extend(f"![{page.stem}]({page.name})" for page in pages)
            index.append("")
            print(f"{target} ({len(pages)} pages)")
    (args.out / "README.md").write_text("\n".join(index), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

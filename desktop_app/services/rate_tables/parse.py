"""Reading a published ARVVwV table: the HTML of the official page, a CSV or XLSX in the layout
of the Anlage ("Land/Ort | Auslandstagegeld | Auslandsübernachtungsgeld", city rows under their
country ending with "im Übrigen"), PartnerDesk's own CSV (with ISO codes), or a transcription
(``resources/per_diem_rates/sources/*.txt``).

Nothing is guessed silently: an unknown country name, a missing amount or a city block without
"im Übrigen" is an error that names the row. Only column 3 (the lodging cap) may be marked as not
known (``fehlt``, ``–``, ``?``; an empty cell in PartnerDesk's CSV): the row is then read without a
cap, and a night with receipt there is reported as missing until the official table is imported.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

from desktop_app.services.per_diem.places import normalise
from desktop_app.services.per_diem.rates import MOTHER_COUNTRIES
from desktop_app.services.rate_tables.names import country_code_for

_AMOUNT = re.compile(r"^\s*(\d{1,4})(?:[.,](\d{1,2}))?\b")
MISSING_MARKS = frozenset({"fehlt", "?", "–", "—", "-", "n/a", "missing", "nicht verifiziert"})
"""How a transcription or table marks a lodging cap (column 3) that is not known."""
_HEADER_WORDS = ("land ort", "land", "in euro", "auslandstagegeld", "auslandsubernachtungsgeld")


class TableFormatError(ValueError):
    """The file is not a readable rate table; the message names the file, row and problem."""


@dataclass(frozen=True)
class TableRow:
    country: str
    city: str
    daily_allowance: Decimal
    lodging_cap: Decimal | None
    """None: column 3 not known (marked missing in the file)."""
    label: str
    row: int
    source: str = ""


@dataclass
class ParsedTable:
    rows: list[TableRow]
    valid_from: date | None = None
    meta: dict[str, str] = field(default_factory=dict)


def _amount(text: str) -> Decimal | None:
    match = _AMOUNT.match(text or "")
    if match is None:
        return None
    whole, cents = match.group(1), match.group(2) or "0"
    return Decimal(f"{whole}.{cents.ljust(2, '0')}")


def _values(cells: list[str]) -> list[Decimal | None]:
    """The amounts of a row's cells after the name; a missing mark after the first amount
    stands for column 3 not known (None). Other text (notes) is skipped."""
    values: list[Decimal | None] = []
    for text in cells:
        amount = _amount(text)
        if amount is not None:
            values.append(amount)
        elif len(values) == 1 and text.strip().casefold() in MISSING_MARKS:
            values.append(None)
    return values


def _is_elsewhere(name: str) -> bool:
    return normalise(name).startswith("im ubrigen")


def assemble(rows: list[tuple[int, list[str]]], what: str) -> list[TableRow]:
    """Rows of cell texts in the Anlage layout → table rows with ISO codes."""
    result: list[TableRow] = []
    block: str | None = None
    block_row = 0
    for number, cells in rows:
        texts = [c.strip() for c in cells]
        filled = [t for t in texts if t]
        if not filled:
            continue
        name = filled[0].lstrip("-–• ").strip()
        rest = filled[1:]
        amounts = _values(rest)
        plain = normalise(name)
        if plain.isdigit() or (
            not amounts and (plain in _HEADER_WORDS or plain.startswith("land "))
        ):
            continue
        named = country_code_for(name)
        city_of_block = named is None or MOTHER_COUNTRIES.get(named) == block
        if block is not None and (_is_elsewhere(name) or (len(amounts) >= 2 and city_of_block)):
            if len(amounts) < 2:
                raise TableFormatError(f"{what}, row {number}: '{name}' has no two amounts.")
            city = "" if _is_elsewhere(name) else name
            assert amounts[0] is not None
            result.append(TableRow(block, city, amounts[0], amounts[1], name, number))
            if not city:
                block = None
            continue
        code = named
        if code is None:
            if block is not None:
                raise TableFormatError(
                    f"{what}, row {number}: the city rows of {block} (from row {block_row}) end "
                    f"without an 'im Übrigen' row before '{name}'."
                )
            raise TableFormatError(
                f"{what}, row {number}: '{name}' is not a country PartnerDesk knows; correct "
                f"the name as the ARVVwV writes it, or use PartnerDesk's CSV with ISO codes."
            )
        if block is not None:
            raise TableFormatError(
                f"{what}, row {number}: the city rows of {block} (from row {block_row}) end "
                f"without an 'im Übrigen' row before '{name}'."
            )
        if len(amounts) >= 2:
            assert amounts[0] is not None
            result.append(TableRow(code, "", amounts[0], amounts[1], name, number))
        elif not amounts:
            block, block_row = code, number
        else:
            raise TableFormatError(f"{what}, row {number}: '{name}' has only one amount.")
    if block is not None:
        raise TableFormatError(f"{what}: the city rows of {block} end without an 'im Übrigen' row.")
    return result


class _HtmlTable(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TableFormatError(f"{path.name} is neither UTF-8 nor Windows-1252 text.")


def _own_csv(text: str, what: str) -> ParsedTable:
    reader = csv.DictReader(io.StringIO(text))
    rows: list[TableRow] = []
    valid: set[date] = set()
    for number, record in enumerate(reader, start=2):
        try:
            country = (record["country"] or "").strip().upper()
            valid.add(date.fromisoformat(record["valid_from"].strip()))
            daily = Decimal(record["daily_allowance"].strip())
            cap_text = (record["lodging_cap"] or "").strip()
            lodging = Decimal(cap_text) if cap_text else None
        except (KeyError, ValueError, ArithmeticError, AttributeError) as exc:
            raise TableFormatError(f"{what}, row {number}: not a rate row ({exc}).") from exc
        if len(country) != 2 or daily < 0 or (lodging is not None and lodging < 0):
            raise TableFormatError(f"{what}, row {number}: country or amounts are not valid.")
        city = (record.get("city") or "").strip()
        rows.append(
            TableRow(
                country,
                city,
                daily,
                lodging,
                record.get("name") or country,
                number,
                (record.get("source") or "").strip(),
            )
        )
    if len(valid) > 1:
        raise TableFormatError(f"{what} holds rows of several tables (valid from {sorted(valid)}).")
    return ParsedTable(rows, valid.pop() if valid else None)


def _layout_csv(text: str, what: str) -> list[tuple[int, list[str]]]:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t|")
    except csv.Error:
        dialect = csv.excel
    return [(n, cells) for n, cells in enumerate(csv.reader(io.StringIO(text), dialect), start=1)]


def _transcription(text: str, what: str) -> ParsedTable:
    """``# key: value`` lines, then "name | column 2 | column 3 | note" rows; the note (which
    sources confirm the row) becomes the row's ``source``."""
    meta: dict[str, str] = {}
    rows: list[tuple[int, list[str]]] = []
    notes: dict[int, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#"):
            key, _, value = line[1:].partition(":")
            if value:
                meta[key.strip()] = value.strip()
            continue
        if line.strip():
            cells = line.split("|")
            if len(cells) > 3:
                notes[number] = "|".join(cells[3:]).strip()
            rows.append((number, cells[:3]))
    valid = meta.get("valid_from")
    parsed = [replace(row, source=notes.get(row.row, "")) for row in assemble(rows, what)]
    return ParsedTable(parsed, date.fromisoformat(valid) if valid else None, meta)


def _xlsx(path: Path, what: str) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise TableFormatError(f"{what} is not a readable Excel workbook ({exc}).") from exc
    sheet = workbook.worksheets[0]
    rows = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        rows.append((number, ["" if v is None else str(v) for v in values]))
    workbook.close()
    return rows


def read_table(path: Path) -> ParsedTable:
    """Read ``path`` by its kind (.html/.htm, .csv, .xlsx, .txt); raises TableFormatError."""
    what = path.name
    if not path.is_file():
        raise TableFormatError(f"{path} does not exist or is not a file.")
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        parser = _HtmlTable()
        parser.feed(_read_text(path))
        rows = [(n, cells) for n, cells in enumerate(parser.rows, start=1)]
        if not rows:
            raise TableFormatError(f"{what} holds no table.")
        return ParsedTable(assemble(rows, what))
    if suffix == ".xlsx":
        return ParsedTable(assemble(_xlsx(path, what), what))
    if suffix == ".txt":
        return _transcription(_read_text(path), what)
    if suffix == ".csv":
        text = _read_text(path)
        header = text.splitlines()[0].casefold() if text.strip() else ""
        if "country" in header and "daily_allowance" in header:
            return _own_csv(text, what)
        return ParsedTable(assemble(_layout_csv(text, what), what))
    raise TableFormatError(
        f"{what}: PartnerDesk reads the rate table as HTML (the official page saved from the "
        f"browser), CSV, XLSX or a .txt transcription, not '{suffix or 'no extension'}'."
    )

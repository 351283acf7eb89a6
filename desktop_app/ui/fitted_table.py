"""A table view whose columns fit its width: no horizontal scroll bar at 1280×720.

Columns are sized to their contents; when together they are wider than the view, the widest are
narrowed to a common width until the table fits (short columns such as dates and hours keep
their full width). A narrowed cell elides its text, and its tooltip shows the whole text
(``TableModelBase`` answers the tooltip role). The fit is redone when the view is resized and
when its rows change.

A list of many rows (``RecordsView`` and the start preview, built by
:func:`desktop_app.ui.records.list_layout.build_list_layout`) gives *preferred* widths instead:
the fit then starts from those (never measuring the rows, so a list of a million opens as fast)
and from the widths the user drags a column to. Such a list has more columns than a narrow pane
can show (the partnerships: eight, 1 210 pixels): it shows the leading columns that fit with at
least half their preferred width each and leaves out the others until the pane is wider (every
value is in the form beside the list); the header's tooltip says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTableView

MIN_WIDTH = 60
"""No column is narrowed below this many pixels."""
KEPT_SHARE = 0.5
"""A list shows a column only while each shown column keeps this share of its preferred width."""


def capped_widths(widths: list[int], available: int, floor: int = MIN_WIDTH) -> list[int]:
    """``widths`` with the largest lowered to one common cap so that their sum fits
    ``available`` (as far as ``floor`` allows); unchanged when they fit already."""
    if sum(widths) <= available or not widths:
        return list(widths)
    ordered = sorted(widths)
    remaining = available
    for index, width in enumerate(ordered):
        left = len(ordered) - index
        cap = remaining // left
        if width > cap:  # every column from here on is at least this wide: cap them all
            cap = max(cap, floor)
            return [min(w, cap) for w in widths]
        remaining -= width
    return list(widths)


def shown_prefix(widths: list[int], available: int, share: float = KEPT_SHARE) -> int:
    """How many leading ``widths`` fit ``available`` with each keeping ``share`` of its width
    after :func:`capped_widths` (at least one)."""
    count = 1
    for end in range(2, len(widths) + 1):
        fitted = capped_widths(widths[:end], available)
        if sum(fitted) > available or any(
            new < old * share for new, old in zip(fitted, widths[:end], strict=True)
        ):
            break
        count = end
    return count


def _left_out_hint() -> str:
    return QCoreApplication.translate(
        "FittedTableView",
        "More columns appear when the list is wider (drag the divider to the right); "
        "the form beside the list shows every field.",
    )


class FittedTableView(QTableView):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._preferred: list[int] | None = None
        self._left_out: set[int] = set()
        """Columns of a preferred-width list hidden because the pane is too narrow."""
        self._left_out_hint: Callable[[], str] = _left_out_hint
        self._fitting = False

    def set_preferred_widths(
        self, widths: Sequence[int], hint: Callable[[], str] | None = None
    ) -> None:
        """Fit from ``widths`` (by column) rather than from the contents; a column the user
        drags keeps the width dragged to as its preferred one. ``hint`` says, in the current
        language, where the columns left out can be seen (the header's tooltip)."""
        if hint is not None:
            self._left_out_hint = hint
        if self._preferred is None:
            self.horizontalHeader().sectionResized.connect(self._user_resized)
        self._preferred = list(widths)
        self.fit_columns()

    def _user_resized(self, section: int, _old: int, new: int) -> None:
        if not self._fitting and self._preferred is not None and section < len(self._preferred):
            self._preferred[section] = new

    def fit_columns(self) -> None:
        """Size the columns to their contents (or their preferred widths), then narrow the
        widest to fit the view."""
        header = self.horizontalHeader()
        available = max(self.viewport_width(), 0)
        self._fitting = True
        try:
            if self._preferred is None:
                shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
                self.resizeColumnsToContents()
                widths = [header.sectionSize(i) for i in shown]
            else:
                shown, widths = self._fit_preferred(available)
            fitted = capped_widths(widths, available)
            for section, new in zip(shown, fitted, strict=True):
                if header.sectionSize(section) != new:
                    header.resizeSection(section, new)
        finally:
            self._fitting = False

    def viewport_width(self) -> int:
        """The width of the viewport, without asking for the viewport itself: the first Python
        wrapper of a widget Qt made makes PySide6 discover its class, which creates dozens of
        widget classes and their enums (about 40 million instructions at the window's start)."""
        width = self.maximumViewportSize().width()
        bar = self.verticalScrollBar()
        if bar.isVisible():
            width -= bar.width()
        return width

    def _fit_preferred(self, available: int) -> tuple[list[int], list[int]]:
        """The columns shown (the leading ones that fit) and their preferred widths; hides the
        others."""
        assert self._preferred is not None
        header = self.horizontalHeader()
        candidates = [
            i for i in range(header.count()) if not header.isSectionHidden(i) or i in self._left_out
        ]
        default = header.defaultSectionSize()
        widths = [self._preferred[i] if i < len(self._preferred) else default for i in candidates]
        count = shown_prefix(widths, available) if available > 0 else len(candidates)
        left_out = set(candidates[count:])
        for section in candidates:
            header.setSectionHidden(section, section in left_out)
        if left_out != self._left_out:
            self._left_out = left_out
            self._set_header_tooltip()
        return candidates[:count], widths[:count]

    def _set_header_tooltip(self) -> None:
        self.horizontalHeader().setToolTip(self._left_out_hint() if self._left_out else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_header_tooltip()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

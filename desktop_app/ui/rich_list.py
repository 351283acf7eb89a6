"""List items of two lines drawn from a little HTML: a first line (bold parts allowed) and a
quieter line below it. Used by the search results and the start page.

Store the HTML in :data:`HTML_ROLE` (build it with :func:`two_lines`, which escapes the texts);
the plain text stays the item's display text, so keyboard search, accessibility and tests read
it as before.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HTML_ROLE = Qt.ItemDataRole.UserRole + 20
PADDING = 4

Part = tuple[str, bool]
"""A piece of text and whether it is bold."""


def rich(parts: Iterable[Part]) -> str:
    """Escaped HTML of ``parts``, the bold ones in ``<b>``."""
    return "".join(f"<b>{html.escape(t)}</b>" if bold else html.escape(t) for t, bold in parts)


def two_lines(first: str, second: str = "", *, colour: str | None = None) -> str:
    """HTML of two lines: ``first`` and ``second`` are HTML already (see :func:`rich`)."""
    tint = f' style="color:{colour}"' if colour else ""
    below = f'<div style="color:palette(mid)"><small{tint}>{second}</small></div>' if second else ""
    return f"<div>{first}</div>{below}"


class TwoLineDelegate(QStyledItemDelegate):
    """Paints an item's :data:`HTML_ROLE` (falls back to the plain text) with word wrap."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(PADDING)
        document.setDefaultFont(option.font)
        text = index.data(HTML_ROLE)
        if text:
            document.setHtml(str(text).replace("palette(mid)", _quiet_colour(option)))
        else:
            document.setPlainText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        width = option.rect.width() if option.rect.width() > 0 else 400
        document.setTextWidth(width)
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        style.drawControl(
            QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget
        )
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        if option.widget is not None:
            option.rect.setWidth(option.widget.width() - 8)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


def _quiet_colour(option: QStyleOptionViewItem) -> str:
    """The colour of the second line: the palette's placeholder text colour."""
    return option.palette.color(QPalette.ColorRole.PlaceholderText).name()

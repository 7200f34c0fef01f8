"""The side list's rows: a page's name with its shortcut beside it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

#: The shortcut a side-list row shows on its right (Ctrl+2).
SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 1


class NavigationDelegate(QStyledItemDelegate):
    """A side-list row: the page's name on the left, its shortcut (Ctrl+2) in grey on the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        shortcut = index.data(SHORTCUT_ROLE)
        if not shortcut:
            return
        painter.save()
        selected = bool(option.state & option.state.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(option.palette.color(role))
        painter.setFont(self.key_font(option))
        rect = option.rect.adjusted(0, 0, -8, 0)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shortcut)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        shortcut = index.data(SHORTCUT_ROLE)
        if shortcut:
            size.setWidth(size.width() + QFontMetrics(self.key_font(option)).horizontalAdvance("  " + shortcut) + 8)
        return size

    @staticmethod
    def key_font(option: QStyleOptionViewItem) -> QFont:
        """The shortcut in a smaller font than the name: the name is what the eye looks for."""
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 0.8) if font.pointSizeF() > 0 else font.setPixelSize(
            max(8, int(font.pixelSize() * 0.8)))
        return font

"""A vote result cell: agree, disagree and abstain as one stacked bar beside the figures."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from mutual_aid_desk.ui.models.votes import BarRole

AGREE_COLOR = QColor("#2e8b57")
DISAGREE_COLOR = QColor("#c0392b")
ABSTAIN_COLOR = QColor("#b0b0b0")


class TallyBarDelegate(QStyledItemDelegate):
    """Draws (agree, disagree, abstain, total) as one stacked bar with the cell's text under it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        figures = index.data(BarRole)
        if not figures:
            super().paint(painter, option, index)
            return
        agree, disagree, abstain, total = figures
        # Several picks per household (multiple choice) can add up to more than those taking part.
        total = max(total, agree + disagree + abstain)
        painter.save()
        painter.setClipRect(option.rect)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = option.rect.adjusted(6, 4, -6, -4)
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        # The bar on the left, the figures beside it: the row is only as tall as two lines of text.
        # Where the column is too narrow for both, the figures win: a cut number misleads, a missing bar does not.
        needed = max(option.fontMetrics.horizontalAdvance(line) for line in text.splitlines() or [""])
        bar_width = max(24, min(rect.width() // 4, 3 * option.fontMetrics.height() // 2))
        if rect.width() - needed - 6 < bar_width:
            bar_width = 0
        bar_height = max(10, option.fontMetrics.height() // 2)
        bar = QRect(rect.left(), rect.center().y() - bar_height // 2, bar_width, bar_height)
        if bar_width:
            painter.fillRect(bar, QColor("#eeeeee"))
            x = bar.left()
            for value, color in ((agree, AGREE_COLOR), (disagree, DISAGREE_COLOR), (abstain, ABSTAIN_COLOR)):
                width = round(bar.width() * value / total) if total > 0 else 0
                painter.fillRect(QRect(x, bar.top(), width, bar.height()), color)
                x += width
        painter.setPen(option.palette.color(option.palette.ColorRole.Text))
        left = bar.right() + 6 if bar_width else rect.left()
        text_rect = QRect(left, rect.top(), rect.right() - left, rect.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint(option, index)
        if index.data(BarRole):  # room for the bar beside the text
            hint.setWidth(hint.width() + min(3 * option.fontMetrics.height() // 2, hint.width() // 3) + 14)
        return hint

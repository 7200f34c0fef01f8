"""What a volunteer sees on screen, checked widget by widget: for the layout and language tests.

``layout_problems`` finds controls cut off by their window (or pushed out sideways in a scroll
area), texts that do not fit their button or label, and tables too short for five rows.
``latin_problems`` finds English words left in the Chinese window. Each problem names the window
and the widget, so a failure says where to look.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QSizePolicy,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QWidget,
)

#: Tables and lists must show at least this many rows without scrolling.
MIN_ROWS = 5
#: Latin words a Chinese volunteer knows (file kinds, keys on the keyboard, units).
ALLOWED_LATIN = {
    "PDF", "EXCEL", "CSV", "XLSX", "XLS", "JSON", "PIN", "CTRL", "ESC", "ENTER", "TAB", "ALT", "SHIFT",
    "DEL", "DELETE", "BACKSPACE", "SPACE", "PGUP", "PGDN", "HOME", "END", "UP", "DOWN", "LEFT", "RIGHT", "WPS",
    "A4", "WIFI", "QR", "ID", "OK", "ENGLISH",
    *(f"F{n}" for n in range(1, 13)),
}
#: Widgets whose text is the user's own data rather than the program's words (a file path).
DATA_WIDGETS = {"fileLabel"}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z_]+")
TAG = re.compile(r"<[^>]+>")


def describe(widget: QWidget) -> str:
    """The widget as a tester reads it: its class, object name and text."""
    name = widget.objectName()
    text = _text_of(widget)
    return f"{type(widget).__name__}{'#' + name if name else ''}{' ' + repr(text[:40]) if text else ''}"


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return TAG.sub("", widget.text())
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    return ""


def _internal(widget: QWidget, top: QWidget) -> bool:
    """Parts that belong to a compound widget (a table's header, a combo's popup, a scroll bar)."""
    if isinstance(widget, (QScrollBar, QHeaderView, QMenu)):
        return True
    p = widget.parentWidget()
    while p is not None and p is not top:
        if isinstance(p, (QAbstractItemView, QComboBox, QAbstractSpinBox, QTabBar, QTextEdit, QPlainTextEdit)):
            return True
        p = p.parentWidget()
    return False


def visible_widgets(top: QWidget) -> Iterator[QWidget]:
    for w in top.findChildren(QWidget):
        if w.isVisibleTo(top) and w.isVisible() and not w.isWindow() and not _internal(w, top):
            yield w


def _rect_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _is_viewport(widget: QWidget) -> bool:
    area = widget.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is widget


def clipped_by(widget: QWidget, top: QWidget) -> str | None:
    """Which ancestor cuts ``widget`` off, if one does. In a scroll area only a cut at the side
    counts: scrolling down is normal, scrolling sideways is not."""
    rect = _rect_in(widget, top)
    p = widget.parentWidget()
    while p is not None:
        outer = _rect_in(p, top) if p is not top else QRect(QPoint(0, 0), top.size())
        if _is_viewport(p):
            if rect.left() < outer.left() or rect.right() > outer.right():
                return f"the side of the scroll area {describe(p.parentWidget())}"
            return None
        if not outer.contains(rect):
            return "the window" if p is top else describe(p)
        if p is top:
            return None
        p = p.parentWidget()
    return None


def _text_fits(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        if widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
            return None  # deliberately shortened (a file path)
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            return None if need <= widget.height() + 1 else f"needs {need} px of height, has {widget.height()}"
        hint = widget.sizeHint()
        if hint.width() > widget.width() + 1:
            return f"needs {hint.width()} px of width, has {widget.width()}"
        if widget.fontMetrics().height() > widget.height() + 1:
            return f"needs {widget.fontMetrics().height()} px of height, has {widget.height()}"
        return None
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
        if isinstance(widget, QToolButton):
            hint = widget.minimumSizeHint().expandedTo(hint)
        if hint.width() > widget.width() + 1:
            return f"needs {hint.width()} px of width, has {widget.width()}"
        if widget.fontMetrics().height() > widget.height():
            return f"needs {widget.fontMetrics().height()} px of height, has {widget.height()}"
        return None
    if isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
        need = widget.fontMetrics().horizontalAdvance(widget.placeholderText()) + 12
        if need > widget.width():
            return f"its hint needs {need} px of width, has {widget.width()}"
    if isinstance(widget, QComboBox) and widget.count():
        if widget.currentText() and widget.fontMetrics().horizontalAdvance(widget.currentText()) > widget.width() - 20:
            return f"shows {widget.currentText()!r} in {widget.width()} px"
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            if not widget.isTabVisible(i):
                continue
            need = widget.fontMetrics().horizontalAdvance(widget.tabText(i))
            if need > widget.tabRect(i).width():
                return f"tab {widget.tabText(i)!r} needs {need} px, has {widget.tabRect(i).width()}"
    return None


def _rows_shown(view: QAbstractItemView) -> tuple[int, int, int]:
    """How many rows of the first ``MIN_ROWS`` fit in the view's viewport (at their real heights)."""
    model = view.model()
    height = view.viewport().height()
    count = model.rowCount(QModelIndex()) if model is not None else 0
    wanted = MIN_ROWS if count == 0 or count >= MIN_ROWS else count  # a short list shows all it has
    used, rows = 0, 0
    for r in range(wanted):
        if isinstance(view, QTableView):
            h = view.rowHeight(r) if model is not None and r < model.rowCount(QModelIndex()) else view.verticalHeader().defaultSectionSize()
        else:
            h = view.sizeHintForRow(r) if model is not None and r < model.rowCount(QModelIndex()) else view.sizeHintForRow(0)
            h = max(h, view.fontMetrics().height())
        used += h
        if used > height:
            break
        rows += 1
    return rows, height, wanted


def layout_problems(top: QWidget, where: str) -> list[str]:
    """Everything on ``top`` (a window or dialog, shown) a volunteer could not see or read."""
    problems = []
    for w in visible_widgets(top):
        if w.objectName() == "navigation":
            continue  # checked by itself: it must show every page without scrolling
        cut = clipped_by(w, top)
        if cut:
            problems.append(f"{where}: {describe(w)} is cut off by {cut}")
        bad = _text_fits(w)
        if bad:
            problems.append(f"{where}: {describe(w)} does not fit its text: {bad}")
        if isinstance(w, QListView) and w.isWrapping():  # ticks laid out in rows and columns: all in view
            if w.verticalScrollBar().maximum() > 0 or w.horizontalScrollBar().maximum() > 0:
                problems.append(f"{where}: {describe(w)} needs scrolling to show all its {w.model().rowCount(QModelIndex())} entries")
        elif isinstance(w, (QTableView, QListView)) and w.height() > 0:
            rows, height, wanted = _rows_shown(w)
            if rows < wanted:
                problems.append(f"{where}: {describe(w)} shows {rows} rows (in {height} px), not {wanted}")
            if w.horizontalScrollBar().maximum() > 0:
                problems.append(f"{where}: {describe(w)} needs scrolling sideways to show its columns")
    navigation = top.findChild(QListView, "navigation")
    if navigation is not None and navigation.isVisible():
        if navigation.verticalScrollBar().maximum() > 0:
            problems.append(f"{where}: the side list needs a scroll bar to show every page")
        for r in range(navigation.model().rowCount(QModelIndex())):
            index = navigation.model().index(r, 0, QModelIndex())
            need = navigation.sizeHintForIndex(index).width()
            if need > navigation.viewport().width():
                problems.append(f"{where}: the side list cuts {index.data()!r} ({need} px in {navigation.viewport().width()})")
    for area in top.findChildren(QAbstractScrollArea):
        if area.isVisible() and not isinstance(area, (QAbstractItemView, QTextEdit, QPlainTextEdit)) \
                and area.horizontalScrollBar().maximum() > 0:
            problems.append(f"{where}: {describe(area)} needs scrolling sideways "
                            f"({area.widget().minimumSizeHint().width() if hasattr(area, 'widget') and area.widget() else '?'} px "
                            f"in {area.viewport().width()} px)")
    return problems


# --- language ----------------------------------------------------------------------------------


def latin_words(text: str) -> list[str]:
    return [w for w in LATIN_WORD.findall(TAG.sub("", text)) if w.upper() not in ALLOWED_LATIN]


def _view_texts(view: QAbstractItemView, rows: int = 30) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    try:
        cols = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps its column count private: it has one
        cols = 1
    if isinstance(view, QTableView):
        for c in range(cols):
            if not view.isColumnHidden(c):
                yield f"column {c} header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
    for r in range(min(rows, model.rowCount(QModelIndex()))):
        for c in range(max(cols, 1)):
            if isinstance(view, QTableView) and view.isColumnHidden(c):
                continue
            value = model.data(model.index(r, c, QModelIndex()), Qt.ItemDataRole.DisplayRole)
            if value is not None:
                yield f"row {r} column {c}", str(value)


def _menu_texts(menu: QMenu, path: str) -> Iterator[tuple[str, str]]:
    for act in menu.actions():
        if act.isSeparator() or not act.isVisible():
            continue
        yield f"{path} ▸ {act.text()}", act.text()
        if act.menu() is not None:
            yield from _menu_texts(act.menu(), f"{path} ▸ {act.text()}")


def visible_texts(top: QWidget) -> Iterator[tuple[QWidget, str, str]]:
    """(widget, which part, text) for everything written on ``top``."""
    if top.windowTitle():
        yield top, "window title", top.windowTitle()
    if isinstance(top, QMainWindow):
        for act in top.menuBar().actions():
            yield top.menuBar(), f"menu {act.text()}", act.text()
            if act.menu() is not None:
                yield from ((top.menuBar(), part, text) for part, text in _menu_texts(act.menu(), act.text()))
    for w in visible_widgets(top):
        if w.objectName() in DATA_WIDGETS:
            continue
        if isinstance(w, QLabel):
            yield w, "text", w.text()
        elif isinstance(w, QAbstractButton):
            yield w, "text", w.text()
            if isinstance(w, QToolButton) and w.menu() is not None:
                yield from ((w, part, text) for part, text in _menu_texts(w.menu(), w.text()))
        elif isinstance(w, QGroupBox):
            yield w, "title", w.title()
        elif isinstance(w, QLineEdit):
            yield w, "text", w.text()
            yield w, "placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield w, f"item {i}", w.itemText(i)
            if w.lineEdit() is not None:
                yield w, "placeholder", w.lineEdit().placeholderText()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield w, f"tab {i}", w.tabText(i)
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            yield w, "text", w.toPlainText()
            yield w, "placeholder", w.placeholderText()
        elif isinstance(w, QAbstractItemView):
            for part, text in _view_texts(w):
                yield w, part, text


def latin_problems(top: QWidget, where: str) -> list[str]:
    problems = []
    for w, part, text in visible_texts(top):
        words = latin_words(text)
        if words:
            problems.append(f"{where}: {describe(w)} {part}: {', '.join(words)} in {text[:80]!r}")
    return problems

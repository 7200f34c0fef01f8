"""A cell edited by picking from a short list (a plan item's kind or scope)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of (code, label) choices; the model gets the code."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802 - Qt override
        combo = QComboBox(parent)
        for code, label in self.choices:
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:  # noqa: N802 - Qt override
        if isinstance(editor, QComboBox):  # the editor createEditor made
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:  # noqa: N802 - Qt override
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

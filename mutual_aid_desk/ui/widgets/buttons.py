"""The row of buttons under a small form: Cancel and the action, at the right."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton


def dialog_buttons(dialog: QDialog, ok: QPushButton, cancel: QPushButton) -> QHBoxLayout:
    """Cancel then ``ok`` at the right; Enter presses ``ok`` (the default), Cancel closes the dialog."""
    ok.setDefault(True)
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(ok)
    return row

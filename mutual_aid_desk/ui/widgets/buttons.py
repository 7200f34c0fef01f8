"""The buttons under a small form: Cancel and the action, at the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton


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


def accept_buttons(dialog: QDialog, accept: Callable[[], object], accept_text: str, cancel_text: str, *,
                   name: str = "", standard: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
                   default: bool = True) -> tuple[QDialogButtonBox, QPushButton]:
    """The platform's button box with ``standard`` (Save, or Ok) and Cancel, each named in the dialog's words.

    The accept button (``name`` its objectName, the default unless ``default`` is False) runs ``accept``;
    Cancel closes the dialog. Returns the box and the accept button.
    """
    buttons = QDialogButtonBox(standard | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(standard)
    ok.setText(accept_text)
    if name:
        ok.setObjectName(name)
    if default:
        ok.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok

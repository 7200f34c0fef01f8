"""File ▸ Restore: pick a backup by its date and counts, and bring it back safely.

The core checks the backup with ``integrity_check`` before touching anything and keeps the current
file as a backup first, so a restore can itself be undone from this same list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.restore import BackupInfo, RestoreResult, describe
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import DeskError
from mutual_aid_desk.ui.messages import error_label, error_text


class RestoreDialog(QDialog):
    """``exec()`` returns Accepted only after a restore was done; the caller then reopens the station.

    The station's operator restores; the core refuses anyone but a coordinator.
    """

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.result_: RestoreResult | None = None
        self.backups: list[BackupInfo] = []
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumSize(860, 480)

        intro = QLabel(self.tr(
            "Choose a backup to bring back. It is checked first, and the station file as it is now is kept "
            "as a backup too, so a restore can itself be undone."), objectName="restoreIntro")
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6, objectName="backupList")
        self.table.setHorizontalHeaderLabels([self.tr("Taken at"), self.tr("Households"), self.tr("Volunteers"),
                                              self.tr("Audit entries"), self.tr("Other records"), self.tr("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _item: self.restore_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("There are no backups beside this station file yet. Use \"Choose another "
                                    "file…\" to pick one, for example from a USB stick."), objectName="restoreEmpty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "empty")
        self.message = error_label("restoreMessage")

        self.other_button = QPushButton(self.tr("Choose another file…"), objectName="chooseBackupButton")
        self.other_button.clicked.connect(self._on_choose_file)
        self.restore_button = QPushButton(self.tr("Restore"), objectName="restoreButton")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        cancel = QPushButton(self.tr("Cancel"), objectName="cancelButton")
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload()

    # --- the list --------------------------------------------------------------------------------

    def reload(self) -> None:
        self.backups = self.station.backups()
        self.table.setRowCount(0)
        for info in self.backups:
            self._add_row(info)
        self.empty.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _note(self, info: BackupInfo) -> str:
        if info.problem:
            return self.tr("Cannot be used: {problem}").format(problem=QCoreApplication.translate("Errors", info.problem))
        notes = {"before-restore": self.tr("the file as it was before a restore"),
                 "before-upgrade": self.tr("the file as it was before an upgrade"),
                 "": self.tr("routine backup")}
        return notes.get(info.reason, info.reason)

    def _add_row(self, info: BackupInfo) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = [f"{info.taken_at:%Y-%m-%d %H:%M:%S}", str(info.households), str(info.volunteers),
                 str(info.audit_entries), str(info.other_records), self._note(info)]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if 1 <= column <= 4:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(str(info.path))
            self.table.setItem(row, column, item)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.usable)

    def _on_choose_file(self) -> None:
        folder = self.station.backups_folder() if self.station.server else Path(self.station.path).parent
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(folder),
                                              self.tr("Station files (*.sqlite3 *.db);;All files (*)"))
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        """Put a file from elsewhere at the top of the list and select it."""
        self.backups.insert(0, describe(path))
        self.table.setRowCount(0)
        for info in self.backups:
            self._add_row(info)
        self.empty.hide()
        self.table.show()
        self.table.selectRow(0)

    # --- restoring -------------------------------------------------------------------------------

    def confirm(self, info: BackupInfo) -> bool:
        text = self.tr("Replace the station's data with the backup taken at {taken_at} ({n} households)?\n\n"
                       "The station file as it is now is kept as a backup first.").format(
            taken_at=f"{info.taken_at:%Y-%m-%d %H:%M}", n=info.households)
        answer = QMessageBox.question(self, self.tr("Restore this backup?"), text)
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self, *, ask: bool = True) -> bool:
        info = self.selected()
        if info is None or not info.usable:
            return False
        if ask and not self.confirm(info):
            return False
        self.message.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_ = self.station.restore(info.path)
        except DeskError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        if ask:
            kept = self.result_.kept_current_as
            QMessageBox.information(self, self.tr("Restored"), self.tr(
                "The backup is back. The file as it was is kept as {file}.").format(file=kept.name if kept else "—"))
        self.accept()
        return True

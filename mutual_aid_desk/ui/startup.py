"""The window's frame, painted the moment the app starts, while the station file opens behind it.

Loading the data stack (SQLAlchemy, SQLModel) and opening a station of 100,000 households takes
a second or more on a station PC, several on a cold disk. Rather than show nothing meanwhile, the
app paints this frame first: the same title, size and place as the main window, the file being
opened, and a word that it is opening. ``first_painted`` fires after the first paint; the app
then opens the file, asks who is working, and shows the main window in its place.

This module imports Qt only: anything heavier would delay the very paint it exists for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from mutual_aid_desk.paths import describe_station
from mutual_aid_desk.ui.theme import restore_geometry


class StartupWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, db_path: Path | str, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startupWindow")
        self.setWindowTitle(self.tr("Mutual-Aid Desk"))
        self._painted = False

        rail = QFrame(objectName="navigation")  # where the main window's page list will be
        rail.setFixedWidth(200)
        rail.setFrameShape(QFrame.Shape.StyledPanel)
        rail.setBackgroundRole(QPalette.ColorRole.Base)  # white, as the page list will be
        rail.setAutoFillBackground(True)
        self.message = QLabel(self.tr("Opening the station file…"), objectName="startupMessage")
        self.message.setProperty("role", "title")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel(self.tr("The household list appears in a moment."), objectName="startupDetail")
        self.detail.setProperty("role", "empty")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.message)
        column.addWidget(self.detail)
        column.addStretch(2)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(rail)
        layout.addLayout(column, 1)
        self.setCentralWidget(central)
        self.file_label = QLabel(describe_station(db_path), objectName="fileLabel")  # never a password
        self.statusBar().addWidget(self.file_label, 1)
        restore_geometry(self, settings)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  # a Qt override keeps its camelCase name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

"""The Qt binding itself must not corrupt Python: models return None for most roles, many times."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()) -> int:
        return 1

    def columnCount(self, parent=QModelIndex()) -> int:
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_returning_none_from_a_model_keeps_none_alive(qapp):
    # PySide6 6.12.0 dropped a reference to None on every such call; on Python 3.11 the
    # interpreter then aborts ("deallocating None") after enough scrolling.
    model = _NoneModel()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(2000):
        index.data(Qt.ItemDataRole.ToolTipRole)
    assert sys.getrefcount(None) >= before - 50

"""The visit purpose chooser shared by the walk list and its re-entry."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from mutual_aid_desk.core.station import Station
from mutual_aid_desk.ui.models.visits import purpose_text


def purpose_combo(station: Station, purpose: str, name: str) -> QComboBox:
    """The station's purposes in words, ``purpose`` chosen; one it does not list (typed on an old
    list) is added as it is, so it is kept rather than silently replaced by the first."""
    combo = QComboBox()
    combo.setObjectName(name)
    for key, _label in station.visits.purposes():
        combo.addItem(purpose_text(key), key)
    index = combo.findData(purpose)
    if index < 0 and purpose:
        combo.addItem(purpose, purpose)
        index = combo.count() - 1
    combo.setCurrentIndex(max(0, index))
    return combo

"""The Station page: what notices say about the station, its tag list, and the volunteer roster.

Everything here is a coordinator's job. A volunteer can look; if they try to change something the
core refuses and the page says so in plain words. A failed save (refused, busy file, full disk)
leaves everything typed in the form.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.operators import RosterEntry
from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, ConflictError, DeskError, ValidationError
from mutual_aid_desk.ui.dialogs.volunteer import VolunteerDialog
from mutual_aid_desk.ui.messages import error_text, problem_text
from mutual_aid_desk.ui.models.roster import RosterModel
from mutual_aid_desk.ui.pages.base import Page
from mutual_aid_desk.ui.widgets.tables import read_only_table


def _message_label(name: str) -> QLabel:
    label: QLabel = QLabel(objectName=name)
    label.setWordWrap(True)
    label.hide()
    return label


class StationPage(Page):

    TITLE = QT_TRANSLATE_NOOP("StationPage", "Station")
    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, parent)
        self.setObjectName("stationPage")
        self._version = 0

        self.title = QLabel(self.tr("Station"), objectName="stationTitle")
        self.title.setProperty("role", "title")
        self.volunteer_hint = QLabel(self.tr("Only a coordinator may change what is on this page; you can look at it."),
                                     objectName="volunteerHint")
        self.volunteer_hint.setWordWrap(True)
        self.volunteer_hint.setProperty("role", "empty")
        self.tabs = QTabWidget(objectName="stationTabs")
        self.tabs.addTab(self._details_tab(), self.tr("Station details"))
        self.tabs.addTab(self._tags_tab(), self.tr("Tags"))
        self.tabs.addTab(self._roster_tab(), self.tr("Volunteers"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.volunteer_hint)
        layout.addWidget(self.tabs, 1)
        self.refresh()


    # --- station details -----------------------------------------------------------------------

    def _details_tab(self) -> QWidget:
        self.name = QLineEdit(objectName="stationName")
        self.compounds = QPlainTextEdit(objectName="stationCompounds")
        self.compounds.setPlaceholderText(self.tr("one compound per line"))
        self.compounds.setTabChangesFocus(True)
        self.compounds.setMaximumHeight(110)
        self.street = QLineEdit(objectName="stationStreet")
        self.community = QLineEdit(objectName="stationCommunity")
        self.phone = QLineEdit(objectName="stationPhone")
        self.phone.setPlaceholderText(self.tr("the station's contact number, printed on notices"))
        form = QFormLayout()
        form.addRow(self.tr("Station name"), self.name)
        form.addRow(self.tr("Compounds served"), self.compounds)
        form.addRow(self.tr("Street office"), self.street)
        form.addRow(self.tr("Community"), self.community)
        form.addRow(self.tr("Phone"), self.phone)
        for field in (self.name, self.street, self.community, self.phone):
            field.returnPressed.connect(self.save_details)
        self.details_message = _message_label("detailsMessage")
        self.save_button = QPushButton(self.tr("Save station details"), objectName="saveStationButton")
        self.save_button.clicked.connect(self.save_details)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.details_message)
        layout.addLayout(row)
        layout.addStretch(1)
        return tab

    def _load_details(self) -> None:
        s = self.station.settings.get()
        self._version = s.version
        self.name.setText(s.name)
        self.compounds.setPlainText(s.compounds)
        self.street.setText(s.street)
        self.community.setText(s.community)
        self.phone.setText(s.phone)

    def _say(self, label: QLabel, text: str, error: bool) -> None:
        label.setProperty("role", "error" if error else "")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.show()

    def save_details(self) -> bool:
        try:
            saved = self.station.settings.update(
                expected_version=self._version, name=self.name.text(), compounds=self.compounds.toPlainText(),
                street=self.street.text(), community=self.community.text(), phone=self.phone.text())
        except ValidationError as exc:
            self._say(self.details_message, "\n".join(problem_text(p) for p in exc.problems), True)
            return False
        except ConflictError as exc:
            self._say(self.details_message, error_text(exc) + "\n" + self.tr(
                "What you typed is still here."), True)
            self._offer_reload()
            return False
        except DeskError as exc:  # refused, busy, disk full: the form keeps what was typed
            self._say(self.details_message, error_text(exc), True)
            return False
        self._version = saved.version
        self._say(self.details_message, self.tr("Saved."), False)
        self.data_changed.emit()
        return True

    def _offer_reload(self) -> None:
        answer = QMessageBox.question(self, self.tr("Changed by someone else"),
                                      self.tr("Load the saved station details now? What you typed here will be replaced."))
        if answer == QMessageBox.StandardButton.Yes:
            self._load_details()

    # --- tags ----------------------------------------------------------------------------------

    def _tags_tab(self) -> QWidget:
        self.tag_list = QListWidget(objectName="tagList")
        self.new_tag = QLineEdit(objectName="newTag")
        self.new_tag.setPlaceholderText(self.tr("a new tag, e.g. 独居老人"))
        self.new_tag.returnPressed.connect(self.add_tag)
        add = QPushButton(self.tr("Add tag"), objectName="addTagButton")
        add.clicked.connect(self.add_tag)
        remove = QPushButton(self.tr("Remove the chosen tag"), objectName="removeTagButton")
        remove.clicked.connect(self.remove_tag)
        self.tags_message = _message_label("tagsMessage")
        row = QHBoxLayout()
        row.addWidget(self.new_tag, 1)
        row.addWidget(add)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.tag_list, 1)
        layout.addLayout(row)
        layout.addWidget(remove)
        layout.addWidget(self.tags_message)
        return tab

    def _load_tags(self) -> None:
        self.tag_list.clear()
        self.tag_list.addItems(self.station.settings.tags())

    def add_tag(self) -> None:
        try:
            self.station.settings.add_tag(self.new_tag.text())
        except ValidationError as exc:
            self._say(self.tags_message, "\n".join(problem_text(p) for p in exc.problems), True)
            return
        except DeskError as exc:
            self._say(self.tags_message, error_text(exc), True)
            return
        self.new_tag.clear()
        self.tags_message.hide()
        self._load_tags()
        self.data_changed.emit()

    def remove_tag(self) -> None:
        item = self.tag_list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove tag"), self.tr(
            "Remove the tag {tag}? Every household that carries it loses it.").format(tag=item.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.station.settings.remove_tag(item.text())
        except DeskError as exc:
            self._say(self.tags_message, error_text(exc), True)
            return
        self._load_tags()
        self.data_changed.emit()

    # --- roster --------------------------------------------------------------------------------

    def _roster_tab(self) -> QWidget:
        self.roster = RosterModel(self.station, self)
        self.roster_view = read_only_table(QTableView(objectName="rosterTable"), self.roster, stripes=False, row_gap=None,
                                           stretch_last=None, stretch=4)
        self.roster_view.doubleClicked.connect(lambda _index: self.edit_person())
        add = QPushButton(self.tr("Add a person…"), objectName="addPersonButton")
        add.clicked.connect(self.add_person)
        edit = QPushButton(self.tr("Edit…"), objectName="editPersonButton")
        edit.clicked.connect(self.edit_person)
        self.toggle_button = QPushButton(self.tr("Deactivate"), objectName="deactivateButton")
        self.toggle_button.clicked.connect(self.toggle_active)
        self.roster_view.selectionModel().selectionChanged.connect(self._update_toggle)
        self.roster_message = _message_label("rosterMessage")
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(edit)
        row.addWidget(self.toggle_button)
        row.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.roster_view, 1)
        layout.addLayout(row)
        layout.addWidget(self.roster_message)
        return tab

    def selected_person(self) -> RosterEntry | None:
        rows = self.roster_view.selectionModel().selectedRows()
        return self.roster.person_at(rows[0].row()) if rows else None

    def select_person(self, name: str) -> None:
        row = self.roster.row_of(name)
        if row >= 0:
            self.roster_view.selectRow(row)

    def _update_toggle(self, *_args: object) -> None:
        person = self.selected_person()
        self.toggle_button.setText(self.tr("Reactivate") if person is not None and not person.active
                                   else self.tr("Deactivate"))

    def _refused(self) -> bool:
        """Ask the core first, so a volunteer hears "no" before typing a whole form."""
        try:
            self.station.require(Permission.MANAGE_STATION)
        except DeskError as exc:
            self._say(self.roster_message, error_text(exc), True)
            return True
        return False

    def add_person(self) -> None:
        self._person_form(new=True)

    def edit_person(self) -> None:
        self._person_form(new=False)

    def _person_form(self, *, new: bool) -> None:
        """The volunteer form, empty or for the selected person; the roster follows a save."""
        person = None if new else self.selected_person()
        if (person is None and not new) or self._refused():
            return
        dialog = VolunteerDialog(self.station, person, self)
        if dialog.exec():
            self._after_roster_change(dialog.saved.name if dialog.saved else None)

    def toggle_active(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        try:
            self.station.volunteers.update(person.id, expected_version=person.version, active=not person.active)
        except ValidationError as exc:
            self._say(self.roster_message, "\n".join(problem_text(p) for p in exc.problems), True)
            return
        except DeskError as exc:
            self._say(self.roster_message, error_text(exc), True)
            self.roster.reload()
            return
        self._after_roster_change(person.name)

    def _after_roster_change(self, name: str | None) -> None:
        self.roster_message.hide()
        self.roster.reload()
        if name:
            self.select_person(name)
        self.data_changed.emit()

    # --- page ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        operator = self.station.operator
        self.volunteer_hint.setVisible(operator is None or not operator.is_coordinator)
        self._load_details()
        self.details_message.hide()
        self._load_tags()
        self.roster.reload()
        if self.roster.rowCount():
            self.roster_view.selectRow(0)


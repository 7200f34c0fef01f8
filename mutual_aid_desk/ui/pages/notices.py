"""The notices page: the station's notice templates, edited and reset, filled in and printed.

Left: the template's words with placeholders in braces, which the station may change and save (its
own copy) or reset to the shipped default. Right: a box for each placeholder a person must fill in
(the station's name, phone and the date fill themselves). "Preview and print" builds the notice from
what is on screen; an unknown placeholder is named before any page is made.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.templates import PLACEHOLDER_LABELS, STATION_PLACEHOLDERS, TemplateText
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DeskError
from mutual_aid_desk.ui.documents import open_document
from mutual_aid_desk.ui.messages import left_out_text, show_error
from mutual_aid_desk.ui.pages.base import Page

LONG_FIELDS = ("body", "agenda")
_BRACED = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}")
_KEY_OF_LABEL = {label: key for key, label in PLACEHOLDER_LABELS.items()}


def _swap(text: str, names: dict[str, str]) -> str:
    """Rename the placeholders of ``text`` (``{{``/``}}`` and unknown names stay as they are)."""
    def sub(m: re.Match[str]) -> str:
        name = (m.group(1) or "").strip()
        return "{" + names[name] + "}" if m.group(1) is not None and name in names else m.group(0)

    return _BRACED.sub(sub, text or "")


def to_screen(text: str) -> str:
    """The editor shows placeholders by their Chinese names: {标题}, not {title}."""
    return _swap(text, PLACEHOLDER_LABELS)


def from_screen(text: str) -> str:
    """What the editor shows, with the placeholders' stored names back: {标题} is {title}."""
    return _swap(text, _KEY_OF_LABEL)


class NoticesPage(Page):

    TITLE = QT_TRANSLATE_NOOP("NoticesPage", "Notices")
    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, parent)
        self.setObjectName("noticesPage")
        self._values: dict[str, str] = {}
        self._fields: dict[str, QLineEdit | QPlainTextEdit] = {}

        self.template_combo = QComboBox(objectName="templateChoice")
        self.state = QLabel(objectName="templateState")
        self.title_edit = QLineEdit(objectName="templateTitle")
        self.body_edit = QPlainTextEdit(objectName="templateBody")
        self.body_edit.setTabChangesFocus(True)
        self.closing_edit = QPlainTextEdit(objectName="templateClosing")
        self.closing_edit.setTabChangesFocus(True)
        self.closing_edit.setFixedHeight(self.fontMetrics().height() * 3 + 16)
        self.help = QLabel(objectName="placeholderHelp")
        self.help.setWordWrap(True)
        # The text shows braces, so its placeholder is filled by replace rather than format.
        self.help.setText(self.tr("Words in braces are filled in when printing. The station fills these itself: "
                                  "{placeholders}. Any other name, e.g. {title} or {body}, gets a box on the right. "
                                  "Write {{ or }} for a brace.")
                          .replace("{placeholders}", " ".join("{" + PLACEHOLDER_LABELS.get(p, p) + "}" for p in STATION_PLACEHOLDERS))
                          .replace("{title}", "{" + PLACEHOLDER_LABELS["title"] + "}")
                          .replace("{body}", "{" + PLACEHOLDER_LABELS["body"] + "}"))
        self.save_button = QPushButton(self.tr("Save template"), objectName="saveTemplateButton")
        self.reset_button = QPushButton(self.tr("Reset to default"), objectName="resetTemplateButton")

        editor = QGroupBox(self.tr("Template"))
        form = QFormLayout(editor)
        form.addRow("", self.state)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Body"), self.body_edit)
        form.addRow(self.tr("Closing"), self.closing_edit)
        form.addRow(self.help)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        form.addRow(buttons)

        self.fill_box = QGroupBox(self.tr("Fill in and print"))
        self.fill_form = QFormLayout()
        self.fill_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.fill_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.no_fields = QLabel(self.tr("Nothing to fill in: this template uses only the station's own details."),
                                objectName="noFields")
        self.no_fields.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Preview and print…"), objectName="renderNoticeButton")
        self.print_button.setDefault(True)
        fill_layout = QVBoxLayout(self.fill_box)
        inner = QWidget()
        inner.setLayout(self.fill_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        fill_layout.addWidget(self.no_fields)
        fill_layout.addWidget(scroll, 1)
        fill_layout.addWidget(self.print_button)
        self.left_out = QLabel(objectName="leftOutNote")  # lines printed without, for want of a station detail
        self.left_out.setWordWrap(True)
        self.left_out.hide()
        fill_layout.addWidget(self.left_out)

        # Filling in and printing is the everyday task, so it comes first; changing the template is rarer.
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.fill_box)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 700])
        choose = QHBoxLayout()
        choose_label = QLabel(self.tr("Kind of notice"))
        choose_label.setBuddy(self.template_combo)
        choose.addWidget(choose_label)
        choose.addWidget(self.template_combo, 1)
        choose.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(splitter)

        self.template_combo.currentIndexChanged.connect(lambda _i: self.load_template())
        for edit in (self.title_edit,):
            edit.textChanged.connect(self._rebuild_fields)
        self.body_edit.textChanged.connect(self._rebuild_fields)
        self.closing_edit.textChanged.connect(self._rebuild_fields)
        self.save_button.clicked.connect(self.save_template)
        self.reset_button.clicked.connect(self.reset_template)
        self.print_button.clicked.connect(self.render_notice)
        self.refresh()


    def refresh(self) -> None:
        current = self.template_combo.currentData()
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        templates = self.station.meetings.templates.names()
        labels = [t.label for t in templates]
        for t in templates:
            # The label is the name people know; the stored name only tells two alike apart.
            shown = t.label if t.label and labels.count(t.label) == 1 else f"{t.label or t.name}（{t.name}）"
            self.template_combo.addItem(shown, t.name)
        index = self.template_combo.findData(current) if current else self.template_combo.findData("general")
        self.template_combo.setCurrentIndex(max(0, index))
        self.template_combo.blockSignals(False)
        self.load_template()

    def template_name(self) -> str:
        return str(self.template_combo.currentData() or "")

    def load_template(self) -> None:
        name = self.template_name()
        if not name:
            return
        t = self.station.meetings.templates.get(name)
        self._loaded = t
        for edit, text in ((self.title_edit, t.title), (self.body_edit, t.body), (self.closing_edit, t.closing)):
            edit.blockSignals(True)
            edit.setText(to_screen(text)) if isinstance(edit, QLineEdit) else edit.setPlainText(to_screen(text))
            edit.blockSignals(False)
        self.state.setText(self.tr("The station's own copy (changed by {who})").format(who=self._updated_by(t))
                           if t.customised else self.tr("The shipped default"))
        self.reset_button.setEnabled(t.customised and t.has_default)
        self._rebuild_fields()

    def _updated_by(self, t: TemplateText) -> str:
        rows = self.station.audit.list(entity="notice_template", entity_id=t.name, limit=1)
        return rows[0].operator if rows else ""

    def on_screen(self) -> TemplateText:
        """The template as it stands in the editor (saved or not)."""
        t = self._loaded
        return TemplateText(t.name, t.label, from_screen(self.title_edit.text()), from_screen(self.body_edit.toPlainText()),
                            from_screen(self.closing_edit.toPlainText()), t.customised, t.has_default, t.version)

    def _rebuild_fields(self) -> None:
        for name, old in self._fields.items():
            self._values[name] = old.text() if isinstance(old, QLineEdit) else old.toPlainText()
        while self.fill_form.rowCount():
            self.fill_form.removeRow(0)
        self._fields = {}
        fields = self.on_screen().fill_in_fields()
        for name in fields:
            edit: QLineEdit | QPlainTextEdit
            if name in LONG_FIELDS:
                edit = QPlainTextEdit(self._values.get(name, ""))
                edit.setTabChangesFocus(True)
                edit.setMinimumHeight(self.fontMetrics().height() * 6)
            else:
                edit = QLineEdit(self._values.get(name, ""))
            edit.setObjectName(f"field_{name}")
            self._fields[name] = edit
            label = PLACEHOLDER_LABELS.get(name)
            self.fill_form.addRow(label or f"{{{name}}}", edit)
        self.no_fields.setVisible(not fields)

    def set_value(self, name: str, value: str) -> None:
        edit = self._fields[name]
        edit.setText(value) if isinstance(edit, QLineEdit) else edit.setPlainText(value)

    def values(self) -> dict[str, str]:
        return {n: (e.text() if isinstance(e, QLineEdit) else e.toPlainText()) for n, e in self._fields.items()}

    def save_template(self) -> bool:
        t = self.on_screen()
        try:
            self.station.meetings.templates.save(t.name, title=t.title, body=t.body, closing=t.closing,
                                                 expected_version=t.version if t.customised else None)
        except DeskError as exc:
            show_error(self, exc)
            return False
        self.load_template()
        return True

    def reset_template(self, *, confirm: bool = True) -> bool:
        if confirm and QMessageBox.question(
                self, self.tr("Reset to default"),
                self.tr("Throw away the station's changes to this template and use the shipped default?")) \
                != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.station.meetings.templates.reset(self.template_name())
        except DeskError as exc:
            show_error(self, exc)
            return False
        self.load_template()
        return True

    def render_notice(self) -> bool:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.notice import Notice

        t = self.on_screen()
        title = self.values().get("title") or t.label
        if open_document(self, Notice(self.station, t, self.values()), title,
                         error_title=self.tr("Cannot print yet"), report_error=show_error) is None:
            return False
        left_out = self.station.meetings.templates.render(t, self.values()).left_out
        self.left_out.setText(left_out_text(left_out))
        self.left_out.setVisible(bool(left_out))
        return True

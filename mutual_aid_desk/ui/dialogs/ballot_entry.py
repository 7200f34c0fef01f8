"""Fast ballot entry: an address, one key per item, Enter — and on to the next ballot.

Type the address and press Enter: the household is found and any earlier ballot is shown (a new
one amends it). Then one key per item: 1 agree, 2 disagree, 3 abstain, or the option's number;
0 leaves an item blank. For a multiple-choice item type each option's number; it moves on when the
maximum is reached, or on 0. An item with more than nine options takes two digits per answer
(01 … 15; 00 leaves it blank), so a long menu is keyed as quickly as a short one. Enter saves and
goes back to the address. Channel and date stay as set for the whole evening's pile. The live
counters above update after every ballot.

A ballot through one flat is the owner's ballot for all their flats in the vote: the screen names
them ("也代表 3-1-502、3-1-601"). A ballot dated after the closing day is refused; a coordinator can
accept that one ballot with a reason (逾期).

Under double entry the dialog says whether the ballot waits for the second person, was
reconciled, or differs from the other keying; the differences are listed below.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.tally import TallyResult, percent
from mutual_aid_desk.core.values import format_m2
from mutual_aid_desk.core.vote_plan import ItemSpec, PlanSpec, answer_label
from mutual_aid_desk.core.votes import CHANNELS, REASON_LATE, SubmitResult
from mutual_aid_desk.errors import DeskError, ValidationError
from mutual_aid_desk.ui.messages import error_text
from mutual_aid_desk.ui.models.votes import MismatchModel


class KeyError_(ValueError):
    """A keystroke that answers nothing (e.g. 4 on a yes/no item)."""


def is_wide(item: ItemSpec) -> bool:
    """More than nine answers: each is keyed with two digits (01 … 15)."""
    return item.answer_count() > 9


def answer_key(item: ItemSpec, value: int) -> str:
    return f"{value:02d}" if is_wide(item) else str(value)


def keys_to_answers(items: Sequence[ItemSpec], keys: str) -> tuple[dict[str, tuple[int, ...]], int]:
    """Typed keys → answers by item key, and how many items are done.

    One key per answer; two digits per answer on an item with more than nine (00 leaves it blank).
    A first digit waiting for its second is not an error.

    Raises:
        KeyError_: a key that is not an answer to the item it falls on, or keys beyond the last item.
    """
    answers: dict[str, tuple[int, ...]] = {}
    position = 0
    picks: list[int] = []
    pending = ""
    for ch in keys:
        if position >= len(items):
            raise KeyError_(ch)
        item = items[position]
        if not ch.isascii() or not ch.isdigit():
            raise KeyError_(ch)
        if is_wide(item):
            if not pending:
                if int(ch) > item.answer_count() // 10:
                    raise KeyError_(ch)
                pending = ch
                continue
            ch, pending = pending + ch, ""
        if int(ch) == 0:
            answers[item.key] = tuple(sorted(picks))
            picks = []
            position += 1
            continue
        if not 1 <= int(ch) <= item.answer_count():
            raise KeyError_(ch)
        value = int(ch)
        if item.kind == "multi":
            if value in picks:
                picks.remove(value)
            else:
                picks.append(value)
            if len(picks) >= item.max_picks:
                answers[item.key] = tuple(sorted(picks))
                picks = []
                position += 1
            else:
                answers[item.key] = tuple(sorted(picks))
        else:
            answers[item.key] = (value,)
            position += 1
    return answers, position


def answers_to_keys(items: Sequence[ItemSpec], answers: dict[str, tuple[int, ...]]) -> str:
    """The keys that would enter ``answers`` (the inverse of ``keys_to_answers``)."""
    keys = ""
    for item in items:
        values = answers.get(item.key, ())
        keys += "".join(answer_key(item, v) for v in values)
        if not values or (item.kind == "multi" and len(values) < item.max_picks):
            keys += answer_key(item, 0)
    return keys


class _AnswerLine(QLineEdit):
    """The answer keys; Backspace works as usual, anything else goes through ``keys_to_answers``."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class BallotEntryDialog(QDialog):
    """Keying ballots for one vote, one after another."""

    saved = Signal(object)  # the core's SubmitResult

    def __init__(self, station: Station, vote_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ballotEntryDialog")
        self.station = station
        self.vote_id = vote_id
        self.plan: PlanSpec = station.votes.plan(vote_id)
        self.items = self.plan.items
        self.household_id: int | None = None
        self.last_result: SubmitResult | None = None
        self._valid_keys = ""
        self.setWindowTitle(self.tr("Enter ballots: {title}").format(title=self.plan.title))

        self.counter = QLabel(objectName="ballotCounter")
        self.counter.setWordWrap(True)
        self.counter.setProperty("role", "title")
        self.mode = QLabel(objectName="ballotMode")
        self.mode.setWordWrap(True)
        if self.plan.double_entry:
            self.mode.setText(self.tr("Double entry: your keying is compared with another person's; only ballots "
                                      "two people keyed alike are counted."))
        if self.plan.state() == "past_closing":
            self.mode.setText((self.mode.text() + " " if self.mode.text() else "") + self.tr(
                "Past the closing day ({closes}): ballots dated on or before it are still taken; set the date written "
                "on the paper.").format(closes=self.plan.closes))

        self.channel = QComboBox(objectName="ballotChannel")
        for code in CHANNELS:
            self.channel.addItem(self._channel_label(code), code)
        self.channel.setCurrentIndex(list(CHANNELS).index("paper"))
        self.cast_on = QDateEdit(objectName="ballotDate")
        self.cast_on.setCalendarPopup(True)
        self.cast_on.setDisplayFormat("yyyy-MM-dd")
        self.cast_on.setDate(QDate.currentDate())

        self.address = QLineEdit(objectName="ballotAddress")
        self.address.setPlaceholderText(self.tr("e.g. 5-2-301, then Enter"))
        self.household = QLabel(objectName="ballotHousehold")
        self.household.setWordWrap(True)
        self.keys = _AnswerLine(objectName="ballotKeys")
        self.keys.setPlaceholderText(self.tr("a key per item: 1 agree 2 disagree 3 abstain, or option no. (01…15 past nine); 0 blank"))
        self.keys.setMinimumWidth(self.keys.fontMetrics().horizontalAdvance(self.keys.placeholderText()) + 16)  # hint whole
        self.keys.setEnabled(False)
        self.status = QLabel(objectName="ballotStatus")
        self.status.setWordWrap(True)
        self.owner_rule = QLabel(self.tr("The owners' headcount counts exclusive parts (flats); one owner of several flats, "
                                         "and the developer's unsold flats together, count as one person"),
                                 objectName="ballotOwnerRule")
        self.owner_rule.setWordWrap(True)
        self.accept_late = QPushButton(self.tr("Accept this late ballot…"), objectName="ballotAcceptLate")
        self.accept_late.setAutoDefault(False)
        self.accept_late.hide()
        self.accept_late.clicked.connect(self.accept_late_ballot)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)  # a keyed option ("每天 9:00-18:00") is shown whole, wrapping if it must
        self.answer_labels: list[QLabel] = []
        for row, item in enumerate(self.items):
            hint = " / ".join(f"{answer_key(item, n)} {label}" for n, label in enumerate(item.labels(), start=1))
            grid.addWidget(QLabel(f"{item.key}  {item.title}"), row, 0)
            hint_label = QLabel(hint, objectName=f"hint_{item.key}")
            hint_label.setWordWrap(is_wide(item))
            grid.addWidget(hint_label, row, 1)
            value = QLabel(objectName=f"answer_{item.key}")
            value.setStyleSheet("font-weight: bold")  # bold at the text's own size: "每天 9:00-18:00" fits whole
            value.setWordWrap(True)
            value.setMinimumWidth(self.fontMetrics().horizontalAdvance("不同意不同意") + 20)
            grid.addWidget(value, row, 2)
            self.answer_labels.append(value)

        form = QFormLayout()
        settings = QHBoxLayout()
        settings.addWidget(self.channel)
        settings.addWidget(self.cast_on)
        settings.addStretch(1)
        form.addRow(self.tr("Channel and date"), settings)
        form.addRow(self.tr("Address"), self.address)
        form.addRow("", self.household)
        form.addRow(self.tr("Answers"), self.keys)

        self.mismatches = MismatchModel(self)
        self.mismatch_view = QTableView(objectName="mismatchTable")
        self.mismatch_view.setModel(self.mismatches)
        self.mismatch_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mismatch_view.verticalHeader().hide()
        self.mismatch_title = QLabel(self.tr("Keyed differently: check these against the paper and key them again"))
        self.mismatch_view.setVisible(self.plan.double_entry)
        self.mismatch_title.setVisible(self.plan.double_entry)

        close = QPushButton(self.tr("Close (Esc)"), objectName="ballotClose")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.accept_late)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(self.owner_rule)
        layout.addWidget(self.mode)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.mismatch_title)
        layout.addWidget(self.mismatch_view, 1)
        if not self.mode.text():
            self.mode.hide()
        if not self.plan.double_entry:
            layout.addStretch(1)

        self.address.returnPressed.connect(self.choose_household)
        self.keys.textEdited.connect(self._on_keys)
        self.keys.submitted.connect(self.save)
        self.setTabOrder(self.address, self.keys)
        self.setTabOrder(self.keys, self.channel)
        self.setTabOrder(self.channel, self.cast_on)
        self.refresh_counters()
        self.address.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Room for lines that wrap at large text (the counter, the owners' rule, a long keyed option)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        screen = self.screen().availableGeometry().height() - 40 if self.screen() is not None else needed
        if self.height() < needed:
            self.resize(self.width(), min(needed, screen))  # (the title bar takes some 40 pixels)

    def _channel_label(self, code: str) -> str:
        return {"meeting": self.tr("Evening meeting"), "door": self.tr("Door to door"), "paper": self.tr("Paper ballot"),
                "proxy": self.tr("Proxy")}[code]

    # steps --------------------------------------------------------------------------------------

    def choose_household(self) -> None:
        """Enter on the address: find the household, show an earlier ballot, go to the answers."""
        text = self.address.text().strip()
        if not text:
            return
        try:
            household_id, address = self.station.votes.resolve_household(self.vote_id, text, self.plan)
        except DeskError as exc:
            self.household_id = None
            self.keys.setEnabled(False)
            self.household.setText(error_text(exc))
            self.household.setProperty("role", "error")
            self._restyle(self.household)
            return
        self.household_id = household_id
        self.household.setProperty("role", "")
        self._restyle(self.household)
        self.accept_late.hide()
        row = self.station.households.get(household_id)
        others = [a for hid, a in self.station.votes.owner_flats(self.vote_id, household_id) if hid != household_id]
        also = self.tr("Also stands for {flats} (the same owner: one owner, one ballot). ").format(
            flats="、".join(others)) if others else ""
        existing = self.station.votes.ballot(self.vote_id, household_id)
        if existing:
            answers = "，".join(f"{i.key} {answer_label(i, existing.answers.get(i.key, ()))}" for i in self.items
                               if existing.answers.get(i.key))
            self.household.setText(also + self.tr("{address} {head}: already has a ballot (version {rev}, {channel}): {answers}. "
                                                  "Saving amends it.").format(
                address=address, head=row.head, rev=existing.revision, channel=self._channel_label(existing.channel),
                answers=answers or self.tr("all blank")))
        else:
            self.household.setText(also + self.tr("{address} {head}: no ballot yet").format(address=address, head=row.head))
        self.address.setText(address)
        self.keys.setEnabled(True)
        self.keys.clear()
        self._valid_keys = ""
        self._show_answers({}, 0)
        if existing:
            # The earlier answers, selected: Enter keeps them, typing replaces them.
            self.keys.setText(answers_to_keys(self.items, existing.answers))
            self._on_keys(self.keys.text())
            self.keys.selectAll()
        self.keys.setFocus()

    def _on_keys(self, text: str) -> None:
        try:
            answers, done = keys_to_answers(self.items, text)
        except KeyError_ as exc:
            self.keys.setText(self._valid_keys)
            self.status.setText(self.tr("'{key}' is not an answer here").format(key=str(exc)))
            return
        self._valid_keys = text
        self.status.setText("")
        self._show_answers(answers, done)

    def _show_answers(self, answers: dict[str, tuple[int, ...]], done: int) -> None:
        for n, (item, label) in enumerate(zip(self.items, self.answer_labels)):
            values = answers.get(item.key)
            if values:
                label.setText(answer_label(item, values))
            elif n < done:
                label.setText(self.tr("(blank)"))
            else:
                label.setText("→" if n == done else "")
        if self.isVisible() and any(lbl.heightForWidth(lbl.width()) > lbl.height() for lbl in self.answer_labels):
            self._fit_height()  # only when a keyed option needs a second line, not on every key

    def save(self, accept_late: str = "") -> None:
        """Enter on the answers: save (or amend, or key under double entry) and start the next ballot."""
        if self.household_id is None:
            return
        try:
            answers, done = keys_to_answers(self.items, self.keys.text())
        except KeyError_:
            return
        if done < len(self.items):
            self.status.setText(self.tr("{n} items still to answer (0 leaves one blank)").format(n=len(self.items) - done))
            return
        qd = self.cast_on.date()
        try:
            result = self.station.votes.submit(self.vote_id, self.household_id, answers,
                                               channel=self.channel.currentData(),
                                               cast_on=date(qd.year(), qd.month(), qd.day()), accept_late=accept_late)
        except DeskError as exc:
            self.status.setText(error_text(exc))
            late = isinstance(exc, ValidationError) and any(p.reason == REASON_LATE for p in exc.problems)
            self.accept_late.setVisible(late and self.station.operator is not None
                                        and self.station.operator.may(Permission.MANAGE_VOTES))
            return
        self.accept_late.hide()
        self.last_result = result
        self.status.setText(self._outcome_text(result))
        self.saved.emit(result)
        self.refresh_counters()
        self.household_id = None
        self.keys.clear()
        self._valid_keys = ""
        self.keys.setEnabled(False)
        self.address.clear()
        self.household.setText("")
        self.address.setFocus()

    def accept_late_ballot(self) -> None:
        """A coordinator accepts the refused late ballot, with the reason kept in the audit trail."""
        reason, ok = QInputDialog.getText(self, self.tr("Accept a late ballot"),
                                          self.tr("Why is this ballot accepted after the closing day?"))
        if ok and reason.strip():
            self.save(accept_late=reason.strip())

    def _outcome_text(self, r: SubmitResult) -> str:
        texts = {
            "created": self.tr("Saved the ballot of {address}."),
            "amended": self.tr("Amended the ballot of {address} (version {rev}); the earlier one is kept in its history."),
            "unchanged": self.tr("The ballot of {address} is unchanged."),
            "keyed": self.tr("Keyed {address}: waiting for the second person's keying."),
            "reconciled": self.tr("{address}: both keyings agree; the ballot is counted."),
            "mismatch": self.tr("{address}: differs from the other keying in {items}; listed below."),
        }
        text = texts[r.outcome].format(address=r.address, rev=r.revision, items=", ".join(r.differences))
        if r.also_for:
            text += self.tr(" It also stands for {flats}.").format(flats="、".join(r.also_for))
        if r.late:
            text += self.tr(" Accepted late (逾期), with the reason recorded.")
        return text

    def refresh_counters(self) -> None:
        result = self.station.votes.tally(self.vote_id)
        self.counter.setText(self._counter_text(result))
        if self.plan.double_entry:
            self.mismatches.set_mismatches(self.station.votes.mismatches(self.vote_id))

    def _counter_text(self, result: TallyResult) -> str:
        c = result.compound
        e, p = c.eligible, c.participated
        text = self.tr("Participation {p}/{e} owners ({pp} %; {pf}/{ef} flats), {pa}/{ea} m²").format(
            p=p.headcount, e=e.headcount, pp=percent(p.headcount, e.headcount), pa=format_m2(p.area_centi),
            ea=format_m2(e.area_centi), pf=p.flats, ef=e.flats)
        if c.met:
            return text + self.tr(": participation reached")
        heads, area = c.needed(result.rule.participation)
        return text + self.tr(": {heads} more owners and {area} m² needed").format(
            heads=heads, area=format_m2(area, up=True))

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

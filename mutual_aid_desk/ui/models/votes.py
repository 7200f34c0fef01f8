"""Table models of the votes page and its dialogs, all fed by ``station.votes``.

- ``VoteListModel``: the votes, newest first.
- ``ItemResultModel``: one row per item with its agree/disagree/abstain shares by headcount and by
  area (``BarRole`` gives the delegate the figures) and the result against the rule.
- ``BuildingModel``: participation per building, with its counter.
- ``HoldoutModel``: households in scope without a ballot (paged by ``PagedTableModel``).
- ``MismatchModel``: paper ballots two people keyed differently.
- ``PlanItemsModel``: the editable items of a plan in the plan dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from mutual_aid_desk.core.households import HouseholdRow
from mutual_aid_desk.core.tally import Amount, ItemResult, Participation, percent
from mutual_aid_desk.core.values import format_m2
from mutual_aid_desk.core.vote_plan import ItemSpec
from mutual_aid_desk.core.votes import Mismatch, VoteSummary
from mutual_aid_desk.ui.labels import status_label
from mutual_aid_desk.ui.models.base import ModelIndex, PagedTableModel

#: For a bar cell: (agree, disagree, abstain, total) as integers.
BarRole = int(Qt.ItemDataRole.UserRole) + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def matter_label(matter: str) -> str:
    return {"major": QCoreApplication.translate("VoteModels", "Major"), "ordinary": QCoreApplication.translate("VoteModels", "Ordinary"), "custom": QCoreApplication.translate("VoteModels", "Custom")}.get(matter, matter)


def status_text(status: str) -> str:
    """open 进行中, past_closing 已截止 (after the closing day), closed 已关闭 (locked)."""
    return {"open": QCoreApplication.translate("VoteModels", "Open"), "closed": QCoreApplication.translate("VoteModels", "Closed"),
            "past_closing": QCoreApplication.translate("VoteModels", "Past closing day")}.get(status, status)


def scope_label(scope: str) -> str:
    return {"compound": QCoreApplication.translate("VoteModels", "Everyone"), "building": QCoreApplication.translate("VoteModels", "Per building"), "unit": QCoreApplication.translate("VoteModels", "Per stairwell"),
            "household": QCoreApplication.translate("VoteModels", "Per household")}.get(scope, scope)


def kind_label(kind: str) -> str:
    return {"yesno": QCoreApplication.translate("VoteModels", "Yes/no"), "choice": QCoreApplication.translate("VoteModels", "Single choice"), "multi": QCoreApplication.translate("VoteModels", "Multiple choice")}.get(kind, kind)


class VoteListModel(PagedTableModel[VoteSummary]):
    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("VoteModels", "Vote"), QCoreApplication.translate("VoteModels", "Status"), QCoreApplication.translate("VoteModels", "Ballots"))

    def cell(self, v: VoteSummary, column: int) -> Any:
        if column == 0:
            return v.title
        if column == 1:
            return f"{status_text(v.state())} · {matter_label(v.matter)}"
        return str(v.ballots)

    def extra(self, v: VoteSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return v.title
        return None


@dataclass(frozen=True)
class ItemRow:
    """An item's result as the results table shows it: figures summed over its groups."""

    item: ItemResult
    agree: Amount
    disagree: Amount
    abstain: Amount
    participated: Amount
    outcome: str
    passed: bool | None
    detail: str


def item_rows(items: Sequence[ItemResult]) -> list[ItemRow]:
    rows = []
    for item in items:
        agree, disagree, abstain, part = Amount(), Amount(), Amount(), Amount()
        for g in item.groups:
            part.add(g.participated.headcount, g.participated.area_centi)
            if g.options is None:
                for total, amount in ((agree, g.agree), (disagree, g.disagree), (abstain, g.abstain)):
                    if amount is not None:  # all three are set on a yes/no item (options is None)
                        total.add(amount.headcount, amount.area_centi)
            else:
                best = g.options.get(g.winner) if g.winner else None
                if best:
                    agree.add(best.headcount, best.area_centi)
                others = [a for label, a in g.options.items() if label != g.winner]
                for a in others:
                    disagree.add(a.headcount, a.area_centi)
                if g.abstain:
                    abstain.add(g.abstain.headcount, g.abstain.area_centi)
        passed_groups = [g for g in item.groups if g.passed]
        if item.scope == "compound":
            g = item.groups[0]
            passed: bool | None = g.passed
            outcome = QCoreApplication.translate("VoteModels", "Passed") if g.passed else QCoreApplication.translate("VoteModels", "Not passed")
            if g.options is not None:
                detail = " / ".join(f"{label} {a.headcount}" for label, a in g.options.items())
                outcome += " · " + (g.winner or QCoreApplication.translate("VoteModels", "no winner"))
            else:
                detail = ""
        elif item.scope == "household":
            passed = None
            outcome = QCoreApplication.translate("VoteModels", "{n} households opted in").format(n=len(passed_groups))
            detail = ""
        else:
            passed = None
            outcome = QCoreApplication.translate("VoteModels", "{n} of {total} passed").format(n=len(passed_groups), total=len(item.groups))
            detail = "、".join(g.group for g in passed_groups[:12]) + ("…" if len(passed_groups) > 12 else "")
        rows.append(ItemRow(item, agree, disagree, abstain, part, outcome, passed, detail))
    return rows


class ItemResultModel(PagedTableModel[ItemRow]):
    """Columns: key, item, scope, by headcount (bar), by area (bar), result."""

    HEADCOUNT, AREA = 3, 4

    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("VoteModels", "Key"), QCoreApplication.translate("VoteModels", "Item"), QCoreApplication.translate("VoteModels", "Decided by"), QCoreApplication.translate("VoteModels", "By owners"), QCoreApplication.translate("VoteModels", "By area"), QCoreApplication.translate("VoteModels", "Result"))

    def set_items(self, items: Sequence[ItemResult]) -> None:
        self.set_rows(item_rows(items))

    def cell(self, r: ItemRow, column: int) -> Any:
        if column == 0:  # the scope under the key: the page hides the scope column to give the figures room
            return r.item.key + ("" if r.item.scope == "compound" else f"\n{scope_label(r.item.scope)}")
        if column == 1:
            return r.item.title + (f"\n{r.detail}" if r.detail else "")
        if column == 2:
            return scope_label(r.item.scope)
        if column == self.HEADCOUNT:
            p = r.participated.headcount
            return QCoreApplication.translate("VoteModels", "agree {a} ({ap} %)\ndisagree {d} · abstain {b}").format(
                a=r.agree.headcount, ap=percent(r.agree.headcount, p), d=r.disagree.headcount, b=r.abstain.headcount)
        if column == self.AREA:
            p = r.participated.area_centi
            return QCoreApplication.translate("VoteModels", "agree {a} m² ({ap} %)\ndisagree {d} · abstain {b}").format(
                a=format_m2(r.agree.area_centi), ap=percent(r.agree.area_centi, p), d=format_m2(r.disagree.area_centi),
                b=format_m2(r.abstain.area_centi))
        return r.outcome

    def extra(self, r: ItemRow, column: int, role: int) -> Any:
        if role == BarRole and column == self.HEADCOUNT:
            return (r.agree.headcount, r.disagree.headcount, r.abstain.headcount, r.participated.headcount)
        if role == BarRole and column == self.AREA:
            return (r.agree.area_centi, r.disagree.area_centi, r.abstain.area_centi, r.participated.area_centi)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and r.passed is not None:
            return QColor("#1a7f37") if r.passed else QColor("#b00020")
        return None


class BuildingModel(PagedTableModel[Participation]):
    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("VoteModels", "Building"), QCoreApplication.translate("VoteModels", "Owners (flats)"), QCoreApplication.translate("VoteModels", "Area (m²)"), QCoreApplication.translate("VoteModels", "Reached"), QCoreApplication.translate("VoteModels", "Still needed"))

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.stage: Any = None

    def cell(self, b: Participation, column: int) -> Any:
        if column == 0:
            return b.group
        if column == 1:
            flats = "" if b.eligible.flats == b.eligible.headcount else f" [{b.participated.flats}/{b.eligible.flats}]"
            return (f"{b.participated.headcount}/{b.eligible.headcount}{flats} "
                    f"({percent(b.participated.headcount, b.eligible.headcount)} %)")
        if column == 2:
            return (f"{format_m2(b.participated.area_centi)}/{format_m2(b.eligible.area_centi)} "
                    f"({percent(b.participated.area_centi, b.eligible.area_centi)} %)")
        if column == 3:
            return QCoreApplication.translate("VoteModels", "Yes") if b.met else QCoreApplication.translate("VoteModels", "No")
        if self.stage is None or b.met:
            return ""
        heads, area = b.needed(self.stage)
        parts = []
        if heads:
            parts.append(QCoreApplication.translate("VoteModels", "{n} owners").format(n=heads))
        if area:
            parts.append(f"{format_m2(area, up=True)} m²")
        return " + ".join(parts)


class HoldoutModel(PagedTableModel[HouseholdRow]):
    """Households without a ballot, fetched to the view in pages."""

    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("VoteModels", "Address"), QCoreApplication.translate("VoteModels", "Status"),
                QCoreApplication.translate("VoteModels", "Owner"))

    def cell(self, r: HouseholdRow, column: int) -> Any:
        if column == 0:
            return r.address
        if column == 2:  # flats of one owner share a number: one person, one ballot for all of them
            return f"{r.owner} ({r.owner_id})" if r.owner_id else r.owner
        return status_label(r.status)


class MismatchModel(PagedTableModel[tuple[Mismatch, str, str, str]]):
    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("VoteModels", "Address"), QCoreApplication.translate("VoteModels", "Item"), QCoreApplication.translate("VoteModels", "First keying"), QCoreApplication.translate("VoteModels", "Second keying"), QCoreApplication.translate("VoteModels", "Keyed by"))

    def set_mismatches(self, mismatches: Sequence[Mismatch]) -> None:
        self.set_rows([(m, key, a, b) for m in mismatches for key, a, b in m.items])

    def cell(self, r: tuple[Mismatch, str, str, str], column: int) -> Any:
        m, key, a, b = r
        return (m.address, key, a or QCoreApplication.translate("VoteModels", "(blank)"), b or QCoreApplication.translate("VoteModels", "(blank)"), " / ".join(m.operators))[column]


class PlanItemsModel(QAbstractTableModel):
    """The items of a plan being drawn up: section, key, title, kind, scope, options, max picks."""

    COLUMNS = ("section", "key", "title", "kind", "scope", "options", "max_picks")
    KINDS = ("yesno", "choice", "multi")
    SCOPES = ("compound", "building", "unit", "household")

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("VoteModels", "Section"), QCoreApplication.translate("VoteModels", "Key"), QCoreApplication.translate("VoteModels", "Item"), QCoreApplication.translate("VoteModels", "Kind"), QCoreApplication.translate("VoteModels", "Decided by"), QCoreApplication.translate("VoteModels", "Options (separate with /)"),
                QCoreApplication.translate("VoteModels", "Max picks"))

    def set_items(self, sections: Sequence[tuple[str, Sequence[ItemSpec]]]) -> None:
        self.beginResetModel()
        self.rows = [{"section": title, "key": i.key, "title": i.title, "kind": i.kind, "scope": i.scope,
                      "options": "/".join(i.options), "max_picks": i.max_picks if i.kind == "multi" else ""}
                     for title, items in sections for i in items]
        self.endResetModel()

    def add_item(self) -> int:
        row = len(self.rows)
        section = self.rows[-1]["section"] if self.rows else QCoreApplication.translate("VoteModels", "Items")
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append({"section": section, "key": f"A{row + 1}", "title": "", "kind": "yesno", "scope": "compound",
                          "options": "", "max_picks": ""})
        self.endInsertRows()
        return row

    def remove_item(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def sections_json(self) -> list[dict[str, Any]]:
        """The items as the plan file's ``sections`` (consecutive rows of one section together)."""
        sections: list[dict[str, Any]] = []
        for r in self.rows:
            if not sections or sections[-1]["title"] != r["section"]:
                sections.append({"title": r["section"], "items": []})
            item: dict[str, Any] = {"key": r["key"], "title": r["title"], "kind": r["kind"], "scope": r["scope"]}
            if r["kind"] != "yesno":
                item["options"] = [o.strip() for o in str(r["options"]).replace("／", "/").split("/") if o.strip()]
            if r["kind"] == "multi" and str(r["max_picks"]).strip():
                item["max_picks"] = str(r["max_picks"]).strip()
            sections[-1]["items"].append(item)
        return sections

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt override
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self.headers()[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        name = self.COLUMNS[index.column()]
        value = self.rows[index.row()][name]
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "kind":
                return kind_label(value)
            if name == "scope":
                return scope_label(value)
            return str(value)
        if role == Qt.ItemDataRole.EditRole:
            return str(value)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt override
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not 0 <= index.row() < len(self.rows):
            return False
        name = self.COLUMNS[index.column()]
        text = str(value).strip()
        if name == "kind" and text not in self.KINDS:
            return False
        if name == "scope" and text not in self.SCOPES:
            return False
        self.rows[index.row()][name] = text.upper() if name == "key" else text
        self.dataChanged.emit(index, index)
        return True

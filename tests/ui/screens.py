"""The window and every dialog as a volunteer sees them: in Chinese, at a text size, on a 1366×768 screen.

Shared by the layout and language tests. The pages come from the main window's own list (a page
added later is covered without touching the tests); the dialogs from ``DIALOGS`` below.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QDialog, QStyleFactory, QWidget

from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.ui.i18n import install_translators, remove_translators
from mutual_aid_desk.ui.theme import apply_theme, load_font

SCREEN = QRect(0, 0, 1366, 768)
SCALES = (100, 125, 150)


@contextmanager
def display(scale: int, language: str = "zh_CN") -> Iterator[None]:
    """The app's language and text size as 显示 ▸ 文字大小 sets them, undone afterwards; screens
    report 1366×768 (the offscreen platform's screen is 800×800), so windows size as they would there."""
    app = QApplication.instance()
    font, sheet, style = app.font(), app.styleSheet(), app.style().name()
    real_geometry = QScreen.availableGeometry
    QScreen.availableGeometry = lambda self: QRect(SCREEN)  # type: ignore[method-assign]
    translators = install_translators(app, language)
    apply_theme(app, load_font(), scale)
    try:
        yield
    finally:
        QScreen.availableGeometry = real_geometry  # type: ignore[method-assign]
        remove_translators(app, translators)
        app.setStyle(QStyleFactory.create(style))
        app.setFont(font)
        app.setStyleSheet(sheet)


def open_copy(source: Path, folder: Path) -> Station:
    """A fresh copy of the prepared station file, opened with the demo coordinator signed in."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "station.sqlite3"
    shutil.copyfile(source, path)
    st = Station.open(path)
    st.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    return st


def settle(widget: QWidget) -> None:
    """Let layouts, deferred column fitting and first paints run."""
    app = QApplication.instance()
    for _ in range(4):
        app.processEvents()
    widget.grab()  # paints once: some views size their sections on first paint
    app.processEvents()


def main_window(station: Station, settings_dir: Path):
    from mutual_aid_desk.ui.main_window import MainWindow

    window = MainWindow(station, QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(SCREEN.size())
    window.show()
    settle(window)
    return window


# --- dialogs -----------------------------------------------------------------------------------


def _first(rows):  # type: ignore[no-untyped-def]
    return rows[0] if rows else None


def _vote(st: Station) -> int:
    return st.votes.list()[0].id


def _drive(st: Station) -> int:
    return st.funds.drives()[0].id


def _roster_file(folder: Path, *, with_problems: bool = False) -> Path:
    path = folder / ("花名册（有误）.csv" if with_problems else "花名册.csv")
    rows = "地址,户主,电话,面积,状态\n1-1-101,郭玲涛,13800001111,81.82,自住\n30-1-101,新住户,13800002222,90,出租\n"
    path.write_text(rows + ("30-1-102,王五,无,九十,自住\n" if with_problems else ""), encoding="utf-8")
    return path


def _import_preview(st: Station, w: QWidget, folder: Path, *, with_problems: bool = False) -> QDialog:
    from mutual_aid_desk.ui.dialogs.import_preview import ImportPreviewDialog

    dialog = ImportPreviewDialog(st, _roster_file(folder, with_problems=with_problems), w)
    dialog.load()
    return dialog


def _payments_file(folder: Path) -> Path:
    path = folder / "缴款.csv"
    path.write_text("地址,金额,方式\n1-1-101,50,现金\n1-1-102,50,微信\n", encoding="utf-8")
    return path


def _pdf() -> bytes:
    from mutual_aid_desk.reports.document import Document
    from mutual_aid_desk.reports.styles import para

    class Notice(Document):
        kind = "notice"

        def story(self):  # type: ignore[no-untyped-def]
            self.title, self.station_name = "停水通知", "幸福里互助站"
            return [para(f"第 {n} 行") for n in range(60)]

    return Notice().render()


def _dialogs() -> dict[str, Callable[[Station, QWidget, Path], QDialog]]:
    from mutual_aid_desk.ui.dialogs.ballot_entry import BallotEntryDialog
    from mutual_aid_desk.ui.dialogs.bulk_reentry import BulkReentryDialog
    from mutual_aid_desk.ui.dialogs.consultation_form import ConsultationForm
    from mutual_aid_desk.ui.dialogs.fund_drive import DriveDialog
    from mutual_aid_desk.ui.dialogs.fund_entries import ExpenseDialog, PaymentImportDialog, SplitDialog
    from mutual_aid_desk.ui.dialogs.household_form import HouseholdForm
    from mutual_aid_desk.ui.dialogs.login import FirstCoordinatorDialog, LoginDialog
    from mutual_aid_desk.ui.dialogs.meetings_edit import MeetingDialog
    from mutual_aid_desk.ui.dialogs.meetings_plan import SeriesPlanDialog
    from mutual_aid_desk.ui.dialogs.payment import PaymentDialog
    from mutual_aid_desk.ui.dialogs.preview import PreviewDialog
    from mutual_aid_desk.ui.dialogs.restore import RestoreDialog
    from mutual_aid_desk.ui.dialogs.volunteer import VolunteerDialog
    from mutual_aid_desk.ui.dialogs.vote_plan import PlanDialog
    from mutual_aid_desk.ui.dialogs.walklist_dialog import WalkListDialog
    from mutual_aid_desk.ui.pages.funds import ExemptionDialog

    return {
        "LoginDialog": lambda st, w, d: LoginDialog(st, w),
        "FirstCoordinatorDialog": lambda st, w, d: FirstCoordinatorDialog(st, w),
        "HouseholdForm (new)": lambda st, w, d: HouseholdForm(st, None, w),
        "HouseholdForm (edit)": lambda st, w, d: HouseholdForm(st, st.households.get(1), w),
        "ImportPreviewDialog": lambda st, w, d: _import_preview(st, w, d),
        "ImportPreviewDialog (problems)": lambda st, w, d: _import_preview(st, w, d, with_problems=True),
        "RestoreDialog": lambda st, w, d: RestoreDialog(st, w),
        "PreviewDialog": lambda st, w, d: PreviewDialog(_pdf(), "停水通知.pdf", "停水通知", w),
        "VolunteerDialog": lambda st, w, d: VolunteerDialog(st, None, w),
        "PlanDialog (new)": lambda st, w, d: PlanDialog(st, None, w),
        "PlanDialog (edit)": lambda st, w, d: PlanDialog(st, _vote(st), w),
        "BallotEntryDialog": lambda st, w, d: BallotEntryDialog(st, _vote(st), w),
        "BulkReentryDialog": lambda st, w, d: BulkReentryDialog(st, list(range(1, 31)), parent=w),
        "WalkListDialog": lambda st, w, d: WalkListDialog(st, w),
        "ConsultationForm": lambda st, w, d: ConsultationForm(st, None, w),
        "DriveDialog": lambda st, w, d: DriveDialog(st, w),
        "ExpenseDialog": lambda st, w, d: ExpenseDialog(st, _drive(st), w),
        "SplitDialog": lambda st, w, d: SplitDialog(st, _drive(st), w),
        "PaymentImportDialog": lambda st, w, d: PaymentImportDialog(st, _drive(st), _payments_file(d), w),
        "PaymentDialog": lambda st, w, d: PaymentDialog(st, _drive(st), w),
        "ExemptionDialog": lambda st, w, d: ExemptionDialog(w),
        "MeetingDialog (new)": lambda st, w, d: MeetingDialog(st, None, w),
        "MeetingDialog (edit)": lambda st, w, d: MeetingDialog(st, _first(st.meetings.list()), w),
        "SeriesPlanDialog": lambda st, w, d: SeriesPlanDialog(st, w),
    }


DIALOG_NAMES = (
    "LoginDialog", "FirstCoordinatorDialog", "HouseholdForm (new)", "HouseholdForm (edit)", "ImportPreviewDialog",
    "ImportPreviewDialog (problems)",
    "RestoreDialog", "PreviewDialog", "VolunteerDialog", "PlanDialog (new)", "PlanDialog (edit)", "BallotEntryDialog",
    "BulkReentryDialog", "WalkListDialog", "ConsultationForm", "DriveDialog", "ExpenseDialog", "SplitDialog",
    "PaymentImportDialog", "PaymentDialog", "ExemptionDialog", "MeetingDialog (new)", "MeetingDialog (edit)",
    "SeriesPlanDialog",
)


def open_dialog(name: str, station: Station, window: QWidget, folder: Path) -> QDialog:
    """The dialog shown (not run) over the window, as big as it makes itself on a 1366×768 screen."""
    dialog = _dialogs()[name](station, window, folder)
    dialog.show()
    settle(dialog)
    return dialog

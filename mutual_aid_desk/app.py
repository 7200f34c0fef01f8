"""Start the window: QApplication, language and text size, the station file, the operator."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from mutual_aid_desk.cli.common import CliContext
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import DeskError
from mutual_aid_desk.paths import APP_NAME
from mutual_aid_desk.ui.i18n import DEFAULT_LANGUAGE, install_translators, remove_translators
from mutual_aid_desk.ui.main_window import MainWindow
from mutual_aid_desk.ui.messages import error_text
from mutual_aid_desk.ui.theme import apply_theme, load_font

BENCH_ENV = "MUTUAL_AID_DESK_BENCH_EXIT_AFTER_PAINT"
_STARTED = time.perf_counter()


class DeskApp:
    """Owns the QApplication, the open station and the current main window."""

    def __init__(self, app: QApplication, ctx: CliContext):
        self.app = app
        self.ctx = ctx
        self.settings = QSettings(APP_NAME, APP_NAME)
        if ctx.args.lang:
            self.settings.setValue("display/language", ctx.args.lang)
        self.translators: list = []
        self.font_family = load_font()
        self.station: Station | None = None
        self.window: MainWindow | None = None

    def apply_display(self) -> None:
        remove_translators(self.app, self.translators)
        language = str(self.settings.value("display/language", DEFAULT_LANGUAGE))
        self.translators = install_translators(self.app, language)
        apply_theme(self.app, self.font_family, int(self.settings.value("display/text_scale", 100)))

    def open_station(self) -> bool:
        try:
            self.station = Station.open(self.ctx.db_path, create=True, backup_on_open=True)
        except DeskError as exc:
            QMessageBox.critical(None, QApplication.translate("App", "Cannot open the station file"), error_text(exc))
            return False
        return self.choose_operator(first=True)

    def choose_operator(self, first: bool = False) -> bool:
        from mutual_aid_desk.ui.dialogs.login import choose_operator

        assert self.station is not None
        operator = choose_operator(self.station, self.window)
        if operator is None:
            return not first  # cancelling the first choice closes the app; later, nothing changes
        if not self.station.settings.get().name and operator.is_coordinator:
            name, ok = QInputDialog.getText(self.window, QApplication.translate("App", "Station name"),
                                            QApplication.translate("App", "The station's name, as printed on notices:"))
            if ok and name.strip():
                self.station.settings.update(name=name.strip())
        if self.window is not None:
            self.window.update_operator()
        return True

    def build_window(self) -> None:
        assert self.station is not None
        old = self.window
        if old is not None:
            old.save_geometry()
        self.apply_display()
        window = MainWindow(self.station, self.settings)
        window.rebuild_requested.connect(lambda: QTimer.singleShot(0, self.build_window))
        window.reopen_requested.connect(lambda: QTimer.singleShot(0, self.reopen))
        window.change_operator_requested.connect(self.choose_operator)
        self.window = window
        window.show()
        if old is not None:
            old.hide()
            old.deleteLater()

    def reopen(self) -> None:
        operator = self.station.operator if self.station else None
        if self.station is not None:
            self.station.close()
        self.station = Station.open(self.ctx.db_path)
        self.station.operator = operator
        self.build_window()


def run_gui(ctx: CliContext) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    desk = DeskApp(app, ctx)
    desk.apply_display()
    if os.environ.get(BENCH_ENV):
        return _bench_first_paint(desk)
    if not desk.open_station():
        return 1
    desk.build_window()
    assert desk.window is not None
    due = desk.window.update_due()
    if due:
        QTimer.singleShot(0, lambda: desk.window and desk.window.announce_due(due))
    code = app.exec()
    if desk.station is not None:
        desk.station.close()
    return code


def _bench_first_paint(desk: DeskApp) -> int:
    """For bench/: open the file as the first coordinator on the roster, paint once, report, quit."""
    desk.station = Station.open(desk.ctx.db_path)
    coordinators = [v for v in desk.station.volunteers.list() if v.role == "coordinator"]
    from mutual_aid_desk.core.operators import to_operator

    desk.station.operator = to_operator(coordinators[0]) if coordinators else None
    desk.build_window()
    assert desk.window is not None

    def painted() -> None:
        print(f"first paint {time.perf_counter() - _STARTED:.3f} s", flush=True)
        desk.app.quit()

    QTimer.singleShot(0, painted)
    desk.app.exec()
    desk.station.close()
    return 0

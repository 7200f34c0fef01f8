"""Start the window: QApplication, language and text size, the station file, the operator.

The window's frame (``StartupWindow``) is painted first, before the data stack is even imported;
the station file is opened once it is on screen, and the main window takes its place.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from mutual_aid_desk.errors import DeskError
from mutual_aid_desk.paths import APP_NAME
from mutual_aid_desk.ui.i18n import DEFAULT_LANGUAGE, install_translators, remove_translators
from mutual_aid_desk.ui.messages import error_text
from mutual_aid_desk.ui.startup import StartupWindow
from mutual_aid_desk.ui.theme import apply_theme, load_font

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station
    from mutual_aid_desk.ui.main_window import MainWindow

#: For bench/: print when the frame and then the household list are painted, and quit.
BENCH_ENV = "MUTUAL_AID_DESK_BENCH_EXIT_AFTER_PAINT"
_STARTED = time.perf_counter()
#: How long the start waits for the frame's first paint before it opens the file regardless.
FRAME_WAIT_MS = 1000


class DeskApp:
    """Owns the QApplication, the open station and the current main window.

    Args:
        db_path: the station file, or a server URL (``postgresql://…``).
        lang: a language chosen for this start (also saved as the choice), or None for the saved one.
    """

    def __init__(self, app: QApplication, db_path: Path | str, lang: str | None = None):
        self.app = app
        self.db_path = db_path
        self.settings = QSettings(APP_NAME, APP_NAME)
        if lang:
            self.settings.setValue("display/language", lang)
        self.translators: list[QTranslator] = []
        self.font_family = load_font()
        self.station: Station | None = None
        self.window: MainWindow | None = None
        self.startup: StartupWindow | None = None

    def apply_display(self) -> None:
        remove_translators(self.app, self.translators)
        language = str(self.settings.value("display/language", DEFAULT_LANGUAGE))
        self.translators = install_translators(self.app, language)
        apply_theme(self.app, self.font_family, int(self.settings.value("display/text_scale", 100)))

    def open_station(self) -> bool:
        from mutual_aid_desk.core.station import Station  # the data stack: loaded behind the frame

        try:
            self.station = Station.open(self.db_path, create=True, backup_on_open=True)
        except DeskError as exc:
            QMessageBox.critical(None, QApplication.translate("App", "Cannot open the station file"), error_text(exc))
            return False
        return self.choose_operator(first=True)

    def choose_operator(self, first: bool = False) -> bool:
        from mutual_aid_desk.ui.dialogs.login import choose_operator  # loaded behind the frame

        assert self.station is not None
        operator = choose_operator(self.station, self.window or self.startup)
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
        # The window and its pages are imported only once the frame is on screen (see the module's doc).
        from mutual_aid_desk.ui.busy import install_busy_retry
        from mutual_aid_desk.ui.main_window import MainWindow

        assert self.station is not None

        install_busy_retry(self.station)  # a busy file is said within a second, with 重试 / 取消
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
        for stale in (old, self.startup):
            if stale is not None:
                stale.hide()
                stale.deleteLater()
        self.startup = None

    def reopen(self) -> None:
        from mutual_aid_desk.core.station import Station  # the data stack: loaded behind the frame

        operator = self.station.operator if self.station else None
        if self.station is not None:
            self.station.close()
        self.station = Station.open(self.db_path)
        self.station.operator = operator
        self.build_window()

    def show_startup(self) -> StartupWindow:
        """Paint the frame now; open the station once it is on screen."""
        self.startup = StartupWindow(self.db_path, self.settings)
        self.startup.show()
        return self.startup

    def start(self) -> None:
        """Open the file, ask who is working, and put the main window in the frame's place.

        It runs inside the event loop, where an exception would only be printed: a failure here
        is said in a message box and ends the app, rather than leave the frame open for ever.
        """
        try:
            if not self.open_station():
                self.app.exit(1)
                return
            self.build_window()
        except DeskError as exc:
            QMessageBox.critical(self.startup, QApplication.translate("App", "Cannot open the station file"),
                                 error_text(exc))
            self.app.exit(exc.exit_code)
            return
        assert self.window is not None
        due = self.window.update_due()
        if due:
            QTimer.singleShot(0, lambda: self._announce_due(due))

    def _announce_due(self, due: int) -> None:
        if self.window is not None:  # the window may have been rebuilt or closed since
            self.window.announce_due(due)


def run_gui(db_path: Path | str, lang: str | None = None) -> int:
    """Open the window on a station (a file or a server URL) and run until it closes; the exit code.

    ``lang`` ("zh_CN" or "en") is the language for this start and from now on; None keeps the
    saved choice (Chinese at first).
    """
    running = QApplication.instance()  # a test's QApplication, when there is one
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    desk = DeskApp(app, db_path, lang)
    desk.apply_display()
    startup = desk.show_startup()
    bench = bool(os.environ.get(BENCH_ENV))
    started = False

    def go_on() -> None:
        nonlocal started
        if started:
            return
        started = True
        if bench:
            _bench_open(desk)
        else:
            desk.start()

    if bench:
        startup.first_painted.connect(lambda: _bench_report("first paint"))
    startup.first_painted.connect(lambda: QTimer.singleShot(0, go_on))
    QTimer.singleShot(FRAME_WAIT_MS, go_on)  # a frame never painted (a locked screen) must not stop the start
    code = app.exec()
    if desk.station is not None:
        desk.station.close()
    return code


def _bench_report(what: str) -> None:
    print(f"{what} {time.perf_counter() - _STARTED:.3f} s", flush=True)


def _bench_open(desk: DeskApp) -> None:
    """For bench/: open the file as its first coordinator, show the household list, report, quit."""
    # The data stack and the pages load behind the frame, as in DeskApp.
    from mutual_aid_desk.core.operators import to_operator
    from mutual_aid_desk.core.station import Station
    from mutual_aid_desk.ui.pages.households import HouseholdsPage

    desk.station = Station.open(desk.db_path)
    coordinators = [v for v in desk.station.volunteers.list() if v.role == "coordinator"]
    desk.station.operator = to_operator(coordinators[0]) if coordinators else None
    desk.build_window()
    assert desk.window is not None
    shown = desk.window.page("HouseholdsPage")

    def painted() -> None:
        rows = shown.model.rowCount() if isinstance(shown, HouseholdsPage) else 0
        _bench_report(f"households shown ({rows} rows)")
        desk.app.quit()

    QTimer.singleShot(0, painted)

"""The main window: a navigation bar of pages on the left, the station and operator below."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import DeskError
from mutual_aid_desk.ui.delegates.navigation import SHORTCUT_ROLE, NavigationDelegate
from mutual_aid_desk.ui.dialogs.restore import RestoreDialog
from mutual_aid_desk.ui.i18n import LANGUAGES
from mutual_aid_desk.ui.messages import show_error
from mutual_aid_desk.ui.pages import page_entries
from mutual_aid_desk.ui.pages.base import Page
from mutual_aid_desk.ui.pages.households import HouseholdsPage
from mutual_aid_desk.ui.tasks import run_with_progress
from mutual_aid_desk.ui.theme import TEXT_SCALES, restore_geometry


class MainWindow(QMainWindow):
    """``rebuild_requested`` asks the app to build the window anew (language or text size changed);
    ``reopen_requested`` asks it to reopen the station file (after a restore)."""

    rebuild_requested = Signal()
    reopen_requested = Signal()
    change_operator_requested = Signal()

    def __init__(self, station: Station, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Mutual-Aid Desk"))
        if station.server:  # which server database, as the status bar says too (never the password)
            self.setWindowTitle(f"{self.windowTitle()} — {station.describe()}")

        self.navigation = QListWidget(objectName="navigation")
        self.pages = QStackedWidget(objectName="pages")
        # Pages are built on their first visit, so opening the window costs one page, not all.
        entries = page_entries()
        self.page_types: list[type[Page]] = [cls for cls, _ in entries]
        self._built: dict[int, Page] = {}
        for cls in self.page_types:
            self.pages.addWidget(QWidget())
            self.navigation.addItem(cls.page_title())
        self.navigation.currentRowChanged.connect(self._on_navigate)
        self._build_page_shortcuts([shortcut for _, shortcut in entries])
        self._fit_navigation()
        self.navigation.model().rowsInserted.connect(self._fit_navigation)
        self.navigation.model().dataChanged.connect(self._fit_navigation)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self.navigation.setCurrentRow(0)
        restore_geometry(self, settings)

    def _fit_navigation(self, *_args: object) -> None:
        """The side list as wide as its longest entry (name and shortcut) at the current text size:
        never cut off, never a sideways scroll bar, whatever the page names say."""
        nav = self.navigation
        nav.ensurePolished()
        nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        nav.setFixedWidth(max(160, nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + 4))

    # --- the keyboard contract: Ctrl+0 … Ctrl+9 open pages, the cursor lands in the first field ---

    def _build_page_shortcuts(self, shortcuts: list[str]) -> None:
        """One window-wide action per page shortcut, shown beside the page's name in the side list."""
        self.navigation.setItemDelegate(NavigationDelegate(self.navigation))
        self.page_actions: dict[int, QAction] = {}
        for row, shortcut in enumerate(shortcuts):
            if not shortcut:
                continue
            item = self.navigation.item(row)
            sequence = QKeySequence(shortcut)
            item.setData(SHORTCUT_ROLE, sequence.toString(QKeySequence.SequenceFormat.NativeText))
            item.setToolTip(f"{item.text()} ({item.data(SHORTCUT_ROLE)})")
            action = QAction(item.text(), self, objectName=f"pageAction{row}")
            action.setShortcut(sequence)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, r=row: self.open_page_row(r))
            self.addAction(action)
            self.page_actions[row] = action
        # A click in the side list opens the page with the cursor in its first field; arrow keys
        # in the list only move through it (Enter then goes into the page).
        self.navigation.itemClicked.connect(lambda _item: self._focus_current_page())
        self.navigation.itemActivated.connect(lambda _item: self._focus_current_page())

    def open_page_row(self, row: int) -> Page:
        """Open the page in side-list row ``row`` and put the cursor in its first entry field."""
        self.navigation.setCurrentRow(row)
        page = self.page_at(row)
        self._focus_current_page()
        return page

    def open_page_action(self, class_name: str, action: str = "") -> None:
        """Open the page of that class with the cursor in its first field, then call ``action`` on it."""
        for row, cls in enumerate(self.page_types):
            if cls.__name__ == class_name:
                page = self.open_page_row(row)
                if action:
                    getattr(page, action)()
                return

    def _focus_current_page(self) -> None:
        row = self.navigation.currentRow()
        page = self._built.get(row)
        if page is None:
            return
        page.focus_first_field()
        # Once more after the click's own events are done, so nothing takes the focus back.
        QTimer.singleShot(0, lambda: self._focus_if_current(page))

    def _focus_if_current(self, page: Page) -> None:
        if self._built.get(self.navigation.currentRow()) is page and self.navigation.hasFocus():
            page.focus_first_field()

    # --- menus -----------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        if any(cls.__name__ == "HouseholdsPage" for cls in self.page_types):
            # The page is looked up when chosen: building it here would load its list twice at start.
            act = file_menu.addAction(self.tr("Import roster…"))
            act.triggered.connect(lambda: self._on_households_page("import_roster"))
            act = file_menu.addAction(self.tr("Export households…"))
            act.triggered.connect(lambda: self._on_households_page("export"))
            file_menu.addSeparator()
        file_menu.addAction(self.tr("Back up now…"), self.backup_now)
        self.restore_action = file_menu.addAction(self.tr("Restore from a backup…"), self.restore)
        self.restore_action.setObjectName("restoreAction")
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        view = self.menuBar().addMenu(self.tr("&View"))
        size_menu = view.addMenu(self.tr("Text size"))
        group = QActionGroup(self)
        current = int(self.settings.value("display/text_scale", 100))
        self.scale_actions: dict[int, QAction] = {}
        for scale in TEXT_SCALES:
            act = QAction(f"{scale} %", self, checkable=True, checked=scale == current)
            act.setObjectName(f"textScale{scale}")
            act.triggered.connect(lambda _checked=False, s=scale: self.set_text_scale(s))
            group.addAction(act)
            size_menu.addAction(act)
            self.scale_actions[scale] = act
        lang_menu = view.addMenu(self.tr("Language"))
        lang_group = QActionGroup(self)
        language = str(self.settings.value("display/language", "zh_CN"))
        for code, name in LANGUAGES.items():
            act = QAction(name, self, checkable=True, checked=code == language)
            act.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            lang_group.addAction(act)
            lang_menu.addAction(act)

        operator_menu = self.menuBar().addMenu(self.tr("&Operator"))
        operator_menu.addAction(self.tr("Change operator…"), self.change_operator_requested.emit)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        name = self.station.settings.get().name or self.tr("(unnamed station)")
        self.station_label = QLabel(self.tr("Station: {name}").format(name=name), objectName="stationLabel")
        self.file_label = QLabel(self.station.describe(), objectName="fileLabel")
        # The path gives way to the station's name and the operator when the bar is short.
        self.file_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.file_label.setToolTip(self.station.describe())
        self.operator_label = QLabel(objectName="operatorLabel")
        self.operator_button = QPushButton(self.tr("Change operator"), objectName="changeOperatorButton")
        self.operator_button.clicked.connect(self.change_operator_requested.emit)
        self.due_label = QLabel(objectName="dueLabel")
        bar.addWidget(self.station_label)
        bar.addWidget(self.file_label, 1)
        bar.addPermanentWidget(self.due_label)
        bar.addPermanentWidget(self.operator_label)
        bar.addPermanentWidget(self.operator_button)
        self.update_operator()
        self.update_due()

    def update_due(self) -> int:
        """Say how many follow-ups are due today or overdue (shown when the app opens)."""
        due = self.station.visits.due_count()
        self.due_label.setText(self.tr("{n} follow-up(s) due").format(n=due) if due else
                               self.tr("No follow-ups due"))
        return due

    def announce_due(self, due: int) -> None:
        """At start-up: tell the volunteer how many follow-ups wait, and offer the Due page."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Follow-ups due"),
                          self.tr("{n} follow-up(s) are due today or overdue.").format(n=due),
                          QMessageBox.StandardButton.NoButton, self)
        show = box.addButton(self.tr("Show them"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setObjectName("dueBox")
        box.exec()
        page = self.page("DuePage")
        if box.clickedButton() is show and page is not None:
            self.show_page(page)

    def update_operator(self) -> None:
        op = self.station.operator
        if op is None:
            self.operator_label.setText(self.tr("Nobody is recording"))
        else:
            role = self.tr("coordinator") if op.is_coordinator else self.tr("volunteer")
            self.operator_label.setText(self.tr("Recording: {name} ({role})").format(name=op.name, role=role))

    # --- navigation ------------------------------------------------------------------------------

    def page_at(self, row: int) -> Page:
        """The page in row ``row`` of the navigation bar, built now if it was not yet."""
        page = self._built.get(row)
        if page is None:
            page = self.page_types[row](self.station, self)
            page.household_requested.connect(self.open_household)
            page.page_requested.connect(self.open_page_action)
            page.data_changed.connect(self._on_data_changed)
            stand_in = self.pages.widget(row)  # the empty widget that held the page's place
            if stand_in is not None:
                self.pages.removeWidget(stand_in)
                stand_in.deleteLater()
            # A page wider than the screen (large text on a small monitor) scrolls instead of
            # pushing the window, and its buttons, off the screen.
            scroller = QScrollArea(objectName=f"scroll_{type(page).__name__}")
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setWidget(page)
            self.pages.insertWidget(row, scroller)
            self._built[row] = page
        return page

    def page(self, class_name: str) -> Page | None:
        """The page of that class (e.g. "HouseholdsPage"), built if needed; None if not installed."""
        for row, cls in enumerate(self.page_types):
            if cls.__name__ == class_name:
                return self.page_at(row)
        return None

    def show_page(self, page: Page) -> None:
        row = next(r for r, p in self._built.items() if p is page)
        self.navigation.setCurrentRow(row)

    def _on_navigate(self, row: int) -> None:
        if 0 <= row < len(self.page_types):
            fresh = row not in self._built
            page = self.page_at(row)
            self.pages.setCurrentIndex(row)
            if not fresh:  # a new page has just loaded its data
                page.refresh()

    def _on_households_page(self, action: str) -> None:
        page = self.page("HouseholdsPage")
        if page is not None:
            self.show_page(page)
            getattr(page, action)()

    def open_household(self, household_id: int) -> None:
        page = self.page("HouseholdsPage")
        if isinstance(page, HouseholdsPage):
            self.show_page(page)
            page.show_household(household_id)

    def _on_data_changed(self) -> None:
        self.update_due()
        name = self.station.settings.get().name or self.tr("(unnamed station)")
        self.station_label.setText(self.tr("Station: {name}").format(name=name))

    # --- file actions ----------------------------------------------------------------------------

    def backup_now(self) -> None:
        try:
            dest = run_with_progress(self, self.tr("Backing up…"), lambda report, cancelled: self.station.backup())
        except DeskError as exc:
            show_error(self, exc)
            return
        if dest is not None:
            QMessageBox.information(self, self.tr("Backup"), self.tr("Backed up to {path}").format(path=dest))

    def restore(self) -> None:
        dialog = RestoreDialog(self.station, self)
        if dialog.exec():
            self.reopen_requested.emit()

    # --- display settings ------------------------------------------------------------------------

    def set_text_scale(self, scale: int) -> None:
        self.settings.setValue("display/text_scale", scale)
        self.rebuild_requested.emit()

    def set_language(self, code: str) -> None:
        self.settings.setValue("display/language", code)
        self.rebuild_requested.emit()

    def save_geometry(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)

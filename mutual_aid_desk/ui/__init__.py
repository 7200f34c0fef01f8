"""The PySide6 window: pages, table models, dialogs. Everything here talks to the core services."""

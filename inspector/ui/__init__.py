"""The PySide6 desktop app. Only this package imports Qt; it calls the core services
(``inspector.workspace.Workspace``) and never opens a database session itself."""

"""The desktop app (PySide6 lives only in this package): main window, Audit and Training
workspaces, and the helpers that run core calls off the UI thread.

Start it with :func:`cx_trainer.ui.app.main` (``cx-trainer`` without arguments does).
"""

from cx_trainer.ui._compat import protect_singletons

protect_singletons()

__all__: list[str] = []

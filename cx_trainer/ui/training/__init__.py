"""The Training workspace: learners read lessons and test themselves, trainers run group
sessions, see everyone's results and edit the modules.

The main window shows :class:`TrainingWorkspaceWidget` on its Training page; everything else in
this package is private to it (views in ``library``, ``quiz``, ``present``, ``dashboard``,
``editor``; the shared state in ``context``; the answer widgets in ``questions``).
"""

from cx_trainer.ui.training.workspace import TrainingWorkspaceWidget

__all__ = ["TrainingWorkspaceWidget"]

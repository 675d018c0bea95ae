"""CX Trainer: keep customer communication consistent with policy, and train the staff.

The public API of the core (everything outside :mod:`cx_trainer.ui`, which alone uses Qt).
"""

__version__ = "0.1.0"

__all__ = ["__version__"]

"""``python -m cx_trainer``: the same as the ``cx-trainer`` command."""

import sys

from cx_trainer.cli import main

if __name__ == "__main__":
    sys.exit(main())

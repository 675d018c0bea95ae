"""The audit's choices that the command line offers before anything heavy is loaded: the
channels a text can appear in and when a folder is audited on several processes. (Importing
this module loads no language pipeline: ``cx-trainer --help`` stays fast.)"""

from __future__ import annotations

__all__ = ["CHANNELS", "PARALLEL_MIN", "PARALLEL_MIN_SPAWN"]

#: Where a text appears; rules and score targets may differ per channel.
CHANNELS = ("web", "email", "flyer", "social")

#: From this many files on, a folder is audited in worker processes (fork start).
PARALLEL_MIN = 200
#: The same where workers must be spawned (their start costs more).
PARALLEL_MIN_SPAWN = 1000

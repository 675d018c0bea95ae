"""The one policy question the UI answers itself: which topic a message is about.

Everything else about the policy sheet the UI asks :mod:`cx_trainer.policy` directly
(``load_policy``, the :class:`~cx_trainer.policy.PolicySheet` methods, ``topics``,
``topic_name``); validation and wording are the core's.
"""

from __future__ import annotations

from cx_trainer.policy import topics

__all__ = ["topic_in_text"]


def topic_in_text(text: str) -> str:
    """The topic whose id or name (in any language) ``text`` mentions ('' when none); the
    longest mention wins ("free-shipping threshold" over "shipping")."""
    folded = text.casefold()
    best, best_len = "", 0
    for topic_id, topic in topics().items():
        for name in (topic_id, *topic.name.values()):
            name = name.casefold()
            if name and name in folded and len(name) > best_len:
                best, best_len = topic_id, len(name)
    return best

"""The bad-files collection (see README.md here): generated at test time by :mod:`.generate`."""

"""Helpers for work over a whole registry at once: imports of 100,000 rows, tallies of a compound."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk pass.

    A bulk pass allocates hundreds of thousands of short-lived rows and keeps none of them in
    cycles; each automatic collection would walk every one of them again (a third of a 100,000-row
    import). Reference counting still frees them as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

"""Re-entrancy guard: records emitted while ocrshield itself is working (Presidio's own logging while it builds,
a library warning) must not recurse into the redactor, and must not be written raw either."""

from __future__ import annotations

import threading
from types import TracebackType

__all__ = ["inside_redaction", "is_inside_redaction"]

_state = threading.local()


def is_inside_redaction() -> bool:
    """True while this thread is inside an ocrshield redaction call."""
    return bool(getattr(_state, "depth", 0))


class _Inside:
    """A plain class, not `@contextmanager`: this runs on every log record and must cost nanoseconds."""

    __slots__ = ()

    def __enter__(self) -> None:
        _state.depth = getattr(_state, "depth", 0) + 1

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        _state.depth -= 1


_INSIDE = _Inside()


def inside_redaction() -> _Inside:
    return _INSIDE

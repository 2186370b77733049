"""Re-entrancy guard: records emitted while ocrshield itself is working (Presidio's own logging while it builds,
a library warning) must not recurse into the redactor, and must not be written raw either."""

from __future__ import annotations

import logging
import threading
from types import TracebackType

__all__ = ["inside_redaction", "is_inside_redaction", "quiet_engine_loggers"]

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


class _DuringRedaction(logging.Filter):
    """Drops a logger's records while this thread is inside an ocrshield redaction."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not is_inside_redaction()


_DURING_REDACTION = _DuringRedaction()
# Presidio logs at DEBUG on every call we make (recognizers returned, each operation with its offsets): chatter
# about ocrshield's internals that would flood an application's DEBUG logs, whichever logging library renders
# them. Its records emitted during our own calls are dropped at the source; at any other time they pass.
_ENGINE_LOGGERS = ("presidio-analyzer", "presidio-anonymizer")


def quiet_engine_loggers() -> None:
    """Install the filter on Presidio's loggers (idempotent). Called when an engine is first built."""
    for name in _ENGINE_LOGGERS:
        engine_logger = logging.getLogger(name)
        if _DURING_REDACTION not in engine_logger.filters:
            engine_logger.addFilter(_DURING_REDACTION)

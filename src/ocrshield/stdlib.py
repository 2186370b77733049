"""stdlib `logging` integration: a `logging.Filter` and a wrapping `logging.Handler`.

Where each belongs, so that no store handler ever sees a raw record:

* `RedactingFilter` on **each handler** that writes somewhere (`handler.addFilter(...)`, or `"filters"` of the
  handler in `dictConfig`). A filter on a *logger* only sees records logged on that very logger, not those
  that propagate up from child loggers, so a filter on the root logger protects nothing logged by `app.ocr`.
* `RedactingHandler(target)` wraps a handler: it redacts a copy of each record and hands it to the target,
  which formats it with its own formatter. Other handlers see the original record, so wrap every store.

Both redact the rendered message (then clear `args`, so `%d` with a non-number never crashes and nothing is
formatted twice), every `extra=` field, the exception (`exc_info` is rendered, redacted into `exc_text` and
cleared) and `stack_info`. Neither ever raises into the application: on an internal error the record becomes a
stub that says it was withheld.
"""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Mapping
from typing import Any

from ._engine import Redactor, default_redactor
from ._guard import is_inside_redaction

__all__ = ["RedactingFilter", "RedactingHandler", "redact_record"]

_MARK = "_ocrshield_redacted"
_STANDARD_ATTRS = frozenset(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {
    "message",
    "asctime",
    "taskName",
    _MARK,
}
WITHHELD = "<ocrshield: record withheld: redaction failed>"
_CONTAINERS = (Mapping, list, tuple, set, frozenset, bytes, bytearray)


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _redact_container(value: Any, redactor: Redactor) -> Any:
    if type(value) in _SCALARS:  # the common case, decided without an isinstance walk over ABCs
        return value
    return redactor.redact(value) if isinstance(value, _CONTAINERS) else value


def _render_message(record: logging.LogRecord, redactor: Redactor) -> Any:
    msg, args = record.msg, record.args
    if not args:
        if isinstance(msg, str):
            return redactor.redact_text(msg)
        if isinstance(msg, Mapping | list | tuple):
            return redactor.redact(msg)  # keeps its structure; the formatter renders it
        return redactor.redact_text(str(msg))
    # Containers among the args are redacted structurally first: their repr is not JSON, so field rules would
    # otherwise only see it as text. Strings and numbers are formatted as they are (`%d` must keep working).
    if type(args) is tuple and all(type(a) in _SCALARS for a in args):  # the common case
        try:
            return redactor.redact_text(record.getMessage())
        except Exception:  # bad format string or args: keep both, redacted, instead of a logging error
            return redactor.redact_text(f"{msg} {args!r}")
    # A mapping is redacted as one (its keys name the fields: `%(Password)s`); a tuple item by item.
    if isinstance(args, Mapping):
        safe_args: Any = _Missing(redactor._redact_fields(dict(args)))
    else:
        safe_args = tuple(_redact_container(a, redactor) for a in args)
    try:
        rendered = str(msg) % safe_args
    except Exception:  # `%d` given a placeholder, or a bad format: the redacted args beside the template
        rendered = f"{msg} {safe_args!r}"
    return redactor.redact_text(rendered)


class _Missing(dict[Any, Any]):
    """Redacted mapping args: a key that `Drop` removed formats as a placeholder instead of failing."""

    def __missing__(self, key: Any) -> str:
        return "<REDACTED>"


def redact_record(record: logging.LogRecord, redactor: Redactor | None = None) -> logging.LogRecord:
    """Redact `record` in place (message, args, extras, exception, stack) and return it. Never raises unless
    the redactor is strict; on failure the record is replaced by a stub."""
    if getattr(record, _MARK, False):
        return record
    redactor = redactor or default_redactor()
    try:
        record.msg = _render_message(record, redactor)
        record.args = None
        attrs = record.__dict__
        extras = attrs.keys() - _STANDARD_ATTRS
        if extras:  # redacted as one mapping: the names matter (`extra={"password": ...}`)
            redacted = redactor._redact_fields({key: attrs[key] for key in extras})
            for key in extras:
                attrs[key] = redacted.get(key) if isinstance(redacted, dict) else "<REDACTED:ERROR>"
        if record.exc_info and record.exc_info[0] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text = redactor.redact_text(text)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redactor.redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redactor.redact_text(record.stack_info)
        if "message" in record.__dict__:
            record.message = record.msg if isinstance(record.msg, str) else str(record.msg)
    except Exception:
        if redactor.strict:
            raise
        _withhold(record)
    record.__dict__[_MARK] = True
    return record


def _withhold(record: logging.LogRecord) -> None:
    record.msg = WITHHELD
    record.args = None
    record.exc_info = None
    record.exc_text = None
    record.stack_info = None
    for key in record.__dict__.keys() - _STANDARD_ATTRS:
        record.__dict__[key] = "<REDACTED:ERROR>"
    if "message" in record.__dict__:
        record.message = WITHHELD


class RedactingFilter(logging.Filter):
    """A `logging.Filter` that redacts each record in place before the handler formats it.

    Attach it to every handler that stores records (not to the root logger: see the module documentation).
    In `dictConfig`: ``"filters": {"pii": {"()": "ocrshield.RedactingFilter"}}`` and ``"filters": ["pii"]`` on
    each handler. Records that libraries emit while ocrshield itself is redacting (Presidio's own logging when
    it loads) are dropped: they would recurse, and they may quote the text being analysed.
    """

    def __init__(self, name: str = "", redactor: Redactor | None = None) -> None:
        super().__init__(name)
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        if is_inside_redaction():
            return False
        redact_record(record, self.redactor)  # every record, whatever `name` says: a name never exempts one
        return True


class RedactingHandler(logging.handlers.MemoryHandler):
    """Wraps a handler: each record is copied, redacted and handed to `target`, which formats it as usual.

    In `dictConfig`, give it as a `class` with the target's name, in any order of the handlers::

        "handlers": {
            "file": {"class": "logging.FileHandler", "filename": "ocr.log", "formatter": "plain"},
            "safe": {"class": "ocrshield.RedactingHandler", "target": "file"},
        }

    and attach only ``"safe"`` to loggers. (`dictConfig` resolves a handler named as `target`, configuring it
    first when needed, only for subclasses of `MemoryHandler`; that is the only reason this is one. It buffers
    nothing: every record is passed on at once.) `target` may also be a handler object, or the name of a handler
    configured already.
    """

    def __init__(
        self,
        target: logging.Handler | str,
        redactor: Redactor | None = None,
        level: int | str = logging.NOTSET,
    ) -> None:
        if isinstance(target, str):
            found = _handler_by_name(target)
            if found is None:
                raise ValueError(f"ocrshield.RedactingHandler: no handler named {target!r} is configured yet")
            target = found
        super().__init__(capacity=0, flushLevel=logging.CRITICAL + 1, target=target, flushOnClose=False)
        self.setLevel(level)
        self.target: logging.Handler = target
        self.redactor = redactor

    def emit(self, record: logging.LogRecord) -> None:
        if is_inside_redaction():
            return
        redactor = self.redactor or default_redactor()
        try:
            copy = logging.makeLogRecord(dict(record.__dict__))
            redact_record(copy, redactor)
        except Exception:
            if redactor.strict:
                raise
            return  # never `handleError(record)`: it prints the raw message and args to stderr
        if copy.levelno >= self.target.level:
            self.target.handle(copy)

    def shouldFlush(self, record: logging.LogRecord) -> bool:
        return False

    def setFormatter(self, fmt: logging.Formatter | None) -> None:
        """Formatting is the target's job; a formatter set here is passed on to it."""
        self.target.setFormatter(fmt)

    def flush(self) -> None:
        self.target.flush()

    def close(self) -> None:
        try:
            self.target.close()
        finally:
            logging.Handler.close(self)


def _handler_by_name(name: str) -> logging.Handler | None:
    getter = getattr(logging, "getHandlerByName", None)  # Python 3.12+
    if getter is not None:
        found: logging.Handler | None = getter(name)
        return found
    ref: logging.Handler | None = logging._handlers.get(name)  # type: ignore[attr-defined]  # 3.10/3.11
    return ref

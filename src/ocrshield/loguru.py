"""loguru integration: a patcher that redacts every record before any sink sees it.

Call `install()` once at start-up (before or after `logger.add(...)`, it does not matter)::

    from loguru import logger
    import ocrshield.loguru

    ocrshield.loguru.install()

Why a patcher on loguru's core, installed by `install()` (read from loguru 0.7's source):

* loguru runs the core's patcher (the one `logger.configure(patcher=...)` sets, kept in ``logger._core``) on
  every record of every module's `logger` — and of every `bind()`/`opt()`/`patch()` child, which share that
  core — after the message is formatted and before the record reaches any sink: text sinks, `serialize=True`
  sinks, callables, stdlib handlers, loguru's default stderr sink and sinks added later. Wrapping sinks
  instead would protect only the sinks someone remembered to wrap, and a sink only ever sees the exception
  as text already formatted, local variables included.
* `logger.patch(p)` returns a *new* logger: modules that did `from loguru import logger` stay unpatched. And
  `logger.configure(patcher=p)` *replaces* the core's patcher: a later call by the application or a library
  would silently switch the redaction off. `install()` therefore makes the core keep it: a patcher configured
  before or after `install()` still runs, first, and the redaction always runs after it, so what that
  patcher adds to the record is redacted too. `uninstall()` restores loguru's own behaviour.
* Patchers given to `logger.patch()` run after the core's: a value one of them adds is not redacted. Add such
  values with `bind()`, `contextualize()` or a `configure(patcher=...)` patcher instead.

What the patcher redacts: `record["message"]` (already formatted: `{}` arguments, `opt(lazy=True)` results,
`opt(record=True)` fields), `record["extra"]` (everything `configure(extra=)`, `bind()`, `contextualize()`
and keyword arguments add; redacted as one mapping, so key names such as `id_number` count, nested payloads
included; dates, times, UUIDs and decimals stay objects when their text needs no change, any other object
becomes its redacted text, since `{extra}` shows its repr), and `record["exception"]`.

Exceptions: each sink formats `record["exception"]` (type, value, traceback) itself, walking the traceback's
frames; with `diagnose=True`, loguru's default, it prints their local variables, so an ID number held in a
local variable would reach the log even when the message is clean. The patcher formats the exception as the
standard library does (file, line, function and source line; never variables), redacts that text, and puts a
`RedactedException` without a traceback in its place whose formatted text is exactly that redacted traceback.
Every sink, whatever its `diagnose` and `backtrace`, writes the redacted traceback and has no frame left to
read variables from; frames above the point where the exception was caught (`backtrace=True`) are not shown.
`serialize=True` sinks get the redacted message as the exception's `value` (and `"traceback": false`).

The patcher never raises into the application: if redaction fails, the record's message becomes a stub that
says it was withheld, every `extra` value a placeholder and the exception a stub. Records that arrive while
ocrshield itself is redacting (Presidio's own logging routed into loguru by an `InterceptHandler`) are
dropped: they would recurse, and they may quote the text being analysed.
"""

from __future__ import annotations

import datetime
import decimal
import traceback
import uuid
import warnings
from typing import TYPE_CHECKING, Any

import loguru._logger as _loguru_logger

from ._engine import ERROR_PLACEHOLDER, Redactor, default_redactor
from ._guard import is_inside_redaction
from .stdlib import WITHHELD

if TYPE_CHECKING:
    from loguru import Logger, Record, RecordException

__all__ = ["RedactedException", "RedactingPatcher", "install", "uninstall"]

EXCEPTION_WITHHELD = "<ocrshield: exception withheld: redaction failed>"
# The engine represents objects other than strings, numbers and containers by their (redacted) text. These few
# are put back as themselves when their text needed no change (so `{extra[when]:%Y}` formats still work): their
# repr and format show the same data as their text. Any other object could show more in its repr (`{extra}`).
_KEPT = (datetime.date, datetime.time, datetime.timedelta, uuid.UUID, decimal.Decimal)


class RedactedException(Exception):
    """Stands in for a logged exception in a redacted loguru record.

    Its class name is the original's (`ValueError`), `str()` is the redacted message, and loguru formats it as
    the redacted standard traceback. It has no traceback of its own, so no sink can show frame variables.
    `record["exception"].type` is still the original type.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # `enqueue=True` sinks pickle records; the class is made per record, so it is rebuilt, not looked up.
        return (_rebuild, (type(self).__name__, type(self).__qualname__, str(self)))


def _surrogate(name: str, text_before_message: str, message: str) -> RedactedException:
    # `traceback.format_exception_only()` (which loguru's formatter calls) writes `<qualname>: <str>` for a class
    # of `builtins`: the redacted traceback up to the exception's type name is the qualname, the redacted message
    # the str. The class is named like the original, for `serialize=True` and `repr()`.
    cls: type[RedactedException] = type(
        name, (RedactedException,), {"__qualname__": text_before_message, "__module__": "builtins"}
    )
    return cls(message)


def _rebuild(name: str, text_before_message: str, message: str) -> RedactedException:
    return _surrogate(name, text_before_message, message)


def _type_name(exc_type: type[BaseException]) -> str:
    # As `traceback.TracebackException` writes it.
    name, module = exc_type.__qualname__, exc_type.__module__
    return name if module in ("__main__", "builtins") else f"{module}.{name}"


def _redact_exception(exception: RecordException, redactor: Redactor) -> RecordException:
    exc_type, value, tb = exception
    if not isinstance(value, BaseException):  # a hand-made tuple: whatever it holds is shown as redacted text
        surrogate = _surrogate("Exception", "Exception", redactor.redact_text(str(value)))
        return type(exception)(exc_type, surrogate, None)
    full = "".join(traceback.format_exception(type(value), value, tb))
    only = traceback.format_exception_only(type(value), value)
    tail = "".join(only)
    stype = _type_name(type(value))
    # The final `Type: message` line is the first unindented one (a SyntaxError puts its source lines before).
    index = next((i for i, line in enumerate(only) if not line.startswith(" ")), None)
    if index is not None and full.endswith(tail) and only[index].startswith(stype):
        before = full[: len(full) - len(tail)] + "".join(only[:index]) + stype
        rest = only[index][len(stype) :]
        message = (rest[2:] if rest.startswith(": ") else rest.lstrip("\n")) + "".join(only[index + 1 :])
        message = message[:-1] if message.endswith("\n") else message
    else:  # an exception group, whose sub-exceptions follow its own line: the whole text in front, no message
        before, message = full.rstrip("\n"), ""
    surrogate = _surrogate(type(value).__name__, redactor.redact_text(before), redactor.redact_text(message))
    return type(exception)(exc_type, surrogate, None)


def _redact_mapping(values: dict[Any, Any], redactor: Redactor) -> dict[Any, Any]:
    others = {k: v for k, v in values.items() if isinstance(v, _KEPT)}
    redacted = redactor._redact_fields(values)
    if not isinstance(redacted, dict):  # the engine failed closed on the whole mapping
        return {key: ERROR_PLACEHOLDER for key in values}
    for key, value in others.items():
        if key in redacted and redacted[key] == _text(value):
            redacted[key] = value
    return redacted


def _text(value: Any) -> str | None:
    try:
        return str(value)
    except Exception:
        return None


class RedactingPatcher:
    """A loguru patcher (`Callable[[Record], None]`) that redacts the record in place.

    `install()` puts one on loguru's core so that it stays there; it can also be given by hand to
    `logger.configure(patcher=...)` (a later `configure(patcher=...)` replaces it) or `logger.patch(...)` (covers
    only the logger that call returns). `redactor` defaults to `ocrshield.default_redactor()`, looked up on the
    first record.
    """

    __slots__ = ("redactor",)

    def __init__(self, redactor: Redactor | None = None) -> None:
        self.redactor = redactor

    def __repr__(self) -> str:
        return f"RedactingPatcher(redactor={self.redactor!r})"

    def __call__(self, record: Record) -> None:
        if is_inside_redaction():
            _drop(record)
            return
        redactor = self.redactor or default_redactor()
        try:
            record["message"] = redactor.redact_text(record["message"])
            if record["extra"]:
                record["extra"] = _redact_mapping(record["extra"], redactor)
            exception = record["exception"]
            if exception is not None and exception.value is not None:  # `opt(exception=True)` with none to show
                record["exception"] = _redact_exception(exception, redactor)
        except Exception:
            if redactor.strict:
                raise
            _withhold(record)


def _withhold(record: Record) -> None:
    record["message"] = WITHHELD
    try:
        record["extra"] = dict.fromkeys(record["extra"], ERROR_PLACEHOLDER)  # a format may name the keys
    except Exception:
        record["extra"] = {}
    exception = record["exception"]
    if exception is not None:
        record["exception"] = type(exception)(RedactedException, RedactedException(EXCEPTION_WITHHELD), None)


def _drop(record: Record) -> None:
    # A patcher cannot drop a record, but no sink accepts a level below 0 (`logger.add` refuses one).
    level = record["level"]
    record["level"] = type(level)(level.name, -1, level.icon)  # type: ignore[call-arg]  # loguru's RecordLevel
    _withhold(record)


# -- keeping the patcher on the core ---------------------------------------------------------------------------

_Core: Any = getattr(_loguru_logger, "Core", None)
_REDACT, _USER, _CHAIN = "_ocrshield_redact", "_ocrshield_user", "_ocrshield_chain"


class _Chain:
    """The patcher configured by the application (first), then the redaction."""

    __slots__ = ("first", "redact")

    def __init__(self, first: Any, redact: RedactingPatcher) -> None:
        self.first = first
        self.redact = redact

    def __call__(self, record: Record) -> None:
        if self.first is not None:
            self.first(record)
        self.redact(record)


if _Core is not None:

    class _ShieldedCore(_Core):  # type: ignore[misc]  # loguru's core is untyped
        """loguru's core whose `patcher` attribute always ends with the redaction: `configure(patcher=p)`
        sets what runs before it."""

        @property
        def patcher(self) -> _Chain:
            chain: _Chain = self.__dict__[_CHAIN]
            return chain

        @patcher.setter
        def patcher(self, value: Any) -> None:
            self.__dict__[_USER] = value
            self.__dict__[_CHAIN] = _Chain(value, self.__dict__[_REDACT])


def _default_logger() -> Logger:
    from loguru import logger

    return logger


def install(logger: Logger | None = None, redactor: Redactor | None = None) -> RedactingPatcher:
    """Redact every record of `logger` (default: loguru's global `logger`) before any sink sees it; returns the
    patcher.

    Composes with the patcher already configured (it runs first) and keeps the redaction in place when
    `logger.configure(patcher=...)` is called later. Covers every module's `logger`, its `bind()`/`opt()`
    children and every sink, including sinks added afterwards. Calling it again only changes the redactor.
    """
    logger = logger if logger is not None else _default_logger()
    core: Any = getattr(logger, "_core", None)  # loguru keeps its shared state, the patcher included, here
    if _Core is not None and (type(core) is _ShieldedCore or (type(core) is _Core and "patcher" in vars(core))):
        with core.lock:
            if isinstance(core, _ShieldedCore):
                patcher: RedactingPatcher = core.__dict__[_REDACT]
                patcher.redactor = redactor
                return patcher
            patcher = RedactingPatcher(redactor)
            user = core.__dict__.pop("patcher", None)
            core.__dict__[_REDACT] = patcher
            core.__class__ = _ShieldedCore
            core.patcher = user  # through the property: the application's patcher, then the redaction
        return patcher
    # Not the loguru this was written against: compose once, through the public API.
    warnings.warn(
        "ocrshield.loguru.install: unknown loguru internals; a later configure(patcher=...) will replace the "
        "redaction",
        RuntimeWarning,
        stacklevel=2,
    )
    patcher = RedactingPatcher(redactor)
    logger.configure(patcher=_Chain(getattr(core, "patcher", None), patcher))
    return patcher


def uninstall(logger: Logger | None = None) -> None:
    """Undo `install()`: the core keeps only the patcher the application configured. No-op if not installed."""
    logger = logger if logger is not None else _default_logger()
    core: Any = logger._core  # type: ignore[attr-defined]
    with core.lock:
        if _Core is None or not isinstance(core, _ShieldedCore):
            return
        user = core.__dict__.pop(_USER, None)
        for key in (_REDACT, _CHAIN):
            core.__dict__.pop(key, None)
        core.__class__ = _Core
        core.patcher = user


"""structlog integration: a processor that redacts the event dict before the renderer renders it.

Put `RedactingProcessor()` last before the renderer, so that it sees everything the chain has added::

    structlog.configure(processors=[
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso"),
        structlog.processors.StackInfoRenderer(),
        structlog.processors.format_exc_info,   # or dict_tracebacks
        ocrshield.structlog.RedactingProcessor(),
        structlog.processors.JSONRenderer(),
    ])

* After `format_exc_info` / `dict_tracebacks`, `StackInfoRenderer`, `ExtraAdder` and
  `PositionalArgumentsFormatter`: what they add (the rendered traceback, the stack, a stdlib record's `extra=`
  fields, the formatted message) is then redacted too. It copes with being placed earlier all the same: it
  renders `exc_info` itself (plain traceback, redacted, into `exception`) and formats `positional_args` into
  `event`, so nothing raw is left for a later processor to render.
* Before the renderer (`JSONRenderer`, `ConsoleRenderer`, `KeyValueRenderer`, `LogfmtRenderer`, ...).
  `ConsoleRenderer` would otherwise format `exc_info` with Rich, local variables included: with the processor
  before it, it prints the redacted traceback instead.
* With the stdlib integration, put it in `structlog.stdlib.ProcessorFormatter(processors=[...])` after
  `ProcessorFormatter.remove_processors_meta` (or after `ExtraAdder`): every record is redacted there, those
  logged with structlog and those from plain `logging` (third-party libraries) alike. It also works in
  `foreign_pre_chain`. Leave `keep_exc_info` and `keep_stack_info` at False: otherwise `logging.Formatter`
  appends the raw traceback after the processors have run.

What it redacts: every key/value of the event dict as one mapping (key names such as `id_number` or `Name`
count; nested payloads and JSON held in strings included), the `event` string, the `exception` text, and
the stacks of `dict_tracebacks` output: messages and source lines redacted, file, line and function names
kept, local variables removed (they hold raw data by nature). Dates, times, UUIDs and decimals are kept as
they are when their text needs no change; any other object is replaced by its redacted text (its repr, which
renderers use, could show more). ProcessorFormatter's `_record` / `_from_structlog` pass through untouched.

It never raises into the application: if redaction fails, the event becomes a stub that says it was
withheld and every other value a placeholder. Presidio logs at DEBUG on each redaction; with the root logger
at DEBUG those records would reach a `ProcessorFormatter` handler in the middle of a redaction, and a
formatter cannot drop a record (`structlog.DropEvent` escapes `logging`'s error handling). So the processor,
when created, puts a filter on Presidio's two loggers that drops their records while ocrshield is redacting,
and only then; any other record logged during a redaction is written as a stub that says it was withheld.
"""

from __future__ import annotations

import datetime
import decimal
import sys
import traceback
import uuid
from collections.abc import Mapping
from types import TracebackType
from typing import Any

from structlog.typing import EventDict, WrappedLogger

from ._engine import ERROR_PLACEHOLDER, Redactor, default_redactor
from ._guard import is_inside_redaction, quiet_engine_loggers
from .stdlib import WITHHELD

__all__ = ["RedactingProcessor"]

EXCEPTION_WITHHELD = "<ocrshield: exception withheld: redaction failed>"
RECURSION_WITHHELD = "<ocrshield: record withheld: logged during redaction>"
_META = ("_record", "_from_structlog")  # ProcessorFormatter's own keys: the LogRecord, and where it came from
# The engine represents objects other than strings, numbers and containers by their (redacted) text. These few
# are put back as themselves when their text needed no change (a renderer or a later processor may want the
# object): their repr shows the same data as their text. Any other object could show more in its repr, which
# `JSONRenderer` and `ConsoleRenderer` write.
_KEPT = (datetime.date, datetime.time, datetime.timedelta, uuid.UUID, decimal.Decimal)


class RedactingProcessor:
    """A structlog processor that returns a redacted copy of the event dict.

    Place it last before the renderer (see the module documentation). `redactor` defaults to
    `ocrshield.default_redactor()`, looked up on the first event.
    """

    __slots__ = ("redactor",)

    def __init__(self, redactor: Redactor | None = None) -> None:
        self.redactor = redactor
        quiet_engine_loggers()

    def __repr__(self) -> str:
        return f"RedactingProcessor(redactor={self.redactor!r})"

    def __call__(self, logger: WrappedLogger, method_name: str, event_dict: EventDict) -> EventDict:
        meta = {key: event_dict[key] for key in _META if key in event_dict}
        if is_inside_redaction():  # logged by something the engine called: it may quote the text under analysis
            return {"event": RECURSION_WITHHELD, **meta}
        redactor = self.redactor or default_redactor()
        try:
            return _redact(event_dict, redactor, meta)
        except Exception:
            if redactor.strict:
                raise
            return _withheld(event_dict, meta)


def _redact(event_dict: EventDict, redactor: Redactor, meta: dict[str, Any]) -> EventDict:
    data = {key: value for key, value in event_dict.items() if key not in meta}
    args = data.pop("positional_args", None)
    if args:
        data["event"] = _format_args(data.get("event"), args, redactor)
    if "exc_info" in data:
        exc_info = _exc_info(data.pop("exc_info"))
        if exc_info is not None:
            data["exception"] = _format_exception(exc_info)
    if data.pop("stack_info", False):  # placed before `StackInfoRenderer`: render the stack here, redacted below
        data["stack"] = "".join(traceback.format_stack()[:-4]).rstrip("\n")
    trace = data.get("exception") if isinstance(data.get("exception"), list) else None  # `dict_tracebacks`
    if trace is not None:
        data["exception"] = None  # redacted below, on its own; the key keeps its place
    others = {key: value for key, value in data.items() if isinstance(value, _KEPT)}
    redacted = redactor._redact_fields(data)
    if not isinstance(redacted, dict):  # the engine failed closed on the whole mapping
        return _withheld(event_dict, meta)
    for key, value in others.items():
        if key in redacted and redacted[key] == _text(value):
            redacted[key] = value
    if trace is not None:
        redacted["exception"] = _redact_trace(trace, redactor)
    redacted.update(meta)
    return redacted


def _format_args(event: Any, args: Any, redactor: Redactor) -> Any:
    """`event % positional_args`, as `PositionalArgumentsFormatter` would; containers redacted first (their repr
    is not JSON), the result redacted with the rest. A format that fails keeps both, instead of raising."""
    if isinstance(args, tuple) and len(args) == 1 and isinstance(args[0], dict) and args[0]:
        args = args[0]
    safe = redactor._redact_fields(args) if isinstance(args, Mapping) else tuple(
        redactor.redact(a) if isinstance(a, Mapping | list | tuple | set | frozenset | bytes | bytearray) else a
        for a in (args if isinstance(args, tuple) else (args,))
    )
    try:
        return str(event) % safe
    except Exception:
        return f"{event} {safe!r}"


def _exc_info(value: Any) -> tuple[type[BaseException], BaseException, TracebackType | None] | None:
    # As structlog reads `exc_info`: an exception, an exc_info tuple, or anything true for the current one.
    if isinstance(value, BaseException):
        return type(value), value, value.__traceback__
    if isinstance(value, tuple) and len(value) == 3 and isinstance(value[1], BaseException):
        return type(value[1]), value[1], value[2] if isinstance(value[2], TracebackType) else None
    if value:
        current = sys.exc_info()
        if current[1] is not None:
            return type(current[1]), current[1], current[2]
    return None


def _format_exception(exc_info: tuple[type[BaseException], BaseException, TracebackType | None]) -> str:
    # As `structlog.processors.format_exc_info` renders it: the standard traceback, no local variables.
    return "".join(traceback.format_exception(*exc_info)).rstrip("\n")


def _redact_trace(value: Any, redactor: Redactor) -> Any:
    """`dict_tracebacks` output, value by value: a frame's `name` is a function's, which the engine would take for
    a person's name if it saw the key. Frame variables are removed."""
    if isinstance(value, list):
        return [_redact_trace(v, redactor) for v in value]
    if not isinstance(value, dict):
        return redactor.redact(value)
    frame = "lineno" in value and "filename" in value
    return {key: _redact_trace(item, redactor) for key, item in value.items() if not (frame and key == "locals")}


def _text(value: Any) -> str | None:
    try:
        return str(value)
    except Exception:
        return None


def _withheld(event_dict: EventDict, meta: dict[str, Any]) -> EventDict:
    stub: dict[str, Any] = {"event": WITHHELD}
    try:
        for key in event_dict:
            if key in ("event", "positional_args") or key in meta:
                continue
            stub[key] = EXCEPTION_WITHHELD if key in ("exc_info", "exception") else ERROR_PLACEHOLDER
    except Exception:  # the mapping itself is broken: the stub alone
        pass
    if "exc_info" in stub:
        stub["exception"] = stub.pop("exc_info")  # a renderer would format a true `exc_info` itself, raw
    stub.update(meta)
    return stub

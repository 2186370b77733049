"""OpenTelemetry integration: span and log-record processors and exporters that redact before export.

Where each piece goes, so that no exporter ever sees a raw span or record:

* **Traces.** A span cannot be changed after `end()`: the `ReadableSpan` that processors receive is a frozen
  snapshot. `RedactingSpanProcessor` therefore *wraps* the processor that exports, and hands it a new span
  rebuilt from a redacted copy::

      provider.add_span_processor(RedactingSpanProcessor(BatchSpanProcessor(OTLPSpanExporter())))

  Add only the wrapper: a processor added beside it still gets the raw span. `on_start` is passed on unchanged
  (attributes set later are redacted at `on_end` like the others).
* `RedactingSpanExporter(exporter)` does the same one step later, for pipelines whose processors you do not
  build yourself (a distro, auto-instrumentation). Behind a `BatchSpanProcessor` it also moves the cost of
  redaction from the thread that ends the span to the export thread.
* **Logs.** A log record may be changed in place until it is exported, and the `LoggerProvider` calls its
  processors in the order they were added. Add `RedactingLogRecordProcessor()` **before** the batch or simple
  processor that exports; added after it, it runs too late. `RedactingLogExporter(exporter)` wraps the exporter
  instead, where that order cannot be controlled.

What is redacted: span names, attributes, event names and attributes (the `exception.message` and
`exception.stacktrace` of recorded exceptions too), link attributes, status descriptions and resource
attributes; a log record's body (text, or a mapping/list), attributes (with the exception ones) and resource.
Attribute mappings are redacted as one payload, so field names count and JSON held in a string (a logged
request or response body) is redacted as JSON; sequences are redacted element-wise and stay valid attribute
values. Ids, timestamps, kind, parent, links' contexts and status codes pass unchanged.

None of them ever raises into the application or drops a span or record: if redaction fails, every text value
is replaced by `WITHHELD` and the span keeps its ids, timing, kind, parent and status code. Under a strict
`Redactor` (tests) the error surfaces instead.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from opentelemetry._logs import LogRecord
from opentelemetry.attributes import BoundedAttributes
from opentelemetry.context import Context
from opentelemetry.sdk._logs import LogRecordProcessor, ReadableLogRecord, ReadWriteLogRecord
from opentelemetry.sdk._logs.export import LogRecordExporter, LogRecordExportResult
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import Event, ReadableSpan, Span, SpanProcessor
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult
from opentelemetry.sdk.util import BoundedList
from opentelemetry.trace import Link, Status

from ._engine import Redactor, default_redactor
from ._guard import is_inside_redaction

__all__ = ["RedactingLogExporter", "RedactingLogRecordProcessor", "RedactingSpanExporter", "RedactingSpanProcessor"]

WITHHELD = "<ocrshield: withheld: redaction failed>"
_SEQUENCE_ITEMS = (str, bool, int, float)


class _Scrubber:
    """Redacts spans and log records for one processor or exporter."""

    def __init__(self, redactor: Redactor | None) -> None:
        self.redactor = redactor
        # The provider's resource is the same object for every span: redacted once per redactor.
        self._resource: tuple[Resource, Redactor, Resource] | None = None

    def span(self, span: ReadableSpan) -> ReadableSpan:
        if is_inside_redaction():  # ended while ocrshield itself works: never recurse into it
            return _withheld_span(span)
        redactor = self.redactor or default_redactor()
        try:
            return self._span(span, redactor)
        except Exception:
            if redactor.strict:
                raise
            return _withheld_span(span)

    def _span(self, span: ReadableSpan, r: Redactor) -> ReadableSpan:
        status = span.status
        if status.description:
            status = Status(status.status_code, r.redact_text(status.description))
        events = [
            Event(r.redact_text(e.name), self._attributes(e.attributes, r, e.dropped_attributes), e.timestamp)
            for e in span.events
        ]
        links = [Link(k.context, self._attributes(k.attributes, r, k.dropped_attributes)) for k in span.links]
        return ReadableSpan(
            name=r.redact_text(span.name),
            context=span.context,
            parent=span.parent,
            resource=self.resource(span.resource, r),
            attributes=self._attributes(span.attributes, r, span.dropped_attributes),
            events=_with_dropped_items(events, span.dropped_events),
            links=_with_dropped_items(links, span.dropped_links),
            kind=span.kind,
            status=status,
            start_time=span.start_time,
            end_time=span.end_time,
            instrumentation_scope=span.instrumentation_scope,
        )

    @staticmethod
    def _attributes(attributes: Mapping[str, Any] | None, r: Redactor, dropped: int) -> Mapping[str, Any] | None:
        if not attributes:
            return attributes
        redacted = r._redact_fields(dict(attributes))
        if not isinstance(redacted, dict):  # the engine failed closed on the whole mapping
            return _withheld_attributes(attributes)
        return _with_dropped({k: _attribute_value(v) for k, v in redacted.items()}, dropped)

    def resource(self, resource: Resource, r: Redactor) -> Resource:
        cached = self._resource
        if cached is not None and cached[0] is resource and cached[1] is r:
            return cached[2]
        redacted = r._redact_fields(dict(resource.attributes))
        if not isinstance(redacted, dict):
            redacted = _withheld_attributes(resource.attributes)
        out = Resource({k: _attribute_value(v) for k, v in redacted.items()}, resource.schema_url)
        self._resource = (resource, r, out)
        return out

    def log(self, record: LogRecord, resource: Resource | None) -> Resource | None:
        """Redact `record` in place; return its resource, redacted."""
        if is_inside_redaction():
            _withhold_log(record)
            return _withheld_resource(resource)
        redactor = self.redactor or default_redactor()
        try:
            body = record.body
            if isinstance(body, str):
                record.body = redactor.redact_text(body)
            elif body is not None and not _small_number(body):  # a mapping, a list, bytes, a long number
                record.body = redactor.redact(body)
            if record.attributes:
                redacted = redactor._redact_fields(dict(record.attributes))
                if not isinstance(redacted, dict):
                    redacted = _withheld_attributes(record.attributes)
                record.attributes = _like(record.attributes, redacted)
            # Its message and traceback are in the exception attributes, redacted: the object itself goes.
            record.exception = None
            return None if resource is None else self.resource(resource, redactor)
        except Exception:
            if redactor.strict:
                raise
            _withhold_log(record)
            return _withheld_resource(resource)


def _attribute_value(value: Any) -> Any:
    """A redacted value that is still a valid attribute value: a sequence stays homogeneous (an ID number in a
    sequence of ints becomes a placeholder, so that sequence becomes one of strings)."""
    if isinstance(value, list | tuple):
        kinds = {type(v) for v in value if v is not None}
        if len(kinds) > 1 or not kinds <= set(_SEQUENCE_ITEMS):
            return tuple(v if v is None else str(v) for v in value)
    return value


def _small_number(value: Any) -> bool:
    return isinstance(value, bool) or (isinstance(value, int | float) and abs(value) < 10**5)


def _withheld_attributes(attributes: Mapping[str, Any]) -> dict[str, Any]:
    """Every value that could hold personal data replaced by `WITHHELD`; the keys are kept."""
    try:
        return {k: v if _small_number(v) else WITHHELD for k, v in attributes.items()}
    except Exception:
        return {}


def _with_dropped(redacted: dict[str, Any], dropped: int) -> Mapping[str, Any]:
    """`redacted`, still counting the attributes the SDK dropped for its limits (exporters report the count)."""
    if not dropped:
        return redacted
    bounded = BoundedAttributes(attributes=redacted)
    bounded.dropped = dropped
    return bounded


def _with_dropped_items(redacted: list[Any], dropped: int) -> Sequence[Any]:
    if not dropped:
        return redacted
    bounded = BoundedList.from_seq(None, redacted)
    bounded.dropped = dropped
    return bounded


def _like(original: Mapping[str, Any], redacted: dict[str, Any]) -> Mapping[str, Any]:
    """A log record's attributes: still bounded by the same limits (later processors may add to them)."""
    if not isinstance(original, BoundedAttributes):
        return redacted
    bounded = BoundedAttributes(
        maxlen=original.maxlen, attributes=redacted, immutable=False, max_value_len=original.max_value_len
    )
    bounded.dropped = original.dropped
    return bounded


def _withheld_span(span: ReadableSpan) -> ReadableSpan:
    """The span with every text withheld: ids, timing, kind, parent, link contexts and status code kept."""
    return ReadableSpan(
        name=WITHHELD,
        context=span.context,
        parent=span.parent,
        resource=_withheld_resource(span.resource),
        attributes=_withheld_attributes(span.attributes or {}),
        events=[Event(WITHHELD, _withheld_attributes(e.attributes or {}), e.timestamp) for e in span.events],
        links=[Link(link.context, _withheld_attributes(link.attributes or {})) for link in span.links],
        kind=span.kind,
        status=Status(span.status.status_code, WITHHELD if span.status.description else None),
        start_time=span.start_time,
        end_time=span.end_time,
        instrumentation_scope=span.instrumentation_scope,
    )


def _withheld_resource(resource: Resource | None) -> Resource | None:
    return None if resource is None else Resource(_withheld_attributes(resource.attributes), resource.schema_url)


def _withhold_log(record: LogRecord) -> None:
    record.body = WITHHELD
    record.attributes = _withheld_attributes(record.attributes or {})
    record.exception = None


class RedactingSpanProcessor(SpanProcessor):
    """Wraps the span processor that exports (`BatchSpanProcessor`, `SimpleSpanProcessor`, ...): each ended span
    is rebuilt from a redacted copy and handed to it.

    ``provider.add_span_processor(RedactingSpanProcessor(BatchSpanProcessor(exporter)))``. `on_start`,
    `shutdown` and `force_flush` are passed on as they are.
    """

    def __init__(self, inner_processor: SpanProcessor, redactor: Redactor | None = None) -> None:
        self.inner_processor = inner_processor
        self._scrubber = _Scrubber(redactor)

    @property
    def redactor(self) -> Redactor | None:
        """The redactor given, or None for `ocrshield.default_redactor()` (resolved at the first span)."""
        return self._scrubber.redactor

    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        self.inner_processor.on_start(span, parent_context=parent_context)

    def on_end(self, span: ReadableSpan) -> None:
        self.inner_processor.on_end(self._scrubber.span(span))

    def shutdown(self) -> None:
        self.inner_processor.shutdown()

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return self.inner_processor.force_flush(timeout_millis)


class RedactingSpanExporter(SpanExporter):
    """Wraps a span exporter: each span of a batch is rebuilt from a redacted copy before `inner_exporter` gets
    it. For pipelines whose processors you do not build; otherwise `RedactingSpanProcessor` protects every
    exporter behind one processor."""

    def __init__(self, inner_exporter: SpanExporter, redactor: Redactor | None = None) -> None:
        self.inner_exporter = inner_exporter
        self._scrubber = _Scrubber(redactor)

    @property
    def redactor(self) -> Redactor | None:
        """The redactor given, or None for `ocrshield.default_redactor()` (resolved at the first span)."""
        return self._scrubber.redactor

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        return self.inner_exporter.export([self._scrubber.span(span) for span in spans])

    def shutdown(self) -> None:
        self.inner_exporter.shutdown()

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return self.inner_exporter.force_flush(timeout_millis)


class RedactingLogRecordProcessor(LogRecordProcessor):
    """Redacts each log record in place (body, attributes, resource) for the processors added after it.

    Add it to the `LoggerProvider` **before** the processor that exports::

        provider.add_log_record_processor(RedactingLogRecordProcessor())
        provider.add_log_record_processor(BatchLogRecordProcessor(exporter))

    The record's `exception` object is cleared: its message and stack trace are in the `exception.*`
    attributes, redacted.
    """

    def __init__(self, redactor: Redactor | None = None) -> None:
        self._scrubber = _Scrubber(redactor)

    @property
    def redactor(self) -> Redactor | None:
        """The redactor given, or None for `ocrshield.default_redactor()` (resolved at the first record)."""
        return self._scrubber.redactor

    def on_emit(self, log_record: ReadWriteLogRecord) -> None:
        log_record.resource = self._scrubber.log(log_record.log_record, log_record.resource)

    def shutdown(self) -> None:
        return None

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return True


class RedactingLogExporter(LogRecordExporter):
    """Wraps a log exporter: each record of a batch is copied and redacted before `inner_exporter` gets it. For
    pipelines where `RedactingLogRecordProcessor` cannot be added before the exporting processor."""

    def __init__(self, inner_exporter: LogRecordExporter, redactor: Redactor | None = None) -> None:
        self.inner_exporter = inner_exporter
        self._scrubber = _Scrubber(redactor)

    @property
    def redactor(self) -> Redactor | None:
        """The redactor given, or None for `ocrshield.default_redactor()` (resolved at the first record)."""
        return self._scrubber.redactor

    def export(self, batch: Sequence[ReadableLogRecord]) -> LogRecordExportResult:
        return self.inner_exporter.export([self._copy(record) for record in batch])

    def _copy(self, record: ReadableLogRecord) -> ReadableLogRecord:
        log_record = copy.copy(record.log_record)  # the original may be shared with other processors
        resource = self._scrubber.log(log_record, record.resource)
        return dataclasses.replace(
            record, log_record=log_record, resource=record.resource if resource is None else resource
        )

    def shutdown(self) -> None:
        self.inner_exporter.shutdown()  # type: ignore[no-untyped-call]  # unannotated in the SDK

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return self.inner_exporter.force_flush(timeout_millis)

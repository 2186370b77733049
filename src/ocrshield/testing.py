"""Helpers for your own test suite: prove that your logs, spans and records hold no personal data.

Plant known values, run your real pipeline, then assert on what it *wrote*::

    from ocrshield.testing import assert_no_pii, sample_payloads

    sample = sample_payloads()["IDCardOCR"]          # a real-shaped response with fake, valid-looking values
    my_service.handle(sample.payload)                # logs it through your handlers / spans / sinks
    assert_no_pii(log_file.read_text(), sample.planted, operational=sample.operational)

`assert_no_pii` fails when a planted value appears in the output (verbatim, JSON-escaped or `\\uXXXX`-escaped),
when an operational value you name is missing (over-redaction), or when ocrshield's own scan finds personal data
in the output that you did not plant. Its failure message names entity types, paths and positions, never the
values, so a failing CI run does not copy personal data into its own logs.

For OpenTelemetry, `SpanCapture` and `LogRecordCapture` are exporters that serialise each span or record inside
`export()`. In-memory exporters keep references to the objects, so a redactor that ran too late (after another
processor exported) would still look clean there; what these keep is the text that left the process.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._engine import Redactor, default_redactor

if TYPE_CHECKING:  # the exporters are built on first use: importing this module loads no OpenTelemetry
    from opentelemetry.sdk._logs.export import LogRecordExporter
    from opentelemetry.sdk.trace.export import SpanExporter

    SpanCapture: type[SpanExporter]
    LogRecordCapture: type[LogRecordExporter]

__all__ = ["LogRecordCapture", "SamplePayload", "SpanCapture", "assert_no_pii", "sample_payloads"]


def _as_text(output: Any) -> str:
    if isinstance(output, str):
        return output
    if isinstance(output, bytes | bytearray):
        return bytes(output).decode("utf-8", "replace")
    try:
        return json.dumps(output, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        return str(output)


def _forms(value: str) -> set[str]:
    """How a value may appear in output: as it is, JSON-escaped, and `\\uXXXX`-escaped."""
    return {value, json.dumps(value, ensure_ascii=False)[1:-1], json.dumps(value)[1:-1]}


def _describe(value: str) -> str:
    kind = "digits" if value.isdigit() else "ASCII" if value.isascii() else "non-ASCII"
    return f"a {len(value)}-character {kind} value"


def assert_no_pii(
    output: Any,
    planted: Iterable[Any] = (),
    *,
    operational: Iterable[Any] = (),
    scan: bool = True,
    redactor: Redactor | None = None,
) -> None:
    """Assert that `output` (a log file's text, a span's JSON, a record, any JSON-able object) is clean.

    Fails when a `planted` value appears in it (as it is, JSON-escaped or `\\uXXXX`-escaped), when an
    `operational` value is missing from it, or, with `scan`, when ocrshield finds personal data in it (the
    output of a redacted pipeline scans clean: placeholders are not findings). The message names positions,
    entity types and paths, never the values.
    """
    text = _as_text(output)
    problems: list[str] = []
    for i, value in enumerate(str(p) for p in planted):
        if not value:
            continue
        hits = sorted({text.find(form) for form in _forms(value) if form in text})
        if hits:
            problems.append(f"planted value #{i} ({_describe(value)}) found at offset {hits[0]}")
    for i, value in enumerate(str(o) for o in operational):
        if value and not any(form in text for form in _forms(value)):
            problems.append(f"operational value #{i} ({_describe(value)}) is missing (over-redaction)")
    if scan:
        r = redactor or default_redactor()
        try:
            parsed: Any = json.loads(text)
        except ValueError:
            parsed = text
        for finding in r.scan(parsed if isinstance(parsed, Mapping | list) else text):
            where = "/".join(str(p) for p in finding.path) or "text"
            problems.append(f"ocrshield finds {finding.entity_type} at {where}")
    if problems:  # not `assert`: the check must hold under `python -O` too
        raise AssertionError("personal data check failed:\n  " + "\n  ".join(problems))


@dataclass(frozen=True, slots=True)
class SamplePayload:
    """A payload in a vendor's real shape, with fake values: what must not survive, and what must."""

    payload: Any
    planted: tuple[str, ...]
    operational: tuple[str, ...]


def sample_payloads() -> dict[str, SamplePayload]:
    """Fake, real-shaped payloads to plant in your pipeline: Tencent Cloud IDCardOCR and BankCardOCR responses,
    an IDCardOCR request with an image, GeneralBasicOCR text lines, and a free-text OCR line.

    They are data (`recognizers/samples.json`, shipped in the package), like the vendor shapes themselves."""
    from ._definitions import builtin_definition_dir

    data = json.loads((builtin_definition_dir() / "samples.json").read_text(encoding="utf-8"))
    return {
        name: SamplePayload(s["payload"], tuple(s["planted"]), tuple(s["operational"]))
        for name, s in data["samples"].items()
    }


# -- OpenTelemetry exporters that serialise at export time --------------------------------------------------------


class _Capture:
    """What both captures share: the JSON of everything exported, as it was inside `export()`."""

    def __init__(self) -> None:
        self.exported: list[str] = []

    def _keep(self, items: Any) -> None:
        self.exported.extend(json.dumps(json.loads(item.to_json()), ensure_ascii=False) for item in items)

    def shutdown(self) -> None:
        return None

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return True

    @property
    def text(self) -> str:
        """Everything exported so far, one JSON document per line (non-ASCII text as it is)."""
        return "\n".join(self.exported)


def _span_capture() -> type[SpanExporter]:
    from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult

    class SpanCapture(_Capture, SpanExporter):
        """A span exporter that keeps each span's JSON as it was inside `export()` (`.exported`, `.text`)."""

        def export(self, spans: Any) -> SpanExportResult:
            self._keep(spans)
            return SpanExportResult.SUCCESS

    return SpanCapture


def _log_record_capture() -> type[LogRecordExporter]:
    from opentelemetry.sdk._logs.export import LogRecordExporter, LogRecordExportResult

    class LogRecordCapture(_Capture, LogRecordExporter):
        """A log record exporter that keeps each record's JSON as it was inside `export()` (`.exported`,
        `.text`)."""

        def export(self, batch: Any) -> LogRecordExportResult:
            self._keep(batch)
            return LogRecordExportResult.SUCCESS

    return LogRecordCapture


_LAZY = {"SpanCapture": _span_capture, "LogRecordCapture": _log_record_capture}
_built: dict[str, Any] = {}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        if name not in _built:
            _built[name] = _LAZY[name]()
        return _built[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""OpenTelemetry cost: µs per span / log record, the same SDK pipeline with and without ocrshield.

    python benchmarks/bench_otel.py            # full run, prints one table (about half a minute)
    python benchmarks/bench_otel.py --quick    # a few items per cell, for a smoke test
    python benchmarks/bench_otel.py --json out.json

Pipelines (the exporter does nothing, so what is measured is the SDK plus redaction):

* spans — a `TracerProvider` with `SimpleSpanProcessor(exporter)` (plain) vs
  `RedactingSpanProcessor(SimpleSpanProcessor(exporter))` (ocrshield); each span is started, given its
  attributes and ended on the calling thread, where the redaction runs.
* logs  — stdlib `logging` through the OpenTelemetry `LoggingHandler` into a `LoggerProvider` with
  `SimpleLogRecordProcessor(exporter)` (plain) vs `RedactingLogRecordProcessor()` added before it (ocrshield).

Payloads: a PII-free operational span or record (request id, action, region, status, latency), and the same with
a Tencent IDCardOCR response body (JSON with name, ID number, address and two base64 images) as an attribute or
the log message. The default engine (rules + spaCy NER) is loaded before timing.
"""

from __future__ import annotations

import json
import logging
import random
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import _bench
from opentelemetry.instrumentation.logging.handler import LoggingHandler
from opentelemetry.sdk._logs import LoggerProvider, ReadableLogRecord
from opentelemetry.sdk._logs.export import LogRecordExporter, LogRecordExportResult, SimpleLogRecordProcessor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExporter, SpanExportResult

import ocrshield
from ocrshield.otel import RedactingLogRecordProcessor, RedactingSpanProcessor

REPO = Path(__file__).resolve().parents[1]
FRONT = json.dumps(
    json.loads((REPO / "tests" / "fixtures" / "tencent" / "idcard_front_response.json").read_text(encoding="utf-8")),
    ensure_ascii=False,
)
RESOURCE = Resource.create({"service.name": "ocr-gateway", "deployment.environment": "prod"})


def operational(i: int) -> dict[str, Any]:
    return {
        # A random version-4 UUID, as request ids are (`UUID(int=i)` would be mostly zeros: `0000-000000000005`
        # has the shape of a landline number, which no real request id has).
        "ocr.request_id": str(uuid.UUID(int=random.Random(i).getrandbits(128), version=4)),
        "ocr.action": "IDCardOCR",
        "rpc.service": "ocr",
        "rpc.method": "IDCardOCR",
        "cloud.region": "ap-guangzhou",
        "http.status_code": 200,
        "ocr.latency_ms": 80 + i % 800,
    }


@dataclass(frozen=True)
class Kind:
    name: str
    body: str | None  # the IDCardOCR response, or None for a PII-free item
    items: int  # per round


KINDS = [Kind("PII-free operational", None, 4_000), Kind("IDCardOCR response JSON", FRONT, 600)]


class NullSpanExporter(SpanExporter):
    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        return SpanExportResult.SUCCESS


class NullLogExporter(LogRecordExporter):
    def export(self, batch: Sequence[ReadableLogRecord]) -> LogRecordExportResult:
        return LogRecordExportResult.SUCCESS

    def shutdown(self) -> None:
        return None

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return True


def span_emitter(redact: bool, kind: Kind) -> Callable[[int], None]:
    processor: SpanProcessor = SimpleSpanProcessor(NullSpanExporter())
    provider = TracerProvider(resource=RESOURCE, shutdown_on_exit=False)
    provider.add_span_processor(RedactingSpanProcessor(processor) if redact else processor)
    tracer = provider.get_tracer("bench")

    def emit(i: int) -> None:
        with tracer.start_as_current_span("IDCardOCR") as span:
            span.set_attributes(operational(i))
            if kind.body is not None:
                span.set_attribute("http.response.body", kind.body)

    return emit


def log_emitter(redact: bool, kind: Kind) -> Callable[[int], None]:
    provider = LoggerProvider(resource=RESOURCE, shutdown_on_exit=False)
    if redact:
        provider.add_log_record_processor(RedactingLogRecordProcessor())
    provider.add_log_record_processor(SimpleLogRecordProcessor(NullLogExporter()))
    logger = logging.getLogger(f"bench.otel.{redact}.{kind.name}")
    logger.handlers[:] = [LoggingHandler(logger_provider=provider)]
    logger.setLevel(logging.INFO)
    logger.propagate = False

    def emit(i: int) -> None:
        if kind.body is None:
            logger.info("IDCardOCR done in %d ms", 80 + i % 800, extra=operational(i))
        else:
            logger.info("IDCardOCR response: %s", kind.body, extra=operational(i))

    return emit


@dataclass
class Cell:
    signal: str
    kind: str
    setup: str
    items: int
    us_per_item: float


def measure(signal: str, kind: Kind, setup: str, emit: Callable[[int], None], items: int, rounds: int) -> Cell:
    warm_up = [(i,) for i in range(20)]  # first-use costs (caches, the resource's redaction) are not timed
    batches = _bench.rounds_of([(i,) for i in range(items * rounds)], rounds)
    return Cell(signal, kind.name, setup, items * rounds, _bench.median_us(emit, batches, warm_up))


def run(quick: bool) -> list[Cell]:
    ocrshield.default_redactor().warm_up()
    rounds = 1 if quick else 5
    cells = []
    for signal, factory in (("span", span_emitter), ("log record", log_emitter)):
        for kind in KINDS:
            items = 20 if quick else kind.items
            for setup in ("plain", "ocrshield"):
                cells.append(measure(signal, kind, setup, factory(setup == "ocrshield", kind), items, rounds))
    return cells


COLUMNS = [
    ("signal", "<11"), ("payload", "<26"), ("plain µs", ">9"), ("ocrshield µs", ">13"), ("added µs", ">9"),
    ("vs plain", ">9"),
]


def _figures(plain: float, ocrshield: float) -> list[str]:
    return [f"{plain:.1f}", f"{ocrshield:.1f}", f"{ocrshield - plain:.1f}", f"{ocrshield / plain:.2f}x"]


def table(cells: list[Cell]) -> str:
    return _bench.table(COLUMNS, cells, lambda c: (c.signal, c.kind), lambda c: c.us_per_item, _figures)


def main(argv: list[str] | None = None) -> int:
    return _bench.main(__doc__, run, table, argv, unit="items", note="; median of rounds")


if __name__ == "__main__":
    sys.exit(main())

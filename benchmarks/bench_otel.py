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

import argparse
import json
import logging
import os
import platform
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

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
    for i in range(20):  # warm-up: first-use costs (caches, the resource's redaction) are not timed
        emit(i)
    timings = []
    for r in range(rounds):
        start = time.perf_counter()
        for i in range(r * items, (r + 1) * items):
            emit(i)
        timings.append((time.perf_counter() - start) / items)
    return Cell(signal, kind.name, setup, items * rounds, statistics.median(timings) * 1e6)


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


def table(cells: list[Cell]) -> str:
    by = {(c.signal, c.kind, c.setup): c for c in cells}
    head = f"{'signal':11} {'payload':26} {'plain µs':>9} {'ocrshield µs':>13} {'added µs':>9} {'vs plain':>9}"
    lines = [head, "-" * len(head)]
    for signal, kind in dict.fromkeys((c.signal, c.kind) for c in cells):
        p, o = by[(signal, kind, "plain")], by[(signal, kind, "ocrshield")]
        lines.append(
            f"{signal:11} {kind:26} {p.us_per_item:9.1f} {o.us_per_item:13.1f} "
            f"{o.us_per_item - p.us_per_item:9.1f} {o.us_per_item / p.us_per_item:8.2f}x"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a few items per cell (smoke test)")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    args = parser.parse_args(argv)
    cells = run(args.quick)
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores; median of rounds")
    print(table(cells))
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(c) for c in cells], indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

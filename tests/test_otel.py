"""OpenTelemetry: the real SDK end to end, with exporters that serialise inside `export()` and OTLP/HTTP to a
loopback receiver. An in-memory exporter keeps references to the spans it got, so a redactor that ran after the
export would still look clean there: every assertion here is on what was serialised at export time."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any, cast

import pytest
from opentelemetry._logs import SeverityNumber
from opentelemetry.context import Context
from opentelemetry.exporter.otlp.proto.http import Compression
from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.logging.handler import LoggingHandler
from opentelemetry.sdk._logs import LoggerProvider, ReadWriteLogRecord
from opentelemetry.sdk._logs.export import (
    BatchLogRecordProcessor,
    SimpleLogRecordProcessor,
)
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, Span, SpanLimits, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor
from opentelemetry.trace import Link, SpanKind, Status, StatusCode, Tracer

import ocrshield
from _otlp_receiver import OtlpReceiver
from conftest import FIXTURES, assert_clean
from ocrshield._guard import inside_redaction
from ocrshield.otel import (
    WITHHELD,
    RedactingLogExporter,
    RedactingLogRecordProcessor,
    RedactingSpanExporter,
    RedactingSpanProcessor,
)
from ocrshield.testing import LogRecordCapture, SpanCapture

FRONT_FILE = "idcard_front_response.json"
FRONT_TEXT = (FIXTURES / "tencent" / FRONT_FILE).read_text(encoding="utf-8")
FRONT = json.loads(FRONT_TEXT)["Response"]
NAME, BIRTH, ADDRESS, ID_NUMBER, REQUEST_ID = (
    FRONT["Name"], FRONT["Birth"], FRONT["Address"], FRONT["IdNum"], FRONT["RequestId"]
)
OPERATIONAL_ATTRIBUTES: dict[str, Any] = {
    "ocr.request_id": REQUEST_ID,
    "ocr.action": "IDCardOCR",
    "rpc.service": "ocr",
    "rpc.method": "IDCardOCR",
    "http.status_code": 200,
    "cloud.region": "ap-guangzhou",
    "ocr.latency_ms": 231.5,
}
OPERATIONAL = [REQUEST_ID, "IDCardOCR", "ap-guangzhou", "ocr-gateway", "OcrError"]


@pytest.fixture(scope="module")
def planted() -> list[str]:
    """The values planted in the IDCardOCR fixture: name, birth date, address, ID number, image base64."""
    entries = json.loads((FIXTURES / "tencent" / "manifest.json").read_text(encoding="utf-8"))
    found: list[str] = next(e["planted"] for e in entries if e["file"] == FRONT_FILE)
    assert {NAME, BIRTH, ADDRESS, ID_NUMBER} <= set(found)
    return found


def resource() -> Resource:
    return Resource.create({"service.name": "ocr-gateway", "ocr.operator": NAME})


class OcrError(Exception):
    """What a client library raises: its message quotes the payload."""


def rejection() -> OcrError:
    return OcrError(f"IDCardOCR rejected 姓名 {NAME} 身份证号 {ID_NUMBER} 出生 {BIRTH} 住址 {ADDRESS}")


def traced_ocr_call(tracer: Tracer) -> None:
    """One traced IDCardOCR call, with personal data in every part of a span that can hold text."""
    with tracer.start_as_current_span("upstream") as upstream:
        pass
    link = Link(upstream.get_span_context(), {"ocr.subject": f"姓名 {NAME}", "ocr.request_id": REQUEST_ID})
    with tracer.start_as_current_span("IDCardOCR", kind=SpanKind.CLIENT, links=[link]) as span:
        span.set_attributes(OPERATIONAL_ATTRIBUTES)
        span.set_attribute("http.response.body", FRONT_TEXT)
        span.set_attribute("ocr.fields", (NAME, ID_NUMBER, "FRONT"))
        span.add_event("ocr.result", {"Name": NAME, "IdNum": ID_NUMBER, "ocr.request_id": REQUEST_ID})
        with tracer.start_as_current_span(f"verify {NAME} {ID_NUMBER}") as child:
            child.set_attribute("ocr.request_id", REQUEST_ID)
        try:
            raise rejection()
        except OcrError as exc:
            span.record_exception(exc)
            span.set_status(Status(StatusCode.ERROR, str(exc)))
    # Ends with the exception: the SDK records it and sets the status description on context exit.
    with pytest.raises(OcrError), tracer.start_as_current_span("IDCardOCR.retry") as retry:
        retry.set_attribute("ocr.request_id", REQUEST_ID)
        raise rejection()


class SerialisingSpanExporter(SpanCapture):
    """`ocrshield.testing.SpanCapture`: serialises each span inside `export()`, what left the process then."""

    def by_name(self) -> dict[str, dict[str, Any]]:
        return {s["name"]: s for s in map(json.loads, self.exported)}


class RecordingProcessor(SpanProcessor):
    """Records what a wrapper passes on."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        self.calls.append(("on_start", span))

    def on_end(self, span: ReadableSpan) -> None:
        self.calls.append(("on_end", span))

    def shutdown(self) -> None:
        self.calls.append(("shutdown", None))

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        self.calls.append(("force_flush", timeout_millis))
        return False


class BrokenRedactor:
    """Stands in for a `Redactor` whose every call fails."""

    def __init__(self, strict: bool = False) -> None:
        self.strict = strict
        self.calls = 0

    def redact(self, obj: Any) -> Any:
        self.calls += 1
        raise RuntimeError("engine down")

    def redact_text(self, text: str) -> str:
        self.calls += 1
        raise RuntimeError("engine down")


def broken(strict: bool = False) -> ocrshield.Redactor:
    return cast(ocrshield.Redactor, BrokenRedactor(strict))


def tracing(processor: SpanProcessor, span_limits: SpanLimits | None = None) -> tuple[TracerProvider, Tracer]:
    provider = TracerProvider(resource=resource(), shutdown_on_exit=False, span_limits=span_limits)
    provider.add_span_processor(processor)
    return provider, provider.get_tracer("tests.otel")


@pytest.fixture
def exported() -> SerialisingSpanExporter:
    return SerialisingSpanExporter()


class TestRedactingSpanProcessor:
    def test_serialised_spans_are_clean_and_keep_operational_values(
        self, exported: SerialisingSpanExporter, planted: list[str]
    ) -> None:
        """Name, attributes, events, exceptions, links, status and resource are redacted before export."""
        provider, tracer = tracing(RedactingSpanProcessor(SimpleSpanProcessor(exported)))
        traced_ocr_call(tracer)
        provider.shutdown()
        assert 4 == len(exported.exported)
        assert_clean(exported.text, planted, OPERATIONAL)

    def test_each_part_of_the_span_is_redacted_in_place(self, exported: SerialisingSpanExporter) -> None:
        """The redacted values sit where the raw ones were, with the shapes exporters expect."""
        _, tracer = tracing(RedactingSpanProcessor(SimpleSpanProcessor(exported)))
        traced_ocr_call(tracer)
        spans = exported.by_name()
        call = spans["IDCardOCR"]
        body = json.loads(call["attributes"]["http.response.body"])["Response"]
        assert ("<PERSON>", "<CN_RESIDENT_ID>", REQUEST_ID) == (body["Name"], body["IdNum"], body["RequestId"])
        # A list that holds a valid ID number, in a span named for an ID-card action, is the card's fields: what
        # is not printed vocabulary goes with them (the card side, here).
        assert ["<PERSON>", "<CN_RESIDENT_ID>", "<DOCUMENT_TEXT>"] == call["attributes"]["ocr.fields"]
        assert OPERATIONAL_ATTRIBUTES == {k: call["attributes"][k] for k in OPERATIONAL_ATTRIBUTES}
        result, exception = call["events"]
        assert {"Name": "<PERSON>", "IdNum": "<CN_RESIDENT_ID>", "ocr.request_id": REQUEST_ID} == result["attributes"]
        assert "OcrError" in exception["attributes"]["exception.type"]
        assert "姓名 <PERSON> 身份证号 <CN_RESIDENT_ID>" in exception["attributes"]["exception.stacktrace"]
        assert {"ocr.subject": "姓名 <PERSON>", "ocr.request_id": REQUEST_ID} == call["links"][0]["attributes"]
        assert ("ERROR", True) == (call["status"]["status_code"], "<ADDRESS>" in call["status"]["description"])
        assert "<PERSON>" == call["resource"]["attributes"]["ocr.operator"]
        assert "verify <PERSON> <CN_RESIDENT_ID>" in spans

    def test_span_ending_with_an_exception_on_context_exit(self, exported: SerialisingSpanExporter) -> None:
        """`start_as_current_span` records the escaping exception and its status description: both redacted."""
        _, tracer = tracing(RedactingSpanProcessor(SimpleSpanProcessor(exported)))
        with pytest.raises(OcrError), tracer.start_as_current_span("IDCardOCR"):
            raise rejection()
        (span,) = map(json.loads, exported.exported)
        (event,) = span["events"]
        expected = ("exception", f"{OcrError.__module__}.OcrError")
        assert expected == (event["name"], event["attributes"]["exception.type"])
        assert span["status"]["description"].startswith("OcrError: IDCardOCR rejected 姓名 <PERSON>")
        assert_clean(exported.text, [NAME, ID_NUMBER, BIRTH, ADDRESS], ["OcrError"])

    def test_batch_processor_behind_the_wrapper(self, exported: SerialisingSpanExporter, planted: list[str]) -> None:
        """With a `BatchSpanProcessor` the rebuilt span waits in its queue and is exported clean on flush."""
        provider, tracer = tracing(RedactingSpanProcessor(BatchSpanProcessor(exported)))
        traced_ocr_call(tracer)
        assert provider.force_flush()
        assert 4 == len(exported.exported)
        assert_clean(exported.text, planted, OPERATIONAL)
        provider.shutdown()

    def test_ids_timing_kind_parent_and_links_are_kept(self) -> None:
        """Only text changes: the rebuilt span has the ids, times, kind, parent and link contexts of the raw one."""
        raw, inner = RecordingProcessor(), RecordingProcessor()
        provider = TracerProvider(resource=resource(), shutdown_on_exit=False)
        provider.add_span_processor(raw)
        provider.add_span_processor(RedactingSpanProcessor(inner))
        traced_ocr_call(provider.get_tracer("tests.otel"))
        before = [s for call, s in raw.calls if call == "on_end"]
        after = [s for call, s in inner.calls if call == "on_end"]

        def identity(s: ReadableSpan) -> tuple[Any, ...]:
            links = tuple(link.context for link in s.links)
            return s.context, s.parent, s.kind, s.start_time, s.end_time, s.status.status_code, links
        assert [identity(s) for s in before] == [identity(s) for s in after]
        assert all(b is not a for b, a in zip(before, after, strict=True))

    def test_attribute_sequences_stay_valid(self, exported: SerialisingSpanExporter) -> None:
        """A sequence stays a sequence of one type: an ID number among ints makes all of them strings."""
        _, tracer = tracing(RedactingSpanProcessor(SimpleSpanProcessor(exported)))
        with tracer.start_as_current_span("IDCardOCR") as span:
            span.set_attribute("ocr.names", [NAME, "FRONT"])
            span.set_attribute("ocr.numbers", [int(ID_NUMBER), 12])
            span.set_attribute("ocr.scores", [91, 12])
        (out,) = map(json.loads, exported.exported)
        assert ["<PERSON>", "FRONT"] == out["attributes"]["ocr.names"]
        assert ["<CN_RESIDENT_ID>", "12"] == out["attributes"]["ocr.numbers"]
        assert [91, 12] == out["attributes"]["ocr.scores"]

    def test_dropped_counts_survive(self) -> None:
        """What the SDK dropped for its limits is still reported on the rebuilt span."""
        inner = RecordingProcessor()
        _, tracer = tracing(RedactingSpanProcessor(inner), SpanLimits(max_span_attributes=2, max_events=1))
        with tracer.start_as_current_span("IDCardOCR") as span:
            span.set_attributes(OPERATIONAL_ATTRIBUTES)
            span.add_event("one")
            span.add_event("two")
        (ended,) = [s for call, s in inner.calls if call == "on_end"]
        assert (len(OPERATIONAL_ATTRIBUTES) - 2, 1) == (ended.dropped_attributes, ended.dropped_events)

    def test_on_start_shutdown_and_force_flush_are_forwarded(self) -> None:
        """`on_start` gets the live span unchanged; shutdown and force_flush reach the inner processor."""
        inner = RecordingProcessor()
        wrapper = RedactingSpanProcessor(inner)
        provider, tracer = tracing(wrapper)
        with tracer.start_as_current_span("IDCardOCR") as span:
            pass
        assert not wrapper.force_flush(1234)
        provider.shutdown()
        assert ["on_start", "on_end", "force_flush", "shutdown"] == [call for call, _ in inner.calls]
        assert (span, 1234) == (inner.calls[0][1], inner.calls[2][1])

    def test_failing_redactor_exports_a_withheld_stub(
        self, exported: SerialisingSpanExporter, planted: list[str]
    ) -> None:
        """When redaction fails (not strict) every span is still exported: text withheld, ids and codes kept."""
        _, tracer = tracing(RedactingSpanProcessor(SimpleSpanProcessor(exported), redactor=broken()))
        traced_ocr_call(tracer)
        spans = [json.loads(s) for s in exported.exported]
        assert 4 == len(spans)
        assert_clean(exported.text, planted, [REQUEST_ID[:0]])
        call = next(s for s in spans if s["kind"] == "SpanKind.CLIENT")
        assert (WITHHELD, WITHHELD, 200) == (
            call["name"], call["attributes"]["ocr.request_id"], call["attributes"]["http.status_code"]
        )
        assert ("ERROR", WITHHELD) == (call["status"]["status_code"], call["status"]["description"])
        assert [call["context"]["span_id"]] == [s["parent_id"] for s in spans if s["parent_id"]]

    def test_failing_engine_in_a_real_redactor_fails_closed(
        self, exported: SerialisingSpanExporter, planted: list[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A non-strict `Redactor` whose detection breaks yields placeholders; the span is still exported."""
        lenient = ocrshield.Redactor(strict=False, ner_model=None).warm_up()
        state = lenient._get_state()

        def fail(*args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("detector down")

        monkeypatch.setattr(state, "redact_text", fail)
        monkeypatch.setattr(state, "fast_clean", None)
        _, tracer = tracing(RedactingSpanProcessor(SimpleSpanProcessor(exported), redactor=lenient))
        with pytest.warns(RuntimeWarning, match="redaction failed"):
            traced_ocr_call(tracer)
        assert 4 == len(exported.exported)
        assert_clean(exported.text, planted)

    def test_strict_redactor_errors_surface(self) -> None:
        """Under a strict redactor (tests) the error is raised instead of withheld, so it gets fixed."""
        _, tracer = tracing(RedactingSpanProcessor(RecordingProcessor(), redactor=broken(strict=True)))
        with pytest.raises(RuntimeError, match="engine down"):
            tracer.start_span("IDCardOCR").end()

    def test_span_ended_inside_redaction_is_withheld_without_recursing(self, exported: SerialisingSpanExporter) -> None:
        """A span that ends while ocrshield is redacting never calls back into the redactor, nor leaks."""
        redactor = BrokenRedactor(strict=True)
        _, tracer = tracing(RedactingSpanProcessor(SimpleSpanProcessor(exported), redactor=cast(Any, redactor)))
        span = tracer.start_span(f"verify {NAME}", attributes={"IdNum": ID_NUMBER, "http.status_code": 200})
        with inside_redaction():
            span.end()
        (out,) = map(json.loads, exported.exported)
        assert (0, WITHHELD, {"IdNum": WITHHELD, "http.status_code": 200}) == (
            redactor.calls, out["name"], out["attributes"]
        )


class TestRedactingSpanExporter:
    def test_batch_export_is_clean(self, exported: SerialisingSpanExporter, planted: list[str]) -> None:
        """Wrapping the exporter: the batch thread redacts each span before the exporter serialises it."""
        provider, tracer = tracing(BatchSpanProcessor(RedactingSpanExporter(exported)))
        traced_ocr_call(tracer)
        provider.shutdown()
        assert 4 == len(exported.exported)
        assert_clean(exported.text, planted, OPERATIONAL)

    def test_failing_redactor_exports_withheld_stubs(
        self, exported: SerialisingSpanExporter, planted: list[str]
    ) -> None:
        """No span of the batch is dropped or sent raw when redaction fails."""
        _, tracer = tracing(SimpleSpanProcessor(RedactingSpanExporter(exported, redactor=broken())))
        traced_ocr_call(tracer)
        assert 4 == len(exported.exported)
        assert {WITHHELD} == {s["name"] for s in map(json.loads, exported.exported)}
        assert_clean(exported.text, planted)

    def test_shutdown_and_force_flush_are_forwarded(self) -> None:
        """The wrapper's lifecycle calls reach the wrapped exporter."""
        calls: list[str] = []

        class Exporter(SerialisingSpanExporter):
            def shutdown(self) -> None:
                calls.append("shutdown")

            def force_flush(self, timeout_millis: int = 30000) -> bool:
                calls.append(f"force_flush {timeout_millis}")
                return False

        wrapper = RedactingSpanExporter(Exporter())
        assert not wrapper.force_flush(99)
        wrapper.shutdown()
        assert ["force_flush 99", "shutdown"] == calls


# -- logs ------------------------------------------------------------------------------------------------------


class SerialisingLogExporter(LogRecordCapture):
    """`ocrshield.testing.LogRecordCapture`, also recording the lifecycle calls it receives."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def shutdown(self) -> None:
        self.calls.append("shutdown")

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        self.calls.append(f"force_flush {timeout_millis}")
        return True

    def records(self) -> list[dict[str, Any]]:
        return [json.loads(r) for r in self.exported]


@pytest.fixture
def log_exported() -> SerialisingLogExporter:
    return SerialisingLogExporter()


def logs_provider(*processors: Any) -> LoggerProvider:
    provider = LoggerProvider(resource=resource(), shutdown_on_exit=False)
    for p in processors:
        provider.add_log_record_processor(p)
    return provider


def bridged_logger(provider: LoggerProvider) -> logging.Logger:
    """A stdlib logger whose records go to `provider` through the OpenTelemetry logging handler."""
    logger = logging.getLogger("tests.otel.ocr")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(LoggingHandler(logger_provider=provider))
    return logger


def logged_ocr_call(logger: logging.Logger) -> None:
    logger.info(
        "IDCardOCR response: %s", FRONT_TEXT, extra={**OPERATIONAL_ATTRIBUTES, "IdNum": ID_NUMBER, "owner": NAME}
    )
    try:
        raise rejection()
    except OcrError:
        logger.exception("IDCardOCR failed for request %s", REQUEST_ID)


class TestRedactingLogRecordProcessor:
    def test_stdlib_logging_bridge_exports_clean_records(
        self, log_exported: SerialisingLogExporter, planted: list[str]
    ) -> None:
        """`logging` → LoggingHandler → provider: body, extras, exc_info attributes and resource are clean."""
        provider = logs_provider(RedactingLogRecordProcessor(), SimpleLogRecordProcessor(log_exported))
        logged_ocr_call(bridged_logger(provider))
        response, failure = log_exported.records()
        assert_clean(log_exported.text, planted, OPERATIONAL)
        body = json.loads(response["body"].split("IDCardOCR response: ", 1)[1])["Response"]
        assert ("<PERSON>", REQUEST_ID) == (body["Name"], body["RequestId"])
        assert ("<CN_RESIDENT_ID>", "<PERSON>", 200) == tuple(
            response["attributes"][k] for k in ("IdNum", "owner", "http.status_code")
        )
        assert ("OcrError", True) == (
            failure["attributes"]["exception.type"],
            "住址 <ADDRESS>" in failure["attributes"]["exception.message"],
        )
        assert "身份证号 <CN_RESIDENT_ID>" in failure["attributes"]["exception.stacktrace"]
        assert "<PERSON>" == failure["resource"]["attributes"]["ocr.operator"]

    def test_added_after_the_exporting_processor_it_is_too_late(self, log_exported: SerialisingLogExporter) -> None:
        """Order matters: processors run in the order added, so the exporter before it sees the raw record."""
        provider = logs_provider(SimpleLogRecordProcessor(log_exported), RedactingLogRecordProcessor())
        bridged_logger(provider).info("IDCardOCR subject %s", ID_NUMBER)
        assert ID_NUMBER in log_exported.text

    def test_batch_processor_after_it_exports_clean_records(
        self, log_exported: SerialisingLogExporter, planted: list[str]
    ) -> None:
        """The batch processor copies the already redacted record into its queue."""
        provider = logs_provider(RedactingLogRecordProcessor(), BatchLogRecordProcessor(log_exported))
        logged_ocr_call(bridged_logger(provider))
        assert provider.force_flush()
        assert 2 == len(log_exported.exported)
        assert_clean(log_exported.text, planted, OPERATIONAL)
        provider.shutdown()

    def test_mapping_body_and_exception_argument(self, log_exported: SerialisingLogExporter) -> None:
        """A structured body keeps its shape; an `exception=` object is turned into clean attributes and cleared."""
        seen: list[Any] = []

        class Spy(SimpleLogRecordProcessor):
            def on_emit(self, log_record: ReadWriteLogRecord) -> None:
                seen.append(log_record.log_record.exception)
                super().on_emit(log_record)

        provider = logs_provider(RedactingLogRecordProcessor(), Spy(log_exported))
        provider.get_logger("tests.otel").emit(
            body=json.loads(FRONT_TEXT), severity_number=SeverityNumber.ERROR, exception=rejection()
        )
        (record,) = log_exported.records()
        assert ("<PERSON>", "<DATE_OF_BIRTH>", REQUEST_ID) == tuple(
            record["body"]["Response"][k] for k in ("Name", "Birth", "RequestId")
        )
        assert "姓名 <PERSON> 身份证号 <CN_RESIDENT_ID>" in record["attributes"]["exception.message"]
        assert [None] == seen

    def test_failing_redactor_withholds_the_record(
        self, log_exported: SerialisingLogExporter, planted: list[str]
    ) -> None:
        """Redaction fails (not strict): the record is still exported, its text withheld, its severity kept."""
        provider = logs_provider(RedactingLogRecordProcessor(broken()), SimpleLogRecordProcessor(log_exported))
        logged_ocr_call(bridged_logger(provider))
        response, failure = log_exported.records()
        assert_clean(log_exported.text, planted)
        assert (WITHHELD, WITHHELD, 200, "ERROR") == (
            failure["body"], response["attributes"]["IdNum"], response["attributes"]["http.status_code"],
            failure["severity_text"],
        )

    def test_record_emitted_inside_redaction_is_withheld_without_recursing(
        self, log_exported: SerialisingLogExporter
    ) -> None:
        """Presidio's own logging while ocrshield works reaches the provider withheld, never the redactor."""
        redactor = BrokenRedactor(strict=True)
        provider = logs_provider(
            RedactingLogRecordProcessor(cast(Any, redactor)), SimpleLogRecordProcessor(log_exported)
        )
        with inside_redaction():
            bridged_logger(provider).warning("analysing %s", ID_NUMBER)
        (record,) = log_exported.records()
        assert (0, WITHHELD) == (redactor.calls, record["body"])

    def test_strict_redactor_errors_surface(self) -> None:
        """Under a strict redactor the error is raised, so tests see it."""
        provider = logs_provider(RedactingLogRecordProcessor(broken(strict=True)))
        with pytest.raises(RuntimeError, match="engine down"):
            provider.get_logger("tests.otel").emit(body="IDCardOCR")


class TestRedactingLogExporter:
    def test_processor_order_does_not_matter(self, log_exported: SerialisingLogExporter, planted: list[str]) -> None:
        """Wrapping the exporter protects it whatever else the provider runs, and other exporters are untouched."""
        raw = SerialisingLogExporter()
        provider = logs_provider(
            SimpleLogRecordProcessor(RedactingLogExporter(log_exported)), SimpleLogRecordProcessor(raw)
        )
        logged_ocr_call(bridged_logger(provider))
        assert 2 == len(log_exported.exported)
        assert_clean(log_exported.text, planted, OPERATIONAL)
        assert ID_NUMBER in raw.text  # the record is copied, not changed under the other processor

    def test_failing_redactor_withholds_the_batch_records(
        self, log_exported: SerialisingLogExporter, planted: list[str]
    ) -> None:
        """No record of a batch is dropped or sent raw when redaction fails."""
        provider = logs_provider(BatchLogRecordProcessor(RedactingLogExporter(log_exported, broken())))
        logged_ocr_call(bridged_logger(provider))
        provider.shutdown()
        assert [WITHHELD, WITHHELD] == [r["body"] for r in log_exported.records()]
        assert_clean(log_exported.text, planted)

    def test_shutdown_and_force_flush_are_forwarded(self, log_exported: SerialisingLogExporter) -> None:
        """The wrapper's lifecycle calls reach the wrapped exporter."""
        wrapper = RedactingLogExporter(log_exported)
        assert wrapper.force_flush(77)
        wrapper.shutdown()
        assert ["force_flush 77", "shutdown"] == log_exported.calls


# -- OTLP/HTTP on the wire -------------------------------------------------------------------------------------


@pytest.fixture
def receiver(monkeypatch: pytest.MonkeyPatch) -> Iterator[OtlpReceiver]:
    """A loopback OTLP receiver; no proxy variable can route the exporter elsewhere."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    with OtlpReceiver() as rx:
        yield rx


def wire(rx: OtlpReceiver) -> bytes:
    assert {""} == {r.content_encoding for r in rx.requests}  # uncompressed: the payload is the wire
    return b"\n".join(r.body for r in rx.requests)


def assert_wire_clean(raw: bytes, planted: list[str]) -> None:
    assert [] == [p for p in planted if p.encode() in raw]
    assert [] == [o for o in OPERATIONAL if o.encode() not in raw]


def traced_over_otlp(rx: OtlpReceiver, *, redact: bool) -> None:
    exporter = OTLPSpanExporter(endpoint=f"{rx.url}/v1/traces", compression=Compression.NoCompression, timeout=10)
    processor: SpanProcessor = SimpleSpanProcessor(exporter)
    provider, tracer = tracing(RedactingSpanProcessor(processor) if redact else processor)
    traced_ocr_call(tracer)
    provider.shutdown()


class TestOtlpHttp:
    def test_traces_on_the_wire_are_clean(self, receiver: OtlpReceiver, planted: list[str]) -> None:
        """The protobuf bytes the OTLP/HTTP exporter sent hold no planted value and every operational one."""
        traced_over_otlp(receiver, redact=True)
        assert_wire_clean(wire(receiver), planted)
        spans = {
            s.name: s
            for request in receiver.traces()
            for rs in request.resource_spans
            for ss in rs.scope_spans
            for s in ss.spans
        }
        assert {"upstream", "IDCardOCR", "IDCardOCR.retry", "verify <PERSON> <CN_RESIDENT_ID>"} == set(spans)
        attributes = {kv.key: kv.value for kv in spans["IDCardOCR"].attributes}
        assert (REQUEST_ID, 200, 231.5) == (
            attributes["ocr.request_id"].string_value,
            attributes["http.status_code"].int_value,
            attributes["ocr.latency_ms"].double_value,
        )
        assert "application/x-protobuf" == receiver.requests[0].content_type

    def test_without_ocrshield_the_wire_carries_the_planted_values(
        self, receiver: OtlpReceiver, planted: list[str]
    ) -> None:
        """The baseline: the same calls exported raw put every planted value on the wire."""
        traced_over_otlp(receiver, redact=False)
        raw = wire(receiver)
        assert [] == [p for p in planted if p.encode() not in raw]

    def test_logs_on_the_wire_are_clean(self, receiver: OtlpReceiver, planted: list[str]) -> None:
        """`logging` → LoggingHandler → redacting processor → batch → OTLP/HTTP: clean protobuf bytes."""
        exporter = OTLPLogExporter(
            endpoint=f"{receiver.url}/v1/logs", compression=Compression.NoCompression, timeout=10
        )
        provider = logs_provider(RedactingLogRecordProcessor(), BatchLogRecordProcessor(exporter))
        logged_ocr_call(bridged_logger(provider))
        provider.shutdown()
        raw = wire(receiver)
        assert_wire_clean(raw, planted)
        records = [
            r
            for request in receiver.logs()
            for rl in request.resource_logs
            for sl in rl.scope_logs
            for r in sl.log_records
        ]
        assert 2 == len(records)
        assert (REQUEST_ID, "ERROR") == (
            {kv.key: kv.value.string_value for kv in records[0].attributes}["ocr.request_id"],
            records[1].severity_text,
        )

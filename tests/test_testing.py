"""`ocrshield.testing`: the helpers a user's own test suite runs against its real pipeline."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import SimpleLogRecordProcessor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor

import ocrshield
from ocrshield.otel import RedactingLogRecordProcessor, RedactingSpanProcessor
from ocrshield.testing import LogRecordCapture, SpanCapture, assert_no_pii, sample_payloads


def log_through(path: Path, message: str, *args: object, redact: bool = True) -> str:
    """Log one record through a FileHandler (with `RedactingFilter` unless told otherwise); the file's text."""
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    if redact:
        handler.addFilter(ocrshield.RedactingFilter())
    logger = logging.getLogger("app.testing")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        logger.info(message, *args)
    finally:
        logger.removeHandler(handler)
        handler.close()
    return path.read_text(encoding="utf-8")


class TestAssertNoPii:
    @pytest.mark.parametrize("name", sorted(sample_payloads()))
    def test_a_redacted_log_passes(self, tmp_path: Path, name: str) -> None:
        """Every sample, logged through `RedactingFilter`, passes: nothing planted, operational values kept."""
        sample = sample_payloads()[name]
        text = log_through(tmp_path / "ocr.log", "payload %s", json.dumps(sample.payload, ensure_ascii=False))
        assert_no_pii(text, sample.planted, operational=sample.operational)

    @pytest.mark.parametrize("name", sorted(sample_payloads()))
    def test_a_raw_log_fails_without_quoting_the_values(self, tmp_path: Path, name: str) -> None:
        """Without the filter the check fails, and its message names positions, not the planted values."""
        sample = sample_payloads()[name]
        raw = json.dumps(sample.payload, ensure_ascii=False)
        text = log_through(tmp_path / "ocr.log", "payload %s", raw, redact=False)
        with pytest.raises(AssertionError) as failed:
            assert_no_pii(text, sample.planted)
        message = str(failed.value)
        assert "planted value #0" in message
        assert [] == [p for p in sample.planted if p in message]

    def test_escaped_forms_count_as_leaks(self) -> None:
        """A name written as `\\uXXXX` escapes (json.dumps' default) is still the name."""
        escaped = json.dumps({"Name": "王晓明"})
        with pytest.raises(AssertionError, match="planted value #0"):
            assert_no_pii(escaped, ["王晓明"], scan=False)

    def test_missing_operational_values_fail(self) -> None:
        """Over-redaction fails too: a RequestId that did not survive is reported."""
        with pytest.raises(AssertionError, match=r"operational value #0 .* missing"):
            assert_no_pii("RequestId=<REDACTED>", operational=["3c140219-cfe9-470e-b241-907877d6fb03"])

    def test_scan_finds_what_was_not_planted(self) -> None:
        """Personal data nobody planted is found by ocrshield's own scan, by entity type and path."""
        with pytest.raises(AssertionError, match="ocrshield finds CN_RESIDENT_ID at IdNum"):
            assert_no_pii({"IdNum": "110105199003071239", "RequestId": "r-1"})
        assert_no_pii({"IdNum": "<CN_RESIDENT_ID>", "RequestId": "r-1"})


class TestOpenTelemetryCaptures:
    def test_span_capture_holds_what_was_exported(self) -> None:
        """Spans serialised inside `export()`: the redacted span, checked with `assert_no_pii`."""
        sample = sample_payloads()["IDCardOCR"]
        capture = SpanCapture()
        provider = TracerProvider()
        provider.add_span_processor(RedactingSpanProcessor(SimpleSpanProcessor(capture)))
        with provider.get_tracer("app").start_as_current_span("IDCardOCR") as span:
            span.set_attribute("ocr.response", json.dumps(sample.payload, ensure_ascii=False))
        provider.shutdown()
        assert 1 == len(capture.exported)
        assert_no_pii(capture.text, sample.planted, operational=sample.operational)

    def test_span_capture_sees_a_raw_span(self) -> None:
        """Without the redacting wrapper the capture holds the planted values, and the check fails."""
        sample = sample_payloads()["text"]
        capture = SpanCapture()
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(capture))
        with provider.get_tracer("app").start_as_current_span("ocr") as span:
            span.set_attribute("ocr.text", sample.payload)
        provider.shutdown()
        with pytest.raises(AssertionError):
            assert_no_pii(capture.text, sample.planted)

    def test_log_record_capture_holds_what_was_exported(self) -> None:
        """Log records serialised inside `export()`, after `RedactingLogRecordProcessor` changed them."""
        sample = sample_payloads()["GeneralBasicOCR"]
        capture = LogRecordCapture()
        provider = LoggerProvider()
        provider.add_log_record_processor(RedactingLogRecordProcessor())
        provider.add_log_record_processor(SimpleLogRecordProcessor(capture))
        provider.get_logger("app").emit(body=sample.payload, attributes={"ocr.action": "GeneralBasicOCR"})
        provider.shutdown()
        assert 1 == len(capture.exported)
        assert_no_pii(capture.text, sample.planted, operational=sample.operational)


class TestImport:
    def test_import_loads_no_opentelemetry(self) -> None:
        """`import ocrshield.testing` is light; the OTel captures are built on first use."""
        code = "import sys, ocrshield.testing; print(any(m.startswith('opentelemetry') for m in sys.modules))"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        assert "False" == out.strip()

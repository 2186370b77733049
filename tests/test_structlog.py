"""structlog: real structlog chains writing real files and streams through `ocrshield.structlog.RedactingProcessor`,
natively (JSONRenderer, ConsoleRenderer) and through the stdlib integration (`ProcessorFormatter`)."""

from __future__ import annotations

import datetime
import io
import json
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import structlog

import ocrshield
from conftest import assert_clean, broken_redactor, load_json
from ocrshield._guard import inside_redaction
from ocrshield.structlog import RedactingProcessor

VALID_ID = "110105199003071239"
PHONE = "13812345678"
NAME = "王晓明"
OCR_LINE = f"姓名 张三 公民身份号码 {VALID_ID}"
REQUEST_ID = "002b68c8-806a-4b3f-bd83-b569d7821787"
WITHHELD = "<ocrshield: record withheld: redaction failed>"
MARKER = "LOCAL-VARIABLE-MARKER"


@pytest.fixture(autouse=True)
def _reset_structlog() -> Iterator[None]:
    structlog.reset_defaults()
    structlog.contextvars.clear_contextvars()
    yield
    structlog.reset_defaults()
    structlog.contextvars.clear_contextvars()


@pytest.fixture
def front(tencent_manifest: dict[str, dict[str, list[Any]]]) -> tuple[dict[str, Any], list[Any], list[Any]]:
    entry = tencent_manifest["idcard_front_response.json"]
    return load_json("tencent/idcard_front_response.json"), entry["planted"], entry["operational"]


def configure(out: Any, *processors: Any, factory: Any = structlog.WriteLoggerFactory) -> Any:
    structlog.configure(processors=list(processors), logger_factory=factory(out), cache_logger_on_first_use=False)
    return structlog.get_logger()


def json_chain(*before: Any, redact: bool = True) -> list[Any]:
    tail = [RedactingProcessor()] if redact else []
    return [*before, *tail, structlog.processors.JSONRenderer(ensure_ascii=False)]


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def verify_card(doc: dict[str, str]) -> None:
    id_number = doc["IdNum"]  # noqa: F841  (local variables that Rich and dict_tracebacks would show)
    holder = doc["Name"]  # noqa: F841
    marker = MARKER  # noqa: F841
    raise ValueError(f"ID check failed for {doc['IdNum']}")


class TestJSONRenderer:
    def test_tencent_response_as_a_value(self, tmp_path: Path, front: Any) -> None:
        """A Tencent IDCardOCR response bound as a value: fields redacted in place, operational values kept."""
        payload, planted, operational = front
        path = tmp_path / "app.jsonl"
        with path.open("w", encoding="utf-8") as f:
            log = configure(f, *json_chain(structlog.processors.add_log_level))
            log.info("ocr done", resp=payload, request_id=REQUEST_ID)
        [event] = lines(path)
        assert ("<PERSON>", "<CN_RESIDENT_ID>", REQUEST_ID) == (
            event["resp"]["Response"]["Name"], event["resp"]["Response"]["IdNum"], event["request_id"])
        assert_clean(path.read_text(encoding="utf-8"), planted, operational)

    def test_tencent_response_as_a_json_string(self, tmp_path: Path, front: Any) -> None:
        """The same response logged as the JSON body text keeps its shape inside the string."""
        payload, planted, operational = front
        path = tmp_path / "app.jsonl"
        with path.open("w", encoding="utf-8") as f:
            configure(f, *json_chain()).debug("resp", body=json.dumps(payload, ensure_ascii=False))
        [event] = lines(path)
        assert "<PERSON>" == json.loads(event["body"])["Response"]["Name"]
        assert_clean(path.read_text(encoding="utf-8"), planted, operational)

    def test_free_ocr_text_event_and_named_keys(self, tmp_path: Path) -> None:
        """The event string is text; key names make values sensitive (`customer_name`, `id_number`)."""
        path = tmp_path / "app.jsonl"
        with path.open("w", encoding="utf-8") as f:
            configure(f, *json_chain()).info(OCR_LINE, customer_name=NAME, id_number=VALID_ID, latency_ms=231)
        expected = {"event": "姓名 <PERSON> 公民身份号码 <CN_RESIDENT_ID>", "customer_name": "<PERSON>",
                    "id_number": "<CN_RESIDENT_ID>", "latency_ms": 231}
        assert [expected] == lines(path)

    def test_operational_event_unchanged(self, tmp_path: Path) -> None:
        """A PII-free event renders byte for byte as it does without the processor (objects included)."""
        fields = {"action": "IDCardOCR", "region": "ap-guangzhou", "RequestId": REQUEST_ID, "latency_ms": 231,
                  "fee": 0.01, "call": uuid.UUID(REQUEST_ID), "at": datetime.date(2026, 11, 29), "ok": True}
        plain, shielded = io.StringIO(), io.StringIO()
        configure(plain, *json_chain(structlog.processors.add_log_level, redact=False)).info("ocr call", **fields)
        configure(shielded, *json_chain(structlog.processors.add_log_level)).info("ocr call", **fields)
        assert plain.getvalue() == shielded.getvalue()

    def test_other_objects_become_their_redacted_text(self) -> None:
        """An object that JSONRenderer would show by its repr is replaced by its redacted text."""

        class Customer:
            def __str__(self) -> str:
                return "customer c-17"

            def __repr__(self) -> str:
                return f"Customer(name='{NAME}', id_number='{VALID_ID}')"

        out = io.StringIO()
        configure(out, *json_chain()).info("lookup", customer=Customer())
        assert {"event": "lookup", "customer": "customer c-17"} == json.loads(out.getvalue())

    def test_contextvars(self, tmp_path: Path) -> None:
        """Values bound with `bind_contextvars` and merged into the event are redacted like the rest."""
        out = io.StringIO()
        log = configure(out, *json_chain(structlog.contextvars.merge_contextvars))
        structlog.contextvars.bind_contextvars(holder_phone=PHONE, request_id=REQUEST_ID)
        log.bind(doc={"Name": NAME}).info("verify")
        assert {"holder_phone": "<PHONE_NUMBER>", "request_id": REQUEST_ID, "doc": {"Name": "<PERSON>"},
                "event": "verify"} == json.loads(out.getvalue())

    def test_format_exc_info_output(self, tmp_path: Path) -> None:
        """After `format_exc_info`: the rendered traceback string is redacted, no local variable in it."""
        out = io.StringIO()
        log = configure(out, *json_chain(structlog.processors.format_exc_info))
        try:
            verify_card({"Name": NAME, "IdNum": VALID_ID})
        except ValueError:
            log.exception("failed")
        exception = json.loads(out.getvalue())["exception"]
        assert exception.startswith("Traceback (most recent call last):")
        assert exception.endswith("ValueError: ID check failed for <CN_RESIDENT_ID>")
        assert_clean(out.getvalue(), [VALID_ID, NAME, MARKER])

    def test_placed_before_format_exc_info(self) -> None:
        """Placed too early, it renders `exc_info` itself (redacted): nothing raw is left for later processors."""
        out = io.StringIO()
        chain = [RedactingProcessor(), structlog.processors.format_exc_info,
                 structlog.processors.JSONRenderer(ensure_ascii=False)]
        log = configure(out, *chain)
        try:
            verify_card({"Name": NAME, "IdNum": VALID_ID})
        except ValueError:
            log.error("failed", exc_info=True)
        assert json.loads(out.getvalue())["exception"].endswith("ValueError: ID check failed for <CN_RESIDENT_ID>")
        assert_clean(out.getvalue(), [VALID_ID, MARKER])

    def test_dict_tracebacks(self) -> None:
        """After `dict_tracebacks`: messages redacted, frames keep file/line/function, local variables removed."""
        out = io.StringIO()
        log = configure(out, *json_chain(structlog.processors.dict_tracebacks))
        try:
            try:
                verify_card({"Name": NAME, "IdNum": VALID_ID})
            except ValueError as exc:
                raise RuntimeError(f"电话 {PHONE}") from exc
        except RuntimeError:
            log.exception("failed")
        stacks = json.loads(out.getvalue())["exception"]
        assert ["RuntimeError", "ValueError"] == [s["exc_type"] for s in stacks]
        assert ["电话 <PHONE_NUMBER>", "ID check failed for <CN_RESIDENT_ID>"] == [s["exc_value"] for s in stacks]
        assert "verify_card" == stacks[1]["frames"][-1]["name"]
        assert [] == [f for s in stacks for f in s["frames"] if "locals" in f]
        assert_clean(out.getvalue(), [VALID_ID, PHONE, NAME, MARKER])

    def test_stack_info(self) -> None:
        """`stack_info=True` rendered by `StackInfoRenderer`: source lines in the stack are redacted."""
        out = io.StringIO()
        log = configure(out, *json_chain(structlog.processors.StackInfoRenderer()))
        log.info("where", stack_info=True, note="电话 13812345678")  # the number also sits on this source line
        stack = json.loads(out.getvalue())["stack"]
        assert "Stack (most recent call last)" in stack and "<PHONE_NUMBER>" in stack
        assert_clean(out.getvalue(), [PHONE])


class TestStackInfo:
    def test_stack_rendered_by_the_processor_is_redacted(self) -> None:
        """Placed before `StackInfoRenderer`, the processor renders `stack_info` itself, redacted (regression: the
        stack came later, raw, with the source line that held a phone number)."""
        out = io.StringIO()
        configure(out, RedactingProcessor(), structlog.processors.StackInfoRenderer(),
                  structlog.processors.JSONRenderer(ensure_ascii=False))
        structlog.get_logger().info("sms to %s", "13912345678", stack_info=True)  # 13912345678 in the source line
        event = json.loads(out.getvalue())
        assert "sms to <PHONE_NUMBER>" == event["event"] and "test_structlog.py" in event["stack"]
        assert_clean(out.getvalue(), ["13912345678"])


class TestConsoleRenderer:
    def test_exception_without_rich_locals(self) -> None:
        """ConsoleRenderer (Rich installed, locals shown by default) prints the redacted plain traceback instead."""
        out = io.StringIO()
        chain = [structlog.processors.add_log_level, RedactingProcessor(), structlog.dev.ConsoleRenderer(colors=False)]
        log = configure(out, *chain, factory=structlog.PrintLoggerFactory)
        try:
            verify_card({"Name": NAME, "IdNum": VALID_ID})
        except ValueError:
            log.exception("failed", phone=PHONE)
        text = out.getvalue()
        assert "phone=<PHONE_NUMBER>" in text and "Traceback (most recent call last):" in text
        assert "ValueError: ID check failed for <CN_RESIDENT_ID>" in text
        assert_clean(text, [VALID_ID, NAME, MARKER, PHONE])

    def test_key_values(self) -> None:
        """Key/value pairs of the console line, from a free OCR text event."""
        out = io.StringIO()
        chain = [RedactingProcessor(), structlog.dev.ConsoleRenderer(colors=False)]
        configure(out, *chain, factory=structlog.PrintLoggerFactory).info(OCR_LINE, request_id=REQUEST_ID)
        assert f"姓名 <PERSON> 公民身份号码 <CN_RESIDENT_ID> request_id={REQUEST_ID}" == out.getvalue().strip()


class TestProcessorFormatter:
    """The stdlib integration: `structlog.stdlib.LoggerFactory` and `ProcessorFormatter` on a real FileHandler."""

    @pytest.fixture
    def log_file(self, tmp_path: Path) -> Path:
        return tmp_path / "app.jsonl"

    def install(self, log_file: Path, formatter: logging.Formatter) -> None:
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setFormatter(formatter)
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.DEBUG)
        structlog.configure(
            processors=[
                structlog.stdlib.add_log_level,
                structlog.stdlib.PositionalArgumentsFormatter(),
                structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
            ],
            logger_factory=structlog.stdlib.LoggerFactory(),
            wrapper_class=structlog.stdlib.BoundLogger,
            cache_logger_on_first_use=False,
        )

    def read(self, log_file: Path) -> list[dict[str, Any]]:
        for handler in logging.getLogger().handlers:
            handler.flush()
        return lines(log_file)

    def test_structlog_and_foreign_records(self, log_file: Path, front: Any) -> None:
        """In `processors`: records from structlog and from plain `logging` (an SDK's logger) are both redacted,
        `extra=` fields (ExtraAdder) and the foreign record's traceback included."""
        payload, planted, operational = front
        self.install(log_file, structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[structlog.stdlib.add_log_level, structlog.stdlib.ExtraAdder()],
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
                RedactingProcessor(),
                structlog.processors.JSONRenderer(ensure_ascii=False),
            ],
        ))
        structlog.get_logger("app.ocr").info("ocr done", resp=payload)
        sdk = logging.getLogger("tencentcloud_sdk_common")
        sdk.debug("resp body: %s", json.dumps(payload, ensure_ascii=False), extra={"id_number": VALID_ID})
        try:
            verify_card({"Name": NAME, "IdNum": VALID_ID})
        except ValueError:
            sdk.exception("call failed for %s", PHONE)
        ours, body, failure = self.read(log_file)
        assert "<PERSON>" == ours["resp"]["Response"]["Name"] and "info" == ours["level"]
        assert "<CN_RESIDENT_ID>" == body["id_number"] and '"Name": "<PERSON>"' in body["event"]
        assert "call failed for <PHONE_NUMBER>" == failure["event"]
        assert failure["exception"].endswith("ValueError: ID check failed for <CN_RESIDENT_ID>")
        assert_clean(log_file.read_text(encoding="utf-8"), [*planted, PHONE, MARKER], operational)

    def test_in_foreign_pre_chain(self, log_file: Path) -> None:
        """In `foreign_pre_chain`: records from plain `logging` are redacted before the shared processors."""
        self.install(log_file, structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[structlog.stdlib.add_log_level, RedactingProcessor()],
            processor=structlog.processors.JSONRenderer(ensure_ascii=False),
        ))
        logging.getLogger("thirdparty").warning("OCR text: %s", OCR_LINE)
        assert [{"event": "OCR text: 姓名 <PERSON> 公民身份号码 <CN_RESIDENT_ID>", "level": "warning"}] == (
            self.read(log_file))

    def test_positional_arguments_before_their_formatter(self, log_file: Path) -> None:
        """Placed before `PositionalArgumentsFormatter`, it formats `%` arguments itself: no crash on `%d` with a
        placeholder, nothing formatted twice."""
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setFormatter(structlog.stdlib.ProcessorFormatter(
            processor=structlog.processors.JSONRenderer(ensure_ascii=False)))
        logging.getLogger().addHandler(handler)
        structlog.configure(
            processors=[
                RedactingProcessor(),
                structlog.stdlib.PositionalArgumentsFormatter(),
                structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
            ],
            logger_factory=structlog.stdlib.LoggerFactory(),
            wrapper_class=structlog.stdlib.BoundLogger,
            cache_logger_on_first_use=False,
        )
        log = structlog.get_logger("app")
        log.warning("phone %d of %s", int(PHONE), "户名" + NAME)
        log.warning("login %(Password)s", {"Password": "hunter2"})  # the key makes the value a secret
        log.warning("count=%d id=%s", "many", VALID_ID)  # a format that fails: both kept, redacted
        assert [{"event": "phone <PHONE_NUMBER> of 户名<PERSON>"}, {"event": "login <SECRET>"},
                {"event": "count=%d id=%s ('many', '<CN_RESIDENT_ID>')"}] == self.read(log_file)

    def test_before_remove_processors_meta(self, log_file: Path) -> None:
        """Placed before `remove_processors_meta` and `ExtraAdder`, the formatter's `_record` passes through for
        them (and `extra=` fields added after it are then not redacted: place it after `ExtraAdder`)."""
        self.install(log_file, structlog.stdlib.ProcessorFormatter(processors=[
            RedactingProcessor(),
            structlog.stdlib.ExtraAdder(allow=["route"]),
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.JSONRenderer(ensure_ascii=False),
        ]))
        logging.getLogger("thirdparty").info("电话 %s", PHONE, extra={"route": "/ocr"})
        assert [{"event": "电话 <PHONE_NUMBER>", "route": "/ocr"}] == self.read(log_file)

    def test_presidio_logging_during_redaction_is_not_written(self, log_file: Path) -> None:
        """With the root logger at DEBUG, Presidio's own records (logged on every redaction) never reach the
        ProcessorFormatter handler, which could not drop them: one line in, one line out."""
        self.install(log_file, structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[RedactingProcessor()],
            processor=structlog.processors.JSONRenderer(ensure_ascii=False),
        ))
        logging.getLogger("thirdparty").info("OCR text: %s", OCR_LINE)
        assert [{"event": "OCR text: 姓名 <PERSON> 公民身份号码 <CN_RESIDENT_ID>"}] == self.read(log_file)

    def test_other_records_logged_during_redaction_are_withheld(self, log_file: Path) -> None:
        """Any other record logged while ocrshield is redacting (a custom recognizer's logger) is written as a
        stub, under ProcessorFormatter and natively; nothing is raised."""
        self.install(log_file, structlog.stdlib.ProcessorFormatter(
            processor=structlog.processors.JSONRenderer(ensure_ascii=False),
            foreign_pre_chain=[RedactingProcessor()],
        ))
        out = io.StringIO()
        native = configure(out, RedactingProcessor(), structlog.processors.JSONRenderer())
        with inside_redaction():
            logging.getLogger("acme.recognizers").info("analysing %s", PHONE)
            native.info("inside", phone=PHONE)
        expected = {"event": "<ocrshield: record withheld: logged during redaction>"}
        assert ([expected], [expected]) == (self.read(log_file), [json.loads(out.getvalue())])


class TestFailure:
    @pytest.fixture
    def broken(self, monkeypatch: pytest.MonkeyPatch) -> ocrshield.Redactor:
        return broken_redactor(monkeypatch, "redact", "_redact_fields")

    def test_failure_withholds_the_event(self, broken: ocrshield.Redactor) -> None:
        """When redaction fails the event becomes a stub and every value a placeholder; the exception is not
        rendered; the application sees no exception."""
        out = io.StringIO()
        log = configure(out, RedactingProcessor(broken), structlog.processors.format_exc_info,
                        structlog.processors.JSONRenderer())
        try:
            verify_card({"Name": NAME, "IdNum": VALID_ID})
        except ValueError:
            log.exception("id %s", VALID_ID, doc={"IdNum": VALID_ID})
        assert {"event": WITHHELD, "doc": "<REDACTED:ERROR>",
                "exception": "<ocrshield: exception withheld: redaction failed>"} == json.loads(out.getvalue())

    def test_strict_redactor_raises(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Under a strict redactor (tests) internal errors surface instead of being withheld."""
        r = ocrshield.Redactor(ner_model=None, strict=True)
        monkeypatch.setattr(r, "redact", lambda *_a: 1 / 0)
        monkeypatch.setattr(r, "_redact_fields", lambda *_a: 1 / 0)
        log = configure(io.StringIO(), RedactingProcessor(r), structlog.processors.JSONRenderer())
        with pytest.raises(ZeroDivisionError):
            log.info("x")

    def test_repr_names_no_data(self) -> None:
        """The repr shows the configuration only."""
        assert "RedactingProcessor(redactor=None)" == repr(RedactingProcessor())

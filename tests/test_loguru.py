"""loguru: the real global `logger` writing real files (text, `serialize=True`, `enqueue=True`, stdlib handlers)
through `ocrshield.loguru.install()`."""

from __future__ import annotations

import datetime
import importlib.util
import json
import logging
import pickle
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from loguru import logger

import ocrshield
import ocrshield.loguru
from conftest import assert_clean, broken_redactor, load_json
from ocrshield._guard import inside_redaction

VALID_ID = "110105199003071239"
PHONE = "13812345678"
NAME = "王晓明"
OCR_LINE = f"姓名 张三 公民身份号码 {VALID_ID}"
REQUEST_ID = "002b68c8-806a-4b3f-bd83-b569d7821787"
OPERATIONAL = (
    "AppID=1250000000 Action=IDCardOCR Region=ap-guangzhou RequestId=3c140219-cfe9-470e-b241-907877d6fb03 "
    "Result=Success latency_ms=231 fee=0.01 calls=1"
)
WITHHELD = "<ocrshield: record withheld: redaction failed>"
FORMAT = "{level} {message} | {extra}"  # loguru appends "\n{exception}"


def front_response() -> dict[str, Any]:
    return load_json("tencent/idcard_front_response.json")  # type: ignore[no-any-return]


@pytest.fixture
def front(tencent_manifest: dict[str, dict[str, list[Any]]]) -> tuple[dict[str, Any], list[Any], list[Any]]:
    entry = tencent_manifest["idcard_front_response.json"]
    return front_response(), entry["planted"], entry["operational"]


@pytest.fixture
def clean_loguru() -> Iterator[None]:
    """No sinks, no extra, the core's patcher as it was; the same again afterwards (loguru's state is global)."""
    core: Any = logger._core  # type: ignore[attr-defined]
    ocrshield.loguru.uninstall()
    saved = core.patcher
    logger.remove()
    logger.configure(extra={})
    yield
    ocrshield.loguru.uninstall()
    logger.remove()
    logger.configure(extra={})
    core.patcher = saved


@pytest.fixture
def shielded(clean_loguru: None) -> ocrshield.loguru.RedactingPatcher:
    return ocrshield.loguru.install()


class Sink:
    """A file sink added to the global logger; `text()` removes it (flushing the file) and reads it."""

    def __init__(self, path: Path, **options: Any) -> None:
        self.path = path
        options.setdefault("format", FORMAT)
        self.id = logger.add(path, **options)

    def text(self) -> str:
        logger.remove(self.id)
        return self.path.read_text(encoding="utf-8")


@pytest.fixture
def sink(tmp_path: Path) -> Sink:
    return Sink(tmp_path / "app.log", diagnose=True, backtrace=True)


class TestInstall:
    def test_sinks_added_before_and_after_install_are_covered(self, clean_loguru: None, tmp_path: Path) -> None:
        """The patcher runs before every sink: one added before `install()`, one after, the default options."""
        before = Sink(tmp_path / "before.log")
        ocrshield.loguru.install()
        after = Sink(tmp_path / "after.log")
        logger.info("OCR text: {}", OCR_LINE)
        out = before.text() + after.text()
        assert 2 == out.count("OCR text: 姓名 <PERSON> 公民身份号码 <CN_RESIDENT_ID>")
        assert_clean(out, ["张三", VALID_ID])

    def test_stderr_sink_with_loguru_defaults(self, shielded: Any, capsys: pytest.CaptureFixture[str]) -> None:
        """`logger.add(sys.stderr)` after install (colours, diagnose and backtrace as loguru defaults them)."""
        logger.add(sys.stderr)
        logger.info("电话 {}", PHONE)
        err = capsys.readouterr().err
        assert "电话 <PHONE_NUMBER>" in err
        assert_clean(err, [PHONE])

    def test_modules_that_imported_logger_before_install(self, clean_loguru: None, tmp_path: Path) -> None:
        """A module that did `from loguru import logger` (and bound a child) before install is covered: they share
        the core."""
        source = tmp_path / "ocr_client_module.py"
        source.write_text(
            "from loguru import logger\n"
            "log = logger.bind(component='ocr')\n"
            "def report(payload):\n"
            "    log.info('resp {}', payload)\n",
            encoding="utf-8",
        )
        spec = importlib.util.spec_from_file_location("ocr_client_module", source)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        ocrshield.loguru.install()
        out = Sink(tmp_path / "app.log")
        module.report(json.dumps(front_response(), ensure_ascii=False))
        text = out.text()
        assert "'component': 'ocr'" in text and '"Name": "<PERSON>"' in text
        assert_clean(text, [NAME, VALID_ID], [REQUEST_ID])

    def test_patcher_configured_later_still_runs_and_is_redacted(self, shielded: Any, sink: Sink) -> None:
        """`configure(patcher=...)` after install does not remove the redaction; what it adds is redacted."""
        logger.configure(patcher=lambda r: r["extra"].update(body=f"身份证号{VALID_ID}", route="/ocr"))
        logger.info("request")
        out = sink.text()
        assert "request | {'body': '身份证号<CN_RESIDENT_ID>', 'route': '/ocr'}" in out
        assert_clean(out, [VALID_ID])

    def test_existing_patcher_is_composed(self, clean_loguru: None, tmp_path: Path) -> None:
        """A patcher configured before install keeps running, first; its additions are redacted."""
        logger.configure(patcher=lambda r: r["extra"].update(customer_name=NAME, tenant="t-9"))
        ocrshield.loguru.install()
        out = Sink(tmp_path / "app.log")
        logger.info("hello")
        assert "INFO hello | {'customer_name': '<PERSON>', 'tenant': 't-9'}\n" == out.text()

    def test_install_twice_keeps_one_redaction(self, clean_loguru: None) -> None:
        """A second call returns the same patcher with the new redactor; the chain is not doubled."""
        first = ocrshield.loguru.install()
        other = ocrshield.Redactor(ner_model=None, strict=True)
        second = ocrshield.loguru.install(redactor=other)
        core: Any = logger._core  # type: ignore[attr-defined]
        assert (first, other) == (second, second.redactor)
        assert core.patcher.redact is first and not isinstance(core.patcher.first, type(core.patcher))

    def test_uninstall_restores_the_applications_patcher(self, clean_loguru: None, tmp_path: Path) -> None:
        """After `uninstall()` the core has the application's patcher only and records are written as logged."""
        def mark(record: Any) -> None:
            record["extra"]["marked"] = True

        logger.configure(patcher=mark)
        ocrshield.loguru.install()
        ocrshield.loguru.uninstall()
        core: Any = logger._core  # type: ignore[attr-defined]
        out = Sink(tmp_path / "app.log")
        logger.info("电话 {}", PHONE)
        assert (mark, f"INFO 电话 {PHONE} | {{'marked': True}}\n") == (core.patcher, out.text())

    def test_unknown_loguru_internals_fall_back_to_configure(self) -> None:
        """A logger whose core is not loguru 0.7's: a warning, and `configure(patcher=...)` with the existing patcher
        first, then the redaction."""
        configured: list[Any] = []

        class OtherLogger:
            _core = type("OtherCore", (), {"patcher": staticmethod(lambda r: r["extra"].update(added=PHONE))})()

            def configure(self, *, patcher: Any) -> None:
                configured.append(patcher)

        with pytest.warns(RuntimeWarning, match="unknown loguru internals"):
            ocrshield.loguru.install(OtherLogger())  # type: ignore[arg-type]
        record: dict[str, Any] = {"message": "hi", "extra": {}, "exception": None}
        configured[0](record)
        assert {"message": "hi", "extra": {"added": "<PHONE_NUMBER>"}, "exception": None} == record

    def test_pickled_logger_stays_shielded(self, shielded: Any, tmp_path: Path) -> None:
        """loguru pickles the logger for child processes: the copy's core still redacts."""
        copy = pickle.loads(pickle.dumps(logger))
        copy.remove()
        path = tmp_path / "child.log"
        copy.add(path, format="{message}")
        copy.info("电话 {}", PHONE)
        copy.remove()
        assert "电话 <PHONE_NUMBER>\n" == path.read_text(encoding="utf-8")


class TestRedactingPatcher:
    def test_configure_by_hand(self, clean_loguru: None, tmp_path: Path) -> None:
        """`logger.configure(patcher=RedactingPatcher())` works on its own (without install's guard)."""
        logger.configure(patcher=ocrshield.loguru.RedactingPatcher())
        out = Sink(tmp_path / "app.log", format="{message}")
        logger.info(OCR_LINE)
        assert "姓名 <PERSON> 公民身份号码 <CN_RESIDENT_ID>\n" == out.text()

    def test_patch_covers_only_the_logger_it_returns(self, clean_loguru: None, tmp_path: Path) -> None:
        """`logger.patch()` returns a new logger: the global one stays raw (why `install()` exists)."""
        patched = logger.patch(ocrshield.loguru.RedactingPatcher())
        out = Sink(tmp_path / "app.log", format="{message}")
        patched.info("电话 {}", PHONE)
        logger.info("电话 {}", PHONE)
        assert f"电话 <PHONE_NUMBER>\n电话 {PHONE}\n" == out.text()

    def test_repr_names_no_data(self) -> None:
        """The repr shows the configuration only."""
        assert "RedactingPatcher(redactor=None)" == repr(ocrshield.loguru.RedactingPatcher())


class TestMessage:
    def test_free_chinese_ocr_text(self, shielded: Any, sink: Sink) -> None:
        """A free OCR line with a labelled name and a valid ID number."""
        logger.info("OCR text: {}", OCR_LINE)
        assert "INFO OCR text: 姓名 <PERSON> 公民身份号码 <CN_RESIDENT_ID> | {}\n" == sink.text()

    def test_keyword_arguments_reach_message_and_extra(self, shielded: Any, sink: Sink) -> None:
        """`{name}` keyword arguments are formatted into the message and captured into `extra`: both redacted."""
        logger.info("holder {holder} id {}", VALID_ID, holder=f"户名{NAME}")
        out = sink.text()
        assert "holder 户名<PERSON> id <CN_RESIDENT_ID> | {'holder': '<PERSON>'}" in out
        assert_clean(out, [NAME, VALID_ID])

    def test_lazy_arguments(self, shielded: Any, sink: Sink, front: Any) -> None:
        """`opt(lazy=True)`: the callables' results are formatted before the patcher runs, then redacted."""
        payload, planted, operational = front
        logger.opt(lazy=True).debug("resp body: {}", lambda: json.dumps(payload, ensure_ascii=False))
        out = sink.text()
        body = json.loads(out.split("resp body: ", 1)[1].rsplit(" | ", 1)[0])
        assert "<PERSON>" == body["Response"]["Name"]
        assert_clean(out, planted, operational)

    def test_colour_markup(self, shielded: Any, tmp_path: Path) -> None:
        """`opt(colors=True)` on a colourised sink: the markup goes, the data is redacted, nothing breaks."""
        out = Sink(tmp_path / "app.log", format="{message}", colorize=True)
        logger.opt(colors=True).info("<red>电话 {}</red>", PHONE)
        text = out.text()
        assert "电话 <PHONE_NUMBER>" in text
        assert_clean(text, [PHONE])

    def test_raw_output(self, shielded: Any, sink: Sink) -> None:
        """`opt(raw=True)` writes `record["message"]` alone: redacted."""
        logger.opt(raw=True).info("{}\n", OCR_LINE)
        assert "姓名 <PERSON> 公民身份号码 <CN_RESIDENT_ID>\n" == sink.text()

    def test_operational_line_unchanged(self, shielded: Any, sink: Sink) -> None:
        """Monitoring data comes through byte for byte."""
        logger.info(OPERATIONAL)
        assert f"INFO {OPERATIONAL} | {{}}\n" == sink.text()


class Customer:
    """An application object: its str is an id, its repr shows the person."""

    def __str__(self) -> str:
        return "customer c-17"

    def __repr__(self) -> str:
        return f"Customer(id='c-17', name='{NAME}', id_number='{VALID_ID}')"


class TestExtra:
    def test_bound_tencent_response(self, shielded: Any, sink: Sink, front: Any) -> None:
        """`bind(resp=<IDCardOCR response dict>)`: a nested payload in `extra`, redacted field by field."""
        payload, planted, operational = front
        logger.bind(resp=payload, request_id=REQUEST_ID).info("ocr done")
        out = sink.text()
        assert "'Name': '<PERSON>'" in out and "'IdNum': '<CN_RESIDENT_ID>'" in out
        assert_clean(out, planted, operational)

    def test_bound_payload_is_not_changed(self, shielded: Any, sink: Sink) -> None:
        """The application's own dict, bound once and reused, keeps its values: the record holds a copy."""
        doc = {"Name": NAME, "IdNum": VALID_ID}
        bound = logger.bind(doc=doc)
        bound.info("one")
        bound.info("two")
        out = sink.text()
        assert ({"Name": NAME, "IdNum": VALID_ID}, 2) == (doc, out.count("'IdNum': '<CN_RESIDENT_ID>'"))

    def test_contextualize(self, shielded: Any, sink: Sink) -> None:
        """`contextualize()` values (context variables) are part of `extra`."""
        with logger.contextualize(customer_name=NAME, id_number=VALID_ID, request_id=REQUEST_ID):
            logger.info("verifying")
        out = sink.text()
        assert f"'customer_name': '<PERSON>', 'id_number': '<CN_RESIDENT_ID>', 'request_id': '{REQUEST_ID}'" in out
        assert_clean(out, [NAME, VALID_ID])

    def test_configured_extra(self, shielded: Any, sink: Sink) -> None:
        """`configure(extra=...)` defaults reach every record and are redacted like the rest."""
        logger.configure(extra={"operator_phone": PHONE, "region": "ap-guangzhou"})
        logger.info("start")
        assert "INFO start | {'operator_phone': '<PHONE_NUMBER>', 'region': 'ap-guangzhou'}\n" == sink.text()

    def test_objects_keep_their_type_when_clean(self, shielded: Any, tmp_path: Path) -> None:
        """A datetime and a UUID in `extra` stay objects, so format specs in the sink's format still work."""
        when = datetime.datetime(2026, 11, 29, 15, 32, tzinfo=datetime.timezone.utc)
        call = uuid.UUID(REQUEST_ID)
        out = Sink(tmp_path / "app.log", format="{extra[when]:%Y-%m-%d} {extra[call].hex} {message}")
        logger.bind(when=when, call=call).info("ok")
        assert f"2026-11-29 {call.hex} ok\n" == out.text()

    def test_other_objects_become_their_redacted_text(self, shielded: Any, sink: Sink) -> None:
        """Any other object in `extra` is replaced by its redacted text: `{extra}` would show its repr."""
        logger.bind(customer=Customer()).info("lookup")
        assert "INFO lookup | {'customer': 'customer c-17'}\n" == sink.text()


def verify_card(doc: dict[str, str]) -> None:
    id_number = doc["IdNum"]  # noqa: F841  (a local variable that diagnose=True would print)
    holder = doc["Name"]  # noqa: F841
    marker = "LOCAL-VARIABLE-MARKER"  # noqa: F841  (plain text: shows whether variables are printed at all)
    raise ValueError(f"ID check failed for {doc['IdNum']}")


class TestException:
    def test_diagnose_sink_shows_no_local_variables(self, shielded: Any, sink: Sink) -> None:
        """`diagnose=True, backtrace=True`: the traceback is written, redacted, and no frame variable appears
        (an ID number and a bare name held in locals, and a plain marker)."""
        try:
            verify_card({"Name": NAME, "IdNum": VALID_ID})
        except ValueError:
            logger.exception("verification failed")
        out = sink.text()
        assert "Traceback (most recent call last):" in out and ", in verify_card\n" in out
        assert out.endswith("ValueError: ID check failed for <CN_RESIDENT_ID>\n")
        assert_clean(out, [VALID_ID, NAME, "LOCAL-VARIABLE-MARKER"])

    def test_source_lines_are_redacted(self, shielded: Any, sink: Sink) -> None:
        """A literal in the source line shown by the traceback is redacted like any text."""
        try:
            raise RuntimeError("公民身份号码110105199003071239 rejected")
        except RuntimeError:
            logger.opt(exception=True).error("failed")
        out = sink.text()
        assert 'raise RuntimeError("公民身份号码<CN_RESIDENT_ID> rejected")' in out
        assert_clean(out, [VALID_ID])

    def test_chained_exception(self, shielded: Any, sink: Sink) -> None:
        """`raise ... from ...`: the cause's message is redacted too."""
        try:
            try:
                raise KeyError(f"姓名{NAME}")
            except KeyError as exc:
                raise RuntimeError(f"lookup failed, phone {PHONE}") from exc
        except RuntimeError:
            logger.exception("chain")
        out = sink.text()
        assert "The above exception was the direct cause of the following exception:" in out
        assert "KeyError: '姓名<PERSON>'" in out and "RuntimeError: lookup failed, phone <PHONE_NUMBER>" in out
        assert_clean(out, [NAME, PHONE])

    def test_exception_notes(self, shielded: Any, sink: Sink) -> None:
        """Notes added to an exception are part of its message."""
        exc = ValueError("bad card")
        exc.add_note(f"IdNum={VALID_ID}")
        logger.opt(exception=exc).error("failed")
        out = sink.text()
        assert "ValueError: bad card\nIdNum=<CN_RESIDENT_ID>\n" in out
        assert_clean(out, [VALID_ID])

    def test_exception_object_never_raised(self, shielded: Any, sink: Sink) -> None:
        """`opt(exception=<instance>)` of an exception that was never raised: just its line, redacted."""
        logger.opt(exception=ValueError(f"电话 {PHONE}")).warning("odd")
        assert "WARNING odd | {}\nValueError: 电话 <PHONE_NUMBER>\n" == sink.text()

    def test_catch_decorator(self, shielded: Any, sink: Sink) -> None:
        """`@logger.catch` logs the exception it catches: redacted."""
        @logger.catch(reraise=False)
        def handler() -> None:
            verify_card({"Name": NAME, "IdNum": VALID_ID})

        handler()
        out = sink.text()
        assert "ValueError: ID check failed for <CN_RESIDENT_ID>" in out
        assert_clean(out, [VALID_ID, NAME, "LOCAL-VARIABLE-MARKER"])

    @pytest.mark.skipif(sys.version_info < (3, 11), reason="exception groups are Python 3.11+")
    def test_exception_group(self, shielded: Any, sink: Sink) -> None:
        """An exception group (sub-exceptions after its own line) is written whole, redacted."""
        try:
            raise ExceptionGroup("batch", [ValueError(f"id {VALID_ID}"), KeyError(f"电话{PHONE}")])  # noqa: F821
        except Exception:
            logger.exception("batch failed")
        out = sink.text()
        assert "ExceptionGroup: batch (2 sub-exceptions)" in out and "ValueError: id <CN_RESIDENT_ID>" in out
        assert_clean(out, [VALID_ID, PHONE])

    def test_record_holds_a_surrogate_without_traceback(self, shielded: Any) -> None:
        """Callables sinks see `RedactedException` named like the original, no traceback, the original type."""
        seen: list[Any] = []
        logger.add(lambda message: seen.append(message.record), format="{message}")
        try:
            verify_card({"Name": NAME, "IdNum": VALID_ID})
        except ValueError:
            logger.exception("failed")
        exc_type, value, tb = seen[0]["exception"]
        assert (ValueError, "ValueError", None) == (exc_type, type(value).__name__, tb)
        assert isinstance(value, ocrshield.loguru.RedactedException)
        assert ("ID check failed for <CN_RESIDENT_ID>", "ValueError('ID check failed for <CN_RESIDENT_ID>')") == (
            str(value), repr(value))

    def test_serialize_sink(self, shielded: Any, tmp_path: Path, front: Any) -> None:
        """`serialize=True`: message, extra, exception and the text in the JSON line are redacted; operational
        values survive."""
        payload, planted, operational = front
        out = Sink(tmp_path / "app.jsonl", serialize=True)
        try:
            verify_card({"Name": NAME, "IdNum": VALID_ID})
        except ValueError:
            logger.bind(resp=payload).exception("OCR text: {}", OCR_LINE)
        text = out.text()
        record = json.loads(text)["record"]
        assert "OCR text: 姓名 <PERSON> 公民身份号码 <CN_RESIDENT_ID>" == record["message"]
        assert {"type": "ValueError", "value": "ID check failed for <CN_RESIDENT_ID>", "traceback": False} == (
            record["exception"])
        assert ("<PERSON>", REQUEST_ID) == (record["extra"]["resp"]["Response"]["Name"],
                                           record["extra"]["resp"]["Response"]["RequestId"])
        assert_clean(text, [*planted, "张三", "LOCAL-VARIABLE-MARKER"], operational)

    def test_enqueued_sink(self, shielded: Any, tmp_path: Path) -> None:
        """`enqueue=True` pickles each record through a queue: the surrogate exception survives it."""
        seen: list[Any] = []
        out = Sink(tmp_path / "app.log", enqueue=True)
        logger.add(lambda message: seen.append(message.record["exception"].value), enqueue=True)
        try:
            verify_card({"Name": NAME, "IdNum": VALID_ID})
        except ValueError:
            logger.exception("queued")
        logger.complete()
        text = out.text()
        assert "ValueError: ID check failed for <CN_RESIDENT_ID>" in text
        assert ("ValueError", "ID check failed for <CN_RESIDENT_ID>") == (type(seen[0]).__name__, str(seen[0]))
        assert_clean(text, [VALID_ID, "LOCAL-VARIABLE-MARKER"])

    def test_stdlib_handler_sink(self, shielded: Any, tmp_path: Path) -> None:
        """A `logging.Handler` given to `logger.add` gets the redacted message, extra and traceback."""
        path = tmp_path / "std.log"
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(levelname)s %(message)s %(extra)s"))
        logger.add(handler, format="{message}")
        try:
            verify_card({"Name": NAME, "IdNum": VALID_ID})
        except ValueError:
            logger.bind(phone=PHONE).exception("std")
        logger.remove()
        text = path.read_text(encoding="utf-8")
        assert "ERROR std\nTraceback (most recent call last):" in text and "{'phone': '<PHONE_NUMBER>'}" in text
        assert_clean(text, [VALID_ID, PHONE, "LOCAL-VARIABLE-MARKER"])


class TestFailure:
    @pytest.fixture
    def broken(self, monkeypatch: pytest.MonkeyPatch) -> ocrshield.Redactor:
        return broken_redactor(monkeypatch, "redact_text")

    def test_failure_withholds_the_record(self, clean_loguru: None, sink: Sink, broken: ocrshield.Redactor) -> None:
        """When redaction fails the message, every extra value and the exception become stubs; the application
        sees no exception."""
        ocrshield.loguru.install(redactor=broken)
        try:
            verify_card({"Name": NAME, "IdNum": VALID_ID})
        except ValueError:
            logger.bind(id_number=VALID_ID).exception("id {}", VALID_ID)
        out = sink.text()
        assert (
            f"ERROR {WITHHELD} | {{'id_number': '<REDACTED:ERROR>'}}\n"
            "ocrshield.loguru.RedactedException: <ocrshield: exception withheld: redaction failed>\n"
        ) == out

    def test_strict_redactor_raises(self, clean_loguru: None, monkeypatch: pytest.MonkeyPatch) -> None:
        """Under a strict redactor (tests) internal errors surface instead of being withheld."""
        r = ocrshield.Redactor(ner_model=None, strict=True)
        monkeypatch.setattr(r, "redact_text", lambda *_a: 1 / 0)
        ocrshield.loguru.install(redactor=r)
        logger.add(lambda _m: None)
        with pytest.raises(ZeroDivisionError):
            logger.info("x")

    def test_records_logged_during_redaction_are_dropped(self, shielded: Any, sink: Sink) -> None:
        """A record emitted while ocrshield is redacting (Presidio's logging through an InterceptHandler) reaches
        no sink: it would recurse, and it may quote the text under analysis."""
        with inside_redaction():
            logger.info("inside {}", PHONE)
        logger.info("after")
        assert "INFO after | {}\n" == sink.text()

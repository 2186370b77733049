"""stdlib logging: real loggers writing real files through `RedactingFilter` and `RedactingHandler`."""

from __future__ import annotations

import json
import logging
import logging.config
from pathlib import Path
from typing import Any

import pytest

import ocrshield
from conftest import assert_clean, load_json

VALID_ID = "110105199003071239"
PHONE = "13812345678"
FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
OPERATIONAL = (
    "AppID=1250000000 Action=IDCardOCR Region=ap-guangzhou RequestId=3c140219-cfe9-470e-b241-907877d6fb03 "
    "Result=Success latency_ms=231 fee=0.01 calls=1"
)


def file_handler(path: Path, fmt: str = FORMAT) -> logging.FileHandler:
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter(fmt))
    return handler


def child_logger(name: str = "app.ocr.idcard") -> logging.Logger:
    logger = logging.getLogger(name)
    logger.setLevel(logging.DEBUG)
    return logger


def read(path: Path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return path.read_text(encoding="utf-8")


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    return tmp_path / "ocr.log"


@pytest.fixture
def filtered(log_file: Path) -> logging.Logger:
    """A child logger whose records propagate to a root FileHandler carrying the filter."""
    handler = file_handler(log_file)
    handler.addFilter(ocrshield.RedactingFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    return child_logger()


class TestRedactingFilter:
    def test_child_logger_records_are_redacted_by_the_handler_filter(
        self, filtered: logging.Logger, log_file: Path
    ) -> None:
        """The filter sits on the handler, so records from any child logger pass through it."""
        filtered.info("OCR text: 姓名王晓明 公民身份号码%s", VALID_ID)
        out = read(log_file)
        assert "OCR text: 姓名<PERSON> 公民身份号码<CN_RESIDENT_ID>" in out
        assert_clean(out, ["王晓明", VALID_ID])

    def test_tencent_response_logged_as_json_string(self, filtered: logging.Logger, log_file: Path) -> None:
        """A JSON response logged with `%s` keeps its shape; identity fields and images are gone."""
        raw = json.dumps(load_json("tencent/idcard_front_response.json"), ensure_ascii=False)
        filtered.debug("resp body: %s", raw)
        out = read(log_file)
        body = json.loads(out.split("resp body: ", 1)[1])
        assert "<PERSON>" == body["Response"]["Name"]
        assert_clean(out, ["王晓明", VALID_ID, "1990/3/7", "北京市朝阳区建国路88号院3号楼2单元501室", "/9j/4AAQ"],
                     ["002b68c8-806a-4b3f-bd83-b569d7821787"])

    def test_dict_argument_and_dict_message(self, filtered: logging.Logger, log_file: Path) -> None:
        """Containers among the args (and a dict as the message) are redacted structurally."""
        payload = {"Name": "王晓明", "IdNum": VALID_ID, "RequestId": "r-42"}
        filtered.info("payload=%s", payload)
        filtered.info(payload)
        out = read(log_file)
        assert out.count("'Name': '<PERSON>'") == 2 and out.count("'RequestId': 'r-42'") == 2
        assert_clean(out, ["王晓明", VALID_ID])

    def test_bad_format_args_never_crash(
        self, filtered: logging.Logger, log_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`%d` with a non-number: no logging error, nothing raw on stderr, the record is written."""
        filtered.info("count=%d id=%s", "many", VALID_ID)
        filtered.info("only %s %s", PHONE)
        out = read(log_file)
        assert "count=%d id=%s" in out and "<CN_RESIDENT_ID>" in out and "only %s %s" in out
        assert_clean(out + capsys.readouterr().err, [VALID_ID, PHONE])
        assert "Logging error" not in capsys.readouterr().err

    def test_numbers_still_format(self, filtered: logging.Logger, log_file: Path) -> None:
        """`%d` and `%.2f` with real numbers format as usual; the args are cleared afterwards."""
        filtered.info("latency_ms=%d fee=%.2f", 231, 0.01)
        assert "latency_ms=231 fee=0.01" in read(log_file)

    def test_extra_fields(self, log_file: Path) -> None:
        """Every `extra=` field is redacted, whatever the formatter does with it."""
        handler = file_handler(log_file, "%(message)s id=%(id_number)s doc=%(doc)s call=%(call_id)s")
        handler.addFilter(ocrshield.RedactingFilter())
        logger = child_logger()
        logger.addHandler(handler)
        logger.info("verified", extra={"id_number": VALID_ID, "doc": {"Name": "王晓明"}, "call_id": "c-7"})
        out = read(log_file)
        assert "verified id=<CN_RESIDENT_ID> doc={'Name': '<PERSON>'} call=c-7" in out

    def test_exception_message_and_traceback(self, filtered: logging.Logger, log_file: Path) -> None:
        """An exception carrying an ID number is written with its traceback, the ID redacted."""
        try:
            raise ValueError(f"ID check failed for {VALID_ID}, phone {PHONE}")
        except ValueError:
            filtered.exception("verification failed")
        out = read(log_file)
        assert "Traceback (most recent call last)" in out
        assert "ValueError: ID check failed for <CN_RESIDENT_ID>, phone <PHONE_NUMBER>" in out
        assert_clean(out, [VALID_ID, PHONE])

    def test_stack_info(self, filtered: logging.Logger, log_file: Path) -> None:
        """`stack_info=True` output is redacted too (source lines may quote data)."""
        filtered.info("where", stack_info=True)  # phone 13812345678 on the logging line itself
        out = read(log_file)
        assert "Stack (most recent call last)" in out
        assert_clean(out, [PHONE])

    def test_operational_line_unchanged(self, filtered: logging.Logger, log_file: Path) -> None:
        """Monitoring data comes through byte for byte."""
        filtered.info(OPERATIONAL)
        assert read(log_file).rstrip("\n").endswith(" app.ocr.idcard " + OPERATIONAL)

    def test_two_handlers_share_one_redaction(self, tmp_path: Path) -> None:
        """Two filtered handlers on one record: both files are clean, the record is redacted once."""
        a, b = tmp_path / "a.log", tmp_path / "b.log"
        logger = child_logger()
        for path in (a, b):
            h = file_handler(path)
            h.addFilter(ocrshield.RedactingFilter())
            logger.addHandler(h)
        logger.info("phone %s", PHONE)
        assert_clean(read(a) + read(b), [PHONE])
        assert "<PHONE_NUMBER>" in read(a) and "<PHONE_NUMBER>" in read(b)

    def test_failure_withholds_the_record(self, log_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """When the engine fails the record becomes a stub, never raw, and the app sees no exception."""
        broken = ocrshield.Redactor(ner_model=None, strict=False)

        def explode(*_a: Any, **_k: Any) -> Any:
            raise RuntimeError("boom")

        monkeypatch.setattr(broken, "redact_text", explode)
        handler = file_handler(log_file)
        handler.addFilter(ocrshield.RedactingFilter(redactor=broken))
        logger = child_logger()
        logger.addHandler(handler)
        logger.info("id %s", VALID_ID, extra={"doc": VALID_ID})
        out = read(log_file)
        assert "<ocrshield: record withheld: redaction failed>" in out
        assert_clean(out, [VALID_ID])

    def test_engine_errors_inside_redactor_fail_closed(self, log_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A detector crash inside the engine yields `<REDACTED:ERROR>` for that value, and a warning."""
        from ocrshield import _engine

        monkeypatch.setattr(_engine, "_warned", set())  # the warning comes once per process; other tests warn too
        r = ocrshield.Redactor(ner_model=None, strict=False)
        state = r._get_state()

        def explode(*_a: Any, **_k: Any) -> Any:
            raise RuntimeError("boom " + VALID_ID)

        monkeypatch.setattr(state.detector, "detect", explode)
        handler = file_handler(log_file)
        handler.addFilter(ocrshield.RedactingFilter(redactor=r))
        logger = child_logger()
        logger.addHandler(handler)
        with pytest.warns(RuntimeWarning) as warned:
            logger.info("id %s", VALID_ID)
        out = read(log_file)
        assert "<REDACTED:ERROR>" in out
        assert_clean(out + "".join(str(w.message) for w in warned), [VALID_ID])


class TestRedactingHandler:
    def test_wraps_target_and_keeps_its_format(self, log_file: Path) -> None:
        """The target formats the redacted copy with its own formatter."""
        target = file_handler(log_file, "[%(levelname)s] %(name)s | %(message)s")
        logger = child_logger()
        logger.addHandler(ocrshield.RedactingHandler(target))
        logger.warning("住址%s", "北京市朝阳区建国路88号院3号楼2单元501室")
        assert "[WARNING] app.ocr.idcard | 住址<ADDRESS>\n" == read(log_file)

    def test_original_record_is_untouched(self, log_file: Path) -> None:
        """Other handlers get the original record: the wrapper redacts a copy."""
        seen: list[logging.LogRecord] = []

        class Keep(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                seen.append(record)

        logger = child_logger()
        logger.addHandler(ocrshield.RedactingHandler(file_handler(log_file)))
        logger.addHandler(Keep())
        logger.info("phone %s", PHONE)
        assert ("phone %s", (PHONE,)) == (seen[0].msg, seen[0].args)
        assert_clean(read(log_file), [PHONE])

    def test_target_level_and_filters_apply(self, log_file: Path) -> None:
        """The target's own level still decides what it writes."""
        target = file_handler(log_file)
        target.setLevel(logging.WARNING)
        logger = child_logger()
        logger.addHandler(ocrshield.RedactingHandler(target))
        logger.info("not written")
        logger.error("written")
        out = read(log_file)
        assert "written" in out and "not written" not in out

    def test_presidio_logging_during_first_use_does_not_recurse(self, log_file: Path) -> None:
        """With the root logger at DEBUG, Presidio's own records during the lazy build are not fed back into
        the redactor (no recursion, no deadlock) and never reach the file raw."""
        fresh = ocrshield.Redactor(ner_model=None, strict=True)  # not built yet
        root = logging.getLogger()
        root.setLevel(logging.DEBUG)
        root.addHandler(ocrshield.RedactingHandler(file_handler(log_file), redactor=fresh))
        child_logger().info("first record %s", PHONE)
        out = read(log_file)
        assert 1 == out.count("\n") and "first record <PHONE_NUMBER>" in out
        assert "presidio" not in out.lower()


class TestDictConfig:
    def test_filter_by_dotted_path(self, log_file: Path) -> None:
        """`{"()": "ocrshield.RedactingFilter"}` on a file handler, as in the README."""
        logging.config.dictConfig({
            "version": 1,
            "disable_existing_loggers": False,
            "filters": {"pii": {"()": "ocrshield.RedactingFilter"}},
            "formatters": {"plain": {"format": "%(levelname)s %(name)s %(message)s"}},
            "handlers": {"file": {"class": "logging.FileHandler", "filename": str(log_file),
                                  "formatter": "plain", "filters": ["pii"], "encoding": "utf-8"}},
            "root": {"level": "DEBUG", "handlers": ["file"]},
        })
        child_logger("app.dictconfig").info("姓名王晓明 电话%s", PHONE)
        assert "INFO app.dictconfig 姓名<PERSON> 电话<PHONE_NUMBER>\n" == read(log_file)

    def test_wrapping_handler_by_name(self, log_file: Path) -> None:
        """`{"()": "ocrshield.RedactingHandler", "target": "file"}` resolves a handler configured before it."""
        logging.config.dictConfig({
            "version": 1,
            "disable_existing_loggers": False,
            "formatters": {"plain": {"format": "%(levelname)s %(message)s"}},
            "handlers": {
                "file": {"class": "logging.FileHandler", "filename": str(log_file), "formatter": "plain",
                         "encoding": "utf-8"},
                "safe": {"()": "ocrshield.RedactingHandler", "target": "file"},
            },
            "loggers": {"app": {"level": "INFO", "handlers": ["safe"], "propagate": False}},
        })
        logging.getLogger("app.svc").info("card 6222021234567894 for %s", "户名王晓明")
        assert "INFO card <BANK_CARD> for 户名<PERSON>\n" == read(log_file)


class TestKeyNamesInRecords:
    """Regressions: field names in `extra=` and in mapping args decide what a value is."""

    def test_extra_fields_are_redacted_by_their_names(self, log_file: Path) -> None:
        """`extra={"password": ..., "CustomerName": ..., "id_num": ...}`: the names make the values sensitive."""
        handler = file_handler(log_file, "%(message)s | pw=%(password)s cn=%(CustomerName)s id=%(id_num)s")
        handler.addFilter(ocrshield.RedactingFilter())
        logger = child_logger()
        logger.addHandler(handler)
        logger.info("login", extra={"password": "hunter2", "CustomerName": "王晓明", "id_num": "110101199003077775"})
        assert "login | pw=<SECRET> cn=<PERSON> id=<CN_RESIDENT_ID>\n" == read(log_file)

    def test_mapping_args_are_redacted_by_their_keys(self, filtered: logging.Logger, log_file: Path) -> None:
        """`logger.info("user %(Password)s", {...})`: the keys name the fields."""
        filtered.info("user %(Password)s phone %(Phone)s", {"Password": "hunter2", "Phone": "1381234567"})
        out = read(log_file)
        assert "user <SECRET> phone <PHONE_NUMBER>" in out
        assert_clean(out, ["hunter2", "1381234567"])


class TestDictConfigOrder:
    def test_wrapper_named_before_its_target(self, log_file: Path) -> None:
        """A wrapper whose name sorts before its target's is configured after it (regression)."""
        logging.config.dictConfig({
            "version": 1,
            "disable_existing_loggers": False,
            "formatters": {"plain": {"format": "%(message)s"}},
            "handlers": {
                "store": {"class": "logging.FileHandler", "filename": str(log_file), "formatter": "plain",
                          "encoding": "utf-8"},
                "a_safe": {"class": "ocrshield.RedactingHandler", "target": "store"},
            },
            "loggers": {"ordered": {"level": "INFO", "handlers": ["a_safe"], "propagate": False}},
        })
        logging.getLogger("ordered").info("电话 13812345678")
        assert "电话 <PHONE_NUMBER>\n" == read(log_file)

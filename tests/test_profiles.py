"""Redaction profiles: `Redactor(profile="allowlist")` keeps only the monitoring data of payloads.

The allowlist is positive security for the strictest deployments: in request and response payloads only values
under operational keys (recognizers/profiles.yaml) survive, and those still go through detection; free text
outside payloads is detected as in the default profile.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import ocrshield
from conftest import REPO, load_json

NAME, ID = "王晓明", "110105199003071239"


@pytest.fixture(scope="module")
def allowlist() -> ocrshield.Redactor:
    return ocrshield.Redactor(profile="allowlist", ner_model=None, strict=True).warm_up()


class TestPayloads:
    def test_idcard_response_keeps_monitoring_data_only(self, allowlist: ocrshield.Redactor) -> None:
        """A Tencent IDCardOCR response: the RequestId and the numbers stay; every other string goes, named by
        its field where the field is known."""
        out = allowlist.redact(load_json("tencent/idcard_back_response.json"))["Response"]
        assert ("<REDACTED>", "<REDACTED>", "8cb298dd-a717-450a-bdc5-226ef094cd4b") == (
            out["Authority"], out["ValidDate"], out["RequestId"])
        assert 88 == json.loads(out["AdvancedInfo"])["Quality"]

    def test_strings_under_other_keys_are_replaced(self, allowlist: ocrshield.Redactor) -> None:
        """Keys nobody described hold nothing that survives: `<REDACTED>`."""
        out = allowlist.redact({"Response": {"Remark": "请联系客服", "Language": "zh", "Items": ["a", "b"],
                                             "Count": 3, "Ok": True, "RequestId": "r-1"}})
        assert {"Remark": "<REDACTED>", "Language": "<REDACTED>", "Items": ["<REDACTED>", "<REDACTED>"],
                "Count": 3, "Ok": True, "RequestId": "r-1"} == out["Response"]

    def test_operational_values_are_still_detected(self, allowlist: ocrshield.Redactor) -> None:
        """An error message is kept, and loses the ID number it quotes."""
        out = allowlist.redact({"Response": {"Error": {"Code": "InvalidParameter", "Message": f"bad id {ID}"},
                                             "RequestId": "r-2"}})
        assert {"Code": "InvalidParameter", "Message": "bad id <CN_RESIDENT_ID>"} == out["Response"]["Error"]

    def test_monitoring_record_survives(self, allowlist: ocrshield.Redactor) -> None:
        """A billing record: every value is monitoring data."""
        record = {"AppId": 1250000000, "Action": "IDCardOCR", "Region": "ap-guangzhou", "RequestId": "r-3",
                  "StartTime": "2026-12-01T10:00:00.000+08:00", "EndTime": "2026-12-01T10:00:00.231+08:00",
                  "LatencyMs": 231, "Result": "Success", "Fee": 0.01, "CallVolume": 1, "SdkVersion": "3.0.1034"}
        assert record == allowlist.redact({"billing": record})["billing"]

    def test_printed_vocabulary_survives(self, allowlist: ocrshield.Redactor) -> None:
        """OCR lines keep their printed labels, as in a document; values are replaced."""
        out = allowlist.redact({"TextDetections": [{"DetectedText": "姓名"}, {"DetectedText": NAME}]})
        assert ["姓名", "<PERSON>"] == [d["DetectedText"] for d in out["TextDetections"]]


class TestFreeText:
    def test_log_text_is_detected_and_its_json_allowlisted(self, allowlist: ocrshield.Redactor) -> None:
        """A log line's own words are detected; the JSON body in it is a payload."""
        line = f'verify {NAME} ok resp={{"Response": {{"Remark": "x", "RequestId": "r-4"}}}} took 12ms'
        assert 'verify <PERSON> ok resp={"Response": {"Remark": "<REDACTED>", "RequestId": "r-4"}} took 12ms' == (
            allowlist.redact_text(line))

    def test_a_string_passed_alone_is_text(self, allowlist: ocrshield.Redactor) -> None:
        """`redact("...")` of a plain string is log text, not a payload value."""
        assert "order shipped to <PERSON>" == allowlist.redact(f"order shipped to {NAME}")


class TestThroughLogging:
    def test_record_fields_are_detected_payloads_in_them_allowlisted(self, tmp_path: Path) -> None:
        """stdlib `extra=`: a record's own fields are detected; a payload nested in one is allowlisted."""
        path = tmp_path / "ops.log"
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(message)s user=%(user)s resp=%(resp)s"))
        handler.addFilter(ocrshield.RedactingFilter(redactor=ocrshield.Redactor(profile="allowlist", ner_model=None)))
        logger = logging.getLogger("app.allowlist")
        logger.setLevel(logging.INFO)
        logger.addHandler(handler)
        logger.info("ocr done", extra={"user": "u-17", "resp": {"Name": NAME, "Note": "x", "RequestId": "r-5"}})
        handler.close()
        stored = path.read_text(encoding="utf-8")
        assert "ocr done user=u-17 resp={'Name': '<PERSON>', 'Note': '<REDACTED>', 'RequestId': 'r-5'}\n" == stored

    def test_configure(self) -> None:
        """`ocrshield.configure(profile=...)` makes it the process-wide default the integrations use."""
        previous = ocrshield.default_redactor()
        try:
            chosen = ocrshield.configure(profile="allowlist", ner_model=None)
            assert chosen is ocrshield.default_redactor()
            assert {"Remark": "<REDACTED>"} == chosen.redact({"Remark": "x"})
        finally:
            from ocrshield import _engine

            _engine._default = previous

    def test_cli_option(self, tmp_path: Path) -> None:
        """`ocrshield redact --profile allowlist` over a log file."""
        log = tmp_path / "app.log"
        log.write_text('resp={"Remark": "x", "RequestId": "r-6"}\n', encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "ocrshield", "redact", "--no-ner", "--profile", "allowlist", str(log)],
            capture_output=True, text=True, timeout=120,
        )
        assert (0, 'resp={"Remark": "<REDACTED>", "RequestId": "r-6"}\n') == (result.returncode, result.stdout)


class TestDefinitions:
    def test_unknown_profile(self) -> None:
        """A misspelt profile is an error (strict), or fails closed, never a silent default."""
        with pytest.raises(ocrshield._definitions.DefinitionError, match="unknown profile 'alowlist'"):
            ocrshield.Redactor(profile="alowlist", strict=True, ner_model=None).redact("x")
        with pytest.warns(RuntimeWarning):
            assert "<REDACTED:ERROR>" == ocrshield.Redactor(profile="alowlist", strict=False, ner_model=None).redact(
                {"a": "b"})
        with pytest.raises(TypeError):
            ocrshield.Redactor(profile=True)  # type: ignore[arg-type]

    def test_a_profile_of_your_own(self, tmp_path: Path) -> None:
        """A user file defines a profile that keeps one more key."""
        path = tmp_path / "mine.yaml"
        path.write_text(yaml.safe_dump({"version": 1, "profiles": [
            {"id": "strict-plus-order", "payloads": "allowlist", "keep_keys": ["OrderId"]}]}), encoding="utf-8")
        redactor = ocrshield.Redactor(profile="strict-plus-order", recognizer_dirs=[path], ner_model=None)
        assert {"OrderId": "SO-1", "Note": "<REDACTED>"} == redactor.redact({"OrderId": "SO-1", "Note": "x"})

    def test_shipped_profiles(self) -> None:
        """The default and the allowlist profile ship; the operational keys cover the monitoring data."""
        data = yaml.safe_load((REPO / "recognizers" / "profiles.yaml").read_text(encoding="utf-8"))
        assert ["default", "allowlist"] == [p["id"] for p in data["profiles"]]
        assert {"app_id", "interface", "result", "error", "call_id", "time", "region", "fee", "call_volume",
                "latency", "version", "confidence", "coordinates", "angle", "count"} <= set(data["operational_keys"])


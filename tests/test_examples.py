"""The examples run as a user runs them: `python examples/<name>.py` in a subprocess, then what they wrote is read.

examples/ocr_service.py (Flask + the real Tencent SDK client against examples/fake_tencent_ocr.py + OpenTelemetry)
and examples/dictconfig_app.py (examples/logging.yaml through `dictConfig`): no planted value (person data, images,
SecretId, SecretKey, signature) in their log file, span file or console, and every operational value there.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
import yaml

from conftest import REPO, assert_clean, load_example, load_json

fake = load_example("fake_tencent_ocr")
SECRET_ID = "AKID" + "Tx3Lm8Qw2Zr6Yp1Vn5Kc9Hb4Gd7Fs0Je"
SECRET_KEY = "Pq7Wd2Zm9Xk4Rt1Vb6Hn3Ls8Jf5Gc0Ya"
UPLOAD = load_json("tencent/idcard_request_base64.json")["ImageBase64"]  # what examples/ocr_service.py sends
MANIFEST = {entry["file"]: entry for entry in load_json("tencent/manifest.json")}
SUMMARY = re.compile(r"^POST (\S+) -> (\d{3}) (\S+) RequestId=(\S+)$", re.M)


def visible_forms(values: list[Any]) -> list[str]:
    """Each value as it could appear in a file: raw, JSON-escaped once (`\\u738b`), and escaped twice."""
    forms = []
    for value in map(str, values):
        once = json.dumps(value)[1:-1]
        forms += [value, once, json.dumps(once)[1:-1]]
    return list(dict.fromkeys(forms))


def run_example(script: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python examples/<script> <args>` from the repository root, with the suite's strictness and no proxies."""
    clean = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    clean |= {"OCRSHIELD_STRICT": "1", "PYTHONIOENCODING": "utf-8", "NO_PROXY": "127.0.0.1,localhost", **(env or {})}
    return subprocess.run(
        [sys.executable, f"examples/{script}", *args],
        cwd=REPO, env=clean, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )


# -- examples/ocr_service.py --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceRun:
    returncode: int
    stdout: str
    log: str
    spans: list[dict[str, Any]]
    span_text: str
    replies: list[tuple[str, int, str, str]]  # (path, status, error code or "ok", RequestId or "-")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> ServiceRun:
    """One `--selftest` run (the NER model loads once per subprocess)."""
    out = tmp_path_factory.mktemp("ocr_service")
    env = {"TENCENTCLOUD_SECRET_ID": SECRET_ID, "TENCENTCLOUD_SECRET_KEY": SECRET_KEY}
    result = run_example(
        "ocr_service.py", "--selftest", "--log", str(out / "ocr.log"), "--spans", str(out / "spans.jsonl"), env=env
    )
    assert (out / "spans.jsonl").exists(), result.stderr[-3000:]  # its exit code is a test of its own
    span_text = (out / "spans.jsonl").read_text(encoding="utf-8")
    replies = [(path, int(status), code, rid) for path, status, code, rid in SUMMARY.findall(result.stdout)]
    return ServiceRun(
        returncode=result.returncode,
        stdout=result.stdout,
        log=(out / "ocr.log").read_text(encoding="utf-8"),
        spans=[json.loads(line) for line in span_text.splitlines()],
        span_text=span_text,
        replies=replies,
    )


SERVICE_PLANTED = [
    *fake.PLANTED["IDCardOCR"],
    *fake.PLANTED["BankCardOCR"],
    *MANIFEST["idcard_request_base64.json"]["planted"],  # stretches of the uploaded JPEG
    UPLOAD[:40],
    UPLOAD[-40:],
    SECRET_ID,
    SECRET_KEY,
]


class TestOcrService:
    def test_selftest_answers_every_request_and_audits_clean(self, service: ServiceRun) -> None:
        """The user sees four requests answered (two cards read, a truncated upload, a bad body) and a clean audit."""
        expected = [
            ("/ocr/idcard", 200, "ok"),
            ("/ocr/bankcard", 200, "ok"),
            ("/ocr/idcard", 502, "FailedOperation.ImageDecodeFailed"),
            ("/ocr/idcard", 400, "InvalidParameter"),
        ]
        assert expected == [reply[:3] for reply in service.replies]
        assert 0 == service.returncode
        assert "=== audit: 0 personal values found in the log and span files ===" in service.stdout

    def test_no_planted_value_in_log_spans_or_console(self, service: ServiceRun) -> None:
        """Names, ID number, address, birth date, card number, the upload, the crops and the keys appear nowhere."""
        planted = visible_forms(SERVICE_PLANTED)
        assert_clean(service.log, planted)
        assert_clean(service.span_text, planted)
        assert_clean(service.stdout, planted)
        assert [] == re.findall(r"Signature=[0-9a-f]{40,64}", service.log)  # the SDK logs the request signature

    def test_log_keeps_operational_values(self, service: ServiceRun) -> None:
        """The log still tells which call ran where and how it ended: RequestIds, actions, region, codes, bank."""
        request_ids = [rid for *_, rid in service.replies if rid != "-"]
        assert 3 == len(request_ids)
        operational = [
            *request_ids,
            "IDCardOCR",
            "BankCardOCR",
            "ap-guangzhou",
            "FailedOperation.ImageDecodeFailed",
            "图片解码失败。",
            "工商银行(01020000)",
            "牡丹灵通卡",
            '"HttpStatus": 502',
            '"path": "/ocr/bankcard"',
        ]
        assert_clean(service.log, [], operational)

    def test_sdk_debug_log_lands_redacted_in_the_same_file(self, service: ServiceRun) -> None:
        """`client.set_file_logger` writes the SDK's SendRequest/GetResponse lines there, headers and all."""
        assert 3 == service.log.count("SendRequest: Host: 127.0.0.1:")
        assert 3 == service.log.count("GetResponse: HTTP/1.0 200 OK")
        assert_clean(service.log, [], ["X-TC-Action: IDCardOCR", "X-TC-Action: BankCardOCR", "X-TC-Region: ap-guangzhou"])

    def test_monitoring_lines_are_structured_and_readable(self, service: ServiceRun) -> None:
        """Each OCR call has one JSON line with AppID, action, region, result, RequestId, start, end and latency."""
        entries = [json.loads(line) for line in service.log.splitlines() if line.startswith('{"time"')]
        calls = [e for e in entries if e["logger"] == "ocr_service" and e["message"] == "OCR call"]
        expected = [
            ("1250000000", "IDCardOCR", "ap-guangzhou", "Success", 200, service.replies[0][3]),
            ("1250000000", "BankCardOCR", "ap-guangzhou", "Success", 200, service.replies[1][3]),
            ("1250000000", "IDCardOCR", "ap-guangzhou", "Failed", 502, service.replies[2][3]),
        ]
        fields = ("AppID", "Action", "Region", "Result", "HttpStatus", "RequestId")
        assert expected == [tuple(call[f] for f in fields) for call in calls]
        for call in calls:
            assert datetime.fromisoformat(call["StartTime"]) <= datetime.fromisoformat(call["EndTime"])
            assert isinstance(call["LatencyMs"], float)

    def test_logged_bodies_keep_their_structure(self, service: ServiceRun) -> None:
        """The incoming body and the OCR response are logged as JSON, placeholders where the personal data was."""
        entries = [json.loads(line) for line in service.log.splitlines() if line.startswith('{"time"')]
        bodies = [e["body"] for e in entries if e["message"] == "request received"]
        assert 4 == len(bodies)
        assert bodies[0]["ImageBase64"].startswith("<IMAGE:jpeg:")
        responses = {e["action"]: e["response"] for e in entries if e["message"] == "OCR response"}
        assert ["BankCardOCR", "IDCardOCR"] == sorted(responses)
        assert service.replies[0][3] == responses["IDCardOCR"]["RequestId"]
        assert 91 == json.loads(responses["IDCardOCR"]["AdvancedInfo"])["Quality"]

    def test_span_file_holds_parseable_spans_with_expected_names(self, service: ServiceRun) -> None:
        """One server span per request and one client span per OCR call, each a JSON line, parents linked."""
        names = sorted(span["name"] for span in service.spans)
        expected = ["POST /ocr/bankcard", "POST /ocr/idcard", "POST /ocr/idcard", "POST /ocr/idcard"]
        assert sorted([*expected, "ocr.BankCardOCR", "ocr.IDCardOCR", "ocr.IDCardOCR"]) == names
        servers = {span["context"]["span_id"] for span in service.spans if span["kind"] == "SpanKind.SERVER"}
        clients = [span for span in service.spans if span["kind"] == "SpanKind.CLIENT"]
        assert all(span["parent_id"] in servers for span in clients)
        statuses = sorted(s["attributes"]["http.response.status_code"] for s in service.spans if s["kind"].endswith("SERVER"))
        assert [200, 200, 400, 502] == statuses

    def test_span_attributes_keep_operational_values(self, service: ServiceRun) -> None:
        """`ocr.action`, `ocr.region`, `ocr.request_id` pass unchanged; the response body attribute is redacted JSON."""
        clients = sorted(
            (s for s in service.spans if s["kind"] == "SpanKind.CLIENT"), key=lambda s: s["start_time"]
        )
        expected = [
            ("IDCardOCR", "ap-guangzhou", service.replies[0][3]),
            ("BankCardOCR", "ap-guangzhou", service.replies[1][3]),
            ("IDCardOCR", "ap-guangzhou", service.replies[2][3]),
        ]
        attributes = [s["attributes"] for s in clients]
        assert expected == [(a["ocr.action"], a["ocr.region"], a["ocr.request_id"]) for a in attributes]
        body = json.loads(attributes[1]["ocr.response_body"])
        assert (service.replies[1][3], "借记卡") == (body["RequestId"], body["CardType"])
        failed = clients[2]
        assert {"status_code": "ERROR", "description": "FailedOperation.ImageDecodeFailed"} == failed["status"]
        assert ["exception"] == [event["name"] for event in failed["events"]]
        exception = failed["events"][0]["attributes"]
        assert exception["exception.type"].endswith(".TencentCloudSDKException")
        assert f"requestId:{service.replies[2][3]}" in exception["exception.message"]


# -- examples/dictconfig_app.py + examples/logging.yaml ------------------------------------------------------------


@dataclass(frozen=True)
class AppRun:
    console: str
    file_section: str
    log: str


@pytest.fixture(scope="module")
def dictconfig_app(tmp_path_factory: pytest.TempPathFactory) -> AppRun:
    """One run, its log file put in a temporary directory through `OCR_APP_LOG`."""
    log = tmp_path_factory.mktemp("dictconfig_app") / "logs" / "ocr_app.log"
    result = run_example("dictconfig_app.py", env={"OCR_APP_LOG": str(log)})
    assert 0 == result.returncode, result.stderr[-3000:]
    console, _, file_section = result.stdout.partition(f"=== {log} (through ocrshield.RedactingFilter) ===\n")
    return AppRun(console=console, file_section=file_section, log=log.read_text(encoding="utf-8"))


FRONT = MANIFEST["idcard_front_response.json"]
APP_PLANTED = [*FRONT["planted"], *fake.PLANTED["GeneralBasicOCR"]]


class TestDictConfigApp:
    def test_yaml_puts_ocrshield_on_every_store(self) -> None:
        """The file handler carries the filter; the console is reached only through the wrapping handler."""
        config = yaml.safe_load((REPO / "examples" / "logging.yaml").read_text(encoding="utf-8"))
        assert {"()": "ocrshield.RedactingFilter"} == config["filters"]["pii"]
        assert ["pii"] == config["handlers"]["file"]["filters"]
        assert {"class": "ocrshield.RedactingHandler", "target": "stdout"} == config["handlers"]["console"]
        attached = [*config["root"]["handlers"], *(h for lg in config["loggers"].values() for h in lg.get("handlers", []))]
        assert ["file", "console"] == attached

    def test_no_planted_value_in_file_or_console(self, dictconfig_app: AppRun) -> None:
        """The IDCardOCR response, the form's free text and the exception message are redacted in both stores."""
        planted = visible_forms(APP_PLANTED)
        assert_clean(dictconfig_app.log, planted)
        assert_clean(dictconfig_app.console, planted)

    def test_operational_values_survive(self, dictconfig_app: AppRun) -> None:
        """RequestId, action, region, AppID, OCR labels and the exception type stay readable in both stores."""
        operational = [
            *FRONT["operational"],
            "IDCardOCR",
            "个人信息登记表",
            "公民身份号码",
            "第1页共1页",
            "ValueError: ID number",
            "failed the liveness check",
        ]
        assert_clean(dictconfig_app.log, [], [*operational, "ap-guangzhou", "1250000000"])
        assert_clean(dictconfig_app.console, [], operational)

    def test_file_is_json_lines_with_extras_and_exception(self, dictconfig_app: AppRun) -> None:
        """Each record is one JSON object: monitoring fields as keys, the redacted traceback under `exception`."""
        entries = [json.loads(line) for line in dictconfig_app.log.splitlines()]
        expected = [
            ("DEBUG", "ocr_app.idcard"),
            ("INFO", "ocr_app.idcard"),
            ("INFO", "ocr_app.general"),
            ("ERROR", "ocr_app.idcard"),
        ]
        assert expected == [(e["level"], e["logger"]) for e in entries]
        monitor = entries[1]
        expected_fields = ("1250000000", "IDCardOCR", "ap-guangzhou", "Success", FRONT["operational"][0])
        assert expected_fields == tuple(monitor[k] for k in ("AppID", "Action", "Region", "Result", "RequestId"))
        assert "Traceback (most recent call last):" in entries[3]["exception"]

    def test_file_is_printed_as_written(self, dictconfig_app: AppRun) -> None:
        """What the script prints after the console section is the log file itself."""
        assert dictconfig_app.log == dictconfig_app.file_section


# -- examples/loguru_worker.py ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkerRun:
    returncode: int
    stdout: str
    text_log: str
    json_records: list[dict[str, Any]]


@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> WorkerRun:
    """One run of the loguru worker, writing a text sink and a `serialize=True` sink."""
    out = tmp_path_factory.mktemp("loguru_worker")
    result = run_example("loguru_worker.py", "--dir", str(out))
    return WorkerRun(
        returncode=result.returncode,
        stdout=result.stdout,
        text_log=(out / "worker.log").read_text(encoding="utf-8"),
        json_records=[json.loads(line)["record"] for line in (out / "worker.jsonl").read_text("utf-8").splitlines()],
    )


class TestLoguruWorker:
    def test_both_sinks_hold_no_planted_value(self, worker: WorkerRun) -> None:
        """The text sink (loguru's `diagnose=True` default) and the JSON sink hold no name, ID, address or card,
        although the ID number was in the exception message and in a local variable of the failing frame."""
        assert 0 == worker.returncode
        planted = visible_forms([*fake.PLANTED["IDCardOCR"], *fake.PLANTED["BankCardOCR"]])
        assert_clean(worker.text_log, planted)
        assert_clean(json.dumps(worker.json_records, ensure_ascii=False), planted)
        assert_clean(worker.stdout, planted)

    def test_operational_values_and_the_rejection_survive(self, worker: WorkerRun) -> None:
        """Every job's monitoring line (AppID, action, region, RequestId, result) and the rejection are there."""
        monitoring = [r for r in worker.json_records if r["message"].startswith("AppID=")]
        assert ["job-1", "job-2", "job-3"] == [r["extra"]["job"] for r in monitoring]
        assert all("Region=ap-guangzhou" in r["message"] and "Result=Success" in r["message"] for r in monitoring)
        request_ids = [r["extra"]["response"]["RequestId"] for r in worker.json_records if "response" in r["extra"]]
        assert 3 == len(request_ids) and all(rid in worker.text_log for rid in request_ids)
        rejected = [r for r in worker.json_records if r["message"] == "job rejected"]
        assert ["job-3"] == [r["extra"]["job"] for r in rejected]
        assert "RejectedCard: card <CN_RESIDENT_ID> does not match the application" in worker.text_log

    def test_structured_fields_stay_structured(self, worker: WorkerRun) -> None:
        """The bound OCR response keeps its shape in the JSON sink, with placeholders for the personal fields."""
        response = next(r["extra"]["response"] for r in worker.json_records if "response" in r["extra"])
        assert ("<PERSON>", "<CN_RESIDENT_ID>", "<ADDRESS>") == (response["Name"], response["IdNum"], response["Address"])

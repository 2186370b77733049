"""An OCR web service (Flask) in front of the Tencent Cloud OCR API whose log file and traces keep no personal data.

    python examples/ocr_service.py --selftest        # offline: sends 4 requests, prints the log and span files
    python examples/ocr_service.py                   # serves on 127.0.0.1:8080 (Ctrl-C prints the files), and:
    curl -s localhost:8080/ocr/idcard -H 'Content-Type: application/json' -d '{"ImageBase64": "<base64 JPEG>"}'

Without `--endpoint` (or `OCR_ENDPOINT`) it starts examples/fake_tencent_ocr.py on loopback and calls that, with
demo credentials; `--endpoint ocr.tencentcloudapi.com` and `TENCENTCLOUD_SECRET_ID`/`TENCENTCLOUD_SECRET_KEY`
call the real API. `--log` (default: a temporary file) receives the service's JSON lines and the SDK's own debug
log; `--spans` receives one OpenTelemetry span per line.

The service logs and traces the way real ones do: the incoming body (the uploaded image), the whole OCR response
(name, ID number, address, card number, the cropped portrait) and a monitoring line per call (AppID, action,
region, result, RequestId, start, end, latency). ocrshield adds three lines, marked `# ocrshield`.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import logging
import os
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import fake_tencent_ocr  # examples/: the loopback stand-in for the Tencent Cloud OCR API
from flask import Flask, Response, jsonify, request
from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter
from opentelemetry.trace import SpanKind, StatusCode
from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.ocr.v20181119 import models, ocr_client
from werkzeug.serving import make_server

import ocrshield
import ocrshield.tencentcloud
from ocrshield.otel import RedactingSpanProcessor

DEMO_SECRET_ID = "AKID" + "Ex4mpleDem0Id7Zq2Wv9Lr3Kx6Np1Hs8"  # accepted by the fake service only
DEMO_SECRET_KEY = "Ex4mpleDem0Key5Tb8Yc2Mf6Qw9Jd3Gh1"
# route -> (Tencent action, request model, parameters the service always sends)
ACTIONS: dict[str, tuple[str, type[Any], dict[str, Any]]] = {
    "idcard": ("IDCardOCR", models.IDCardOCRRequest, {"CardSide": "FRONT", "Config": '{"CropPortrait":true}'}),
    "bankcard": ("BankCardOCR", models.BankCardOCRRequest, {"RetBorderCutImage": True}),
}
log = logging.getLogger("ocr_service")
tracer = trace.get_tracer("ocr_service")


class JsonLines(logging.Formatter):
    """One JSON object per record: time, level, logger, message, every `extra=` field, the exception."""

    STANDARD = frozenset({*vars(logging.LogRecord("", 0, "", 0, "", None, None)), "message", "asctime", "taskName"})

    def format(self, record: logging.LogRecord) -> str:
        when = datetime.fromtimestamp(record.created).astimezone().isoformat(timespec="milliseconds")
        entry = {"time": when, "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        entry |= {k: v for k, v in vars(record).items() if k not in self.STANDARD and not k.startswith("_")}
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False, default=str)


def one_line(span: ReadableSpan) -> str:
    """A span as one line of JSON (the exporter's default is indented), Chinese left readable."""
    return json.dumps(json.loads(span.to_json()), ensure_ascii=False) + "\n"


def configure_telemetry(log_path: Path, spans_path: Path) -> TracerProvider:
    store = logging.FileHandler(log_path, encoding="utf-8")
    store.setFormatter(JsonLines())
    store.addFilter(ocrshield.RedactingFilter())  # ocrshield: every record this handler writes is redacted
    log.addHandler(store)
    log.setLevel(logging.DEBUG)
    ocrshield.tencentcloud.protect()  # ocrshield: the SDK's debug log (set_file_logger below) is redacted too

    spans = spans_path.open("a", encoding="utf-8")
    exporter = ConsoleSpanExporter(out=spans, formatter=one_line)
    provider = TracerProvider(resource=Resource.create({"service.name": "ocr_service"}))
    provider.add_span_processor(RedactingSpanProcessor(BatchSpanProcessor(exporter)))  # ocrshield: spans
    trace.set_tracer_provider(provider)
    return provider


def make_client(endpoint: str, region: str, sdk_log: Path) -> ocr_client.OcrClient:
    scheme, _, host = endpoint.rpartition("://")
    profile = ClientProfile(httpProfile=HttpProfile(protocol=scheme or "https", endpoint=host, reqTimeout=10))
    secret_id = os.environ.get("TENCENTCLOUD_SECRET_ID", DEMO_SECRET_ID)
    secret_key = os.environ.get("TENCENTCLOUD_SECRET_KEY", DEMO_SECRET_KEY)
    client = ocr_client.OcrClient(credential.Credential(secret_id, secret_key), region, profile)
    if host.startswith(("127.", "localhost")):
        fake_tencent_ocr.without_env_proxies(client)  # a proxy variable would carry loopback calls away
    client.set_file_logger(str(sdk_log))  # SendRequest/GetResponse lines: headers, bodies, signature
    return client


def call_ocr(client: ocr_client.OcrClient, app_id: str, kind: str, image: str) -> tuple[int, dict[str, Any]]:
    """One OCR call: a CLIENT span, the response logged at DEBUG, the monitoring line at INFO."""
    action, model, fixed = ACTIONS[kind]
    ocr_request = model()
    ocr_request.from_json_string(json.dumps({**fixed, "ImageBase64": image}))
    started = time.time()
    with tracer.start_as_current_span(f"ocr.{action}", kind=SpanKind.CLIENT) as span:
        span.set_attributes({"rpc.system": "tencentcloud", "ocr.action": action, "ocr.region": client.region})
        try:
            response = getattr(client, action)(ocr_request)
        except TencentCloudSDKException as err:
            status, request_id, result = 502, err.get_request_id(), "Failed"
            answer = {"Error": {"Code": err.get_code(), "Message": err.get_message()}, "RequestId": request_id}
            span.record_exception(err)
            span.set_status(StatusCode.ERROR, err.get_code())
            log.warning("OCR call failed: %s", err)
        else:
            status, request_id, result = 200, response.RequestId, "Success"
            body = response.to_json_string()
            answer = json.loads(body)
            span.set_attribute("ocr.response_body", body)  # whole, to show that the span file gets it redacted
            log.debug("OCR response", extra={"action": action, "response": answer})
        if request_id:
            span.set_attribute("ocr.request_id", request_id)
    ended = time.time()
    log.info(
        "OCR call",
        extra={
            "AppID": app_id,
            "Action": action,
            "Region": client.region,
            "Result": result,
            "RequestId": request_id,
            "HttpStatus": status,
            "StartTime": datetime.fromtimestamp(started).astimezone().isoformat(timespec="milliseconds"),
            "EndTime": datetime.fromtimestamp(ended).astimezone().isoformat(timespec="milliseconds"),
            "LatencyMs": round((ended - started) * 1000, 1),
        },
    )
    return status, answer


def create_app(client: ocr_client.OcrClient, app_id: str) -> Flask:
    app = Flask("ocr_service")

    @app.post("/ocr/<kind>")
    def ocr(kind: str) -> tuple[Response, int]:
        body = request.get_json(silent=True)
        with tracer.start_as_current_span(f"POST /ocr/{kind}", kind=SpanKind.SERVER) as span:
            span.set_attributes({"http.request.method": "POST", "http.route": "/ocr/<kind>", "url.path": request.path})
            span.set_attribute("http.request.body", request.get_data(as_text=True))  # the upload, to show it goes
            log.info("request received", extra={"path": request.path, "body": body})
            if kind not in ACTIONS:
                status, answer = 404, {"Error": {"Code": "NotFound", "Message": f"routes: {sorted(ACTIONS)}"}}
            elif not isinstance(body, dict) or not isinstance(body.get("ImageBase64"), str):
                status, answer = 400, {"Error": {"Code": "InvalidParameter", "Message": "ImageBase64 is required"}}
            else:
                status, answer = call_ocr(client, app_id, kind, body["ImageBase64"])
            span.set_attribute("http.response.status_code", status)
            if status >= 500:
                span.set_status(StatusCode.ERROR)
            return jsonify(answer), status

    return app


def selftest(app: Flask) -> None:
    """Serve `app` on a free loopback port and send it what clients send: two cards, a truncated upload, junk."""
    image = json.loads((Path(__file__).parent / "payloads" / "idcard_request_base64.json").read_text())["ImageBase64"]
    cases = [
        ("/ocr/idcard", {"ImageBase64": image}),
        ("/ocr/bankcard", {"ImageBase64": image}),
        ("/ocr/idcard", {"ImageBase64": image[:1200]}),  # cut short: the API answers ImageDecodeFailed
        ("/ocr/idcard", {"ImageUrl": "https://example.com/card.jpg"}),  # rejected by the service itself
    ]
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        for path, payload in cases:
            connection = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=30)  # no proxies
            connection.request("POST", path, json.dumps(payload), {"Content-Type": "application/json"})
            reply = connection.getresponse()
            answer = json.loads(reply.read())
            code = answer.get("Error", {}).get("Code", "ok")
            print(f"POST {path} -> {reply.status} {code} RequestId={answer.get('RequestId') or '-'}")
            connection.close()
    finally:
        server.shutdown()
        thread.join()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--selftest", action="store_true", help="send a few requests, print the files, exit")
    parser.add_argument("--endpoint", default=os.environ.get("OCR_ENDPOINT", ""), help="default: a local fake")
    parser.add_argument("--region", default=os.environ.get("OCR_REGION", "ap-guangzhou"))
    parser.add_argument("--app-id", default=os.environ.get("OCR_APP_ID", "1250000000"))
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--log", type=Path, help="the log file (default: in a temporary directory)")
    parser.add_argument("--spans", type=Path, help="the span file, JSON lines (default: beside the log)")
    args = parser.parse_args(argv)
    log_path = args.log or Path(tempfile.mkdtemp(prefix="ocr-service-")) / "ocr_service.log"
    spans_path = args.spans or log_path.with_name("spans.jsonl")
    for path in (log_path, spans_path):
        path.parent.mkdir(parents=True, exist_ok=True)

    provider = configure_telemetry(log_path, spans_path)
    with contextlib.ExitStack() as stack:
        endpoint = args.endpoint or "http://" + stack.enter_context(fake_tencent_ocr.serve())
        app = create_app(make_client(endpoint, args.region, log_path), args.app_id)
        log.info("ocr_service started", extra={"endpoint": endpoint, "Region": args.region, "AppID": args.app_id})
        print(f"OCR API: {endpoint}\nlog:   {log_path}\nspans: {spans_path}", flush=True)
        if args.selftest:
            selftest(app)
        else:
            app.run("127.0.0.1", args.port)
    provider.shutdown()  # exports the spans still batched
    logging.shutdown()

    stored, spans = log_path.read_text(encoding="utf-8"), spans_path.read_text(encoding="utf-8")
    print(f"=== {log_path}: the service's JSON lines and the SDK's debug log ===\n{stored}")
    print(f"=== {spans_path}: one span per line ===\n{spans}")
    # The audit reads the log lines and the span attributes (a span's own `name` is no person's name).
    exported = [json.loads(line) for line in spans.splitlines()]
    attributes = [item["attributes"] for span in exported for item in (span, *span["events"])]
    findings = ocrshield.default_redactor().scan(stored.splitlines() + attributes)
    print(f"=== audit: {len(findings)} personal values found in the log and span files ===")
    return 0 if not findings else 1


if __name__ == "__main__":
    sys.exit(main())

"""The main job, end to end: an OCR service logs real Tencent Cloud IDCardOCR payloads through ocrshield, and
this shows what the operations log store received.

    python examples/demo.py                  # writes ocr-ops.log in a temporary directory and prints it
    python examples/demo.py --log ops.log    # keep the log file

The service below logs the way real services do: request and response bodies at DEBUG (images included),
free OCR text, an exception that quotes an ID number, and the monitoring line that billing depends on. The
only ocrshield-specific line is the `RedactingHandler` around the file handler.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
import uuid
from pathlib import Path

import ocrshield

PAYLOADS = Path(__file__).parent / "payloads"
log = logging.getLogger("ocr.api.idcard")


def configure_logging(path: Path) -> None:
    store = logging.FileHandler(path, encoding="utf-8")  # the O&M log store
    store.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    root.addHandler(ocrshield.RedactingHandler(store))  # <- the one line ocrshield adds


def payload(name: str) -> str:
    return (PAYLOADS / name).read_text(encoding="utf-8").strip()


def verify_id_card(side: str, request_file: str, response_file: str) -> None:
    """One IDCardOCR call as a service handles it: log request, call, log response, log the metrics."""
    call_id = str(uuid.uuid4())
    start = time.time()
    log.debug("IDCardOCR request callID=%s body=%s", call_id, payload(request_file))
    response = json.loads(payload(response_file))["Response"]
    body = json.dumps({"Response": response}, ensure_ascii=False)
    log.debug("IDCardOCR response callID=%s body=%s", call_id, body)
    result = "Failed" if "Error" in response else "Success"
    log.info(
        "AppID=%s Action=%s Region=%s callID=%s RequestId=%s Result=%s CardSide=%s "
        "start=%.3f end=%.3f fee=%.2f calls=%d",
        "1250000000", "IDCardOCR", "ap-guangzhou", call_id, response["RequestId"], result, side, start,
        time.time(), 0.0 if result == "Failed" else 0.01, 1,
    )


def run_service() -> None:
    log.info("ocr-api started, interface=IDCardOCR region=ap-guangzhou version=2018-11-19")
    verify_id_card("FRONT", "idcard_request_base64.json", "idcard_front_response.json")
    verify_id_card("BACK", "idcard_request_url.json", "idcard_back_response.json")
    verify_id_card("FRONT", "idcard_request_base64.json", "idcard_error_response.json")

    # Free OCR text (GeneralBasicOCR) and a customer-service note, as they reach the log.
    logging.getLogger("ocr.api.general").info(
        "DetectedText: 姓名王晓明 性别男 民族汉 出生1990年3月7日 住址北京市朝阳区建国路88号院3号楼2单元501室 "
        "公民身份号码110105199003071239"
    )
    logging.getLogger("ocr.support").warning(
        "Customer John Smith (john.smith@example.com, +1 415 555 0132) asked to refund card 6222021234567894"
    )
    try:
        raise ValueError("ID number 110105199003071239 failed the liveness check")
    except ValueError:
        log.exception("verification failed for callID=%s", uuid.uuid4())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--log", type=Path, help="where the O&M log goes (default: a temporary file)")
    args = parser.parse_args(argv)
    path = args.log or Path(tempfile.mkdtemp(prefix="ocrshield-demo-")) / "ocr-ops.log"

    configure_logging(path)
    run_service()
    logging.shutdown()

    stored = path.read_text(encoding="utf-8")
    print(f"=== {path}: what the O&M log store received ===")
    print(stored)
    findings = ocrshield.default_redactor().scan(stored.splitlines())
    print(f"=== audit: {len(findings)} personal values found in the stored log ===")
    return 0 if not findings else 1


if __name__ == "__main__":
    sys.exit(main())

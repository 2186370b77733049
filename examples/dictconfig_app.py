"""ocrshield configured from YAML with `logging.config.dictConfig`: no ocrshield call in the application code.

    python examples/dictconfig_app.py                     # logs to ocr_app.log in a temporary directory
    python examples/dictconfig_app.py --log ocr_app.log   # or OCR_APP_LOG=ocr_app.log; --config another YAML

examples/logging.yaml routes every logger to a rotating JSON-lines file (through `ocrshield.RedactingFilter`) and
to the console (through `ocrshield.RedactingHandler`). The application then logs what OCR services log: a Tencent
IDCardOCR response, a monitoring line, the free text of a form read by GeneralBasicOCR, and an exception whose
message quotes an ID number. The console shows the records as they are written; the file is printed at the end.
"""

from __future__ import annotations

import argparse
import json
import logging
import logging.config
import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import fake_tencent_ocr  # examples/: answers like the Tencent Cloud OCR API
import yaml

HERE = Path(__file__).parent
STANDARD = frozenset({*vars(logging.LogRecord("", 0, "", 0, "", None, None)), "message", "asctime", "taskName"})


class JsonLines(logging.Formatter):
    """One JSON object per record: time, level, logger, message, every `extra=` field, the exception."""

    def format(self, record: logging.LogRecord) -> str:
        when = datetime.fromtimestamp(record.created).astimezone().isoformat(timespec="milliseconds")
        entry = {"time": when, "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        entry |= {k: v for k, v in vars(record).items() if k not in STANDARD and not k.startswith("_")}
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure(config_path: Path, log_path: Path) -> None:
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    config["handlers"]["file"]["filename"] = str(log_path)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    logging.config.dictConfig(config)


def run() -> None:
    log = logging.getLogger("ocr_app.idcard")
    started = time.time()
    response = json.loads((HERE / "payloads" / "idcard_front_response.json").read_text(encoding="utf-8"))
    latency_ms = round((time.time() - started) * 1000, 1)  # what the call took (here: reading the file)
    log.debug("IDCardOCR response %s", json.dumps(response, ensure_ascii=False))
    log.info(
        "OCR call",
        extra={
            "AppID": "1250000000",
            "Action": "IDCardOCR",
            "Region": "ap-guangzhou",
            "Result": "Success",
            "RequestId": response["Response"]["RequestId"],
            "LatencyMs": latency_ms,
        },
    )

    form = fake_tencent_ocr.respond("GeneralBasicOCR", {"ImageBase64": fake_tencent_ocr.IMAGE_BASE64})["Response"]
    text = " ".join(line["DetectedText"] for line in form["TextDetections"])
    logging.getLogger("ocr_app.general").info("OCR text: %s", text, extra={"RequestId": form["RequestId"]})

    try:
        raise ValueError(f"ID number {response['Response']['IdNum']} failed the liveness check")
    except ValueError:
        log.exception("verification failed", extra={"RequestId": response["Response"]["RequestId"]})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", type=Path, default=HERE / "logging.yaml", help="the dictConfig YAML")
    parser.add_argument("--log", type=Path, default=os.environ.get("OCR_APP_LOG"), help="the rotating log file")
    args = parser.parse_args(argv)
    log_path = args.log or Path(tempfile.mkdtemp(prefix="ocr-app-")) / "ocr_app.log"

    print("=== console (through ocrshield.RedactingHandler) ===", flush=True)
    configure(args.config, log_path)
    run()
    logging.shutdown()
    print(f"=== {log_path} (through ocrshield.RedactingFilter) ===")
    print(log_path.read_text(encoding="utf-8"), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())

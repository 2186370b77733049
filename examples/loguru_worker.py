"""A loguru worker that processes OCR jobs and logs them through ocrshield.

    python examples/loguru_worker.py                  # writes worker.log and worker.jsonl in a temporary directory
    python examples/loguru_worker.py --dir logs/      # or somewhere of your choosing

The worker takes OCR jobs off a queue (here: three jobs built from the answers of examples/fake_tencent_ocr.py), binds
each job's context with `logger.contextualize()`, logs the OCR response and a monitoring line, and fails on one job
with an exception whose message and local variables hold an ID number. One call, `ocrshield.loguru.install()`, makes
every record redacted before any sink sees it: a text sink with loguru's defaults (`diagnose=True`, which prints
frame variables) and a `serialize=True` JSON sink. Both files are printed at the end.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

import fake_tencent_ocr  # examples/: answers like the Tencent Cloud OCR API
from loguru import logger

import ocrshield.loguru

APP_ID = "1250000000"
REGION = "ap-guangzhou"


class RejectedCard(Exception):
    """The business rule the worker applies: the ID number on the card must match the applicant's."""


def process(job: dict[str, Any]) -> None:
    """One OCR job: log the response and a monitoring line; reject a card whose ID number does not match."""
    started = time.time()
    response = fake_tencent_ocr.respond(job["action"], {"ImageBase64": fake_tencent_ocr.IMAGE_BASE64})["Response"]
    logger.bind(response=response).info("OCR {} answered", job["action"])
    result = "Error" if "Error" in response else "Success"
    logger.info(
        "AppID={} Action={} Region={} RequestId={} Result={} StartTime={:.3f} LatencyMs={}",
        APP_ID, job["action"], REGION, response["RequestId"], result, started, round((time.time() - started) * 1e3),
    )
    id_number = response.get("IdNum")  # a local variable: loguru's `diagnose=True` would print it in a traceback
    if id_number and job.get("expected_id") != id_number:
        raise RejectedCard(f"card {id_number} does not match the application")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=None, help="where worker.log and worker.jsonl go")
    args = parser.parse_args()
    out_dir = args.dir or Path(tempfile.mkdtemp(prefix="ocrshield-worker-"))
    out_dir.mkdir(parents=True, exist_ok=True)

    ocrshield.loguru.install()  # ocrshield: every record of every module's `logger`, before any sink
    logger.remove()
    text_log, json_log = out_dir / "worker.log", out_dir / "worker.jsonl"
    logger.add(text_log, format="{time:YYYY-MM-DD HH:mm:ss.SSS} {level} {extra[job]} {message} | {extra}")
    logger.add(json_log, serialize=True)

    on_file = fake_tencent_ocr.respond("IDCardOCR", {"ImageBase64": fake_tencent_ocr.IMAGE_BASE64})["Response"]
    jobs = [
        {"id": "job-1", "action": "IDCardOCR", "expected_id": on_file["IdNum"]},
        {"id": "job-2", "action": "BankCardOCR"},
        {"id": "job-3", "action": "IDCardOCR", "expected_id": "not-this-one"},
    ]
    for job in jobs:
        with logger.contextualize(job=job["id"], action=job["action"]):
            try:
                process(job)
            except RejectedCard:
                logger.exception("job rejected")
    logger.remove()  # flushes and closes both files

    for path in (text_log, json_log):
        print(f"==> {path} <==")
        print(path.read_text(encoding="utf-8"), end="")


if __name__ == "__main__":
    main()

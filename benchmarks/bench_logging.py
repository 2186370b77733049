"""Logging throughput: plain stdlib logging (the floor) vs the same with ocrshield vs naive Presidio.

    python benchmarks/bench_logging.py            # full run, prints a table (about a minute)
    python benchmarks/bench_logging.py --quick    # a few records per cell, for a smoke test
    python benchmarks/bench_logging.py --json out.json

Each record kind is logged through a real `logging.FileHandler` writing to a temporary file, with a typical
format (time, level, logger, message):

* plain      — no redaction: the floor.
* ocrshield  — the same handler with `ocrshield.RedactingFilter()` (the default engine: rules + spaCy NER).
* naive      — what a user would otherwise write: a `logging.Filter` that runs Presidio's `AnalyzerEngine`
               (default recognizers, spaCy `en_core_web_sm`) and `AnonymizerEngine` on each rendered message.

Model loading is excluded (each setup logs a few warm-up records first); everything else is in the timing.
"""

from __future__ import annotations

import base64
import json
import logging
import random
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import _bench

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


# -- record kinds --------------------------------------------------------------------------------------------


def _operational(i: int, rnd: random.Random) -> tuple[str, tuple[Any, ...]]:
    return (
        "AppID=%s Action=%s Region=%s RequestId=%s Result=%s latency_ms=%d fee=%.2f calls=%d",
        ("1250000000", rnd.choice(["IDCardOCR", "GeneralBasicOCR", "BankCardOCR"]), "ap-guangzhou",
         str(uuid.UUID(int=rnd.getrandbits(128))), "Success", rnd.randint(80, 900), 0.01, 1),
    )


_ZH_LINES = [
    line for line in (FIXTURES / "text" / "lines_zh.txt").read_text(encoding="utf-8").splitlines() if line
]


def _zh_text(i: int, rnd: random.Random) -> tuple[str, tuple[Any, ...]]:
    return "OCR text: %s", (_ZH_LINES[i % len(_ZH_LINES)],)


_FRONT = (FIXTURES / "tencent" / "idcard_front_response.json").read_text(encoding="utf-8")
_FRONT_JSON = json.dumps(json.loads(_FRONT), ensure_ascii=False)


def _idcard_response(i: int, rnd: random.Random) -> tuple[str, tuple[Any, ...]]:
    return "resp body: %s", (_FRONT_JSON,)


def _image_request_body() -> str:
    req = json.loads((FIXTURES / "tencent" / "idcard_request_base64.json").read_text(encoding="utf-8"))
    jpeg = base64.b64decode(req["ImageBase64"])
    # ~200 KB of base64: the real JPEG header and data, padded with pseudo-random bytes before the EOI marker.
    body = jpeg[:-2] + random.Random(7).randbytes(150_000 - len(jpeg)) + b"\xff\xd9"
    req["ImageBase64"] = base64.b64encode(body).decode()
    return json.dumps(req)


_IMAGE_REQUEST = _image_request_body()


def _image_request(i: int, rnd: random.Random) -> tuple[str, tuple[Any, ...]]:
    return "req body: %s", (_IMAGE_REQUEST,)


@dataclass(frozen=True)
class Kind:
    name: str
    make: Callable[[int, random.Random], tuple[str, tuple[Any, ...]]]
    records: int  # per setup (plain and ocrshield)
    naive_records: int


KINDS = [
    Kind("PII-free operational line", _operational, 20_000, 300),
    Kind("Chinese OCR text line", _zh_text, 5_000, 200),
    Kind("IDCardOCR response JSON", _idcard_response, 3_000, 100),
    Kind("request with 200 KB base64 image", _image_request, 300, 10),
]


# -- setups ----------------------------------------------------------------------------------------------------


def _naive_presidio_filter() -> logging.Filter:
    """The naive baseline as a `logging.Filter`: Presidio on each rendered message."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # the shared baseline beside this script
    from naive_presidio import naive_presidio

    anonymise = naive_presidio()

    class NaivePresidioFilter(logging.Filter):
        def filter(self, record: logging.LogRecord) -> bool:
            record.msg = anonymise(record.getMessage())
            record.args = None
            return True

    return NaivePresidioFilter()


def _ocrshield_filter() -> logging.Filter:
    import ocrshield

    ocrshield.default_redactor().warm_up()
    return ocrshield.RedactingFilter()


@dataclass
class Cell:
    kind: str
    setup: str
    records: int
    us_per_record: float
    records_per_s: float


def _run(kind: Kind, setup: str, flt: logging.Filter | None, records: int, directory: Path) -> Cell:
    path = directory / f"{setup}.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    if flt is not None:
        handler.addFilter(flt)
    logger = logging.getLogger(f"bench.{setup}")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    logger.propagate = False
    rnd = random.Random(42)
    calls = [(msg, *args) for msg, args in (kind.make(i, rnd) for i in range(records + 5))]  # logger.info's arguments
    # Five warm-up records, then several rounds; the median round is reported (the machine has two cores and other
    # work on them).
    rounds = _bench.rounds_of(calls[5:])
    us = _bench.median_us(logger.info, rounds, warm_up=calls[:5])
    handler.close()
    return Cell(kind.name, setup, sum(map(len, rounds)), us, 1e6 / us)


def run(quick: bool) -> list[Cell]:
    cells: list[Cell] = []
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        ours = _ocrshield_filter()
        naive = _naive_presidio_filter()
        for kind in KINDS:
            n = 20 if quick else kind.records
            naive_n = 2 if quick else kind.naive_records
            cells.append(_run(kind, "plain", None, n, directory))
            cells.append(_run(kind, "ocrshield", ours, n, directory))
            cells.append(_run(kind, "naive", naive, naive_n, directory))
    return cells


COLUMNS = [
    ("record kind", "<34"), ("plain µs", ">9"), ("ocrshield µs", ">13"), ("naive µs", ">10"),
    ("ocrshield rec/s", ">16"), ("vs plain", ">9"), ("naive/ocrshield", ">16"),
]


def _figures(plain: float, ocrshield: float, naive: float) -> list[str]:
    return [
        f"{plain:.1f}", f"{ocrshield:.1f}", f"{naive:.1f}", f"{1e6 / ocrshield:,.0f}", f"{ocrshield / plain:.2f}x",
        f"{naive / ocrshield:.1f}x",
    ]


def table(cells: list[Cell]) -> str:
    return _bench.table(COLUMNS, cells, lambda c: (c.kind,), lambda c: c.us_per_record, _figures)


def main(argv: list[str] | None = None) -> int:
    return _bench.main(__doc__, run, table, argv)


if __name__ == "__main__":
    sys.exit(main())

"""loguru and structlog throughput: each pipeline as is (the floor) vs the same with ocrshield.

    python benchmarks/bench_loguru_structlog.py            # full run, prints a table (under a minute)
    python benchmarks/bench_loguru_structlog.py --quick    # a few records per cell, for a smoke test
    python benchmarks/bench_loguru_structlog.py --json out.json

Pipelines, each writing to a real file in a temporary directory:

* loguru     — the global `logger` with one file sink (loguru's default format); ocrshield: the same after
               `ocrshield.loguru.install()`.
* structlog  — `add_log_level`, `TimeStamper(fmt="iso")`, `JSONRenderer()` to a `WriteLoggerFactory` file;
               ocrshield: `ocrshield.structlog.RedactingProcessor()` before the renderer.

Record kinds: a PII-free operational line (loguru: the message; structlog: the same fields as key/values), the
same with three bound context fields, and a Tencent IDCardOCR response (loguru: its JSON body in the message;
structlog: the response dict as a value). The engine is the default one (rules + spaCy NER), loaded before
timing; each cell is the median round of several.
"""

from __future__ import annotations

import json
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
FRONT: dict[str, Any] = json.loads((FIXTURES / "tencent" / "idcard_front_response.json").read_text(encoding="utf-8"))
FRONT_JSON = json.dumps(FRONT, ensure_ascii=False)
ACTIONS = ["IDCardOCR", "GeneralBasicOCR", "BankCardOCR"]


def _request_id(rnd: random.Random) -> str:
    return str(uuid.UUID(int=rnd.getrandbits(128)))


@dataclass(frozen=True)
class Kind:
    name: str
    records: int
    # (message, bound context, key/values) for record i
    make: Callable[[int, random.Random], tuple[str, dict[str, Any], dict[str, Any]]]


def _operational(i: int, rnd: random.Random) -> tuple[str, dict[str, Any], dict[str, Any]]:
    fields = {"AppID": "1250000000", "Action": rnd.choice(ACTIONS), "Region": "ap-guangzhou",
              "RequestId": _request_id(rnd), "Result": "Success", "latency_ms": rnd.randint(80, 900), "fee": 0.01}
    return " ".join(f"{k}={v}" for k, v in fields.items()), {}, fields


def _with_context(i: int, rnd: random.Random) -> tuple[str, dict[str, Any], dict[str, Any]]:
    message, _, fields = _operational(i, rnd)
    context = {"request_id": _request_id(rnd), "tenant": "t-42", "route": "/v1/ocr/idcard"}
    return message, context, fields


def _idcard_response(i: int, rnd: random.Random) -> tuple[str, dict[str, Any], dict[str, Any]]:
    return f"resp body: {FRONT_JSON}", {}, {"resp": FRONT}


KINDS = [
    Kind("PII-free operational line", 20_000, _operational),
    Kind("same + 3 bound context fields", 20_000, _with_context),
    Kind("IDCardOCR response", 3_000, _idcard_response),
]


# -- pipelines -------------------------------------------------------------------------------------------------


Log = Callable[[str, dict[str, Any], dict[str, Any]], None]


def _loguru(path: Path, shielded: bool) -> tuple[Log, Callable[[], None]]:
    from loguru import logger

    import ocrshield.loguru

    logger.remove()
    if shielded:
        ocrshield.loguru.install()
    else:
        ocrshield.loguru.uninstall()
    logger.add(path, level="INFO")

    def log(message: str, context: dict[str, Any], fields: dict[str, Any]) -> None:
        (logger.bind(**context) if context else logger).info("{}", message)

    def close() -> None:
        logger.remove()
        ocrshield.loguru.uninstall()

    return log, close


def _structlog(path: Path, shielded: bool) -> tuple[Log, Callable[[], None]]:
    import structlog

    import ocrshield.structlog

    f = path.open("w", encoding="utf-8")
    tail: list[Any] = [ocrshield.structlog.RedactingProcessor()] if shielded else []
    structlog.configure(
        processors=[structlog.processors.add_log_level, structlog.processors.TimeStamper(fmt="iso"), *tail,
                    structlog.processors.JSONRenderer()],
        logger_factory=structlog.WriteLoggerFactory(f),
        cache_logger_on_first_use=True,
    )
    logger = structlog.get_logger()

    def log(message: str, context: dict[str, Any], fields: dict[str, Any]) -> None:
        (logger.bind(**context) if context else logger).info("ocr call", **fields)

    def close() -> None:
        f.close()
        structlog.reset_defaults()

    return log, close


PIPELINES = {"loguru": _loguru, "structlog": _structlog}


@dataclass
class Cell:
    pipeline: str
    kind: str
    setup: str
    records: int
    us_per_record: float


def _run(pipeline: str, kind: Kind, shielded: bool, records: int, directory: Path) -> Cell:
    setup = "ocrshield" if shielded else "plain"
    log, close = PIPELINES[pipeline](directory / f"{pipeline}-{setup}.log", shielded)
    rnd = random.Random(42)
    items = [kind.make(i, rnd) for i in range(records + 5)]
    rounds = _bench.rounds_of(items[5:])
    try:
        us = _bench.median_us(log, rounds, warm_up=items[:5])
    finally:
        close()
    return Cell(pipeline, kind.name, setup, sum(map(len, rounds)), us)


def run(quick: bool) -> list[Cell]:
    import ocrshield

    ocrshield.default_redactor().warm_up()
    cells: list[Cell] = []
    with tempfile.TemporaryDirectory() as tmp:
        for pipeline in PIPELINES:
            for kind in KINDS:
                n = 20 if quick else kind.records
                cells.append(_run(pipeline, kind, False, n, Path(tmp)))
                cells.append(_run(pipeline, kind, True, n, Path(tmp)))
    return cells


COLUMNS = [
    ("pipeline", "<10"), ("record kind", "<31"), ("plain µs", ">9"), ("ocrshield µs", ">13"),
    ("ocrshield rec/s", ">16"), ("vs plain", ">9"),
]


def _figures(plain: float, ocrshield: float) -> list[str]:
    return [f"{plain:.1f}", f"{ocrshield:.1f}", f"{1e6 / ocrshield:,.0f}", f"{ocrshield / plain:.2f}x"]


def table(cells: list[Cell]) -> str:
    return _bench.table(COLUMNS, cells, lambda c: (c.pipeline, c.kind), lambda c: c.us_per_record, _figures)


def main(argv: list[str] | None = None) -> int:
    return _bench.main(__doc__, run, table, argv, note="; µs per record, median of 5 rounds")


if __name__ == "__main__":
    sys.exit(main())

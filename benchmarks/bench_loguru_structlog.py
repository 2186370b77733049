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

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

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
    try:
        for item in items[:5]:  # warm-up
            log(*item)
        rounds = 5 if records >= 50 else 1
        per_round = max(1, records // rounds)
        timings = []
        for r in range(rounds):
            batch = items[5 + r * per_round : 5 + (r + 1) * per_round]
            start = time.perf_counter()
            for item in batch:
                log(*item)
            timings.append((time.perf_counter() - start) / len(batch))
    finally:
        close()
    return Cell(pipeline, kind.name, setup, per_round * rounds, statistics.median(timings) * 1e6)


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


def table(cells: list[Cell]) -> str:
    by = {(c.pipeline, c.kind, c.setup): c for c in cells}
    head = (
        f"{'pipeline':10} {'record kind':31} {'plain µs':>9} {'ocrshield µs':>13} {'ocrshield rec/s':>16} "
        f"{'vs plain':>9}"
    )
    lines = [head, "-" * len(head)]
    for pipeline, kind in dict.fromkeys((c.pipeline, c.kind) for c in cells):
        p, o = by[(pipeline, kind, "plain")], by[(pipeline, kind, "ocrshield")]
        lines.append(
            f"{pipeline:10} {kind:31} {p.us_per_record:9.1f} {o.us_per_record:13.1f} "
            f"{1e6 / o.us_per_record:16,.0f} {o.us_per_record / p.us_per_record:8.2f}x"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a few records per cell (smoke test)")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    args = parser.parse_args(argv)
    cells = run(args.quick)
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores; "
          "µs per record, median of 5 rounds")
    print(table(cells))
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(c) for c in cells], indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

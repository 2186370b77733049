"""`ocrshield redact | scan | schema`: redact log files as a stream, audit them, print the definition schema.

`redact` writes exactly one output line per input line (a JSON line stays one JSON line) and streams, so a
multi-GB file runs in constant memory. `scan` reports findings by entity type, file and line, never the values,
and exits 1 when anything is found, 0 when clean, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, BinaryIO

from ._engine import Redactor

__all__ = ["main"]

EXIT_CLEAN, EXIT_FOUND, EXIT_USAGE = 0, 1, 2
DEFAULT_MAX_LINE = 64 * 1024 * 1024


@dataclass
class _Source:
    name: str
    stream: BinaryIO


def _lines(stream: BinaryIO, max_line: int) -> Iterator[tuple[str | None, bytes, int]]:
    """(text, line ending, size) per line; text is None for a line longer than `max_line` bytes, which is
    skipped in bounded chunks rather than held in memory."""
    while True:
        raw = stream.readline(max_line + 1)
        if not raw:
            return
        if len(raw) > max_line and not raw.endswith(b"\n"):
            size = len(raw)
            while True:  # drain the rest of the oversized line
                chunk = stream.readline(1 << 20)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield None, b"\n", size
            continue
        ending = b"\r\n" if raw.endswith(b"\r\n") else b"\n" if raw.endswith(b"\n") else b""
        body = raw[: len(raw) - len(ending)] if ending else raw
        yield body.decode("utf-8", errors="replace"), ending, len(raw)


class _Progress:
    """Lines and MB/s on stderr, once a second, only when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.start = self.last = time.monotonic()
        self.lines = 0
        self.bytes = 0

    def tick(self, size: int) -> None:
        self.lines += 1
        self.bytes += size
        if self.enabled and self.lines & 255 == 0:
            now = time.monotonic()
            if now - self.last >= 1.0:
                self.last = now
                rate = self.bytes / max(now - self.start, 1e-9) / 1e6
                sys.stderr.write(f"\rocrshield: {self.lines:,} lines, {rate:.1f} MB/s ")
                sys.stderr.flush()

    def done(self) -> None:
        if self.enabled and self.lines >= 256:
            sys.stderr.write("\n")


def _open_sources(paths: Sequence[str]) -> Iterator[_Source]:
    if not paths:
        yield _Source("<stdin>", sys.stdin.buffer)
        return
    for path in paths:
        if path == "-":
            yield _Source("<stdin>", sys.stdin.buffer)
            continue
        with open(path, "rb") as f:
            yield _Source(path, f)


def _check_paths(paths: Sequence[str]) -> str | None:
    import os

    for p in paths:
        if p != "-" and not os.path.isfile(p):
            return f"ocrshield: {p}: no such file"
    return None


def _cmd_redact(args: argparse.Namespace, redactor: Redactor, out: IO[bytes]) -> int:
    progress = _Progress(sys.stderr.isatty() if args.progress is None else args.progress)
    for source in _open_sources(args.paths):
        for text, ending, size in _lines(source.stream, args.max_line_bytes):
            if text is None:
                line = f"<REDACTED:TOO_LARGE:{size}bytes>"
            else:
                line = redactor.redact_text(text).replace("\r", " ").replace("\n", " ")
            out.write(line.encode("utf-8") + (ending or b"\n"))
            progress.tick(size)
    out.flush()
    progress.done()
    return EXIT_CLEAN


@dataclass
class _Report:
    by_location: list[tuple[str, int, str, int]] = field(default_factory=list)  # file, line, entity, count
    totals: Counter[str] = field(default_factory=Counter)
    files: Counter[str] = field(default_factory=Counter)
    lines_scanned: int = 0


def _cmd_scan(args: argparse.Namespace, redactor: Redactor, out: IO[bytes]) -> int:
    progress = _Progress(sys.stderr.isatty() if args.progress is None else args.progress)
    report = _Report()
    for source in _open_sources(args.paths):
        for lineno, (text, _ending, size) in enumerate(_lines(source.stream, args.max_line_bytes), start=1):
            report.lines_scanned += 1
            progress.tick(size)
            found = Counter(["TOO_LARGE"]) if text is None else Counter(f.entity_type for f in redactor.scan(text))
            for entity, count in sorted(found.items()):
                report.by_location.append((source.name, lineno, entity, count))
                report.totals[entity] += count
                report.files[source.name] += count
    progress.done()
    if args.json:
        doc = {
            "lines_scanned": report.lines_scanned,
            "findings": [
                {"file": f, "line": n, "entity_type": e, "count": c} for f, n, e, c in report.by_location
            ],
            "totals": dict(sorted(report.totals.items())),
            "files": dict(sorted(report.files.items())),
        }
        out.write((json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    else:
        out.write(_format_scan(report).encode("utf-8"))
    out.flush()
    return EXIT_FOUND if report.totals else EXIT_CLEAN


def _format_scan(report: _Report) -> str:
    lines = [f"{f}:{n}: {e} x{c}" for f, n, e, c in report.by_location]
    if not report.totals:
        lines.append(f"ocrshield scan: clean ({report.lines_scanned} lines)")
        return "\n".join(lines) + "\n"
    width = max(len("entity type"), *(len(e) for e in report.totals))
    lines += ["", f"{'entity type':<{width}}  findings", f"{'-' * width}  --------"]
    lines += [f"{e:<{width}}  {c:>8}" for e, c in sorted(report.totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    total = sum(report.totals.values())
    files = len(report.files)
    lines += ["", f"ocrshield scan: {total} findings in {files} file(s), {report.lines_scanned} lines scanned"]
    return "\n".join(lines) + "\n"


def _cmd_schema(args: argparse.Namespace, out: IO[bytes]) -> int:
    from ._definitions import DefinitionFile

    schema = DefinitionFile.model_json_schema(by_alias=True)
    out.write((json.dumps(schema, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return EXIT_CLEAN


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ocrshield", description="Redact personal data from OCR service logs, or audit log files for it."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("paths", nargs="*", metavar="PATH", help="log files (default: standard input)")
    common.add_argument(
        "--recognizers", action="append", default=[], metavar="DIR", help="extra recognizer definitions"
    )
    common.add_argument("--no-ner", action="store_true", help="rules only: do not load the spaCy model")
    common.add_argument(
        "--profile", default="default", metavar="NAME",
        help="redaction profile: default, or allowlist (JSON payloads in the lines keep only operational values)",
    )
    common.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="progress on stderr once a second (default: when stderr is a terminal)",
    )
    common.add_argument(
        "--max-line-bytes", type=int, default=DEFAULT_MAX_LINE, metavar="N",
        help="longer lines are replaced by a placeholder (default: 64 MiB)",
    )
    sub.add_parser(
        "redact", parents=[common], help="write redacted lines to standard output, one per input line"
    )
    scan = sub.add_parser(
        "scan", parents=[common], help="report findings by entity type, file and line (never the values)"
    )
    scan.add_argument("--json", action="store_true", help="machine-readable report")
    sub.add_parser("schema", help="print the JSON Schema of recognizer definition files")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "schema":
        return _cmd_schema(args, sys.stdout.buffer)
    error = _check_paths(args.paths)
    if error is not None:
        sys.stderr.write(error + "\n")
        return EXIT_USAGE
    if args.max_line_bytes < 1:
        sys.stderr.write("ocrshield: --max-line-bytes must be positive\n")
        return EXIT_USAGE
    from ._definitions import DefinitionError

    redactor = Redactor(
        recognizer_dirs=args.recognizers, ner_model=None if args.no_ner else "auto", profile=args.profile
    )
    try:  # load the definitions now: a broken --recognizers file is a usage error, not a finding
        redactor._get_state()
    except DefinitionError as exc:
        sys.stderr.write(f"ocrshield: {exc}\n")
        return EXIT_USAGE
    command = _cmd_redact if args.command == "redact" else _cmd_scan
    try:
        return command(args, redactor, sys.stdout.buffer)
    except BrokenPipeError:  # `ocrshield redact big.log | head`
        return EXIT_CLEAN
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

"""The `ocrshield` command line, run as a real subprocess (`python -m ocrshield ...`).

Every run is a fresh interpreter, so runs that several tests look at are module-scoped fixtures. Most runs use
`--no-ner` (rules only, fast); the fixture-file run and the scan of its output load the spaCy model.
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = FIXTURES / "text"
TEXT_FILES = ("lines_en.txt", "lines_zh.txt", "operational.txt")  # the order of the multi-file run

NAME, ID_NUMBER = "王晓明", "110105199003071239"
JSON_LINE = '{"Response": {"Name": "王晓明", "IdNum": "110105199003071239", "RequestId": "r-1"}}'
FREE_TEXT_ZH = "姓名王晓明 公民身份号码110105199003071239"
OPERATIONAL = (
    "2026-11-29 15:32:21,123 INFO ocr.api AppID=1250000000 Action=IDCardOCR Region=ap-guangzhou "
    "RequestId=3c140219-cfe9-470e-b241-907877d6fb03 Result=Success latency_ms=231"
)
ESCAPED_PAYLOAD = {"Response": {"Name": NAME, "Sex": "男", "IdNum": ID_NUMBER, "RequestId": "r-2"}}
PHONE_LINE = "联系电话13812345678"

Run = subprocess.CompletedProcess[bytes]
FINDING_LINE = re.compile(r"^(?P<path>.+):(?P<line>[0-9]+): (?P<entity>[A-Z][A-Z0-9_]*) x(?P<count>[0-9]+)$")


def run_cli(*args: str | Path, stdin: bytes = b"", timeout: float = 180) -> Run:
    """`python -m ocrshield ARGS` with internal errors surfacing (OCRSHIELD_STRICT=1)."""
    env = {**os.environ, "OCRSHIELD_STRICT": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "ocrshield", *map(str, args)],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def ok(proc: Run, expected_code: int = 0) -> bytes:
    """The run's stdout, after checking its exit code (stderr is shown when it differs)."""
    stderr = proc.stderr.decode("utf-8", "replace")[-3000:]
    assert expected_code == proc.returncode, f"exit code {proc.returncode}; stderr:\n{stderr}"
    return proc.stdout


def output_lines(stdout: bytes) -> list[bytes]:
    """`redact` output split into lines; every output line, the last one included, ends in a newline."""
    assert stdout == b"" or stdout.endswith(b"\n"), "the last output line is not newline-terminated"
    return stdout.split(b"\n")[:-1]


def input_line_count(data: bytes) -> int:
    return data.count(b"\n") + (0 if data == b"" or data.endswith(b"\n") else 1)


def manifest() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = json.loads((TEXT / "manifest.json").read_text(encoding="utf-8"))
    return entries


def planted_values(files: tuple[str, ...] = TEXT_FILES) -> list[str]:
    return sorted({str(p) for e in manifest() if e["file"] in files for p in e["planted"] if str(p)})


def fake_jpeg(size: int) -> bytes:
    """JPEG magic (SOI + APP0/JFIF) around `size` scrambled bytes: what the sniffer sees of a photo."""
    body = bytes((i * 131 + (i >> 7) * 17) & 0xFF for i in range(size))
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + body + b"\xff\xd9"


# -- runs shared by several tests ----------------------------------------------------------------------------

STDIN_LINES: list[tuple[str, bytes]] = [  # (text, line ending) in input order
    (JSON_LINE, b"\n"),
    ("", b"\n"),
    (FREE_TEXT_ZH, b"\r\n"),
    (json.dumps(ESCAPED_PAYLOAD), b"\n"),
    ("", b"\r\n"),
    (OPERATIONAL, b"\n"),
    ("", b"\n"),
    (PHONE_LINE, b""),  # the final line has no newline
]
IDX_JSON, IDX_EMPTY, IDX_ZH, IDX_ESCAPED, IDX_EMPTY_CRLF, IDX_OPERATIONAL, IDX_EMPTY2, IDX_LAST = range(8)


@pytest.fixture(scope="module")
def stdin_run() -> list[bytes]:
    """`redact --no-ner` of STDIN_LINES piped through standard input, split into output lines."""
    data = b"".join(text.encode("utf-8") + ending for text, ending in STDIN_LINES)
    return output_lines(ok(run_cli("redact", "--no-ner", stdin=data)))


@pytest.fixture(scope="module")
def files_run() -> dict[str, bytes]:
    """`redact` (with the NER model) of the three text fixture files given as PATHs: output per file."""
    inputs = {name: (TEXT / name).read_bytes() for name in TEXT_FILES}
    lines = output_lines(ok(run_cli("redact", *(TEXT / name for name in TEXT_FILES))))
    per_file, start = {}, 0
    for name in TEXT_FILES:
        n = input_line_count(inputs[name])
        per_file[name] = b"".join(line + b"\n" for line in lines[start : start + n])
        start += n
    per_file["<rest>"] = b"".join(line + b"\n" for line in lines[start:])
    return per_file


@pytest.fixture(scope="module")
def scan_paths() -> list[Path]:
    return [TEXT / "lines_en.txt", TEXT / "lines_zh.txt"]


@pytest.fixture(scope="module")
def scan_text(scan_paths: list[Path]) -> Run:
    return run_cli("scan", "--no-ner", *scan_paths)


@pytest.fixture(scope="module")
def scan_json(scan_paths: list[Path]) -> Run:
    return run_cli("scan", "--no-ner", "--json", *scan_paths)


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    """The document `ocrshield schema` prints."""
    doc: dict[str, Any] = json.loads(ok(run_cli("schema")))
    return doc


# -- redact: line structure and content ----------------------------------------------------------------------


class TestRedactStdin:
    """`ocrshield redact` reading standard input: one output line per input line, each redacted in place."""

    def test_one_output_line_per_input_line(self, stdin_run: list[bytes]) -> None:
        """Eight input lines (empty ones, CRLF ones, a last one without newline) give eight output lines."""
        assert len(STDIN_LINES) == len(stdin_run)

    def test_empty_lines_stay_empty(self, stdin_run: list[bytes]) -> None:
        """Empty lines come out empty, with their own line ending."""
        assert [b"", b"\r", b""] == [stdin_run[IDX_EMPTY], stdin_run[IDX_EMPTY_CRLF], stdin_run[IDX_EMPTY2]]

    def test_crlf_line_ending_is_kept(self, stdin_run: list[bytes]) -> None:
        """A CRLF-terminated line comes out CRLF-terminated; LF lines stay LF."""
        endings = [line.endswith(b"\r") for line in stdin_run]
        expected = [ending == b"\r\n" for _, ending in STDIN_LINES]
        assert expected == endings

    def test_final_line_without_newline_is_redacted(self, stdin_run: list[bytes]) -> None:
        """The unterminated last line is processed (and terminated) like any other."""
        assert "联系电话<PHONE_NUMBER>".encode() == stdin_run[IDX_LAST]

    def test_json_line_stays_one_parseable_json_line(self, stdin_run: list[bytes]) -> None:
        """A JSON log line is still valid JSON, with the sensitive fields replaced by their entity type."""
        doc = json.loads(stdin_run[IDX_JSON])
        assert {"Name": "<PERSON>", "IdNum": "<CN_RESIDENT_ID>", "RequestId": "r-1"} == doc["Response"]

    def test_escaped_json_line_stays_ascii_and_is_redacted(self, stdin_run: list[bytes]) -> None:
        r"""A line written by `json.dumps` (`\uXXXX` escapes) is redacted and stays pure ASCII."""
        line = stdin_run[IDX_ESCAPED]
        assert line.isascii()
        expected = {"Name": "<PERSON>", "Sex": "<GENDER>", "IdNum": "<CN_RESIDENT_ID>", "RequestId": "r-2"}
        assert expected == json.loads(line)["Response"]

    def test_free_text_chinese_line(self, stdin_run: list[bytes]) -> None:
        """Label-then-value OCR text: the name and the ID number are replaced, the labels stay."""
        assert "姓名<PERSON> 公民身份号码<CN_RESIDENT_ID>\r".encode() == stdin_run[IDX_ZH]

    def test_operational_line_is_byte_identical(self, stdin_run: list[bytes]) -> None:
        """A log line with no personal data (IDs, request ids, latencies) passes through unchanged."""
        assert OPERATIONAL.encode() == stdin_run[IDX_OPERATIONAL]

    def test_no_sensitive_value_in_output(self, stdin_run: list[bytes]) -> None:
        """Neither the name nor the ID number nor the phone number survives anywhere."""
        output = b"\n".join(stdin_run).decode("utf-8")
        assert [] == [v for v in (NAME, ID_NUMBER, "13812345678") if v in output]


class TestRedactFiles:
    """`ocrshield redact PATH...` on tests/fixtures/text (planted values listed in manifest.json)."""

    def test_same_number_of_lines(self, files_run: dict[str, bytes]) -> None:
        """Each file gives as many output lines as it has, in order, and nothing follows the last file."""
        expected = {name: input_line_count((TEXT / name).read_bytes()) for name in TEXT_FILES}
        assert expected == {name: files_run[name].count(b"\n") for name in TEXT_FILES}
        assert b"" == files_run["<rest>"]

    @pytest.mark.parametrize("name", ["lines_en.txt", "lines_zh.txt"])
    def test_no_planted_value_survives(self, files_run: dict[str, bytes], name: str) -> None:
        """No value that the manifest lists as planted in the file appears in that file's output."""
        output = files_run[name].decode("utf-8")
        leaked = [
            f"{name}:{e['line']}"
            for e in manifest()
            if e["file"] == name
            for p in e["planted"]
            if str(p) and str(p) in output
        ]
        assert [] == leaked, "planted values leaked (file:line of the manifest entry)"

    def test_manifest_operational_values_survive(self, files_run: dict[str, bytes]) -> None:
        """Values the manifest marks operational (request ids, keys) are still on their output line."""
        lost = []
        for e in manifest():
            lines = files_run[e["file"]].decode("utf-8").split("\n")
            line = lines[e["line"] - 1]
            lost += [f"{e['file']}:{e['line']}: {o}" for o in e["operational"] if o not in line]
        assert [] == lost

    def test_operational_file_is_unchanged(self, files_run: dict[str, bytes]) -> None:
        """operational.txt (no personal data) comes out byte-identical, with the NER model loaded too."""
        assert (TEXT / "operational.txt").read_bytes() == files_run["operational.txt"]

    def test_stdin_dash_between_files_and_unterminated_last_lines(self, tmp_path: Path) -> None:
        """`-` reads stdin in place; a file whose last line has no newline does not run into the next one."""
        first, empty, last = tmp_path / "a.log", tmp_path / "empty.log", tmp_path / "b.log"
        first.write_bytes("身份证号110105199003071239".encode())  # no newline
        empty.write_bytes(b"")
        last.write_bytes(b"b1\r\nb2")
        out = ok(run_cli("redact", "--no-ner", first, empty, "-", last, stdin=b"from stdin\n"))
        expected = ["身份证号<CN_RESIDENT_ID>".encode(), b"from stdin", b"b1\r", b"b2"]
        assert expected == output_lines(out)


class TestRedactRobustness:
    """Input that is not clean UTF-8 text of a sane size."""

    def test_invalid_utf8_and_binary_bytes(self) -> None:
        """Invalid UTF-8, NUL and control bytes do not crash the run, keep the line count and are redacted."""
        data = (
            b"before\n"
            + b"\xff\xfe\x00\x01 binary \x80\x81 "
            + "身份证号110105199003071239".encode()
            + b"\n\x00\x00\x00\n"
            + "王".encode()[:2]  # a truncated multi-byte character
            + b"\nabc\x0bdef\x0c\x1c\x1d\x1e\xc2\x85\xe2\x80\xa8 end\n"
            + b"\xc3\x28 after\n"
        )
        proc = run_cli("redact", "--no-ner", stdin=data)
        lines = output_lines(ok(proc))
        assert input_line_count(data) == len(lines)
        assert b"before" == lines[0]
        assert b"<CN_RESIDENT_ID>" in lines[1]
        assert ID_NUMBER.encode() not in b"\n".join(lines)
        assert b"" == proc.stderr

    def test_oversized_line_becomes_placeholder(self) -> None:
        """With `--max-line-bytes 100` a 1000-byte line is one placeholder line; later lines are redacted."""
        data = (
            b"first 13812345678\n"
            + b"x" * 999
            + b"\n"
            + "身份证号110105199003071239\n".encode()
            + b"2026-11-29 INFO ok\n"
        )
        lines = output_lines(ok(run_cli("redact", "--no-ner", "--max-line-bytes", "100", stdin=data)))
        assert 4 == len(lines)
        assert b"first <PHONE_NUMBER>" == lines[0]
        assert re.fullmatch(rb"<REDACTED:TOO_LARGE:[0-9]+bytes>", lines[1]), lines[1][:200]
        assert ["身份证号<CN_RESIDENT_ID>".encode(), b"2026-11-29 INFO ok"] == lines[2:]

    @pytest.mark.parametrize("field", ["ImageBase64", "Payload"])
    def test_base64_jpeg_in_json_line(self, field: str) -> None:
        """A ~200 KB base64 JPEG in a JSON line becomes `<IMAGE:jpeg:<size>B>`, in an image field or not."""
        jpeg = fake_jpeg(150_000)
        b64 = base64.b64encode(jpeg).decode("ascii")
        assert len(b64) > 190_000
        line = json.dumps({"Request": {field: b64, "RequestId": "r-img"}})
        lines = output_lines(ok(run_cli("redact", "--no-ner", stdin=line.encode() + b"\n")))
        assert 1 == len(lines)
        doc = json.loads(lines[0])
        assert {field: f"<IMAGE:jpeg:{len(jpeg)}B>", "RequestId": "r-img"} == doc["Request"]

    def test_large_streamed_input_keeps_line_count(self) -> None:
        """50,000 lines piped through stdin come out as 50,000 lines, in order, sensitive ones redacted."""
        n = 50_000
        data = b"".join(
            (b"%d INFO req=%d phone 13812345678\n" if i % 1000 == 0 else b"%d INFO req=%d ok\n") % (i, i)
            for i in range(n)
        )
        lines = output_lines(ok(run_cli("redact", "--no-ner", stdin=data)))
        assert n == len(lines)
        assert [b"0 INFO req=0 phone <PHONE_NUMBER>", b"1 INFO req=1 ok"] == lines[:2]
        assert b"%d INFO req=%d ok" % (n - 1, n - 1) == lines[-1]
        assert 0 == sum(b"13812345678" in line for line in lines)


# -- scan ----------------------------------------------------------------------------------------------------


class TestScan:
    """`ocrshield scan`: findings by file, line and entity type, never the values; exit 1 when any."""

    def test_exit_code_1_when_findings(self, scan_text: Run) -> None:
        """Files with personal data make scan exit 1."""
        ok(scan_text, 1)

    def test_finding_lines(self, scan_text: Run, scan_paths: list[Path]) -> None:
        """Findings are `PATH:LINE: ENTITY xN`, line numbers restart per file."""
        text = ok(scan_text, 1).decode("utf-8")
        findings = text.split("\n\n")[0].splitlines()
        assert findings, text
        assert [] == [f for f in findings if not FINDING_LINE.match(f)]
        en, zh = (str(p) for p in scan_paths)
        expected = [f"{en}:1: CN_RESIDENT_ID x1", f"{zh}:4: CN_RESIDENT_ID x1", f"{zh}:7: PHONE_NUMBER x2"]
        assert expected == [f for f in expected if f in findings]

    def test_summary_table(self, scan_text: Run) -> None:
        """A table of totals per entity type follows, and a one-line summary that adds up."""
        text = ok(scan_text, 1).decode("utf-8")
        findings = [FINDING_LINE.match(f) for f in text.split("\n\n")[0].splitlines()]
        per_entity: Counter[str] = Counter()
        for m in findings:
            assert m is not None
            per_entity[m["entity"]] += int(m["count"])
        table = re.search(r"^entity type +findings\n-+ +-+\n((?:[A-Z][A-Z0-9_]* +[0-9]+\n)+)", text, re.M)
        assert table is not None, text
        rows = {e: int(c) for e, c in (row.split() for row in table[1].splitlines())}
        assert dict(per_entity) == rows
        total = sum(per_entity.values())
        last = text.rstrip("\n").split("\n")[-1]
        assert f"ocrshield scan: {total} findings in 2 file(s), 30 lines scanned" == last

    def test_output_never_contains_planted_values(self, scan_text: Run, scan_json: Run) -> None:
        """Neither the text nor the JSON report (nor stderr) repeats a detected value."""
        outputs = (scan_text.stdout + scan_text.stderr + scan_json.stdout + scan_json.stderr).decode("utf-8")
        assert [] == [i for i, p in enumerate(planted_values()) if p in outputs], "indexes of leaked values"

    def test_json_report(self, scan_json: Run, scan_paths: list[Path]) -> None:
        """`--json` prints one document: findings with file/line/entity_type/count, and totals that add up."""
        doc = json.loads(ok(scan_json, 1))
        assert doc["findings"]
        assert [] == [f for f in doc["findings"] if set(f) != {"file", "line", "entity_type", "count"}]
        assert {str(p) for p in scan_paths} == {f["file"] for f in doc["findings"]}
        totals: Counter[str] = Counter()
        for f in doc["findings"]:
            totals[f["entity_type"]] += f["count"]
        assert dict(totals) == doc["totals"]
        assert 30 == doc["lines_scanned"]
        expected = {"file": str(scan_paths[1]), "line": 4, "entity_type": "CN_RESIDENT_ID", "count": 1}
        assert expected in doc["findings"]

    def test_clean_file(self) -> None:
        """A file with no personal data: exit 0 and a "clean" summary."""
        lines = len((TEXT / "operational.txt").read_text(encoding="utf-8").splitlines())
        out = ok(run_cli("scan", "--no-ner", TEXT / "operational.txt"), 0).decode("utf-8")
        assert f"ocrshield scan: clean ({lines} lines)\n" == out

    def test_redacted_output_scans_clean(self, files_run: dict[str, bytes], tmp_path: Path) -> None:
        """What `redact` wrote is clean by `scan` (both with the NER model): the two commands agree."""
        redacted = tmp_path / "redacted.log"
        redacted.write_bytes(b"".join(files_run[name] for name in TEXT_FILES))
        out = ok(run_cli("scan", redacted), 0).decode("utf-8")
        assert "clean" in out

    def test_redacted_image_scans_clean(self, tmp_path: Path) -> None:
        """A redacted image placeholder (`<IMAGE:jpeg:...B>`) is not itself reported as a finding."""
        b64 = base64.b64encode(fake_jpeg(3000)).decode("ascii")
        line = json.dumps({"Request": {"ImageBase64": b64, "RequestId": "r-img"}}) + "\n"
        redacted = tmp_path / "redacted.log"
        redacted.write_bytes(ok(run_cli("redact", "--no-ner", stdin=line.encode())))
        assert b"<IMAGE:jpeg:" in redacted.read_bytes()
        proc = run_cli("scan", "--no-ner", redacted)
        assert 0 == proc.returncode, f"redacted output reported as not clean:\n{proc.stdout.decode()}"

    def test_missing_file_is_usage_error(self, tmp_path: Path) -> None:
        """A PATH that does not exist: exit 2 and a one-line message, no traceback."""
        proc = run_cli("scan", "--no-ner", tmp_path / "nope.log")
        ok(proc, 2)
        assert f"ocrshield: {tmp_path / 'nope.log'}: no such file\n".encode() == proc.stderr

    def test_unknown_option_is_usage_error(self) -> None:
        """An unknown option: exit 2 with argparse's message."""
        proc = run_cli("scan", "--no-such-option")
        ok(proc, 2)
        assert b"unrecognized arguments: --no-such-option" in proc.stderr

    @pytest.mark.parametrize("problem", ["missing directory", "unknown key"])
    def test_bad_recognizer_definitions_are_usage_errors(self, tmp_path: Path, problem: str) -> None:
        """`--recognizers` naming a missing directory, or a definition with a typo'd key, is a usage error
        (exit 2 and a message, no traceback), not exit 1, which `scan` uses for "personal data found"."""
        definitions = tmp_path / "defs"
        if problem == "unknown key":
            definitions.mkdir()
            typo = "        score: 0.9\n        requires_contxt: true\n"
            bad = USER_DEFINITION.replace("        score: 0.9\n", typo)
            assert bad != USER_DEFINITION
            (definitions / "employee.yaml").write_text(bad, encoding="utf-8")
        proc = run_cli("scan", "--no-ner", "--recognizers", definitions, TEXT / "operational.txt")
        stderr = proc.stderr.decode("utf-8", "replace")
        assert 2 == proc.returncode and "Traceback" not in stderr, (
            f"{problem}: expected exit 2 and a message, got exit {proc.returncode}:\n{stderr[-1500:]}"
        )
        assert str(definitions) in stderr


# -- schema and user definitions -----------------------------------------------------------------------------


class TestSchema:
    """`ocrshield schema`: the JSON Schema of recognizer definition files."""

    def test_top_level_has_recognizers(self, schema: dict[str, Any]) -> None:
        """The document is a JSON Schema object with `version` and `recognizers` properties."""
        assert "object" == schema["type"]
        assert {"version", "recognizers"} <= set(schema["properties"])
        assert "array" == schema["properties"]["recognizers"]["type"]

    def test_unknown_keys_are_forbidden_everywhere(self, schema: dict[str, Any]) -> None:
        """`extra="forbid"` shows as `additionalProperties: false` on the file and on every nested model."""
        objects = {"<file>": schema, **schema["$defs"]}
        assert {name: False for name in objects} == {
            name: model.get("additionalProperties") for name, model in objects.items()
        }

    def test_keys_are_documented(self, schema: dict[str, Any]) -> None:
        """Each key of a recognizer carries its description (the schema is the reference documentation)."""
        recognizer = schema["$defs"]["RecognizerDef"]["properties"]
        assert [] == [key for key, prop in recognizer.items() if not prop.get("description")]


USER_DEFINITION = """\
version: 1
description: Company employee numbers.
recognizers:
  - id: acme.employee_id
    entity: EMPLOYEE_ID
    description: Employee numbers such as EMP-004217.
    patterns:
      - name: emp
        regex: '(?<![0-9A-Za-z])EMP-[0-9]{6}(?![0-9A-Za-z])'
        anchor: 'EMP-'
        score: 0.9
    fields: [EmployeeNo]
    examples:
      match: ['badge EMP-004217 scanned']
      no_match: ['ticket EMP-12 closed']
"""


class TestUserRecognizers:
    """`--recognizers DIR` adds user definition files to the built-in ones."""

    LINES = (
        "badge EMP-004217 scanned at gate 3, ticket EMP-12 closed\n"
        '{"EmployeeNo": "E4217", "RequestId": "r-emp"}\n'
        "身份证号110105199003071239\n"
    ).encode()

    @pytest.fixture
    def definitions(self, tmp_path: Path) -> Path:
        (tmp_path / "employee.yaml").write_text(USER_DEFINITION, encoding="utf-8")
        return tmp_path

    def test_redact_applies_user_entity(self, definitions: Path) -> None:
        """The new entity is replaced in text and in its field; built-in entities still work alongside."""
        proc = run_cli("redact", "--no-ner", "--recognizers", definitions, stdin=self.LINES)
        lines = output_lines(ok(proc))
        assert [
            b"badge <EMPLOYEE_ID> scanned at gate 3, ticket EMP-12 closed",
            b'{"EmployeeNo": "<EMPLOYEE_ID>", "RequestId": "r-emp"}',
            "身份证号<CN_RESIDENT_ID>".encode(),
        ] == lines

    def test_without_the_option_the_value_stays(self) -> None:
        """Control: the built-in definitions alone do not know the employee number."""
        lines = output_lines(ok(run_cli("redact", "--no-ner", stdin=self.LINES)))
        assert b"EMP-004217" in lines[0]

    def test_scan_reports_user_entity(self, definitions: Path) -> None:
        """`scan` counts the user entity like a built-in one."""
        proc = run_cli("scan", "--no-ner", "--recognizers", definitions, stdin=self.LINES)
        assert ["<stdin>:1: EMPLOYEE_ID x1", "<stdin>:2: EMPLOYEE_ID x1", "<stdin>:3: CN_RESIDENT_ID x1"] == (
            ok(proc, 1).decode("utf-8").split("\n\n")[0].splitlines()
        )


class TestProgress:
    def test_progress_on_stderr_never_on_stdout(self, tmp_path: Path) -> None:
        """`--progress` reports lines and MB/s on stderr (as on a terminal); stdout keeps one line per line."""
        line = "客户王晓明 公民身份号码110105199003071239 手机13812345678\n"
        src = tmp_path / "big.log"
        src.write_text(line * 6000, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "ocrshield", "redact", "--no-ner", "--progress", str(src)],
            capture_output=True, timeout=300, env={**os.environ, "OCRSHIELD_STRICT": "1"},
        )
        assert 0 == result.returncode, result.stderr[-2000:]
        assert 6000 == result.stdout.count(b"\n")
        assert b"\r" not in result.stdout and b"ocrshield:" not in result.stdout
        assert re.search(rb"ocrshield: [0-9,]+ lines, [0-9.]+ MB/s", result.stderr), result.stderr[-500:]
        assert b"110105199003071239" not in result.stderr + result.stdout

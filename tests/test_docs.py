"""The README's examples and the demo run as documented."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)


def run_python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OCRSHIELD_STRICT": "1", "PYTHONUTF8": "1"}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


class TestReadme:
    def test_has_examples(self) -> None:
        """The README shows the integrations with code that runs."""
        assert len(PYTHON_BLOCKS) >= 5

    @pytest.mark.parametrize("code", PYTHON_BLOCKS, ids=[f"block{i}" for i in range(len(PYTHON_BLOCKS))])
    def test_python_block_runs(self, code: str, tmp_path: Path) -> None:
        """Each Python block runs as written in a fresh interpreter (its asserts are the checks)."""
        result = run_python(code, tmp_path)
        assert 0 == result.returncode, result.stderr[-3000:]

    def test_two_commands_are_the_makefile_targets(self) -> None:
        """The README's two set-up commands exist, and CI runs the same test command."""
        makefile = (REPO / "Makefile").read_text(encoding="utf-8")
        assert "make demo" in README and "make test" in README
        assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
        assert "make test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")

    def test_yaml_example_is_a_valid_definition(self, tmp_path: Path) -> None:
        """The custom recognizer in the README loads, and its examples hold."""
        import ocrshield

        yaml_block = re.search(r"```yaml\n(.*?)```", README, flags=re.S)
        assert yaml_block is not None
        (tmp_path / "acme.yaml").write_text(yaml_block.group(1), encoding="utf-8")
        r = ocrshield.Redactor(recognizer_dirs=[tmp_path], ner_model=None, strict=True)
        assert "badge ********56 scanned" == r.redact_text("badge EMP-123456 scanned")
        assert "工号****56" == r.redact_text("工号123456")
        assert {"emp_id": "******56"} == r.redact({"emp_id": "EMP-123456"[2:]})


class TestDemo:
    def test_demo_logs_payloads_and_shows_a_clean_store(self, tmp_path: Path) -> None:
        """`make demo`'s script: real payloads in, a redacted log out, operational data intact, audit clean."""
        log = tmp_path / "ops.log"
        result = subprocess.run(
            [sys.executable, str(REPO / "examples" / "demo.py"), "--log", str(log)],
            capture_output=True, text=True, timeout=300, env={**os.environ, "OCRSHIELD_STRICT": "1"},
        )
        assert 0 == result.returncode, result.stderr[-3000:]
        stored = log.read_text(encoding="utf-8")
        assert stored in result.stdout
        assert "=== audit: 0 personal values found in the stored log ===" in result.stdout
        # (the issuing authority and validity of the card's back are the card's content: denied with the rest)
        for planted in ("王晓明", "110105199003071239", "1990/3/7", "建国路88号", "John Smith", "john.smith@example.com",
                        "415 555 0132", "6222021234567894", "/9j/4AAQ", "q-signature=afadbbf2", "AKIDFy5pbnAnknyD7P",
                        "北京市公安局朝阳分局", "2010.07.21-2020.07.21"):
            assert planted not in stored, planted
        for operational in ("AppID=1250000000", "Action=IDCardOCR", "Region=ap-guangzhou", "Result=Success",
                            "Result=Failed", "fee=0.01", "calls=1", "RequestId=002b68c8-806a-4b3f-bd83-b569d7821787",
                            "FailedOperation.ImageDecodeFailed",
                            "ocr-upload-1250000000.cos.ap-guangzhou.myqcloud.com/idcard/20261129/"):
            assert operational in stored, operational
        assert re.search(r"callID=[0-9a-f-]{36} RequestId=", stored)

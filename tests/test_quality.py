"""Static checks that run with the suite: ruff over the repository and mypy --strict over the package."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO


class TestStaticChecks:
    def test_ruff(self) -> None:
        """The code is lint-clean under the rules in pyproject.toml (each ignore there has its reason)."""
        result = subprocess.run(
            [sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks", "examples"],
            cwd=REPO, capture_output=True, text=True,
        )
        assert 0 == result.returncode, result.stdout[-4000:]

    def test_mypy_strict(self) -> None:
        """The package type-checks under `mypy --strict` (configured in pyproject.toml)."""
        result = subprocess.run([sys.executable, "-m", "mypy"], cwd=REPO, capture_output=True, text=True)
        assert 0 == result.returncode, result.stdout[-4000:]

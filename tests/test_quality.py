"""Static checks that run with the suite: ruff over the repository and mypy --strict over the package."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import yaml

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


def _string_constants(path: Path) -> set[str]:
    """The string literals of a module, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    }


def _vendor_names() -> set[str]:
    """Every key the vendor shapes name, and every field name of the recognizers, as written, that is a vendor's
    spelling rather than an English word (`DetectedText`, `trace_id`, `mentionText`; not `name` or `text`, which
    code says for its own reasons)."""
    names: set[str] = set()
    for path in (REPO / "recognizers").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for recognizer in data.get("recognizers", []):
            names.update(recognizer.get("fields", []))
        shapes = data.get("shapes") or {}
        names.update(line["text_key"] for line in shapes.get("lines", []) if "text_key" in line)
        names.update(k for line in shapes.get("lines", []) for k in line.get("word_when", {}))
        names.update(shapes.get("word_lists", []))
        names.update(shapes.get("metadata_keys", []))
        names.update(shapes.get("text_blocks", []))
        for key in ("label_keys", "label_text_keys", "value_keys", "extra_keys"):
            names.update((shapes.get("pairs") or {}).get(key, []))
        for record in shapes.get("records", []):
            names.update(k for keys in record["when_keys"] for dotted in keys for k in dotted.split("."))
            names.update(record.get("text_keys", []) + record.get("text_keys_in_items_of", []))
    return {n for n in names if n.isascii() and not (n.isalpha() and n.islower())}


class TestVendorsAreData:
    def test_no_vendor_field_name_in_the_package(self) -> None:
        """No string literal under src/ is a key of a vendor shape or a field name of a recognizer: vendors and
        their shapes are data (recognizers/), the code knows none of them."""
        vendor = _vendor_names()
        assert {"DetectedText", "IdNum", "trace_id"} <= vendor  # the check has something to look for
        found = {
            f"{path.name}: {literal!r}"
            for path in sorted((REPO / "src" / "ocrshield").glob("*.py"))
            for literal in _string_constants(path)
            if literal in vendor
        }
        assert set() == found

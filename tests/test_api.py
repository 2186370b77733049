"""The public surface: pinned names, a light import, documented members."""

from __future__ import annotations

import json
import subprocess
import sys

import ocrshield

EXPECTED = [
    "Drop", "Finding", "Limits", "Mask", "Policy", "Pseudonym", "RedactingFilter", "RedactingHandler", "Redactor",
    "Replace", "__version__", "configure", "default_redactor",
]


class TestExportedMembers:
    def test_all_is_pinned_and_sorted(self) -> None:
        """Adding or removing a public name is a deliberate change to this list."""
        assert EXPECTED == ocrshield.__all__ == sorted(ocrshield.__all__)

    def test_every_public_name_is_documented(self) -> None:
        """Every public class and function has a docstring."""
        undocumented = [n for n in EXPECTED if n != "__version__" and not getattr(ocrshield, n).__doc__]
        assert [] == undocumented

    def test_version_comes_from_package_metadata(self) -> None:
        """`__version__` is the installed distribution's version."""
        from importlib.metadata import version

        assert version("ocrshield") == ocrshield.__version__


class TestImport:
    def test_bare_import_loads_nothing_heavy(self) -> None:
        """`import ocrshield` loads neither spaCy, Presidio, pydantic nor OpenTelemetry."""
        code = (
            "import sys, json, ocrshield; "
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('spacy', 'presidio_analyzer', 'presidio_anonymizer', 'opentelemetry', 'pydantic', 'loguru', 'yaml'))))"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        assert [] == json.loads(out)

    def test_configure_replaces_the_shared_redactor(self) -> None:
        """`configure()` sets the engine the integrations use by default."""
        from ocrshield import _engine

        previous = _engine._default
        try:
            r = ocrshield.configure(ner_model=None)
            assert r is ocrshield.default_redactor()
        finally:
            _engine._default = previous

    def test_redactor_repr_is_safe(self) -> None:
        """The repr names the configuration, not keys or data."""
        r = ocrshield.Redactor(ocrshield.Policy(pseudonym_key="secret-key"), ner_model=None)
        assert "secret-key" not in repr(r) and repr(r).startswith("Redactor(")

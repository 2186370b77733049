"""ocrshield: keeps personal data from OCR payloads out of logs and traces.

Importing the package is cheap: Presidio, spaCy and the definitions load on the first redaction.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from ._engine import Finding, Redactor, default_redactor
from ._policy import Drop, Mask, Policy, Pseudonym, Replace
from ._walk import Limits
from .stdlib import RedactingFilter, RedactingHandler

try:
    __version__ = version("ocrshield")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without installing
    __version__ = "0.0.0"


def configure(**options: object) -> Redactor:
    """Replace the process-wide Redactor that every integration uses by default; returns it.

    Takes the keyword arguments of `Redactor` (policy, recognizer_dirs, ner_model, ...). Call it before the
    first record is logged, e.g. right before `logging.config.dictConfig(...)`.
    """
    from . import _engine

    redactor = Redactor(**options)  # type: ignore[arg-type]
    with _engine._default_lock:
        _engine._default = redactor
    return redactor


__all__ = [
    "Drop",
    "Finding",
    "Limits",
    "Mask",
    "Policy",
    "Pseudonym",
    "RedactingFilter",
    "RedactingHandler",
    "Redactor",
    "Replace",
    "__version__",
    "configure",
    "default_redactor",
]

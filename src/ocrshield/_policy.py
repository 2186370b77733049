"""What replaces a detected value: per-entity operators and the policy that chooses them.

Replacement in text goes through presidio-anonymizer's `AnonymizerEngine`; the same operator functions replace
whole field values in structured payloads, so both paths give the same placeholder for the same value.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import unicodedata
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ._definitions import OperatorDef
    from ._detect import Hit

__all__ = ["KEY_ENV", "Drop", "Mask", "Operator", "Policy", "Pseudonym", "Replace"]

KEY_ENV = "OCRSHIELD_PSEUDONYM_KEY"


@dataclass(frozen=True, slots=True)
class Replace:
    """Replace the value with `<ENTITY>` (the default)."""

    kind: Literal["replace"] = field(default="replace", init=False)


@dataclass(frozen=True, slots=True)
class Mask:
    """Mask all but the last `keep_last` characters: `**************7774`."""

    keep_last: int = 4
    mask_char: str = "*"
    kind: Literal["mask"] = field(default="mask", init=False)

    def __post_init__(self) -> None:
        if not 0 <= self.keep_last <= 8:
            raise ValueError("keep_last must be between 0 and 8")
        if len(self.mask_char) != 1:
            raise ValueError("mask_char must be one character")


@dataclass(frozen=True, slots=True)
class Pseudonym:
    """Replace the value with `<ENTITY:xxxxxxxx>`, a keyed HMAC-SHA256 of it.

    The same value gives the same pseudonym across records and processes that share the key, so one person's
    records still correlate; without the key the value cannot be recovered by trying all ID numbers.
    """

    kind: Literal["pseudonym"] = field(default="pseudonym", init=False)


@dataclass(frozen=True, slots=True)
class Drop:
    """Remove the value (in a mapping, the whole key)."""

    kind: Literal["drop"] = field(default="drop", init=False)


Operator = Replace | Mask | Pseudonym | Drop


def _from_def(d: OperatorDef) -> Operator:
    if d.type == "mask":
        return Mask(d.keep_last, d.mask_char)
    if d.type == "pseudonym":
        return Pseudonym()
    if d.type == "drop":
        return Drop()
    return Replace()


@dataclass(frozen=True)
class Policy:
    """Which operator each entity type gets.

    `operators` maps entity types (`"CN_RESIDENT_ID"`) to operators; entities not listed use the definition's
    own operator, else `default`. `pseudonym_key` (or the `OCRSHIELD_PSEUDONYM_KEY` environment variable) keys
    the HMAC of `Pseudonym`; it never appears in a repr.
    """

    operators: Mapping[str, Operator] = field(default_factory=dict)
    default: Operator = field(default_factory=Replace)
    pseudonym_key: bytes | str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        for entity, op in self.operators.items():
            if not isinstance(op, Replace | Mask | Pseudonym | Drop):
                raise TypeError(f"operator for {entity} must be Replace, Mask, Pseudonym or Drop")


class _Key:
    """The pseudonym key, resolved once. Random per process when none is configured (with a warning)."""

    __slots__ = ("_value",)

    def __init__(self, configured: bytes | str | None) -> None:
        value = configured if configured is not None else os.environ.get(KEY_ENV)
        if value is None or value == "":
            self._value: bytes | None = None
        else:
            self._value = value.encode() if isinstance(value, str) else bytes(value)

    def get(self) -> bytes:
        if self._value is None:
            warnings.warn(
                f"ocrshield: Pseudonym operator without a key ({KEY_ENV} is unset); using a random per-process "
                "key, so pseudonyms will not match across processes",
                RuntimeWarning,
                stacklevel=4,
            )
            self._value = secrets.token_bytes(32)
        return self._value

    def __repr__(self) -> str:
        return "<key>"


def _normalise(value: str) -> str:
    return "".join(unicodedata.normalize("NFKC", value).split()).upper()


class Operators:
    """Resolved operator functions per entity: `fn(value) -> replacement` (None means drop)."""

    def __init__(self, policy: Policy, definition_defaults: Mapping[str, OperatorDef]) -> None:
        self._policy = policy
        self._defaults = {k: _from_def(v) for k, v in definition_defaults.items()}
        self._key = _Key(policy.pseudonym_key)
        self._cache: dict[str, Callable[[str], str | None]] = {}

    def mask_chars(self) -> frozenset[str]:
        """The mask characters of every `Mask` this policy (or a definition) may apply."""
        ops = [*self._policy.operators.values(), *self._defaults.values(), self._policy.default]
        return frozenset(op.mask_char for op in ops if isinstance(op, Mask))

    def operator_for(self, entity: str) -> Operator:
        return self._policy.operators.get(entity) or self._defaults.get(entity) or self._policy.default

    def function(self, entity: str) -> Callable[[str], str | None]:
        fn = self._cache.get(entity)
        if fn is None:
            fn = self._cache[entity] = self._make(entity, self.operator_for(entity))
        return fn

    def _make(self, entity: str, op: Operator) -> Callable[[str], str | None]:
        placeholder = f"<{entity}>"
        if isinstance(op, Mask):
            keep, char = op.keep_last, op.mask_char

            def mask(value: str) -> str:
                # Never reveal more than a third of a short value.
                n = min(keep, len(value) // 3)
                return char * (len(value) - n) + (value[len(value) - n :] if n else "")

            return mask
        if isinstance(op, Pseudonym):
            key = self._key

            def pseudonym(value: str) -> str:
                digest = hmac.new(key.get(), _normalise(value).encode(), hashlib.sha256).hexdigest()
                return f"<{entity}:{digest[:10]}>"

            return pseudonym
        if isinstance(op, Drop):
            return lambda _value: None
        return lambda _value: placeholder

    def apply_text(self, text: str, hits: Sequence[Hit]) -> str:
        """Replace `hits` (non-overlapping: see `merge_hits`) in `text` with presidio-anonymizer, each with its
        entity's operator."""
        if not hits:
            return text
        from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

        engine = _anonymizer()
        operators = {}
        for entity in {h.entity for h in hits}:
            fn = self.function(entity)
            operators[entity] = OperatorConfig("custom", {"lambda": _never_none(fn)})
        results = [RecognizerResult(h.entity, h.start, h.end, h.score) for h in hits]
        return str(engine.anonymize(text, results, operators).text)


def _never_none(fn: Callable[[str], str | None]) -> Callable[[str], str]:
    def wrapped(value: str) -> str:
        out = fn(value)
        return "" if out is None else out

    return wrapped


_ENGINE: Any = None


def _anonymizer() -> Any:
    """One presidio-anonymizer engine per process, built on first use (it is stateless between calls)."""
    global _ENGINE
    if _ENGINE is None:
        from presidio_anonymizer import AnonymizerEngine

        _ENGINE = AnonymizerEngine()  # type: ignore[no-untyped-call]
    return _ENGINE


def merge_hits(hits: Sequence[Hit]) -> list[Hit]:
    """Union of overlapping hits, so every covered character is replaced. The higher score names the span."""
    from ._detect import Hit

    ordered = sorted(hits, key=lambda h: (h.start, -h.end))
    out: list[Hit] = []
    for h in ordered:
        if out and h.start < out[-1].end:
            last = out[-1]
            best = last if last.score >= h.score else h
            out[-1] = Hit(last.start, max(last.end, h.end), best.entity, max(last.score, h.score))
        else:
            out.append(h)
    return out

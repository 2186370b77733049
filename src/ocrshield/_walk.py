"""Payload traversal with the path known: mappings, sequences, JSON held in strings, images, binaries, text.

A key that names a sensitive field has its whole value replaced, whatever it looks like; every other string goes
through text detection. JSON inside a string (also behind a prefix, as in `resp body: {...}`) is parsed, walked
and written back in its original style. Every step is bounded: depth, node count, text size and time.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any

from ._media import IMAGE, describe_base64, describe_bytes

__all__ = ["Budget", "Limits", "Walker"]

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on one redaction call. Past a bound the value becomes a placeholder, never the raw value."""

    max_depth: int = 64
    max_nodes: int = 200_000
    max_text_chars: int = 1_000_000
    time_budget_s: float = 2.0
    max_json_attempts: int = 8
    max_findings: int = 10_000


class BudgetExceeded(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Budget:
    __slots__ = ("deadline", "limits", "nodes")

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.deadline = time.monotonic() + limits.time_budget_s
        self.nodes = 0

    def tick(self) -> None:
        self.nodes += 1
        if self.nodes > self.limits.max_nodes:
            raise BudgetExceeded("TOO_LARGE")
        if self.nodes & 63 == 0 and time.monotonic() > self.deadline:
            raise BudgetExceeded("TIMEOUT")


# Report callback: (entity, path) for every replacement made.
Report = Callable[[str, Path], None]
DROP = object()

_JSON_START = re.compile(r"[\[{]")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_\-.]{0,39}")
_DIGIT_RUN = re.compile(r"[0-9]{5}")
_ESCAPED_NON_ASCII = re.compile(r"\\u[0-9a-fA-F]{4}")


class Walker:
    """One redaction call's traversal. Not shared between threads."""

    def __init__(
        self,
        *,
        redact_text: Callable[[str, Budget, Path, Report], str],
        field_entity: Callable[[str], str | None],
        apply_field: Callable[[str, str], str | None],
        is_placeholder: Callable[[str], object],
        is_clean: Callable[[str], bool] | None,
        label_entity: Callable[[str], str | None],
        budget: Budget,
        report: Report,
    ) -> None:
        self._is_clean = is_clean
        self._label_entity = label_entity
        self._is_placeholder = is_placeholder
        self._redact_text = redact_text
        self._field_entity = field_entity
        self._apply_field = apply_field
        self.budget = budget
        self._report = report

    # -- generic values ---------------------------------------------------------------------------------------

    def _too_deep(self, path: Path) -> str:
        self._report("TOO_DEEP", path)
        return "<REDACTED:TOO_DEEP>"

    def value(self, obj: Any, path: Path, depth: int = 0) -> Any:
        self.budget.tick()
        if depth > self.budget.limits.max_depth:
            return self._too_deep(path)
        if obj is None or isinstance(obj, bool):
            return obj
        if isinstance(obj, float):  # a phone or card number logged as a float is still one
            return self._number(int(obj), path, obj) if obj.is_integer() and abs(obj) >= 1e5 else obj
        if isinstance(obj, str):
            return self.text(obj, path, depth)
        if isinstance(obj, int):
            return self._number(obj, path)
        if isinstance(obj, Mapping):
            return self._mapping(obj, path, depth)
        if isinstance(obj, list | tuple | set | frozenset):
            items = [self.value(v, (*path, i), depth + 1) for i, v in enumerate(obj)]
            kept = [v for v in items if v is not DROP]
            return tuple(kept) if isinstance(obj, tuple) else kept
        if isinstance(obj, bytes | bytearray | memoryview):
            placeholder = describe_bytes(obj)
            self._report(IMAGE if placeholder.startswith("<IMAGE") else "BINARY", path)
            return placeholder
        # Any other object is represented by its text, redacted.
        return self.text(_safe_str(obj), path, depth)

    def _number(self, n: int, path: Path, original: Any = None) -> Any:
        keep = n if original is None else original
        if -(10**5) < n < 10**5:
            return keep
        text = str(n)
        out = self._redact_text(text, self.budget, path, self._report)
        return keep if out == text else out

    def _mapping(self, obj: Mapping[Any, Any], path: Path, depth: int) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        for k, v in obj.items():
            entity = self._field_entity(k) if isinstance(k, str) else None
            key = self._key(k, path, depth)
            child: Path = (*path, key if isinstance(key, str | int) else _safe_str(key))
            new = self.field(v, entity, child, depth + 1) if entity else self.value(v, child, depth + 1)
            if new is DROP:
                continue
            if key in out:  # two keys redacted to the same text: keep both values
                n = 2
                while f"{key}#{n}" in out:
                    n += 1
                key = f"{key}#{n}"
            out[key] = new
        return out

    def _key(self, k: Any, path: Path, depth: int) -> Any:
        """Schema-like keys (`IdNum`, `request_id`) are kept as they are; any other key is redacted."""
        if isinstance(k, str):
            return k if _schema_key(k) else self.text(k, (*path, "<key>"))
        if k is None or isinstance(k, bool | float):
            return k
        if isinstance(k, int):
            return self._number(k, (*path, "<key>"))
        new = self.value(k, (*path, "<key>"), depth + 1)  # a tuple key stays a tuple when it can
        try:
            hash(new)
        except TypeError:
            return _safe_str(new)
        return new

    # -- sensitive fields -------------------------------------------------------------------------------------

    def field(self, v: Any, entity: str, path: Path, depth: int) -> Any:
        """A value under a sensitive key: replaced whole (containers: every string and integer leaf)."""
        self.budget.tick()
        if v is None or isinstance(v, bool) or v == "":
            return v
        if isinstance(v, float) and not (v.is_integer() and abs(v) >= 1e5):
            return v  # a score or a confidence beside the value; a whole number this large is the value
        if isinstance(v, str | int | float):
            s = str(int(v)) if isinstance(v, float) else str(v)
            if self._is_placeholder(s):
                return v  # already redacted
            if entity == IMAGE:
                self._report(IMAGE, path)
                return describe_base64(s) if len(s) >= 24 else "<IMAGE>"
            self._report(entity, path)
            replaced = self._apply_field(entity, s)
            return DROP if replaced is None else replaced
        if isinstance(v, bytes | bytearray | memoryview):
            self._report(IMAGE, path)
            return describe_bytes(v)
        if depth > self.budget.limits.max_depth:
            return self._too_deep(path)
        if isinstance(v, Mapping):
            out: dict[Any, Any] = {}
            for k, x in v.items():
                # Under a sensitive field a key that is not schema is that data too: `{"Phone": {"138...": 1}}`.
                key = k if isinstance(k, str) and _schema_key(k) else self.field(k, entity, path, depth + 1)
                new = self.field(x, entity, (*path, _safe_str(key)), depth + 1)
                if new is not DROP and key is not DROP:
                    out[key if isinstance(key, Hashable) else _safe_str(key)] = new
            return out
        if isinstance(v, list | tuple | set | frozenset):
            items = (self.field(x, entity, (*path, i), depth + 1) for i, x in enumerate(v))
            return [x for x in items if x is not DROP]
        return self.field(_safe_str(v), entity, path, depth)

    # -- text and JSON in text --------------------------------------------------------------------------------

    def text(self, s: str, path: Path, depth: int = 0) -> str:
        if len(s) < 2 or (self._is_clean is not None and self._is_clean(s)):
            return s
        lead = s.lstrip()[:1]
        if lead in ("{", "["):
            whole = self._json_whole(s, path, depth)
            if whole is not None:
                return whole
        if "{" in s or "[" in s:
            embedded = self._json_embedded(s, path, depth)
            if embedded is not None:
                return embedded
        return self._redact_text(s, self.budget, path, self._report)

    def _json_whole(self, s: str, path: Path, depth: int) -> str | None:
        try:
            parsed = json.loads(s)
        except RecursionError:
            return self._too_deep(path)
        except ValueError:
            return None
        if not isinstance(parsed, dict | list):
            return None
        return _dump_like(self.value(parsed, path, depth + 1), s)

    def _json_embedded(self, s: str, path: Path, depth: int) -> str | None:
        """`prefix {json} more text [json] ...`: walk each JSON value, redact the text around them. None when no
        JSON is found. A label right before a JSON value (`住址["..."]`, `IdNum=[...]`) applies to all of it."""
        decoder = json.JSONDecoder()
        pieces: list[str] = []
        pos = scan = 0  # `pos`: first character not yet written; `scan`: where to look for the next bracket
        attempts = 0
        while attempts < self.budget.limits.max_json_attempts:
            m = _JSON_START.search(s, scan)
            if m is None:
                break
            i = m.start()
            scan = i + 1
            if m.group() == "{" and s[i + 1 : i + 2] not in ('"', "}", " ", "\n", "\\"):
                continue
            attempts += 1
            try:
                parsed, end = decoder.raw_decode(s, i)
            except RecursionError:
                # JSON nested deeper than Python can parse: its values can't be walked, so none is kept.
                pieces.append(self._redact_text(s[pos:i], self.budget, path, self._report))
                pieces.append(self._too_deep(path))
                return "".join(pieces)
            except ValueError:
                continue
            if not isinstance(parsed, dict | list) or (not parsed and end - i < 3):
                continue
            prefix = s[pos:i]
            entity = self._label_entity(prefix) if prefix else None
            pieces.append(self._redact_text(prefix, self.budget, path, self._report) if prefix else "")
            value = self.field(parsed, entity, path, depth + 1) if entity else self.value(parsed, path, depth + 1)
            pieces.append("" if value is DROP else _dump_like(value, s[i:end]))
            pos = scan = end
        if not pieces:
            return None
        if pos < len(s):
            pieces.append(self._redact_text(s[pos:], self.budget, path, self._report))
        return "".join(pieces)


def _schema_key(key: str) -> bool:
    """A key that names a field rather than holding data: a short identifier with no long digit run (an ID or
    phone number) that does not look like a random token (a SecretId as a key)."""
    if not _IDENTIFIER.fullmatch(key) or _DIGIT_RUN.search(key):
        return False
    token_like = len(key) >= 16 and any(c.isdigit() for c in key) and not key.islower() and not key.isupper()
    return not token_like


def _dump_like(obj: Any, original: str) -> str:
    """Serialise as the original was: `\\uXXXX` escapes or not, compact or spaced separators."""
    ensure_ascii = original.isascii() and _ESCAPED_NON_ASCII.search(original) is not None
    compact = '":' in original and '": ' not in original
    separators = (",", ":") if compact else (", ", ": ")
    return json.dumps(obj, ensure_ascii=ensure_ascii, separators=separators, default=_safe_str)


def _safe_str(obj: Any) -> str:
    try:
        return str(obj)
    except Exception:
        return f"<unprintable {type(obj).__name__}>"

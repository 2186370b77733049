"""Payload traversal with the path known: mappings, sequences, JSON held in strings, images, binaries, text.

A key that names a sensitive field has its whole value replaced, whatever it looks like; every other string goes
through text detection. JSON inside a string (also behind a prefix, as in `resp body: {...}`) is parsed, walked
and written back in its original style. Every step is bounded: depth, node count, text size and time.
"""

from __future__ import annotations

import functools
import json
import re
import time
from collections.abc import Callable, Hashable, Iterable, Mapping
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
        line_label: Callable[[str], tuple[str | None, bool]],
        starts_with_label: Callable[[str], bool],
        sibling_context: Callable[[str], Callable[[str, Path], str | None] | None] | None,
        budget: Budget,
        report: Report,
    ) -> None:
        self._sibling_context = sibling_context
        self._is_clean = is_clean
        self.known: dict[str, str] = {}  # field values seen, and their replacements
        self._known_pattern: tuple[int, re.Pattern[str], dict[str, str]] | None = None
        self._label_entity = label_entity
        self._line_label = line_label
        self._starts_with_label = starts_with_label
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
            items = list(obj)
            forced = self._label_runs(items)
            walked = (
                self._with_line_entity(v, forced[i], (*path, i), depth + 1) if i in forced
                else self.value(v, (*path, i), depth + 1)
                for i, v in enumerate(items)
            )
            kept = [v for v in walked if v is not DROP]
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

    # -- values known from fields, wherever else they occur ----------------------------------------------------

    def _remember(self, value: str, entity: str, replacement: str | None) -> None:
        """A value found in a sensitive field is that entity wherever else the payload repeats it (Azure's
        page `content`, a summary line): remembered here, replaced by `redact_known` after the walk."""
        if entity in _NOT_REPEATED or len(value) > 200 or self._is_placeholder(value):
            return
        # Latin values are matched as whole words only (`LU`, not inside `LUCK`); a short number (a birth date's
        # day, `12`) is not remembered: it would take the `12` out of every other date.
        if len(value) >= 2 and not (value.isdigit() and len(value) < 6):
            self.known.setdefault(value, replacement if replacement is not None else "")

    def redact_known(self, out: Any) -> Any:
        """Replace every remembered field value where it occurs elsewhere in the redacted output."""
        if not self.known:
            return out
        # Called for each JSON body and once more for the whole output: compiled again only when values were added.
        if self._known_pattern is None or self._known_pattern[0] != len(self.known):
            latin = sorted((v for v in self.known if v.isascii()), key=len, reverse=True)
            other = sorted((v for v in self.known if not v.isascii()), key=len, reverse=True)
            parts = []
            if latin:  # whole words, any case: `JOHN` in `JOHN SMITH`, not in `JOHNSON`
                parts.append(
                    r"(?i:(?<![A-Za-z0-9])(?:" + "|".join(re.escape(v) for v in latin) + r")(?![A-Za-z0-9]))"
                )
            if other:
                parts.append("|".join(re.escape(v) for v in other))
            folded = {k.casefold(): v for k, v in self.known.items()}
            self._known_pattern = (len(self.known), re.compile("|".join(parts)), folded)
        _, pattern, folded = self._known_pattern

        def sub(m: re.Match[str]) -> str:
            return self.known.get(m.group()) or folded.get(m.group().casefold(), "")

        def walk(x: Any) -> Any:
            if isinstance(x, str):
                return pattern.sub(sub, x)
            if isinstance(x, dict):
                return {k: walk(v) for k, v in x.items()}
            if isinstance(x, list | tuple):
                items = [walk(v) for v in x]
                return tuple(items) if isinstance(x, tuple) else items
            return x

        return walk(out)

    # -- OCR shapes: key/value pairs and label-then-value runs ----------------------------------------------------

    def _label_runs(self, items: list[Any]) -> dict[int, tuple[str, str | None]]:
        """Lines (strings, or OCR detections holding one) whose entity is set by the line before: a line that is
        only a label (`姓名`, then `王晓明`), and the line after an address (an address split over two lines)."""
        texts = [_line_text(item) for item in items]
        if sum(t is not None for t in texts) < 2:
            return {}
        forced: dict[int, tuple[str, str | None]] = {}
        for i, text in enumerate(texts[:-1]):
            nxt = texts[i + 1]
            if text is None or nxt is None or not nxt.strip():
                continue
            entity, label_only = self._line_label(text)
            if entity is None and forced.get(i, ("",))[0] == "ADDRESS":  # `住址` / `北京市…` / `…88号`
                entity, label_only = "ADDRESS", False
            if entity is None:
                continue
            # A label alone: the value is the next line. An address: it may continue on the next line.
            if label_only:
                forced[i + 1] = (entity, text)
            # ... unless the next line starts with any label, operational ones included (`有效期限…`, `申请编号…`).
            elif entity == "ADDRESS" and not self._starts_with_label(nxt) and _CONTINUES_ADDRESS.match(nxt):
                forced[i + 1] = (entity, None)
        return forced

    def _with_line_entity(self, item: Any, forced: tuple[str, str | None], path: Path, depth: int) -> Any:
        """An OCR line whose text is a value of an entity: that text is replaced, the rest of the item walked."""
        if isinstance(item, str):
            return self._line_value(item, forced, path, depth)
        if isinstance(item, Mapping):
            key = _text_key(item)
            out = self._mapping({k: v for k, v in item.items() if k != key}, path, depth)
            out[key] = self._line_value(item[key], forced, (*path, key), depth + 1)
            return {k: out[k] for k in item if k in out} | out  # keep the item's key order
        if _is_paddle_line(item):
            box, (text, *rest) = item[0], item[1]
            line = [self.value(box, (*path, 0), depth + 1), [self._line_value(text, forced, (*path, 1, 0), depth + 1)]]
            line[1].extend(self.value(x, (*path, 1, j + 1), depth + 1) for j, x in enumerate(rest))
            return tuple(line) if isinstance(item, tuple) else line
        return self.value(item, path, depth)

    def _line_value(self, text: str, forced: tuple[str, str | None], path: Path, depth: int) -> Any:
        """The line after a label, read as the rules read `label value` on one line (so a title such as
        `PASSPORT` above `4d DLN E81776693` takes only the number); when they find nothing in it, the whole line
        is the label's value."""
        entity, label = forced
        if label:
            prefix = label.rstrip() + " "
            out = self._redact_text(prefix + text, self.budget, path, self._report)
            if out.startswith(prefix) and out[len(prefix) :] != text:
                return out[len(prefix) :]
        return self.field(text, entity, path, depth)

    def _pair(self, obj: Mapping[Any, Any]) -> tuple[Any, str | None, frozenset[Any]] | None:
        """A key/value pair object (`{"key": "姓名", "value": "..."}`, Tencent `{"Key": {"AutoName": ...},
        "Value": {"AutoContent": ...}}` and `{"Name": "姓名", "Value": ...}`, Textract `{"Type": {"Text": ...},
        "ValueDetection": {...}}`, Document AI `{"type": ..., "mentionText": ..., "normalizedValue": ...}`):
        its label key, the sensitive entity its label names (None when it names none), and its value keys.

        It is a pair only when every other key is metadata (scores, boxes), so a record such as
        `{"Name": "王晓明", "Phone": ...}` is not mistaken for one.
        """
        label_key = None
        value_keys = []
        for k in obj:
            nk = k.casefold() if isinstance(k, str) else None
            if nk in _PAIR_LABEL_KEYS and label_key is None:
                label_key = k
            elif nk in _PAIR_VALUE_KEYS:
                value_keys.append(k)
            elif nk not in _FIELD_METADATA and nk not in _PAIR_EXTRA_KEYS:
                return None
        if label_key is None or not value_keys:
            return None
        label = _pair_label_text(obj[label_key])
        if label is None:
            return None
        entity, label_only = self._line_label(label)
        return label_key, entity if label_only else None, frozenset(value_keys)

    def _span_part(self, item: Any, path: Path, depth: int) -> Any:
        """An event or link of a span dump: its `name` (`exception`) is walked as text, the rest as usual."""
        if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
            return self.value(item, path, depth)
        out = self._mapping({k: v for k, v in item.items() if k != "name"}, path, depth)
        return {"name": self.text(item["name"], (*path, "name")), **out}

    def _clean_flat(self, obj: Mapping[Any, Any]) -> dict[Any, Any] | None:
        """A copy of `obj` when it is a flat record that redaction cannot change (field-name keys that name no
        sensitive field, small numbers, strings the fast gate passes, no context word among them), else None.

        Log records and span attributes are mostly such mappings; deciding them here costs one gate scan instead
        of the walk's per-key bookkeeping (pairs, key checks, sibling context).
        """
        is_clean = self._is_clean
        if is_clean is None or len(obj) > 64:
            return None
        strings = []
        for k, v in obj.items():
            if type(k) is not str or not _schema_key(k) or self._field_entity(k) is not None:
                return None
            t = type(v)
            if t is str:
                if len(v) > 4096:
                    return None
                strings.append(v)
            elif not (v is None or t is bool or ((t is int or t is float) and -(10**5) < v < 10**5)):
                return None
        # One gate scan for all the strings, a line each: every gate condition reads a line break as the non-word
        # boundary it accepts, so a clean whole means clean parts. Only when the whole is not clean (a condition
        # may span two values) is each value scanned on its own.
        if strings and not is_clean("\n".join(strings)) and not all(is_clean(v) for v in strings):
            return None
        # Patterns that require context look for it among the siblings (`_with_sibling_context`).
        if self._sibling_context is not None and len(strings) > 1:
            hint = _sibling_hint(strings)
            if hint and self._sibling_context(hint) is not None:
                return None
        return dict(obj)

    def _mapping(self, obj: Mapping[Any, Any], path: Path, depth: int) -> dict[Any, Any]:
        flat = self._clean_flat(obj)
        if flat is not None:
            return flat
        pair = self._pair(obj) if len(obj) <= 16 else None
        # A span serialised as JSON (an exporter's dump: `context` with trace and span ids): its `name` is the
        # span's, and so is each event's and link's.
        span = _is_span_dump(obj)
        out: dict[Any, Any] = {}
        for k, v in obj.items():
            if span and k in ("events", "links") and isinstance(v, list):
                key = self._key(k, path, depth)
                out[key] = [self._span_part(e, (*path, key, i), depth + 2) for i, e in enumerate(v)]
                continue
            entity = self._field_entity(k) if isinstance(k, str) and not (span and k == "name") else None
            if pair is not None:
                label_key, pair_entity, value_keys = pair
                if k == label_key:
                    entity = None  # `{"Name": "姓名", ...}`: the label, walked as text, not a name field
                elif k in value_keys:
                    entity = pair_entity
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
        if self._sibling_context is not None and len(obj) <= 64:
            self._with_sibling_context(obj, out, path)
        return out

    def _with_sibling_context(self, obj: Mapping[Any, Any], out: dict[Any, Any], path: Path) -> None:
        """A value whose context is a sibling: `{"Number": "H12345678", "Type": "港澳居民来往内地通行证"}`.
        Patterns that require context words near a match get the mapping's other short strings as context."""
        hint = _sibling_hint(obj.values())
        assert self._sibling_context is not None
        redact = self._sibling_context(hint) if hint else None
        if redact is None:
            return
        for key, value in out.items():
            if isinstance(value, str) and 2 <= len(value) <= 64 and not self._is_placeholder(value):
                replaced = redact(value, (*path, _safe_str(key)))
                if replaced is not None:
                    out[key] = replaced

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
            self._remember(s.strip(), entity, replaced)
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
                if isinstance(k, str) and k.casefold() in _FIELD_METADATA:  # `type`, `confidence`, boxes
                    out[key] = self.value(x, (*path, _safe_str(key)), depth + 1)
                    continue
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
        return _dump_like(self.redact_known(self.value(parsed, path, depth + 1)), s)

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
            # Values known from this body's fields are replaced before it is serialised (escapes would hide them).
            pieces.append("" if value is DROP else _dump_like(self.redact_known(value), s[i:end]))
            pos = scan = end
        if not pieces:
            return None
        if pos < len(s):
            pieces.append(self._redact_text(s[pos:], self.budget, path, self._report))
        return "".join(pieces)


# Entities whose values are too short or too common to replace wherever they recur (`男`, `M`, `汉`, `CHN`).
_NOT_REPEATED = frozenset({"GENDER", "ETHNICITY", "NATIONALITY", "IMAGE"})
# Keys that name the label of a key/value pair, and keys that hold its value (matched case-insensitively).
_PAIR_LABEL_KEYS = frozenset({"key", "label", "name", "type", "fieldname", "field", "title", "autoname"})
_PAIR_VALUE_KEYS = frozenset(
    {"value", "text", "content", "autocontent", "mentiontext", "valuedetection", "valuestring", "normalizedvalue",
     "detectedtext", "val", "valuedate", "valuenumber"}
)
# Other keys a pair object may carry besides metadata.
_PAIR_EXTRA_KEYS = frozenset({"id", "row", "index", "pageanchor", "textanchor", "properties", "redacted", "key2"})
# Metadata beside a sensitive value (Azure `fields.FirstName.type`, scores, boxes): kept as it is.
_FIELD_METADATA = frozenset(
    {"type", "kind", "valuetype", "confidence", "score", "boundingbox", "boundingregions", "boundingpoly",
     "polygon", "spans", "offset", "length", "pagenumber", "page", "coord", "itemcoord", "geometry",
     "configname", "autoname", "words", "wordcoordpoint"}
)
def _sibling_hint(values: Iterable[Any]) -> str:
    """The context a mapping's values give each other: its short strings."""
    return " ".join(v for v in values if isinstance(v, str) and len(v) <= 64)


def _is_span_dump(obj: Mapping[Any, Any]) -> bool:
    """OpenTelemetry's JSON for a span: `ReadableSpan.to_json()` (`context` with `trace_id` and `span_id`) or
    OTLP/JSON (`traceId` and `spanId`). Not any record that happens to have `status` or `kind` keys."""
    context = obj.get("context")
    if isinstance(context, Mapping) and "trace_id" in context and "span_id" in context:
        return True
    return "traceId" in obj and "spanId" in obj
# Keys that hold the text of one OCR detection.
_LINE_TEXT_KEYS = ("DetectedText", "text", "Text", "content", "Content", "words", "detectedText", "AutoContent")
# A line that continues an address starts with CJK characters or digits (and no label, checked separately).
_CONTINUES_ADDRESS = re.compile(r"[ \t]*[\u3400-\u9fff0-9０-９]")


def _text_key(item: Mapping[Any, Any]) -> Any:
    return next((k for k in _LINE_TEXT_KEYS if isinstance(item.get(k), str)), None)


def _is_paddle_line(item: Any) -> bool:
    """PaddleOCR's `[box, (text, confidence)]`."""
    return (
        isinstance(item, list | tuple) and len(item) == 2 and isinstance(item[1], list | tuple)
        and len(item[1]) >= 1 and isinstance(item[1][0], str) and isinstance(item[0], list | tuple)
    )


def _line_text(item: Any) -> str | None:
    """The text of one OCR line: a string, a detection's text field, or PaddleOCR's `[box, (text, conf)]`."""
    if isinstance(item, str):
        return item if len(item) <= 200 else None
    if isinstance(item, Mapping):
        key = _text_key(item)
        return item[key] if key is not None else None
    if _is_paddle_line(item):
        text: str = item[1][0]
        return text
    return None


def _pair_label_text(label: Any) -> str | None:
    if isinstance(label, str):
        return label
    if isinstance(label, Mapping):  # `{"AutoName": "姓名"}`, Textract `{"Text": "FIRST_NAME"}`
        for k in ("AutoName", "Text", "text", "Name", "name", "ConfigName", "content"):
            if isinstance(label.get(k), str) and label[k]:
                return str(label[k])
    return None


@functools.lru_cache(maxsize=4096)  # the same few keys recur in every record
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

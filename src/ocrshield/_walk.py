"""Payload traversal with the path known: mappings, sequences, JSON held in strings, images, binaries, text.

A key that names a sensitive field has its whole value replaced, whatever it looks like; every other string goes
through text detection. JSON inside a string (also behind a prefix, as in `resp body: {...}`) is parsed, walked
and written back in its original style. Every step is bounded: depth, node count, text size and time.

Two scopes replace by default instead of by detection:

* a *document* scope: an OCR line list, a page's text or a mapping recognised as an identity document
  (`_documents.py`): everything that is not printed vocabulary is replaced, with the entity of its label or as
  `DOCUMENT_TEXT`;
* the *allowlist* scope: every payload under the allowlist profile: every string not under an operational key is
  replaced (`REDACTED`), printed vocabulary aside.

In both, values under operational keys (RequestId, error codes and messages, ...) and metadata keys (scores,
boxes) are walked as usual, and fields keep their entity. How payloads hold lines, pairs and page text is data
(`_shapes.py`); this module names no vendor.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ._media import IMAGE, describe_base64, describe_bytes
from ._shapes import Pair
from ._text import normalize_key

if TYPE_CHECKING:
    from ._documents import Documents, Term
    from ._shapes import Shapes

__all__ = ["DROP", "REDACTED", "Budget", "Engine", "Limits", "RecordContext", "Walker"]

Path = tuple[str | int, ...]
REDACTED = "REDACTED"


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


_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+|[^\x00-\x7f]+")
_RECORD_TEXT_CHARS = 65_536


class RecordContext:
    """The whole record one call redacts, for context that a value's own text lacks: an ID number's check
    digit failed, but the record says `InvalidIdNumber`; an OCR result, and the record names `HKIDCardOCR`.

    Computed lazily (most records never ask) and bounded: the first 64 K characters of keys and strings.
    """

    __slots__ = ("_obj", "_text", "_words")

    def __init__(self, obj: Any) -> None:
        self._obj = obj
        self._text: str | None = None
        self._words: str | None = None

    def text(self) -> str:
        if self._text is None:
            parts: list[str] = []
            size = 0
            for piece in _strings(self._obj, 0):
                parts.append(piece)
                size += len(piece) + 1
                if size > _RECORD_TEXT_CHARS:
                    break
            self._text = "\n".join(parts)[:_RECORD_TEXT_CHARS]
        return self._text

    def words(self) -> str:
        """The record's text as lower-case words, identifiers split at camel case and underscores:
        `InvalidIdNumber: checksum` -> `invalid id number checksum`."""
        if self._words is None:
            self._words = " ".join(w.lower() for w in _CAMEL.findall(self.text()))
        return self._words


def _strings(obj: Any, depth: int) -> Iterator[str]:
    if depth > 32:
        return
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, Mapping):
        for k, v in obj.items():
            if isinstance(k, str):
                yield k
            yield from _strings(v, depth + 1)
    elif isinstance(obj, list | tuple):
        for v in obj:
            yield from _strings(v, depth + 1)


class Budget:
    __slots__ = ("deadline", "limits", "nodes", "record")

    def __init__(self, limits: Limits, record: RecordContext | None = None) -> None:
        self.limits = limits
        self.deadline = time.monotonic() + limits.time_budget_s
        self.nodes = 0
        self.record = record

    def tick(self) -> None:
        self.nodes += 1
        if self.nodes > self.limits.max_nodes:
            raise BudgetExceeded("TOO_LARGE")
        if self.nodes & 63 == 0 and time.monotonic() > self.deadline:
            raise BudgetExceeded("TIMEOUT")


# Report callback: (entity, path) for every replacement made.
Report = Callable[[str, Path], None]
DROP = object()


class Engine(Protocol):
    """What the walker needs from the text stage and the definitions (`_engine._State` provides it)."""

    shapes: Shapes
    documents: Documents
    operational_keys: frozenset[str]
    has_context_patterns: bool

    def redact_text(self, text: str, budget: Budget, path: Path, report: Report, *, ner: bool = True) -> str: ...
    def is_clean(self, text: str) -> bool: ...
    def field_entity(self, key: str) -> str | None: ...
    def document_fields(self, keys: tuple[str, ...]) -> bool: ...
    def apply_field(self, entity: str, value: str) -> str | None: ...
    def is_placeholder(self, value: str) -> bool: ...
    def field_pairs(self, text: str, path: Path, report: Report) -> str: ...
    def placeholder_spans(self, text: str) -> list[tuple[int, int]]: ...
    def label_entity(self, prefix: str) -> str | None: ...
    def line_label(self, line: str) -> tuple[str | None, bool]: ...
    def starts_with_label(self, line: str) -> bool: ...
    def sibling_context(
        self, hint: str, budget: Budget, report: Report
    ) -> Callable[[str, Path], str | None] | None: ...


_JSON_START = re.compile(r"[\[{]")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_\-.]{0,39}")
_DIGIT_RUN = re.compile(r"[0-9]{5}")
_ESCAPED_NON_ASCII = re.compile(r"\\u[0-9a-fA-F]{4}")

_DECLARED = object()  # pairs whose label key the shapes declare

# The scopes in which strings are replaced by default (see the module docstring); None: detection.
DOCUMENT = "document"
ALLOWLIST = "allowlist"


class Walker:
    """One redaction call's traversal. Not shared between threads."""

    def __init__(self, engine: Engine, budget: Budget, report: Report, *, allowlist: bool = False) -> None:
        self._engine = engine
        self._shapes = engine.shapes
        self._documents = engine.documents
        self._is_clean = engine.is_clean
        self.budget = budget
        self._report = report
        self._allowlist = allowlist
        self._scope: str | None = ALLOWLIST if allowlist else None
        self._label_key: Any = _DECLARED  # the label key of the pair list being walked, found by `_label_column`
        self.known: dict[str, str] = {}  # field values seen, and their replacements
        self._known_pattern: tuple[int, re.Pattern[str], dict[str, str]] | None = None
        self._action: bool | None = None
        # Personal values replaced whole (entity), in walk order: a mapping's own are those added while it is
        # walked (`_person_record`); a mapping that is a document or a person's record takes its own back out.
        self._whole: list[str] = []
        self._plain: Any = None  # an operational pair being walked as detection (`_mapping_in_scope`)

    # -- scopes -----------------------------------------------------------------------------------------------

    @contextmanager
    def _in_scope(self, scope: str | None) -> Iterator[None]:
        saved = self._scope
        self._scope = scope
        try:
            yield
        finally:
            self._scope = saved

    def _names_action(self) -> bool:
        """The record names an API action that reads identity documents (computed once per call)."""
        if self._action is None:
            record = self.budget.record
            self._action = record is not None and self._documents.names_action(record.text())
        return self._action

    def free_text(self, s: str, path: Path = ()) -> str:
        """A log text (a message, an exception): detected in every profile; JSON in it is a payload."""
        with self._in_scope(None):
            return self.text(s, path)

    def record_fields(self, obj: Mapping[Any, Any], path: Path = ()) -> dict[Any, Any]:
        """A log record's own fields (structlog's event dict, `extra=`, span attributes): its top-level strings
        are record text, detected as in the default profile; payloads nested in them are payloads."""
        with self._in_scope(None):
            return self._mapping(obj, path, 0)

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
            if self._scope is None and self._allowlist and depth > 0:
                with self._in_scope(ALLOWLIST):  # a payload nested in a record's fields
                    return self._mapping(obj, path, depth)
            return self._mapping(obj, path, depth)
        if isinstance(obj, list | tuple | set | frozenset):
            if self._scope is None and self._allowlist and depth > 0:
                with self._in_scope(ALLOWLIST):
                    return self._sequence(obj, path, depth)
            return self._sequence(obj, path, depth)
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
        out = self._engine.redact_text(text, self.budget, path, self._report)
        return keep if out == text else out

    # -- values known from fields, wherever else they occur ----------------------------------------------------

    def _remember(self, value: str, entity: str, replacement: str | None) -> None:
        """A value found in a sensitive field is that entity wherever else the payload repeats it (Azure's
        page `content`, a summary line): remembered here, replaced by `redact_known` after the walk."""
        if not self._shapes.repeats(entity) or len(value) > 200 or self._engine.is_placeholder(value):
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

    # -- sequences: OCR line lists and word lists -------------------------------------------------------------

    def _sequence(self, obj: Any, path: Path, depth: int, *, words: bool = False) -> Any:
        items = list(obj)
        # A list longer than any page is records, not lines: it is walked item by item.
        texts: list[str | None] = (
            [self._shapes.line_text(item) for item in items] if len(items) <= _MAX_LINES else [None] * len(items)
        )
        lines = [t for t in texts if t is not None]
        denied: dict[int, str] | None = None
        if words and self._scope is not None:
            denied = {
                i: self._replace_spans(t, self._deny_word(t), (*path, i)) for i, t in enumerate(texts) if t is not None
            }
        elif len(lines) >= 2 and all(len(t) <= 400 for t in lines):
            recognised = self._scope is not None or (
                bool(self._documents)
                and self._documents.recognise_lines(lines, action=self._names_action, anywhere=True)[0]
            )
            if recognised:
                denied = self._deny_lines(items, texts, path)
        elif self._scope is None and len(lines) < 2 and (label_key := self._pair_list_document(items)) is not None:
            saved, self._label_key = self._label_key, label_key
            try:
                with self._in_scope(DOCUMENT):
                    walked = [self.value(v, (*path, i), depth + 1) for i, v in enumerate(items)]
            finally:
                self._label_key = saved
            return tuple(walked) if isinstance(obj, tuple) else walked
        if denied is not None:
            scope = self._scope or DOCUMENT
            with self._in_scope(scope):
                walked = [
                    self._line_item(v, denied[i], (*path, i), depth + 1) if i in denied
                    else self.value(v, (*path, i), depth + 1)
                    for i, v in enumerate(items)
                ]
        else:
            forced = self._label_runs(texts)
            walked = [
                self._with_line_entity(v, forced[i], (*path, i), depth + 1) if i in forced
                else self.value(v, (*path, i), depth + 1)
                for i, v in enumerate(items)
            ]
        kept = [v for v in walked if v is not DROP]
        return tuple(kept) if isinstance(obj, tuple) else kept

    def _pair_list_document(self, items: list[Any]) -> Any:
        """A list of key/value pairs (SmartStructuralOCR's lines, Textract's fields) whose labels are an identity
        document's: each label reads as a line that starts with it. Returns None when it is not one; else the key
        of the labels when they were found by `_label_column` (a shape nobody described), or `_DECLARED`."""
        if not self._documents or not 2 <= len(items) <= _MAX_LINES:
            return None
        label_key: Any = _DECLARED
        labels = [p.label for item in items if isinstance(item, Mapping) and (p := self._shapes.pair(item)) is not None]
        if not labels:
            label_key, labels = self._label_column(items)
        if len(labels) >= 2 and self._documents.recognise_lines(labels, action=self._names_action)[0]:
            return label_key
        return None

    def _label_column(self, items: list[Any]) -> tuple[Any, list[str]]:
        """Pairs in a shape nobody described (`[{"k": "f01", "t": "持证人", "v": "王强华"}, …]`): the key all the
        items share whose value is a short text, printed vocabulary in most of them, is their label. That key and
        its texts, or (None, [])."""
        if not all(isinstance(item, Mapping) for item in items):
            return None, []
        docs = self._documents
        assert docs is not None
        shared = set(items[0]).intersection(*items[1:])
        for key in sorted(k for k in shared if isinstance(k, str)):
            texts = [item[key] for item in items]
            if all(isinstance(t, str) and len(t) <= 40 for t in texts):
                printed = sum(docs.is_vocabulary(t) for t in texts)
                if printed >= 2 and 2 * printed > len(texts):
                    return key, texts
        return None, []

    def _deny_lines(self, items: list[Any], texts: list[str | None], path: Path) -> dict[int, str]:
        """Each line of a document's line list (by item index), denied (see `_denied`). Single words (Textract's
        WORD blocks) are vocabulary or not on their own."""
        index = [i for i, t in enumerate(texts) if t is not None and not self._shapes.is_word(items[i])]
        denied = self._denied([texts[i] or "" for i in index], [(*path, i) for i in index])
        out = dict(zip(index, denied, strict=True))
        for i, t in enumerate(texts):
            if t is not None and i not in out:
                out[i] = self._replace_spans(t, self._deny_word(t), (*path, i))
        return out

    def _denied(self, lines: list[str], paths: list[Path]) -> list[str]:
        """The lines of a document with everything replaced that is not printed vocabulary. The rules run on each
        line's content (never across its labels) and name what they find (`<CN_RESIDENT_ID>`, `<MRZ>`); what is
        left takes the entity of its label, the lines sharing the label state, or is `DOCUMENT_TEXT`."""
        ruled = [self._ruled(line, p) for line, p in zip(lines, paths, strict=True)]
        split = [self._split(line) for line in ruled]
        default = self._default_entity()
        denials = self._documents.deny(split, self._shapes.multiline_entities)
        return [
            self._replace_spans(line, [(a, b, default if e == _DOC else e) for a, b, e in spans], p)
            for line, spans, p in zip(ruled, denials, paths, strict=True)
        ]

    def _ruled(self, line: str, path: Path) -> str:
        """`line` with the rules run on its content segments, each on its own: a label rule never reaches across
        printed vocabulary (`姓名 Name` is two labels, not a label and a name)."""
        if self._is_clean(line):
            return line
        pieces: list[str] = []
        pos = 0
        for start, end, term in self._split(line):
            if term is not None:
                continue
            pieces.append(line[pos:start])
            pieces.append(self._rules(line[start:end], path))
            pos = end
        pieces.append(line[pos:])
        return "".join(pieces)

    def _rules(self, text: str, path: Path) -> str:
        """`text` redacted by the rules alone (no model: what they leave is denied anyway)."""
        if self._is_clean(text):
            return text
        return self._engine.redact_text(text, self.budget, path, self._report, ner=False)

    def _deny_word(self, word: str) -> list[tuple[int, int, str]]:
        """A single OCR word of a document, split as a line is: a whole term on its own (`PASSPORT`, `姓名`) stays,
        a word that is only part of one (`Birth` of `Date of Birth`, `CHINESE` of `Chinese name`) does not — out
        of its line, a word of a label is as often a value (`CHINESE`, a nationality)."""
        if self._engine.is_placeholder(word.strip()):
            return []
        default = self._default_entity()
        return [(a, b, default) for a, b, term in self._split(word) if term is None]

    def _default_entity(self) -> str:
        return REDACTED if self._scope == ALLOWLIST or (self._scope is None and self._allowlist) else _DOC

    def _split(self, line: str) -> list[tuple[int, int, Term | None]]:
        """A line of a document as vocabulary, content and our own placeholders (which are not content)."""
        return self._documents.split(
            line, self._engine.placeholder_spans(line) if "<" in line else (), misread=True
        )

    def _line_item(self, item: Any, denied: str, path: Path, depth: int) -> Any:
        """One line of a denied line list: its denied text, the rest of the item walked in scope."""
        return self._with_line_text(item, lambda p: denied, path, depth)

    def _with_line_text(self, item: Any, new_text: Callable[[Path], Any], path: Path, depth: int) -> Any:
        """An OCR line item with its text replaced by `new_text(path_of_the_text)`, everything else walked."""
        if isinstance(item, str):
            return new_text(path)
        if isinstance(item, Mapping):
            key = self._shapes.line_text_key(item)
            out = self._mapping({k: v for k, v in item.items() if k != key}, path, depth)
            out[key] = new_text((*path, key))
            return {k: out[k] for k in item if k in out} | out  # keep the item's key order
        shape = self._shapes.sequence_line(item)
        if shape is not None and shape.text_at is not None:
            return self._replace_at(item, shape.text_at, new_text, path, depth)
        return self.value(item, path, depth)

    def _replace_at(
        self, item: Any, at: tuple[int, ...], new_text: Callable[[Path], Any], path: Path, depth: int
    ) -> Any:
        """A sequence-shaped line with the text at index path `at` replaced, everything else walked."""
        head, rest = at[0], at[1:]
        out = []
        for j, x in enumerate(item):
            if j == head % len(item):
                out.append(self._replace_at(x, rest, new_text, (*path, j), depth + 1) if rest else new_text((*path, j)))
            else:
                out.append(self.value(x, (*path, j), depth + 1))
        return tuple(out) if isinstance(item, tuple) else out

    def _replace_spans(self, text: str, spans: list[tuple[int, int, str]], path: Path) -> str:
        """`text` with each (start, end, entity) span replaced by its entity's operator, reported at `path`."""
        if not spans:
            return text
        pieces: list[str] = []
        pos = 0
        for start, end, entity in spans:
            value = text[start:end]
            replaced = self._engine.apply_field(entity, value)
            self._report(entity, path)
            # Not remembered (as field values are): the document's own copies are denied anyway, and a value
            # that is also a word of its vocabulary (`HONG KONG`, a place of birth) must not take the title.
            pieces.append(text[pos:start])
            pieces.append(replaced or "")
            pos = end
        pieces.append(text[pos:])
        return "".join(pieces)

    # -- OCR shapes outside documents: key/value pairs and label-then-value runs -------------------------------

    def _label_runs(self, texts: list[str | None]) -> dict[int, tuple[str, str | None]]:
        """Lines (strings, or OCR detections holding one) whose entity is set by the line before: a line that is
        only a label (`姓名`, then `王晓明`), and the line after a value that continues (an address split over two
        lines)."""
        if sum(t is not None and len(t) <= 200 for t in texts) < 2:
            return {}
        forced: dict[int, tuple[str, str | None]] = {}
        for i, text in enumerate(texts[:-1]):
            nxt = texts[i + 1]
            if text is None or nxt is None or not nxt.strip() or len(text) > 200:
                continue
            entity, label_only = self._engine.line_label(text)
            previous = forced.get(i, ("",))[0]
            if entity is None and previous in self._shapes.multiline_entities:  # `住址` / `北京市…` / `…88号`
                entity, label_only = previous, False
            if entity is None:
                continue
            # A label alone: the value is the next line. A value that may continue onto the next line does, unless
            # that line starts with any label, operational ones included (`有效期限…`, `申请编号…`).
            if label_only:
                forced[i + 1] = (entity, text)
            elif self._shapes.continues(entity, nxt) and not self._engine.starts_with_label(nxt):
                forced[i + 1] = (entity, None)
        return forced

    def _with_line_entity(self, item: Any, forced: tuple[str, str | None], path: Path, depth: int) -> Any:
        """An OCR line whose text is a value of an entity: that text is replaced, the rest of the item walked."""
        text = self._shapes.line_text(item)
        if text is None:
            return self.value(item, path, depth)

        def new_text(p: Path) -> Any:
            out = self._line_value(text, forced, p, depth + 1)
            return "" if out is DROP else out

        return self._with_line_text(item, new_text, path, depth)

    def _line_value(self, text: str, forced: tuple[str, str | None], path: Path, depth: int) -> Any:
        """The line after a label, read as the rules read `label value` on one line (so a title such as
        `PASSPORT` above `4d DLN E81776693` takes only the number); when they find nothing in it, the whole line
        is the label's value."""
        entity, label = forced
        if label:
            prefix = label.rstrip() + " "
            out = self._engine.redact_text(prefix + text, self.budget, path, self._report)
            if out.startswith(prefix) and out[len(prefix) :] != text:
                return out[len(prefix) :]
        return self.field(text, entity, path, depth)

    # -- mappings ---------------------------------------------------------------------------------------------

    def _clean_flat(self, obj: Mapping[Any, Any]) -> dict[Any, Any] | None:
        """A copy of `obj` when it is a flat record that redaction cannot change (field-name keys that name no
        sensitive field, small numbers, strings the fast gate passes, no context word among them), else None.

        Log records and span attributes are mostly such mappings; deciding them here costs one gate scan instead
        of the walk's per-key bookkeeping (pairs, key checks, sibling context).
        """
        if self._scope is not None or len(obj) > 64:
            return None
        strings = []
        for k, v in obj.items():
            if type(k) is not str or not _schema_key(k) or self._engine.field_entity(k) is not None:
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
        is_clean = self._is_clean
        if strings and not is_clean("\n".join(strings)) and not all(is_clean(v) for v in strings):
            return None
        # Patterns that require context look for it among the siblings (`_with_sibling_context`).
        if self._engine.has_context_patterns and len(strings) > 1:
            hint = _sibling_hint(strings)
            if hint and self._engine.sibling_context(hint, self.budget, self._report) is not None:
                return None
        return dict(obj)

    def _is_document(self, obj: Mapping[Any, Any]) -> bool:
        """A mapping that is an identity document's result: identity fields among its keys, a document title
        among its values, or a child line list or page text that is a document."""
        docs = self._documents
        if not docs:
            return False
        keys = tuple(k for k in obj if isinstance(k, str))
        if self._engine.document_fields(keys):
            return True
        for k, v in obj.items():
            if isinstance(v, str):
                if len(v) <= 80 and (
                    docs.is_title(v)
                    or (
                        docs.identity_number(v)
                        and any(isinstance(x, str) and not _kept_in_person_record(x) for x in obj.values()
                                if x is not v)
                    )
                ):
                    # a document's title, or a field that is an identity number whole beside other content (not
                    # `{"k": "sfzh", "v": "110…"}`: one labelled value, which detection names)
                    return True
                if (
                    "\n" in v
                    and self._shapes.is_text_block(k)
                    and not self._is_clean(v)
                    and docs.recognise_lines(v.split("\n"), action=self._names_action)[0]
                ):
                    return True
            elif isinstance(v, list) and 2 <= len(v) <= _MAX_LINES:
                lines = [t for t in map(self._shapes.line_text, v) if t is not None]
                if len(lines) >= 2 and docs.recognise_lines(lines, action=self._names_action, anywhere=True)[0]:
                    return True
        return False

    def _mapping(self, obj: Mapping[Any, Any], path: Path, depth: int) -> dict[Any, Any]:
        flat = self._clean_flat(obj)
        if flat is not None:
            return flat
        record = self._shapes.record(obj)  # a span dump is never a document
        mark = len(self._whole)
        plain, self._plain = self._plain is obj, None
        if record is None and self._scope is None and not plain and len(obj) <= 256 and self._is_document(obj):
            with self._in_scope(DOCUMENT):
                denied = self._mapping_in_scope(obj, path, depth)
            del self._whole[mark:]
            return denied
        if record is None and self._scope is not None:
            return self._mapping_in_scope(obj, path, depth)
        pair = self._shapes.pair(obj) if len(obj) <= 16 else None
        pair_entity = None
        if pair is not None:
            entity, label_only = self._engine.line_label(pair.label)
            pair_entity = entity if label_only else self._bilingual_label_entity(pair.label)
        elif record is None and 2 <= len(obj) <= 6:
            pair = self._named_value(obj)
            pair_entity = self._engine.field_entity(pair.label) if pair is not None else None
        out: dict[Any, Any] = {}
        for k, v in obj.items():
            nk = normalize_key(k) if record is not None and isinstance(k, str) else None
            key = self._key(k, path, depth)
            child: Path = (*path, key if isinstance(key, str | int) else _safe_str(key))
            if record is not None and nk in record.text_keys_in_items_of and isinstance(v, list):
                new: Any = [self._record_item(e, record.text_keys, (*child, i), depth + 2) for i, e in enumerate(v)]
            elif record is not None and nk in record.text_keys and isinstance(v, str):
                new = self.text(v, child, depth + 1)
            else:
                entity = self._engine.field_entity(k) if isinstance(k, str) else None
                if pair is not None:
                    if k == pair.label_key:
                        entity = None  # `{"Name": "姓名", ...}`: the label, walked as text, not a name field
                    elif k in pair.value_keys:
                        entity = pair_entity
                if entity:
                    new = self.field(v, entity, child, depth + 1)
                elif isinstance(v, list) and self._shapes.is_word_list(k):
                    new = self._sequence(v, child, depth + 1, words=True)
                else:
                    new = self.value(v, child, depth + 1)
            if new is DROP:
                continue
            _put(out, key, new)
        if self._engine.has_context_patterns and len(obj) <= 64:
            self._with_sibling_context(obj, out, path)
        if record is None and self._scope is None and self._documents:
            self._person_record(out, path, mark)
        return out

    def _person_record(self, out: dict[Any, Any], path: Path, mark: int) -> None:
        """A mapping in which personal values of two kinds were replaced whole (a name and an ID number, a birth
        date and a phone number), in its own fields or its children's, is a person's record: what it holds besides
        is the same person's by construction (`gndr_txt`, `pob_txt`, a nationality code), and is denied as a
        document's content is. Operational keys, printed vocabulary, machine values (identifiers in lower case,
        UUIDs, timestamps, short codes, decimals) and texts that were detected in part stay. The innermost such
        mapping only: its findings are taken back out, so the mappings around it are judged on their own."""
        found = set(self._whole[mark:])
        if len(found & _PERSONAL_FIELDS) < 2 and not (len(found) >= 2 and self._documents.recognise_fields(found)):
            return
        del self._whole[mark:]
        self._deny_rest(out, path, 0)

    def _deny_rest(self, obj: Any, path: Path, depth: int) -> Any:
        if depth > 8:
            return obj
        if isinstance(obj, dict):
            pair = self._shapes.pair(obj) if len(obj) <= 16 else None
            for k, v in obj.items():
                if (pair is not None and k == pair.label_key) or self._system_key(k):
                    continue  # a pair's label is printed text; operational and metadata keys are the system's
                obj[k] = self._deny_rest(v, (*path, _safe_str(k)), depth + 1)
            return obj
        if isinstance(obj, list):
            return [self._deny_rest(v, (*path, i), depth + 1) for i, v in enumerate(obj)]
        if not isinstance(obj, str) or _kept_in_person_record(obj):
            return obj
        if ("<" in obj and self._engine.placeholder_spans(obj)) or self._documents.is_vocabulary(obj):
            return obj
        self._report(_DOC, path)
        replaced = self._engine.apply_field(_DOC, obj)
        return "" if replaced is None else replaced

    def _named_value(self, obj: Mapping[Any, Any]) -> Pair | None:
        """A pair in a shape nobody described whose label is a field name (`{"fld_nm": "holder_full_nm", "fld_val":
        "KIMBERLY REYES", "conf": 0.93}`): one string is a field name, and one other string, not a machine value,
        is its value. None otherwise."""
        label_key = None
        values = []
        for k, v in obj.items():
            if not isinstance(v, str) or not v.strip():
                continue
            if label_key is None and _FIELD_NAME.fullmatch(v) and self._engine.field_entity(v):
                label_key = k
            elif any(ch.isalnum() for ch in v) and not _kept_in_person_record(v) and not self._system_key(k):
                values.append(k)  # (a validation error's `{"field": "email", "error": "bad format"}` keeps it)
        if label_key is None or len(values) != 1:
            return None
        return Pair(label_key, obj[label_key], frozenset(values))

    def _system_key(self, key: Any) -> bool:
        """An operational or metadata key: what it holds is the system's."""
        return isinstance(key, str) and (
            normalize_key(key) in self._engine.operational_keys or self._shapes.is_metadata(key)
        )

    def _mapping_in_scope(self, obj: Mapping[Any, Any], path: Path, depth: int) -> dict[Any, Any]:
        """A mapping inside a document or under the allowlist: operational and metadata keys, and a pair's label,
        are walked as usual; fields keep their entity; a pair's value takes the entity of its label; every other
        value stays in scope (its strings replaced)."""
        pair = self._shapes.pair(obj) if len(obj) <= 16 else None
        if pair is None and self._label_key is not _DECLARED and isinstance(obj.get(self._label_key), str):
            # an item of a pair list whose label key was found (`_label_column`): its label is walked as text, and
            # what its other keys hold is not known, so it is denied
            pair = Pair(self._label_key, obj[self._label_key], frozenset())
        pair_entity = None
        if pair is not None:
            if normalize_key(pair.label) in self._engine.operational_keys:  # `{"key": "RequestId", "value": …}`
                self._plain = obj  # walked as detection, and not judged a document again
                with self._in_scope(None):
                    return self._mapping(obj, path, depth)
            entity, _ = self._engine.line_label(pair.label)
            pair_entity = entity or self._vocabulary_entity(pair.label)
        # Patterns that require context find it among the siblings (`{"Number": …, "Type": "台湾居民来往大陆通行证"}`):
        # what they find is named by them; what they leave is replaced anyway.
        hint = _sibling_hint(obj.values()) if self._engine.has_context_patterns and len(obj) <= 64 else ""
        sibling = self._engine.sibling_context(hint, self.budget, self._report) if hint else None
        out: dict[Any, Any] = {}
        for k, v in obj.items():
            key = self._key(k, path, depth)
            child: Path = (*path, key if isinstance(key, str | int) else _safe_str(key))
            entity = self._engine.field_entity(k) if isinstance(k, str) else None
            if pair is not None and k in pair.value_keys and entity is None:
                entity = pair_entity
            if sibling is not None and entity is None and isinstance(v, str) and 2 <= len(v) <= 64:
                v = sibling(v, child) or v
            if self._system_key(k) or (pair is not None and k == pair.label_key):
                with self._in_scope(None):
                    new = self.value(v, child, depth + 1)
            elif entity:
                new = self.field(v, entity, child, depth + 1)
            elif isinstance(v, list) and self._shapes.is_word_list(k):
                new = self._sequence(v, child, depth + 1, words=True)
            else:
                new = self.value(v, child, depth + 1)
            if new is DROP:
                continue
            _put(out, key, new)
        return out

    def _bilingual_label_entity(self, label: str) -> str | None:
        """The entity of a pair's label that is printed vocabulary beside words of a script the vocabulary lacks
        (`जन्म तिथि Date of Birth`, `उपनाम Surname`); None when anything else in it is Latin or digits (`Date of
        Birth check`)."""
        if not self._documents:
            return None
        segments = self._documents.split(label)
        rest = "".join(label[a:b] for a, b, t in segments if t is None)
        if any(ch.isascii() and ch.isalnum() for ch in rest):
            return None
        return _last_entity(segments)

    def _vocabulary_entity(self, label: str) -> str | None:
        """The entity of a label that is printed vocabulary (`Given Names`, `公民身份号码`)."""
        return _last_entity(self._documents.split(label))

    def _record_item(self, item: Any, text_keys: frozenset[str], path: Path, depth: int) -> Any:
        """An item of a record's list (a span's event or link): its text keys are walked as text."""
        if not isinstance(item, Mapping):
            return self.value(item, path, depth)
        plain = {k for k in item if isinstance(k, str) and normalize_key(k) in text_keys and isinstance(item[k], str)}
        out = self._mapping({k: v for k, v in item.items() if k not in plain}, path, depth)
        return {**{k: self.text(item[k], (*path, k)) for k in plain}, **out}

    def _with_sibling_context(self, obj: Mapping[Any, Any], out: dict[Any, Any], path: Path) -> None:
        """A value whose context is a sibling: `{"Number": "H12345678", "Type": "港澳居民来往内地通行证"}`.
        Patterns that require context words near a match get the mapping's other short strings as context."""
        hint = _sibling_hint(obj.values())
        redact = self._engine.sibling_context(hint, self.budget, self._report) if hint else None
        if redact is None:
            return
        for key, value in out.items():
            if isinstance(value, str) and 2 <= len(value) <= 64 and not self._engine.is_placeholder(value):
                replaced = redact(value, (*path, _safe_str(key)))
                if replaced is not None:
                    out[key] = replaced

    def _key(self, k: Any, path: Path, depth: int) -> Any:
        """Schema-like keys (`IdNum`, `request_id`) are kept as they are; any other key is redacted."""
        if isinstance(k, str):
            if _schema_key(k) or (
                not k.isascii() and len(k) <= 40 and self._documents and self._documents.is_vocabulary(k)
            ):
                return k  # a field name, or a label (`姓名`, `公民身份号码` as Baidu's keys)
            with self._in_scope(None):  # a key is detected, never replaced by default
                return self.text(k, (*path, "<key>"))
        if k is None or isinstance(k, bool | float):
            return k
        if isinstance(k, int):
            return self._number(k, (*path, "<key>"))
        with self._in_scope(None):
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
            if self._engine.is_placeholder(s):
                return v  # already redacted
            if entity == IMAGE:
                self._report(IMAGE, path)
                self._whole.append(IMAGE)
                return describe_base64(s) if len(s) >= 24 else "<IMAGE>"
            self._report(entity, path)
            replaced = self._engine.apply_field(entity, s)
            self._remember(s.strip(), entity, replaced)
            self._whole.append(entity)
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
                if self._shapes.is_metadata(k):  # `type`, `confidence`, boxes
                    with self._in_scope(None):
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
        if self._scope is not None:
            return self._scoped_text(s, path, depth)
        if "=" in s:
            s = self._engine.field_pairs(s, path, self._report)
        if len(s) < 2 or (self._is_clean(s) and not (self._allowlist and ("{" in s or "[" in s))):
            return s  # (under the allowlist, JSON in a clean text is still a payload to allowlist)
        lead = s.lstrip()[:1]
        if lead in ("{", "["):
            whole = self._json_whole(s, path, depth)
            if whole is not None:
                return whole
        if "{" in s or "[" in s:
            embedded = self._json_embedded(s, path, depth)
            if embedded is not None:
                return embedded
        if self._documents and len(s) <= _MAX_PAGE_CHARS:
            block = self._text_block(s, path)
            if block is not None:
                return block
        out = self._engine.redact_text(s, self.budget, path, self._report)
        if out != s and (entity := self._whole_entity(out)) is not None:
            self._whole.append(entity)
        return out

    def _whole_entity(self, out: str) -> str | None:
        """The entity of a text that became one placeholder (`<PERSON>`, `<IMAGE:jpeg:12B>`), else None."""
        out = out.strip()
        if not (out.startswith("<") and out.endswith(">")) or not self._engine.is_placeholder(out):
            return None
        return out[1:-1].split(":", 1)[0]

    def _text_block(self, s: str, path: Path) -> str | None:
        """A page of OCR text that is an identity document: its lines (or, in a page flattened into one log line,
        its fields: `OCR text: 姓名/Name | 王晓明 | 性别/Sex M`) are denied as a line list's are. In one line, what
        comes before the document's first printed word is the log line's own (`2025-01-26 INFO kyc.ocr - OCR
        text:`) and is detected as text. None when it is not a document.

        When the rules take all the evidence and leave no printed vocabulary (a zone quoted in a log message), it is
        an ordinary text."""
        multiline = _PAGE_BREAKS.search(s) is not None
        pieces = (_PAGE_BREAKS if multiline else _FIELD_BREAKS).split(s)
        lines, breaks = pieces[0::2], pieces[1::2]
        if len(lines) > _MAX_LINES or (len(lines) < 2 and multiline):
            return None
        # One line with no breaks but spaces and slashes, which log lines are full of too, is a document only on more
        # evidence than a page: a title, a zone, or a label more than a page needs (a log line naming two personal
        # fields is not a document's text).
        extra = 0 if multiline or any(_STRONG_BREAK.search(b) for b in breaks) else 1
        if not self._documents.recognise_lines(lines, action=self._names_action, anywhere=True, extra=extra)[0]:
            return None
        ruled = [self._ruled(line, path) for line in lines]
        if not self._documents.recognise_lines(ruled, action=None, anywhere=True, extra=extra)[0] and not any(
            self._documents.evidence(line, self._split(line)).printed for line in ruled
        ):
            return None
        prefix = ""
        # One log line: the document starts at its first printed word. Lines of a page logged as a message: what
        # comes before the first line's first printed word is the log line's (`… OCR text: 中华人民共和国\n…`); a
        # page in a payload's field is the page from its first character.
        first = 0 if multiline else next((i for i, ln in enumerate(lines) if any(t for _, _, t in self._split(ln))), 0)
        start = next((a for a, _, t in self._split(lines[first]) if t is not None), 0) if first or lines[0] else 0
        if first or (start and (not multiline or not path)):
            head = "".join(p for pair in zip(lines[:first], breaks[:first], strict=True) for p in pair)
            prefix = self._engine.redact_text(head + lines[first][:start], self.budget, path, self._report)
            lines = [lines[first][start:], *lines[first + 1 :]]
            breaks = breaks[first:]
        with self._in_scope(self._scope or DOCUMENT):
            denied = self._denied(lines, [path] * len(lines))
        return prefix + "".join(p for pair in zip(denied, [*breaks, ""], strict=True) for p in pair)

    def _scoped_text(self, s: str, path: Path, depth: int) -> str:
        """A string in a document or under the allowlist: JSON in it is walked (in scope); anything else that
        is not printed vocabulary or one of our placeholders is replaced."""
        if not s.strip() or self._engine.is_placeholder(s):
            return s
        lead = s.lstrip()[:1]
        if lead in ("{", "["):
            whole = self._json_whole(s, path, depth)
            if whole is not None:
                return whole
        if ("{" in s or "[" in s) and len(s) > 2:
            embedded = self._json_embedded(s, path, depth)
            if embedded is not None:
                return embedded
        lines = s.split("\n")
        return "\n".join(self._denied(lines, [path] * len(lines)))

    def _json_whole(self, s: str, path: Path, depth: int) -> str | None:
        try:
            parsed = json.loads(s)
        except RecursionError:
            return self._too_deep(path)
        except ValueError:
            return None
        if not isinstance(parsed, dict | list):
            return None
        return _dump_like(self.redact_known(self._json_value(parsed, path, depth + 1)), s)

    def _json_value(self, parsed: Any, path: Path, depth: int) -> Any:
        """JSON held in a string is a payload: under the allowlist profile it is in the allowlist's scope."""
        if self._allowlist and self._scope is None:
            with self._in_scope(ALLOWLIST):
                return self.value(parsed, path, depth)
        return self.value(parsed, path, depth)

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
                pieces.append(self._around(s[pos:i], path))
                pieces.append(self._too_deep(path))
                return "".join(pieces)
            except ValueError:
                continue
            if not isinstance(parsed, dict | list) or (not parsed and end - i < 3):
                continue
            prefix = s[pos:i]
            entity = self._engine.label_entity(prefix) if prefix else None
            pieces.append(self._around(prefix, path) if prefix else "")
            value = self.field(parsed, entity, path, depth + 1) if entity else self._json_value(parsed, path, depth + 1)
            # Values known from this body's fields are replaced before it is serialised (escapes would hide them).
            pieces.append("" if value is DROP else _dump_like(self.redact_known(value), s[i:end]))
            pos = scan = end
        if not pieces:
            return None
        if pos < len(s):
            pieces.append(self._around(s[pos:], path))
        return "".join(pieces)

    def _around(self, text: str, path: Path) -> str:
        """Text around JSON in a string: in scope it is replaced as any scoped text, else detected."""
        if self._scope is not None:
            return self._scoped_text(text, path, 0)
        return self._engine.redact_text(text, self.budget, path, self._report)


_DOC = "DOCUMENT_TEXT"
_FIELD_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{0,39}")  # a field name written as a value (`holder_full_nm`)
# Replaced whole, two of these make a mapping a person's record (`Walker._person_record`): identification data
# and the contact details and card numbers that come with it. Not images: a bank card's result holds its number
# and the crop of it, and it is no person's record (its bank and card names are monitoring data).
_PERSONAL_FIELDS = frozenset(
    {"PERSON", "CN_RESIDENT_ID", "DATE_OF_BIRTH", "ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "BANK_CARD",
     "PASSPORT", "HK_ID", "MO_ID", "TW_ID", "DOCUMENT_NUMBER", "NATIONALITY", "PLACE_OF_BIRTH", "GENDER",
     "ETHNICITY", "TRAVEL_PERMIT", "RESIDENCE_PERMIT", "CN_DRIVER_LICENSE", "CN_FOREIGN_PERMANENT_RESIDENCE"}
)
# Values of a person's record that are the system's, not the person's: identifiers in lower case (`ekyc-core`,
# `image/jpeg`, `1.7.9`), UUIDs and hex ids, timestamps with a time of day, codes of up to four digits, decimals,
# and texts too long to be one field's value (messages: detected as text already).
_MACHINE_VALUE = re.compile(
    r"(?=[a-z0-9._:/+-]*[a-z])[a-z0-9]+(?:[._:/+-][a-z0-9]+)*"
    r"|[0-9a-fA-F]{8}(?:-?[0-9a-fA-F]{4}){3}-?[0-9a-fA-F]{12}|[0-9a-f]{16,}"
    r"|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}\S*|\d{1,4}|\d*\.\d+"
)


def _last_entity(segments: Iterable[tuple[int, int, Term | None]]) -> str | None:
    """The entity of the last term of a split line that names one."""
    entities = [t.entity for _, _, t in segments if t is not None and t.entity is not None]
    return entities[-1] if entities else None


def _kept_in_person_record(value: str) -> bool:
    v = value.strip()
    return not v or len(v) > 200 or _MACHINE_VALUE.fullmatch(v) is not None
# Where a page of OCR text breaks into lines, and, in a page flattened into one log line, into fields.
# A page's lines: real line breaks, or the `\n` escapes of a page quoted in a log line.
_PAGE_BREAKS = re.compile(r"(\r?\n|(?:\\r)?\\n)")
# A page's lines flattened into one log line: ` | `, tabs (strong), ` / ` and runs of spaces (weak: see _text_block).
_FIELD_BREAKS = re.compile(r"([ \t]+\|[ \t]+|\t+|[ \t]+/[ \t]+| {2,})")
_STRONG_BREAK = re.compile(r"\||\t")


def may_be_page(text: str) -> bool:
    """`text` may have lines or fields, as the text of an OCR page has (see `Walker._text_block`): substring tests,
    which cost a fraction of the patterns' search on a log line."""
    return any(mark in text for mark in _PAGE_MARKS)


_PAGE_MARKS = ("\n", "\\n", "\t", "  ", " | ", " / ")  # what `_PAGE_BREAKS` and `_FIELD_BREAKS` need


_MAX_LINES = 2000  # more lines than any OCR page holds
_MAX_PAGE_CHARS = 100_000  # more text than any OCR page holds; a longer text is no page (and is bounded as text is)


def _put(out: dict[Any, Any], key: Any, new: Any) -> None:
    if key in out:  # two keys redacted to the same text: keep both values
        n = 2
        while f"{key}#{n}" in out:
            n += 1
        key = f"{key}#{n}"
    out[key] = new


def _sibling_hint(values: Iterable[Any]) -> str:
    """The context a mapping's values give each other: its short strings."""
    return " ".join(v for v in values if isinstance(v, str) and len(v) <= 64)


_schema_cache: dict[str, bool] = {}


def _schema_key(key: str) -> bool:
    """A key that names a field rather than holding data: a short identifier with no long digit run (an ID or
    phone number) that does not look like a random token (a SecretId as a key)."""
    known = _schema_cache.get(key)
    if known is not None:
        return known
    if not _IDENTIFIER.fullmatch(key) or _DIGIT_RUN.search(key):
        result = False
    else:
        token_like = len(key) >= 16 and any(c.isdigit() for c in key) and not key.islower() and not key.isupper()
        result = not token_like
    if len(_schema_cache) < 8192:  # the same few keys recur in every record
        _schema_cache[key] = result
    return result


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

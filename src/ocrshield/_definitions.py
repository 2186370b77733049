"""Declarative detector definitions: the schema, the loader and the compiled form.

A definition file is YAML, read with ``yaml.safe_load`` and validated by the pydantic models below, which reject
unknown keys (a typo such as ``requires_contxt`` must fail loudly, not silently weaken a detector). Each field's
``description`` is the reference documentation of that key; ``ocrshield schema`` prints it as JSON Schema.

What a definition can say that a Presidio YAML recognizer cannot: a named check-digit validator, context words
checked in a character window (Chinese has no spaces, so Presidio's token-based context does not work), OCR label
texts with the shape of the value that follows them, field names for structured payloads, and the operator.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

import regex
import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from ._documents import Documents, DocumentType, TermKind
from ._documents import build as build_documents
from ._shapes import LineShape, RecordShape, Shapes
from ._text import is_cjk_char, normalize_key
from ._validators import VALIDATORS

__all__ = [
    "CompiledLabel",
    "CompiledPattern",
    "CompiledRecognizer",
    "DefinitionError",
    "DefinitionFile",
    "Definitions",
    "OperatorDef",
    "WordGate",
    "builtin_definition_dir",
    "load_definitions",
    "normalize_key",
]

_ENTITY_RE = r"^[A-Z][A-Z0-9_]*$"
RxPattern = regex.Pattern[str]  # a name that a dataclass field called `regex` cannot shadow


def _known_validator(name: str | None) -> str | None:
    if name is not None and name not in VALIDATORS:
        raise ValueError(f"unknown validator {name!r}; known: {sorted(VALIDATORS)}")
    return name


# The name of a check in `_validators.VALIDATORS`; an unknown name is a schema error, not a missing check.
ValidatorName = Annotated[str | None, AfterValidator(_known_validator)]


class DefinitionError(ValueError):
    """A recognizer definition file is invalid. The message names the file and the offending key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OperatorDef(_Strict):
    """How a detected value is replaced (the entity's default; a `Policy` may override it)."""

    type: Literal["replace", "mask", "pseudonym", "drop"] = Field(
        "replace",
        description="replace: `<ENTITY>`; mask: keep the last `keep_last` characters, mask the rest; "
        "pseudonym: `<ENTITY:hmac>` keyed HMAC-SHA256, stable across records; drop: remove the value.",
    )
    keep_last: int = Field(4, ge=0, le=8, description="mask: how many trailing characters stay readable.")
    mask_char: str = Field("*", min_length=1, max_length=1, description="mask: the masking character.")


class PatternDef(_Strict):
    """A regular expression that finds the entity in free text."""

    name: str = Field(description="A short name for the pattern, unique within its recognizer.")
    regex: str = Field(
        description="The pattern (Python `regex` syntax). Do not use `\\b` next to digits: CJK characters are "
        "word characters, so use explicit look-arounds such as `(?<![0-9A-Za-z])`. A named group `value` "
        "narrows the replaced span to that group."
    )
    score: float = Field(0.6, ge=0, le=1, description="Confidence of a match that passes its validator.")
    anchor: str | None = Field(
        None,
        description="A cheap regex that matches somewhere inside every match of `regex`. Lines with no anchor "
        "hit skip this recognizer entirely, which keeps PII-free log lines fast. Defaults to `regex` itself.",
    )
    requires_context: bool = Field(
        False, description="Keep a match only when a context word is near it (for ambiguous shapes)."
    )
    validate_: bool = Field(
        True, alias="validate", description="Run the recognizer's validator on this pattern's matches."
    )
    ignore_case: bool = Field(False, description="Match case-insensitively.")


class LabelGroup(_Strict):
    """OCR label texts (`姓名`, `Date of birth`) and the shape of the value that follows them."""

    words: list[str] = Field(min_length=1, description="Label texts. Latin ones match case-insensitively.")
    separator: Literal["optional", "required"] = Field(
        "optional",
        description="optional: the value may follow the label directly (`姓名张三`, `DOB 1990-03-07`); "
        "required: a `:`/`：`/`=` must separate them (for free-form values after Latin labels).",
    )
    value: str = Field(
        description="Regex for the value after the label. `{{NEXT}}` expands to any known label (from every "
        "definition and `boundary_labels`), for lookaheads that stop a value where the next label starts."
    )
    score: float = Field(0.85, ge=0, le=1, description="Confidence of a labelled value.")
    validator: ValidatorName = Field(
        None,
        description="A named validator the value must pass (for weak labels such as `客户`, whose value is a "
        "name only when it starts with a surname).",
    )


class ContextDef(_Strict):
    """Words that, near a match, confirm it (Chinese and English)."""

    words: list[str] = Field(min_length=1, description="Context words; Latin ones match case-insensitively.")
    before: int = Field(32, ge=0, le=200, description="How many characters before the match are searched.")
    after: int = Field(0, ge=0, le=200, description="How many characters after the match are searched.")
    scope: Literal["window", "record"] = Field(
        "window",
        description="window: the words are looked for `before`/`after` the match. record: anywhere in the record "
        "being redacted (every key and string of a payload, the whole log text), as words with identifiers split "
        "at camel case and underscores (`InvalidIdNumber` holds `id number`); for shapes that are identifiers "
        "only where the record is about them.",
    )
    rescue_score: float = Field(
        0.7,
        ge=0,
        le=1,
        description="Score for a match that fails its validator but has context: an OCR misread of a real "
        "number behind its label is still redacted.",
    )


class SegmenterDef(_Strict):
    """Words that a Chinese segmenter (jieba, via rjieba) tags as this entity: unlabelled names in free text."""

    tags: list[str] = Field(
        min_length=1, description="jieba part-of-speech tags that count, e.g. `nr` (person name), `nrfg`, `nrt`."
    )
    validator: ValidatorName = Field(None, description="A named validator each tagged word must pass.")
    join_surnames: bool = Field(
        True,
        description="Join a compound surname that jieba splits off (`欧阳` `娜娜`) with the name after it, and a "
        "lone surname with a tagged given name after it (`王` `晓明`).",
    )
    unknown_before: list[str] = Field(
        default_factory=list,
        description="Also a word the segmenter's dictionary lacks (jieba's HMM made it up from single characters: "
        "`边超`) when one of these words follows it (`已`, `的`): the validator still decides.",
    )
    score: float = Field(0.75, ge=0, le=1, description="Confidence of a tagged word that passes the validator.")


class ExamplesDef(_Strict):
    """Executable examples: the test suite checks every one of them."""

    match: list[str] = Field(default_factory=list, description="Texts in which the entity must be found.")
    no_match: list[str] = Field(default_factory=list, description="Texts in which it must not be found.")


class RecognizerDef(_Strict):
    """One recognizer: an entity type and the ways to find it."""

    id: str = Field(pattern=r"^[a-z0-9_.\-]+$", description="Unique id, e.g. `cn.resident_id`.")
    entity: str = Field(pattern=_ENTITY_RE, description="The entity type, e.g. `CN_RESIDENT_ID`.")
    description: str = Field("", description="What this recognizer finds and why.")
    patterns: list[PatternDef] = Field(default_factory=list, description="Free-text patterns.")
    labels: list[LabelGroup] = Field(default_factory=list, description="Label-then-value rules.")
    fields: list[str] = Field(
        default_factory=list,
        description="Field names in structured payloads whose whole value is this entity. Matched "
        "style-insensitively: `IdNum`, `id_num`, `ID-NUM` and `idnum` are one name.",
    )
    field_value: Literal["phrase", "token"] = Field(
        "phrase",
        description="How a field's value is delimited when the field occurs in text (`IdNum=...`, "
        '`"Name": ...` in a truncated body): `phrase` runs to the next `key=` or delimiter (names, addresses); '
        "`token` stops at whitespace (numbers, images, secrets). Quoted values always run to the quote.",
    )
    segmenter: SegmenterDef | None = Field(None, description="Words a Chinese segmenter tags as this entity.")
    validator: ValidatorName = Field(None, description=f"A named validator: one of {sorted(VALIDATORS)}.")
    context: ContextDef | None = Field(None, description="Context words that confirm a pattern match.")
    operator: OperatorDef | None = Field(None, description="The default operator for this entity.")
    examples: ExamplesDef = Field(default_factory=ExamplesDef, description="Examples checked by the tests.")

    @model_validator(mode="after")
    def _does_something(self) -> RecognizerDef:
        if not (self.patterns or self.labels or self.fields or self.segmenter):
            raise ValueError("a recognizer needs at least one of patterns, labels, fields or segmenter")
        if any(p.requires_context for p in self.patterns) and self.context is None:
            raise ValueError("requires_context needs a context section")
        return self


# --- vendor shapes -----------------------------------------------------------------------------------------


class LineShapeDef(_Strict):
    """One way an OCR result holds a line of text: an object with a text key (Tencent `DetectedText`, Baidu
    `words`), or a sequence with the text at a fixed position (PaddleOCR's `[box, [text, score]]`)."""

    id: str = Field(pattern=r"^[a-z0-9_.\-]+$", description="Unique id, e.g. `tencent.text_detection`.")
    description: str = Field("", description="Which vendor result this is, and where it is documented.")
    text_key: str | None = Field(None, description="The key of the line's text in a line object.")
    text_at: list[int] | None = Field(
        None, min_length=1, max_length=4, description="The text's index path in a sequence-shaped line: `[1, 0]`."
    )
    box_at: list[int] | None = Field(
        None, min_length=1, max_length=4, description="Index path of a coordinates sequence that must be present."
    )
    length: int | None = Field(None, ge=1, le=16, description="The length a sequence-shaped line must have.")
    word_when: dict[str, str] = Field(
        default_factory=dict,
        description="Key/value conditions under which an object holds a single word rather than a line "
        "(Textract `BlockType: WORD`).",
    )

    @model_validator(mode="after")
    def _one_way(self) -> LineShapeDef:
        if (self.text_key is None) == (self.text_at is None):
            raise ValueError("a line shape has exactly one of text_key or text_at")
        return self


class PairShapeDef(_Strict):
    """Key/value pair objects (`{"key": "姓名", "value": ...}`, Tencent `{"Key": {"AutoName": ...}, "Value": ...}`,
    Textract `{"Type": {"Text": ...}, "ValueDetection": ...}`). An object is a pair only when every other key
    is metadata or one of `extra_keys`."""

    label_keys: list[str] = Field(default_factory=list, description="Keys that hold the label.")
    label_text_keys: list[str] = Field(
        default_factory=list, description="Keys of the label's text when the label is an object (`AutoName`)."
    )
    value_keys: list[str] = Field(default_factory=list, description="Keys that hold the value.")
    extra_keys: list[str] = Field(default_factory=list, description="Other keys a pair object may carry.")


class RecordShapeDef(_Strict):
    """A mapping whose keys mean something other than field names (an exported span's `name` is the span's)."""

    id: str = Field(pattern=r"^[a-z0-9_.\-]+$", description="Unique id, e.g. `opentelemetry.span`.")
    description: str = Field("", description="What this record is.")
    when_keys: list[list[str]] = Field(
        min_length=1,
        description="The record is recognised when it has every key of one of these sets; a dotted key "
        "(`context.trace_id`) is a key of a nested mapping.",
    )
    text_keys: list[str] = Field(
        default_factory=list, description="Keys whose values are plain text here, not sensitive fields."
    )
    text_keys_in_items_of: list[str] = Field(
        default_factory=list, description="Lists of such objects (a span's `events`, `links`): the same keys."
    )


class EntityShapeDef(_Strict):
    """How values of one entity behave in structured payloads."""

    repeat: bool = Field(
        True,
        description="A value found in a field of this entity is redacted wherever else the payload repeats it "
        "(Azure's page `content`). False for short, common values (`男`, `M`, `CHN`).",
    )
    continues_on_next_line: str | None = Field(
        None,
        description="A regex: in an OCR line list, a line after a value of this entity that matches it (and "
        "starts with no label) continues the value (an address split over two lines).",
    )


class ShapesDef(_Strict):
    """Vendor payload shapes: how OCR results hold lines, words, pairs and page text, and which keys are
    metadata. Several files may each hold a part; they are merged."""

    lines: list[LineShapeDef] = Field(default_factory=list, description="How line objects hold their text.")
    word_lists: list[str] = Field(
        default_factory=list, description="Keys of lists whose items are single words (Azure `words`)."
    )
    pairs: PairShapeDef = Field(default_factory=PairShapeDef, description="Key/value pair objects.")
    metadata_keys: list[str] = Field(
        default_factory=list,
        description="Keys beside a value that describe it (scores, boxes, types): kept as they are, also under "
        "a sensitive field and in a document.",
    )
    text_blocks: list[str] = Field(
        default_factory=list, description="Keys that hold a whole page's OCR text, lines joined by line breaks."
    )
    records: list[RecordShapeDef] = Field(default_factory=list, description="Records with their own key meanings.")
    entities: dict[Annotated[str, Field(pattern=_ENTITY_RE)], EntityShapeDef] = Field(
        default_factory=dict, description="Per-entity behaviour in structured payloads."
    )
    url_secret_parameters: list[str] = Field(
        default_factory=list,
        description="URL query parameters that carry credentials or signatures (`q-signature`, "
        "`X-Amz-Signature`): their values are replaced, the rest of the URL is kept.",
    )


# --- identity documents ----------------------------------------------------------------------------------


class DocumentLabelDef(_Strict):
    """One printed label, in every language and spelling the document prints it, and what its value is."""

    words: list[str] = Field(
        min_length=1, description="The label's texts: `[姓名, Name]`, `[出生日期, Date of birth]`."
    )
    entity: str | None = Field(
        None, pattern=_ENTITY_RE, description="The entity of the value after it; none: `DOCUMENT_TEXT`."
    )


class DocumentExamplesDef(_Strict):
    """Executable examples: OCR line lists that must (or must not) be recognised as this document."""

    recognised: list[list[str]] = Field(default_factory=list, description="Line lists recognised as it.")
    not_recognised: list[list[str]] = Field(default_factory=list, description="Line lists that are not.")


class DocumentDef(_Strict):
    """An identity document: how it is recognised and what it prints. Once a payload, an OCR line list or a
    text block is recognised as an identity document, everything on it that is not printed vocabulary is
    replaced (deny by default)."""

    id: str = Field(pattern=r"^[a-z0-9_.\-]+$", description="Unique id, e.g. `cn.resident_id`.")
    name: str = Field(description="The document's name.")
    description: str = Field("", description="Layout notes and sources.")
    titles: list[str] = Field(
        default_factory=list, description="Title lines in every printed language: one of them recognises it."
    )
    labels: list[DocumentLabelDef] = Field(default_factory=list, description="The printed labels.")
    constants: list[str] = Field(
        default_factory=list, description="Other printed text that is the same on every copy (`签发机关`)."
    )
    actions: list[str] = Field(
        default_factory=list,
        description="API actions that read this document (`IDCardOCR`): a record that names one needs fewer "
        "labels to be recognised as a document.",
    )
    mrz: bool = Field(False, description="It carries an ICAO 9303 machine-readable zone, which recognises it.")
    number_validators: list[ValidatorName] = Field(
        default_factory=list,
        description="A line that is one number passing one of these validators (spaces and dashes aside) "
        "recognises it: a valid card number alone on a line is a bank card's.",
    )
    identifies: bool = Field(
        True,
        description="Its number identifies its holder: a mapping with a field whose whole value is such a number "
        "(passing a `number_validators` check) is an identity record, denied by default. False for a bank card.",
    )
    examples: DocumentExamplesDef = Field(default_factory=DocumentExamplesDef, description="Checked by the tests.")


class DocumentRecognitionDef(_Strict):
    """How much evidence makes a line list, a text block or a mapping an identity document."""

    min_labels: int = Field(
        2, ge=1, le=10, description="Distinct labels with an entity, each starting a line, in a line list or block."
    )
    min_fields: int = Field(
        3, ge=1, le=10, description="Distinct identity entities among the field names of one mapping."
    )
    with_action: int = Field(
        1, ge=1, le=10, description="Either of the two, when the record names an action of a document."
    )


# --- profiles ------------------------------------------------------------------------------------------------


class ProfileDef(_Strict):
    """A redaction profile, chosen with `Redactor(profile=...)`."""

    id: str = Field(pattern=r"^[a-z0-9_.\-]+$", description="The name given to `profile=`.")
    description: str = Field("", description="What it keeps and what it replaces, and for whom.")
    payloads: Literal["detect", "allowlist"] = Field(
        "detect",
        description="detect: every value goes through detection (the default profile). allowlist: in request "
        "and response payloads, only values under operational keys (and `keep_keys`) survive, still detected; "
        "every other string is replaced. Free text outside payloads is detected either way.",
    )
    keep_keys: list[str] = Field(default_factory=list, description="Keys kept besides the operational keys.")


class DefinitionFile(_Strict):
    """A YAML file of definitions: recognizers, and optionally vendor shapes, documents and profiles."""

    version: Literal[1] = Field(description="Schema version; must be 1.")
    description: str = Field("", description="What this file covers.")
    recognizers: list[RecognizerDef] = Field(default_factory=list, description="The recognizers.")
    boundary_labels: list[str] = Field(
        default_factory=list,
        description="Labels that are not sensitive themselves but end a preceding value (`性别`, `Sex`).",
    )
    shapes: ShapesDef | None = Field(None, description="Vendor payload shapes (merged across files).")
    documents: list[DocumentDef] = Field(default_factory=list, description="Identity documents.")
    document_recognition: DocumentRecognitionDef | None = Field(
        None, description="Evidence thresholds for recognising documents (at most one file sets them)."
    )
    title_patterns: list[str] = Field(
        default_factory=list,
        description="Regexes of a whole line that is the title of a personal document of any kind, described or "
        "not (`…社会保障卡`, `… IDENTITY CARD`): the line is vocabulary and recognises the page. Python and RE2 "
        "syntax both (the fast gate runs them).",
    )
    printed_patterns: list[str] = Field(
        default_factory=list,
        description="Regexes of printed text that is vocabulary by its form rather than its words, in every "
        "document: page numbers (`第1页共2页`), the title of a form (`个人信息登记表`). Matched in one line.",
    )
    operational_keys: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Keys of monitoring data, by category (`request_id: [RequestId, callID]`): kept by the "
        "allowlist profile and in documents. Matched style-insensitively.",
    )
    profiles: list[ProfileDef] = Field(default_factory=list, description="Redaction profiles.")


# --- compiled form -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    name: str
    regex: RxPattern
    score: float
    anchor: str  # regex source; the gates search it (or the union of all anchors, with RE2)
    anchor_re: re.Pattern[str] | RxPattern
    requires_context: bool
    validate: bool


@dataclass(frozen=True, slots=True)
class WordGate:
    """The cheap necessary condition of a label rule: one of its words occurs.

    Latin labels: the text's maximal runs of letters (lower-cased) are its tokens; a label `date of birth` in
    any spelling the rule accepts (`Date of birth`, `date_of_birth`, `dateofbirth`) ends in a token that is one
    of `birth`, `ofbirth`, `dateofbirth`, because the rule requires a non-letter after the label. So a set
    intersection decides it: no regex alternation over a hundred words per log line. CJK labels are literal
    alternations, which `re` scans quickly by first character.
    """

    tokens: frozenset[str] = frozenset()
    cjk: tuple[str, ...] = ()
    cjk_suffix: str = ""

    def cjk_regex(self) -> str | None:
        ordered = sorted(set(self.cjk), key=len, reverse=True)
        return "(?:" + "|".join(re.escape(w) for w in ordered) + ")" + self.cjk_suffix if ordered else None


TOKEN_RE = re.compile(r"[a-z]+")


def _suffix_tokens(words: Sequence[str]) -> set[str]:
    """`[date, of, birth]` -> {birth, ofbirth, dateofbirth}: what the last letter-run of a match can be."""
    return {"".join(words[i:]) for i in range(len(words))} if words else set()


def _word_gate(words: Iterable[str], *, cjk_suffix: str = "") -> WordGate:
    tokens: set[str] = set()
    cjk: list[str] = []
    for w in words:
        if _is_latin(w):
            tokens |= _suffix_tokens(TOKEN_RE.findall(w.lower()))
        else:
            cjk.append(w)
    return WordGate(frozenset(tokens), tuple(cjk), cjk_suffix)


def _camel_words(name: str) -> list[str]:
    return re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|[^\x00-\x7f]+", name)


def _field_gate(names: Iterable[str]) -> WordGate:
    """Field names in text (`id_num=`, `"IdNum": `): the letter words of the name, then a separator."""
    tokens: set[str] = set()
    cjk: list[str] = []
    for name in names:
        if name.isascii():
            tokens |= _suffix_tokens([w.lower() for w in _camel_words(name) if w.isalpha()])
        else:
            cjk.append(name)
    return WordGate(frozenset(tokens), tuple(cjk), _GATE_SEP)


@dataclass(frozen=True, slots=True)
class CompiledLabel:
    regex: regex.Pattern[str]
    score: float
    gate: WordGate
    validator: str | None = None


@dataclass(frozen=True, slots=True)
class CompiledRecognizer:
    id: str
    entity: str
    trusted: bool  # shipped and tested against hostile input: its regexes run without a timeout
    patterns: tuple[CompiledPattern, ...]
    labels: tuple[CompiledLabel, ...]
    validator: str | None
    segmenter: SegmenterDef | None
    context: re.Pattern[str] | None
    context_gate: WordGate | None  # the context words as a gate, for patterns that require context
    context_before: int
    context_after: int
    rescue_score: float
    examples: ExamplesDef
    record_context: re.Pattern[str] | None = None  # context scope `record`: the words, over `RecordContext.words()`



@dataclass(frozen=True)
class Definitions:
    """All loaded definitions, compiled: recognizers, the field-name index and the default operators."""

    recognizers: tuple[CompiledRecognizer, ...]
    fields: dict[str, str]  # normalised field name -> entity
    field_names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # entity -> raw field names
    label_words: dict[str, str] = field(default_factory=dict)  # normalised label text -> entity
    label_words_raw: tuple[str, ...] = ()  # every label text as written (also boundary labels)
    operators: dict[str, OperatorDef] = field(default_factory=dict)
    shapes: Shapes = field(default_factory=Shapes)
    documents: Documents = field(default_factory=lambda: Documents([], []))
    operational_keys: frozenset[str] = frozenset()  # normalised
    profiles: dict[str, ProfileDef] = field(default_factory=dict)
    # Two-letter pinyin initials of a label (`xm` 姓名, `xb` 性别): too ambiguous to name a field's entity alone,
    # they count towards recognising a mapping as an identity document's fields.
    weak_fields: dict[str, str] = field(default_factory=dict)

    @property
    def entities(self) -> frozenset[str]:
        labelled = frozenset(t.entity for t in self.documents.vocabulary.terms.values() if t.entity is not None)
        return frozenset(r.entity for r in self.recognizers) | frozenset(self.fields.values()) | labelled

    def _label_names(self, *, boundaries: bool = False) -> str:
        words = list(self.label_words) + [n for names in self.field_names.values() for n in names]
        if boundaries:
            words += self.label_words_raw
        return _names_in_text(words, boundary_after=False)

    def trailing_label(self) -> re.Pattern[str]:
        """Matches a label or field name at the very end of a text (`住址`, `IdNum=`, `"Address": `)."""
        return re.compile(f"(?P<w>{self._label_names()})" + r"[\"']?[ \t]*[:：=]?[ \t]*$")

    def leading_label(self, *, boundaries: bool = False) -> re.Pattern[str]:
        """Matches a label or field name at the very start of a text (an OCR line `住址北京市…`, `Name`); with
        `boundaries`, also the operational labels that only end values (`有效期限`, `签发机关`)."""
        return re.compile(r"^[ \t]*(?P<w>" + self._label_names(boundaries=boundaries) + ")")


def _is_latin(word: str) -> bool:
    return word.isascii()


def _words_alternation(words: Iterable[str]) -> str:
    """Longest first, so `出生日期` wins over `出生`; Latin words are case-insensitive and whole-word, and never
    start right after `<` (inside our own placeholders such as `<IMAGE:jpeg:1234B>`)."""
    ordered = sorted(set(words), key=len, reverse=True)
    parts = []
    for w in ordered:
        esc = regex.escape(w).replace(r"\ ", r"[ \t_\-]?")
        parts.append(f"(?i:(?<![A-Za-z0-9_<]){esc}(?![a-z0-9_]))" if _is_latin(w) else esc)
    return "(?:" + "|".join(parts) + ")"


def _names_in_text(names: Iterable[str], *, boundary_after: bool) -> str:
    """Field names and labels as they occur in text. Latin ones style-insensitively, with an alphanumeric
    boundary before (`interface_name` is not `name`; nor is `IMAGE` in our own `<IMAGE:...>`) and, when asked,
    after; CJK ones need no boundary (`13000000000姓名:`)."""
    latin = [n for n in names if n.isascii()]
    cjk = [n for n in names if not n.isascii()]
    after = "(?![A-Za-z0-9_])" if boundary_after else ""
    options = [rf"(?<![A-Za-z0-9_<]){_field_text_alternation(latin)}{after}"] if latin else []
    if cjk:
        options.append(_field_text_alternation(cjk))
    return "(?:" + "|".join(options or ["(?!)"]) + ")"


def _field_text_alternation(names: Iterable[str]) -> str:
    """Field names as they appear in text (`IdNum=`, `"id_num": `): words joined by an optional separator."""
    variants = set()
    for name in names:
        words = _camel_words(name)
        if not words:
            continue
        variants.add(r"[_\-. ]?".join(regex.escape(w.lower()) for w in words))
    ordered = sorted(variants, key=len, reverse=True)
    return "(?i:" + "|".join(ordered) + ")"


_GATE_SEP = r"[\"']?[ \t]*[:：=]"
# A Chinese label may also be joined to its value by a copula (`手机号是…`, `姓名为…`).
_SEP_OPTIONAL = r"[ \t]*(?:(?:[:：=]|是|为)[ \t]*)?[\"']?[ \t]*"
_SEP_REQUIRED = r"[\"']?[ \t]*[:：=][ \t]*[\"']?[ \t]*"
# A quoted value runs to its closing quote; an unquoted one to a delimiter or the next `key=`.
_QUOTED_VALUE = r"(?<=\")(?P<value>[^\"\n]+)(?=\")|(?<=')(?P<value>[^'\n]+)(?=')"
_FIELD_VALUE = {
    # A phrase ends at the next `key=`, a delimiter, one of our placeholders or (`{{NEXT}}`) any known label.
    "phrase": rf"(?:{_QUOTED_VALUE}|(?<![\"'])(?P<value>[^\s,;&|}}\]\"'][^,;&|}}\]\"'\n]*?)"
    r"(?=\s+[\w.\-]+[=:]|[ \t]*{{NEXT}}|\s*<[A-Z][A-Z0-9_]*[:>]|[,;&|}\]\"'\n]|$))",
    "token": rf"(?:{_QUOTED_VALUE}|(?<![\"'])(?P<value>[^\s,;&|}}\]\"']+))",
}


def _compile(pattern: str, where: str, flags: int = 0) -> regex.Pattern[str]:
    try:
        return regex.compile(pattern, flags | regex.VERSION0)
    except regex.error as exc:
        raise DefinitionError(f"{where}: invalid regex: {exc}") from None


def _load_file(path: Path) -> DefinitionFile:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DefinitionError(f"{path}: cannot read: {exc}") from None
    try:
        return DefinitionFile.model_validate(raw)
    except ValidationError as exc:
        raise DefinitionError(f"{path}: {exc}") from None


def builtin_definition_dir() -> Path:
    """The shipped `recognizers/` directory (inside the wheel, or at the repository root in a checkout)."""
    packaged = Path(str(resources.files("ocrshield"))) / "recognizers"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "recognizers"
    if checkout.is_dir():
        return checkout
    raise DefinitionError("the built-in recognizers/ directory is missing from this installation")


def load_definitions(
    dirs: Sequence[str | Path] = (), *, include_builtin: bool = True
) -> Definitions:
    """Load and compile definitions from the built-in directory and any user directories (or files)."""
    paths: list[Path] = []
    roots = ([builtin_definition_dir()] if include_builtin else []) + [Path(d) for d in dirs]
    for root in roots:
        if root.is_file():
            paths.append(root)
        elif root.is_dir():
            paths.extend(sorted(p for p in root.iterdir() if p.suffix in (".yaml", ".yml")))
        else:
            raise DefinitionError(f"{root}: no such recognizer file or directory")
    builtin = {p.resolve() for p in builtin_definition_dir().iterdir()} if include_builtin else set()
    files = [(p, _load_file(p)) for p in paths]
    return _compile_files(files, trusted={p for p in paths if p.resolve() in builtin})


def _compile_files(files: Sequence[tuple[Path, DefinitionFile]], trusted: set[Path] | None = None) -> Definitions:
    trusted = trusted or set()
    seen: dict[str, Path] = {}
    all_labels: list[str] = []
    for path, f in files:
        all_labels.extend(f.boundary_labels)
        for r in f.recognizers:
            if r.id in seen:
                raise DefinitionError(f"{path}: recognizer id {r.id!r} is already defined in {seen[r.id]}")
            seen[r.id] = path
            for group in r.labels:
                all_labels.extend(group.words)
            all_labels.extend(r.fields)
    next_label = _words_alternation(all_labels) if all_labels else "(?!)"

    compiled: list[CompiledRecognizer] = []
    fields: dict[str, str] = {}
    field_names: dict[str, list[str]] = {}
    field_value: dict[str, str] = {}
    label_words: dict[str, str] = {}
    operators: dict[str, OperatorDef] = {}
    for path, f in files:
        for r in f.recognizers:
            where = f"{path}: {r.id}"
            for name in r.fields:
                key = normalize_key(name)
                if fields.get(key, r.entity) != r.entity:
                    raise DefinitionError(f"{where}: field {name!r} is already mapped to {fields[key]}")
                fields[key] = r.entity
                field_names.setdefault(r.entity, []).append(name)
                # One `phrase` recognizer makes the entity's field values phrases: the wider reading is safer.
                if field_value.get(r.entity) != "phrase":
                    field_value[r.entity] = r.field_value
            if r.operator is not None:
                if operators.get(r.entity, r.operator) != r.operator:
                    raise DefinitionError(f"{where}: a different operator is already set for {r.entity}")
                operators[r.entity] = r.operator
            for group in r.labels:
                for word in group.words:
                    label_words.setdefault(normalize_key(word), r.entity)
            compiled.append(_compile_recognizer(r, where, next_label, trusted=path in trusted))

    # Field names also occur in text: `IdNum=...`, `"id_num": "..."` in a truncated JSON line, `name: ...`.
    for entity, names in sorted(field_names.items()):
        prefix = _names_in_text(names, boundary_after=True)
        rx = prefix + _SEP_REQUIRED + _FIELD_VALUE[field_value[entity]].replace("{{NEXT}}", next_label)
        gate = _field_gate(names)
        label = CompiledLabel(regex=_compile(rx, f"fields of {entity}"), score=0.9, gate=gate)
        compiled.append(
            CompiledRecognizer(
                id=f"fields.{entity.lower()}",
                entity=entity,
                trusted=True,  # generated here from literal field names
                patterns=(),
                labels=(label,),
                validator=None,
                segmenter=None,
                context=None,
                context_gate=None,
                context_before=0,
                context_after=0,
                rescue_score=0.0,
                examples=ExamplesDef(),
            )
        )
    documents = _compile_documents(
        files, _label_vocabulary(files, {**fields, **label_words}), _operational_pairs(files)
    )
    operational_keys = frozenset(
        normalize_key(k) for _, f in files for keys in f.operational_keys.values() for k in keys
    )
    labelled = {t.text: t.entity for t in documents.vocabulary.terms.values() if t.entity is not None}
    # Field names first, then labels, then the documents' printed labels: the first word to spell a key names it.
    by_rank = [*fields.items(), *label_words.items(), *labelled.items()]
    romanised, weak = _romanised_fields(by_rank, taken=fields.keys() | operational_keys)
    return Definitions(
        recognizers=tuple(compiled),
        fields={**romanised, **fields},
        field_names={k: tuple(v) for k, v in field_names.items()},
        label_words=label_words,
        label_words_raw=tuple(sorted(set(all_labels))),
        operators=operators,
        shapes=_compile_shapes([f.shapes for _, f in files if f.shapes is not None]),
        documents=documents,
        operational_keys=operational_keys,
        profiles=_compile_profiles(files),
        weak_fields=weak,
    )


def _romanised_fields(
    words: Iterable[tuple[str, str]], *, taken: Iterable[str]
) -> tuple[dict[str, str], dict[str, str]]:
    """Field names that spell a Chinese label in pinyin, as systems built in China name their fields: the whole
    reading (`xingming`, `chushengriqi`, `gongminshenfenhaoma`) and, for labels of three characters or more, its
    initials (`csrq`, `sfzh`, `gmsfhm`, as the public-security data element codes write them) map to the label's
    entity. Two-letter initials (`xm`, `xb`, `zz`) are returned apart: hundreds of words share each of them.

    `words`: (label or field name, entity), the first to spell a key naming it (those not all Chinese characters
    are skipped). `taken`: normalised keys that already mean something (a field name, an operational key), left
    alone. Readings are pypinyin's: its phrase dictionary reads a character as its word does (曾用名: cengyongming);
    a romaniser is a dictionary, not a rule to write here.
    """
    from pypinyin import lazy_pinyin

    reserved = set(taken)
    strong: dict[str, str] = {}
    weak: dict[str, str] = {}
    for word, entity in words:
        if len(word) < 2 or not all(is_cjk_char(ch) for ch in word):
            continue
        syllables = lazy_pinyin(word)
        if len(syllables) != len(word) or not all(s.isascii() and s.isalpha() for s in syllables):
            continue
        initials = "".join(s[0] for s in syllables)
        for key, into in (("".join(syllables), strong), (initials, strong if len(initials) >= 3 else weak)):
            if key not in reserved:
                into.setdefault(key, entity)
    return strong, {k: v for k, v in weak.items() if k not in strong}


def _compile_shapes(parts: Sequence[ShapesDef]) -> Shapes:
    """Every file's shapes, merged: lists are concatenated in file order, entity behaviours combined."""
    not_repeated: set[str] = set()
    continues: dict[str, str] = {}
    for part in parts:
        for entity, behaviour in part.entities.items():
            if not behaviour.repeat:
                not_repeated.add(entity)
            if behaviour.continues_on_next_line is not None:
                continues[entity] = behaviour.continues_on_next_line
    return Shapes(
        lines=[
            LineShape(
                text_key=normalize_key(line.text_key) if line.text_key is not None else None,
                text_at=tuple(line.text_at) if line.text_at is not None else None,
                box_at=tuple(line.box_at) if line.box_at is not None else None,
                length=line.length,
                word_when=tuple((normalize_key(k), v) for k, v in line.word_when.items()),
            )
            for part in parts
            for line in part.lines
        ],
        word_lists=[k for part in parts for k in part.word_lists],
        pair_label_keys=[k for part in parts for k in part.pairs.label_keys],
        pair_label_text_keys=[k for part in parts for k in part.pairs.label_text_keys],
        pair_value_keys=[k for part in parts for k in part.pairs.value_keys],
        pair_extra_keys=[k for part in parts for k in part.pairs.extra_keys],
        metadata_keys=[k for part in parts for k in part.metadata_keys],
        text_blocks=[k for part in parts for k in part.text_blocks],
        records=[
            RecordShape(
                id=r.id,
                when_keys=tuple(tuple(keys) for keys in r.when_keys),
                text_keys=frozenset(normalize_key(k) for k in r.text_keys),
                text_keys_in_items_of=frozenset(normalize_key(k) for k in r.text_keys_in_items_of),
            )
            for part in parts
            for r in part.records
        ],
        not_repeated=not_repeated,
        continues=continues,
        url_secret_parameters=[p for part in parts for p in part.url_secret_parameters],
    )


def _label_vocabulary(
    files: Sequence[tuple[Path, DefinitionFile]], label_words: dict[str, str]
) -> list[tuple[str, TermKind, str | None]]:
    """The recognizers' labels (and CJK field names) as document vocabulary, so that a form's own labels (`身份证号`,
    `联系电话`, `邮箱`) survive
    where the form is denied by default. Not the one-word Latin labels (`holder`, `PAN`, `cell`): they are
    surnames and words as often as labels; the documents print their English labels themselves."""
    words: list[str] = []
    for _, f in files:
        words.extend(f.boundary_labels)
        for r in f.recognizers:
            for group in r.labels:
                words.extend(group.words)
            words.extend(name for name in r.fields if not name.isascii())  # `邮箱`, `银行卡号`: labels in text too
    out: list[tuple[str, TermKind, str | None]] = []
    for word in dict.fromkeys(words):
        latin_words = re.findall(r"[A-Za-z]+", word)
        if word.isascii() and len(latin_words) < 2:
            continue
        if not word.isascii() and len(word) < 2:
            continue
        out.append((word, "label", label_words.get(normalize_key(word))))
    return out


def _operational_pairs(files: Sequence[tuple[Path, DefinitionFile]]) -> list[str]:
    """A printed pattern for an operational `key=value` in a line of text (`RequestId=3c14…`, `region: ap-…`): in a
    document's text it is the log line's, and stays."""
    keys = sorted({k for _, f in files for ks in f.operational_keys.values() for k in ks}, key=len, reverse=True)
    if not keys:
        return []
    spelled = "|".join(r"[_\-.]?".join(re.escape(w) for w in _camel_words(k) if w.strip(".")) for k in keys)
    return [rf"(?i:(?<![A-Za-z0-9_])(?:{spelled})[\"']?[ \t]*[=:][ \t]*[\"']?[^\s,;|\"']+)"]


def _compile_documents(
    files: Sequence[tuple[Path, DefinitionFile]],
    labels: Sequence[tuple[str, TermKind, str | None]] = (),
    operational: Sequence[str] = (),
) -> Documents:
    recognition: tuple[Path, DocumentRecognitionDef] | None = None
    seen: dict[str, Path] = {}
    documents: list[tuple[DocumentType, list[tuple[str, TermKind, str | None]]]] = []
    for path, f in files:
        if f.document_recognition is not None:
            if recognition is not None and recognition[1] != f.document_recognition:
                raise DefinitionError(f"{path}: document_recognition is already set in {recognition[0]}")
            recognition = (path, f.document_recognition)
        for d in f.documents:
            if d.id in seen:
                raise DefinitionError(f"{path}: document id {d.id!r} is already defined in {seen[d.id]}")
            seen[d.id] = path
            vocab: list[tuple[str, TermKind, str | None]] = [(t, "title", None) for t in d.titles]
            vocab += [(w, "label", label.entity) for label in d.labels for w in label.words]
            vocab += [(c, "constant", None) for c in d.constants]
            doc = DocumentType(
                d.id, d.name, tuple(d.actions), d.mrz, tuple(v for v in d.number_validators if v),
                identifies=d.identifies,
            )
            documents.append((doc, vocab))
    if labels:  # after the documents: a document's own term names a shared word first
        labels_only = DocumentType("recognizers.labels", "Labels of the recognizers", (), False, (), printed=False)
        documents.append((labels_only, list(labels)))
    settings = recognition[1] if recognition is not None else DocumentRecognitionDef.model_validate({})
    printed: list[str] = list(operational)
    titled: list[str] = []
    for path, f in files:
        for key, patterns, into in (("printed_patterns", f.printed_patterns, printed),
                                    ("title_patterns", f.title_patterns, titled)):
            for i, pattern in enumerate(patterns):
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise DefinitionError(f"{path}: {key}[{i}]: invalid regex: {exc}") from None
                into.append(pattern)
    return build_documents(
        documents,
        min_labels=settings.min_labels,
        min_fields=settings.min_fields,
        with_action=settings.with_action,
        validators=VALIDATORS,
        printed_patterns=printed,
        title_patterns=titled,
    )


def _compile_profiles(files: Sequence[tuple[Path, DefinitionFile]]) -> dict[str, ProfileDef]:
    profiles: dict[str, ProfileDef] = {}
    where: dict[str, Path] = {}
    for path, f in files:
        for p in f.profiles:
            if p.id in profiles:
                raise DefinitionError(f"{path}: profile {p.id!r} is already defined in {where[p.id]}")
            profiles[p.id] = p
            where[p.id] = path
    return profiles


def _compile_recognizer(r: RecognizerDef, where: str, next_label: str, *, trusted: bool) -> CompiledRecognizer:
    pats = []
    for p in r.patterns:
        flags = regex.IGNORECASE if p.ignore_case else 0
        rx = _compile(p.regex, f"{where}: pattern {p.name}", flags)
        anchor = p.anchor or p.regex
        if p.ignore_case:  # the anchor must be as case-blind as the pattern it stands for
            anchor = f"(?i:{anchor})"
        try:
            anchor_re: re.Pattern[str] | regex.Pattern[str] = re.compile(anchor)
        except re.error:  # `regex`-only syntax: slower, still correct
            anchor_re = _compile(anchor, f"{where}: anchor of {p.name}")
        pats.append(CompiledPattern(p.name, rx, p.score, anchor, anchor_re, p.requires_context, p.validate_))
    labels = []
    for i, g in enumerate(r.labels):
        words = _words_alternation(g.words)
        sep = _SEP_OPTIONAL if g.separator == "optional" else _SEP_REQUIRED
        value = g.value.replace("{{NEXT}}", next_label)
        rx = _compile(f"{words}{sep}(?P<value>{value})", f"{where}: labels[{i}]")
        gate = _word_gate(g.words)
        labels.append(CompiledLabel(rx, g.score, gate, g.validator))
    context = None
    if r.context is not None:  # literal words searched in a short window: stdlib `re`, no timeout needed
        context = re.compile(_words_alternation(r.context.words))
    ctx = r.context
    return CompiledRecognizer(
        id=r.id,
        entity=r.entity,
        trusted=trusted,
        patterns=tuple(pats),
        labels=tuple(labels),
        validator=r.validator,
        segmenter=r.segmenter,
        context=context,
        context_gate=_word_gate(r.context.words) if r.context is not None and r.context.scope == "window" else None,
        context_before=ctx.before if ctx else 0,
        context_after=ctx.after if ctx else 0,
        rescue_score=ctx.rescue_score if ctx else 0.0,
        record_context=_record_words(ctx.words) if ctx is not None and ctx.scope == "record" else None,
        examples=r.examples,
    )


def _record_words(words: Iterable[str]) -> re.Pattern[str]:
    """Context words as they appear in `RecordContext.words()`: Latin words lower-case, split at camel case and
    separators, whole; CJK words anywhere."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        if w.isascii():
            split = " ".join(x.lower() for x in _camel_words(w) if x.isalnum())
            parts.append(rf"(?<![a-z0-9]){re.escape(split)}(?![a-z0-9])")
        else:
            parts.append(re.escape(w))
    return re.compile("|".join(parts))

"""Vendor payload shapes, compiled from the `shapes:` sections of the definitions.

This module answers structural questions about one object of a payload — is it an OCR line and what is its
text, is it a key/value pair, is this key metadata, is this mapping a record with keys of its own meaning — from
data alone. It names no vendor: every key it looks for comes from `recognizers/shapes.yaml` or a user's file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._text import normalize_key

__all__ = ["LineShape", "Pair", "RecordShape", "Shapes"]


@dataclass(frozen=True, slots=True)
class LineShape:
    """How one kind of OCR line holds its text: under a key of an object, or at an index path of a sequence."""

    text_key: str | None  # normalised
    text_at: tuple[int, ...] | None
    box_at: tuple[int, ...] | None
    length: int | None
    word_when: tuple[tuple[str, str], ...]  # (normalised key, value)


@dataclass(frozen=True, slots=True)
class RecordShape:
    """A mapping whose keys mean something other than field names (an exported span)."""

    id: str
    when_keys: tuple[tuple[str, ...], ...]
    text_keys: frozenset[str]  # normalised
    text_keys_in_items_of: frozenset[str]  # normalised

    def matches(self, obj: Mapping[Any, Any]) -> bool:
        return any(all(_has_key(obj, k) for k in keys) for keys in self.when_keys)


@dataclass(frozen=True, slots=True)
class Pair:
    """A key/value pair object: its label key, the label's text and its value keys."""

    label_key: Any
    label: str
    value_keys: frozenset[Any]


def _has_key(obj: Mapping[Any, Any], dotted: str) -> bool:
    if dotted in obj:
        return True
    head, _, rest = dotted.partition(".")
    inner = obj.get(head) if rest else None
    return isinstance(inner, Mapping) and rest in inner


def _at(obj: Any, path: Sequence[int]) -> Any:
    for i in path:
        if not isinstance(obj, list | tuple) or not -len(obj) <= i < len(obj):
            return None
        obj = obj[i]
    return obj


class Shapes:
    """The merged vendor shapes of every definition file."""

    def __init__(
        self,
        *,
        lines: Iterable[LineShape] = (),
        word_lists: Iterable[str] = (),
        pair_label_keys: Iterable[str] = (),
        pair_label_text_keys: Iterable[str] = (),
        pair_value_keys: Iterable[str] = (),
        pair_extra_keys: Iterable[str] = (),
        metadata_keys: Iterable[str] = (),
        text_blocks: Iterable[str] = (),
        records: Iterable[RecordShape] = (),
        not_repeated: Iterable[str] = (),
        continues: Mapping[str, str] | None = None,
        url_secret_parameters: Iterable[str] = (),
    ) -> None:
        self.lines = tuple(lines)
        self._line_keys = tuple(dict.fromkeys(s.text_key for s in self.lines if s.text_key is not None))
        self._line_key_set = frozenset(self._line_keys)
        self._sequences = tuple(s for s in self.lines if s.text_at is not None)
        self._word_when = tuple(cond for s in self.lines for cond in s.word_when)
        self._word_lists = frozenset(normalize_key(k) for k in word_lists)
        self._pair_labels = frozenset(normalize_key(k) for k in pair_label_keys)
        self._pair_label_texts = tuple(normalize_key(k) for k in pair_label_text_keys)
        self._pair_values = frozenset(normalize_key(k) for k in pair_value_keys)
        self._pair_extras = frozenset(normalize_key(k) for k in pair_extra_keys)
        self._metadata = frozenset(normalize_key(k) for k in metadata_keys)
        self._text_blocks = frozenset(normalize_key(k) for k in text_blocks)
        self.records = tuple(records)
        self.not_repeated = frozenset(not_repeated)
        self._continues = {e: re.compile(rx) for e, rx in (continues or {}).items()}
        self.url_secret_parameters = frozenset(p.lower() for p in url_secret_parameters)

    # -- keys ------------------------------------------------------------------------------------------------

    def is_metadata(self, key: Any) -> bool:
        """A key beside a value that describes it (a score, a box, a type): kept, also under a sensitive field."""
        return isinstance(key, str) and normalize_key(key) in self._metadata

    def is_text_block(self, key: Any) -> bool:
        return isinstance(key, str) and normalize_key(key) in self._text_blocks

    def is_word_list(self, key: Any) -> bool:
        return isinstance(key, str) and normalize_key(key) in self._word_lists

    def is_pair_label(self, key: Any) -> bool:
        return isinstance(key, str) and normalize_key(key) in self._pair_labels

    # -- OCR lines -------------------------------------------------------------------------------------------

    def line_text_key(self, item: Mapping[Any, Any]) -> Any:
        """The key of a line object's text, by the order of the line shapes; None when it has none."""
        found: dict[str, Any] = {}
        for k, v in item.items():
            if isinstance(k, str) and isinstance(v, str):
                nk = normalize_key(k)
                if nk in self._line_key_set:
                    found.setdefault(nk, k)
        for nk in self._line_keys:
            if nk in found:
                return found[nk]
        return None

    def sequence_line(self, item: Any) -> LineShape | None:
        """The shape of a sequence-shaped line (`[box, [text, score]]`), or None."""
        if not isinstance(item, list | tuple):
            return None
        for shape in self._sequences:
            assert shape.text_at is not None
            if shape.length is not None and len(item) != shape.length:
                continue
            if not isinstance(_at(item, shape.text_at), str):
                continue
            if shape.box_at is not None and not isinstance(_at(item, shape.box_at), list | tuple):
                continue
            return shape
        return None

    def line_text(self, item: Any) -> str | None:
        """The text of one OCR line: a string, a line object's text, or a sequence-shaped line's text."""
        if isinstance(item, str):
            return item
        if isinstance(item, Mapping):
            key = self.line_text_key(item)
            return item[key] if key is not None else None
        shape = self.sequence_line(item)
        if shape is not None:
            assert shape.text_at is not None
            text: str = _at(item, shape.text_at)
            return text
        return None

    def is_word(self, item: Any) -> bool:
        """A line object that holds a single word (Textract's WORD blocks)."""
        if not isinstance(item, Mapping) or not self._word_when:
            return False
        values = {normalize_key(k): v for k, v in item.items() if isinstance(k, str)}
        return any(values.get(k) == v for k, v in self._word_when)

    # -- pairs and records -----------------------------------------------------------------------------------

    def pair(self, obj: Mapping[Any, Any]) -> Pair | None:
        """A key/value pair object, when every key but its label and values is metadata or a pair's extra key
        (so a record such as `{"Name": "王晓明", "Phone": ...}` is not mistaken for one)."""
        label_key = None
        value_keys = []
        for k in obj:
            nk = normalize_key(k) if isinstance(k, str) else None
            if nk in self._pair_labels and label_key is None:
                label_key = k
            elif nk in self._pair_values:
                value_keys.append(k)
            elif nk not in self._metadata and nk not in self._pair_extras:
                return None
        if label_key is None or not value_keys:
            return None
        label = self._label_text(obj[label_key])
        return None if label is None else Pair(label_key, label, frozenset(value_keys))

    def _label_text(self, label: Any) -> str | None:
        if isinstance(label, str):
            return label
        if isinstance(label, Mapping):  # `{"AutoName": "姓名"}`, Textract `{"Text": "FIRST_NAME"}`
            by_key = {normalize_key(k): v for k, v in label.items() if isinstance(k, str)}
            for nk in self._pair_label_texts:
                value = by_key.get(nk)
                if isinstance(value, str) and value:
                    return value
        return None

    def record(self, obj: Mapping[Any, Any]) -> RecordShape | None:
        for shape in self.records:
            if shape.matches(obj):
                return shape
        return None

    # -- entities --------------------------------------------------------------------------------------------

    def repeats(self, entity: str) -> bool:
        """A value of this entity found in a field is redacted wherever else the payload repeats it."""
        return entity not in self.not_repeated

    def continues(self, entity: str, line: str) -> bool:
        """`line` may continue a value of `entity` that the line before ended with."""
        rx = self._continues.get(entity)
        return rx is not None and rx.match(line) is not None

    @property
    def multiline_entities(self) -> frozenset[str]:
        return frozenset(self._continues)

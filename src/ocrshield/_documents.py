"""Identity documents, denied by default.

An identity document is personal by construction: everything printed on it that is not the form's own vocabulary
(its titles, labels and constants) is about its holder. So once an OCR line list, a page's text or a payload is
recognised as an identity document, every line is split into printed vocabulary, which is kept, and the rest,
which is replaced — with the entity of the label it follows where one is known, else `DOCUMENT_TEXT`. This does
not depend on knowing the layout: a page nobody described still leaks nothing, because its values are not
vocabulary.

Recognition needs evidence a log line does not carry: a title line (only vocabulary, one of it a title), a
machine-readable zone, a line that is one identifier passing its check digit (a card number alone on a line), or
labelled fields starting at least `min_labels` lines (`min_fields` identity fields of a mapping); fewer when the
record names an API action that reads documents.

Vocabulary is matched on a folded form, because OCR misreads labels as often as values: case, full-width
characters, `0`/`o` and `1`/`l`/`i` are folded; spaces between CJK characters (the resident ID card prints `姓　名`)
and inside Latin words are skipped; Latin words match whole. A CJK term of one character (`姓` of `姓/Surname`)
counts only where it stands alone between separators, so the `月` in a name is never vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from ._text import FULLWIDTH, is_cjk_char

__all__ = ["DOCUMENT_TEXT", "DocumentType", "Documents", "Term", "Vocabulary"]

DOCUMENT_TEXT = "DOCUMENT_TEXT"

TermKind = Literal["title", "label", "constant", "placeholder"]


@dataclass(frozen=True, slots=True)
class Term:
    """A piece of printed vocabulary: a title, a label (with the entity of its value, if any) or a constant."""

    text: str
    kind: TermKind
    entity: str | None
    document: str  # id of the (first) document that prints it


@dataclass(frozen=True, slots=True)
class DocumentType:
    id: str
    name: str
    actions: tuple[str, ...]
    mrz: bool
    number_validators: tuple[str, ...]
    printed: bool = True  # False for vocabulary that no document prints as such (the recognizers' labels)
    identifies: bool = True  # its number identifies its holder (not a bank card's)


# Characters that separate vocabulary and values without being either (kept as they are).
_SEPARATORS = frozenset(" \t\r\n\u3000.:：/\\,，、;；|()（）[]【】-—–_·•'\"“”‘’")
_CONFUSABLE = {"0": "o", "1": "l", "i": "l", "5": "s", "8": "b"}
_CONFUSABLE_TABLE = str.maketrans(_CONFUSABLE)
_GAP = ""  # the unit of a gap between Latin words in a term


def _fold(ch: str) -> str:
    ch = ch.translate(FULLWIDTH).lower()
    return _CONFUSABLE.get(ch, ch)


def _fold_all(line: str) -> str | list[str]:
    """Every character of `line` folded, one for one (`str.lower` may lengthen a few: then per character)."""
    folded = line.translate(FULLWIDTH).lower()
    if len(folded) != len(line):
        return [_fold(ch) for ch in line]
    return folded.translate(_CONFUSABLE_TABLE)


def _abbreviation(written: str, printed: str) -> bool:
    """A Latin term of three letters or fewer (`LN`, `DOB`, `No`) is a word of running text as often as a label
    (`in`, `no`, `end`): it is one only as printed, letter for letter (no misread folded in: `in` is not `LN`), and
    not written all in lower case as prose writes it."""
    written = written.translate(FULLWIDTH)
    letters = [ch for ch in written if ch.isalnum()]
    return not written.islower() and "".join(letters).upper() == "".join(ch for ch in printed if ch.isalnum()).upper()


def _is_latin(ch: str) -> bool:
    """A letter or digit of a Latin-script word (`é` and `ã` of Portuguese labels included)."""
    return ch.isalnum() and not is_cjk_char(ch)


def _units(term: str) -> list[str]:
    """A term as the matcher's units: folded characters, with `_GAP` between Latin words. CJK characters need
    no gap between them (the matcher skips spaces there anyway)."""
    units: list[str] = []
    gap = False
    for ch in term.translate(FULLWIDTH):
        if _is_latin(ch) or is_cjk_char(ch):
            if gap and units and _is_latin(units[-1][:1] or " ") and _is_latin(ch):
                units.append(_GAP)
            units.append(_fold(ch))
            gap = False
        else:
            gap = True
    return units


class Vocabulary:
    """Printed vocabulary, matched in a line by a trie walk over folded characters."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self._root: dict[str, object] = {}
        self.terms: dict[str, Term] = {}
        for term in terms:
            units = _units(term.text)
            if not units:
                continue
            key = "".join(u or " " for u in units)
            if key in self.terms:  # the first document that prints a term names it
                continue
            self.terms[key] = term
            node = self._root
            for u in units:
                node = node.setdefault(u, {})  # type: ignore[assignment]
            node[None] = term  # type: ignore[index]

    def segments(self, line: str) -> list[tuple[int, int, Term]]:
        """The vocabulary in `line`: non-overlapping (start, end, term), longest match first, left to right."""
        folded = _fold_all(line)
        found: list[tuple[int, int, Term]] = []
        root = self._root
        n = len(line)
        i = 0
        while i < n:
            if folded[i] not in root:
                i += 1
                continue
            ch = line[i]
            if is_cjk_char(ch) or (i == 0 or not _is_latin(line[i - 1])):
                match = self._longest(line, folded, i)
                if match is not None:
                    found.append((i, match[0], match[1]))
                    i = match[0]
                    continue
            i += 1
        return found

    def _longest(
        self, line: str, folded: str | list[str], start: int, *, misread: bool = False
    ) -> tuple[int, Term] | None:
        """The longest term that starts at `start`. `misread`: one character may be misread (`5urname`, `有效朋限`),
        for terms long enough that one character does not make them another word (5 Latin letters, 4 CJK: `联系客`
        is not `联系人`)."""
        best: tuple[int, Term] | None = None
        n = len(line)
        # (node, position, last character matched, misreads left, characters matched)
        stack: list[tuple[dict[str, object], int, str, int, int]] = [(self._root, start, "", int(misread), 0)]
        while stack:
            node, j, last, left, size = stack.pop()
            term = node.get(None)  # type: ignore[call-overload]
            if (
                isinstance(term, Term)
                and (best is None or j > best[0])
                and (left or not misread or size >= (4 if is_cjk_char(last) else 5))
                and _ends_well(line, start, j, last)
                and (size > 3 or is_cjk_char(last) or _abbreviation(line[start:j], term.text))
            ):
                best = (j, term)
            if j >= n:
                continue
            ch, f = line[j], folded[j]
            child = node.get(f)
            if isinstance(child, dict):
                stack.append((child, j + 1, ch, left, size + 1))
            if f == "r" and j + 1 < n and folded[j + 1] == "n" and isinstance(m := node.get("m"), dict):
                stack.append((m, j + 2, "m", left, size + 1))  # OCR reads `m` as `rn` (`Narne`)
            if left and (is_cjk_char(ch) or _is_latin(ch)):
                for unit, other in node.items():
                    if unit and unit != f and isinstance(other, dict) and is_cjk_char(unit) == is_cjk_char(ch):
                        stack.append((other, j + 1, ch, 0, size + 1))
            if not last:
                continue
            # OCR's spaces inside a term, where the term goes on after them: between CJK characters (and the
            # brackets OCR writes in either width), and inside a Latin word (`Pass port`)
            if node is not self._root and ch in _SEPARATORS:
                k = j
                while k < n and k - j < 4 and line[k] in _SEPARATORS:
                    k += 1
                if (
                    k < n
                    and (folded[k] in node or (left and is_cjk_char(line[k])))
                    and (
                        is_cjk_char(last)  # `姓 名`, `国  籍`, `本市(县)其他住址` for `本市（县）…`
                        or (k == j + 1 and ch in " \t\u3000" and _is_latin(last) and _is_latin(line[k]))
                    )
                ):
                    stack.append((node, k, last, left, size))
            gap = node.get(_GAP)
            if isinstance(gap, dict) and _is_latin(last):
                k = j
                while k < n and line[k] in _SEPARATORS:
                    k += 1
                stack.append((gap, k, " ", left, size))
                if k > j:
                    stack.append((gap, j, " ", left, size))  # words written together (`DateofBirth`)
        return best

    def misread(self, line: str, start: int, end: int) -> list[tuple[int, int, Term]]:
        """Terms with one misread character in `line[start:end]` (a content segment of a document)."""
        folded = _fold_all(line)
        found: list[tuple[int, int, Term]] = []
        i = start
        while i < end:
            ch = line[i]
            if is_cjk_char(ch) or (_is_latin(ch) and (i == 0 or not _is_latin(line[i - 1]))):
                match = self._longest(line[:end], folded, i, misread=True)
                if match is not None:
                    found.append((i, match[0], match[1]))
                    i = match[0]
                    continue
            i += 1
        return found

    def split(
        self, line: str, fixed: Sequence[tuple[int, int, Term]] = ()
    ) -> list[tuple[int, int, Term | None]]:
        """`line` as vocabulary segments (with their term) and content segments (term None); separators between
        them belong to neither. `fixed`: segments decided beforehand (sorted, not overlapping), the vocabulary
        is looked for between them."""
        out: list[tuple[int, int, Term | None]] = []
        pos = 0
        for a, b, fixed_term in [*fixed, (len(line), len(line), None)]:
            base = pos
            for start, end, term in self.segments(line[base:a]):
                out.extend(_content(line, pos, base + start))
                out.append((base + start, base + end, term))
                pos = base + end
            out.extend(_content(line, pos, a))
            if fixed_term is not None:
                out.append((a, b, fixed_term))
            pos = max(pos, b)
        return out


_NOT_WORD = re.compile(r"[\W_]+")
_WORDS = re.compile(r"[^\W_]+")


def _fold_all_str(text: str) -> str:
    folded = _fold_all(text)
    return folded if isinstance(folded, str) else "".join(folded)


def _compact(text: str) -> str:
    """A title as compared whole: folded, letters, digits and CJK only."""
    folded = _fold_all(_NOT_WORD.sub("", text))
    return folded if isinstance(folded, str) else "".join(folded)


def _ends_well(line: str, start: int, end: int, last: str) -> bool:
    """A term match ends at a boundary: a Latin word is not followed by a letter; a single CJK character stands
    alone between separators (or the ends of the line)."""
    if end <= start:
        return False
    if _is_latin(last):
        return end >= len(line) or not (line[end].isalpha() and not is_cjk_char(line[end]))
    if end - start == 1 and is_cjk_char(last):
        before = line[start - 1] if start > 0 else " "
        after = line[end] if end < len(line) else " "
        return before in _SEPARATORS and after in _SEPARATORS
    return True


def _content(line: str, start: int, end: int) -> list[tuple[int, int, None]]:
    """The content between two vocabulary segments: from its first to its last character that is not a
    separator (and the bracket that closes one opened inside it: `C668668(E)`); none when there is only
    separators."""
    stop = end
    while start < end and line[start] in _SEPARATORS:
        start += 1
    while end > start and line[end - 1] in _SEPARATORS:
        end -= 1
    for opening, closing in (("(", ")"), ("（", "）"), ("[", "]")):
        if end < stop and line[end] == closing and line.count(opening, start, end) > line.count(closing, start, end):
            end += 1
    return [(start, end, None)] if end > start else []


# Segments that are neither vocabulary nor content: our own placeholders (already replaced), and printed text
# found by pattern rather than by word (page numbers, a form's title).
PLACEHOLDER = Term("", "placeholder", None, "")
PRINTED = Term("", "constant", None, "")
TITLE = Term("", "title", None, "")  # a line a title pattern matches: the title of a document nobody described

_MRZ_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")


def looks_like_mrz(line: str) -> bool:
    """An ICAO 9303 machine-readable zone line, allowing for OCR noise: 28 to 46 characters of the MRZ alphabet
    (spaces aside), with at least two fillers `<`."""
    compact = "".join(line.split())
    return 28 <= len(compact) <= 46 and compact.count("<") >= 2 and set(compact) <= _MRZ_CHARS


_NUMBER = re.compile(r"[0-9A-Za-z()（）]{8,24}")
_DIGIT_MISREADS = str.maketrans("OoDIlZSB", "00011258")


@dataclass(frozen=True, slots=True)
class LineEvidence:
    """What one line says about the page it is on."""

    title: str | None = None  # the document whose title the line is
    mrz: bool = False
    number: str | None = None  # the document whose identifier the line is
    label_entity: str | None = None  # the entity of the label the line starts with
    printed: bool = False  # the line starts with vocabulary (or is only vocabulary)


class Documents:
    """The identity documents of the definitions: their vocabulary, and recognition by evidence."""

    def __init__(
        self,
        types: Sequence[DocumentType],
        terms: Iterable[Term],
        *,
        min_labels: int = 2,
        min_fields: int = 3,
        with_action: int = 1,
        validators: Mapping[str, Callable[[str], bool]] | None = None,
        printed: re.Pattern[str] | None = None,
        titled: str | None = None,
    ) -> None:
        self.types = {t.id: t for t in types}
        self._printed = printed
        self._titled_source = titled
        self._titled = re.compile(titled) if titled else None
        self.vocabulary = Vocabulary(terms)
        self.min_labels = min_labels
        self.min_fields = min_fields
        self.with_action = with_action
        self._validators = dict(validators or {})
        # Each number validator once, with the first document type it names (`_number_document`).
        first: dict[str, str] = {}
        for t in types:
            for name in t.number_validators:
                if name in self._validators:
                    first.setdefault(name, t.id)
        self._number_checks = [(self._validators[name], doc) for name, doc in first.items()]
        # The entities of the documents' own labels: what makes a mapping's fields an identity document's.
        self.identity_entities = frozenset(
            t.entity for t in self.vocabulary.terms.values() if t.entity is not None and t.document in self.types
            and self.types[t.document].printed
        )
        self._mrz_document = next((t.id for t in types if t.mrz), None)
        titles = [t.text for t in self.vocabulary.terms.values() if t.kind == "title"]
        self._titles = frozenset(_compact(t) for t in titles)
        self._title_starts = frozenset(t[:1] for t in self._titles)
        self._title_words = [" " + " ".join(_WORDS.findall(_fold_all_str(t))) + " " for t in titles]
        self._title_cjk = ["".join(_WORDS.findall(_fold_all_str(t))) for t in titles if any(map(is_cjk_char, t))]
        actions = sorted({a for t in types for a in t.actions}, key=len, reverse=True)
        self._actions = (
            re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(map(re.escape, actions)) + r")(?![A-Za-z0-9])", re.I)
            if actions
            else None
        )

    def __bool__(self) -> bool:
        return bool(self.types)

    def split(
        self, line: str, placeholders: Sequence[tuple[int, int]] = (), *, misread: bool = False
    ) -> list[tuple[int, int, Term | None]]:
        """`line` as vocabulary, content and `placeholders` (our own, already replaced) segments. `misread`: also
        find terms with one misread character in what would be content (costlier: for a document's lines)."""
        fixed = [(a, b, PLACEHOLDER) for a, b in placeholders]
        if not fixed and self._titled is not None and self._titled.fullmatch(line):
            return [(0, len(line), TITLE)]
        if self._printed is not None:
            for m in self._printed.finditer(line):
                if m.end() > m.start() and not any(a < m.end() and m.start() < b for a, b, _ in fixed):
                    fixed.append((m.start(), m.end(), PRINTED))
            fixed.sort(key=lambda f: f[0])
        segments = self.vocabulary.split(line, fixed)
        if all(term is not None for _, _, term in segments):
            return segments
        if self._title_fragment(line):
            return [(0, len(line), PRINTED)]
        if not misread:
            return segments
        out: list[tuple[int, int, Term | None]] = []
        segments = self._extend_misread(line, segments)
        for start, end, term in segments:
            found = self.vocabulary.misread(line, start, end) if term is None else []
            if not found:
                out.append((start, end, term))
                continue
            pos = start
            for a, b, t in found:
                out.extend(_content(line, pos, a))
                out.append((a, b, t))
                pos = b
            out.extend(_content(line, pos, end))
        return out

    def _title_fragment(self, line: str) -> bool:
        """A title broken over lines: the line is a run of three words or more (four CJK characters) of a title
        (`HONG KONG SPECIAL ADMINISTRATIVE REGION OF THE` above `PEOPLE'S REPUBLIC OF CHINA`). Two words are not
        enough: `HONG KONG` is a place of birth as often as part of a title."""
        if len(line) > 120 or any(ch.isdigit() for ch in line):
            return False
        words = [w for w in _WORDS.findall(_fold_all_str(line))]
        if not words:
            return False
        cjk = len(words) == 1 and all(is_cjk_char(c) for c in words[0])
        if cjk:
            return len(words[0]) >= 4 and any(words[0] in t for t in self._title_cjk)
        if len(words) < 3:
            return False
        needle = " " + " ".join(words) + " "
        return any(needle in t for t in self._title_words)

    def _extend_misread(
        self, line: str, segments: list[tuple[int, int, Term | None]]
    ) -> list[tuple[int, int, Term | None]]:
        """A term directly followed by content may be the start of a longer term with a misread character
        (`护照` of `护照亏`, `护照号` misread): the longer reading wins."""
        out: list[tuple[int, int, Term | None]] = []
        i = 0
        while i < len(segments):
            start, end, term = segments[i]
            nxt = segments[i + 1] if i + 1 < len(segments) else None
            if term is not None and term.kind != "placeholder" and nxt is not None and nxt[2] is None and nxt[0] == end:
                match = self.vocabulary.misread(line, start, nxt[1])
                if match and match[0][0] == start and match[0][1] > end:
                    out.append(match[0])
                    out.extend(_content(line, match[0][1], nxt[1]))
                    i += 2
                    continue
            out.append((start, end, term))
            i += 1
        return out

    def names_action(self, text: str) -> bool:
        """`text` (a whole record) names an API action that reads an identity document."""
        return self._actions is not None and self._actions.search(text) is not None

    # -- evidence ----------------------------------------------------------------------------------------------

    def evidence(self, line: str, segments: Sequence[tuple[int, int, Term | None]]) -> LineEvidence:
        segments = [s for s in segments if s[2] is not PLACEHOLDER]
        if segments and all(term is not None for _, _, term in segments):
            titles = [term.document or "*" for _, _, term in segments if term is not None and term.kind == "title"]
            if titles:
                return LineEvidence(title=titles[0])
            first = segments[0][2]
            assert first is not None
            return LineEvidence(label_entity=first.entity if first.kind == "label" else None, printed=True)
        if self._mrz_document is not None and "<" in line and looks_like_mrz(line):
            return LineEvidence(mrz=True)
        if len(segments) == 1 and segments[0][2] is None:
            number = self._number_document(line)
            if number is not None:
                return LineEvidence(number=number)
        if segments and segments[0][2] is not None:
            term = segments[0][2]
            if term.kind == "label":
                return LineEvidence(label_entity=term.entity, printed=True)
        return LineEvidence()

    def identity_number(self, value: str) -> bool:
        """`value` is, whole, the number of a document that identifies its holder (a valid resident ID, HK ID …)."""
        if len(value) > 30 or not any(ch.isdigit() for ch in value):
            return False
        doc = self._number_document(value)
        return doc is not None and self.types[doc].identifies

    def _number_document(self, line: str) -> str | None:
        compact = "".join(ch for ch in line.translate(FULLWIDTH) if not ch.isspace() and ch not in "-")
        if not _NUMBER.fullmatch(compact):
            return None
        if sum(ch.isdigit() for ch in compact) >= len(compact) - 2:  # OCR's letters in a number: `623O 5276 …`
            compact = compact.translate(_DIGIT_MISREADS)
        return next((doc for check, doc in self._number_checks if check(compact)), None)

    def recognise_lines(
        self,
        lines: Sequence[str],
        *,
        action: Callable[[], bool] | None = None,
        anywhere: bool = False,
        extra: int = 0,
    ) -> tuple[bool, list[list[tuple[int, int, Term | None]]]]:
        """Whether the lines (of one OCR result or page) are an identity document, and each line's segments.

        A title line or a machine-readable zone is enough. Otherwise: labelled fields (distinct entities) starting
        `min_labels` lines (or standing anywhere in them, for the lines of an OCR result: `anywhere`), two
        printed labels of values that are no entity counting as one more; or a line that is one valid identifier,
        with another such line or a printed line (a label, a bank's name); fewer (`with_action`) when the record
        names a document's API action. `extra`: that much more labelled evidence is needed.
        """
        split = [self.split(line) for line in lines]
        labels: set[str] = set()
        plain: set[str] = set()  # a document's labels of values that are no entity (`类型/Type`, `签发机关`)
        numbers = printed = 0
        for line, segments in zip(lines, split, strict=True):
            ev = self.evidence(line, segments)
            if ev.title or ev.mrz:
                return True, split
            numbers += ev.number is not None
            printed += ev.printed
            if ev.label_entity is not None:
                labels.add(ev.label_entity)
            first = next((t for _, _, t in segments if t is not PLACEHOLDER), None)
            if first is not None and first.kind == "label" and first.entity is None and self._printed_by(first):
                plain.add(first.text)
            if anywhere:  # an OCR line: a label standing inside it (`父胡欣輝 母 黃偉軍`) counts as one that starts it
                labels.update(
                    t.entity for a, _, t in segments
                    if t is not None and t.kind == "label" and t.entity and (a == 0 or line[a - 1].isspace())
                )
        evidence = len(labels) + (len(plain) >= 2)
        if evidence >= self.min_labels + extra or (numbers and (numbers > 1 or printed)):
            return True, split
        if (
            (labels or numbers)
            and max(len(labels), numbers) >= self.with_action + extra
            and action is not None
            and action()
        ):
            return True, split
        return False, split

    def _printed_by(self, term: Term) -> bool:
        doc = self.types.get(term.document)
        return doc is not None and doc.printed

    def recognise_fields(self, entities: Iterable[str]) -> bool:
        """Whether a mapping whose field names are of `entities` is an identity document's result."""
        return len(self.identity_entities.intersection(entities)) >= self.min_fields

    def title_line_pattern(self) -> str | None:
        """An RE2 pattern for a line (of a text with line breaks) that is one of the titles as written, any case:
        what the fast gate must let through although no rule may match the page."""
        titles = sorted({t.text for t in self.vocabulary.terms.values() if t.kind == "title" and len(t.text) >= 4},
                        key=len, reverse=True)
        if not titles:
            return None
        words = "|".join(re.escape(t).replace("\\ ", "[ \\t]+") for t in titles)
        line = rf"(?im)(?:^|\n)[ \t]*(?:{words})[ \t]*(?:\r?\n|$)"
        return f"{line}|(?m:{self._titled_source})" if self._titled_source else line

    def is_title(self, text: str) -> bool:
        """`text` is a document title written alone (`港澳居民来往内地通行证` as a permit's `Type`)."""
        head = text.lstrip()[:1]
        if len(text) > 80 or not head or _fold(head) not in self._title_starts or text.isdigit():
            return False
        return _compact(text) in self._titles

    def label_entity(self, text: str) -> str | None:
        """The entity of `text` when it is one printed label and nothing else (`姓名拼音` as a Baidu key)."""
        segments = self.split(text)
        if len(segments) == 1 and segments[0][2] is not None and segments[0][2].kind == "label":
            return segments[0][2].entity
        return None

    def is_vocabulary(self, text: str) -> bool:
        """`text` is printed vocabulary and separators only."""
        segments = self.split(text)
        return bool(segments) and all(term is not None for _, _, term in segments)

    # -- deny by default ---------------------------------------------------------------------------------------

    def deny(
        self, split: Sequence[Sequence[tuple[int, int, Term | None]]], multiline: frozenset[str]
    ) -> list[list[tuple[int, int, str]]]:
        """For each line of a recognised document: its content segments and their entities, to be replaced.

        A content segment takes the entity of the label before it on its line, or of a label that ended the line
        before; a value of a `multiline` entity (an address) continues onto lines that start with no label.
        Anything else is `DOCUMENT_TEXT`.
        """
        out: list[list[tuple[int, int, str]]] = []
        carry: str | None = None
        for segments in split:
            current = carry
            carry = None
            replaced: list[tuple[int, int, str]] = []
            ends_with_label = ends_with_value = False
            for start, end, term in segments:
                if term is PRINTED:  # a field's reference number or a page number: neither label nor value
                    continue
                if term is PLACEHOLDER:  # a value the rules replaced already: it is the label's
                    ends_with_label, ends_with_value = False, True
                    if current is not None and current not in multiline:
                        current = None
                    continue
                if term is not None:
                    current = term.entity if term.kind == "label" else None
                    ends_with_label, ends_with_value = current is not None, False
                    continue
                entity = current or DOCUMENT_TEXT
                replaced.append((start, end, entity))
                ends_with_label, ends_with_value = False, True
                if entity not in multiline:
                    current = None
            if ends_with_label or (ends_with_value and current is not None and current in multiline):
                carry = current
            out.append(replaced)
        return out



def build(
    documents: Sequence[tuple[DocumentType, Sequence[tuple[str, TermKind, str | None]]]],
    *,
    min_labels: int,
    min_fields: int,
    with_action: int,
    validators: Mapping[str, Callable[[str], bool]],
    printed_patterns: Sequence[str] = (),
    title_patterns: Sequence[str] = (),
) -> Documents:
    """Compile documents from their types and their (text, kind, entity) vocabulary."""
    terms = [Term(text, kind, entity, doc.id) for doc, vocab in documents for text, kind, entity in vocab]
    printed = re.compile("|".join(f"(?:{p})" for p in printed_patterns)) if printed_patterns else None
    titled = "|".join(f"(?:{p})" for p in title_patterns) or None
    return Documents(
        [doc for doc, _ in documents],
        terms,
        min_labels=min_labels,
        min_fields=min_fields,
        with_action=with_action,
        validators=validators,
        printed=printed,
        titled=titled,
    )

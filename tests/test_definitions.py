"""Recognizer definitions: the schema, the loader, and every example the shipped definitions carry."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import ocrshield
from ocrshield._definitions import DefinitionError, builtin_definition_dir, load_definitions, normalize_key

BUILTIN = load_definitions()
EXAMPLES = [
    (r.id, r.entity, text, expected)
    for r in BUILTIN.recognizers
    for expected, texts in ((True, r.examples.match), (False, r.examples.no_match))
    for text in texts
]


def write(tmp_path: Path, doc: object, name: str = "custom.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


class TestShippedExamples:
    @pytest.mark.parametrize(("rid", "entity", "text", "expected"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
    def test_example(self, rules: ocrshield.Redactor, rid: str, entity: str, text: str, expected: bool) -> None:
        """Each `examples.match` text yields the entity; each `examples.no_match` text does not."""
        found = {f.entity_type for f in rules.analyze(text)}
        assert expected == (entity in found), f"{rid}: {text!r} -> {sorted(found)}"

    def test_every_recognizer_with_rules_has_examples(self) -> None:
        """A definition with patterns or labels ships at least one positive example (a test of itself)."""
        missing = [
            r.id
            for r in BUILTIN.recognizers
            if (r.patterns or r.labels) and not r.id.startswith("fields.") and not r.examples.match
        ]
        assert [] == missing

    def test_definitions_are_in_the_repository_directory(self) -> None:
        """In a checkout the loader reads the top-level recognizers/ directory."""
        assert (Path(__file__).resolve().parents[1] / "recognizers") == builtin_definition_dir()


class TestSchema:
    def test_unknown_key_is_rejected(self, tmp_path: Path) -> None:
        """A typo in a key fails loudly and names the file."""
        path = write(tmp_path, {"version": 1, "recognizers": [
            {"id": "x.y", "entity": "X", "fields": ["a"], "requires_contxt": True}]})
        with pytest.raises(DefinitionError) as info:
            load_definitions([path], include_builtin=False)
        assert "requires_contxt" in str(info.value)
        assert str(path) in str(info.value)

    def test_unknown_validator_is_rejected(self, tmp_path: Path) -> None:
        """Validators are named; an unknown name is an error, not a silently missing check."""
        path = write(tmp_path, {"version": 1, "recognizers": [
            {"id": "x.y", "entity": "X", "validator": "nope", "patterns": [{"name": "p", "regex": "x"}]}]})
        with pytest.raises(DefinitionError, match="unknown validator"):
            load_definitions([path], include_builtin=False)

    def test_invalid_regex_is_rejected(self, tmp_path: Path) -> None:
        """A broken regex is reported with the recognizer and pattern name."""
        path = write(tmp_path, {"version": 1, "recognizers": [
            {"id": "x.y", "entity": "X", "patterns": [{"name": "broken", "regex": "(unclosed"}]}]})
        with pytest.raises(DefinitionError, match="broken"):
            load_definitions([path], include_builtin=False)

    def test_recognizer_needs_a_way_to_find_something(self, tmp_path: Path) -> None:
        """A recognizer without patterns, labels or fields is rejected."""
        path = write(tmp_path, {"version": 1, "recognizers": [{"id": "x.y", "entity": "X"}]})
        with pytest.raises(DefinitionError, match="at least one"):
            load_definitions([path], include_builtin=False)

    def test_duplicate_ids_are_rejected(self, tmp_path: Path) -> None:
        """Two definitions may not claim the same id."""
        doc = {"version": 1, "recognizers": [{"id": "x.y", "entity": "X", "fields": ["a"]}]}
        a, b = write(tmp_path, doc, "a.yaml"), write(tmp_path, doc, "b.yaml")
        with pytest.raises(DefinitionError, match="already defined"):
            load_definitions([a, b], include_builtin=False)

    def test_field_mapped_to_two_entities_is_rejected(self, tmp_path: Path) -> None:
        """One field name cannot mean two entity types."""
        path = write(tmp_path, {"version": 1, "recognizers": [
            {"id": "a", "entity": "A", "fields": ["IdNum"]}, {"id": "b", "entity": "B", "fields": ["id_num"]}]})
        with pytest.raises(DefinitionError, match="already mapped"):
            load_definitions([path], include_builtin=False)

    def test_wrong_version_is_rejected(self, tmp_path: Path) -> None:
        """The schema is versioned."""
        path = write(tmp_path, {"version": 2, "recognizers": []})
        with pytest.raises(DefinitionError):
            load_definitions([path], include_builtin=False)

    def test_missing_path_is_an_error(self, tmp_path: Path) -> None:
        """A configured directory that does not exist is an error, not an empty set of detectors."""
        with pytest.raises(DefinitionError, match="no such"):
            load_definitions([tmp_path / "absent"])


class TestFieldNames:
    @pytest.mark.parametrize("key", ["IdNum", "id_num", "ID-NUM", "idnum", "Id Num", "id.num"])
    def test_field_names_are_style_insensitive(self, key: str) -> None:
        """`IdNum`, `id_num`, `ID-NUM` are one field."""
        assert "CN_RESIDENT_ID" == BUILTIN.fields[normalize_key(key)]

    @pytest.mark.parametrize(
        ("key", "entity"),
        [("Name", "PERSON"), ("Birth", "DATE_OF_BIRTH"), ("Address", "ADDRESS"), ("IdNum", "CN_RESIDENT_ID"),
         ("Sex", "GENDER"), ("Nation", "ETHNICITY"), ("ImageBase64", "IMAGE"), ("Portrait", "IMAGE"),
         ("IdCard", "IMAGE"), ("姓名", "PERSON")],
    )
    def test_tencent_idcard_ocr_fields(self, key: str, entity: str) -> None:
        """The field names of Tencent Cloud IDCardOCR requests and responses are mapped."""
        assert entity == BUILTIN.fields[normalize_key(key)]

    @pytest.mark.parametrize("key", ["RequestId", "Authority", "ValidDate", "CardSide", "AdvancedInfo", "AutoName"])
    def test_operational_fields_are_not_mapped(self, key: str) -> None:
        """Operational fields stay readable: they are not sensitive field names."""
        assert normalize_key(key) not in BUILTIN.fields


class TestUserDefinitions:
    def test_user_directory_adds_an_identifier(self, tmp_path: Path) -> None:
        """A new identifier is a definition file: its pattern, field name and operator apply."""
        write(tmp_path, {"version": 1, "recognizers": [{
            "id": "acme.employee", "entity": "EMPLOYEE_ID",
            "patterns": [{"name": "emp", "regex": r"(?<![0-9A-Za-z])EMP-[0-9]{6}(?![0-9])", "anchor": "EMP-"}],
            "fields": ["EmployeeNo"],
            "operator": {"type": "mask", "keep_last": 2},
        }]})
        r = ocrshield.Redactor(recognizer_dirs=[tmp_path], ner_model=None, strict=True)
        assert "badge ********56 ok" == r.redact_text("badge EMP-123456 ok")
        assert {"EmployeeNo": "******89"} == r.redact({"EmployeeNo": "12345689"})


class TestGates:
    """The cheap checks that let clean text skip detection must never hide a real match."""

    TEXTS = tuple(t for r in BUILTIN.recognizers for t in (*r.examples.match, *r.examples.no_match))

    @pytest.mark.parametrize("rid", [r.id for r in BUILTIN.recognizers if r.patterns])
    def test_anchor_occurs_in_every_match(self, rid: str) -> None:
        """A pattern's anchor matches wherever the pattern does (it may take one boundary character before)."""
        rec = next(r for r in BUILTIN.recognizers if r.id == rid)
        for text in self.TEXTS:
            for pat in rec.patterns:
                for m in pat.regex.finditer(text):
                    assert pat.anchor_re.search(text, max(0, m.start() - 1), m.end()), (pat.name, text)

    @pytest.mark.parametrize("text", [t for r in BUILTIN.recognizers for t in r.examples.match])
    def test_fast_gate_passes_every_positive_example(self, redactor: ocrshield.Redactor, text: str) -> None:
        """The RE2 fast gate never calls a text with a finding clean."""
        state = redactor._get_state()
        assert state.fast_clean is not None, "google-re2 is a dependency: the fast gate must be built"
        assert not state.fast_clean(text)


class TestUserAnchors:
    def test_unicode_classes_in_an_anchor(self, tmp_path: Path) -> None:
        """RE2's `\\w` is ASCII-only: an anchor with `\\w` is checked by Python, so CJK text still matches."""
        write(tmp_path, {"version": 1, "recognizers": [{
            "id": "x.member", "entity": "MEMBER",
            "patterns": [{"name": "m", "regex": r"会员\w{2,4}", "anchor": r"会员\w"}]}]})
        r = ocrshield.Redactor(recognizer_dirs=[tmp_path], ner_model=None, strict=True)
        assert "<MEMBER>" == r.redact_text("会员黄金等级")

    def test_ignore_case_applies_to_the_anchor(self, tmp_path: Path) -> None:
        """An `ignore_case` pattern's own anchor is case-blind too."""
        write(tmp_path, {"version": 1, "recognizers": [{
            "id": "x.emp", "entity": "EMPLOYEE_ID",
            "patterns": [{"name": "e", "regex": "EMP-[0-9]{6}", "anchor": "EMP-", "ignore_case": True}]}]})
        r = ocrshield.Redactor(recognizer_dirs=[tmp_path], ner_model=None, strict=True)
        assert "badge <EMPLOYEE_ID> ok" == r.redact_text("badge emp-123456 ok")

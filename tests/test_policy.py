"""Operators and the policy that picks them: replace, mask, keyed pseudonym, drop."""

from __future__ import annotations

import hashlib
import hmac
import warnings

import pytest

import ocrshield
from ocrshield import Drop, Mask, Policy, Pseudonym, Replace

VALID_ID = "110105199003071239"


def make(policy: Policy) -> ocrshield.Redactor:
    return ocrshield.Redactor(policy, ner_model=None, strict=True)


class TestReplace:
    def test_default_placeholder_is_the_entity_type(self) -> None:
        """By default a value becomes `<ENTITY>`, never a fragment of itself."""
        r = make(Policy())
        assert "证件号<CN_RESIDENT_ID>" == r.redact_text("证件号" + VALID_ID)


class TestMask:
    def test_keep_last_four_in_text_and_fields(self) -> None:
        """Masking keeps the last characters, in free text and in structured fields alike."""
        r = make(Policy({"CN_RESIDENT_ID": Mask(keep_last=4)}))
        assert "证件号**************1239" == r.redact_text("证件号" + VALID_ID)
        assert {"IdNum": "**************1239"} == r.redact({"IdNum": VALID_ID})

    def test_short_values_reveal_at_most_a_third(self) -> None:
        """A short value is not mostly revealed by `keep_last`."""
        r = make(Policy({"PERSON": Mask(keep_last=4)}))
        assert {"Name": "**明"} == r.redact({"Name": "王晓明"})

    def test_masked_output_is_stable(self) -> None:
        """A masked value is recognised as already redacted."""
        r = make(Policy({"CN_RESIDENT_ID": Mask()}))
        once = r.redact({"IdNum": VALID_ID})
        assert once == r.redact(once)
        assert [] == r.scan(once)

    def test_invalid_parameters(self) -> None:
        """Out-of-range parameters are rejected at configuration time."""
        with pytest.raises(ValueError):
            Mask(keep_last=20)
        with pytest.raises(ValueError):
            Mask(mask_char="**")


class TestPseudonym:
    def test_stable_and_keyed(self) -> None:
        """The same person gets the same pseudonym across records; it is an HMAC under the key."""
        r = make(Policy({"CN_RESIDENT_ID": Pseudonym()}, pseudonym_key="k1"))
        a = r.redact({"IdNum": VALID_ID})["IdNum"]
        b = r.redact_text("身份证号 " + VALID_ID).split(" ")[1]
        expected = hmac.new(b"k1", VALID_ID.encode(), hashlib.sha256).hexdigest()[:10]
        assert f"<CN_RESIDENT_ID:{expected}>" == a == b

    def test_normalised_before_hashing(self) -> None:
        """`x` and `X`, spaces and full-width digits give one pseudonym (one person, many spellings)."""
        r = make(Policy({"CN_RESIDENT_ID": Pseudonym()}, pseudonym_key="k1"))
        assert r.redact({"IdNum": "44030519851123456x"}) == r.redact({"IdNum": "44030519851123456X"})

    def test_key_changes_pseudonym(self) -> None:
        """Without the key nobody can recompute the pseudonym of a guessed ID number."""
        a = make(Policy({"PERSON": Pseudonym()}, pseudonym_key="k1")).redact({"Name": "王晓明"})
        b = make(Policy({"PERSON": Pseudonym()}, pseudonym_key="k2")).redact({"Name": "王晓明"})
        assert a != b

    def test_key_from_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """`OCRSHIELD_PSEUDONYM_KEY` supplies the key when the policy has none."""
        monkeypatch.setenv("OCRSHIELD_PSEUDONYM_KEY", "from-env")
        out = make(Policy({"PERSON": Pseudonym()})).redact({"Name": "王晓明"})["Name"]
        expected = hmac.new(b"from-env", "王晓明".encode(), hashlib.sha256).hexdigest()[:10]
        assert f"<PERSON:{expected}>" == out

    def test_missing_key_warns_and_uses_a_random_key(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """No key: a per-process random key and a warning; never an unkeyed (brute-forceable) hash."""
        monkeypatch.delenv("OCRSHIELD_PSEUDONYM_KEY", raising=False)
        r = make(Policy({"CN_RESIDENT_ID": Pseudonym()}))
        with pytest.warns(RuntimeWarning, match="random per-process key"):
            out = r.redact({"IdNum": VALID_ID})["IdNum"]
        unkeyed = hashlib.sha256(VALID_ID.encode()).hexdigest()[:10]
        assert out.startswith("<CN_RESIDENT_ID:") and unkeyed not in out

    def test_key_never_in_repr(self) -> None:
        """The key is a secret: not in the policy's repr nor the redactor's."""
        policy = Policy({"PERSON": Pseudonym()}, pseudonym_key="super-secret-key")
        assert "super-secret-key" not in repr(policy)
        assert "super-secret-key" not in repr(make(policy))


class TestDrop:
    def test_drop_removes_key_and_text(self) -> None:
        """Drop removes a structured field entirely and the value from text."""
        r = make(Policy({"DATE_OF_BIRTH": Drop()}))
        assert {"RequestId": "r"} == r.redact({"Birth": "1990/3/7", "RequestId": "r"})
        assert "出生 性别" == r.redact_text("出生1990年3月7日 性别")


class TestPolicy:
    def test_default_operator(self) -> None:
        """`default` applies to entities the policy does not name."""
        r = make(Policy(default=Mask(keep_last=2)))
        assert {"Phone": "*********78"} == r.redact({"Phone": "13812345678"})

    def test_unknown_operator_type(self) -> None:
        """Only the four operators are accepted."""
        with pytest.raises(TypeError):
            Policy({"PERSON": "replace"})  # type: ignore[dict-item]

    def test_definition_operator_is_the_entity_default(self, tmp_path: object) -> None:
        """A definition's `operator` applies unless the policy overrides it."""
        import pathlib

        d = pathlib.Path(str(tmp_path))
        (d / "x.yaml").write_text(
            "version: 1\nrecognizers:\n  - id: x.emp\n    entity: EMPLOYEE_ID\n    fields: [EmployeeNo]\n"
            "    operator: {type: mask, keep_last: 3}\n", encoding="utf-8")
        r = ocrshield.Redactor(recognizer_dirs=[d], ner_model=None, strict=True)
        assert {"EmployeeNo": "******789"} == r.redact({"EmployeeNo": "123456789"})
        r2 = ocrshield.Redactor(Policy({"EMPLOYEE_ID": Replace()}), recognizer_dirs=[d], ner_model=None)
        assert {"EmployeeNo": "<EMPLOYEE_ID>"} == r2.redact({"EmployeeNo": "123456789"})

    def test_no_warnings_for_plain_replacement(self) -> None:
        """The default path warns about nothing."""
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            make(Policy()).redact({"Name": "王晓明"})

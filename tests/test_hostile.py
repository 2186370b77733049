"""Hostile input: huge, deep, pathological or broken values get a clear, bounded outcome.

No exception into the caller, no hang, and never the raw value: past a bound the value becomes a placeholder
(`<REDACTED:TOO_LARGE>`, `<REDACTED:TOO_DEEP>`, `<REDACTED:TIMEOUT>`, `<REDACTED:ERROR>`, `<IMAGE:...>`).
Elapsed times are printed (run with `-s` to see them), never asserted.
"""

from __future__ import annotations

import array
import base64
import json
import random
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import ocrshield
from ocrshield import _engine

RIC = "110101199003077774"  # valid check digit
RIC_X = "11010519491231002X"
MOBILE = "13812345678"
EMAIL = "wang.xm@example.com"
CARD = "6222021234567894"  # Luhn-valid
NAME = "欧阳娜娜"
PLANTED = [RIC, RIC_X, MOBILE, EMAIL, CARD, NAME]
LINE = f"user {EMAIL} 姓名{NAME} 身份证{RIC} tel {MOBILE} 卡号 {CARD} 公民身份号码 {RIC_X}; "


def all_text(value: Any) -> str:
    """Every string in `value` (keys included) as written, and the repr of every other leaf. Iterative, and no
    quoting layer that would double the backslashes of `\\uXXXX` escapes."""
    parts: list[str] = []
    stack, seen = [value], set()
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            parts.append(v)
        elif isinstance(v, dict | list | tuple | set | frozenset):
            if id(v) in seen:
                continue
            seen.add(id(v))
            stack.extend([*v.keys(), *v.values()] if isinstance(v, dict) else v)
        else:
            parts.append(repr(v))
    return "\n".join(parts)


def leaked(output: Any, planted: list[str] = PLANTED) -> list[str]:
    """Planted values found anywhere in `output`, raw or as `json.dumps` escapes them."""
    text = all_text(output)
    return [p for p in planted if p in text or json.dumps(p)[1:-1] in text]


def timed(label: str, fn: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    out = fn()
    print(f"\n{label}: {time.perf_counter() - start:.2f}s")
    return out


@pytest.fixture(scope="module")
def lenient() -> ocrshield.Redactor:
    """Production behaviour: rules only, fails closed (strict=False), default bounds."""
    return ocrshield.Redactor(strict=False, ner_model=None, limits=ocrshield.Limits()).warm_up()


@pytest.fixture(scope="module")
def patient() -> ocrshield.Redactor:
    """Rules only, strict, with a time budget long enough that size, not time, decides the outcome."""
    limits = ocrshield.Limits(time_budget_s=60.0)
    return ocrshield.Redactor(strict=True, ner_model=None, limits=limits).warm_up()


@pytest.fixture(scope="module")
def limited() -> ocrshield.Redactor:
    """Rules only, lenient, at most 200,000 nodes per call (and time enough that the node bound, not the clock on a
    loaded machine, is what ends a call)."""
    return ocrshield.Redactor(
        strict=False, ner_model=None, limits=ocrshield.Limits(max_nodes=200_000, time_budget_s=120.0)
    )


@pytest.fixture(scope="module")
def no_time() -> ocrshield.Redactor:
    """Rules only, lenient, with no time budget at all."""
    return ocrshield.Redactor(strict=False, ner_model=None, limits=ocrshield.Limits(time_budget_s=0.0))


@pytest.fixture(scope="module")
def line() -> str:
    """A 5 MB log line full of personal data."""
    return (LINE * (5_000_000 // len(LINE) + 1))[:5_000_000]


@pytest.fixture(scope="module")
def jpeg() -> tuple[str, int]:
    """A 10 MB base64 JPEG and its size in bytes."""
    raw = b"\xff\xd8\xff\xe0" + random.Random(0).randbytes(7_500_000)
    return base64.b64encode(raw).decode(), len(raw)


@pytest.fixture(scope="module")
def opaque() -> tuple[str, int]:
    """10 MB of base64 without an image signature and its size in bytes."""
    raw = random.Random(1).randbytes(7_500_000)
    return base64.b64encode(raw).decode(), len(raw)


@pytest.fixture
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """`_warn_once` warns once per exception type per process: start each test with none warned yet."""
    monkeypatch.setattr(_engine, "_warned", set())
    yield


# -- size ---------------------------------------------------------------------------------------------------


class TestHugeText:
    """A 5 MB log line of mixed content."""

    @pytest.mark.parametrize("which", ["lenient", "rules"])
    def test_becomes_too_large_placeholder(
        self, request: pytest.FixtureRequest, which: str, line: str
    ) -> None:
        """Past `max_text_chars` the line becomes `<REDACTED:TOO_LARGE:...>`, in strict and lenient mode."""
        redactor: ocrshield.Redactor = request.getfixturevalue(which)
        out = timed(f"5 MB line ({which})", lambda: redactor.redact_text(line))
        assert "<REDACTED:TOO_LARGE:5000000chars>" == out

    def test_in_a_dict(self, lenient: ocrshield.Redactor, line: str) -> None:
        """The same line as a value in a payload: only that value is replaced, and scan says why."""
        out, findings = timed("5 MB value", lambda: lenient.redact_and_scan({"msg": line, "code": 0}))
        assert {"msg": "<REDACTED:TOO_LARGE:5000000chars>", "code": 0} == out
        assert "TOO_LARGE" in {f.entity_type for f in findings}


class TestBase64Blob:
    """A 10 MB base64 blob never reaches detection or the output: it becomes a short placeholder."""

    def test_default_limits_blob_gone(self, lenient: ocrshield.Redactor, jpeg: tuple[str, int]) -> None:
        """With the default 2 s budget the blob is gone and the output is short, whatever the placeholder."""
        blob, _ = jpeg
        out = timed("10 MB jpeg, default limits", lambda: lenient.redact_text(blob))
        print(f"outcome: {out}")  # <IMAGE:...> or, on a slow machine, <REDACTED:TIMEOUT>
        assert len(out) < 100
        assert blob[1000:1100] not in out

    def test_jpeg_text(self, patient: ocrshield.Redactor, jpeg: tuple[str, int]) -> None:
        """The blob alone becomes `<IMAGE:jpeg:<bytes>B>`."""
        blob, size = jpeg
        out = timed("10 MB jpeg", lambda: patient.redact_text(blob))
        assert f"<IMAGE:jpeg:{size}B>" == out

    def test_jpeg_in_log_line(self, patient: ocrshield.Redactor, jpeg: tuple[str, int]) -> None:
        """In a line, only the blob is replaced; the words after it stay."""
        blob, size = jpeg
        out = timed("10 MB jpeg in a line", lambda: patient.redact_text(f"upload {blob} done, retry 0"))
        assert f"upload <IMAGE:jpeg:{size}B> done, retry 0" == out

    def test_data_uri(self, patient: ocrshield.Redactor, jpeg: tuple[str, int]) -> None:
        """A `data:image/jpeg;base64,` URI becomes one image placeholder."""
        blob, size = jpeg
        out = timed("10 MB data URI", lambda: patient.redact_text("data:image/jpeg;base64," + blob))
        assert f"<IMAGE:jpeg:{size}B>" == out

    def test_opaque_binary(self, patient: ocrshield.Redactor, opaque: tuple[str, int]) -> None:
        """Base64 without an image signature becomes `<BINARY:<bytes>B>`."""
        blob, size = opaque
        out = timed("10 MB opaque", lambda: patient.redact_text(blob))
        assert f"<BINARY:{size}B>" == out

    def test_in_dict(self, patient: ocrshield.Redactor, jpeg: tuple[str, int]) -> None:
        """Under an image field and under a neutral key the blob becomes the same image placeholder."""
        blob, size = jpeg
        out = timed("10 MB jpeg in a dict", lambda: patient.redact({"ImageBase64": blob, "payload": blob}))
        assert {"ImageBase64": f"<IMAGE:jpeg:{size}B>", "payload": f"<IMAGE:jpeg:{size}B>"} == out

    @pytest.mark.parametrize("key", ["image=", "photo: "])
    def test_after_an_image_key(self, patient: ocrshield.Redactor, key: str) -> None:
        """Behind an image field name in text (`image=<base64>`) the blob gets the same placeholder, and the
        words after it stay."""
        blob = base64.b64encode(b"\xff\xd8\xff\xe0" + bytes(3000)).decode()
        out = patient.redact_text(f"upload {key}{blob} retry 0")
        assert f"upload {key}<IMAGE:jpeg:3004B> retry 0" == out

    def test_placeholder_is_stable(self, patient: ocrshield.Redactor) -> None:
        """An image placeholder already in a log line is not redacted again (nor is the text after it)."""
        text = "upload <IMAGE:jpeg:7500004B> done"
        assert (text, []) == (patient.redact_text(text), patient.scan(text))


# -- depth and node count ------------------------------------------------------------------------------------

BOTTOM_FLAT = {"IdNum": RIC, "Phone": MOBILE, "note": f"姓名{NAME}", "Email": EMAIL, "CardNo": CARD}
BOTTOM_NESTED = {"Name": {"Content": NAME, "Confidence": 99}, "Address": {"Value": "北京市朝阳区建国路88号院"}}


def deep_dict(depth: int, bottom: Any) -> dict[str, Any]:
    obj: Any = bottom
    for _ in range(depth):
        obj = {"a": obj}
    return obj


def deep_json(depth: int, bottom: Any, *, ensure_ascii: bool = False) -> str:
    return '{"a":' * depth + json.dumps(bottom, ensure_ascii=ensure_ascii) + "}" * depth


def contains_placeholder(value: Any, placeholder: str) -> bool:
    """Whether `placeholder` is a leaf somewhere in `value` (iteratively: the output may be deep)."""
    stack = [value]
    while stack:
        v = stack.pop()
        if v == placeholder:
            return True
        if isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, list | tuple):
            stack.extend(v)
    return False


class TestDeepNesting:
    """Nesting far past `max_depth`: the deep part becomes `<REDACTED:TOO_DEEP>`, never a RecursionError."""

    @pytest.mark.parametrize("which", ["lenient", "rules"])
    def test_python_dict_depth_10000(self, request: pytest.FixtureRequest, which: str) -> None:
        """A dict nested 10,000 deep with values at the bottom."""
        redactor: ocrshield.Redactor = request.getfixturevalue(which)
        obj = deep_dict(10_000, {**BOTTOM_FLAT, **BOTTOM_NESTED})
        out = timed(f"dict depth 10000 ({which})", lambda: redactor.redact(obj))
        assert contains_placeholder(out, "<REDACTED:TOO_DEEP>")
        assert [] == leaked(out)

    def test_python_list_depth_10000(self, rules: ocrshield.Redactor) -> None:
        """Lists nested 10,000 deep."""
        obj: Any = [f"身份证{RIC}", MOBILE]
        for _ in range(10_000):
            obj = [obj]
        out = rules.redact(obj)
        assert contains_placeholder(out, "<REDACTED:TOO_DEEP>")
        assert [] == leaked(out)

    def test_sensitive_field_holding_deep_value(self, rules: ocrshield.Redactor) -> None:
        """A sensitive field whose value is nested 10,000 deep."""
        out = rules.redact({"Name": deep_dict(10_000, NAME)})
        assert [] == leaked(out)

    def test_cycles(self, rules: ocrshield.Redactor) -> None:
        """Self-referencing lists and dicts end at the depth bound."""
        cyclic_list: list[Any] = [RIC]
        cyclic_list.append(cyclic_list)
        cyclic_dict: dict[str, Any] = {"IdNum": RIC}
        cyclic_dict["self"] = cyclic_dict
        out = rules.redact({"l": cyclic_list, "d": cyclic_dict})
        assert contains_placeholder(out, "<REDACTED:TOO_DEEP>")
        assert [] == leaked(out)

    def test_json_string_depth_10000(self, rules: ocrshield.Redactor) -> None:
        """`'{"a":' * 10000 + '1' + '}' * 10000` (json.loads hits its recursion limit) returns a string."""
        text = '{"a":' * 10_000 + "1" + "}" * 10_000
        out = timed("JSON text depth 10000", lambda: rules.redact_text(text))
        assert isinstance(out, str)
        assert isinstance(rules.redact({"body": text}), dict)

    @pytest.mark.parametrize("prefix", ["", "resp body: "])
    @pytest.mark.parametrize("ensure_ascii", [True, False])
    def test_json_string_depth_10000_flat_values_at_bottom(
        self, rules: ocrshield.Redactor, prefix: str, ensure_ascii: bool
    ) -> None:
        """Scalar values at the bottom of 10,000-deep JSON text do not come out."""
        text = prefix + deep_json(10_000, BOTTOM_FLAT, ensure_ascii=ensure_ascii)
        assert [] == leaked(rules.redact_text(text))
        assert [] == leaked(rules.redact({"body": text}))

    @pytest.mark.parametrize("prefix", ["", "resp body: "])
    @pytest.mark.parametrize("ensure_ascii", [True, False])
    def test_json_string_depth_10000_nested_field_at_bottom(
        self, rules: ocrshield.Redactor, prefix: str, ensure_ascii: bool
    ) -> None:
        """Sensitive fields holding objects (`"Name": {"Content": ...}`) at the bottom of 10,000-deep JSON
        text do not come out (at depth 3 the walker replaces them; past the parser's recursion limit they must
        be replaced too, or the whole text must become a placeholder)."""
        planted = [NAME, "建国路88号"]
        assert [] == leaked(rules.redact_text(deep_json(3, BOTTOM_NESTED)), planted)  # the walker's case
        text = prefix + deep_json(10_000, BOTTOM_NESTED, ensure_ascii=ensure_ascii)
        out = rules.redact_text(text)
        at = out.find('"Name"')
        assert [] == leaked(out, planted), f"the innermost object came out as {out[at : at + 200]!r}"

    def test_json_string_past_max_depth(self, rules: ocrshield.Redactor) -> None:
        """JSON text that parses but is deeper than `max_depth` gets the TOO_DEEP placeholder."""
        out = rules.redact_text(deep_json(100, {**BOTTOM_FLAT, **BOTTOM_NESTED}))
        assert "<REDACTED:TOO_DEEP>" in out
        assert [] == leaked(out)


class TestNodeLimit:
    """A payload of more than `max_nodes` nodes becomes `<REDACTED:TOO_LARGE>`."""

    def test_wide_dict(self, limited: ocrshield.Redactor) -> None:
        """300,000 keys with PII among them: one placeholder, and scan reports TOO_LARGE."""
        obj: dict[str, Any] = {f"k{i}": i for i in range(300_000)}
        obj.update({"k7": RIC, "k150000": f"姓名{NAME}", "k299999": MOBILE})
        out, findings = timed("300k nodes", lambda: limited.redact_and_scan(obj))
        assert "<REDACTED:TOO_LARGE>" == out
        assert "TOO_LARGE" in {f.entity_type for f in findings}

    def test_nested_list_of_records(self, limited: ocrshield.Redactor) -> None:
        """150,000 records of two nodes each."""
        obj = {"Items": [{"IdNum": RIC, "seq": i} for i in range(150_000)]}
        assert "<REDACTED:TOO_LARGE>" == limited.redact(obj)

    def test_under_the_limit_is_redacted(self, limited: ocrshield.Redactor) -> None:
        """A payload below the bound is redacted normally (the bound is not an off switch)."""
        obj = {"Items": [{"IdNum": RIC, "seq": i} for i in range(1_000)]}
        out = limited.redact(obj)
        assert {"IdNum": "<CN_RESIDENT_ID>", "seq": 999} == out["Items"][-1]


# -- regex bait ----------------------------------------------------------------------------------------------

BAIT = {
    "digits_1mb": "1" * 1_000_000,
    "ones_then_x": "1" * 100_000 + "X",
    "label_repeated": "姓名" * 100_000,
    "open_braces": "{" * 100_000,
    "open_brackets": "[" * 100_000,
    "a_at": "a@" * 100_000,
    "plus_eight": "+8" * 100_000,
    "zero_space": "0 " * 200_000,
    "name_then_a": "Name: " + "A" * 200_000,
    "quotes_and_colons": '{"' * 50_000,
    "id_label_digits": "身份证" + "1" * 200_000,
    "address_label": "住址" + "北" * 300_000,
    "escapes": "\\u59d3" * 100_000,
    "dashed_digits": "1-" * 200_000,
    # Bait for the address patterns' nested units (regression: 1.2 s for 10 KB before the units were atomic)
    "province_cities": "北京市市" * 2_500 + "路",
    "address_units": "广东省" + "深圳市南山区" * 1_500,
    "street_words": "1 " + "Main " * 20_000 + "St",
    "mrz_name_marks": "A<<" * 50_000,
}


class TestRegexBait:
    """Inputs shaped to make a backtracking regex or a JSON scan go quadratic. Each must return."""

    @pytest.mark.parametrize("name", sorted(BAIT))
    def test_redact_text_returns(self, rules: ocrshield.Redactor, name: str) -> None:
        """`redact_text` returns a string (the elapsed time is printed, not asserted)."""
        out = timed(f"bait {name}", lambda: rules.redact_text(BAIT[name]))
        assert isinstance(out, str)

    @pytest.mark.parametrize("name", ["province_cities", "address_units"])
    def test_address_bait_is_decided_not_timed_out(self, rules: ocrshield.Redactor, name: str) -> None:
        """The address patterns fail in linear time: the text is decided well within the default time budget
        (`<REDACTED:TIMEOUT>` would mean the patterns backtracked for seconds)."""
        assert "<REDACTED:TIMEOUT>" not in rules.redact_text(BAIT[name])

    @pytest.mark.parametrize("name", ["open_braces", "quotes_and_colons", "a_at", "label_repeated"])
    def test_redact_value_returns(self, rules: ocrshield.Redactor, name: str) -> None:
        """The same bait as a value in a payload."""
        out = timed(f"bait {name} in a dict", lambda: rules.redact({"msg": BAIT[name]}))
        assert isinstance(out, dict | str)


# -- time budget ---------------------------------------------------------------------------------------------


class TestTimeBudget:
    """With no time at all, anything that needs detection comes back as `<REDACTED:TIMEOUT>`."""

    @pytest.mark.parametrize(
        "text",
        [
            f"身份证{RIC}",
            f"call {MOBILE} now",
            f"mail {EMAIL}",
            f"卡号 {CARD}",
            f"姓名{NAME}",
            LINE,
            json.dumps({"note": f"身份证{RIC}"}),
            "resp body: " + json.dumps({"note": f"姓名{NAME}"}, ensure_ascii=True),
        ],
    )
    def test_text(self, no_time: ocrshield.Redactor, text: str) -> None:
        """PII-bearing text becomes exactly the TIMEOUT placeholder."""
        assert "<REDACTED:TIMEOUT>" == no_time.redact_text(text)

    def test_payload(self, no_time: ocrshield.Redactor) -> None:
        """A payload whose values need detection: a placeholder, never the raw values."""
        out = no_time.redact({"note": f"身份证{RIC}", "IdNum": RIC, "Phone": MOBILE, "Items": [MOBILE]})
        assert "<REDACTED:TIMEOUT>" == out

    def test_scan_reports_timeout(self, no_time: ocrshield.Redactor) -> None:
        """`scan` says TIMEOUT (not "nothing found")."""
        assert ["TIMEOUT"] == [f.entity_type for f in no_time.scan(f"身份证{RIC}")]

    def test_analyze_does_not_raise(self, no_time: ocrshield.Redactor) -> None:
        """`analyze` on a lenient Redactor does not raise a private exception into the caller."""
        findings = no_time.analyze(f"身份证{RIC}")
        assert isinstance(findings, list)


# -- engine failure ------------------------------------------------------------------------------------------


def _boom(text: str, deadline: float | None = None, **_stages: bool) -> Any:
    raise RuntimeError(f"detector failed on {text!r}")  # quotes the value, as a real error message might


class TestEngineFailure:
    """An internal error fails closed (strict=False) or surfaces (strict=True)."""

    @pytest.fixture
    def broken(
        self, lenient: ocrshield.Redactor, monkeypatch: pytest.MonkeyPatch, fresh_warnings: None
    ) -> ocrshield.Redactor:
        monkeypatch.setattr(lenient._get_state().detector, "detect", _boom)
        return lenient

    def test_text_fails_closed_and_warns_once(self, broken: ocrshield.Redactor) -> None:
        """Every call returns `<REDACTED:ERROR>`; one RuntimeWarning in all, naming no value."""
        texts = [
            f"身份证{RIC}",
            LINE,
            f"tel {MOBILE}",
            json.dumps({"note": f"姓名{NAME}"}),
            "resp: " + json.dumps({"note": f"mail {EMAIL}"}),
        ]
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            outs = [broken.redact_text(t) for t in texts]
        assert ["<REDACTED:ERROR>"] * len(texts) == outs
        runtime = [w for w in caught if issubclass(w.category, RuntimeWarning)]
        assert 1 == len(runtime)
        assert [] == leaked(str(runtime[0].message))

    def test_payload_fails_closed(self, broken: ocrshield.Redactor) -> None:
        """`redact` returns the ERROR placeholder, `scan` reports ERROR, under a RuntimeWarning."""
        with pytest.warns(RuntimeWarning, match="redaction failed") as record:
            # (not a record with an ID number field: such a record is an identity document, denied by the
            # documents stage without the failing detector)
            out = broken.redact({"note": f"身份证{RIC}", "code": 0})
            findings = broken.scan({"note": f"身份证{RIC}"})
        assert "<REDACTED:ERROR>" == out
        assert ["ERROR"] == [f.entity_type for f in findings]
        assert [] == leaked([str(w.message) for w in record])

    def test_strict_raises(self, rules: ocrshield.Redactor, monkeypatch: pytest.MonkeyPatch) -> None:
        """With strict=True the internal error reaches the caller (tests see it)."""
        monkeypatch.setattr(rules._get_state().detector, "detect", _boom)
        with pytest.raises(RuntimeError, match="detector failed"):
            rules.redact_text(f"身份证{RIC}")
        with pytest.raises(RuntimeError, match="detector failed"):
            rules.redact({"note": f"身份证{RIC}"})


# -- strange values ------------------------------------------------------------------------------------------


class Unprintable:
    """`str()` raises, with an error message that quotes personal data."""

    def __str__(self) -> str:
        raise ValueError(f"cannot format 姓名{NAME} {RIC}")


class Chatty:
    """`str()` returns personal data."""

    def __str__(self) -> str:
        return f"Customer(姓名{NAME}, 身份证{RIC}, tel {MOBILE})"


class TestUnprintableObjects:
    """Objects whose `__str__` raises are replaced, not propagated; their error message never comes out."""

    @pytest.mark.parametrize("which", ["lenient", "rules"])
    def test_redact(self, request: pytest.FixtureRequest, which: str) -> None:
        """At the top level, in a list, under a neutral key and under sensitive keys."""
        redactor: ocrshield.Redactor = request.getfixturevalue(which)
        out = redactor.redact(
            {"x": Unprintable(), "Name": Unprintable(), "IdNum": [Unprintable()], "l": [Unprintable()]}
        )
        assert [] == leaked(out)
        assert isinstance(redactor.redact(Unprintable()), str)
        assert [] == redactor.scan({"x": Unprintable()})

    def test_as_key(self, rules: ocrshield.Redactor) -> None:
        """As a dict key."""
        out = rules.redact({Unprintable(): f"身份证{RIC}"})
        assert [] == leaked(list(out.values()))

    def test_redact_text(self, lenient: ocrshield.Redactor) -> None:
        """`redact_text(obj)` on a lenient Redactor returns a string, not the object's exception."""
        out = lenient.redact_text(Unprintable())  # type: ignore[arg-type]
        assert isinstance(out, str)
        assert [] == leaked(out)

    def test_str_with_pii(self, rules: ocrshield.Redactor) -> None:
        """An object whose text holds personal data is represented by that text, redacted."""
        out = rules.redact({"customer": Chatty()})
        assert [] == leaked(out)
        assert out["customer"].startswith("Customer(")


class TestBinaryValues:
    """bytes, bytearray and memoryview values become `<IMAGE:...>`/`<BINARY:...>`, wherever they are."""

    PNG = b"\x89PNG\r\n\x1a\n" + bytes(100)
    JPEG = b"\xff\xd8\xff\xe0" + bytes(50)

    def test_in_dict(self, rules: ocrshield.Redactor) -> None:
        """Under neutral keys, image fields and other sensitive fields."""
        obj = {
            "png": self.PNG,
            "jpeg": bytearray(self.JPEG),
            "view": memoryview(b"plain " + RIC.encode()),
            "Photo": self.JPEG,
            "IdNum": RIC.encode(),
            "Name": NAME.encode(),
            "items": [MOBILE.encode(), (bytearray(self.PNG),)],
        }
        expected = {
            "png": "<IMAGE:png:108B>",
            "jpeg": "<IMAGE:jpeg:54B>",
            "view": "<BINARY:24B>",
            "Photo": "<IMAGE:jpeg:54B>",
            "IdNum": "<BINARY:18B>",
            "Name": "<BINARY:12B>",
            "items": ["<BINARY:11B>", ("<IMAGE:png:108B>",)],
        }
        assert expected == rules.redact(obj)

    def test_top_level(self, rules: ocrshield.Redactor) -> None:
        """A bare bytes value."""
        assert ("<IMAGE:png:108B>", "<BINARY:18B>") == (rules.redact(self.PNG), rules.redact(RIC.encode()))

    def test_memoryview_size_is_in_bytes(self, rules: ocrshield.Redactor) -> None:
        """The size in the placeholder is the byte size, also for a view of 4-byte integers."""
        view = memoryview(array.array("i", [1, 2, 3]))
        assert f"<BINARY:{view.nbytes}B>" == rules.redact({"v": view})["v"]


class TestNonStringKeys:
    """Keys that are not strings (ints, tuples, None, floats) are kept usable and never carry PII out."""

    def test_values_under_non_string_keys(self, rules: ocrshield.Redactor) -> None:
        """Values are redacted whatever the key's type; small integer keys stay."""
        out = rules.redact({1: f"身份证{RIC}", None: MOBILE, 2.5: EMAIL, (1, 2): f"姓名{NAME}"})
        expected = {
            1: "身份证<CN_RESIDENT_ID>",
            None: "<PHONE_NUMBER>",
            2.5: "<EMAIL_ADDRESS>",
            (1, 2): "姓名<PERSON>",
        }
        assert expected == out

    def test_int_key_holding_a_phone(self, rules: ocrshield.Redactor) -> None:
        """An integer key that is a phone number does not come out (int values of that size are redacted)."""
        out = rules.redact({int(MOBILE): "ok", int(CARD): "ok"})
        assert [] == leaked(out)

    def test_tuple_key_holding_pii(self, rules: ocrshield.Redactor) -> None:
        """A tuple key holding an ID number and a labelled name does not come out."""
        out = rules.redact({(f"姓名{NAME}", RIC): "row"})
        assert [] == leaked(out)

    def test_string_keys_holding_pii(self, rules: ocrshield.Redactor) -> None:
        """String keys that are data, not schema, are redacted."""
        out = rules.redact({RIC: 1, f"姓名{NAME}": 2, MOBILE: 3})
        assert [] == leaked(out)


class TestSetsAndTuples:
    """Sets, frozensets and tuples are walked like lists."""

    def test_set_and_frozenset(self, rules: ocrshield.Redactor) -> None:
        """Their members are redacted; the result is a list (sets of placeholders would collapse)."""
        out = rules.redact({"s": {RIC, MOBILE, f"姓名{NAME}"}, "f": frozenset({EMAIL, CARD})})
        assert [] == leaked(out)
        assert sorted(["<CN_RESIDENT_ID>", "<PHONE_NUMBER>", "姓名<PERSON>"]) == sorted(out["s"])
        assert sorted(["<EMAIL_ADDRESS>", "<BANK_CARD>"]) == sorted(out["f"])

    def test_tuple_stays_tuple(self, rules: ocrshield.Redactor) -> None:
        """A tuple comes back as a tuple, members redacted, at the top level and nested."""
        out = rules.redact((RIC, (f"姓名{NAME}", int(MOBILE)), "ok"))
        assert ("<CN_RESIDENT_ID>", ("姓名<PERSON>", "<PHONE_NUMBER>"), "ok") == out

    def test_top_level_set(self, rules: ocrshield.Redactor) -> None:
        """A bare set."""
        out = rules.redact({RIC, MOBILE})
        assert [] == leaked(out)


class TestBoundedOutcomes:
    """The placeholders of bounded outcomes."""

    @pytest.mark.parametrize(
        "placeholder",
        [
            "<REDACTED:TOO_LARGE>",
            "<REDACTED:TOO_LARGE:5000000chars>",
            "<REDACTED:TOO_DEEP>",
            "<REDACTED:TIMEOUT>",
            "<REDACTED:ERROR>",
            "<IMAGE:jpeg:7500004B>",
            "<BINARY:12B>",
        ],
    )
    def test_redacting_a_placeholder_again_keeps_it(
        self, rules: ocrshield.Redactor, placeholder: str
    ) -> None:
        """Each is one of the engine's own placeholders: a second pass leaves it (and the line) as it was."""
        text = f"result {placeholder} done"
        assert (text, []) == (rules.redact_text(text), rules.scan(text))

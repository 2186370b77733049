"""Property tests: the invariants every input must keep (never raises, idempotent, no planted value survives).

The generators plant values the rules must always find (valid resident ID numbers, mainland mobiles, e-mail
addresses, Luhn-valid UnionPay cards, labelled Chinese names) in random surrounding text, in JSON objects and
in JSON held in a string behind a prefix, then check that none of them comes out. Most properties run on the
rules engine (fast); the last class runs on the full engine with the NER model.
"""

from __future__ import annotations

import itertools
import json
import string
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import ocrshield

# The autouse logging fixture of conftest.py is function-scoped; it only resets logging state, which these
# properties never touch, so running it once per test (not per example) is fine. Derandomized: the same
# examples on every run (no flaky CI), and no example database written into the checkout.
_COMMON: dict[str, Any] = {
    "deadline": None,
    "database": None,
    "derandomize": True,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}

# -- generators of planted values ----------------------------------------------------------------------------

_RIC_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RIC_CHECK = "10X98765432"


def ric_check_digit(body: str) -> str:
    """GB 11643 (ISO 7064 MOD 11-2) check digit of the first 17 digits."""
    return _RIC_CHECK[sum(int(c) * w for c, w in zip(body, _RIC_WEIGHTS, strict=True)) % 11]


def luhn_check_digit(partial: str) -> str:
    """The digit that makes `partial + digit` pass the Luhn check."""
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:  # doubled: the check digit will sit at position 0
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == number[-1]


@st.composite
def resident_ids(draw: st.DrawFn) -> str:
    """Valid 18-digit mainland resident ID numbers born 1930-2010."""
    region = draw(st.integers(110000, 829999))
    born = draw(st.dates(date(1930, 1, 1), date(2010, 12, 31)))
    seq = draw(st.integers(0, 999))
    body = f"{region:06d}{born:%Y%m%d}{seq:03d}"
    return body + ric_check_digit(body)


mobiles = st.builds(
    lambda second, rest: f"1{second}{rest}",
    st.sampled_from("3456789"),
    st.text(string.digits, min_size=9, max_size=9),
)


@st.composite
def union_pay_cards(draw: st.DrawFn) -> str:
    """Luhn-valid 16-digit cards starting with 62."""
    partial = "62" + draw(st.text(string.digits, min_size=13, max_size=13))
    return partial + luhn_check_digit(partial)


_LOCAL = string.ascii_lowercase + string.digits
emails = st.builds(
    lambda first, local, labels, tld: f"{first}{local}@{'.'.join(labels)}.{tld}",
    st.sampled_from(string.ascii_lowercase),
    st.text(_LOCAL + "._", max_size=12),
    st.lists(st.text(_LOCAL, min_size=1, max_size=10), min_size=1, max_size=3),
    st.text(string.ascii_lowercase, min_size=2, max_size=6),
)

NAMES = ("王晓明", "欧阳娜娜", "李雷", "张伟", "刘芳", "陈静", "杨洋", "赵丽颖", "黄磊", "周杰", "吴敏", "司马光明")
names = st.sampled_from(NAMES)
_NAME_SEPARATORS = st.sampled_from(["", " ", ":", "：", ": ", "： "])


class Planted:
    """A value to plant: `secret` must not survive; `text` is how it is written in free text."""

    __slots__ = ("kind", "secret", "text")

    def __init__(self, kind: str, secret: str, text: str) -> None:
        self.kind, self.secret, self.text = kind, secret, text

    def __repr__(self) -> str:
        return f"Planted({self.kind}, {self.text!r})"

    @property
    def digit_edged(self) -> bool:
        """Begins and ends with an ASCII letter or digit (must not be glued to an ASCII word)."""
        return self.kind != "name"


def _planted(kind: str, values: st.SearchStrategy[str]) -> st.SearchStrategy[Planted]:
    return values.map(lambda v: Planted(kind, v, v))


labelled_names = st.builds(lambda sep, n: Planted("name", n, f"姓名{sep}{n}"), _NAME_SEPARATORS, names)

PLANTED_BY_KIND: dict[str, st.SearchStrategy[Planted]] = {
    "resident_id": _planted("resident_id", resident_ids()),
    "mobile": _planted("mobile", mobiles),
    "email": _planted("email", emails),
    "card": _planted("card", union_pay_cards()),
    "name": labelled_names,
}
identifiers = st.one_of(*(PLANTED_BY_KIND[k] for k in ("resident_id", "mobile", "email", "card")))
any_planted = st.one_of(*PLANTED_BY_KIND.values())

# -- surrounding text ----------------------------------------------------------------------------------------

ascii_words = st.text(string.ascii_lowercase, min_size=1, max_size=8)
CJK_FILLER = (
    "已提交", "审核通过", "处理完成", "请求成功", "结果", "记录", "备注", "状态正常", "识别", "订单", "重试",
    "已提交实名认证申请", "的证件识别结果已返回", "正在等待人工复核",
)
cjk_filler = st.sampled_from(CJK_FILLER)
PUNCTUATION = (",", "，", "。", ";", "；", "、", "!", "?", "(", ")", "（", "）", "|", "/", "=", ":", "：", ".")
punctuation = st.sampled_from(PUNCTUATION)


@st.composite
def filler_tokens(draw: st.DrawFn) -> tuple[str, bool]:
    """A context token and whether it is an ASCII word (must not be glued to a digit run or an e-mail)."""
    kind = draw(st.sampled_from(["ascii", "cjk", "punct"]))
    if kind == "ascii":
        return draw(ascii_words), True
    return draw(cjk_filler if kind == "cjk" else punctuation), False


@st.composite
def embedded(
    draw: st.DrawFn, planted: st.SearchStrategy[Planted], max_planted: int = 3
) -> tuple[str, list[str]]:
    """Random context with 1..max_planted values planted in it: (text, secrets).

    Tokens are joined with nothing, a space or punctuation; an ASCII word and an alphanumeric-edged value are
    never glued together (`abc13812345678` is one token, not a phone number in context).
    """
    items: list[tuple[str, bool]] = []
    secrets: list[str] = []
    for p in draw(st.lists(planted, min_size=1, max_size=max_planted)):
        items.extend(draw(st.lists(filler_tokens(), max_size=4)))
        items.append((p.text, p.digit_edged))
        secrets.append(p.secret)
    items.extend(draw(st.lists(filler_tokens(), max_size=4)))
    out = [items[0][0]]
    for (_, left_alnum), (text, right_alnum) in itertools.pairwise(items):
        if left_alnum and right_alnum:
            out.append(draw(st.sampled_from([" ", "  ", "\t", ", ", "，", "; ", "。", " | ", "="])))
        else:
            out.append(draw(st.sampled_from(["", "", " ", "  "])))
        out.append(text)
    return "".join(out), secrets


def survivors(output: str, secrets: list[str]) -> list[str]:
    """The secrets still in `output`, raw or as `json.dumps` writes them with `ensure_ascii=True`."""
    return [s for s in secrets if s in output or json.dumps(s)[1:-1] in output]


# -- arbitrary input -----------------------------------------------------------------------------------------

_BAIT = [*list("0123456789 -+@:：=,{}[]\"'\\/Xx.\n\t"), "姓名", "身份证", "卡号", "手机", "Name", "<", ">", "\\u"]
characters = st.one_of(
    st.characters(exclude_categories=["Cs"]),  # everything but surrogates, control characters included
    st.characters(min_codepoint=0x3400, max_codepoint=0x9FFF),  # CJK
    st.characters(min_codepoint=0x00, max_codepoint=0x1F),  # C0 controls
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),  # full-width ASCII (OCR output)
)
arbitrary_text = st.one_of(
    st.text(characters, max_size=200),
    st.lists(st.sampled_from(_BAIT) | st.text(characters, max_size=3), max_size=60).map("".join),
)
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**10, max_value=10**19),  # the size of phones, IDs and cards
    st.floats(),
    arbitrary_text,
)
json_keys = st.one_of(
    arbitrary_text, st.sampled_from(["IdNum", "Name", "Phone", "note", "ImageBase64", "Birth"])
)


def json_like(scalars: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.recursive(
        scalars,
        lambda children: st.lists(children, max_size=5) | st.dictionaries(json_keys, children, max_size=5),
        max_leaves=25,
    )


json_values = json_like(json_scalars)
json_values_no_nan = json_like(json_scalars.filter(lambda v: not (isinstance(v, float) and v != v)))


# -- properties ----------------------------------------------------------------------------------------------


class TestGenerators:
    """The planted values are what they claim to be (else the leak properties prove nothing)."""

    def test_ric_check_digit_known_numbers(self) -> None:
        """The check digit matches published valid numbers (X included)."""
        assert ["4", "X"] == [ric_check_digit("11010119900307777"), ric_check_digit("11010519491231002")]

    @settings(max_examples=50, **_COMMON)
    @given(card=union_pay_cards())
    def test_cards_are_luhn_valid(self, card: str) -> None:
        """Every generated card has 16 digits, starts with 62 and passes Luhn."""
        assert (16, "62", True) == (len(card), card[:2], luhn_valid(card))

    @settings(max_examples=50, **_COMMON)
    @given(number=resident_ids())
    def test_resident_ids_are_valid(self, number: str) -> None:
        """Every generated ID number has the check digit python-stdnum computes (an independent implementation)."""
        from stdnum.cn import ric

        assert (18, ric.calc_check_digit(number)) == (len(number), number[-1])

    def test_luhn_known_card(self) -> None:
        """The Luhn helper accepts a known test number and rejects a changed one."""
        assert (True, False) == (luhn_valid("6222021234567894"), luhn_valid("6222021234567895"))


class TestNeverRaises:
    """`redact_text` and `redact` return for any input, whatever it holds."""

    @settings(max_examples=300, **_COMMON)
    @given(text=arbitrary_text)
    def test_redact_text_arbitrary_text(self, rules: ocrshield.Redactor, text: str) -> None:
        """Any text (CJK, control characters, JSON fragments) gives a string back."""
        assert isinstance(rules.redact_text(text), str)

    @settings(max_examples=150, **_COMMON)
    @given(value=json_values)
    def test_redact_json_like(self, rules: ocrshield.Redactor, value: Any) -> None:
        """Any JSON-like nesting of scalars, lists and dicts is redacted without an exception."""
        rules.redact(value)
        rules.scan(value)

    @settings(max_examples=150, **_COMMON)
    @given(value=json_values)
    def test_redact_text_json_dump(self, rules: ocrshield.Redactor, value: Any) -> None:
        """JSON text (behind a prefix or not) of any JSON-like value gives a string back."""
        dumped = json.dumps(value, ensure_ascii=False)
        assert isinstance(rules.redact_text(dumped), str)
        assert isinstance(rules.redact_text("resp body: " + dumped), str)

    @settings(max_examples=100, **_COMMON)
    @given(data=st.binary(max_size=300))
    def test_bytes(self, rules: ocrshield.Redactor, data: bytes) -> None:
        """Bytes, bytearrays and memoryviews become a placeholder, at the top level and in a dict."""
        for value in (data, bytearray(data), memoryview(data)):
            out = rules.redact({"payload": value, "Photo": value})
            assert all(v.startswith(("<IMAGE:", "<BINARY:")) for v in out.values())
            assert isinstance(rules.redact(value), str)
        assert isinstance(rules.redact_text(data.decode("latin-1")), str)


class TestIdempotence:
    """Redacting redacted output changes nothing: our placeholders are not findings."""

    @settings(max_examples=200, **_COMMON)
    @given(text=arbitrary_text | embedded(any_planted).map(lambda t: t[0]))
    @example(text="13000000000姓名:0")  # found by Hypothesis
    def test_redact_text(self, rules: ocrshield.Redactor, text: str) -> None:
        """redact_text(redact_text(x)) == redact_text(x)."""
        once = rules.redact_text(text)
        assert once == rules.redact_text(once)

    @settings(max_examples=150, **_COMMON)
    @given(value=json_values_no_nan)
    def test_redact(self, rules: ocrshield.Redactor, value: Any) -> None:
        """redact(redact(x)) == redact(x) for JSON-like values."""
        once = rules.redact(value)
        assert once == rules.redact(once)


class TestPlantedValuesInText:
    """No planted value survives `redact_text`, whatever surrounds it."""

    @pytest.mark.parametrize("kind", sorted(PLANTED_BY_KIND))
    @settings(max_examples=150, **_COMMON)
    @given(data=st.data())
    def test_one_kind(self, rules: ocrshield.Redactor, kind: str, data: st.DataObject) -> None:
        """Values of one kind, 1-3 of them, in random ASCII/CJK/punctuation context."""
        text, secrets = data.draw(embedded(PLANTED_BY_KIND[kind]), label="text")
        out = rules.redact_text(text)
        assert [] == survivors(out, secrets), f"leaked from {text!r}: {out!r}"

    @pytest.mark.parametrize(
        "text",
        [
            "姓名王晓明已提交实名认证申请请稍候",
            "客户资料：姓名欧阳娜娜的证件识别结果已返回请查收",
            "姓名：李雷正在等待人工复核请耐心等候",
        ],
    )
    def test_name_followed_by_long_cjk_text(self, rules: ocrshield.Redactor, text: str) -> None:
        """A labelled name followed by more CJK text than the name rule looks ahead (12 characters) is still
        found (regression example of the generated case `姓名王晓明已提交已提交实名认证申请`)."""
        secret = next(n for n in NAMES if n in text)
        out = rules.redact_text(text)
        assert [] == survivors(out, [secret]), f"leaked from {text!r}: {out!r}"

    @settings(max_examples=150, **_COMMON)
    @given(case=embedded(any_planted, max_planted=5))
    def test_mixed_kinds(self, rules: ocrshield.Redactor, case: tuple[str, list[str]]) -> None:
        """Several kinds in one line."""
        text, secrets = case
        out = rules.redact_text(text)
        assert [] == survivors(out, secrets), f"leaked from {text!r}: {out!r}"


SENSITIVE_KEYS = {
    "resident_id": "IdNum",
    "mobile": "Phone",
    "name": "Name",
    "email": "Email",
    "card": "CardNo",
}
NEUTRAL_KEYS = ("note", "text", "msg")


@st.composite
def payloads(draw: st.DrawFn, planted: st.SearchStrategy[Planted]) -> tuple[Any, list[str]]:
    """A JSON object holding planted values under sensitive keys (bare or in context) and under neutral keys
    (in context, or bare when the rules can find them bare), possibly nested: (object, secrets)."""
    obj: dict[str, Any] = {"RequestId": draw(st.uuids()).hex}
    secrets: list[str] = []
    for p in draw(st.lists(planted, min_size=1, max_size=3)):
        key = draw(st.sampled_from([SENSITIVE_KEYS[p.kind], "IdNum", "Name", "Phone", *NEUTRAL_KEYS]))
        sensitive = key not in NEUTRAL_KEYS
        if sensitive:
            forms = [p.secret, p.text]
        else:
            forms = [p.text] + ([int(p.secret)] if p.kind in ("mobile", "card") else [])
        text, _ = draw(embedded(st.just(p)))
        value = draw(st.sampled_from([*forms, text]))
        if key in obj:  # a second value for the same key goes into a record of its own
            obj.setdefault("More", []).append({key: value})
        else:
            obj[key] = value
        secrets.append(p.secret)
    shape = draw(st.sampled_from(["flat", "nested", "list", "json-in-string"]))
    if shape == "nested":
        return {"Response": {"Data": obj}}, secrets
    if shape == "list":
        return {"Items": [{"n": 1}, obj]}, secrets
    if shape == "json-in-string":
        ensure_ascii = draw(st.booleans())
        return {"body": "resp body: " + json.dumps(obj, ensure_ascii=ensure_ascii)}, secrets
    return obj, secrets


def _all_text(value: Any) -> str:
    """Every string (and the repr of every other leaf) in `value`, keys included, as written: no quoting layer
    that would double the backslashes of `\\uXXXX` escapes."""
    parts: list[str] = []
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            parts.append(v)
        elif isinstance(v, dict):
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, list | tuple | set | frozenset):
            stack.extend(v)
        else:
            parts.append(repr(v))
    return "\n".join(parts)


class TestPlantedValuesInJson:
    """No planted value survives in JSON objects, or in JSON text behind a prefix, in either escape style."""

    @pytest.mark.parametrize("group", ["identifiers", "names"])
    @settings(max_examples=120, **_COMMON)
    @given(data=st.data())
    def test_redact_object(self, rules: ocrshield.Redactor, group: str, data: st.DataObject) -> None:
        """`redact` of the object: sensitive keys replaced whole, neutral keys by detection."""
        planted = identifiers if group == "identifiers" else labelled_names
        obj, secrets = data.draw(payloads(planted), label="obj")
        out = rules.redact(obj)
        assert [] == survivors(_all_text(out), secrets), f"leaked from {obj!r}: {out!r}"

    @pytest.mark.parametrize("ensure_ascii", [True, False])
    @pytest.mark.parametrize("group", ["identifiers", "names"])
    @settings(max_examples=80, **_COMMON)
    @given(data=st.data())
    def test_json_text_behind_prefix(
        self, rules: ocrshield.Redactor, group: str, ensure_ascii: bool, data: st.DataObject
    ) -> None:
        """`"resp body: " + json.dumps(obj)` and the bare dump, written with or without `\\uXXXX` escapes."""
        planted = identifiers if group == "identifiers" else labelled_names
        obj, secrets = data.draw(payloads(planted), label="obj")
        dumped = json.dumps(obj, ensure_ascii=ensure_ascii)
        for text in (dumped, "resp body: " + dumped):
            out = rules.redact_text(text)
            assert [] == survivors(out, secrets), f"leaked from {text!r}: {out!r}"


class TestCleanTextUnchanged:
    """Text with nothing to find comes back exactly as it was."""

    @settings(max_examples=300, **_COMMON)
    @given(
        text=st.lists(
            st.tuples(st.text(string.ascii_lowercase, min_size=1, max_size=12), st.sampled_from([" ", "  "])),
            max_size=30,
        ).map(lambda ws: "".join(w + s for w, s in ws))
    )
    def test_lowercase_words(self, rules: ocrshield.Redactor, text: str) -> None:
        """Lowercase ASCII words and spaces (no digits, no `@`, no separators for labels) are left alone."""
        assert text == rules.redact_text(text)


CAPITALISED = ["John Smith", "Mountain View", "Zhang Wei", "Beijing"]


@pytest.mark.ner
class TestFullEngine:
    """The same leak property on the full engine (rules plus the NER model), with fewer examples."""

    @settings(max_examples=40, **_COMMON)
    @given(
        case=embedded(any_planted, max_planted=3),
        capitalised=st.lists(st.sampled_from(CAPITALISED), max_size=2),
    )
    def test_mixed_kinds(
        self, redactor: ocrshield.Redactor, case: tuple[str, list[str]], capitalised: list[str]
    ) -> None:
        """Planted values in context, with capitalised pairs that wake the NER model: nothing leaks."""
        text, secrets = case
        text = " ".join([*capitalised, text])
        out = redactor.redact_text(text)
        assert [] == survivors(out, secrets), f"leaked from {text!r}: {out!r}"

    @settings(max_examples=40, **_COMMON)
    @given(
        case=embedded(any_planted, max_planted=3),
        capitalised=st.lists(st.sampled_from(CAPITALISED), max_size=2),
    )
    @example(case=("14000000000", ["14000000000"]), capitalised=["Mountain View"])  # found by Hypothesis
    def test_idempotent(
        self, redactor: ocrshield.Redactor, case: tuple[str, list[str]], capitalised: list[str]
    ) -> None:
        """Redacting the full engine's output again changes nothing (placeholders must not change what the NER
        model finds in the words around them)."""
        text = " ".join([*capitalised, case[0]])
        once = redactor.redact_text(text)
        assert once == redactor.redact_text(once)

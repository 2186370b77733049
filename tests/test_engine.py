"""The engine on real payloads: Tencent Cloud IDCardOCR shapes, free OCR text in Chinese and English, and the
operational lines that must come through unchanged."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

import ocrshield
from conftest import FIXTURES, assert_clean, load_json

TEXT_MANIFEST = load_json("text/manifest.json")
TENCENT_MANIFEST = load_json("tencent/manifest.json")
OPERATIONAL_LINES = (FIXTURES / "text" / "operational.txt").read_text(encoding="utf-8").splitlines()
VALID_ID = "110105199003071239"  # GB 11643 check digit 9
BAD_CHECK_ID = "110105199003071234"  # same number with a wrong check digit


def fixture_line(entry: dict[str, Any]) -> str:
    lines = (FIXTURES / "text" / entry["file"]).read_text(encoding="utf-8").splitlines()
    return lines[entry["line"] - 1]


def as_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class TestChineseText:
    def test_no_word_boundary_between_label_id_and_next_label(self, rules: ocrshield.Redactor) -> None:
        """`\\b` does not separate digits from CJK; the ID is found between two labels anyway."""
        assert "身份证号<CN_RESIDENT_ID>住址<ADDRESS>" == rules.redact_text(
            "身份证号110101199003077774住址北京市朝阳区建国路88号"
        )

    def test_id_card_ocr_text_run(self, rules: ocrshield.Redactor) -> None:
        """Labels that run into each other (OCR output) each end where the next label starts."""
        text = "姓名王晓明性别男民族汉出生1990年3月7日住址北京市朝阳区建国路88号院公民身份号码" + VALID_ID
        expected = (
            "姓名<PERSON>性别<GENDER>民族<ETHNICITY>出生<DATE_OF_BIRTH>住址<ADDRESS>公民身份号码<CN_RESIDENT_ID>"
        )
        assert expected == rules.redact_text(text)

    def test_valid_id_without_context_is_redacted(self, rules: ocrshield.Redactor) -> None:
        """A number with a valid check digit and birth date is an ID wherever it is (regression: the check
        digit was once computed on 17 digits, which made every valid ID "invalid")."""
        assert "用户证件 <CN_RESIDENT_ID> 已核验" == rules.redact_text(f"用户证件 {VALID_ID} 已核验")
        assert "x <CN_RESIDENT_ID> y" == rules.redact_text(f"x {VALID_ID} y")

    def test_misread_check_digit_behind_label_is_redacted(self, rules: ocrshield.Redactor) -> None:
        """An OCR misread (wrong check digit) right behind an ID label is still an ID."""
        assert "公民身份号码<CN_RESIDENT_ID>" == rules.redact_text("公民身份号码" + BAD_CHECK_ID)
        assert "身份证号：<CN_RESIDENT_ID>" == rules.redact_text("身份证号：" + BAD_CHECK_ID)

    def test_eighteen_digit_order_number_survives(self, rules: ocrshield.Redactor) -> None:
        """An 18-digit order or trace number with no ID context and a failing check digit survives."""
        line = "订单号 202611291532210410 已支付 trace=110105199003071234"
        assert line == rules.redact_text(line)

    def test_lowercase_x_and_legacy_ids(self, rules: ocrshield.Redactor) -> None:
        """`x` check digits and 15-digit legacy numbers near an ID word are found."""
        assert "身份证 <CN_RESIDENT_ID>" == rules.redact_text("身份证 44030519851123456x")
        assert "旧身份证号<CN_RESIDENT_ID>" == rules.redact_text("旧身份证号110105900307123")

    def test_full_width_digits_from_ocr(self, rules: ocrshield.Redactor) -> None:
        """Full-width digits (OCR output) are read as digits."""
        full = VALID_ID.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
        assert "证件号<CN_RESIDENT_ID>" == rules.redact_text("证件号" + full)

    def test_json_escaped_chinese_is_seen_through(self, rules: ocrshield.Redactor) -> None:
        """`\\uXXXX` escapes (json.dumps default) are decoded for detection; the escaped form is kept."""
        escaped = json.dumps("姓名王晓明 住址北京市朝阳区建国路88号")[1:-1]
        out = rules.redact_text("truncated body: " + escaped)
        assert "truncated body: \\u59d3\\u540d<PERSON> \\u4f4f\\u5740<ADDRESS>" == out  # 姓名 and 住址 stay

    @pytest.mark.parametrize("entry", [e for e in TEXT_MANIFEST if e["file"] == "lines_zh.txt"],
                             ids=lambda e: f"zh{e['line']}")
    def test_fixture_lines(self, redactor: ocrshield.Redactor, entry: dict[str, Any]) -> None:
        """Every planted value in the Chinese OCR log lines is gone."""
        assert_clean(redactor.redact_text(fixture_line(entry)), entry["planted"], entry.get("operational", []))


class TestEnglishText:
    @pytest.mark.parametrize("entry", [e for e in TEXT_MANIFEST if e["file"] == "lines_en.txt"],
                             ids=lambda e: f"en{e['line']}")
    def test_fixture_lines(self, redactor: ocrshield.Redactor, entry: dict[str, Any]) -> None:
        """Every planted value in the English log lines is gone."""
        assert_clean(redactor.redact_text(fixture_line(entry)), entry["planted"], entry.get("operational", []))

    def test_labelled_name_date_and_id(self, rules: ocrshield.Redactor) -> None:
        """Labels end at the next label: `DOB` survives as a label, the values do not."""
        assert "Name: <PERSON>, DOB: <DATE_OF_BIRTH>, ID <CN_RESIDENT_ID>" == rules.redact_text(
            f"Name: Zhang Wei, DOB: 1990-03-07, ID {VALID_ID}"
        )

    def test_names_in_free_text_need_the_ner_model(
        self, redactor: ocrshield.Redactor, rules: ocrshield.Redactor
    ) -> None:
        """An unlabelled English name is found by the NER model; the rules alone keep the phone number."""
        line = "Customer John Smith called from +1 415 555 0132"
        assert "Customer <PERSON> called from <PHONE_NUMBER>" == redactor.redact_text(line)
        assert "Customer John Smith called from <PHONE_NUMBER>" == rules.redact_text(line)

    @pytest.mark.parametrize(
        "text",
        ["Date of birth 07 MAR 1990", "DOB: 07-03-1990", "birthday=1990.03.07", "born 19900307"],
    )
    def test_dates_of_birth(self, rules: ocrshield.Redactor, text: str) -> None:
        """Every form of a labelled birth date is found."""
        assert ["DATE_OF_BIRTH"] == [f.entity_type for f in rules.analyze(text)]


class TestOperationalLines:
    @pytest.mark.parametrize("line", OPERATIONAL_LINES, ids=range(len(OPERATIONAL_LINES)))
    def test_unchanged(self, redactor: ocrshield.Redactor, line: str) -> None:
        """Monitoring data (AppID, interface, result, callID, times, region, fee, volume) stays readable."""
        assert line == redactor.redact_text(line)

    def test_timestamps_and_validity_dates_survive(self, rules: ocrshield.Redactor) -> None:
        """Only birth dates are personal: log timestamps and validity periods are not."""
        line = "2026-11-29T15:32:21.123+08:00 有效期限2010.07.21-2020.07.21 签发日期2010.07.21 expires 2030-01-01"
        assert line == rules.redact_text(line)


class TestTencentPayloads:
    @pytest.mark.parametrize("entry", TENCENT_MANIFEST, ids=lambda e: e["file"])
    def test_structured(self, redactor: ocrshield.Redactor, entry: dict[str, Any]) -> None:
        """Redacting the parsed payload removes every planted value and keeps every operational one."""
        payload = load_json("tencent/" + entry["file"])
        out = json.dumps(redactor.redact(payload), ensure_ascii=False)
        operational = [json.dumps(o, ensure_ascii=False).strip('"') for o in entry["operational"]]
        assert_clean(out, entry["planted"] + entry.get("document", []), operational)

    @pytest.mark.parametrize("entry", TENCENT_MANIFEST, ids=lambda e: e["file"])
    def test_as_logged_string(self, redactor: ocrshield.Redactor, entry: dict[str, Any]) -> None:
        """The same payload logged as a JSON string (the usual case) gives the same result."""
        raw = (FIXTURES / "tencent" / entry["file"]).read_text(encoding="utf-8")
        out = redactor.redact_text(raw)
        parsed = json.loads(out)
        assert redactor.redact(json.loads(raw)) == parsed
        operational = [json.dumps(o, ensure_ascii=False).strip('"') for o in entry["operational"]]
        assert_clean(json.dumps(parsed, ensure_ascii=False), entry["planted"] + entry.get("document", []), operational)

    def test_front_response_field_by_field(self, rules: ocrshield.Redactor) -> None:
        """Each identity field gets its entity placeholder; the crops inside AdvancedInfo become images."""
        out = rules.redact(load_json("tencent/idcard_front_response.json"))["Response"]
        assert {
            "Name": "<PERSON>", "Sex": "<GENDER>", "Nation": "<ETHNICITY>", "Birth": "<DATE_OF_BIRTH>",
            "Address": "<ADDRESS>", "IdNum": "<CN_RESIDENT_ID>",
        } == {k: out[k] for k in ("Name", "Sex", "Nation", "Birth", "Address", "IdNum")}
        advanced = json.loads(out["AdvancedInfo"])
        assert advanced["IdCard"].startswith("<IMAGE:jpeg:") and advanced["Portrait"].startswith("<IMAGE:jpeg:")

    def test_back_side_is_a_document(self, rules: ocrshield.Redactor) -> None:
        """The back side's issuing authority and validity period are the card's content, replaced as in any
        identity document; empty fields stay empty, the RequestId and the quality score stay."""
        out = rules.redact(load_json("tencent/idcard_back_response.json"))["Response"]
        assert ("<DOCUMENT_TEXT>", "<DOCUMENT_TEXT>", "") == (out["Authority"], out["ValidDate"], out["Name"])
        assert (88, "8cb298dd-a717-450a-bdc5-226ef094cd4b") == (
            json.loads(out["AdvancedInfo"])["Quality"], out["RequestId"])

    def test_error_response_is_unchanged(self, redactor: ocrshield.Redactor) -> None:
        """An error response has nothing personal: it comes back as it was."""
        payload = load_json("tencent/idcard_error_response.json")
        assert payload == redactor.redact(payload)

    def test_ascii_escaped_response_stays_ascii(self, rules: ocrshield.Redactor) -> None:
        """A response dumped with `ensure_ascii=True` is written back the same way."""
        raw = (FIXTURES / "tencent" / "idcard_front_response_ascii.json").read_text(encoding="utf-8")
        out = rules.redact_text(raw)
        assert out.isascii()
        assert "<PERSON>" == json.loads(out)["Response"]["Name"]

    def test_request_with_image_and_signed_url(self, rules: ocrshield.Redactor) -> None:
        """ImageBase64 becomes an image placeholder; a presigned COS URL keeps host and path, not the key."""
        req = rules.redact(load_json("tencent/idcard_request_base64.json"))
        assert req["ImageBase64"].startswith("<IMAGE:jpeg:") and req["ImageBase64"].endswith("B>")
        url = rules.redact(load_json("tencent/idcard_request_url.json"))["ImageUrl"]
        assert url.startswith("https://ocr-upload-1250000000.cos.ap-guangzhou.myqcloud.com/idcard/")
        assert "q-signature=<SECRET>" in url and "q-ak=<SECRET>" in url


class TestJsonInStrings:
    def test_json_behind_a_prefix(self, rules: ocrshield.Redactor) -> None:
        """`resp body: {...}` — the JSON is parsed, redacted and written back; the prefix stays."""
        body = json.dumps({"Response": {"Name": "王晓明", "IdNum": VALID_ID, "RequestId": "r-1"}},
                          ensure_ascii=False)
        out = rules.redact_text("resp body: " + body + " (231 ms)")
        assert out.startswith("resp body: {") and out.endswith(" (231 ms)")
        doc = json.loads(out[len("resp body: "):-len(" (231 ms)")])
        assert {"Name": "<PERSON>", "IdNum": "<CN_RESIDENT_ID>", "RequestId": "r-1"} == doc["Response"]

    def test_nested_json_string_in_json(self, rules: ocrshield.Redactor) -> None:
        """JSON in a string in JSON (AdvancedInfo, Config) is walked at every level."""
        inner = json.dumps({"Portrait": "/9j/" + "A" * 400, "Note": "phone 13812345678"})
        out = rules.redact({"AdvancedInfo": inner, "Config": '{"CropPortrait":true}'})
        assert '{"CropPortrait":true}' == out["Config"]
        assert "13812345678" not in out["AdvancedInfo"] and "AAAA" not in out["AdvancedInfo"]

    def test_truncated_json_still_redacts_fields(self, rules: ocrshield.Redactor) -> None:
        """A truncated body that no longer parses is still redacted by its field names."""
        out = rules.redact_text('{"Name": "王晓明", "IdNum": "' + VALID_ID + '", "Addr')
        assert "王晓明" not in out and VALID_ID not in out


class TestStructuredValues:
    def test_sensitive_key_replaces_whatever_it_holds(self, rules: ocrshield.Redactor) -> None:
        """A sensitive key's value is replaced whole, whatever it looks like (numbers too); empty stays."""
        assert {"Name": "<PERSON>", "IdNum": "<CN_RESIDENT_ID>", "Birth": "", "Phone": "<PHONE_NUMBER>"} == (
            rules.redact({"Name": "x", "IdNum": 123, "Birth": "", "Phone": 13812345678}))

    def test_container_under_sensitive_key(self, rules: ocrshield.Redactor) -> None:
        """A sensitive key holding a structure redacts its strings and integers, keeps scores."""
        out = rules.redact({"Name": {"Value": "王晓明", "Confidence": 0.98, "Valid": True}})
        assert {"Name": {"Value": "<PERSON>", "Confidence": 0.98, "Valid": True}} == out

    def test_integers_holding_identifiers(self, rules: ocrshield.Redactor) -> None:
        """An ID or phone logged as an integer is found; ordinary numbers stay numbers."""
        assert {"a": "<PHONE_NUMBER>", "b": 231, "c": 1250000000} == rules.redact(
            {"a": 13812345678, "b": 231, "c": 1250000000})

    def test_bytes_and_tuples(self, rules: ocrshield.Redactor) -> None:
        """bytes become a placeholder with the kind and size; tuples stay tuples."""
        out = rules.redact((b"\xff\xd8\xff\xe0" + bytes(100), "ok"))
        assert ("<IMAGE:jpeg:104B>", "ok") == out

    def test_input_is_not_modified(self, rules: ocrshield.Redactor) -> None:
        """redact returns a copy; the caller's payload is untouched."""
        payload = {"Response": {"Name": "王晓明"}}
        rules.redact(payload)
        assert {"Response": {"Name": "王晓明"}} == payload

    def test_non_identifier_keys_are_redacted(self, rules: ocrshield.Redactor) -> None:
        """A key that is data (an ID number used as a key) is redacted like any text."""
        assert {"<CN_RESIDENT_ID>": 1} == rules.redact({VALID_ID: 1})


class TestMedia:
    def test_data_uri(self, rules: ocrshield.Redactor) -> None:
        """A `data:` URI becomes an image placeholder."""
        out = rules.redact_text("src=data:image/png;base64," + "iVBORw0KGgo" + "A" * 300 + " ok")
        assert "src=<IMAGE:png:233B> ok" == out

    def test_long_generic_base64(self, rules: ocrshield.Redactor) -> None:
        """A long base64 run with no known magic is still binary, never kept."""
        import base64
        import os

        blob = base64.b64encode(os.urandom(600)).decode()
        assert "payload=<BINARY:600B> end" == rules.redact_text(f"payload={blob} end")

    def test_short_hashes_survive(self, rules: ocrshield.Redactor) -> None:
        """Hashes, UUIDs and trace ids are not binaries."""
        line = "sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 trace=4bf92f3577b34da6a3ce929d0e0e4736"
        assert line == rules.redact_text(line)

    def test_url_credentials(self, rules: ocrshield.Redactor) -> None:
        """Signed URLs and userinfo lose their credentials, keep scheme, host and path."""
        out = rules.redact_text(
            "GET https://user:pw@bucket.s3.amazonaws.com/a/b.jpg?X-Amz-Credential=AKIA1/x&X-Amz-Signature=abc123&v=2")
        assert "https://<SECRET>@bucket.s3.amazonaws.com/a/b.jpg?" in out
        assert "X-Amz-Signature=<SECRET>" in out and "v=2" in out and "abc123" not in out


class TestFindings:
    def test_findings_carry_no_text(self, rules: ocrshield.Redactor) -> None:
        """A Finding says what and where, never the value, also in its repr."""
        findings = rules.analyze(f"身份证号{VALID_ID}")
        assert [("CN_RESIDENT_ID", 4, 22)] == [(f.entity_type, f.start, f.end) for f in findings]
        assert VALID_ID not in repr(findings)

    def test_scan_reports_paths(self, rules: ocrshield.Redactor) -> None:
        """scan() locates findings in a structure by path."""
        found = {(f.entity_type, f.path) for f in rules.scan(load_json("tencent/idcard_front_response.json"))}
        assert ("CN_RESIDENT_ID", ("Response", "IdNum")) in found
        assert ("PERSON", ("Response", "Name")) in found

    def test_redacted_output_scans_clean(self, redactor: ocrshield.Redactor) -> None:
        """Placeholders are not findings: redaction is idempotent and its output audits clean."""
        out = redactor.redact(load_json("tencent/idcard_front_response.json"))
        assert [] == redactor.scan(out)
        assert out == redactor.redact(out)

    def test_placeholders_are_stable(self, rules: ocrshield.Redactor) -> None:
        """A placeholder such as `<IMAGE:png:233B>` is not read as a field `IMAGE:` with a value (regression)."""
        once = rules.redact_text("src=data:image/png;base64," + "iVBORw0KGgo" + "A" * 300 + " ok")
        assert once == rules.redact_text(once)
        assert "pic <IMAGE:jpeg:10B> <PERSON:0a1b2c3d4e> <ADDRESS>" == rules.redact_text(
            "pic <IMAGE:jpeg:10B> <PERSON:0a1b2c3d4e> <ADDRESS>")


class TestBoundaries:
    def test_label_value_keeps_the_space_before_the_next_label(self, rules: ocrshield.Redactor) -> None:
        """A value that runs to the next label does not swallow the space before it."""
        assert "住址<ADDRESS> 公民身份号码<CN_RESIDENT_ID>" == rules.redact_text(
            "住址北京市朝阳区建国路88号院 公民身份号码" + VALID_ID)

    def test_phone_in_parentheses_keeps_the_parenthesis(self, rules: ocrshield.Redactor) -> None:
        """An international number inside parentheses does not take the closing one with it."""
        assert "(<EMAIL_ADDRESS>, <PHONE_NUMBER>) asked" == rules.redact_text(
            "(john.smith@example.com, +1 415 555 0132) asked")


class TestReviewRegressions:
    """Leaks and failures found in review; each is pinned here."""

    @pytest.mark.parametrize(
        "value", ["<A:王晓明>", "<S:hunter2>", "***hunter2", "***19900307", "<PERSON:zz>", "<IMAGE:x>"]
    )
    def test_only_real_placeholders_are_exempt(self, rules: ocrshield.Redactor, value: str) -> None:
        """A value shaped like a placeholder is data unless it is exactly what ocrshield writes."""
        out = rules.redact({"Name": value, "IdNum": value})
        assert {"Name": "<PERSON>", "IdNum": "<CN_RESIDENT_ID>"} == out
        assert value not in rules.redact_text(f"Name={value}")

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ('住址["北京市朝阳区建国路88号院3号楼"]', '住址["<ADDRESS>"]'),
            ('Address: ["1 Main St"]', 'Address: ["<ADDRESS>"]'),
            ("IdNum=[110101199003077775]", 'IdNum=["<CN_RESIDENT_ID>"]'),
            ('Phone: ["1381234567"]', 'Phone: ["<PHONE_NUMBER>"]'),
        ],
    )
    def test_label_before_json_applies_to_the_json(
        self, rules: ocrshield.Redactor, text: str, expected: str
    ) -> None:
        """A label right before a JSON value makes all of that value its entity."""
        assert expected == rules.redact_text(text)

    def test_data_in_identifier_like_keys(self, rules: ocrshield.Redactor) -> None:
        """Keys that hold data (a SecretId, a phone or an ID inside an identifier) are redacted."""
        out = rules.redact({"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE": "x", "u_13812345678": 1,
                            "id_110101199003077774": 2, "RequestId": "r"})
        assert {"<SECRET>": "x", "u_<PHONE_NUMBER>": 1, "id_<CN_RESIDENT_ID>": 2, "RequestId": "r"} == out

    def test_keys_under_sensitive_fields(self, rules: ocrshield.Redactor) -> None:
        """Under a sensitive field a data key is that data too; a dropped value leaves no marker behind."""
        assert {"Phone": {"<PHONE_NUMBER>": "<PHONE_NUMBER>"}, "Name": {"Value": "<PERSON>"}} == rules.redact(
            {"Phone": {"13812345678": "mobile"}, "Name": {"Value": "王晓明"}})
        dropping = ocrshield.Redactor(ocrshield.Policy({"DATE_OF_BIRTH": ocrshield.Drop()}), ner_model=None)
        assert {"Birth": {}, "x": 1} == dropping.redact({"Birth": {"d": "1990"}, "x": 1})

    def test_floats_holding_numbers(self, rules: ocrshield.Redactor) -> None:
        """A phone or card number logged as a float is found; scores stay."""
        out = rules.redact({"Phone": 13812345678.0, "x": 13812345678.0, "CardNo": 6222021234567894.0, "s": 0.98})
        assert {"Phone": "<PHONE_NUMBER>", "x": "<PHONE_NUMBER>", "CardNo": "<BANK_CARD>", "s": 0.98} == out

    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("Request from Zoë Müller and Hans Schmidt today", ["Zoë", "Müller", "Schmidt"]),
            ("Customer LeBron James called", ["LeBron", "James"]),
            ("Customer Anna-Maria DeLuca called", ["Anna-Maria", "DeLuca"]),
            ("Mary O’Brien called", ["Mary", "O’Brien"]),
        ],
    )
    def test_ner_names_are_kept_whole(self, redactor: ocrshield.Redactor, text: str, gone: list[str]) -> None:
        """Names the model finds are not trimmed to their ASCII or lower-case parts."""
        assert_clean(redactor.redact_text(text), gone)

    def test_many_json_fragments_in_one_line(self, rules: ocrshield.Redactor) -> None:
        """A thousand small JSON values in a line are walked at one depth, without recursion."""
        out = rules.redact_text("a=[1]" * 1000 + " 姓名王晓明")
        assert "a=[1]" * 1000 + " 姓名<PERSON>" == out

    def test_analyze_anything_fails_closed(self) -> None:
        """`analyze` on a non-string reports an ERROR finding instead of raising."""
        lenient = ocrshield.Redactor(ner_model=None, strict=False)
        with pytest.warns(RuntimeWarning):
            assert ["ERROR"] == [f.entity_type for f in lenient.analyze(None)]  # type: ignore[arg-type]


class TestNerGate:
    """The NER model costs milliseconds: only text with capitalised word pairs reaches it."""

    @pytest.mark.parametrize("line", [
        "AppID=1250000000 Action=IDCardOCR Region=ap-guangzhou RequestId=3c140219-cfe9-470e-b241-907877d6fb03 "
        "Result=Success latency_ms=231",
        "RequestId Result CardSide FRONT",
        "INFO ocr.api IDCardOCR Region ap-guangzhou",
    ])
    def test_closed_for_operational_lines(self, line: str) -> None:
        """Identifiers such as `IDCardOCR Region` or `RequestId Result` do not open it (regression: a
        benchmark's PII-free line once cost 6 ms because they did)."""
        from ocrshield._detect import _NER_GATE

        assert _NER_GATE.search(line) is None

    @pytest.mark.parametrize("text", ["Customer John Smith called", "from Zoë Müller", "Mary O’Brien",
                                      "LeBron James", "Mountain View", "Bank of China"])
    def test_open_for_names_and_places(self, text: str) -> None:
        """Capitalised pairs in any Latin-script alphabet open it."""
        from ocrshield._detect import _NER_GATE

        assert _NER_GATE.search(text) is not None


class TestFastGate:
    @pytest.mark.parametrize("line", [
        "AppID=1250000000 Action=IDCardOCR Region=ap-guangzhou RequestId=3c140219-cfe9-470e-b241-907877d6fb03 "
        "Result=Success latency_ms=231 fee=0.01 calls=1",
        "2026-11-29 15:32:21,123 INFO ocr.api AppID=1250000000 Action=BankCardOCR Result=Success",
    ])
    def test_operational_lines_take_the_fast_path(self, redactor: ocrshield.Redactor, line: str) -> None:
        """A PII-free operational line is decided clean by one scan (regression: a Macau ID anchor once fired
        on every 10-digit AppID and made each such line 10x slower)."""
        state = redactor._get_state()
        assert state.fast_clean is not None and state.fast_clean(line)


class TestTelemetryDumps:
    def test_span_names_in_exported_json_are_not_person_names(self, rules: ocrshield.Redactor) -> None:
        """A span, or a span event, serialised by an exporter keeps its `name` (regression: a re-scan of span
        JSON took every span name for a person's, since `name` is a name field elsewhere)."""
        span = {"name": "IDCardOCR", "context": {"trace_id": "0x1", "span_id": "0x2"}, "kind": "SpanKind.CLIENT",
                "attributes": {"ocr.name": "姓名 王晓明"},
                "events": [{"name": "exception", "timestamp": "2026-11-29T10:00:00Z", "attributes": {}}]}
        out = rules.redact(span)
        assert ("IDCardOCR", "exception") == (out["name"], out["events"][0]["name"])
        assert "姓名 <PERSON>" == out["attributes"]["ocr.name"]

    @pytest.mark.parametrize(
        "record",
        [
            {"name": "ZHANG SAN", "kind": "applicant", "status": "verified"},
            {"name": "Xu Kai", "status": "verified", "timestamp": "2024-03-04T08:12:01Z", "attributes": {}},
            {"name": "王晓明", "events": [], "links": []},
        ],
    )
    def test_records_with_telemetry_like_keys_keep_the_name_rule(
        self, rules: ocrshield.Redactor, record: dict[str, Any]
    ) -> None:
        """Only a real span dump (trace and span ids) frees `name`; a business record with `status` or `kind`
        keys does not (regression: those keys alone counted)."""
        assert "<PERSON>" == rules.redact(record)["name"]


class TestEngineLogging:
    def test_presidio_chatter_stays_out_of_the_application_log(self, tmp_path: Path) -> None:
        """With the root logger at DEBUG, building an engine and redacting write none of Presidio's own records
        (recognizers returned, operations with offsets) into the application's handler."""
        path = tmp_path / "app.log"
        handler = logging.FileHandler(path, encoding="utf-8")
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.DEBUG)
        for name in ("presidio-analyzer", "presidio-anonymizer"):  # as an application at DEBUG leaves them
            engine_logger = logging.getLogger(name)
            engine_logger.setLevel(logging.NOTSET)
            engine_logger.propagate, engine_logger.disabled = True, False
        r = ocrshield.Redactor(strict=True, ner_model=None).warm_up()  # rules only: Presidio logs all the same
        assert "姓名<PERSON> 公民身份号码<CN_RESIDENT_ID>" == r.redact_text(f"姓名王晓明 公民身份号码{VALID_ID}")
        logging.getLogger("presidio-analyzer").debug("outside a redaction: kept")
        handler.close()
        assert "outside a redaction: kept\n" == path.read_text(encoding="utf-8")


class TestCredentialsInText:
    @pytest.mark.parametrize(
        ("line", "secret"),
        [
            # Regression: the `Authorization` field took only the scheme word; the credentials after it stayed.
            ("Authorization: Bearer abcDEF123456ghiJKL789", "abcDEF123456ghiJKL789"),
            ("Authorization: Basic dXNlcjpwYXNzd29yZA==", "dXNlcjpwYXNzd29yZA=="),
            ("curl -H 'Authorization: Token 9f86d081884c7d659a2feaa0c55ad015' https://api", "9f86d081884c7d659a2feaa0c55ad015"),
            ("retrying with bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlX2hlcmU", "eyJhbGciOiJIUzI1NiJ9"),
        ],
    )
    def test_header_credentials_are_gone(self, rules: ocrshield.Redactor, line: str, secret: str) -> None:
        """Whatever the scheme, the credentials of an Authorization header (or a bearer token) are a secret."""
        out = rules.redact_text(line)
        assert secret not in out and "<SECRET>" in out

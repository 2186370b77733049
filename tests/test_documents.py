"""Identity documents denied by default: the vocabulary matcher, recognition, and denial in every vendor shape.

The payloads here are pages of identity documents as general OCR returns them. What a user would check is
asserted: no personal value survives, every printed label and title survives, and the operational structure
(confidences, boxes, RequestIds) stays.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any

import pytest

import ocrshield
from ocrshield._definitions import load_definitions

DOCUMENTS = load_definitions().documents
def _yaml_examples() -> list[tuple[str, list[str], bool]]:
    import yaml

    from ocrshield._definitions import builtin_definition_dir

    data = yaml.safe_load((builtin_definition_dir() / "documents.yaml").read_text(encoding="utf-8"))
    return [
        (doc["id"], lines, expected)
        for doc in data["documents"]
        for expected, key in ((True, "recognised"), (False, "not_recognised"))
        for lines in doc.get("examples", {}).get(key, [])
    ]


RECOGNITION_EXAMPLES = _yaml_examples()

# A Hong Kong identity card read by GeneralBasicOCR: no label for the name, the telex code row, symbols.
HKID_LINES = [
    "香港永久性居民身份證", "HONG KONG PERMANENT IDENTITY CARD", "陳大文", "CHAN, Tai Man", "2129 2429 0005",
    "出生日期 Date of Birth", "01-01-1985", "女 F", "***AZ", "簽發日期 Date of Issue", "15-09-18", "C668668(E)",
]
HKID_VALUES = ["陳大文", "CHAN, Tai Man", "2129 2429 0005", "01-01-1985", "C668668(E)", "***AZ", "15-09-18"]
HKID_PRINTED = ["香港永久性居民身份證", "HONG KONG PERMANENT IDENTITY CARD", "出生日期 Date of Birth",
                "簽發日期 Date of Issue"]
# A Chinese passport's data page, bilingual labels on one line and on two, with its machine-readable zone.
PASSPORT_LINES = [
    "中华人民共和国", "PEOPLE'S REPUBLIC OF CHINA", "护照", "PASSPORT", "类型/Type", "P", "国家码/Country Code",
    "CHN", "护照号/Passport No.", "E12345678", "姓/Surname", "ZHANG", "名", "Given names", "SAN", "性别/Sex",
    "男/M", "出生日期/Date of birth", "07 3月/MAR 1990", "出生地点/Place of birth", "北京/BEIJING",
    "P<CHNZHANG<<SAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "E123456782CHN9003071M3001019<<<<<<<<<<<<<<<0",
]
PASSPORT_VALUES = ["E12345678", "ZHANG", "SAN", "男/M", "07 3月/MAR 1990", "北京/BEIJING", "P<CHNZHANG",
                   "E123456782CHN9003071M3001019"]
PASSPORT_PRINTED = ["中华人民共和国", "PEOPLE'S REPUBLIC OF CHINA", "类型/Type", "国家码/Country Code",
                    "护照号/Passport No.", "姓/Surname", "Given names", "性别/Sex", "出生日期/Date of birth",
                    "出生地点/Place of birth"]


def _leaked(out: str, values: list[str]) -> list[str]:
    """Values that survive in `out` (Latin ones as whole words)."""
    found = []
    for v in values:
        if v.isascii() and re.fullmatch(r"[A-Za-z]+", v):
            if re.search(rf"(?<![A-Za-z0-9]){re.escape(v)}(?![A-Za-z0-9])", out):
                found.append(v)
        elif v in out:
            found.append(v)
    return found


def _shapes(lines: list[str]) -> dict[str, Any]:
    """The same page in every vendor shape ocrshield knows by data."""
    box = [[10, 10], [200, 10], [200, 40], [10, 40]]
    return {
        "tencent": {"Response": {"TextDetections": [
            {"DetectedText": t, "Confidence": 97, "Polygon": [{"X": 10, "Y": 30 * i}], "AdvancedInfo": "{\"Parag\":{}}"}
            for i, t in enumerate(lines)], "Language": "zh", "Angel": 0.2, "RequestId": "r-doc-1"}},
        "paddleocr": [[[box, (t, 0.97)] for t in lines]],
        "paddlex": {"input_path": "/data/page.jpg", "rec_texts": lines, "rec_scores": [0.97] * len(lines),
                    "rec_polys": [box] * len(lines)},
        "textract": {"DocumentMetadata": {"Pages": 1}, "Blocks": [
            {"BlockType": "LINE", "Confidence": 99.1, "Text": t,
             "Id": f"0f0e8d2c-1111-4b5c-9a31-{i:012d}"} for i, t in enumerate(lines)]
            + [{"BlockType": "WORD", "Confidence": 98.0, "Text": w, "Id": f"1f0e8d2c-1111-4b5c-9a31-{i:012d}"}
               for i, w in enumerate(" ".join(lines).split())]},
        "azure": {"status": "succeeded", "analyzeResult": {"apiVersion": "2024-11-30", "modelId": "prebuilt-read",
                                                           "content": "\n".join(lines), "pages": [{
                                                               "pageNumber": 1,
                                                               "lines": [{"content": t, "polygon": [1, 2, 3, 4]}
                                                                         for t in lines],
                                                               "words": [{"content": w, "confidence": 0.99}
                                                                         for w in " ".join(lines).split()]}]}},
        "docai": {"document": {"mimeType": "image/jpeg", "text": "\n".join(lines) + "\n", "pages": [
            {"pageNumber": 1, "dimension": {"width": 1280, "height": 800}}]}},
        "baidu": {"log_id": 1719854637410023000, "words_result_num": len(lines),
                  "words_result": [{"words": t, "location": {"left": 1, "top": 2}} for t in lines]},
        "text": "\n".join(lines),
    }


class TestVocabulary:
    @pytest.mark.parametrize(
        ("line", "printed"),
        [
            ("姓 名 王晓明", ["姓 名"]),  # the card prints its labels letter-spaced
            ("公民身份号码１１０１０５１９９００３０７１２３９", ["公民身份号码"]),
            ("Date 0f Birth 24-12-1970", ["Date 0f Birth"]),  # 0 for o
            ("5urname/Nom (1)", ["5urname", "Nom", "(1)"]),  # a misread letter, a field reference number
            ("Narne ZHANG", ["Narne"]),  # rn for m
            ("有效朋限 2010.07.21", ["有效朋限"]),  # a misread CJK character in a label of four
            ("联系客服", []),  # not in one of three: `联系人` is one character away
            ("姓/Surname", ["姓", "Surname"]),  # one CJK character standing alone
            ("第 1 页 共 2 页", ["第 1 页 共 2 页"]),
            ("中国工商银行 ICBC", ["中国工商银行", "ICBC"]),
        ],
    )
    def test_printed_text_is_found(self, line: str, printed: list[str]) -> None:
        """Labels are found however OCR spelt them; what they found is the line's printed text."""
        found = [line[a:b] for a, b, term in DOCUMENTS.split(line, misread=True) if term is not None]
        assert printed == found

    @pytest.mark.parametrize("value", ["王月华", "汉族", "HONG KONG", "CHINESE", "USA", "BRITISH CITIZEN", "男/M"])
    def test_values_are_not_vocabulary(self, value: str) -> None:
        """A name with a character that is also a label's (`月`), a two-character value one character away from a
        label (`汉族`/`民族`), a place that is part of a title (`HONG KONG`), a nationality: none is printed."""
        assert [] == [value[a:b] for a, b, t in DOCUMENTS.split(value, misread=True) if t is not None]

    def test_a_title_broken_over_lines_is_printed(self) -> None:
        """Three words or more of a title are printed text; two are not (a place of birth is two)."""
        assert DOCUMENTS.is_vocabulary("HONG KONG SPECIAL ADMINISTRATIVE REGION OF THE")
        assert not DOCUMENTS.is_vocabulary("HONG KONG")


class TestRecognition:
    @pytest.mark.parametrize(("doc", "lines", "expected"), RECOGNITION_EXAMPLES,
                             ids=[f"{e[0]}-{'yes' if e[2] else 'no'}" for e in RECOGNITION_EXAMPLES])
    def test_shipped_examples(self, doc: str, lines: list[str], expected: bool) -> None:
        """Each `examples` page of documents.yaml is (or is not) recognised as a document."""
        assert expected == DOCUMENTS.recognise_lines(lines, anywhere=True)[0]

    @pytest.mark.parametrize(
        "lines",
        [
            ["HONG KONG PERMANENT IDENTITY CARD", "陳大文"],  # a title line
            ["ERIKSSON<<ANNA<MARIA<<<<<<<<<<", "something"] * 1 + ["I<UTOD231458907<<<<<<<<<<<<<<<"],  # an MRZ
            ["6222 0212 3456 7894", "VALID THRU 12/30"],  # a valid card number beside a printed line
            ["姓名 王晓明", "住址 北京市朝阳区建国路88号"],  # two labelled fields
        ],
    )
    def test_evidence(self, lines: list[str]) -> None:
        """A title, a machine-readable zone, an identifier beside printed text, or two labelled fields."""
        assert DOCUMENTS.recognise_lines(lines)[0]

    @pytest.mark.parametrize(
        "lines",
        [
            ["Action=IDCardOCR RequestId=r-1 Result=Success", "latency_ms=231 fee=0.01"],
            ["身份证识别接口调用量超过阈值", "RequestId=54931097-c44f-43d7-8b6d-edc40b9b1840"],
            ["6222 0212 3456 7894", "refund accepted"],  # a number alone is not a card: it needs printed text
            ["姓名 王晓明", "处理完成"],  # one labelled field
        ],
    )
    def test_no_evidence(self, lines: list[str]) -> None:
        """Operational lines, a lone number, a single label: no document."""
        assert not DOCUMENTS.recognise_lines(lines)[0]

    def test_an_action_lowers_the_bar(self) -> None:
        """One label is enough when the record names an API action that reads documents."""
        lines = ["姓名 王晓明", "处理完成"]
        assert DOCUMENTS.recognise_lines(lines, action=lambda: True)[0]
        assert DOCUMENTS.names_action("POST /?Action=HKIDCardOCR") and not DOCUMENTS.names_action("GeneralBasicOCR")


class TestDeniedInEveryShape:
    @pytest.mark.parametrize("shape", list(_shapes([])))
    @pytest.mark.parametrize(("lines", "values", "printed"),
                             [(HKID_LINES, HKID_VALUES, HKID_PRINTED),
                              (PASSPORT_LINES, PASSPORT_VALUES, PASSPORT_PRINTED)],
                             ids=["hk-id-card", "cn-passport"])
    def test_values_gone_vocabulary_kept(
        self, rules: ocrshield.Redactor, shape: str, lines: list[str], values: list[str], printed: list[str]
    ) -> None:
        """In every shape: no value of the page survives, every printed label and title does."""
        payload = _shapes(lines)[shape]
        out = rules.redact(payload)
        text = out if isinstance(out, str) else json.dumps(out, ensure_ascii=False)
        assert [] == _leaked(text, values)
        assert [] == [p for p in printed if p not in text]

    def test_structure_survives(self, rules: ocrshield.Redactor) -> None:
        """Confidences, boxes, angles, the RequestId and JSON in a detection stay as they were."""
        out = rules.redact(_shapes(HKID_LINES)["tencent"])["Response"]
        first = out["TextDetections"][0]
        assert (97, [{"X": 10, "Y": 0}], "{\"Parag\":{}}") == (first["Confidence"], first["Polygon"],
                                                              first["AdvancedInfo"])
        assert (0.2, "r-doc-1") == (out["Angel"], out["RequestId"])

    def test_values_take_their_labels_entity(self, rules: ocrshield.Redactor) -> None:
        """A value after a label is that label's entity; one with no label is DOCUMENT_TEXT."""
        out = rules.redact(PASSPORT_LINES)
        assert {"护照号/Passport No.": "<PASSPORT>", "姓/Surname": "<PERSON>", "Given names": "<PERSON>",
                "出生日期/Date of birth": "<DATE_OF_BIRTH>", "类型/Type": "<DOCUMENT_TEXT>"} == {
            out[i]: out[i + 1] for i in (8, 10, 13, 17, 4)}
        assert ["<MRZ>", "<MRZ>"] == out[-2:]

    def test_a_layout_nobody_described(self, rules: ocrshield.Redactor) -> None:
        """Lines shuffled, labels dropped, a value split over two lines, noise: nothing but vocabulary survives."""
        lines = ["签发日期 Date of Issue", "2129 2429", "0005", "HONG KONG IDENTITY CARD", "CHAN, Tai", "Man",
                 "仅供办理开户业务使用", "1985-01-01 女", "C668668(E)"]
        out = rules.redact(lines)
        assert ["签发日期 Date of Issue", "HONG KONG IDENTITY CARD"] == [o for o in out if "<" not in o]

    def test_scan_names_the_findings_not_the_values(self, rules: ocrshield.Redactor) -> None:
        """scan() reports each replaced value by entity and path, never the value."""
        findings = rules.scan(_shapes(HKID_LINES)["tencent"])
        assert {"DOCUMENT_TEXT", "DATE_OF_BIRTH"} <= {f.entity_type for f in findings}
        assert [] == [f for f in findings if any(v in repr(f) for v in HKID_VALUES)]

    def test_idempotent(self, rules: ocrshield.Redactor) -> None:
        """Redacting the output again changes nothing: placeholders are neither vocabulary nor values."""
        for shape, payload in _shapes(PASSPORT_LINES).items():
            once = rules.redact(payload)
            assert once == rules.redact(once), shape


class TestStructuredDocuments:
    def test_unknown_fields_of_a_document_result(self, rules: ocrshield.Redactor) -> None:
        """A result with three identity fields is a document: its other values are replaced too, whatever the
        vendor named them; operational keys and numbers stay."""
        result = {"xingming": "王晓明", "Name": "王晓明", "Birth": "1990-03-07", "Address": "北京市朝阳区建国路88号",
                  "IdNum": "110105199003071239", "zhengjianhao": "1234567(8)", "Quality": 88, "RequestId": "r-9",
                  "Error": {"Code": "OK", "Message": "成功"}}
        out = rules.redact(result)
        assert [] == [v for v in ("王晓明", "1234567(8)", "1990-03-07") if v in json.dumps(out, ensure_ascii=False)]
        assert (88, "r-9", {"Code": "OK", "Message": "成功"}) == (out["Quality"], out["RequestId"], out["Error"])

    def test_a_title_value_marks_a_document(self, rules: ocrshield.Redactor) -> None:
        """MainlandPermitOCR's `Type` is the permit's title: the title stays, the generic `Number` goes (as the
        permit where its shape is the permit's, else as document text)."""
        out = rules.redact({"Number": "1234567(8)", "Type": "港澳居民来往内地通行证", "IssueAddress": "广东",
                            "RequestId": "r-3"})
        assert {"Number": "<DOCUMENT_TEXT>", "Type": "港澳居民来往内地通行证", "IssueAddress": "<DOCUMENT_TEXT>",
                "RequestId": "r-3"} == out
        out = rules.redact({"Number": "H12345678", "Type": "港澳居民来往内地通行证"})
        assert {"Number": "<CN_TRAVEL_PERMIT>", "Type": "港澳居民来往内地通行证"} == out

    def test_key_value_pairs_of_a_document(self, rules: ocrshield.Redactor) -> None:
        """SmartStructuralOCR pairs whose labels are a document's: every value goes, operational pairs stay."""
        pairs = [{"Key": {"AutoName": k}, "Value": {"AutoContent": v}}
                 for k, v in (("姓名", "欧阳娜娜"), ("证件号码", "1234567(8)"), ("签发机关", "公安部出入境管理局"),
                              ("RequestId", "r-77"))]
        out = rules.redact(pairs)
        assert ["<PERSON>", "<CN_RESIDENT_ID>", "<DOCUMENT_TEXT>", "r-77"] == [p["Value"]["AutoContent"] for p in out]

    def test_pairs_in_a_shape_nobody_described(self, rules: ocrshield.Redactor) -> None:
        """An in-house result as a list of `{k, t, v, p}`: the key whose values are printed labels is the label
        column, so the list is a document; labels stay, every value goes, scores and the request id stay."""
        fields = [{"k": f"f0{i}", "t": t, "v": v, "p": 0.7} for i, (t, v) in enumerate(
            (("持证人", "王强华"), ("签发", "临泉县公安局"), ("生日", "1973年1月12日"), ("常住地", "安徽省阜阳市临泉县大营镇"),
             ("证件号", "341221197301125071")))]
        out = rules.redact({"req": "807b042a", "elapsed_ms": 575, "fields": fields})
        text = json.dumps(out, ensure_ascii=False)
        assert [] == [f["v"] for f in fields if f["v"] in text]
        assert ["持证人", "签发", "生日", "常住地", "证件号"] == [f["t"] for f in out["fields"]]
        assert ("807b042a", 575, [0.7] * 5) == (out["req"], out["elapsed_ms"], [f["p"] for f in out["fields"]])

    def test_a_user_record_is_no_document(self, rules: ocrshield.Redactor) -> None:
        """A record with a name and an address (two identity fields) keeps its operational strings."""
        out = rules.redact({"Name": "王晓明", "Address": "北京市朝阳区建国路88号", "Status": "active", "Plan": "pro"})
        assert {"Name": "<PERSON>", "Address": "<ADDRESS>", "Status": "active", "Plan": "pro"} == out


class TestPinyinFieldNames:
    def test_a_labels_reading_names_its_field(self, rules: ocrshield.Redactor) -> None:
        """A key that spells a Chinese label in pinyin, whole or by initials of three or more, is that label's
        field, in any key style."""
        out = rules.redact({"xingming": "Ma Yahua", "csrq": "19570918", "biz_seq": "b-77"})
        assert {"xingming": "<PERSON>", "csrq": "<DATE_OF_BIRTH>", "biz_seq": "b-77"} == out
        out = rules.redact({"chu_sheng_ri_qi": "1990年3月7日", "Xing_Bie": "F"})
        assert {"chu_sheng_ri_qi": "<DATE_OF_BIRTH>", "Xing_Bie": "<GENDER>"} == out

    def test_two_letter_initials_only_make_a_document(self, rules: ocrshield.Redactor) -> None:
        """`xm`, `xb`, `mz`, `zz` are shared by too many words to name a field alone; together they are an identity
        document's fields, and every value that is not operational goes."""
        assert {"xm": "proj-12", "zt": "ok"} == rules.redact({"xm": "proj-12", "zt": "ok"})
        out = rules.redact({"xm": "马雅华", "xb": "女", "mz": "彝", "zz": "四川省凉山州西昌市胜利路3号",
                            "request_id": "r-5", "Confidence": 97})
        assert ("r-5", 97) == (out["request_id"], out["Confidence"])
        assert [] == [v for k, v in out.items() if k in ("xm", "xb", "mz", "zz") and not v.startswith("<")]


class TestShortLabels:
    def test_running_text_is_no_abbreviation(self) -> None:
        """`in` is not the driving licence's `LN` misread, nor `no` the Macao card's `No`: a label of three letters
        or fewer is one only as printed and not in prose's lower case."""
        assert [] == [t for _, _, t in DOCUMENTS.split('  File "app.py", line 3, in check no end') if t is not None]
        assert ["LN", "DOB"] == [t.text for _, _, t in DOCUMENTS.split("LN SMITH DOB 01/02/1980") if t is not None]

    def test_a_traceback_quoting_an_id_number_is_no_document(self, rules: ocrshield.Redactor) -> None:
        """A traceback keeps its frames and message; only the number goes."""
        text = ('Traceback (most recent call last):\n  File "kyc.py", line 3, in check\n'
                '    raise ValueError("ID number 110105199003071239")\n'
                "ValueError: ID number 110105199003071239 failed the liveness check")
        assert text.replace("110105199003071239", "<CN_RESIDENT_ID>") == rules.redact_text(text)


class TestPagesInOneLogLine:
    """A page of OCR text logged as one line: its fields parted by runs of spaces or ` / `, or its lines by the `\\n`
    escapes of a quoted string. The log line's own head stays; the page's values go."""

    def test_fields_parted_by_spaces(self, rules: ocrshield.Redactor) -> None:
        head = "2025-01-26 10:00:01 INFO kyc.ocr - OCR text: "
        page = "姓名  王晓明  性别  男  民族  汉  出生  1990年3月7日  住址  北京市朝阳区建国路88号  公民身份号码  110105199003071239"
        out = rules.redact_text(head + page)
        assert out.startswith(head)
        assert [] == [v for v in ("王晓明", "1990年3月7日", "建国路88号", "110105199003071239") if v in out]
        assert ["姓名", "性别", "民族", "出生", "住址", "公民身份号码"] == [w for w in out[len(head):].split() if not w.startswith("<")]

    def test_fields_parted_by_slashes(self, rules: ocrshield.Redactor) -> None:
        line = "OCR text: Surname / CHEUNG / Given names / WING LING / Date of birth / 24 DEC 1970 / Passport No. / K43697831"
        out = rules.redact_text(line)
        assert [] == [v for v in ("CHEUNG", "WING LING", "24 DEC 1970", "K43697831") if v in out]
        assert "OCR text: Surname / <PERSON> / Given names / <PERSON> / Date of birth /" in out

    def test_lines_as_escapes_of_a_quoted_page(self, rules: ocrshield.Redactor) -> None:
        head = '2025-01-26 INFO ocr resp text="'
        page = "中华人民共和国\\n居民身份证\\n姓名 王晓明\\n性别 男 民族 汉\\n出生 1990年3月7日\\n住址 北京市朝阳区建国路88号"
        out = rules.redact_text(head + page + '"')
        assert out.startswith(head + "中华人民共和国\\n居民身份证\\n姓名 ")
        assert [] == [v for v in ("王晓明", "1990年3月7日", "建国路88号") if v in out]

    def test_operational_lines_with_wide_spacing_are_untouched(self, rules: ocrshield.Redactor) -> None:
        """Log lines are full of runs of spaces and slashes; without an identity document's words they are text."""
        lines = ["2025-01-26 10:00:01 INFO  worker-3  job done  took 183ms  queue=ocr-high  status=ok",
                 "GET /v1/ocr/idcard  200  183ms  region=ap-guangzhou  /  appid=1250000000",
                 "retry 2 / 5 after timeout\\nnext attempt in 200ms"]
        assert lines == [rules.redact_text(line) for line in lines]


class TestFieldNamesAsWords:
    """Field names read as words, abbreviations written out (`brth_dt`, `gndr_cd`, `home_addr_txt`)."""

    @pytest.mark.parametrize(
        ("key", "entity"),
        [("cust_brth_dt", "DATE_OF_BIRTH"), ("gndr_cd", "GENDER"), ("home_addr_txt", "ADDRESS"),
         ("applicantNameEn", "PERSON"), ("nationality_code", "NATIONALITY"), ("holder_zh", "PERSON"),
         ("portrait_img_base64", "IMAGE"), ("contact_mob", "PHONE_NUMBER")],
    )
    def test_personal_fields(self, rules: ocrshield.Redactor, key: str, entity: str) -> None:
        assert rules._get_state().field_entity(key) == entity

    @pytest.mark.parametrize(
        "key", ["svc_nm", "fld_nm", "AutoName", "FileName", "ip_address", "bank_name", "model_name", "req_seq",
                "idn_typ_cd", "DetectedText", "display_name"],
    )
    def test_names_of_things_of_a_system_are_not(self, rules: ocrshield.Redactor, key: str) -> None:
        """A one-word field name (`name`, `address`) at the end of a longer key is a person's only after a word
        of a person: the name of a service, a field, a file or a model is no one's."""
        assert rules._get_state().field_entity(key) is None

    def test_in_a_payload(self, rules: ocrshield.Redactor) -> None:
        payload = {"svc_nm": "kyc-gw", "cust_legal_nm": "Farida Osei", "cust_brth_dt": "12 FEB 1991", "elapsed_ms": 31}
        assert {"svc_nm": "kyc-gw", "cust_legal_nm": "<PERSON>", "cust_brth_dt": "<DATE_OF_BIRTH>",
                "elapsed_ms": 31} == rules.redact(payload)


class TestFieldPairsInLogLines:
    """`key=value` pairs of logfmt lines and query strings whose key is a field name lose their value whole."""

    def test_logfmt(self, rules: ocrshield.Redactor) -> None:
        line = ('ts=2025-02-01T10:00:00Z level=info msg="card read" trace=9f2c applicant_name_en="OSEI, Farida Ama" '
                "dob_txt=12.02.1991 latency_ms=88")
        out = rules.redact_text(line)
        assert ('ts=2025-02-01T10:00:00Z level=info msg="card read" trace=9f2c applicant_name_en="<PERSON>" '
                "dob_txt=<DATE_OF_BIRTH> latency_ms=88") == out

    def test_query_string_values_however_encoded(self, rules: ocrshield.Redactor) -> None:
        line = "POST /v3/verify?holder=OSEI%20FARIDA&holder_zh=%E7%8E%8B%E8%8A%B3&appid=1300000001 HTTP/1.1 200"
        assert "POST /v3/verify?holder=<PERSON>&holder_zh=<PERSON>&appid=1300000001 HTTP/1.1 200" == rules.redact_text(line)

    def test_operational_pairs_stay(self, rules: ocrshield.Redactor) -> None:
        line = "AppID=1250000000 Action=IDCardOCR Result=Success svc_nm=ocr-gw file_name=a.jpg RequestId=r-1"
        assert line == rules.redact_text(line)


class TestPersonRecords:
    """A mapping in which two kinds of personal values were replaced whole is a person's record: the rest of what
    it holds is that person's too, whatever its keys are called; the system's values stay."""

    def test_unknown_keys_beside_a_name_and_an_id_number(self, rules: ocrshield.Redactor) -> None:
        payload = {
            "trace": "b1c0ffee-0000-4000-8000-000000000001", "status": "ok", "chan": "MOBILE",
            "party": {"holder_name": "王芳", "reach": "13800138000", "x_natl": "CHN", "x_born_in": "河北",
                      "x_sx": "F", "x_cls": "retail", "score": 0.93, "updated": "2025-02-01T10:00:00Z"},
        }
        out = rules.redact(payload)
        party = out["party"]
        assert [] == [v for k, v in party.items() if k in ("holder_name", "reach", "x_natl", "x_born_in", "x_sx")
                      and not str(v).startswith("<")]
        assert ("retail", 0.93, "2025-02-01T10:00:00Z") == (party["x_cls"], party["score"], party["updated"])
        assert ("b1c0ffee-0000-4000-8000-000000000001", "ok", "MOBILE") == (out["trace"], out["status"], out["chan"])

    def test_a_list_of_field_items(self, rules: ocrshield.Redactor) -> None:
        """Items of `{name, value}` in no described shape: the values beside found ones go; names stay."""
        items = [{"attr": "holder_name", "val": "王芳"}, {"attr": "ident", "val": "110105199003071239"},
                 {"attr": "birth_place_txt", "val": "河北省"}, {"attr": "natl", "val": "CHN"}]
        out = rules.redact({"req": "r-9", "fields": items})
        assert ["holder_name", "ident", "birth_place_txt", "natl"] == [i["attr"] for i in out["fields"]]
        assert [] == [i["val"] for i in out["fields"] if not i["val"].startswith("<")]
        assert "r-9" == out["req"]

    def test_one_kind_is_not_enough(self, rules: ocrshield.Redactor) -> None:
        """A user record with only a phone number keeps its other values."""
        payload = {"user": {"phone": "13800138000", "plan": "PRO", "city": "Shenzhen"}}
        assert {"user": {"phone": "<PHONE_NUMBER>", "plan": "PRO", "city": "Shenzhen"}} == rules.redact(payload)

    def test_only_the_innermost_record(self, rules: ocrshield.Redactor) -> None:
        """The log record around a person's record keeps its own fields."""
        payload = {"msg": "KYC 完成", "channel": "BRANCH",
                   "person": {"name": "王芳", "mobile": "13800138000", "tier": "GOLD"}}
        out = rules.redact(payload)
        assert ("KYC 完成", "BRANCH") == (out["msg"], out["channel"])
        assert "<" in out["person"]["tier"]


class TestValuesAreNotVocabulary:
    def test_a_states_name_as_nationality(self, rules: ocrshield.Redactor) -> None:
        """A Korean passport prints its state's name as the nationality: it is the holder's, not the page's title."""
        lines = ["대한민국 REPUBLIC OF KOREA", "여권 PASSPORT", "성/Surname", "KIM", "이름/Given names", "MINJI",
                 "국적/Nationality", "REPUBLIC OF KOREA", "생년월일/Date of birth", "12 MAR 1990"]
        out = rules.redact({"TextDetections": [{"DetectedText": t} for t in lines]})
        texts = [d["DetectedText"] for d in out["TextDetections"]]
        assert [] == [t for t in texts if t in ("KIM", "MINJI", "REPUBLIC OF KOREA", "12 MAR 1990")]
        assert ["여권 PASSPORT", "성/Surname", "이름/Given names", "국적/Nationality", "생년월일/Date of birth"] == [
            t for t in texts if t in lines
        ]

    def test_a_malay_label_that_is_also_a_value(self, rules: ocrshield.Redactor) -> None:
        """`WARGANEGARA` ("citizen") is printed as a MyKad's value; only `Warganegara/Nationality` is a label."""
        lines = ["PASPORT/PASSPORT", "Nama/Name", "SITI AMINAH", "Warganegara/Nationality", "WARGANEGARA",
                 "Tarikh lahir/Date of birth", "01 JAN 1990"]
        out = rules.redact({"TextDetections": [{"DetectedText": t} for t in lines]})
        assert [] == [t for t in (d["DetectedText"] for d in out["TextDetections"]) if t in ("SITI AMINAH", "WARGANEGARA")]


class TestNamedValues:
    def test_a_field_name_as_a_label(self, rules: ocrshield.Redactor) -> None:
        """`{"fld_nm": "holder_full_nm", "fld_val": …}`: a label that is a field name names its value's entity."""
        items = [{"fld_nm": "holder_full_nm", "fld_val": "KIMBERLY REYES", "conf": 0.93},
                 {"fld_nm": "req_seq", "fld_val": "ABC-1", "conf": 0.9}]
        assert [{"fld_nm": "holder_full_nm", "fld_val": "<PERSON>", "conf": 0.93},
                {"fld_nm": "req_seq", "fld_val": "ABC-1", "conf": 0.9}] == rules.redact(items)

    def test_a_placeholder_is_no_field_name(self, rules: ocrshield.Redactor) -> None:
        """Redacting again changes nothing: `<CN_RESIDENT_ID>` is not the label of the value beside it."""
        assert {"": ":", "IDNUM": "<CN_RESIDENT_ID>"} == rules.redact({"": ":", "IDNUM": "<CN_RESIDENT_ID>"})

    def test_a_validation_error_keeps_its_message(self, rules: ocrshield.Redactor) -> None:
        assert {"field": "email", "error": "Invalid Format"} == rules.redact({"field": "email", "error": "Invalid Format"})

    def test_weak_pinyin_keys_beside_a_field_in_a_query_string(self, rules: ocrshield.Redactor) -> None:
        line = "GET /v2/verify?sfzh=110105199003071239&xm=%E7%94%B0%E9%9B%AA&appid=1 HTTP/1.1"
        assert "GET /v2/verify?sfzh=<CN_RESIDENT_ID>&xm=<PERSON>&appid=1 HTTP/1.1" == rules.redact_text(line)
        assert "GET /list?xm=proj-12&zt=ok HTTP/1.1" == rules.redact_text("GET /list?xm=proj-12&zt=ok HTTP/1.1")


class TestBilingualPairLabels:
    def test_a_label_beside_a_script_the_vocabulary_lacks(self, rules: ocrshield.Redactor) -> None:
        """SmartStructuralOCR's pairs of an Indian passport: `जन्म तिथि Date of Birth` names its value's entity by
        its English half; `Date of Birth check` is no label (its other words are Latin)."""
        def line(key: str, value: str) -> dict[str, Any]:
            return {"Lines": [{"Key": {"AutoName": key, "ConfigName": ""}, "Value": {"AutoContent": value}}]}

        groups = [line("उपनाम Surname", "BASU"), line("जन्म तिथि Date of Birth", "12/03/1990"),
                  line("Date of Birth check", "passed")]
        out = rules.redact({"Response": {"StructuralList": [{"Groups": groups}], "RequestId": "r-1"}})
        values = [g["Lines"][0]["Value"]["AutoContent"] for g in out["Response"]["StructuralList"][0]["Groups"]]
        assert ["<PERSON>", "<DATE_OF_BIRTH>", "passed"] == values


class TestThroughLogging:
    def test_general_ocr_response_logged_as_json(self, tmp_path: Path) -> None:
        """The usual case: a service logs GeneralBasicOCR's response body; the stored line has no value of the
        page, every label, and the RequestId."""
        path = tmp_path / "ocr.log"
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.addFilter(ocrshield.RedactingFilter())
        logger = logging.getLogger("app.documents")
        logger.setLevel(logging.INFO)
        logger.addHandler(handler)
        logger.info("GeneralBasicOCR resp body: %s", json.dumps(_shapes(HKID_LINES)["tencent"], ensure_ascii=False))
        handler.close()
        stored = path.read_text(encoding="utf-8")
        assert [] == _leaked(stored, HKID_VALUES)
        assert [] == [p for p in [*HKID_PRINTED, "r-doc-1"] if p not in stored]

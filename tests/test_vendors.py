"""OCR vendors' payload shapes through the real logging path: key/value pairs and label-then-value runs are
handled by one mechanism, not per vendor."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

import ocrshield
from conftest import assert_clean

NAME, NAME2, ID = "王晓明", "欧阳娜娜", "110105199003071239"
ADDRESS_1, ADDRESS_2 = "北京市朝阳区建国路", "88号院3号楼2单元501室"
BOX = [[10, 10], [120, 10], [120, 40], [10, 40]]

TENCENT_GENERAL = {"Response": {"TextDetections": [
    {"DetectedText": "姓名", "Confidence": 99, "ItemPolygon": {"X": 10, "Y": 10, "Width": 40, "Height": 20}},
    {"DetectedText": NAME, "Confidence": 98, "ItemPolygon": {"X": 60, "Y": 10, "Width": 60, "Height": 20}},
    {"DetectedText": f"住址{ADDRESS_1}", "Confidence": 99},
    {"DetectedText": ADDRESS_2, "Confidence": 97},
    {"DetectedText": "公民身份号码", "Confidence": 99},
    {"DetectedText": ID, "Confidence": 99},
    {"DetectedText": "签发机关", "Confidence": 99},
    {"DetectedText": "北京市公安局朝阳分局", "Confidence": 99},
    {"DetectedText": "有效期限", "Confidence": 99},
    {"DetectedText": "2010.07.21-2020.07.21", "Confidence": 99},
], "Language": "zh", "Angle": 0.0, "RequestId": "6b5d0a8b-7f2e-4c4a-9c36-0e4b1c2f9a11"}}

TENCENT_SMART_STRUCTURAL = {"Response": {"StructuralList": [{"Groups": [{"Lines": [
    {"Key": {"AutoName": "姓名"}, "Value": {"AutoContent": NAME2, "Coord": {"LeftTop": {"X": 1, "Y": 2}}}},
    {"Key": {"AutoName": "公民身份号码"}, "Value": {"AutoContent": ID}},
    {"Key": {"AutoName": "签发机关"}, "Value": {"AutoContent": "北京市公安局朝阳分局"}},
]}]}], "RequestId": "0b6e4c53-1f0e-4a55-b9a0-27a3c7a1d3aa"}}

TEXTRACT_ANALYZE_ID = {"IdentityDocuments": [{"DocumentIndex": 1, "IdentityDocumentFields": [
    {"Type": {"Text": "FIRST_NAME"}, "ValueDetection": {"Text": "JOHN", "Confidence": 98.7}},
    {"Type": {"Text": "LAST_NAME"}, "ValueDetection": {"Text": "SMITH", "Confidence": 98.9}},
    {"Type": {"Text": "DATE_OF_BIRTH"}, "ValueDetection": {
        "Text": "01/02/1980", "NormalizedValue": {"Value": "1980-01-02T00:00:00", "ValueType": "Date"}}},
    {"Type": {"Text": "DOCUMENT_NUMBER"}, "ValueDetection": {"Text": "X1234567", "Confidence": 99.1}},
    {"Type": {"Text": "EXPIRATION_DATE"}, "ValueDetection": {"Text": "01/01/2030", "Confidence": 99.0}},
    {"Type": {"Text": "ADDRESS"}, "ValueDetection": {"Text": "123 MAIN ST ANYTOWN CA 94043"}},
]}], "DocumentMetadata": {"Pages": 1}, "AnalyzeIDModelVersion": "1.0"}

AZURE_ID_DOCUMENT = {"status": "succeeded", "analyzeResult": {
    "apiVersion": "2024-11-30", "modelId": "prebuilt-idDocument",
    "content": "DRIVER LICENSE\nJOHN SMITH\nDOB 01/02/1980",
    "pages": [{"pageNumber": 1, "lines": [
        {"content": "DRIVER LICENSE", "polygon": [1, 2, 3, 4]},
        {"content": "Name", "polygon": [1, 2, 3, 4]},
        {"content": "JOHN SMITH", "polygon": [1, 2, 3, 4]},
    ]}],
    "documents": [{"docType": "idDocument.driverLicense", "confidence": 0.99, "fields": {
        "FirstName": {"type": "string", "valueString": "JOHN", "content": "JOHN", "confidence": 0.99},
        "LastName": {"type": "string", "valueString": "SMITH", "content": "SMITH", "confidence": 0.99},
        "DocumentNumber": {"type": "string", "valueString": "X1234567", "content": "X1234567"},
        "DateOfBirth": {"type": "date", "valueDate": "1980-01-02", "content": "01/02/1980"},
        "DateOfExpiration": {"type": "date", "valueDate": "2030-01-01", "content": "01/01/2030"},
        "Region": {"type": "string", "valueString": "California", "content": "CA"},
    }}],
}}

GOOGLE_DOCUMENT_AI = {"document": {"text": "...", "entities": [
    {"type": "Family Name", "mentionText": "SMITH", "confidence": 0.98},
    {"type": "Given Names", "mentionText": "JOHN", "confidence": 0.97},
    {"type": "Date Of Birth", "mentionText": "1980-01-02", "confidence": 0.99},
    {"type": "Document Id", "mentionText": "X1234567", "confidence": 0.99},
    {"type": "Expiration Date", "mentionText": "2030-01-01", "confidence": 0.99},
]}}

PADDLE_OCR = [[
    [BOX, ("姓名", 0.99)], [BOX, (NAME, 0.98)],
    [BOX, ("公民身份号码", 0.99)], [BOX, (ID, 0.97)],
    [BOX, ("有效期限", 0.99)], [BOX, ("2010.07.21-2020.07.21", 0.99)],
]]

GENERIC_PAIRS = {"fields": [
    {"key": "Name", "value": "Li Lei"}, {"label": "出生", "text": "1990年3月7日"},
    {"name": "IdNum", "value": ID}, {"key": "RequestId", "value": "r-77"},
]}

# (name, payload, planted personal values, operational values that must survive, document content that is
# neither and is replaced in an identity document: issuing authorities, validity and issue dates)
CASES: list[tuple[str, Any, list[str], list[str], list[str]]] = [
    ("tencent-general-ocr", TENCENT_GENERAL, [NAME, ID, ADDRESS_1, ADDRESS_2],
     ["6b5d0a8b-7f2e-4c4a-9c36-0e4b1c2f9a11", "签发机关", "有效期限", "姓名", "公民身份号码"],
     ["北京市公安局朝阳分局", "2010.07.21-2020.07.21"]),
    ("tencent-smart-structural", TENCENT_SMART_STRUCTURAL, [NAME2, ID],
     ["0b6e4c53-1f0e-4a55-b9a0-27a3c7a1d3aa", "签发机关"], ["北京市公安局朝阳分局"]),
    ("aws-textract-analyze-id", TEXTRACT_ANALYZE_ID, ["JOHN", "SMITH", "01/02/1980", "1980-01-02", "X1234567",
                                                      "MAIN ST"], ["EXPIRATION_DATE", "98.7"], ["01/01/2030"]),
    ("azure-id-document", AZURE_ID_DOCUMENT, ["JOHN", "SMITH", "X1234567", "01/02/1980", "1980-01-02"],
     ["prebuilt-idDocument", "DRIVER LICENSE", "idDocument.driverLicense"], ["2030-01-01", "01/01/2030"]),
    ("google-document-ai", GOOGLE_DOCUMENT_AI, ["SMITH", "JOHN", "1980-01-02", "X1234567"],
     ["Expiration Date"], ["2030-01-01"]),
    ("paddleocr", PADDLE_OCR, [NAME, ID], ["0.98", "有效期限"], ["2010.07.21-2020.07.21"]),
    ("generic-key-value", GENERIC_PAIRS, ["Li Lei", "1990年3月7日", ID], ["r-77", "RequestId"], []),
]


@pytest.fixture
def logged(tmp_path: Path) -> Any:
    """Log a payload as services do (`resp body: <json>`) through a filtered FileHandler; return the body."""
    path = tmp_path / "vendor.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    handler.addFilter(ocrshield.RedactingFilter())
    logger = logging.getLogger("app.vendor")
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)

    def log(payload: Any) -> str:
        logger.debug("resp body: %s", json.dumps(payload, ensure_ascii=False))
        handler.flush()
        return path.read_text(encoding="utf-8")

    return log


class TestVendorShapes:
    @pytest.mark.parametrize(("name", "payload", "planted", "operational", "document"), CASES,
                             ids=[c[0] for c in CASES])
    def test_through_logging(
        self, logged: Any, name: str, payload: Any, planted: list[str], operational: list[str], document: list[str]
    ) -> None:
        """The stored line holds valid JSON of the same shape, no planted value and no document content, every
        operational value."""
        out = logged(payload)
        body = json.loads(out.split("resp body: ", 1)[1])
        assert type(payload) is type(body)
        assert_clean(json.dumps(body, ensure_ascii=False), planted + document, operational)

    def test_label_then_value_in_adjacent_detections(self, rules: ocrshield.Redactor) -> None:
        """A detection that is only a label makes the next one its value; an address continues on the next."""
        out = rules.redact(TENCENT_GENERAL)["Response"]["TextDetections"]
        assert ["姓名", "<PERSON>", "住址<ADDRESS>", "<ADDRESS>", "公民身份号码", "<CN_RESIDENT_ID>", "签发机关",
                "<DOCUMENT_TEXT>", "有效期限", "<DOCUMENT_TEXT>"] == [d["DetectedText"] for d in out]
        assert {"X": 60, "Y": 10, "Width": 60, "Height": 20} == out[1]["ItemPolygon"]

    def test_plain_list_of_lines(self, rules: ocrshield.Redactor) -> None:
        """The same for a plain list of OCR lines."""
        assert ["Name", "<PERSON>", "Date of birth", "<DATE_OF_BIRTH>", "Sex", "<GENDER>"] == rules.redact(
            ["Name", "ZHANG SAN", "Date of birth", "07 MAR 1990", "Sex", "M"])

    def test_pair_metadata_survives(self, rules: ocrshield.Redactor) -> None:
        """Scores, types and boxes beside a sensitive value stay; the value goes."""
        fields = rules.redact(AZURE_ID_DOCUMENT)["analyzeResult"]["documents"][0]["fields"]
        assert {"type": "string", "valueString": "<PERSON>", "content": "<PERSON>", "confidence": 0.99} == (
            fields["FirstName"])


class TestDocumentText:
    def test_titles_survive_in_page_text(self, redactor: ocrshield.Redactor) -> None:
        """A document title in capitals is not a name, and a name does not run across lines (regression: the
        NER model tagged `DRIVER LICENSE\\nDL` as a person). The page is a driver licence: what is not printed
        vocabulary is replaced, the name without a label too."""
        text = "DRIVER LICENSE\nDL C03264367\nKIM\n8390 James Plains Suite 818\nEXP 09/24/2031"
        out = redactor.redact_text(text)
        assert "DRIVER LICENSE\nDL <DOCUMENT_NUMBER>\n<DOCUMENT_TEXT>\n<ADDRESS>\nEXP <DOCUMENT_TEXT>" == out

    def test_field_values_do_not_take_parts_of_other_dates(self, rules: ocrshield.Redactor) -> None:
        """A birth date's day (`12`) remembered from a structured field does not erase the `12` of an expiry
        date elsewhere in the payload (regression)."""
        out = rules.redact({"text": "DOB 12/14/1968 EXP 12/21/2031",
                            "DateOfBirth": {"dateValue": {"year": 1968, "month": 12, "day": 14}}})
        assert "DOB <DATE_OF_BIRTH> EXP 12/21/2031" == out["text"]

    def test_label_fragments_are_not_names(self, redactor: ocrshield.Redactor) -> None:
        """`银行卡` (part of the label `银行卡号`) is never a name, even where jieba tags it as one."""
        line = "RequestId=5091 Region=ap-singapore DocType=银行卡 Labels=姓名,性别 fee=0.00"
        assert line == redactor.redact_text(line)


JPEG_B64 = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDA" + "A" * 120
TENCENT_DOCUMENT_APIS: list[Any] = [
    ("HKIDCardOCR", {"Response": {
        "CnName": "陈大文", "EnName": "CHAN, Tai Man", "TelexCode": "7115 1129 2429", "Sex": "男",
        "Birthday": "01-01-1985", "Permanent": 0, "IdNum": "A123456(3)", "Symbol": "***AZ",
        "FirstIssueDate": "01-01-2003", "CurrentIssueDate": "01-01-2018", "FakeDetectResult": 1,
        "HeadImage": JPEG_B64, "WarningCode": [], "RequestId": "1e8b6f0e-hk"}},
     ["陈大文", "CHAN, Tai Man", "7115 1129 2429", "01-01-1985", "A123456(3)", "/9j/4AAQ"],
     ["1e8b6f0e-hk"], ["01-01-2003", "***AZ"]),
    ("MLIDPassportOCR", {"Response": {
        "ID": "E12345678", "Name": "ZHANG SAN", "DateOfBirth": "900307", "Sex": "M", "DateOfExpiration": "300101",
        "IssuingCountry": "CHN", "Nationality": "CHN", "Warn": [], "Image": JPEG_B64,
        "CodeSet": "P<CHNZHANG<<SAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "CodeCrc": "E123456782CHN9003071M3001019<<<<<<<<<<<<<<<0", "RequestId": "2c9d-ml"}},
     ["ZHANG SAN", "900307", "P<CHNZHANG", "E123456782CHN9003071M3001019", "/9j/4AAQ"],
     ["2c9d-ml"], ["300101"]),
    ("PassportOCR", {"Response": {
        "Country": "CHN", "PassportNo": "E12345678", "Sex": "男/M", "Nationality": "中国/CHN",
        "BirthDate": "07 MAR 1990", "BirthPlace": "北京/BEIJING", "IssueDate": "01 JAN 2020",
        "IssuePlace": "北京/BEIJING", "ExpiryDate": "31 DEC 2029", "Attribution": "公安部出入境管理局",
        "Name": "张三/ZHANG SAN", "FamilyName": "ZHANG", "FirstName": "SAN",
        "CodeSet": "P<CHNZHANG<<SAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "CodeCrc": "E123456782CHN9003071M3001019<<<<<<<<<<<<<<<0", "RequestId": "3f1a-pp"}},
     ["E12345678", "07 MAR 1990", "张三", "ZHANG SAN", "P<CHNZHANG"],
     ["3f1a-pp"], ["01 JAN 2020", "31 DEC 2029", "公安部出入境管理局"]),
    pytest.param("MainlandPermitOCR", {"Response": {
        "Name": "欧阳娜娜", "EnglishName": "OUYANG, NANA", "Number": "H12345678", "Sex": "女",
        "ValidDate": "2019.01.01-2029.01.01", "IssueAuthority": "公安部出入境管理局", "IssueAddress": "广东",
        "IssueNumber": "01", "Type": "港澳居民来往内地通行证", "Birthday": "1985.11.23", "Profile": JPEG_B64,
        "RequestId": "4b7e-mp"}},
     ["欧阳娜娜", "OUYANG, NANA", "H12345678", "1985.11.23", "/9j/4AAQ"],
     ["港澳居民来往内地通行证", "4b7e-mp"], ["2019.01.01-2029.01.01", "公安部出入境管理局"],
     # Regression: the permit number sits under the generic key `Number`; its context (`Type`:
     # 港澳居民来往内地通行证) is a sibling value.
     id="MainlandPermitOCR"),
    ("ResidenceBookletOCR", {"Response": {
        "HouseholdNumber": "310115001", "Name": "王晓明", "Sex": "男", "BirthPlace": "北京市朝阳区",
        "Nation": "汉", "NativePlace": "山东省济南市", "BirthDate": "1990年03月07日", "IdCardNumber": ID,
        "EducationDegree": "大学本科", "ServicePlace": "", "Household": "居民家庭户",
        "Address": "北京市朝阳区建国路88号", "Signature": "", "IssueDate": "2010年01月01日",
        "HomePageNumber": "", "HouseholdHead": "王大明", "IssueAuthority": "北京市公安局朝阳分局",
        "HomePageAddress": "北京市朝阳区建国路88号", "RequestId": "5a0c-rb"}},
     ["310115001", "王晓明", "北京市朝阳区建国路88号", "山东省济南市", "1990年03月07日", ID, "王大明"],
     ["5a0c-rb"], ["居民家庭户", "2010年01月01日", "北京市公安局朝阳分局"]),
    ("DriverLicenseOCR", {"Response": {
        "Name": "王晓明", "Sex": "男", "Nationality": "中国", "Address": "北京市朝阳区建国路88号",
        "DateOfBirth": "1990-03-07", "DateOfFirstIssue": "2010-01-01", "Class": "C1", "StartDate": "2016-01-01",
        "EndDate": "2026-01-01", "CardCode": ID, "ArchivesCode": "110100123456", "Record": "",
        "IssuingAuthority": "北京市公安局公安交通管理局", "RequestId": "6d2e-dl"}},
     ["王晓明", "北京市朝阳区建国路88号", "1990-03-07", ID, "110100123456"],
     ["6d2e-dl"], ["C1", "2016-01-01", "2026-01-01", "北京市公安局公安交通管理局"]),
    ("BankCardOCR", {"Response": {
        "CardNo": "6222021234567894", "BankInfo": "工商银行(01020000)", "ValidDate": "12/2030",
        "CardType": "借记卡", "CardName": "牡丹灵通卡", "BorderCutImage": JPEG_B64, "CardNoImage": JPEG_B64,
        "WarningCode": [], "QualityValue": 88, "RequestId": "7e3f-bc"}},
     ["6222021234567894", "/9j/4AAQ"],
     # One identity field: a card's OCR result is no identity document, its other values stay.
     ["工商银行(01020000)", "12/2030", "借记卡", "牡丹灵通卡", "7e3f-bc"], []),
]


class TestTencentDocumentApis:
    @pytest.mark.parametrize(("name", "payload", "planted", "operational", "document"), TENCENT_DOCUMENT_APIS,
                             ids=[c[0] if isinstance(c, tuple) else c.id for c in TENCENT_DOCUMENT_APIS])
    def test_through_logging(
        self, logged: Any, name: str, payload: Any, planted: list[str], operational: list[str], document: list[str]
    ) -> None:
        """Each Tencent document API response, logged as JSON: identity data and the rest of the document's
        content gone (it is an identity document: denied by default), operational data intact."""
        body = json.loads(logged(payload).split("resp body: ", 1)[1])
        assert_clean(json.dumps(body, ensure_ascii=False), planted + document, operational)

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

CASES: list[tuple[str, Any, list[str], list[str]]] = [
    ("tencent-general-ocr", TENCENT_GENERAL, [NAME, ID, ADDRESS_1, ADDRESS_2],
     ["北京市公安局朝阳分局", "2010.07.21-2020.07.21", "6b5d0a8b-7f2e-4c4a-9c36-0e4b1c2f9a11", "签发机关"]),
    ("tencent-smart-structural", TENCENT_SMART_STRUCTURAL, [NAME2, ID],
     ["北京市公安局朝阳分局", "0b6e4c53-1f0e-4a55-b9a0-27a3c7a1d3aa", "签发机关"]),
    ("aws-textract-analyze-id", TEXTRACT_ANALYZE_ID, ["JOHN", "SMITH", "01/02/1980", "1980-01-02", "X1234567",
                                                      "MAIN ST"], ["01/01/2030", "EXPIRATION_DATE", "98.7"]),
    ("azure-id-document", AZURE_ID_DOCUMENT, ["JOHN", "SMITH", "X1234567", "01/02/1980", "1980-01-02"],
     ["2030-01-01", "prebuilt-idDocument", "DRIVER LICENSE", "idDocument.driverLicense"]),
    ("google-document-ai", GOOGLE_DOCUMENT_AI, ["SMITH", "JOHN", "1980-01-02", "X1234567"],
     ["2030-01-01", "Expiration Date"]),
    ("paddleocr", PADDLE_OCR, [NAME, ID], ["2010.07.21-2020.07.21", "0.98"]),
    ("generic-key-value", GENERIC_PAIRS, ["Li Lei", "1990年3月7日", ID], ["r-77", "RequestId"]),
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
    @pytest.mark.parametrize(("name", "payload", "planted", "operational"), CASES, ids=[c[0] for c in CASES])
    def test_through_logging(
        self, logged: Any, name: str, payload: Any, planted: list[str], operational: list[str]
    ) -> None:
        """The stored line holds valid JSON of the same shape, no planted value, every operational value."""
        out = logged(payload)
        body = json.loads(out.split("resp body: ", 1)[1])
        assert type(payload) is type(body)
        assert_clean(json.dumps(body, ensure_ascii=False), planted, operational)

    def test_label_then_value_in_adjacent_detections(self, rules: ocrshield.Redactor) -> None:
        """A detection that is only a label makes the next one its value; an address continues on the next."""
        out = rules.redact(TENCENT_GENERAL)["Response"]["TextDetections"]
        assert ["姓名", "<PERSON>", "住址<ADDRESS>", "<ADDRESS>", "公民身份号码", "<CN_RESIDENT_ID>", "签发机关",
                "北京市公安局朝阳分局", "有效期限", "2010.07.21-2020.07.21"] == [d["DetectedText"] for d in out]
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
        NER model tagged `DRIVER LICENSE\\nDL` as a person)."""
        text = "DRIVER LICENSE\nDL C03264367\nKIM\n8390 James Plains Suite 818\nEXP 09/24/2031"
        out = redactor.redact_text(text)
        assert out.startswith("DRIVER LICENSE\nDL <DOCUMENT_NUMBER>\n<PERSON>\n") and out.endswith("EXP 09/24/2031")

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

"""Baidu AI Cloud OCR and Alibaba Cloud OCR payloads through the real logging path.

These vendors were added to ocrshield by data alone (`recognizers/shapes.yaml`, `profiles.yaml` and a field
name): no line under `src/` names them. The payloads follow the vendors' documented responses:

* Baidu OCR `idcard` (front and back), `general` (`words_result` with `words` and `location`), `passport`,
  `bankcard` — https://ai.baidu.com/ai-doc/OCR/
* Alibaba Cloud OCR API 2021-07-07 `RecognizeIdcard` and `RecognizeGeneral`: `Data` is a JSON string holding
  `data.face.data` and `prism_keyValueInfo`, or `content` and `prism_wordsInfo` — https://help.aliyun.com/zh/ocr/
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

import ocrshield
from conftest import assert_clean

NAME, ID, ADDRESS, BIRTH = "伍云龙", "330881199904173914", "南京市江宁区弘景大道3889号", "19990417"
JPEG_B64 = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDA" + "A" * 120


def _box(left: int, top: int) -> dict[str, int]:
    return {"left": left, "top": top, "width": 180, "height": 40}


BAIDU_IDCARD_FRONT = {
    "log_id": 2648325511, "direction": 0, "image_status": "normal", "risk_type": "normal", "edit_tool": "",
    "idcard_number_type": 1, "photo": JPEG_B64,
    "words_result": {
        "住址": {"location": _box(267, 453), "words": ADDRESS},
        "公民身份号码": {"location": _box(443, 681), "words": ID},
        "出生": {"location": _box(268, 327), "words": BIRTH},
        "姓名": {"location": _box(269, 140), "words": NAME},
        "性别": {"location": _box(269, 245), "words": "男"},
        "民族": {"location": _box(492, 245), "words": "汉"},
    },
    "words_result_num": 6,
}

BAIDU_IDCARD_BACK = {
    "log_id": 1326454930131287000, "direction": 0, "image_status": "normal", "risk_type": "normal",
    "words_result": {
        "失效日期": {"location": _box(558, 455), "words": "20320128"},
        "签发机关": {"location": _box(528, 400), "words": "南京市公安局江宁分局"},
        "签发日期": {"location": _box(397, 455), "words": "20120128"},
    },
    "words_result_num": 3,
}

BAIDU_GENERAL = {
    "log_id": 1719854637410023000, "direction": 0, "words_result_num": 6,
    "words_result": [
        {"words": "中华人民共和国", "location": _box(20, 10)},
        {"words": "居民身份证", "location": _box(20, 60)},
        {"words": "姓名", "location": _box(20, 110)},
        {"words": NAME, "location": _box(120, 110)},
        {"words": f"公民身份号码{ID}", "location": _box(20, 160)},
        {"words": f"住址{ADDRESS}", "location": _box(20, 210)},
    ],
}

BAIDU_PASSPORT = {
    "log_id": 2883466231478853000, "words_result_num": 14,
    "words_result": {
        "国家码": {"location": _box(1, 1), "words": "CHN"},
        "护照签发地点": {"location": _box(1, 1), "words": "北京/BEIJING"},
        "MRZCode2": {"location": _box(1, 1), "words": "E123456782CHN9003071M3001019<<<<<<<<<<<<<<<0"},
        "有效期至": {"location": _box(1, 1), "words": "20300101"},
        "签发机关": {"location": _box(1, 1), "words": "中华人民共和国国家移民管理局"},
        "MRZCode1": {"location": _box(1, 1), "words": "P<CHNZHANG<<SAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"},
        "护照号码": {"location": _box(1, 1), "words": "E12345678"},
        "签发日期": {"location": _box(1, 1), "words": "20200101"},
        "出生地点": {"location": _box(1, 1), "words": "江苏/JIANGSU"},
        "姓名": {"location": _box(1, 1), "words": "张三"},
        "姓名拼音": {"location": _box(1, 1), "words": "ZHANG,SAN"},
        "国籍": {"location": _box(1, 1), "words": "中国/CHN"},
        "生日": {"location": _box(1, 1), "words": "19900307"},
        "性别": {"location": _box(1, 1), "words": "男/M"},
    },
}

BAIDU_BANKCARD = {
    "log_id": 2209429226937563000,
    "result": {"bank_card_number": "6222 0212 3456 7894", "valid_date": "07/29", "bank_card_type": 1,
               "bank_name": "中国工商银行", "holder_name": "ZHANG SAN"},
}

ALIYUN_IDCARD = {
    "RequestId": "7A9BC7FE-2D42-57AF-93BC-09A229DD2F1D",
    "Data": json.dumps({
        "data": {"face": {
            "data": {"name": NAME, "sex": "男", "ethnicity": "汉", "birthDate": "1999年4月17日",
                     "address": ADDRESS, "idNumber": ID},
            "prism_keyValueInfo": [
                {"key": "name", "keyProb": 100, "value": NAME, "valueProb": 100,
                 "valuePos": [{"x": 269, "y": 140}, {"x": 449, "y": 140}, {"x": 449, "y": 180}, {"x": 269, "y": 180}]},
                {"key": "idNumber", "keyProb": 100, "value": ID, "valueProb": 99,
                 "valuePos": [{"x": 443, "y": 681}, {"x": 943, "y": 681}, {"x": 943, "y": 721}, {"x": 443, "y": 721}]},
                {"key": "address", "keyProb": 100, "value": ADDRESS, "valueProb": 98,
                 "valuePos": [{"x": 267, "y": 453}, {"x": 726, "y": 453}, {"x": 726, "y": 552}, {"x": 267, "y": 552}]},
            ],
        }},
        "ftype": 0, "height": 1076, "width": 1736, "orgHeight": 1076, "orgWidth": 1736,
        "algo_version": "be7a10bd5ae0e1e4d8c2f3c7c0d1b5f2a9d8c3e1",
    }, ensure_ascii=False),
}

ALIYUN_GENERAL = {
    "RequestId": "43A29C77-405E-4CC0-BC55-EE694AD00655",
    "Data": json.dumps({
        "content": f"中华人民共和国 居民身份证 姓名 {NAME} 公民身份号码 {ID}",
        "height": 1076, "width": 1736, "orgHeight": 1076, "orgWidth": 1736, "prism_version": "1.0.9",
        "prism_wnum": 5,
        "prism_wordsInfo": [
            {"word": "中华人民共和国", "prob": 99, "x": 20, "y": 10, "width": 300, "height": 40, "angle": -90,
             "direction": 0, "pos": [{"x": 20, "y": 10}, {"x": 320, "y": 10}, {"x": 320, "y": 50}, {"x": 20, "y": 50}]},
            {"word": "居民身份证", "prob": 99, "x": 20, "y": 60, "width": 200, "height": 40, "angle": -90,
             "direction": 0, "pos": [{"x": 20, "y": 60}]},
            {"word": "姓名", "prob": 99, "x": 20, "y": 110, "width": 80, "height": 40, "angle": -90,
             "direction": 0, "pos": [{"x": 20, "y": 110}]},
            {"word": NAME, "prob": 98, "x": 120, "y": 110, "width": 120, "height": 40, "angle": -90,
             "direction": 0, "pos": [{"x": 120, "y": 110}]},
            {"word": f"公民身份号码 {ID}", "prob": 97, "x": 20, "y": 160, "width": 500, "height": 40,
             "angle": -90, "direction": 0, "pos": [{"x": 20, "y": 160}]},
        ],
    }, ensure_ascii=False),
}

CASES: list[tuple[str, Any, list[str], list[str]]] = [
    ("baidu-idcard-front", BAIDU_IDCARD_FRONT, [NAME, ID, ADDRESS, BIRTH, JPEG_B64[:40]],
     ['"log_id": 2648325511', '"image_status": "normal"', '"left": 267', '"words_result_num": 6']),
    ("baidu-idcard-back", BAIDU_IDCARD_BACK, [], ['"log_id": 1326454930131287000', '"top": 455']),
    ("baidu-general", BAIDU_GENERAL, [NAME, ID, ADDRESS],
     ["中华人民共和国", "居民身份证", "姓名", "公民身份号码", "住址", '"left": 120']),
    ("baidu-passport", BAIDU_PASSPORT, ["张三", "ZHANG,SAN", "E12345678", "19900307", "P<CHNZHANG",
                                        "E123456782CHN9003071M3001019"], ['"words_result_num": 14']),
    ("baidu-bankcard", BAIDU_BANKCARD, ["6222 0212 3456 7894", "ZHANG SAN"], ['"log_id": 2209429226937563000']),
    ("aliyun-idcard", ALIYUN_IDCARD, [NAME, ID, ADDRESS, "1999年4月17日"],
     ["7A9BC7FE-2D42-57AF-93BC-09A229DD2F1D", '\\"keyProb\\": 100', '\\"x\\": 269', '\\"orgWidth\\": 1736']),
    ("aliyun-general", ALIYUN_GENERAL, [NAME, ID],
     ["43A29C77-405E-4CC0-BC55-EE694AD00655", "中华人民共和国", "居民身份证", "公民身份号码", '\\"prob\\": 98']),
]


@pytest.fixture
def logged(tmp_path: Path) -> Any:
    """Log a payload as services do (`resp body: <json>`) through a filtered FileHandler; return the stored line."""
    path = tmp_path / "vendor.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    handler.addFilter(ocrshield.RedactingFilter())
    logger = logging.getLogger("app.vendor_cn")
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)

    def log(payload: Any) -> str:
        logger.debug("resp body: %s", json.dumps(payload, ensure_ascii=False))
        handler.flush()
        return path.read_text(encoding="utf-8")

    yield log
    logger.removeHandler(handler)
    handler.close()


class TestThroughLogging:
    @pytest.mark.parametrize(("name", "payload", "planted", "operational"), CASES, ids=[c[0] for c in CASES])
    def test_identity_data_gone_operations_kept(
        self, logged: Any, name: str, payload: Any, planted: list[str], operational: list[str]
    ) -> None:
        """The stored line is valid JSON of the same shape: no planted value, every operational value."""
        body = json.loads(logged(payload).split("resp body: ", 1)[1])
        assert type(payload) is type(body)
        assert_clean(json.dumps(body, ensure_ascii=False), planted, operational)


class TestFieldByField:
    def test_baidu_id_card_fields_keep_their_boxes(self, rules: ocrshield.Redactor) -> None:
        """Each `words_result` field keeps its `location` box and loses its `words`, named by the field."""
        out = rules.redact(BAIDU_IDCARD_FRONT)["words_result"]
        assert {"location": _box(269, 140), "words": "<PERSON>"} == out["姓名"]
        assert ("<CN_RESIDENT_ID>", "<ADDRESS>", "<DATE_OF_BIRTH>") == (
            out["公民身份号码"]["words"], out["住址"]["words"], out["出生"]["words"])

    def test_baidu_id_card_back_is_document_content(self, rules: ocrshield.Redactor) -> None:
        """The back's authority and dates are the card's content: kept, since no identity field names it a
        document (nothing personal is on it), or replaced; never anything else."""
        out = rules.redact(BAIDU_IDCARD_BACK)
        assert BAIDU_IDCARD_BACK["log_id"] == out["log_id"]

    def test_aliyun_key_value_pairs(self, rules: ocrshield.Redactor) -> None:
        """`prism_keyValueInfo` entries are key/value pairs: the value goes, the probabilities and positions stay."""
        data = json.loads(rules.redact(ALIYUN_IDCARD)["Data"])["data"]["face"]
        pairs = {p["key"]: p for p in data["prism_keyValueInfo"]}
        assert ("<PERSON>", 100, 269) == (pairs["name"]["value"], pairs["name"]["valueProb"],
                                          pairs["name"]["valuePos"][0]["x"])
        assert "<CN_RESIDENT_ID>" == data["data"]["idNumber"]

    def test_aliyun_words_are_lines(self, rules: ocrshield.Redactor) -> None:
        """`prism_wordsInfo` items are OCR lines: a page of an ID card is a document, its labels stay."""
        words = json.loads(rules.redact(ALIYUN_GENERAL)["Data"])["prism_wordsInfo"]
        assert ["中华人民共和国", "居民身份证", "姓名", "<PERSON>", "公民身份号码 <CN_RESIDENT_ID>"] == [w["word"] for w in words]
        assert 98 == words[3]["prob"]


ALIYUN_ALL_TEXT = {
    "RequestId": "4F2C7B8E-1D2A-4C5B-9E3F-7A6B5C4D3E2F",
    "Data": {"Height": 800, "Width": 1200, "SubImageCount": 1, "SubImages": [{"SubImageId": 0, "Angle": 0, "BlockInfo": {
        "BlockCount": 6,
        "BlockDetails": [
            {"BlockId": i, "BlockContent": text, "BlockConfidence": 97, "BlockAngle": 0,
             "BlockPoints": [{"x": 40, "y": 60 * i}, {"x": 400, "y": 60 * i}]}
            for i, text in enumerate(["中华人民共和国", "护照 PASSPORT", "姓/Surname", "石", "名/Given names", "婷婷",
                                      "护照号/Passport No.", "E12345678"])
        ]}}]},
}


class TestAlibabaAllText:
    def test_blocks_are_lines(self, rules: ocrshield.Redactor) -> None:
        """`RecognizeAllText` blocks are a page's lines: a passport's page keeps its printed lines and loses the rest,
        however short (a one-character surname); block ids, confidences and points stay."""
        out = rules.redact(ALIYUN_ALL_TEXT)
        blocks = out["Data"]["SubImages"][0]["BlockInfo"]["BlockDetails"]
        texts = [b["BlockContent"] for b in blocks]
        assert ["中华人民共和国", "护照 PASSPORT", "姓/Surname", "名/Given names", "护照号/Passport No."] == [
            t for t in texts if not t.startswith("<")]
        assert [] == [v for v in ("石", "婷婷", "E12345678") if v in texts]
        assert ([0, 97, 400], ALIYUN_ALL_TEXT["RequestId"]) == (
            [blocks[0]["BlockId"], blocks[0]["BlockConfidence"], blocks[1]["BlockPoints"][1]["x"]], out["RequestId"])


class TestAllowlistProfile:
    @pytest.mark.parametrize(("name", "payload", "planted", "operational"), CASES, ids=[c[0] for c in CASES])
    def test_only_operational_values_survive(
        self, name: str, payload: Any, planted: list[str], operational: list[str]
    ) -> None:
        """Under the allowlist profile the same payloads keep their monitoring values and lose the rest."""
        redactor = ocrshield.Redactor(profile="allowlist", ner_model=None, strict=True)
        out = json.dumps(redactor.redact(payload), ensure_ascii=False)
        kept = [o for o in operational if not o.startswith(("中华", "居民", "姓名", "公民", "住址"))]
        assert_clean(out, planted, kept)

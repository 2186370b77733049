"""The development corpus of the accuracy harness: seeded, labelled payloads in every vendor shape.

The corpus is generated here, from a seed, with Faker's zh_CN, zh_TW and en_US locales: names, addresses, valid
mainland resident IDs (GB 11643 check digit), phones, e-mails, Luhn-valid bank cards and dates of birth in every
form the documents use; Hong Kong and Taiwan IDs, residence permits and MRZ lines get their check digits computed
here (independently of the validators they are measured against). This is the corpus ocrshield is developed on:
rules may be tuned to it. `corpus_heldout.py` is the one they are judged on. Each record is one payload kind, in
the vendor's real shape:

* tencent_idcard      Tencent Cloud IDCardOCR response (`AdvancedInfo` is JSON in a string, with image crops)
* tencent_general     GeneralBasicOCR `TextDetections`: label and value in one detection, or in adjacent ones
* tencent_structural  SmartStructuralOCR `StructuralItems` (V1) and `StructuralList` `Key.AutoName`/`Value.AutoContent`
* aws_analyzeid       AWS Textract AnalyzeID `IdentityDocumentFields[].Type.Text`/`ValueDetection.Text`, `Blocks`
* azure_iddocument    Azure Document Intelligence prebuilt-idDocument: `documents[].fields`, `content`, `pages[].lines`
* google_docai        Google Document AI identity parser: `document.entities[].type`/`mentionText`, `document.text`
* paddleocr           PaddleOCR raw results `[[box, [text, confidence]], ...]`
* tencent_documents   Tencent HKIDCardOCR, MLIDPassportOCR (with its MRZ lines), MainlandPermitOCR (Hong Kong/Macau
                      and Taiwan residents' permits) and IDCardOCR of residence permits for HK/Macau/TW residents
* text_zh, text_en    free OCR text lines, label and value on one line, identifiers of other documents (Hong Kong,
                      Taiwan, permits, MRZ lines), and unlabelled sentences (names and addresses)
* ops_log, ops_json   PII-free operational records: RequestIds, timestamps, latencies, error codes, document titles
                      and labels, issuing authorities, validity dates, AppIDs, regions, fees
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from _corpus import Record, Recorder, build_record

KINDS = (
    "tencent_idcard",
    "tencent_general",
    "tencent_structural",
    "aws_analyzeid",
    "azure_iddocument",
    "google_docai",
    "paddleocr",
    "tencent_documents",
    "text_zh",
    "text_en",
    "ops_log",
    "ops_json",
)
TEXT_KINDS = frozenset({"text_zh", "text_en", "ops_log"})
PII_FREE_KINDS = frozenset({"ops_log", "ops_json"})
# Dates of birth, as the documents write them (the brief's seven forms, plus the US month-first form of US IDs).
DOB_FORMS = ("iso", "slash", "dot", "compact", "cjk", "dmy", "dmon", "mdy")
# Entities whose digits are the value: a leak is the digits in the output, whatever separators surround them.
_DIGIT_ENTITIES = frozenset({"CN_RESIDENT_ID", "PHONE_NUMBER", "BANK_CARD", "RESIDENCE_PERMIT", "TELEX_CODE"})


_ETHNICITIES = ("汉", "汉", "汉", "满", "回", "壮", "苗", "维吾尔", "土家", "彝", "蒙古", "藏", "朝鲜")
_US_AREAS = ("212", "213", "305", "312", "404", "415", "503", "617", "646", "702", "713", "718", "206", "917")
_CN_AREAS = ("010", "021", "020", "0755", "0571", "028", "027", "025")
_ERRORS = (
    ("FailedOperation.IdCardInfoIllegal", "身份证信息不合法"),
    ("FailedOperation.ImageDecodeFailed", "图片解码失败"),
    ("FailedOperation.ImageNoIdCard", "照片未检测到身份证"),
    ("FailedOperation.ImageSizeTooLarge", "图片尺寸过大"),
    ("FailedOperation.OcrFailed", "OCR识别失败"),
    ("FailedOperation.NoText", "未检测到文本"),
    ("InvalidParameter.EngineImageDecodeFailed", "图片解码失败"),
    ("LimitExceeded.TooLargeFileError", "文件内容太大"),
    ("ResourceUnavailable.InArrears", "帐号已欠费"),
)
_REGIONS = ("ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-chengdu", "ap-hongkong", "ap-singapore", "na-ashburn")
_ACTIONS = ("IDCardOCR", "GeneralBasicOCR", "GeneralAccurateOCR", "SmartStructuralOCRV2", "BankCardOCR", "AnalyzeID")
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")

# Labels in Chinese OCR text, by entity (the first is what the ID card prints).
_ZH_LABELS = {
    "PERSON": ("姓名", "户名", "持卡人", "客户姓名"),
    "GENDER": ("性别",),
    "ETHNICITY": ("民族",),
    "DATE_OF_BIRTH": ("出生", "出生日期", "生日"),
    "ADDRESS": ("住址", "地址", "联系地址"),
    "CN_RESIDENT_ID": ("公民身份号码", "身份证号", "身份证号码"),
    "PHONE_NUMBER": ("手机", "手机号", "联系电话"),
    "EMAIL_ADDRESS": ("邮箱", "电子邮箱"),
    "BANK_CARD": ("卡号", "银行卡号"),
}
_EN_LABELS = {
    "PERSON": ("Name:", "Full name:", "Cardholder:"),
    "DATE_OF_BIRTH": ("DOB:", "Date of birth:", "Born"),
    "ADDRESS": ("Address:", "Addr:"),
    "PHONE_NUMBER": ("Phone:", "Tel:", "Mobile:"),
    "EMAIL_ADDRESS": ("Email:", "E-mail:"),
    "BANK_CARD": ("Card number:", "Card no."),
    "CN_RESIDENT_ID": ("ID:", "ID number:"),
    "DOCUMENT_NUMBER": ("Passport No.:", "DL#"),
}


def format_dob(d: dt.date, form: str) -> str:
    """A date of birth in one of `DOB_FORMS`."""
    return {
        "iso": f"{d:%Y-%m-%d}",
        "slash": f"{d.year}/{d.month}/{d.day}",
        "dot": f"{d:%Y.%m.%d}",
        "compact": f"{d:%Y%m%d}",
        "cjk": f"{d.year}年{d.month}月{d.day}日",
        "dmy": f"{d:%d-%m-%Y}",
        "dmon": f"{d:%d} {_MONTHS[d.month - 1]} {d.year}",
        "mdy": f"{d:%m/%d/%Y}",
    }[form]


def luhn_card(rnd: random.Random) -> str:
    """A Luhn-valid card number: UnionPay (62, 16 or 19 digits), Visa or Mastercard (16)."""
    from stdnum import luhn

    prefix, length = rnd.choice([("62", 16), ("62", 19), ("4", 16), (str(rnd.randint(51, 55)), 16)])
    body = prefix + "".join(str(rnd.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


# -- identifiers with check digits, computed from the published algorithms ---------------------------------------


def hk_id(rnd: random.Random) -> str:
    """A Hong Kong identity card number with its check digit: `A123456(3)` (one letter) or `AB987654(2)`."""
    letters = "".join(rnd.choice("ABCDEGHKMPRVYZ") for _ in range(rnd.choice([1, 1, 1, 2])))
    digits = "".join(str(rnd.randint(0, 9)) for _ in range(6))
    values = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return f"{letters}{digits}({'A' if check == 10 else check})"


_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))


def tw_id(rnd: random.Random) -> str:
    """A Taiwan national identification number: a letter (the place of first registration), 1 or 2 (the sex),
    seven digits and a check digit (the letter's two-digit code weighted 1 and 9, then 8..1)."""
    letter = rnd.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO")
    body = str(rnd.randint(1, 2)) + "".join(str(rnd.randint(0, 9)) for _ in range(7))
    code = _TW_LETTERS[letter]
    total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, range(8, 0, -1), strict=True))
    return letter + body + str((10 - total % 10) % 10)


def residence_permit(rnd: random.Random, dob: dt.date) -> str:
    """A residence permit for Hong Kong (810000), Macau (820000) or Taiwan (830000) residents: the resident ID
    layout with its GB 11643 check digit."""
    from stdnum.cn import ric

    body = rnd.choice(["810000", "820000", "830000"]) + f"{dob:%Y%m%d}" + f"{rnd.randint(0, 999):03d}"
    return body + ric.calc_check_digit(body)


def _mrz_check(field: str) -> str:
    values = [0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55 for c in field]
    return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10)


def mrz_td3(surname: str, given: str, number: str, dob: dt.date, sex: str, expires: dt.date) -> tuple[str, str]:
    """The two 44-character lines of a passport's machine-readable zone (ICAO 9303 TD3), with check digits."""
    name = f"{surname}<<{given.replace(' ', '<')}".upper()
    line1 = f"P<CHN{name}".ljust(44, "<")[:44]
    num = number.ljust(9, "<")
    personal = "<" * 14
    birth, expiry = f"{dob:%y%m%d}", f"{expires:%y%m%d}"
    composite = num + _mrz_check(num) + birth + _mrz_check(birth) + expiry + _mrz_check(expiry) + personal + \
        _mrz_check(personal)
    line2 = (f"{num}{_mrz_check(num)}CHN{birth}{_mrz_check(birth)}{sex}{expiry}{_mrz_check(expiry)}{personal}"
             f"{_mrz_check(personal)}{_mrz_check(composite)}")
    return line1, line2


_TELEX = "0001 0022 0100 1129 1728 2129 2429 3769 4163 5714 6346 7115 7456 8025 8723 9031".split()


def _fake_jpeg_b64(rnd: random.Random) -> str:
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return base64.b64encode(head + rnd.randbytes(rnd.randint(300, 900)) + b"\xff\xd9").decode()


@dataclass
class Person:
    locale: str
    name: str
    first: str
    last: str
    address: str
    dob: dt.date
    resident_id: str
    phone: str
    phone_digits: str
    email: str
    card: str
    gender: str
    ethnicity: str
    doc_number: str


def document_content(value: str) -> str:
    """A value printed on an identity document that is neither personal nor operational (an issuing authority, a
    validity or issue date, a card's symbols, a form's reference number): not recorded, since a document is denied
    by default and these go with it."""
    return value


class Corpus:
    """The development corpus: deterministic, the same seed gives the same records in any order of generation."""

    name = "development"
    kinds = KINDS

    def __init__(self, seed: int = 1) -> None:
        from faker import Faker

        self.seed = seed
        self._fakers = {loc: Faker(loc) for loc in ("zh_CN", "zh_TW", "en_US")}

    def records(self, per_kind: int, kinds: Iterable[str] = KINDS) -> list[Record]:
        return [self.record(kind, i) for kind in kinds for i in range(per_kind)]

    def record(self, kind: str, index: int) -> Record:
        builder: Callable[[random.Random, Recorder], Any] = getattr(self, f"_{kind}")

        def reseed(rnd: random.Random) -> None:
            for i, fk in enumerate(self._fakers.values()):
                fk.seed_instance(rnd.getrandbits(32) + i)

        return build_record(str(self.seed), kind, index, builder, is_text=kind in TEXT_KINDS, reseed=reseed)

    # -- people -------------------------------------------------------------------------------------------------

    def person(self, rnd: random.Random, locale: str, *, romanized: bool = False) -> Person:
        fk = self._fakers[locale]
        if locale == "zh_CN":
            rid = fk.ssn(min_age=18, max_age=80)
            dob = dt.date(int(rid[6:10]), int(rid[10:12]), int(rid[12:14]))
            gender = "男" if int(rid[16]) % 2 else "女"
            address = re.sub(r"\s*\d{6}$", "", fk.address())
            if romanized:
                first, last = _split_roman(fk)
                name = f"{first} {last}"
            else:
                name = fk.name()
                first, last = name[1:], name[:1]
            mobile = fk.phone_number()
            if rnd.random() < 0.15:
                area = rnd.choice(_CN_AREAS)
                local = str(rnd.randint(2, 8)) + "".join(str(rnd.randint(0, 9)) for _ in range(7))
                phone, digits = f"{area}-{local}", area + local
            else:
                digits = mobile
                phone = rnd.choice(
                    [mobile, f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}", f"+86 {mobile[:3]}-{mobile[3:7]}-{mobile[7:]}",
                     f"+86{mobile}"]
                )
            doc = "E" + "".join(str(rnd.randint(0, 9)) for _ in range(8))
        elif locale == "zh_TW":
            name = fk.name()
            first, last = name[1:], name[:1]
            dob = fk.date_of_birth(minimum_age=18, maximum_age=80)
            rid = ""
            gender = rnd.choice("男女")
            address = re.sub(r"^\d{3,5}\s*", "", fk.address())
            nine = "9" + "".join(str(rnd.randint(0, 9)) for _ in range(8))
            digits = nine
            phone = rnd.choice([f"0{nine[:3]}-{nine[3:6]}-{nine[6:]}", f"+886 {nine[:3]} {nine[3:6]} {nine[6:]}"])
            doc = "".join(str(rnd.randint(0, 9)) for _ in range(9))
        else:
            first, last = fk.first_name(), fk.last_name()
            name = f"{first} {last}"
            dob = fk.date_of_birth(minimum_age=18, maximum_age=80)
            rid = ""
            gender = ""
            address = fk.address().replace("\n", ", ")
            area = rnd.choice(_US_AREAS)
            ex = str(rnd.choice([n for n in range(201, 990) if n != 555 and n % 100 != 11]))
            line = f"{rnd.randint(0, 9999):04d}"
            digits = area + ex + line
            phone = rnd.choice([f"({area}) {ex}-{line}", f"+1 {area} {ex} {line}", f"{area}-{ex}-{line}"])
            doc = rnd.choice(["C", "A", ""]) + "".join(str(rnd.randint(0, 9)) for _ in range(8))
            doc = doc if len(doc) == 9 else "D" + doc
        card = luhn_card(rnd)
        if rnd.random() < 0.4:
            card = " ".join(card[i : i + 4] for i in range(0, len(card), 4))
        email = fk.free_email() if rnd.random() < 0.5 else fk.email()
        return Person(locale, name, first, last, address, dob, rid, phone, digits, email, card, gender,
                      rnd.choice(_ETHNICITIES), doc)

    # -- operational values -------------------------------------------------------------------------------------

    @staticmethod
    def _request_id(rnd: random.Random) -> str:
        return str(uuid.UUID(int=rnd.getrandbits(128), version=4))

    @staticmethod
    def _moment(rnd: random.Random) -> dt.datetime:
        seconds, millis = rnd.randint(0, 3 * 365 * 86400), rnd.randint(0, 999)
        return dt.datetime(2024, 1, 1) + dt.timedelta(seconds=seconds, milliseconds=millis)

    def _authority(self, rnd: random.Random) -> str:
        fk = self._fakers["zh_CN"]
        return f"{fk.city()}公安局{fk.district()}分局" if rnd.random() < 0.7 else f"{fk.city()}公安局"

    @staticmethod
    def _validity(rnd: random.Random) -> str:
        start = dt.date(2005, 1, 1) + dt.timedelta(days=rnd.randint(0, 6500))
        years = rnd.choice([10, 20, 0])
        end = "长期" if years == 0 else f"{start.year + years}.{start:%m.%d}"
        return f"{start:%Y.%m.%d}-{end}"

    # -- payload kinds ------------------------------------------------------------------------------------------

    def _tencent_idcard(self, rnd: random.Random, rec: Recorder) -> Any:
        p = self.person(rnd, "zh_CN")
        front = rnd.random() < 0.75
        advanced: dict[str, Any] = {}
        if rnd.random() < 0.6:
            advanced["IdCard"] = rec.pii("IMAGE", _fake_jpeg_b64(rnd))
        if front and rnd.random() < 0.6:
            advanced["Portrait"] = rec.pii("IMAGE", _fake_jpeg_b64(rnd))
        advanced |= {"Quality": rnd.randint(40, 99), "BorderCodeValue": rnd.randint(0, 99), "WarnInfos": []}
        if front:
            fields = {
                "Name": rec.pii("PERSON", p.name),
                "Sex": rec.pii("GENDER", p.gender),
                "Nation": rec.pii("ETHNICITY", p.ethnicity),
                "Birth": rec.pii("DATE_OF_BIRTH", format_dob(p.dob, "slash"), form="slash"),
                "Address": rec.pii("ADDRESS", p.address),
                "IdNum": rec.pii("CN_RESIDENT_ID", p.resident_id, digits=True),
                "Authority": "",
                "ValidDate": "",
            }
        else:
            fields = {k: "" for k in ("Name", "Sex", "Nation", "Birth", "Address", "IdNum")}
            fields["Authority"] = document_content(self._authority(rnd))
            fields["ValidDate"] = document_content(self._validity(rnd))
        return {
            "Response": {
                **fields,
                "AdvancedInfo": json.dumps(advanced, separators=(",", ":")),
                "ReflectDetailInfos": [],
                "RequestId": rec.op("request_id", self._request_id(rnd)),
            }
        }

    def _ocr_lines(self, rnd: random.Random, rec: Recorder, p: Person) -> list[str]:
        """Chinese OCR lines of an ID card front or a bank form: label and value in one line or in two."""
        if p.locale == "zh_CN" and rnd.random() < 0.6:
            title = rnd.choice([[], ["中华人民共和国", "居民身份证"]])
            slots = [("PERSON", p.name, ""), ("GENDER", p.gender, ""), ("ETHNICITY", p.ethnicity, ""),
                     ("DATE_OF_BIRTH", None, ""), ("ADDRESS", p.address, ""), ("CN_RESIDENT_ID", p.resident_id, "")]
        else:
            title = rnd.choice([[], ["开户申请表"], ["客户信息登记表"]])
            slots = [("PERSON", p.name, ""), ("PHONE_NUMBER", p.phone, ""), ("EMAIL_ADDRESS", p.email, ""),
                     ("BANK_CARD", p.card, ""), ("ADDRESS", p.address, "")]
        lines = [rec.op("title_or_label", t) for t in title]
        for entity, value, _ in slots:
            label = rec.op("title_or_label", rnd.choice(_ZH_LABELS[entity]) if rnd.random() < 0.3 else
                           _ZH_LABELS[entity][0])
            form = ""
            if value is None:
                form = rnd.choice(DOB_FORMS)
                value = format_dob(p.dob, form)
            split_address = entity == "ADDRESS" and len(value) >= 12 and rnd.random() < 0.3
            if split_address:
                cut = len(value) // 2
                parts = [rec.pii("ADDRESS", value[:cut], form="split"), rec.pii("ADDRESS", value[cut:], form="split")]
            else:
                parts = [rec.pii(entity, value, form=form, digits=entity in _DIGIT_ENTITIES)]
            if rnd.random() < 0.5:  # label and value in one detection
                lines.append(label + rnd.choice(["", "", "：", ":", " "]) + parts[0])
            else:  # the label, then the value, in adjacent detections
                lines += [label, parts[0]]
            lines += parts[1:]
        return lines

    def _tencent_general(self, rnd: random.Random, rec: Recorder) -> Any:
        p = self.person(rnd, rnd.choice(["zh_CN", "zh_CN", "zh_TW"]))
        detections = []
        y = 40
        for text in self._ocr_lines(rnd, rec, p):
            x, w, h = rnd.randint(20, 80), 18 * len(text), 26
            detections.append({
                "DetectedText": text,
                "Confidence": rnd.randint(80, 100),
                "Polygon": [{"X": x, "Y": y}, {"X": x + w, "Y": y}, {"X": x + w, "Y": y + h}, {"X": x, "Y": y + h}],
                "AdvancedInfo": json.dumps({"Parag": {"ParagNo": rnd.randint(1, 4)}}, separators=(",", ":")),
                "ItemPolygon": {"X": x, "Y": y, "Width": w, "Height": h},
                "Words": [],
                "WordCoordPoint": [],
            })
            y += h + rnd.randint(8, 20)
        return {"Response": {"TextDetections": detections, "Language": "zh", "Angel": 0.0, "PdfPageSize": 0,
                             "RequestId": rec.op("request_id", self._request_id(rnd))}}

    def _structural_pairs(self, rnd: random.Random, rec: Recorder, p: Person) -> list[tuple[str, str]]:
        pairs = [("姓名", rec.pii("PERSON", p.name))]
        if p.resident_id:
            pairs.append(("公民身份号码", rec.pii("CN_RESIDENT_ID", p.resident_id, digits=True)))
        form = rnd.choice(DOB_FORMS)
        pairs += [
            ("出生日期", rec.pii("DATE_OF_BIRTH", format_dob(p.dob, form), form=form)),
            ("联系电话", rec.pii("PHONE_NUMBER", p.phone, digits=True)),
            ("电子邮箱", rec.pii("EMAIL_ADDRESS", p.email)),
            ("银行卡号", rec.pii("BANK_CARD", p.card, digits=True)),
            ("地址", rec.pii("ADDRESS", p.address)),
            ("申请编号", document_content(f"SQ{rnd.randint(10**9, 10**10 - 1)}")),
            ("有效期限", document_content(self._validity(rnd))),
        ]
        for label, _ in pairs:
            rec.op("title_or_label", label)
        return pairs

    def _tencent_structural(self, rnd: random.Random, rec: Recorder) -> Any:
        p = self.person(rnd, rnd.choice(["zh_CN", "zh_CN", "zh_TW"]))
        pairs = self._structural_pairs(rnd, rec, p)
        rnd.shuffle(pairs)
        request_id = rec.op("request_id", self._request_id(rnd))
        if rnd.random() < 0.5:  # SmartStructuralOCR (V1)
            items = [{"Name": k, "Value": v, "Confidence": rnd.randint(80, 100),
                      "ItemCoord": {"X": 10, "Y": 30 * i, "Width": 300, "Height": 24}, "Row": i}
                     for i, (k, v) in enumerate(pairs)]
            return {"Response": {"Angle": 0.0, "StructuralItems": items, "RequestId": request_id}}
        coord = {"LeftTop": {"X": 0, "Y": 0}, "RightTop": {"X": 0, "Y": 0}, "RightBottom": {"X": 0, "Y": 0},
                 "LeftBottom": {"X": 0, "Y": 0}}
        lines = [{"Key": {"AutoName": k}, "Value": {"AutoContent": v, "Coord": coord}} for k, v in pairs]
        words = [{"DetectedText": f"{k}{rnd.choice(['：', ':', ''])}{v}", "Coord": coord} for k, v in pairs]
        return {"Response": {"Angle": 0.0, "StructuralList": [{"Groups": [{"Lines": lines}]}],
                             "WordList": words, "RequestId": request_id}}

    def _aws_analyzeid(self, rnd: random.Random, rec: Recorder) -> Any:
        p = self.person(rnd, "zh_CN", romanized=True) if rnd.random() < 0.3 else self.person(rnd, "en_US")
        passport = p.locale == "zh_CN" or rnd.random() < 0.3
        form = rnd.choice(["mdy", "dmon"] if not passport else ["dmon", "iso"])
        issued = dt.date(2015, 1, 1) + dt.timedelta(days=rnd.randint(0, 3000))
        # (29 February plus a number of years that is not a leap year's: the 28th)
        expires = issued.replace(year=issued.year + (10 if passport else 8), day=min(issued.day, 28))
        id_type = "PASSPORT" if passport else "DRIVER LICENSE FRONT"
        fields: list[tuple[str, str, str | None]] = [
            ("FIRST_NAME", rec.pii("PERSON", p.first.upper()), None),
            ("LAST_NAME", rec.pii("PERSON", p.last.upper()), None),
            ("MIDDLE_NAME", "", None),
            ("DOCUMENT_NUMBER", rec.pii("DOCUMENT_NUMBER", p.doc_number), None),
            ("DATE_OF_BIRTH", rec.pii("DATE_OF_BIRTH", format_dob(p.dob, form), form=form),
             rec.pii("DATE_OF_BIRTH", f"{p.dob:%Y-%m-%d}T00:00:00", form="iso")),
            ("EXPIRATION_DATE", document_content(format_dob(expires, form)), f"{expires:%Y-%m-%d}T00:00:00"),
            ("DATE_OF_ISSUE", document_content(format_dob(issued, form)), f"{issued:%Y-%m-%d}T00:00:00"),
            ("ID_TYPE", rec.op("title_or_label", id_type), None),
        ]
        if not passport:
            fields.insert(3, ("ADDRESS", rec.pii("ADDRESS", p.address.split(", ")[0]), None))
        out = []
        for type_, value, normalized in fields:
            rec.op("title_or_label", type_)
            detection: dict[str, Any] = {"Text": value, "Confidence": round(rnd.uniform(90, 99.99), 4)}
            if normalized:
                detection["NormalizedValue"] = {"Value": normalized, "ValueType": "Date"}
            out.append({"Type": {"Text": type_}, "ValueDetection": detection})
        block_lines = [rec.op("title_or_label", "PASSPORT" if passport else "DRIVER LICENSE"), p.last.upper(),
                       p.first.upper(), rec.op("title_or_label", "DOB"), format_dob(p.dob, form)]
        blocks = [{"BlockType": "LINE", "Confidence": 99.1, "Text": t, "Id": self._request_id(rnd)}
                  for t in block_lines]
        return {"IdentityDocuments": [{"DocumentIndex": 1, "IdentityDocumentFields": out, "Blocks": blocks}],
                "DocumentMetadata": {"Pages": 1}, "AnalyzeIDModelVersion": "1.0"}

    def _azure_iddocument(self, rnd: random.Random, rec: Recorder) -> Any:
        p = self.person(rnd, "zh_CN", romanized=True) if rnd.random() < 0.25 else self.person(rnd, "en_US")
        form = "mdy" if p.locale == "en_US" else "dmon"
        expires = dt.date(2026, 1, 1) + dt.timedelta(days=rnd.randint(0, 3000))
        first = rec.pii("PERSON", p.first.upper())
        last = rec.pii("PERSON", p.last.upper())
        number = rec.pii("DOCUMENT_NUMBER", p.doc_number)
        dob = rec.pii("DATE_OF_BIRTH", format_dob(p.dob, form), form=form)
        rec.pii("DATE_OF_BIRTH", f"{p.dob:%Y-%m-%d}", form="iso")
        exp = document_content(format_dob(expires, form))
        address = rec.pii("ADDRESS", p.address) if p.locale == "en_US" else ""
        title = rec.op("title_or_label", "DRIVER LICENSE" if address else "PASSPORT")
        lines = [title, f"4d DLN {number}", f"1 {last}", f"2 {first}"] + ([f"8 {address}"] if address else [])
        lines += [f"3 DOB {dob}", f"4b EXP {exp}"]
        for label in ("4d DLN", "4b EXP", "3 DOB"):
            rec.op("title_or_label", label)
        content = "\n".join(lines)
        fields: dict[str, Any] = {
            "FirstName": {"type": "string", "valueString": first, "content": first, "confidence": 0.99},
            "LastName": {"type": "string", "valueString": last, "content": last, "confidence": 0.99},
            "DocumentNumber": {"type": "string", "valueString": number, "content": number, "confidence": 0.98},
            "DateOfBirth": {"type": "date", "valueDate": f"{p.dob:%Y-%m-%d}", "content": dob, "confidence": 0.99},
            "DateOfExpiration": {"type": "date", "valueDate": document_content(f"{expires:%Y-%m-%d}"),
                                 "content": exp, "confidence": 0.99},
            "CountryRegion": {"type": "countryRegion", "valueCountryRegion": "USA" if address else "CHN",
                              "confidence": 0.99},
        }
        if address:
            fields["Address"] = {"type": "address", "content": address, "confidence": 0.97,
                                 "valueAddress": {"streetAddress": address.split(", ")[0]}}
        return {
            "status": "succeeded",
            "createdDateTime": rec.op("timestamp", f"{self._moment(rnd):%Y-%m-%dT%H:%M:%SZ}"),
            "analyzeResult": {
                "apiVersion": "2023-07-31",
                "modelId": rec.op("other", "prebuilt-idDocument"),
                "content": content,
                "pages": [{"pageNumber": 1, "angle": 0, "width": 1280, "height": 800, "unit": "pixel",
                           "lines": [{"content": line, "polygon": [0, 0, 1, 0, 1, 1, 0, 1]} for line in lines]}],
                "documents": [{"docType": "idDocument.driverLicense" if address else "idDocument.passport",
                               "fields": fields, "confidence": 0.99}],
            },
        }

    def _google_docai(self, rnd: random.Random, rec: Recorder) -> Any:
        p = self.person(rnd, "en_US")
        form = rnd.choice(["mdy", "dmon"])
        issued = dt.date(2016, 1, 1) + dt.timedelta(days=rnd.randint(0, 3000))
        expires = issued.replace(year=issued.year + 8)
        entities = [
            ("Given Names", rec.pii("PERSON", p.first.upper()), None),
            ("Family Name", rec.pii("PERSON", p.last.upper()), None),
            ("Document Id", rec.pii("DOCUMENT_NUMBER", p.doc_number), None),
            ("Date Of Birth", rec.pii("DATE_OF_BIRTH", format_dob(p.dob, form), form=form), p.dob),
            ("Issue Date", document_content(format_dob(issued, form)), issued),
            ("Expiration Date", document_content(format_dob(expires, form)), expires),
            ("Address", rec.pii("ADDRESS", p.address), None),
        ]
        rec.pii("DATE_OF_BIRTH", f"{p.dob:%Y-%m-%d}", form="iso")
        out = []
        for i, (type_, text, date) in enumerate(entities):
            rec.op("title_or_label", type_)
            entity: dict[str, Any] = {"type": type_, "mentionText": text, "confidence": round(rnd.uniform(0.8, 1), 3),
                                      "id": str(i), "pageAnchor": {"pageRefs": [{"page": "0"}]}}
            if date:
                entity["normalizedValue"] = {"text": f"{date:%Y-%m-%d}",
                                             "dateValue": {"year": date.year, "month": date.month, "day": date.day}}
            out.append(entity)
        text = "\n".join(["DRIVER LICENSE", f"DL {p.doc_number}", p.last.upper(), p.first.upper(), p.address,
                          f"DOB {format_dob(p.dob, form)}", f"EXP {format_dob(expires, form)}"]) + "\n"
        rec.op("title_or_label", "DRIVER LICENSE")
        page = {"pageNumber": 1, "dimension": {"width": 1280, "height": 800, "unit": "pixels"}}
        return {"document": {"mimeType": "image/jpeg", "text": text, "entities": out, "pages": [page]}}

    def _paddleocr(self, rnd: random.Random, rec: Recorder) -> Any:
        p = self.person(rnd, rnd.choice(["zh_CN", "zh_CN", "zh_TW"]))
        result = []
        y = 30.0
        for text in self._ocr_lines(rnd, rec, p):
            x, w = float(rnd.randint(10, 60)), 17.0 * len(text)
            box = [[x, y], [x + w, y], [x + w, y + 24.0], [x, y + 24.0]]
            result.append([box, [text, round(rnd.uniform(0.85, 0.999), 4)]])
            y += 34.0
        return [result]

    def _tencent_documents(self, rnd: random.Random, rec: Recorder) -> Any:
        """HKIDCardOCR, MLIDPassportOCR, MainlandPermitOCR and a residence permit through IDCardOCR."""
        p = self.person(rnd, rnd.choice(["zh_CN", "zh_TW"]))
        rid = rec.op("request_id", self._request_id(rnd))
        kind = rnd.choice(["hk", "passport", "permit", "residence"])
        if kind == "hk":
            first, last = _split_roman(self._fakers["zh_CN"])
            telex = " ".join(rnd.choice(_TELEX) for _ in range(len(p.name)))
            dob = format_dob(p.dob, "dmy")
            issued = document_content(f"{rnd.randint(1, 28):02d}-{rnd.randint(1, 12):02d}-"
                                             f"{rnd.randint(2003, 2023)}")
            return {"Response": {
                "CnName": rec.pii("PERSON", p.name), "EnName": rec.pii("PERSON", f"{last.upper()}, {first}"),
                "TelexCode": rec.pii("TELEX_CODE", telex, digits=True), "Sex": rec.pii("GENDER", p.gender or "男"),
                "Birthday": rec.pii("DATE_OF_BIRTH", dob, form="dmy"), "Permanent": 1,
                "IdNum": rec.pii("HK_ID", hk_id(rnd)), "Symbol": document_content("***AZ"),
                "FirstIssueDate": issued, "CurrentIssueDate": "", "FakeDetectResult": 1,
                "HeadImage": rec.pii("IMAGE", _fake_jpeg_b64(rnd)), "WarningCode": [], "RequestId": rid}}
        if kind == "passport":
            first, last = _split_roman(self._fakers["zh_CN"])
            number = "E" + "".join(str(rnd.randint(0, 9)) for _ in range(8))
            expires = dt.date(2026, 1, 1) + dt.timedelta(days=rnd.randint(0, 3000))
            line1, line2 = mrz_td3(last, first, number, p.dob, rnd.choice("MF"), expires)
            return {"Response": {
                "ID": rec.pii("DOCUMENT_NUMBER", number), "Name": rec.pii("PERSON", f"{last} {first}".upper()),
                "DateOfBirth": rec.pii("DATE_OF_BIRTH", f"{p.dob:%y%m%d}", form="mrz"), "Sex": "M",
                "DateOfExpiration": document_content(f"{expires:%y%m%d}"), "IssuingCountry": "CHN",
                "Nationality": "CHN", "Warn": [], "Image": rec.pii("IMAGE", _fake_jpeg_b64(rnd)),
                "CodeSet": rec.pii("MRZ", line1), "CodeCrc": rec.pii("MRZ", line2), "RequestId": rid}}
        if kind == "permit":
            taiwan = rnd.random() < 0.4
            number = ("".join(str(rnd.randint(0, 9)) for _ in range(8)) if taiwan else
                      rnd.choice("HM") + "".join(str(rnd.randint(0, 9)) for _ in range(8)))
            title = "台湾居民来往大陆通行证" if taiwan else "港澳居民来往内地通行证"
            first, last = _split_roman(self._fakers["zh_CN"])
            return {"Response": {
                "Name": rec.pii("PERSON", p.name), "EnglishName": rec.pii("PERSON", f"{last.upper()}, {first.upper()}"),
                "Number": rec.pii("TRAVEL_PERMIT", number), "Sex": rec.pii("GENDER", p.gender or "女"),
                "ValidDate": document_content(self._validity(rnd)),
                "IssueAuthority": document_content("公安部出入境管理局"), "IssueAddress": "广东",
                "IssueNumber": "01",
                "Type": rec.op("title_or_label", title),
                "Birthday": rec.pii("DATE_OF_BIRTH", format_dob(p.dob, "dot"), form="dot"),
                "Profile": rec.pii("IMAGE", _fake_jpeg_b64(rnd)), "RequestId": rid}}
        permit = residence_permit(rnd, p.dob)
        return {"Response": {
            "Name": rec.pii("PERSON", p.name), "Sex": rec.pii("GENDER", p.gender or "男"), "Nation": "",
            "Birth": rec.pii("DATE_OF_BIRTH", format_dob(p.dob, "slash"), form="slash"),
            "Address": rec.pii("ADDRESS", p.address), "IdNum": rec.pii("RESIDENCE_PERMIT", permit, digits=True),
            "Authority": "", "ValidDate": "", "AdvancedInfo": "{}", "ReflectDetailInfos": [], "RequestId": rid}}

    def _text_zh(self, rnd: random.Random, rec: Recorder) -> str:
        p = self.person(rnd, rnd.choice(["zh_CN", "zh_CN", "zh_TW"]))
        prefix = rnd.choice(["", "OCR text: ", "识别结果：", "DetectedText: "])
        roll = rnd.random()
        if roll < 0.15:  # sentences: a weak label, or none at all
            name = rec.pii("PERSON", p.name)
            phone = rec.pii("PHONE_NUMBER", p.phone, digits=True)
            return prefix + rnd.choice([f"客户{name}的手机号是{phone}", f"请联系{name}，电话{phone}",
                                        f"{name}已提交实名认证，联系电话{phone}"])
        if roll < 0.25:  # an unlabelled address in a sentence
            address = rec.pii("ADDRESS", p.address)
            return prefix + rnd.choice([f"寄件信息：{address}，请尽快发货", f"客户现住{address}",
                                        f"家住{address}，已核实", f"{address}"])
        if roll < 0.4:  # the identifier of another document, behind its label
            choice = rnd.choice(["hk", "tw", "residence", "permit", "telex"])
            if choice == "hk":
                label = rnd.choice(["香港身份证号码", "香港身份證", "身份證號碼"])
                value = rec.pii("HK_ID", hk_id(rnd))
            elif choice == "tw":
                label = rnd.choice(["台湾身份证", "身分證字號", "國民身分證統一編號"])
                value = rec.pii("TW_ID", tw_id(rnd))
            elif choice == "residence":
                label = rnd.choice(["居住证号码", "港澳台居民居住证", "公民身份号码"])
                value = rec.pii("RESIDENCE_PERMIT", residence_permit(rnd, p.dob), digits=True)
            elif choice == "permit":  # a home return permit (H/M) or an exit-entry permit (C)
                letter = rnd.choice("HMC")
                label = rnd.choice(["通行证号码", "港澳通行证"] if letter == "C" else ["通行证号码", "回乡证号码"])
                value = rec.pii("TRAVEL_PERMIT", letter + "".join(str(rnd.randint(0, 9)) for _ in range(8)))
            else:
                label = rnd.choice(["電碼", "中文电码"])
                value = rec.pii("TELEX_CODE", " ".join(rnd.choice(_TELEX) for _ in range(3)), digits=True)
            name_label, name = _labelled(rnd, rec, "PERSON", p.name, _ZH_LABELS, p.dob)
            rec.op("title_or_label", label)
            return prefix + f"{name_label}{name} {label}{rnd.choice(['', '：', ' '])}{value}"
        values = {
            "PERSON": p.name, "GENDER": p.gender, "ETHNICITY": p.ethnicity, "DATE_OF_BIRTH": None,
            "ADDRESS": p.address, "CN_RESIDENT_ID": p.resident_id, "PHONE_NUMBER": p.phone,
            "EMAIL_ADDRESS": p.email, "BANK_CARD": p.card,
        }
        chosen = [e for e in values if (e != "CN_RESIDENT_ID" or p.resident_id)]
        chosen = sorted(rnd.sample(chosen, rnd.randint(2, 4)), key=list(values).index)
        parts = []
        for entity in chosen:
            label, value = _labelled(rnd, rec, entity, values[entity], _ZH_LABELS, p.dob)
            parts.append(label + rnd.choice(["", "：", ":", " ", "： "]) + value)
        return prefix + rnd.choice([" ", "  ", "，"]).join(parts)

    def _text_en(self, rnd: random.Random, rec: Recorder) -> str:
        p = self.person(rnd, "zh_CN", romanized=True) if rnd.random() < 0.25 else self.person(rnd, "en_US")
        roll = rnd.random()
        if roll < 0.2:  # unlabelled names in a sentence: only the NER model can find them
            name = rec.pii("PERSON", p.name)
            phone = rec.pii("PHONE_NUMBER", p.phone, digits=True)
            return rnd.choice([f"Customer {name} called from {phone}", f"Verification for {name} failed, call {phone}"])
        if roll < 0.3 and p.locale == "en_US":  # an unlabelled street address in a sentence
            address = rec.pii("ADDRESS", p.address)
            return rnd.choice([f"Ship to {address} by Friday", f"Customer moved to {address} last year"])
        if roll < 0.4:  # a passport's machine-readable zone, or a name in its form, as OCR logs them
            first, last = _split_roman(self._fakers["zh_CN"])
            number = "E" + "".join(str(rnd.randint(0, 9)) for _ in range(8))
            expires = dt.date(2026, 1, 1) + dt.timedelta(days=rnd.randint(0, 3000))
            line1, line2 = mrz_td3(last, first, number, p.dob, rnd.choice("MF"), expires)
            if rnd.random() < 0.5:
                return f"MRZ: {rec.pii('MRZ', line1)} {rec.pii('MRZ', line2)}"
            name = rec.pii("PERSON", f"{last}<<{first}".upper().replace(" ", "<"))
            return f"OCR text: {name} passport {rec.pii('DOCUMENT_NUMBER', number)} HKID {rec.pii('HK_ID', hk_id(rnd))}"
        values = {
            "PERSON": p.name, "DATE_OF_BIRTH": None, "ADDRESS": p.address, "PHONE_NUMBER": p.phone,
            "EMAIL_ADDRESS": p.email, "BANK_CARD": p.card,
            "CN_RESIDENT_ID": p.resident_id, "DOCUMENT_NUMBER": p.doc_number,
        }
        chosen = [e for e in values if values[e] != ""]
        chosen = sorted(rnd.sample(chosen, rnd.randint(2, 4)), key=list(values).index)
        parts = []
        for entity in chosen:
            label, value = _labelled(rnd, rec, entity, values[entity], _EN_LABELS, p.dob)
            parts.append(f"{label} {value}")
        return rnd.choice(["", "OCR text: "]) + rnd.choice(["; ", ", ", "  "]).join(parts)

    def _ops_log(self, rnd: random.Random, rec: Recorder) -> str:
        ts = rec.op("timestamp", f"{self._moment(rnd):%Y-%m-%d %H:%M:%S},{rnd.randint(0, 999):03d}")
        rid = rec.op("request_id", self._request_id(rnd))
        app = str(rnd.randint(1250000000, 1259999999))
        action = rnd.choice(_ACTIONS)
        region = rnd.choice(_REGIONS)
        latency = f"latency_ms={rnd.randint(40, 2500)}"
        fee = f"fee={rnd.choice(['0.01', '0.02', '0.15', '0.00'])}"
        choice = rnd.randint(0, 5)
        if choice >= 4:  # operational prose, English or Chinese: status phrases, products, zones, pipelines
            prose = rnd.choice(_OPS_PROSE_EN if choice == 4 else _OPS_PROSE_ZH)
            return f"{ts} WARN ocr.ops {rec.op('other', prose)} RequestId={rid}"
        if choice == 0:
            body = (f"AppID={rec.op('app_id', app)} Action={rec.op('other', action)} Region={rec.op('region', region)} "
                    f"RequestId={rid} Result=Success {rec.op('latency', latency)} {rec.op('fee', fee)} calls=1")
        elif choice == 1:
            code, message = rnd.choice(_ERRORS)
            body = (f"AppID={rec.op('app_id', app)} Action={rec.op('other', action)} RequestId={rid} Result=Error "
                    f"Code={rec.op('error_code', code)} Message={rec.op('error_code', message)} "
                    f"{rec.op('latency', latency)}")
        elif choice == 2:
            authority = rec.op("authority", self._authority(rnd))
            valid = rec.op("validity_date", self._validity(rnd))
            body = (f"RequestId={rid} CardSide=BACK Authority={authority} ValidDate={valid} "
                    f"{rec.op('latency', latency)}")
        else:
            titles = ["中华人民共和国居民身份证", "居民身份证", "银行卡", "营业执照"]
            title = rec.op("title_or_label", rnd.choice(titles))
            labels = rec.op("title_or_label", "姓名,性别,民族,出生,住址,公民身份号码")
            body = (f"RequestId={rid} Region={rec.op('region', region)} DocType={title} Labels={labels} "
                    f"{rec.op('fee', fee)}")
        return f"{ts} INFO ocr.api {body}"

    def _ops_json(self, rnd: random.Random, rec: Recorder) -> Any:
        rid = rec.op("request_id", self._request_id(rnd))
        choice = rnd.randint(0, 3)
        if choice == 0:  # a billing / monitoring record
            start = self._moment(rnd)
            end = start + dt.timedelta(milliseconds=rnd.randint(40, 2500))
            return {
                "AppId": rec.op_num("app_id", "AppId", rnd.randint(1250000000, 1259999999)),
                "Action": rec.op("other", rnd.choice(_ACTIONS)),
                "Region": rec.op("region", rnd.choice(_REGIONS)),
                "RequestId": rid,
                "StartTime": rec.op("timestamp", start.isoformat(timespec="milliseconds") + "+08:00"),
                "EndTime": rec.op("timestamp", end.isoformat(timespec="milliseconds") + "+08:00"),
                "LatencyMs": rec.op_num("latency", "LatencyMs", rnd.randint(40, 2500)),
                "Result": "Success",
                "Fee": rec.op_num("fee", "Fee", rnd.choice([0.01, 0.02, 0.15])),
                "CallVolume": rec.op_num("other", "CallVolume", rnd.randint(1, 50)),
            }
        if choice == 1:  # an error response
            code, message = rnd.choice(_ERRORS)
            error = {"Code": rec.op("error_code", code), "Message": rec.op("error_code", message)}
            return {"Response": {"Error": error, "RequestId": rid}}
        if choice == 2:  # the back of an ID card: authority and validity, no personal data
            fields = {k: "" for k in ("Name", "Sex", "Nation", "Birth", "Address", "IdNum")}
            return {"Response": {**fields, "Authority": document_content(self._authority(rnd)),
                                 "ValidDate": document_content(self._validity(rnd)),
                                 "AdvancedInfo": json.dumps({"WarnInfos": [], "Quality": rnd.randint(40, 99)}),
                                 "ReflectDetailInfos": [], "RequestId": rid}}
        texts = [rec.op("title_or_label", t) for t in ("中华人民共和国", "居民身份证", "签发机关")]
        texts.append(document_content(self._authority(rnd)))
        texts.append(rec.op("title_or_label", "有效期限"))
        texts.append(document_content(self._validity(rnd)))
        detections = [{"DetectedText": t, "Confidence": 99, "ItemPolygon": {"X": 10, "Y": 40 * i, "Width": 300,
                                                                              "Height": 30}}
                      for i, t in enumerate(texts)]
        return {"Response": {"TextDetections": detections, "Language": "zh", "Angel": 0.0, "RequestId": rid}}


# Operational prose: what ops lines say besides key=value pairs. None of it is personal. (No place names: a
# country or city in free text is identification data by the policies ocrshield serves, and is redacted.)
_OPS_PROSE_EN = (
    "HTTP/1.1 502 Bad Gateway from upstream ocr-worker-3",
    "431 Request Header Fields Too Large; retrying without cookies",
    "422 Unprocessable Entity: ImageBase64 is not a supported format",
    "307 Temporary Redirect to the ap-singapore endpoint",
    "Job 42 Nightly Run completed in 381 s",
    "Nginx Ingress Controller restarted after config reload",
    "Object Storage bucket lifecycle rule applied",
    "Build Pipeline Main Branch deployed to Production Cluster",
    "Webhook Delivery retried with Exponential Backoff",
    "Tencent Cloud API Gateway throttled the request",
    "Service Unavailable: availability zone ap-guangzhou-3 in maintenance",
)
_OPS_PROSE_ZH = (
    "ap-guangzhou-3 可用区切换已完成",
    "郑州市区服务已恢复，华中地域调用正常",
    "上海二区机房已切换到备用链路",
    "高并发已处理，队列积压清零",
    "单文件已上传至对象存储",
    "云服务已开通，计费模式为按量付费",
    "身份证识别接口调用量超过阈值，已触发告警",
    "广东省深圳市节点延迟升高，已切换至广州节点",
    "北京市公安局朝阳分局签发的证件识别成功率98.5%",
    "请检查图片质量后重试，错误码FailedOperation.ImageBlur",
)


def _labelled(
    rnd: random.Random, rec: Recorder, entity: str, value: str | None, labels: dict[str, Any], dob: dt.date
) -> tuple[str, str]:
    """A label for `entity` (recorded as operational) and its value (recorded as planted); a None value is the
    date of birth, written in a random form."""
    label = rec.op("title_or_label", rnd.choice(labels[entity]))
    form = ""
    if value is None:
        form = rnd.choice(DOB_FORMS)
        value = format_dob(dob, form)
    return label, rec.pii(entity, value, form=form, digits=entity in _DIGIT_ENTITIES)


def _split_roman(fk: Any) -> list[str]:
    """[given, family] of a romanised Chinese name (`Wang Xiaoming` → Xiaoming, Wang), in passport order."""
    family, given = fk.romanized_name().split(" ", 1)
    return [given, family]

"""Outside data: real vendor example payloads from public sources, labelled from the vendors' own documentation.

README
======

Nothing here was written on this project: every payload is a vendor's published example response or a response
recorded from the vendor's service by the vendor's own SDK tests. The data files are not committed; they are read
from the git-ignored `benchmarks/data/outside/` and the corpus is skipped (`Corpus.available()` is False) when
that folder is missing.

Sources
-------

1. Tencent Cloud OCR API examples (kinds `tencent_identity`, `tencent_documents`, `tencent_nonpersonal`).
   Repository TencentCloud/tencentcloud-cli, commit 6e53beb521ad49d551683fc7b1439a8543f7ea68 (release 3.1.155.1),
   files `tccli/services/ocr/v20181119/examples.json` (the Output example of every Action) and `api.json` (the
   field descriptions the labels were chosen from). Licence: Apache-2.0 (the repository's LICENSE, copied along).
2. Amazon Textract AnalyzeID and AnalyzeDocument responses (kinds `textract_analyzeid`, `textract_document`).
   Repository aws-samples/amazon-textract-response-parser, commit a9b44fee2aa9aecdc8fd59e1201a13d1164e8104, files
   `src-js/test/data/analyzeid-test-drivers-license-response.json`,
   `src-js/test/data/analyzeid-test-passport-response.json`, `src-python/tests/data/test-trp2_analyzeid_sample1.json`,
   `src-python/tests/data/test-trp2-analyzeid_sample_multi_page.json`,
   `src-python/tests/data/test-trp2_analyzeid_sample1_with_OCR.json`; and repository
   aws-samples/amazon-textract-textractor, commit f34c34a6c75dd4675642e52c1bad5a6c0eaf8ee4, files
   `tests/fixtures/saved_api_responses/test_analyze_id_from_image.json`, `.../test_analyze_id_from_path.json`,
   `.../test_detect_no_duplicate_words_fake_id.png.json` and `.../test_document_to_html_fake_id.png.json` (the last
   two are AnalyzeDocument responses for the same synthetic Massachusetts licence, read as general OCR). Licence of
   both: Apache-2.0 (their LICENSE files, copied along). The `Comment` key the parser's authors added to two files
   is dropped; the rest is the response as saved.
3. Azure Form Recognizer / Document Intelligence `prebuilt-idDocument` results (kind `azure_iddocument`), recorded
   by the SDK tests of repository Azure/azure-sdk-for-js (licence: MIT as the repository states it today; the
   only root LICENSE the index here holds, at an old commit 0707659e, is an Apache-2.0 text), under
   `sdk/formrecognizer/ai-form-recognizer/recordings/node/`:
   `aad_formrecognizerclient_nodejs_only_iddocuments/recording_url.js` at commit
   17f19b12fe1b6159c598e83079a308c99aab31dd (API v2.1-preview.3),
   `aad_formrecognizerclient_nodejs_only_identitydocuments/recording_url.js` at commit
   1773ea7b14ef6e2d99820273cae05e4219a1c20c (2021-09-30-preview) and
   `aad_analysis_node_identitydocuments/recording_url.js` at commit e53f080c0604244deef6c4668014736aaee3c8e0
   (2022-01-30-preview). The payload is the body of the recording's last `.reply(200, {...})`, the succeeded
   analyze result. The repository is too large to fetch here, so the three bodies were copied from a read-only
   index of it into `azure-sdk-for-js/<recording folder>__recording_url.json`; their word, line and field spans
   were checked against their `content`, and the v2.1 body has the recorded Content-Length (1587).

Putting the data back on another machine
----------------------------------------

From `benchmarks/data/outside/` (create it)::

    git clone https://github.com/TencentCloud/tencentcloud-cli.git /tmp/tccli
    git -C /tmp/tccli checkout 6e53beb521ad49d551683fc7b1439a8543f7ea68
    mkdir -p tencentcloud-cli && cp /tmp/tccli/LICENSE /tmp/tccli/tccli/services/ocr/v20181119/{api,examples}.json \\
        tencentcloud-cli/

    git clone https://github.com/aws-samples/amazon-textract-response-parser.git /tmp/trp
    git -C /tmp/trp checkout a9b44fee2aa9aecdc8fd59e1201a13d1164e8104
    # copy LICENSE and the five files listed above to amazon-textract-response-parser/<same path>

    git clone https://github.com/aws-samples/amazon-textract-textractor.git /tmp/textractor
    git -C /tmp/textractor checkout f34c34a6c75dd4675642e52c1bad5a6c0eaf8ee4
    # copy LICENSE and the four files listed above to amazon-textract-textractor/<same path>

    git clone https://github.com/Azure/azure-sdk-for-js.git /tmp/azjs     # large
    # for each recording above: git -C /tmp/azjs show <commit>:<path> > azure-sdk-for-js/<folder>__recording_url.js
    # (this loader extracts the last `.reply(200, ...)` body of a `.js` recording; a `.json` body is read as is)

What was labelled, and how
--------------------------

Each record is one vendor payload, unchanged. Personal values (`planted`) were chosen field by field from the
vendor's documentation of the response: Tencent's `api.json` member descriptions (姓名, 民族, 出生日期, 住址,
公民身份号码, 签发机关 ...), the Textract AnalyzeID field types (FIRST_NAME, DATE_OF_BIRTH, DOCUMENT_NUMBER ...) and
the Form Recognizer idDocument fields (FirstName, DateOfBirth, DocumentNumber, Sex ...). Where the payload also
carries OCR text (Textract blocks, Azure `content`/words/lines), the same person's values are planted as they
appear in that text, told apart by the licence's printed field numbers (1 family name, 2 given name, 3 DOB,
4d number, 8 address, 15 sex). Every planted value is a string that occurs in `_corpus.serialise(payload)`.

* Personal: names (also signatures, former names, legal representatives and invoice staff, a class roster),
  resident ID / passport / permit / licence / other document numbers of a person, dates of birth (with their
  written form), addresses (whole, and the address lines and postcode as OCR splits them), nationality, gender,
  ethnicity, place of birth, phone, e-mail, QQ number (`ONLINE_ACCOUNT`), bank card, MRZ lines, telex codes,
  portrait and card images (base64, including Tencent's abbreviated `/9j/4AAQSkZJRg.....s97n//2Q==`), plates,
  VIN and engine numbers of a privately owned vehicle (`VEHICLE`), and household-register attributes (native
  place, education, marital status, service place, religion: `PERSONAL_ATTRIBUTE`, the field in `form`).
  Identifiers get `digits` (what must not survive of them) when at least six digits make up most of the value.
* Operational: RequestIds, warning and error codes and messages, HTTP status/date/headers, timestamps, API and
  model versions, document type names and printed labels (`title_or_label`: 姓名, `FIRST_NAME`, `3 DOB` ...),
  coordinates and confidences (`coordinate`, `confidence`, written as `"Key": value` fragments), and in the
  PII-free kind the recognised text itself (`document_text`), which a redactor has no reason to touch.
* Neither: issuing authorities, issue/expiry/validity dates, card serials, issuing country/state, vehicle
  models, invoice amounts and company data, already masked values (`张**`, `3210231993****6499`) and
  placeholders (`某某某`, `XXX,XXXX`).

Rules applied to every record: empty strings and placeholders are skipped, as are planted values shorter than two
characters (except gender); a value is planted once per record; a value that also occurs in a field labelled
"neither" (e.g. nationality `USA` beside the issuing country `USA`) is not planted, since keeping that field would
count as its leak; a planted value that occurs in an operational value (as a whole word for Latin words, as the
leak check finds it) is not planted, and an operational value inside a planted one is not recorded; a value seen
only inside another planted value (`LIAM` inside `LIAM R.`) is not planted on its own. Exact duplicate payloads
(two Tencent examples repeat another) are kept once. `GENERAL_OCR_DOCUMENT_KINDS` names the kind that is an
identity document read by general OCR (Textract AnalyzeDocument of the licence).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

from _corpus import Record, Recorder, serialise

__all__ = ["DATA", "GENERAL_OCR_DOCUMENT_KINDS", "Corpus"]

DATA = Path(__file__).resolve().parent / "data" / "outside"
GENERAL_OCR_DOCUMENT_KINDS = ("textract_document",)

_TENCENT = "tencentcloud-cli"
_TRP = "amazon-textract-response-parser"
_TEXTRACTOR = "amazon-textract-textractor"
_AZURE = "azure-sdk-for-js"

# Identifiers whose digits are what must not survive (when digits make up most of the value).
_IDENTIFIERS = frozenset(
    {
        "CN_RESIDENT_ID",
        "HK_ID",
        "PASSPORT",
        "TRAVEL_PERMIT",
        "DOCUMENT_NUMBER",
        "DRIVER_LICENSE",
        "BANK_CARD",
        "PHONE_NUMBER",
        "TELEX_CODE",
        "ONLINE_ACCOUNT",
    }
)
_CONFIDENCE_KEYS = frozenset({"Confidence", "RiskConfidence", "confidence", "docTypeConfidence"})
_COORDINATE_KEYS = frozenset(
    {
        "X",
        "Y",
        "Width",
        "Height",
        "Left",
        "Top",
        "Angle",
        "Angel",
        "Row",
        "ColTl",
        "RowTl",
        "ColBr",
        "RowBr",
        "ParagNo",
        "WordSize",
        "High",
        "Wide",
        "OrgHeight",
        "OrgWidth",
        "CroppedHeight",
        "CroppedWidth",
        "Position",
        "PdfPageSize",
        "Page",
        "Index",
        "angle",
        "width",
        "height",
        "pageNumber",
        "page",
        "offset",
        "length",
        "boundingBox",
        "pageRange",
    }
)
_WARNING_KEYS = frozenset(
    {
        "RecognizeWarnCode",
        "RecognizeWarnMsg",
        "WarnCardInfos",
        "Warn",
        "WarningCode",
        "WarnCodes",
        "ErrorCode",
        "ErrorMessage",
        "StatusCode",
    }
)
_LABEL_KEYS = frozenset({"AutoName", "KeyName", "ConfigName"})
# Keys of recognised text in Tencent payloads: `document_text` in the PII-free kind.
_TEXT_KEYS = frozenset({"DetectedText", "Text", "Answer", "QueryInfo", "Origin", "Replace", "Message", "AutoContent"})

Leaf = tuple[tuple[str | int, ...], Any]


def _leaves(obj: Any, path: tuple[str | int, ...] = ()) -> Iterator[Leaf]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _leaves(v, (*path, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _leaves(v, (*path, i))
    else:
        yield path, obj


def _dicts(obj: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    if isinstance(obj, dict):
        yield path, obj
        for k, v in obj.items():
            yield from _dicts(v, (*path, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _dicts(v, (*path, i))


def _pattern(path: tuple[str | int, ...]) -> str:
    return ".".join("*" if isinstance(p, int) else p for p in path)


def _occurs(value: str, text: str) -> bool:
    """As the accuracy leak check finds a value: a Latin word as a whole word, anything else as a substring."""
    if value.isascii() and value.isalpha():
        return re.search(rf"(?<![A-Za-z]){re.escape(value)}(?![A-Za-z])", text) is not None
    return value in text


def _placeholder(value: str) -> bool:
    return not value.strip() or not re.sub(r"[Xx*\-,.\s某]", "", value)


def _masked(value: str) -> bool:
    return "**" in value


_DOB_FORMS = (
    ("iso", r"\d{4}-\d{2}-\d{2}(T00:00:00)?"),
    ("slash", r"\d{4}/\d{1,2}/\d{1,2}"),
    ("dot", r"\d{4}\.\d{2}\.\d{2}"),
    ("compact", r"\d{8}"),
    ("cjk", r"\d{4}年\d{1,2}月\d{1,2}日"),
    ("cjk_month", r"\d{4}年\d{1,2}月"),
    ("dmy", r"\d{2}-\d{2}-\d{4}"),
    ("dmon", r"\d{1,2} [A-Za-z]{3}\.? \d{4}"),
    ("mdy", r"\d{1,2}/\d{1,2}/\d{4}"),
)


def _dob_form(value: str) -> str:
    for form, rx in _DOB_FORMS:
        if re.fullmatch(rx, value):
            return form
    return "thai" if re.search(r"[\u0e00-\u0e7f]", value) else "other"


def _digits(entity: str, value: str) -> bool:
    if entity not in _IDENTIFIERS:
        return False
    digits = sum(c.isdigit() for c in value)
    alnum = sum(c.isalnum() for c in value)
    return digits >= 6 and digits >= 0.6 * alnum


class _Labeller:
    """Collects one payload's labels; `record` applies the rules of the module docstring and builds the Record."""

    dropped: ClassVar[Counter[str]] = Counter()  # why planted values were left out, over every record built

    def __init__(self, payload: Any) -> None:
        self.payload = payload
        self.pii: list[tuple[str, str, str]] = []  # (entity, value, form)
        self.ops: dict[str, str] = {}  # fragment -> category
        self.personal: set[tuple[str | int, ...]] = set()
        self.text: set[tuple[str | int, ...]] = set()

    def plant(self, entity: str, value: Any, form: str = "", path: tuple[str | int, ...] | None = None) -> None:
        if path is not None:
            self.personal.add(path)
        if not isinstance(value, str) or _placeholder(value) or _masked(value):
            return
        if len(value) < 2 and entity != "GENDER":
            return
        if entity == "DATE_OF_BIRTH" and not form:
            form = _dob_form(value)
        self.pii.append((entity, value, form))

    def op(self, category: str, fragment: str) -> None:
        if fragment and fragment not in self.ops:
            self.ops[fragment] = category

    def op_kv(self, category: str, key: str, value: Any) -> None:
        self.op(category, json.dumps({key: value}, ensure_ascii=False)[1:-1])

    def label(self, value: Any) -> None:
        if isinstance(value, str) and len(value.strip()) >= 2 and not _masked(value):
            self.op("title_or_label", value)

    def generic_ops(self) -> None:
        """RequestIds, warnings and errors, coordinates and confidences, wherever they are."""
        for _path, d in _dicts(self.payload):
            for key, value in d.items():
                if key in ("RequestId", "x-amzn-requestid", "apim-request-id") and isinstance(value, str):
                    self.op("request_id", value)
                elif key in _WARNING_KEYS and value not in (None, [], ""):
                    self.op_kv("error_code", key, value)
                elif key == "Error" and isinstance(value, dict):  # Tencent's error response: Code and Message
                    for part in ("Code", "Message"):
                        if isinstance(value.get(part), str):
                            self.op("error_code", value[part])
                elif key == "Code" and isinstance(value, str) and re.fullmatch(r"OK|[A-Z]\w+(\.\w+)+", value):
                    self.op_kv("error_code", key, value)
                elif key in _CONFIDENCE_KEYS and _number(value):
                    self.op_kv("confidence", key, value)
                elif key in _COORDINATE_KEYS and (_number(value) or _numbers(value)):
                    self.op_kv("coordinate", key, value)

    def record(self, kind: str, index: int) -> Record:
        source = serialise(self.payload)
        planted: dict[str, tuple[str, str]] = {}
        for entity, value, form in self.pii:
            if value not in planted:
                if value not in source:
                    raise AssertionError(f"{kind}: planted {value!r} is not in the payload")
                planted[value] = (entity, form)
        # A value also in a field that is neither personal nor recognised text would leak through that field.
        others = [
            leaf
            for path, leaf in _leaves(self.payload)
            if isinstance(leaf, str) and path not in self.personal and path not in self.text
        ]
        for value in list(planted):
            if any(_occurs(value, leaf) for leaf in others):
                self.dropped[f"{planted.pop(value)[0]}: also in a non-personal field"] += 1
        for value in list(planted):
            if any(_occurs(value, fragment) for fragment in self.ops):
                self.dropped[f"{planted.pop(value)[0]}: inside an operational value"] += 1
        # A value seen only inside another planted value (a given name inside the full name) is that value's leak.
        for value in list(planted):
            rest = source
            for other in planted:
                if other != value and value in other:
                    rest = rest.replace(other, "")
            if not _occurs(value, rest):
                self.dropped[f"{planted.pop(value)[0]}: only inside another planted value"] += 1
        rec = Recorder()
        for value, (entity, form) in planted.items():
            rec.pii(entity, value, form=form, digits=_digits(entity, value))
        for fragment, category in self.ops.items():
            if fragment not in source or any(fragment in value for value in planted):
                continue
            rec.op(category, fragment)
        return Record(kind, index, self.payload, tuple(rec.planted), tuple(rec.operational))


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _numbers(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(_number(v) for v in value)


def _get(obj: Any, path: tuple[str | int, ...]) -> Any:
    for p in path:
        obj = obj[p]
    return obj


# -- Tencent Cloud OCR -----------------------------------------------------------------------------------------

# Fields (paths under `Response`, `*` for list items) -> (entity, form), from api.json's member descriptions.
_NAME = ("PERSON", "")
_SEX = ("GENDER", "")
_DOB = ("DATE_OF_BIRTH", "")
_ADDR = ("ADDRESS", "")
_IMG = ("IMAGE", "")
_ID_CARD = {
    "Name": _NAME,
    "Sex": _SEX,
    "Nation": ("ETHNICITY", ""),
    "Birth": _DOB,
    "Address": _ADDR,
    "IdNum": ("CN_RESIDENT_ID", ""),
}
_T_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "IDCardOCR": _ID_CARD,
    "RecognizeEncryptedIDCardOCR": _ID_CARD,
    "GetOCRResult": {f"OCRResult.IDCardResult.Front.{k}": v for k, v in _ID_CARD.items()},
    "RecognizeValidIDCardOCR": {
        **{f"IDCardInfo.{k}.Content": v for k, v in _ID_CARD.items()},
        "IDCardInfo.PortraitImage.Content": _IMG,
        "IDCardInfo.CardImage.Content": _IMG,
    },
    "HKIDCardOCR": {
        "CnName": _NAME,
        "EnName": _NAME,
        "TelexCode": ("TELEX_CODE", ""),
        "Sex": _SEX,
        "Birthday": _DOB,
        "IdNum": ("HK_ID", ""),
        "WindowEmbeddedText": ("HK_ID", "window"),
        "HeadImage": _IMG,
        "SmallHeadImage": _IMG,
    },
    "MLIDCardOCR": {
        "ID": ("DOCUMENT_NUMBER", "mykad"),
        "Name": _NAME,
        "Address": _ADDR,
        "Sex": _SEX,
        "Birthday": _DOB,
        "Image": _IMG,
        "MyKadNumber": ("DOCUMENT_NUMBER", "mykad"),
    },
    "MLIDPassportOCR": {
        "ID": ("PASSPORT", ""),
        "Name": _NAME,
        "DateOfBirth": _DOB,
        "Sex": _SEX,
        "Nationality": ("NATIONALITY", ""),
        "Image": _IMG,
        "CodeSet": ("MRZ", ""),
        "CodeCrc": ("MRZ", ""),
        "Surname": _NAME,
        "GivenName": _NAME,
        "PassportRecognizeInfos.PassportID": ("PASSPORT", ""),
        "PassportRecognizeInfos.Surname": _NAME,
        "PassportRecognizeInfos.GivenName": _NAME,
        "PassportRecognizeInfos.Name": _NAME,
        "PassportRecognizeInfos.Nationality": ("NATIONALITY", ""),
        "PassportRecognizeInfos.DateOfBirth": _DOB,
        "PassportRecognizeInfos.Sex": _SEX,
        "PassportRecognizeInfos.Signature": ("PERSON", "signature"),
        "PassportRecognizeInfos.BirthPlace": ("PLACE_OF_BIRTH", ""),
    },
    "MainlandPermitOCR": {
        "Name": _NAME,
        "EnglishName": _NAME,
        "Sex": _SEX,
        "Birthday": _DOB,
        "Number": ("TRAVEL_PERMIT", ""),
        "Profile": _IMG,
        "Nationality": ("NATIONALITY", ""),
        "MainlandTravelPermitBackInfos.Name": _NAME,
        "MainlandTravelPermitBackInfos.IDNumber": ("DOCUMENT_NUMBER", "id_on_permit"),
        "MainlandTravelPermitBackInfos.HistoryNumber": ("TRAVEL_PERMIT", "history"),
    },
    "PassportOCR": {
        "PassportNo": ("PASSPORT", ""),
        "Sex": _SEX,
        "Nationality": ("NATIONALITY", ""),
        "BirthDate": _DOB,
        "BirthPlace": ("PLACE_OF_BIRTH", ""),
        "Signature": ("PERSON", "signature"),
        "CodeSet": ("MRZ", ""),
        "CodeCrc": ("MRZ", ""),
        "Name": _NAME,
        "FamilyName": _NAME,
        "FirstName": _NAME,
        "PortraitImageInfo.PortraitImage": _IMG,
    },
    "PermitOCR": {
        "Name": _NAME,
        "EnglishName": _NAME,
        "Number": ("TRAVEL_PERMIT", ""),
        "Sex": _SEX,
        "Birthday": _DOB,
        "PortraitImage": _IMG,
    },
    "ResidenceBookletOCR": {
        "HouseholdNumber": ("DOCUMENT_NUMBER", "household"),
        "Name": _NAME,
        "Sex": _SEX,
        "BirthPlace": ("PLACE_OF_BIRTH", ""),
        "Nation": ("ETHNICITY", ""),
        "NativePlace": ("PERSONAL_ATTRIBUTE", "native_place"),
        "BirthDate": _DOB,
        "IdCardNumber": ("CN_RESIDENT_ID", ""),
        "EducationDegree": ("PERSONAL_ATTRIBUTE", "education"),
        "ServicePlace": ("PERSONAL_ATTRIBUTE", "service_place"),
        "Address": _ADDR,
        "HouseholderName": _NAME,
        "Relationship": ("PERSONAL_ATTRIBUTE", "relationship"),
        "OtherAddresses": _ADDR,
        "ReligiousBelief": ("PERSONAL_ATTRIBUTE", "religion"),
        "Height": ("PERSONAL_ATTRIBUTE", "height"),
        "BloodType": ("PERSONAL_ATTRIBUTE", "blood_type"),
        "MaritalStatus": ("PERSONAL_ATTRIBUTE", "marital_status"),
        "VeteranStatus": ("PERSONAL_ATTRIBUTE", "veteran_status"),
        "Profession": ("PERSONAL_ATTRIBUTE", "profession"),
        "MoveToCityInformation": ("PERSONAL_ATTRIBUTE", "migration"),
        "MoveToSiteInformation": ("PERSONAL_ATTRIBUTE", "migration"),
        "FormerName": ("PERSON", "former_name"),
    },
    "DriverLicenseOCR": {
        "Name": _NAME,
        "Sex": _SEX,
        "Nationality": ("NATIONALITY", ""),
        "Address": _ADDR,
        "DateOfBirth": _DOB,
        "CardCode": ("CN_RESIDENT_ID", "driver_license_number"),
        "ArchivesCode": ("DOCUMENT_NUMBER", "driver_file_number"),
        "BackPageName": _NAME,
        "BackPageCardCode": ("CN_RESIDENT_ID", "driver_license_number"),
    },
    "VehicleLicenseOCR": {
        "FrontInfo.PlateNo": ("VEHICLE", "plate"),
        "FrontInfo.Owner": _NAME,
        "FrontInfo.Address": _ADDR,
        "FrontInfo.Vin": ("VEHICLE", "vin"),
        "FrontInfo.EngineNo": ("VEHICLE", "engine"),
        "BackInfo.PlateNo": ("VEHICLE", "plate"),
        "BackInfo.AddressElectronic": _ADDR,
        "TractorBackInfo.PlateNo": ("VEHICLE", "plate"),
        "TractorBackInfo.Address": _ADDR,
    },
    "BankCardOCR": {"CardNo": ("BANK_CARD", ""), "BorderCutImage": _IMG, "CardNoImage": _IMG},
    "RecognizeThaiIDCardOCR": {
        "ID": ("DOCUMENT_NUMBER", "thai_id"),
        "ThaiName": _NAME,
        "EnFirstName": _NAME,
        "EnLastName": _NAME,
        "Birthday": _DOB,
        "EnBirthday": _DOB,
        "Religion": ("PERSONAL_ATTRIBUTE", "religion"),
        "Address": _ADDR,
        "LaserID": ("DOCUMENT_NUMBER", "thai_laser_id"),
        "PortraitImage": _IMG,
    },
    # Documents that are not identity documents but hold a person's data.
    "TrainTicketOCR": {"Name": _NAME, "ID": ("CN_RESIDENT_ID", "")},
    "WaybillOCR": {
        "TextDetections.RecName.Text": _NAME,
        "TextDetections.RecNum.Text": ("PHONE_NUMBER", ""),
        "TextDetections.RecAddr.Text": _ADDR,
        "TextDetections.SenderNum.Text": ("PHONE_NUMBER", "sender"),
        "TextDetections.SenderAddr.Text": ("ADDRESS", "sender"),
    },
    "EstateCertOCR": {"Obligee": _NAME, "Location": _ADDR, "Number": ("DOCUMENT_NUMBER", "property_certificate")},
    "BizLicenseOCR": {"Person": ("PERSON", "legal_representative")},
    "RecognizeGeneralInvoice": {
        f"MixedInvoiceItems.*.SingleInvoiceInfos.VatSpecialInvoice.{k}": ("PERSON", "invoice_staff")
        for k in ("Issuer", "Receiptor", "Reviewer")
    },
    "BusinessCardOCR": {"RetImageBase64": _IMG},
}
# Base64 images inside the JSON string `AdvancedInfo` (IdCard, Portrait: api.json's AdvancedInfo description).
_T_EMBEDDED = {
    "IDCardOCR": {"IdCard": _IMG, "Portrait": _IMG},
    "RecognizeEncryptedIDCardOCR": {"IdCard": _IMG, "Portrait": _IMG},
}
# Name/value lists: (label key, value key, {label (a regular expression): (entity, form)}).
_STAFF = {"收款人|复核|开票人": ("PERSON", "invoice_staff")}
_T_PAIRS: dict[str, tuple[str, str, dict[str, tuple[str, str]]]] = {
    "BusinessCardOCR": (
        "Name",
        "Value",
        {
            "姓名": _NAME,
            "地址": _ADDR,
            "邮箱": ("EMAIL_ADDRESS", ""),
            "手机|电话": ("PHONE_NUMBER", ""),
            "QQ": ("ONLINE_ACCOUNT", "qq"),
        },
    ),
    "VehicleRegCertOCR": ("Name", "Value", {"机动车所有人\\d*": _NAME, "号码\\d*": ("CN_RESIDENT_ID", "")}),
    "CarInvoiceOCR": (
        "Name",
        "Value",
        {
            "购买方名称": _NAME,
            "身份证号码/组织机构代码": ("CN_RESIDENT_ID", ""),
            "车辆识别代号/车架号码": ("VEHICLE", "vin"),
            "发动机号码": ("VEHICLE", "engine"),
            **_STAFF,
        },
    ),
    "MixedInvoiceOCR": ("Name", "Value", _STAFF),
    "VatInvoiceOCR": ("Name", "Value", _STAFF),
    "EnterpriseLicenseOCR": ("Name", "Value", {"法定代表人|经营者": ("PERSON", "legal_representative")}),
    "RecognizeMedicalInvoiceOCR": ("Name", "Content", {"姓名": _NAME, "性别": _SEX}),
    "RecognizeAgent": ("KeyName", "KeyValue", {"姓名": _NAME, "出生年月": _DOB}),
}
_T_IDENTITY = frozenset(
    {
        "IDCardOCR",
        "RecognizeEncryptedIDCardOCR",
        "GetOCRResult",
        "RecognizeValidIDCardOCR",
        "HKIDCardOCR",
        "MLIDCardOCR",
        "MLIDPassportOCR",
        "MainlandPermitOCR",
        "PassportOCR",
        "PermitOCR",
        "ResidenceBookletOCR",
        "DriverLicenseOCR",
        "VehicleLicenseOCR",
        "BankCardOCR",
        "RecognizeThaiIDCardOCR",
    }
)
# The document type a response names (证件类别 ...): a title that monitoring keeps.
_T_TITLES = frozenset({"Type", "CardType", "CardCategory"})


def _tencent_roster(lab: _Labeller) -> None:
    """RecognizeTableOCR's example is a class duty roster: weekday row labels, a title, pupils' names."""
    for path, d in _dicts(lab.payload):
        text = d.get("Text")
        if "Cells" in path and isinstance(text, str):
            lab.text.add((*path, "Text"))
            if re.fullmatch(r"星期[一二三四五六日]|.*值日表", text):
                lab.label(text)
            elif text.startswith("备注"):
                lab.label("备注")
                for name in re.findall(r"[\u4e00-\u9fff]{2,3}(?=[、负])", text):
                    lab.plant("PERSON", name, "in_text")
            elif re.fullmatch(r"[\u4e00-\u9fff]{2,3}", text):
                lab.plant("PERSON", text, "table_cell")


def _tencent(action: str, output: dict[str, Any]) -> tuple[str, _Labeller]:
    lab = _Labeller(output)
    fields = _T_FIELDS.get(action, {})
    pairs = _T_PAIRS.get(action)
    for path, leaf in _leaves(output):
        if not path or path[0] != "Response":
            continue
        rel = _pattern(path[1:])
        if rel in fields:
            lab.plant(*_swap(fields[rel], leaf), path=path)
        if rel == "AdvancedInfo" and action in _T_EMBEDDED and isinstance(leaf, str) and leaf.startswith("{"):
            for key, value in json.loads(leaf).items():
                if key in _T_EMBEDDED[action]:
                    lab.plant(_T_EMBEDDED[action][key][0], value, path=path)
        if len(path) == 2 and path[1] in _T_TITLES and action in _T_IDENTITY:
            lab.label(leaf)
    for path, d in _dicts(output):
        for name_key, value_key in (("Name", "Value"), ("Name", "Content"), ("KeyName", "KeyValue")):
            if name_key in d and value_key in d:
                lab.label(d[name_key])
                if pairs and (name_key, value_key) == pairs[:2] and isinstance(d[name_key], str):
                    for rx, (entity, form) in pairs[2].items():
                        if re.fullmatch(rx, d[name_key]):
                            lab.plant(entity, d[value_key], form, path=(*path, value_key))
        for key in _LABEL_KEYS & d.keys():
            lab.label(d[key])
        if isinstance(d.get("MainlandTravelPermitBackInfos"), dict):
            lab.label(d["MainlandTravelPermitBackInfos"].get("Type"))
    if action == "GetOCRResult":
        lab.op("action", output["Response"]["Type"])
    if action == "RecognizeTableOCR":
        _tencent_roster(lab)
    lab.generic_ops()
    if action in _T_IDENTITY:
        kind = "tencent_identity"
    elif action in _T_FIELDS or action in _T_PAIRS or action == "RecognizeTableOCR":
        kind = "tencent_documents"
    else:
        kind = "tencent_nonpersonal"
    if not lab.pii:
        kind = "tencent_nonpersonal"
        for path, leaf in _leaves(output):
            if (
                path
                and path[-1] in _TEXT_KEYS
                and isinstance(leaf, str)
                and len(leaf.strip()) >= 2
                and not _masked(leaf)
            ):
                lab.op("document_text", leaf)
    return kind, lab


def _swap(spec: tuple[str, str], value: Any) -> tuple[str, Any, str]:
    return spec[0], value, spec[1]


def _load_tencent() -> Iterator[tuple[str, _Labeller]]:
    path = DATA / _TENCENT / "examples.json"
    if not path.is_file():
        return
    examples = json.loads(path.read_text(encoding="utf-8"))["actions"]
    seen: set[str] = set()
    for action in sorted(examples):
        for example in examples[action]:
            try:
                output = json.loads(example["output"])
            except (KeyError, ValueError):
                continue
            key = json.dumps(output, sort_keys=True, ensure_ascii=False)
            if not isinstance(output, dict) or "Response" not in output or key in seen:
                continue
            seen.add(key)
            yield _tencent(action, output)


# -- Amazon Textract -------------------------------------------------------------------------------------------

_TRP_FILES = (
    "src-js/test/data/analyzeid-test-drivers-license-response.json",
    "src-js/test/data/analyzeid-test-passport-response.json",
    "src-python/tests/data/test-trp2_analyzeid_sample1.json",
    "src-python/tests/data/test-trp2-analyzeid_sample_multi_page.json",
    "src-python/tests/data/test-trp2_analyzeid_sample1_with_OCR.json",
)
_TEXTRACTOR_ID_FILES = (
    "tests/fixtures/saved_api_responses/test_analyze_id_from_image.json",
    "tests/fixtures/saved_api_responses/test_analyze_id_from_path.json",
)
_TEXTRACTOR_DOC_FILES = (
    "tests/fixtures/saved_api_responses/test_detect_no_duplicate_words_fake_id.png.json",
    "tests/fixtures/saved_api_responses/test_document_to_html_fake_id.png.json",
)
# AnalyzeID field types (Textract developer guide, "Identity Documentation Response Objects") -> (entity, form).
_AID_FIELDS = {
    "FIRST_NAME": _NAME,
    "LAST_NAME": _NAME,
    "MIDDLE_NAME": _NAME,
    "ADDRESS": _ADDR,
    "CITY_IN_ADDRESS": ("ADDRESS", "city"),
    "ZIP_CODE_IN_ADDRESS": ("ADDRESS", "zip"),
    "COUNTY": ("ADDRESS", "county"),
    "DATE_OF_BIRTH": _DOB,
    "PLACE_OF_BIRTH": ("PLACE_OF_BIRTH", ""),
    "MRZ_CODE": ("MRZ", ""),
}
# The synthetic Massachusetts licence all the Textract OCR samples read, as its OCR lines print it (field 1 family
# name, 2 given name, 3 DOB, 4d number, 8 address, 15 sex; the signature).
_MA_LICENCE = (
    ("PERSON", "MARÍA", ""),
    ("PERSON", "GARCÍA", ""),
    ("PERSON", "María García", "signature"),
    ("DRIVER_LICENSE", "736HDV7874JSB", ""),
    ("DATE_OF_BIRTH", "03/18/2001", "mdy"),
    ("ADDRESS", "100 MARKET STREET", "line"),
    ("ADDRESS", "BIGTOWN, MA, 02801", "line"),
    ("GENDER", "F", ""),
)
_MA_LABELS = (
    "DRIVER",
    "LICENSE",
    "4a ISS",
    "4d NUMBER",
    "4b EXP",
    "3 DOB",
    "9 CLASS",
    "12 REST",
    "SEX",
    "15 HGT",
    "EYES",
    "REV",
    "5 DD",
    "Oa END",
    "OaEND",
)


def _aws_metadata(lab: _Labeller) -> None:
    p = lab.payload
    meta = p.get("ResponseMetadata") or {}
    if "HTTPStatusCode" in meta:
        lab.op_kv("error_code", "HTTPStatusCode", meta["HTTPStatusCode"])
    if "RetryAttempts" in meta:
        lab.op_kv("count", "RetryAttempts", meta["RetryAttempts"])
    headers = meta.get("HTTPHeaders") or {}
    if "date" in headers:
        lab.op("timestamp", headers["date"])
    for key in ("content-type", "content-length"):
        if key in headers:
            lab.op_kv("other", key, headers[key])
    if isinstance(p.get("DocumentMetadata"), dict) and "Pages" in p["DocumentMetadata"]:
        lab.op_kv("count", "Pages", p["DocumentMetadata"]["Pages"])
    for key in ("AnalyzeIDModelVersion", "AnalyzeDocumentModelVersion", "DetectDocumentTextModelVersion"):
        if key in p:
            lab.op_kv("sdk_version", key, p[key])
    lab.generic_ops()


def _textract_blocks(lab: _Labeller, blocks: list[dict[str, Any]], path: tuple[str | int, ...]) -> None:
    texts = []
    for i, block in enumerate(blocks):
        if isinstance(block.get("Text"), str):
            lab.text.add((*path, i, "Text"))
            texts.append(block["Text"])
    for entity, value, form in _MA_LICENCE:
        if any(_occurs(value, t) for t in texts):
            lab.plant(entity, value, form)
    for label in _MA_LABELS:
        if any(label in t for t in texts):
            lab.label(label)


def _textract_analyzeid(payload: dict[str, Any]) -> _Labeller:
    lab = _Labeller(payload)
    for d, doc in enumerate(payload.get("IdentityDocuments", [])):
        fields = doc.get("IdentityDocumentFields", [])
        id_type = next((f["ValueDetection"].get("Text", "") for f in fields if f["Type"]["Text"] == "ID_TYPE"), "")
        number = "DRIVER_LICENSE" if "DRIVER" in id_type else "PASSPORT" if "PASSPORT" in id_type else "DOCUMENT_NUMBER"
        for f, field in enumerate(fields):
            kind = field["Type"]["Text"]
            detection = field["ValueDetection"]
            path = ("IdentityDocuments", d, "IdentityDocumentFields", f, "ValueDetection")
            lab.label(kind)
            if kind == "ID_TYPE":
                lab.label(detection.get("Text"))
            elif kind == "DOCUMENT_NUMBER":
                lab.plant(number, detection.get("Text"), path=(*path, "Text"))
            elif kind in _AID_FIELDS:
                lab.plant(*_swap(_AID_FIELDS[kind], detection.get("Text")), path=(*path, "Text"))
                normalized = detection.get("NormalizedValue") or {}
                if kind == "DATE_OF_BIRTH" and normalized.get("Value"):
                    lab.plant("DATE_OF_BIRTH", normalized["Value"], "iso", path=(*path, "NormalizedValue", "Value"))
        _textract_blocks(lab, doc.get("Blocks") or [], ("IdentityDocuments", d, "Blocks"))
    _aws_metadata(lab)
    return lab


def _textract_document(payload: dict[str, Any]) -> _Labeller:
    lab = _Labeller(payload)
    _textract_blocks(lab, payload.get("Blocks") or [], ("Blocks",))
    _aws_metadata(lab)
    return lab


def _read_json(path: Path) -> Any:
    payload = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(payload, dict):
        payload.pop("Comment", None)  # added by the parser's authors, not part of the response
    return payload


def _load_textract() -> Iterator[tuple[str, _Labeller]]:
    for base, names in ((_TRP, _TRP_FILES), (_TEXTRACTOR, _TEXTRACTOR_ID_FILES)):
        for name in names:
            if (DATA / base / name).is_file():
                yield "textract_analyzeid", _textract_analyzeid(_read_json(DATA / base / name))
    for name in _TEXTRACTOR_DOC_FILES:
        if (DATA / _TEXTRACTOR / name).is_file():
            yield "textract_document", _textract_document(_read_json(DATA / _TEXTRACTOR / name))


# -- Azure Form Recognizer / Document Intelligence -------------------------------------------------------------

_AZURE_RECORDINGS = (
    "aad_formrecognizerclient_nodejs_only_iddocuments",
    "aad_formrecognizerclient_nodejs_only_identitydocuments",
    "aad_analysis_node_identitydocuments",
)
_AZURE_LABELS = frozenset(
    {
        "DRIVER",
        "LICENSE",
        "FEDERAL",
        "LIMITS",
        "APPLY",
        "DOB",
        "ISS",
        "SEX",
        "HGT",
        "EYES",
        "WGT",
        "RESTRICTIONS",
        "END",
        "EXP",
        "Veteran",
        "REV",
        "9CLASS",
        "DONOR",
        "DONORS",
    }
)


def _last_reply(recording: str) -> Any:
    """The JSON body of a nock recording's last `.reply(200, {...}, [headers])`."""
    start = recording.rindex(".reply(200, {") + len(".reply(200, ")
    return json.JSONDecoder().raw_decode(recording, start)[0]


def _azure(payload: dict[str, Any]) -> _Labeller:
    lab = _Labeller(payload)
    result = payload["analyzeResult"]
    documents = result.get("documents") or result.get("documentResults") or []
    key = "documents" if "documents" in result else "documentResults"
    for d, doc in enumerate(documents):
        doc_type = doc.get("docType", "")
        lab.label(doc_type)
        number = (
            "DRIVER_LICENSE"
            if "driverLicense" in doc_type
            else "PASSPORT"
            if "passport" in doc_type
            else "DOCUMENT_NUMBER"
        )
        for name, field in doc.get("fields", {}).items():
            path = ("analyzeResult", key, d, "fields", name)
            value = field.get("valueString") or field.get("valueGender") or field.get("valueDate")
            shown = field.get("content") or field.get("text")
            entity = {
                "FirstName": "PERSON",
                "LastName": "PERSON",
                "Address": "ADDRESS",
                "DateOfBirth": "DATE_OF_BIRTH",
                "DocumentNumber": number,
                "Sex": "GENDER",
            }.get(name)
            if entity is None:
                continue
            for k in ("valueString", "valueGender", "valueDate", "content", "text"):
                lab.personal.add((*path, k))
            lab.plant(entity, value)
            if isinstance(shown, str) and not (isinstance(value, str) and value in shown):
                lab.plant(entity, shown)
            if entity == "PERSON" and isinstance(value, str):
                for word in value.split():
                    if len(word) >= 3 and word.isalpha():
                        lab.plant("PERSON", word, "word")
            if entity == "ADDRESS" and isinstance(value, str):
                _azure_address(lab, result, value)
    for p, page in enumerate(result.get("pages", [])):
        for part in ("words", "lines"):
            for i, item in enumerate(page.get(part, [])):
                lab.text.add(("analyzeResult", "pages", p, part, i, "content"))
                if part == "words" and item.get("content") in _AZURE_LABELS:
                    lab.label(item["content"])
    lab.text.add(("analyzeResult", "content"))
    lab.op_kv("other", "status", payload.get("status"))
    for k in ("createdDateTime", "lastUpdatedDateTime"):
        lab.op("timestamp", payload.get(k, ""))
    lab.op("sdk_version", result.get("apiVersion") or result.get("version") or "")
    lab.op("action", result.get("modelId", ""))
    lab.generic_ops()
    return lab


def _azure_address(lab: _Labeller, result: dict[str, Any], address: str) -> None:
    """The address as the OCR lines split it (without the printed field number), and its postcode word."""
    for page in result.get("pages", []):
        for line in page.get("lines", []):
            text = re.sub(r"^\d+[a-z]?\s+", "", line.get("content", ""))
            if len(text) >= 8 and text in address:
                lab.plant("ADDRESS", text, "line")
        for word in page.get("words", []):
            text = word.get("content", "")
            if len(text) >= 5 and any(c.isdigit() for c in text) and text in address:
                lab.plant("ADDRESS", text, "zip")


def _load_azure() -> Iterator[tuple[str, _Labeller]]:
    for name in _AZURE_RECORDINGS:
        js, body = DATA / _AZURE / f"{name}__recording_url.js", DATA / _AZURE / f"{name}__recording_url.json"
        if js.is_file():
            payload = _last_reply(js.read_text(encoding="utf-8"))
        elif body.is_file():
            payload = _read_json(body)
        else:
            continue
        yield "azure_iddocument", _azure(payload)


# -- the corpus ------------------------------------------------------------------------------------------------

_LOADERS: tuple[Callable[[], Iterator[tuple[str, _Labeller]]], ...] = (_load_tencent, _load_textract, _load_azure)


class Corpus:
    """Real vendor example payloads (see the module docstring). `seed` is accepted for the common interface and
    unused: the records are the sources' own, in a fixed order."""

    name = "outside"
    kinds: tuple[str, ...] = (
        "tencent_identity",
        "tencent_documents",
        "tencent_nonpersonal",
        "textract_analyzeid",
        "textract_document",
        "azure_iddocument",
    )

    def __init__(self, seed: int = 1) -> None:
        self.seed = seed
        self._records: dict[str, list[Record]] | None = None

    @staticmethod
    def available() -> bool:
        return DATA.is_dir() and any(DATA.iterdir())

    def _all(self) -> dict[str, list[Record]]:
        if self._records is None:
            by_kind: dict[str, list[Record]] = {kind: [] for kind in self.kinds}
            for loader in _LOADERS:
                for kind, labeller in loader():
                    by_kind[kind].append(labeller.record(kind, len(by_kind[kind])))
            self._records = by_kind
        return self._records

    def records(self, per_kind: int) -> list[Record]:
        return [r for kind in self.kinds for r in self._all()[kind][:per_kind]]

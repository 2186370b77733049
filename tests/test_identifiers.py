"""Identity documents of Hong Kong, Macau, Taiwan, mainland permits, passports, MRZs and other identifiers,
through the real logging path: a `logging.FileHandler` with `RedactingFilter` writing a file."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import ocrshield
from ocrshield._validators import VALIDATORS

OPERATIONAL = (
    "AppID=1250000000 Action=IDCardOCR Region=ap-guangzhou RequestId=3c140219-cfe9-470e-b241-907877d6fb03 "
    "Result=Success latency_ms=231"
)
TD3_NAME = "P<CHNZHANG<<SAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
TD3_DATA = "E123456782CHN9003071M3001019<<<<<<<<<<<<<<<0"

Log = Callable[..., list[str]]


def _file_log(path: Path, redactor: ocrshield.Redactor, name: str) -> Iterator[Log]:
    """Log each message through a FileHandler carrying `RedactingFilter`; return the file's lines."""
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.addFilter(ocrshield.RedactingFilter(redactor=redactor))
    logger = logging.getLogger(name)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(handler)

    def emit(*messages: str) -> list[str]:
        for message in messages:
            logger.info(message)
        handler.flush()
        return path.read_text(encoding="utf-8").split("\n")[:-1]

    yield emit
    logger.removeHandler(handler)
    handler.close()


@pytest.fixture
def log(tmp_path: Path, rules: ocrshield.Redactor) -> Iterator[Log]:
    """The logging path with the rules only (no NER model)."""
    yield from _file_log(tmp_path / "ocr.log", rules, "app.ocr.identifiers")


def one(log: Log, message: str) -> str:
    """The single line that `message` became in the log file."""
    (line,) = log(message)
    return line


class TestHongKongId:
    @pytest.mark.parametrize(
        "message",
        ["香港身份證號碼 A123456(3)", "香港身份證號碼 A123456(4)", "香港身份證號碼 A 123456 (3)", "香港身份證號碼 AB987654(3)"],
    )
    def test_labelled_value_is_gone_and_label_stays(self, log: Log, message: str) -> None:
        """Behind its label any HKID shape goes (a failed check digit is an OCR misread); the label stays."""
        assert "香港身份證號碼 <HK_ID>" == one(log, message)

    def test_free_text_with_valid_check_digit(self, log: Log) -> None:
        """Without parentheses and without a label, a valid check digit is enough."""
        assert "holder <HK_ID> boarded" == one(log, "holder A1234563 boarded")

    def test_free_text_with_invalid_check_digit_survives(self, log: Log) -> None:
        """The same shape with a wrong check digit and no context word is some other code."""
        assert "sku A1234564 shipped" == one(log, "sku A1234564 shipped")

    def test_pii_free_lines_around_it_are_unchanged(self, log: Log) -> None:
        """Operational lines logged around an HKID stay byte-identical."""
        free = "Action=HKIDCardOCR Region=ap-hongkong CardSide=FRONT latency_ms=187 Result=Success"
        assert [free, "HKID <HK_ID>", OPERATIONAL] == log(free, "HKID G123456(A)", OPERATIONAL)


class TestMacauId:
    def test_labelled_value_is_gone_and_label_stays(self, log: Log) -> None:
        """A Macau ID behind its label is replaced."""
        assert "澳門居民身份證號碼 <MO_ID>" == one(log, "澳門居民身份證號碼 1234567(8)")

    def test_context_word_finds_the_bare_shape(self, log: Log) -> None:
        """No public check digit: near `Macau` the shape counts, elsewhere it does not."""
        assert ["Macau card <MO_ID>", "order 1234567(8) shipped"] == log(
            "Macau card 5123456(1)", "order 1234567(8) shipped"
        )

    def test_pii_free_lines_around_it_are_unchanged(self, log: Log) -> None:
        """Operational lines logged around a Macau ID stay byte-identical."""
        assert [OPERATIONAL, "澳门身份证 <MO_ID>", OPERATIONAL] == log(OPERATIONAL, "澳门身份证 71234568", OPERATIONAL)


class TestTaiwanId:
    @pytest.mark.parametrize("number", ["A123456789", "F223456786", "AB12345677", "A812345671"])
    def test_valid_numbers_in_free_text(self, log: Log, number: str) -> None:
        """National IDs and both forms of resident certificate are found by their checksum alone."""
        assert "holder <TW_ID> checked in" == one(log, f"holder {number} checked in")

    def test_labelled_misread_is_gone_and_label_stays(self, log: Log) -> None:
        """Behind `身分證字號` a failed checksum is still redacted."""
        assert "身分證字號<TW_ID>" == one(log, "身分證字號A123456788")

    def test_invalid_checksum_without_context_survives(self, log: Log) -> None:
        """The shape with a wrong checksum and no Taiwan word is left alone."""
        assert "sku A123456788 shipped" == one(log, "sku A123456788 shipped")

    def test_pii_free_lines_around_it_are_unchanged(self, log: Log) -> None:
        """Operational lines logged around a Taiwan ID stay byte-identical."""
        assert [OPERATIONAL, "統一證號 <TW_ID>"] == log(OPERATIONAL, "統一證號 AB12345677")


class TestHkMacauTravelPermit:
    @pytest.mark.parametrize("number", ["H12345678", "M87654321", "H1234567890"])
    def test_labelled_value_is_gone_and_label_stays(self, log: Log, number: str) -> None:
        """H/M and eight digits (ten in older permits) behind the permit label."""
        assert "港澳居民来往内地通行证号码<CN_TRAVEL_PERMIT>" == one(log, f"港澳居民来往内地通行证号码{number}")

    def test_shape_without_permit_word_survives(self, log: Log) -> None:
        """A letter and eight digits is a common shape: without a permit word it stays."""
        assert "model H12345678 in stock" == one(log, "model H12345678 in stock")

    def test_pii_free_lines_around_it_are_unchanged(self, log: Log) -> None:
        """Operational lines logged around a permit stay byte-identical."""
        free = "Action=MainlandPermitOCR Region=ap-guangzhou RequestId=9a1dfac4-0445-4f04-91d6-44844a8f8e61"
        assert [free, "回乡证 <CN_TRAVEL_PERMIT>", free] == log(free, "回乡证 H12345678", free)


class TestTaiwanResidentsTravelPermit:
    def test_labelled_value_is_gone_and_label_stays(self, log: Log) -> None:
        """Eight digits behind `台胞证号码`."""
        assert "台胞证号码 <CN_TRAVEL_PERMIT>" == one(log, "台胞证号码 01234567")

    def test_pii_free_lines_around_it_are_unchanged(self, log: Log) -> None:
        """Eight-digit operational values are not permits without the label."""
        free = "latency_ms=12345678 bytes_in=1048576 Result=Success"
        assert [free, "台胞证号 <CN_TRAVEL_PERMIT>"] == log(free, "台胞证号 01234567")


class TestExitEntryPermit:
    @pytest.mark.parametrize("number", ["C12345678", "CA1234567", "CB7654321"])
    def test_labelled_value_is_gone_and_label_stays(self, log: Log, number: str) -> None:
        """Both forms of the 往来港澳通行证 number behind its label."""
        assert "往来港澳通行证号码 <CN_TRAVEL_PERMIT>" == one(log, f"往来港澳通行证号码 {number}")

    def test_pii_free_lines_around_it_are_unchanged(self, log: Log) -> None:
        """Operational lines around it, and the shape with no permit word, stay byte-identical."""
        assert [OPERATIONAL, "exit-entry permit <CN_TRAVEL_PERMIT>", "part C12345678 reordered"] == log(
            OPERATIONAL, "exit-entry permit C12345678", "part C12345678 reordered"
        )


class TestResidencePermit:
    @pytest.mark.parametrize("number", ["810000199003071237", "820000199003071239", "830000199003071230"])
    def test_valid_number_is_named_for_the_permit(self, log: Log, number: str) -> None:
        """The region codes 810000/820000/830000 with a valid check digit name a residence permit."""
        assert "公民身份号码<CN_RESIDENCE_PERMIT>" == one(log, f"公民身份号码{number}")

    def test_invalid_check_digit_without_context_survives(self, log: Log) -> None:
        """A wrong check digit far from any label is an order number."""
        assert "order 810000199003071238 shipped" == one(log, "order 810000199003071238 shipped")

    def test_pii_free_lines_around_it_are_unchanged(self, log: Log) -> None:
        """Operational lines logged around it stay byte-identical."""
        assert [OPERATIONAL, "<CN_RESIDENCE_PERMIT>"] == log(OPERATIONAL, "810000199003071237")


class TestChinesePassport:
    @pytest.mark.parametrize("number", ["E12345678", "G87654321", "EA1234568"])
    def test_free_text_number_is_gone(self, log: Log, number: str) -> None:
        """The ordinary passport shapes are found in free text."""
        assert "护照<PASSPORT>已核验" == one(log, f"护照{number}已核验")

    def test_older_form_needs_a_passport_word(self, log: Log) -> None:
        """D/S/P and seven digits count only near a passport word."""
        assert ["外交护照 <PASSPORT>", "part D1234567 restocked"] == log("外交护照 D1234567", "part D1234567 restocked")

    def test_pii_free_lines_around_it_are_unchanged(self, log: Log) -> None:
        """`Action=PassportOCR` lines stay byte-identical."""
        free = "Action=PassportOCR Region=ap-guangzhou latency_ms=231 Result=Success"
        assert [free, "Passport No. <PASSPORT>", free] == log(free, "Passport No. E12345678", free)


class TestLabelledPassport:
    @pytest.mark.parametrize(
        ("message", "expected"),
        [
            ("Passport No. 123456789", "Passport No. <PASSPORT>"),
            ("passport number: X1234567", "passport number: <PASSPORT>"),
            ("护照号码：C01X00T47", "护照号码：<PASSPORT>"),
            ("Passnummer: C01X00T47", "Passnummer: <PASSPORT>"),
        ],
    )
    def test_foreign_number_behind_label(self, log: Log, message: str, expected: str) -> None:
        """A foreign passport number has no shape of its own: its label finds it."""
        assert expected == one(log, message)

    def test_pii_free_lines_around_it_are_unchanged(self, log: Log) -> None:
        """Passport words without a number stay."""
        assert ["passport is invalid", "Action=MLIDPassportOCR Region=ap-guangzhou"] == log(
            "passport is invalid", "Action=MLIDPassportOCR Region=ap-guangzhou"
        )


class TestMrz:
    @pytest.mark.parametrize(
        "zone",
        [
            f"{TD3_NAME}\n{TD3_DATA}",
            f"{TD3_NAME}\r\n{TD3_DATA}",
            f"{TD3_NAME} {TD3_DATA}",
            "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6",
            "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<",
        ],
        ids=["td3", "td3-crlf", "td3-space", "td2", "td1"],
    )
    def test_whole_zone_is_one_finding(self, log: Log, rules: ocrshield.Redactor, zone: str) -> None:
        """All lines of a TD1/TD2/TD3 zone in one message are replaced by one `<MRZ>`."""
        assert [("MRZ", 0, len(zone))] == [(f.entity_type, f.start, f.end) for f in rules.analyze(zone)]
        assert ["mrz=<MRZ> ok"] == log(f"mrz={zone} ok")

    @pytest.mark.parametrize(
        "line", [TD3_NAME, TD3_DATA, "I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6"]
    )
    def test_single_line_is_gone(self, log: Log, line: str) -> None:
        """Lines logged as separate strings: the name line by its shape, data lines by their check digits."""
        assert "line=<MRZ>" == one(log, f"line={line}")

    def test_data_line_with_bad_check_digits_needs_context(self, log: Log) -> None:
        """A data line whose check digits fail is kept unless an MRZ word is near (then it is a misread)."""
        bad = "E123456785CHN9003072M3001012<<<<<<<<<<<<<<<4"
        assert [bad, "MRZ: <MRZ>"] == log(bad, f"MRZ: {bad}")

    def test_pii_free_lines_around_it_are_unchanged(self, log: Log) -> None:
        """Operational lines logged around a zone stay byte-identical."""
        assert [OPERATIONAL, "<MRZ>", OPERATIONAL] == log(OPERATIONAL, f"{TD3_NAME}\n{TD3_DATA}", OPERATIONAL)[:3]


class TestDriverLicense:
    @pytest.mark.parametrize("number", ["110101199003077774", "123456789012"])
    def test_labelled_value_is_gone_and_label_stays(self, log: Log, number: str) -> None:
        """The 18-character and the 12-digit licence numbers behind `证号` / `驾驶证号`."""
        assert ["证号<CN_DRIVER_LICENSE>", "驾驶证号：<CN_DRIVER_LICENSE>"] == log(f"证号{number}", f"驾驶证号：{number}")

    def test_resident_id_label_keeps_its_entity(self, log: Log) -> None:
        """`身份证号` ends in `证号`, but its number stays a resident ID."""
        assert "身份证号<CN_RESIDENT_ID>" == one(log, "身份证号110101199003077774")

    def test_pii_free_lines_around_it_are_unchanged(self, log: Log) -> None:
        """Operational lines logged around it stay byte-identical."""
        free = "Action=DriverLicenseOCR CardSide=FRONT latency_ms=231 order 123456789012 shipped"
        assert [free, "证号<CN_DRIVER_LICENSE>"] == log(free, "证号123456789012")


class TestArchiveNumber:
    def test_labelled_value_is_gone_and_label_stays(self, log: Log) -> None:
        """Twelve digits behind `档案编号` / `File No.`."""
        assert ["档案编号<CN_ARCHIVE_NUMBER>", "File No. <CN_ARCHIVE_NUMBER>"] == log(
            "档案编号110100123456", "File No. 110100123456"
        )

    def test_pii_free_lines_around_it_are_unchanged(self, log: Log) -> None:
        """A twelve-digit number without the label, and `file no such directory`, stay."""
        lines = ["bucket file no such directory", "batch 110100123456 done"]
        assert lines == log(*lines)


class TestHouseholdNumber:
    def test_labelled_value_is_gone_and_label_stays(self, log: Log) -> None:
        """The household number behind `户号`."""
        assert "户号：<CN_HOUSEHOLD_NUMBER>" == one(log, "户号：310115001")

    def test_user_number_is_not_a_household_number(self, rules: ocrshield.Redactor) -> None:
        """`用户号` and `客户号` end in `户号` but are other numbers."""
        found = {f.entity_type for text in ("用户号 310115001", "客户号310115001") for f in rules.analyze(text)}
        assert "CN_HOUSEHOLD_NUMBER" not in found

    def test_pii_free_lines_around_it_are_unchanged(self, log: Log) -> None:
        """Operational lines logged around it stay byte-identical."""
        assert [OPERATIONAL, "户号 <CN_HOUSEHOLD_NUMBER>"] == log(OPERATIONAL, "户号 310115001")


class TestForeignPermanentResidence:
    def test_new_card_is_named_for_the_card(self, log: Log) -> None:
        """The 2023 18-character number (starting 9, GB 11643 check digit) anywhere."""
        assert "holder <CN_FOREIGN_PERMANENT_RESIDENCE> verified" == one(log, "holder 911156198501010012 verified")

    def test_old_card_needs_label_or_context(self, log: Log) -> None:
        """Three letters and twelve digits: behind its label it goes, elsewhere it stays."""
        assert ["永久居留证号码<CN_FOREIGN_PERMANENT_RESIDENCE>", "ABC110085010101 batch"] == log(
            "永久居留证号码USA110085010101", "ABC110085010101 batch"
        )

    def test_pii_free_lines_around_it_are_unchanged(self, log: Log) -> None:
        """Operational lines logged around it stay byte-identical."""
        assert [OPERATIONAL, "<CN_FOREIGN_PERMANENT_RESIDENCE>"] == log(OPERATIONAL, "911156198501010012")


class TestResidentIdOcrNoise:
    @pytest.mark.parametrize(
        "number",
        ["1101 0519 9003 0712 39", "110105 19900307 1239", "11010519491231002x", "１１０１０５１９９００３０７１２３９"],
        ids=["groups-of-four", "region-date-sequence", "lower-x", "full-width"],
    )
    def test_noisy_number_is_gone_and_label_stays(self, log: Log, number: str) -> None:
        """Spaces inside, a lower-case check `x` and full-width digits are all found and validated."""
        assert "公民身份号码 <CN_RESIDENT_ID> 签发" == one(log, f"公民身份号码 {number} 签发")

    def test_spaced_number_with_bad_check_digit_survives_without_label(self, log: Log) -> None:
        """Grouped digits that fail the check digit, with no ID word, stay."""
        assert "batch 1101 0519 9003 0712 38 done" == one(log, "batch 1101 0519 9003 0712 38 done")

    def test_pii_free_lines_around_it_are_unchanged(self, log: Log) -> None:
        """Operational lines logged around it stay byte-identical."""
        assert [OPERATIONAL, "ID <CN_RESIDENT_ID>"] == log(OPERATIONAL, "ID 1101 0519 9003 0712 39")


class TestUsSsn:
    def test_valid_number_is_gone_and_label_stays(self, log: Log) -> None:
        """A dashed SSN in free text, and an undashed one behind its label."""
        assert ["SSN <US_SSN>", "social security number: <US_SSN>"] == log(
            "SSN 123-45-6789", "social security number: 123456789"
        )

    def test_invalid_area_survives_without_context(self, log: Log) -> None:
        """Area 666 is never issued: without an SSN word the shape stays."""
        assert "ref 666-45-6789 closed" == one(log, "ref 666-45-6789 closed")

    @pytest.mark.parametrize(
        "line",
        ["身份证号110101199003077774", "手机138-1234-5678 电话010-62345678", "order_no=202611291532210410 status=PAID",
         "2026-11-29 15:32:21,123 INFO ocr.api latency_ms=231"],
    )
    def test_chinese_data_is_not_an_ssn(self, rules: ocrshield.Redactor, line: str) -> None:
        """Resident IDs, mobiles, landlines, order numbers and timestamps never yield an SSN."""
        assert [] == [f for f in rules.analyze(line) if f.entity_type == "US_SSN"]


class TestUkNhs:
    def test_number_near_nhs_is_gone(self, log: Log) -> None:
        """An NHS number with its word is replaced; the word stays."""
        assert ["NHS number <UK_NHS>", "NHS: <UK_NHS>"] == log("NHS number 943 476 5919", "NHS: 9434765919")

    @pytest.mark.parametrize("line", ["call 400 123 4567", "AppID=1250000000 ts=1795937541"])
    def test_ten_digits_without_nhs_word_survive(self, log: Log, line: str) -> None:
        """400 hotlines, AppIDs and epoch seconds are not NHS numbers."""
        assert line == one(log, line)

    @pytest.mark.parametrize("line", ["手机 138 1234 5678", "身份证号110101199003077774", "NHS 13812345678"])
    def test_chinese_data_is_not_an_nhs_number(self, rules: ocrshield.Redactor, line: str) -> None:
        """Mobiles (even near the word NHS) and resident IDs never yield an NHS number."""
        assert [] == [f for f in rules.analyze(line) if f.entity_type == "UK_NHS"]


class TestHkIdCheckDigit:
    @pytest.mark.parametrize(("value", "expected"), [
        ("A123456(3)", True), ("G123456(A)", True), ("AB987654(3)", True), ("A 123456 3", True),
        ("A123456(4)", False), ("A12345(6)", False), ("123456(7)", False)])
    def test_hk_id(self, value: str, expected: bool) -> None:
        """Mod 11 with a space (36) padding one-letter prefixes; 10 is written `A`."""
        assert expected == VALIDATORS["hk_id"](value)


class TestTwIdChecksum:
    @pytest.mark.parametrize(("value", "expected"), [
        ("A123456789", True), ("F223456786", True), ("AB12345677", True), ("A812345671", True),
        ("A123456788", False), ("A323456789", False), ("A12345678", False)])
    def test_tw_id(self, value: str, expected: bool) -> None:
        """Letter codes weighted 1 and 9, digits 8..1, check digit 1; old certificates' second letter mod 10."""
        assert expected == VALIDATORS["tw_id"](value)


class TestMrzCheckDigits:
    @pytest.mark.parametrize(("value", "expected"), [
        (f"{TD3_NAME}\n{TD3_DATA}", True),
        (TD3_DATA, True),
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<10", True),
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<11", False),
        ("E123456785CHN9003072M3001012<<<<<<<<<<<<<<<4", False),
        ("D231458907UTO7408122F1204159<<<<<<<6", True),
        ("I<UTOD231458907<<<<<<<<<<<<<<<7408122F1204159UTO<<<<<<<<<<<6ERIKSSON<<ANNA<MARIA<<<<<<<<<<", True),
        ("I<UTOD231458908<<<<<<<<<<<<<<<7408122F1204159UTO<<<<<<<<<<<6ERIKSSON<<ANNA<MARIA<<<<<<<<<<", False),
        ("not an mrz", False)])
    def test_mrz(self, value: str, expected: bool) -> None:
        """ICAO 9303 7-3-1 check digits over every field of the layout the length names."""
        assert expected == VALIDATORS["mrz"](value)


class TestRegionPermitCheckDigits:
    @pytest.mark.parametrize(("name", "value", "expected"), [
        ("cn_rp", "810000199003071237", True), ("cn_rp", "810000199003071238", False),
        ("cn_rp", "110105199003071239", False), ("cn_fpr", "911156198501010012", True),
        ("cn_fpr", "110105199003071239", False), ("us_ssn", "123-45-6789", True), ("us_ssn", "900-45-6789", False),
        ("gb_nhs", "943 476 5919", True), ("gb_nhs", "943 476 5918", False)])
    def test_validator(self, name: str, value: str, expected: bool) -> None:
        """The GB 11643 check digit with the permit's region code; stdnum's SSN and NHS rules."""
        assert expected == VALIDATORS[name](value)


@pytest.fixture
def full_log(tmp_path: Path, redactor: ocrshield.Redactor) -> Iterator[Log]:
    """As `log`, through the full engine (rules and the English NER model)."""
    yield from _file_log(tmp_path / "ocr-full.log", redactor, "app.ocr.sentences")


class TestUnlabelledNames:
    @pytest.mark.parametrize(
        ("message", "expected"),
        [
            # jieba splits these into a surname and a tagged given name, or single characters it cannot place
            ("客户田美玉的手机号是13812345678", "客户<PERSON>的手机号是<PHONE_NUMBER>"),
            ("请联系陳秀英，电话0912-345-678", "请联系<PERSON>，电话<PHONE_NUMBER>"),
            ("周建华已提交实名认证", "<PERSON>已提交实名认证"),
            ("黃宥蓁已提交实名认证", "<PERSON>已提交实名认证"),
            ("边超已提交实名认证", "<PERSON>已提交实名认证"),  # a word jieba's dictionary lacks, before 已
            ("客户彭淑美的手机号是13812345678", "客户<PERSON>的手机号是<PHONE_NUMBER>"),
            ("请联系黄建军，电话13812345678", "请联系<PERSON>，电话<PHONE_NUMBER>"),  # jieba: 黄/a 建军/n
            ("客户刘婷婷的手机号是13812345678", "客户<PERSON>的手机号是<PHONE_NUMBER>"),  # 刘/zg 婷婷/z
            ("客户宋苡安的手机号是13812345678", "客户<PERSON>的手机号是<PHONE_NUMBER>"),  # 宋苡/g 安/v
        ],
    )
    def test_chinese_names_in_sentences(self, log: Log, message: str, expected: str) -> None:
        """Chinese names without a label: what the log keeps is the sentence around them."""
        assert expected == one(log, message)

    @pytest.mark.parametrize(
        "message",
        ["文件已提交成功", "签发机关 兰英县公安局静安分局", "CardCategory 银联卡", "系统已完成识别，黄金的价格稳定",
         "请王明天再来", "客户信息登记表已提交", "ap-guangzhou-3 可用区切换已完成", "郑州市区服务已恢复",
         "上海二区机房已切换", "高并发已处理", "单文件已上传", "云服务已开通"],
    )
    def test_words_that_look_like_names_survive(self, log: Log, message: str) -> None:
        """Ordinary words that start with a surname character, and authorities named after a county, stay."""
        assert message == one(log, message)

    @pytest.mark.ner
    @pytest.mark.parametrize(
        ("message", "expected"),
        [
            ("Customer Katrina Price called from (415) 234-5678", "Customer <PERSON> called from <PHONE_NUMBER>"),
            ("Verification for Brent Vazquez failed, call 415-234-5678",
             "Verification for <PERSON> failed, call <PHONE_NUMBER>"),
            ("Verification for Amanda Livingston failed.", "Verification for <PERSON> failed."),
            ("Verification for Stephen Weeks failed.", "Verification for <PERSON> failed."),  # `Weeks`: a DATE
            # Words of multi-word labels (`Hong Kong ID`, `card holder`) are name parts too (regression)
            ("Verification for Wang Hong failed", "Verification for <PERSON> failed"),
            ("Passenger Hong Xiuying boarded", "Passenger <PERSON> boarded"),
            ("Agent Kong Wei approved the refund", "Agent <PERSON> approved the refund"),
        ],
    )
    def test_english_names_the_model_leaves_unlabelled(self, full_log: Log, message: str, expected: str) -> None:
        """Names the small model calls an organisation or nothing at all, found by the tagger's proper nouns."""
        assert [expected] == full_log(message)

    @pytest.mark.ner
    @pytest.mark.parametrize(
        "message",
        [
            "HTTP 429 Too Many Requests Retry-After=1 Error.Code=RequestLimitExceeded",
            "503 Service Unavailable from Tencent Cloud",
            "Result Success Region Guangzhou Action IDCardOCR",
            "Email: ops@example.com; Tel: 13812345678",
            "HTTP/1.1 422 Unprocessable Entity; 307 Temporary Redirect; 507 Insufficient Storage",
            "Nginx Ingress Controller restarted; Object Storage degraded; Build Pipeline Main Branch green",
            "Authority: Public Security Bureau of Chaoyang Branch",
        ],
    )
    def test_capitalised_operational_words_are_not_names(self, full_log: Log, message: str) -> None:
        """Status phrases, product names and labels in capitals are kept."""
        (line,) = full_log(message)
        assert "<PERSON>" not in line


class TestUnlabelledAddresses:
    @pytest.mark.parametrize(
        ("message", "expected"),
        [
            ("收货信息：广东省深圳市南山区科技园科苑路15号3栋2单元501室，请尽快发货", "收货信息：<ADDRESS>，请尽快发货"),
            ("他住在北京市朝阳区建国路88号院3号楼", "他住在<ADDRESS>"),
            ("客户现住深圳市南山区科苑路15号", "客户现住<ADDRESS>"),
            ("寄件信息：大里雙連路3號7樓，请尽快发货", "寄件信息：<ADDRESS>，请尽快发货"),
            ("Ship to 1600 Amphitheatre Parkway, Mountain View, CA 94043 by Friday", "Ship to <ADDRESS> by Friday"),
            ("Forward to PSC 9956, Box 8990, APO AP 26964", "Forward to <ADDRESS>"),
            # the whole address, with its building and unit (regression: only the street part went)
            ("寄往北京市朝阳区建国路88号SOHO现代城5号楼1单元2302", "寄往<ADDRESS>"),
            ("寄到江苏省苏州市工业园区星湖街328号创意产业园2期B1栋", "寄到<ADDRESS>"),
            ("地点：成都市高新区天府大道北段1700号环球中心", "地点：<ADDRESS>"),
        ],
    )
    def test_address_by_its_shape(self, log: Log, message: str, expected: str) -> None:
        """Addresses without a label, Chinese by the administrative hierarchy and US street addresses."""
        assert expected == one(log, message)

    @pytest.mark.parametrize(
        "message",
        [
            "Region=ap-guangzhou 广东省深圳市 业务量 1200",
            "签发机关 北京市公安局朝阳分局 有效期限 2010.07.21-2030.07.21",
            "签发机关：辛集市公安局上街分局",
            "深圳市腾讯计算机系统有限公司 BankInfo=北京农村商业银行",
            "HTTP 429 Too Many Requests; took 231 ms for 3 Pages",
            "HTTP/1.1 502 Bad Gateway; 431 Request Header Fields Too Large; Job 42 Nightly Run completed",
        ],
    )
    def test_places_and_authorities_without_a_street_survive(self, log: Log, message: str) -> None:
        """A province and a city (a monitoring region), an issuing authority and a company are not addresses."""
        assert message == one(log, message)

    def test_label_after_the_address_survives(self, log: Log) -> None:
        """An address runs to the next label, not into it (regression: `公民身份号` became part of it)."""
        assert "住址<ADDRESS>公民身份号码<CN_RESIDENT_ID>" == one(
            log, "住址北京市朝阳区建国路88号院3号楼公民身份号码110105199003071239")


class TestTelexCodesAndMrzNames:
    @pytest.mark.parametrize(
        ("message", "expected"),
        [
            ("姓名 陳大文 電碼 7115 1129 2429", "姓名 <PERSON> 電碼 <PERSON>"),
            ("Telex code: 7115 1728", "Telex code: <PERSON>"),
            ("holder ZHANG<<SANFENG checked", "holder <PERSON> checked"),
            ("Name CHAN<<TAI<MAN", "Name <PERSON>"),
        ],
    )
    def test_name_encodings_are_names(self, log: Log, message: str, expected: str) -> None:
        """A Hong Kong telex code encodes the Chinese name; `SURNAME<<GIVEN` is the name in MRZ form."""
        assert expected == one(log, message)

    def test_groups_of_four_digits_without_the_label_survive(self, log: Log) -> None:
        """Four-digit groups are everywhere; without a telex label they stay."""
        assert "trace 7115 1129 2429 latency 231" == one(log, "trace 7115 1129 2429 latency 231")


class TestTaiwanPermitBesideItsType:
    def test_number_beside_the_permit_title_is_gone(self, rules: ocrshield.Redactor) -> None:
        """MainlandPermitOCR for a Taiwan resident: the eight digits under `Number`, told by the sibling `Type`."""
        out = rules.redact({"Number": "50503331", "Type": "台湾居民来往大陆通行证", "RequestId": "r-1"})
        assert {"Number": "<CN_TRAVEL_PERMIT>", "Type": "台湾居民来往大陆通行证", "RequestId": "r-1"} == out

"""Named validators for recognizer definitions: check digits and plausibility checks.

python-stdnum provides the check-digit arithmetic (`stdnum.cn.ric.calc_check_digit`, `stdnum.luhn`);
phonenumbers (already a Presidio dependency) validates international numbers. What is hand-written here is only
the glue, the documents python-stdnum (2.x) has no module for (the Hong Kong identity card, the Taiwan national
ID and resident certificate, ICAO 9303 machine-readable zones), each citing its published algorithm, and one
deliberate deviation: `stdnum.cn.ric.is_valid` also checks the first six digits against a
region table that is older than many region codes in use, so it rejects real, newer ID numbers. For redaction a
false "invalid" is a leak, so we check the check digit and the birth date, not the region table.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable

from stdnum import luhn as _luhn
from stdnum.cn import ric as _ric
from stdnum.gb import nhs as _nhs
from stdnum.us import ssn as _ssn

__all__ = ["VALIDATORS", "digits_only"]

_KEEP = frozenset("0123456789Xx")


def digits_only(value: str) -> str:
    """The digits (and a trailing X) of an identifier written with spaces or dashes."""
    return "".join(c for c in value if c in _KEEP).upper()


def _plausible_date(year: int, month: int, day: int) -> bool:
    try:
        born = _dt.date(year, month, day)
    except ValueError:
        return False
    return _dt.date(1880, 1, 1) <= born <= _dt.date.today()


def cn_ric(value: str) -> bool:
    """18-digit mainland resident ID: GB 11643 check digit and a real birth date."""
    number = digits_only(value)
    if len(number) != 18 or not number[:17].isdigit():
        return False
    if not _plausible_date(int(number[6:10]), int(number[10:12]), int(number[12:14])):
        return False
    return bool(_ric.calc_check_digit(number) == number[17])  # takes all 18 digits, ignores the last


@functools.cache
def _provinces() -> frozenset[str]:
    """The two-digit province codes of GB/T 2260, from python-stdnum's region table (`cn/loc`)."""
    from stdnum import numdb

    db = numdb.get("cn/loc")
    return frozenset(
        f"{p:02d}" for p in range(10, 100) if any("province" in props for _, props in db.info(f"{p:02d}0000"))
    )


def cn_ric_structure(value: str) -> bool:
    """The structure of an 18-digit resident ID, whatever its check digit: a province code that exists and a
    real birth date. An OCR misread or a typo quoted by a validation error is still an ID number."""
    number = digits_only(value)
    if len(number) != 18 or not number[:17].isdigit() or number[:2] not in _provinces():
        return False
    return _plausible_date(int(number[6:10]), int(number[10:12]), int(number[12:14]))


def cn_ric15(value: str) -> bool:
    """15-digit legacy resident ID (issued before 1999): digits and a real birth date in 19YYMMDD."""
    number = digits_only(value)
    if len(number) != 15 or not number.isdigit():
        return False
    return _plausible_date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))


def luhn(value: str) -> bool:
    """Payment card numbers: 13 to 19 digits (ISO/IEC 7812) with a valid Luhn check digit."""
    number = digits_only(value)
    return number.isdigit() and 13 <= len(number) <= 19 and bool(_luhn.is_valid(number))


def phone_intl(value: str) -> bool:
    """An international number (`+` and country code) that libphonenumber considers possible."""
    import phonenumbers  # lazy: keeps `import ocrshield` light

    try:
        parsed = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_possible_number(parsed))


def cn_rp(value: str) -> bool:
    """Residence permit for Hong Kong, Macau and Taiwan residents (港澳台居民居住证, 2018): an 18-digit number
    of the resident ID's form (GB 11643 check digit, birth date) whose region code is 810000 (Hong Kong),
    820000 (Macau) or 830000 (Taiwan)."""
    number = digits_only(value)
    return number[:6] in ("810000", "820000", "830000") and cn_ric(number)


def cn_fpr(value: str) -> bool:
    """Foreign permanent residence ID card, 2023 form (外国人永久居留身份证): 18 characters, `9`, a 2-digit
    issuing province, a 3-digit nationality code, the birth date, a sequence and the GB 11643 check digit (the
    resident ID's layout and arithmetic, so `cn_ric` checks it)."""
    number = digits_only(value)
    return number[:1] == "9" and cn_ric(number)


# Hong Kong identity card. python-stdnum has no `hk` package, so the check digit is written here from the
# published algorithm (Immigration Department format, documented e.g. in Wikipedia "Hong Kong identity card",
# section "Check digit"): the 8 characters of a 2-letter prefix and 6 digits (a 1-letter prefix is padded with
# a space, value 36; A-Z are 10-35) weighted 9..2; the check is (11 - sum mod 11) mod 11, with 10 written `A`.
_HKID_SHAPE = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def hk_id(value: str) -> bool:
    """Hong Kong identity card `A123456(3)`, `AB9876543`: the mod-11 check digit with letter values."""
    raw = "".join(c for c in value.upper() if c in _HKID_SHAPE)
    if not 8 <= len(raw) <= 9 or not raw[-7:-1].isdigit() or not raw[:-7].isalpha():
        return False
    body, check = raw[:-1].rjust(8), raw[-1]
    total = sum((36 if c == " " else int(c, 36)) * w for c, w in zip(body, range(9, 1, -1), strict=True))
    expected = (11 - total % 11) % 11
    return check == ("A" if expected == 10 else str(expected))


# Taiwan national ID (中華民國國民身分證) and resident certificate (居留證). python-stdnum has only `tw.ubn` (the
# company number), so the checksum is written here from the Ministry of the Interior's published rule: the
# first letter becomes a two-digit code (A=10 ... with I=34, O=35, W=32, X=30, Y=31, Z=33), whose digits are
# weighted 1 and 9; the following digits are weighted 8..1 and the check digit 1; the total is a multiple of
# 10. The second character is 1/2 (sex) for citizens, 8/9 for resident certificates from 2021, and A-D for
# the older resident certificates, where the letter counts by the units digit of its code (A=0 ... D=3).
_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # in the order of their codes 10, 11, ... 35


def tw_id(value: str) -> bool:
    """Taiwan national ID `A123456789` or resident certificate (`AB12345678`, `A812345678`): the checksum."""
    raw = value.strip().upper()
    if len(raw) != 10 or raw[0] not in _TW_LETTERS or not raw[2:].isdigit():
        return False
    second = raw[1]
    if second in "ABCD":
        second = str((_TW_LETTERS.index(second) + 10) % 10)
    elif second not in "1289":
        return False
    code = _TW_LETTERS.index(raw[0]) + 10
    digits = [int(c) for c in second + raw[2:]]
    weighted = sum(d * w for d, w in zip(digits[:8], range(8, 0, -1), strict=True))
    total = code // 10 + (code % 10) * 9 + weighted + digits[-1]
    return total % 10 == 0


# ICAO Doc 9303 machine-readable zones. python-stdnum has no MRZ module, so the check digits are written here
# from ICAO Doc 9303 Part 3, section 4.9: characters valued 0-9, A-Z = 10-35, `<` = 0, weighted 7, 3, 1
# repeating, the check digit is the sum modulo 10. Layouts (Parts 4-6): TD3 (passports) 2 x 44, TD2 2 x 36,
# TD1 (cards) 3 x 30.
_MRZ_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<")


def _mrz_digit(field: str) -> str:
    total = sum((0 if c == "<" else int(c, 36)) * (7, 3, 1)[i % 3] for i, c in enumerate(field))
    return str(total % 10)


def _mrz_ok(field: str, check: str) -> bool:
    """A field's check digit; an empty (all-filler) field may carry `<` instead of `0`."""
    return check == _mrz_digit(field) or (check == "<" and set(field) <= {"<"})


def _mrz_data_line(line: str) -> bool:
    """The second line of TD3 (44) or TD2 (36): document number, birth, expiry and composite check digits."""
    n = len(line)
    number_ok = _mrz_ok(line[0:9], line[9])
    if not (number_ok and _mrz_ok(line[13:19], line[19]) and _mrz_ok(line[21:27], line[27])):
        return False
    if n == 44:
        return _mrz_ok(line[28:42], line[42]) and _mrz_ok(line[0:10] + line[13:20] + line[21:43], line[43])
    return _mrz_ok(line[0:10] + line[13:20] + line[21:35], line[35])


def _td1_number(line1: str) -> tuple[str, str]:
    """TD1 line 1's document number and check digit (a number longer than 9 runs on into the optional data)."""
    if line1[14] != "<":
        return line1[5:14], line1[14]
    extra = line1[15:30].split("<", 1)[0]
    return (line1[5:14] + extra[:-1], extra[-1:]) if extra else (line1[5:14], line1[14])


def _td1(line1: str, line2: str) -> bool:
    number, check = _td1_number(line1)
    if not (_mrz_ok(number, check) and _td1_line2(line2)):
        return False
    return _mrz_ok(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29], line2[29])


def _td1_line2(line2: str) -> bool:
    return _mrz_ok(line2[0:6], line2[6]) and _mrz_ok(line2[8:14], line2[14])


def mrz(value: str) -> bool:
    """A machine-readable zone (TD1, TD2, TD3; whitespace between lines ignored) or one of its data lines:
    every check digit it carries must be right."""
    raw = "".join(value.replace("\\n", " ").replace("\\r", " ").split()).upper()  # also `\n` as two characters
    if not set(raw) <= _MRZ_CHARS:
        return False
    n = len(raw)
    if n == 88:  # TD3: name line, data line
        return raw[0] in "PV" and _mrz_data_line(raw[44:])
    if n == 72:  # TD2
        return raw[0] in "ACIPV" and _mrz_data_line(raw[36:])
    if n == 90:  # TD1: number line, data line, name line
        return _td1(raw[0:30], raw[30:60])
    if n in (44, 36):  # a data line on its own
        return _mrz_data_line(raw)
    if n == 30:  # one TD1 line: the number line (by its letter code) or the data line
        if raw[0] in "ACI":
            number, check = _td1_number(raw)
            return _mrz_ok(number, check)
        return _td1_line2(raw)
    return False


# Vehicle identification numbers. python-stdnum has no VIN module, so the check digit is written here from ISO
# 3779 and 49 CFR 565.15 (also GB 16735 for mainland vehicles): letters transliterate to 1-9 (A-H = 1-8, J-N = 1-5,
# P = 7, R = 9, S-Z = 2-9; I, O and Q are not used), positions are weighted 8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2, and
# the check digit in position 9 is the sum modulo 11, 10 written `X`.
_VIN_VALUES = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
                       strict=True))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(value: str) -> bool:
    """A 17-character vehicle identification number with a valid check digit (position 9)."""
    raw = value.strip().upper()
    if len(raw) != 17 or any(c in "IOQ" for c in raw) or not raw.isalnum():
        return False
    total = sum((int(c) if c.isdigit() else _VIN_VALUES[c]) * w for c, w in zip(raw, _VIN_WEIGHTS, strict=True))
    check = total % 11
    return raw[8] == ("X" if check == 10 else str(check))


def us_ssn(value: str) -> bool:
    """US Social Security number: area, group and serial rules of the SSA (`stdnum.us.ssn`)."""
    return bool(_ssn.is_valid(value))


def gb_nhs(value: str) -> bool:
    """UK NHS number: 10 digits with the mod-11 check digit (`stdnum.gb.nhs`)."""
    number = "".join(c for c in value if c.isdigit())
    return len(number) == 10 and bool(_nhs.is_valid(number))


# The common Chinese surnames (simplified and traditional) and compound surnames. A weak label such as `客户`
# (customer) is followed by a name only when a surname starts the value; `客户端` (client software) is not.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
    "景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖"
    "漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹"
    "诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由萧赖洪丘粘留鄞"
    "張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龔萬錢嚴湯溫齊喬龐顏莊聶魯歐關蘭寧紀畢單駱藍"
    "鮑饒繆簡車項連蘆麥婁竇黨費衛應閔鄔邊師欒榮叢鞏遲鄺談荊樂儲勞諶藺樓盤滿聞厲區闞權強帥蓋練豐國晉門雲"
    "來闕烏況鮮諸戰銀賓堯閉賴蔣鐘凃顧龍賀華塗閻陽籃龎"
)
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 澹台 独孤 南宫 申屠 "
    "呼延 太史 万俟 闻人 赫连 公羊 淳于 单于 濮阳 百里 东郭 西门 第五 拓跋 司空 亓官 仲孙 谷梁 左丘 梁丘 "
    "羊舌 微生 公冶 宗政 漆雕 乐正 壤驷 公良 夹谷 宰父 段干 巫马 鲜于 闾丘 歐陽 司馬 諸葛 東方 長孫 鍾離 "
    "獨孤 南宮 萬俟 聞人 赫連 單于 東郭 西門 穀梁 樂正 巫馬 鮮于 閭丘 張簡 张简 范姜".split()
)


# Surnames that are seldom a word of their own in running text (not `高`, `金`, `区`, `单`, `云`, `文`, `安`, `时`
# …): where jieba reads the characters after one as some other word, only these start a name.
STRONG_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟"
    "谭陆汪范廖贾夏韦傅邹孟熊秦邱尹薛阎闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤涂赖洪"
    "張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龔錢嚴湯賴蔣鐘顧龍賀閻"
)


def is_surname(word: str) -> bool:
    """A Chinese surname on its own (`王`, `欧阳`)."""
    return word in _COMPOUND_SURNAMES or (len(word) == 1 and word in _SURNAMES)


def cn_surname(value: str) -> bool:
    """A Chinese personal name: 2-4 characters starting with a known surname (or a dotted transliteration)."""
    name = value.strip()
    if "·" in name or "•" in name:  # transliterated and minority names (`阿卜杜·热合曼`) carry no surname
        return 3 <= len(name) <= 16
    if name[:2] in _COMPOUND_SURNAMES:
        return 3 <= len(name) <= 4
    return 2 <= len(name) <= 4 and name[:1] in _SURNAMES


# Words that jieba tags as names but that end like a place, an institution or a document (`高新区`, `朝阳分局`,
# `银联卡`).
NOT_NAME_ENDINGS = frozenset("区县市省州路街镇乡村局院所行司部厅处科室站厂店馆校卡证码号表票")


def cn_name_shape(name: str) -> bool:
    """A surname and a name of the right length that does not end like a place, an institution or a document."""
    return cn_surname(name) and name[-1] not in NOT_NAME_ENDINGS


def cn_name(value: str) -> bool:
    """A Chinese personal name, more strictly than `cn_surname`: it starts with a surname, does not end like a
    place or institution, and jieba reads it as a name (a name word, a word its dictionary lacks, or a surname
    followed by such words; or a compound surname and a name) — so a weak label such as `客户` followed by
    `信息登记表` is not taken for a name."""
    name = value.strip()
    if not cn_name_shape(name):
        return False
    if "·" in name or "•" in name or name[:2] in _COMPOUND_SURNAMES:
        return True
    import rjieba  # lazy: the segmenter is only needed for Chinese text

    tags = rjieba.tag(name)
    if len(tags) == 1:  # one word: a name jieba knows, or one its dictionary lacks (`边超`, `温彬`)
        word, tag = tags[0]
        return tag in _NAME_TAGS or not rjieba.has_word(word)
    # The surname alone, then a given name of one or two characters (`田` `美玉`, `陳` `秀英`, `刘` `婷婷`), none
    # of them a function word (`王` `明天` is Wang tomorrow); a longer reading is a phrase (`信息` `登` of
    # `客户信息登记表`).
    first = tags[0][0]
    if is_surname(first):
        given = tags[1:]
    elif len(first) == 2 and first[:1] in _SURNAMES and not rjieba.has_word(first):  # `宋苡` `安`: jieba's guess
        given = [(first[1:], "x"), *tags[1:]]
    else:
        return False
    return (
        sum(len(w) for w, _ in given) <= 2
        and all(tag in _NAME_TAGS or (tag not in FUNCTION_TAGS and "\u3400" <= w[:1] <= "\u9fff") for w, tag in given)
    )


_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "nz"})
# jieba's tags of function words (particles, prepositions, conjunctions, pronouns, numerals, measure words, adverbs,
# time and place words): never part of a given name.
FUNCTION_TAGS = frozenset({"u", "uj", "ul", "uz", "ug", "uv", "ud", "p", "c", "r", "m", "q", "d", "t", "f", "y", "e"})


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "cn_name": cn_name,
    "cn_fpr": cn_fpr,
    "cn_ric": cn_ric,
    "cn_ric15": cn_ric15,
    "cn_ric_structure": cn_ric_structure,
    "cn_rp": cn_rp,
    "cn_surname": cn_surname,
    "gb_nhs": gb_nhs,
    "hk_id": hk_id,
    "luhn": luhn,
    "mrz": mrz,
    "phone_intl": phone_intl,
    "tw_id": tw_id,
    "us_ssn": us_ssn,
    "vin": vin,
}

"""The second held-out corpus, promoted (corpus name "promoted-2"): identity documents, OCR payloads and logs.

It was held out until fixes were made for its failures; it now sits on the development side as a regression
corpus, unchanged but for its name. As when it was held out: this file was written before any tuning,
independently of the package's detection code and of the other corpora; do not change its templates, pools,
layouts or generators to make a score move.
A record depends only on (seed, kind, index).

Kinds (payload: dict unless marked text):

General OCR of identity documents (GENERAL_OCR_DOCUMENT_KINDS), each document in several vendor shapes -- Tencent
GeneralBasicOCR/GeneralAccurateOCR, PaddleOCR (classic list, hub serving, 3.x result dict), AWS Textract
DetectDocumentText (Latin-script documents), Azure Read 3.2 and Document Intelligence 4, Google Document AI, Baidu
general OCR, Alibaba Cloud RecognizeGeneral -- some wrapped in a JSON log record; with varied layouts and OCR noise:
  ocr_resident_id          mainland resident ID card: front, back or both (incl. bilingual Uyghur layouts)
  ocr_cn_passport          passport of the People's Republic of China with its MRZ
  ocr_sar_passport         HKSAR and Macao SAR passports with their MRZ
  ocr_foreign_passport     passports of Japan, Korea, Singapore, Malaysia, Thailand, the Netherlands, Spain, Italy,
                           Brazil, New Zealand and Ireland with their MRZ
  ocr_hk_id_card           Hong Kong identity cards (no name label, commercial code row)
  ocr_macao_taiwan_id      Macao resident ID cards; Taiwan national ID cards (front, back)
  ocr_travel_permit        mainland travel permits for HK/Macao and Taiwan residents; exit-entry permits
  ocr_residence_permit     residence permits for HK/Macao/Taiwan residents; 2023 foreign permanent residence ID
  ocr_driving_vehicle      driving licences and vehicle licences (private and company owners)
  ocr_household_register   household register: head-of-household page and member pages
  ocr_bank_card            bank cards (debit and credit, front and back)
  ocr_other_id             social security card, Malaysian MyKad, Singapore NRIC, university student card
  ocr_page_text (text)     the same documents as plain page text, one-line OCR log lines and `resp body:` lines

Structured document results:
  tencent_card_ocr         IDCardOCR, HKIDCardOCR, MLIDPassportOCR, MainlandPermitOCR, PermitOCR, DriverLicenseOCR,
                           VehicleLicenseOCR, ResidenceBookletOCR, BankCardOCR, SmartStructuralOCRV2 (generic keys)
  baidu_card_ocr           Baidu idcard, passport, bankcard, driving_license, vehicle_license
  aliyun_card_ocr          Alibaba Cloud RecognizeIdcard, RecognizePassport, RecognizeBankCard,
                           RecognizeDrivingLicense, RecognizeVehicleLicense, RecognizeExitEntryPermitToMainland
  intl_id_parsers          AWS Textract AnalyzeID, Azure prebuilt-idDocument, Google Document AI identity parsers
  inhouse_kyc_result       an invented in-house KYC service: pinyin keys, abbreviated keys, numbered fields

Logs:
  log_ocr_errors (text)    validation errors with wrong check digits, name mismatches, SDK debug lines with
                           request/response bodies (some JSON-escaped), Python and Java tracebacks

PII-free operational records (PII_FREE_KINDS):
  ops_log_lines (text)     access logs, SDK debug lines, key=value service logs, operations prose
  ops_monitoring_json      billing, metering and monitoring JSON records
  ops_nonpersonal_ocr      OCR of invoices, receipts, menus and signs in vendor shapes

Free text (Chinese and English):
  text_service_notes (text)  customer-service notes
  text_form_ocr (text)       OCR text of filled-in application forms
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from _corpus import Operational, Record, Recorder, build_record, serialise
from faker import Faker

__all__ = ["GENERAL_OCR_DOCUMENT_KINDS", "PII_FREE_KINDS", "Corpus"]

Rnd = random.Random
Seg = tuple[str, "str | None"]
LABEL = "@L"  # tag of a printed title or label (operational)


# ------------------------------------------------------------------------------------------------------ random helpers


def _chance(r: Rnd, p: float) -> bool:
    return r.random() < p


def _pick(r: Rnd, seq: Any) -> Any:
    return seq[r.randrange(len(seq))]


def _wpick(r: Rnd, pairs: list[tuple[Any, float]]) -> Any:
    total = sum(w for _, w in pairs)
    x = r.random() * total
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]


def _digits(r: Rnd, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def _letters(r: Rnd, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(_pick(r, alphabet) for _ in range(n))


def _uuid(r: Rnd, upper: bool = False) -> str:
    h = "%032x" % r.getrandbits(128)
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_pick(r, '89ab')}{h[17:20]}-{h[20:32]}"
    return u.upper() if upper else u


def _hex(r: Rnd, n: int) -> str:
    return "".join(_pick(r, "0123456789abcdef") for _ in range(n))


def _date(r: Rnd, y0: int, y1: int) -> dt.date:
    a, b = dt.date(min(y0, y1), 1, 1).toordinal(), dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(r.randint(a, b))


def _moment(r: Rnd) -> dt.datetime:
    d = _date(r, 2023, 2025)
    return dt.datetime(
        d.year, d.month, d.day, r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(1000) * 1000
    )


def _add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def _fake_jpeg(r: Rnd, n: int | None = None) -> str:
    """Base64 text of a (fake) JPEG: the real JFIF header, then random bytes' worth of base64."""
    n = n or r.randrange(160, 900)
    alphabet = string.ascii_letters + string.digits + "+/"
    body = "".join(_pick(r, alphabet) for _ in range(n - n % 4))
    return "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAA" + body + _pick(r, ["", "=", "=="])


# -------------------------------------------------------------------------------------------------------- check digits


def gb11643(body17: str) -> str:
    """GB 11643-1999 check character for the first 17 digits (also residence permits and the 2023 FPR ID)."""
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(c) * k for c, k in zip(body17, w, strict=True)) % 11]


def hkid_check(prefix: str, six: str) -> str:
    """Hong Kong ID check digit: letters A=10..Z=35, a blank first letter 36; weights 9..2, mod 11."""
    vals = [ord(c) - 55 for c in prefix]
    if len(vals) == 1:
        vals = [36, *vals]
    s = vals[0] * 9 + vals[1] * 8 + sum(int(d) * w for d, w in zip(six, range(7, 1, -1), strict=True))
    c = (11 - s % 11) % 11
    return "A" if c == 10 else str(c)


_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))


def tw_id(r: Rnd, letter: str, sex_digit: str) -> str:
    """Taiwan national ID: letter (two-digit value) + sex digit + 7 digits + check, weights 1,9,8..1,1 mod 10."""
    body = sex_digit + _digits(r, 7)
    n = _TW_LETTERS[letter]
    s = n // 10 + (n % 10) * 9 + sum(int(d) * w for d, w in zip(body, range(8, 0, -1), strict=True))
    return letter + body + str((10 - s % 10) % 10)


def mrz_check(s: str) -> str:
    """ICAO 9303 check digit: 0-9, A=10..Z=35, '<'=0; weights 7, 3, 1; mod 10."""
    total = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else (ord(c) - 55 if "A" <= c <= "Z" else 0)
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def luhn_digit(partial: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch)
        if i % 2 == 0:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        s += n
    return str((10 - s % 10) % 10)


_VIN_VAL = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
_VIN_VAL.update(dict(zip("JKLMN", range(1, 6), strict=True)), P=7, R=9)
_VIN_VAL.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(r: Rnd) -> str:
    """ISO 3779 VIN with the North American / GB 16735 check digit in position 9 (weights 8..2,10,0,9..2)."""
    wmi = _pick(r, ["LSV", "LFV", "LGB", "LVS", "LSG", "LHG", "LBV", "LE4", "LRW", "LGX", "LB3", "LNB", "LVH"])
    vds = "".join(_pick(r, _VIN_CHARS) for _ in range(5))
    rest = _pick(r, "DEFGHJKLMNPRS") + _pick(r, _VIN_CHARS[:23]) + _digits(r, 6)
    raw = wmi + vds + "0" + rest
    w = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    c = sum(_VIN_VAL[ch] * k for ch, k in zip(raw, w, strict=True)) % 11
    return raw[:8] + ("X" if c == 10 else str(c)) + raw[9:]


def nric(r: Rnd, prefix: str) -> str:
    d = _digits(r, 7)
    s = sum(int(c) * w for c, w in zip(d, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if prefix in "TG" else 0)
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + d + table[s % 11]


def bsn(r: Rnd) -> str:
    """Dutch citizen service number passing the 11-test."""
    while True:
        d = _digits(r, 8)
        if d[0] == "0":
            continue
        c = sum(int(x) * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
        if c < 10:
            return d + str(c)


def thai_id(r: Rnd) -> str:
    d = str(r.randint(1, 8)) + _digits(r, 11)
    s = sum(int(x) * w for x, w in zip(d, range(13, 1, -1), strict=True))
    return d + str((11 - s % 11) % 10)


def kr_rrn(dob: dt.date, male: bool, r: Rnd) -> str:
    g = ("1" if male else "2") if dob.year < 2000 else ("3" if male else "4")
    d = dob.strftime("%y%m%d") + g + _digits(r, 5)
    s = sum(int(x) * w for x, w in zip(d, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True))
    return f"{d[:6]}-{d[6:]}{(11 - s % 11) % 10}"


def mykad_digits(r: Rnd, dob: dt.date, sex: str) -> str:
    """Malaysian MyKad number: birth date, place-of-birth code, serial; the last digit odd for men."""
    state = _pick(r, ["01", "07", "08", "10", "12", "13", "14"])
    return f"{dob:%y%m%d}{state}{r.randint(0, 999):03d}{_pick(r, '13579' if sex == 'M' else '02468')}"


def spanish_dni(r: Rnd) -> str:
    n = r.randrange(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


# ----------------------------------------------------------------------------------------------------------------- MRZ


def _mrz_text(s: str) -> str:
    s = s.upper().replace("'", "").replace("’", "")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.replace("Ø", "O").replace("ß", "SS")
    return "".join(c if ("A" <= c <= "Z" or c.isdigit()) else "<" for c in s)


def _yymmdd(d: dt.date) -> str:
    return d.strftime("%y%m%d")


def td3(
    doc: str,
    state: str,
    sur: str,
    giv: str,
    number: str,
    nat: str,
    dob: dt.date,
    sex: str,
    exp: dt.date,
    personal: str = "",
) -> tuple[str, str]:
    names = (_mrz_text(sur) + "<<" + _mrz_text(giv))[:39]
    line1 = (doc.ljust(2, "<") + state + names).ljust(44, "<")
    num = _mrz_text(number).ljust(9, "<")[:9]
    pn = _mrz_text(personal).ljust(14, "<")[:14]
    pn_cd = mrz_check(pn) if personal else "<"
    a, b, c = num + mrz_check(num), _yymmdd(dob) + mrz_check(_yymmdd(dob)), _yymmdd(exp) + mrz_check(_yymmdd(exp))
    line2 = a + nat + b + sex + c + pn + pn_cd
    return line1, line2 + mrz_check(a + b + c + pn + pn_cd)


def permit_mrz(kind: str, number: str, exp: dt.date, dob: dt.date) -> str:
    """One-line 30-character zone of the card-type exit-entry permits (own rendering of the layout)."""
    num = number.ljust(9, "<")
    body = (
        f"{kind}{num}{mrz_check(num)}<{_yymmdd(exp)}{mrz_check(_yymmdd(exp))}<{_yymmdd(dob)}{mrz_check(_yymmdd(dob))}<"
    )
    body = body.ljust(29, "<")[:29]
    return body + mrz_check(body)


# ------------------------------------------------------------------------------------------------------- Chinese names
# simplified, traditional, pinyin, Hong Kong (Cantonese) spelling, Wade-Giles (Taiwan) spelling

_SURNAMES = """
王 王 wang WONG WANG|李 李 li LEE LI|张 張 zhang CHEUNG CHANG|刘 劉 liu LAU LIU|陈 陳 chen CHAN CHEN
杨 楊 yang YEUNG YANG|黄 黃 huang WONG HUANG|赵 趙 zhao CHIU CHAO|吴 吳 wu NG WU|周 周 zhou CHOW CHOU
徐 徐 xu TSUI HSU|孙 孫 sun SUEN SUN|马 馬 ma MA MA|朱 朱 zhu CHU CHU|胡 胡 hu WOO HU|郭 郭 guo KWOK KUO
何 何 he HO HO|林 林 lin LAM LIN|罗 羅 luo LAW LO|郑 鄭 zheng CHENG CHENG|梁 梁 liang LEUNG LIANG
谢 謝 xie TSE HSIEH|宋 宋 song SUNG SUNG|唐 唐 tang TONG TANG|许 許 xu HUI HSU|邓 鄧 deng TANG TENG
冯 馮 feng FUNG FENG|韩 韓 han HON HAN|曹 曹 cao TSO TSAO|彭 彭 peng PANG PENG|曾 曾 zeng TSANG TSENG
萧 蕭 xiao SIU HSIAO|蔡 蔡 cai CHOI TSAI|潘 潘 pan POON PAN|袁 袁 yuan YUEN YUAN|邱 邱 qiu YAU CHIU
叶 葉 ye YIP YEH|钟 鍾 zhong CHUNG CHUNG|卢 盧 lu LO LU|麦 麥 mai MAK MAI|龚 龔 gong KUNG KUNG
岑 岑 cen SHUM TSEN|温 溫 wen WAN WEN|欧阳 歐陽 ou,yang AU,YEUNG OU,YANG|司徒 司徒 si,tu SZE,TO SSU,TU
上官 上官 shang,guan SHEUNG,KOON SHANG,KUAN|诸葛 諸葛 zhu,ge CHU,KOT CHU,KO|司马 司馬 si,ma SZE,MA SSU,MA
"""

_GIVEN_M = """
伟 偉 wei WAI WEI|强 強 qiang KEUNG CHIANG|磊 磊 lei LUI LEI|军 軍 jun KWAN CHUN|勇 勇 yong YUNG YUNG
杰 傑 jie KIT CHIEH|涛 濤 tao TO TAO|超 超 chao CHIU CHAO|俊 俊 jun CHUN CHUN|浩 浩 hao HO HAO
宇 宇 yu YU YU|轩 軒 xuan HIN HSUAN|志 志 zhi CHI CHIH|国 國 guo KWOK KUO|建 建 jian KIN CHIEN
德 德 de TAK TE|宏 宏 hong WANG HUNG|振 振 zhen CHUN CHEN|耀 耀 yao YIU YAO|荣 榮 rong WING JUNG
博 博 bo POK PO|航 航 hang HONG HANG|凯 凱 kai HOI KAI|鹏 鵬 peng PANG PENG|海 海 hai HOI HAI
天 天 tian TIN TIEN|永 永 yong WING YUNG|立 立 li LAP LI|成 成 cheng SHING CHENG|坤 坤 kun KWAN KUN
翔 翔 xiang CHEUNG HSIANG|泽 澤 ze CHAK TSE|睿 睿 rui YUI JUI|远 遠 yuan YUEN YUAN|恩 恩 en YAN EN
"""

_GIVEN_F = """
芳 芳 fang FONG FANG|娜 娜 na NA NA|敏 敏 min MAN MIN|静 靜 jing CHING CHING|丽 麗 li LAI LI
艳 艷 yan YIM YEN|秀 秀 xiu SAU HSIU|英 英 ying YING YING|慧 慧 hui WAI HUI|欣 欣 xin YAN HSIN
怡 怡 yi YI YI|婷 婷 ting TING TING|美 美 mei MEI MEI|玲 玲 ling LING LING|珊 珊 shan SHAN SHAN
佩 佩 pei PUI PEI|雅 雅 ya NGA YA|琪 琪 qi KEI CHI|颖 穎 ying WING YING|诗 詩 shi SZE SHIH
霞 霞 xia HA HSIA|桂 桂 gui KWAI KUEI|兰 蘭 lan LAN LAN|梅 梅 mei MUI MEI|淑 淑 shu SHUK SHU
惠 惠 hui WAI HUI|冰 冰 bing BING PING|雪 雪 xue SUET HSUEH|春 春 chun CHUN CHUN|秋 秋 qiu CHAU CHIU
月 月 yue YUET YUEH|玉 玉 yu YUK YU|爱 愛 ai OI AI|鸥 鷗 ou AU OU
"""

_GIVEN_N = """
明 明 ming MING MING|文 文 wen MAN WEN|晨 晨 chen SAN CHEN|嘉 嘉 jia KA CHIA|子 子 zi TSZ TZU
思 思 si SZE SSU|安 安 an ON AN|晓 曉 xiao HIU HSIAO|华 華 hua WA HUA|然 然 ran YIN JAN
家 家 jia KA CHIA|欣 欣 xin YAN HSIN|宁 寧 ning NING NING|乐 樂 le LOK LE|一 一 yi YAT I
"""


def _parse_chars(block: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    out = []
    for item in block.replace("\n", "|").split("|"):
        if item.strip():
            s, t, py, hk, wg = item.split()
            out.append((s, t, tuple(py.split(",")), tuple(hk.split(",")), tuple(wg.split(","))))
    return out


SURNAMES = _parse_chars(_SURNAMES)
GIVEN_M = _parse_chars(_GIVEN_M)
GIVEN_F = _parse_chars(_GIVEN_F)
GIVEN_N = _parse_chars(_GIVEN_N)

# names of minority holders: characters, romanisation (given first), name in Uyghur script where one is printed
MINORITY_NAMES = [
    ("阿依古丽·买买提", ("AYIGULI", "MAIMAITI"), "ئايگۈل مامات", "F", "维吾尔"),
    ("艾力·吐尔逊", ("AILI", "TUERXUN"), "ئەلى تۇرسۇن", "M", "维吾尔"),
    ("古丽娜尔·热合曼", ("GULINAER", "REHEMAN"), "گۈلنار رەھمان", "F", "维吾尔"),
    ("买买提江·阿不都", ("MAIMAITIJIANG", "ABUDU"), "مەمەتجان ئابدۇ", "M", "维吾尔"),
    ("努尔兰·吾斯曼", ("NUERLAN", "WUSIMAN"), "", "M", "哈萨克"),
    ("扎西次仁", ("ZHAXI", "CIREN"), "", "M", "藏"),
    ("格桑卓玛", ("GESANG", "ZHUOMA"), "", "F", "藏"),
    ("其其格", ("QIQIGE", ""), "", "F", "蒙古"),
    ("巴特尔", ("BATEER", ""), "", "M", "蒙古"),
]

ETHNIC_ONE = ["汉", "汉", "汉", "汉", "回", "满", "苗", "壮", "彝", "瑶", "白", "傣", "黎"]
ETHNIC_MULTI = [
    "土家",
    "布依",
    "朝鲜",
    "侗",
    "哈尼",
    "傈僳",
    "纳西",
    "仫佬",
    "东乡",
    "锡伯",
    "仡佬",
    "毛南",
    "畲",
    "羌",
]


@dataclass
class CnName:
    sur: list[Any]
    giv: list[Any]
    minority: tuple[Any, ...] | None = None

    def zh(self, trad: bool = False) -> str:
        if self.minority:
            return self.minority[0]
        k = 1 if trad else 0
        return "".join(c[k] for c in self.sur) + "".join(c[k] for c in self.giv)

    def zh_sur(self, trad: bool = False) -> str:
        return "".join(c[1 if trad else 0] for c in self.sur) if not self.minority else self.zh()

    def zh_giv(self, trad: bool = False) -> str:
        return "".join(c[1 if trad else 0] for c in self.giv) if not self.minority else ""

    def py_sur(self) -> str:
        if self.minority:
            return self.minority[1][1] or self.minority[1][0]
        return "".join(s for c in self.sur for s in c[2]).upper()

    def py_giv(self, apostrophe: bool = True) -> str:
        if self.minority:
            return self.minority[1][0] if self.minority[1][1] else ""
        out = ""
        for c in self.giv:
            syl = c[2][0]
            if out and apostrophe and syl[0] in "aoe":
                out += "'"
            out += syl
        return out.upper()

    def hk_sur(self, joiner: str = "-") -> str:
        return joiner.join(s for c in self.sur for s in c[3])

    def hk_giv(self, joiner: str = " ") -> str:
        return joiner.join(c[3][0] for c in self.giv)

    def wg_sur(self) -> str:
        return "-".join(s for c in self.sur for s in c[4])

    def wg_giv(self) -> str:
        return "-".join(c[4][0] for c in self.giv)


def cn_name(r: Rnd, sex: str, *, minority_ok: bool = False, compound_ok: bool = True) -> CnName:
    if minority_ok and _chance(r, 0.08):
        cands = [m for m in MINORITY_NAMES if m[3] == sex]
        m = _pick(r, cands)
        return CnName([], [], m)
    pool = SURNAMES if compound_ok else [s for s in SURNAMES if len(s[0]) == 1]
    sur = _pick(r, pool if _chance(r, 0.1) else [s for s in pool if len(s[0]) == 1])
    base = GIVEN_M if sex == "M" else GIVEN_F
    n = 1 if _chance(r, 0.25) else 2
    giv = []
    for _ in range(n):
        giv.append(_pick(r, base if _chance(r, 0.7) else GIVEN_N))
    if n == 1 and len(giv[0][2][0]) < 3:  # a one-syllable given name of two letters would be unplantable alone
        giv.append(_pick(r, GIVEN_N))
    return CnName([sur], giv)


def _title(s: str) -> str:
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in s.split(" "))


def romanise(r: Rnd, n: CnName, system: str) -> tuple[str, str, str]:
    """(full name as printed, surname, given names) in one of several systems and orders."""
    if system == "py" or n.minority:
        sur, giv = n.py_sur(), n.py_giv(apostrophe=_chance(r, 0.6))
    elif system == "hk":
        sur, giv = n.hk_sur(_pick(r, ["-", " "])), n.hk_giv(_pick(r, [" ", " ", "-"]))
    else:
        sur, giv = n.wg_sur(), n.wg_giv()
    if not giv:
        return sur, sur, ""
    style = _pick(r, ["SUR, GIV", "SUR GIV", "SUR, GIV", "Sur Giv", "GIV SUR", "SUR, Giv", "Sur, Giv", "SUR,GIV"])
    if "Giv" in style:
        giv = _title(giv)
        if system == "wg" or "-" in giv:
            giv = "-".join([giv.split("-")[0], *[p.lower() for p in giv.split("-")[1:]]])
    if "Sur" in style:
        sur = _title(sur)
    full = style.replace("SUR", sur).replace("Sur", sur).replace("GIV", giv).replace("Giv", giv)
    return full, sur, giv


# ----------------------------------------------------------------------------------------------------- mainland places

# province, city, [(district, 6-digit area code)], issuing police bureau city name
_REGIONS = """
广东省 深圳市 南山区:440305 福田区:440304 宝安区:440306 龙岗区:440307
广东省 广州市 天河区:440106 越秀区:440104 海珠区:440105 番禺区:440113
浙江省 杭州市 西湖区:330106 拱墅区:330105 滨江区:330108 余杭区:330110
江苏省 南京市 鼓楼区:320106 玄武区:320102 江宁区:320115
江苏省 苏州市 姑苏区:320508 吴中区:320506 相城区:320507
四川省 成都市 武侯区:510107 锦江区:510104 青羊区:510105 郫都区:510117
湖北省 武汉市 江汉区:420103 洪山区:420111 武昌区:420106
山东省 青岛市 市南区:370202 崂山区:370212 黄岛区:370211
河南省 郑州市 金水区:410105 二七区:410103 中原区:410102
福建省 厦门市 思明区:350203 湖里区:350206 集美区:350211
湖南省 长沙市 岳麓区:430104 芙蓉区:430102 天心区:430103
陕西省 西安市 雁塔区:610113 碑林区:610103 未央区:610112
辽宁省 沈阳市 和平区:210102 皇姑区:210105 铁西区:210106
云南省 昆明市 五华区:530102 盘龙区:530103 官渡区:530111
新疆维吾尔自治区 乌鲁木齐市 天山区:650102 沙依巴克区:650103 水磨沟区:650105
广西壮族自治区 南宁市 青秀区:450103 兴宁区:450102 西乡塘区:450107
黑龙江省 哈尔滨市 南岗区:230103 道里区:230102 香坊区:230110
安徽省 合肥市 蜀山区:340104 包河区:340111 庐阳区:340103
江西省 南昌市 东湖区:360102 青山湖区:360111
河北省 石家庄市 长安区:130102 裕华区:130108
贵州省 贵阳市 南明区:520102 云岩区:520103 观山湖区:520115
内蒙古自治区 呼和浩特市 新城区:150102 回民区:150103 赛罕区:150105
- 北京市 朝阳区:110105 海淀区:110108 东城区:110101 丰台区:110106 通州区:110112
- 上海市 黄浦区:310101 徐汇区:310104 浦东新区:310115 静安区:310106 闵行区:310112
- 天津市 和平区:120101 南开区:120104 河西区:120103
- 重庆市 渝中区:500103 江北区:500105 沙坪坝区:500106 九龙坡区:500107
"""

_RURAL = """
河南省 驻马店市 上蔡县:411722|四川省 南充市 营山县:511322|湖南省 邵阳市 隆回县:430524
安徽省 阜阳市 临泉县:341221|江西省 赣州市 于都县:360731|山东省 菏泽市 曹县:371721
广西壮族自治区 玉林市 博白县:450923|贵州省 毕节市 威宁彝族回族苗族自治县:520526|河北省 保定市 蠡县:130635
"""


@dataclass
class Region:
    prov: str  # "" for the four municipalities
    city: str
    dist: str
    code: str
    rural: bool = False

    @property
    def prov_short(self) -> str:
        p = self.prov or self.city
        for suffix in ("维吾尔自治区", "壮族自治区", "自治区", "省", "市"):
            if p.endswith(suffix):
                return p[: -len(suffix)]
        return p


def _parse_regions() -> list[Region]:
    out = []
    for line in _REGIONS.strip().splitlines():
        prov, city, *dists = line.split()
        for d in dists:
            name, code = d.split(":")
            out.append(Region("" if prov == "-" else prov, city, name, code))
    for item in _RURAL.strip().replace("\n", "|").split("|"):
        prov, city, d = item.split()
        name, code = d.split(":")
        out.append(Region(prov, city, name, code, rural=True))
    return out


REGIONS = _parse_regions()
PROVINCE_PINYIN = {
    "广东": "GUANGDONG",
    "浙江": "ZHEJIANG",
    "江苏": "JIANGSU",
    "四川": "SICHUAN",
    "湖北": "HUBEI",
    "山东": "SHANDONG",
    "河南": "HENAN",
    "福建": "FUJIAN",
    "湖南": "HUNAN",
    "陕西": "SHAANXI",
    "辽宁": "LIAONING",
    "云南": "YUNNAN",
    "新疆": "XINJIANG",
    "广西": "GUANGXI",
    "黑龙江": "HEILONGJIANG",
    "安徽": "ANHUI",
    "江西": "JIANGXI",
    "河北": "HEBEI",
    "贵州": "GUIZHOU",
    "内蒙古": "NEI MONGOL",
    "北京": "BEIJING",
    "上海": "SHANGHAI",
    "天津": "TIANJIN",
    "重庆": "CHONGQING",
}
PROVINCE_CODE = {
    "广东": "44",
    "浙江": "33",
    "江苏": "32",
    "四川": "51",
    "湖北": "42",
    "山东": "37",
    "河南": "41",
    "福建": "35",
    "湖南": "43",
    "北京": "11",
    "上海": "31",
    "天津": "12",
    "重庆": "50",
    "云南": "53",
    "辽宁": "21",
    "陕西": "61",
}

_STREETS = (
    "建设 人民 解放 中山 和平 新华 长江 黄河 文化 科技 学府 滨河 青年 光明 胜利 "
    "幸福 东风 五一 春晖 翠竹 银杏 凤凰 金桥 望江 迎宾 体育 兴业 丹枫 桃源 沿江"
).split()
_STREET_SUFFIX = ["路", "路", "街", "大道", "南路", "北路", "东路", "西路", "中路", "巷"]
_COMMUNITIES = (
    "翠湖 丽景 御景 华庭 雅苑 枫林 紫荆 锦绣 碧水 阳光 金色 绿洲 星河 海岸 龙湾 书香 蓝湾 半山 新城 嘉园".split()
)
_COMM_SUFFIX = ["花园", "小区", "家园", "苑", "新村", "公寓", "名城"]
_TOWNS = "城关 白沙 黄土 石桥 新集 马庄 龙泉 高坪 大营 柳林 南湖 清水 三合 太平 安乐".split()
_VILLAGES = "李庄 张湾 后寨 西岗 东塘 上营 下河 新屯 王家 刘集 杨柳 槐树 枣林 红星 前进".split()


def cn_address(r: Rnd, g: Region, *, with_prov: bool | None = None) -> str:
    if with_prov is None:
        with_prov = _chance(r, 0.85)
    head = (g.prov if with_prov else "") + g.city + g.dist
    if g.rural:
        town = _pick(r, _TOWNS) + _pick(r, ["镇", "镇", "乡"])
        tail = _pick(
            r,
            [
                f"{town}{_pick(r, _VILLAGES)}村{r.randint(1, 12)}组{r.randint(1, 99)}号",
                f"{town}{_pick(r, _VILLAGES)}村委会{_pick(r, _VILLAGES)}{r.randint(1, 80)}号",
                f"{town}{_pick(r, _VILLAGES)}村{r.randint(1, 300)}号",
            ],
        )
        return head + tail
    street = _pick(r, _STREETS) + _pick(r, _STREET_SUFFIX)
    comm = _pick(r, _COMMUNITIES) + _pick(r, _COMM_SUFFIX)
    n, b, u = r.randint(1, 999), r.randint(1, 36), r.randint(1, 6)
    room = r.randint(1, 33) * 100 + r.randint(1, 8)
    tail = _pick(
        r,
        [
            f"{street}{n}号{comm}{b}栋{u}单元{room}室",
            f"{street}{n}号院{b}号楼{u}单元{room}",
            f"{street}{n}弄{r.randint(1, 60)}号{room}室",
            f"{comm}{b}幢{room}号",
            f"{street}{n}号",
            f"{street}{n}号{b}栋{room}房",
            f"{_pick(r, _STREETS)}街道{street}{n}号{comm}{b}-{u}-{room}",
        ],
    )
    return head + tail


def police_authority(g: Region) -> str:
    if g.rural:
        return f"{g.dist}公安局"
    dist = g.dist[:-1] if g.dist.endswith("区") else g.dist
    return f"{g.city}公安局{dist}分局"


# ------------------------------------------------------------------------------------------------------- Taiwan places

_TW_CITIES = [
    ("臺北市", "A", ["大安區", "信義區", "中山區", "士林區", "文山區"]),
    ("新北市", "F", ["板橋區", "中和區", "新莊區", "三重區"]),
    ("臺中市", "B", ["西屯區", "北屯區", "南屯區"]),
    ("高雄市", "E", ["苓雅區", "左營區", "三民區", "鳳山區"]),
    ("臺南市", "D", ["東區", "安平區", "永康區"]),
    ("桃園市", "H", ["中壢區", "桃園區", "平鎮區"]),
]
_TW_STREETS = [
    "忠孝東路四段",
    "仁愛路三段",
    "中山北路二段",
    "民生東路三段",
    "文心路三段",
    "四維三路",
    "中華路一段",
    "復興南路一段",
    "建國北路二段",
    "和平東路二段",
    "中正路",
    "民族路",
    "自由路二段",
    "光復北路",
]
_TW_VILLAGES = ["仁愛", "光明", "福德", "興安", "中興", "大同", "忠孝", "永樂", "民生", "成功"]


def tw_address(r: Rnd, city: tuple[str, str, list[str]]) -> str:
    dist = _pick(r, city[2])
    li = f"{_pick(r, _TW_VILLAGES)}里{r.randint(1, 30)}鄰" if _chance(r, 0.5) else ""
    lane = f"{r.randint(1, 300)}巷" if _chance(r, 0.5) else ""
    alley = f"{r.randint(1, 30)}弄" if lane and _chance(r, 0.4) else ""
    floor = f"{r.randint(2, 15)}樓" + (f"之{r.randint(1, 6)}" if _chance(r, 0.3) else "") if _chance(r, 0.7) else ""
    return f"{city[0]}{dist}{li}{_pick(r, _TW_STREETS)}{lane}{alley}{r.randint(1, 400)}號{floor}"


# -------------------------------------------------------------------------------------------------------- contact data

_MOBILE_PREFIX = (
    "130 131 132 133 135 136 137 138 139 150 151 152 155 156 157 158 159 166 176 177 180 181 182 185 186 187 188 189 "
    "191 198 199"
).split()


def cn_mobile(r: Rnd) -> str:
    p, a, b = _pick(r, _MOBILE_PREFIX), _digits(r, 4), _digits(r, 4)
    return _wpick(
        r,
        [
            (f"{p}{a}{b}", 5),
            (f"{p} {a} {b}", 2),
            (f"{p}-{a}-{b}", 1),
            (f"+86 {p} {a} {b}", 1),
            (f"+86-{p}{a}{b}", 1),
            (f"(+86){p}{a}{b}", 1),
        ],
    )


def cn_landline(r: Rnd) -> str:
    area = _pick(r, ["010", "021", "020", "0755", "0571", "028", "027", "0532", "0371", "0592"])
    n = str(r.randint(2, 8)) + _digits(r, 7)
    return _pick(r, [f"{area}-{n}", f"({area}){n[:4]} {n[4:]}", f"{area} {n}"])


def email_for(r: Rnd, n: CnName, dob: dt.date) -> str:
    sur, giv = n.py_sur().lower().replace(" ", ""), n.py_giv(apostrophe=False).lower().replace(" ", "")
    user = _pick(
        r,
        [
            f"{giv}.{sur}",
            f"{sur}{giv}",
            f"{sur}_{giv[:1]}{dob.year % 100:02d}",
            f"{sur}{giv[:1]}{dob:%m%d}",
            f"{giv[:1]}{sur}{r.randint(1, 999)}",
            str(r.randint(10_000_000, 2_999_999_999)),
        ],
    )
    if user.isdigit():
        return f"{user}@qq.com"
    dom = _pick(
        r,
        [
            "163.com",
            "126.com",
            "qq.com",
            "foxmail.com",
            "sina.com",
            "gmail.com",
            "outlook.com",
            "hotmail.com",
            "yeah.net",
            "aliyun.com",
            "139.com",
            "hengtai-logistics.cn",
            "meituo-tech.com",
        ],
    )
    return f"{user}@{dom}"


# ------------------------------------------------------------------------------------------------------------- holders


@dataclass
class CnHolder:
    name: CnName
    sex: str
    dob: dt.date
    region: Region
    home: Region
    address: str
    ethnicity: str
    idnum: str
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def sex_zh(self) -> str:
        return "男" if self.sex == "M" else "女"


def resident_id(r: Rnd, code: str, dob: dt.date, sex: str) -> str:
    seq = r.randrange(0, 100) * 10 + _pick(r, [1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8])
    body = f"{code}{dob:%Y%m%d}{seq:03d}"
    return body + gb11643(body)


def permit_id(r: Rnd, prefix: str, dob: dt.date, sex: str) -> str:
    return resident_id(r, prefix + "0000", dob, sex)


def fpr_id(r: Rnd, prov: str, country: str, dob: dt.date, sex: str) -> str:
    seq = r.randrange(0, 100) * 10 + _pick(r, [1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8])
    body = f"9{prov}{country}{dob:%Y%m%d}{seq:03d}"
    return body + gb11643(body)


def cn_holder(r: Rnd, *, minority_ok: bool = True, y0: int = 1955, y1: int = 2006) -> CnHolder:
    sex = _pick(r, "MF")
    name = cn_name(r, sex, minority_ok=minority_ok)
    dob = _date(r, y0, y1)
    if name.minority:
        sex = name.minority[3]
        eth = name.minority[4]
        xj = [g for g in REGIONS if g.prov.startswith("新疆")]
        region = _pick(r, xj) if eth in ("维吾尔", "哈萨克") else _pick(r, REGIONS)
    else:
        eth = _pick(r, ETHNIC_ONE) if _chance(r, 0.7) else _pick(r, ETHNIC_MULTI)
        region = _pick(r, REGIONS)
    home = region if _chance(r, 0.6) else _pick(r, REGIONS)
    address = cn_address(r, home)
    return CnHolder(name, sex, dob, region, home, address, eth, resident_id(r, region.code, dob, sex))


# --------------------------------------------------------------------------------------------------- recording context

ID_ENTITIES = {
    "CN_RESIDENT_ID",
    "BANK_CARD",
    "DOCUMENT_NUMBER",
    "PASSPORT",
    "HK_ID",
    "MO_ID",
    "TW_ID",
    "RESIDENCE_PERMIT",
    "TRAVEL_PERMIT",
    "FOREIGN_PERMANENT_RESIDENCE",
    "DRIVER_LICENSE",
    "TELEX_CODE",
    "PHONE_NUMBER",
    "VEHICLE",
}
_MASK_CJK, _MASK = "\u3007", "\u25c6"


def _is_cjk(c: str) -> bool:
    return "\u3000" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\uac00" <= c <= "\ud7af"


def _mask(s: str) -> str:
    return "".join(c if c.isspace() else (_MASK_CJK if _is_cjk(c) else _MASK) for c in s)


def _mostly_digits(v: str) -> bool:
    al = [c for c in v if c.isalnum()]
    return bool(al) and sum(c.isdigit() for c in al) * 2 > len(al)


class Ctx:
    """One record's random source and recorder. In a masked run (the audit) personal values come back masked."""

    def __init__(self, r: Rnd, rec: Recorder, fk: dict[str, Faker], masked: bool = False) -> None:
        self.r = r
        self.rec = rec
        self.fk = fk
        self.masked = masked
        self.ascii_only_ops = False  # set when the payload text is \\u-escaped: only ASCII operational values
        self.n_opn = 0  # numbers recorded as `"key": value`: such a payload is never re-encoded as a string
        self._p: set[tuple[str, str]] = set()
        self._o: set[tuple[str, str]] = set()

    @staticmethod
    def plantable(entity: str, value: str) -> bool:
        if entity == "GENDER":
            return bool(value.strip())
        v = value.strip()
        if len(v) < 2 or v != value:
            return False
        return not (len(v) <= 2 and v.isascii() and v.isalpha())

    def pii(self, entity: str, value: Any) -> str:
        value = str(value)
        if not self.plantable(entity, value):
            return value
        if (entity, value) not in self._p:
            self._p.add((entity, value))
            self.rec.pii(entity, value, digits=entity in ID_ENTITIES and _mostly_digits(value))
        return _mask(value) if self.masked else value

    def op(self, category: str, value: Any) -> Any:
        s = str(value)
        if len(s.strip()) < 2 or (self.ascii_only_ops and not s.isascii()):
            return value
        if (category, s) not in self._o:
            self._o.add((category, s))
            self.rec.op(category, s)
        return value

    def opn(self, category: str, key: str, value: Any) -> Any:
        if (category, f"{key}={value!r}") not in self._o:
            self._o.add((category, f"{key}={value!r}"))
            self.rec.op_num(category, key, value)
        self.n_opn += 1
        return value


# ----------------------------------------------------------------------------------------------------------- OCR noise

_CJK_CONFUSE = dict(
    zip(
        "姓名性别民族出生住址号码身份证期日限有效签发机关国籍护照类型地点通行居户口簿卡編號證發關護類點誌",
        "娃各姓剔氏旅岀牛佳扯兮玛射伤正朗曰很布郊鉴友杋美图藉沪熙娄形她占涌衍屈尸囗薄卞偏号澄癹闗獲頪默志",
        strict=True,
    )
)
_LATIN_CONFUSE = {
    "O": "0",
    "0": "O",
    "I": "1",
    "1": "I",
    "l": "1",
    "S": "5",
    "5": "S",
    "B": "8",
    "8": "B",
    "Z": "2",
    "2": "Z",
    "G": "6",
    "6": "G",
    "D": "0",
    "o": "0",
    "e": "c",
    "a": "o",
    "u": "v",
}


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def noise_label(r: Rnd, s: str) -> str:
    ops = []
    cjk = [i for i, c in enumerate(s) if _is_cjk(c)]
    if len(cjk) >= 2:
        ops += ["space_cjk", "space_cjk", "confuse_cjk", "drop"]
    if any(c.isascii() and c.isalpha() for c in s):
        ops += ["case", "case", "fullwidth", "confuse_latin", "drop", "double", "space_latin"]
    ops.append("colon")
    op = _pick(r, ops)
    out = s
    if op == "space_cjk":
        i = _pick(r, cjk[1:])
        out = s[:i] + _pick(r, [" ", " ", "  "]) + s[i:]
    elif op == "confuse_cjk":
        cand = [i for i in cjk if s[i] in _CJK_CONFUSE]
        if cand:
            i = _pick(r, cand)
            out = s[:i] + _CJK_CONFUSE[s[i]] + s[i + 1 :]
    elif op == "case":
        out = _pick(r, [s.upper(), s.lower(), s.title(), s.swapcase()])
    elif op == "fullwidth":
        out = _fullwidth(s)
    elif op == "confuse_latin":
        cand = [i for i, c in enumerate(s) if c in _LATIN_CONFUSE]
        if cand:
            i = _pick(r, cand)
            out = s[:i] + _LATIN_CONFUSE[s[i]] + s[i + 1 :]
    elif op == "drop" and len(s) >= 4:
        i = r.randrange(1, len(s) - 1)
        out = s[:i] + s[i + 1 :]
    elif op == "double":
        i = r.randrange(len(s))
        out = s[:i] + s[i] + s[i:]
    elif op == "space_latin":
        out = s.replace(" ", "", 1) if " " in s else s[:1] + " " + s[1:]
    elif op == "colon":
        out = s + _pick(r, [":", "：", ".", " :"])
    out = out.strip()
    return out if len(out) >= 2 else s


def noise_value(r: Rnd, s: str, entity: str) -> str:
    if entity == "GENDER" or entity == "IMAGE":
        return s
    if entity == "MRZ":
        chars = list(s)
        for _ in range(r.randint(1, 3)):
            i = r.randrange(len(chars))
            if chars[i] == "<":
                chars[i] = _pick(r, ["K", "«", " ", "<<", "L"])
            elif chars[i] in _LATIN_CONFUSE and _chance(r, 0.5):
                chars[i] = _LATIN_CONFUSE[chars[i]]
        return "".join(chars)
    ops = []
    has_digit = any(c.isdigit() for c in s)
    cjk = [i for i, c in enumerate(s) if _is_cjk(c)]
    latin = any(c.isascii() and c.isalpha() for c in s)
    if has_digit:
        ops += ["confuse_latin", "space_in", "fullwidth_digits"]
        if s.endswith("X"):
            ops.append("lower_x")
    if len(cjk) >= 2:
        ops += ["space_cjk", "space_cjk", "confuse_cjk"]
    if latin and not has_digit:
        ops += ["case", "drop", "double", "confuse_latin"]
    if not ops:
        return s
    op = _pick(r, ops)
    out = s
    if op == "confuse_latin":
        cand = [i for i, c in enumerate(s) if c in _LATIN_CONFUSE and c not in "aeou"]
        if cand:
            i = _pick(r, cand)
            out = s[:i] + _LATIN_CONFUSE[s[i]] + s[i + 1 :]
    elif op == "space_in" and len(s) >= 6:
        i = r.randrange(2, len(s) - 2)
        out = s[:i] + " " + s[i:]
    elif op == "fullwidth_digits":
        out = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() and c.isascii() else c for c in s)
    elif op == "lower_x":
        out = s[:-1] + "x"
    elif op == "space_cjk":
        i = _pick(r, cjk[1:])
        out = s[:i] + " " + s[i:]
    elif op == "confuse_cjk":
        cand = [i for i in cjk if s[i] in _CJK_CONFUSE]
        if cand:
            i = _pick(r, cand)
            out = s[:i] + _CJK_CONFUSE[s[i]] + s[i + 1 :]
    elif op == "case":
        out = _pick(r, [s.lower(), s.title(), s.swapcase()])
    elif op == "drop" and len(s) >= 5:
        i = r.randrange(1, len(s) - 1)
        out = s[:i] + s[i + 1 :] if s[i] != " " else s
    elif op == "double":
        i = r.randrange(len(s))
        out = s[:i] + s[i] + s[i:] if s[i] != " " else s
    out = out.strip()
    return out if len(out) >= 2 else s


# --------------------------------------------------------------------------------------------------------- page layout


@dataclass
class Fld:
    """A field printed on a document: labels (one per language) and its value segments ("\\n" breaks a line)."""

    labels: list[str]
    parts: list[Seg]
    split: bool = False


def F(labels: list[str] | str, value: str, tag: str | None, split: bool = False) -> Fld:
    return Fld([labels] if isinstance(labels, str) else list(labels), [(value, tag)], split)


def T(text: str) -> Fld:
    return Fld([], [(text, LABEL)])


def S(text: str) -> Fld:
    return Fld([], [(text, None)])


def V(*parts: Seg) -> Fld:
    return Fld([], list(parts))


Row = list[Fld]
Page = list[Row]
Line = list[Seg]


@dataclass
class Style:
    join: str
    pair: str
    sep: str
    drop: float
    nl: float
    nv: float
    rowjoin: bool
    shuffle: float
    split: float

    @classmethod
    def draw(cls, r: Rnd, *, clean: bool = False) -> Style:
        return cls(
            join=_pick(r, ["slash", "space", "stack", "first", "last", "slash_sp"]),
            pair=_pick(r, ["inline", "inline", "above", "mixed"]),
            sep=_pick(r, ["", " ", ":", "：", "  ", " : "]),
            drop=0.0 if clean else _pick(r, [0.0, 0.0, 0.1, 0.25, 0.4]),
            nl=0.0 if clean else _pick(r, [0.0, 0.0, 0.1, 0.2, 0.35]),
            nv=0.0 if clean else _pick(r, [0.0, 0.0, 0.08, 0.15]),
            rowjoin=_chance(r, 0.6),
            shuffle=0.0 if clean else _pick(r, [0.0, 0.0, 0.1, 0.2]),
            split=_pick(r, [0.0, 0.3, 0.6]),
        )


def _noisy(r: Rnd, st: Style, seg: Seg) -> Seg:
    text, tag = seg
    if tag == LABEL:
        return (noise_label(r, text), tag) if _chance(r, st.nl) else seg
    if tag is None or not text.strip():
        return seg
    return (noise_value(r, text, tag), tag) if _chance(r, st.nv) else seg


def _label_lines(r: Rnd, st: Style, labels: list[str]) -> list[Line]:
    labs = [_noisy(r, st, (s, LABEL))[0] for s in labels]
    if len(labs) == 1 or st.join == "first":
        return [[(labs[0], LABEL)]]
    if st.join == "last":
        return [[(labs[-1], LABEL)]]
    if st.join == "stack":
        return [[(s, LABEL)] for s in labs]
    sep = {"slash": "/", "slash_sp": " / "}.get(st.join, " ")
    line: Line = []
    for k, s in enumerate(labs):
        if k:
            line.append((sep, None))
        line.append((s, LABEL))
    return [line]


def _split_value(r: Rnd, text: str) -> list[str]:
    n = len(text)
    if " " in text and _chance(r, 0.6):
        spaces = [i for i, c in enumerate(text) if c == " " and 3 <= i <= n - 4]
        if spaces:
            k = _pick(r, spaces)
            return [text[:k], text[k + 1 :]]
    k = r.randrange(5, n - 4)
    a, b = text[:k], text[k:]
    if a[-1] == " " or b[0] == " ":
        return [text]
    if b[0] in ",，、":
        a, b = a + b[0], b[1:].lstrip()
    return [a, b] if len(b) >= 3 else [text]


def render_field(r: Rnd, st: Style, f: Fld) -> list[Line]:
    parts = [_noisy(r, st, p) for p in f.parts]
    value_lines: list[Line] = [[]]
    for p in parts:
        if p[0] == "\n":
            value_lines.append([])
        else:
            value_lines[-1].append(p)
    value_lines = [ln for ln in value_lines if ln]
    if f.split and len(value_lines) == 1 and len(value_lines[0]) == 1 and _chance(r, st.split):
        text, tag = value_lines[0][0]
        if tag and tag != LABEL and len(text) >= 12:
            value_lines = [[(piece, tag)] for piece in _split_value(r, text)]
    if not f.labels or _chance(r, st.drop):
        return value_lines
    lab = _label_lines(r, st, f.labels)
    mode = st.pair if st.pair != "mixed" else _pick(r, ["inline", "above"])
    if mode == "inline" and len(lab) == 1 and value_lines:
        last = lab[0][-1][0]
        sep = st.sep if (st.sep.strip() or _is_cjk(last[-1])) else " "
        if sep == "" and value_lines[0][0][0][:1].isascii() and not _is_cjk(last[-1]):
            sep = " "
        first = lab[0] + ([(sep, None)] if sep else []) + value_lines[0]
        return [first, *value_lines[1:]]
    return lab + value_lines


def layout_page(r: Rnd, st: Style, page: Page) -> list[Line]:
    out: list[Line] = []
    for row in page:
        rendered = [render_field(r, st, f) for f in row]
        if len(row) > 1 and st.rowjoin and all(len(x) == 1 for x in rendered):
            merged: Line = []
            for k, x in enumerate(rendered):
                if k:
                    merged.append((_pick(r, [" ", "  ", "   ", " "]), None))
                merged.extend(x[0])
            out.append(merged)
        else:
            for x in rendered:
                out.extend(x)
    if st.shuffle:
        for i in range(len(out) - 1):
            if _chance(r, st.shuffle):
                out[i], out[i + 1] = out[i + 1], out[i]
    return out


_EXTRAS_ZH = [
    "仅供{p}使用",
    "仅供{p}使用 他用无效",
    "复印无效",
    "此复印件与原件一致",
    "再次复印无效",
    "扫描全能王 创建",
    "第{i}页 共{n}页",
    "已核对原件",
    "CamScanner",
    "（复印件）",
    "{p}专用",
    "本复印件仅限{p}",
]
_EXTRAS_EN = [
    "Scanned with CamScanner",
    "Page {i} of {n}",
    "COPY",
    "FOR KYC USE ONLY",
    "Adobe Scan",
    "Office Lens",
    "CERTIFIED TRUE COPY",
    "- {i} -",
]
_PURPOSES = [
    "办理银行开户",
    "办理入职手续",
    "宽带业务办理",
    "租房登记",
    "手机号码实名登记",
    "签证申请",
    "公司年检",
    "保险理赔",
]


def add_extras(r: Rnd, lines: list[Line], *, latin: bool = False, prob: float = 0.5) -> list[Line]:
    if not _chance(r, prob):
        return lines
    out = list(lines)
    for _ in range(r.randint(1, 2)):
        pool = _EXTRAS_EN if latin or _chance(r, 0.3) else _EXTRAS_ZH
        n = r.randint(1, 3)
        t = _pick(r, pool).format(p=_pick(r, _PURPOSES), i=r.randint(1, n), n=n)
        out.insert(_pick(r, [0, len(out), r.randint(0, len(out))]), [(t, None)])
    return out


def line_text(ln: Line) -> str:
    return "".join(t for t, _ in ln)


def emit(ctx: Ctx, lines: list[Line]) -> list[Line]:
    """Record every planted value and printed label of the page; in the audit run, return them masked."""
    out = []
    for ln in lines:
        new: Line = []
        for text, tag in ln:
            if tag == LABEL:
                ctx.op("title_or_label", text)
                new.append((text, tag))
            elif tag:
                new.append((ctx.pii(tag, text), tag))
            else:
                new.append((text, tag))
        out.append(new)
    return out


def latin_ratio(lines: list[Line]) -> float:
    text = "".join(line_text(ln) for ln in lines)
    letters = [c for c in text if c.isalpha()]
    return sum(c.isascii() for c in letters) / max(1, len(letters))


# ------------------------------------------------------------------------------------------------------- vendor shapes

PART_ENTITIES = {"PERSON", "ADDRESS", "PLACE_OF_BIRTH", "NATIONALITY"}
_PART_STOP = {
    "VAN",
    "DEN",
    "DER",
    "DOS",
    "DAS",
    "DEL",
    "BIN",
    "BINTI",
    "BINTE",
    "S/O",
    "D/O",
    "JALAN",
    "LORONG",
    "AVENUE",
    "STREET",
    "ROAD",
    "DRIVE",
    "SINGAPORE",
    "TAMAN",
    "NEW",
    "CITY",
}


def _part(w: str) -> str:
    """The part of a word worth planting on its own ("" for none): letters, at least four, not a particle."""
    core = w.strip(",.;:()/")
    ok = len(core) >= 4 and any(c.isalpha() for c in core) and core.upper() not in _PART_STOP
    return core if ok else ""


def _tokens(text: str) -> list[tuple[int, int]]:
    spans, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif _is_cjk(c):
            spans.append((i, i + 1))
            i += 1
        else:
            j = i
            while j < n and not text[j].isspace() and not _is_cjk(text[j]):
                j += 1
            spans.append((i, j))
            i = j
    return spans


def _words(ctx: Ctx, ln: Line) -> list[str]:
    """Words of a line as a word-level OCR shape splits them; parts of split personal values are planted too."""
    text, bounds, pos = line_text(ln), [], 0
    for seg_text, tag in ln:
        bounds.append((pos, pos + len(seg_text), seg_text, tag))
        pos += len(seg_text)
    out = []
    for a, b in _tokens(text):
        w = text[a:b]
        for s0, s1, seg_text, tag in bounds:
            if s0 <= a and b <= s1 and tag in PART_ENTITIES and w != seg_text and _part(w):
                ctx.pii(tag, _part(w))
        out.append(w)
    return out


def _boxes(r: Rnd, lines: list[Line], w0: int, h0: int) -> list[tuple[int, int, int, int]]:
    lh = max(18, min(60, (h0 - 40) // max(1, len(lines))))
    out = []
    for i, ln in enumerate(lines):
        n = len(line_text(ln))
        x = r.randint(12, max(13, w0 // 5))
        w = min(w0 - x - 4, max(20, int(n * lh * 0.55)))
        out.append((x, 20 + i * lh + r.randint(-2, 2), w, int(lh * 0.8)))
    return out


def _page_size(r: Rnd) -> tuple[int, int]:
    return _pick(r, [(1010, 640), (1280, 806), (856, 540), (1654, 2339), (1240, 1754), (2048, 1290)])


def shape_tencent(ctx: Ctx, lines: list[Line], accurate: bool = False) -> Any:
    r = ctx.r
    w0, h0 = _page_size(r)
    dets, para = [], 1
    for ln, (x, y, w, h) in zip(lines, _boxes(r, lines, w0, h0), strict=True):
        para += _chance(r, 0.3)
        dets.append(
            {
                "DetectedText": line_text(ln),
                "Confidence": r.randint(76, 100),
                "Polygon": [{"X": x, "Y": y}, {"X": x + w, "Y": y}, {"X": x + w, "Y": y + h}, {"X": x, "Y": y + h}],
                "AdvancedInfo": json.dumps({"Parag": {"ParagNo": para}}, separators=(",", ":")),
                "ItemPolygon": {"X": x, "Y": y, "Width": w, "Height": h},
                "Words": [],
                "WordCoordPoint": [],
            }
        )
    rid = ctx.op("request_id", _uuid(r))
    if accurate:
        body = {
            "TextDetections": dets,
            "Angel": 0.0,
            "Angle": round(r.uniform(-2, 2), 2),
            "PdfPageSize": 0,
            "RequestId": rid,
        }
    else:
        body = {"TextDetections": dets, "Language": "zh", "Angel": 0.0, "PdfPageSize": 0, "RequestId": rid}
    return {"Response": body} if _chance(r, 0.7) else body


def shape_paddle(ctx: Ctx, lines: list[Line], variant: str) -> Any:
    r = ctx.r
    w0, h0 = _page_size(r)
    boxes = _boxes(r, lines, w0, h0)
    polys = [[[x, y], [x + w, y], [x + w, y + h], [x, y + h]] for x, y, w, h in boxes]
    texts = [line_text(ln) for ln in lines]
    scores = [round(r.uniform(0.72, 0.9999), 4) for _ in lines]
    if variant == "classic":
        page = [[[[float(a), float(b)] for a, b in p], [t, s]] for p, t, s in zip(polys, texts, scores, strict=True)]
        return [page] if _chance(r, 0.7) else {"code": 0, "elapse": round(r.uniform(0.2, 3), 3), "result": [page]}
    if variant == "hub":
        data = [
            {"confidence": s, "text": t, "text_box_position": p} for p, t, s in zip(polys, texts, scores, strict=True)
        ]
        return {"msg": "", "results": [{"data": data, "save_path": ""}], "status": "000"}
    res = {
        "input_path": f"/data/ocr/inbox/{_hex(r, 16)}.{_pick(r, ['jpg', 'png', 'jpeg'])}",
        "page_index": None,
        "model_settings": {"use_doc_preprocessor": _chance(r, 0.3), "use_textline_orientation": _chance(r, 0.5)},
        "dt_polys": polys,
        "text_det_params": {
            "limit_side_len": 64,
            "limit_type": "min",
            "thresh": 0.3,
            "max_side_limit": 4000,
            "box_thresh": 0.6,
            "unclip_ratio": 1.5,
        },
        "text_type": "general",
        "textline_orientation_angles": [-1] * len(lines),
        "text_rec_score_thresh": 0.0,
        "rec_texts": texts,
        "rec_scores": scores,
        "rec_polys": polys,
        "rec_boxes": [[x, y, x + w, y + h] for x, y, w, h in boxes],
    }
    return {"res": res} if _chance(r, 0.7) else res


def _rfc1123(m: dt.datetime) -> str:
    return m.strftime("%a, %d %b %Y %H:%M:%S GMT")


def shape_textract(ctx: Ctx, lines: list[Line]) -> Any:
    r = ctx.r
    w0, h0 = _page_size(r)
    boxes = _boxes(r, lines, w0, h0)

    def geom(x: float, y: float, w: float, h: float) -> dict[str, Any]:
        left, top, width, height = x / w0, y / h0, w / w0, h / h0
        pts = [(left, top), (left + width, top), (left + width, top + height), (left, top + height)]
        return {
            "BoundingBox": {
                "Width": round(width, 6),
                "Height": round(height, 6),
                "Left": round(left, 6),
                "Top": round(top, 6),
            },
            "Polygon": [{"X": round(a, 6), "Y": round(b, 6)} for a, b in pts],
        }

    page_id = _uuid(r)
    blocks: list[dict[str, Any]] = [
        {
            "BlockType": "PAGE",
            "Geometry": geom(0, 0, w0, h0),
            "Id": page_id,
            "Relationships": [{"Type": "CHILD", "Ids": []}],
        }
    ]
    words_out: list[dict[str, Any]] = []
    for ln, (x, y, w, h) in zip(lines, boxes, strict=True):
        lid = _uuid(r)
        blocks[0]["Relationships"][0]["Ids"].append(lid)
        words = _words(ctx, ln)
        wids = []
        cx = x
        for wtext in words:
            ww = max(8, int(w * len(wtext) / max(1, len(line_text(ln)))))
            wid = _uuid(r)
            wids.append(wid)
            words_out.append(
                {
                    "BlockType": "WORD",
                    "Confidence": round(r.uniform(70, 99.99), 4),
                    "Text": wtext,
                    "TextType": "PRINTED" if _chance(r, 0.95) else "HANDWRITING",
                    "Geometry": geom(cx, y, ww, h),
                    "Id": wid,
                }
            )
            cx += ww + 6
        blocks.append(
            {
                "BlockType": "LINE",
                "Confidence": round(r.uniform(80, 99.99), 4),
                "Text": line_text(ln),
                "Geometry": geom(x, y, w, h),
                "Id": lid,
                "Relationships": [{"Type": "CHILD", "Ids": wids}],
            }
        )
    blocks.extend(words_out)
    rid = ctx.op("request_id", _uuid(r))
    date = ctx.op("timestamp", _rfc1123(_moment(r)))
    return {
        "DocumentMetadata": {"Pages": 1},
        "Blocks": blocks,
        "DetectDocumentTextModelVersion": "1.0",
        "ResponseMetadata": {
            "RequestId": rid,
            "HTTPStatusCode": 200,
            "HTTPHeaders": {
                "x-amzn-requestid": rid,
                "content-type": "application/x-amz-json-1.1",
                "content-length": str(r.randint(4000, 90000)),
                "date": date,
            },
            "RetryAttempts": 0,
        },
    }


def _az_times(ctx: Ctx) -> tuple[str, str]:
    m = _moment(ctx.r)
    a = ctx.op("timestamp", m.strftime("%Y-%m-%dT%H:%M:%SZ"))
    b = ctx.op("timestamp", (m + dt.timedelta(seconds=ctx.r.randint(1, 9))).strftime("%Y-%m-%dT%H:%M:%SZ"))
    return a, b


def shape_azure(ctx: Ctx, lines: list[Line], v4: bool) -> Any:
    r = ctx.r
    w0, h0 = _page_size(r)
    boxes = _boxes(r, lines, w0, h0)
    created, updated = _az_times(ctx)

    def poly(x: int, y: int, w: int, h: int) -> list[int]:
        return [x, y, x + w, y, x + w, y + h, x, y + h]

    if not v4:
        out_lines = []
        for ln, (x, y, w, h) in zip(lines, boxes, strict=True):
            words = _words(ctx, ln)
            step = w // max(1, len(words))
            out_lines.append(
                {
                    "boundingBox": poly(x, y, w, h),
                    "text": line_text(ln),
                    "appearance": {
                        "style": {"name": _pick(r, ["other", "handwriting"]), "confidence": round(r.random(), 3)}
                    },
                    "words": [
                        {
                            "boundingBox": poly(x + k * step, y, step, h),
                            "text": t,
                            "confidence": round(r.uniform(0.6, 1), 3),
                        }
                        for k, t in enumerate(words)
                    ],
                }
            )
        return {
            "status": "succeeded",
            "createdDateTime": created,
            "lastUpdatedDateTime": updated,
            "analyzeResult": {
                "version": "3.2.0",
                "modelVersion": "2022-04-30",
                "readResults": [
                    {
                        "page": 1,
                        "angle": round(r.uniform(-3, 3), 4),
                        "width": w0,
                        "height": h0,
                        "unit": "pixel",
                        "lines": out_lines,
                    }
                ],
            },
        }
    content, words_out, lines_out, off = "", [], [], 0
    for k, (ln, (x, y, w, h)) in enumerate(zip(lines, boxes, strict=True)):
        text = line_text(ln)
        if k:
            content += "\n"
            off += 1
        lines_out.append(
            {"content": text, "polygon": poly(x, y, w, h), "spans": [{"offset": off, "length": len(text)}]}
        )
        pos = 0
        for t in _words(ctx, ln):
            i = text.index(t, pos)
            pos = i + len(t)
            words_out.append(
                {
                    "content": t,
                    "polygon": poly(x + i * 10, y, len(t) * 10, h),
                    "confidence": round(r.uniform(0.6, 1), 3),
                    "span": {"offset": off + i, "length": len(t)},
                }
            )
        content += text
        off += len(text)
    result = {
        "apiVersion": _pick(r, ["2024-11-30", "2023-07-31"]),
        "modelId": "prebuilt-read",
        "stringIndexType": "utf16CodeUnit",
        "content": content,
        "pages": [
            {
                "pageNumber": 1,
                "angle": 0,
                "width": w0,
                "height": h0,
                "unit": "pixel",
                "words": words_out,
                "lines": lines_out,
                "spans": [{"offset": 0, "length": len(content)}],
            }
        ],
        "styles": [],
        "contentFormat": "text",
    }
    return {"status": "succeeded", "createdDateTime": created, "lastUpdatedDateTime": updated, "analyzeResult": result}


def shape_docai(ctx: Ctx, lines: list[Line], lang: str) -> Any:
    r = ctx.r
    w0, h0 = _page_size(r)
    text, out_lines = "", []
    for ln, (x, y, w, h) in zip(lines, _boxes(r, lines, w0, h0), strict=True):
        t = line_text(ln) + "\n"
        seg = {"endIndex": str(len(text) + len(t))}
        if text:
            seg = {"startIndex": str(len(text)), **seg}
        out_lines.append(
            {
                "layout": {
                    "textAnchor": {"textSegments": [seg]},
                    "confidence": round(r.uniform(0.7, 1), 6),
                    "boundingPoly": {
                        "vertices": [
                            {"x": x, "y": y},
                            {"x": x + w, "y": y},
                            {"x": x + w, "y": y + h},
                            {"x": x, "y": y + h},
                        ],
                        "normalizedVertices": [
                            {"x": round(x / w0, 6), "y": round(y / h0, 6)},
                            {"x": round((x + w) / w0, 6), "y": round((y + h) / h0, 6)},
                        ],
                    },
                    "orientation": "PAGE_UP",
                },
                "detectedLanguages": [{"languageCode": lang, "confidence": 1}],
            }
        )
        text += t
    page = {
        "pageNumber": 1,
        "dimension": {"width": w0, "height": h0, "unit": "pixels"},
        "layout": {
            "textAnchor": {"textSegments": [{"endIndex": str(len(text))}]},
            "confidence": 1,
            "orientation": "PAGE_UP",
        },
        "detectedLanguages": [{"languageCode": lang, "confidence": round(r.uniform(0.6, 1), 4)}],
        "lines": out_lines,
    }
    doc = {"mimeType": _pick(r, ["image/jpeg", "image/png", "application/pdf"]), "text": text, "pages": [page]}
    if _chance(r, 0.5):
        return {
            "document": doc,
            "humanReviewStatus": {
                "state": "SKIPPED",
                "stateMessage": "HumanReviewConfig is DISABLED, skipping human review.",
            },
        }
    return doc


def _baidu_log_id(r: Rnd) -> int:
    return r.randint(1_600_000_000_000_000_000, 1_999_999_999_999_999_999)


def shape_baidu(ctx: Ctx, lines: list[Line]) -> Any:
    r = ctx.r
    w0, h0 = _page_size(r)
    res = []
    accurate = _chance(r, 0.4)
    for ln, (x, y, w, h) in zip(lines, _boxes(r, lines, w0, h0), strict=True):
        item: dict[str, Any] = {"words": line_text(ln), "location": {"top": y, "left": x, "width": w, "height": h}}
        if accurate:
            item["probability"] = {
                "average": round(r.uniform(0.8, 1), 6),
                "min": round(r.uniform(0.4, 0.9), 6),
                "variance": round(r.uniform(0, 0.02), 6),
            }
        res.append(item)
    out: dict[str, Any] = {"words_result": res, "words_result_num": len(res)}
    if _chance(r, 0.5):
        out["direction"] = 0
    out["log_id"] = ctx.opn("request_id", "log_id", _baidu_log_id(r))
    return out


def aliyun_data(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def shape_aliyun(ctx: Ctx, lines: list[Line]) -> Any:
    r = ctx.r
    w0, h0 = _page_size(r)
    info = []
    for ln, (x, y, w, h) in zip(lines, _boxes(r, lines, w0, h0), strict=True):
        info.append(
            {
                "angle": -90,
                "direction": 0,
                "height": w,
                "pos": [{"x": x, "y": y}, {"x": x + w, "y": y}, {"x": x + w, "y": y + h}, {"x": x, "y": y + h}],
                "prob": r.randint(80, 99),
                "width": h,
                "word": line_text(ln),
                "x": x,
                "y": y,
            }
        )
    data = {
        "content": " ".join(line_text(ln) for ln in lines) + " ",
        "height": h0,
        "orgHeight": h0,
        "orgWidth": w0,
        "prism_version": "1.0.9",
        "prism_wnum": len(info),
        "prism_wordsInfo": info,
        "width": w0,
    }
    rid = ctx.op("request_id", _uuid(r, upper=True))
    body = {"RequestId": rid, "Data": aliyun_data(data)}
    if _chance(r, 0.3):
        return {
            "headers": {"content-type": "application/json;charset=utf-8", "x-acs-request-id": rid},
            "statusCode": 200,
            "body": body,
        }
    return body


SHAPES = [
    "tencent_basic",
    "tencent_accurate",
    "paddle_classic",
    "paddle_hub",
    "paddle_v3",
    "textract",
    "azure_read",
    "azure_v4",
    "docai",
    "baidu",
    "aliyun",
]
SHAPE_ACTION = {
    "tencent_basic": ("tencent", "GeneralBasicOCR"),
    "tencent_accurate": ("tencent", "GeneralAccurateOCR"),
    "paddle_classic": ("paddle", "paddleocr.ocr"),
    "paddle_hub": ("paddle", "ch_pp-ocrv3"),
    "paddle_v3": ("paddle", "PaddleOCR.predict"),
    "textract": ("aws", "DetectDocumentText"),
    "azure_read": ("azure", "Read"),
    "azure_v4": ("azure", "prebuilt-read"),
    "docai": ("gcp", "documents:process"),
    "baidu": ("baidu", "accurate_basic"),
    "aliyun": ("aliyun", "RecognizeGeneral"),
}


def pick_shape(r: Rnd, latin: bool) -> str:
    pool = SHAPES if latin else [s for s in SHAPES if s != "textract"]
    return _pick(r, pool)


def render_shape(ctx: Ctx, shape: str, lines: list[Line], lang: str = "zh") -> Any:
    if shape.startswith("tencent"):
        return shape_tencent(ctx, lines, accurate=shape == "tencent_accurate")
    if shape.startswith("paddle"):
        return shape_paddle(ctx, lines, shape.split("_")[1])
    if shape == "textract":
        return shape_textract(ctx, lines)
    if shape.startswith("azure"):
        return shape_azure(ctx, lines, v4=shape == "azure_v4")
    if shape == "docai":
        return shape_docai(ctx, lines, lang)
    if shape == "baidu":
        return shape_baidu(ctx, lines)
    return shape_aliyun(ctx, lines)


_REGIONS_CLOUD = [
    "ap-guangzhou",
    "ap-shanghai",
    "ap-beijing",
    "ap-chengdu",
    "ap-hongkong",
    "ap-singapore",
    "cn-hangzhou",
    "cn-shanghai",
    "cn-shenzhen",
    "us-east-1",
    "ap-east-1",
    "eastasia",
    "southeastasia",
    "us-central1",
    "bj",
    "gz",
]


def log_envelope(ctx: Ctx, payload: Any, vendor: str, action: str, stringify_ok: bool = True) -> dict[str, Any]:
    """A structured log record (JSON line) around a vendor response; the response as an object or a JSON string."""
    r = ctx.r
    m = _moment(r)
    ts = ctx.op(
        "timestamp",
        _pick(
            r,
            [
                m.isoformat(timespec="milliseconds") + "+08:00",
                m.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
                m.strftime("%Y-%m-%dT%H:%M:%SZ"),
            ],
        ),
    )
    env: dict[str, Any] = {
        _pick(r, ["ts", "@timestamp", "time"]): ts,
        "level": _pick(r, ["DEBUG", "debug", "INFO", "info"]),
        "logger": f"{_pick(r, ['kyc', 'ocr', 'onboarding', 'doc-intake'])}.{vendor}",
        "msg": _pick(r, [f"{action} response", "upstream OCR returned", "ocr call finished", "resp body"]),
    }
    env["action"] = ctx.op("action", action)
    if _chance(r, 0.6):
        env["region"] = ctx.op("region", _pick(r, _REGIONS_CLOUD))
    env["latency_ms"] = ctx.opn("latency", "latency_ms", r.randint(60, 3200))
    if _chance(r, 0.5):
        env["trace_id"] = ctx.op("request_id", _hex(r, 32))
    if _chance(r, 0.3):
        env["app_id"] = ctx.opn("app_id", "app_id", r.randint(1_250_000_000, 1_319_999_999))
    key = _pick(r, ["response", "resp", "body", "result"])
    as_text = _chance(r, 0.45) and stringify_ok
    env[key] = json.dumps(payload, ensure_ascii=False) if as_text else payload
    return env


# ---------------------------------------------------------------------------------------------------- dates as printed

MON_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
MON_NAT = {
    "nl": "JAN FEB MRT APR MEI JUN JUL AUG SEP OKT NOV DEC".split(),
    "it": "GEN FEB MAR APR MAG GIU LUG AGO SET OTT NOV DIC".split(),
    "es": "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC".split(),
    "pt": "JAN FEV MAR ABR MAI JUN JUL AGO SET OUT NOV DEZ".split(),
    "ga": "EAN FEA MÁR AIB BEA MEI IÚI LÚN MFÓ DFÓ SAM NOL".split(),
}


def fmt_date(d: dt.date, style: str) -> str:
    y, m, dd, mon = d.year, d.month, d.day, MON_EN[d.month - 1]
    if style in MON_NAT:
        return f"{dd:02d} {MON_NAT[style][m - 1]}/{mon} {y}"
    return {
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "slash": f"{y}/{m:02d}/{dd:02d}",
        "slash_short": f"{y}/{m}/{dd}",
        "compact": f"{y}{m:02d}{dd:02d}",
        "cn": f"{y}年{m}月{dd}日",
        "cn_pad": f"{y}年{m:02d}月{dd:02d}日",
        "cn_sp": f"{y} 年 {m} 月 {dd} 日",
        "dmy_dash": f"{dd:02d}-{m:02d}-{y}",
        "dmy_slash": f"{dd:02d}/{m:02d}/{y}",
        "dmy_dot": f"{dd:02d}.{m:02d}.{y}",
        "dmy_sp": f"{dd:02d} {m:02d} {y}",
        "d_mon_y": f"{dd:02d} {mon} {y}",
        "d_Mon_y": f"{dd} {mon.title()} {y}",
        "mdy_us": f"{m:02d}/{dd:02d}/{y}",
        "mon_d_y": f"{mon} {dd:02d}, {y}",
        "roc": f"民國{y - 1911}年{m}月{dd}日",
        "roc_pad": f"{y - 1911}年{m:02d}月{dd:02d}日",
        "cnmon": f"{dd:02d} {m}月/{mon} {y}",
        "ko": f"{dd:02d} {m}월/{mon} {y}",
        "d_mon_yy": f"{dd:02d} {mon} {y % 100:02d}",
    }[style]


@dataclass
class Doc:
    pages: list[Page]
    lang: str = "zh"
    latin: bool = False
    name: str = ""


def _validity(r: Rnd, dob: dt.date, sep: str = "-", style: str = "dot") -> tuple[dt.date, str]:
    lo = max(dob.year + 16, 2006)
    issue = _date(r, min(lo, 2024), 2024)
    age = issue.year - dob.year
    end = "长期" if age >= 46 else fmt_date(_add_years(issue, 5 if age < 16 else (10 if age < 26 else 20)), style)
    return issue, f"{fmt_date(issue, style)}{sep}{end}"


def _sex_text(r: Rnd, sex: str, forms: list[str]) -> str:
    zh, en = ("男", "M") if sex == "M" else ("女", "F")
    return _pick(r, forms).replace("Z", zh).replace("E", en)


# --------------------------------------------------------------------------------------------------------- resident ID

_UG = {
    "name": "ئىسمى",
    "sex": "جىنسى",
    "eth": "مىللىتى",
    "dob": "تۇغۇلغان ۋاقتى",
    "addr": "ئادرېسى",
    "id": "كىملىك نومۇرى",
    "auth": "تارقاتقان ئورگان",
    "valid": "ئىناۋەتلىك مۇددىتى",
}


def doc_resident_id(ctx: Ctx) -> Doc:
    r = ctx.r
    h = cn_holder(r)
    uy = bool(h.name.minority and h.name.minority[2]) and _chance(r, 0.8)
    ug_first = _chance(r, 0.5)

    def lab(zh: str, key: str) -> list[str]:
        if not uy:
            return [zh]
        return [_UG[key], zh] if ug_first else [zh, _UG[key]]

    id_label = _pick(r, ["公民身份号码", "公民身份号码", "公民身份证号码", "身份号码"])
    dob = fmt_date(h.dob, _pick(r, ["cn", "cn", "cn_sp", "cn_pad"]))
    front: Page = [[F(lab(_pick(r, ["姓名", "姓 名"]), "name"), h.name.zh(), "PERSON")]]
    if uy:
        front.append([V((h.name.minority[2], "PERSON"))])  # type: ignore[index]
    front += [
        [
            F(lab(_pick(r, ["性别", "性 别"]), "sex"), h.sex_zh, "GENDER"),
            F(lab(_pick(r, ["民族", "民 族"]), "eth"), h.ethnicity, "ETHNICITY"),
        ],
        [F(lab("出生", "dob"), dob, "DATE_OF_BIRTH")],
        [F(lab(_pick(r, ["住址", "住 址"]), "addr"), h.address, "ADDRESS", split=True)],
        [F(lab(id_label, "id"), h.idnum, "CN_RESIDENT_ID")],
    ]
    _, valid = _validity(r, h.dob, _pick(r, ["-", "-", " - ", "—"]))
    back: Page = [
        [T("中华人民共和国")],
        [T(_pick(r, ["居民身份证", "居 民 身 份 证"]))],
        [F(lab("签发机关", "auth"), police_authority(h.home), None)],
        [F(lab("有效期限", "valid"), valid, None)],
    ]
    side = _wpick(r, [("front", 5), ("back", 1), ("both", 3)])
    pages = {"front": [front], "back": [back], "both": _pick(r, [[front, back], [back, front]])}[side]
    if side == "back":  # the back alone carries no personal value: add the front's number as written beside it
        pages = [back, [[F(_pick(r, ["身份证号", "证件号码"]), h.idnum, "CN_RESIDENT_ID")]]]
    return Doc(pages, name="idcard")


# ----------------------------------------------------------------------------------------------------------- passports


def _other_province(r: Rnd, avoid: str) -> str:
    return _pick(r, [p for p in PROVINCE_PINYIN if p != avoid and p not in avoid and avoid not in p])


def cn_passport_number(r: Rnd) -> str:
    return _wpick(
        r,
        [
            ("E" + _digits(r, 8), 3),
            ("E" + _pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ") + _digits(r, 7), 3),
            ("G" + _digits(r, 8), 2),
        ],
    )


def doc_cn_passport(ctx: Ctx) -> Doc:
    r = ctx.r
    h = cn_holder(r, y0=1950, y1=2016)
    number = cn_passport_number(r)
    issue = _date(r, max(2014, h.dob.year + 1), 2024)
    expiry = _add_years(issue, 10 if issue.year - h.dob.year >= 16 else 5) - dt.timedelta(days=1)
    sur, giv = h.name.py_sur(), h.name.py_giv(apostrophe=_chance(r, 0.3))
    mrz1, mrz2 = td3(
        "PO",
        "CHN",
        sur,
        giv,
        number,
        "CHN",
        h.dob,
        h.sex,
        expiry,
        _letters(r, r.randint(10, 12), "ABCDEFGHIJKLMNOP") + ("<" + _pick(r, "ABCDEF")),
    )
    prov = h.region.prov_short
    pob_py = PROVINCE_PINYIN[prov]
    poi = _other_province(r, prov)
    dstyle = _pick(r, ["d_mon_y", "d_mon_y", "cnmon"])
    sep = _pick(r, ["/", " ", " /"])
    two_sides = _chance(r, 0.5)

    def both(zh: str, py: str, tag: str | None) -> list[Seg]:
        segs: list[Seg] = []
        if zh:
            segs.append((zh, tag))
        if zh and py:
            segs.append(("\n" if two_sides else " ", None))
        if py:
            segs.append((py, tag))
        return segs

    top_table = _chance(r, 0.5)
    pages: Page = [[T("中华人民共和国")], [T("PEOPLE'S REPUBLIC OF CHINA")], [T(_pick(r, ["护照 PASSPORT", "护照"]))]]
    if top_table:
        pages += [
            [
                V(
                    ("类型/Type", LABEL),
                    ("  ", None),
                    ("国家码/Country Code", LABEL),
                    ("  ", None),
                    ("护照号/Passport No.", LABEL),
                )
            ],
            [V(("P", None), ("   ", None), ("CHN", None), ("   ", None), (number, "PASSPORT"))],
        ]
    else:
        pages += [
            [F(["类型", "Type"], "P", None), F(["国家码", "Country Code"], "CHN", None)],
            [F(["护照号", "Passport No."], number, "PASSPORT")],
        ]
    pages += [
        [Fld(["姓", "Surname"], both(h.name.zh_sur(), sur, "PERSON"))],
        [Fld(["名", "Given names"], both(h.name.zh_giv(), giv, "PERSON"))] if giv or h.name.zh_giv() else [],
        [
            F(["性别", "Sex"], _sex_text(r, h.sex, ["Z/E", "Z /E", "Z E", "E"]), "GENDER"),
            F(["国籍", "Nationality"], _pick(r, ["中国/CHINESE", "中国 CHINESE", "CHINESE"]), "NATIONALITY"),
        ],
        [F(["出生日期", "Date of birth"], fmt_date(h.dob, dstyle), "DATE_OF_BIRTH")],
        [F(["出生地点", "Place of birth"], f"{prov}{sep}{pob_py}", "PLACE_OF_BIRTH")],
        [
            F(["签发日期", "Date of issue"], fmt_date(issue, dstyle), None),
            F(["签发地点", "Place of issue"], f"{poi}{sep}{PROVINCE_PINYIN[poi]}", None),
        ],
        [F(["有效期至", "Date of expiry"], fmt_date(expiry, dstyle), None)],
        [
            F(
                ["签发机关", "Authority"],
                _pick(
                    r,
                    ["中华人民共和国国家移民管理局", "National Immigration Administration, PRC", "公安部出入境管理局"],
                ),
                None,
            )
        ],
    ]
    if _chance(r, 0.3):
        pages.append([F(["持照人签名", "Bearer's signature"], h.name.zh(), "PERSON")])
    pages += [[V((mrz1, "MRZ"))], [V((mrz2, "MRZ"))]]
    return Doc([[row for row in pages if row]], name="passport")


_SAR_POB = [
    ("廣東", "GUANGDONG"),
    ("福建", "FUJIAN"),
    ("上海", "SHANGHAI"),
    ("英國", "UNITED KINGDOM"),
    ("加拿大", "CANADA"),
    ("浙江", "ZHEJIANG"),
    ("廣西", "GUANGXI"),
    ("菲律賓", "PHILIPPINES"),
]


def hkid_number(r: Rnd) -> str:
    prefix = _pick(r, "ABCDEGHKMPRVYZ") if _chance(r, 0.9) else _pick(r, ["WX", "XA", "XB", "XC"])
    six = _digits(r, 6)
    return f"{prefix}{six}({hkid_check(prefix, six)})"


def macao_id(r: Rnd) -> str:
    return f"{_pick(r, '157')}{_digits(r, 6)}({r.randrange(10)})"


def doc_sar_passport(ctx: Ctx) -> Doc:
    r = ctx.r
    sex = _pick(r, "MF")
    name = cn_name(r, sex)
    dob = _date(r, 1950, 2016)
    macao = _chance(r, 0.4)
    number = ("M" + _pick(r, "AB") + _digits(r, 7)) if macao else ("K" + _digits(r, 8))
    issue = _date(r, max(2015, dob.year + 1), 2024)
    expiry = _add_years(issue, 10 if issue.year - dob.year >= 16 else 5) - dt.timedelta(days=1)
    sur, giv = name.hk_sur(_pick(r, ["-", " "])), name.hk_giv(" ")
    mrz1, mrz2 = td3(
        "P",
        "CHN",
        sur,
        giv,
        number,
        "CHN",
        dob,
        sex,
        expiry,
        macao_id(r).replace("(", "").replace(")", "") if macao else "",
    )
    pob_zh, pob_en = _pick(r, _SAR_POB)
    pob = _pick(r, [f"{pob_zh}/{pob_en}", f"{pob_zh} {pob_en}", pob_en])
    if macao:
        lab = {
            "sur": ["姓", "Apelido", "Surname"],
            "giv": ["名", "Nome", "Given names"],
            "nat": ["國籍", "Nacionalidade", "Nationality"],
            "dob": ["出生日期", "Data de nascimento", "Date of birth"],
            "sex": ["性別", "Sexo", "Sex"],
            "pob": ["出生地點", "Local de nascimento", "Place of birth"],
            "no": ["護照號碼", "N.º do passaporte", "Passport No."],
            "iss": ["簽發日期", "Data de emissão", "Date of issue"],
            "exp": ["有效期至", "Válido até", "Date of expiry"],
            "auth": ["簽發機關", "Entidade emissora", "Authority"],
        }
        titles = [
            "中華人民共和國澳門特別行政區",
            "REGIÃO ADMINISTRATIVA ESPECIAL DE MACAU",
            "MACAO SPECIAL ADMINISTRATIVE REGION",
            "護照 PASSAPORTE PASSPORT",
        ]
        nat = _pick(r, ["中國/CHINESA/CHINESE", "CHINESA/CHINESE", "中國 CHINESE"])
        auth = _pick(r, ["身份證明局", "DIRECÇÃO DOS SERVIÇOS DE IDENTIFICAÇÃO"])
    else:
        lab = {
            "sur": ["姓", "Surname"],
            "giv": ["名", "Given names"],
            "nat": ["國籍", "Nationality"],
            "dob": ["出生日期", "Date of birth"],
            "sex": ["性別", "Sex"],
            "pob": ["出生地點", "Place of birth"],
            "no": ["護照號碼", "Passport No."],
            "iss": ["簽發日期", "Date of issue"],
            "exp": ["有效期至", "Date of expiry"],
            "auth": ["簽發機關", "Authority"],
        }
        titles = [
            "中華人民共和國香港特別行政區",
            "HONG KONG SPECIAL ADMINISTRATIVE REGION",
            "PEOPLE'S REPUBLIC OF CHINA",
            "護照 PASSPORT",
        ]
        nat = _pick(r, ["中國/CHINESE", "CHINESE", "中國 CHINESE"])
        auth = _pick(r, ["香港特別行政區入境事務處", "IMMIGRATION DEPARTMENT, HKSAR"])
    dstyle = _pick(r, ["d_mon_y", "dmy_dash", "d_mon_y"])
    rows: Page = [[T(t)] for t in titles if _chance(r, 0.85)]
    rows += [
        [F(["類型", "Type"], "P", None), F(["國家代碼", "Code"], "CHN", None), F(lab["no"], number, "PASSPORT")],
        [F(lab["sur"], sur, "PERSON")],
        [F(lab["giv"], giv, "PERSON")],
        [V((name.zh(trad=True), "PERSON"))],
        [F(lab["nat"], nat, "NATIONALITY")],
        [
            F(lab["dob"], fmt_date(dob, dstyle), "DATE_OF_BIRTH"),
            F(lab["sex"], _sex_text(r, sex, ["E", "Z/E"]), "GENDER"),
        ],
        [F(lab["pob"], pob, "PLACE_OF_BIRTH")],
        [F(lab["iss"], fmt_date(issue, dstyle), None), F(lab["exp"], fmt_date(expiry, dstyle), None)],
        [F(lab["auth"], auth, None)],
    ]
    if macao:
        rows.append([F(["身份證號碼", "N.º do BIR", "ID Card No."], macao_id(r), "MO_ID")])
    elif _chance(r, 0.7):
        rows.append([F(["香港永久性居民身份證號碼", "Hong Kong Permanent Identity Card No."], hkid_number(r), "HK_ID")])
    rows += [[V((mrz1, "MRZ"))], [V((mrz2, "MRZ"))]]
    return Doc([rows], lang="zh-Hant", name="passport")


# foreign passports: names, labels and conventions per issuing state (own tables)

_FOREIGN: dict[str, dict[str, Any]] = {
    "JPN": dict(
        sur="SATO SUZUKI TAKAHASHI TANAKA WATANABE ITO YAMAMOTO NAKAMURA KOBAYASHI KATO YOSHIDA YAMADA SASAKI INOUE",
        gm="HIROSHI TAKESHI KENTA SHOTA DAIKI YUTO HARUTO RYOTA",
        gf="YUKI HANAKO MISAKI AYAKA SAKURA NANAMI HARUKA YUI",
        titles=["旅券 PASSPORT"],
        nat="JAPAN",
        places="TOKYO OSAKA KANAGAWA AICHI HOKKAIDO FUKUOKA HYOGO",
        num=lambda r: _letters(r, 2) + _digits(r, 7),
        date="d_mon_y",
        sex="E",
        auth="MINISTRY OF FOREIGN AFFAIRS",
        L=dict(
            type=["型/Type"],
            code=["発行国/Issuing country"],
            no=["旅券番号/Passport No."],
            sur=["姓/Surname"],
            giv=["名/Given name"],
            nat=["国籍/Nationality"],
            dob=["生年月日/Date of birth"],
            sex=["性別/Sex"],
            pob=["本籍/Registered Domicile"],
            iss=["発行年月日/Date of issue"],
            exp=["有効期間満了日/Date of expiry"],
            auth=["発行官庁/Authority"],
        ),
    ),
    "KOR": dict(
        sur="KIM:김 LEE:이 PARK:박 CHOI:최 JUNG:정 KANG:강 CHO:조 YOON:윤 JANG:장 LIM:임 HAN:한 SHIN:신 KWON:권",
        gm="MINJUN:민준 JIHOON:지훈 DOYUN:도윤 HYUNWOO:현우 SEUNGHO:승호 JAEWON:재원",
        gf="SEOYEON:서연 HAYOON:하윤 JIWOO:지우 YEJIN:예진 EUNJI:은지 SUBIN:수빈",
        titles=["대한민국 여권", "PASSPORT"],
        nat="REPUBLIC OF KOREA",
        places="",
        num=lambda r: (
            "M" + _digits(r, 8) if _chance(r, 0.6) else "M" + _digits(r, 3) + _pick(r, "ABCD") + _digits(r, 4)
        ),
        date="ko",
        sex="E",
        auth="MINISTRY OF FOREIGN AFFAIRS",
        L=dict(
            type=["종류/Type"],
            code=["발행국/Issuing country"],
            no=["여권번호/Passport No."],
            sur=["성/Surname"],
            giv=["이름/Given names"],
            nat=["국적/Nationality"],
            dob=["생년월일/Date of birth"],
            sex=["성별/Sex"],
            pob=[],
            iss=["발급일/Date of issue"],
            exp=["기간만료일/Date of expiry"],
            auth=["발행관청/Authority"],
        ),
    ),
    "SGP": dict(
        sur="TAN LIM LEE NG ONG GOH CHUA TEO KOH YEO WONG",
        gm="WEI MING:JUN JIE:KAI WEN:ZHI HAO:YONG LIANG",
        gf="HUI MIN:XIN YI:PEI SHAN:JIA HUI:MEI LING",
        titles=["PASSPORT"],
        nat="SINGAPORE CITIZEN",
        places="SINGAPORE MALAYSIA CHINA INDIA",
        num=lambda r: _pick(r, "KE") + _digits(r, 7) + _pick(r, "ABCDEFGHJKLMNPQRTUWXY"),
        date="d_mon_y",
        sex="E",
        auth="ICA",
        L=dict(
            type=["Type/Type"],
            code=["Country Code/Code du pays"],
            no=["Passport No./No. du passeport"],
            name=["Name/Nom"],
            nat=["Nationality/Nationalité"],
            dob=["Date of birth/Date de naissance"],
            sex=["Sex/Sexe"],
            pob=["Place of birth/Lieu de naissance"],
            iss=["Date of issue/Date de délivrance"],
            exp=["Date of expiry/Date d'expiration"],
            auth=["Authority/Autorité"],
        ),
    ),
    "MYS": dict(
        sur="ABDULLAH RAHMAN ISMAIL YUSOF HASSAN OSMAN ZAINAL IBRAHIM",
        gm="MUHAMMAD HAFIZ:AHMAD FAIZAL:MOHD AZLAN:AMIR IKHWAN",
        gf="NUR AIN:SITI AMINAH:NURUL HUDA:FARAH ADILAH",
        titles=["PASPORT", "PASSPORT"],
        nat="MALAYSIA",
        places="SELANGOR:JOHOR:PULAU PINANG:PERAK:SABAH:SARAWAK:KELANTAN",
        num=lambda r: "A" + _digits(r, 8),
        date="d_mon_y",
        sex="E",
        auth="JABATAN IMIGRESEN",
        L=dict(
            type=["Jenis/Type"],
            code=["Kod Negara/Country Code"],
            no=["No. Pasport/Passport No."],
            name=["Nama/Name"],
            nat=["Warganegara/Nationality"],
            dob=["Tarikh lahir/Date of birth"],
            sex=["Jantina/Sex"],
            pob=["Tempat lahir/Place of birth"],
            iss=["Tarikh dikeluarkan/Date of issue"],
            exp=["Tarikh tamat tempoh/Date of expiry"],
            auth=["Pejabat pengeluar/Issuing office"],
            pno=["No. Pengenalan/Identity No."],
        ),
    ),
    "THA": dict(
        sur="JAIDEE:ใจดี SRISUK:ศรีสุข KAEWMANEE:แก้วมณี BOONMA:บุญมา SUKSAWAT:สุขสวัสดิ์ WONGYAI:วงศ์ใหญ่",
        gm="SOMCHAI:สมชาย SOMSAK:สมศักดิ์ PRASERT:ประเสริฐ WICHAI:วิชัย",
        gf="SUDARAT:สุดารัตน์ KANOKWAN:กนกวรรณ NAPHA:นภา PRANEE:ปราณี",
        titles=["หนังสือเดินทาง", "PASSPORT"],
        nat="THAI",
        places="BANGKOK:CHIANG MAI:KHON KAEN:PHUKET:NAKHON RATCHASIMA",
        num=lambda r: _letters(r, 2) + _digits(r, 7),
        date="d_mon_y",
        sex="E",
        auth="MINISTRY OF FOREIGN AFFAIRS",
        L=dict(
            type=["ประเภท/Type"],
            code=["รหัสประเทศ/Country code"],
            no=["หนังสือเดินทางเลขที่/Passport No."],
            giv=["ชื่อ/Name"],
            sur=["ชื่อสกุล/Surname"],
            nat=["สัญชาติ/Nationality"],
            dob=["วันเกิด/Date of birth"],
            sex=["เพศ/Sex"],
            pob=["สถานที่เกิด/Place of birth"],
            iss=["วันออกหนังสือ/Date of issue"],
            exp=["วันหมดอายุ/Date of expiry"],
            auth=["ผู้ออกหนังสือ/Authority"],
            pno=["เลขประจำตัวประชาชน/Personal No."],
        ),
    ),
    "NLD": dict(
        sur="DE VRIES:JANSEN:VAN DEN BERG:BAKKER:VISSER:SMIT:MEIJER:DE BOER:MULDER:VAN DIJK:VERMEULEN:VAN 'T HOF",
        gm="JAN PIETER:DAAN:THIJS:MAARTEN:JOOST:SEM LUCAS",
        gf="SANNE:LOTTE:EMMA SOPHIE:FLEUR:ANOUK:JOSÉ MARIA",
        titles=["KONINKRIJK DER NEDERLANDEN", "KINGDOM OF THE NETHERLANDS", "PASPOORT / PASSPORT / PASSEPORT"],
        nat="Nederlandse",
        places="AMSTERDAM ROTTERDAM UTRECHT EINDHOVEN GRONINGEN LEIDEN 's-GRAVENHAGE",
        num=lambda r: (
            _letters(r, 2, "ABCDEFGHIJKLMNPQRSTUVWXYZ")
            + "".join(_pick(r, "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))
            + _digits(r, 1)
        ),
        date="nl",
        sex="nl",
        auth="Burg. van {city}",
        L=dict(
            type=["Soort document", "Type of document", "Type de document"],
            code=["Code staat", "Code of issuing State", "Code de l'État émetteur"],
            no=["Documentnummer", "Document No.", "No. du document"],
            sur=["Naam", "Surname", "Nom"],
            giv=["Voornamen", "Given names", "Prénoms"],
            nat=["Nationaliteit", "Nationality", "Nationalité"],
            dob=["Geboortedatum", "Date of birth", "Date de naissance"],
            pob=["Geboorteplaats", "Place of birth", "Lieu de naissance"],
            pno=["Persoonsnummer", "Personal No.", "No. personnel"],
            sex=["Geslacht", "Sex", "Sexe"],
            iss=["Datum van afgifte", "Date of issue", "Date de délivrance"],
            exp=["Geldig tot", "Date of expiry", "Date d'expiration"],
            auth=["Instantie", "Authority", "Autorité"],
        ),
    ),
    "ESP": dict(
        sur="GARCÍA:MARTÍNEZ:LÓPEZ:SÁNCHEZ:PÉREZ:GÓMEZ:FERNÁNDEZ:RUIZ:NÚÑEZ:MUÑOZ:IBÁÑEZ:ORTEGA",
        double=True,
        gm="JOSÉ LUIS:JAVIER:ÁLVARO:SERGIO:JUAN CARLOS:IÑIGO",
        gf="MARÍA DEL CARMEN:LUCÍA:ANA BELÉN:NURIA:ITZIAR:PILAR",
        titles=["REINO DE ESPAÑA", "PASAPORTE"],
        nat="ESPAÑOLA",
        places="SEVILLA VALENCIA BILBAO ZARAGOZA MÁLAGA OVIEDO",
        num=lambda r: _letters(r, 3) + _digits(r, 6),
        date="dmy_sp",
        sex="E",
        auth="DIRECCIÓN GENERAL DE LA POLICÍA",
        L=dict(
            type=["TIPO", "TYPE", "TYPE"],
            code=["CÓDIGO", "CODE", "CODE"],
            no=["PASAPORTE N°", "PASSPORT No", "PASSEPORT N°"],
            sur=["APELLIDOS", "SURNAME", "NOM"],
            giv=["NOMBRE", "GIVEN NAMES", "PRÉNOMS"],
            nat=["NACIONALIDAD", "NATIONALITY", "NATIONALITÉ"],
            dob=["FECHA DE NACIMIENTO", "DATE OF BIRTH", "DATE DE NAISSANCE"],
            pno=["DNI", "ID N°"],
            sex=["SEXO", "SEX", "SEXE"],
            pob=["LUGAR DE NACIMIENTO", "PLACE OF BIRTH", "LIEU DE NAISSANCE"],
            iss=["FECHA DE EXPEDICIÓN", "DATE OF ISSUE", "DATE DE DÉLIVRANCE"],
            exp=["FECHA DE CADUCIDAD", "DATE OF EXPIRY", "DATE D'EXPIRATION"],
            auth=["AUTORIDAD", "AUTHORITY", "AUTORITÉ"],
        ),
    ),
    "ITA": dict(
        sur="ROSSI:RUSSO:FERRARI:ESPOSITO:BIANCHI:ROMANO:COLOMBO:RICCI:MARINO:DE LUCA:D'ANGELO:DELL'ACQUA",
        gm="GIUSEPPE:LUCA:MARCO:ALESSANDRO:NICCOLÒ:GIAN MARIA",
        gf="FRANCESCA:GIULIA:CHIARA:ELENA:ANNA MARIA:ILARIA",
        titles=["UNIONE EUROPEA", "PASSAPORTO / PASSPORT / PASSEPORT"],
        nat="ITALIANA",
        places="ROMA (RM):MILANO (MI):NAPOLI (NA):TORINO (TO):PALERMO (PA):BOLOGNA (BO):BARI (BA)",
        num=lambda r: _letters(r, 2) + _digits(r, 7),
        date="it",
        sex="E",
        auth="MINISTRO AFFARI ESTERI",
        L=dict(
            type=["Tipo", "Type", "Type"],
            code=["Codice Paese", "Code of issuing State", "Code de l'État émetteur"],
            no=["Passaporto N.", "Passport No.", "Passeport N°"],
            sur=["Cognome", "Surname", "Nom (1)"],
            giv=["Nome", "Given Names", "Prénoms (2)"],
            nat=["Cittadinanza", "Nationality", "Nationalité (3)"],
            dob=["Data di nascita", "Date of birth", "Date de naissance (4)"],
            sex=["Sesso", "Sex", "Sexe (5)"],
            pob=["Luogo di nascita", "Place of birth", "Lieu de naissance (6)"],
            iss=["Data di rilascio", "Date of issue", "Date de délivrance (7)"],
            auth=["Autorità", "Authority", "Autorité (8)"],
            exp=["Data di scadenza", "Date of expiry", "Date d'expiration (9)"],
        ),
    ),
    "BRA": dict(
        sur="SILVA:SANTOS:OLIVEIRA:SOUZA:RODRIGUES:FERREIRA:ALVES:PEREIRA:LIMA:GONÇALVES:DA CONCEIÇÃO:DOS ANJOS",
        double=True,
        gm="JOÃO PEDRO:LUCAS:GABRIEL:RAFAEL:ANTÔNIO CARLOS:GUILHERME",
        gf="MARIA EDUARDA:ANA CLARA:BEATRIZ:LETÍCIA:FERNANDA:JÚLIA",
        filiation=True,
        titles=["REPÚBLICA FEDERATIVA DO BRASIL", "PASSAPORTE / PASSPORT / PASSEPORT"],
        nat="BRASILEIRO(A)",
        places="SÃO PAULO/SP:RIO DE JANEIRO/RJ:BELO HORIZONTE/MG:SALVADOR/BA:CURITIBA/PR:RECIFE/PE",
        num=lambda r: _letters(r, 2) + _digits(r, 6),
        date="pt",
        sex="E",
        auth="POLÍCIA FEDERAL",
        L=dict(
            type=["TIPO", "TYPE", "TYPE"],
            code=["PAÍS EMISSOR", "ISSUING COUNTRY", "PAYS ÉMETTEUR"],
            no=["PASSAPORTE Nº", "PASSPORT No.", "PASSEPORT Nº"],
            sur=["SOBRENOME", "SURNAME", "NOM"],
            giv=["NOME", "GIVEN NAMES", "PRÉNOMS"],
            nat=["NACIONALIDADE", "NATIONALITY", "NATIONALITÉ"],
            dob=["DATA DE NASCIMENTO", "DATE OF BIRTH", "DATE DE NAISSANCE"],
            sex=["SEXO", "SEX", "SEXE"],
            pob=["NATURALIDADE", "PLACE OF BIRTH", "LIEU DE NAISSANCE"],
            fil=["FILIAÇÃO", "FILIATION", "FILIATION"],
            iss=["DATA DE EXPEDIÇÃO", "DATE OF ISSUE", "DATE DE DÉLIVRANCE"],
            exp=["VÁLIDO ATÉ", "DATE OF EXPIRY", "DATE D'EXPIRATION"],
            auth=["AUTORIDADE", "AUTHORITY", "AUTORITÉ"],
        ),
    ),
    "NZL": dict(
        sur="SMITH:WILLIAMS:BROWN:WILSON:TAYLOR:NGATA:TE WHATU:PATEL:O'CONNOR:MACDONALD:TUHOE",
        gm="OLIVER JAMES:JACK:NIKAU:LIAM:TAMATI:HUGO",
        gf="CHARLOTTE:AMELIA ROSE:ARIA:ISLA:MERE:HANNAH",
        titles=["PASSPORT / PASSEPORT"],
        nat="NEW ZEALAND",
        places="AUCKLAND WELLINGTON CHRISTCHURCH DUNEDIN ROTORUA",
        num=lambda r: _letters(r, 2) + _digits(r, 6),
        date="d_mon_y",
        sex="E",
        auth="DEPARTMENT OF INTERNAL AFFAIRS",
        L=dict(
            type=["Type", "Type"],
            code=["Code", "Code"],
            no=["Passport No.", "No. du passeport"],
            sur=["Surname", "Nom"],
            giv=["Given names", "Prénoms"],
            nat=["Nationality", "Nationalité"],
            dob=["Date of birth", "Date de naissance"],
            sex=["Sex", "Sexe"],
            pob=["Place of birth", "Lieu de naissance"],
            iss=["Date of issue", "Date de délivrance"],
            exp=["Date of expiry", "Date d'expiration"],
            auth=["Authority", "Autorité"],
        ),
    ),
    "IRL": dict(
        sur="MURPHY:KELLY:O'SULLIVAN:WALSH:O'BRIEN:BYRNE:RYAN:Ó BRIAIN:MAC GIOLLA:NÍ CHONAILL",
        gm="SEÁN:CIARÁN:PÁDRAIG:CONOR:EOGHAN:DARRAGH",
        gf="AOIFE:SIOBHÁN:NIAMH:SAOIRSE:CAOIMHE:ORLA",
        titles=["PAS / PASSPORT / PASSEPORT"],
        nat="ÉIREANNACH/IRISH",
        places="DUBLIN CORK GALWAY LIMERICK WATERFORD SLIGO",
        num=lambda r: _letters(r, 2) + _digits(r, 7),
        date="ga",
        sex="E",
        auth="ROINN GNÓTHAÍ EACHTRACHA/DFA",
        L=dict(
            type=["Cineál", "Type", "Type"],
            code=["Cód", "Code", "Code"],
            no=["Uimhir Phas", "Passport No.", "No. du Passeport"],
            sur=["Sloinne", "Surname", "Nom"],
            giv=["Réamhainm", "Forename", "Prénoms"],
            nat=["Náisiúntacht", "Nationality", "Nationalité"],
            dob=["Dáta Breithe", "Date of Birth", "Date de naissance"],
            sex=["Inscne", "Sex", "Sexe"],
            pob=["Áit Bhreithe", "Place of Birth", "Lieu de naissance"],
            iss=["Dáta Eisiúna", "Date of Issue", "Date de délivrance"],
            exp=["Dáta Éaga", "Date of Expiry", "Date d'expiration"],
            auth=["Údarás", "Authority", "Autorité"],
        ),
    ),
}


def _split_pool(s: str) -> list[str]:
    return s.split(":") if ":" in s else s.split()


def _pairs(s: str) -> list[tuple[str, str]]:
    return [tuple(x.split(":")) if ":" in x else (x, "") for x in s.split()]  # type: ignore[misc]


def doc_foreign_passport(ctx: Ctx) -> Doc:
    r = ctx.r
    cc = _pick(r, list(_FOREIGN))
    c = _FOREIGN[cc]
    L = c["L"]
    sex = _pick(r, "MF")
    dob = _date(r, 1950, 2016)
    issue = _date(r, max(2015, dob.year + 1), 2024)
    expiry = _add_years(issue, 10 if issue.year - dob.year >= 18 else 5) - dt.timedelta(days=1)
    number = c["num"](r)
    native = ""
    if cc in ("KOR", "THA"):
        s_en, s_nat = _pick(r, _pairs(c["sur"]))
        g_en, g_nat = _pick(r, _pairs(c["gm"] if sex == "M" else c["gf"]))
        sur, giv = s_en, g_en
        if cc == "KOR":
            if _chance(r, 0.4):
                giv = giv[:-3] + "-" + giv[-3:] if len(giv) >= 6 else giv
            native = s_nat + g_nat
        else:
            native = ("นาย " if sex == "M" else _pick(r, ["นางสาว ", "นาง "])) + g_nat + " " + s_nat
    else:
        surs = _split_pool(c["sur"])
        sur = _pick(r, surs)
        if c.get("double") and _chance(r, 0.8):
            sur = f"{sur} {_pick(r, [s for s in surs if s != sur])}"
        giv = _pick(r, _split_pool(c["gm"] if sex == "M" else c["gf"]))
        if cc == "MYS":
            sur = f"{'BIN' if sex == 'M' else 'BINTI'} {sur}"
        if cc == "NLD" and _chance(r, 0.5):
            sur = (
                sur.title().replace("Van ", "van ").replace("De ", "de ").replace("Den ", "den ").replace("'T ", "'t ")
            )
            giv = giv.title()
    places = _split_pool(c["places"]) if c["places"] else []
    pob = _pick(r, places) if places else ""
    pno_print, pno_mrz = "", ""
    if cc == "NLD":
        b = bsn(r)
        pno_print, pno_mrz = f"{b[:4]}.{b[4:6]}.{b[6:]}", b
    elif cc == "ESP":
        pno_print = pno_mrz = spanish_dni(r)
    elif cc == "MYS":
        pno_mrz = mykad_digits(r, dob, sex)
        pno_print = f"{pno_mrz[:6]}-{pno_mrz[6:8]}-{pno_mrz[8:]}"
    elif cc == "THA":
        t = thai_id(r)
        pno_mrz, pno_print = t, f"{t[0]} {t[1:5]} {t[5:10]} {t[10:12]} {t[12]}"
    elif cc == "KOR" and _chance(r, 0.4):
        pno_print = kr_rrn(dob, sex == "M", r)
        pno_mrz = pno_print.replace("-", "")
        L = {**L, "pno": ["주민등록번호/Personal No."]}
    mrz_sur, mrz_giv = (f"{giv} {sur}", "") if cc == "MYS" else (sur, giv)
    mrz1, mrz2 = td3("P", cc, mrz_sur, mrz_giv, number, cc, dob, sex, expiry, pno_mrz)
    sex_txt = {"E": "M" if sex == "M" else "F", "nl": "M/M" if sex == "M" else "V/F"}[c["sex"]]
    if cc == "MYS":
        sex_txt = _pick(r, ["LELAKI-M", "L", "LELAKI"]) if sex == "M" else _pick(r, ["PEREMPUAN-F", "P", "PEREMPUAN"])
    dfmt = c["date"]
    auth = c["auth"]
    if "{city}" in auth:
        auth = auth.format(city=_pick(r, [p for p in places if p != pob]).title())
    rows: Page = [[T(t)] for t in c["titles"]]
    rows.append([F(L["type"], "P", None), F(L["code"], cc, None), F(L["no"], number, "PASSPORT")])
    if "name" in L:
        full = f"{sur} {giv}" if cc == "SGP" else f"{giv} {sur}"
        rows.append([F(L["name"], full, "PERSON")])
    else:
        rows.append([F(L["sur"], sur, "PERSON")])
        rows.append([F(L["giv"], (("MR. " if sex == "M" else "MISS ") + giv) if cc == "THA" else giv, "PERSON")])
    if native:
        rows.append([F(["한글성명"], native, "PERSON")] if cc == "KOR" else [V((native, "PERSON"))])
    rows.append([F(L["nat"], c["nat"], "NATIONALITY")])
    dob_row = [F(L["dob"], fmt_date(dob, dfmt), "DATE_OF_BIRTH"), F(L["sex"], sex_txt, "GENDER")]
    rows.append(dob_row)
    if pob and L.get("pob"):
        rows.append([F(L["pob"], pob, "ADDRESS" if cc == "JPN" else "PLACE_OF_BIRTH")])
    if pno_print and "pno" in L:
        rows.append([F(L["pno"], pno_print, "DOCUMENT_NUMBER")])
    if c.get("filiation"):
        father = f"{_pick(r, _split_pool(_FOREIGN['BRA']['gm']))} {sur.split()[-1]}"
        mother = f"{_pick(r, _split_pool(_FOREIGN['BRA']['gf']))} {_pick(r, _split_pool(c['sur']))}"
        rows.append([Fld(L["fil"], [(father, "PERSON"), ("\n", None), (mother, "PERSON")])])
    if cc == "NLD":
        rows.append([F(["Lengte", "Height", "Taille"], f"1,{r.randint(55, 99)} m", None)])
    rows.append([F(L["iss"], fmt_date(issue, dfmt), None), F(L["exp"], fmt_date(expiry, dfmt), None)])
    rows.append([F(L["auth"], auth, None)])
    rows += [[V((mrz1, "MRZ"))], [V((mrz2, "MRZ"))]]
    lang = {"JPN": "ja", "KOR": "ko", "THA": "th", "NLD": "nl", "ESP": "es", "ITA": "it", "BRA": "pt"}.get(cc, "en")
    return Doc([rows], lang=lang, latin=True, name="passport")


# --------------------------------------------------------------------------------------------- HK / Macao / Taiwan IDs


def telex_row(r: Rnd, n: int) -> str:
    return _pick(r, [" ", " ", "  "]).join(f"{r.randrange(10000):04d}" for _ in range(n))


def doc_hk_id(ctx: Ctx) -> Doc:
    r = ctx.r
    sex = _pick(r, "MF")
    name = cn_name(r, sex)
    dob = _date(r, 1945, 2012)
    permanent = _chance(r, 0.8)
    hkid = hkid_number(r)
    if _chance(r, 0.2):
        hkid = hkid.replace("(", " (")
    full, _, _ = romanise(r, name, "hk")
    first_issue = _date(r, max(dob.year + 11, 1980), 2018)
    current = _date(r, max(first_issue.year, 2018), 2024)
    rows: Page = []
    if permanent:
        rows += [
            [T(_pick(r, ["香港永久性居民身份證", "香港永久性居民身分證"]))],
            [T("HONG KONG PERMANENT IDENTITY CARD")],
        ]
    else:
        rows += [[T("香港居民身份證")], [T("HONG KONG IDENTITY CARD")]]
    rows += [[V((name.zh(trad=True), "PERSON"))], [V((full, "PERSON"))]]
    if _chance(r, 0.85):
        rows.append([V((telex_row(r, len(name.zh())), "TELEX_CODE"))])
    dob_txt = fmt_date(dob, "dmy_dash")
    sex_txt = _sex_text(r, sex, ["Z E", "ZE", "E", "Z  E"])
    rows.append([Fld(["出生日期", "Date of Birth"], [])])
    rows.append(
        [V((dob_txt, "DATE_OF_BIRTH"), ("  ", None), (sex_txt, "GENDER"))]
        if _chance(r, 0.6)
        else [V((dob_txt, "DATE_OF_BIRTH"))]
    )
    if len(rows[-1][0].parts) == 1:
        rows.append([V((sex_txt, "GENDER"))])
    rows.append([S(_pick(r, ["***AZ", "***AO", "**AZ", "AZ", "***AR", "C"]))])
    rows.append([S(f"({first_issue:%m-%y})"), S(f"{current:%d-%m-%y}")])
    rows.append([V((hkid, "HK_ID"))])
    return Doc([rows], lang="zh-Hant", latin=True, name="hkid")


def doc_macao_id(r: Rnd, ctx: Ctx) -> list[Page]:
    sex = _pick(r, "MF")
    name = cn_name(r, sex)
    dob = _date(r, 1945, 2012)
    full, _, _ = romanise(r, name, "hk")
    if _chance(r, 0.5):
        full = full.replace(",", "").upper()
    issue = _date(r, 2016, 2024)
    rows: Page = [
        [T("澳門特別行政區")],
        [T("REGIÃO ADMINISTRATIVA ESPECIAL DE MACAU")],
        [T(_pick(r, ["澳門永久性居民身份證", "澳門居民身份證"]))],
        [T(_pick(r, ["BILHETE DE IDENTIDADE DE RESIDENTE PERMANENTE", "BILHETE DE IDENTIDADE DE RESIDENTE"]))],
        [Fld(["姓名", "Nome"], [(name.zh(trad=True), "PERSON"), ("\n", None), (full, "PERSON")])],
        [
            F(["出生日期", "Data de nascimento"], fmt_date(dob, "dmy_dash"), "DATE_OF_BIRTH"),
            F(["性別", "Sexo"], _sex_text(r, sex, ["Z/E", "E", "Z E"]), "GENDER"),
        ],
        [
            F(["簽發日期", "Data de emissão"], fmt_date(issue, "dmy_dash"), None),
            F(["有效期至", "Válido até"], fmt_date(_add_years(issue, 10), "dmy_dash"), None),
        ],
    ]
    mo = macao_id(r)
    if _chance(r, 0.3):
        mo = f"{mo[0]}/{mo[1:7]}/{mo[8]}"
    rows.append([F(["身份證號碼", "N.º do BIR"], mo, "MO_ID")] if _chance(r, 0.6) else [V((mo, "MO_ID"))])
    return [rows]


def _tw_name(r: Rnd, sex: str, sur: Any = None) -> CnName:
    n = cn_name(r, sex, compound_ok=False)
    if sur is not None:
        n.sur = [sur]
    return n


def doc_tw_id(r: Rnd, ctx: Ctx) -> list[Page]:
    sex = _pick(r, "MF")
    name = _tw_name(r, sex)
    dob = _date(r, 1950, 2008)
    city = _pick(r, _TW_CITIES)
    idn = tw_id(r, city[1], "1" if sex == "M" else "2")
    issue = _date(r, max(dob.year + 14, 2005), 2024)
    dstyle = _pick(r, ["roc", "roc", "roc_pad"])
    kind = _pick(r, ["換發", "初發", "補發"])
    front: Page = [
        [T(_pick(r, ["中華民國國民身分證", "中華民國國民身分證 REPUBLIC OF CHINA"]))],
        [F("姓名", name.zh(trad=True), "PERSON")],
        [F(_pick(r, ["出生年月日", "出生"]), fmt_date(dob, dstyle), "DATE_OF_BIRTH")],
        [F("性別", "男" if sex == "M" else "女", "GENDER")],
        [F("發證日期", f"{fmt_date(issue, dstyle)} ({city[0][:2].replace('臺', '')}市){kind}", None)],
        [F(_pick(r, ["統一編號", "身分證統一編號"]), idn, "TW_ID")],
    ]
    father = _tw_name(r, "M", name.sur[0])
    mother = _tw_name(r, "F")
    back: Page = [[F("父", father.zh(trad=True), "PERSON"), F("母", mother.zh(trad=True), "PERSON")]]
    if _chance(r, 0.5):
        back.append([F("配偶", _tw_name(r, "F" if sex == "M" else "M").zh(trad=True), "PERSON")])
    else:
        back.append([Fld(["配偶"], [])])
    back.append(
        [F("役別", _pick(r, ["常備役", "免役", "補充兵役", "國民兵役"]), None) if sex == "M" else Fld(["役別"], [])]
    )
    birth_city = _pick(r, _TW_CITIES)[0]
    back.append(
        [
            F(
                "出生地",
                _pick(r, [birth_city, "臺灣省彰化縣", "臺灣省屏東縣", "臺灣省宜蘭縣", "福建省金門縣"]),
                "PLACE_OF_BIRTH",
            )
        ]
    )
    back.append([F("住址", tw_address(r, city), "ADDRESS", split=True)])
    back.append([S(f"{r.randrange(10**9):010d}")])
    side = _pick(r, ["front", "back", "both", "both"])
    if side == "back":
        back.append([F("統一編號", idn, "TW_ID")])
    return {"front": [front], "back": [back], "both": [front, back]}[side]


def doc_macao_taiwan(ctx: Ctx) -> Doc:
    r = ctx.r
    if _chance(r, 0.4):
        return Doc(doc_macao_id(r, ctx), lang="zh-Hant", name="macao_id")
    return Doc(doc_tw_id(r, ctx), lang="zh-Hant", name="tw_id")


# ------------------------------------------------------------------------------------------------------------- permits


def _dots(d: dt.date) -> str:
    return fmt_date(d, "dot")


def doc_travel_permit(ctx: Ctx) -> Doc:
    r = ctx.r
    kind = _pick(r, ["hkmo_resident", "tw_resident", "to_hkmo", "to_tw"])
    sex = _pick(r, "MF")
    dob = _date(r, 1950, 2016)
    issue = _date(r, max(dob.year + 1, 2015), 2024)
    years = 10 if issue.year - dob.year >= 16 else 5
    expiry = _add_years(issue, years) - dt.timedelta(days=1)
    valid = f"{_dots(issue)}{_pick(r, ['-', '-', '—', ' - '])}{_dots(expiry)}"
    auth = _pick(r, ["公安部出入境管理局", "国家移民管理局"])
    sex_txt = _sex_text(r, sex, ["Z/E", "Z", "Z E"])
    dob_txt = fmt_date(dob, _pick(r, ["dot", "dot", "iso"]))
    if kind == "hkmo_resident":
        name = cn_name(r, sex)
        macao = _chance(r, 0.3)
        zh = name.zh(trad=_chance(r, 0.6))
        roman, _, _ = romanise(r, name, "hk")
        number = ("M" if macao else "H") + _digits(r, 8)
        titles = ["港澳居民来往内地通行证", "MAINLAND TRAVEL PERMIT FOR HONG KONG AND MACAO RESIDENTS"]
    elif kind == "tw_resident":
        name = cn_name(r, sex, compound_ok=False)
        zh = name.zh(trad=_chance(r, 0.5))
        roman, _, _ = romanise(r, name, "wg")
        number = _digits(r, 8)
        titles = ["台湾居民来往大陆通行证", "MAINLAND TRAVEL PERMIT FOR TAIWAN RESIDENTS"]
    else:
        name = cn_name(r, sex)
        zh = name.zh()
        roman = f"{name.py_sur()}, {name.py_giv(apostrophe=False)}" if name.py_giv() else name.py_sur()
        if kind == "to_hkmo":
            number = _pick(r, ["C" + _pick(r, "ABCDEFGHJKLMNPQRSTUVWXY") + _digits(r, 7), "C" + _digits(r, 8)])
            titles = [
                "中华人民共和国往来港澳通行证",
                "EXIT-ENTRY PERMIT FOR TRAVELLING TO AND FROM HONG KONG AND MACAO",
            ]
        else:
            number = _pick(r, ["T", "L"]) + _digits(r, 8)
            titles = ["中华人民共和国往来台湾通行证", "EXIT-ENTRY PERMIT FOR TRAVELLING TO AND FROM TAIWAN"]
    rows: Page = [[T(t)] for t in titles]
    rows.append([Fld(["姓名", "Name"], [(zh, "PERSON"), ("\n" if _chance(r, 0.7) else " ", None), (roman, "PERSON")])])
    rows.append([F(["出生日期", "Date of birth"], dob_txt, "DATE_OF_BIRTH"), F(["性别", "Sex"], sex_txt, "GENDER")])
    rows.append([F(["有效期限", "Period of validity"], valid, None)])
    rows.append([F(["签发机关", "Issuing authority"], auth, None)])
    if kind in ("tw_resident", "to_hkmo", "to_tw"):
        rows.append(
            [F(["签发地点", "Place of issue"], _pick(r, ["福建", "上海", "广东", "北京", "江苏", "厦门"]), None)]
        )
    if kind in ("hkmo_resident", "tw_resident"):
        rows.append(
            [F(["证件号码", "Permit No."], number, "TRAVEL_PERMIT")]
            if _chance(r, 0.5)
            else [V((number, "TRAVEL_PERMIT"))]
        )
        rows.append([F(["换证次数", "No. of issues"], f"{r.randint(0, 6):02d}", None)])
    else:
        rows.append([V((number, "TRAVEL_PERMIT"))])
        rows.append([V((permit_mrz("CS" if kind == "to_hkmo" else "CT", number, expiry, dob), "MRZ"))])
    return Doc([rows], name="permit")


_FPR_NATS = [
    ("美国", "USA", "840"),
    ("英国", "GBR", "826"),
    ("德国", "DEU", "276"),
    ("法国", "FRA", "250"),
    ("加拿大", "CAN", "124"),
    ("澳大利亚", "AUS", "036"),
    ("俄罗斯", "RUS", "643"),
    ("意大利", "ITA", "380"),
    ("巴西", "BRA", "076"),
    ("巴基斯坦", "PAK", "586"),
    ("尼日利亚", "NGA", "566"),
    ("新加坡", "SGP", "702"),
]
_INTL_SUR = [
    ("SMITH", "史密斯"),
    ("JOHNSON", "约翰逊"),
    ("MÜLLER", "穆勒"),
    ("SCHMIDT", "施密特"),
    ("MARTIN", "马丁"),
    ("BERNARD", "贝尔纳"),
    ("IVANOV", "伊万诺夫"),
    ("ROSSI", "罗西"),
    ("OKAFOR", "奥卡福"),
    ("TAYLOR", "泰勒"),
    ("WILSON", "威尔逊"),
    ("PETERSEN", "彼得森"),
    ("HUSSAIN", "侯赛因"),
    ("FERREIRA", "费雷拉"),
]
_INTL_GIV_M = [
    ("JOHN", "约翰"),
    ("MICHAEL", "迈克尔"),
    ("DAVID", "大卫"),
    ("THOMAS", "托马斯"),
    ("JAMES", "詹姆斯"),
    ("LUCAS", "卢卡斯"),
    ("ALEXANDER", "亚历山大"),
    ("CHUKWUEMEKA", "丘库埃梅卡"),
]
_INTL_GIV_F = [
    ("ANNA", "安娜"),
    ("ELENA", "叶莲娜"),
    ("SOPHIE", "索菲"),
    ("MARIA", "玛丽亚"),
    ("EMMA", "艾玛"),
    ("OLIVIA", "奥利维亚"),
    ("CHARLOTTE", "夏洛特"),
    ("AMINA", "阿米娜"),
]
_INTL_MIDDLE = ["WILLIAM", "JOSEPH", "LOUISE", "MARIE", "EDWARD", "ROSE", "PAUL"]


def doc_residence_permit(ctx: Ctx) -> Doc:
    r = ctx.r
    sex = _pick(r, "MF")
    if _chance(r, 0.35):  # 2023 foreign permanent residence ID
        dob = _date(r, 1950, 2010)
        nat_zh, nat3, natn = _pick(r, _FPR_NATS)
        s_en, s_zh = _pick(r, _INTL_SUR)
        g_en, g_zh = _pick(r, _INTL_GIV_M if sex == "M" else _INTL_GIV_F)
        mid = f" {_pick(r, _INTL_MIDDLE)}" if _chance(r, 0.4) else ""
        en = _pick(r, [f"{s_en}, {g_en}{mid}", f"{s_en} {g_en}{mid}", f"{g_en}{mid} {s_en}"])
        prov = _pick(r, list(PROVINCE_CODE))
        number = fpr_id(r, PROVINCE_CODE[prov], natn, dob, sex)
        issue = _date(r, 2023, 2025)
        name_parts: list[Seg] = [(en, "PERSON")]
        if _chance(r, 0.6):
            name_parts += [("\n", None), (f"{g_zh}·{s_zh}", "PERSON")]
        rows: Page = [
            [T("中华人民共和国外国人永久居留身份证")],
            [T(_pick(r, ["Foreign Permanent Resident ID Card", "FOREIGN PERMANENT RESIDENT ID CARD"]))],
            [Fld(["姓名", "Name"], name_parts)],
            [
                F(["性别", "Sex"], _sex_text(r, sex, ["Z/E", "Z E", "E"]), "GENDER"),
                F(["出生日期", "Date of Birth"], fmt_date(dob, _pick(r, ["dot", "iso"])), "DATE_OF_BIRTH"),
            ],
            [F(["国籍", "Nationality"], _pick(r, [f"{nat_zh}/{nat3}", f"{nat_zh} {nat3}", nat_zh]), "NATIONALITY")],
            [F(["有效期限", "Period of Validity"], f"{_dots(issue)}-{_dots(_add_years(issue, 10))}", None)],
            [F(["证件号码", "Card No."], number, "FOREIGN_PERMANENT_RESIDENCE")],
            [F(["签发机关", "Issuing Authority"], "国家移民管理局", None)],
        ]
        return Doc([rows], name="fpr")
    which = _pick(r, ["81", "82", "83"])
    h = cn_holder(r, minority_ok=False, y0=1950, y1=2008)
    number = permit_id(r, which, h.dob, h.sex)
    nm = h.name.zh(trad=which != "81" and _chance(r, 0.2))
    front: Page = [
        [F(_pick(r, ["姓名", "姓 名"]), nm, "PERSON")],
        [F("性别", h.sex_zh, "GENDER"), F("出生", fmt_date(h.dob, _pick(r, ["cn", "cn_sp"])), "DATE_OF_BIRTH")],
        [F("住址", h.address, "ADDRESS", split=True)],
        [F(_pick(r, ["公民身份号码", "公民身份号码", "身份号码"]), number, "RESIDENCE_PERMIT")],
    ]
    issue = _date(r, 2018, 2024)
    permit_no = ("H" if which == "81" else ("M" if which == "82" else "")) + _digits(r, 8)
    title = "中华人民共和国港澳居民居住证" if which in ("81", "82") else "中华人民共和国台湾居民居住证"
    back: Page = [
        [T(title)],
        [F("签发机关", police_authority(h.home), None)],
        [F("有效期限", f"{_dots(issue)}-{_dots(_add_years(issue, 5))}", None)],
        [F("签发次数", f"{r.randint(1, 3):02d}", None), F("通行证号码", permit_no, "TRAVEL_PERMIT")],
    ]
    side = _pick(r, ["front", "both", "both"])
    return Doc([front] if side == "front" else _pick(r, [[front, back], [back, front]]), name="residence_permit")


# ------------------------------------------------------------------------------------------------------------ licences

_PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川青藏琼宁"
_PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def plate(r: Rnd) -> str:
    head = _pick(r, _PLATE_PROV) + _pick(r, "ABCDEFGHJKLMN")
    tail = (_pick(r, "DF") + _digits(r, 5)) if _chance(r, 0.25) else "".join(_pick(r, _PLATE_CHARS) for _ in range(5))
    return head + _pick(r, ["", "", "·", " "]) + tail


_MODELS = [
    "大众汽车牌SVW71612BU",
    "丰田牌TV7250Luxury",
    "比亚迪牌BYD7005BEV",
    "本田牌HG7154BAC6",
    "别克牌SGM7159LAA1",
    "特斯拉牌TSL7000BEVAR3",
    "吉利牌JL7152L05",
    "长安牌SC7164YAA6",
    "宝马牌BMW7201FL",
    "日产牌DFL7165VBL2",
]


def doc_driving_vehicle(ctx: Ctx) -> Doc:
    r = ctx.r
    h = cn_holder(r, minority_ok=False, y0=1955, y1=2005)
    if _chance(r, 0.55):
        first = _date(r, max(h.dob.year + 18, 2000), 2023)
        start = _add_years(first, _pick(r, [0, 6, 6, 16]))
        dstyle = _pick(r, ["iso", "iso", "dot", "cn_pad"])
        end = (
            "长期"
            if start.year - first.year >= 12
            else fmt_date(_add_years(start, 6 if start == first else 10), dstyle)
        )
        sj = _pick(r, ["至", " 至 ", "-"])
        stamp = f"{h.home.prov}{h.home.city}公安局交通警察支队" if h.home.prov else f"{h.home.city}公安局公安交通管理局"
        front: Page = [
            [T("中华人民共和国机动车驾驶证")],
            [T("Driving License of the People's Republic of China")],
            [F(["证号", "No."], h.idnum, "DRIVER_LICENSE")],
            [
                F(["姓名", "Name"], h.name.zh(), "PERSON"),
                F(["性别", "Sex"], h.sex_zh, "GENDER"),
                F(["国籍", "Nationality"], "中国", "NATIONALITY"),
            ],
            [F(["住址", "Address"], h.address, "ADDRESS", split=True)],
            [F(["出生日期", "Date of Birth"], fmt_date(h.dob, dstyle), "DATE_OF_BIRTH")],
            [F(["初次领证日期", "Date of First Issue"], fmt_date(first, dstyle), None)],
            [F(["准驾车型", "Class"], _pick(r, ["C1", "C2", "C1E", "B2", "A1A2"]), None)],
            [F(["有效期限", "Valid Period"], f"{fmt_date(start, dstyle)}{sj}{end}", None)],
            [S(stamp)],
        ]
        back: Page = [
            [T("中华人民共和国机动车驾驶证副页")],
            [F("姓名", h.name.zh(), "PERSON")],
            [F("档案编号", h.region.code[:4] + _digits(r, 8), "DOCUMENT_NUMBER")],
            [F("证号", h.idnum, "DRIVER_LICENSE")],
            [F("记录", f"请于{fmt_date(_add_years(start, 10), 'iso')}前申请换证", None)],
        ]
        pages = _pick(r, [[front], [front, back], [back]])
        return Doc(pages, name="driving_licence")
    private = _chance(r, 0.75)
    p, v = plate(r), vin(r)
    reg = _date(r, 2012, 2024)
    if private:
        owner, addr = h.name.zh(), h.address
        otag, atag, vtag = "PERSON", "ADDRESS", "VEHICLE"
    else:
        owner = f"{h.home.city}{ctx.fk['zh'].company()}"
        addr = f"{h.home.city}{h.home.dist}{_pick(r, _STREETS)}{_pick(r, _STREET_SUFFIX)}{r.randint(1, 300)}号"
        otag = atag = vtag = None
    front = [
        [T("中华人民共和国机动车行驶证")],
        [T("Vehicle License of the People's Republic of China")],
        [
            F(["号牌号码", "Plate No."], p, vtag),
            F(["车辆类型", "Vehicle Type"], _pick(r, ["小型轿车", "小型普通客车", "小型越野客车"]), None),
        ],
        [F(["所有人", "Owner"], owner, otag)],
        [F(["住址", "Address"], addr, atag, split=True)],
        [
            F(["使用性质", "Use Character"], "非营运" if private else _pick(r, ["非营运", "租赁", "营转非"]), None),
            F(["品牌型号", "Model"], _pick(r, _MODELS), None),
        ],
        [F(["车辆识别代号", "VIN"], v, vtag)],
        [F(["发动机号码", "Engine No."], _pick(r, "ABCDEFGHJKLMNPRSTUVWXYZ") + _digits(r, r.randint(6, 8)), None)],
        [
            F(["注册日期", "Register Date"], fmt_date(reg, "iso"), None),
            F(["发证日期", "Issue Date"], fmt_date(reg, "iso"), None),
        ],
    ]
    back = [
        [F("号牌号码", p, vtag)],
        [F("档案编号", h.home.code[:4] + _digits(r, 8), None)],
        [F("核定载人数", f"{_pick(r, [5, 5, 7])}人", None), F("总质量", f"{r.randint(1500, 2600)}kg", None)],
        [F("外廓尺寸", f"{r.randint(4300, 5100)}×{r.randint(1750, 1950)}×{r.randint(1420, 1800)}mm", None)],
        [F("检验记录", f"检验有效期至{reg.year + r.randint(6, 9)}年{reg.month:02d}月", None)],
    ]
    return Doc(_pick(r, [[front], [front, back]]), name="vehicle_licence")


# -------------------------------------------------------------------------------------------------- household register

_RELATIONS_M = ["夫", "长子", "次子", "子", "孙子", "父", "兄"]
_RELATIONS_F = ["妻", "长女", "次女", "女", "孙女", "母", "姐"]
_EDUCATION = ["大学本科", "研究生", "大学专科", "高中", "初中", "小学", "中等专科"]


def doc_household(ctx: Ctx) -> Doc:
    r = ctx.r
    h = cn_holder(r)
    head = cn_name(r, "M", minority_ok=False) if _chance(r, 0.6) else h.name
    household_no = _digits(r, 9) if _chance(r, 0.7) else f"{r.randint(1, 99999):09d}"
    station = f"{police_authority(h.home)}{_pick(r, _TOWNS)}派出所"
    homepage: Page = [
        [T("居民户口簿")],
        [
            F("户别", _pick(r, ["家庭户", "集体户", "非农业家庭户", "农业家庭户"]), None),
            F("户主姓名", head.zh(), "PERSON"),
        ],
        [F("户号", household_no, "DOCUMENT_NUMBER")],
        [F("住址", h.address, "ADDRESS", split=True)],
        [S(f"{station}户口专用章")],
        [F("签发日期", fmt_date(_date(r, 2008, 2024), "cn_pad"), None)],
    ]
    birthplace = f"{h.region.prov}{h.region.city}" if h.region.prov else f"{h.region.city}{h.region.dist}"
    origin_g = _pick(r, REGIONS)
    origin = f"{origin_g.prov}{origin_g.city}" if origin_g.prov else f"{origin_g.city}{origin_g.dist}"
    eth = h.ethnicity + "族" if not h.ethnicity.endswith("族") else h.ethnicity
    moved = _date(r, max(h.dob.year + 1, 1995), 2023)
    former = cn_name(r, h.sex, minority_ok=False).zh() if _chance(r, 0.2) else ""
    relation = "户主" if head is h.name else _pick(r, _RELATIONS_M if h.sex == "M" else _RELATIONS_F)
    member: Page = [
        [T("常住人口登记卡")],
        [
            F("姓名", h.name.zh(), "PERSON"),
            F("户主或与户主关系", relation, None),
        ],
        [F("曾用名", former, "PERSON") if former else Fld(["曾用名"], []), F("性别", h.sex_zh, "GENDER")],
        [F("出生地", birthplace, "PLACE_OF_BIRTH"), F("民族", eth, "ETHNICITY")],
        [F("籍贯", origin, "PLACE_OF_BIRTH"), F("出生日期", fmt_date(h.dob, "cn_pad"), "DATE_OF_BIRTH")],
        [Fld(["本市（县）其他住址"], []), Fld(["宗教信仰"], [])],
        [F("公民身份证件编号" if _chance(r, 0.5) else "公民身份号码", h.idnum, "CN_RESIDENT_ID")],
        [
            F("身高", f"{r.randint(150, 190)}厘米", None),
            F("血型", _pick(r, ["A型", "B型", "O型", "AB型", "不明"]), None),
        ],
        [
            F("文化程度", _pick(r, _EDUCATION), None),
            F("婚姻状况", _pick(r, ["未婚", "已婚", "离婚", "丧偶"]), None),
            F("兵役状况", _pick(r, ["未服兵役", "退出现役", "服现役"]), None),
        ],
        [
            F("服务处所", ctx.fk["zh"].company(), None),
            F("职业", _pick(r, ["工程技术人员", "职员", "学生", "个体", "教师"]), None),
        ],
    ]
    if _chance(r, 0.6):
        from_g = _pick(r, REGIONS)
        member.append(
            [
                F(
                    "何时由何地迁来本市（县）",
                    f"{fmt_date(moved, 'cn_pad')} 由{from_g.prov}{from_g.city}{from_g.dist}迁来",
                    "ADDRESS",
                )
            ]
        )
    else:
        member.append([Fld(["何时由何地迁来本市（县）"], [])])
    member.append([Fld(["何时由何地迁来本址"], [])])
    member.append([F("登记日期", fmt_date(_date(r, 2005, 2024), "cn_pad"), None)])
    member.append([Fld(["承办人签章"], [])])
    pages = _pick(r, [[homepage], [member], [member], [homepage, member]])
    return Doc(pages, name="household_register")


# ---------------------------------------------------------------------------------------------------------- bank cards

_BINS = [
    ("622202", "中国工商银行", "ICBC", 19),
    ("621226", "中国工商银行", "ICBC", 19),
    ("621700", "中国建设银行", "CCB", 19),
    ("622700", "中国建设银行", "CCB", 19),
    ("622848", "中国农业银行", "ABC", 19),
    ("623052", "中国农业银行", "ABC", 19),
    ("621661", "中国银行", "BANK OF CHINA", 19),
    ("622588", "招商银行", "CMB", 16),
    ("621483", "招商银行", "CMB", 16),
    ("622260", "交通银行", "BANKCOMM", 19),
    ("621799", "中国邮政储蓄银行", "PSBC", 19),
    ("622908", "兴业银行", "CIB", 18),
    ("625801", "招商银行", "CMB", 16),
    ("438088", "中国工商银行", "ICBC", 16),
    ("524047", "中国建设银行", "CCB", 16),
]


def bank_card(r: Rnd) -> tuple[str, str, str, bool]:
    bin_, zh, en, n = _pick(r, _BINS)
    partial = bin_ + _digits(r, n - len(bin_) - 1)
    credit = bin_.startswith(("625", "4", "5"))
    return partial + luhn_digit(partial), zh, en, credit


def group_card(r: Rnd, num: str) -> str:
    style = _pick(r, ["4", "4", "plain", "6"])
    if style == "plain":
        return num
    if style == "6" and len(num) == 19:
        return f"{num[:6]} {num[6:]}"
    return " ".join(num[i : i + 4] for i in range(0, len(num), 4))


def doc_bank_card(ctx: Ctx) -> Doc:
    r = ctx.r
    num, bank_zh, bank_en, credit = bank_card(r)
    sex = _pick(r, "MF")
    name = cn_name(r, sex)
    exp = f"{r.randint(1, 12):02d}/{r.randint(25, 34)}"
    front: Page = [
        [S(_pick(r, [bank_zh, f"{bank_zh} {bank_en}", bank_en]))],
        [T(_pick(r, ["信用卡", "CREDIT"]) if credit else _pick(r, ["借记卡", "DEBIT", "储蓄卡"]))],
        [V((group_card(r, num), "BANK_CARD"))],
        [F(_pick(r, [["有效期"], ["VALID", "THRU"], ["GOOD THRU"], ["有效期至", "VALID THRU"]]), exp, None)],
    ]
    if credit or _chance(r, 0.3):
        py = f"{name.py_sur()} {name.py_giv(apostrophe=False)}".strip()
        front.append([V((py, "PERSON"))])
    front.append([S(_pick(r, ["银联 UnionPay", "UnionPay", "VISA", "MasterCard", "QuickPass 闪付"]))])
    back: Page = [
        [T(_pick(r, ["持卡人签名 AUTHORIZED SIGNATURE", "AUTHORIZED SIGNATURE", "签名"]))],
        [V((name.zh(), "PERSON"))],
        [S(f"客服热线 {_pick(r, ['95588', '95533', '95599', '95566', '95555', '95559'])}")],
        [S(_pick(r, ["本卡仅限持卡人本人使用", "This card is the property of the issuing bank"]))],
    ]
    pages = _pick(r, [[front], [front], [front, back]])
    return Doc(pages, name="bank_card")


# -------------------------------------------------------------------------------------------- other identity documents

_MY_TOWNS = [
    ("47300", "PETALING JAYA", "SELANGOR"),
    ("40000", "SHAH ALAM", "SELANGOR"),
    ("80100", "JOHOR BAHRU", "JOHOR"),
    ("10200", "GEORGETOWN", "PULAU PINANG"),
    ("30000", "IPOH", "PERAK"),
    ("88000", "KOTA KINABALU", "SABAH"),
    ("93000", "KUCHING", "SARAWAK"),
    ("70000", "SEREMBAN", "NEGERI SEMBILAN"),
]
_MY_STREETS = [
    "JALAN SS 2/24",
    "JALAN BUKIT BINTANG",
    "JALAN MELATI 3",
    "JALAN MERANTI 5",
    "LORONG KENANGA 12",
    "JALAN PERMAI 7",
    "JALAN TAMAN SETIA 2",
]
_SG_SUR = [
    ("TAN", "陈"),
    ("LIM", "林"),
    ("LEE", "李"),
    ("NG", "黄"),
    ("ONG", "王"),
    ("GOH", "吴"),
    ("CHUA", "蔡"),
    ("TEO", "张"),
    ("KOH", "许"),
    ("YEO", "杨"),
]
_SG_GIV = [
    ("WEI MING", "伟明"),
    ("JUN JIE", "俊杰"),
    ("KAI WEN", "凯文"),
    ("HUI MIN", "慧敏"),
    ("XIN YI", "欣怡"),
    ("PEI SHAN", "佩珊"),
    ("JIA HUI", "嘉慧"),
    ("ZHI HAO", "志豪"),
]
_SG_STREETS = [
    "ANG MO KIO AVENUE 3",
    "TAMPINES STREET 81",
    "JURONG WEST STREET 52",
    "BEDOK NORTH ROAD",
    "WOODLANDS DRIVE 14",
    "TOA PAYOH LORONG 1",
    "CLEMENTI AVENUE 2",
    "PUNGGOL FIELD",
]
_UNIVERSITIES = ["东江理工大学", "江汉师范大学", "北辰大学", "南岭科技学院", "西川财经大学", "滨海海洋大学"]
_MAJORS = [
    ("计算机科学与工程学院", "软件工程"),
    ("经济管理学院", "会计学"),
    ("外国语学院", "英语"),
    ("机械工程学院", "车辆工程"),
    ("医学院", "临床医学"),
    ("法学院", "法学"),
]
_STATIONS = [
    "广州南",
    "长沙南",
    "武汉",
    "郑州东",
    "成都东",
    "西安北",
    "杭州东",
    "南京南",
    "合肥南",
    "昆明南",
    "贵阳北",
    "厦门北",
]


def doc_other_id(ctx: Ctx) -> Doc:
    r = ctx.r
    which = _pick(r, ["social_security", "mykad", "nric", "student"])
    sex = _pick(r, "MF")
    if which == "social_security":
        h = cn_holder(r, minority_ok=False)
        acct, bank_zh, _, _ = bank_card(r)
        rows: Page = [
            [T("中华人民共和国社会保障卡")],
            [S(bank_zh)],
            [F("姓名", h.name.zh(), "PERSON")],
            [F(_pick(r, ["社会保障号码", "社会保障号"]), h.idnum, "CN_RESIDENT_ID")],
            [F(_pick(r, ["社会保障卡号", "卡号"]), _pick(r, "ABCDEFGHJKLMN") + _digits(r, 8), "DOCUMENT_NUMBER")],
            [F("发卡日期", f"{r.randint(2012, 2024)}年{r.randint(1, 12):02d}月", None)],
        ]
        if _chance(r, 0.6):
            rows.append([F(_pick(r, ["银行账号", "金融账户"]), group_card(r, acct), "BANK_CARD")])
        return Doc([rows], name="social_security_card")
    if which == "mykad":
        dob = _date(r, 1950, 2008)
        digits = mykad_digits(r, dob, sex)
        no = f"{digits[:6]}-{digits[6:8]}-{digits[8:]}"
        if _chance(r, 0.5):
            g = _pick(r, _split_pool(_FOREIGN["MYS"]["gm" if sex == "M" else "gf"]))
            nm = f"{g} {'BIN' if sex == 'M' else 'BINTI'} {_pick(r, _split_pool(_FOREIGN['MYS']['sur']))}"
            religion = "ISLAM"
        else:
            s_en, _ = _pick(r, _SG_SUR)
            g_en, _ = _pick(r, _SG_GIV)
            nm = f"{s_en} {g_en.replace(' ', ' ')}"
            religion = _pick(r, ["", "BUDDHA", "KRISTIAN"])
        post, town, state = _pick(r, _MY_TOWNS)
        rows = [
            [T("KAD PENGENALAN")],
            [T("MyKad")],
            [V((no, "DOCUMENT_NUMBER"))],
            [Fld([], [(nm, "PERSON")], split=True)],
            [V((f"NO {r.randint(1, 120)} {_pick(r, _MY_STREETS)}", "ADDRESS"))],
            [V((f"{post} {town}", "ADDRESS"))],
            [V((state, "ADDRESS"))],
            [V(("WARGANEGARA", "NATIONALITY"))],
        ]
        if religion:
            rows.append([S(religion)])
        rows.append([V(("LELAKI" if sex == "M" else "PEREMPUAN", "GENDER"))])
        return Doc([rows], lang="ms", latin=True, name="mykad")
    if which == "nric":
        dob = _date(r, 1950, 2008)
        no = nric(r, "S" if dob.year < 2000 else "T")
        race = _pick(r, ["CHINESE", "CHINESE", "MALAY", "INDIAN", "EURASIAN"])
        zh = ""
        if race == "CHINESE":
            (s_en, s_zh), (g_en, g_zh) = _pick(r, _SG_SUR), _pick(r, _SG_GIV)
            nm, zh = f"{s_en} {g_en}", s_zh + g_zh
        elif race == "MALAY":
            given = _pick(r, ["MUHAMMAD IRFAN", "AHMAD SYAFIQ"] if sex == "M" else ["NUR AISYAH", "SITI NORHAYATI"])
            nm = f"{given} {'BIN' if sex == 'M' else 'BINTE'} {_pick(r, ['AHMAD', 'OSMAN', 'SALLEH', 'RAHIM'])}"
        else:
            given = _pick(r, ["RAJESH", "ARJUN", "DANIEL"] if sex == "M" else ["PRIYA", "KAVITHA", "SARAH"])
            link = ("S/O " if sex == "M" else "D/O ") if race == "INDIAN" else ""
            nm = f"{given} {link}{_pick(r, ['KUMARASAMY', 'RAMAN', 'DE SOUZA', 'PEREIRA'])}"
        front: Page = [
            [T("REPUBLIC OF SINGAPORE")],
            [F("IDENTITY CARD NO.", no, "DOCUMENT_NUMBER")],
            [F("Name", nm, "PERSON")],
        ]
        if zh:
            front.append([V((zh, "PERSON"))])
        front += [
            [F("Race", race, "ETHNICITY")],
            [F("Date of birth", fmt_date(dob, "dmy_dash"), "DATE_OF_BIRTH"), F("Sex", sex, "GENDER")],
            [
                F(
                    "Country/Place of birth",
                    _pick(r, ["MALAYSIA", "CHINA", "INDIA", "INDONESIA", "PHILIPPINES"]),
                    "PLACE_OF_BIRTH",
                )
            ],
        ]
        blk = r.randint(100, 999)
        back: Page = [
            [F("Date of issue", fmt_date(_date(r, 2010, 2024), "dmy_dash"), None)],
            [V((f"BLK {blk} {_pick(r, _SG_STREETS)}", "ADDRESS"))],
            [V((f"#{r.randint(2, 25):02d}-{r.randint(10, 999)}", "ADDRESS"))],
            [V((f"SINGAPORE {r.randint(100000, 829999)}", "ADDRESS"))],
        ]
        return Doc(_pick(r, [[front], [front, back]]), lang="en", latin=True, name="nric")
    h = cn_holder(r, minority_ok=False, y0=1998, y1=2006)
    college, major = _pick(r, _MAJORS)
    year = r.randint(2017, 2024)
    rows = [
        [S(_pick(r, _UNIVERSITIES))],
        [T("学生证")],
        [F("姓名", h.name.zh(), "PERSON"), F("性别", h.sex_zh, "GENDER")],
        [F("学号", f"{year}{_digits(r, 6)}", "DOCUMENT_NUMBER")],
        [F("学院", college, None)],
        [F("专业", major, None)],
        [F("入学时间", f"{year}年9月", None)],
    ]
    if _chance(r, 0.5):
        rows.append([F("出生日期", fmt_date(h.dob, "cn_pad"), "DATE_OF_BIRTH")])
    if _chance(r, 0.4):
        rows.append([F("身份证号", h.idnum, "CN_RESIDENT_ID")])
    if _chance(r, 0.5):
        a, b = r.sample(_STATIONS, 2)
        rows.append([F("乘车区间", f"{a}—{b}", "ADDRESS")])
    if _chance(r, 0.4):
        rows.append([F("家庭住址", h.address, "ADDRESS", split=True)])
    return Doc([rows], name="student_card")


# --------------------------------------------------------------------------------------------------- general OCR kinds


def layout_doc(r: Rnd, doc: Doc, *, clean: bool = False) -> list[Line]:
    st = Style.draw(r, clean=clean)
    lines: list[Line] = []
    for page in doc.pages:
        lines += layout_page(r, st, page)
    return add_extras(r, lines, latin=doc.latin, prob=0.0 if clean else 0.45)


def general_ocr(doc_fn: Callable[[Ctx], Doc]) -> Callable[[Ctx], Any]:
    def build(ctx: Ctx) -> Any:
        r = ctx.r
        doc = doc_fn(ctx)
        lines = layout_doc(r, doc)
        shape = pick_shape(r, doc.latin or latin_ratio(lines) > 0.6)
        n0 = ctx.n_opn
        lines = emit(ctx, lines)
        payload = render_shape(ctx, shape, lines, doc.lang.split("-")[0])
        if _chance(r, 0.18):
            vendor, action = SHAPE_ACTION[shape]
            payload = log_envelope(ctx, payload, vendor, action, stringify_ok=ctx.n_opn == n0)
        return payload

    return build


DOC_FUNCS: list[Callable[[Ctx], Doc]] = []  # filled below, after every document is defined


def _log_prefix(ctx: Ctx, logger: str, level: str = "DEBUG") -> str:
    r = ctx.r
    m = _moment(r)
    style = r.randrange(4)
    if style == 0:
        ts = ctx.op("timestamp", m.strftime("%Y-%m-%d %H:%M:%S,") + f"{m.microsecond // 1000:03d}")
        return f"{ts} {level} [{_pick(r, ['MainThread', 'ocr-worker-2', 'pool-3-thread-7', 'asyncio_0'])}] {logger} - "
    if style == 1:
        ts = ctx.op("timestamp", m.isoformat(timespec="milliseconds") + "+08:00")
        return f"{ts} {level:<5} {logger}: "
    if style == 2:
        ts = ctx.op("timestamp", m.strftime("[%d/%b/%Y %H:%M:%S]"))
        return f"{ts} {level.lower()} {logger} "
    ts = ctx.op("timestamp", m.strftime("%Y/%m/%d %H:%M:%S"))
    return f"{ts} [{level[0]}] {logger} "


def build_page_text(ctx: Ctx) -> str:
    r = ctx.r
    doc = _pick(r, DOC_FUNCS)(ctx)
    lines = layout_doc(r, doc)
    mode = _wpick(r, [("plain", 4), ("oneline", 2), ("resp_body", 3), ("block", 2)])
    if mode == "resp_body":
        escaped = _chance(r, 0.5)
        ctx.ascii_only_ops = escaped
        shape = pick_shape(r, doc.latin or latin_ratio(lines) > 0.6)
        lines = emit(ctx, lines)
        payload = render_shape(ctx, shape, lines, doc.lang.split("-")[0])
        logger = _pick(r, ["tencentcloud_sdk_common", "ocr.http", "paddle_serving", "kyc.upstream", "botocore.parsers"])
        return (
            _log_prefix(ctx, logger)
            + _pick(r, ["resp body: ", "Response: ", "response body=", "<- 200 "])
            + json.dumps(payload, ensure_ascii=escaped)
        )
    lines = emit(ctx, lines)
    texts = [line_text(ln) for ln in lines]
    if mode == "plain":
        head = _pick(r, ["", "", "===== page 1 =====\n", "--- OCR ---\n"])
        return head + "\n".join(texts)
    if mode == "oneline":
        joiner = _pick(r, [" | ", " ", "  ", "\\n", " / "])
        label = _pick(r, ["OCR text: ", "ocr_result=", "识别结果：", "text="])
        return (
            _log_prefix(ctx, _pick(r, ["ocr.pipeline", "kyc.ocr", "doc-intake"]), "INFO") + label + joiner.join(texts)
        )
    job = ctx.op("request_id", _uuid(r))
    return (
        _log_prefix(ctx, "ocr.worker", "INFO")
        + f"job {job} recognised {len(texts)} lines:\n"
        + "\n".join(_pick(r, ["  ", "\t", "> "]) + t for t in texts)
    )


# -------------------------------------------------------------------------------------------------- structured results


def _tc_wrap(ctx: Ctx, body: dict[str, Any], action: str) -> Any:
    r = ctx.r
    n0 = ctx.n_opn
    body["RequestId"] = ctx.op("request_id", _uuid(r))
    form = _wpick(r, [("response", 4), ("sdk", 2), ("envelope", 2)])
    if form == "response":
        return {"Response": body}
    if form == "sdk":
        return body
    return log_envelope(ctx, {"Response": body}, "tencent", action, stringify_ok=ctx.n_opn == n0)


def _adv(ctx: Ctx, keys: list[str]) -> str:
    r = ctx.r
    adv: dict[str, Any] = {}
    for k in keys:
        if _chance(r, 0.4):
            adv[k] = ctx.pii("IMAGE", _fake_jpeg(r))
    if _chance(r, 0.4):
        adv["Quality"] = r.randint(40, 99)
    if _chance(r, 0.3):
        adv["WarnInfos"] = _pick(r, [[], [-9101], [-9103, -9107]])
    return json.dumps(adv, separators=(",", ":")) if adv else ""


def tc_idcard(ctx: Ctx) -> Any:
    r = ctx.r
    h = cn_holder(r)
    back = _chance(r, 0.25)
    body: dict[str, Any]
    if back:
        _, valid = _validity(r, h.dob)
        body = {
            "Name": "",
            "Sex": "",
            "Nation": "",
            "Birth": "",
            "Address": "",
            "IdNum": "",
            "Authority": police_authority(h.home),
            "ValidDate": valid,
        }
        if _chance(r, 0.5):  # the application merges both sides in one log record
            body["FrontIdNum"] = ctx.pii("CN_RESIDENT_ID", h.idnum)
    else:
        body = {
            "Name": ctx.pii("PERSON", h.name.zh()),
            "Sex": ctx.pii("GENDER", h.sex_zh),
            "Nation": ctx.pii("ETHNICITY", h.ethnicity),
            "Birth": ctx.pii("DATE_OF_BIRTH", fmt_date(h.dob, "slash_short")),
            "Address": ctx.pii("ADDRESS", h.address),
            "IdNum": ctx.pii("CN_RESIDENT_ID", h.idnum),
            "Authority": "",
            "ValidDate": "",
        }
    body["AdvancedInfo"] = _adv(ctx, ["IdCard", "Portrait"]) or "{}"
    body["ReflectDetailInfos"] = []
    return _tc_wrap(ctx, body, "IDCardOCR")


def tc_hkid(ctx: Ctx) -> Any:
    r = ctx.r
    sex = _pick(r, "MF")
    name = cn_name(r, sex)
    dob = _date(r, 1945, 2012)
    full, _, _ = romanise(r, name, "hk")
    first = _date(r, max(dob.year + 11, 1980), 2018)
    body = {
        "CnName": ctx.pii("PERSON", name.zh(trad=True)),
        "EnName": ctx.pii("PERSON", full),
        "TelexCode": ctx.pii(
            "TELEX_CODE",
            telex_row(r, len(name.zh())).replace(" ", "") if _chance(r, 0.6) else telex_row(r, len(name.zh())),
        ),
        "Sex": ctx.pii("GENDER", "男M" if sex == "M" else "女F"),
        "Birthday": ctx.pii("DATE_OF_BIRTH", fmt_date(dob, "dmy_dash")),
        "Permanent": _pick(r, [1, 1, 0]),
        "IdNum": ctx.pii("HK_ID", hkid_number(r)),
        "Symbol": _pick(r, ["***AZ", "***AO", "AZ"]),
        "FirstIssueDate": f"({first:%m-%y})",
        "CurrentIssueDate": f"{_date(r, 2018, 2024):%d-%m-%y}",
        "FakeDetectResult": _pick(r, [1, 1, 0]),
        "HeadImage": ctx.pii("IMAGE", _fake_jpeg(r)) if _chance(r, 0.4) else "",
        "WarningCode": [],
        "WarnCardInfos": [],
    }
    return _tc_wrap(ctx, body, "HKIDCardOCR")


@dataclass
class PassportFacts:
    state: str
    sur: str
    giv: str
    number: str
    nat_text: str
    dob: dt.date
    sex: str
    issue: dt.date
    expiry: dt.date
    pob: str
    mrz: tuple[str, str]
    zh: str = ""


def passport_facts(r: Rnd) -> PassportFacts:
    cc = _pick(r, ["CHN", "CHN", *list(_FOREIGN)])
    sex = _pick(r, "MF")
    dob = _date(r, 1950, 2012)
    issue = _date(r, max(2015, dob.year + 1), 2024)
    expiry = _add_years(issue, 10) - dt.timedelta(days=1)
    zh = ""
    if cc == "CHN":
        n = cn_name(r, sex)
        sur, giv, zh = n.py_sur(), n.py_giv(apostrophe=False), n.zh()
        number, nat, pob = (
            cn_passport_number(r),
            _pick(r, ["CHINESE", "中国/CHINESE"]),
            _pick(r, list(PROVINCE_PINYIN.values())),
        )
    else:
        c = _FOREIGN[cc]
        if cc in ("KOR", "THA"):
            sur = _pick(r, _pairs(c["sur"]))[0]
            giv = _pick(r, _pairs(c["gm" if sex == "M" else "gf"]))[0]
        else:
            sur = _pick(r, _split_pool(c["sur"]))
            giv = _pick(r, _split_pool(c["gm" if sex == "M" else "gf"]))
        number, nat = c["num"](r), c["nat"]
        places = _split_pool(c["places"]) if c["places"] else []
        pob = _pick(r, places) if places else ""
    mrz = td3("PO" if cc == "CHN" else "P", cc, sur, giv, number, cc, dob, sex, expiry)
    return PassportFacts(cc, sur, giv, number, nat, dob, sex, issue, expiry, pob, mrz, zh)


def tc_passport(ctx: Ctx) -> Any:
    r = ctx.r
    p = passport_facts(r)
    P = ctx.pii
    full = f"{p.sur} {p.giv}".strip()
    infos = {
        "Type": "P",
        "IssuingCountry": p.state,
        "PassportID": P("PASSPORT", p.number),
        "Surname": P("PERSON", p.sur),
        "GivenName": P("PERSON", p.giv),
        "Name": P("PERSON", full),
        "Nationality": P("NATIONALITY", p.nat_text),
        "DateOfBirth": P("DATE_OF_BIRTH", fmt_date(p.dob, "d_mon_y")),
        "Sex": P("GENDER", p.sex),
        "DateOfIssuance": fmt_date(p.issue, "d_mon_y"),
        "DateOfExpiration": fmt_date(p.expiry, "d_mon_y"),
        "Signature": "",
        "IssuePlace": "",
        "IssuingAuthority": "",
    }
    body = {
        "ID": P("PASSPORT", p.number),
        "Name": P("PERSON", full),
        "DateOfBirth": P("DATE_OF_BIRTH", fmt_date(p.dob, "iso")),
        "Sex": P("GENDER", p.sex),
        "DateOfExpiration": fmt_date(p.expiry, "iso"),
        "IssuingCountry": p.state,
        "Nationality": p.state,
        "Warn": [],
        "Image": "",
        "AdvancedInfo": _adv(ctx, ["Portrait"]),
        "CodeSet": P("MRZ", p.mrz[0]),
        "CodeCrc": P("MRZ", p.mrz[1]),
        "Surname": P("PERSON", p.sur),
        "GivenName": P("PERSON", p.giv),
        "Type": "P",
        "PassportRecognizeInfos": infos,
        "WarnCardInfos": [],
        "CardCount": 1,
    }
    return _tc_wrap(ctx, body, "MLIDPassportOCR")


def tc_permits(ctx: Ctx) -> Any:
    r = ctx.r
    sex = _pick(r, "MF")
    dob = _date(r, 1950, 2012)
    issue = _date(r, 2015, 2024)
    valid = f"{_dots(issue)}-{_dots(_add_years(issue, 10) - dt.timedelta(days=1))}"
    P = ctx.pii
    if _chance(r, 0.5):
        tw = _chance(r, 0.4)
        name = cn_name(r, sex, compound_ok=not tw)
        roman, _, _ = romanise(r, name, "wg" if tw else "hk")
        body = {
            "Name": P("PERSON", name.zh(trad=_chance(r, 0.5))),
            "EnglishName": P("PERSON", roman),
            "Sex": P("GENDER", "男" if sex == "M" else "女"),
            "Birthday": P("DATE_OF_BIRTH", fmt_date(dob, "iso")),
            "IssueAuthority": "公安部出入境管理局",
            "ValidDate": valid,
            "Number": P("TRAVEL_PERMIT", _digits(r, 8) if tw else _pick(r, "HM") + _digits(r, 8)),
            "IssueAddress": _pick(r, ["", "福建", "上海"]) if tw else "",
            "IssueNumber": f"{r.randint(0, 5):02d}",
            "Type": "台胞证" if tw else "回乡证",
            "Profile": P("IMAGE", _fake_jpeg(r)) if _chance(r, 0.3) else "",
            "Nationality": P("NATIONALITY", "中国") if _chance(r, 0.5) else "",
            "MainlandTravelPermitBackInfos": None,
        }
        return _tc_wrap(ctx, body, "MainlandPermitOCR")
    name = cn_name(r, sex)
    body = {
        "Name": P("PERSON", name.zh()),
        "EnglishName": P("PERSON", f"{name.py_sur()},{name.py_giv(False)}".rstrip(",")),
        "Number": P("TRAVEL_PERMIT", "C" + _pick(r, "ABCDEFGHJKLMN") + _digits(r, 7)),
        "Sex": P("GENDER", "男" if sex == "M" else "女"),
        "ValidDate": valid,
        "IssueAuthority": "公安部出入境管理局",
        "IssueAddress": _pick(r, ["广东", "北京", "湖北", "浙江"]),
        "Birthday": P("DATE_OF_BIRTH", _dots(dob)),
        "PortraitImage": P("IMAGE", _fake_jpeg(r)) if _chance(r, 0.3) else "",
        "Type": "往来港澳通行证",
    }
    return _tc_wrap(ctx, body, "PermitOCR")


def tc_driver(ctx: Ctx) -> Any:
    r = ctx.r
    h = cn_holder(r, minority_ok=False, y0=1955, y1=2005)
    P = ctx.pii
    first = _date(r, max(h.dob.year + 18, 2000), 2023)
    body = {
        "Name": P("PERSON", h.name.zh()),
        "Sex": P("GENDER", h.sex_zh),
        "Nationality": P("NATIONALITY", "中国"),
        "Address": P("ADDRESS", h.address),
        "DateOfBirth": P("DATE_OF_BIRTH", fmt_date(h.dob, "iso")),
        "DateOfFirstIssue": fmt_date(first, "iso"),
        "Class": _pick(r, ["C1", "C2", "B2"]),
        "StartDate": fmt_date(first, "iso"),
        "EndDate": fmt_date(_add_years(first, 6), "iso"),
        "CardCode": P("DRIVER_LICENSE", h.idnum),
        "ArchivesCode": P("DOCUMENT_NUMBER", h.home.code[:4] + _digits(r, 8)),
        "Record": "",
        "RecognizeWarnCode": [],
        "RecognizeWarnMsg": [],
        "IssuingAuthority": f"{h.home.city}公安局交通警察支队",
        "State": "",
        "CumulativeScore": "",
        "CurrentTime": "",
        "GenerateTime": "",
        "BackPageName": P("PERSON", h.name.zh()) if _chance(r, 0.5) else "",
        "BackPageCardCode": "",
        "DriverLicenseType": _pick(r, ["FrontAndBack", "Front"]),
    }
    return _tc_wrap(ctx, body, "DriverLicenseOCR")


def tc_vehicle(ctx: Ctx) -> Any:
    r = ctx.r
    h = cn_holder(r, minority_ok=False)
    private = _chance(r, 0.75)
    P = ctx.pii
    p, v = plate(r), vin(r)
    reg = fmt_date(_date(r, 2012, 2024), "iso")
    if private:
        owner, addr, pv, vv = P("PERSON", h.name.zh()), P("ADDRESS", h.address), P("VEHICLE", p), P("VEHICLE", v)
    else:
        owner, addr, pv, vv = f"{h.home.city}{ctx.fk['zh'].company()}", f"{h.home.city}{h.home.dist}", p, v
    front = {
        "PlateNo": pv,
        "VehicleType": "小型轿车",
        "Owner": owner,
        "Address": addr,
        "UseCharacter": "非营运",
        "Model": _pick(r, _MODELS),
        "Vin": vv,
        "EngineNo": _pick(r, "ABCDEFGHJK") + _digits(r, 7),
        "RegisterDate": reg,
        "IssueDate": reg,
        "Seal": f"{h.home.city}公安局交通警察支队",
    }
    backinfo = {
        "PlateNo": pv,
        "FileNo": h.home.code[:4] + _digits(r, 8),
        "AllowNum": "5人",
        "TotalMass": f"{r.randint(1500, 2500)}kg",
        "CurbWeight": f"{r.randint(1100, 1900)}kg",
        "LoadQuality": "--",
        "ExternalSize": "4865x1820x1475mm",
        "Marks": "",
        "Record": "",
        "TotalQuasiMass": "--",
        "SubPageCode": "",
        "FuelType": "",
        "AddressElectronic": "",
        "IssueAuthorityElectronic": "",
        "CarBodyColor": "",
    }
    body = {
        "FrontInfo": front,
        "BackInfo": backinfo if _chance(r, 0.5) else None,
        "RecognizeWarnCode": [],
        "RecognizeWarnMsg": [],
        "VehicleLicenseType": "FrontAndBack",
    }
    return _tc_wrap(ctx, body, "VehicleLicenseOCR")


def tc_booklet(ctx: Ctx) -> Any:
    r = ctx.r
    h = cn_holder(r)
    P = ctx.pii
    g2 = _pick(r, REGIONS)
    head = _chance(r, 0.5)
    body = {
        "HouseholdNumber": P("DOCUMENT_NUMBER", _digits(r, 9)),
        "Name": P("PERSON", h.name.zh()),
        "Sex": P("GENDER", h.sex_zh),
        "BirthPlace": P("PLACE_OF_BIRTH", f"{h.region.prov}{h.region.city}{h.region.dist}"),
        "Nation": P("ETHNICITY", h.ethnicity.rstrip("族") + "族"),
        "NativePlace": P("PLACE_OF_BIRTH", f"{g2.prov}{g2.city}"),
        "BirthDate": P("DATE_OF_BIRTH", fmt_date(h.dob, "cn")),
        "IdCardNumber": P("CN_RESIDENT_ID", h.idnum),
        "EducationDegree": _pick(r, _EDUCATION),
        "ServicePlace": ctx.fk["zh"].company(),
        "Household": _pick(r, ["家庭户", "集体户"]),
        "Address": P("ADDRESS", h.address) if head else "",
        "Signature": "",
        "IssueDate": "",
        "HomePageNumber": "",
        "HouseholderName": P("PERSON", cn_name(r, "M").zh()) if head else "",
        "Relationship": "户主" if head else _pick(r, _RELATIONS_M if h.sex == "M" else _RELATIONS_F),
        "OtherAddresses": "",
        "ReligiousBelief": "",
        "Height": f"{r.randint(150, 190)}厘米",
        "BloodType": _pick(r, ["A型", "O型", ""]),
        "MaritalStatus": _pick(r, ["未婚", "已婚"]),
        "VeteranStatus": "",
        "Profession": "",
        "MoveToCityInformation": "",
        "MoveToSiteInformation": "",
        "RegistrationDate": fmt_date(_date(r, 2005, 2024), "cn"),
        "FormerName": "",
    }
    return _tc_wrap(ctx, body, "ResidenceBookletOCR")


def tc_bankcard(ctx: Ctx) -> Any:
    r = ctx.r
    num, bank_zh, _, credit = bank_card(r)
    body = {
        "CardNo": ctx.pii("BANK_CARD", group_card(r, num) if _chance(r, 0.3) else num),
        "BankInfo": f"{bank_zh}({r.randint(1000, 9999):04d}0000)",
        "ValidDate": f"{r.randint(1, 12):02d}/20{r.randint(25, 34)}",
        "CardType": "贷记卡" if credit else "借记卡",
        "CardName": _pick(r, ["一卡通(银联卡)", "牡丹灵通卡", "龙卡通", "金穗通宝卡"]),
        "BorderCutImage": ctx.pii("IMAGE", _fake_jpeg(r)) if _chance(r, 0.25) else None,
        "CardNoImage": ctx.pii("IMAGE", _fake_jpeg(r)) if _chance(r, 0.25) else None,
        "WarningCode": None,
        "QualityValue": None,
        "CardCategory": "银行卡",
    }
    return _tc_wrap(ctx, body, "BankCardOCR")


_SMART_KEYS: list[tuple[list[str], str]] = [
    (["姓名", "客户姓名", "申请人", "被保险人", "患者姓名", "投保人", "Name", "持证人"], "PERSON"),
    (["性别", "Sex"], "GENDER"),
    (["出生日期", "出生年月", "生日", "Date of Birth"], "DATE_OF_BIRTH"),
    (["身份证号", "证件号码", "公民身份号码", "证件号", "身份证号码", "ID No."], "CN_RESIDENT_ID"),
    (["联系电话", "手机号", "手机", "电话", "联系方式"], "PHONE_NUMBER"),
    (["电子邮箱", "邮箱", "E-mail"], "EMAIL_ADDRESS"),
    (["住址", "联系地址", "家庭地址", "通讯地址", "户籍地址"], "ADDRESS"),
    (["银行卡号", "收款账号", "账号", "卡号"], "BANK_CARD"),
    (["民族"], "ETHNICITY"),
]
_SMART_OTHER = [
    (["单据号", "流水号", "编号"], "no"),
    (["日期", "填表日期", "开具日期"], "date"),
    (["金额", "合计", "总金额"], "amount"),
    (["科室", "部门"], "dept"),
    (["医院名称", "机构名称"], "org"),
]


def tc_smart(ctx: Ctx) -> Any:
    r = ctx.r
    h = cn_holder(r, minority_ok=False)
    vals = {
        "PERSON": h.name.zh(),
        "GENDER": h.sex_zh,
        "DATE_OF_BIRTH": fmt_date(h.dob, _pick(r, ["iso", "cn", "dot"])),
        "CN_RESIDENT_ID": h.idnum,
        "PHONE_NUMBER": cn_mobile(r),
        "EMAIL_ADDRESS": email_for(r, h.name, h.dob),
        "ADDRESS": h.address,
        "BANK_CARD": bank_card(r)[0],
        "ETHNICITY": h.ethnicity + "族",
    }
    items = r.sample(_SMART_KEYS, r.randint(4, len(_SMART_KEYS)))
    others = r.sample(_SMART_OTHER, r.randint(1, 3))
    lines, words = [], []

    def coord() -> dict[str, Any]:
        x, y = r.randint(10, 900), r.randint(10, 1300)
        return {
            "LeftTop": {"X": x, "Y": y},
            "RightTop": {"X": x + 200, "Y": y},
            "RightBottom": {"X": x + 200, "Y": y + 30},
            "LeftBottom": {"X": x, "Y": y + 30},
        }

    for keys, ent in items:
        k = ctx.op("title_or_label", _pick(r, keys))
        v = ctx.pii(ent, vals[ent])
        lines.append({"Key": {"AutoName": k, "ConfigName": ""}, "Value": {"AutoContent": v, "Coord": coord()}})
        words.append(
            {
                "DetectedText": f"{k}{_pick(r, ['', ':', '：'])}{v}",
                "Coord": coord(),
                "AdvancedInfo": "",
                "WordCoord": [],
            }
        )
    for keys, kind in others:
        k = ctx.op("title_or_label", _pick(r, keys))
        v = {
            "no": f"NO.{_digits(r, 10)}",
            "date": fmt_date(_date(r, 2023, 2025), "iso"),
            "amount": f"{r.randint(10, 9999)}.{r.randint(0, 99):02d}",
            "dept": _pick(r, ["内科", "财务部", "骨科", "理赔部"]),
            "org": _pick(r, ["东江市第一人民医院", "北辰健康管理中心", "南岭保险公司理赔中心"]),
        }[kind]
        lines.append({"Key": {"AutoName": k, "ConfigName": ""}, "Value": {"AutoContent": v, "Coord": coord()}})
    r.shuffle(lines)
    body = {
        "Angle": round(r.uniform(-1, 1), 2),
        "StructuralList": [{"Groups": [{"Lines": lines}]}],
        "WordList": words,
        "TokenNum": r.randint(100, 1200),
    }
    return _tc_wrap(ctx, body, "SmartStructuralOCRV2")


def build_tencent(ctx: Ctx) -> Any:
    fn = _pick(
        ctx.r,
        [
            tc_idcard,
            tc_idcard,
            tc_hkid,
            tc_passport,
            tc_permits,
            tc_driver,
            tc_vehicle,
            tc_booklet,
            tc_bankcard,
            tc_smart,
            tc_smart,
        ],
    )
    return fn(ctx)


def _bd_loc(r: Rnd) -> dict[str, int]:
    return {
        "top": r.randint(10, 600),
        "left": r.randint(10, 900),
        "width": r.randint(40, 500),
        "height": r.randint(18, 50),
    }


def _bd(ctx: Ctx, fields: list[tuple[str, str, str | None]]) -> dict[str, Any]:
    out = {}
    for key, value, ent in fields:
        if not key.isascii():
            ctx.op("title_or_label", key)
        out[key] = {"location": _bd_loc(ctx.r), "words": ctx.pii(ent, value) if ent else value}
    return out


def build_baidu(ctx: Ctx) -> Any:
    r = ctx.r
    kind = _pick(r, ["idcard", "idcard", "passport", "bankcard", "driving_license", "vehicle_license"])
    out: dict[str, Any] = {}
    if kind == "idcard":
        h = cn_holder(r)
        if _chance(r, 0.75):
            fields = [
                ("住址", h.address, "ADDRESS"),
                ("公民身份号码", h.idnum, "CN_RESIDENT_ID"),
                ("出生", fmt_date(h.dob, "compact"), "DATE_OF_BIRTH"),
                ("姓名", h.name.zh(), "PERSON"),
                ("性别", h.sex_zh, "GENDER"),
                ("民族", h.ethnicity, "ETHNICITY"),
            ]
            out = {
                "words_result": _bd(ctx, fields),
                "words_result_num": 6,
                "idcard_number_type": 1,
                "image_status": "normal",
                "direction": 0,
            }
            if _chance(r, 0.4):
                out["photo"] = ctx.pii("IMAGE", _fake_jpeg(r))
        else:
            issue, _ = _validity(r, h.dob)
            out = {
                "words_result": _bd(
                    ctx,
                    [
                        ("失效日期", fmt_date(_add_years(issue, 20), "compact"), None),
                        ("签发机关", police_authority(h.home), None),
                        ("签发日期", fmt_date(issue, "compact"), None),
                    ],
                ),
                "words_result_num": 3,
                "image_status": "normal",
                "direction": 0,
                "card_side": "back",
                "front_idcard_number": ctx.pii("CN_RESIDENT_ID", h.idnum),
            }
    elif kind == "passport":
        p = passport_facts(r)
        fields = [
            ("国家码", p.state, None),
            ("护照签发地点", "", None),
            ("MRZCode1", p.mrz[0], "MRZ"),
            ("MRZCode2", p.mrz[1], "MRZ"),
            ("有效期至", fmt_date(p.expiry, "compact"), None),
            ("签发机关", "", None),
            ("护照号码", p.number, "PASSPORT"),
            ("签发日期", fmt_date(p.issue, "compact"), None),
            ("出生地点", p.pob, "PLACE_OF_BIRTH"),
            ("姓名", p.zh or f"{p.sur} {p.giv}", "PERSON"),
            ("姓名拼音", f"{p.sur},{p.giv}", "PERSON"),
            ("生日", fmt_date(p.dob, "compact"), "DATE_OF_BIRTH"),
            ("性别", ("男/M" if p.sex == "M" else "女/F"), "GENDER"),
            ("护照类型", "P", None),
            ("国籍", p.nat_text, "NATIONALITY"),
        ]
        out = {"words_result": _bd(ctx, fields), "words_result_num": len(fields)}
    elif kind == "bankcard":
        num, bank_zh, _, credit = bank_card(r)
        holder = ""
        if credit:
            n = cn_name(r, _pick(r, "MF"))
            holder = ctx.pii("PERSON", f"{n.py_sur()} {n.py_giv(False)}".strip())
        out = {
            "result": {
                "bank_card_number": ctx.pii("BANK_CARD", group_card(r, num)),
                "valid_date": _pick(r, ["NO VALID", f"{r.randint(1, 12):02d}/{r.randint(25, 34)}"]),
                "bank_card_type": 2 if credit else 1,
                "bank_name": bank_zh.replace("中国", "", 1) if "银行" in bank_zh else bank_zh,
                "holder_name": holder,
            },
            "direction": 0,
        }
    elif kind == "driving_license":
        h = cn_holder(r, minority_ok=False, y0=1960, y1=2004)
        first = _date(r, max(h.dob.year + 18, 2000), 2023)
        fields = [
            ("证号", h.idnum, "DRIVER_LICENSE"),
            ("有效期限", fmt_date(_add_years(first, 6), "compact"), None),
            ("准驾车型", "C1", None),
            ("有效起始日期", fmt_date(first, "compact"), None),
            ("住址", h.address, "ADDRESS"),
            ("姓名", h.name.zh(), "PERSON"),
            ("国籍", "中国", "NATIONALITY"),
            ("出生日期", fmt_date(h.dob, "compact"), "DATE_OF_BIRTH"),
            ("性别", h.sex_zh, "GENDER"),
            ("初次领证日期", fmt_date(first, "compact"), None),
        ]
        out = {"words_result": _bd(ctx, fields), "words_result_num": len(fields)}
    else:
        h = cn_holder(r, minority_ok=False)
        reg = fmt_date(_date(r, 2012, 2024), "compact")
        fields = [
            ("品牌型号", _pick(r, _MODELS), None),
            ("发证日期", reg, None),
            ("使用性质", "非营运", None),
            ("发动机号码", _pick(r, "ABCDEFGHJK") + _digits(r, 7), None),
            ("号牌号码", plate(r), "VEHICLE"),
            ("所有人", h.name.zh(), "PERSON"),
            ("住址", h.address, "ADDRESS"),
            ("注册日期", reg, None),
            ("车辆识别代号", vin(r), "VEHICLE"),
            ("车辆类型", "小型轿车", None),
        ]
        out = {"words_result": _bd(ctx, fields), "words_result_num": len(fields)}
    out["log_id"] = ctx.opn("request_id", "log_id", _baidu_log_id(r))
    return out


def _kv_info(ctx: Ctx, data: dict[str, Any]) -> list[dict[str, Any]]:
    r = ctx.r
    out = []
    for k, v in data.items():
        if isinstance(v, str) and v:
            x, y = r.randint(10, 800), r.randint(10, 500)
            out.append(
                {
                    "key": k,
                    "keyProb": 100,
                    "value": v,
                    "valuePos": [
                        {"x": x, "y": y},
                        {"x": x + 150, "y": y},
                        {"x": x + 150, "y": y + 30},
                        {"x": x, "y": y + 30},
                    ],
                    "valueProb": r.randint(90, 100),
                }
            )
    return out


def build_aliyun(ctx: Ctx) -> Any:
    r = ctx.r
    P = ctx.pii
    action = _pick(
        r,
        [
            "RecognizeIdcard",
            "RecognizeIdcard",
            "RecognizePassport",
            "RecognizeBankCard",
            "RecognizeDrivingLicense",
            "RecognizeVehicleLicense",
            "RecognizeExitEntryPermitToMainland",
        ],
    )
    w0, h0 = _page_size(r)
    extra = {"height": h0, "orgHeight": h0, "orgWidth": w0, "width": w0}
    if action == "RecognizeIdcard":
        h = cn_holder(r)
        face = {
            "name": P("PERSON", h.name.zh()),
            "sex": P("GENDER", h.sex_zh),
            "ethnicity": P("ETHNICITY", h.ethnicity),
            "birthDate": P("DATE_OF_BIRTH", fmt_date(h.dob, _pick(r, ["cn", "iso"]))),
            "address": P("ADDRESS", h.address),
            "idNumber": P("CN_RESIDENT_ID", h.idnum),
        }
        inner: dict[str, Any] = {
            "data": {"face": {"data": face, "prism_keyValueInfo": _kv_info(ctx, face)}},
            **extra,
            "ftype": 0,
            "sliceRect": {"x0": 0, "y0": 0, "x1": w0, "y1": 0, "x2": w0, "y2": h0, "x3": 0, "y3": h0},
        }
        if _chance(r, 0.3):
            inner["data"]["face"]["cropImage"] = P("IMAGE", _fake_jpeg(r))
    elif action == "RecognizePassport":
        p = passport_facts(r)
        data = {
            "passportType": "P",
            "countryCode": p.state,
            "passportNumber": P("PASSPORT", p.number),
            "nameEn": P("PERSON", f"{p.sur},{p.giv}"),
            "name": P("PERSON", p.zh) if p.zh else "",
            "sex": P("GENDER", p.sex),
            "birthPlace": P("PLACE_OF_BIRTH", p.pob) if p.pob else "",
            "nationality": P("NATIONALITY", p.nat_text),
            "issuePlace": "",
            "issueAuthority": "",
            "birthDate": P("DATE_OF_BIRTH", fmt_date(p.dob, "compact")),
            "validToDate": fmt_date(p.expiry, "compact"),
            "issueDate": fmt_date(p.issue, "compact"),
            "mrzLine1": P("MRZ", p.mrz[0]),
            "mrzLine2": P("MRZ", p.mrz[1]),
        }
        inner = {"data": data, "prism_keyValueInfo": _kv_info(ctx, data), **extra}
    elif action == "RecognizeBankCard":
        num, bank_zh, _, credit = bank_card(r)
        data = {
            "bankName": bank_zh,
            "cardNumber": P("BANK_CARD", num),
            "validToDate": f"{r.randint(1, 12):02d}/{r.randint(25, 34)}",
            "cardType": "CC" if credit else "DC",
        }
        inner = {"data": data, "prism_keyValueInfo": _kv_info(ctx, data), **extra}
    elif action == "RecognizeDrivingLicense":
        h = cn_holder(r, minority_ok=False, y0=1960, y1=2004)
        first = _date(r, max(h.dob.year + 18, 2000), 2023)
        face = {
            "licenseNumber": P("DRIVER_LICENSE", h.idnum),
            "name": P("PERSON", h.name.zh()),
            "sex": P("GENDER", h.sex_zh),
            "nationality": P("NATIONALITY", "中国"),
            "address": P("ADDRESS", h.address),
            "birthDate": P("DATE_OF_BIRTH", fmt_date(h.dob, "iso")),
            "initialIssueDate": fmt_date(first, "iso"),
            "approvedType": "C1",
            "issueAuthority": f"{h.home.city}公安局交通警察支队",
            "validFromDate": fmt_date(first, "iso"),
            "validPeriod": f"{fmt_date(first, 'iso')}至{fmt_date(_add_years(first, 6), 'iso')}",
        }
        inner = {"data": {"face": {"data": face, "prism_keyValueInfo": _kv_info(ctx, face)}}, **extra}
    elif action == "RecognizeVehicleLicense":
        h = cn_holder(r, minority_ok=False)
        reg = fmt_date(_date(r, 2012, 2024), "iso")
        face = {
            "licensePlateNumber": P("VEHICLE", plate(r)),
            "vehicleType": "小型轿车",
            "owner": P("PERSON", h.name.zh()),
            "useNature": "非营运",
            "address": P("ADDRESS", h.address),
            "model": _pick(r, _MODELS),
            "vinCode": P("VEHICLE", vin(r)),
            "engineNumber": _pick(r, "ABCDEFGHJK") + _digits(r, 7),
            "registrationDate": reg,
            "issueDate": reg,
            "issueAuthority": f"{h.home.city}公安局交通警察支队",
        }
        inner = {"data": {"face": {"data": face, "prism_keyValueInfo": _kv_info(ctx, face)}}, **extra}
    else:
        sex = _pick(r, "MF")
        n = cn_name(r, sex)
        roman, _, _ = romanise(r, n, "hk")
        issue = _date(r, 2015, 2024)
        data = {
            "permitType": "港澳居民来往内地通行证",
            "nameCn": P("PERSON", n.zh(trad=_chance(r, 0.5))),
            "nameEn": P("PERSON", roman),
            "birthDate": P("DATE_OF_BIRTH", _dots(_date(r, 1950, 2012))),
            "sex": P("GENDER", "男" if sex == "M" else "女"),
            "validPeriod": f"{_dots(issue)}-{_dots(_add_years(issue, 10))}",
            "issueAuthority": "公安部出入境管理局",
            "issuePlace": "",
            "permitNumber": P("TRAVEL_PERMIT", _pick(r, "HM") + _digits(r, 8)),
            "issueCount": f"{r.randint(0, 5):02d}",
        }
        inner = {
            "data": data,
            "figure": [{"type": "face", "x": 80, "y": 164, "w": 192, "h": 273}],
            "ftype": 0,
            "prism_keyValueInfo": _kv_info(ctx, data),
            **extra,
        }
    rid = ctx.op("request_id", _uuid(r, upper=True))
    body = {"RequestId": rid, "Data": aliyun_data(inner)}
    form = _wpick(r, [("body", 4), ("tea", 2), ("envelope", 2)])
    if form == "tea":
        return {
            "headers": {"x-acs-request-id": rid, "content-type": "application/json;charset=utf-8"},
            "statusCode": 200,
            "body": body,
        }
    if form == "envelope":
        return log_envelope(ctx, body, "aliyun", action)
    return body


# --------------------------------------------------------------------------------------- AWS / Azure / Google identity

_US_FIRST_M = "JAMES ROBERT MICHAEL WILLIAM DAVID DANIEL MATTHEW ANTHONY KEVIN BRANDON".split()
_US_FIRST_F = "MARY PATRICIA JENNIFER LINDA ELIZABETH SUSAN JESSICA SARAH KAREN EMILY".split()
_US_LAST = "SMITH JOHNSON WILLIAMS BROWN JONES GARCIA MILLER DAVIS RODRIGUEZ MARTINEZ NGUYEN ANDERSON THOMPSON".split()
_US_STREETS = "MAPLE OAK PINE CEDAR ELM WASHINGTON LAKEVIEW HILLCREST SUNSET MEADOW WILLOW RIVERSIDE".split()
_US_CITIES = [
    ("SACRAMENTO", "CA", "CALIFORNIA", "958"),
    ("AUSTIN", "TX", "TEXAS", "787"),
    ("ALBANY", "NY", "NEW YORK", "122"),
    ("SEATTLE", "WA", "WASHINGTON", "981"),
    ("DENVER", "CO", "COLORADO", "802"),
    ("COLUMBUS", "OH", "OHIO", "432"),
    ("RALEIGH", "NC", "NORTH CAROLINA", "276"),
    ("PORTLAND", "OR", "OREGON", "972"),
]


@dataclass
class UsDl:
    first: str
    middle: str
    last: str
    street: str
    city: str
    st: str
    state: str
    zip: str
    number: str
    dob: dt.date
    sex: str
    issue: dt.date
    expiry: dt.date


def us_dl(r: Rnd) -> UsDl:
    sex = _pick(r, "MF")
    first = _pick(r, _US_FIRST_M if sex == "M" else _US_FIRST_F)
    middle = _pick(r, _US_FIRST_M + _US_FIRST_F) if _chance(r, 0.5) else ""
    city, st, state, z3 = _pick(r, _US_CITIES)
    while True:
        street_name = _pick(r, _US_STREETS)
        if street_name not in state:
            break
    street = f"{r.randint(10, 9999)} {street_name} {_pick(r, ['ST', 'AVE', 'RD', 'DR', 'LN', 'BLVD', 'CT'])}"
    number = {
        "CA": _pick(r, string.ascii_uppercase) + _digits(r, 7),
        "TX": _digits(r, 8),
        "NY": _digits(r, 9),
        "WA": "WDL" + "".join(_pick(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)),
    }.get(st, _pick(r, string.ascii_uppercase) + _digits(r, 8))
    dob = _date(r, 1950, 2006)
    issue = _date(r, 2018, 2024)
    return UsDl(
        first,
        middle,
        _pick(r, _US_LAST),
        street,
        city,
        st,
        state,
        z3 + _digits(r, 2),
        number,
        dob,
        sex,
        issue,
        _add_years(issue, 5),
    )


def build_aws_analyze_id(ctx: Ctx) -> Any:
    r = ctx.r
    P = ctx.pii
    fields: list[tuple[str, str, str | None, dt.date | None]]
    if _chance(r, 0.6):
        d = us_dl(r)
        fields = [
            ("FIRST_NAME", d.first, "PERSON", None),
            ("LAST_NAME", d.last, "PERSON", None),
            ("MIDDLE_NAME", d.middle, "PERSON", None),
            ("SUFFIX", "", None, None),
            ("CITY_IN_ADDRESS", d.city, "ADDRESS", None),
            ("ZIP_CODE_IN_ADDRESS", d.zip, "ADDRESS", None),
            ("STATE_IN_ADDRESS", d.st, None, None),
            ("STATE_NAME", d.state, None, None),
            ("DOCUMENT_NUMBER", d.number, "DRIVER_LICENSE", None),
            ("EXPIRATION_DATE", fmt_date(d.expiry, "mdy_us"), None, d.expiry),
            ("DATE_OF_BIRTH", fmt_date(d.dob, "mdy_us"), "DATE_OF_BIRTH", d.dob),
            ("DATE_OF_ISSUE", fmt_date(d.issue, "mdy_us"), None, d.issue),
            ("ID_TYPE", "DRIVER LICENSE FRONT", None, None),
            ("ENDORSEMENTS", "NONE", None, None),
            ("VETERAN", "", None, None),
            ("RESTRICTIONS", "NONE", None, None),
            ("CLASS", "C", None, None),
            ("ADDRESS", d.street, "ADDRESS", None),
            ("COUNTY", "", None, None),
            ("PLACE_OF_BIRTH", "", None, None),
            ("MRZ_CODE", "", None, None),
        ]
    else:
        p = passport_facts(r)
        fields = [
            ("FIRST_NAME", p.giv, "PERSON", None),
            ("LAST_NAME", p.sur, "PERSON", None),
            ("MIDDLE_NAME", "", None, None),
            ("DOCUMENT_NUMBER", p.number, "PASSPORT", None),
            ("EXPIRATION_DATE", fmt_date(p.expiry, "d_mon_y"), None, p.expiry),
            ("DATE_OF_BIRTH", fmt_date(p.dob, "d_mon_y"), "DATE_OF_BIRTH", p.dob),
            ("DATE_OF_ISSUE", fmt_date(p.issue, "d_mon_y"), None, p.issue),
            ("ID_TYPE", "PASSPORT", None, None),
            ("PLACE_OF_BIRTH", p.pob, "PLACE_OF_BIRTH", None),
            ("MRZ_CODE", f"{p.mrz[0]}\n{p.mrz[1]}", None, None),
        ]
        P("MRZ", p.mrz[0])
        P("MRZ", p.mrz[1])
    out = []
    for typ, value, ent, date in fields:
        vd: dict[str, Any] = {
            "Text": P(ent, value) if ent and value else value,
            "Confidence": round(r.uniform(85, 99.99), 4),
        }
        if typ == "MRZ_CODE" and value:
            vd["Text"] = "\n".join(ctx.pii("MRZ", x) for x in value.split("\n"))
        if date is not None:
            iso = f"{date:%Y-%m-%d}T00:00:00"
            vd["NormalizedValue"] = {"Value": P("DATE_OF_BIRTH", iso) if ent else iso, "ValueType": "Date"}
        out.append({"Type": {"Text": ctx.op("title_or_label", typ), "Confidence": 99.0}, "ValueDetection": vd})
    rid = ctx.op("request_id", _uuid(r))
    return {
        "IdentityDocuments": [{"DocumentIndex": 1, "IdentityDocumentFields": out}],
        "DocumentMetadata": {"Pages": 1},
        "AnalyzeIDModelVersion": "1.0",
        "ResponseMetadata": {"RequestId": rid, "HTTPStatusCode": 200, "RetryAttempts": 0},
    }


def build_azure_id(ctx: Ctx) -> Any:
    r = ctx.r
    P = ctx.pii

    def fld(ftype: str, value: Any, content: str, vkey: str | None = None) -> dict[str, Any]:
        key = vkey or {"string": "valueString", "date": "valueDate", "countryRegion": "valueCountryRegion"}[ftype]
        return {
            "type": ftype,
            key: value,
            "content": content,
            "confidence": round(r.uniform(0.8, 0.999), 3),
            "boundingRegions": [{"pageNumber": 1, "polygon": [r.randint(0, 900) for _ in range(8)]}],
        }

    if _chance(r, 0.6):
        p = passport_facts(r)
        dob_c = fmt_date(p.dob, "d_mon_y")
        fields = {
            "DocumentNumber": fld("string", P("PASSPORT", p.number), P("PASSPORT", p.number)),
            "FirstName": fld("string", P("PERSON", p.giv), P("PERSON", p.giv)),
            "LastName": fld("string", P("PERSON", p.sur), P("PERSON", p.sur)),
            "DateOfBirth": fld("date", P("DATE_OF_BIRTH", fmt_date(p.dob, "iso")), P("DATE_OF_BIRTH", dob_c)),
            "DateOfExpiration": fld("date", fmt_date(p.expiry, "iso"), fmt_date(p.expiry, "d_mon_y")),
            "Sex": fld("string", P("GENDER", p.sex), P("GENDER", p.sex)),
            "CountryRegion": fld("countryRegion", p.state, p.state),
            "Nationality": fld("countryRegion", p.state, P("NATIONALITY", p.nat_text)),
            "DocumentType": fld("string", "P", "P"),
            "MachineReadableZone": {
                "type": "object",
                "content": f"{P('MRZ', p.mrz[0])}\n{P('MRZ', p.mrz[1])}",
                "valueObject": {
                    "FirstName": fld("string", P("PERSON", p.giv), P("PERSON", p.giv)),
                    "LastName": fld("string", P("PERSON", p.sur), P("PERSON", p.sur)),
                },
            },
        }
        if p.pob:
            fields["PlaceOfBirth"] = fld("string", P("PLACE_OF_BIRTH", p.pob), P("PLACE_OF_BIRTH", p.pob))
        content = "\n".join(
            [
                "PASSPORT",
                P("PERSON", p.sur),
                P("PERSON", p.giv),
                P("NATIONALITY", p.nat_text),
                P("DATE_OF_BIRTH", dob_c),
                P("PASSPORT", p.number),
                P("MRZ", p.mrz[0]),
                P("MRZ", p.mrz[1]),
            ]
        )
        doc_type = "idDocument.passport"
    else:
        d = us_dl(r)
        addr_c = f"{d.street} {d.city}, {d.st} {d.zip}"
        fields = {
            "CountryRegion": fld("countryRegion", "USA", "USA"),
            "Region": fld("string", d.state.title(), d.state),
            "DocumentNumber": fld("string", P("DRIVER_LICENSE", d.number), P("DRIVER_LICENSE", d.number)),
            "FirstName": fld(
                "string",
                P("PERSON", f"{d.first} {d.middle[:1]}.".strip(" .") if d.middle else d.first),
                P("PERSON", d.first),
            ),
            "LastName": fld("string", P("PERSON", d.last), P("PERSON", d.last)),
            "Address": {
                "type": "address",
                "content": P("ADDRESS", addr_c),
                "confidence": 0.97,
                "valueAddress": {
                    "houseNumber": d.street.split()[0],
                    "road": P("ADDRESS", " ".join(d.street.split()[1:])),
                    "city": P("ADDRESS", d.city),
                    "state": d.st,
                    "postalCode": P("ADDRESS", d.zip),
                    "streetAddress": P("ADDRESS", d.street),
                },
            },
            "DateOfBirth": fld(
                "date", P("DATE_OF_BIRTH", fmt_date(d.dob, "iso")), P("DATE_OF_BIRTH", fmt_date(d.dob, "mdy_us"))
            ),
            "DateOfExpiration": fld("date", fmt_date(d.expiry, "iso"), fmt_date(d.expiry, "mdy_us")),
            "DateOfIssue": fld("date", fmt_date(d.issue, "iso"), fmt_date(d.issue, "mdy_us")),
            "Sex": fld("string", P("GENDER", d.sex), P("GENDER", d.sex)),
            "EyeColor": fld("string", "BRO", "BRO"),
            "Height": fld("string", "5'09\"", "5-09"),
            "VehicleClassifications": fld("string", "C", "C"),
        }
        content = "\n".join(
            [
                f"{d.state} DRIVER LICENSE",
                P("DRIVER_LICENSE", d.number),
                P("PERSON", d.last),
                P("PERSON", d.first),
                P("ADDRESS", d.street),
                P("ADDRESS", f"{d.city}, {d.st} {d.zip}"),
                P("DATE_OF_BIRTH", fmt_date(d.dob, "mdy_us")),
            ]
        )
        doc_type = "idDocument.driverLicense"
    created, updated = _az_times(ctx)
    result = {
        "apiVersion": _pick(r, ["2023-07-31", "2024-11-30"]),
        "modelId": "prebuilt-idDocument",
        "stringIndexType": "textElements",
        "content": content,
        "pages": [{"pageNumber": 1, "angle": 0, "width": 1200, "height": 800, "unit": "pixel"}],
        "documents": [
            {
                "docType": doc_type,
                "fields": fields,
                "confidence": round(r.uniform(0.9, 1), 3),
                "spans": [{"offset": 0, "length": len(content)}],
            }
        ],
    }
    return {"status": "succeeded", "createdDateTime": created, "lastUpdatedDateTime": updated, "analyzeResult": result}


def build_google_id(ctx: Ctx) -> Any:
    r = ctx.r
    P = ctx.pii
    ents: list[tuple[str, str, str | None, dt.date | None]]
    if _chance(r, 0.6):
        p = passport_facts(r)
        ents = [
            ("Family Name", p.sur, "PERSON", None),
            ("Given Names", p.giv, "PERSON", None),
            ("Document Id", p.number, "PASSPORT", None),
            ("Date Of Birth", fmt_date(p.dob, "d_mon_y"), "DATE_OF_BIRTH", p.dob),
            ("Issue Date", fmt_date(p.issue, "d_mon_y"), None, p.issue),
            ("Expiration Date", fmt_date(p.expiry, "d_mon_y"), None, p.expiry),
            ("MRZ Code", "\n".join(p.mrz), "MRZ", None),
        ]
    else:
        d = us_dl(r)
        ents = [
            ("Family Name", d.last, "PERSON", None),
            ("Given Names", f"{d.first} {d.middle}".strip(), "PERSON", None),
            ("Document Id", d.number, "DRIVER_LICENSE", None),
            ("Address", f"{d.street} {d.city} {d.st} {d.zip}", "ADDRESS", None),
            ("Date Of Birth", fmt_date(d.dob, "mdy_us"), "DATE_OF_BIRTH", d.dob),
            ("Issue Date", fmt_date(d.issue, "mdy_us"), None, d.issue),
            ("Expiration Date", fmt_date(d.expiry, "mdy_us"), None, d.expiry),
        ]
    text, out = "", []
    r.shuffle(ents)
    for k, (typ, value, ent, date) in enumerate(ents):
        shown = "\n".join(P("MRZ", x) for x in value.split("\n")) if ent == "MRZ" else (P(ent, value) if ent else value)
        start = len(text)
        text += shown + "\n"
        seg: dict[str, str] = {"endIndex": str(start + len(shown))}
        if start:
            seg = {"startIndex": str(start), **seg}
        e: dict[str, Any] = {
            "type": ctx.op("title_or_label", typ),
            "mentionText": shown,
            "confidence": round(r.uniform(0.6, 1), 6),
            "textAnchor": {"textSegments": [seg]},
            "id": str(k),
            "pageAnchor": {
                "pageRefs": [
                    {
                        "boundingPoly": {
                            "normalizedVertices": [
                                {"x": round(r.random(), 4), "y": round(r.random(), 4)} for _ in range(4)
                            ]
                        }
                    }
                ]
            },
        }
        if date is not None:
            iso = f"{date:%Y-%m-%d}"
            e["normalizedValue"] = {
                "text": P("DATE_OF_BIRTH", iso) if ent else iso,
                "dateValue": {"year": date.year, "month": date.month, "day": date.day},
            }
        out.append(e)
    doc = {
        "mimeType": "image/jpeg",
        "text": text,
        "entities": out,
        "pages": [{"pageNumber": 1, "dimension": {"width": 1200, "height": 800, "unit": "pixels"}}],
    }
    return {"document": doc} if _chance(r, 0.6) else doc


def build_intl(ctx: Ctx) -> Any:
    return _pick(ctx.r, [build_aws_analyze_id, build_azure_id, build_google_id])(ctx)


# ---------------------------------------------------------------------------------------- an invented in-house service


def build_inhouse(ctx: Ctx) -> Any:
    r = ctx.r
    P = ctx.pii
    h = cn_holder(r)
    phone, mail = cn_mobile(r), email_for(r, h.name, h.dob)
    variant = r.randrange(3)
    trace = ctx.op("request_id", _hex(r, 24))
    cost = r.randint(40, 2500)
    if variant == 0:  # pinyin keys
        result = {
            "zhengjian_leixing": "jumin_shenfenzheng",
            "xingming": P("PERSON", h.name.zh()),
            "xingbie": P("GENDER", h.sex_zh),
            "minzu": P("ETHNICITY", h.ethnicity),
            "chusheng_riqi": P("DATE_OF_BIRTH", fmt_date(h.dob, "iso")),
            "zhuzhi": P("ADDRESS", h.address),
            "shenfenzheng": P("CN_RESIDENT_ID", h.idnum),
            "shouji": P("PHONE_NUMBER", phone),
            "qianfa_jiguan": police_authority(h.home),
            "youxiaoqi": _validity(r, h.dob)[1],
            "touxiang": P("IMAGE", _fake_jpeg(r)) if _chance(r, 0.4) else None,
            "zhiliang": {"mohu": round(r.random() / 5, 3), "fanguang": round(r.random() / 5, 3)},
        }
        return {
            "code": 0,
            "msg": "ok",
            "trace": trace,
            "haoshi_ms": ctx.opn("latency", "haoshi_ms", cost),
            "jieguo": result,
        }
    if variant == 1:  # terse abbreviations
        holder = {
            "nm": P("PERSON", h.name.zh()),
            "nm_py": P("PERSON", f"{h.name.py_sur()} {h.name.py_giv(False)}".strip()),
            "sx": P("GENDER", h.sex),
            "dob8": P("DATE_OF_BIRTH", fmt_date(h.dob, "compact")),
            "ric": P("CN_RESIDENT_ID", h.idnum),
            "addr_l1": P("ADDRESS", h.address),
            "tel": P("PHONE_NUMBER", phone),
            "mbx": P("EMAIL_ADDRESS", mail),
        }
        return {
            "svc": ctx.op("action", "doc-reader/v3"),
            "rc": "0000",
            "rid": trace,
            "t_ms": ctx.opn("latency", "t_ms", cost),
            "holder": holder,
            "doc": {"k": "CN-RIC", "iss": police_authority(h.home), "q": round(r.random(), 2)},
        }
    labels = [
        ("f01", "持证人", P("PERSON", h.name.zh())),
        ("f02", "证件号", P("CN_RESIDENT_ID", h.idnum)),
        ("f03", "生日", P("DATE_OF_BIRTH", fmt_date(h.dob, "cn"))),
        ("f04", "常住地", P("ADDRESS", h.address)),
        ("f05", "联络", P("PHONE_NUMBER", phone)),
        ("f06", "签发", police_authority(h.home)),
    ]
    if _chance(r, 0.5):
        acct = bank_card(r)[0]
        labels.append(("f07", "代发账户", P("BANK_CARD", acct)))
    r.shuffle(labels)
    return {
        "status": "DONE",
        "engine": ctx.op("sdk_version", f"lynx-ocr {r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}"),
        "req": trace,
        "elapsed_ms": ctx.opn("latency", "elapsed_ms", cost),
        "fields": [
            {"k": k, "t": ctx.op("title_or_label", t), "v": v, "p": round(r.uniform(0.5, 1), 3)} for k, t, v in labels
        ],
    }


# ----------------------------------------------------------------------------------------------- logs around OCR calls

_ERR_CODES = [
    "FailedOperation.IdCardInfoIllegal",
    "FailedOperation.OcrFailed",
    "InvalidParameterValue.IdNumMismatch",
    "FailedOperation.ImageBlur",
    "ResourceUnavailable.InArrears",
    "KYC-4012",
    "E_NAME_MISMATCH",
    "VAL-022",
    "unmatchedIdcard",
    "216633",
    "282102",
]


def _bad_check(idnum: str) -> str:
    good = idnum[-1]
    return idnum[:-1] + _pick_other(good, "0123456789X")


def _pick_other(c: str, alphabet: str) -> str:
    return alphabet[(alphabet.index(c) + 3) % len(alphabet)] if c in alphabet else alphabet[0]


def _variant_name(r: Rnd, n: CnName) -> str:
    zh = n.zh()
    i = r.randrange(1, len(zh)) if len(zh) > 1 else 0
    repl = _pick(r, [g[0] for g in GIVEN_N + GIVEN_M + GIVEN_F if g[0] != zh[i]])
    return zh[:i] + repl + zh[i + 1 :]


def build_log_errors(ctx: Ctx) -> str:
    r = ctx.r
    P = ctx.pii
    h = cn_holder(r, minority_ok=False)
    rid = ctx.op("request_id", _uuid(r))
    code = ctx.op("error_code", _pick(r, _ERR_CODES))
    t = r.randrange(12)
    if t == 0:
        bad = _bad_check(h.idnum)
        lat = r.randint(20, 900)
        return (
            _log_prefix(ctx, "kyc.validate", "WARNING")
            + f"id_number {P('CN_RESIDENT_ID', bad)} failed GB 11643 check (expected check digit {h.idnum[-1]}) "
            + f"request_id={rid} {ctx.op('latency', f'elapsed={lat}ms')} code={code}"
        )
    if t == 1:
        prefix = _pick(r, "ABCDEGHKMPRVYZ")
        six = _digits(r, 6)
        good = hkid_check(prefix, six)
        bad = _pick_other(good, "0123456789A")
        full, _, _ = romanise(r, cn_name(r, h.sex), "hk")
        return (
            _log_prefix(ctx, "hkid.verify", "ERROR")
            + f'invalid HKID "{P("HK_ID", f"{prefix}{six}({bad})")}" '
            + f"for applicant {P('PERSON', full)} (check digit should be {good}); trace={rid}"
        )
    if t == 2:
        city = _pick(r, _TW_CITIES)
        good = tw_id(r, city[1], "1" if h.sex == "M" else "2")
        bad = good[:-1] + _pick_other(good[-1], "0123456789")
        return (
            _log_prefix(ctx, "TwIdValidator", "WARN")
            + f"統一編號 {P('TW_ID', bad)} 檢查碼錯誤 "
            + f"holder={P('PERSON', _tw_name(r, h.sex).zh(trad=True))} req={rid} err={code}"
        )
    if t == 3:
        num = bank_card(r)[0]
        bad = num[:-1] + _pick_other(num[-1], "0123456789")
        py = f"{h.name.py_sur()} {h.name.py_giv(False)}".strip()
        lat = r.randint(100, 1500)
        return (
            _log_prefix(ctx, "bankcard.ocr", "INFO")
            + f"{ctx.op('action', 'BankCardOCR')} CardNo={P('BANK_CARD', bad)} "
            + f"failed luhn, cardholder={P('PERSON', py)}; RequestId={rid} {ctx.op('latency', f'latency={lat}ms')}"
        )
    if t == 4:
        other = _variant_name(r, h.name)
        sim = round(r.uniform(0.5, 0.9), 2)
        return (
            _log_prefix(ctx, "kyc.match", "ERROR")
            + f'name mismatch: ocr_name="{P("PERSON", h.name.zh())}" '
            + f'form_name="{P("PERSON", other)}" similarity={sim} request_id={rid} code={code}'
        )
    if t == 5:
        shift = h.dob + dt.timedelta(days=r.randint(1, 40))
        return (
            _log_prefix(ctx, "kyc.consistency", "WARN")
            + f"出生日期不一致: 证件正面 {P('DATE_OF_BIRTH', fmt_date(shift, 'cn'))} 与身份证号 "
            + f"{P('CN_RESIDENT_ID', h.idnum)} 不符, 姓名={P('PERSON', h.name.zh())}, 请求ID={rid}"
        )
    if t == 6:  # the SDK's debug line: a response body, often JSON-escaped
        escaped = _chance(r, 0.6)
        ctx.ascii_only_ops = escaped
        body = {
            "Response": {
                "Name": P("PERSON", h.name.zh()),
                "Sex": P("GENDER", h.sex_zh),
                "Nation": P("ETHNICITY", h.ethnicity),
                "Birth": P("DATE_OF_BIRTH", fmt_date(h.dob, "slash_short")),
                "Address": P("ADDRESS", h.address),
                "IdNum": P("CN_RESIDENT_ID", h.idnum),
                "Authority": "",
                "ValidDate": "",
                "AdvancedInfo": "{}",
                "RequestId": rid,
            }
        }
        return (
            _log_prefix(ctx, "tencentcloud_sdk_common")
            + "Response: "
            + json.dumps(body, ensure_ascii=escaped, separators=_pick(r, [(",", ":"), (", ", ": ")]))
        )
    if t == 7:  # a request body with the uploaded image
        img = P("IMAGE", _fake_jpeg(r, r.randrange(400, 1200)))
        ver = ctx.op("sdk_version", f"SDK_PYTHON_3.0.{r.randint(900, 1300)}")
        region = ctx.op("region", _pick(r, _REGIONS_CLOUD[:6]))
        return (
            _log_prefix(ctx, "tencentcloud_sdk_common")
            + "Request: POST https://ocr.tencentcloudapi.com/ "
            + f"X-TC-Action: {ctx.op('action', 'IDCardOCR')} X-TC-Region: {region} X-TC-RequestClient: {ver} "
            + "body="
            + json.dumps({"ImageBase64": img, "CardSide": "FRONT", "Config": '{"CropPortrait":true}'})
        )
    if t == 8:  # a Python traceback
        lineno = r.randint(30, 400)
        return (
            _log_prefix(ctx, "kyc.worker", "ERROR")
            + f"verification failed for request {rid}\n"
            + "Traceback (most recent call last):\n"
            + f'  File "/srv/kyc/app/handlers.py", line {lineno}, in submit\n    profile = build_profile(resp)\n'
            + f'  File "/srv/kyc/app/profile.py", line {lineno // 2}, in build_profile\n'
            + '    raise ValueError(f"birth date {birth!r} does not match id {idnum}")\n'
            + f"ValueError: birth date '{P('DATE_OF_BIRTH', fmt_date(h.dob + dt.timedelta(days=1), 'iso'))}' "
            + "does not match "
            + f"id {P('CN_RESIDENT_ID', h.idnum)}"
        )
    if t == 9:  # a Java stack trace
        p = passport_facts(r)
        exp = fmt_date(p.expiry, "iso")
        return (
            _log_prefix(ctx, "c.n.kyc.PassportService", "ERROR")
            + f"com.northwind.kyc.DocumentExpiredException: passport {P('PASSPORT', p.number)} of "
            + f"{P('PERSON', f'{p.sur} {p.giv}'.strip())} expired on {exp} [requestId={rid}]\n"
            + "\tat com.northwind.kyc.PassportService.verify(PassportService.java:88)\n"
            + "\tat com.northwind.kyc.api.VerifyController.post(VerifyController.java:41)\n"
            + "\tat java.base/java.lang.Thread.run(Thread.java:833)"
        )
    if t == 10:  # structured logfmt
        return (
            f"level=error ts={ctx.op('timestamp', _moment(r).isoformat(timespec='seconds') + 'Z')} "
            + f'caller=ocr/address.go:{r.randint(40, 300)} msg="address normalisation failed" '
            + f'address="{P("ADDRESS", h.address)}" phone={P("PHONE_NUMBER", cn_mobile(r).replace(" ", ""))} '
            + f'err="no district found" req_id={rid} code={code}'
        )
    p = passport_facts(r)
    broken = p.mrz[1][:-1] + _pick_other(p.mrz[1][-1], "0123456789")
    mail = email_for(r, h.name, h.dob)
    return (
        _log_prefix(ctx, "mrz.parse", "WARN")
        + f'composite check digit mismatch in line 2 "{P("MRZ", broken)}" '
        + f"(line 1 {P('MRZ', p.mrz[0])}); notify={P('EMAIL_ADDRESS', mail)} request_id={rid}"
    )


# ---------------------------------------------------------------------------------------- PII-free operational records

_ACTIONS = [
    "GeneralBasicOCR",
    "GeneralAccurateOCR",
    "IDCardOCR",
    "BankCardOCR",
    "HKIDCardOCR",
    "MLIDPassportOCR",
    "DriverLicenseOCR",
    "VehicleLicenseOCR",
    "SmartStructuralOCRV2",
    "RecognizeIdcard",
    "RecognizeGeneral",
    "AnalyzeID",
    "DetectDocumentText",
    "prebuilt-idDocument",
    "accurate_basic",
    "idcard",
]
_PATHS = [
    "/v1/ocr/idcard",
    "/v1/ocr/bankcard",
    "/v2/kyc/passport",
    "/api/ocr/general",
    "/ocr/driver-license",
    "/internal/ocr/batch",
    "/healthz",
]
_UAS = [
    "okhttp/4.9.3",
    "python-requests/2.31.0",
    "Go-http-client/2.0",
    "TencentCloud-SDK-Java/3.1.830",
    "aliyun-sdk-java/4.6.4",
    "aws-sdk-java/2.20.162",
    "curl/8.4.0",
]


def _sdk(r: Rnd) -> str:
    return _pick(
        r,
        [
            f"SDK_PYTHON_3.0.{r.randint(900, 1300)}",
            f"tencentcloud-sdk-go/1.0.{r.randint(600, 1000)}",
            f"alibabacloud-ocr-api20210707/{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
            f"boto3/1.34.{r.randint(0, 99)}",
            f"azure-ai-documentintelligence/1.0.{r.randint(0, 2)}",
            f"baidu-aip/4.16.{r.randint(0, 13)}",
        ],
    )


def build_ops_lines(ctx: Ctx) -> str:
    r = ctx.r
    m = _moment(r)
    rid = ctx.op("request_id", _uuid(r, upper=_chance(r, 0.3)))
    action = ctx.op("action", _pick(r, _ACTIONS))
    region = ctx.op("region", _pick(r, _REGIONS_CLOUD))
    lat = r.randint(12, 4200)
    t = r.randrange(9)
    if t == 0:
        ts = ctx.op("timestamp", m.strftime("%d/%b/%Y:%H:%M:%S +0800"))
        path = ctx.op("action", _pick(r, _PATHS))
        status = _pick(r, [200, 200, 200, 400, 429, 500, 504])
        return (
            f'10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)} - - [{ts}] "POST {path} HTTP/1.1" '
            + f'{ctx.op("error_code", str(status))} {r.randint(200, 90000)} "-" "{_pick(r, _UAS)}" '
            + f"{ctx.op('latency', f'rt={lat / 1000:.3f}')} upstream={action} req_id={rid}"
        )
    if t == 1:
        epoch = int(m.timestamp())
        ver = ctx.op("sdk_version", _sdk(r))
        return (
            _log_prefix(ctx, "tencentcloud_sdk_common")
            + f"POST https://ocr.tencentcloudapi.com X-TC-Action: {action} "
            + f"X-TC-Region: {region} X-TC-Version: 2018-11-19 {ctx.op('timestamp', f'X-TC-Timestamp: {epoch}')} "
            + f"X-TC-RequestClient: {ver} Content-Type: application/json"
        )
    if t == 2:
        err = ctx.op(
            "error_code",
            _pick(
                r,
                [
                    "FailedOperation.ImageDecodeFailed",
                    "FailedOperation.ImageBlur",
                    "LimitExceeded.TooLargeFileError",
                    "FailedOperation.NoText",
                    "InvalidParameter.EngineImageDecodeFailed",
                    "ResourcesSoldOut.ChargeStatusException",
                ],
            ),
        )
        msg = ctx.op("other", _pick(r, ["图片解码失败", "图片模糊", "文件内容太大", "未检测到文本", "计费状态异常"]))
        return (
            _log_prefix(ctx, "tencentcloud_sdk_common")
            + "Response: "
            + json.dumps({"Response": {"Error": {"Code": err, "Message": msg}, "RequestId": rid}}, ensure_ascii=False)
        )
    if t == 3:
        appid = r.randint(1_250_000_000, 1_319_999_999)
        fee = round(r.choice([0.01, 0.015, 0.02, 0.0125]) * r.randint(1, 3), 4)
        calls = r.randint(1, 50)
        return " ".join(
            [
                f"ts={ctx.op('timestamp', m.isoformat(timespec='milliseconds') + '+08:00')}",
                "level=info",
                "svc=ocr-gateway",
                f"action={action}",
                f"region={region}",
                ctx.op("app_id", f"appid={appid}"),
                ctx.op("other", f"result={_pick(r, ['Success', 'Success', 'Failed'])}"),
                f"code={_pick(r, ['0', '0', '4002', '5001'])}",
                ctx.op("latency", f"latency_ms={lat}"),
                ctx.op("fee", f"fee={fee}"),
                ctx.op("count", f"calls={calls}"),
                f"sdk={ctx.op('sdk_version', _sdk(r))}",
                f"request_id={rid}",
            ]
        )
    if t == 4:
        ts = ctx.op("timestamp", m.strftime("%Y-%m-%d %H:%M:%S.") + f"{m.microsecond // 1000:03d}")
        return (
            f"[{ts}] INFO  c.a.ocr.OcrClient - {action} ok, requestId={rid}, "
            + f"{ctx.op('latency', f'cost={lat}ms')}, region={region}, endpoint=ocr-api.{region}.aliyuncs.com"
        )
    if t == 5:
        log_id = _baidu_log_id(r)
        return (
            _log_prefix(ctx, "aip.ocr", "INFO")
            + f"POST /rest/2.0/ocr/v1/{_pick(r, ['idcard', 'bankcard', 'accurate_basic'])} "
            + f"{ctx.op('request_id', f'log_id={log_id}')} {ctx.op('latency', f'cost={lat / 1000:.3f}s')} qps_limit=10"
        )
    if t == 6:
        total = r.randint(1000, 99999)
        failed = r.randint(0, 300)
        fee = round(total * 0.01, 2)
        if _chance(r, 0.5):
            return (
                _log_prefix(ctx, "billing.daily", "INFO")
                + f"日终对账完成：{action} 在 {region} 调用 {ctx.op('count', f'{total:,}')} 次，"
                + f"失败 {ctx.op('count', f'{failed} 次')}，"
                + f"计费 {ctx.op('fee', f'¥{fee:,.2f}')}，P99 时延 {ctx.op('latency', f'{lat}ms')}"
            )
        return (
            _log_prefix(ctx, "billing.daily", "INFO")
            + f"Nightly Reconciliation Finished: {ctx.op('count', f'{total:,} calls')} to {action} in {region}, "
            + f"{failed} failed, Webhook Delivery Retried for Callback Endpoint, fee {ctx.op('fee', f'{fee:.2f} CNY')}"
        )
    if t == 7:
        return (
            f"span name=ocr.{action} trace_id={ctx.op('request_id', _hex(r, 32))} span_id={_hex(r, 16)} "
            + f"{ctx.op('latency', f'duration_ms={lat}')} status=OK http.status_code=200 cloud.region={region}"
        )
    return (
        _log_prefix(ctx, "celery.app.trace", "INFO")
        + f"Task ocr.tasks.recognize[{rid}] succeeded in "
        + f"{ctx.op('latency', f'{lat / 1000:.3f}s')}: "
        + f"{{'status': 'ok', 'pages': {r.randint(1, 9)}, 'engine': '{action}'}}"
    )


def build_ops_json(ctx: Ctx) -> Any:
    r = ctx.r
    m = _moment(r)
    op_, num_ = ctx.op, ctx.opn
    t = r.randrange(7)
    if t == 0:
        lat = r.randint(20, 3000)
        end = m + dt.timedelta(milliseconds=lat)
        return {
            "AppId": num_("app_id", "AppId", r.randint(1_250_000_000, 1_319_999_999)),
            "Action": op_("action", _pick(r, _ACTIONS)),
            "Region": op_("region", _pick(r, _REGIONS_CLOUD)),
            "RequestId": op_("request_id", _uuid(r)),
            "CallId": op_("request_id", _hex(r, 20)),
            "StartTime": op_("timestamp", m.strftime("%Y-%m-%d %H:%M:%S")),
            "EndTime": op_("timestamp", end.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]),
            "Latency": num_("latency", "Latency", lat),
            "Result": op_("other", _pick(r, ["Success", "Failure"])),
            "ErrorCode": "",
            "ErrorMessage": "",
            "Fee": num_("fee", "Fee", _pick(r, [0.01, 0.015, 0.0, 0.02])),
            "CallVolume": num_("count", "CallVolume", 1),
            "SdkVersion": op_("sdk_version", _sdk(r)),
        }
    if t == 1:
        items = []
        for a in r.sample(_ACTIONS, r.randint(2, 5)):
            calls = r.randint(10, 200000)
            items.append(
                {
                    "action": op_("action", a),
                    "calls": num_("count", "calls", calls),
                    "fee": num_("fee", "fee", round(calls * 0.01, 2)),
                    "free_quota_used": r.randint(0, 1000),
                }
            )
        return {
            "billing_date": op_("timestamp", f"{m:%Y-%m-%d}"),
            "product": "ocr",
            "currency": "CNY",
            "items": items,
            "owner_uin_hash": _hex(r, 16),
        }
    if t == 2:
        return {
            "metric": "ocr_request_duration_ms",
            "labels": {
                "action": op_("action", _pick(r, _ACTIONS)),
                "region": op_("region", _pick(r, _REGIONS_CLOUD)),
                "result": op_("other", "Success"),
            },
            "p50": num_("latency", "p50", r.randint(50, 300)),
            "p99": num_("latency", "p99", r.randint(400, 4000)),
            "count": num_("count", "count", r.randint(10, 90000)),
            "window": op_("timestamp", f"{m:%Y-%m-%dT%H}:00:00Z/{m + dt.timedelta(hours=1):%Y-%m-%dT%H}:00:00Z"),
        }
    if t == 3:
        sub = _uuid(r).upper()
        return {
            "time": op_("timestamp", m.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"),
            "resourceId": f"/SUBSCRIPTIONS/{sub}/RESOURCEGROUPS/RG-OCR-PROD/PROVIDERS/MICROSOFT.COGNITIVESERVICES"
            "/ACCOUNTS/DI-EASTASIA",
            "category": "RequestResponse",
            "operationName": op_("action", "DocumentIntelligence.AnalyzeDocument"),
            "durationMs": num_("latency", "durationMs", r.randint(200, 9000)),
            "resultSignature": op_("error_code", _pick(r, ["200", "202", "429"])),
            "correlationId": op_("request_id", _uuid(r)),
            "properties": {
                "apiName": op_("action", "prebuilt-idDocument"),
                "apiVersion": op_("sdk_version", "2024-11-30"),
            },
        }
    if t == 4:
        region = _pick(r, ["cn-hangzhou", "cn-shanghai", "cn-beijing"])
        return {
            "eventId": op_("request_id", _uuid(r)),
            "eventName": op_("action", _pick(r, ["RecognizeIdcard", "RecognizeGeneral", "RecognizeBankCard"])),
            "eventSource": f"ocr-api.{region}.aliyuncs.com",
            "eventTime": op_("timestamp", m.strftime("%Y-%m-%dT%H:%M:%SZ")),
            "eventType": "ApiCall",
            "eventVersion": "1",
            "acsRegion": op_("region", region),
            "requestId": op_("request_id", _uuid(r, upper=True)),
            "serviceName": "ocr-api",
            "userAgent": op_("sdk_version", f"AlibabaCloud (Linux; amd64) Python/3.11.{r.randint(1, 9)} Core/2.13.3"),
            "errorCode": "",
            "apiVersion": "2021-07-07",
        }
    if t == 5:
        return {
            "_aws": {
                "Timestamp": num_("timestamp", "Timestamp", int(m.timestamp() * 1000)),
                "CloudWatchMetrics": [
                    {
                        "Namespace": "KycPipeline",
                        "Dimensions": [["Operation", "Region"]],
                        "Metrics": [{"Name": "Latency", "Unit": "Milliseconds"}, {"Name": "Pages", "Unit": "Count"}],
                    }
                ],
            },
            "Operation": op_("action", _pick(r, ["AnalyzeID", "DetectDocumentText", "AnalyzeDocument"])),
            "Region": op_("region", _pick(r, ["us-east-1", "ap-southeast-1", "eu-west-1"])),
            "Latency": num_("latency", "Latency", r.randint(200, 6000)),
            "Pages": num_("count", "Pages", r.randint(1, 4)),
            "RequestId": op_("request_id", _uuid(r)),
        }
    started = m
    docs = r.randint(50, 5000)
    return {
        "job": op_("other", f"ocr-batch-{m:%Y%m%d}-{r.randint(1, 9)}"),
        "status": "finished",
        "started_at": op_("timestamp", started.isoformat(timespec="seconds")),
        "ended_at": op_("timestamp", (started + dt.timedelta(minutes=r.randint(3, 300))).isoformat(timespec="seconds")),
        "docs": num_("count", "docs", docs),
        "pages": num_("count", "pages", docs * 2 - r.randint(0, docs)),
        "failed": num_("count", "failed", r.randint(0, 20)),
        "errors": {
            op_("error_code", "FailedOperation.ImageDecodeFailed"): r.randint(0, 5),
            op_("error_code", "LimitExceeded"): 1,
        },
        "region": op_("region", _pick(r, _REGIONS_CLOUD)),
        "worker_version": op_("sdk_version", f"kyc-ocr-worker {r.randint(1, 3)}.{r.randint(0, 30)}"),
    }


_SHOP_ITEMS = [
    ("农夫山泉550ml", 2.0),
    ("康师傅红烧牛肉面", 4.5),
    ("伊利纯牛奶250ml", 3.2),
    ("旺旺雪饼", 6.8),
    ("青岛啤酒500ml", 5.5),
    ("德芙巧克力", 12.9),
    ("维达抽纸3包", 15.9),
    ("金龙鱼大米5kg", 39.9),
    ("鸡蛋10枚", 13.8),
    ("可口可乐330ml", 3.0),
]
_DISHES = [
    ("宫保鸡丁", "Kung Pao Chicken"),
    ("麻婆豆腐", "Mapo Tofu"),
    ("扬州炒饭", "Yangzhou Fried Rice"),
    ("酸辣汤", "Hot & Sour Soup"),
    ("清蒸鲈鱼", "Steamed Sea Bass"),
    ("回锅肉", "Twice-cooked Pork"),
    ("干炒牛河", "Beef Chow Fun"),
    ("蒜蓉西兰花", "Garlic Broccoli"),
]
_SIGNS = [
    ["出口", "EXIT"],
    ["禁止吸烟", "No Smoking"],
    ["小心地滑", "Caution Wet Floor"],
    ["地下停车场 B2", "Underground Parking B2"],
    ["3号线 往 机场北", "Line 3 To Airport North"],
    ["营业时间 09:00-21:00", "Opening Hours"],
    ["洗手间", "Toilets"],
    ["消防通道 禁止占用", "Fire Lane Keep Clear"],
    ["安全出口", "Emergency Exit"],
]


def _nonpersonal_doc(ctx: Ctx) -> list[Line]:
    r = ctx.r
    fk = ctx.fk["zh"]
    kind = _pick(r, ["invoice", "receipt", "menu", "sign"])
    lines: list[Line] = []
    if kind == "invoice":
        net = round(r.uniform(100, 90000), 2)
        rate = _pick(r, [0.06, 0.13, 0.03])
        tax = round(net * rate, 2)
        lines += [
            [(_pick(r, ["广东增值税电子普通发票", "电子发票（普通发票）", "增值税专用发票"]), LABEL)],
            [("发票代码", LABEL), (":", None), (f"0{_digits(r, 11)}", None)],
            [("发票号码", LABEL), (":", None), (_digits(r, 8), None)],
            [("开票日期", LABEL), (":", None), (fmt_date(_date(r, 2023, 2025), "cn_pad"), None)],
            [("购买方", LABEL), (" 名称:", None), (fk.company(), None)],
            [
                ("纳税人识别号", LABEL),
                (":", None),
                (f"91{_digits(r, 4)}{_letters(r, 2)}{_digits(r, 8)}{_pick(r, 'ABCDEFGH')}{_digits(r, 1)}", None),
            ],
            [
                (
                    f"*{_pick(r, ['信息技术服务', '现代服务', '餐饮服务', '办公用品'])}*"
                    f"{_pick(r, ['技术服务费', '咨询费', '餐费', '打印纸'])}",
                    None,
                ),
                ("  1  ", None),
                (f"{net:.2f}", None),
                (f"  {int(rate * 100)}%  ", None),
                (f"{tax:.2f}", None),
            ],
            [("合计", LABEL), ("  ", None), (f"¥{net:,.2f}", "@O"), ("  ", None), (f"¥{tax:,.2f}", None)],
            [("价税合计（小写）", LABEL), (" ", None), (f"¥{net + tax:,.2f}", "@O")],
            [("销售方", LABEL), (" 名称:", None), (fk.company(), None)],
            [("收款人:", LABEL), ("  ", None), ("复核:", LABEL), ("  ", None), ("开票人:", LABEL)],
        ]
    elif kind == "receipt":
        items = r.sample(_SHOP_ITEMS, r.randint(2, 6))
        total = 0.0
        lines += [
            [(f"{_pick(r, ['百佳', '惠民', '家家乐', '联华'])}超市（{_pick(r, _COMMUNITIES)}店）", None)],
            [("欢迎光临", None)],
            [("流水号", LABEL), (":", None), (f"{_date(r, 2023, 2025):%Y%m%d}{_digits(r, 6)}", None)],
            [("收银机", LABEL), (f": {r.randint(1, 12):02d}  ", None), ("工号", LABEL), (f": {_digits(r, 4)}", None)],
        ]
        for name, price in items:
            q = r.randint(1, 3)
            total += q * price
            lines.append([(name, None), (f"  {q} x {price:.2f}  {q * price:.2f}", None)])
        paid = float(int(total // 50 + 1) * 50)
        lines += [
            [("合计", LABEL), (":", None), (f"{total:.2f}", "@O")],
            [("实收", LABEL), (f": {paid:.2f}  ", None), ("找零", LABEL), (f": {paid - total:.2f}", None)],
            [("支付方式", LABEL), (":", None), (_pick(r, ["微信支付", "支付宝", "现金", "银联闪付"]), None)],
            [(f"{_moment(r):%Y-%m-%d %H:%M:%S}", None)],
            [("谢谢惠顾 欢迎再次光临", None)],
        ]
    elif kind == "menu":
        lines += [[(_pick(r, ["午市套餐 LUNCH SET", "今日推荐 Chef's Specials", "菜单 MENU"]), LABEL)]]
        for zh, en in r.sample(_DISHES, r.randint(3, 7)):
            lines.append([(zh, None), (" ", None), (en, None), (f"  ¥{r.randint(18, 168)}", None)])
        lines.append([(_pick(r, ["另收 10% 服务费", "All prices include VAT", "米饭 Rice ¥3/碗"]), None)])
    else:
        for zh, en in r.sample(_SIGNS, r.randint(1, 3)):
            lines += [[(zh, LABEL)], [(en, LABEL)]]
    return lines


def build_ops_ocr(ctx: Ctx) -> Any:
    r = ctx.r
    lines = _nonpersonal_doc(ctx)
    shape = pick_shape(r, latin_ratio(lines) > 0.6)
    out = []
    for ln in lines:
        new: Line = []
        for text, tag in ln:
            if tag == LABEL:
                ctx.op("title_or_label", text)
            elif tag == "@O":
                ctx.op("other", text)
            new.append((text, None if tag == "@O" else tag))
        out.append(new)
    return render_shape(ctx, shape, out)


# ----------------------------------------------------------------------------------------------------------- free text


def build_notes(ctx: Ctx) -> str:
    r = ctx.r
    P = ctx.pii
    h = cn_holder(r, minority_ok=True)
    phone = cn_mobile(r)
    mail = email_for(r, h.name, h.dob)
    ticket = ctx.op("other", f"{_pick(r, ['CS', 'TK', 'INC'])}-{r.randint(2023, 2025)}{_digits(r, 6)}")
    when = ctx.op("timestamp", _moment(r).strftime(_pick(r, ["%Y-%m-%d %H:%M", "%m/%d %H:%M", "%Y年%m月%d日 %H:%M"])))
    rid = ctx.op("request_id", _uuid(r))
    title = "先生" if h.sex == "M" else "女士"
    zh_name = h.name.zh()
    py = f"{_title(h.name.py_sur())} {_title(h.name.py_giv(False))}".strip()
    t = r.randrange(10)
    if t == 0:
        return (
            f"[{when}] 工单 {ticket}：客户{P('PERSON', zh_name)}来电，"
            f"称其身份证（{P('CN_RESIDENT_ID', h.idnum)}）识别失败，"
            f"已指导重新拍照上传。联系电话{P('PHONE_NUMBER', phone)}。请求ID {rid}。"
        )
    if t == 1:
        p = passport_facts(r)
        d1 = fmt_date(p.dob, "iso")
        d2 = fmt_date(p.dob + dt.timedelta(days=r.randint(1, 30)), "iso")
        return (
            f"回访记录 {when}\n{P('PERSON', zh_name)}{title}反映护照 {P('PASSPORT', p.number)} 的出生日期被识别为"
            f"{P('DATE_OF_BIRTH', d2)}，实际应为{P('DATE_OF_BIRTH', d1)}。已提交人工复核（{ticket}），结果将发送至"
            f"{P('EMAIL_ADDRESS', mail)}。"
        )
    if t == 2:
        return (
            f"用户反馈：住址\u201c{P('ADDRESS', h.address)}\u201d在结果里被截断，只剩前半段。"
            f"用户 {P('PERSON', zh_name)}，手机 {P('PHONE_NUMBER', phone)}，工单 {ticket}。"
        )
    if t == 3:
        card = group_card(r, bank_card(r)[0])
        return (
            f"{when} 刚和{P('PERSON', zh_name)}通过电话，{'他' if h.sex == 'M' else '她'}要更换绑定的银行卡 "
            f"{P('BANK_CARD', card)}，下周把材料寄到{P('ADDRESS', h.address)}。跟进人：客服07组，{ticket}"
        )
    if t == 4:
        return (
            f"Ticket {ticket} ({when}): customer {P('PERSON', py)} called about a failed ID verification. "
            f"DOB on file {P('DATE_OF_BIRTH', fmt_date(h.dob, 'dmy_slash'))}, "
            f"callback number {P('PHONE_NUMBER', phone)}. "
            f"Upstream request {rid} returned FailedOperation.ImageBlur; asked the customer to retake the photo."
        )
    if t == 5:
        hk = hkid_number(r)
        full, _, _ = romanise(r, cn_name(r, h.sex), "hk")
        return (
            f"Spoke with {P('PERSON', full)} today; the HKID on the upload ({P('HK_ID', hk)}) "
            "is cut off at the bottom. "
            f"Sent re-upload link to {P('EMAIL_ADDRESS', mail)}. Ref {ticket}."
        )
    if t == 6:
        d = us_dl(r)
        return (
            f"Note for {ticket}: applicant {P('PERSON', d.first.title())} {P('PERSON', d.last.title())} moved; "
            f"new address {P('ADDRESS', f'{d.street.title()}, {d.city.title()}, {d.st} {d.zip}')}. "
            f"Licence {P('DRIVER_LICENSE', d.number)} "
            f"still shows the old one. Logged {when}."
        )
    if t == 7:
        other = _variant_name(r, h.name)
        return (
            f"复核说明：OCR 姓名为\u201c{P('PERSON', zh_name)}\u201d，客户填写为\u201c{P('PERSON', other)}\u201d，"
            f"经核对身份证号 {P('CN_RESIDENT_ID', h.idnum)} 以证件为准。{when} 处理完毕，{ticket}。"
        )
    if t == 8:
        p = passport_facts(r)
        return (
            f"Dear team, {P('PERSON', f'{_title(p.giv)} {_title(p.sur)}'.strip())} "
            f"(passport {P('PASSPORT', p.number)}, "
            f"nationality {P('NATIONALITY', p.nat_text)}) asks why the MRZ line {P('MRZ', p.mrz[1])} was rejected. "
            f"Request {rid}, {when}."
        )
    return (
        f"{when} 来电人自称{P('PERSON', zh_name)}，出生于{P('DATE_OF_BIRTH', fmt_date(h.dob, 'cn'))}，"
        f"现居{P('ADDRESS', h.address)}，要求注销账户并删除已上传的证件照。已转隐私合规组，工单 {ticket}。"
    )


def build_form_ocr(ctx: Ctx) -> str:
    r = ctx.r
    h = cn_holder(r, minority_ok=False)
    phone = cn_mobile(r)
    mail = email_for(r, h.name, h.dob)
    if _chance(r, 0.6):
        kin = cn_name(r, _pick(r, "MF"))
        acct = group_card(r, bank_card(r)[0])
        title = _pick(r, ["个人客户开户申请表", "入职登记表", "租赁登记表", "保险理赔申请书", "会员注册表"])
        rows: Page = [
            [T(title)],
            [F(_pick(r, ["申请人姓名", "姓名", "客户姓名"]), h.name.zh(), "PERSON"), F("性别", h.sex_zh, "GENDER")],
            [F("证件类型", "居民身份证", None), F("证件号码", h.idnum, "CN_RESIDENT_ID")],
            [F("出生日期", fmt_date(h.dob, _pick(r, ["iso", "cn", "dot"])), "DATE_OF_BIRTH")],
            [F(_pick(r, ["联系电话", "手机号码"]), phone, "PHONE_NUMBER")],
            [F("电子邮箱", mail, "EMAIL_ADDRESS")],
            [F(_pick(r, ["通讯地址", "现住址", "联系地址"]), h.address, "ADDRESS", split=True)],
            [F("紧急联系人", kin.zh(), "PERSON"), F("电话", cn_mobile(r), "PHONE_NUMBER")],
        ]
        if _chance(r, 0.5):
            rows.append([F(_pick(r, ["收款账号", "银行卡号"]), acct, "BANK_CARD")])
        rows += [
            [F("申请日期", fmt_date(_date(r, 2023, 2025), "cn"), None)],
            [F(_pick(r, ["客户签名", "申请人签字"]), h.name.zh(), "PERSON")],
        ]
        doc = Doc([rows])
    else:
        p = passport_facts(r)
        d = us_dl(r)
        full = f"{_title(p.giv)} {_title(p.sur)}".strip()
        rows = [
            [
                T(
                    _pick(
                        r, ["APPLICATION FOR ACCOUNT OPENING", "GUEST REGISTRATION CARD", "VISA APPLICATION SUPPLEMENT"]
                    )
                )
            ],
            [F(["Full name"], full, "PERSON")],
            [
                F(["Date of birth"], fmt_date(p.dob, _pick(r, ["dmy_slash", "d_Mon_y", "iso"])), "DATE_OF_BIRTH"),
                F(["Sex"], "Male" if p.sex == "M" else "Female", "GENDER"),
            ],
            [F(["Nationality"], p.nat_text, "NATIONALITY")],
            [F(["Passport no."], p.number, "PASSPORT")],
            [
                F(
                    ["Residential address"],
                    f"{d.street.title()}, {d.city.title()}, {d.st} {d.zip}",
                    "ADDRESS",
                    split=True,
                )
            ],
            [
                F(
                    ["Mobile"],
                    _pick(r, [phone, f"+1 {r.randint(201, 989)}-{r.randint(200, 999)}-{_digits(r, 4)}"]),
                    "PHONE_NUMBER",
                )
            ],
            [F(["Email"], mail, "EMAIL_ADDRESS")],
            [F(["Signature"], full, "PERSON")],
        ]
        doc = Doc([rows], latin=True)
    lines = emit(ctx, layout_doc(r, doc))
    return "\n".join(line_text(ln) for ln in lines)


# ---------------------------------------------------------------------------------------------------------- the corpus

DOC_FUNCS.extend(
    [
        doc_resident_id,
        doc_cn_passport,
        doc_sar_passport,
        doc_foreign_passport,
        doc_hk_id,
        doc_macao_taiwan,
        doc_travel_permit,
        doc_residence_permit,
        doc_driving_vehicle,
        doc_household,
        doc_bank_card,
        doc_other_id,
    ]
)

_BUILDERS: dict[str, Callable[[Ctx], Any]] = {
    "ocr_resident_id": general_ocr(doc_resident_id),
    "ocr_cn_passport": general_ocr(doc_cn_passport),
    "ocr_sar_passport": general_ocr(doc_sar_passport),
    "ocr_foreign_passport": general_ocr(doc_foreign_passport),
    "ocr_hk_id_card": general_ocr(doc_hk_id),
    "ocr_macao_taiwan_id": general_ocr(doc_macao_taiwan),
    "ocr_travel_permit": general_ocr(doc_travel_permit),
    "ocr_residence_permit": general_ocr(doc_residence_permit),
    "ocr_driving_vehicle": general_ocr(doc_driving_vehicle),
    "ocr_household_register": general_ocr(doc_household),
    "ocr_bank_card": general_ocr(doc_bank_card),
    "ocr_other_id": general_ocr(doc_other_id),
    "ocr_page_text": build_page_text,
    "tencent_card_ocr": build_tencent,
    "baidu_card_ocr": build_baidu,
    "aliyun_card_ocr": build_aliyun,
    "intl_id_parsers": build_intl,
    "inhouse_kyc_result": build_inhouse,
    "log_ocr_errors": build_log_errors,
    "ops_log_lines": build_ops_lines,
    "ops_monitoring_json": build_ops_json,
    "ops_nonpersonal_ocr": build_ops_ocr,
    "text_service_notes": build_notes,
    "text_form_ocr": build_form_ocr,
}

GENERAL_OCR_DOCUMENT_KINDS = frozenset({k for k in _BUILDERS if k.startswith("ocr_")})
PII_FREE_KINDS = frozenset({"ops_log_lines", "ops_monitoring_json", "ops_nonpersonal_ocr"})
TEXT_KINDS = frozenset({"ocr_page_text", "log_ocr_errors", "ops_log_lines", "text_service_notes", "text_form_ocr"})


def _leaks(value: str, masked: str) -> bool:
    forms = {value, json.dumps(value)[1:-1], json.dumps(value, ensure_ascii=False)[1:-1]}
    return any(f in masked for f in forms)


def _builder(fn: Callable[[Ctx], Any], fk: dict[str, Faker]) -> Callable[[Rnd, Recorder], Any]:
    """Build a record, then audit it: run the same draw with every personal value masked; a personal value that still
    shows is printed somewhere it was not planted (an issuing place equal to the place of birth...), and the draw is
    repeated. A one-letter gender that also sits inside an operational value is not planted."""

    def build(rnd: Rnd, rec: Recorder) -> Any:
        seed = rnd.getrandbits(64)
        state = rnd.getstate()
        for f in fk.values():
            f.seed_instance(seed)
        payload = fn(Ctx(rnd, rec, fk))
        again = random.Random()
        again.setstate(state)
        for f in fk.values():
            f.seed_instance(seed)
        masked = serialise(fn(Ctx(again, Recorder(), fk, masked=True)))
        text = serialise(payload)
        rec.operational[:] = [o for o in rec.operational if _leaks(o.fragment, text)]  # only values the payload shows
        rec.planted[:] = [
            p for p in rec.planted if len(p.value) > 1 or not any(p.value in o.fragment for o in rec.operational)
        ]
        for p in rec.planted:
            if len(p.value) > 1 and _leaks(p.value, masked):
                rec.operational.append(Operational("other", p.value))  # collides: the record is drawn again
                break
        return payload

    return build


class Corpus:
    """The held-out corpus: `records(per_kind)` for every kind, each record a function of (seed, kind, index)."""

    name = "promoted-2"
    kinds: tuple[str, ...] = tuple(_BUILDERS)

    def __init__(self, seed: int = 1) -> None:
        self.seed = seed
        self._fk = {"zh": Faker("zh_CN")}  # company names only: people, places and numbers are composed here

    def record(self, kind: str, index: int) -> Record:
        return build_record(
            f"held-out:{self.seed}", kind, index, _builder(_BUILDERS[kind], self._fk), is_text=kind in TEXT_KINDS
        )

    def records(self, per_kind: int) -> list[Record]:
        return [self.record(kind, i) for kind in self.kinds for i in range(per_kind)]

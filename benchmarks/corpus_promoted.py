"""The first held-out corpus, promoted to development: OCR payloads, SDK logs and operational records, labelled by
hand-written generators written independently of the package's detection code and of `corpus_dev.py`.

PROMOTED: it was written before any tuning and frozen as the held-out corpus (commit 75ad310). The document
vocabulary, recognition and OCR-noise handling were then fixed for the failures it showed, so it no longer measures
generalisation: it moved to the development side, and a new held-out corpus, written by another hand without
seeing this one, replaced it in `corpus_heldout.py`. It is kept unchanged (a regression corpus) and reported as
`promoted`.

Every record depends only on (seed, kind, index). Personal values are planted with `Recorder.pii` exactly as they
appear in the payload text (each part separately when a value is split over lines or fields); printed titles and
labels and the values monitoring needs are recorded with `Recorder.op`. Document content that is neither (issue and
expiry dates, issuing authorities, card serials, symbols, type codes) is not recorded.

Kinds, identity documents read by general OCR (GENERAL_OCR_DOCUMENT_KINDS), each rendered per record in one of the
shapes Tencent GeneralBasicOCR/GeneralAccurateOCR, PaddleOCR classic list, PaddleOCR 3.x result dict, AWS Textract
DetectDocumentText, Azure Document Intelligence prebuilt-read, Azure Read 3.2, Google Document AI OCR, Baidu
general/accurate OCR, Alibaba Cloud RecognizeGeneral, or a plain multi-line text block:
- ocr_cn_resident_id: mainland resident ID card, front, or front and back scanned on one copy page.
- ocr_hmt_residence_permit: residence permit for Hong Kong, Macao and Taiwan residents (81/82/83), front and back.
- ocr_cn_passport: Chinese ordinary passport data page, bilingual labels, MRZ.
- ocr_sar_passport: HKSAR and Macao SAR passport data pages, trilingual labels, MRZ.
- ocr_foreign_passport: UK, US, German, French, Canadian and Australian passport data pages with MRZ.
- ocr_hk_identity_card: Hong Kong identity card (Chinese name, English name, telex codes, no name label).
- ocr_macau_identity_card: Macao resident identity card, number in the 1234567(8) form.
- ocr_taiwan_identity_card: Taiwan national ID card, front and back (parents, spouse, birthplace, address).
- ocr_travel_permit: mainland travel permits for HK/Macao residents (H/M + 8) and Taiwan residents (8 digits),
  and the exit-entry permit for travelling to HK and Macao (C + 8).
- ocr_driving_documents: mainland driving licence and vehicle licence (private and company owners).
- ocr_household_register: household register, householder page and resident registration page.
- ocr_foreign_permanent_residence: foreign permanent resident ID card, 2023 18-digit form and the older 15-char form.
- ocr_bank_card: bank card face (number, romanised holder name, valid thru).

Kinds, structured results of document APIs:
- api_tencent_identity: Tencent IDCardOCR (front/back), HKIDCardOCR, MLIDPassportOCR, MainlandPermitOCR, PermitOCR.
- api_tencent_documents: Tencent DriverLicenseOCR, VehicleLicenseOCR, ResidenceBookletOCR, BankCardOCR and
  SmartStructuralOCRV2 key/value lists (generic keys such as Number or 证件号码 holding permit numbers).
- api_baidu_cards: Baidu idcard, passport, bankcard and driving_license results keyed by Chinese labels.
- api_aliyun_cards: Alibaba Cloud RecognizeIdcard, RecognizeBankCard and RecognizeChinesePassport (Data as JSON text).
- api_intl_identity: AWS Textract AnalyzeID, Azure prebuilt-idDocument and Google Document AI identity parsers.

Kinds, text (log lines and free text):
- log_ocr_errors: log lines and errors around OCR calls quoting personal values (IDs with a wrong check digit,
  names, request and response bodies, MRZ errors, phones, e-mails, tracebacks).
- text_service_notes: customer-service notes and OCR'd application forms, Chinese and English.

Kinds, operational records without personal data (PII_FREE_KINDS):
- ops_gateway_access: API gateway and reverse-proxy access log lines for OCR endpoints.
- ops_sdk_debug: SDK debug, retry and timing lines around OCR calls.
- ops_billing_monitoring: billing, usage and monitoring JSON for OCR actions.
- ops_k8s_structured: structured JSON logs of an OCR worker running on Kubernetes.
- ops_business_document_ocr: invoices and shop receipts read by general OCR (company names, amounts, tax codes).
"""

from __future__ import annotations

import base64
import json
import random
import re
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from itertools import pairwise
from typing import Any

from _corpus import Record, Recorder, build_record, serialise

__all__ = ["GENERAL_OCR_DOCUMENT_KINDS", "PII_FREE_KINDS", "Corpus"]

Rnd = random.Random

# ---------------------------------------------------------------------------------------------------------------
# Small helpers


def _p(rnd: Rnd, prob: float) -> bool:
    return rnd.random() < prob


def _pick(rnd: Rnd, options: Sequence[tuple[Any, float]]) -> Any:
    values = [o[0] for o in options]
    weights = [o[1] for o in options]
    return rnd.choices(values, weights=weights)[0]


def _uuid(rnd: Rnd, *, upper: bool = False) -> str:
    text = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
    return text.upper() if upper else text


def _num(rnd: Rnd, n: int) -> str:
    return "".join(str(rnd.randrange(10)) for _ in range(n))


def _hex(rnd: Rnd, n: int) -> str:
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def _rand_date(rnd: Rnd, first: int, last: int) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rnd.randrange((date(last, 12, 31) - start).days))


def _moment(rnd: Rnd) -> datetime:
    base = datetime(2024, 9, 1, tzinfo=timezone(timedelta(hours=8)))
    return base + timedelta(seconds=rnd.randrange(200 * 86400), microseconds=rnd.randrange(1000) * 1000)


def _ts(rnd: Rnd, moment: datetime | None = None, style: str = "") -> str:
    m = moment or _moment(rnd)
    style = style or rnd.choice(["iso", "iso_z", "space_ms", "space", "clf"])
    ms = m.microsecond // 1000
    if style == "iso":
        return m.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}+08:00"
    if style == "iso_z":
        return (m - timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"
    if style == "space_ms":
        return m.strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}"
    if style == "clf":
        return m.strftime("%d/%b/%Y:%H:%M:%S +0800")
    return m.strftime("%Y-%m-%d %H:%M:%S")


_FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")

_MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_MON_FR = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]

_DATE_STYLES: dict[str, Callable[[date], str]] = {
    "cn": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "cn0": lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日",
    "cn_sp": lambda d: f"{d.year} 年 {d.month} 月 {d.day} 日",
    "dot": lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}",
    "dash": lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}",
    "slash": lambda d: f"{d.year}/{d.month}/{d.day}",
    "slash0": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "compact": lambda d: f"{d.year}{d.month:02d}{d.day:02d}",
    "dmy": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "dmy_dot": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "dmy_sp": lambda d: f"{d.day:02d} {d.month:02d} {d.year}",
    "mon": lambda d: f"{d.day:02d} {_MON[d.month - 1]} {d.year}",
    "mon_t": lambda d: f"{d.day:02d} {_MON[d.month - 1].title()} {d.year}",
    "mon_cn": lambda d: f"{d.day:02d} {d.month}月/{_MON[d.month - 1]} {d.year}",
    "mon_fr": lambda d: f"{d.day:02d} {_MON[d.month - 1]} /{_MON_FR[d.month - 1]} {d.year % 100:02d}",
    "mon_fr4": lambda d: f"{d.day:02d} {_MON[d.month - 1]} /{_MON_FR[d.month - 1]} {d.year}",
    "mdy": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "roc": lambda d: f"民國{d.year - 1911}年{d.month}月{d.day}日",
    "roc_sp": lambda d: f"民國 {d.year - 1911} 年 {d.month} 月 {d.day} 日",
    "iso_t": lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}T00:00:00",
}


def _fd(d: date, style: str) -> str:
    return _DATE_STYLES[style](d)


def _jpeg_b64(rnd: Rnd, low: int = 120, high: int = 420) -> str:
    head = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300")
    body = bytes(rnd.randrange(256) for _ in range(rnd.randint(low, high)))
    return base64.b64encode(head + body).decode()


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


# ---------------------------------------------------------------------------------------------------------------
# Check digits, from the published algorithms

_GB11643_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def gb11643_check(body17: str) -> str:
    """GB 11643-1999 check character of a 17-digit body (resident ID, residence permit, 2023 permanent residence)."""
    total = sum(int(c) * w for c, w in zip(body17, _GB11643_W, strict=True))
    return "10X98765432"[total % 11]


def _wrong_check(number: str) -> str:
    right = number[-1]
    wrong = [c for c in "0123456789X" if c != right]
    # deterministic per number, but not the right one
    return number[:-1] + wrong[sum(ord(c) for c in number) % len(wrong)]


def hkid_check(prefix: str, digits: str) -> str:
    """Hong Kong identity card check character (mod 11, space counts 36, A = 10)."""
    chars = (prefix if len(prefix) == 2 else " " + prefix) + digits

    def value(c: str) -> int:
        if c == " ":
            return 36
        return int(c) if c.isdigit() else ord(c) - 55

    total = sum(value(c) * w for c, w in zip(chars, range(9, 1, -1), strict=True))
    r = total % 11
    check = 0 if r == 0 else 11 - r
    return "A" if check == 10 else str(check)


_TW_LETTER = {
    "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34, "J": 18, "K": 19, "L": 20,
    "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29, "W": 32, "X": 30,
    "Y": 31, "Z": 33,
}  # fmt: skip


def tw_id(rnd: Rnd, male: bool, letter: str = "") -> str:
    letter = letter or rnd.choice("ABCDEFHKMNOPQTUV")
    body = ("1" if male else "2") + _num(rnd, 7)
    code = _TW_LETTER[letter]
    total = code // 10 + (code % 10) * 9 + sum(int(c) * w for c, w in zip(body, range(8, 0, -1), strict=True))
    return letter + body + str((10 - total % 10) % 10)


def mrz_check(field: str) -> str:
    def value(c: str) -> int:
        if c.isdigit():
            return int(c)
        if c == "<":
            return 0
        return ord(c) - 55

    weights = (7, 3, 1)
    return str(sum(value(c) * weights[i % 3] for i, c in enumerate(field)) % 10)


def luhn_complete(prefix: str, length: int, rnd: Rnd) -> str:
    body = prefix + _num(rnd, length - len(prefix) - 1)
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


_VIN_VAL = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9], strict=True)
)
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rnd: Rnd) -> str:
    """A 17-character VIN with a valid position-9 check digit (ISO 3779 / GB 16735 weights)."""
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rnd.choice(["LFV", "LSV", "LVS", "LGB", "LHG", "LVG", "LBV", "LE4", "LRW", "LGX", "LSG", "LDC"])
    vds = "".join(rnd.choice(alphabet) for _ in range(5))
    vis = rnd.choice("GHJKLMNPRS") + rnd.choice(alphabet) + _num(rnd, 6)
    draft = wmi + vds + "0" + vis
    total = sum((int(c) if c.isdigit() else _VIN_VAL[c]) * w for c, w in zip(draft, _VIN_W, strict=True))
    check = "X" if total % 11 == 10 else str(total % 11)
    return wmi + vds + check + vis


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc(rnd: Rnd, area: str) -> str:
    """Unified social credit code of a company (GB 32100 check, organisation code with GB 11714 check)."""
    org = "".join(rnd.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))

    def ov(c: str) -> int:
        return int(c) if c.isdigit() else ord(c) - 55

    s = sum(ov(c) * w for c, w in zip(org, (3, 7, 9, 10, 5, 8, 4, 2), strict=True))
    c9 = 11 - s % 11
    org += "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    body = "91" + area + org
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_W, strict=True))
    return body + _USCC_CHARS[(31 - total % 31) % 31]


# ---------------------------------------------------------------------------------------------------------------
# Names: own character tables with Mandarin pinyin, Hong Kong Cantonese, Macao and Wade-Giles romanisations


@dataclass(frozen=True)
class Han:
    simp: str
    trad: str
    py: str
    yue: str
    mo: str
    wg: str


def _han_table(text: str) -> list[Han]:
    return [Han(*line.split()) for line in text.strip().splitlines()]


_SURNAMES = _han_table("""
王 王 wang wong wong wang
李 李 li lee lei lee
张 張 zhang cheung cheong chang
刘 劉 liu lau lao liu
陈 陳 chen chan chan chen
杨 楊 yang yeung ieong yang
黄 黃 huang wong wong huang
赵 趙 zhao chiu chio chao
吴 吳 wu ng ng wu
周 周 zhou chow chao chou
徐 徐 xu tsui choi hsu
孙 孫 sun suen sun sun
马 馬 ma ma ma ma
朱 朱 zhu chu chu chu
胡 胡 hu wu wu hu
郭 郭 guo kwok kuok kuo
何 何 he ho ho ho
林 林 lin lam lam lin
罗 羅 luo law lo lo
高 高 gao ko kou kao
郑 鄭 zheng cheng cheang cheng
梁 梁 liang leung leong liang
谢 謝 xie tse che hsieh
宋 宋 song sung song sung
唐 唐 tang tong tong tang
许 許 xu hui hoi hsu
韩 韓 han hon hon han
冯 馮 feng fung fong feng
邓 鄧 deng tang tang teng
曹 曹 cao tso chou tsao
彭 彭 peng pang pang peng
曾 曾 zeng tsang chang tseng
萧 蕭 xiao siu sio hsiao
田 田 tian tin tin tien
董 董 dong tung tong tung
潘 潘 pan poon pun pan
袁 袁 yuan yuen un yuan
蔡 蔡 cai choi choi tsai
蒋 蔣 jiang cheung cheong chiang
余 余 yu yu u yu
叶 葉 ye yip ip yeh
程 程 cheng ching cheng cheng
苏 蘇 su so sou su
吕 呂 lyu lui loi lu
丁 丁 ding ting teng ting
卢 盧 lu lo lou lu
沈 沈 shen shum sam shen
钟 鍾 zhong chung chong chung
崔 崔 cui tsui choi tsui
谭 譚 tan tam tam tan
陆 陸 lu luk lok lu
范 范 fan fan fan fan
廖 廖 liao liu lio liao
石 石 shi shek sek shih
金 金 jin kam kam chin
韦 韋 wei wai wai wei
夏 夏 xia ha ha hsia
方 方 fang fong fong fang
邹 鄒 zou chau chau tsou
熊 熊 xiong hung hong hsiung
孟 孟 meng mang mang meng
秦 秦 qin chun chon chin
江 江 jiang kong kong chiang
尹 尹 yin wan wan yin
薛 薛 xue sit sit hsueh
雷 雷 lei lui loi lei
龙 龍 long lung long lung
黎 黎 li lai lai li
陶 陶 tao to tou tao
顾 顧 gu ku ku ku
邵 邵 shao shiu sio shao
麦 麥 mai mak mak mai
区 區 ou au ao ou
欧阳 歐陽 ouyang auyeung auieong ouyang
司徒 司徒 situ szeto sitou szutu
上官 上官 shangguan sheungkwun seongkun shangkuan
诸葛 諸葛 zhuge chukot chucot chuko
""")

_GIVEN = _han_table("""
伟 偉 wei wai wai wei
芳 芳 fang fong fong fang
娜 娜 na na na na
敏 敏 min man man min
静 靜 jing ching cheng ching
丽 麗 li lai lai li
强 強 qiang keung keong chiang
磊 磊 lei lui loi lei
军 軍 jun kwan kuan chun
洋 洋 yang yeung ieong yang
勇 勇 yong yung iong yung
艳 艷 yan yim im yen
杰 傑 jie kit kit chieh
涛 濤 tao to tou tao
明 明 ming ming meng ming
超 超 chao chiu chio chao
秀 秀 xiu sau sau hsiu
霞 霞 xia ha ha hsia
平 平 ping ping peng ping
刚 剛 gang kong kong kang
桂 桂 gui kwai kuai kuei
英 英 ying ying ieng ying
华 華 hua wah va hua
玲 玲 ling ling leng ling
文 文 wen man man wen
辉 輝 hui fai fai hui
俊 俊 jun chun chon chun
嘉 嘉 jia ka ka chia
欣 欣 xin yan ian hsin
宇 宇 yu yu u yu
晨 晨 chen san san chen
浩 浩 hao ho hou hao
然 然 ran yin in jan
梓 梓 zi tsz chi tzu
涵 涵 han ham ham han
轩 軒 xuan hin hin hsuan
怡 怡 yi yi i yi
婷 婷 ting ting teng ting
博 博 bo pok pok po
思 思 si sze si ssu
雨 雨 yu yu u yu
佳 佳 jia kai kai chia
永 永 yong wing weng yung
志 志 zhi chi chi chih
家 家 jia ka ka chia
国 國 guo kwok kuok kuo
建 建 jian kin kin chien
海 海 hai hoi hoi hai
燕 燕 yan yin in yen
慧 慧 hui wai wai hui
凤 鳳 feng fung fong feng
晓 曉 xiao hiu hio hsiao
红 紅 hong hung hong hung
德 德 de tak tak te
振 振 zhen chun chan chen
美 美 mei mei mei mei
诗 詩 shi sze si shih
颖 穎 ying wing weng ying
琳 琳 lin lam lam lin
瑞 瑞 rui sui soi jui
鹏 鵬 peng pang pang peng
兰 蘭 lan lan lan lan
淑 淑 shu shuk sok shu
安 安 an on on an
宁 寧 ning ning neng ning
庆 慶 qing hing heng ching
成 成 cheng shing seng cheng
荣 榮 rong wing weng jung
泽 澤 ze chak chak tse
宏 宏 hong wang wang hung
立 立 li lap lap li
婉 婉 wan yuen un wan
凯 凱 kai hoi hoi kai
天 天 tian tin tin tien
萱 萱 xuan huen hun hsuan
雪 雪 xue suet sut hsueh
梅 梅 mei mui mui mei
春 春 chun chun chon chun
秋 秋 qiu chau chau chiu
翠 翠 cui chui choi tsui
玉 玉 yu yuk iok yu
珍 珍 zhen chun chan chen
宝 寶 bao po pou pao
峰 峰 feng fung fong feng
斌 斌 bin pan pan pin
昕 昕 xin yan ian hsin
翔 翔 xiang cheung cheong hsiang
""")

_HK_ENGLISH = [
    "Peter",
    "Mary",
    "Kelvin",
    "Winnie",
    "Jason",
    "Cherry",
    "Ivan",
    "Candy",
    "Dickson",
    "Yoyo",
    "Raymond",
    "Gigi",
    "Alan",
    "Fanny",
    "Terence",
    "Queenie",
    "Wilson",
    "Kitty",
    "Samuel",
    "Agnes",
]

_ETHNIC_SHORT = ["汉", "汉", "汉", "汉", "汉", "汉", "回", "满", "苗", "壮", "彝", "藏", "瑶", "白", "侗", "黎", "傣"]
_ETHNIC_LONG = ["蒙古", "维吾尔", "土家", "朝鲜", "哈萨克", "布依", "哈尼", "傈僳", "仡佬", "锡伯", "纳西", "柯尔克孜"]


@dataclass(frozen=True)
class Area:
    code: str
    short: str
    province: str
    city: str
    district: str
    pinyin: str


_AREAS = [
    Area(*line.split())
    for line in """
440305 广东 广东省 深圳市 南山区 GUANGDONG
440304 广东 广东省 深圳市 福田区 GUANGDONG
440106 广东 广东省 广州市 天河区 GUANGDONG
440604 广东 广东省 佛山市 禅城区 GUANGDONG
110105 北京 北京市 - 朝阳区 BEIJING
110108 北京 北京市 - 海淀区 BEIJING
310104 上海 上海市 - 徐汇区 SHANGHAI
310115 上海 上海市 - 浦东新区 SHANGHAI
120101 天津 天津市 - 和平区 TIANJIN
500103 重庆 重庆市 - 渝中区 CHONGQING
320102 江苏 江苏省 南京市 玄武区 JIANGSU
320505 江苏 江苏省 苏州市 虎丘区 JIANGSU
330106 浙江 浙江省 杭州市 西湖区 ZHEJIANG
330203 浙江 浙江省 宁波市 海曙区 ZHEJIANG
350203 福建 福建省 厦门市 思明区 FUJIAN
350102 福建 福建省 福州市 鼓楼区 FUJIAN
420106 湖北 湖北省 武汉市 武昌区 HUBEI
430104 湖南 湖南省 长沙市 岳麓区 HUNAN
510107 四川 四川省 成都市 武侯区 SICHUAN
610113 陕西 陕西省 西安市 雁塔区 SHAANXI
370202 山东 山东省 青岛市 市南区 SHANDONG
370102 山东 山东省 济南市 历下区 SHANDONG
210202 辽宁 辽宁省 大连市 中山区 LIAONING
410105 河南 河南省 郑州市 金水区 HENAN
340104 安徽 安徽省 合肥市 蜀山区 ANHUI
360102 江西 江西省 南昌市 东湖区 JIANGXI
450103 广西 广西壮族自治区 南宁市 青秀区 GUANGXI
530102 云南 云南省 昆明市 五华区 YUNNAN
130104 河北 河北省 石家庄市 桥西区 HEBEI
140105 山西 山西省 太原市 小店区 SHANXI
230103 黑龙江 黑龙江省 哈尔滨市 南岗区 HEILONGJIANG
220104 吉林 吉林省 长春市 朝阳区 JILIN
520102 贵州 贵州省 贵阳市 南明区 GUIZHOU
620102 甘肃 甘肃省 兰州市 城关区 GANSU
650102 新疆 新疆维吾尔自治区 乌鲁木齐市 天山区 XINJIANG
150102 内蒙古 内蒙古自治区 呼和浩特市 新城区 NEI<MONGOL
460106 海南 海南省 海口市 龙华区 HAINAN
640104 宁夏 宁夏回族自治区 银川市 兴庆区 NINGXIA
""".strip().splitlines()
]

_STREETS = (
    "科技园南路 深南大道 建设路 人民路 解放路 中山路 和平路 滨河路 学院路 文化路 新华街 光明巷 朝阳路 长江路 "
    "黄河路 天府大道 望江路 东风路 青年路 胜利街 花园路 工业大道 创业路 金融街 友谊路 园林路 湖滨路 广场路 "
    "翠竹路 银杏大道 桃源街 迎宾路"
).split()
_COMPOUNDS = (
    "阳光花园 碧水湾 万象城 金地名苑 华侨新村 锦绣江南 翠苑小区 幸福家园 新城花园 海景湾 御景华庭 云栖里".split()
)
_TOWNS = "城关 石桥 新塘 龙泉 桃源 白沙 清水 黄村 马坊 永安 青山 大河".split()
_VILLAGES = "上王 下李 东山 西湖 前进 红星 团结 新民 高岭 柳树 杏花 沙岗".split()
_COUNTIES = "长安县 临江县 南华县 青川县 东平县 宁远县 安吉县 武宁县".split()


def _city(area: Area) -> str:
    return area.province if area.city == "-" else area.province + area.city


def _cn_address(rnd: Rnd, area: Area) -> str:
    style = rnd.randrange(5)
    base = _city(area)
    n = rnd.randint(1, 999)
    if style == 0:
        return (
            f"{base}{area.district}{rnd.choice(_STREETS)}{n}号{rnd.randint(1, 30)}栋{rnd.randint(1, 6)}单元"
            f"{rnd.randint(1, 33)}{rnd.randint(1, 4):02d}室"
        )
    if style == 1:
        return (
            f"{base}{area.district}{rnd.choice(_STREETS)}{n}号{rnd.choice(_COMPOUNDS)}{rnd.randint(1, 40)}号楼"
            f"{rnd.randint(1, 28)}{rnd.randint(1, 8):02d}"
        )
    if style == 2:
        county = rnd.choice(_COUNTIES) if area.city != "-" else area.district
        return f"{base}{county}{rnd.choice(_TOWNS)}镇{rnd.choice(_VILLAGES)}村{rnd.randint(1, 12)}组{n}号"
    if style == 3:
        return (
            f"{base}{area.district}{rnd.choice(_STREETS)}{n}弄{rnd.randint(1, 60)}号{rnd.randint(1, 20)}0"
            f"{rnd.randint(1, 4)}室"
        )
    return f"{base}{area.district}{rnd.choice(_STREETS)}{n}号"


_TW_AREAS = [
    ("臺北市", "大安區"),
    ("臺北市", "信義區"),
    ("新北市", "板橋區"),
    ("臺中市", "西屯區"),
    ("高雄市", "苓雅區"),
    ("臺南市", "東區"),
    ("桃園市", "中壢區"),
    ("新竹市", "北區"),
    ("基隆市", "仁愛區"),
    ("嘉義市", "西區"),
]
_TW_ROADS = "和平東路 忠孝東路 中山北路 復興南路 民生東路 文心路 中華路 成功路 光復路 自由路".split()
_TW_LI = "龍泉 仁愛 光復 福德 永和 中正 長春 興隆".split()
_TW_BIRTH = [
    "臺灣省臺北市",
    "臺北市",
    "臺灣省彰化縣",
    "高雄市",
    "福建省金門縣",
    "臺灣省臺中縣",
    "臺灣省屏東縣",
    "臺南市",
]


def _tw_address(rnd: Rnd) -> str:
    city, dist = rnd.choice(_TW_AREAS)
    sec = rnd.choice(["", "一段", "二段", "三段"])
    lane = rnd.choice(["", f"{rnd.randint(1, 300)}巷"])
    return (
        f"{city}{dist}{rnd.choice(_TW_LI)}里{rnd.randint(1, 30)}鄰{rnd.choice(_TW_ROADS)}{sec}{lane}"
        f"{rnd.randint(1, 200)}號{rnd.randint(2, 15)}樓"
    )


@dataclass
class Person:
    sur: Han
    given: list[Han]
    male: bool
    birth: date
    area: Area
    ethnicity: str
    address: str
    seq: str
    english: str = ""

    def zh(self, trad: bool = False) -> str:
        attr = "trad" if trad else "simp"
        return getattr(self.sur, attr) + "".join(getattr(g, attr) for g in self.given)

    def zh_given(self, trad: bool = False) -> str:
        attr = "trad" if trad else "simp"
        return "".join(getattr(g, attr) for g in self.given)

    def zh_sur(self, trad: bool = False) -> str:
        return self.sur.trad if trad else self.sur.simp

    def sur_rom(self, system: str) -> str:
        return getattr(self.sur, system).upper()

    def given_rom(self, system: str, form: str) -> str:
        syl = [getattr(g, system) for g in self.given]
        if form == "joined":
            return "".join(syl).upper()
        if form == "joined_t":
            return "".join(syl).title()
        if form == "spaced":
            return " ".join(s.upper() for s in syl)
        if form == "spaced_t":
            return " ".join(s.title() for s in syl)
        if form == "hyphen":
            return "-".join(s.upper() for s in syl)
        return "-".join(s.title() for s in syl)  # hyphen_t

    def roman(self, system: str, style: str) -> str:
        """`style`: caps (WANG XIAOMING), comma (WANG, XIAOMING), tight (WANG,XIAOMING), hk (CHEUNG, Wing Ling),
        west (Xiaoming Wang), hyphen (WANG, Xiao-Ming), wg (LIN, CHIH-MING), spaced (CHAN TAI MAN)."""
        sur = self.sur_rom(system)
        natural = "joined" if system == "py" else ("hyphen" if system == "wg" else "spaced")
        if style == "caps":
            return f"{sur} {self.given_rom(system, natural)}"
        if style == "comma":
            return f"{sur}, {self.given_rom(system, natural)}"
        if style == "tight":
            return f"{sur},{self.given_rom(system, natural)}"
        if style == "hk":
            given = self.given_rom(system, "spaced_t")
            return f"{sur}, {self.english + ' ' if self.english else ''}{given}"
        if style == "west":
            form = "joined_t" if system == "py" else ("hyphen_t" if system == "wg" else "spaced_t")
            return f"{self.given_rom(system, form)} {sur.title()}"
        if style == "hyphen":
            return f"{sur}, {self.given_rom(system, 'hyphen_t')}"
        if style == "wg":
            return f"{sur}, {self.given_rom(system, 'hyphen')}"
        return f"{sur} {self.given_rom(system, 'spaced')}"

    def sex_cn(self, trad: bool = False) -> str:
        return "男" if self.male else "女"

    def sex_en(self) -> str:
        return "M" if self.male else "F"

    def resident_id(self, prefix: str = "") -> str:
        body = (prefix or self.area.code) + _fd(self.birth, "compact") + self.seq
        return body + gb11643_check(body)


def _surname(rnd: Rnd) -> Han:
    if _p(rnd, 0.04):
        return rnd.choice(_SURNAMES[-4:])
    return rnd.choice(_SURNAMES[:-4])


def _person(rnd: Rnd, *, first: int = 1950, last: int = 2006, english: bool = False) -> Person:
    male = _p(rnd, 0.5)
    given = [rnd.choice(_GIVEN) for _ in range(1 if _p(rnd, 0.3) else 2)]
    area = rnd.choice(_AREAS)
    seq = _num(rnd, 2) + str(rnd.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
    ethnicity = rnd.choice(_ETHNIC_LONG) if _p(rnd, 0.3) else rnd.choice(_ETHNIC_SHORT)
    return Person(
        sur=_surname(rnd),
        given=given,
        male=male,
        birth=_rand_date(rnd, first, last),
        area=area,
        ethnicity=ethnicity,
        address=_cn_address(rnd, area),
        seq=seq,
        english=rnd.choice(_HK_ENGLISH) if english and _p(rnd, 0.25) else "",
    )


def _phone(rnd: Rnd) -> str:
    prefix = rnd.choice(
        [
            "130",
            "131",
            "132",
            "135",
            "136",
            "137",
            "138",
            "139",
            "150",
            "151",
            "152",
            "155",
            "157",
            "158",
            "159",
            "166",
            "177",
            "180",
            "181",
            "185",
            "186",
            "187",
            "188",
            "189",
            "191",
            "199",
        ]
    )
    rest = _num(rnd, 8)
    style = rnd.randrange(5)
    if style == 0:
        return f"{prefix} {rest[:4]} {rest[4:]}"
    if style == 1:
        return f"+86 {prefix}-{rest[:4]}-{rest[4:]}"
    if style == 2:
        return f"+86{prefix}{rest}"
    return prefix + rest


def _hk_phone(rnd: Rnd) -> str:
    first = rnd.choice("569")
    rest = _num(rnd, 7)
    return rnd.choice([f"+852 {first}{rest[:3]} {rest[3:]}", f"{first}{rest[:3]} {rest[3:]}", f"(852) {first}{rest}"])


_MAIL_DOMAINS = [
    "qq.com",
    "163.com",
    "126.com",
    "gmail.com",
    "outlook.com",
    "foxmail.com",
    "sina.com",
    "yahoo.com.hk",
    "hotmail.com",
    "icloud.com",
]


def _email(rnd: Rnd, p: Person) -> str:
    sur = p.sur.py
    given = "".join(g.py for g in p.given)
    local = rnd.choice(
        [
            f"{given}.{sur}",
            f"{sur}{given}{rnd.randint(1, 99)}",
            f"{sur}_{given[:1]}{p.birth.year}",
            f"{given}{p.birth.month:02d}{p.birth.day:02d}",
            _num(rnd, rnd.randint(6, 10)),
        ]
    )
    return f"{local}@{rnd.choice(_MAIL_DOMAINS)}"


# ---------------------------------------------------------------------------------------------------------------
# Foreign holders


@dataclass(frozen=True)
class Country:
    code: str
    mrz: str
    numeric: str
    cn: str
    nationality: str
    titles: tuple[str, ...]
    labels: dict[str, str]
    surnames: tuple[str, ...]
    male: tuple[str, ...]
    female: tuple[str, ...]
    places: tuple[str, ...]
    dob_style: str
    code_printed_safe: bool


def _country(
    code: str,
    mrz: str,
    numeric: str,
    cn: str,
    nationality: str,
    titles: str,
    labels: str,
    surnames: str,
    male: str,
    female: str,
    places: str,
    dob_style: str,
    safe: bool,
) -> Country:
    lab = dict(item.split("=", 1) for item in labels.split("|"))
    return Country(
        code,
        mrz,
        numeric,
        cn,
        nationality,
        tuple(titles.split("|")),
        lab,
        tuple(surnames.split("|")),
        tuple(male.split()),
        tuple(female.split()),
        tuple(places.split("|")),
        dob_style,
        safe,
    )


_COUNTRIES = [
    _country(
        "GBR",
        "GBR",
        "826",
        "英国",
        "BRITISH CITIZEN",
        "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND|PASSPORT|PASSEPORT",
        "type=Type/Type|code=Code/Code|no=Passport No./Passeport No.|sur=Surname/Nom (1)|given=Given names/Prénoms (2)"
        "|nat=Nationality/Nationalité (3)|dob=Date of birth/Date de naissance (4)|sex=Sex/Sexe (5)"
        "|pob=Place of birth/Lieu de naissance (6)|doi=Date of issue/Date de délivrance (7)"
        "|auth=Authority/Autorité (8)|doe=Date of expiry/Date d'expiration (9)",
        "SMITH 史密斯|JONES 琼斯|TAYLOR 泰勒|BROWN 布朗|WILLIAMS 威廉姆斯|WILSON 威尔逊|EVANS 埃文斯|THOMPSON 汤普森"
        "|ROBERTS 罗伯茨|WALKER 沃克|HUGHES 休斯|O'CONNOR 奥康纳|CLARKE 克拉克|FOSTER-GRANT 福斯特",
        "OLIVER GEORGE HARRY JACK CHARLIE THOMAS JAMES WILLIAM HENRY EDWARD",
        "AMELIA OLIVIA ISLA EMILY SOPHIE GRACE LUCY CHARLOTTE ELEANOR HANNAH",
        "LONDON|MANCHESTER|BIRMINGHAM|LEEDS|GLASGOW|EDINBURGH|BRISTOL|CARDIFF|LIVERPOOL",
        "mon_fr",
        True,
    ),
    _country(
        "USA",
        "USA",
        "840",
        "美国",
        "UNITED STATES OF AMERICA",
        "PASSPORT|UNITED STATES OF AMERICA",
        "type=Type / Type / Tipo|code=Code / Code / Código|no=Passport No. / No. du Passeport / No. de Pasaporte"
        "|sur=Surname / Nom / Apellidos|given=Given Names / Prénoms / Nombres"
        "|nat=Nationality / Nationalité / Nacionalidad|dob=Date of birth / Date de naissance / Fecha de nacimiento"
        "|sex=Sex / Sexe / Sexo|pob=Place of birth / Lieu de naissance / Lugar de nacimiento"
        "|doi=Date of issue / Date de délivrance / Fecha de expedición|auth=Authority / Autorité / Autoridad"
        "|doe=Date of expiration / Date d'expiration / Fecha de caducidad",
        "JOHNSON 约翰逊|MILLER 米勒|DAVIS 戴维斯|GARCIA 加西亚|RODRIGUEZ 罗德里格斯|ANDERSON 安德森|MARTINEZ 马丁内斯"
        "|JACKSON 杰克逊|WHITE 怀特|HARRIS 哈里斯|NGUYEN 阮|PATEL 帕特尔|KIM 金|LOPEZ 洛佩斯",
        "MICHAEL DAVID DANIEL MATTHEW ANDREW JOSHUA RYAN BRANDON KEVIN ETHAN",
        "JENNIFER JESSICA ASHLEY SARAH EMILY MEGAN LAUREN RACHEL NICOLE MADISON",
        "CALIFORNIA, U.S.A.|NEW YORK, U.S.A.|TEXAS, U.S.A.|ILLINOIS, U.S.A.|WASHINGTON, U.S.A.|OHIO, U.S.A."
        "|GEORGIA, U.S.A.",
        "mon_t",
        True,
    ),
    _country(
        "DEU",
        "D",
        "276",
        "德国",
        "DEUTSCH",
        "REISEPASS|PASSPORT|PASSEPORT|BUNDESREPUBLIK DEUTSCHLAND|FEDERAL REPUBLIC OF GERMANY",
        "type=Typ/Type/Type|code=Kode/Code/Code|no=Pass-Nr./Passport No./No du passeport|sur=Name/Surname/Nom"
        "|given=Vornamen/Given names/Prénoms|nat=Staatsangehörigkeit/Nationality/Nationalité"
        "|dob=Geburtstag/Date of birth/Date de naissance|sex=Geschlecht/Sex/Sexe"
        "|pob=Geburtsort/Place of birth/Lieu de naissance|doi=Ausstellungsdatum/Date of issue/Date de délivrance"
        "|auth=Behörde/Authority/Autorité|doe=Gültig bis/Date of expiry/Date d'expiration",
        "MÜLLER 穆勒|SCHMIDT 施密特|SCHNEIDER 施耐德|FISCHER 菲舍尔|WEBER 韦伯|MEYER 迈尔|WAGNER 瓦格纳|BECKER 贝克尔"
        "|SCHULZ 舒尔茨|HOFFMANN 霍夫曼|KRÜGER 克吕格尔|SCHÄFER 舍费尔",
        "LUKAS JONAS FELIX MAXIMILIAN PAUL LEON FINN JÜRGEN TOBIAS",
        "SOPHIE MARIE HANNAH LENA JOHANNA CHARLOTTE GRETA ANNIKA JULIA",
        "BERLIN|MÜNCHEN|HAMBURG|KÖLN|FRANKFURT AM MAIN|STUTTGART|LEIPZIG|DRESDEN",
        "dmy_dot",
        True,
    ),
    _country(
        "FRA",
        "FRA",
        "250",
        "法国",
        "FRANÇAISE",
        "RÉPUBLIQUE FRANÇAISE|PASSEPORT|PASSPORT",
        "type=Type/Type|code=Code du pays/Country code|no=Passeport n°/Passport No|sur=Nom/Surname"
        "|given=Prénoms/Given names|nat=Nationalité/Nationality|dob=Date de naissance/Date of birth|sex=Sexe/Sex"
        "|pob=Lieu de naissance/Place of birth|doi=Date de délivrance/Date of issue|auth=Autorité/Authority"
        "|doe=Date d'expiration/Date of expiry",
        "MARTIN 马丁|BERNARD 贝尔纳|DUBOIS 杜布瓦|MOREAU 莫罗|LAURENT 洛朗|LEFÈVRE 勒费弗尔|ROUSSEAU 卢梭|FONTAINE 方丹"
        "|GIRARD 吉拉尔|MERCIER 梅西耶",
        "LOUIS GABRIEL HUGO ARTHUR JULES THÉO RAPHAËL",
        "LÉA CHLOÉ MANON CAMILLE INÈS JULIETTE ZOÉ",
        "PARIS|LYON|MARSEILLE|TOULOUSE|NANTES|BORDEAUX|LILLE",
        "dmy_sp",
        False,
    ),
    _country(
        "CAN",
        "CAN",
        "124",
        "加拿大",
        "CANADIAN/CANADIENNE",
        "CANADA|PASSPORT|PASSEPORT",
        "type=Type/Type|code=Issuing Country/Pays émetteur|no=Passport No./N° de passeport|sur=Surname/Nom"
        "|given=Given names/Prénoms|nat=Nationality/Nationalité|dob=Date of birth/Date de naissance|sex=Sex/Sexe"
        "|pob=Place of birth/Lieu de naissance|doi=Date of issue/Date de délivrance|auth=Issuing Authority/Autorité"
        "|doe=Date of expiry/Date d'expiration",
        "TREMBLAY 特朗布莱|GAGNON 加尼翁|MACDONALD 麦克唐纳|CAMPBELL 坎贝尔|BOUCHARD 布沙尔|GAUTHIER 戈蒂埃|MORIN 莫兰",
        "LIAM NOAH WILLIAM BENJAMIN LUCAS NATHAN",
        "EMMA OLIVIA CHARLOTTE AVA ALICE FLORENCE",
        "TORONTO ON CAN|VANCOUVER BC CAN|MONTRÉAL QC CAN|OTTAWA ON CAN|CALGARY AB CAN",
        "mon_fr4",
        False,
    ),
    _country(
        "AUS",
        "AUS",
        "036",
        "澳大利亚",
        "AUSTRALIAN",
        "AUSTRALIA|PASSPORT",
        "type=Type|code=Country code|no=Passport No.|sur=Surname|given=Given names|nat=Nationality"
        "|dob=Date of birth|sex=Sex|pob=Place of birth|doi=Date of issue|auth=Authority|doe=Date of expiry",
        "MURPHY 墨菲|KELLY 凯利|MITCHELL 米切尔|RYAN 瑞安|STEWART 斯图尔特|MCLEAN 麦克莱恩|FERGUSON 弗格森",
        "JACK OLIVER NOAH WILLIAM LEO LACHLAN",
        "CHARLOTTE AMELIA ISLA MIA AVA MATILDA",
        "SYDNEY|MELBOURNE|BRISBANE|PERTH|ADELAIDE|HOBART",
        "mon",
        False,
    ),
]


@dataclass
class Foreigner:
    country: Country
    surname: str
    surname_cn: str
    given: str
    male: bool
    birth: date
    place: str

    def full(self, style: str) -> str:
        if style == "west":
            return f"{self.given.title()} {self.surname.title()}"
        if style == "comma":
            return f"{self.surname}, {self.given}"
        return f"{self.surname} {self.given}"

    def sex_en(self) -> str:
        return "M" if self.male else "F"


def _foreigner(rnd: Rnd, country: Country | None = None) -> Foreigner:
    c = country or rnd.choice(_COUNTRIES)
    male = _p(rnd, 0.5)
    sur, sur_cn = rnd.choice(c.surnames).split(" ")
    names = c.male if male else c.female
    given = rnd.choice(names)
    if _p(rnd, 0.45):
        second = rnd.choice(names)
        if second != given:
            given = f"{given} {second}"
    return Foreigner(c, sur, sur_cn, given, male, _rand_date(rnd, 1950, 2004), rnd.choice(c.places))


def _passport_number(rnd: Rnd, code: str) -> str:
    if code == "GBR":
        return _num(rnd, 9)
    if code == "USA":
        return rnd.choice(["A", "5", "6"]) + _num(rnd, 8)
    if code == "DEU":
        return rnd.choice("CFGHJK") + "".join(rnd.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if code == "FRA":
        return _num(rnd, 2) + "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + _num(rnd, 5)
    if code == "CAN":
        return "".join(rnd.choice("ABCGHJKLMNP") for _ in range(2)) + _num(rnd, 6)
    if code == "AUS":
        return rnd.choice(["PA", "PB", "PE", "N", "M"]) + _num(rnd, 7)
    if code == "HKG":
        return rnd.choice("KH") + _num(rnd, 8)
    if code == "MAC":
        return rnd.choice(["MA", "MB"]) + _num(rnd, 7)
    return "E" + (_num(rnd, 8) if _p(rnd, 0.5) else rnd.choice("ABCDEFGHJKLMN") + _num(rnd, 7))


# ---------------------------------------------------------------------------------------------------------------
# Machine readable zone (ICAO 9303, TD3)

_MRZ_TRANSLIT = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "Å": "AA", "Æ": "AE", "Ø": "OE"}


def _mrz_text(name: str) -> str:
    out = []
    for ch in name.upper():
        if ch in _MRZ_TRANSLIT:
            out.append(_MRZ_TRANSLIT[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)[0]
        if "A" <= base <= "Z":
            out.append(base)
        elif ch == "'":
            continue
        else:
            out.append("<")
    return "".join(out)


def mrz_td3(
    issuer: str,
    surname: str,
    given: str,
    number: str,
    nationality: str,
    birth: date,
    sex: str,
    expiry: date,
    *,
    doc_type: str = "P",
    personal: str = "",
) -> tuple[str, str]:
    line1 = (doc_type + "<")[:2] + issuer.ljust(3, "<") + _mrz_text(surname) + "<<" + _mrz_text(given)
    line1 = line1[:44].ljust(44, "<")
    num = number.ljust(9, "<")[:9]
    dob = _fd(birth, "compact")[2:]
    exp = _fd(expiry, "compact")[2:]
    pn = personal.ljust(14, "<")[:14]
    pn_check = mrz_check(pn) if personal else "<"
    parts = [num + mrz_check(num), dob + mrz_check(dob), exp + mrz_check(exp), pn + pn_check]
    composite = mrz_check(parts[0] + parts[1] + parts[2] + parts[3])
    line2 = parts[0] + nationality.ljust(3, "<") + parts[1] + sex + parts[2] + parts[3] + composite
    return line1, line2


# ---------------------------------------------------------------------------------------------------------------
# OCR noise

_LABEL_SWAPS = {
    "码": "玛",
    "号": "亏",
    "期": "朋",
    "日": "曰",
    "址": "扯",
    "别": "別",
    "民": "氏",
    "籍": "藉",
    "证": "正",
    "名": "各",
    "O": "0",
    "o": "0",
    "l": "1",
    "I": "1",
    "S": "5",
    "B": "8",
    "m": "rn",
}


def _noisy_label(rnd: Rnd, text: str) -> str:
    r = rnd.random()
    cjk = [i for i in range(1, len(text)) if _is_cjk(text[i - 1]) and _is_cjk(text[i])]
    if r < 0.4 and cjk:
        i = rnd.choice(cjk)
        return text[:i] + " " + text[i:]
    swaps = [i for i, c in enumerate(text) if c in _LABEL_SWAPS]
    if r < 0.85 and swaps:
        i = rnd.choice(swaps)
        return text[:i] + _LABEL_SWAPS[text[i]] + text[i + 1 :]
    if any(c.isascii() and c.isalpha() for c in text):
        return text.lower() if _p(rnd, 0.5) else text.upper()
    return text


def _noisy_id(rnd: Rnd, value: str, rate: float = 0.4) -> str:
    """OCR noise in an identifier: full-width digits, O for 0, l for 1, lower-case x, stray spaces."""
    if not _p(rnd, rate):
        return value
    kind = rnd.randrange(6)
    if kind == 0:
        return value.translate(_FW)
    if kind == 1 and "0" in value[1:]:
        i = value.index("0", 1)
        return value[:i] + "O" + value[i + 1 :]
    if kind == 2 and "1" in value[1:]:
        i = value.index("1", 1)
        return value[:i] + "l" + value[i + 1 :]
    if kind == 3 and value.endswith("X"):
        return value[:-1] + "x"
    if kind == 4 and len(value) >= 10:
        i = rnd.randint(3, len(value) - 3)
        return value[:i] + " " + value[i:]
    if kind == 5 and len(value) == 18:
        return f"{value[:6]} {value[6:14]} {value[14:]}"
    return value


def _spaced_name(rnd: Rnd, name: str, rate: float = 0.1) -> str:
    if len(name) >= 2 and all(_is_cjk(c) for c in name) and _p(rnd, rate):
        i = rnd.randint(1, len(name) - 1)
        return name[:i] + " " + name[i:]
    return name


def _split(rnd: Rnd, value: str, parts: int, min_len: int = 3) -> list[str]:
    """Split a value over `parts` lines at character positions, each part at least `min_len` long."""
    parts = max(1, min(parts, len(value) // min_len))
    if parts == 1:
        return [value]
    cuts: list[int] = []
    for _ in range(50):
        cuts = sorted(rnd.sample(range(min_len, len(value) - min_len + 1), parts - 1))
        if all(b - a >= min_len for a, b in pairwise(cuts)):
            break
    else:
        return [value]
    bounds = [0, *cuts, len(value)]
    return [value[a:b] for a, b in pairwise(bounds)]


_WATERMARK_BIZ = ["开户", "入职登记", "贷款审批", "酒店入住", "宽带安装", "实名认证", "社保办理", "租房备案"]
_WATERMARK_ORG = ["招商银行", "平安银行", "本公司", "人事部", "物业中心", "XX科技有限公司"]


def _extra_line(rnd: Rnd) -> str:
    k = rnd.randrange(9)
    if k == 0:
        return f"仅限办理{rnd.choice(_WATERMARK_BIZ)}业务使用"
    if k == 1:
        return f"仅供{rnd.choice(_WATERMARK_ORG)}{rnd.choice(_WATERMARK_BIZ)}使用，他用无效"
    if k == 2:
        return rnd.choice(["COPY", "复印件", "复印无效", "再次复印无效", "与原件核对一致"])
    if k == 3:
        return f"第 {rnd.randint(1, 3)} 页"
    if k == 4:
        return f"Page {rnd.randint(1, 2)} of {rnd.randint(2, 4)}"
    if k == 5:
        return f"- {rnd.randint(1, 9)} -"
    if k == 6:
        return rnd.choice(["FOR VERIFICATION ONLY", "扫描全能王 创建", "CamScanner", "本复印件仅用于身份核验"])
    if k == 7:
        return rnd.choice(["|", "。", "--", "■"])
    return rnd.choice(["正面", "反面", "人像面", "国徽面", "FRONT", "BACK"])


# ---------------------------------------------------------------------------------------------------------------
# A page: labels and values in blocks of lines, assembled in varied orders

Label = str | tuple[str, ...]


class Sheet:
    def __init__(self, rnd: Rnd, rec: Recorder, *, label_noise: float = 0.12, extras: float = 0.35) -> None:
        self.rnd = rnd
        self.rec = rec
        self.noise = label_noise
        self.head: list[list[str]] = []
        self.body: list[list[str]] = []
        self.tail: list[list[str]] = []
        self.extra: list[str] = []
        while _p(rnd, extras) and len(self.extra) < 3:
            self.extra.append(_extra_line(rnd))

    def pii(self, entity: str, value: str, *, digits: bool = False) -> str:
        if value and (len(value) >= 2 or entity == "GENDER"):
            self.rec.pii(entity, value, digits=digits)
        return value

    def lab(self, text: str) -> str:
        out = _noisy_label(self.rnd, text) if _p(self.rnd, self.noise) else text
        if len(out.strip()) >= 2:
            self.rec.op("title_or_label", out)
        return out

    def _put(self, where: str, block: list[str]) -> None:
        {"head": self.head, "body": self.body, "tail": self.tail}[where].append(block)

    def title(self, *texts: str, where: str = "head") -> None:
        for t in texts:
            self._put(where, [self.lab(t)])

    def raw(self, *lines: str, where: str = "body") -> None:
        self._put(where, [ln for ln in lines if ln])

    def _label_text(self, form: Label) -> list[str]:
        return [self.lab(form)] if isinstance(form, str) else [self.lab(x) for x in form]

    def field(
        self,
        labels: Sequence[Label],
        values: Sequence[str],
        *,
        where: str = "body",
        weights: tuple[int, int, int, int] = (50, 30, 10, 10),
    ) -> None:
        rnd = self.rnd
        vals = [v for v in values if v]
        if not vals:
            return
        mode = "none"
        if labels:
            mode = rnd.choices(["inline", "below", "none", "after"], weights=weights)[0]
        if mode == "none":
            self._put(where, vals)
            return
        labs = self._label_text(rnd.choice(list(labels)))
        if mode == "inline":
            sep = rnd.choice(["", " ", " ", "  ", ":", "：", " "])
            if sep == "" and _glued(labs[-1], vals[0], rnd):
                sep = rnd.choice([" ", ": ", "  "])
            self._put(where, [" ".join(labs) + sep + vals[0], *vals[1:]])
        elif mode == "below":
            self._put(where, [*labs, *vals])
        else:
            self._put(where, [*vals, *labs])

    def row(self, pairs: Sequence[tuple[Sequence[Label], str]], *, where: str = "body", split: float = 0.3) -> None:
        """Several label/value pairs on one line, or in a label row over a value row, or one field per line."""
        rnd = self.rnd
        pairs = [(labels, v) for labels, v in pairs if v]
        r = rnd.random()
        if r < split or len(pairs) < 2:
            for labels, v in pairs:
                self.field(labels, [v], where=where)
            return
        gap = rnd.choice(["  ", " ", "   ", "    "])
        if r < split + (1 - split) * 0.3:
            heads = [" ".join(self._label_text(rnd.choice(list(labels)))) for labels, _ in pairs if labels]
            self._put(where, [gap.join(heads), gap.join(v for _, v in pairs)])
            return
        chunks = []
        for labels, v in pairs:
            if labels and _p(rnd, 0.9):
                lab = " ".join(self._label_text(rnd.choice(list(labels))))
                sep = rnd.choice(["", " ", " "])
                if sep == "" and _glued(lab, v, rnd):
                    sep = rnd.choice([" ", ": "])
                chunks.append(lab + sep + v)
            else:
                chunks.append(v)
        self._put(where, [gap.join(chunks)])

    def lines(self, *, shuffle: float = 0.3, head_last: float = 0.05) -> list[str]:
        rnd = self.rnd
        body = list(self.body)
        r = rnd.random()
        if r < shuffle * 0.4:
            rnd.shuffle(body)
        elif r < shuffle and len(body) >= 2:
            i, j = rnd.sample(range(len(body)), 2)
            body[i], body[j] = body[j], body[i]
        blocks = [*body, *self.head] if _p(rnd, head_last) else [*self.head, *body]
        out = [ln for blk in [*blocks, *self.tail] for ln in blk]
        for e in self.extra:
            out.insert(rnd.randint(0, len(out)), e)
        return out


def _glued(label: str, value: str, rnd: Rnd) -> bool:
    """Whether a label and its value may not touch: never two Latin letters, rarely a Latin letter and a digit."""
    a, b = label[-1:], value[:1]
    if not (a.isascii() and b.isascii() and a.isalnum() and b.isalnum()):
        return False
    return (a.isalpha() and b.isalpha()) or _p(rnd, 0.8)


def _bi(cn: str, en: str) -> list[Label]:
    """Label forms of a bilingual label: on one line with a slash or a space, on two lines, or one language."""
    return [f"{cn}/{en}", f"{cn} {en}", (cn, en), cn, f"{cn}/ {en}"]


# ---------------------------------------------------------------------------------------------------------------
# Settling a record: one plant per value, and no recorded value that holds a planted one (or the reverse)


def _settle(rec: Recorder) -> None:
    seen: set[tuple[str, str]] = set()
    planted = []
    for p in rec.planted:
        if (p.entity, p.value) in seen:
            continue
        seen.add((p.entity, p.value))
        planted.append(p)
    rec.planted[:] = planted
    kept = []
    fragments: set[str] = set()
    for o in rec.operational:
        if o.fragment in fragments:
            continue
        if any(p.value in o.fragment or o.fragment in p.value for p in planted):
            continue
        fragments.add(o.fragment)
        kept.append(o)
    rec.operational[:] = kept


# ---------------------------------------------------------------------------------------------------------------
# Vendor shapes for general OCR: a list of text lines becomes one vendor's response


def _geom(rnd: Rnd, lines: Sequence[str]) -> tuple[int, int, list[tuple[str, int, int, int, int]]]:
    width = rnd.choice([860, 1024, 1280, 1654, 2048])
    y = rnd.randint(16, 80)
    boxes = []
    for text in lines:
        cw = sum(26 if _is_cjk(c) else 14 for c in text) or 14
        x = rnd.randint(18, 140)
        h = rnd.randint(24, 44)
        w = max(12, min(cw + rnd.randint(-8, 12), width - x - 4))
        boxes.append((text, x, y, w, h))
        y += h + rnd.randint(4, 26)
    return width, y + rnd.randint(24, 120), boxes


_TC_REGIONS = ["ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-chengdu", "ap-hongkong", "ap-singapore"]
_ALI_REGIONS = ["cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-shenzhen", "ap-southeast-1"]
_AWS_REGIONS = ["ap-east-1", "us-east-1", "eu-west-1", "ap-southeast-1", "us-west-2"]
_AZ_REGIONS = ["eastasia", "southeastasia", "westeurope", "eastus", "japaneast"]


def _wrap(rnd: Rnd, rec: Recorder, action: str, regions: Sequence[str], payload: Any, prob: float = 0.3) -> Any:
    """Sometimes the response is logged inside an application envelope with monitoring fields."""
    if not _p(rnd, prob):
        return payload
    style = rnd.randrange(3)
    latency = rnd.randint(80, 2400)
    if style == 0:
        return {
            "ts": rec.op("timestamp", _ts(rnd, style="iso")),
            "level": "INFO",
            "event": "ocr.response",
            "action": rec.op("action", action),
            "region": rec.op("region", rnd.choice(regions)),
            "latency_ms": rec.op_num("latency", "latency_ms", latency),
            "response": payload,
        }
    if style == 1:
        return {
            "time": rec.op("timestamp", _ts(rnd, style="space_ms")),
            "logger": "kyc.ocr.client",
            "api": rec.op("action", action),
            "cost_ms": rec.op_num("latency", "cost_ms", latency),
            "attempt": 1,
            "result": payload,
        }
    return {
        "@timestamp": rec.op("timestamp", _ts(rnd, style="iso_z")),
        "service": {
            "name": "doc-ingest",
            "version": rec.op("sdk_version", f"{rnd.randint(1, 4)}.{rnd.randint(0, 30)}.{rnd.randint(0, 9)}"),
        },
        "ocr": {"vendor_action": rec.op("action", action), "elapsed": rec.op_num("latency", "elapsed", latency / 1000)},
        "body": payload,
    }


def _r_tencent(rnd: Rnd, rec: Recorder, lines: Sequence[str], accurate: bool) -> Any:
    _, _, boxes = _geom(rnd, lines)
    dets = []
    for i, (text, x, y, w, h) in enumerate(boxes):
        dets.append(
            {
                "DetectedText": text,
                "Confidence": rnd.randint(84, 100),
                "Polygon": [{"X": x, "Y": y}, {"X": x + w, "Y": y}, {"X": x + w, "Y": y + h}, {"X": x, "Y": y + h}],
                "AdvancedInfo": json.dumps({"Parag": {"ParagNo": i + 1}}, separators=(",", ":")),
                "ItemPolygon": {"X": x, "Y": y, "Width": w, "Height": h},
                "Words": [],
                "WordCoordPoint": [],
            }
        )
    resp: dict[str, Any] = {"Angle": round(rnd.choice([0.0, 359.98999, 0.37, 89.9]), 5), "TextDetections": dets}
    if not accurate:
        resp["Language"] = "zh"
        resp["PdfPageSize"] = 0
    resp["RequestId"] = rec.op("request_id", _uuid(rnd))
    action = "GeneralAccurateOCR" if accurate else "GeneralBasicOCR"
    return _wrap(rnd, rec, action, _TC_REGIONS, {"Response": resp})


def _r_paddle_classic(rnd: Rnd, rec: Recorder, lines: Sequence[str]) -> Any:
    _, _, boxes = _geom(rnd, lines)
    items = [
        [
            [[float(x), float(y)], [float(x + w), float(y)], [float(x + w), float(y + h)], [float(x), float(y + h)]],
            [text, round(rnd.uniform(0.72, 0.9999), 8)],
        ]
        for text, x, y, w, h in boxes
    ]
    return [items] if _p(rnd, 0.6) else items


def _r_paddlex(rnd: Rnd, rec: Recorder, lines: Sequence[str]) -> Any:
    _, _, boxes = _geom(rnd, lines)
    polys = [[[x, y], [x + w, y], [x + w, y + h], [x, y + h]] for _, x, y, w, h in boxes]
    res = {
        "input_path": f"/data/inbox/{_hex(rnd, 16)}.jpg",
        "page_index": None,
        "model_settings": {"use_doc_preprocessor": False, "use_textline_orientation": _p(rnd, 0.5)},
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
        "textline_orientation_angles": [-1] * len(boxes),
        "text_rec_score_thresh": 0.0,
        "return_word_box": False,
        "rec_texts": [b[0] for b in boxes],
        "rec_scores": [round(rnd.uniform(0.75, 0.99995), 6) for _ in boxes],
        "rec_polys": polys,
        "rec_boxes": [[x, y, x + w, y + h] for _, x, y, w, h in boxes],
    }
    return {"res": res} if _p(rnd, 0.6) else res


def _bbox(x: int, y: int, w: int, h: int, width: int, height: int) -> dict[str, Any]:
    left, top, bw, bh = x / width, y / height, w / width, h / height
    return {
        "BoundingBox": {"Width": round(bw, 6), "Height": round(bh, 6), "Left": round(left, 6), "Top": round(top, 6)},
        "Polygon": [
            {"X": round(left, 6), "Y": round(top, 6)},
            {"X": round(left + bw, 6), "Y": round(top, 6)},
            {"X": round(left + bw, 6), "Y": round(top + bh, 6)},
            {"X": round(left, 6), "Y": round(top + bh, 6)},
        ],
    }


def _r_textract(rnd: Rnd, rec: Recorder, lines: Sequence[str]) -> Any:
    width, height, boxes = _geom(rnd, lines)
    page_id = _uuid(rnd)
    blocks: list[dict[str, Any]] = []
    line_ids = []
    for text, x, y, w, h in boxes:
        line_id = _uuid(rnd)
        line_ids.append(line_id)
        words = text.split()
        word_blocks = []
        cx = x
        for word in words:
            ww = max(6, int(w * len(word) / max(1, len(text))))
            word_blocks.append(
                {
                    "BlockType": "WORD",
                    "Confidence": round(rnd.uniform(70, 99.99), 6),
                    "Text": word,
                    "TextType": "PRINTED",
                    "Geometry": _bbox(cx, y, ww, h, width, height),
                    "Id": _uuid(rnd),
                }
            )
            cx += ww + 8
        blocks.append(
            {
                "BlockType": "LINE",
                "Confidence": round(rnd.uniform(75, 99.9), 6),
                "Text": text,
                "Geometry": _bbox(x, y, w, h, width, height),
                "Id": line_id,
                "Relationships": [{"Type": "CHILD", "Ids": [b["Id"] for b in word_blocks]}],
            }
        )
        blocks.extend(word_blocks)
    page = {
        "BlockType": "PAGE",
        "Geometry": _bbox(0, 0, width, height, width, height),
        "Id": page_id,
        "Relationships": [{"Type": "CHILD", "Ids": line_ids}],
    }
    out: dict[str, Any] = {
        "DocumentMetadata": {"Pages": 1},
        "Blocks": [page, *blocks],
        "DetectDocumentTextModelVersion": "1.0",
    }
    if _p(rnd, 0.5):
        rid = rec.op("request_id", _uuid(rnd))
        out["ResponseMetadata"] = {
            "RequestId": rid,
            "HTTPStatusCode": 200,
            "RetryAttempts": 0,
            "HTTPHeaders": {"x-amzn-requestid": rid, "content-type": "application/x-amz-json-1.1"},
        }
    return _wrap(rnd, rec, "DetectDocumentText", _AWS_REGIONS, out, 0.2)


def _tokens(text: str) -> list[str]:
    """Azure splits CJK text into one word per character and other text at spaces."""
    out: list[str] = []
    cur = ""
    for ch in text:
        if _is_cjk(ch):
            if cur:
                out.append(cur)
                cur = ""
            out.append(ch)
        elif ch.isspace():
            if cur:
                out.append(cur)
                cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def _r_azure_di(rnd: Rnd, rec: Recorder, lines: Sequence[str]) -> Any:
    width, height, boxes = _geom(rnd, lines)
    content = "\n".join(lines)
    words, out_lines = [], []
    offset = 0
    for text, x, y, w, h in boxes:
        poly = [x, y, x + w, y, x + w, y + h, x, y + h]
        out_lines.append({"content": text, "polygon": poly, "spans": [{"offset": offset, "length": len(text)}]})
        pos = 0
        for tok in _tokens(text):
            at = text.index(tok, pos)
            pos = at + len(tok)
            words.append(
                {
                    "content": tok,
                    "polygon": poly,
                    "confidence": round(rnd.uniform(0.6, 0.998), 3),
                    "span": {"offset": offset + at, "length": len(tok)},
                }
            )
        offset += len(text) + 1
    moment = _moment(rnd)
    created = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    result = {
        "status": "succeeded",
        "createdDateTime": rec.op("timestamp", created),
        "lastUpdatedDateTime": (moment + timedelta(seconds=rnd.randint(1, 4))).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "analyzeResult": {
            "apiVersion": "2024-11-30",
            "modelId": "prebuilt-read",
            "stringIndexType": "textElements",
            "content": content,
            "pages": [
                {
                    "pageNumber": 1,
                    "angle": 0,
                    "width": width,
                    "height": height,
                    "unit": "pixel",
                    "words": words,
                    "lines": out_lines,
                    "spans": [{"offset": 0, "length": len(content)}],
                }
            ],
            "styles": [],
            "contentFormat": "text",
        },
    }
    return _wrap(rnd, rec, "prebuilt-read", _AZ_REGIONS, result, 0.2)


def _r_azure_read(rnd: Rnd, rec: Recorder, lines: Sequence[str]) -> Any:
    width, height, boxes = _geom(rnd, lines)
    out_lines = []
    for text, x, y, w, h in boxes:
        bb = [x, y, x + w, y, x + w, y + h, x, y + h]
        out_lines.append(
            {
                "boundingBox": bb,
                "text": text,
                "appearance": {"style": {"name": "other", "confidence": round(rnd.uniform(0.6, 1.0), 3)}},
                "words": [
                    {"boundingBox": bb, "text": t, "confidence": round(rnd.uniform(0.5, 0.999), 3)}
                    for t in _tokens(text)
                ],
            }
        )
    moment = _moment(rnd)
    return {
        "status": "succeeded",
        "createdDateTime": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "lastUpdatedDateTime": (moment + timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "analyzeResult": {
            "version": "3.2.0",
            "modelVersion": "2022-04-30",
            "readResults": [
                {"page": 1, "angle": 0, "width": width, "height": height, "unit": "pixel", "lines": out_lines}
            ],
        },
    }


def _r_google(rnd: Rnd, rec: Recorder, lines: Sequence[str]) -> Any:
    width, height, boxes = _geom(rnd, lines)
    text = "\n".join(lines) + "\n"
    out_lines = []
    offset = 0
    for line, x, y, w, h in boxes:
        seg: dict[str, str] = {"endIndex": str(offset + len(line) + 1)}
        if offset:
            seg = {"startIndex": str(offset), **seg}
        out_lines.append(
            {
                "layout": {
                    "textAnchor": {"textSegments": [seg]},
                    "confidence": round(rnd.uniform(0.7, 0.99), 4),
                    "boundingPoly": {
                        "vertices": [
                            {"x": x, "y": y},
                            {"x": x + w, "y": y},
                            {"x": x + w, "y": y + h},
                            {"x": x, "y": y + h},
                        ],
                        "normalizedVertices": [
                            {"x": round(x / width, 5), "y": round(y / height, 5)},
                            {"x": round((x + w) / width, 5), "y": round(y / height, 5)},
                            {"x": round((x + w) / width, 5), "y": round((y + h) / height, 5)},
                            {"x": round(x / width, 5), "y": round((y + h) / height, 5)},
                        ],
                    },
                    "orientation": "PAGE_UP",
                },
                "detectedLanguages": [
                    {
                        "languageCode": "zh" if any(_is_cjk(c) for c in line) else "en",
                        "confidence": round(rnd.uniform(0.8, 1.0), 3),
                    }
                ],
            }
        )
        offset += len(line) + 1
    doc = {
        "mimeType": "image/jpeg",
        "text": text,
        "pages": [
            {
                "pageNumber": 1,
                "dimension": {"width": width, "height": height, "unit": "pixels"},
                "layout": {
                    "textAnchor": {"textSegments": [{"endIndex": str(len(text))}]},
                    "confidence": 1,
                    "orientation": "PAGE_UP",
                },
                "lines": out_lines,
            }
        ],
    }
    out: dict[str, Any] = {"document": doc}
    if _p(rnd, 0.4):
        out["humanReviewStatus"] = {"state": "SKIPPED"}
    return out


def _r_baidu(rnd: Rnd, rec: Recorder, lines: Sequence[str], accurate: bool) -> Any:
    _, _, boxes = _geom(rnd, lines)
    words = []
    for text, x, y, w, h in boxes:
        item: dict[str, Any] = {"words": text, "location": {"top": y, "left": x, "width": w, "height": h}}
        if accurate:
            avg = rnd.uniform(0.8, 0.999)
            item["probability"] = {
                "average": round(avg, 6),
                "min": round(avg - rnd.uniform(0, 0.2), 6),
                "variance": round(rnd.uniform(0, 0.02), 6),
            }
        words.append(item)
    out: dict[str, Any] = {
        "words_result": words,
        "words_result_num": rec.op_num("count", "words_result_num", len(words)),
    }
    if accurate:
        out["direction"] = 0
    out["log_id"] = rec.op_num("request_id", "log_id", int("1" + _num(rnd, 18)))
    return _wrap(rnd, rec, "accurate" if accurate else "general_basic", ["bj", "gz", "su"], out, 0.25)


def _r_aliyun(rnd: Rnd, rec: Recorder, lines: Sequence[str]) -> Any:
    width, height, boxes = _geom(rnd, lines)
    infos = []
    for text, x, y, w, h in boxes:
        infos.append(
            {
                "word": text,
                "direction": 0,
                "angle": -90 if _p(rnd, 0.5) else 0,
                "x": x,
                "y": y,
                "width": w,
                "height": h,
                "pos": [{"x": x, "y": y}, {"x": x + w, "y": y}, {"x": x + w, "y": y + h}, {"x": x, "y": y + h}],
                "prob": rnd.randint(80, 99),
            }
        )
    data = {
        "content": " ".join(lines) + " ",
        "height": height,
        "width": width,
        "orgHeight": height,
        "orgWidth": width,
        "prism_version": "1.0.9",
        "prism_wnum": len(infos),
        "prism_wordsInfo": infos,
    }
    out = {"RequestId": rec.op("request_id", _uuid(rnd, upper=True)), "Data": json.dumps(data, ensure_ascii=False)}
    return _wrap(rnd, rec, rnd.choice(["RecognizeGeneral", "RecognizeAllText"]), _ALI_REGIONS, out, 0.25)


SHAPES = (
    "tencent_basic",
    "tencent_accurate",
    "paddle_classic",
    "paddlex",
    "textract",
    "azure_di",
    "azure_read",
    "google_docai",
    "baidu_general",
    "baidu_accurate",
    "aliyun_general",
    "text",
)
_SHAPE_WEIGHTS = (10, 9, 8, 8, 8, 8, 5, 8, 8, 6, 8, 12)


def _render(shape: str, rnd: Rnd, rec: Recorder, lines: Sequence[str]) -> Any:
    if shape == "text":
        sep = "\n" if _p(rnd, 0.85) else "\r\n"
        return sep.join(lines)
    if shape in ("tencent_basic", "tencent_accurate"):
        return _r_tencent(rnd, rec, lines, shape == "tencent_accurate")
    if shape == "paddle_classic":
        return _r_paddle_classic(rnd, rec, lines)
    if shape == "paddlex":
        return _r_paddlex(rnd, rec, lines)
    if shape == "textract":
        return _r_textract(rnd, rec, lines)
    if shape == "azure_di":
        return _r_azure_di(rnd, rec, lines)
    if shape == "azure_read":
        return _r_azure_read(rnd, rec, lines)
    if shape == "google_docai":
        return _r_google(rnd, rec, lines)
    if shape in ("baidu_general", "baidu_accurate"):
        return _r_baidu(rnd, rec, lines, shape == "baidu_accurate")
    return _r_aliyun(rnd, rec, lines)


# ---------------------------------------------------------------------------------------------------------------
# Identity documents as pages of OCR lines


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def _validity(rnd: Rnd, years: Sequence[int], style: str = "dot", *, allow_long: bool = False, sep: str = "-") -> str:
    start = _rand_date(rnd, 2012, 2024)
    if allow_long and _p(rnd, 0.1):
        return f"{_fd(start, style)}{sep}长期"
    end = _add_years(start, rnd.choice(list(years))) - timedelta(days=rnd.choice([0, 1]))
    return f"{_fd(start, style)}{sep}{_fd(end, style)}"


def _police(area: Area) -> str:
    city = area.province if area.city == "-" else area.city
    return f"{city}公安局{area.district[:-1]}分局"


def _id_front(sh: Sheet, p: Person, number: str, entity: str, *, ethnicity: bool = True) -> None:
    rnd = sh.rnd
    name = sh.pii("PERSON", _spaced_name(rnd, p.zh()))
    sh.field(["姓名", "姓 名", "姓名/Name"], [name], weights=(60, 20, 15, 5))
    pairs: list[tuple[Sequence[Label], str]] = [(["性别", "性 别"], sh.pii("GENDER", p.sex_cn()))]
    if ethnicity:
        pairs.append((["民族", "民 族"], sh.pii("ETHNICITY", p.ethnicity)))
    sh.row(pairs)
    dob = sh.pii("DATE_OF_BIRTH", _fd(p.birth, rnd.choice(["cn_sp", "cn", "cn0", "cn_sp"])))
    sh.field(["出生", "出 生", "出生日期"], [dob], weights=(60, 20, 15, 5))
    parts = _split(rnd, p.address, rnd.choice([1, 2, 2, 3]), 4)
    sh.field(["住址", "住 址"], [sh.pii("ADDRESS", x) for x in parts])
    num = sh.pii(entity, _noisy_id(rnd, number), digits=True)
    sh.field(["公民身份号码", "公民身份 号码", "公民身份号码 "], [num], weights=(45, 35, 15, 5))


def _id_back(sh: Sheet, p: Person, title: str) -> None:
    rnd = sh.rnd
    sh.title("中华人民共和国", title)
    sh.field(["签发机关", "签发机关 "], [_police(p.area)], weights=(70, 20, 10, 0))
    sh.field(["有效期限"], [_validity(rnd, [5, 10, 20], allow_long=True)], weights=(70, 20, 10, 0))


def _doc_cn_resident_id(rnd: Rnd, rec: Recorder) -> list[str]:
    p = _person(rnd)
    front = Sheet(rnd, rec)
    _id_front(front, p, p.resident_id(), "CN_RESIDENT_ID")
    lines = front.lines()
    mode = rnd.random()
    if mode < 0.5:
        return lines
    back = Sheet(rnd, rec, extras=0.1)
    _id_back(back, p, rnd.choice(["居民身份证", "居 民 身 份 证"]))
    other = back.lines(shuffle=0.2)
    return [*lines, *other] if mode < 0.8 else [*other, *lines]


def _permit_number(rnd: Rnd, origin: str) -> str:
    if origin == "HK":
        return "H" + _num(rnd, 8)
    if origin == "MO":
        return "M" + _num(rnd, 8)
    return _num(rnd, 8)


def _doc_hmt_residence_permit(rnd: Rnd, rec: Recorder) -> list[str]:
    origin = rnd.choice(["HK", "MO", "TW"])
    p = _person(rnd)
    prefix = {"HK": "810000", "MO": "820000", "TW": "830000"}[origin]
    mode = rnd.random()
    front_lines: list[str] = []
    if mode >= 0.15:
        front = Sheet(rnd, rec)
        _id_front(front, p, p.resident_id(prefix), "RESIDENCE_PERMIT", ethnicity=False)
        front_lines = front.lines()
    back = Sheet(rnd, rec, extras=0.1)
    back.title("中华人民共和国", "港澳台居民居住证")
    back.field(["签发机关"], [_police(p.area)])
    back.field(["有效期限"], [_validity(rnd, [5])])
    back.field(["签发次数"], [f"{rnd.randint(1, 4):02d}"])
    number = back.pii("TRAVEL_PERMIT", _noisy_id(rnd, _permit_number(rnd, origin), 0.2), digits=True)
    back.field(["通行证号码", "通行证号玛"], [number], weights=(60, 30, 5, 5))
    if mode < 0.6:
        return [*front_lines, *back.lines()]
    return [*back.lines(), *front_lines]


def _label_style(rnd: Rnd) -> Callable[[str, str], list[Label]]:
    style = rnd.choice(["slash", "space", "two", "cn", "en", "mixed", "mixed"])

    def forms(cn: str, en: str) -> list[Label]:
        if style == "mixed":
            return _bi(cn, en)
        return [{"slash": f"{cn}/{en}", "space": f"{cn} {en}", "two": (cn, en), "cn": cn, "en": en}[style]]

    return forms


def _other_short(rnd: Rnd, not_this: str) -> Area:
    while True:
        a = rnd.choice(_AREAS)
        if a.short != not_this:
            return a


def _mrz_tail(sh: Sheet, line1: str, line2: str) -> None:
    rnd = sh.rnd
    l1 = sh.pii("MRZ", line1)
    l2 = sh.pii("MRZ", line2)
    if _p(rnd, 0.1):
        sh.raw(l1 + " " + l2, where="tail")
    else:
        sh.raw(l1, l2, where="tail")


def _doc_cn_passport(rnd: Rnd, rec: Recorder) -> list[str]:
    p = _person(rnd, first=1945, last=2016)
    sh = Sheet(rnd, rec)
    L = _label_style(rnd)
    sh.title("中华人民共和国")
    if _p(rnd, 0.7):
        sh.title("PEOPLE'S REPUBLIC OF CHINA")
    if _p(rnd, 0.5):
        sh.title("护照 PASSPORT")
    else:
        sh.title("护照", "PASSPORT")
    number = _passport_number(rnd, "CHN")
    num = sh.pii("PASSPORT", _noisy_id(rnd, number, 0.15), digits=True)
    code = sh.pii("NATIONALITY", "CHN")
    sh.row([(L("类型", "Type"), "P"), (L("国家码", "Country Code"), code), (L("护照号", "Passport No."), num)])
    sur_cn, sur_py = p.zh_sur(), p.sur_rom("py")
    given_cn, given_py = p.zh_given(), p.given_rom("py", "joined")
    layout = rnd.randrange(3)
    if layout == 0:
        sur = [sh.pii("PERSON", f"{sur_cn}/{sur_py}")]
        given = [sh.pii("PERSON", f"{given_cn}/{given_py}")]
    elif layout == 1:
        sur = [sh.pii("PERSON", sur_cn), sh.pii("PERSON", sur_py)]
        given = [sh.pii("PERSON", given_cn), sh.pii("PERSON", given_py)]
    else:
        sur = [sh.pii("PERSON", f"{sur_cn} {sur_py}")]
        given = [sh.pii("PERSON", f"{given_cn} {given_py}")]
    sh.field(L("姓", "Surname"), sur)
    sh.field(L("名", "Given names"), given)
    sex = sh.pii("GENDER", f"{p.sex_cn()}/{p.sex_en()}")
    pob = sh.pii("PLACE_OF_BIRTH", f"{p.area.short}/{p.area.pinyin.replace('<', ' ')}")
    sh.row([(L("性别", "Sex"), sex), (L("出生地点", "Place of birth"), pob)])
    dob = sh.pii("DATE_OF_BIRTH", _fd(p.birth, rnd.choice(["mon_cn", "mon_cn", "mon"])))
    sh.field(L("出生日期", "Date of birth"), [dob])
    issue = _rand_date(rnd, 2015, 2024)
    expiry = _add_years(issue, 10) - timedelta(days=1)
    sh.row(
        [
            (L("签发日期", "Date of issue"), _fd(issue, "mon_cn")),
            (L("有效期至", "Date of expiry"), _fd(expiry, "mon_cn")),
        ]
    )
    other = _other_short(rnd, p.area.short)
    sh.row(
        [
            (L("签发地点", "Place of issue"), f"{other.short}/{other.pinyin.replace('<', ' ')}"),
            (
                L("签发机关", "Authority"),
                rnd.choice(["国家移民管理局", "公安部出入境管理局", "National Immigration Administration, PRC"]),
            ),
        ]
    )
    personal = "".join(rnd.choice("ABCDEFGHIJKLMNOP") for _ in range(14))
    _mrz_tail(
        sh,
        *mrz_td3("CHN", sur_py, given_py, number, "CHN", p.birth, p.sex_en(), expiry, doc_type="PO", personal=personal),
    )
    return sh.lines(shuffle=0.35)


def _doc_sar_passport(rnd: Rnd, rec: Recorder) -> list[str]:
    macau = _p(rnd, 0.4)
    p = _person(rnd, first=1945, last=2016, english=not macau)
    sh = Sheet(rnd, rec)
    system = "mo" if macau else "yue"
    if macau:
        sh.title("中華人民共和國澳門特別行政區")
        if _p(rnd, 0.6):
            sh.title("REGIÃO ADMINISTRATIVA ESPECIAL DE MACAU DA REPÚBLICA POPULAR DA CHINA")
        sh.title("MACAO SPECIAL ADMINISTRATIVE REGION OF THE PEOPLE'S REPUBLIC OF CHINA")
        sh.title(rnd.choice(["護照 PASSAPORTE PASSPORT", "護照/PASSAPORTE/PASSPORT"]))

        def L(cn: str, pt: str, en: str) -> list[Label]:
            return [f"{cn}/{pt}/{en}", f"{cn} / {pt} / {en}", (cn, f"{pt}/{en}"), f"{cn} {en}"]

        number = _passport_number(rnd, "MAC")
        nat = "中國/CHINESA/CHINESE"
        pob = rnd.choice(["澳門/MACAU", "廣東/GUANGDONG", "香港/HONG KONG", "福建/FUJIAN"])
        authority = "澳門特別行政區身份證明局"
    else:
        sh.title("中華人民共和國香港特別行政區")
        sh.title(
            rnd.choice(["HONG KONG SPECIAL ADMINISTRATIVE REGION", "HONG KONG SPECIAL ADMINISTRATIVE REGION OF THE"])
        )
        sh.title("PEOPLE'S REPUBLIC OF CHINA")
        sh.title(rnd.choice(["護照 PASSPORT", "護照/PASSPORT"]))

        def L(cn: str, pt: str, en: str) -> list[Label]:
            return [f"{cn}/{en}", f"{cn} {en}", (cn, en), f"{cn} / {en}"]

        number = _passport_number(rnd, "HKG")
        nat = rnd.choice(["中國/CHINESE", "中國 CHINESE"])
        pob = rnd.choice(["香港/HONG KONG", "香港 HONG KONG", "廣東/GUANGDONG", "澳門/MACAU", "福建/FUJIAN"])
        authority = "IMMIGRATION DEPARTMENT HKSAR 香港特別行政區政府入境事務處"
    num = sh.pii("PASSPORT", _noisy_id(rnd, number, 0.15), digits=True)
    sh.row(
        [
            (L("類型", "Tipo", "Type"), "P"),
            (L("簽發國家", "Estado emissor", "Issuing State"), sh.pii("NATIONALITY", "CHN")),
            (L("護照號碼", "Passaporte n.º", "Passport No."), num),
        ]
    )
    en = sh.pii("PERSON", p.roman(system, rnd.choice(["comma", "caps", "hk", "comma"])))
    cn = sh.pii("PERSON", _spaced_name(rnd, p.zh(trad=True)))
    sh.field(L("姓名", "Nome", "Name"), [en, cn] if _p(rnd, 0.7) else [cn, en])
    sh.field(L("國籍", "Nacionalidade", "Nationality"), [sh.pii("NATIONALITY", nat)])
    dob = sh.pii("DATE_OF_BIRTH", _fd(p.birth, rnd.choice(["mon", "mon", "dmy"])))
    sex = sh.pii("GENDER", rnd.choice([p.sex_en(), f"{p.sex_cn()}/{p.sex_en()}"]))
    sh.row([(L("出生日期", "Data de nascimento", "Date of birth"), dob), (L("性別", "Sexo", "Sex"), sex)])
    sh.field(L("出生地點", "Local de nascimento", "Place of birth"), [sh.pii("PLACE_OF_BIRTH", pob)])
    issue = _rand_date(rnd, 2015, 2024)
    expiry = _add_years(issue, 10)
    sh.row(
        [
            (L("簽發日期", "Data de emissão", "Date of issue"), _fd(issue, "mon")),
            (L("有效期至", "Válido até", "Date of expiry"), _fd(expiry, "mon")),
        ]
    )
    sh.field(L("簽發機關", "Autoridade", "Authority"), [authority])
    _mrz_tail(
        sh,
        *mrz_td3("CHN", p.sur_rom(system), p.given_rom(system, "spaced"), number, "CHN", p.birth, p.sex_en(), expiry),
    )
    return sh.lines()


_PASSPORT_AUTHORITY = {
    "GBR": ["HMPO", "HM PASSPORT OFFICE"],
    "USA": ["United States", "Department of State"],
    "DEU": ["Stadt Köln", "Landeshauptstadt München", "Bezirksamt Mitte von Berlin"],
    "FRA": ["Préfecture de Police", "Préfecture du Rhône"],
    "CAN": ["Passport Canada", "IRCC"],
    "AUS": ["DFAT", "APO"],
}


def _doc_foreign_passport(rnd: Rnd, rec: Recorder) -> list[str]:
    f = _foreigner(rnd)
    c = f.country
    sh = Sheet(rnd, rec)
    lab = c.labels
    titles = list(c.titles)
    if _p(rnd, 0.3):
        rnd.shuffle(titles)
    titles = titles[: rnd.randint(2, len(titles))]
    sh.title(*titles)

    def L(key: str) -> list[Label]:
        full = lab[key]
        first = full.split("/")[0].strip()
        return [full, full, first] if "/" in full else [full]

    number = _passport_number(rnd, c.code)
    num = sh.pii("PASSPORT", _noisy_id(rnd, number, 0.1), digits=True)
    printed = c.mrz if len(c.mrz) < 3 else c.code
    code = sh.pii("NATIONALITY", printed) if c.code_printed_safe else printed
    sh.row([(L("type"), "P"), (L("code"), code), (L("no"), num)], split=0.4)
    sh.field(L("sur"), [sh.pii("PERSON", f.surname)])
    if " " in f.given and _p(rnd, 0.25):
        first, second = f.given.split(" ", 1)
        sh.field(L("given"), [sh.pii("PERSON", first), sh.pii("PERSON", second)])
    else:
        sh.field(L("given"), [sh.pii("PERSON", f.given)])
    nat = c.nationality if any(c.nationality in t for t in titles) else sh.pii("NATIONALITY", c.nationality)
    sh.field(L("nat"), [nat])
    dob = sh.pii("DATE_OF_BIRTH", _fd(f.birth, c.dob_style))
    sh.field(L("dob"), [dob])
    sh.row([(L("sex"), sh.pii("GENDER", f.sex_en())), (L("pob"), sh.pii("PLACE_OF_BIRTH", f.place))])
    issue = _rand_date(rnd, 2015, 2024)
    expiry = _add_years(issue, 10)
    sh.field(L("doi"), [_fd(issue, c.dob_style)])
    sh.field(L("auth"), [rnd.choice(_PASSPORT_AUTHORITY[c.code])])
    sh.field(L("doe"), [_fd(expiry, c.dob_style)])
    _mrz_tail(sh, *mrz_td3(c.mrz, f.surname, f.given, number, c.mrz, f.birth, f.sex_en(), expiry))
    return sh.lines()


def _hkid_number(rnd: Rnd) -> tuple[str, str]:
    prefix = rnd.choice(["XA", "WX", "XB"]) if _p(rnd, 0.06) else rnd.choice("ACDEGHKMPRVWYZ")
    digits = _num(rnd, 6)
    return prefix + digits, hkid_check(prefix, digits)


def _telex(rnd: Rnd, chars: int) -> str:
    return rnd.choice([" ", "  ", " "]).join(_num(rnd, 4) for _ in range(chars))


def _doc_hk_identity_card(rnd: Rnd, rec: Recorder) -> list[str]:
    p = _person(rnd, english=True)
    sh = Sheet(rnd, rec, label_noise=0.1)
    if _p(rnd, 0.8):
        sh.title("香港永久性居民身份證", "HONG KONG PERMANENT IDENTITY CARD")
    else:
        sh.title("香港居民身份證", "HONG KONG IDENTITY CARD")
    names = []
    if _p(rnd, 0.9):
        cn = p.zh(trad=True)
        names.append(sh.pii("PERSON", _spaced_name(rnd, cn, 0.15)))
        names.append(sh.pii("PERSON", p.roman("yue", rnd.choice(["hk", "hk", "hk", "caps", "comma"]))))
        names.append(sh.pii("TELEX_CODE", _telex(rnd, len(cn)), digits=True))
    else:
        names.append(sh.pii("PERSON", p.roman("yue", rnd.choice(["hk", "comma"]))))
    sh.raw(*names)
    dob = sh.pii("DATE_OF_BIRTH", _fd(p.birth, "dmy"))
    sex = sh.pii("GENDER", rnd.choice([f"{p.sex_cn()} {p.sex_en()}", f"{p.sex_cn()}{p.sex_en()}"]))
    label: Label = rnd.choice(["出生日期 Date of Birth", ("出生日期", "Date of Birth"), "出生日期Date of Birth"])
    mode = rnd.randrange(3)
    labs = sh._label_text(label)
    if mode == 0:
        sh.raw(*labs, f"{dob}{rnd.choice(['  ', ' ', '   '])}{sex}")
    elif mode == 1:
        sh.raw(*labs, dob, sex)
    else:
        sh.raw(f"{' '.join(labs)} {dob}", sex)
    symbols = rnd.choice(["***AZ", "***AO", "***AZ", "AZ", "C", "***A"])
    first = _rand_date(rnd, 1980, 2020)
    issue = _rand_date(rnd, 2018, 2024)
    issue_line = f"({first.month:02d}-{first.year % 100:02d})  {issue.day:02d}-{issue.month:02d}-{issue.year % 100:02d}"
    if _p(rnd, 0.5):
        sh.raw(symbols, issue_line)
    else:
        sh.raw(symbols)
        sh.field([("簽發日期", "Date of Issue"), "簽發日期 Date of Issue"], [issue_line], weights=(30, 60, 10, 0))
    body, check = _hkid_number(rnd)
    num = rnd.choice([f"{body}({check})", f"{body}({check})", f"{body} ({check})", f"{body}（{check}）"])
    sh.raw(sh.pii("HK_ID", num, digits=True))
    return sh.lines(shuffle=0.25)


def _macau_number(rnd: Rnd) -> str:
    return f"{rnd.choice('157')}{_num(rnd, 6)}({rnd.randrange(10)})"


def _doc_macau_identity_card(rnd: Rnd, rec: Recorder) -> list[str]:
    p = _person(rnd)
    sh = Sheet(rnd, rec)
    sh.title("澳門特別行政區")
    if _p(rnd, 0.5):
        sh.title("REGIÃO ADMINISTRATIVA ESPECIAL DE MACAU")
    permanent = _p(rnd, 0.8)
    if permanent:
        sh.title("澳門永久性居民身份證", "BILHETE DE IDENTIDADE DE RESIDENTE PERMANENTE")
        if _p(rnd, 0.6):
            sh.title("MACAO PERMANENT RESIDENT IDENTITY CARD")
    else:
        sh.title("澳門非永久性居民身份證", "BILHETE DE IDENTIDADE DE RESIDENTE NÃO PERMANENTE")

    def L(cn: str, pt: str, en: str) -> list[Label]:
        return [f"{cn}/{pt}/{en}", f"{cn} / {pt} / {en}", (cn, pt, en), (cn, f"{pt}/{en}")]

    cn = sh.pii("PERSON", p.zh(trad=True))
    en = sh.pii("PERSON", p.roman("mo", rnd.choice(["spaced", "comma", "caps"])))
    sh.field(L("姓名", "Nome", "Name"), [cn, en])
    if _p(rnd, 0.3):
        sh.raw(sh.pii("TELEX_CODE", _telex(rnd, len(p.zh())), digits=True))
    dob = sh.pii("DATE_OF_BIRTH", _fd(p.birth, rnd.choice(["dmy", "dmy", "dmy_dot"])))
    sex = sh.pii("GENDER", rnd.choice([p.sex_en(), f"{p.sex_cn()}/{p.sex_en()}", f"{p.sex_cn()} {p.sex_en()}"]))
    sh.row([(L("出生日期", "Data de nascimento", "Date of birth"), dob), (L("性別", "Sexo", "Sex"), sex)])
    issue = _rand_date(rnd, 2015, 2024)
    sh.row(
        [
            (L("發出日期", "Data de emissão", "Date of issue"), _fd(issue, "dmy")),
            (L("有效期至", "Válido até", "Valid until"), _fd(_add_years(issue, 10), "dmy")),
        ]
    )
    first = _rand_date(rnd, 1990, 2015)
    sh.field(L("首次發證日期", "Data da 1.ª emissão", "Date of first issue"), [_fd(first, "dmy")])
    sh.field([], [sh.pii("MO_ID", _noisy_id(rnd, _macau_number(rnd), 0.15), digits=True)])
    return sh.lines()


def _tw_name(rnd: Rnd, sur: Han | None = None) -> str:
    s = sur or _surname(rnd)
    return s.trad + "".join(rnd.choice(_GIVEN).trad for _ in range(rnd.choice([1, 2, 2])))


def _doc_taiwan_identity_card(rnd: Rnd, rec: Recorder) -> list[str]:
    p = _person(rnd)
    mode = rnd.random()
    out: list[str] = []
    if mode < 0.45 or mode >= 0.65:
        front = Sheet(rnd, rec)
        front.title("中華民國國民身分證")
        front.field(["姓名", "姓 名"], [front.pii("PERSON", _spaced_name(rnd, p.zh(trad=True)))])
        dob = front.pii("DATE_OF_BIRTH", _fd(p.birth, rnd.choice(["roc", "roc_sp", "roc"])))
        front.field(["出生年月日", "出生", ("出生", "年月日")], [dob])
        front.field(["性別", "性 別"], [front.pii("GENDER", p.sex_cn())])
        issue = _rand_date(rnd, 2005, 2024)
        place = rnd.choice(["北市", "新北市", "中市", "高市", "桃市", "南市"])
        kind = rnd.choice(["換發", "補發", "初發"])
        front.field(["發證日期"], [f"民國{issue.year - 1911}年{issue.month}月{issue.day}日({place}){kind}"])
        number = front.pii("TW_ID", _noisy_id(rnd, tw_id(rnd, p.male), 0.15), digits=True)
        front.field(["統一編號", "統 一 編 號"], [number], weights=(40, 20, 40, 0))
        out.extend(front.lines())
    if mode >= 0.45:
        back = Sheet(rnd, rec, extras=0.15)
        father = back.pii("PERSON", p.sur.trad + "".join(rnd.choice(_GIVEN).trad for _ in range(2)))
        mother = back.pii("PERSON", _tw_name(rnd))
        spouse = back.pii("PERSON", _tw_name(rnd)) if _p(rnd, 0.5) else ""
        back.row([(["父"], father), (["母"], mother)], split=0.4)
        back.row([(["配偶"], spouse), (["役別"], rnd.choice(["", "常備役", "補充兵役", "免役"]))], split=0.5)
        back.field(["出生地"], [back.pii("PLACE_OF_BIRTH", rnd.choice(_TW_BIRTH))])
        parts = _split(rnd, _tw_address(rnd), rnd.choice([1, 2, 2, 3]), 4)
        back.field(["住址", "住 址"], [back.pii("ADDRESS", x) for x in parts])
        back.raw(_num(rnd, 10))
        out.extend(back.lines())
    return out


def _doc_travel_permit(rnd: Rnd, rec: Recorder) -> list[str]:
    kind = rnd.choice(["hkmo", "tw", "exit"])
    p = _person(rnd, english=kind == "hkmo")
    sh = Sheet(rnd, rec)
    L = _label_style(rnd)
    if kind == "hkmo":
        sh.title("港澳居民来往内地通行证")
        if _p(rnd, 0.7):
            sh.title("MAINLAND TRAVEL PERMIT FOR HONG KONG AND MACAO RESIDENTS")
        system = rnd.choice(["yue", "yue", "mo"])
        en = p.roman(system, rnd.choice(["comma", "tight", "caps", "hk"]))
        number = ("H" if system == "yue" else "M") + _num(rnd, 8)
    elif kind == "tw":
        sh.title("台湾居民来往大陆通行证")
        if _p(rnd, 0.7):
            sh.title("MAINLAND TRAVEL PERMIT FOR TAIWAN RESIDENTS")
        en = p.roman("wg", rnd.choice(["wg", "tight", "hyphen"]))
        number = _num(rnd, 8)
    else:
        sh.title(rnd.choice(["中华人民共和国往来港澳通行证", "往来港澳通行证"]))
        if _p(rnd, 0.6):
            sh.title("EXIT-ENTRY PERMIT FOR TRAVELLING TO AND FROM HONG KONG AND MACAO")
        en = p.roman("py", rnd.choice(["comma", "tight", "caps"]))
        number = "C" + _num(rnd, 8)
    cn = sh.pii("PERSON", _spaced_name(rnd, p.zh(trad=kind == "hkmo" and _p(rnd, 0.3))))
    en = sh.pii("PERSON", en)
    sh.field(L("姓名", "Name"), [cn, en] if _p(rnd, 0.8) else [cn])
    if en not in sh.body[-1]:
        sh.raw(en)
    dob = sh.pii("DATE_OF_BIRTH", _fd(p.birth, rnd.choice(["dot", "dot", "dash"])))
    sex = sh.pii("GENDER", rnd.choice([p.sex_cn(), f"{p.sex_cn()}/{p.sex_en()}"]))
    sh.row([(L("出生日期", "Date of birth"), dob), (L("性别", "Sex"), sex)])
    if kind != "hkmo":
        sh.field(L("签发地点", "Place of issue"), [rnd.choice(["广东", "福建", "上海", "北京", "浙江"])])
    sh.field(L("有效期限", "Period of validity"), [_validity(rnd, [5, 10])])
    sh.field(L("签发机关", "Authority"), [rnd.choice(["公安部出入境管理局", "国家移民管理局"])])
    if kind != "exit":
        sh.field(L("换证次数" if kind == "hkmo" else "签发次数", "Issue times"), [f"{rnd.randint(0, 6):02d}"])
    num = sh.pii("TRAVEL_PERMIT", _noisy_id(rnd, number, 0.2), digits=True)
    sh.field(L("证件号码", "Number") if _p(rnd, 0.3) else [], [num])
    return sh.lines()


_PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川青宁琼"
_PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def _plate(rnd: Rnd) -> str:
    head = rnd.choice(_PLATE_PROV) + rnd.choice("ABCDEFGHJK")
    if _p(rnd, 0.25):
        body = rnd.choice("DF") + "".join(rnd.choice(_PLATE_CHARS) for _ in range(5))
    else:
        body = "".join(rnd.choice(_PLATE_CHARS) for _ in range(5))
    return head + rnd.choice(["", "", "·", " "]) + body


_COMPANIES = [
    "深圳市顺达物流有限公司",
    "杭州云启网络科技有限公司",
    "上海浦江汽车租赁有限公司",
    "广州市粤通运输有限公司",
    "成都天府出行服务有限公司",
    "北京京畿建设工程有限公司",
    "苏州吴中精密制造有限公司",
    "厦门鹭岛贸易有限公司",
]


def _doc_driving(rnd: Rnd, rec: Recorder) -> list[str]:
    p = _person(rnd, first=1955, last=2004)
    sh = Sheet(rnd, rec)
    two = _p(rnd, 0.3)

    def L(cn: str, en: str) -> list[Label]:
        return [(cn, en)] if two else [f"{cn} {en}", f"{cn}{en}", cn]

    if _p(rnd, 0.55):
        sh.title("中华人民共和国机动车驾驶证")
        if _p(rnd, 0.7):
            sh.title("Driving License of the People's Republic of China")
        sh.field(["证号", "证 号"], [sh.pii("DRIVER_LICENSE", _noisy_id(rnd, p.resident_id(), 0.3), digits=True)])
        sh.row(
            [
                (L("姓名", "Name"), sh.pii("PERSON", p.zh())),
                (L("性别", "Sex"), sh.pii("GENDER", p.sex_cn())),
                (L("国籍", "Nationality"), sh.pii("NATIONALITY", "中国")),
            ],
            split=0.5,
        )
        parts = _split(rnd, p.address, rnd.choice([1, 2, 2]), 4)
        sh.field(L("住址", "Address"), [sh.pii("ADDRESS", x) for x in parts])
        sh.field(L("出生日期", "Date of Birth"), [sh.pii("DATE_OF_BIRTH", _fd(p.birth, "dash"))])
        first = _rand_date(rnd, 2005, 2020)
        sh.field(L("初次领证日期", "Date of First Issue"), [_fd(first, "dash")])
        sh.field(L("准驾车型", "Class"), [rnd.choice(["C1", "C2", "B2", "A1", "C1E", "D"])])
        start = _rand_date(rnd, 2016, 2024)
        sh.field(
            L("有效期限", "Valid Period"),
            [
                f"{_fd(start, 'dash')} {rnd.choice(['至', '-', 'to'])} "
                f"{_fd(_add_years(start, rnd.choice([6, 10])), 'dash')}"
            ],
        )
        if _p(rnd, 0.5):
            sh.field(
                ["档案编号", "档案编号 File No."], [sh.pii("DOCUMENT_NUMBER", p.area.code + _num(rnd, 6), digits=True)]
            )
        sh.raw(f"{p.area.province if p.area.city == '-' else p.area.city}公安局交通警察{rnd.choice(['支队', '总队'])}")
        return sh.lines()
    sh.title("中华人民共和国机动车行驶证")
    if _p(rnd, 0.7):
        sh.title("Vehicle License of the People's Republic of China")
    private = _p(rnd, 0.75)
    plate, code = _plate(rnd), vin(rnd)
    if private:
        plate = sh.pii("VEHICLE", plate)
        code = sh.pii("VEHICLE", code)
        owner = sh.pii("PERSON", p.zh())
        parts = [sh.pii("ADDRESS", x) for x in _split(rnd, p.address, rnd.choice([1, 2]), 4)]
    else:
        owner = rnd.choice(_COMPANIES)
        parts = [_city(p.area) + p.area.district + rnd.choice(_STREETS) + f"{rnd.randint(1, 999)}号"]
    sh.row(
        [
            (L("号牌号码", "Plate No."), plate),
            (L("车辆类型", "Vehicle Type"), rnd.choice(["小型轿车", "小型普通客车", "轻型厢式货车"])),
        ]
    )
    sh.field(L("所有人", "Owner"), [owner])
    sh.field(L("住址", "Address"), parts)
    sh.row(
        [
            (L("使用性质", "Use Character"), "非营运" if private else rnd.choice(["货运", "租赁", "非营运"])),
            (
                L("品牌型号", "Model"),
                rnd.choice(["大众汽车牌SVW7141BPV", "丰田牌TV7250GLXE", "比亚迪牌BYD7006BEV", "本田牌HG7151BAC6"]),
            ),
        ]
    )
    sh.field(L("车辆识别代号", "VIN"), [code])
    sh.field(L("发动机号码", "Engine No."), ["".join(rnd.choice(_PLATE_CHARS) for _ in range(8))])
    reg = _rand_date(rnd, 2010, 2024)
    sh.row([(L("注册日期", "Register Date"), _fd(reg, "dash")), (L("发证日期", "Issue Date"), _fd(reg, "dash"))])
    return sh.lines()


def _doc_household(rnd: Rnd, rec: Recorder) -> list[str]:
    p = _person(rnd, first=1940, last=2018)
    pages = rnd.choice(["card", "card", "head", "both"])
    out: list[str] = []
    if pages in ("head", "both"):
        sh = Sheet(rnd, rec)
        sh.title(rnd.choice(["户主页", "户 主 页", "居民户口簿"]))
        sh.field(["户别", "户 别"], [rnd.choice(["家庭户", "集体户", "非农业家庭户"])])
        holder = p if _p(rnd, 0.5) else _person(rnd, first=1940, last=1990)
        sh.field(["户主姓名"], [sh.pii("PERSON", holder.zh())])
        sh.field(["户号", "户 号"], [sh.pii("DOCUMENT_NUMBER", _num(rnd, 9), digits=True)])
        sh.field(["住址", "住 址"], [sh.pii("ADDRESS", x) for x in _split(rnd, p.address, rnd.choice([1, 2, 3]), 4)])
        sh.field(["承办人签章"], [rnd.choice(["", "(章)"])], weights=(50, 50, 0, 0))
        sh.field(["签发日期"], [_fd(_rand_date(rnd, 2008, 2024), "cn0")])
        sh.raw(f"{_police(p.area)}{rnd.choice(['城关', '新华', '中心', '滨江'])}派出所户口专用章")
        out.extend(sh.lines())
    if pages in ("card", "both"):
        sh = Sheet(rnd, rec)
        sh.title(rnd.choice(["常住人口登记卡", "常 住 人 口 登 记 卡"]))
        sh.row(
            [
                (["户主或与户主关系"], rnd.choice(["户主", "子", "女", "妻", "长子", "孙女"])),
                (["姓名", "姓 名"], sh.pii("PERSON", p.zh())),
            ],
            split=0.6,
        )
        if _p(rnd, 0.4):
            sh.field(["曾用名"], [sh.pii("PERSON", p.zh_sur() + rnd.choice(_GIVEN).simp + rnd.choice(_GIVEN).simp)])
        eth = p.ethnicity + "族"
        sh.row(
            [(["性别", "性 别"], sh.pii("GENDER", p.sex_cn())), (["民族", "民 族"], sh.pii("ETHNICITY", eth))],
            split=0.4,
        )
        birth_area = p.area if _p(rnd, 0.6) else rnd.choice(_AREAS)
        sh.field(
            ["出生地"], [sh.pii("PLACE_OF_BIRTH", _city(birth_area) + (birth_area.district if _p(rnd, 0.4) else ""))]
        )
        sh.field(["籍贯", "籍 贯"], [sh.pii("PLACE_OF_BIRTH", _city(rnd.choice(_AREAS)))])
        sh.field(["出生日期"], [sh.pii("DATE_OF_BIRTH", _fd(p.birth, rnd.choice(["cn0", "cn", "dot"])))])
        sh.field(["本市(县)其他住址"], [""] if _p(rnd, 0.5) else ["无"], weights=(60, 40, 0, 0))
        sh.field(["宗教信仰"], [rnd.choice(["无", ""])])
        sh.field(
            ["公民身份号码", "公民身份证件编号"],
            [sh.pii("CN_RESIDENT_ID", _noisy_id(rnd, p.resident_id()), digits=True)],
        )
        sh.row(
            [(["身高"], f"{rnd.randint(150, 190)}cm"), (["血型"], rnd.choice(["A", "B", "O", "AB", "其他"]))], split=0.3
        )
        sh.row(
            [
                (["文化程度"], rnd.choice(["大学本科", "高中", "初中", "硕士研究生", "大专"])),
                (["婚姻状况"], rnd.choice(["未婚", "已婚", "离婚", "丧偶"])),
            ],
            split=0.3,
        )
        sh.field(["兵役状况"], [rnd.choice(["未服兵役", "退出现役", ""])])
        sh.field(["服务处所"], [rnd.choice([*_COMPANIES, "", "个体"])])
        sh.field(["职业"], [rnd.choice(["职员", "教师", "工程师", "个体经营", "学生", ""])])
        moved = sh.pii("ADDRESS", _city(rnd.choice(_AREAS)) + rnd.choice(["", "市辖区"]))
        when = _fd(_rand_date(rnd, 1995, 2022), "cn0")
        sh.field(["何时由何地迁来本市(县)", "何时由何地迁来本址"], [f"{when}由{moved}迁来"])
        sh.field(["登记日期"], [_fd(_rand_date(rnd, 2000, 2024), "cn0")])
        sh.field(["承办人签章"], ["(章)"], weights=(50, 50, 0, 0))
        out.extend(sh.lines(shuffle=0.35))
    return out


def _fpr_number_2023(rnd: Rnd, f: Foreigner, area: Area) -> str:
    body = (
        "9"
        + area.code[:2]
        + f.country.numeric
        + _fd(f.birth, "compact")
        + _num(rnd, 2)
        + str(rnd.choice([1, 3, 5, 7, 9] if f.male else [0, 2, 4, 6, 8]))
    )
    return body + gb11643_check(body)


def _fpr_number_old(rnd: Rnd, f: Foreigner, area: Area) -> str:
    return f.country.code + area.code[:2] + "00" + _fd(f.birth, "compact")[2:] + _num(rnd, 2)


def _doc_fpr(rnd: Rnd, rec: Recorder) -> list[str]:
    f = _foreigner(rnd)
    area = rnd.choice(_AREAS)
    sh = Sheet(rnd, rec)
    L = _label_style(rnd)
    new = _p(rnd, 0.6)
    sh.title("中华人民共和国外国人永久居留身份证" if new else "中华人民共和国外国人永久居留证")
    if _p(rnd, 0.7):
        sh.title("FOREIGN PERMANENT RESIDENT ID CARD" if new else "FOREIGNER'S PERMANENT RESIDENCE CARD")
    names = [sh.pii("PERSON", f.full(rnd.choice(["comma", "caps", "comma"])))]
    if _p(rnd, 0.5) and len(f.surname_cn) >= 2:
        names.append(
            sh.pii("PERSON", f.surname_cn + "·" + rnd.choice(["奥利弗", "玛丽", "约翰", "安娜", "彼得", "露西"]))
        )
    sh.field(L("姓名", "Name"), names)
    sex = sh.pii("GENDER", rnd.choice([f"{'男' if f.male else '女'}/{f.sex_en()}", f"{'男' if f.male else '女'}"]))
    dob = sh.pii("DATE_OF_BIRTH", _fd(f.birth, rnd.choice(["dot", "dot", "dash"])))
    sh.row([(L("性别", "Sex"), sex), (L("出生日期", "Date of Birth"), dob)])
    sh.field(
        L("国籍", "Nationality"),
        [sh.pii("NATIONALITY", rnd.choice([f"{f.country.cn}/{f.country.code}", f.country.cn]))],
    )
    sh.field(L("有效期限", "Period of Validity"), [_validity(rnd, [5, 10])])
    number = _fpr_number_2023(rnd, f, area) if new else _fpr_number_old(rnd, f, area)
    num = sh.pii("FOREIGN_PERMANENT_RESIDENCE", _noisy_id(rnd, number, 0.25), digits=True)
    sh.field(L("证件号码", "Card No."), [num])
    sh.field(L("签发机关", "Issuing Authority"), [rnd.choice(["国家移民管理局", "公安部"])], weights=(50, 30, 20, 0))
    return sh.lines()


_BANKS = [
    ("招商银行", "CHINA MERCHANTS BANK", ("622588", "621483", "410062", "622609")),
    ("中国建设银行", "CHINA CONSTRUCTION BANK", ("621700", "436742", "622700")),
    ("中国工商银行", "INDUSTRIAL AND COMMERCIAL BANK OF CHINA", ("622202", "621226", "427020")),
    ("中国农业银行", "AGRICULTURAL BANK OF CHINA", ("622848", "623052", "103")),
    ("中国银行", "BANK OF CHINA", ("621661", "456351", "601382")),
    ("交通银行", "BANK OF COMMUNICATIONS", ("622260", "601428", "405512")),
    ("中国邮政储蓄银行", "POSTAL SAVINGS BANK OF CHINA", ("621799", "622188")),
    ("平安银行", "PING AN BANK", ("622155", "623058", "531659")),
]


def _card_number(rnd: Rnd) -> tuple[tuple[str, str, tuple[str, ...]], str]:
    bank = rnd.choice(_BANKS)
    prefix = rnd.choice(bank[2])
    length = 19 if prefix.startswith("62") and _p(rnd, 0.5) else 16
    if prefix == "103":
        length = 19
    return bank, luhn_complete(prefix, length, rnd)


def _group_card(rnd: Rnd, number: str) -> str:
    style = rnd.randrange(4)
    if style == 0:
        return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    if style == 1 and len(number) == 19:
        return f"{number[:6]} {number[6:]}"
    if style == 2:
        return number
    return "  ".join(number[i : i + 4] for i in range(0, len(number), 4))


def _doc_bank_card(rnd: Rnd, rec: Recorder) -> list[str]:
    p = _person(rnd, first=1950, last=2005)
    sh = Sheet(rnd, rec, extras=0.2)
    bank, number = _card_number(rnd)
    if _p(rnd, 0.6):
        sh.title(f"{bank[0]} {bank[1]}")
    else:
        sh.title(bank[0], bank[1])
    sh.raw(rnd.choice(["一卡通", "借记卡 DEBIT", "信用卡", "金穗借记卡", "龙卡", "PLATINUM", "白金卡", "储蓄卡"]))
    sh.raw(sh.pii("BANK_CARD", _noisy_id(rnd, _group_card(rnd, number), 0.2), digits=True))
    thru = f"{rnd.randint(1, 12):02d}/{rnd.randint(25, 34)}"
    sh.field(["VALID THRU", "有效期 VALID THRU", "GOOD THRU", "MONTH/YEAR", "有效期"], [thru], weights=(60, 20, 20, 0))
    if _p(rnd, 0.7):
        style = rnd.choice(["caps", "caps", "west", "comma"])
        name = p.roman("py", style).upper() if style != "west" else p.roman("py", style)
        sh.raw(sh.pii("PERSON", name))
    sh.raw(rnd.choice(["银联 UnionPay", "UnionPay 银联", "VISA", "Mastercard", "QuickPass 闪付"]))
    if _p(rnd, 0.3):
        sh.field(
            ["客服热线", "服务热线"], [rnd.choice(["95555", "95533", "95588", "95599", "95566", "95559", "95580"])]
        )
    return sh.lines(shuffle=0.2)


GENERAL_DOCS: dict[str, Callable[[Rnd, Recorder], list[str]]] = {
    "ocr_cn_resident_id": _doc_cn_resident_id,
    "ocr_hmt_residence_permit": _doc_hmt_residence_permit,
    "ocr_cn_passport": _doc_cn_passport,
    "ocr_sar_passport": _doc_sar_passport,
    "ocr_foreign_passport": _doc_foreign_passport,
    "ocr_hk_identity_card": _doc_hk_identity_card,
    "ocr_macau_identity_card": _doc_macau_identity_card,
    "ocr_taiwan_identity_card": _doc_taiwan_identity_card,
    "ocr_travel_permit": _doc_travel_permit,
    "ocr_driving_documents": _doc_driving,
    "ocr_household_register": _doc_household,
    "ocr_foreign_permanent_residence": _doc_fpr,
    "ocr_bank_card": _doc_bank_card,
}


# ---------------------------------------------------------------------------------------------------------------
# Structured results of document APIs


def _tc(rnd: Rnd, rec: Recorder, action: str, body: dict[str, Any], request: dict[str, Any] | None = None) -> Any:
    body["RequestId"] = rec.op("request_id", _uuid(rnd))
    if request is not None and _p(rnd, 0.35):
        return {
            "Action": rec.op("action", action),
            "Region": rec.op("region", rnd.choice(_TC_REGIONS)),
            "Request": request,
            "Response": body,
        }
    return _wrap(rnd, rec, action, _TC_REGIONS, {"Response": body}, 0.3)


def _image_ref(rnd: Rnd) -> dict[str, Any]:
    bucket = f"kyc-{rnd.randint(1250000000, 1259999999)}"
    return {"ImageUrl": f"https://{bucket}.cos.{rnd.choice(_TC_REGIONS)}.myqcloud.com/upload/{_hex(rnd, 24)}.jpg"}


def _maybe_image(rnd: Rnd, rec: Recorder, prob: float, *, empty: Any = "") -> Any:
    if _p(rnd, prob):
        return rec.pii("IMAGE", _jpeg_b64(rnd))
    return empty


def _tc_idcard(rnd: Rnd, rec: Recorder) -> Any:
    p = _person(rnd)
    side = "FRONT" if _p(rnd, 0.8) else "BACK"
    request = {
        **_image_ref(rnd),
        "CardSide": side,
        "Config": json.dumps({"CropIdCard": True, "CropPortrait": True}, separators=(",", ":")),
    }
    if side == "BACK":
        body = {
            "Name": "",
            "Sex": "",
            "Nation": "",
            "Birth": "",
            "Address": "",
            "IdNum": "",
            "Authority": _police(p.area),
            "ValidDate": _validity(rnd, [10, 20], allow_long=True),
            "AdvancedInfo": json.dumps({"WarnInfos": []}),
            "ReflectDetailInfos": [],
        }
        return _tc(rnd, rec, "IDCardOCR", body, request)
    adv: dict[str, Any] = {}
    if _p(rnd, 0.35):
        adv["IdCard"] = rec.pii("IMAGE", _jpeg_b64(rnd))
    if _p(rnd, 0.35):
        adv["Portrait"] = rec.pii("IMAGE", _jpeg_b64(rnd))
    adv["Quality"] = rnd.randint(40, 99)
    adv["BorderCodeValue"] = rnd.randint(50, 99)
    adv["WarnInfos"] = rnd.choice([[], [], [-9102], [-9104, -9107]])
    sex = rec.pii("GENDER", p.sex_cn())
    nation = p.ethnicity if len(p.ethnicity) < 2 else rec.pii("ETHNICITY", p.ethnicity)
    body = {
        "Name": rec.pii("PERSON", p.zh()),
        "Sex": sex,
        "Nation": nation,
        "Birth": rec.pii("DATE_OF_BIRTH", _fd(p.birth, "slash")),
        "Address": rec.pii("ADDRESS", p.address),
        "IdNum": rec.pii("CN_RESIDENT_ID", p.resident_id(), digits=True),
        "Authority": "",
        "ValidDate": "",
        "AdvancedInfo": json.dumps(adv, ensure_ascii=False),
        "ReflectDetailInfos": [],
    }
    return _tc(rnd, rec, "IDCardOCR", body, request)


def _tc_hkid(rnd: Rnd, rec: Recorder) -> Any:
    p = _person(rnd, english=True)
    body_no, check = _hkid_number(rnd)
    cn = p.zh(trad=True)
    telex = _num(rnd, 4 * len(cn))
    body = {
        "CnName": rec.pii("PERSON", cn),
        "EnName": rec.pii("PERSON", p.roman("yue", rnd.choice(["hk", "hk", "comma"]))),
        "TelexCode": rec.pii(
            "TELEX_CODE",
            telex if _p(rnd, 0.6) else " ".join(telex[i : i + 4] for i in range(0, len(telex), 4)),
            digits=True,
        ),
        "Sex": rec.pii("GENDER", f"{p.sex_cn()}{p.sex_en()}"),
        "Birthday": rec.pii("DATE_OF_BIRTH", _fd(p.birth, "dmy")),
        "Permanent": rnd.choice([1, 1, 0]),
        "IdNum": rec.pii("HK_ID", f"{body_no}({check})", digits=True),
        "Symbol": rnd.choice(["***AZ", "***AO", "AZ", "***A"]),
        "FirstIssueDate": f"({rnd.randint(1, 12):02d}-{rnd.randint(0, 99):02d})",
        "CurrentIssueDate": _fd(_rand_date(rnd, 2018, 2024), "dmy")[:6] + str(rnd.randint(18, 24)),
        "HeadImage": _maybe_image(rnd, rec, 0.3, empty=None),
        "WarnCardInfos": rnd.choice([[], [-9104], [-9102, -9104]]),
        "WindowEmbeddedText": rec.pii("HK_ID", body_no, digits=True) if _p(rnd, 0.5) else "",
        "SmallHeadImage": None,
    }
    return _tc(rnd, rec, "HKIDCardOCR", body, {**_image_ref(rnd), "ReturnHeadImage": _p(rnd, 0.5)})


def _tc_mlid_passport(rnd: Rnd, rec: Recorder) -> Any:
    f = _foreigner(rnd)
    c = f.country
    number = _passport_number(rnd, c.code)
    issue = _rand_date(rnd, 2014, 2024)
    expiry = _add_years(issue, 10)
    l1, l2 = mrz_td3(c.mrz, f.surname, f.given, number, c.mrz, f.birth, f.sex_en(), expiry)
    code = rec.pii("NATIONALITY", c.code)
    sur = rec.pii("PERSON", f.surname)
    given = rec.pii("PERSON", f.given)
    sex = rec.pii("GENDER", f.sex_en())
    pid = rec.pii("PASSPORT", number, digits=True)
    infos = {
        "Type": "P",
        "IssuingCountry": code,
        "PassportID": pid,
        "Surname": sur,
        "GivenName": given,
        "Name": "",
        "Nationality": rec.pii("NATIONALITY", c.nationality),
        "DateOfBirth": rec.pii("DATE_OF_BIRTH", _fd(f.birth, "mon_t")),
        "Sex": sex,
        "DateOfIssuance": _fd(issue, "mon_t"),
        "DateOfExpiration": _fd(expiry, "mon_t"),
        "Signature": "",
        "IssuePlace": "",
        "IssuingAuthority": rnd.choice(_PASSPORT_AUTHORITY[c.code]),
        "BirthPlace": rec.pii("PLACE_OF_BIRTH", f.place) if _p(rnd, 0.6) else "",
    }
    body = {
        "ID": pid,
        "Name": rec.pii("PERSON", f"{f.surname} {f.given}"),
        "DateOfBirth": rec.pii("DATE_OF_BIRTH", _fd(f.birth, "compact")),
        "Sex": sex,
        "DateOfExpiration": _fd(expiry, "compact"),
        "IssuingCountry": code,
        "Nationality": code,
        "Warn": rnd.choice([[], [-9108]]),
        "Image": _maybe_image(rnd, rec, 0.3),
        "AdvancedInfo": "",
        "CodeSet": rec.pii("MRZ", l1),
        "CodeCrc": rec.pii("MRZ", l2),
        "Surname": sur,
        "GivenName": given,
        "Type": "P",
        "PassportRecognizeInfos": infos,
        "WarnCardInfos": [],
    }
    return _tc(rnd, rec, "MLIDPassportOCR", body, {**_image_ref(rnd), "RetImage": _p(rnd, 0.5)})


def _tc_mainland_permit(rnd: Rnd, rec: Recorder) -> Any:
    origin = rnd.choice(["HK", "MO", "TW"])
    p = _person(rnd, english=origin == "HK")
    if origin == "TW":
        kind, en, number = "台湾居民来往大陆通行证", p.roman("wg", rnd.choice(["tight", "wg"])), _num(rnd, 8)
        back_id = rec.pii("TW_ID", tw_id(rnd, p.male), digits=True)
    else:
        system = "yue" if origin == "HK" else "mo"
        kind, en = "港澳居民来往内地通行证", p.roman(system, rnd.choice(["tight", "comma", "caps"]))
        number = ("H" if origin == "HK" else "M") + _num(rnd, 8)
        if origin == "HK":
            b, c = _hkid_number(rnd)
            back_id = rec.pii("HK_ID", f"{b}({c})", digits=True)
        else:
            back_id = rec.pii("MO_ID", _macau_number(rnd), digits=True)
    name = rec.pii("PERSON", p.zh())
    history = rec.pii("TRAVEL_PERMIT", number[:-2] + _num(rnd, 2), digits=True) if _p(rnd, 0.3) else ""
    body = {
        "Name": name,
        "EnglishName": rec.pii("PERSON", en),
        "Number": rec.pii("TRAVEL_PERMIT", number, digits=True),
        "Sex": rec.pii("GENDER", p.sex_cn()),
        "ValidDate": _validity(rnd, [5, 10], "dot"),
        "IssueAuthority": rnd.choice(["公安部出入境管理局", "国家移民管理局"]),
        "IssueAddress": rnd.choice(["广东", "福建", "上海", ""]),
        "IssueNumber": f"{rnd.randint(0, 5):02d}",
        "Type": kind,
        "Birthday": rec.pii("DATE_OF_BIRTH", _fd(p.birth, "dot")),
        "Profile": _maybe_image(rnd, rec, 0.25),
        "Nationality": "",
        "MainlandTravelPermitBackInfos": {
            "Type": kind,
            "Name": name if _p(rnd, 0.6) else "",
            "IDNumber": back_id,
            "HistoryNumber": history,
        },
    }
    return _tc(rnd, rec, "MainlandPermitOCR", body, {**_image_ref(rnd), "RetProfile": _p(rnd, 0.5)})


def _tc_permit(rnd: Rnd, rec: Recorder) -> Any:
    p = _person(rnd)
    body = {
        "Name": rec.pii("PERSON", p.zh()),
        "EnglishName": rec.pii("PERSON", p.roman("py", rnd.choice(["tight", "comma"]))),
        "Number": rec.pii("TRAVEL_PERMIT", "C" + _num(rnd, 8), digits=True),
        "Sex": rec.pii("GENDER", p.sex_cn()),
        "ValidDate": _validity(rnd, [10], "dot"),
        "IssueAuthority": "公安部出入境管理局",
        "IssueAddress": rnd.choice(["广东", "福建", "浙江", "上海", "北京"]),
        "Birthday": rec.pii("DATE_OF_BIRTH", _fd(p.birth, "dot")),
        "PortraitImage": _maybe_image(rnd, rec, 0.3),
        "Type": "往来港澳通行证",
    }
    return _tc(rnd, rec, "PermitOCR", body, _image_ref(rnd))


def _api_tencent_identity(rnd: Rnd, rec: Recorder) -> Any:
    fn = _pick(
        rnd, [(_tc_idcard, 30), (_tc_hkid, 18), (_tc_mlid_passport, 17), (_tc_mainland_permit, 18), (_tc_permit, 17)]
    )
    return fn(rnd, rec)


def _tc_driver(rnd: Rnd, rec: Recorder) -> Any:
    p = _person(rnd, first=1955, last=2004)
    first = _rand_date(rnd, 2005, 2020)
    start = _rand_date(rnd, 2016, 2024)
    body: dict[str, Any] = {
        k: ""
        for k in [
            "Name",
            "Sex",
            "Nationality",
            "Address",
            "DateOfBirth",
            "DateOfFirstIssue",
            "Class",
            "StartDate",
            "EndDate",
            "CardCode",
            "ArchivesCode",
            "Record",
            "IssuingAuthority",
            "State",
            "CumulativeScore",
            "CurrentTime",
            "GenerateTime",
            "BackPageName",
            "BackPageCardCode",
            "DriverLicenseType",
        ]
    }
    number = p.resident_id()
    if _p(rnd, 0.75):
        body.update(
            {
                "Name": rec.pii("PERSON", p.zh()),
                "Sex": rec.pii("GENDER", p.sex_cn()),
                "Nationality": rec.pii("NATIONALITY", "中国"),
                "Address": rec.pii("ADDRESS", p.address),
                "DateOfBirth": rec.pii("DATE_OF_BIRTH", _fd(p.birth, "dash")),
                "DateOfFirstIssue": _fd(first, "dash"),
                "Class": rnd.choice(["C1", "C2", "B2", "A2"]),
                "StartDate": _fd(start, "dash"),
                "EndDate": _fd(_add_years(start, rnd.choice([6, 10])), "dash"),
                "CardCode": rec.pii("DRIVER_LICENSE", number, digits=True),
                "IssuingAuthority": f"{_city(p.area)}公安局交通警察{rnd.choice(['支队', '总队'])}",
                "DriverLicenseType": "FRONT",
            }
        )
    else:
        body.update(
            {
                "BackPageName": rec.pii("PERSON", p.zh()),
                "BackPageCardCode": rec.pii("DRIVER_LICENSE", number, digits=True),
                "Record": f"请于{_fd(_rand_date(rnd, 2025, 2030), 'cn0')}前{rnd.choice(['换证', '提交身体条件证明'])}",
                "DriverLicenseType": "BACK",
            }
        )
    if _p(rnd, 0.6):
        body["ArchivesCode"] = rec.pii("DOCUMENT_NUMBER", p.area.code + _num(rnd, 6), digits=True)
    body["RecognizeWarnCode"] = rnd.choice([[], [-9102], [-9103]])
    body["RecognizeWarnMsg"] = {
        (): [],
        (-9102,): ["WARN_DRIVER_LICENSE_COPY_CARD"],
        (-9103,): ["WARN_DRIVER_LICENSE_SCREENED_CARD"],
    }[tuple(body["RecognizeWarnCode"])]
    return _tc(rnd, rec, "DriverLicenseOCR", body, _image_ref(rnd))


def _tc_vehicle(rnd: Rnd, rec: Recorder) -> Any:
    p = _person(rnd, first=1955, last=2004)
    private = _p(rnd, 0.75)
    plate, code = _plate(rnd).replace("·", "").replace(" ", ""), vin(rnd)
    if private:
        plate, code = rec.pii("VEHICLE", plate), rec.pii("VEHICLE", code)
        owner, address = rec.pii("PERSON", p.zh()), rec.pii("ADDRESS", p.address)
    else:
        owner, address = rnd.choice(_COMPANIES), _city(p.area) + p.area.district + rnd.choice(_STREETS) + "1号"
    reg = _rand_date(rnd, 2010, 2024)
    front = {
        "PlateNo": plate,
        "VehicleType": rnd.choice(["小型轿车", "小型普通客车", "轻型厢式货车"]),
        "Owner": owner,
        "Address": address,
        "UseCharacter": "非营运" if private else "货运",
        "Model": rnd.choice(["丰田牌TV7250GLXE", "大众汽车牌SVW7141BPV", "别克牌SGM7151LAAA"]),
        "Vin": code,
        "EngineNo": "".join(rnd.choice(_PLATE_CHARS) for _ in range(8)),
        "RegisterDate": _fd(reg, "dash"),
        "IssueDate": _fd(reg, "dash"),
        "Seal": f"{_city(p.area)}公安局交通警察支队",
    }
    back = None
    if _p(rnd, 0.4):
        file_no = p.area.code + _num(rnd, 6)
        back = {
            "PlateNo": plate,
            "FileNo": rec.pii("DOCUMENT_NUMBER", file_no, digits=True) if private else file_no,
            "AllowNum": f"{rnd.choice([2, 5, 7])}人",
            "TotalMass": f"{rnd.randint(1500, 2600)}kg",
            "CurbWeight": f"{rnd.randint(1100, 1900)}kg",
            "LoadQuality": "--",
            "ExternalSize": f"{rnd.randint(4200, 5100)}×{rnd.randint(1700, 1950)}×{rnd.randint(1400, 1800)}mm",
            "Marks": "",
            "Record": f"检验有效期至{rnd.randint(2025, 2028)}年{rnd.randint(1, 12):02d}月",
            "TotalQuasiMass": "--",
            "SubPageCode": "",
            "FuelType": "",
            "AddressElectronic": "",
            "IssueAuthorityElectronic": "",
            "CarBodyColor": "",
        }
    body = {
        "FrontInfo": front,
        "BackInfo": back,
        "RecognizeWarnCode": [],
        "RecognizeWarnMsg": [],
        "VehicleLicenseType": "",
        "TractorBackInfo": None,
    }
    return _tc(rnd, rec, "VehicleLicenseOCR", body, {**_image_ref(rnd), "CardSide": "DOUBLE" if back else "FRONT"})


def _tc_booklet(rnd: Rnd, rec: Recorder) -> Any:
    p = _person(rnd, first=1940, last=2018)
    birth_area = rnd.choice(_AREAS)
    body = {
        "HouseholdNumber": rec.pii("DOCUMENT_NUMBER", _num(rnd, 9), digits=True) if _p(rnd, 0.4) else "",
        "Name": rec.pii("PERSON", p.zh()),
        "Sex": rec.pii("GENDER", p.sex_cn()),
        "BirthPlace": rec.pii("PLACE_OF_BIRTH", _city(birth_area)),
        "Nation": rec.pii("ETHNICITY", p.ethnicity + "族"),
        "NativePlace": rec.pii("PLACE_OF_BIRTH", _city(rnd.choice(_AREAS)) + rnd.choice(["", "市辖区"])),
        "BirthDate": rec.pii("DATE_OF_BIRTH", _fd(p.birth, "cn0")),
        "IdCardNumber": rec.pii("CN_RESIDENT_ID", p.resident_id(), digits=True),
        "EducationDegree": rnd.choice(["小学", "初中", "大学本科", "大专", ""]),
        "ServicePlace": rnd.choice(["", *_COMPANIES]),
        "Household": rnd.choice(["", "家庭户"]),
        "Address": rec.pii("ADDRESS", p.address) if _p(rnd, 0.5) else "",
        "Signature": "",
        "IssueDate": "",
        "HomePageNumber": "",
        "HouseholderName": rec.pii("PERSON", _person(rnd).zh()) if _p(rnd, 0.4) else "",
        "Relationship": rnd.choice(["户主", "子", "女", "妻", "孙子"]),
        "OtherAddresses": "",
        "ReligiousBelief": "",
        "Height": rnd.choice(["", f"{rnd.randint(150, 190)}cm"]),
        "BloodType": rnd.choice(["", "A", "O"]),
        "MaritalStatus": rnd.choice(["未婚", "已婚", ""]),
        "VeteranStatus": "",
        "Profession": rnd.choice(["", "职员", "学生"]),
        "MoveToCityInformation": "",
        "MoveToSiteInformation": "",
        "RegistrationDate": _fd(_rand_date(rnd, 2000, 2024), "cn0"),
        "FormerName": rec.pii("PERSON", p.zh_sur() + rnd.choice(_GIVEN).simp + rnd.choice(_GIVEN).simp)
        if _p(rnd, 0.3)
        else "",
    }
    return _tc(rnd, rec, "ResidenceBookletOCR", body, _image_ref(rnd))


_BANK_CODES = {
    "招商银行": "03080000",
    "中国建设银行": "01050000",
    "中国工商银行": "01020000",
    "中国农业银行": "01030000",
    "中国银行": "01040000",
    "交通银行": "03010000",
    "中国邮政储蓄银行": "01000000",
    "平安银行": "04100000",
}


def _tc_bankcard(rnd: Rnd, rec: Recorder) -> Any:
    bank, number = _card_number(rnd)
    credit = number[0] in "45" or _p(rnd, 0.2)
    body = {
        "CardNo": rec.pii("BANK_CARD", number if _p(rnd, 0.7) else _group_card(rnd, number), digits=True),
        "BankInfo": f"{bank[0]}({_BANK_CODES[bank[0]]})",
        "ValidDate": f"{rnd.randint(1, 12):02d}/{rnd.randint(2025, 2034)}",
        "CardType": "贷记卡" if credit else "借记卡",
        "CardName": bank[0] + rnd.choice(["信用卡", "借记卡", "一卡通", "储蓄卡"]),
        "BorderCutImage": _maybe_image(rnd, rec, 0.2, empty=None),
        "CardNoImage": _maybe_image(rnd, rec, 0.2, empty=None),
        "WarningCode": None,
        "QualityValue": None,
        "CardCategory": "标准实体银行卡",
    }
    return _tc(rnd, rec, "BankCardOCR", body, _image_ref(rnd))


def _smart_items(rnd: Rnd, rec: Recorder) -> list[tuple[str, str]]:
    """Key/value pairs as a template-free structural OCR returns them, over several document types."""
    doc = rnd.randrange(6)
    p = _person(rnd, english=True)
    if doc == 0:
        prefix = rnd.choice(["810000", "820000", "830000"])
        return [
            ("姓名", rec.pii("PERSON", p.zh())),
            ("性别", rec.pii("GENDER", p.sex_cn())),
            ("出生", rec.pii("DATE_OF_BIRTH", _fd(p.birth, "cn"))),
            ("住址", rec.pii("ADDRESS", p.address)),
            ("公民身份号码", rec.pii("RESIDENCE_PERMIT", p.resident_id(prefix), digits=True)),
        ]
    if doc == 1:
        return [
            ("姓名", rec.pii("PERSON", p.zh(trad=True))),
            ("Name", rec.pii("PERSON", p.roman("mo", "spaced"))),
            ("出生日期", rec.pii("DATE_OF_BIRTH", _fd(p.birth, "dmy"))),
            ("性別", rec.pii("GENDER", p.sex_en())),
            (rnd.choice(["证件号码", "Number", "證件編號"]), rec.pii("MO_ID", _macau_number(rnd), digits=True)),
            ("有效期至", _fd(_rand_date(rnd, 2026, 2034), "dmy")),
        ]
    if doc == 2:
        number = rnd.choice("HM") + _num(rnd, 8)
        return [
            ("姓名", rec.pii("PERSON", p.zh())),
            ("英文姓名", rec.pii("PERSON", p.roman("yue", "tight"))),
            ("出生日期", rec.pii("DATE_OF_BIRTH", _fd(p.birth, "dot"))),
            ("性别", rec.pii("GENDER", p.sex_cn())),
            (rnd.choice(["Number", "证件号码", "号码"]), rec.pii("TRAVEL_PERMIT", number, digits=True)),
            ("有效期限", _validity(rnd, [10])),
        ]
    if doc == 3:
        return [
            ("宾客姓名", rec.pii("PERSON", p.zh())),
            ("证件类型", "居民身份证"),
            ("证件号码", rec.pii("CN_RESIDENT_ID", p.resident_id(), digits=True)),
            ("联系电话", rec.pii("PHONE_NUMBER", _phone(rnd), digits=True)),
            ("入住日期", _fd(_rand_date(rnd, 2024, 2025), "dash")),
            ("房号", str(rnd.randint(201, 2999))),
        ]
    if doc == 4:
        f = _foreigner(rnd)
        area = rnd.choice(_AREAS)
        return [
            ("姓名/Name", rec.pii("PERSON", f.full("comma"))),
            ("国籍/Nationality", rec.pii("NATIONALITY", f"{f.country.cn}/{f.country.code}")),
            ("出生日期/Date of Birth", rec.pii("DATE_OF_BIRTH", _fd(f.birth, "dot"))),
            ("证件号码/Card No.", rec.pii("FOREIGN_PERMANENT_RESIDENCE", _fpr_number_2023(rnd, f, area), digits=True)),
        ]
    f = _foreigner(rnd)
    return [
        ("Full Name", rec.pii("PERSON", f.full("west"))),
        ("Date of Birth", rec.pii("DATE_OF_BIRTH", _fd(f.birth, "dmy"))),
        ("Passport No.", rec.pii("PASSPORT", _passport_number(rnd, f.country.code), digits=True)),
        (
            "Email",
            rec.pii(
                "EMAIL_ADDRESS",
                f"{f.given.split()[0].lower()}.{f.surname.lower().replace(chr(39), '')}@{rnd.choice(_MAIL_DOMAINS)}",
            ),
        ),
        ("Mobile", rec.pii("PHONE_NUMBER", _hk_phone(rnd), digits=True)),
    ]


def _quad(x: int, y: int, w: int, h: int) -> dict[str, Any]:
    return {
        "LeftTop": {"X": x, "Y": y},
        "RightTop": {"X": x + w, "Y": y},
        "RightBottom": {"X": x + w, "Y": y + h},
        "LeftBottom": {"X": x, "Y": y + h},
    }


def _tc_smart(rnd: Rnd, rec: Recorder) -> Any:
    items = _smart_items(rnd, rec)
    lines = []
    words = []
    y = rnd.randint(20, 60)
    for key, value in items:
        rec.op("title_or_label", key)
        x = rnd.randint(20, 80)
        lines.append(
            {
                "Key": {"AutoName": key, "ConfigName": ""},
                "Value": {"AutoContent": value, "Coord": _quad(x + 120, y, 14 * len(value) + 10, 30), "PageIndex": 0},
            }
        )
        words.append({"DetectedText": key, "Coord": _quad(x, y, 26 * len(key), 30)})
        words.append({"DetectedText": value, "Coord": _quad(x + 120, y, 14 * len(value) + 10, 30)})
        y += rnd.randint(36, 60)
    body = {
        "Angle": 0,
        "StructuralList": [{"Groups": [{"Lines": lines}]}],
        "WordList": words if _p(rnd, 0.6) else [],
        "TokenNum": rnd.randint(300, 1800),
    }
    return _tc(rnd, rec, "SmartStructuralOCRV2", body, {**_image_ref(rnd), "ReturnFullText": _p(rnd, 0.5)})


def _api_tencent_documents(rnd: Rnd, rec: Recorder) -> Any:
    fn = _pick(rnd, [(_tc_driver, 20), (_tc_vehicle, 18), (_tc_booklet, 17), (_tc_bankcard, 15), (_tc_smart, 30)])
    return fn(rnd, rec)


def _bd_loc(rnd: Rnd) -> dict[str, int]:
    return {
        "top": rnd.randint(10, 600),
        "left": rnd.randint(10, 900),
        "width": rnd.randint(40, 500),
        "height": rnd.randint(18, 60),
    }


def _bd_words(rnd: Rnd, rec: Recorder, pairs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    out = {}
    for key, value in pairs:
        rec.op("title_or_label", key)
        out[key] = {"location": _bd_loc(rnd), "words": value}
    return out


def _bd(rnd: Rnd, rec: Recorder, out: dict[str, Any], action: str) -> Any:
    out["log_id"] = rec.op_num("request_id", "log_id", int(rnd.choice("1234") + _num(rnd, 18)))
    return _wrap(rnd, rec, action, ["bj", "gz", "su", "bd"], out, 0.3)


def _bd_idcard(rnd: Rnd, rec: Recorder) -> Any:
    p = _person(rnd)
    if _p(rnd, 0.2):
        pairs = [
            ("失效日期", rnd.choice(["长期", _fd(_rand_date(rnd, 2026, 2040), "compact")])),
            ("签发机关", _police(p.area)),
            ("签发日期", _fd(_rand_date(rnd, 2010, 2024), "compact")),
        ]
        out = {
            "words_result": _bd_words(rnd, rec, pairs),
            "words_result_num": 3,
            "image_status": "normal",
            "risk_type": "normal",
            "direction": 0,
        }
        return _bd(rnd, rec, out, "idcard")
    nation = rec.pii("ETHNICITY", p.ethnicity) if len(p.ethnicity) >= 2 else p.ethnicity
    pairs = [
        ("住址", rec.pii("ADDRESS", p.address)),
        ("公民身份号码", rec.pii("CN_RESIDENT_ID", p.resident_id(), digits=True)),
        ("出生", rec.pii("DATE_OF_BIRTH", _fd(p.birth, "compact"))),
        ("姓名", rec.pii("PERSON", p.zh())),
        ("性别", rec.pii("GENDER", p.sex_cn())),
        ("民族", nation),
    ]
    rnd.shuffle(pairs)
    out: dict[str, Any] = {
        "words_result": _bd_words(rnd, rec, pairs),
        "words_result_num": 6,
        "idcard_number_type": rnd.choice([1, 1, 1, 3]),
        "image_status": "normal",
        "risk_type": rnd.choice(["normal", "normal", "copy", "screen"]),
        "direction": 0,
    }
    if _p(rnd, 0.3):
        out["photo"] = rec.pii("IMAGE", _jpeg_b64(rnd))
    return _bd(rnd, rec, out, "idcard")


def _bd_passport(rnd: Rnd, rec: Recorder) -> Any:
    p = _person(rnd, first=1945, last=2015)
    number = _passport_number(rnd, "CHN")
    issue = _rand_date(rnd, 2014, 2024)
    expiry = _add_years(issue, 10) - timedelta(days=1)
    other = _other_short(rnd, p.area.short)
    l1, l2 = mrz_td3(
        "CHN",
        p.sur_rom("py"),
        p.given_rom("py", "joined"),
        number,
        "CHN",
        p.birth,
        p.sex_en(),
        expiry,
        doc_type="PO",
        personal="".join(rnd.choice("ABCDEFGHIJKLMNOP") for _ in range(14)),
    )
    pairs = [
        ("国家码", rec.pii("NATIONALITY", "CHN")),
        ("护照号码", rec.pii("PASSPORT", number, digits=True)),
        ("姓名", rec.pii("PERSON", p.zh())),
        ("姓名拼音", rec.pii("PERSON", p.roman("py", rnd.choice(["tight", "comma", "caps"])))),
        ("性别", rec.pii("GENDER", f"{p.sex_cn()}/{p.sex_en()}")),
        ("出生地点", rec.pii("PLACE_OF_BIRTH", f"{p.area.short}/{p.area.pinyin.replace('<', ' ')}")),
        (rnd.choice(["出生日期", "生日"]), rec.pii("DATE_OF_BIRTH", _fd(p.birth, rnd.choice(["compact", "mon"])))),
        ("护照签发地点", f"{other.short}/{other.pinyin.replace('<', ' ')}"),
        ("签发日期", _fd(issue, "compact")),
        ("有效期至", _fd(expiry, "compact")),
        ("签发机关", "中华人民共和国国家移民管理局"),
        ("护照类型", "P"),
        ("国籍", rec.pii("NATIONALITY", rnd.choice(["中国", "中国/CHINESE"]))),
        ("MRZCode1", rec.pii("MRZ", l1)),
        ("MRZCode2", rec.pii("MRZ", l2)),
    ]
    return _bd(rnd, rec, {"words_result": _bd_words(rnd, rec, pairs), "words_result_num": len(pairs)}, "passport")


def _bd_bankcard(rnd: Rnd, rec: Recorder) -> Any:
    p = _person(rnd)
    bank, number = _card_number(rnd)
    result = {
        "bank_card_number": rec.pii(
            "BANK_CARD", " ".join(number[i : i + 4] for i in range(0, len(number), 4)), digits=True
        ),
        "valid_date": rnd.choice([f"{rnd.randint(1, 12):02d}/{rnd.randint(25, 34)}", "NO VALID"]),
        "bank_card_type": rnd.choice([1, 2]),
        "bank_name": bank[0],
        "holder_name": rec.pii("PERSON", p.roman("py", "caps")) if _p(rnd, 0.5) else "",
    }
    return _bd(rnd, rec, {"result": result, "direction": 0}, "bankcard")


def _bd_driving(rnd: Rnd, rec: Recorder) -> Any:
    p = _person(rnd, first=1955, last=2004)
    start = _rand_date(rnd, 2012, 2024)
    pairs = [
        ("证号", rec.pii("DRIVER_LICENSE", p.resident_id(), digits=True)),
        ("有效期限", _fd(start, "compact")),
        ("准驾车型", rnd.choice(["C1", "C2", "B2"])),
        ("住址", rec.pii("ADDRESS", p.address)),
        ("至", _fd(_add_years(start, rnd.choice([6, 10])), "compact")),
        ("姓名", rec.pii("PERSON", p.zh())),
        ("国籍", rec.pii("NATIONALITY", "中国")),
        ("出生日期", rec.pii("DATE_OF_BIRTH", _fd(p.birth, "compact"))),
        ("性别", rec.pii("GENDER", p.sex_cn())),
        ("初次领证日期", _fd(start, "compact")),
    ]
    return _bd(
        rnd, rec, {"words_result": _bd_words(rnd, rec, pairs), "words_result_num": len(pairs)}, "driving_license"
    )


def _api_baidu_cards(rnd: Rnd, rec: Recorder) -> Any:
    fn = _pick(rnd, [(_bd_idcard, 35), (_bd_passport, 25), (_bd_bankcard, 20), (_bd_driving, 20)])
    return fn(rnd, rec)


def _ali_pos(rnd: Rnd) -> list[dict[str, int]]:
    x, y, w, h = rnd.randint(20, 500), rnd.randint(20, 400), rnd.randint(60, 500), rnd.randint(20, 50)
    return [{"x": x, "y": y}, {"x": x + w, "y": y}, {"x": x + w, "y": y + h}, {"x": x, "y": y + h}]


def _ali_kv(rnd: Rnd, data: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {"key": k, "keyProb": 100, "value": v, "valueProb": rnd.randint(90, 100), "valuePos": _ali_pos(rnd)}
        for k, v in data.items()
    ]


def _ali(rnd: Rnd, rec: Recorder, action: str, data: dict[str, Any]) -> Any:
    w, h = rnd.choice([(1024, 640), (1280, 800), (960, 600)])
    data.update(
        {"ftype": 0, "height": h, "width": w, "orgHeight": h, "orgWidth": w, "angle": rnd.choice([0, 0, 90, 270])}
    )
    out = {"RequestId": rec.op("request_id", _uuid(rnd, upper=True)), "Data": json.dumps(data, ensure_ascii=False)}
    if _p(rnd, 0.35):
        out = {"statusCode": 200, "headers": {"x-acs-request-id": out["RequestId"]}, "body": out}
    return _wrap(rnd, rec, action, _ALI_REGIONS, out, 0.25)


def _ali_idcard(rnd: Rnd, rec: Recorder) -> Any:
    p = _person(rnd)
    if _p(rnd, 0.2):
        back = {"issueAuthority": _police(p.area), "validPeriod": _validity(rnd, [10, 20], "dot", allow_long=True)}
        return _ali(
            rnd, rec, "RecognizeIdcard", {"data": {"back": {"data": back, "prism_keyValueInfo": _ali_kv(rnd, back)}}}
        )
    face = {
        "name": rec.pii("PERSON", p.zh()),
        "sex": rec.pii("GENDER", p.sex_cn()),
        "ethnicity": rec.pii("ETHNICITY", p.ethnicity) if len(p.ethnicity) >= 2 else p.ethnicity,
        "birthDate": rec.pii("DATE_OF_BIRTH", _fd(p.birth, "cn")),
        "address": rec.pii("ADDRESS", p.address),
        "idNumber": rec.pii("CN_RESIDENT_ID", p.resident_id(), digits=True),
    }
    data: dict[str, Any] = {"data": {"face": {"data": face, "prism_keyValueInfo": _ali_kv(rnd, face)}}}
    if _p(rnd, 0.5):
        x, y = rnd.randint(600, 800), rnd.randint(80, 200)
        data["figure"] = [
            {
                "type": "face",
                "x": x,
                "y": y,
                "w": 220,
                "h": 280,
                "box": {"x": x + 110, "y": y + 140, "w": 220, "h": 280, "angle": 0},
            }
        ]
    if _p(rnd, 0.4):
        data["warning"] = {
            "completenessScore": 100,
            "qualityScore": round(rnd.uniform(60, 99), 2),
            "tamperScore": rnd.randint(0, 30),
            "isCopy": 0,
            "isReshoot": rnd.choice([0, 1]),
        }
    return _ali(rnd, rec, "RecognizeIdcard", data)


def _ali_bankcard(rnd: Rnd, rec: Recorder) -> Any:
    bank, number = _card_number(rnd)
    inner = {
        "bankName": bank[0],
        "cardNumber": rec.pii("BANK_CARD", number, digits=True),
        "validToDate": f"{rnd.randint(1, 12):02d}/{rnd.randint(25, 34)}",
        "cardType": rnd.choice(["DC", "CC"]),
    }
    return _ali(rnd, rec, "RecognizeBankCard", {"data": inner})


def _ali_passport(rnd: Rnd, rec: Recorder) -> Any:
    p = _person(rnd, first=1945, last=2015)
    number = _passport_number(rnd, "CHN")
    issue = _rand_date(rnd, 2014, 2024)
    expiry = _add_years(issue, 10) - timedelta(days=1)
    other = _other_short(rnd, p.area.short)
    l1, l2 = mrz_td3(
        "CHN",
        p.sur_rom("py"),
        p.given_rom("py", "joined"),
        number,
        "CHN",
        p.birth,
        p.sex_en(),
        expiry,
        doc_type="PO",
        personal="".join(rnd.choice("ABCDEFGHIJKLMNOP") for _ in range(14)),
    )
    inner = {
        "passportType": "P",
        "countryCode": rec.pii("NATIONALITY", "CHN"),
        "passportNumber": rec.pii("PASSPORT", number, digits=True),
        "nameEn": rec.pii("PERSON", p.roman("py", rnd.choice(["comma", "tight"]))),
        "name": rec.pii("PERSON", p.zh()),
        "sex": rec.pii("GENDER", p.sex_cn()),
        "birthPlace": rec.pii("PLACE_OF_BIRTH", p.area.short),
        "nationality": rec.pii("NATIONALITY", "中国"),
        "issuePlace": other.short,
        "issueAuthority": "国家移民管理局",
        "birthPlaceEn": rec.pii("PLACE_OF_BIRTH", p.area.pinyin.replace("<", " ")),
        "issuePlaceEn": other.pinyin.replace("<", " "),
        "birthDate": rec.pii("DATE_OF_BIRTH", _fd(p.birth, "compact")),
        "validToDate": _fd(expiry, "compact"),
        "issueDate": _fd(issue, "compact"),
        "mrzLine1": rec.pii("MRZ", l1),
        "mrzLine2": rec.pii("MRZ", l2),
    }
    return _ali(rnd, rec, "RecognizeChinesePassport", {"data": inner, "prism_keyValueInfo": _ali_kv(rnd, inner)})


def _api_aliyun_cards(rnd: Rnd, rec: Recorder) -> Any:
    fn = _pick(rnd, [(_ali_idcard, 55), (_ali_bankcard, 20), (_ali_passport, 25)])
    return fn(rnd, rec)


_US_PLACES = [
    ("SACRAMENTO", "CA", "958"),
    ("SAN JOSE", "CA", "951"),
    ("FRESNO", "CA", "937"),
    ("ALBANY", "NY", "122"),
    ("BUFFALO", "NY", "142"),
    ("AUSTIN", "TX", "787"),
    ("HOUSTON", "TX", "770"),
    ("SEATTLE", "WA", "981"),
    ("SPOKANE", "WA", "992"),
    ("COLUMBUS", "OH", "432"),
]
_US_STATES = {"CA": "CALIFORNIA", "NY": "NEW YORK", "TX": "TEXAS", "WA": "WASHINGTON", "OH": "OHIO"}
_US_STREETS = [
    "MAPLE AVE",
    "OAK ST",
    "MAIN ST",
    "SUNSET BLVD",
    "ELM DR",
    "PINE RD",
    "LAKEVIEW CT",
    "HIGHLAND PKWY",
    "CEDAR LN",
    "WILLOW WAY",
]


@dataclass
class UsLicence:
    first: str
    middle: str
    last: str
    number: str
    street: str
    house: str
    road: str
    city: str
    state: str
    zip: str
    birth: date
    male: bool


def _us_licence(rnd: Rnd) -> UsLicence:
    f = _foreigner(rnd, _COUNTRIES[1])
    first, _, middle = f.given.partition(" ")
    city, state, zip3 = rnd.choice(_US_PLACES)
    number = {
        "CA": lambda: rnd.choice("ABDEFGNY") + _num(rnd, 7),
        "NY": lambda: _num(rnd, 9),
        "TX": lambda: _num(rnd, 8),
        "WA": lambda: "WDL" + "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)),
        "OH": lambda: rnd.choice(["AB", "RT", "SP"]) + _num(rnd, 6),
    }[state]()
    house, road = str(rnd.randint(100, 9899)), rnd.choice(_US_STREETS)
    return UsLicence(
        first,
        middle,
        f.surname,
        number,
        f"{house} {road}",
        house,
        road,
        city,
        state,
        zip3 + _num(rnd, 2),
        f.birth,
        f.male,
    )


def _textract_id(rnd: Rnd, rec: Recorder) -> Any:
    fields: dict[str, tuple[str, str]] = {}

    def put(key: str, text: str, norm: str = "") -> None:
        fields[key] = (text, norm)

    if _p(rnd, 0.5):
        d = _us_licence(rnd)
        put("FIRST_NAME", rec.pii("PERSON", d.first))
        put("LAST_NAME", rec.pii("PERSON", d.last))
        put("MIDDLE_NAME", rec.pii("PERSON", d.middle) if d.middle else "")
        put("CITY_IN_ADDRESS", rec.pii("ADDRESS", d.city))
        put("ZIP_CODE_IN_ADDRESS", rec.pii("ADDRESS", d.zip))
        put("STATE_IN_ADDRESS", d.state)
        put("STATE_NAME", _US_STATES[d.state])
        put("DOCUMENT_NUMBER", rec.pii("DRIVER_LICENSE", d.number, digits=True))
        exp = _rand_date(rnd, 2025, 2032)
        put("EXPIRATION_DATE", _fd(exp, "mdy"), _fd(exp, "iso_t"))
        put(
            "DATE_OF_BIRTH",
            rec.pii("DATE_OF_BIRTH", _fd(d.birth, "mdy")),
            rec.pii("DATE_OF_BIRTH", _fd(d.birth, "iso_t")),
        )
        put("DATE_OF_ISSUE", _fd(_rand_date(rnd, 2018, 2024), "mdy"))
        put("ID_TYPE", "DRIVER LICENSE FRONT")
        put("ENDORSEMENTS", "NONE")
        put("VETERAN", "")
        put("RESTRICTIONS", rnd.choice(["NONE", "CORR LENS"]))
        put("CLASS", rnd.choice(["C", "D", "DM"]))
        put("ADDRESS", rec.pii("ADDRESS", d.street))
        put("COUNTY", "")
        put("PLACE_OF_BIRTH", "")
        put("MRZ_CODE", "")
    else:
        f = _foreigner(rnd, _COUNTRIES[1])
        first, _, middle = f.given.partition(" ")
        number = _passport_number(rnd, "USA")
        issue = _rand_date(rnd, 2015, 2024)
        expiry = _add_years(issue, 10)
        l1, l2 = mrz_td3("USA", f.surname, f.given, number, "USA", f.birth, f.sex_en(), expiry)
        put("FIRST_NAME", rec.pii("PERSON", first))
        put("LAST_NAME", rec.pii("PERSON", f.surname))
        put("MIDDLE_NAME", rec.pii("PERSON", middle) if middle else "")
        put("DOCUMENT_NUMBER", rec.pii("PASSPORT", number, digits=True))
        put("EXPIRATION_DATE", _fd(expiry, "mon_t"), _fd(expiry, "iso_t"))
        put(
            "DATE_OF_BIRTH",
            rec.pii("DATE_OF_BIRTH", _fd(f.birth, "mon_t")),
            rec.pii("DATE_OF_BIRTH", _fd(f.birth, "iso_t")),
        )
        put("PLACE_OF_BIRTH", rec.pii("PLACE_OF_BIRTH", f.place))
        put("DATE_OF_ISSUE", _fd(issue, "mon_t"))
        put("ID_TYPE", "PASSPORT")
        put("MRZ_CODE", f"{rec.pii('MRZ', l1)}\n{rec.pii('MRZ', l2)}")
        for key in (
            "SUFFIX",
            "CITY_IN_ADDRESS",
            "ZIP_CODE_IN_ADDRESS",
            "STATE_IN_ADDRESS",
            "STATE_NAME",
            "ENDORSEMENTS",
            "VETERAN",
            "RESTRICTIONS",
            "CLASS",
            "ADDRESS",
            "COUNTY",
        ):
            put(key, "")
    out_fields = []
    for key, (text, norm) in fields.items():
        value: dict[str, Any] = {"Text": text, "Confidence": round(rnd.uniform(80, 99.99), 6)}
        if norm:
            value["NormalizedValue"] = {"Value": norm, "ValueType": "Date"}
        out_fields.append({"Type": {"Text": key}, "ValueDetection": value})
    rid = rec.op("request_id", _uuid(rnd))
    out = {
        "IdentityDocuments": [{"DocumentIndex": 1, "IdentityDocumentFields": out_fields}],
        "DocumentMetadata": {"Pages": 1},
        "AnalyzeIDModelVersion": "1.0",
        "ResponseMetadata": {"RequestId": rid, "HTTPStatusCode": 200, "RetryAttempts": 0},
    }
    return _wrap(rnd, rec, "AnalyzeID", _AWS_REGIONS, out, 0.3)


def _az_field(rnd: Rnd, kind: str, value: Any, content: str) -> dict[str, Any]:
    key = {"string": "valueString", "date": "valueDate", "countryRegion": "valueCountryRegion"}.get(kind, "valueString")
    return {
        "type": kind,
        key: value,
        "content": content,
        "boundingRegions": [{"pageNumber": 1, "polygon": [rnd.randint(10, 900) for _ in range(8)]}],
        "confidence": round(rnd.uniform(0.8, 0.999), 3),
        "spans": [{"offset": rnd.randint(0, 400), "length": len(content)}],
    }


def _azure_id(rnd: Rnd, rec: Recorder) -> Any:
    fields: dict[str, Any] = {}
    content_lines: list[str] = []
    if _p(rnd, 0.65):
        doc_type = "idDocument.passport"
        if _p(rnd, 0.7):
            f = _foreigner(rnd)
            c = f.country
            first, last, number = f.given, f.surname, _passport_number(rnd, c.code)
            issuer, nat, birth, sex, pob = c.mrz, c.code, f.birth, f.sex_en(), f.place
            if c.code_printed_safe:
                content_lines.extend(c.titles[:2])
        else:
            p = _person(rnd, english=True)
            hk = _p(rnd, 0.5)
            system = "yue" if hk else "py"
            first, last = p.given_rom(system, "spaced" if hk else "joined"), p.sur_rom(system)
            number = _passport_number(rnd, "HKG" if hk else "CHN")
            issuer, nat, birth, sex = "CHN", "CHN", p.birth, p.sex_en()
            pob = "HONG KONG" if hk else p.area.pinyin.replace("<", " ")
            content_lines.append("PASSPORT")
        issue = _rand_date(rnd, 2015, 2024)
        expiry = _add_years(issue, 10)
        l1, l2 = mrz_td3(issuer, last, first, number, issuer, birth, sex, expiry)
        dob_text = _fd(birth, "mon")
        fields["DocumentNumber"] = _az_field(rnd, "string", rec.pii("PASSPORT", number, digits=True), number)
        fields["FirstName"] = _az_field(rnd, "string", rec.pii("PERSON", first), first)
        fields["LastName"] = _az_field(rnd, "string", rec.pii("PERSON", last), last)
        fields["DateOfBirth"] = _az_field(
            rnd, "date", rec.pii("DATE_OF_BIRTH", _fd(birth, "dash")), rec.pii("DATE_OF_BIRTH", dob_text)
        )
        fields["DateOfExpiration"] = _az_field(rnd, "date", _fd(expiry, "dash"), _fd(expiry, "mon"))
        fields["DateOfIssue"] = _az_field(rnd, "date", _fd(issue, "dash"), _fd(issue, "mon"))
        fields["Sex"] = _az_field(rnd, "string", rec.pii("GENDER", sex), sex)
        fields["Nationality"] = _az_field(rnd, "countryRegion", rec.pii("NATIONALITY", nat), nat)
        fields["CountryRegion"] = _az_field(rnd, "countryRegion", nat, nat)
        fields["PlaceOfBirth"] = _az_field(rnd, "string", rec.pii("PLACE_OF_BIRTH", pob), pob)
        mrz = {
            "type": "object",
            "content": f"{rec.pii('MRZ', l1)}\n{rec.pii('MRZ', l2)}",
            "valueObject": {
                "DocumentNumber": {"type": "string", "valueString": number},
                "FirstName": {"type": "string", "valueString": first},
                "LastName": {"type": "string", "valueString": last},
                "DateOfBirth": {"type": "date", "valueDate": _fd(birth, "dash")},
                "Sex": {"type": "string", "valueString": sex},
            },
            "confidence": round(rnd.uniform(0.9, 0.999), 3),
        }
        fields["MachineReadableZone"] = mrz
        fields["DocumentType"] = _az_field(rnd, "string", "P", "P")
        content_lines.extend([last, first, number, dob_text, sex, pob, l1, l2])
    else:
        doc_type = "idDocument.driverLicense"
        d = _us_licence(rnd)
        fields["DocumentNumber"] = _az_field(rnd, "string", rec.pii("DRIVER_LICENSE", d.number, digits=True), d.number)
        fields["FirstName"] = _az_field(
            rnd, "string", rec.pii("PERSON", f"{d.first} {d.middle}".strip()), f"{d.first} {d.middle}".strip()
        )
        fields["LastName"] = _az_field(rnd, "string", rec.pii("PERSON", d.last), d.last)
        dob_text = _fd(d.birth, "mdy")
        fields["DateOfBirth"] = _az_field(
            rnd, "date", rec.pii("DATE_OF_BIRTH", _fd(d.birth, "dash")), rec.pii("DATE_OF_BIRTH", dob_text)
        )
        exp = _rand_date(rnd, 2025, 2032)
        fields["DateOfExpiration"] = _az_field(rnd, "date", _fd(exp, "dash"), _fd(exp, "mdy"))
        sex = rec.pii("GENDER", "M" if d.male else "F")
        fields["Sex"] = _az_field(rnd, "string", sex, sex)
        line2 = f"{d.city}, {d.state} {d.zip}"
        fields["Address"] = {
            "type": "address",
            "content": f"{rec.pii('ADDRESS', d.street)}\n{rec.pii('ADDRESS', line2)}",
            "valueAddress": {
                "houseNumber": rec.pii("ADDRESS", d.house),
                "road": rec.pii("ADDRESS", d.road),
                "city": rec.pii("ADDRESS", d.city),
                "state": d.state,
                "postalCode": rec.pii("ADDRESS", d.zip),
                "countryRegion": "USA",
                "streetAddress": d.street,
            },
            "confidence": round(rnd.uniform(0.8, 0.99), 3),
        }
        fields["Region"] = _az_field(rnd, "string", _US_STATES[d.state].title(), _US_STATES[d.state])
        fields["CountryRegion"] = _az_field(rnd, "countryRegion", "USA", "USA")
        fields["VehicleClassifications"] = _az_field(rnd, "string", "C", "C")
        content_lines.extend(
            [
                _US_STATES[d.state],
                "DRIVER LICENSE",
                d.number,
                d.last,
                f"{d.first} {d.middle}".strip(),
                d.street,
                line2,
                dob_text,
            ]
        )
    moment = _moment(rnd)
    return {
        "status": "succeeded",
        "createdDateTime": rec.op("timestamp", moment.strftime("%Y-%m-%dT%H:%M:%SZ")),
        "lastUpdatedDateTime": (moment + timedelta(seconds=2)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "analyzeResult": {
            "apiVersion": rnd.choice(["2024-11-30", "2023-07-31"]),
            "modelId": "prebuilt-idDocument",
            "stringIndexType": "textElements",
            "content": "\n".join(content_lines),
            "pages": [
                {
                    "pageNumber": 1,
                    "angle": 0,
                    "width": 1000,
                    "height": 700,
                    "unit": "pixel",
                    "words": [],
                    "lines": [],
                    "spans": [{"offset": 0, "length": len("\n".join(content_lines))}],
                }
            ],
            "documents": [
                {
                    "docType": doc_type,
                    "fields": fields,
                    "confidence": round(rnd.uniform(0.9, 0.999), 3),
                    "spans": [{"offset": 0, "length": len("\n".join(content_lines))}],
                }
            ],
        },
    }


def _google_id(rnd: Rnd, rec: Recorder) -> Any:
    ents: list[tuple[str, str, str]] = []
    if _p(rnd, 0.5):
        f = _foreigner(rnd, _COUNTRIES[1])
        number = _passport_number(rnd, "USA")
        issue = _rand_date(rnd, 2015, 2024)
        expiry = _add_years(issue, 10)
        l1, l2 = mrz_td3("USA", f.surname, f.given, number, "USA", f.birth, f.sex_en(), expiry)
        ents = [
            ("Family Name", rec.pii("PERSON", f.surname), ""),
            ("Given Names", rec.pii("PERSON", f.given), ""),
            ("Document Id", rec.pii("PASSPORT", number, digits=True), ""),
            (
                "Date Of Birth",
                rec.pii("DATE_OF_BIRTH", _fd(f.birth, "mon_t")),
                rec.pii("DATE_OF_BIRTH", _fd(f.birth, "dash")),
            ),
            ("Issue Date", _fd(issue, "mon_t"), _fd(issue, "dash")),
            ("Expiration Date", _fd(expiry, "mon_t"), _fd(expiry, "dash")),
            ("MRZ Code", f"{rec.pii('MRZ', l1)}\n{rec.pii('MRZ', l2)}", ""),
        ]
        processor = "us-passport-parser"
    else:
        d = _us_licence(rnd)
        line2 = f"{d.city}, {d.state} {d.zip}"
        exp = _rand_date(rnd, 2025, 2032)
        ents = [
            ("Family Name", rec.pii("PERSON", d.last), ""),
            ("Given Names", rec.pii("PERSON", f"{d.first} {d.middle}".strip()), ""),
            ("Document Id", rec.pii("DRIVER_LICENSE", d.number, digits=True), ""),
            ("Address", f"{rec.pii('ADDRESS', d.street)}\n{rec.pii('ADDRESS', line2)}", ""),
            (
                "Date Of Birth",
                rec.pii("DATE_OF_BIRTH", _fd(d.birth, "mdy")),
                rec.pii("DATE_OF_BIRTH", _fd(d.birth, "dash")),
            ),
            ("Issue Date", _fd(_rand_date(rnd, 2018, 2024), "mdy"), ""),
            ("Expiration Date", _fd(exp, "mdy"), _fd(exp, "dash")),
        ]
        processor = "us-driver-license-parser"
    text = ""
    entities = []
    for i, (etype, mention, norm) in enumerate(ents):
        start = len(text)
        text += mention + "\n"
        ent: dict[str, Any] = {
            "type": etype,
            "mentionText": mention,
            "confidence": round(rnd.uniform(0.7, 1.0), 4),
            "textAnchor": {
                "textSegments": [
                    {"startIndex": str(start), "endIndex": str(start + len(mention))}
                    if start
                    else {"endIndex": str(len(mention))}
                ]
            },
            "pageAnchor": {
                "pageRefs": [
                    {
                        "boundingPoly": {
                            "normalizedVertices": [
                                {"x": round(rnd.random(), 4), "y": round(rnd.random(), 4)} for _ in range(4)
                            ]
                        }
                    }
                ]
            },
            "id": str(i),
        }
        if norm:
            y, m, dd = (int(x) for x in norm.split("-"))
            ent["normalizedValue"] = {"text": norm, "dateValue": {"year": y, "month": m, "day": dd}}
        entities.append(ent)
    if _p(rnd, 0.3):
        entities.append({"type": "Portrait", "mentionText": "", "confidence": 0.99, "id": str(len(entities))})
    out = {
        "document": {
            "mimeType": "image/jpeg",
            "text": text,
            "entities": entities,
            "pages": [{"pageNumber": 1, "dimension": {"width": 1200, "height": 800, "unit": "pixels"}}],
        }
    }
    if _p(rnd, 0.4):
        out["humanReviewStatus"] = {"state": "SKIPPED"}
    return _wrap(rnd, rec, processor, ["us", "eu"], out, 0.3)


def _api_intl_identity(rnd: Rnd, rec: Recorder) -> Any:
    fn = _pick(rnd, [(_textract_id, 34), (_azure_id, 36), (_google_id, 30)])
    return fn(rnd, rec)


# ---------------------------------------------------------------------------------------------------------------
# Log lines and errors around OCR calls that quote personal values

_SERVICES = ["kyc-api", "onboarding-svc", "ocr-gateway", "risk-engine", "member-center", "doc-verify", "loan-apply"]
_TC_ACTIONS = [
    "IDCardOCR",
    "HKIDCardOCR",
    "MLIDPassportOCR",
    "MainlandPermitOCR",
    "PermitOCR",
    "BankCardOCR",
    "GeneralBasicOCR",
    "GeneralAccurateOCR",
    "DriverLicenseOCR",
    "ResidenceBookletOCR",
    "SmartStructuralOCRV2",
]
_TC_ERRORS = [
    ("FailedOperation.IdCardInfoIllegal", "身份证信息不合法"),
    ("FailedOperation.ImageBlur", "图片模糊"),
    ("FailedOperation.OcrFailed", "OCR识别失败"),
    ("FailedOperation.ImageNoText", "图片中未检测到文本"),
    ("InvalidParameterValue.InvalidParameterValueLimit", "参数值错误"),
    ("LimitExceeded.TooLargeFileError", "文件内容太大"),
    ("ResourceUnavailable.InArrears", "账号已欠费"),
    ("FailedOperation.NoPassport", "非护照"),
]


def _prefix(rnd: Rnd, rec: Recorder, level: str) -> str:
    ts = rec.op("timestamp", _ts(rnd, style=rnd.choice(["iso", "space_ms", "space", "iso_z"])))
    svc = rnd.choice(_SERVICES)
    style = rnd.randrange(4)
    if style == 0:
        return f"{ts} {level:<5} [{svc}]"
    if style == 1:
        return f"[{ts}] {level} {svc}:"
    if style == 2:
        return f"{ts} | {level} | {svc} |"
    return f"{level[0]} {ts} {svc}[{rnd.randint(100, 40000)}]"


def _misread(rnd: Rnd, name: str) -> str:
    i = rnd.randrange(1, len(name)) if len(name) > 1 else 0
    return name[:i] + rnd.choice(_GIVEN).simp + name[i + 1 :]


def _l_checksum(rnd: Rnd, rec: Recorder) -> str:
    p = _person(rnd)
    prefix = rnd.choice(["", "", "", "810000", "830000"])
    bad = rec.pii("RESIDENCE_PERMIT" if prefix else "CN_RESIDENT_ID", _wrong_check(p.resident_id(prefix)), digits=True)
    rid = rec.op("request_id", _uuid(rnd))
    pre = _prefix(rnd, rec, rnd.choice(["ERROR", "WARN"]))
    k = rnd.randrange(5)
    if k == 0:
        return f"{pre} InvalidIdNumber: checksum mismatch for {bad} (request_id={rid})"
    if k == 1:
        return f"{pre} id_number={bad} failed GB 11643 check digit validation; RequestId={rid}"
    if k == 2:
        return f"{pre} 身份证号校验失败：{bad} 校验位不匹配，requestId={rid}"
    if k == 3:
        name = rec.pii("PERSON", p.zh())
        return f"{pre} ValidationError(field='IdNum', value='{bad}', reason='checksum mismatch') name={name} req={rid}"
    return f"{pre} rejecting OCR result {rid}: IdNum {bad} is not a valid resident ID number"


def _l_other_ids(rnd: Rnd, rec: Recorder) -> str:
    p = _person(rnd, english=True)
    pre = _prefix(rnd, rec, "WARN")
    k = rnd.randrange(3)
    if k == 0:
        body, check = _hkid_number(rnd)
        wrong = rnd.choice([c for c in "0123456789A" if c != check])
        v = rec.pii("HK_ID", f"{body}({wrong})", digits=True)
        name = rec.pii("PERSON", p.roman("yue", "hk"))
        return f'{pre} hkid.verify: check digit failed for {v} holder="{name}"'
    if k == 1:
        good = tw_id(rnd, p.male)
        v = rec.pii("TW_ID", good[:-1] + str((int(good[-1]) + rnd.randint(1, 9)) % 10), digits=True)
        return f"{pre} TW ID {v} rejected: invalid checksum (name={rec.pii('PERSON', p.zh(trad=True))})"
    number = rec.pii("TRAVEL_PERMIT", rnd.choice(["H", "M", "C"]) + _num(rnd, 8), digits=True)
    return f"{pre} permit {number} expired for {rec.pii('PERSON', p.zh())}, ask user to re-upload"


def _l_name_mismatch(rnd: Rnd, rec: Recorder) -> str:
    p = _person(rnd)
    rid = rec.op("request_id", _uuid(rnd))
    pre = _prefix(rnd, rec, "WARN")
    k = rnd.randrange(3)
    if k == 0:
        a, b = rec.pii("PERSON", p.zh()), rec.pii("PERSON", _misread(rnd, p.zh()))
        action = rec.op("action", rnd.choice(_TC_ACTIONS[:5]))
        return f'{pre} name mismatch: form="{a}" ocr="{b}" action={action} RequestId={rid}'
    if k == 1:
        a, b = rec.pii("PERSON", p.zh()), rec.pii("PERSON", _misread(rnd, p.zh()))
        lat = rec.op("latency", f"{rnd.randint(90, 1900)}ms")
        return f"{pre} 姓名不一致：用户填写[{a}] 证件识别[{b}] cost={lat} trace={rid}"
    a = rec.pii("PERSON", p.roman("py", "west"))
    b = rec.pii("PERSON", p.roman("py", rnd.choice(["tight", "caps", "comma"])))
    return f'{pre} applicant name "{a}" does not match passport name "{b}" (request {rid})'


def _l_sdk_request(rnd: Rnd, rec: Recorder) -> str:
    action = rec.op("action", rnd.choice(_TC_ACTIONS))
    region = rec.op("region", rnd.choice(_TC_REGIONS))
    b64 = _jpeg_b64(rnd, 180, 420)
    if _p(rnd, 0.5):
        shown = b64[: rnd.randint(60, 140)]
        rec.pii("IMAGE", shown)
        image = shown + "...(truncated)"
    else:
        image = rec.pii("IMAGE", b64)
    body = json.dumps({"ImageBase64": image, "CardSide": rnd.choice(["FRONT", "BACK"])}, separators=(",", ":"))
    ver = rec.op("sdk_version", f"3.0.{rnd.randint(900, 1350)}")
    pre = _prefix(rnd, rec, "DEBUG")
    return (
        f"{pre} tencentcloud-sdk-python/{ver} POST https://ocr.tencentcloudapi.com/ X-TC-Action={action} "
        f"X-TC-Region={region} body={body}"
    )


def _l_sdk_response(rnd: Rnd, rec: Recorder) -> str:
    p = _person(rnd)
    escaped = _p(rnd, 0.2)

    def show(entity: str, value: str, digits: bool = False) -> str:
        text = json.dumps(value)[1:-1] if escaped else value
        rec.pii(entity, text, digits=digits)
        return value

    rid = rec.op("request_id", _uuid(rnd))
    resp = {
        "Response": {
            "Name": show("PERSON", p.zh()),
            "Sex": show("GENDER", p.sex_cn()),
            "Birth": show("DATE_OF_BIRTH", _fd(p.birth, "slash")),
            "Address": show("ADDRESS", p.address),
            "IdNum": show("CN_RESIDENT_ID", p.resident_id(), True),
            "RequestId": rid,
        }
    }
    body = json.dumps(resp, ensure_ascii=escaped)
    pre = _prefix(rnd, rec, "DEBUG")
    return f"{pre} resp[{rec.op('action', 'IDCardOCR')}] status=200 body={body}"


def _l_mrz(rnd: Rnd, rec: Recorder) -> str:
    f = _foreigner(rnd)
    number = _passport_number(rnd, f.country.code)
    l1, l2 = mrz_td3(
        f.country.mrz, f.surname, f.given, number, f.country.mrz, f.birth, f.sex_en(), _rand_date(rnd, 2026, 2034)
    )
    bad = l2[:9] + str((int(l2[9]) + 1) % 10) + l2[10:]
    pre = _prefix(rnd, rec, "ERROR")
    v = rec.pii("MRZ", bad)
    who = rec.pii("PERSON", f.full(rnd.choice(["caps", "west"])))
    if _p(rnd, 0.5):
        return f"{pre} MRZ check digit mismatch at position 10: line2='{v}' holder={who}"
    line1 = rec.pii("MRZ", l1)
    return f"{pre} passport {rec.pii('PASSPORT', number, digits=True)} of {who}: MRZ invalid\n{line1}\n{v}"


def _l_contact(rnd: Rnd, rec: Recorder) -> str:
    p = _person(rnd)
    k = rnd.randrange(4)
    if k == 0:
        phone = rec.pii("PHONE_NUMBER", _phone(rnd), digits=True)
        cost = rec.op("latency", f"{rnd.randint(30, 600)}ms")
        return f"{_prefix(rnd, rec, 'INFO')} sms.send phone={phone} template=KYC_PASSED result=OK cost={cost}"
    if k == 1:
        phone = rec.pii("PHONE_NUMBER", _phone(rnd), digits=True)
        code = rec.op(
            "error_code", rnd.choice(["LimitExceeded.PhoneNumberDailyLimit", "FailedOperation.PhoneNumberInBlacklist"])
        )
        return f"{_prefix(rnd, rec, 'ERROR')} 短信发送失败 手机号:{phone} 错误码:{code}"
    if k == 2:
        email = rec.pii("EMAIL_ADDRESS", _email(rnd, p))
        msg = rec.op("other", f"msg-{_hex(rnd, 12)}")
        return f'{_prefix(rnd, rec, "INFO")} mail queued to={email} subject="Verification result" id={msg}'
    email = rec.pii("EMAIL_ADDRESS", _email(rnd, p))
    name = rec.pii("PERSON", p.zh())
    return f"{_prefix(rnd, rec, 'WARN')} duplicate account: {email} already bound to {name}"


def _l_traceback(rnd: Rnd, rec: Recorder) -> str:
    p = _person(rnd)
    bad = rec.pii("CN_RESIDENT_ID", _wrong_check(p.resident_id()), digits=True)
    line = rnd.randint(40, 400)
    return "\n".join(
        [
            f"{_prefix(rnd, rec, 'ERROR')} unhandled exception in verify_identity",
            "Traceback (most recent call last):",
            f'  File "/srv/app/kyc/verify.py", line {line}, in verify_identity',
            "    check_resident_id(ocr.IdNum)",
            f'  File "/srv/app/kyc/rules.py", line {line // 3 + 7}, in check_resident_id',
            "    raise InvalidIdNumber(number)",
            f"kyc.errors.InvalidIdNumber: {bad}",
        ]
    )


def _l_card(rnd: Rnd, rec: Recorder) -> str:
    p = _person(rnd)
    _, number = _card_number(rnd)
    card = rec.pii("BANK_CARD", _group_card(rnd, number), digits=True)
    name = rec.pii("PERSON", p.roman("py", "caps") if _p(rnd, 0.5) else p.zh())
    code = rec.op("error_code", rnd.choice(["CARD_HOLDER_MISMATCH", "CARD_EXPIRED", "BIN_NOT_SUPPORTED"]))
    return f"{_prefix(rnd, rec, 'WARN')} card bind rejected card_no={card} holder={name} code={code}"


def _l_baidu(rnd: Rnd, rec: Recorder) -> str:
    p = _person(rnd)
    name = rec.pii("PERSON", p.zh())
    idn = rec.pii("CN_RESIDENT_ID", p.resident_id(), digits=True)
    code = rec.op("error_code", f"error_code={rnd.choice(['222351', '222354', '222356', '216633'])}")
    log_id = rec.op("request_id", f"log_id={rnd.randint(10**17, 10**18 - 1)}")
    return (
        f'{_prefix(rnd, rec, "ERROR")} [baidu-aip] verify failed {code} error_msg="id number and name not match" '
        f"name={name} id_card_number={idn} {log_id}"
    )


def _l_birth(rnd: Rnd, rec: Recorder) -> str:
    p = _person(rnd)
    dob = rec.pii(
        "DATE_OF_BIRTH", _fd(p.birth + timedelta(days=rnd.choice([1, -1, 31])), rnd.choice(["dash", "cn", "dot"]))
    )
    idn = rec.pii("CN_RESIDENT_ID", p.resident_id(), digits=True)
    return f"{_prefix(rnd, rec, 'WARN')} birth date mismatch: ocr Birth={dob} vs IdNum={idn}"


def _l_address(rnd: Rnd, rec: Recorder) -> str:
    p = _person(rnd)
    addr = rec.pii("ADDRESS", p.address)
    return f"{_prefix(rnd, rec, 'WARN')} address normalise failed: '{addr}' -> no district match, fallback=raw"


def _l_plain(rnd: Rnd, rec: Recorder) -> str:
    action = rec.op("action", rnd.choice(_TC_ACTIONS))
    lat = rec.op("latency", f"latency={rnd.randint(60, 2500)}ms")
    rid = rec.op("request_id", _uuid(rnd))
    if _p(rnd, 0.3):
        code, msg = rnd.choice(_TC_ERRORS)
        code = rec.op("error_code", code)
        return f"{_prefix(rnd, rec, 'ERROR')} {action} failed code={code} message={msg} {lat} req={rid}"
    return f"{_prefix(rnd, rec, 'INFO')} {action} ok status=200 {lat} request_id={rid}"


_LOG_LINES = [
    (_l_checksum, 18),
    (_l_other_ids, 10),
    (_l_name_mismatch, 10),
    (_l_sdk_request, 8),
    (_l_sdk_response, 9),
    (_l_mrz, 8),
    (_l_contact, 10),
    (_l_traceback, 5),
    (_l_card, 7),
    (_l_baidu, 6),
    (_l_birth, 5),
    (_l_address, 4),
]


def _log_ocr_errors(rnd: Rnd, rec: Recorder) -> str:
    lines = [_pick(rnd, _LOG_LINES)(rnd, rec) for _ in range(rnd.choice([1, 1, 2, 3]))]
    for _ in range(rnd.choice([0, 1, 2])):
        lines.insert(rnd.randint(0, len(lines)), _l_plain(rnd, rec))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------------
# Free text: customer-service notes and OCR'd forms


def _ticket(rnd: Rnd, rec: Recorder) -> str:
    return rec.op("other", rnd.choice(["工单", "CS-", "TK", "#"]) + _num(rnd, rnd.randint(6, 9)))


def _note_cn(rnd: Rnd, rec: Recorder) -> str:
    p = _person(rnd)
    name = rec.pii("PERSON", p.zh())
    k = rnd.randrange(5)
    if k in (0, 1):
        day = rec.op("timestamp", _ts(rnd, style="space"))
    if k == 0:
        phone = rec.pii("PHONE_NUMBER", _phone(rnd), digits=True)
        idn = rec.pii("CN_RESIDENT_ID", p.resident_id(), digits=True)
        addr = rec.pii("ADDRESS", p.address)
        return (
            f"{day} 客服记录：客户{name}（手机{phone}）来电反映，上传的身份证{idn}识别后住址显示为“{addr}”，"
            f"与实际不符，已提交人工复核。{_ticket(rnd, rec)}"
        )
    if k == 1:
        number = rec.pii("PASSPORT", _passport_number(rnd, "CHN"), digits=True)
        dob = rec.pii("DATE_OF_BIRTH", _fd(p.birth, rnd.choice(["cn", "dash", "dot"])))
        email = rec.pii("EMAIL_ADDRESS", _email(rnd, p))
        sex = rec.pii("GENDER", "先生" if p.male else "女士")
        return f"{name}{sex}于{day}办理开户，护照号码{number}，出生日期{dob}，联系邮箱{email}。"
    if k == 2:
        b, c = _hkid_number(rnd)
        hk = rec.pii("HK_ID", f"{b}({c})", digits=True)
        permit = rec.pii("TRAVEL_PERMIT", "H" + _num(rnd, 8), digits=True)
        addr = rec.pii("ADDRESS", p.address)
        return f"备注：持证人{name}，港澳居民来往内地通行证{permit}，香港身份证{hk}，现居{addr}。请勿外传。"
    if k == 3:
        _, number = _card_number(rnd)
        card = rec.pii("BANK_CARD", _group_card(rnd, number), digits=True)
        eth = rec.pii("ETHNICITY", p.ethnicity + "族")
        sex = rec.pii("GENDER", p.sex_cn())
        return f"回访：{name}（{sex}，{eth}）表示已收到补发的银行卡，卡号{card}，无其他诉求。{_ticket(rnd, rec)}"
    plate = rec.pii("VEHICLE", _plate(rnd))
    phone = rec.pii("PHONE_NUMBER", _phone(rnd), digits=True)
    return f"车主{name}反馈行驶证识别错误，车牌{plate}被识别成其他号码，请回电{phone}。"


_HK_ROADS = ["Nathan Road", "Queen's Road East", "King's Road", "Hennessy Road", "Castle Peak Road"]


def _latin_local(f: Foreigner) -> str:
    return f"{f.given.split()[0].lower()}.{f.surname.lower().replace(chr(39), '')}"


def _note_en(rnd: Rnd, rec: Recorder) -> str:
    k = rnd.randrange(4)
    if k == 0:
        day = rec.op("timestamp", _ts(rnd, style="iso"))
        f = _foreigner(rnd)
        name = rec.pii("PERSON", f.full("west"))
        dob = rec.pii("DATE_OF_BIRTH", _fd(f.birth, rnd.choice(["mon_t", "mdy", "dmy_dot"])))
        number = rec.pii("PASSPORT", _passport_number(rnd, f.country.code), digits=True)
        wrong = rec.pii("PERSON", f.surname[:-1] + rnd.choice("AEIOU"))
        return (
            f"[{day}] Customer {name} (DOB {dob}) called regarding passport {number}; the OCR read the surname "
            f"as {wrong}. Escalated under {_ticket(rnd, rec)}."
        )
    if k == 1:
        p = _person(rnd, english=True)
        name = rec.pii("PERSON", p.roman("yue", "hk"))
        b, c = _hkid_number(rnd)
        hk = rec.pii("HK_ID", f"{b}({c})", digits=True)
        phone = rec.pii("PHONE_NUMBER", _hk_phone(rnd), digits=True)
        flat = rec.pii(
            "ADDRESS",
            f"Flat {rnd.randint(1, 40)}{rnd.choice('ABCDEFGH')}, {rnd.randint(2, 60)}/F, "
            f"{rnd.choice(['Tower 2', 'Block B', 'Lok Fu Court', 'Tai Koo Shing'])}",
        )
        street = rec.pii(
            "ADDRESS",
            f"{rnd.randint(1, 300)} {rnd.choice(_HK_ROADS)}",
        )
        agent = rec.op("other", "A" + _num(rnd, 4))
        return (
            f"Note from agent {agent}: holder {name} uploaded HKID {hk}; address on file {flat}, {street}; "
            f"phone {phone}."
        )
    if k == 2:
        f = _foreigner(rnd)
        name = rec.pii("PERSON", f.full("comma"))
        pob = rec.pii("PLACE_OF_BIRTH", f.place)
        nat = (
            rec.pii("NATIONALITY", f.country.nationality)
            if f.country.nationality not in f.place
            else f.country.nationality
        )
        email = rec.pii(
            "EMAIL_ADDRESS",
            f"{_latin_local(f)}{rnd.randint(1, 99)}@{rnd.choice(_MAIL_DOMAINS)}",
        )
        return f"Applicant {name}, born in {pob}, nationality {nat}, contact {email}. Documents complete."
    p = _person(rnd)
    name = rec.pii("PERSON", p.roman("py", "west"))
    idn = rec.pii("CN_RESIDENT_ID", p.resident_id(), digits=True)
    return f"Re-verification requested for {name}: resident ID {idn} photo was blurred ({_ticket(rnd, rec)})."


def _form(rnd: Rnd, rec: Recorder) -> str:
    p = _person(rnd, first=1960, last=2004)
    sh = Sheet(rnd, rec, extras=0.2)
    sh.title(rnd.choice(["个人信息登记表", "员工入职登记表", "客户信息采集表", "租客登记表"]))
    sh.row([(["姓名"], sh.pii("PERSON", p.zh())), (["性别"], sh.pii("GENDER", p.sex_cn()))], split=0.4)
    sh.field(["出生日期", "出生年月"], [sh.pii("DATE_OF_BIRTH", _fd(p.birth, rnd.choice(["dot", "cn", "dash"])))])
    sh.field(["证件类型"], ["居民身份证"])
    sh.field(["证件号码", "身份证号"], [sh.pii("CN_RESIDENT_ID", _noisy_id(rnd, p.resident_id()), digits=True)])
    sh.field(["联系电话", "手机"], [sh.pii("PHONE_NUMBER", _phone(rnd), digits=True)])
    sh.field(["通讯地址", "现住址"], [sh.pii("ADDRESS", x) for x in _split(rnd, p.address, rnd.choice([1, 2]), 4)])
    if _p(rnd, 0.6):
        sh.field(["电子邮箱", "E-mail"], [sh.pii("EMAIL_ADDRESS", _email(rnd, p))])
    if _p(rnd, 0.5):
        q = _person(rnd)
        sh.row(
            [(["紧急联系人"], sh.pii("PERSON", q.zh())), (["电话"], sh.pii("PHONE_NUMBER", _phone(rnd), digits=True))]
        )
    sh.field(["填表日期"], [_fd(_rand_date(rnd, 2024, 2025), "cn")])
    return "\n".join(sh.lines(shuffle=0.2))


def _text_service_notes(rnd: Rnd, rec: Recorder) -> str:
    kind = _pick(rnd, [(_note_cn, 40), (_note_en, 30), (_form, 30)])
    parts = [kind(rnd, rec)]
    if kind is not _form and _p(rnd, 0.3):
        parts.append(rnd.choice([_note_cn, _note_en])(rnd, rec))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------------------------------------------
# Operational records without personal data

_PATHS = [
    "/ocr/v1/idcard",
    "/ocr/v1/general",
    "/api/kyc/ocr/passport",
    "/v2/ocr/bankcard",
    "/rest/2.0/ocr/v1/accurate",
    "/internal/ocr/recognize",
    "/api/v3/documents/analyze",
]
_UAS = [
    "tencentcloud-sdk-python/3.0.{}",
    "aliyun-python-sdk-ocr-api/1.0.{}",
    "okhttp/4.{}.0",
    "baidu-aip-python/4.16.{}",
    "Go-http-client/1.1",
    "python-requests/2.31.{}",
]


def _ua(rnd: Rnd, rec: Recorder) -> str:
    ua = rnd.choice(_UAS)
    if "{}" in ua:
        ua = ua.format(rnd.randint(1, 1300))
        rec.op("sdk_version", ua)
    return ua


def _ip(rnd: Rnd) -> str:
    return f"10.{rnd.randint(0, 255)}.{rnd.randint(0, 255)}.{rnd.randint(1, 254)}"


def _ops_gateway(rnd: Rnd, rec: Recorder) -> str:
    lines = []
    for _ in range(rnd.randint(1, 5)):
        path = rec.op("other", rnd.choice(_PATHS))
        status = rnd.choice([200, 200, 200, 200, 400, 413, 429, 500, 502, 504])
        rt = rnd.randint(30, 4000)
        rid = rec.op("request_id", rnd.choice([_uuid(rnd), _hex(rnd, 32)]))
        style = rnd.randrange(3)
        if style == 0:
            ts = rec.op("timestamp", _ts(rnd, style="clf"))
            lat = rec.op("latency", f"rt={rt / 1000:.3f}")
            lines.append(
                f'{_ip(rnd)} - - [{ts}] "POST {path} HTTP/1.1" {status} {rnd.randint(80, 9000)} "-" '
                f'"{_ua(rnd, rec)}" {lat} upstream={_ip(rnd)}:8080 req_id={rid}'
            )
        elif style == 1:
            ts = rec.op("timestamp", _ts(rnd, style="iso_z"))
            lines.append(
                f'[{ts}] "POST {path} HTTP/2" {status} - via_upstream - "-" {rnd.randint(2000, 900000)} '
                f'{rnd.randint(80, 9000)} {rec.op("latency", str(rt))} {max(1, rt - rnd.randint(0, 20))} "-" '
                f'"{_ua(rnd, rec)}" "{rid}" "ocr.internal.svc" "{_ip(rnd)}:8080"'
            )
        else:
            entry = {
                "time": rec.op("timestamp", _ts(rnd, style="iso")),
                "route": path,
                "status": status,
                "latency_ms": rt,
                "request_id": rid,
                "upstream": f"{_ip(rnd)}:9000",
                "consumer": rec.op("app_id", f"app-{_hex(rnd, 8)}"),
            }
            rec.op("latency", f'"latency_ms": {rt}')
            lines.append(json.dumps(entry, ensure_ascii=False))
    return "\n".join(lines)


def _ops_sdk_debug(rnd: Rnd, rec: Recorder) -> str:
    lines = []
    moment = _moment(rnd)
    for _ in range(rnd.randint(2, 6)):
        moment += timedelta(milliseconds=rnd.randint(5, 900))
        ts = rec.op("timestamp", _ts(rnd, moment, "space_ms"))
        k = rnd.randrange(6)
        if k == 0:
            action = rec.op("action", rnd.choice(_TC_ACTIONS))
            region = rec.op("region", rnd.choice(_TC_REGIONS))
            epoch = rec.op("timestamp", str(int(moment.timestamp())))
            lines.append(
                f"{ts} DEBUG tencentcloud_sdk_common.http: POST https://ocr.tencentcloudapi.com/ "
                f"X-TC-Action={action} X-TC-Version=2018-11-19 X-TC-Region={region} X-TC-Timestamp={epoch} "
                f"X-TC-RequestClient={rec.op('sdk_version', f'SDK_PYTHON_3.0.{rnd.randint(900, 1350)}')}"
            )
        elif k == 1:
            lines.append(
                f"{ts} DEBUG tencentcloud_sdk_common.http: response status=200 "
                f"RequestId={rec.op('request_id', _uuid(rnd))} "
                f"elapsed={rec.op('latency', f'{rnd.randint(60, 3000)}ms')}"
            )
        elif k == 2:
            lines.append(
                f"{ts} WARNING urllib3.connectionpool: Retrying (Retry(total={rnd.randint(0, 3)}, connect=None, "
                f"read=None, redirect=None, status=None)) after connection broken by "
                f"'ReadTimeoutError(\"HTTPSConnectionPool(host='ocr.tencentcloudapi.com', port=443): "
                f"Read timed out. (read timeout={rnd.choice([5, 10, 30])})\")': /"
            )
        elif k == 3:
            code, msg = rnd.choice(_TC_ERRORS)
            lines.append(
                f"{ts} ERROR TencentCloudSDKException: [code:{rec.op('error_code', code)} message:{msg} "
                f"requestId:{rec.op('request_id', _uuid(rnd))}]"
            )
        elif k == 4:
            lines.append(
                f"{ts} INFO alibabacloud_ocr_api20210707: "
                f"{rnd.choice(['RecognizeIdcard', 'RecognizeGeneral', 'RecognizeBankCard'])} "
                f"RequestId={rec.op('request_id', _uuid(rnd, upper=True))} "
                f"cost={rec.op('latency', f'{rnd.randint(80, 2000)}ms')} "
                f"region={rec.op('region', rnd.choice(_ALI_REGIONS))}"
            )
        else:
            log_id = rec.op("request_id", str(rnd.randint(10**17, 10**19 - 1)))
            lines.append(
                f"{ts} DEBUG aip.base: POST https://aip.baidubce.com/rest/2.0/ocr/v1/"
                f"{rnd.choice(['idcard', 'accurate_basic', 'bankcard'])} "
                f"log_id={log_id} time={rec.op('latency', f'{rnd.randint(50, 1500)}ms')}"
            )
    return "\n".join(lines)


def _order_no(rnd: Rnd) -> str:
    """18-digit order or trace numbers that are not identity numbers (no valid area code and birth date)."""
    k = rnd.randrange(3)
    if k == 0:
        return _moment(rnd).strftime("%Y%m%d%H%M%S") + _num(rnd, 4)
    if k == 1:
        return "9" + _num(rnd, 2) + "00" + _num(rnd, 13)
    return str(rnd.randint(7 * 10**17, 10**18 - 1))


def _ops_billing(rnd: Rnd, rec: Recorder) -> Any:
    k = rnd.randrange(5)
    app_id = rnd.randint(1250000000, 1259999999)
    if k == 0:
        start = _moment(rnd)
        lat = rnd.randint(60, 3000)
        ok = _p(rnd, 0.8)
        code, msg = rnd.choice(_TC_ERRORS)
        return {
            "AppId": rec.op_num("app_id", "AppId", app_id),
            "Action": rec.op("action", rnd.choice(_TC_ACTIONS)),
            "Region": rec.op("region", rnd.choice(_TC_REGIONS)),
            "RequestId": rec.op("request_id", _uuid(rnd)),
            "StartTime": rec.op("timestamp", _ts(rnd, start, "space")),
            "EndTime": _ts(rnd, start + timedelta(milliseconds=lat), "space"),
            "LatencyMs": rec.op_num("latency", "LatencyMs", lat),
            "Result": "Success" if ok else "Failed",
            "ErrorCode": "" if ok else rec.op("error_code", code),
            "ErrorMessage": "" if ok else msg,
            "SdkVersion": rec.op("sdk_version", f"SDK_PYTHON_3.0.{rnd.randint(900, 1350)}"),
            "Fee": rec.op_num("fee", "Fee", round(rnd.choice([0.0, 0.0015, 0.01, 0.015, 0.05]), 4)),
            "OrderNo": rec.op("other", _order_no(rnd)),
        }
    if k == 1:
        items = []
        for action in rnd.sample(_TC_ACTIONS, rnd.randint(2, 5)):
            calls = rnd.randint(100, 500000)
            failed = rnd.randint(0, calls // 20)
            items.append(
                {
                    "action": rec.op("action", action),
                    "calls": calls,
                    "success": calls - failed,
                    "failed": failed,
                    "fee": round(calls * rnd.choice([0.0015, 0.01, 0.015]), 2),
                }
            )
            rec.op_num("count", "calls", calls)
        return {
            "date": rec.op("timestamp", _moment(rnd).strftime("%Y-%m-%d")),
            "product": "ocr",
            "appid": rec.op_num("app_id", "appid", app_id),
            "items": items,
            "total_fee": rec.op_num("fee", "total_fee", round(sum(i["fee"] for i in items), 2)),
            "currency": "CNY",
            "bill_id": rec.op("other", _order_no(rnd)),
        }
    if k == 2:
        start = int(_moment(rnd).timestamp()) // 60 * 60
        points = [
            {"timestamp": start + 60 * i, "value": round(rnd.uniform(80, 900), 1)} for i in range(rnd.randint(3, 8))
        ]
        return {
            "namespace": "QCE/OCR",
            "metric": rnd.choice(["RequestLatency", "RequestCount", "FailedRequestRate"]),
            "dimensions": {
                "appid": str(app_id),
                "action": rec.op("action", rnd.choice(_TC_ACTIONS)),
                "region": rec.op("region", rnd.choice(_TC_REGIONS)),
            },
            "period": 60,
            "datapoints": points,
            "unit": "ms",
            "statistic": "avg",
        }
    if k == 3:
        return {
            "callID": rec.op("request_id", _hex(rnd, 32)),
            "log_id": rec.op_num("request_id", "log_id", rnd.randint(10**17, 10**19 - 1)),
            "api": rec.op("action", rnd.choice(["idcard", "bankcard", "accurate_basic", "passport", "general_basic"])),
            "start_time": rec.op("timestamp", _ts(rnd, style="space")),
            "cost": rec.op_num("latency", "cost", rnd.randint(50, 2000)),
            "status": rnd.choice(["success", "success", "failed"]),
            "error_code": rnd.choice([0, 0, 17, 18, 216201, 282000]),
            "qps_limit": 10,
            "quota_remaining": rec.op_num("count", "quota_remaining", rnd.randint(0, 100000)),
        }
    return {
        "order_id": rec.op("other", _order_no(rnd)),
        "trace_id": rec.op("other", _order_no(rnd)),
        "batch_no": rec.op("other", _order_no(rnd)),
        "status": rnd.choice(["PAID", "PENDING", "REFUNDED"]),
        "amount": rec.op_num("fee", "amount", round(rnd.uniform(10, 5000), 2)),
        "currency": "CNY",
        "created_at": rec.op("timestamp", _ts(rnd, style="iso")),
        "package": rnd.choice(["OCR通用识别资源包100万次", "卡证识别资源包1万次", "IDCardOCR 10k pack"]),
    }


def _ops_k8s(rnd: Rnd, rec: Recorder) -> Any:
    pod = f"ocr-worker-{_hex(rnd, 9)}-{''.join(rnd.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
    rec.op("other", pod)
    base: dict[str, Any] = {
        "ts": rec.op("timestamp", _ts(rnd, style=rnd.choice(["iso", "iso_z"]))),
        "level": rnd.choice(["info", "info", "warn", "error"]),
        "logger": rnd.choice(["ocr.worker", "kyc.pipeline", "vendor.client"]),
        "kubernetes": {
            "namespace": rnd.choice(["kyc-prod", "ocr-staging", "risk-prod"]),
            "pod_name": pod,
            "container_name": "worker",
            "node_name": f"ip-{_ip(rnd).replace('.', '-')}.ec2.internal",
            "labels": {"app": "ocr-worker", "version": f"v1.{rnd.randint(0, 20)}.{rnd.randint(0, 9)}"},
        },
        "trace_id": rec.op("other", _hex(rnd, 32)),
        "span_id": _hex(rnd, 16),
    }
    if base["level"] == "error":
        code, msg = rnd.choice(_TC_ERRORS)
        base.update(
            {
                "msg": "vendor call failed",
                "action": rec.op("action", rnd.choice(_TC_ACTIONS)),
                "error": {"code": rec.op("error_code", code), "message": msg},
                "request_id": rec.op("request_id", _uuid(rnd)),
                "attempt": rnd.randint(1, 3),
            }
        )
    else:
        base.update(
            {
                "msg": rnd.choice(["ocr call finished", "job done", "document classified"]),
                "action": rec.op("action", rnd.choice(_TC_ACTIONS)),
                "region": rec.op("region", rnd.choice(_TC_REGIONS)),
                "request_id": rec.op("request_id", _uuid(rnd)),
                "latency_ms": rec.op_num("latency", "latency_ms", rnd.randint(50, 3000)),
                "status": 200,
                "job_id": rec.op("other", _order_no(rnd)),
                "pages": rec.op_num("count", "pages", rnd.randint(1, 6)),
            }
        )
    return base


_SELLERS = [
    "深圳市云图智能科技有限公司",
    "杭州数联信息技术有限公司",
    "北京智识科技有限公司",
    "上海明视数据服务有限公司",
]
_BUYERS = ["广州市恒信贸易有限公司", "成都锦程物流有限公司", "苏州工业园区华创电子有限公司", "厦门海屿酒店管理有限公司"]
_GOODS = ["矿泉水550ml", "饭团", "咖啡", "三明治", "牛奶", "口香糖", "酸奶", "面包"]
_CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def _daxie(amount: int) -> str:
    units = ["", "拾", "佰", "仟", "万"]
    digits = str(amount)
    out = ""
    for i, d in enumerate(digits):
        pos = len(digits) - i - 1
        if d != "0":
            out += _CN_DIGITS[int(d)] + units[pos]
        elif out and not out.endswith("零"):
            out += "零"
    return out.rstrip("零") + "圆整"


def _doc_invoice(rnd: Rnd, rec: Recorder) -> list[str]:
    sh = Sheet(rnd, rec, extras=0.15)
    sh.title(rnd.choice(["电子发票（普通发票）", "电子发票（增值税专用发票）"]))
    sh.field(["发票号码"], [rec.op("other", "2" + _num(rnd, 19))])
    sh.field(["开票日期"], [_fd(_rand_date(rnd, 2024, 2025), "cn0")])
    buyer, seller = rnd.choice(_BUYERS), rnd.choice(_SELLERS)
    area = rnd.choice(_AREAS).code
    sh.title("购买方信息", where="body")
    sh.field(["名称"], [rec.op("other", buyer)])
    sh.field(["统一社会信用代码/纳税人识别号"], [rec.op("other", uscc(rnd, area))])
    sh.title("销售方信息", where="body")
    sh.field(["名称"], [rec.op("other", seller)])
    sh.field(["统一社会信用代码/纳税人识别号"], [rec.op("other", uscc(rnd, rnd.choice(_AREAS).code))])
    sh.title("项目名称 规格型号 单位 数量 单价 金额 税率/征收率 税额", where="body")
    qty = rnd.choice([1000, 5000, 10000, 100000])
    price = rnd.choice([0.0015, 0.01, 0.015])
    amount = round(qty * price, 2)
    tax = round(amount * 0.06, 2)
    sh.raw(
        f"*信息技术服务*{rnd.choice(['文字识别服务费', 'OCR接口调用费', '证照识别服务'])} 次 {qty} {price:.4f} "
        f"{rec.op('other', f'{amount:.2f}')} 6% {tax:.2f}"
    )
    sh.field(["合计"], [f"¥{amount:.2f} ¥{tax:.2f}"])
    total = amount + tax
    sh.field(["价税合计（大写）"], [f"{_daxie(int(total))}（小写）{rec.op('other', f'¥{total:.2f}')}"])
    sh.field(["开票人"], [rnd.choice(["系统", "财务部"])])
    return sh.lines(shuffle=0.1)


def _doc_receipt(rnd: Rnd, rec: Recorder) -> list[str]:
    sh = Sheet(rnd, rec, extras=0.1)
    shop = rnd.choice(["全家便利店 FamilyMart", "罗森 LAWSON", "7-ELEVEN 便利店", "永辉超市", "美宜佳便利店"])
    sh.title(shop)
    sh.field(
        ["门店"],
        [rec.op("other", rnd.choice(["上海徐汇田林店", "深圳南山科技园店", "杭州西湖文三路店", "成都武侯高升桥店"]))],
    )
    sh.raw(f"机号:{rnd.randint(1, 9):02d} 流水号:{rec.op('other', _num(rnd, 7))}")
    sh.raw(rec.op("timestamp", _ts(rnd, style="space")))
    sh.title("商品名称 数量 金额", where="body")
    total = 0.0
    for _ in range(rnd.randint(1, 5)):
        price = round(rnd.uniform(2, 40), 1)
        n = rnd.randint(1, 3)
        total += price * n
        sh.raw(f"{rnd.choice(_GOODS)} {n} {price * n:.2f}")
    sh.field(["合计", "应收"], [rec.op("other", f"{total:.2f}")], weights=(80, 20, 0, 0))
    sh.field([rnd.choice(["微信支付", "支付宝", "银联闪付"])], [f"{total:.2f}"], weights=(100, 0, 0, 0))
    sh.field(["交易单号"], [rec.op("other", "42000" + _num(rnd, 23))])
    sh.raw(rnd.choice(["谢谢惠顾 欢迎再次光临", "请保留小票 7日内凭小票退换", "THANK YOU"]))
    return sh.lines(shuffle=0.0)


def _doc_business(rnd: Rnd, rec: Recorder) -> list[str]:
    return _doc_invoice(rnd, rec) if _p(rnd, 0.55) else _doc_receipt(rnd, rec)


# ---------------------------------------------------------------------------------------------------------------
# The corpus


@dataclass(frozen=True)
class _Kind:
    build: Callable[[Rnd, Recorder], Any] | None = None
    page: Callable[[Rnd, Recorder], list[str]] | None = None
    text: bool = False


_KINDS: dict[str, _Kind] = {
    **{name: _Kind(page=fn) for name, fn in GENERAL_DOCS.items()},
    "api_tencent_identity": _Kind(build=_api_tencent_identity),
    "api_tencent_documents": _Kind(build=_api_tencent_documents),
    "api_baidu_cards": _Kind(build=_api_baidu_cards),
    "api_aliyun_cards": _Kind(build=_api_aliyun_cards),
    "api_intl_identity": _Kind(build=_api_intl_identity),
    "log_ocr_errors": _Kind(build=_log_ocr_errors, text=True),
    "text_service_notes": _Kind(build=_text_service_notes, text=True),
    "ops_gateway_access": _Kind(build=_ops_gateway, text=True),
    "ops_sdk_debug": _Kind(build=_ops_sdk_debug, text=True),
    "ops_billing_monitoring": _Kind(build=_ops_billing),
    "ops_k8s_structured": _Kind(build=_ops_k8s),
    "ops_business_document_ocr": _Kind(page=_doc_business),
}

GENERAL_OCR_DOCUMENT_KINDS: frozenset[str] = frozenset(GENERAL_DOCS)
PII_FREE_KINDS: frozenset[str] = frozenset(
    {"ops_gateway_access", "ops_sdk_debug", "ops_billing_monitoring", "ops_k8s_structured", "ops_business_document_ocr"}
)


def _embedded(payload: Any, rec: Recorder) -> bool:
    """Whether a planted Latin value also occurs inside a longer unplanted word ("DONG" in "GUANGDONG")."""
    text = serialise(payload).replace("\\n", "\n").replace("\\r", "\r").replace('\\"', '"')
    values = sorted({p.value for p in rec.planted}, key=len, reverse=True)
    for v in values:
        if len(v) < 2 or not v.isascii() or not (v[0].isalpha() or v[-1].isalpha()):
            continue
        masked = text
        for q in values:
            if len(q) > len(v) and v in q:
                masked = masked.replace(q, "\u2400")
        for m in re.finditer(re.escape(v), masked):
            before = masked[m.start() - 1] if m.start() else " "
            after = masked[m.end()] if m.end() < len(masked) else " "
            if (before.isascii() and before.isalpha() and v[0].isalpha()) or (
                after.isascii() and after.isalpha() and v[-1].isalpha()
            ):
                return True
    return False


def _guarded(make: Callable[[Rnd, Recorder], Any]) -> Callable[[Rnd, Recorder], Any]:
    """Build, settle, and draw again from the same random stream while a planted value hides in a longer word."""

    def build(rnd: Rnd, rec: Recorder) -> Any:
        for _ in range(20):
            rec.planted.clear()
            rec.operational.clear()
            payload = make(rnd, rec)
            _settle(rec)
            if not _embedded(payload, rec):
                break
        return payload

    return build


def _page_builder(page: Callable[[Rnd, Recorder], list[str]], shape: str) -> Callable[[Rnd, Recorder], Any]:
    return _guarded(lambda rnd, rec: _render(shape, rnd, rec, page(rnd, rec)))


class Corpus:
    """The held-out corpus. Every record depends only on (seed, kind, index)."""

    name = "promoted"
    kinds: tuple[str, ...] = tuple(_KINDS)

    def __init__(self, seed: int = 1) -> None:
        self.seed = seed
        self._key = f"held-out/{seed}"  # unchanged: the records are the ones held out at first

    def shape(self, kind: str, index: int) -> str:
        """The vendor shape of a page kind's record (drawn apart from the record's own random source)."""
        rnd = random.Random(f"{self._key}:{kind}:{index}:shape")
        return rnd.choices(SHAPES, weights=_SHAPE_WEIGHTS)[0]

    def record(self, kind: str, index: int) -> Record:
        spec = _KINDS[kind]
        if spec.page is not None:
            shape = self.shape(kind, index)
            return build_record(self._key, kind, index, _page_builder(spec.page, shape), is_text=shape == "text")
        assert spec.build is not None
        return build_record(self._key, kind, index, _guarded(spec.build), is_text=spec.text)

    def records(self, per_kind: int) -> list[Record]:
        return [self.record(kind, i) for kind in self.kinds for i in range(per_kind)]

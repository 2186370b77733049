# ruff: noqa: E501, B905, RUF005, RUF059, F841
"""Held-out corpus for ocrshield (the fourth; corpus name "held-out") -- FROZEN.

Provenance: written blind. The author read only the harness API (`_corpus.py`) and public vendor documentation
(Tencent Cloud OCR, Baidu OCR, Alibaba Cloud OCR, AWS Textract, Azure Document Intelligence, Google Document AI,
PaddleOCR, ICAO 9303); no source, recogniser, test, example or other corpus of the package was read. Templates,
layouts and label spellings are the author's own. Do not edit: results on it are only meaningful while it is
unseen by the people tuning the redactor.

Kinds (see `KINDS` for one-line descriptions):
  * general OCR of identity documents in vendor shapes (Tencent GeneralBasicOCR, PaddleOCR classic and PaddleX,
    Textract DetectDocumentText, Azure Read, Google Document AI, Baidu general, Alibaba RecognizeGeneral) over
    mainland ID cards, passports of several states, HK/Macao/Taiwan cards, travel and residence permits, driving
    licences (CN, US, UK, JP), a Korean resident card and forms (hospital admission, residence registration,
    household register page, marriage certificate, student card, work permit), with reordered lines, bilingual
    labels on one or two lines, missing labels, values split across lines and OCR noise (0/O, 1/l, S/5, B/8,
    full-width digits, stray spaces, dropped characters -- a noised identifier no longer passes its check);
  * structured vendor results (Tencent IDCardOCR/MLIDPassportOCR/HKIDCardOCR/MainlandPermitOCR, Baidu
    idcard/passport, Aliyun RecognizeIdcard/RecognizeChinesePassport, Textract AnalyzeID, Azure
    prebuilt-idDocument) bare or in log envelopes, some with the body as an (escaped) JSON string;
  * two invented in-house KYC shapes (camelCase nested applicant; list of {code, label, val} fields);
  * log texts (logfmt, access logs with query strings, SDK debug lines, Python/Java tracebacks, validation
    errors) in English and Chinese; values quoted by validation errors deliberately fail their check digit;
  * PII-free operational kinds (metering, ops logs, OCR of invoices/menus/notices);
  * free text (customer-service notes, OCR of letters).
"""

from __future__ import annotations

import datetime as _dt
import json
import random
import unicodedata
import uuid

from _corpus import Operational, Planted, Record, Recorder, build_record, serialise
from faker import Faker

__all__ = ["GENERAL_OCR_DOCUMENT_KINDS", "KINDS", "PII_FREE_KINDS", "Corpus", "Operational", "Planted", "serialise"]

_LOCALES = ("zh_CN", "en_US", "en_GB", "ja_JP", "pt_BR", "zh_TW")
_FK: dict[str, Faker] = {}


def _fk(loc: str) -> Faker:
    if loc not in _FK:
        _FK[loc] = Faker(loc)
    return _FK[loc]


def _reseed(rnd: random.Random) -> None:
    for loc in _LOCALES:
        _fk(loc).seed_instance(rnd.getrandbits(48))


# ----------------------------------------------------------------------------------------------------------------
# identifiers with check digits


def cn_id_check(body17: str) -> str:
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    s = sum(int(c) * w[i] for i, c in enumerate(body17))
    return "10X98765432"[s % 11]


def luhn_digit(partial: str) -> str:
    s = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    t = 0
    for i, c in enumerate(s):
        if c == "<":
            v = 0
        elif c.isdigit():
            v = int(c)
        else:
            v = ord(c) - 55
        t += v * w[i % 3]
    return str(t % 10)


_REGIONS = [
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区"), "440305"),
    ("北京市", "", ("朝阳区", "海淀区", "丰台区"), "110105"),
    ("浙江省", "杭州市", ("西湖区", "余杭区", "拱墅区"), "330106"),
    ("四川省", "成都市", ("武侯区", "锦江区", "青羊区"), "510107"),
    ("湖北省", "武汉市", ("洪山区", "江岸区", "武昌区"), "420111"),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "秦淮区"), "320106"),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区"), "370202"),
    ("河南省", "郑州市", ("金水区", "中原区", "二七区"), "410105"),
    ("湖南省", "长沙市", ("岳麓区", "天心区", "雨花区"), "430104"),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区"), "350203"),
]
_STREETS = ("建设路", "人民大道", "解放西路", "科技园南路", "文一西路", "中山北路", "和平街", "长江路", "工农路", "育才巷", "东风大街", "滨海大道")
_ESTATES = ("阳光花园", "翠苑一区", "锦绣家园", "金桂苑", "幸福里", "华庭小区", "东湖新村", "枫林湾")


def cn_birth(rnd: random.Random, lo: int = 1955, hi: int = 2006) -> _dt.date:
    return _dt.date(rnd.randint(lo, hi), 1, 1) + _dt.timedelta(days=rnd.randint(0, 364))


def cn_id(rnd: random.Random, birth: _dt.date, female: bool, region: str | None = None) -> str:
    region = region or rnd.choice(_REGIONS)[3]
    seq = rnd.randint(0, 99) * 10 + rnd.choice((0, 2, 4, 6, 8) if female else (1, 3, 5, 7, 9))
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + cn_id_check(body)


def cn_permit_id(rnd: random.Random, birth: _dt.date, female: bool, area: str) -> str:
    prefix = {"HK": "810000", "MO": "820000", "TW": "830000"}[area]
    return cn_id(rnd, birth, female, prefix)


def cn_address(rnd: random.Random) -> tuple[str, str]:
    prov, city, dists, code = rnd.choice(_REGIONS)
    dist = rnd.choice(dists)
    if rnd.random() < 0.2:
        tail = f"{rnd.choice(('石桥', '柳河', '新塘', '双溪'))}镇{rnd.choice(('王家', '李庄', '上湾', '下坝'))}村{rnd.randint(1, 12)}组{rnd.randint(1, 88)}号"
    else:
        tail = f"{rnd.choice(_STREETS)}{rnd.randint(1, 999)}号"
        if rnd.random() < 0.6:
            tail += f"{rnd.choice(_ESTATES)}{rnd.randint(1, 30)}栋{rnd.randint(1, 4)}单元{rnd.randint(1, 32)}0{rnd.randint(1, 6)}室"
    return prov + city + dist + tail, code


_SURNAMES = {"王": "WANG", "李": "LI", "张": "ZHANG", "刘": "LIU", "陈": "CHEN", "杨": "YANG", "黄": "HUANG", "赵": "ZHAO", "吴": "WU", "周": "ZHOU", "徐": "XU", "孙": "SUN", "马": "MA", "朱": "ZHU", "胡": "HU", "郭": "GUO", "何": "HE", "林": "LIN", "罗": "LUO", "高": "GAO", "欧阳": "OUYANG", "司马": "SIMA", "诸葛": "ZHUGE", "梁": "LIANG", "谢": "XIE", "宋": "SONG", "邓": "DENG", "曹": "CAO"}
_GIVEN = {"伟": "WEI", "芳": "FANG", "娜": "NA", "敏": "MIN", "静": "JING", "丽": "LI", "强": "QIANG", "磊": "LEI", "军": "JUN", "洋": "YANG", "勇": "YONG", "艳": "YAN", "杰": "JIE", "娟": "JUAN", "涛": "TAO", "明": "MING", "超": "CHAO", "秀": "XIU", "霞": "XIA", "平": "PING", "刚": "GANG", "桂": "GUI", "英": "YING", "子": "ZI", "轩": "XUAN", "浩": "HAO", "宇": "YU", "欣": "XIN", "怡": "YI", "梓": "ZI", "涵": "HAN", "晨": "CHEN", "思": "SI", "雨": "YU", "嘉": "JIA", "俊": "JUN", "博": "BO", "文": "WEN", "婷": "TING", "瑶": "YAO"}
_TRAD = str.maketrans({"张": "張", "刘": "劉", "陈": "陳", "杨": "楊", "黄": "黃", "赵": "趙", "吴": "吳", "孙": "孫", "马": "馬", "罗": "羅", "欧": "歐", "阳": "陽", "诸": "諸", "谢": "謝", "邓": "鄧", "伟": "偉", "丽": "麗", "军": "軍", "杰": "傑", "涛": "濤", "霞": "霞", "刚": "剛", "轩": "軒", "浩": "浩", "晨": "晨", "嘉": "嘉", "俊": "俊", "婷": "婷", "瑶": "瑤", "静": "靜", "强": "強", "艳": "豔"})


def cn_name(rnd: random.Random) -> tuple[str, str, str]:
    """(hanzi, SURNAME, GIVENNAME) -- the Latin forms in passport style."""
    sur = rnd.choice(list(_SURNAMES))
    given = "".join(rnd.choice(list(_GIVEN)) for _ in range(rnd.choice((1, 2, 2))))
    return sur + given, _SURNAMES[sur], "".join(_GIVEN[c] for c in given)


_ETHNIC = ("汉", "汉", "汉", "回", "满", "壮", "苗", "维吾尔", "蒙古", "藏", "朝鲜", "土家", "彝", "侗")


def hkid(rnd: random.Random) -> tuple[str, str]:
    """(body, check) of a Hong Kong identity card number, e.g. ('C668668', 'E')."""
    prefix = rnd.choice(("A", "C", "D", "E", "G", "H", "K", "M", "P", "R", "V", "Y", "Z", "XA", "WX"))
    digits = "".join(str(rnd.randint(0, 9)) for _ in range(6))
    vals = [36, ord(prefix) - 55] if len(prefix) == 1 else [ord(prefix[0]) - 55, ord(prefix[1]) - 55]
    s = vals[0] * 9 + vals[1] * 8 + sum(int(d) * w for d, w in zip(digits, (7, 6, 5, 4, 3, 2)))
    r = (11 - s % 11) % 11
    return prefix + digits, "A" if r == 10 else str(r)


_TW_LETTER = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "J": 18, "K": 19, "L": 20, "M": 21, "N": 22, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29, "X": 30, "Y": 31, "W": 32, "Z": 33, "I": 34, "O": 35}


def tw_id(rnd: random.Random, female: bool) -> str:
    letter = rnd.choice(("A", "B", "C", "D", "E", "F", "H", "J", "K", "N", "P", "Q", "R", "S", "T", "U"))
    body = ("2" if female else "1") + "".join(str(rnd.randint(0, 9)) for _ in range(7))
    n = _TW_LETTER[letter]
    s = (n // 10) * 1 + (n % 10) * 9 + sum(int(d) * w for d, w in zip(body, (8, 7, 6, 5, 4, 3, 2, 1)))
    return letter + body + str((10 - s % 10) % 10)


def macao_id(rnd: random.Random) -> str:
    return f"{rnd.choice('157')}{rnd.randint(0, 999999):06d}({rnd.randint(0, 9)})"


def bank_card(rnd: random.Random) -> str:
    bin_, length = rnd.choice((("622202", 19), ("621700", 19), ("622848", 19), ("436742", 16), ("625965", 16), ("621483", 16), ("403391", 16)))
    partial = bin_ + "".join(str(rnd.randint(0, 9)) for _ in range(length - 7))
    return partial + luhn_digit(partial)


def cn_mobile(rnd: random.Random) -> str:
    return rnd.choice(("13", "15", "17", "18", "19")) + str(rnd.randint(0, 9)) + f"{rnd.randint(0, 99999999):08d}"


def fmt_mobile(rnd: random.Random, m: str) -> str:
    return rnd.choice((m, f"{m[:3]} {m[3:7]} {m[7:]}", f"{m[:3]}-{m[3:7]}-{m[7:]}", f"+86 {m}", f"+86-{m}", f"(+86){m}"))


def telex(rnd: random.Random, n: int) -> str:
    return " ".join(f"{rnd.randint(0, 9999):04d}" for _ in range(n))


def ascii_upper(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).upper()


_MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def fmt_date(rnd: random.Random, d: _dt.date, style: str = "") -> str:
    style = style or rnd.choice(("iso", "dot", "slash", "cn", "mon", "compact", "dmy"))
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return f"{d:%Y.%m.%d}"
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cnpad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "mon":
        return f"{d.day:02d} {_MON[d.month - 1]} {d.year}"
    if style == "monbi":
        return f"{d.day:02d} {d.month}月/{_MON[d.month - 1]} {d.year}"
    if style == "compact":
        return f"{d:%Y%m%d}"
    if style == "dmy":
        return f"{d:%d/%m/%Y}"
    if style == "mdy":
        return f"{d:%m/%d/%Y}"
    if style == "dmyd":
        return f"{d:%d.%m.%Y}"
    if style == "dmy-":
        return f"{d:%d-%m-%Y}"
    raise ValueError(style)


# ----------------------------------------------------------------------------------------------------------------
# operational helpers

_BASE = _dt.datetime(2025, 3, 1, 0, 0, 0)


def rid(rnd: random.Random) -> str:
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


def ts(rnd: random.Random, style: str = "iso") -> str:
    t = _BASE + _dt.timedelta(seconds=rnd.randint(0, 200 * 86400), microseconds=rnd.randint(0, 999) * 1000)
    if style == "iso":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
    if style == "space":
        return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
    if style == "clf":
        return t.strftime("%d/%b/%Y:%H:%M:%S +0800")
    if style == "epoch":
        return str(int((t - _dt.datetime(1970, 1, 1)).total_seconds()))
    raise ValueError(style)


_TC_REGIONS = ("ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-hongkong", "ap-singapore", "ap-chengdu")


def noise(rnd: random.Random, s: str, p: float = 0.3) -> str:
    """Maybe apply one OCR confusion to `s`."""
    if rnd.random() >= p or len(s) < 6:
        return s
    op = rnd.choice(("o0", "l1", "fw", "space", "drop", "s5", "b8"))
    idx = [i for i, c in enumerate(s) if c.isdigit()]
    if op == "o0" and "0" in s:
        i = rnd.choice([i for i, c in enumerate(s) if c == "0"])
        return s[:i] + rnd.choice("OoD") + s[i + 1 :]
    if op == "l1" and "1" in s:
        i = rnd.choice([i for i, c in enumerate(s) if c == "1"])
        return s[:i] + rnd.choice("lI|") + s[i + 1 :]
    if op == "s5" and "5" in s:
        return s.replace("5", "S", 1)
    if op == "b8" and "8" in s:
        return s.replace("8", "B", 1)
    if op == "fw" and idx:
        return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if op == "space":
        i = rnd.randint(2, len(s) - 2)
        if s[i - 1] != " " and s[i] != " ":
            return s[:i] + " " + s[i:]
    if op == "drop" and len(s) >= 8:
        i = rnd.randint(1, len(s) - 2)
        if s[i] != " ":
            return s[:i] + s[i + 1 :]
    return s


# ----------------------------------------------------------------------------------------------------------------
# document lines


class Lines:
    """Accumulates the text lines of a document, planting values and recording labels."""

    def __init__(self, rnd: random.Random, rec: Recorder, bilingual: float = 0.4) -> None:
        self.rnd = rnd
        self.rec = rec
        self.out: list[str] = []
        self.bilingual = bilingual
        self.missing = rnd.choice((0.0, 0.0, 0.15, 0.3))
        self.two_line = rnd.choice((0.0, 0.3, 0.6, 1.0))
        self.sep = rnd.choice((" ", "", ":", ": ", "：", "  "))

    def title(self, *titles: str) -> None:
        for t in titles:
            self.out.append(self.rec.op("title_or_label", t))

    def text(self, t: str, category: str = "other") -> None:
        self.out.append(self.rec.op(category, t) if category else t)

    def raw(self, t: str) -> None:
        self.out.append(t)

    def label(self, zh: str | None, en: str | None) -> list[str]:
        r = self.rnd
        if r.random() < self.missing or not (zh or en):
            return []
        opts: list[list[str]] = []
        if zh:
            opts.append([zh])
        if en:
            opts.append([en])
        if zh and en and r.random() < self.bilingual:
            opts = [[f"{zh}/{en}"], [f"{zh} {en}"], [zh, en], [f"{zh}{en}"]]
        chosen = r.choice(opts)
        for c in chosen:
            for piece in c.split("/") if "/" in c else [c]:
                self.rec.op("title_or_label", piece)
        return chosen

    def field(self, zh: str | None, en: str | None, entity: str, value: str, *, digits: bool = False, form: str = "", p_noise: float = 0.0, split: bool = False) -> str:
        r = self.rnd
        value = noise(r, value, p_noise)
        labs = self.label(zh, en)
        parts = [value]
        if split and len(value) >= 12 and r.random() < 0.5:
            cut = r.randint(5, len(value) - 5)
            parts = [value[:cut], value[cut:]]
        for pt in parts:
            self.rec.pii(entity, pt, form=form, digits=digits)
        if not labs:
            self.out.extend(parts)
        elif r.random() < self.two_line or len(labs) > 1:
            self.out.extend(labs + parts)
        else:
            self.out.append(labs[0] + self.sep + parts[0])
            self.out.extend(parts[1:])
        return value

    def plain(self, zh: str | None, en: str | None, value: str) -> None:
        """A labelled value that is neither personal nor operational (issue dates, validity)."""
        labs = self.label(zh, en)
        if labs and self.rnd.random() >= self.two_line and len(labs) == 1:
            self.out.append(labs[0] + self.sep + value)
        else:
            self.out.extend(labs + [value])

    def shuffle_some(self) -> None:
        r = self.rnd
        if r.random() < 0.35 and len(self.out) > 3:
            i = r.randrange(len(self.out))
            j = r.randrange(len(self.out))
            self.out[i], self.out[j] = self.out[j], self.out[i]


def _validity(rnd: random.Random, style: str = "dot") -> str:
    y = rnd.randint(2012, 2024)
    m, d = rnd.randint(1, 12), rnd.randint(1, 28)
    span = rnd.choice((10, 20))
    if style == "dot":
        return f"{y}.{m:02d}.{d:02d}-{'长期' if span == 20 and rnd.random() < 0.2 else f'{y + span}.{m:02d}.{d:02d}'}"
    return f"{y}-{m:02d}-{d:02d} 至 {y + span}-{m:02d}-{d:02d}"


def doc_cn_id_front(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec, bilingual=0.0)
    name, _, _ = cn_name(rnd)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd)
    addr, code = cn_address(rnd)
    idn = cn_id(rnd, birth, female, code)
    spaced = rnd.random() < 0.4
    lab = (lambda t: " ".join(t)) if spaced else (lambda t: t)
    L.field(lab("姓名"), None, "PERSON", name)
    labs = L.label(lab("性别"), None)
    g = rec.pii("GENDER", "女" if female else "男")
    labs2 = L.label(lab("民族"), None)
    e = rec.pii("ETHNICITY", rnd.choice(_ETHNIC))
    if rnd.random() < 0.7:
        L.out.append(" ".join(labs + [g] + labs2 + [e]))
    elif rnd.random() < 0.5:
        L.out.append("".join(labs + [g] + [" "] + labs2 + [e]))
    else:
        L.out.extend([" ".join(labs + [g]), " ".join(labs2 + [e])])
    if rnd.random() < 0.3:
        L.field(lab("出生"), None, "DATE_OF_BIRTH", f"{birth.year} 年 {birth.month} 月 {birth.day} 日")
    else:
        L.field(lab("出生"), None, "DATE_OF_BIRTH", fmt_date(rnd, birth, rnd.choice(("cn", "cnpad", "cn"))))
    L.field(lab("住址"), None, "ADDRESS", addr, split=True)
    L.field(rnd.choice(("公民身份号码", "公民身份号码", "公民身份證號碼", "公民身份号")), None, "CN_RESIDENT_ID", idn, digits=True, p_noise=0.25)
    L.shuffle_some()
    return L.out


def doc_cn_id_back(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec)
    L.title("中华人民共和国", "居民身份证")
    prov, city, dists, _ = rnd.choice(_REGIONS)
    L.plain("签发机关", None, f"{city or prov}公安局{rnd.choice(dists)}分局")
    L.plain("有效期限", None, _validity(rnd))
    return L.out


def doc_cn_passport(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec, bilingual=0.8)
    name, sur, giv = cn_name(rnd)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1950, 2015)
    num = rnd.choice(("E", "EA", "EB", "G"))
    num = num + "".join(str(rnd.randint(0, 9)) for _ in range(9 - len(num)))
    L.title(rnd.choice(("中华人民共和国", "中華人民共和國")), rnd.choice(("护照", "護照")), "PASSPORT")
    L.plain("类型", "Type", "P")
    L.plain("国家码", "Country Code", "CHN")
    L.field("护照号", "Passport No.", "PASSPORT", num, digits=True, p_noise=0.15)
    L.field("姓名", "Name", "PERSON", name)
    L.raw(rec.pii("PERSON", f"{sur}, {giv}", form="latin"))
    labs = L.label("性别", "Sex")
    g = rec.pii("GENDER", f"{'女' if female else '男'}/{'F' if female else 'M'}")
    L.out.append(" ".join(labs + [g]))
    if rnd.random() < 0.8:
        L.field("国籍", "Nationality", "NATIONALITY", rnd.choice(("中国/CHINESE", "中国 /CHINESE", "CHINESE")))
    L.field("出生日期", "Date of birth", "DATE_OF_BIRTH", fmt_date(rnd, birth, rnd.choice(("mon", "monbi"))))
    prov = rnd.choice(_REGIONS)[0].rstrip("省市")
    pin = {"广东": "GUANGDONG", "北京": "BEIJING", "浙江": "ZHEJIANG", "四川": "SICHUAN", "湖北": "HUBEI", "江苏": "JIANGSU", "山东": "SHANDONG", "河南": "HENAN", "湖南": "HUNAN", "福建": "FUJIAN"}[prov]
    L.field("出生地点", "Place of birth", "PLACE_OF_BIRTH", rnd.choice((f"{prov}/{pin}", f"{prov} {pin}", pin)))
    issue = _dt.date(rnd.randint(2016, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
    exp = issue.replace(year=issue.year + 10)
    L.plain("签发日期", "Date of issue", fmt_date(rnd, issue, "mon"))
    L.plain("有效期至", "Date of expiry", fmt_date(rnd, exp, "mon"))
    L.plain("签发机关", "Authority", rnd.choice(("中华人民共和国国家移民管理局", "国家移民管理局/National Immigration Administration")))
    l1, l2 = td3_mrz("CHN", sur, giv, num, "CHN", birth, "F" if female else "M", exp, rnd)
    L.raw(rec.pii("MRZ", l1, form="line1"))
    L.raw(rec.pii("MRZ", noise(rnd, l2, 0.2), form="line2", digits=True))
    L.shuffle_some()
    return L.out


def td3_mrz(issuer: str, sur: str, giv: str, num: str, nat: str, birth: _dt.date, sex: str, exp: _dt.date, rnd: random.Random, personal: str = "") -> tuple[str, str]:
    names = (sur.replace(" ", "<").replace("-", "<") + "<<" + giv.replace(" ", "<").replace("-", "<"))[:39]
    l1 = ("P<" + issuer + names).ljust(44, "<")
    n9 = num[:9].ljust(9, "<")
    dob = f"{birth:%y%m%d}"
    ex = f"{exp:%y%m%d}"
    pers = personal[:14].ljust(14, "<")
    pcd = mrz_cd(pers) if personal else rnd.choice(("<", "0"))
    part = n9 + mrz_cd(n9) + nat + dob + mrz_cd(dob) + sex + ex + mrz_cd(ex) + pers + pcd
    comp = n9 + mrz_cd(n9) + dob + mrz_cd(dob) + ex + mrz_cd(ex) + pers + pcd
    return l1, part + mrz_cd(comp)


def doc_hk_id(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec, bilingual=0.6)
    name, sur, giv = cn_name(rnd)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1945, 2008)
    body, cd = hkid(rnd)
    L.title(rnd.choice(("香港永久性居民身份證", "香港居民身份證")), rnd.choice(("HONG KONG PERMANENT IDENTITY CARD", "HONG KONG IDENTITY CARD")))
    hanzi = name.translate(_TRAD)
    L.raw(rec.pii("PERSON", hanzi))
    eng_giv = " ".join(w.capitalize() for w in _split_given(giv, name))
    eng = rnd.choice((f"{sur}, {eng_giv}", f"{sur} {eng_giv}", f"{sur},{eng_giv}"))
    L.raw(rec.pii("PERSON", eng, form="latin"))
    L.raw(rec.pii("TELEX_CODE", telex(rnd, len(name)), digits=True))
    L.field("出生日期", "Date of Birth", "DATE_OF_BIRTH", fmt_date(rnd, birth, rnd.choice(("dmy-", "dmy"))))
    g = rec.pii("GENDER", rnd.choice(("女 F", "女F")) if female else rnd.choice(("男 M", "男M")))
    L.raw(g)
    L.raw(rnd.choice(("***AZ", "***AO", "*** A Z")))
    L.plain("簽發日期", "Date of Issue", f"({rnd.randint(60, 99):02d}) {rnd.randint(1, 28):02d}-{rnd.randint(1, 12):02d}-{rnd.randint(10, 24):02d}")
    idn = rnd.choice((f"{body}({cd})", f"{body}({cd})", f"{body} ({cd})", f"{body}{cd}"))
    L.raw(rec.pii("HK_ID", noise(rnd, idn, 0.2), digits=True))
    L.shuffle_some()
    return L.out


def _split_given(giv: str, name: str) -> list[str]:
    # two given syllables in a Chinese name print as two words on HK/MO cards
    g = name[1:] if name[:2] not in ("欧阳", "司马", "诸葛") else name[2:]
    if len(g) == 2:
        a = _GIVEN[g[0]]
        return [a, giv[len(a):]]
    return [giv]


def doc_macao_id(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec, bilingual=0.7)
    name, sur, giv = cn_name(rnd)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1945, 2008)
    L.title("澳門特別行政區", "REGIÃO ADMINISTRATIVA ESPECIAL DE MACAU", rnd.choice(("永久性居民身份證", "居民身份證")), "BILHETE DE IDENTIDADE DE RESIDENTE")
    L.field("姓名", "Nome", "PERSON", name.translate(_TRAD))
    L.raw(rec.pii("PERSON", f"{sur}, {' '.join(w.capitalize() for w in _split_given(giv, name))}".upper(), form="latin"))
    L.field("性別", "Sexo", "GENDER", ("女/F" if female else "男/M"))
    L.field("出生日期", "Data de nascimento", "DATE_OF_BIRTH", fmt_date(rnd, birth, "dmy-"))
    L.plain("首次簽發日期", "Data da primeira emissão", f"{rnd.randint(1, 28):02d}-{rnd.randint(1, 12):02d}-{rnd.randint(1995, 2015)}")
    L.plain("有效期至", "Válido até", f"{rnd.randint(1, 28):02d}-{rnd.randint(1, 12):02d}-{rnd.randint(2026, 2034)}")
    L.field("身份證編號", "N.º", "MO_ID", noise(rnd, macao_id(rnd), 0.15), digits=True)
    L.shuffle_some()
    return L.out


def doc_tw_id(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec, bilingual=0.0)
    name, _, _ = cn_name(rnd)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1945, 2006)
    L.title(rnd.choice(("中華民國國民身分證", "中華民國 國民身分證")))
    L.field("姓名", None, "PERSON", name.translate(_TRAD))
    roc = f"民國{birth.year - 1911}年{birth.month}月{birth.day}日"
    L.field("出生年月日", None, "DATE_OF_BIRTH", rnd.choice((roc, f"民國 {birth.year - 1911} 年 {birth.month} 月 {birth.day} 日")))
    L.field("性別", None, "GENDER", "女" if female else "男")
    L.plain("發證日期", None, f"民國{rnd.randint(94, 112)}年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日({rnd.choice(('北市', '新北市', '高市', '中市'))}){rnd.choice(('換發', '補發', '初發'))}")
    L.field("統一編號", None, "TW_ID", noise(rnd, tw_id(rnd, female), 0.15), digits=True)
    if rnd.random() < 0.5:
        f, _, _ = cn_name(rnd)
        m, _, _ = cn_name(rnd)
        L.field("父", None, "PERSON", f.translate(_TRAD))
        L.field("母", None, "PERSON", m.translate(_TRAD))
        city = rnd.choice(("臺北市", "新北市", "高雄市", "臺中市", "臺南市"))
        L.field("出生地", None, "PLACE_OF_BIRTH", city)
        L.field("住址", None, "ADDRESS", f"{city}{rnd.choice(('中正區', '信義區', '大安區', '前鎮區', '西屯區'))}{rnd.choice(('忠孝', '仁愛', '民生', '中山', '和平'))}{rnd.choice(('東路', '路', '西路'))}{rnd.randint(1, 5)}段{rnd.randint(1, 300)}號{rnd.randint(2, 18)}樓", split=True)
    L.shuffle_some()
    return L.out


def doc_hk_mo_permit(rnd: random.Random, rec: Recorder) -> list[str]:
    """港澳居民来往内地通行证 (home-return permit)."""
    L = Lines(rnd, rec, bilingual=0.5)
    name, sur, giv = cn_name(rnd)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1950, 2012)
    area = rnd.choice("HM")
    L.title("港澳居民来往内地通行证", rnd.choice(("MAINLAND TRAVEL PERMIT FOR HONG KONG AND MACAO RESIDENTS", "Mainland Travel Permit for Hong Kong and Macao Residents")))
    L.field("姓名", "Name", "PERSON", name)
    L.raw(rec.pii("PERSON", f"{sur},{giv}", form="latin"))
    L.field("出生日期", "Date of birth", "DATE_OF_BIRTH", fmt_date(rnd, birth, "dot"))
    L.field("性别", "Sex", "GENDER", "女" if female else "男")
    L.plain("有效期限", "Period of validity", _validity(rnd))
    L.plain("签发机关", "Issuing authority", "公安部出入境管理局")
    num = area + "".join(str(rnd.randint(0, 9)) for _ in range(8))
    L.field(None, None, "TRAVEL_PERMIT", noise(rnd, num, 0.15), digits=True)
    L.plain("换证次数", None, f"{rnd.randint(0, 6):02d}")
    L.shuffle_some()
    return L.out


def doc_tw_permit(rnd: random.Random, rec: Recorder) -> list[str]:
    """台湾居民来往大陆通行证."""
    L = Lines(rnd, rec, bilingual=0.4)
    name, sur, giv = cn_name(rnd)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1950, 2012)
    L.title("台湾居民来往大陆通行证", "MAINLAND TRAVEL PERMIT FOR TAIWAN RESIDENTS")
    L.field("姓名", "Name", "PERSON", name.translate(_TRAD) if rnd.random() < 0.5 else name)
    L.raw(rec.pii("PERSON", f"{sur}, {giv}", form="latin"))
    L.field("出生日期", "Date of birth", "DATE_OF_BIRTH", fmt_date(rnd, birth, "dot"))
    L.field("性别", "Sex", "GENDER", "女/F" if female else "男/M")
    L.plain("有效期限", "Period of validity", _validity(rnd))
    L.plain("签发机关", "Issuing authority", rnd.choice(("公安部出入境管理局", "福建省公安厅")))
    L.field("证件号码", "No.", "TRAVEL_PERMIT", noise(rnd, f"{rnd.randint(0, 99999999):08d}", 0.1), digits=True)
    if rnd.random() < 0.5:
        L.field("身份证号", None, "TW_ID", tw_id(rnd, female), digits=True)
    L.shuffle_some()
    return L.out


def doc_exit_entry_permit(rnd: random.Random, rec: Recorder) -> list[str]:
    """往来港澳通行证 for mainland residents."""
    L = Lines(rnd, rec, bilingual=0.7)
    name, sur, giv = cn_name(rnd)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1950, 2012)
    L.title("中华人民共和国", "往来港澳通行证", "EXIT-ENTRY PERMIT FOR TRAVELLING TO AND FROM HONG KONG AND MACAO")
    L.field("姓名", "Name", "PERSON", name)
    L.raw(rec.pii("PERSON", f"{sur}, {giv}", form="latin"))
    L.field("出生日期", "Date of birth", "DATE_OF_BIRTH", fmt_date(rnd, birth, "dot"))
    L.field("性别", "Sex", "GENDER", "女/F" if female else "男/M")
    prov = rnd.choice(_REGIONS)[0]
    L.field("出生地点", "Place of birth", "PLACE_OF_BIRTH", prov)
    num = "C" + rnd.choice(("", "A", "B", "D")) + "".join(str(rnd.randint(0, 9)) for _ in range(8))
    num = num[:9]
    L.field("证件号码", "No.", "TRAVEL_PERMIT", num, digits=True)
    dob = f"{birth:%y%m%d}"
    mrz = f"CS{num}<{mrz_cd(num)}<{rnd.randint(24, 34)}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}{rnd.randint(0, 9)}<{dob}{mrz_cd(dob)}<"
    L.raw(rec.pii("MRZ", mrz, digits=True))
    L.shuffle_some()
    return L.out


def doc_residence_permit(rnd: random.Random, rec: Recorder) -> list[str]:
    """港澳台居民居住证 front."""
    L = Lines(rnd, rec, bilingual=0.0)
    name, _, _ = cn_name(rnd)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1950, 2006)
    area = rnd.choice(("HK", "MO", "TW"))
    addr, _ = cn_address(rnd)
    L.field("姓名", None, "PERSON", name)
    L.field("性别", None, "GENDER", "女" if female else "男")
    L.field("出生", None, "DATE_OF_BIRTH", fmt_date(rnd, birth, "cn"))
    L.field("住址", None, "ADDRESS", addr, split=True)
    L.field("公民身份号码", None, "RESIDENCE_PERMIT", noise(rnd, cn_permit_id(rnd, birth, female, area), 0.15), digits=True)
    if rnd.random() < 0.5:
        L.title("港澳台居民居住证")
        L.plain("签发次数", None, f"{rnd.randint(1, 4):02d}")
        L.plain("通行证号码", None, L.rec.pii("TRAVEL_PERMIT", ("H" if area == "HK" else "M" if area == "MO" else "") + f"{rnd.randint(0, 99999999):08d}", digits=True))
    L.shuffle_some()
    return L.out


def thai_id(rnd: random.Random) -> str:
    d = str(rnd.randint(1, 8)) + "".join(str(rnd.randint(0, 9)) for _ in range(11))
    s = sum(int(c) * (13 - i) for i, c in enumerate(d))
    return d + str((11 - s % 11) % 10)


_KR_SUR = (("KIM", "김"), ("LEE", "이"), ("PARK", "박"), ("CHOI", "최"), ("JUNG", "정"), ("KANG", "강"), ("YOON", "윤"))
_KR_GIV = (("MINJUN", "민준"), ("SEOYEON", "서연"), ("JIHO", "지호"), ("HAEUN", "하은"), ("DOYUN", "도윤"), ("SUBIN", "수빈"), ("JIWOO", "지우"))
_TH_SUR = ("SRISUK", "WONGSAWAT", "CHAIYAPRUK", "THONGDEE", "SUKSAWAT", "PHROMMA")
_TH_GIV = ("SOMCHAI", "NATTAPONG", "KANYARAT", "PIMCHANOK", "ANAN", "SUPHAWADEE")
_KE_SUR = ("OTIENO", "WANJIRU", "KAMAU", "MUTUA", "ODHIAMBO", "CHEBET", "KIPROTICH")
_KE_GIV = ("BRIAN", "GRACE", "DANIEL WAFULA", "FAITH AKINYI", "JOSEPH", "MERCY NJERI")
_EG_SUR = ("ABDELRAHMAN", "HASSAN", "MOSTAFA", "ELSAYED", "IBRAHIM", "FAROUK")
_EG_GIV = ("MOHAMED AHMED", "AHMED", "MONA", "YASMINE", "OMAR KHALED", "NOURHAN")


def _foreign_person(rnd: random.Random, cc: str) -> tuple[str, str, str]:
    """(SURNAME, GIVEN NAMES, native-script name or '')."""
    if cc == "JPN":
        f = _fk("ja_JP")
        return f.last_romanized_name().upper(), f.first_romanized_name().upper(), ""
    if cc == "KOR":
        (s, sh), (g, gh) = rnd.choice(_KR_SUR), rnd.choice(_KR_GIV)
        return s, g, sh + gh
    if cc == "THA":
        return rnd.choice(_TH_SUR), rnd.choice(_TH_GIV), ""
    if cc == "BRA":
        f = _fk("pt_BR")
        return ascii_upper(f.last_name()) + " " + ascii_upper(f.last_name()), ascii_upper(f.first_name()), ""
    if cc == "KEN":
        return rnd.choice(_KE_SUR), rnd.choice(_KE_GIV), ""
    if cc == "EGY":
        return rnd.choice(_EG_SUR), rnd.choice(_EG_GIV), ""
    f = _fk("en_GB" if cc == "GBR" else "en_US")
    giv = f.first_name() + (" " + f.first_name() if rnd.random() < 0.4 else "")
    return f.last_name().upper(), giv.upper(), ""


_PASSPORTS = {
    "JPN": (("日本国", "JAPAN"), ("旅券", "PASSPORT"), "JAPAN", ("TOKYO", "OSAKA", "HOKKAIDO", "FUKUOKA", "AICHI"), ("本籍", "Registered Domicile"), "2L7D"),
    "KOR": (("대한민국", "REPUBLIC OF KOREA"), ("여권", "PASSPORT"), "REPUBLIC OF KOREA", (), ("", ""), "M8D"),
    "THA": (("ราชอาณาจักรไทย", "KINGDOM OF THAILAND"), ("หนังสือเดินทาง", "PASSPORT"), "THAI", ("BANGKOK", "CHIANG MAI", "KHON KAEN", "SONGKHLA"), ("สถานที่เกิด", "Place of birth"), "2L7D"),
    "BRA": (("REPÚBLICA FEDERATIVA DO BRASIL",), ("PASSAPORTE", "PASSPORT"), "BRASILEIRO(A)", ("SÃO PAULO/SP", "RIO DE JANEIRO/RJ", "BELO HORIZONTE/MG", "CURITIBA/PR"), ("Naturalidade", "Place of birth"), "2L6D"),
    "GBR": (("UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",), ("PASSPORT", "PASSEPORT"), "BRITISH CITIZEN", ("LONDON", "MANCHESTER", "GLASGOW", "CARDIFF", "LEEDS"), ("Lieu de naissance", "Place of birth"), "9D"),
    "USA": (("UNITED STATES OF AMERICA",), ("PASSPORT", "PASSEPORT", "PASAPORTE"), "UNITED STATES OF AMERICA", ("CALIFORNIA, U.S.A.", "NEW YORK, U.S.A.", "TEXAS, U.S.A.", "OHIO, U.S.A."), ("", "Place of birth"), "9D"),
    "KEN": (("REPUBLIC OF KENYA", "JAMHURI YA KENYA"), ("PASSPORT", "PASIPOTI"), "KENYAN", ("NAIROBI", "MOMBASA", "KISUMU", "NAKURU"), ("", "Place of birth"), "2L7D"),
    "EGY": (("ARAB REPUBLIC OF EGYPT", "جمهورية مصر العربية"), ("PASSPORT", "جواز سفر"), "EGYPTIAN", ("CAIRO", "GIZA", "ALEXANDRIA", "LUXOR"), ("محل الميلاد", "Place of birth"), "1L8D"),
}
_PP_LABELS = {
    "JPN": {"type": ("型", "Type"), "no": ("旅券番号", "Passport No."), "sur": ("姓", "Surname"), "giv": ("名", "Given name"), "nat": ("国籍", "Nationality"), "dob": ("生年月日", "Date of birth"), "sex": ("性別", "Sex")},
    "KOR": {"type": ("종류", "Type"), "no": ("여권번호", "Passport No."), "sur": ("성", "Surname"), "giv": ("이름", "Given names"), "nat": ("국적", "Nationality"), "dob": ("생년월일", "Date of birth"), "sex": ("성별", "Sex")},
    "THA": {"type": ("ประเภท", "Type"), "no": ("เลขที่หนังสือเดินทาง", "Passport No."), "sur": ("นามสกุล", "Surname"), "giv": ("ชื่อ", "Name"), "nat": ("สัญชาติ", "Nationality"), "dob": ("วันเกิด", "Date of birth"), "sex": ("เพศ", "Sex")},
    "BRA": {"type": ("Tipo", "Type"), "no": ("Passaporte nº", "Passport No."), "sur": ("Sobrenome", "Surname"), "giv": ("Nome", "Given names"), "nat": ("Nacionalidade", "Nationality"), "dob": ("Data de nascimento", "Date of birth"), "sex": ("Sexo", "Sex")},
    "GBR": {"type": ("Type", None), "no": ("Passport No.", "Passeport No."), "sur": ("Surname", "Nom (1)"), "giv": ("Given names", "Prénoms (2)"), "nat": ("Nationality", "Nationalité (3)"), "dob": ("Date of birth", "Date de naissance (4)"), "sex": ("Sex", "Sexe (5)")},
    "USA": {"type": ("Type", "Type/Tipo"), "no": ("Passport No.", "No. du Passeport"), "sur": ("Surname", "Nom"), "giv": ("Given Names", "Prénoms"), "nat": ("Nationality", "Nationalité"), "dob": ("Date of birth", "Date de naissance"), "sex": ("Sex", "Sexe")},
    "KEN": {"type": ("Type", None), "no": ("Passport No.", None), "sur": ("Surname", None), "giv": ("Given Names", None), "nat": ("Nationality", None), "dob": ("Date of Birth", None), "sex": ("Sex", None)},
    "EGY": {"type": ("النوع", "Type"), "no": ("رقم الجواز", "Passport No."), "sur": ("اللقب", "Surname"), "giv": ("الاسم", "Given Names"), "nat": ("الجنسية", "Nationality"), "dob": ("تاريخ الميلاد", "Date of birth"), "sex": ("النوع", "Sex")},
}


def _pp_number(rnd: random.Random, pattern: str) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if pattern == "2L7D":
        return rnd.choice(L) + rnd.choice(L) + f"{rnd.randint(0, 9999999):07d}"
    if pattern == "2L6D":
        return rnd.choice(L) + rnd.choice(L) + f"{rnd.randint(0, 999999):06d}"
    if pattern == "M8D":
        return rnd.choice("MSR") + f"{rnd.randint(0, 99999999):08d}"
    if pattern == "1L8D":
        return rnd.choice(L) + f"{rnd.randint(0, 99999999):08d}"
    return f"{rnd.randint(100000000, 999999999)}"


def doc_foreign_passport(rnd: random.Random, rec: Recorder, cc: str = "") -> list[str]:
    cc = cc or rnd.choice(tuple(_PASSPORTS))
    country, titles, nat, pobs, pob_lab, pat = _PASSPORTS[cc]
    labs = _PP_LABELS[cc]
    L = Lines(rnd, rec, bilingual=0.7)
    sur, giv, native = _foreign_person(rnd, cc)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1948, 2015)
    num = _pp_number(rnd, pat)
    for c in country:
        L.raw(c)
    L.title(*titles)
    L.plain(*labs["type"], "P")
    L.plain("Code" if cc != "JPN" else "発行国", "Issuing State" if cc != "JPN" else "Issuing country", cc)
    L.field(*labs["no"], "PASSPORT", noise(rnd, num, 0.15), digits=True)
    L.field(*labs["sur"], "PERSON", sur)
    L.field(*labs["giv"], "PERSON", giv)
    if native:
        L.raw(rec.pii("PERSON", native, form="native"))
    if any(nat in c for c in country):
        # printed exactly as the state's name in the header: not separable from the title, left unlabelled
        L.plain(*labs["nat"], nat)
    elif rnd.random() < 0.85:
        L.field(*labs["nat"], "NATIONALITY", nat)
    L.field(*labs["dob"], "DATE_OF_BIRTH", fmt_date(rnd, birth, rnd.choice(("mon", "mon", "dmyd", "dmy"))))
    native_sex = {"KOR": ("여", "남"), "THA": ("หญิง", "ชาย"), "JPN": ("女", "男"), "BRA": ("FEMININO", "MASCULINO")}.get(cc)
    sexlab = L.label(*labs["sex"])
    if rnd.random() < 0.4:
        L.out.append(" ".join(sexlab + ["F" if female else "M"]))
    elif native_sex and rnd.random() < 0.6:
        L.out.append(" ".join(sexlab + [rec.pii("GENDER", f"{native_sex[0 if female else 1]}/{'F' if female else 'M'}")]))
    else:
        L.out.append(" ".join(sexlab + [rec.pii("GENDER", rnd.choice(("FEMALE", "Female")) if female else rnd.choice(("MALE", "Male")))]))
    if pobs:
        L.field(pob_lab[0] or None, pob_lab[1] or None, "PLACE_OF_BIRTH", rnd.choice(pobs))
    personal = ""
    if cc == "THA":
        personal = thai_id(rnd)
        L.field("เลขประจำตัวประชาชน", "Personal No.", "DOCUMENT_NUMBER", personal, digits=True)
    issue = _dt.date(rnd.randint(2016, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
    exp = issue.replace(year=issue.year + rnd.choice((5, 10)))
    L.plain("Date of issue", None, fmt_date(rnd, issue, "mon"))
    L.plain("Date of expiry", None, fmt_date(rnd, exp, "mon"))
    l1, l2 = td3_mrz(cc, ascii_upper(sur), ascii_upper(giv), num, cc, birth, "F" if female else "M", exp, rnd, personal)
    L.raw(rec.pii("MRZ", l1, form="line1"))
    L.raw(rec.pii("MRZ", noise(rnd, l2, 0.15), form="line2", digits=True))
    L.shuffle_some()
    return L.out


def doc_cn_driving(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec, bilingual=0.7)
    name, _, _ = cn_name(rnd)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1955, 2004)
    addr, code = cn_address(rnd)
    idn = cn_id(rnd, birth, female, code)
    L.title("中华人民共和国机动车驾驶证", "Driving License of the People's Republic of China")
    L.field("证号", "License No.", "DRIVER_LICENSE", noise(rnd, idn, 0.2), digits=True)
    L.field("姓名", "Name", "PERSON", name)
    L.field("性别", "Sex", "GENDER", "女" if female else "男")
    L.field("国籍", "Nationality", "NATIONALITY", "中国")
    L.field("住址", "Address", "ADDRESS", addr, split=True)
    L.field("出生日期", "Date of Birth", "DATE_OF_BIRTH", fmt_date(rnd, birth, "iso"))
    L.plain("初次领证日期", "Date of First Issue", f"{rnd.randint(2000, 2020)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}")
    L.plain("准驾车型", "Class", rnd.choice(("C1", "C2", "B2", "A2", "C1E")))
    L.plain("有效期限", "Valid Period", _validity(rnd, "zhi"))
    if rnd.random() < 0.5:
        L.field("档案编号", "File No.", "DOCUMENT_NUMBER", f"{rnd.randint(10**11, 10**12 - 1)}", digits=True)
    L.shuffle_some()
    return L.out


_US_STATES = (("CALIFORNIA", "CA", "D"), ("NEW YORK", "NY", ""), ("TEXAS", "TX", ""), ("FLORIDA", "FL", "S"), ("WASHINGTON", "WA", "WDL"))


def doc_us_driver(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec, bilingual=0.0)
    f = _fk("en_US")
    state, st, pre = rnd.choice(_US_STATES)
    female = rnd.random() < 0.5
    first, last = (f.first_name_female() if female else f.first_name_male()), f.last_name()
    birth = cn_birth(rnd, 1950, 2006)
    L.title(state, rnd.choice(("DRIVER LICENSE", "DRIVER'S LICENSE")), "USA")
    n_digits = {"CA": 7, "NY": 9, "TX": 8, "FL": 12, "WA": 9}[st]
    num = pre + "".join(str(rnd.randint(0, 9)) for _ in range(n_digits))
    L.field("DL", "LIC#", "DRIVER_LICENSE", num, digits=True)
    L.plain("EXP", None, f"{rnd.randint(1, 12):02d}/{rnd.randint(1, 28):02d}/{rnd.randint(2026, 2031)}")
    L.field("LN", None, "PERSON", last.upper())
    L.field("FN", None, "PERSON", first.upper())
    street = f.street_address().upper()
    L.field(None, None, "ADDRESS", street)
    L.raw(rec.pii("ADDRESS", f"{f.city().upper()}, {st} {f.postcode()}"))
    L.field("DOB", None, "DATE_OF_BIRTH", fmt_date(rnd, birth, "mdy"))
    L.plain("CLASS", None, rnd.choice(("C", "D", "A")))
    L.plain("RSTR", None, rnd.choice(("NONE", "CORR LENS")))
    L.plain("SEX", None, "F" if female else "M")
    L.plain("HGT", None, f"{rnd.randint(5, 6)}'-{rnd.randint(0, 11):02d}\"")
    L.plain("EYES", None, rnd.choice(("BRN", "BLU", "HZL", "GRN")))
    L.out = [x for x in L.out if x]
    L.shuffle_some()
    return L.out


def uk_licence_no(rnd: random.Random, sur: str, first: str, birth: _dt.date, female: bool) -> str:
    s5 = (sur.upper().replace(" ", "").replace("'", "") + "99999")[:5]
    m = birth.month + (50 if female else 0)
    core = f"{s5}{str(birth.year)[2]}{m:02d}{birth.day:02d}{str(birth.year)[3]}{first[0].upper()}9"
    return core + rnd.choice("0123456789") + rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ")


def doc_uk_driving(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec)
    f = _fk("en_GB")
    female = rnd.random() < 0.5
    first = f.first_name_female() if female else f.first_name_male()
    sur = f.last_name()
    birth = cn_birth(rnd, 1950, 2006)
    L.title("DRIVING LICENCE", "UNITED KINGDOM")
    L.raw(f"1. {rec.pii('PERSON', sur.upper())}")
    L.raw(f"2. {rec.pii('PERSON', first.upper())}")
    L.raw(f"3. {rec.pii('DATE_OF_BIRTH', fmt_date(rnd, birth, 'dmyd'))} {rec.pii('PLACE_OF_BIRTH', rnd.choice(('LONDON', 'BELFAST', 'BRISTOL', 'SWANSEA')))}")
    L.raw(f"4a. {rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{rnd.randint(2015, 2024)} 4b. {rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{rnd.randint(2025, 2034)}")
    L.raw("4c. DVLA")
    L.raw(f"5. {rec.pii('DRIVER_LICENSE', uk_licence_no(rnd, sur, first, birth, female), digits=True)}")
    L.raw(f"8. {rec.pii('ADDRESS', f.street_address().replace(chr(10), ', ') + ', ' + f.city().upper() + ', ' + f.postcode())}")
    L.raw(f"9. {rnd.choice(('AM/A/B/BE/f/k/l/n/p/q', 'B/f/k/l/n/p/q'))}")
    return L.out


_HOSPITALS = ("第一人民医院", "中心医院", "妇幼保健院", "中医院", "协和医院", "人民医院")
_EMPLOYERS = ("深圳市云图科技有限公司", "杭州澄明数据服务有限公司", "上海恒远国际贸易有限公司", "成都锦程教育咨询有限公司")
_SCHOOLS = (("浙江理工学院", "信息工程学院"), ("华南师范学院", "外国语学院"), ("西北农林学院", "动物科学学院"), ("江城职业技术学院", "机电工程系"))


def doc_hospital_admission(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec, bilingual=0.1)
    prov, city, _, _ = rnd.choice(_REGIONS)
    L.title(f"{(city or prov).rstrip('市省')}市{rnd.choice(_HOSPITALS)}", rnd.choice(("住院登记表", "入院登记单", "住院病案首页")))
    L.plain("住院号", None, f"ZY{rnd.randint(10**7, 10**8 - 1)}")
    L.plain("科室", None, rnd.choice(("心内科", "骨科", "消化内科", "妇产科", "神经外科")))
    name, _, _ = cn_name(rnd)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1935, 2020)
    L.field("姓名", "Name", "PERSON", name)
    L.field("性别", None, "GENDER", "女" if female else "男")
    L.plain("年龄", None, f"{2025 - birth.year}岁")
    L.field("出生日期", None, "DATE_OF_BIRTH", fmt_date(rnd, birth, rnd.choice(("iso", "cn", "slash"))))
    L.field("民族", None, "ETHNICITY", rnd.choice(_ETHNIC) + "族")
    L.plain("婚姻", None, rnd.choice(("已婚", "未婚", "丧偶")))
    addr, code = cn_address(rnd)
    L.field(rnd.choice(("身份证号", "身份证件号码", "证件号")), None, "CN_RESIDENT_ID", noise(rnd, cn_id(rnd, birth, female, code), 0.2), digits=True)
    L.field(rnd.choice(("现住址", "家庭住址", "住址")), None, "ADDRESS", addr, split=True)
    L.field(rnd.choice(("联系电话", "手机", "电话")), None, "PHONE_NUMBER", fmt_mobile(rnd, cn_mobile(rnd)), digits=True, p_noise=0.2)
    kin, _, _ = cn_name(rnd)
    L.field(rnd.choice(("联系人", "紧急联系人", "家属姓名")), None, "PERSON", kin)
    L.plain("关系", None, rnd.choice(("配偶", "父母", "兄弟", "其他亲属")))
    L.field("联系人电话", None, "PHONE_NUMBER", fmt_mobile(rnd, cn_mobile(rnd)), digits=True)
    if rnd.random() < 0.4:
        L.field("医保卡号", None, "DOCUMENT_NUMBER", f"{rnd.choice(('SZ', 'HZ', 'CD'))}{rnd.randint(10**9, 10**10 - 1)}", digits=True)
    L.plain("入院诊断", None, rnd.choice(("急性阑尾炎", "2型糖尿病", "冠心病", "腰椎间盘突出")))
    L.plain("入院日期", None, f"2025-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}")
    L.shuffle_some()
    return L.out


def doc_residence_slip(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec, bilingual=0.0)
    L.title(rnd.choice(("居住登记凭证", "暂住人口登记回执", "流动人口居住登记凭证")))
    name, _, _ = cn_name(rnd)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1955, 2006)
    addr_home, code = cn_address(rnd)
    addr_live, _ = cn_address(rnd)
    L.field("姓名", None, "PERSON", name)
    L.field("性别", None, "GENDER", "女" if female else "男")
    L.field("公民身份号码", None, "CN_RESIDENT_ID", noise(rnd, cn_id(rnd, birth, female, code), 0.2), digits=True)
    L.field("户籍地址", None, "ADDRESS", addr_home, split=True)
    L.field("居住地址", None, "ADDRESS", addr_live, split=True)
    L.field("联系方式", None, "PHONE_NUMBER", fmt_mobile(rnd, cn_mobile(rnd)), digits=True, p_noise=0.2)
    L.plain("登记日期", None, f"2025年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日")
    L.plain("登记单位", None, f"{rnd.choice(('南山', '西湖', '武侯', '洪山', '金水'))}派出所")
    L.text(f"凭证编号 {rnd.randint(10**11, 10**12 - 1)}", "")
    L.title("本凭证不作为居住证使用")
    L.shuffle_some()
    return L.out


def doc_marriage_cert(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec, bilingual=0.0)
    L.title("结婚证", "中华人民共和国民政部监制")
    L.field("持证人", None, "PERSON", cn_name(rnd)[0])
    L.plain("登记日期", None, f"{rnd.randint(2005, 2024)}年{rnd.randint(1, 12):02d}月{rnd.randint(1, 28):02d}日")
    L.field("结婚证字号", None, "DOCUMENT_NUMBER", f"J{rnd.choice(_REGIONS)[3]}-{rnd.randint(2005, 2024)}-{rnd.randint(0, 99999):06d}", digits=True)
    L.plain("备注", None, "")
    for female in (False, True):
        name, _, _ = cn_name(rnd)
        birth = cn_birth(rnd, 1960, 2000)
        L.field("姓名", None, "PERSON", name)
        L.field("性别", None, "GENDER", "女" if female else "男")
        L.field("国籍", None, "NATIONALITY", "中国")
        L.field("出生日期", None, "DATE_OF_BIRTH", fmt_date(rnd, birth, "cnpad"))
        L.field("身份证件号", None, "CN_RESIDENT_ID", noise(rnd, cn_id(rnd, birth, female), 0.15), digits=True)
    L.title("婚姻登记员")
    L.out = [x for x in L.out if x]
    return L.out


def doc_student_card(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec, bilingual=0.3)
    school, college = rnd.choice(_SCHOOLS)
    L.title(school, rnd.choice(("学生证", "STUDENT ID CARD")))
    name, sur, giv = cn_name(rnd)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1998, 2008)
    L.field("姓名", "Name", "PERSON", name)
    L.field("性别", "Gender", "GENDER", "女" if female else "男")
    L.plain("院系", "School", college)
    L.field("学号", "Student No.", "DOCUMENT_NUMBER", f"{rnd.randint(2019, 2025)}{rnd.randint(10**7, 10**8 - 1)}", digits=True)
    L.plain("入学时间", "Enrolled", f"{rnd.randint(2019, 2025)}年9月")
    L.field("出生年月", None, "DATE_OF_BIRTH", f"{birth.year}.{birth.month:02d}")
    if rnd.random() < 0.5:
        L.field("家庭住址", None, "ADDRESS", cn_address(rnd)[0], split=True)
        L.plain("乘车区间", None, f"{rnd.choice(('杭州', '广州', '西安'))}—{rnd.choice(('温州', '长沙', '郑州'))}")
    L.shuffle_some()
    return L.out


_WP_COUNTRIES = (("KEN", "肯尼亚 KENYA"), ("EGY", "埃及 EGYPT"), ("BRA", "巴西 BRAZIL"), ("GBR", "英国 UNITED KINGDOM"), ("USA", "美国 USA"), ("JPN", "日本 JAPAN"), ("KOR", "韩国 KOREA"), ("THA", "泰国 THAILAND"))


def doc_work_permit(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec, bilingual=0.9)
    cc, nat = rnd.choice(_WP_COUNTRIES)
    sur, giv, _ = _foreign_person(rnd, cc)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1960, 2002)
    L.title("中华人民共和国外国人工作许可证", "Foreigner's Work Permit of the People's Republic of China")
    L.field("姓名", "Name", "PERSON", f"{sur} {giv}")
    L.field("性别", "Sex", "GENDER", "女/Female" if female else "男/Male")
    L.field("出生日期", "Date of Birth", "DATE_OF_BIRTH", fmt_date(rnd, birth, "iso"))
    L.field("国籍", "Nationality", "NATIONALITY", nat)
    L.field("证件号码", "Permit No.", "DOCUMENT_NUMBER", f"{rnd.choice(('156', '9'))}{rnd.randint(10**11, 10**12 - 1)}", digits=True)
    L.field("护照号码", "Passport No.", "PASSPORT", _pp_number(rnd, _PASSPORTS[cc][5]), digits=True)
    L.plain("工作单位", "Employer", rnd.choice(_EMPLOYERS))
    L.plain("发证机关", "Issuing Authority", rnd.choice(("深圳市科学技术局", "上海市科学技术委员会", "北京市科学技术委员会")))
    L.plain("有效期至", "Valid Until", f"{rnd.randint(2026, 2028)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}")
    L.shuffle_some()
    return L.out


def doc_household(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec, bilingual=0.0)
    L.title("常住人口登记卡")
    name, _, _ = cn_name(rnd)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1940, 2015)
    addr, code = cn_address(rnd)
    L.field("姓名", None, "PERSON", name)
    L.plain("户主或与户主关系", None, rnd.choice(("户主", "妻", "长子", "夫", "之子")))
    if rnd.random() < 0.5:
        L.field("曾用名", None, "PERSON", cn_name(rnd)[0])
    L.field("性别", None, "GENDER", "女" if female else "男")
    L.field("出生地", None, "PLACE_OF_BIRTH", rnd.choice(_REGIONS)[0] + rnd.choice(_REGIONS)[1])
    L.field("民族", None, "ETHNICITY", rnd.choice(_ETHNIC) + "族")
    L.field("籍贯", None, "PLACE_OF_BIRTH", rnd.choice(_REGIONS)[0])
    L.field("出生日期", None, "DATE_OF_BIRTH", fmt_date(rnd, birth, "cnpad"))
    if rnd.random() < 0.4:
        L.field("本市（县）其他住址", None, "ADDRESS", cn_address(rnd)[0])
    L.field("公民身份证件编号", None, "CN_RESIDENT_ID", noise(rnd, cn_id(rnd, birth, female, code), 0.2), digits=True)
    L.plain("文化程度", None, rnd.choice(("大学本科", "高中", "初中", "研究生")))
    L.plain("婚姻状况", None, rnd.choice(("已婚", "未婚")))
    L.plain("兵役状况", None, rnd.choice(("未服兵役", "退出现役")))
    L.plain("服务处所", None, rnd.choice(_EMPLOYERS))
    L.plain("承办人签章", None, "")
    L.out = [x for x in L.out if x]
    L.shuffle_some()
    return L.out


def kr_rrn(rnd: random.Random, birth: _dt.date, female: bool) -> str:
    g = (2 if female else 1) + (2 if birth.year >= 2000 else 0)
    body = f"{birth:%y%m%d}{g}{rnd.randint(0, 99999):05d}"
    s = sum(int(c) * w for c, w in zip(body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)))
    return f"{body[:6]}-{body[6:]}{(11 - s % 11) % 10}"


_KR_ADDR = ("서울특별시 강남구 테헤란로 152", "부산광역시 해운대구 센텀중앙로 79", "경기도 성남시 분당구 판교역로 235", "인천광역시 연수구 송도과학로 32", "대구광역시 수성구 달구벌대로 2450")


def doc_kr_id(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec, bilingual=0.0)
    (s_rom, s_h), (g_rom, g_h) = rnd.choice(_KR_SUR), rnd.choice(_KR_GIV)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1950, 2005)
    L.title("주민등록증")
    hanja = {"김": "金", "이": "李", "박": "朴", "최": "崔", "정": "鄭", "강": "姜", "윤": "尹"}[s_h] + rnd.choice(("敏俊", "瑞妍", "志浩", "夏恩", "秀彬"))
    L.raw(rec.pii("PERSON", s_h + g_h) + (f"({rec.pii('PERSON', hanja, form='hanja')})" if rnd.random() < 0.6 else ""))
    L.raw(rec.pii("DOCUMENT_NUMBER", noise(rnd, kr_rrn(rnd, birth, female), 0.15), form="KR RRN", digits=True))
    addr = rnd.choice(_KR_ADDR) + f", {rnd.randint(101, 120)}동 {rnd.randint(1, 30)}0{rnd.randint(1, 6)}호"
    L.raw(rec.pii("ADDRESS", addr))
    L.plain(None, None, f"{rnd.randint(2005, 2024)}. {rnd.randint(1, 12)}. {rnd.randint(1, 28)}.")
    L.raw(rnd.choice(("서울특별시 강남구청장", "부산광역시 해운대구청장", "성남시 분당구청장")))
    L.shuffle_some()
    return L.out


def _jp_era(d: _dt.date) -> str:
    if d >= _dt.date(1989, 1, 8):
        return f"平成{d.year - 1988}年{d.month}月{d.day}日生"
    return f"昭和{d.year - 1925}年{d.month}月{d.day}日生"


def doc_jp_driving(rnd: random.Random, rec: Recorder) -> list[str]:
    L = Lines(rnd, rec, bilingual=0.0)
    f = _fk("ja_JP")
    birth = cn_birth(rnd, 1950, 2004)
    L.field("氏名", None, "PERSON", f.name())
    L.out.append(rec.pii("DATE_OF_BIRTH", _jp_era(birth)))
    L.field("住所", None, "ADDRESS", f.address().replace("\n", " "), split=True)
    L.plain("交付", None, f"令和{rnd.randint(1, 6)}年{rnd.randint(1, 12):02d}月{rnd.randint(1, 28):02d}日 {rnd.randint(10000, 99999)}")
    L.plain(None, None, f"{'令和'}{rnd.randint(7, 11)}年{rnd.randint(1, 12):02d}月{rnd.randint(1, 28):02d}日まで有効")
    L.title("運転免許証")
    L.plain("免許の条件等", None, rnd.choice(("眼鏡等", "なし")))
    labs = L.label("番号", None)
    L.out.append(" ".join(labs + [f"第{rec.pii('DRIVER_LICENSE', f'{rnd.randint(10, 99)}{rnd.randint(10**9, 10**10 - 1)}', digits=True)}号"]))
    L.plain("種類", None, rnd.choice(("普通", "中型 普通", "普自二 普通")))
    L.title(rnd.choice(("東京都公安委員会", "大阪府公安委員会", "北海道公安委員会")))
    L.out = [x for x in L.out if x]
    L.shuffle_some()
    return L.out


# ----------------------------------------------------------------------------------------------------------------
# vendor wrappers for general OCR


def _boxes(rnd: random.Random, lines: list[str]) -> list[tuple[int, int, int, int]]:
    out = []
    y = rnd.randint(10, 60)
    for t in lines:
        x = rnd.randint(8, 90)
        w = max(20, len(t) * rnd.randint(12, 24))
        h = rnd.randint(18, 34)
        out.append((x, y, w, h))
        y += h + rnd.randint(4, 20)
    return out


def w_tencent_general(rnd: random.Random, rec: Recorder, lines: list[str]) -> dict:
    dets = []
    for i, (t, (x, y, w, h)) in enumerate(zip(lines, _boxes(rnd, lines))):
        dets.append({
            "DetectedText": t,
            "Confidence": rnd.randint(72, 100),
            "Polygon": [{"X": x, "Y": y}, {"X": x + w, "Y": y}, {"X": x + w, "Y": y + h}, {"X": x, "Y": y + h}],
            "AdvancedInfo": json.dumps({"Parag": {"ParagNo": i + 1}}),
            "ItemPolygon": {"X": x, "Y": y, "Width": w, "Height": h},
            "Words": [],
            "WordCoordPoint": [],
        })
    resp = {"Response": {"TextDetections": dets, "Language": "zh", "Angle": round(rnd.uniform(-3, 3), 2), "PdfPageSize": 0, "RequestId": rec.op("request_id", rid(rnd))}}
    if rnd.random() < 0.6:
        return {
            "timestamp": rec.op("timestamp", ts(rnd)),
            "action": rec.op("action", "GeneralBasicOCR"),
            "region": rec.op("region", rnd.choice(_TC_REGIONS)),
            "latency_ms": rec.op_num("latency", "latency_ms", rnd.randint(80, 2400)),
            "response": resp,
        }
    return resp


def w_paddle_classic(rnd: random.Random, rec: Recorder, lines: list[str]) -> object:
    page = []
    for t, (x, y, w, h) in zip(lines, _boxes(rnd, lines)):
        page.append([[[float(x), float(y)], [float(x + w), float(y)], [float(x + w), float(y + h)], [float(x), float(y + h)]], [t, round(rnd.uniform(0.71, 0.999), 4)]])
    if rnd.random() < 0.5:
        return [page]
    return {"file": rec.op("other", f"upload/{rnd.getrandbits(40):010x}.jpg"), "elapsed": rec.op_num("latency", "elapsed", round(rnd.uniform(0.2, 3.5), 3)), "result": [page]}


def w_paddlex(rnd: random.Random, rec: Recorder, lines: list[str]) -> dict:
    boxes = _boxes(rnd, lines)
    polys = [[[x, y], [x + w, y], [x + w, y + h], [x, y + h]] for x, y, w, h in boxes]
    res = {
        "input_path": rec.op("other", f"/data/inbox/{rnd.getrandbits(32):08x}.png"),
        "page_index": None,
        "model_settings": {"use_doc_preprocessor": True, "use_textline_orientation": rnd.random() < 0.5},
        "doc_preprocessor_res": {"input_path": None, "page_index": None, "model_settings": {"use_doc_orientation_classify": True, "use_doc_unwarping": False}, "angle": rnd.choice((0, 0, 180))},
        "dt_polys": polys,
        "text_det_params": {"limit_side_len": 64, "limit_type": "min", "thresh": 0.3, "max_side_limit": 4000, "box_thresh": 0.6, "unclip_ratio": 1.5},
        "text_type": "general",
        "textline_orientation_angles": [0] * len(lines),
        "text_rec_score_thresh": 0.0,
        "rec_texts": lines,
        "rec_scores": [round(rnd.uniform(0.7, 0.999), 6) for _ in lines],
        "rec_polys": polys,
        "rec_boxes": [[x, y, x + w, y + h] for x, y, w, h in boxes],
    }
    return {"res": res}


def w_textract(rnd: random.Random, rec: Recorder, lines: list[str]) -> dict:
    blocks: list[dict] = []
    page_id = rid(rnd)
    line_blocks, word_blocks = [], []
    for t, (x, y, w, h) in zip(lines, _boxes(rnd, lines)):
        bb = {"Width": round(w / 1000, 6), "Height": round(h / 1400, 6), "Left": round(x / 1000, 6), "Top": round(y / 1400, 6)}
        geo = {"BoundingBox": bb, "Polygon": [{"X": bb["Left"], "Y": bb["Top"]}, {"X": round(bb["Left"] + bb["Width"], 6), "Y": bb["Top"]}, {"X": round(bb["Left"] + bb["Width"], 6), "Y": round(bb["Top"] + bb["Height"], 6)}, {"X": bb["Left"], "Y": round(bb["Top"] + bb["Height"], 6)}]}
        ids = []
        for word in t.split(" "):
            if not word:
                continue
            wid = rid(rnd)
            ids.append(wid)
            word_blocks.append({"BlockType": "WORD", "Confidence": round(rnd.uniform(70, 99.9), 4), "Text": word, "TextType": "PRINTED", "Geometry": geo, "Id": wid})
        lid = rid(rnd)
        line_blocks.append({"BlockType": "LINE", "Confidence": round(rnd.uniform(70, 99.9), 4), "Text": t, "Geometry": geo, "Id": lid, "Relationships": [{"Type": "CHILD", "Ids": ids}]})
    page = {"BlockType": "PAGE", "Geometry": {"BoundingBox": {"Width": 1.0, "Height": 1.0, "Left": 0.0, "Top": 0.0}}, "Id": page_id, "Relationships": [{"Type": "CHILD", "Ids": [b["Id"] for b in line_blocks]}]}
    out = {"DocumentMetadata": {"Pages": 1}, "Blocks": [page] + line_blocks + word_blocks, "DetectDocumentTextModelVersion": "1.0", "ResponseMetadata": {"RequestId": rec.op("request_id", rid(rnd)), "HTTPStatusCode": 200}}
    return out


def w_azure_read(rnd: random.Random, rec: Recorder, lines: list[str]) -> dict:
    content = "\n".join(lines)
    off = 0
    az_lines, words = [], []
    for t, (x, y, w, h) in zip(lines, _boxes(rnd, lines)):
        poly = [x, y, x + w, y, x + w, y + h, x, y + h]
        az_lines.append({"content": t, "polygon": poly, "spans": [{"offset": off, "length": len(t)}]})
        wo = off
        for word in t.split(" "):
            if word:
                words.append({"content": word, "polygon": poly, "confidence": round(rnd.uniform(0.6, 0.999), 3), "span": {"offset": wo, "length": len(word)}})
            wo += len(word) + 1
        off += len(t) + 1
    model = rnd.choice(("prebuilt-read", "prebuilt-layout"))
    created = ts(rnd)
    res = {
        "status": "succeeded",
        "createdDateTime": rec.op("timestamp", created),
        "lastUpdatedDateTime": created[:17] + f"{min(59, int(created[17:19]) + rnd.randint(0, 3)):02d}" + created[19:],
        "analyzeResult": {
            "apiVersion": rnd.choice(("2023-07-31", "2024-11-30")),
            "modelId": rec.op("action", model),
            "stringIndexType": "textElements",
            "content": content,
            "pages": [{"pageNumber": 1, "angle": round(rnd.uniform(-2, 2), 4), "width": 1024, "height": 1448, "unit": "pixel", "words": words, "lines": az_lines, "spans": [{"offset": 0, "length": len(content)}]}],
            "paragraphs": [{"content": t, "spans": ln["spans"], "boundingRegions": [{"pageNumber": 1, "polygon": ln["polygon"]}]} for t, ln in zip(lines, az_lines)] if model == "prebuilt-layout" else [],
        },
    }
    return res


def w_gdocai(rnd: random.Random, rec: Recorder, lines: list[str]) -> dict:
    text = "\n".join(lines) + "\n"
    off = 0
    g_lines = []
    for t, (x, y, w, h) in zip(lines, _boxes(rnd, lines)):
        verts = [{"x": round(x / 1000, 4), "y": round(y / 1400, 4)}, {"x": round((x + w) / 1000, 4), "y": round(y / 1400, 4)}, {"x": round((x + w) / 1000, 4), "y": round((y + h) / 1400, 4)}, {"x": round(x / 1000, 4), "y": round((y + h) / 1400, 4)}]
        seg = {"endIndex": str(off + len(t) + 1)}
        if off:
            seg = {"startIndex": str(off), **seg}
        g_lines.append({"layout": {"textAnchor": {"textSegments": [seg]}, "confidence": round(rnd.uniform(0.7, 0.99), 4), "boundingPoly": {"normalizedVertices": verts}, "orientation": "PAGE_UP"}, "detectedLanguages": [{"languageCode": rnd.choice(("zh", "en", "und")), "confidence": 0.9}]})
        off += len(t) + 1
    proc = rec.op("other", f"projects/{rnd.randint(100000000000, 999999999999)}/locations/{rnd.choice(('us', 'eu'))}/processors/{rnd.getrandbits(64):016x}")
    return {
        "name": proc,
        "document": {
            "mimeType": rnd.choice(("image/jpeg", "image/png", "application/pdf")),
            "text": text,
            "pages": [{"pageNumber": 1, "dimension": {"width": 1000, "height": 1400, "unit": "pixels"}, "layout": {"textAnchor": {"textSegments": [{"endIndex": str(len(text))}]}, "orientation": "PAGE_UP"}, "lines": g_lines, "detectedLanguages": [{"languageCode": "zh", "confidence": 0.71}]}],
        },
        "humanReviewStatus": {"state": "SKIPPED"},
    }


def w_baidu_general(rnd: random.Random, rec: Recorder, lines: list[str]) -> dict:
    loc = rnd.random() < 0.5
    words = []
    for t, (x, y, w, h) in zip(lines, _boxes(rnd, lines)):
        item: dict = {"words": t}
        if loc:
            item["location"] = {"top": y, "left": x, "width": w, "height": h}
            item["probability"] = {"average": round(rnd.uniform(0.8, 0.999), 6), "min": round(rnd.uniform(0.5, 0.8), 6), "variance": round(rnd.uniform(0, 0.01), 6)}
        words.append(item)
    out = {"log_id": rec.op_num("request_id", "log_id", rnd.randint(10**18, 9 * 10**18)), "words_result_num": rec.op_num("count", "words_result_num", len(words)), "words_result": words}
    if rnd.random() < 0.5:
        out["direction"] = 0
    return out


def w_aliyun_general(rnd: random.Random, rec: Recorder, lines: list[str]) -> dict:
    info = []
    for t, (x, y, w, h) in zip(lines, _boxes(rnd, lines)):
        info.append({"word": t, "prob": rnd.randint(70, 99), "x": x, "y": y, "width": w, "height": h, "angle": rnd.choice((-90, 0, 0)), "direction": 0, "pos": [{"x": x, "y": y}, {"x": x + w, "y": y}, {"x": x + w, "y": y + h}, {"x": x, "y": y + h}]})
    data = {"content": " ".join(lines) + " ", "height": 1400, "width": 1000, "orgHeight": 1400, "orgWidth": 1000, "prism_version": "1.0.9", "prism_wnum": len(info), "prism_wordsInfo": info}
    as_string = rnd.random() < 0.5
    return {"RequestId": rec.op("request_id", rid(rnd).upper()), "Data": json.dumps(data, ensure_ascii=rnd.random() < 0.4) if as_string else data}


# ----------------------------------------------------------------------------------------------------------------
# kinds


def _general(docs: tuple, wrapper: object) -> object:
    def build(rnd: random.Random, rec: Recorder) -> object:
        doc = rnd.choice(docs)
        lines = doc(rnd, rec)
        if doc is doc_cn_id_front and rnd.random() < 0.3:
            lines = lines + doc_cn_id_back(rnd, rec)
        return wrapper(rnd, rec, lines)

    return build


k_tencent_general_doc = _general((doc_cn_id_front, doc_cn_id_front, doc_cn_passport, doc_hk_id, doc_residence_permit, doc_hk_mo_permit), w_tencent_general)
k_paddle_classic_doc = _general((doc_foreign_passport, doc_foreign_passport, doc_tw_id, doc_macao_id, doc_cn_id_front, doc_kr_id, doc_jp_driving), w_paddle_classic)
k_paddlex_doc = _general((doc_hk_mo_permit, doc_tw_permit, doc_exit_entry_permit, doc_residence_permit, doc_cn_driving), w_paddlex)
k_textract_doc = _general((doc_foreign_passport, doc_foreign_passport, doc_us_driver, doc_uk_driving, doc_hk_id, doc_kr_id), w_textract)

k_azure_read_doc = _general((doc_hospital_admission, doc_marriage_cert, doc_student_card, doc_work_permit, doc_foreign_passport, doc_uk_driving, doc_jp_driving), w_azure_read)
k_gdocai_doc = _general((doc_residence_slip, doc_macao_id, doc_tw_id, doc_household, doc_cn_id_front, doc_exit_entry_permit), w_gdocai)
k_baidu_general_doc = _general((doc_cn_id_front, doc_cn_driving, doc_hospital_admission, doc_household, doc_residence_slip, doc_tw_permit), w_baidu_general)
k_aliyun_general_doc = _general((doc_cn_id_front, doc_cn_passport, doc_hk_id, doc_macao_id, doc_foreign_passport, doc_work_permit, doc_marriage_cert, doc_student_card, doc_residence_permit), w_aliyun_general)


# ----------------------------------------------------------------------------------------------------------------
# structured vendor results


def fake_b64(rnd: random.Random, n: int = 96) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "/9j/4AAQSkZJRgABAQ" + "".join(rnd.choice(alphabet) for _ in range(n)) + "=="


def _person_cn(rnd: random.Random, lo: int = 1955, hi: int = 2006) -> dict:
    name, sur, giv = cn_name(rnd)
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, lo, hi)
    addr, code = cn_address(rnd)
    return {"name": name, "sur": sur, "giv": giv, "female": female, "birth": birth, "addr": addr, "id": cn_id(rnd, birth, female, code), "eth": rnd.choice(_ETHNIC)}


def _tc_envelope(rnd: random.Random, rec: Recorder, action: str, response: dict, extra_req: dict | None = None) -> dict:
    style = rnd.choice(("sdk", "gateway", "bare"))
    response["RequestId"] = rec.op("request_id", rid(rnd))
    if style == "bare":
        return {"Response": response}
    if style == "sdk":
        return {
            "time": rec.op("timestamp", ts(rnd, "space")),
            "level": "DEBUG",
            "logger": "tencentcloud_sdk_common",
            "action": rec.op("action", action),
            "version": "2018-11-19",
            "region": rec.op("region", rnd.choice(_TC_REGIONS)),
            "sdk": rec.op("sdk_version", f"tencentcloud-sdk-python/3.0.{rnd.randint(900, 1300)}"),
            "request": {k: rec.op("other", v) if isinstance(v, str) and v.startswith("https://") else v for k, v in (extra_req or {}).items()},
            "response": {"Response": response},
        }
    return {
        "@timestamp": rec.op("timestamp", ts(rnd)),
        "app_id": rec.op("app_id", str(rnd.randint(1250000000, 1320000000))),
        "route": rec.op("other", f"/internal/ocr/{action.lower()}"),
        "upstream_status": 200,
        "duration_ms": rec.op_num("latency", "duration_ms", rnd.randint(120, 3000)),
        "body": json.dumps({"Response": response}, ensure_ascii=rnd.random() < 0.5),
    }


def k_tencent_card_struct(rnd: random.Random, rec: Recorder) -> dict:
    api = rnd.choice(("IDCardOCR", "IDCardOCR", "MLIDPassportOCR", "HKIDCardOCR", "MainlandPermitOCR"))
    if api == "IDCardOCR":
        p = _person_cn(rnd)
        resp = {
            "Name": rec.pii("PERSON", p["name"]),
            "Sex": rec.pii("GENDER", "女" if p["female"] else "男"),
            "Nation": rec.pii("ETHNICITY", p["eth"]),
            "Birth": rec.pii("DATE_OF_BIRTH", f"{p['birth'].year}/{p['birth'].month}/{p['birth'].day}"),
            "Address": rec.pii("ADDRESS", p["addr"]),
            "IdNum": rec.pii("CN_RESIDENT_ID", p["id"], digits=True),
            "Authority": "",
            "ValidDate": "",
            "AdvancedInfo": json.dumps({"WarnInfos": [], "Quality": rnd.randint(40, 99)}) if rnd.random() < 0.5 else "{}",
            "ReflectDetailInfos": [],
        }
        if rnd.random() < 0.3:
            resp["AdvancedInfo"] = json.dumps({"Portrait": rec.pii("IMAGE", fake_b64(rnd))})
        req = {"CardSide": "FRONT", "ImageUrl": (f"https://kyc-{rnd.randint(1000, 9999)}.cos.ap-guangzhou.myqcloud.com/front/{rnd.getrandbits(48):012x}.jpg")}
    elif api == "MLIDPassportOCR":
        cc = rnd.choice(tuple(_PASSPORTS))
        sur, giv, _ = _foreign_person(rnd, cc)
        sur, giv = ascii_upper(sur), ascii_upper(giv)
        female = rnd.random() < 0.5
        birth = cn_birth(rnd, 1950, 2012)
        num = _pp_number(rnd, _PASSPORTS[cc][5])
        exp = _dt.date(rnd.randint(2026, 2034), rnd.randint(1, 12), rnd.randint(1, 28))
        l1, l2 = td3_mrz(cc, sur, giv, num, cc, birth, "F" if female else "M", exp, rnd)
        resp = {
            "ID": rec.pii("PASSPORT", num, digits=True),
            "Name": rec.pii("PERSON", f"{sur} {giv}"),
            "DateOfBirth": rec.pii("DATE_OF_BIRTH", f"{birth:%Y%m%d}"),
            "Sex": "F" if female else "M",
            "DateOfExpiration": f"{exp:%Y%m%d}",
            "IssuingCountry": cc,
            "Nationality": cc,
            "Warn": [],
            "Image": rec.pii("IMAGE", fake_b64(rnd)) if rnd.random() < 0.4 else "",
            "AdvancedInfo": json.dumps({"ID": {"Confidence": 0.9998}, "Name": {"Confidence": 0.9991}}),
            "CodeSet": rec.pii("MRZ", l1, form="line1"),
            "CodeCrc": rec.pii("MRZ", l2, form="line2", digits=True),
            "Surname": rec.pii("PERSON", sur),
            "GivenName": rec.pii("PERSON", giv),
            "Type": "P",
            "PassportRecognizeInfos": {"Type": "P", "IssuingCountry": cc, "PassportID": num, "Surname": sur, "GivenName": giv, "Name": f"{sur} {giv}", "Nationality": cc, "DateOfBirth": fmt_date(rnd, birth, "mon"), "Sex": "F" if female else "M", "DateOfIssuance": "", "IssuingAuthority": "", "DateOfExpiration": fmt_date(rnd, exp, "mon")},
            "WarnCardInfos": [],
            "CardCount": 1,
        }
        rec.pii("DATE_OF_BIRTH", resp["PassportRecognizeInfos"]["DateOfBirth"])
        req = {"RetImage": bool(resp["Image"])}
    elif api == "HKIDCardOCR":
        p = _person_cn(rnd, 1945, 2008)
        body, cd = hkid(rnd)
        eng = f"{p['sur']}, {' '.join(w.capitalize() for w in _split_given(p['giv'], p['name']))}"
        resp = {
            "CnName": rec.pii("PERSON", p["name"].translate(_TRAD)),
            "EnName": rec.pii("PERSON", eng, form="latin"),
            "TelexCode": rec.pii("TELEX_CODE", telex(rnd, len(p["name"])), digits=True),
            "Sex": rec.pii("GENDER", "女F" if p["female"] else "男M"),
            "Birthday": rec.pii("DATE_OF_BIRTH", f"{p['birth']:%d-%m-%Y}"),
            "Permanent": rnd.choice((0, 1)),
            "IdNum": rec.pii("HK_ID", f"{body}({cd})", digits=True),
            "Symbol": "***AZ",
            "FirstIssueDate": f"({rnd.randint(1, 12):02d}-{rnd.randint(80, 99)})",
            "CurrentIssueDate": f"{rnd.randint(1, 28):02d}-{rnd.randint(1, 12):02d}-{rnd.randint(18, 24)}",
            "FakeDetectResult": 1,
            "HeadImage": rec.pii("IMAGE", fake_b64(rnd)) if rnd.random() < 0.5 else "",
            "WarningCode": [],
        }
        req = {"DetectFake": True, "ReturnHeadImage": bool(resp["HeadImage"])}
    else:
        p = _person_cn(rnd, 1950, 2012)
        area = rnd.choice("HM")
        resp = {
            "Name": rec.pii("PERSON", p["name"]),
            "EnglishName": rec.pii("PERSON", f"{p['sur']}, {p['giv']}", form="latin"),
            "Sex": rec.pii("GENDER", "女" if p["female"] else "男"),
            "Birthday": rec.pii("DATE_OF_BIRTH", p["birth"].isoformat()),
            "IssueAuthority": "公安部出入境管理局",
            "ValidDate": f"{rnd.randint(2018, 2024)}.{rnd.randint(1, 12):02d}.{rnd.randint(1, 28):02d}-{rnd.randint(2028, 2034)}.{rnd.randint(1, 12):02d}.{rnd.randint(1, 28):02d}",
            "Number": rec.pii("TRAVEL_PERMIT", area + f"{rnd.randint(0, 99999999):08d}", digits=True),
            "IssueAddress": rnd.choice(("", "广东", "深圳")),
            "IssueNumber": f"{rnd.randint(0, 5):02d}",
            "Type": rec.op("title_or_label", "回乡证"),
            "Profile": "",
        }
        req = {"RetProfile": False}
    return _tc_envelope(rnd, rec, api, resp, req)


def _baidu_passport(rnd: random.Random, rec: Recorder) -> dict:
    p = _person_cn(rnd, 1950, 2015)
    num = rnd.choice(("E", "EA", "EB"))
    num = num + "".join(str(rnd.randint(0, 9)) for _ in range(9 - len(num)))
    issue = _dt.date(rnd.randint(2016, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
    exp = issue.replace(year=issue.year + 10)
    l1, l2 = td3_mrz("CHN", p["sur"], p["giv"], num, "CHN", p["birth"], "F" if p["female"] else "M", exp, rnd)
    prov, issue_prov = rnd.sample(("广东", "北京", "浙江", "四川", "湖北"), 2)

    def w(v: str) -> dict:
        return {"location": {"top": rnd.randint(20, 600), "left": rnd.randint(20, 800), "width": rnd.randint(60, 500), "height": rnd.randint(20, 40)}, "words": v}

    wr = {
        "国家码": w("CHN"),
        "护照签发地点": w(issue_prov),
        "MRZCode2": w(rec.pii("MRZ", l2, form="line2", digits=True)),
        "有效期至": w(f"{exp:%Y%m%d}"),
        "签发机关": w("中华人民共和国国家移民管理局"),
        "MRZCode1": w(rec.pii("MRZ", l1, form="line1")),
        "护照号码": w(rec.pii("PASSPORT", num, digits=True)),
        "签发日期": w(f"{issue:%Y%m%d}"),
        "出生地点": w(rec.pii("PLACE_OF_BIRTH", prov)),
        "姓名": w(rec.pii("PERSON", p["name"])),
        "姓名拼音": w(rec.pii("PERSON", f"{p['sur']},{p['giv']}", form="latin")),
        "国籍": w(rec.pii("NATIONALITY", "中国")),
        "生日": w(rec.pii("DATE_OF_BIRTH", f"{p['birth']:%Y%m%d}")),
        "性别": w(rec.pii("GENDER", "女/F" if p["female"] else "男/M")),
        "护照类型": w("P"),
    }
    return {"log_id": rec.op_num("request_id", "log_id", rnd.randint(10**18, 9 * 10**18)), "words_result_num": len(wr), "words_result": wr}


def k_baidu_idcard_struct(rnd: random.Random, rec: Recorder) -> dict:
    if rnd.random() < 0.3:
        return _baidu_passport(rnd, rec)
    p = _person_cn(rnd)
    side = rnd.choice(("front", "front", "back"))

    def loc() -> dict:
        return {"top": rnd.randint(20, 600), "left": rnd.randint(20, 800), "width": rnd.randint(60, 500), "height": rnd.randint(20, 40)}

    if side == "front":
        wr = {
            "住址": {"location": loc(), "words": rec.pii("ADDRESS", p["addr"])},
            "公民身份号码": {"location": loc(), "words": rec.pii("CN_RESIDENT_ID", p["id"], digits=True)},
            "出生": {"location": loc(), "words": rec.pii("DATE_OF_BIRTH", f"{p['birth']:%Y%m%d}")},
            "姓名": {"location": loc(), "words": rec.pii("PERSON", p["name"])},
            "性别": {"location": loc(), "words": rec.pii("GENDER", "女" if p["female"] else "男")},
            "民族": {"location": loc(), "words": rec.pii("ETHNICITY", p["eth"])},
        }
    else:
        y = rnd.randint(2012, 2023)
        wr = {
            "失效日期": {"location": loc(), "words": f"{y + 20}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"},
            "签发机关": {"location": loc(), "words": f"{rnd.choice(_REGIONS)[1] or '北京市'}公安局"},
            "签发日期": {"location": loc(), "words": f"{y}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"},
        }
    out: dict = {
        "log_id": rec.op_num("request_id", "log_id", rnd.randint(10**18, 9 * 10**18)),
        "direction": rnd.choice((0, 0, 1, -1)),
        "image_status": rec.op("other", rnd.choice(("normal", "reversed_side", "blurred", "over_exposure"))),
        "idcard_number_type": rnd.choice((1, 1, 2, 3)) if side == "front" else -1,
        "words_result_num": len(wr),
        "words_result": wr,
    }
    if side == "back":
        # a back side alone carries nothing personal; add the front captured in the same session
        out["session_front"] = {"姓名": {"words": rec.pii("PERSON", p["name"])}, "公民身份号码": {"words": rec.pii("CN_RESIDENT_ID", p["id"], digits=True)}}
    if rnd.random() < 0.4:
        out["photo"] = rec.pii("IMAGE", fake_b64(rnd, 120))
    if rnd.random() < 0.5:
        return {"trace": rec.op("request_id", rid(rnd)), "endpoint": rec.op("other", "/rest/2.0/ocr/v1/idcard"), "id_card_side": side, "cost": rec.op_num("latency", "cost", rnd.randint(90, 1800)), "result": out}
    return out


def _aliyun_passport(rnd: random.Random, rec: Recorder) -> dict:
    p = _person_cn(rnd, 1950, 2015)
    num = "E" + f"{rnd.randint(0, 99999999):08d}"
    issue = _dt.date(rnd.randint(2016, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
    exp = issue.replace(year=issue.year + 10)
    l1, l2 = td3_mrz("CHN", p["sur"], p["giv"], num, "CHN", p["birth"], "F" if p["female"] else "M", exp, rnd)
    (prov, pin), (iprov, ipin) = rnd.sample((("北京", "BEIJING"), ("广东", "GUANGDONG"), ("上海", "SHANGHAI"), ("四川", "SICHUAN")), 2)
    data = {
        "birthDate": rec.pii("DATE_OF_BIRTH", f"{p['birth']:%Y.%m.%d}"),
        "birthPlace": rec.pii("PLACE_OF_BIRTH", f"{prov}/{pin}"),
        "countryCode": "CHN",
        "issueAuthority": "中华人民共和国国家移民管理局",
        "issueDate": f"{issue:%Y.%m.%d}",
        "issuePlace": f"{iprov}/{ipin}",
        "mrzLine1": rec.pii("MRZ", l1, form="line1"),
        "mrzLine2": rec.pii("MRZ", l2, form="line2", digits=True),
        "name": rec.pii("PERSON", p["name"]),
        "nameEn": rec.pii("PERSON", f"{p['sur']},{p['giv']}", form="latin"),
        "nationality": rec.pii("NATIONALITY", "中国/CHINESE"),
        "passportNumber": rec.pii("PASSPORT", num, digits=True),
        "passportType": "P",
        "sex": rec.pii("GENDER", "女/F" if p["female"] else "男/M"),
        "validToDate": f"{exp:%Y.%m.%d}",
    }
    body = {"algo_version": f"{rnd.getrandbits(160):040x}", "data": data, "ftype": 0, "height": 1200, "width": 1700}
    return {"RequestId": rec.op("request_id", rid(rnd).upper()), "Data": json.dumps(body, ensure_ascii=rnd.random() < 0.5), "Code": "", "Message": ""}


def k_aliyun_idcard_struct(rnd: random.Random, rec: Recorder) -> dict:
    if rnd.random() < 0.3:
        return _aliyun_passport(rnd, rec)
    p = _person_cn(rnd)
    birth = rec.pii("DATE_OF_BIRTH", rnd.choice((f"{p['birth'].year}年{p['birth'].month}月{p['birth'].day}日", f"{p['birth']:%Y%m%d}")))
    face = {
        "name": rec.pii("PERSON", p["name"]),
        "sex": rec.pii("GENDER", "女" if p["female"] else "男"),
        "ethnicity": rec.pii("ETHNICITY", p["eth"]),
        "birthDate": birth,
        "address": rec.pii("ADDRESS", p["addr"]),
        "idNumber": rec.pii("CN_RESIDENT_ID", p["id"], digits=True),
    }
    kv = [{"key": k, "keyProb": 100, "value": v, "valueProb": rnd.randint(90, 100), "valuePos": [{"x": rnd.randint(0, 900), "y": rnd.randint(0, 600)}]} for k, v in face.items()]
    data = {"data": {"face": {"data": face, "prism_keyValueInfo": kv, "warning": {"isCopy": 0, "isReshoot": 0, "completenessScore": 100, "qualityScore": rnd.randint(60, 99), "tamperScore": rnd.randint(90, 100)}}}, "ftype": 0, "height": 1000, "width": 1600, "orgHeight": 1000, "orgWidth": 1600}
    rid_ = rec.op("request_id", rid(rnd).upper())
    if rnd.random() < 0.5:
        return {"RequestId": rid_, "Data": json.dumps(data, ensure_ascii=rnd.random() < 0.5), "Code": "", "Message": ""}
    return {"ts": rec.op("timestamp", ts(rnd)), "service": rec.op("other", "ocr-api.cn-hangzhou.aliyuncs.com"), "api": rec.op("action", "RecognizeIdcard"), "resp": {"RequestId": rid_, "Data": data}}


def k_textract_analyze_id(rnd: random.Random, rec: Recorder) -> dict:
    f = _fk("en_US")
    female = rnd.random() < 0.5
    first = (f.first_name_female() if female else f.first_name_male()).upper()
    last = f.last_name().upper()
    birth = cn_birth(rnd, 1950, 2006)
    passport = rnd.random() < 0.4
    fields: list[tuple[str, str, str, str | None]] = [
        ("FIRST_NAME", first, "PERSON", None),
        ("LAST_NAME", last, "PERSON", None),
        ("MIDDLE_NAME", f.first_name().upper() if rnd.random() < 0.5 else "", "PERSON", None),
        ("SUFFIX", "", "", None),
        ("DATE_OF_BIRTH", fmt_date(rnd, birth, "mdy"), "DATE_OF_BIRTH", f"{birth.isoformat()}T00:00:00"),
        ("EXPIRATION_DATE", f"{rnd.randint(1, 12):02d}/{rnd.randint(1, 28):02d}/{rnd.randint(2026, 2032)}", "", None),
        ("DATE_OF_ISSUE", f"{rnd.randint(1, 12):02d}/{rnd.randint(1, 28):02d}/{rnd.randint(2018, 2024)}", "", None),
    ]
    if passport:
        num = _pp_number(rnd, "9D")
        fields += [("DOCUMENT_NUMBER", num, "PASSPORT", None), ("ID_TYPE", "PASSPORT", "", None), ("PLACE_OF_BIRTH", rnd.choice(_PASSPORTS["USA"][3]), "PLACE_OF_BIRTH", None)]
        exp = _dt.date(rnd.randint(2026, 2034), rnd.randint(1, 12), rnd.randint(1, 28))
        l1, l2 = td3_mrz("USA", last, first, num, "USA", birth, "F" if female else "M", exp, rnd)
        fields.append(("MRZ_CODE", f"{l1}\n{l2}", "", None))
    else:
        state, st, pre = rnd.choice(_US_STATES)
        street = f.street_address().upper().replace("\n", " ")
        city = f.city().upper()
        z = f.postcode()
        fields += [
            ("DOCUMENT_NUMBER", pre + f"{rnd.randint(0, 10**8 - 1):08d}", "DRIVER_LICENSE", None),
            ("ID_TYPE", "DRIVER LICENSE FRONT", "", None),
            ("ADDRESS", street, "ADDRESS", None),
            ("CITY_IN_ADDRESS", city, "ADDRESS", None),
            ("ZIP_CODE_IN_ADDRESS", z, "ADDRESS", None),
            ("STATE_IN_ADDRESS", st, "", None),
            ("STATE_NAME", state, "", None),
            ("COUNTY", "", "", None),
            ("CLASS", rnd.choice(("C", "D")), "", None),
            ("RESTRICTIONS", "NONE", "", None),
            ("ENDORSEMENTS", "NONE", "", None),
            ("VETERAN", "", "", None),
        ]
    out_fields = []
    for typ, text, ent, norm in fields:
        if ent and text:
            if typ == "MRZ_CODE":
                pass
            rec.pii(ent, text, digits=ent in ("PASSPORT", "DRIVER_LICENSE", "ADDRESS") and any(c.isdigit() for c in text))
        vd: dict = {"Text": text, "Confidence": round(rnd.uniform(80, 99.9), 4)}
        if norm:
            vd["NormalizedValue"] = {"Value": norm, "ValueType": "Date"}
        out_fields.append({"Type": {"Text": rec.op("title_or_label", typ)}, "ValueDetection": vd})
    if passport:
        mrz = out_fields[-1]["ValueDetection"]["Text"]
        for i, line in enumerate(mrz.split("\n")):
            rec.pii("MRZ", line, form=f"line{i + 1}", digits=i == 1)
    return {
        "IdentityDocuments": [{"DocumentIndex": 1, "IdentityDocumentFields": out_fields, "Blocks": []}],
        "DocumentMetadata": {"Pages": 1},
        "AnalyzeIDModelVersion": "1.0",
        "ResponseMetadata": {"RequestId": rec.op("request_id", rid(rnd)), "HTTPStatusCode": 200, "RetryAttempts": 0},
    }


def _azure_dl(rnd: random.Random, rec: Recorder) -> dict:
    f = _fk("en_US")
    female = rnd.random() < 0.5
    first = (f.first_name_female() if female else f.first_name_male()).upper()
    last = f.last_name().upper()
    birth = cn_birth(rnd, 1950, 2006)
    state, st, pre = rnd.choice(_US_STATES)
    num = pre + f"{rnd.randint(0, 10**7 - 1):07d}"
    house = str(rnd.randint(10, 9999))
    road = f.street_name().upper()
    city = f.city().upper()
    z = f.postcode()
    addr_content = f"{house} {road} {city}, {st} {z}"

    def fld(typ: str, content: str, **kw: object) -> dict:
        return {"type": typ, **kw, "content": content, "boundingRegions": [{"pageNumber": 1, "polygon": [rnd.randint(0, 900) for _ in range(8)]}], "confidence": round(rnd.uniform(0.8, 0.995), 3)}

    dob = rec.pii("DATE_OF_BIRTH", fmt_date(rnd, birth, "mdy"))
    fields = {
        "DocumentNumber": fld("string", rec.pii("DRIVER_LICENSE", num, digits=True), valueString=num),
        "FirstName": fld("string", rec.pii("PERSON", first), valueString=first),
        "LastName": fld("string", rec.pii("PERSON", last), valueString=last),
        "Address": fld("address", rec.pii("ADDRESS", addr_content, digits=True), valueAddress={"houseNumber": house, "road": road, "city": city, "state": st, "postalCode": z, "streetAddress": f"{house} {road}"}),
        "DateOfBirth": fld("date", dob, valueDate=rec.pii("DATE_OF_BIRTH", birth.isoformat())),
        "DateOfExpiration": fld("date", f"{rnd.randint(1, 12):02d}/{rnd.randint(1, 28):02d}/{rnd.randint(2026, 2031)}"),
        "Sex": fld("string", "F" if female else "M", valueString="F" if female else "M"),
        "Region": fld("string", state.title(), valueString=state.title()),
        "CountryRegion": fld("countryRegion", "USA", valueCountryRegion="USA"),
        "VehicleClassifications": fld("string", "C", valueString="C"),
        "Endorsements": fld("string", "NONE", valueString="NONE"),
        "Restrictions": fld("string", rnd.choice(("NONE", "CORRECTIVE LENSES")), valueString=""),
        "DocumentDiscriminator": fld("string", f"{rnd.randint(10**9, 10**10 - 1)}", valueString=""),
    }
    content = "\n".join(v["content"] for v in fields.values())
    return {
        "status": "succeeded",
        "createdDateTime": rec.op("timestamp", ts(rnd)),
        "analyzeResult": {"apiVersion": "2023-07-31", "modelId": rec.op("action", "prebuilt-idDocument"), "content": content, "documents": [{"docType": rec.op("other", "idDocument.driverLicense"), "fields": fields, "confidence": 0.99}]},
        "x-ms-request-id": rec.op("request_id", rid(rnd)),
    }


def k_azure_id_document(rnd: random.Random, rec: Recorder) -> dict:
    if rnd.random() < 0.3:
        return _azure_dl(rnd, rec)
    cc = rnd.choice(("USA", "GBR", "JPN", "KEN", "BRA", "THA", "CHN"))
    female = rnd.random() < 0.5
    birth = cn_birth(rnd, 1950, 2008)
    if cc == "CHN":
        _, sur, giv = cn_name(rnd)
        num = "E" + f"{rnd.randint(0, 99999999):08d}"
    else:
        sur, giv, _ = _foreign_person(rnd, cc)
        sur, giv = ascii_upper(sur), ascii_upper(giv)
        num = _pp_number(rnd, _PASSPORTS[cc][5])
    exp = _dt.date(rnd.randint(2026, 2034), rnd.randint(1, 12), rnd.randint(1, 28))
    l1, l2 = td3_mrz(cc, sur, giv, num, cc, birth, "F" if female else "M", exp, rnd)
    off = [0]

    def fld(typ: str, content: str, **kw: object) -> dict:
        d = {"type": typ, **kw, "content": content, "boundingRegions": [{"pageNumber": 1, "polygon": [rnd.randint(0, 900) for _ in range(8)]}], "confidence": round(rnd.uniform(0.8, 0.995), 3), "spans": [{"offset": off[0], "length": len(content)}]}
        off[0] += len(content) + 1
        return d

    dob_txt = rec.pii("DATE_OF_BIRTH", fmt_date(rnd, birth, rnd.choice(("mon", "dmy"))))
    fields = {
        "DocumentNumber": fld("string", rec.pii("PASSPORT", num, digits=True), valueString=num),
        "FirstName": fld("string", rec.pii("PERSON", giv), valueString=giv),
        "LastName": fld("string", rec.pii("PERSON", sur), valueString=sur),
        "DateOfBirth": fld("date", dob_txt, valueDate=rec.pii("DATE_OF_BIRTH", birth.isoformat())),
        "DateOfExpiration": fld("date", fmt_date(rnd, exp, "mon"), valueDate=exp.isoformat()),
        "Sex": fld("string", "F" if female else "M", valueString="F" if female else "M"),
        "CountryRegion": fld("countryRegion", cc, valueCountryRegion=cc),
        "DocumentType": fld("string", "P", valueString="P"),
        "IssuingAuthority": fld("string", {"USA": "United States Department of State", "GBR": "HMPO", "JPN": "Ministry of Foreign Affairs", "KEN": "Government of Kenya", "BRA": "POLICIA FEDERAL", "THA": "Ministry of Foreign Affairs", "CHN": "National Immigration Administration"}[cc], valueString=""),
        "MachineReadableZone": {"type": "object", "valueObject": {"FirstName": {"type": "string", "valueString": giv}, "LastName": {"type": "string", "valueString": sur}, "DocumentNumber": {"type": "string", "valueString": num}}, "content": rec.pii("MRZ", l1, form="line1") + "\n" + rec.pii("MRZ", l2, form="line2", digits=True), "confidence": 0.99},
    }
    if cc != "USA" and rnd.random() < 0.6:
        pob = rnd.choice(_PASSPORTS[cc][3]) if cc != "CHN" else "BEIJING"
        fields["PlaceOfBirth"] = fld("string", rec.pii("PLACE_OF_BIRTH", pob), valueString=pob)
    content = "\n".join(v["content"] for v in fields.values())
    doc_type = "idDocument.passport"
    created = ts(rnd)
    return {
        "status": "succeeded",
        "createdDateTime": rec.op("timestamp", created),
        "lastUpdatedDateTime": created[:17] + f"{min(59, int(created[17:19]) + rnd.randint(1, 4)):02d}" + created[19:],
        "analyzeResult": {
            "apiVersion": rnd.choice(("2023-07-31", "2024-11-30")),
            "modelId": rec.op("action", "prebuilt-idDocument"),
            "stringIndexType": "utf16CodeUnit",
            "content": content,
            "pages": [{"pageNumber": 1, "angle": 0, "width": 1200, "height": 850, "unit": "pixel"}],
            "documents": [{"docType": rec.op("other", doc_type), "boundingRegions": [{"pageNumber": 1, "polygon": [0, 0, 1200, 0, 1200, 850, 0, 850]}], "fields": fields, "confidence": 0.995, "spans": [{"offset": 0, "length": len(content)}]}],
        },
        "x-ms-request-id": rec.op("request_id", rid(rnd)),
        "x-ms-region": rec.op("region", rnd.choice(("eastasia", "southeastasia", "westeurope", "eastus"))),
    }


# ----------------------------------------------------------------------------------------------------------------
# in-house KYC shapes

_BANKS = ("中国工商银行", "中国建设银行", "招商银行", "中国农业银行", "交通银行", "平安银行")


def _email(rnd: random.Random, sur: str, giv: str) -> str:
    user = rnd.choice((f"{giv.lower()}.{sur.lower()}", f"{sur.lower()}{giv.lower()[:1]}{rnd.randint(1, 99)}", f"{giv.lower()}{rnd.randint(1970, 2005)}"))
    return f"{user}@{rnd.choice(('qq.com', '163.com', 'gmail.com', 'outlook.com', 'foxmail.com', '126.com'))}"


def k_inhouse_kyc_nested(rnd: random.Random, rec: Recorder) -> dict:
    p = _person_cn(rnd)
    doc_type = rnd.choice(("RESIDENT_ID", "RESIDENT_ID", "HK_MACAO_PERMIT", "RESIDENCE_PERMIT"))
    if doc_type == "RESIDENT_ID":
        doc_no = rec.pii("CN_RESIDENT_ID", p["id"], digits=True)
    elif doc_type == "HK_MACAO_PERMIT":
        doc_no = rec.pii("TRAVEL_PERMIT", rnd.choice("HM") + f"{rnd.randint(0, 99999999):08d}", digits=True)
    else:
        doc_no = rec.pii("RESIDENCE_PERMIT", cn_permit_id(rnd, p["birth"], p["female"], rnd.choice(("HK", "MO", "TW"))), digits=True)
    mobile = cn_mobile(rnd)
    applicant = {
        "fullName": rec.pii("PERSON", p["name"]),
        "pinyinName": rec.pii("PERSON", f"{p['sur']} {p['giv']}", form="latin") if rnd.random() < 0.5 else None,
        "gender": rec.pii("GENDER", rnd.choice(("FEMALE", "female")) if p["female"] else rnd.choice(("MALE", "male"))),
        "birthDate": rec.pii("DATE_OF_BIRTH", p["birth"].isoformat()),
        "ethnicity": rec.pii("ETHNICITY", p["eth"] + "族") if rnd.random() < 0.5 else None,
        "idDoc": {"docType": rec.op("other", doc_type), "docNo": doc_no, "issuer": f"{rnd.choice(_REGIONS)[1] or '北京市'}公安局", "validUntil": f"{rnd.randint(2026, 2044)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"},
        "contact": {"mobile": rec.pii("PHONE_NUMBER", rnd.choice((mobile, f"+86{mobile}")), digits=True), "email": rec.pii("EMAIL_ADDRESS", _email(rnd, p["sur"], p["giv"]))},
        "homeAddress": {"full": rec.pii("ADDRESS", p["addr"]), "postalCode": f"{rnd.randint(100000, 850000)}"},
    }
    if rnd.random() < 0.6:
        applicant["settlement"] = {"bankName": rec.op("other", rnd.choice(_BANKS)), "cardNo": rec.pii("BANK_CARD", bank_card(rnd), digits=True), "holder": p["name"]}
    if rnd.random() < 0.3:
        applicant["vehicle"] = {"plate": rec.pii("VEHICLE", rnd.choice(("粤B", "浙A", "川A", "京N", "苏A")) + "".join(rnd.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5)))}
    applicant = {k: v for k, v in applicant.items() if v is not None}
    return {
        "traceId": rec.op("request_id", f"{rnd.getrandbits(64):016x}"),
        "spanId": rec.op("request_id", f"{rnd.getrandbits(32):08x}"),
        "receivedAt": rec.op("timestamp", ts(rnd)),
        "tenant": {"appId": rec.op("app_id", f"wx{rnd.getrandbits(56):014x}"), "channel": rec.op("other", rnd.choice(("mini-program", "h5", "android", "ios")))},
        "flow": rec.op("action", rnd.choice(("kyc.onboard.v2", "kyc.reverify", "account.upgrade"))),
        "applicant": applicant,
        "ocr": {"vendor": rec.op("other", rnd.choice(("tencent", "baidu", "aliyun"))), "elapsedMs": rec.op_num("latency", "elapsedMs", rnd.randint(150, 4000)), "qualityScore": round(rnd.uniform(0.5, 1), 3)},
        "decision": {"status": rec.op("other", rnd.choice(("PASS", "REVIEW", "REJECT"))), "rules": [rec.op("other", rnd.choice(("R12_ID_CHECKSUM_OK", "R07_AGE_OVER_18", "R31_FACE_MATCH", "R44_BLACKLIST_MISS")))]},
    }


_FIELD_CODES = (
    ("F01", ("客户姓名", "姓名", "Customer name"), "PERSON"),
    ("F02", ("证件类型", "Doc type"), ""),
    ("F03", ("证件号码", "证件号", "ID number"), "ID"),
    ("F04", ("出生日期", "生日", "DOB"), "DATE_OF_BIRTH"),
    ("F05", ("手机号码", "联系手机", "Mobile"), "PHONE_NUMBER"),
    ("F06", ("电子邮箱", "邮箱", "E-mail"), "EMAIL_ADDRESS"),
    ("F07", ("通讯地址", "联系地址", "Address"), "ADDRESS"),
    ("F08", ("收款卡号", "银行卡号", "Card no."), "BANK_CARD"),
    ("F09", ("国籍", "Nationality"), "NATIONALITY"),
    ("F10", ("性别", "Gender"), "GENDER"),
)


def k_inhouse_kyc_fieldlist(rnd: random.Random, rec: Recorder) -> dict:
    p = _person_cn(rnd)
    foreign = rnd.random() < 0.3
    fields = []
    for code, labels, ent in _FIELD_CODES:
        if ent not in ("PERSON", "ID") and rnd.random() < 0.25:
            continue
        label = rec.op("title_or_label", rnd.choice(labels))
        if ent == "PERSON":
            val = rec.pii("PERSON", p["name"])
        elif ent == "ID":
            if foreign:
                val = rec.pii("PASSPORT", _pp_number(rnd, rnd.choice(("2L7D", "9D", "M8D"))), digits=True)
            elif rnd.random() < 0.3:
                which = rnd.choice(("HK", "MO", "TW"))
                if which == "HK":
                    b, c = hkid(rnd)
                    val = rec.pii("HK_ID", f"{b}({c})", digits=True)
                elif which == "MO":
                    val = rec.pii("MO_ID", macao_id(rnd), digits=True)
                else:
                    val = rec.pii("TW_ID", tw_id(rnd, p["female"]), digits=True)
            else:
                val = rec.pii("CN_RESIDENT_ID", p["id"], digits=True)
        elif ent == "":
            val = rec.op("other", "PASSPORT" if foreign else rnd.choice(("ID_CARD", "01-居民身份证")))
        elif ent == "DATE_OF_BIRTH":
            val = rec.pii(ent, fmt_date(rnd, p["birth"], rnd.choice(("compact", "iso", "slash"))))
        elif ent == "PHONE_NUMBER":
            val = rec.pii(ent, fmt_mobile(rnd, cn_mobile(rnd)), digits=True)
        elif ent == "EMAIL_ADDRESS":
            val = rec.pii(ent, _email(rnd, p["sur"], p["giv"]))
        elif ent == "ADDRESS":
            val = rec.pii(ent, p["addr"])
        elif ent == "BANK_CARD":
            c = bank_card(rnd)
            val = rec.pii(ent, rnd.choice((c, " ".join(c[i : i + 4] for i in range(0, len(c), 4)))), digits=True)
        elif ent == "NATIONALITY":
            val = rec.pii(ent, rnd.choice(("中国", "中华人民共和国", "CHN/中国")) if not foreign else rnd.choice(("日本", "韩国", "KENYA", "BRAZIL")))
        else:
            val = rec.pii(ent, "女" if p["female"] else "男")
        fields.append({"code": rec.op("other", code), "label": label, "val": val, "src": rnd.choice(("ocr", "manual", "ocr+edit"))})
    fields.append({"code": "N01", "label": rec.op("title_or_label", "附件数量"), "val": rec.op("count", str(rnd.randint(2, 6)) + "份"), "src": "system"})
    fields.append({"code": "N02", "label": rec.op("title_or_label", "受理网点"), "val": rec.op("other", f"{rnd.choice(('南山', '滨江', '高新', '天河'))}支行营业部"), "src": "system"})
    rnd.shuffle(fields)
    return {
        "ticket": rec.op("request_id", f"KYC-{rnd.randint(2024, 2025)}-{rnd.randint(0, 999999):06d}"),
        "form": rec.op("other", rnd.choice(("OPEN_ACCOUNT_V3", "CARD_APPLY_V1", "LOAN_PRECHECK"))),
        "operator": rec.op("other", f"op{rnd.randint(1000, 9999)}"),
        "submittedAt": rec.op("timestamp", ts(rnd, "space")),
        "fields": fields,
        "meta": {"region": rec.op("region", rnd.choice(("cn-shenzhen", "cn-hangzhou", "cn-beijing"))), "costMs": rec.op_num("latency", "costMs", rnd.randint(30, 900)), "version": rec.op("sdk_version", f"kyc-form-svc {rnd.randint(1, 4)}.{rnd.randint(0, 20)}.{rnd.randint(0, 9)}")},
    }


# ----------------------------------------------------------------------------------------------------------------
# log texts


def _urlq(s: str) -> str:
    from urllib.parse import quote

    return quote(s, safe="")


def k_log_gateway(rnd: random.Random, rec: Recorder) -> str:
    out = []
    for _ in range(rnd.randint(2, 4)):
        p = _person_cn(rnd)
        style = rnd.choice(("logfmt", "access", "access", "logfmt_zh", "logfmt_en", "jsonl"))
        t = rec.op("timestamp", ts(rnd, rnd.choice(("iso", "space")))) if style != "access" else ""
        r = rec.op("request_id", rid(rnd))
        if style == "logfmt":
            lat = rec.op("latency", f"latency_ms={rnd.randint(40, 3000)}")
            name = rec.pii("PERSON", p["name"])
            idn = rec.pii("CN_RESIDENT_ID", p["id"], digits=True)
            m = rec.pii("PHONE_NUMBER", cn_mobile(rnd), digits=True)
            act = rec.op("action", rnd.choice(("IDCardOCR", "verify_identity", "bind_card")))
            out.append(f'ts={t} level=info svc=kyc-gw action={act} req_id={r} name="{name}" id_no={idn} mobile={m} {lat} status=ok')
        elif style == "logfmt_en":
            f = _fk("en_GB")
            first, last = f.first_name(), f.last_name()
            nm = rec.pii("PERSON", f"{first} {last}")
            em = rec.pii("EMAIL_ADDRESS", f"{first.lower()}.{last.lower()}@example.co.uk" if rnd.random() < 0.3 else f"{first[0].lower()}{last.lower()}@{rnd.choice(('gmail.com', 'proton.me'))}")
            pp = rec.pii("PASSPORT", _pp_number(rnd, "9D"), digits=True)
            nat = rec.pii("NATIONALITY", rnd.choice(("BRITISH CITIZEN", "British")))
            out.append(f'at={t} level=info event=passport.ocr.done request_id={r} holder="{nm}" email={em} passport_no={pp} nationality="{nat}" {rec.op("latency", f"dur={rnd.randint(100, 4000)}ms")}')
        elif style == "jsonl":
            rec_ = {"ts": t, "lvl": "INFO", "msg": "mainland permit parsed", "rid": r, "permit_no": rec.pii("TRAVEL_PERMIT", rnd.choice("HM") + f"{rnd.randint(0, 99999999):08d}", digits=True), "holder": rec.pii("PERSON", p["name"]), "dob": rec.pii("DATE_OF_BIRTH", p["birth"].isoformat())}
            out.append(json.dumps(rec_, ensure_ascii=rnd.random() < 0.5))
        elif style == "logfmt_zh":
            name = rec.pii("PERSON", p["name"])
            addr = rec.pii("ADDRESS", p["addr"])
            code = rec.op("error_code", rnd.choice(("FailedOperation.OcrFailed", "FailedOperation.ImageBlur", "InvalidParameterValue.ImageSizeTooLarge")))
            out.append(f'time="{t}" level=warn msg="证件识别失败，已转人工" request_id={r} 客户={name} 地址="{addr}" err={code}')
        else:
            ip = f"10.{rnd.randint(0, 255)}.{rnd.randint(0, 255)}.{rnd.randint(1, 254)}"
            clf = rec.op("timestamp", ts(rnd, "clf"))
            path = rec.op("other", rnd.choice(("/api/v1/kyc/lookup", "/open/identity/verify", "/v2/customer/search")))
            params = []
            if rnd.random() < 0.7:
                params.append("idNo=" + rec.pii("CN_RESIDENT_ID", p["id"], digits=True))
            params.append("mobile=" + rec.pii("PHONE_NUMBER", cn_mobile(rnd), digits=True))
            if rnd.random() < 0.6:
                params.append("name=" + rec.pii("PERSON", _urlq(p["name"]), form="urlencoded"))
            if rnd.random() < 0.5:
                params.append("email=" + rec.pii("EMAIL_ADDRESS", _email(rnd, p["sur"], p["giv"]).replace("@", "%40"), form="urlencoded"))
            params.append("appid=" + rec.op("app_id", str(rnd.randint(1250000000, 1320000000))))
            rnd.shuffle(params)
            dur = rec.op("latency", f"{rnd.uniform(0.01, 2.5):.3f}")
            out.append(f'{ip} - - [{clf}] "GET {path}?{"&".join(params)} HTTP/1.1" 200 {rnd.randint(120, 4000)} "-" "okhttp/4.9.3" {dur} rid={r}')
    return "\n".join(out) + "\n"


def k_log_sdk_debug(rnd: random.Random, rec: Recorder) -> str:
    out = []
    for _ in range(rnd.randint(1, 3)):
        p = _person_cn(rnd)
        style = rnd.choice(("sdk", "traceback", "validation_en", "validation_zh", "hk", "pydict", "java", "mrz", "tw"))
        t = rec.op("timestamp", ts(rnd, "space"))
        if style == "sdk":
            body = {"Response": {"Name": rec.pii("PERSON", p["name"]), "IdNum": rec.pii("CN_RESIDENT_ID", p["id"], digits=True), "Birth": rec.pii("DATE_OF_BIRTH", f"{p['birth'].year}/{p['birth'].month}/{p['birth'].day}"), "Address": rec.pii("ADDRESS", p["addr"]), "RequestId": rec.op("request_id", rid(rnd))}}
            ver = rec.op("sdk_version", f"3.0.{rnd.randint(900, 1300)}")
            out.append(f"{t} DEBUG [tencentcloud.common] sdk={ver} POST https://ocr.tencentcloudapi.com/ X-TC-Action=IDCardOCR status=200 body={json.dumps(body, ensure_ascii=rnd.random() < 0.5)}")
        elif style == "traceback":
            bad = p["id"][:17] + rnd.choice([c for c in "0123456789X" if c != p["id"][17]])
            idn = rec.pii("CN_RESIDENT_ID", bad, form="invalid-check", digits=True)
            name = rec.pii("PERSON", p["name"])
            out.append(f"{t} ERROR [kyc.worker] task failed")
            out.append("Traceback (most recent call last):")
            out.append('  File "/srv/kyc/app/pipeline.py", line 214, in run_step')
            out.append("    result = validator.check(record)")
            out.append('  File "/srv/kyc/app/validators.py", line 88, in check')
            out.append("    raise IdChecksumError(record.id_no, record.name)")
            out.append(f"app.errors.IdChecksumError: ('{idn}', '{name}')")
        elif style == "validation_en":
            card = bank_card(rnd)
            badcard = card[:-1] + str((int(card[-1]) + rnd.randint(1, 9)) % 10)
            c = rec.pii("BANK_CARD", badcard, form="invalid-check", digits=True)
            e = rec.pii("EMAIL_ADDRESS", _email(rnd, p["sur"], p["giv"]))
            code = rec.op("error_code", "E_CARD_LUHN")
            out.append(f"{t} WARN  [payout.validate] {code}: card number {c} failed Luhn check (owner email {e}); request {rec.op('request_id', rid(rnd))} rejected")
        elif style == "validation_zh":
            bad = p["id"][:17] + rnd.choice([c for c in "0123456789X" if c != p["id"][17]])
            idn = rec.pii("CN_RESIDENT_ID", bad, form="invalid-check", digits=True)
            m = rec.pii("PHONE_NUMBER", fmt_mobile(rnd, cn_mobile(rnd)), digits=True)
            code = rec.op("error_code", rnd.choice(("ERR_ID_CHECKSUM", "40012")))
            out.append(f"{t} 警告 校验失败[{code}]：身份证号 {idn} 校验位错误，应为 {p['id'][17]}；联系电话 {m}，请人工复核")
        elif style == "pydict":
            d = {"name": rec.pii("PERSON", p["name"]), "id_no": rec.pii("CN_RESIDENT_ID", p["id"], digits=True), "mobile": rec.pii("PHONE_NUMBER", cn_mobile(rnd), digits=True), "channel": rec.op("other", rnd.choice(("h5", "app")))}
            out.append(f"{t} INFO kyc.submit payload={d!r} took={rec.op('latency', f'{rnd.randint(3, 900)}ms')}")
        elif style == "java":
            f = _fk("en_US")
            first, last = f.first_name(), f.last_name()
            pp = rec.pii("PASSPORT", _pp_number(rnd, "9D"), digits=True)
            out.append(f"{t} ERROR [http-nio-8080-exec-{rnd.randint(1, 20)}] c.a.kyc.PassportController - verification failed")
            out.append(f"java.lang.IllegalStateException: holder mismatch: expected {rec.pii('PERSON', f'{last.upper()}, {first.upper()}')} for passport {pp}, got null")
            out.append("\tat com.acme.kyc.PassportController.verify(PassportController.java:142)")
            out.append("\tat jdk.internal.reflect.GeneratedMethodAccessor88.invoke(Unknown Source)")
        elif style == "mrz":
            cc = rnd.choice(("GBR", "KEN", "EGY", "JPN"))
            sur, giv, _ = _foreign_person(rnd, cc)
            sur, giv = ascii_upper(sur), ascii_upper(giv)
            num = _pp_number(rnd, _PASSPORTS[cc][5])
            birth = cn_birth(rnd, 1950, 2005)
            exp = _dt.date(rnd.randint(2026, 2034), rnd.randint(1, 12), rnd.randint(1, 28))
            l1, l2 = td3_mrz(cc, sur, giv, num, cc, birth, "M", exp, rnd)
            broken = l2[:-1] + str((int(l2[-1]) + 1) % 10)
            out.append(f"{t} WARN  [mrz.parse] composite check digit mismatch (got {broken[-1]}, want {l2[-1]}) for line2={rec.pii('MRZ', broken, form='invalid-check', digits=True)!r} line1={rec.pii('MRZ', l1, form='line1')!r}")
        elif style == "tw":
            female = p["female"]
            good = tw_id(rnd, female)
            bad = good[:-1] + str((int(good[-1]) + rnd.randint(1, 9)) % 10)
            out.append(f"{t} 错误 台湾身份证号 {rec.pii('TW_ID', bad, form='invalid-check', digits=True)} 检查码不符，持证人 {rec.pii('PERSON', p['name'].translate(_TRAD))}，错误码 {rec.op('error_code', 'TW_ID_CHECKSUM')}")
        else:
            body, cd = hkid(rnd)
            wrong = "A" if cd != "A" else "0"
            hk = rec.pii("HK_ID", f"{body}({wrong})", form="invalid-check", digits=True)
            n = rec.pii("PERSON", f"{p['sur']} {p['giv']}", form="latin")
            out.append(f"{t} INFO  [hkid] HKIDCardOCR ok region={rec.op('region', 'ap-hongkong')} name={n!r} id={hk!r} check_digit_valid=False expected={cd!r}")
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------------------------
# PII-free operational kinds


def k_ops_metering(rnd: random.Random, rec: Recorder) -> dict:
    items = []
    for _ in range(rnd.randint(2, 5)):
        calls = rnd.randint(100, 900000)
        fail = rnd.randint(0, calls // 50)
        items.append({
            "action": rec.op("action", rnd.choice(("GeneralBasicOCR", "IDCardOCR", "MLIDPassportOCR", "RecognizeGeneral", "prebuilt-read", "AnalyzeID"))),
            "region": rec.op("region", rnd.choice(_TC_REGIONS + ("cn-hangzhou", "eastasia", "us-east-1"))),
            "calls": rec.op_num("count", "calls", calls),
            "failedCalls": rec.op_num("count", "failedCalls", fail),
            "unitPrice": rec.op("fee", f"{rnd.choice((0.15, 0.1, 0.05, 0.0015, 0.01))}"),
            "amount": rec.op("fee", f"{calls * 0.01:.2f} CNY"),
            "p95LatencyMs": rec.op_num("latency", "p95LatencyMs", rnd.randint(200, 3000)),
        })
    return {
        "billingCycle": rec.op("other", f"2025-{rnd.randint(1, 12):02d}"),
        "ownerUin": rec.op("app_id", str(rnd.randint(100000000000, 999999999999))),
        "appId": rec.op("app_id", str(rnd.randint(1250000000, 1320000000))),
        "generatedAt": rec.op("timestamp", ts(rnd)),
        "batch": rec.op("request_id", rid(rnd)),
        "items": items,
        "status": rec.op("other", rnd.choice(("SETTLED", "PENDING", "INVOICED"))),
    }


def k_ops_service_log(rnd: random.Random, rec: Recorder) -> str:
    out = []
    for _ in range(rnd.randint(3, 7)):
        t = rec.op("timestamp", ts(rnd, rnd.choice(("iso", "space"))))
        kind = rnd.choice(("health", "rate", "queue", "deploy", "retry", "zh", "order"))
        if kind == "health":
            out.append(f"{t} INFO healthcheck ok pod={rec.op('other', f'ocr-gw-{rnd.getrandbits(24):06x}')} {rec.op('latency', f'rt={rnd.randint(1, 40)}ms')}")
        elif kind == "rate":
            out.append(f"{t} WARN {rec.op('error_code', 'RequestLimitExceeded')} action={rec.op('action', rnd.choice(('IDCardOCR', 'GeneralBasicOCR')))} qps_limit={rnd.choice((10, 20, 50))} region={rec.op('region', rnd.choice(_TC_REGIONS))}")
        elif kind == "order":
            oid = rec.op("other", f"order_id={rnd.randint(2024, 2025)}{rnd.randint(10**14, 10**15 - 1)}")
            out.append(f"{t} INFO billing.settle {oid} {rec.op('fee', f'amount={rnd.randint(1, 999)}.{rnd.randint(0, 99):02d}')} currency=CNY {rec.op('app_id', f'appid={rnd.randint(1250000000, 1320000000)}')}")
        elif kind == "queue":
            out.append(f"{t} INFO queue=ocr-jobs {rec.op('count', f'depth={rnd.randint(0, 5000)}')} consumers={rnd.randint(1, 32)}")
        elif kind == "deploy":
            out.append(f"{t} INFO rollout complete image=registry.internal/ocr-gw:{rec.op('sdk_version', f'v{rnd.randint(1, 3)}.{rnd.randint(0, 30)}.{rnd.randint(0, 9)}')} replicas={rnd.randint(2, 12)}")
        elif kind == "retry":
            out.append(f"{t} ERROR upstream timeout req={rec.op('request_id', rid(rnd))} attempt={rnd.randint(1, 3)}/3 {rec.op('latency', f'elapsed={rnd.uniform(3, 30):.2f}s')} code={rec.op('error_code', rnd.choice(('InternalError.ServerConnection', 'ResourceUnavailable', 'Timeout')))}")
        else:
            out.append(f"{t} 信息 {rec.op('other', rnd.choice(('识别服务扩容完成', '证书即将过期，请及时更新', '计费任务执行成功', '缓存命中率下降')))} 节点={rec.op('other', f'node-{rnd.randint(1, 64):02d}')} 耗时={rec.op('latency', f'{rnd.randint(5, 900)}ms')}")
    return "\n".join(out) + "\n"


_MENU = ("宫保鸡丁", "鱼香肉丝", "麻婆豆腐", "回锅肉", "酸菜鱼", "清炒时蔬", "扬州炒饭", "酸梅汤")
_NOTICE = ("关于小区停水的通知", "因市政管网维修", "本周六 8:00-18:00 暂停供水", "请各位业主提前储水", "物业服务中心")


def k_nonpersonal_doc_ocr(rnd: random.Random, rec: Recorder) -> object:
    L = Lines(rnd, rec)
    doc = rnd.choice(("invoice", "menu", "notice", "receipt"))
    if doc == "invoice":
        L.title(rnd.choice(("电子发票（增值税专用发票）", "电子发票（普通发票）")))
        L.text(f"发票号码：{rnd.randint(10**19, 10**20 - 1)}")
        L.text(f"开票日期：2025年{rnd.randint(1, 12):02d}月{rnd.randint(1, 28):02d}日")
        L.text(f"购买方名称：{rnd.choice(_EMPLOYERS)}")
        L.text(f"统一社会信用代码/纳税人识别号：91{rnd.randint(110000, 650000)}MA{rnd.randint(1000000, 9999999)}{rnd.choice('ABCDEFGHJKLMNPQRTUWXY')}{rnd.choice('0123456789ABCDEFGHJKLMNPQRTUWXY')}")
        L.text(f"*信息技术服务*文字识别服务费 {rnd.randint(1, 50)} 次 {rnd.randint(100, 9999)}.00")
        L.text(f"价税合计（大写）{rnd.choice(('壹仟贰佰元整', '叁佰伍拾元整', '捌仟元整'))}")
        L.text(f"开票人：{rnd.choice(('系统', '财务部'))}")
    elif doc == "menu":
        L.title(rnd.choice(("川味小馆", "老街面馆", "湘里人家")), "菜单 MENU")
        for dish in rnd.sample(_MENU, rnd.randint(3, 6)):
            L.text(f"{dish} ¥{rnd.randint(12, 88)}")
        L.text(f"订餐热线 400-{rnd.randint(100, 999)}-{rnd.randint(1000, 9999)}")
        L.text("营业时间 10:30-22:00")
    elif doc == "notice":
        for i, line in enumerate(_NOTICE):
            L.text(line, "title_or_label" if i in (0, 4) else "other")
        L.text(f"2025年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日")
    else:
        L.title(rnd.choice(("WELCOME TO FRESHMART", "CITY COFFEE CO.")))
        L.text(f"Store #{rnd.randint(100, 999)}  Terminal {rnd.randint(1, 9)}")
        for item in rnd.sample(("LATTE 12OZ", "BAGEL", "ORANGE JUICE", "MUFFIN", "WATER 500ML"), 3):
            L.text(f"{item}  {rnd.randint(1, 9)}.{rnd.randint(0, 99):02d}")
        L.text(f"TOTAL  {rnd.randint(10, 40)}.{rnd.randint(0, 99):02d}")
        L.text("THANK YOU FOR SHOPPING")
    wrapper = rnd.choice((w_tencent_general, w_paddle_classic, w_paddlex, w_textract, w_azure_read, w_gdocai, w_baidu_general, w_aliyun_general))
    return wrapper(rnd, rec, L.out)


# ----------------------------------------------------------------------------------------------------------------
# free text


def k_freetext_cs_notes(rnd: random.Random, rec: Recorder) -> str:
    p = _person_cn(rnd)
    ticket = rec.op("request_id", f"CS{rnd.randint(10**9, 10**10 - 1)}")
    m = rec.pii("PHONE_NUMBER", fmt_mobile(rnd, cn_mobile(rnd)), digits=True)
    style = rnd.choice(("zh1", "zh2", "zh3", "en1", "en2"))
    agent = f"坐席{rnd.randint(100, 999)}"
    if style == "zh1":
        name = rec.pii("PERSON", p["name"])
        idn = rec.pii("CN_RESIDENT_ID", p["id"], digits=True)
        addr = rec.pii("ADDRESS", p["addr"])
        parts = [f"工单{ticket}：客户{name}来电，称身份证（{idn}）上传后一直显示“识别中”。", f"已核实手机号{m}为本人，", f"需将新卡寄往{addr}。"]
        if rnd.random() < 0.5:
            parts.append(f"另客户要求退款至卡号为{rec.pii('BANK_CARD', bank_card(rnd), digits=True)}的银行卡。")
        parts.append(f"处理人：{rec.op('other', agent)}，{rec.op('other', rnd.choice(('已升级二线', '已解决', '待回访')))}。")
        return "".join(parts)
    if style == "zh2":
        name = rec.pii("PERSON", p["name"][0] + ("女士" if p["female"] else "先生"), form="honorific")
        full = rec.pii("PERSON", p["name"])
        b, c = hkid(rnd)
        hk = rec.pii("HK_ID", rnd.choice((f"{b}({c})", f"{b}{c}")), digits=True)
        email = rec.pii("EMAIL_ADDRESS", _email(rnd, p["sur"], p["giv"]))
        return (
            f"【在线客服记录 {ticket}】\n"
            f"{name}反馈：香港身份证 {hk} 在App里一直提示“证件号校验不通过”。\n"
            f"本人全名{full}，出生日期{rec.pii('DATE_OF_BIRTH', fmt_date(rnd, p['birth'], 'cn'))}，回访电话 {m}，邮箱 {email}。\n"
            f"备注：{rec.op('other', agent)}已提交技术排查，{rec.op('other', '预计两个工作日内回复')}。"
        )
    if style == "zh3":
        name = rec.pii("PERSON", p["name"])
        plate = rec.pii("VEHICLE", rnd.choice(("粤B", "浙A", "川A", "苏E", "鄂A")) + "".join(rnd.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5)))
        dl = rec.pii("DRIVER_LICENSE", p["id"], digits=True)
        return f"{ticket} 车主{name}（驾驶证号{dl}，车牌{plate}）反映驾驶证识别结果中住址缺字，已让其重新拍摄上传。联系方式：{m}。{rec.op('other', agent)}"
    f = _fk(rnd.choice(("en_GB", "en_US")))
    first, last = f.first_name(), f.last_name()
    name = rec.pii("PERSON", f"{first} {last}")
    email = rec.pii("EMAIL_ADDRESS", f"{first.lower()}.{last.lower()}@{rnd.choice(('gmail.com', 'yahoo.co.uk', 'outlook.com', 'icloud.com'))}")
    dob = rec.pii("DATE_OF_BIRTH", fmt_date(rnd, cn_birth(rnd), rnd.choice(("mon", "dmy", "mdy"))))
    if style == "en1":
        pp = rec.pii("PASSPORT", _pp_number(rnd, "9D"), digits=True)
        return (
            f"Ticket {ticket} - {name} ({email}) wrote in: passport scan rejected twice. Customer confirmed passport no. {pp}, DOB {dob}, "
            f"and asked us to call back on {m}. Escalated to {rec.op('other', 'Tier-2 KYC')}; SLA {rec.op('other', rnd.choice(('24h', '48h')))}."
        )
    card = bank_card(rnd)
    shown = rec.pii("BANK_CARD", rnd.choice((card, " ".join(card[i : i + 4] for i in range(0, len(card), 4)))), digits=True)
    addr = rec.pii("ADDRESS", f.street_address().replace("\n", ", ") + ", " + f.city())
    return (
        f"[{ticket}] Call summary: caller {name} <{email}>, surname spelled {rec.pii('PERSON', '-'.join(last.upper()))}, born {dob}. "
        f"Wants refund to card {shown}; statement address {addr}. Verified via callback to {m}. "
        f"Outcome: {rec.op('other', rnd.choice(('refund queued', 'pending documents', 'closed - duplicate')))}."
    )


def k_freetext_letter_ocr(rnd: random.Random, rec: Recorder) -> str:
    style = rnd.choice(("zh_notice", "zh_notice", "zh_discharge", "en_dmv", "en_bank"))
    if style == "zh_notice":
        p = _person_cn(rnd)
        title = rec.op("title_or_label", rnd.choice(("催告函", "开户结果通知书", "理赔受理通知")))
        name = rec.pii("PERSON", p["name"])
        idn = rec.pii("CN_RESIDENT_ID", noise(rnd, p["id"], 0.3), digits=True)
        ref = rec.op("request_id", f"（2025）字第{rnd.randint(1000, 9999)}号")
        addr = p["addr"]
        if rnd.random() < 0.5:
            cut = rnd.randint(6, len(addr) - 5)
            addr_txt = rec.pii("ADDRESS", addr[:cut], form="split") + "\n" + rec.pii("ADDRESS", addr[cut:], form="split")
        else:
            addr_txt = rec.pii("ADDRESS", addr)
        return f"{title}\n{ref}\n{name}{'女士' if p['female'] else '先生'}：\n您好！您于本月提交的申请（证件号码：{idn}）已受理。\n相关材料将寄送至：{addr_txt}\n如有疑问请致电客服。\n特此通知。\n"
    if style == "zh_discharge":
        p = _person_cn(rnd, 1935, 2015)
        hosp = rec.op("title_or_label", f"{rnd.choice(('市', '省', '区'))}{rnd.choice(_HOSPITALS)}出院小结")
        name = rec.pii("PERSON", p["name"])
        g = rec.pii("GENDER", "女" if p["female"] else "男")
        dob = rec.pii("DATE_OF_BIRTH", fmt_date(rnd, p["birth"], "cnpad"))
        m = rec.pii("PHONE_NUMBER", fmt_mobile(rnd, cn_mobile(rnd)), digits=True)
        kin = rec.pii("PERSON", cn_name(rnd)[0])
        return (
            f"{hosp}\n患者 {name}  性别 {g}  出生 {dob}\n住院号 ZY{rnd.randint(10**7, 10**8 - 1)}  科室 {rec.op('other', rnd.choice(('骨科', '心内科', '呼吸内科')))}\n"
            f"出院诊断：{rnd.choice(('社区获得性肺炎', '桡骨远端骨折', '高血压病3级'))}\n出院医嘱：两周后门诊复查。\n家属 {kin} 电话 {m}\n"
        )
    if style == "en_dmv":
        f = _fk("en_US")
        first, last = f.first_name(), f.last_name()
        name = rec.pii("PERSON", f"{first} {last}")
        street = rec.pii("ADDRESS", f.street_address().replace("\n", ", "))
        cityline = rec.pii("ADDRESS", f"{f.city()}, {f.state_abbr()} {f.postcode()}")
        dl = rec.pii("DRIVER_LICENSE", rnd.choice("ABDFGHKLMNPRSTW") + f"{rnd.randint(0, 10**7 - 1):07d}", digits=True)
        ref = rec.op("request_id", f"Ref: {rnd.randint(100000, 999999)}-{rnd.choice('ABCDEFG')}")
        vin = rec.pii("VEHICLE", "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)))
        salute = rec.pii("PERSON", rnd.choice((first, f"Mr. {last}", f"Ms. {last}")))
        return f"{ref}\n{name}\n{street}\n{cityline}\n\nDear {salute},\nWe received your renewal request for driver license {dl}. The vehicle with VIN {vin} remains registered to you.\nSincerely,\n{rec.op('other', 'Customer Records Unit')}\n"
    f = _fk("en_GB")
    first, last = f.first_name(), f.last_name()
    name = rec.pii("PERSON", f"{first} {last}".upper())
    addr = rec.pii("ADDRESS", f.street_address().replace("\n", ", ").upper())
    pc = rec.pii("ADDRESS", f"{f.city().upper()} {f.postcode()}")
    card = bank_card(rnd)
    masked = card[:6] + "*" * (len(card) - 10) + card[-4:]
    email = rec.pii("EMAIL_ADDRESS", f"{first[0].lower()}{last.lower()}{rnd.randint(1, 99)}@{rnd.choice(('btinternet.com', 'gmail.com', 'hotmail.co.uk'))}")
    ph = rec.pii("PHONE_NUMBER", f"07{rnd.randint(100, 999)} {rnd.randint(100000, 999999)}", digits=True)
    return (
        f"{name}\n{addr}\n{pc}\n\n{rec.op('other', 'Our reference')}: {rec.op('request_id', f'KYC/{rnd.randint(10000, 99999)}')}\n\n"
        f"Dear {rec.pii('PERSON', rnd.choice((first, f'Mr {last}', f'Ms {last}')))},\n"
        f"We could not verify the card {rec.pii('BANK_CARD', card, digits=True)} (shown on statements as {masked}) against the details you gave us. "
        f"Please reply to {email} or call from {ph}.\nYours sincerely\n{rec.op('other', 'Verification Team')}\n"
    )


KINDS = {
    "tencent_general_basic_document": (k_tencent_general_doc, False, "Tencent GeneralBasicOCR TextDetections of identity documents, optionally in a log envelope"),
    "paddleocr_classic_document": (k_paddle_classic_doc, False, "PaddleOCR classic nested [box, [text, score]] lists of passports and HK/Macao/Taiwan/mainland cards"),
    "paddlex_rec_texts_document": (k_paddlex_doc, False, "PaddleX OCR pipeline result (rec_texts) of travel/residence permits and driving licences"),
    "textract_detect_document": (k_textract_doc, False, "AWS Textract DetectDocumentText LINE/WORD blocks of foreign passports and driving licences"),
    "azure_read_document": (k_azure_read_doc, False, "Azure Document Intelligence prebuilt-read/layout results of hospital forms, marriage certificates, student cards, work permits, passports"),
    "google_docai_document": (k_gdocai_doc, False, "Google Document AI OCR processor documents (text + line anchors) of residence slips, Macao/Taiwan cards, household register pages"),
    "baidu_general_document": (k_baidu_general_doc, False, "Baidu general OCR words_result of mainland cards, driving licences, hospital and registration forms"),
    "aliyun_general_document": (k_aliyun_general_doc, False, "Alibaba Cloud RecognizeGeneral prism_wordsInfo (Data as object or JSON string) of mixed identity documents"),
    "tencent_card_structured": (k_tencent_card_struct, False, "Tencent IDCardOCR / MLIDPassportOCR / HKIDCardOCR / MainlandPermitOCR responses in SDK, gateway or bare envelopes"),
    "baidu_idcard_structured": (k_baidu_idcard_struct, False, "Baidu idcard/passport words_result keyed by printed labels, optionally wrapped with trace and cost"),
    "aliyun_idcard_structured": (k_aliyun_idcard_struct, False, "Aliyun RecognizeIdcard / RecognizeChinesePassport with Data as JSON string or object"),
    "textract_analyze_id": (k_textract_analyze_id, False, "AWS Textract AnalyzeID IdentityDocumentFields of US driver licences and passports"),
    "azure_id_document": (k_azure_id_document, False, "Azure Document Intelligence prebuilt-idDocument passport (with MachineReadableZone) and US driver licence fields"),
    "inhouse_kyc_nested": (k_inhouse_kyc_nested, False, "in-house KYC event: camelCase nested applicant with idDoc, contact, settlement card, decision metadata"),
    "inhouse_kyc_fieldlist": (k_inhouse_kyc_fieldlist, False, "in-house KYC form: list of {code, label, val, src} fields with operator/ticket metadata"),
    "log_gateway_lines": (k_log_gateway, True, "logfmt lines (English and Chinese) and access logs with identity values in query strings"),
    "log_sdk_debug": (k_log_sdk_debug, True, "SDK debug lines with JSON bodies, Python tracebacks quoting values, check-digit validation errors (EN/ZH)"),
    "ops_metering": (k_ops_metering, False, "PII-free billing/metering record per action and region"),
    "ops_service_log": (k_ops_service_log, True, "PII-free service log text: health checks, rate limits, queues, deploys, retries (EN/ZH)"),
    "nonpersonal_document_ocr": (k_nonpersonal_doc_ocr, False, "PII-free general OCR (any vendor shape) of invoices, menus, notices and receipts"),
    "freetext_cs_notes": (k_freetext_cs_notes, True, "customer-service notes in Chinese or English quoting identity values"),
    "freetext_letter_ocr": (k_freetext_letter_ocr, True, "OCR text of letters and notices (Chinese and US English) with addressee details"),
}

GENERAL_OCR_DOCUMENT_KINDS: frozenset[str] = frozenset({"tencent_general_basic_document", "paddleocr_classic_document", "paddlex_rec_texts_document", "textract_detect_document", "azure_read_document", "google_docai_document", "baidu_general_document", "aliyun_general_document"})
PII_FREE_KINDS: frozenset[str] = frozenset({"ops_metering", "ops_service_log", "nonpersonal_document_ocr"})


class Corpus:
    name = "held-out"
    kinds: tuple[str, ...] = tuple(KINDS)

    def __init__(self, seed: int = 1) -> None:
        self.seed = seed
        self.kinds: tuple[str, ...] = tuple(KINDS)

    def record(self, kind: str, index: int) -> Record:
        fn, is_text, _ = KINDS[kind]
        return build_record(f"heldout-v4:{self.seed}", kind, index, fn, is_text=is_text, reseed=_reseed)

    def records(self, per_kind: int) -> list[Record]:
        return [self.record(k, i) for k in self.kinds for i in range(per_kind)]

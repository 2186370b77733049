"""Named validators for recognizer definitions: check digits and plausibility checks.

python-stdnum provides the check-digit arithmetic (`stdnum.cn.ric.calc_check_digit`, `stdnum.luhn`);
phonenumbers (already a Presidio dependency) validates international numbers. What is hand-written here is only
the glue, and one deliberate deviation: `stdnum.cn.ric.is_valid` also checks the first six digits against a
region table that is older than many region codes in use, so it rejects real, newer ID numbers. For redaction a
false "invalid" is a leak, so we check the check digit and the birth date, not the region table.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from stdnum import luhn as _luhn
from stdnum.cn import ric as _ric

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


def cn_ric15(value: str) -> bool:
    """15-digit legacy resident ID (issued before 1999): digits and a real birth date in 19YYMMDD."""
    number = digits_only(value)
    if len(number) != 15 or not number.isdigit():
        return False
    return _plausible_date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))


def luhn(value: str) -> bool:
    """Payment card numbers: 12 to 19 digits with a valid Luhn check digit."""
    number = digits_only(value)
    return number.isdigit() and 12 <= len(number) <= 19 and bool(_luhn.is_valid(number))


def phone_intl(value: str) -> bool:
    """An international number (`+` and country code) that libphonenumber considers possible."""
    import phonenumbers  # lazy: keeps `import ocrshield` light

    try:
        parsed = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_possible_number(parsed))


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
    "诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龔萬錢嚴湯溫齊喬龐顏莊聶魯歐關蘭寧紀畢單駱藍"
    "鮑饒繆簡車項連蘆麥婁竇黨費衛應閔鄔邊師欒榮叢鞏遲鄺談荊樂儲勞諶藺樓盤滿聞厲區闞權強帥蓋練豐國晉門雲"
    "來闕烏況鮮諸戰銀賓堯閉"
)
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 澹台 独孤 南宫 申屠 "
    "呼延 太史 万俟 闻人 赫连 公羊 淳于 单于 濮阳 百里 东郭 西门 第五 拓跋 司空 亓官 仲孙 谷梁 左丘 梁丘 "
    "羊舌 微生 公冶 宗政 漆雕 乐正 壤驷 公良 夹谷 宰父 段干 巫马 鲜于 闾丘 歐陽 司馬 諸葛 東方 長孫 鍾離 "
    "獨孤 南宮 萬俟 聞人 赫連 單于 東郭 西門 穀梁 樂正 巫馬 鮮于 閭丘".split()
)


def cn_surname(value: str) -> bool:
    """A Chinese personal name: 2-4 characters starting with a known surname (or a dotted transliteration)."""
    name = value.strip()
    if "·" in name or "•" in name:  # transliterated and minority names (`阿卜杜·热合曼`) carry no surname
        return 3 <= len(name) <= 16
    if name[:2] in _COMPOUND_SURNAMES:
        return 3 <= len(name) <= 4
    return 2 <= len(name) <= 4 and name[:1] in _SURNAMES


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "cn_surname": cn_surname,
    "cn_ric": cn_ric,
    "cn_ric15": cn_ric15,
    "luhn": luhn,
    "phone_intl": phone_intl,
}

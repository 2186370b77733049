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


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "cn_ric": cn_ric,
    "cn_ric15": cn_ric15,
    "luhn": luhn,
    "phone_intl": phone_intl,
}

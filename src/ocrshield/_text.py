"""Small text helpers shared by the stages: key normalisation and the full-width fold."""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Mapping

__all__ = ["FULLWIDTH", "field_by_words", "is_cjk_char", "key_words", "normalize_key"]

# Full-width ASCII (OCR output) maps one-to-one onto ASCII, so offsets stay valid.
FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

_KEY_STRIP = re.compile(r"[\s_\-.:]+")


@functools.lru_cache(maxsize=8192)  # the same few keys recur in every record
def normalize_key(key: str) -> str:
    """Style-insensitive field name: `IdNum`, `id_num`, `ID-NUM` -> `idnum`."""
    return _KEY_STRIP.sub("", key).casefold()


def is_cjk_char(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


# -- field names written as words -----------------------------------------------------------------------------
# Field names in data dictionaries are words, often abbreviated as naming standards abbreviate them (ISO/IEC 11179
# "class words", bank and government data-element conventions: `cust_nm`, `brth_dt`, `gndr_cd`, `home_addr_txt`).
# `key_words` reads such a name back as its words so that the field-name vocabulary (recognizers' `fields`) applies
# to it: the abbreviations below are the conventional ones, not the spellings of any one system.
_KEY_WORD = re.compile(r"[A-Z]+(?![a-z])[0-9]*|[A-Z]?[a-z]+[0-9]*|[0-9]+")
_ABBREVIATIONS = {
    "nm": "name", "nme": "name", "fnm": "firstname", "lnm": "lastname",
    "brth": "birth", "bth": "birth", "dt": "date", "dte": "date", "dob": "dateofbirth", "pob": "placeofbirth",
    "gndr": "gender", "sx": "sex", "natl": "national", "ntnlty": "nationality", "nat": "nationality",
    "addr": "address", "adr": "address", "adrs": "address", "ph": "phone", "mob": "mobile",
    "img": "image", "pic": "photo", "eml": "email", "idn": "id", "nbr": "number", "num": "number",
    "cust": "customer", "subj": "subject", "fst": "first", "frst": "first", "lst": "last", "mid": "middle",
    "svc": "service", "srv": "service", "fld": "field", "typ": "type", "cd": "code", "ctry": "country",
    "cntry": "country", "prov": "province", "cty": "city", "apl": "applicant", "appl": "applicant",
}
# Trailing words that say how a value is written, not what it is (`holder_en`, `gender_cd`, `face_img_b64`).
_QUALIFIERS = frozenset(
    "txt text val value str string raw en eng english cn zh chs cht chinese local latin roman romanized romanised "
    "pinyin native orig original disp display fmt formatted code b64 base64 e164 full".split()
)


def key_words(key: str) -> list[str]:
    """The words of a field name, abbreviations written out and trailing qualifiers dropped: `subj_brth_dt` ->
    [`subject`, `birth`, `date`], `holder_en` -> [`holder`], `face_img_b64` -> [`face`, `image`]."""
    words = [_ABBREVIATIONS.get(w, w) for w in (m.lower() for m in _KEY_WORD.findall(key))]
    while len(words) > 1 and (words[-1] in _QUALIFIERS or words[-1].isdigit()):
        words.pop()
    return words


# Things of a system, not a person: the name of one (`svc_nm`, `fld_nm`, `bank_name`, `ip_address`) is not personal.
_SYSTEM_NOUNS = frozenset(
    "service field file app application bank org organization organisation company corp host server product model "
    "api event span logger log key type class table column queue topic bucket region branch method interface "
    "channel device job task template project tenant plan doc document font env environment cluster node pod "
    "container namespace package module function func thread process domain db database schema index metric tag "
    "label attr attribute param parameter header cookie step stage flow rule policy role group team dept "
    "department vendor merchant shop store brand ip mac remote endpoint network sheet page".split()
)


# Words that make the field after them a person's (`subj_legal_nm`, `cust_nm`): one-word field names (`name`,
# `address`) are too general to be a person's on their own at the end of a longer key (`AutoName`, `ip_address`).
_PERSON_WORDS = frozenset(
    "subject holder customer client applicant cardholder owner user member patient passenger employee person "
    "contact legal full given family first last middle maiden nick real beneficiary payer payee spouse father mother "
    "guardian emergency insured policyholder driver resident citizen student account home birth".split()
)


def field_by_words(key: str, fields: Mapping[str, str], operational: Container[str]) -> str | None:
    """The entity of a field name read as words (`key_words`): the whole of it (`gndr_txt` -> `gender`, `holder_en`
    -> `holder`), or its longest trailing run of two words or more that is a field name (`subj_brth_dt` ->
    `birthdate`), or a one-word field name after a word of a person (`subj_legal_nm` -> `name`); never when the run,
    or a thing of a system before it (`svc_nm`, `fld_nm`), says it is operational."""
    words = key_words(key)
    for i in range(len(words)):
        name = "".join(words[i:])
        if name in operational:
            return None
        entity = fields.get(name)
        if entity is None:
            continue
        before = words[:i]
        if any(w in _SYSTEM_NOUNS for w in before):
            return None
        if i == 0 or len(words) - i >= 2 or any(w in _PERSON_WORDS for w in before):
            return entity
    return None

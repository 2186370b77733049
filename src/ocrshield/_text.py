"""Small text helpers shared by the stages: key normalisation and the full-width fold."""

from __future__ import annotations

import functools
import re

__all__ = ["FULLWIDTH", "is_cjk_char", "normalize_key"]

# Full-width ASCII (OCR output) maps one-to-one onto ASCII, so offsets stay valid.
FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

_KEY_STRIP = re.compile(r"[\s_\-.:]+")


@functools.lru_cache(maxsize=8192)  # the same few keys recur in every record
def normalize_key(key: str) -> str:
    """Style-insensitive field name: `IdNum`, `id_num`, `ID-NUM` -> `idnum`."""
    return _KEY_STRIP.sub("", key).casefold()


def is_cjk_char(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"

"""Images, binaries and signed URLs: found by shape, before any text detection runs.

A 200 KB base64 image must never reach Presidio (hundreds of ms of regex work for nothing) nor the log, so these
are replaced first, with one linear regex pass. The placeholder says what it was and how big, never what it held.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

__all__ = ["IMAGE", "SECRET", "describe_base64", "describe_bytes", "scrub_blobs_and_urls"]

IMAGE = "IMAGE"
BINARY = "BINARY"
SECRET = "SECRET"

# base64 prefixes of image and document magic numbers.
_MAGIC_B64 = (
    ("/9j/", "jpeg"),
    ("iVBORw0KGgo", "png"),
    ("R0lGOD", "gif"),
    ("UklGR", "webp"),
    ("Qk", "bmp"),
    ("SUkqA", "tiff"),
    ("TU0AK", "tiff"),
    ("JVBERi0", "pdf"),
    ("AAAAIGZ0eXBoZWlj", "heic"),
    ("AAAAGGZ0eXBoZWlj", "heic"),
)
_MAGIC_BYTES = (
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF8", "gif"),
    (b"RIFF", "webp"),
    (b"BM", "bmp"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"%PDF-", "pdf"),
)

# A data: URI, or a run of base64 (JSON may escape its slashes as `\/` and its line breaks as `\n`; a character
# class, not an alternation, keeps the scan of a 10 MB image fast). A run is replaced when it starts with an
# image magic prefix (and is at least 24 long) or is long and mixed like encoded binary: hashes and ids survive.
_BLOB = re.compile(
    r"data:(?P<mime>[\w.+\-]+/[\w.+\-]+)?(?:;[\w\-]+=[\w\-]+)*;base64,(?P<data>(?:[A-Za-z0-9+/=]|\\/|\\n)+)"
    r"|(?<![A-Za-z0-9+/\\])(?P<run>[A-Za-z0-9+/\\]{23,}[A-Za-z0-9+/]={0,2})(?![A-Za-z0-9+/=])"
)
_MIN_GENERIC_RUN = 200

_URL = re.compile(r"\b(?:https?|s3|cos|oss)://[^\s\"'<>\\`]+", re.IGNORECASE)



def _kind_of_b64(data: str) -> str | None:
    for prefix, kind in _MAGIC_B64:
        if data.startswith(prefix):
            if kind == "bmp" and len(data) < 64:
                return None
            return kind
    return None


def _b64_size(data: str) -> int:
    noise = sum(data.count(c) for c in " \t\r\n\\=") + data.count("\\n")  # `\n` escapes: 2 chars
    return max(0, len(data) - noise) * 3 // 4


def describe_base64(data: str, mime: str | None = None) -> str:
    """Placeholder for base64 content: `<IMAGE:jpeg:1234B>` or `<BINARY:1234B>`."""
    kind = _kind_of_b64(data.replace("\\/", "/"))
    if mime and mime.startswith("image/"):
        kind = kind or mime[6:]
    size = _b64_size(data)
    return f"<{IMAGE}:{kind}:{size}B>" if kind else f"<{BINARY}:{size}B>"


def describe_bytes(data: bytes | bytearray | memoryview) -> str:
    view = memoryview(data)
    size = view.nbytes  # `len()` of a memoryview counts items, not bytes
    raw = view.cast("B")[:16].tobytes() if view.c_contiguous else bytes(view)[:16]
    for magic, kind in _MAGIC_BYTES:
        if raw.startswith(magic):
            return f"<{IMAGE}:{kind}:{size}B>"
    return f"<{BINARY}:{size}B>"


def _looks_like_base64_blob(run: str) -> bool:
    """A generic run counts when it is long and mixes cases and digits, as encoded binary does."""
    if len(run) < _MIN_GENERIC_RUN:
        return False
    return any(c.isdigit() for c in run) and any(c.islower() for c in run) and any(c.isupper() for c in run)


def _scrub_url(url: str, secret_params: frozenset[str]) -> tuple[str, int]:
    """Remove credentials (userinfo and the `secret_params` parameters, lower-case); keep scheme, host, path and
    the other parameters."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url, 0
    found = 0
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"<{SECRET}>@" + netloc.rsplit("@", 1)[1]
        found += 1
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        out = []
        for k, v in pairs:
            if k.lower() in secret_params and v:
                out.append(f"{quote(k, safe='-_.')}=<{SECRET}>")
                found += 1
            else:
                out.append(f"{quote(k, safe='-_.')}={quote(v, safe='-_.:/,;~')}")
        if found:
            query = "&".join(out)
    if not found:
        return url, 0
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment)), found




# Every blob `_BLOB` replaces contains 24 base64 characters in a row. Mapping each byte to `b` (base64) or a space
# and searching for 24 `b`s runs at C speed; a regex for the same run costs five times as much per log line.
_B64_SHAPE = bytes(
    ord("b") if chr(c).isascii() and (chr(c).isalnum() or chr(c) in "+/") else ord(" ") for c in range(256)
)
_RUN_24 = b"b" * 24


def _may_hold_blob(text: str) -> bool:
    """Cheap necessary condition for `_BLOB` to replace something."""
    return len(text) >= 24 and _RUN_24 in text.encode("utf-8", "surrogatepass").translate(_B64_SHAPE)


def scrub_blobs_and_urls(text: str, secret_params: frozenset[str]) -> tuple[str, list[str]]:
    """Replace base64 images/binaries and URL credentials (userinfo and the query parameters `secret_params`,
    lower-case: `recognizers/shapes.yaml`'s `url_secret_parameters`); return the text and the entity types
    replaced."""
    found: list[str] = []
    if _may_hold_blob(text):

        def blob(m: re.Match[str]) -> str:
            data = m.group("data")
            if data is not None:
                placeholder = describe_base64(data, m.group("mime"))
            else:
                run = m.group("run")
                kind = _kind_of_b64(run.replace("\\/", "/"))
                if kind is None and not _looks_like_base64_blob(run):
                    return run
                placeholder = describe_base64(run)
            found.append(IMAGE if placeholder.startswith(f"<{IMAGE}") else BINARY)
            return placeholder

        text = _BLOB.sub(blob, text)
    if "://" in text:

        def url(m: re.Match[str]) -> str:
            new, n = _scrub_url(m.group(0), secret_params)
            found.extend([SECRET] * n)
            return new

        text = _URL.sub(url, text)
    return text, found

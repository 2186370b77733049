"""The cost of `ocrshield.tencentcloud.protect()` on real Tencent Cloud SDK calls with the SDK's debug log on.

    python benchmarks/bench_tencentcloud.py            # prints a table (about half a minute)
    python benchmarks/bench_tencentcloud.py --quick    # a few calls per cell, for a smoke test

Each cell calls the real `OcrClient` against the loopback fake endpoint (examples/fake_tencent_ocr.py); every
call writes two records (request and response) through `client.set_file_logger(...)` to a temporary file:

* silent     — the SDK's log off (its default): the floor, one loopback HTTP round trip.
* SDK log    — `set_file_logger`, no redaction: what the issue reports.
* protected  — the same after `ocrshield.tencentcloud.protect()` (the default engine: rules + spaCy NER).

The figures are µs per call, the median of several rounds; "per record" is the protected cost over the SDK log's,
halved. Model loading is excluded (warm-up calls run first).
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import _bench

REPO = Path(__file__).resolve().parents[1]
for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
    os.environ.pop(var, None)  # loopback calls must not go to a proxy


def _fake() -> Any:
    spec = importlib.util.spec_from_file_location("fake_tencent_ocr", REPO / "examples" / "fake_tencent_ocr.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


fake = _fake()
IMAGE = json.loads((REPO / "tests/fixtures/tencent/idcard_request_base64.json").read_text("utf-8"))["ImageBase64"]


def _calls(client: Any) -> dict[str, Callable[[], Any]]:
    from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
    from tencentcloud.ocr.v20181119 import models

    def error() -> None:  # no personal data: an empty request and an error response (credentials only)
        with contextlib.suppress(TencentCloudSDKException):
            client.call_json("DescribeNothing", {})

    def request(action: str) -> Callable[[], Any]:
        def run() -> Any:
            r = getattr(models, f"{action}Request")()
            r.ImageBase64 = IMAGE
            if action == "IDCardOCR":
                r.Config = json.dumps({"CropIdCard": True, "CropPortrait": True})
            return getattr(client, action)(r)

        return run

    return {
        "no personal data (error response)": error,
        "IDCardOCR (9.5 KB image, ID card + crops)": request("IDCardOCR"),
        "GeneralBasicOCR (image, 12 OCR lines)": request("GeneralBasicOCR"),
    }


def _time(fn: Callable[[], Any], calls: int, rounds: int) -> float:
    """µs per call of `fn()`, the median of `rounds` rounds of `calls` calls."""
    return _bench.median_us(fn, [[()] * calls] * rounds)


def main() -> None:
    args = _bench.parser(__doc__, "calls").parse_args()
    calls, rounds = (5, 2) if args.quick else (100, 7)

    from tencentcloud.common import credential
    from tencentcloud.ocr.v20181119 import ocr_client

    import ocrshield
    import ocrshield.tencentcloud

    ocrshield.default_redactor().warm_up()
    sdk_logger = logging.getLogger(ocrshield.tencentcloud.LOGGER_NAME)
    rows: list[tuple[str, float, float, float]] = []
    with fake.serve() as address, tempfile.TemporaryDirectory() as tmp:
        cred = credential.Credential("AKID" + "Bench0123456789abcdefghijklmnopq0", "bench-secret-key")
        client = fake.without_env_proxies(ocr_client.OcrClient(cred, "ap-guangzhou", fake.client_profile(address)))
        for kind, fn in _calls(client).items():
            client.set_default_logger()
            sdk_logger.setLevel(logging.WARNING)
            fn()
            silent = _time(fn, calls, rounds)
            client.set_file_logger(str(Path(tmp) / "sdk.log"))
            fn()
            plain = _time(fn, calls, rounds)
            ocrshield.tencentcloud.protect()
            fn()  # warm-up
            protected = _time(fn, calls, rounds)
            ocrshield.tencentcloud.unprotect()
            rows.append((kind, silent, plain, protected))
        client.set_default_logger()

    print(f"{'call (2 records each)':<44}{'silent':>10}{'SDK log':>10}{'protected':>11}{'per record':>12}   (µs)")
    for kind, silent, plain, protected in rows:
        print(f"{kind:<44}{silent:>10.0f}{plain:>10.0f}{protected:>11.0f}{(protected - plain) / 2:>12.0f}")


if __name__ == "__main__":
    main()

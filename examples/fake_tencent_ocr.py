"""A loopback stand-in for the Tencent Cloud OCR API (`ocr.tencentcloudapi.com`, API 3.0, version 2018-11-19).

It answers the real `tencentcloud-sdk-python-ocr` client with responses in the shapes the service returns, full
of fake personal data, so that what the SDK logs can be checked without a Tencent Cloud account or network:

    python examples/fake_tencent_ocr.py              # serves on 127.0.0.1 until Ctrl-C and prints its URL
    python examples/fake_tencent_ocr.py --port 8089

In code (tests, an example service)::

    from tencentcloud.common import credential
    from tencentcloud.ocr.v20181119 import models, ocr_client

    with serve() as address:                                          # "127.0.0.1:PORT"
        client = ocr_client.OcrClient(credential.Credential(SECRET_ID, SECRET_KEY), "ap-guangzhou",
                                      client_profile(address))
        without_env_proxies(client)
        request = models.IDCardOCRRequest()
        request.ImageBase64 = IMAGE_BASE64
        print(client.IDCardOCR(request).RequestId)

Actions: IDCardOCR (`CardSide` FRONT or BACK), BankCardOCR, HKIDCardOCR and GeneralBasicOCR. An image that is
not a whole base64 JPEG or PNG (a truncated upload, say) gets the service's error response
(`FailedOperation.ImageDecodeFailed`), an unknown action `InvalidAction`, a request without a TC3 or HmacSHA256
signature `AuthFailure.SignatureFailure`. Both signing methods and both request methods of the SDK are accepted
(TC3 JSON POST, TC3 GET, HmacSHA1/HmacSHA256 form POST); the signature is checked for its shape only. Every
response is `Content-Type: application/json` (exactly: the SDK checks it) with a fresh `RequestId`.

`PLANTED` lists the personal values each action's response carries, for tests that assert none is logged. All
of them are invented: the ID numbers carry valid check digits and the card number passes Luhn, so detectors that
validate check digits fire on them; the images are tiny synthetic JPEGs (no real face or text).

The SDK takes proxies from `HTTP_PROXY`/`HTTPS_PROXY` itself and compares `NO_PROXY` with `host:port` as a
substring, so a proxy variable in the environment would carry loopback calls to the proxy. `client_profile()`
cannot switch that off (an empty `HttpProfile(proxy="")` still falls back to the environment);
`without_env_proxies(client)` does, on the client's session. (Or unset the proxy variables.)
"""

from __future__ import annotations

import argparse
import base64
import binascii
import contextlib
import json
import threading
import urllib.parse
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = [
    "IMAGE_BASE64",
    "PLANTED",
    "PORTRAIT_BASE64",
    "client_profile",
    "respond",
    "serve",
    "without_env_proxies",
]

# A 48x30 synthetic "card" and a 16x20 "portrait": real baseline JPEGs, made by the pure-Python encoder in
# tests/fixtures/_make_fixtures.py (`jpeg_b64(48, 30, 11, quality=60)` and `_portrait(16, 20, 5)`).
IMAGE_BASE64 = (
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5a"
    "YVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAAR"
    "CAAeADADAREAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEG"
    "E1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWG"
    "h4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEB"
    "AQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYk"
    "NOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0"
    "tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDrNSvtUt5xHYaP9siKZMn2pY8HPTB/A/jW"
    "aRVymdU8QZGfDfT/AKf4/wDCnZBc2IHd7eNpozFIUBdNwO0kcjI64/pSHce2cjJ4PrTHcb29DTHcTnGTnj0NA7mB4i04XmoJL/wj39o4iA83"
    "7b5O3k/LjPPXOfekjEzYNCRriNJvB/lRs4V5P7SzsXPLYzzjmncDYbwhoHGLD/yLJ/jRdjNaGJLaCOCFdkcSBEXOcAcAUDMTVZHa+ZWbKpgK"
    "PTisp7nRDY1bB2ksY3c7nwRk9TgkVpHVGctGZHiPTvtd8kp8Pf2jtiC+b9s8nHJ+XGfxz700YXMk6IOR/wAIZ3/6CnX9aYG/BqOtPcRpN4f8"
    "qNmCtJ9sRtgzycAc9zSGXtRmkg0u7mifa8cDupPOCFyP1prcLnnNxr2pztuludxAwD5aj+QrR04vdDU5LY6HwnrN/fajJBdXAeKOAsq7FXBB"
    "UdgPU0pRSWgJs6DUdC0zVJhPf2xlkVdgPmMvGc9j7mszO5SHhHQDwbDn181//iqLjualnaQafapa2ieXDHkKu4nGST39zQFx80aXELxSLmOR"
    "drDpkHj+tMZkjwxom7/jy/8AIr/41XMwLNjo2n6fIZ7K3EcjKVJ3seMjjk+wobbGf//Z"
)
PORTRAIT_BASE64 = (
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5a"
    "YVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAAR"
    "CAAUABADAREAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEG"
    "E1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWG"
    "h4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEB"
    "AQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYk"
    "NOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0"
    "tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDtL+7W0iBI3O3Cjt+NKc+VFQhzMjsL4XW5"
    "JBtkUZ46EUoT5hzhy6oNUtZLhEaIZZD931ziipBy2CnNRepHpVpLCzSyjaCuAp6+v4VNKDWrKqzT0R5prnGtX5He6k/9CNdBgUqYH//Z"
)
# Distinctive stretches of each image (the JFIF header and the standard tables are the same in every JPEG).
_IMAGE_MARKERS = (IMAGE_BASE64[-48:], IMAGE_BASE64[1000:1040])
_PORTRAIT_MARKERS = (PORTRAIT_BASE64[-48:], PORTRAIT_BASE64[900:940])

# -- the fake people (invented; check digits valid) -------------------------------------------------------------

_MAINLAND = {
    "Name": "王晓明",
    "Sex": "男",
    "Nation": "汉",
    "Birth": "1990/3/7",
    "Address": "北京市朝阳区建国路88号院3号楼2单元501室",
    "IdNum": "110105199003071239",  # GB 11643-1999 check digit 9
}
_BACK = {"Authority": "北京市公安局朝阳分局", "ValidDate": "2010.07.21-2020.07.21"}
_BANK_CARD = "6222021234567894"  # Luhn-valid, an ICBC BIN
_HK = {
    "CnName": "陳大文",
    "EnName": "CHAN, Tai Man",
    "TelexCode": "7115 1129 2429",
    "Birthday": "01-01-1990",
    "IdNum": "C668668(9)",  # mod-11 check digit 9
}
_FORM = {  # a registration form read by GeneralBasicOCR: labels and values on separate lines
    "Name": "张丽华",
    "Birth": "1985年11月23日",
    "Address": "上海市浦东新区世纪大道100号12楼",
    "IdNum": "310115198511230828",  # check digit 8
    "Mobile": "13912345678",
}

PLANTED: dict[str, tuple[str, ...]] = {
    "IDCardOCR": (
        _MAINLAND["Name"],
        _MAINLAND["Birth"],
        _MAINLAND["Address"],
        _MAINLAND["IdNum"],
        *_IMAGE_MARKERS,
        *_PORTRAIT_MARKERS,
    ),
    "BankCardOCR": (_BANK_CARD, *_IMAGE_MARKERS),
    "HKIDCardOCR": (
        _HK["CnName"],
        _HK["EnName"],
        _HK["TelexCode"],
        _HK["Birthday"],
        _HK["IdNum"],
        *_PORTRAIT_MARKERS,
    ),
    "GeneralBasicOCR": tuple(_FORM.values()),
}
"""The personal values in each action's response (for images: distinctive stretches of their base64)."""


def _request_id() -> str:
    return str(uuid.uuid4())


def _error(code: str, message: str) -> dict[str, Any]:
    return {"Response": {"Error": {"Code": code, "Message": message}, "RequestId": _request_id()}}


def _polygon(x: int, y: int, w: int, h: int) -> list[dict[str, int]]:
    return [{"X": x, "Y": y}, {"X": x + w, "Y": y}, {"X": x + w, "Y": y + h}, {"X": x, "Y": y + h}]


def _idcard(params: dict[str, Any]) -> dict[str, Any]:
    config = _json_field(params.get("Config"))
    advanced: dict[str, Any] = {}
    if config.get("CropIdCard"):
        advanced["IdCard"] = IMAGE_BASE64
    if config.get("CropPortrait") and params.get("CardSide", "FRONT") != "BACK":
        advanced["Portrait"] = PORTRAIT_BASE64
    advanced.update({"Quality": 91, "BorderCodeValue": 12, "WarnInfos": []})
    if params.get("CardSide") == "BACK":
        fields = {key: "" for key in _MAINLAND} | _BACK
    else:
        fields = _MAINLAND | {key: "" for key in _BACK}
    return {
        "Response": {
            **fields,
            "AdvancedInfo": json.dumps(advanced, separators=(",", ":")),
            "ReflectDetailInfos": [],
            "RequestId": _request_id(),
        }
    }


def _bank_card(params: dict[str, Any]) -> dict[str, Any]:
    return {
        "Response": {
            "CardNo": _BANK_CARD,
            "BankInfo": "工商银行(01020000)",
            "ValidDate": "07/2031",
            "CardType": "借记卡",
            "CardName": "牡丹灵通卡",
            "BorderCutImage": IMAGE_BASE64 if params.get("RetBorderCutImage") else None,
            "CardNoImage": IMAGE_BASE64 if params.get("RetCardNoImage") else None,
            "WarningCode": [],
            "QualityValue": 88 if params.get("EnableQualityValue") else None,
            "CardCategory": "银联卡",
            "RequestId": _request_id(),
        }
    }


def _hk_idcard(params: dict[str, Any]) -> dict[str, Any]:
    return {
        "Response": {
            "CnName": _HK["CnName"],
            "EnName": _HK["EnName"],
            "TelexCode": _HK["TelexCode"],
            "Sex": "男M",
            "Birthday": _HK["Birthday"],
            "Permanent": 1,
            "IdNum": _HK["IdNum"],
            "Symbol": "***AZ",
            "FirstIssueDate": "(01-79)",
            "CurrentIssueDate": "26-11-18",
            "FakeDetectResult": 1,
            "HeadImage": PORTRAIT_BASE64 if params.get("ReturnHeadImage") else "",
            "SmallHeadImage": "",
            "WarningCode": [],
            "WarnCardInfos": [],
            "WindowEmbeddedText": "",
            "RequestId": _request_id(),
        }
    }


def _general(params: dict[str, Any]) -> dict[str, Any]:
    lines = [
        "个人信息登记表",
        "姓名",
        _FORM["Name"],
        "出生日期",
        _FORM["Birth"],
        "住址",
        _FORM["Address"],
        "公民身份号码",
        _FORM["IdNum"],
        "手机号码",
        _FORM["Mobile"],
        "第1页共1页",
    ]
    detections = []
    for number, text in enumerate(lines):
        x, y, w, h = 40 + (number % 2) * 160, 30 + number * 36, 24 * len(text), 28
        detections.append(
            {
                "DetectedText": text,
                "Confidence": 99 - number % 3,
                "Polygon": _polygon(x, y, w, h),
                "AdvancedInfo": json.dumps({"Parag": {"ParagNo": number + 1}}),
                "ItemPolygon": {"X": x, "Y": y, "Width": w, "Height": h},
                "Words": [],
                "WordCoordPoint": [],
            }
        )
    return {
        "Response": {
            "TextDetections": detections,
            "Language": "zh",
            "Angel": 0.0,
            "PdfPageSize": 0,
            "Angle": 0.0,
            "RequestId": _request_id(),
        }
    }


_ACTIONS = {
    "IDCardOCR": _idcard,
    "BankCardOCR": _bank_card,
    "HKIDCardOCR": _hk_idcard,
    "GeneralBasicOCR": _general,
}


def _json_field(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return {}
    return value if isinstance(value, dict) else {}


def _is_image(b64: Any) -> bool:
    if not isinstance(b64, str):
        return False
    try:
        data = base64.b64decode(b64, validate=True)
    except (binascii.Error, ValueError):
        return False
    jpeg = data.startswith(b"\xff\xd8\xff") and data.endswith(b"\xff\xd9")  # a truncated upload fails
    return jpeg or (data.startswith(b"\x89PNG\r\n\x1a\n") and data[-8:-4] == b"IEND")


def respond(action: str, params: dict[str, Any]) -> dict[str, Any]:
    """The response body (`{"Response": {...}}`) the fake service gives `action` called with `params`."""
    handler = _ACTIONS.get(action)
    if handler is None:
        return _error("InvalidAction", f"接口`{action}`不存在或者未上线。")
    if "ImageUrl" not in params and not _is_image(params.get("ImageBase64")):
        return _error("FailedOperation.ImageDecodeFailed", "图片解码失败。")
    return handler(params)


class _Handler(BaseHTTPRequestHandler):
    server_version = "fake-tencent-ocr/1.0"
    quiet = True
    received: list[tuple[dict[str, str], str]] | None = None

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8") if length else ""
        self._record(body)
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if content_type == "application/json":
            try:
                params = json.loads(body or "{}")
            except ValueError:
                params = None
            self._answer(params if isinstance(params, dict) else None)
        elif content_type == "application/x-www-form-urlencoded":
            self._answer(dict(urllib.parse.parse_qsl(body)))
        else:
            self._send(_error("InvalidParameter", f"不支持的Content-Type: {content_type}"))

    def do_GET(self) -> None:
        query = urllib.parse.urlsplit(self.path).query
        self._record(query)
        self._answer(dict(urllib.parse.parse_qsl(query)))

    def _record(self, body: str) -> None:
        if self.received is not None:
            self.received.append((dict(self.headers.items()), body))

    def _answer(self, params: dict[str, Any] | None) -> None:
        if params is None:
            self._send(_error("InvalidParameter", "请求体不是合法的JSON。"))
            return
        authorization = self.headers.get("Authorization") or ""
        if authorization.startswith("TC3-HMAC-SHA256 Credential=AKID") and "Signature=" in authorization:
            action = self.headers.get("X-TC-Action") or ""
        elif str(params.get("SecretId", "")).startswith("AKID") and params.get("Signature"):
            action = str(params.get("Action", ""))  # HmacSHA1/HmacSHA256: everything is in the parameters
        else:
            self._send(_error("AuthFailure.SignatureFailure", "请求签名验证失败，请检查您的签名计算是否正确。"))
            return
        self._send(respond(action, params), action)

    def _send(self, response: dict[str, Any], action: str = "") -> None:
        payload = json.dumps(response, ensure_ascii=False).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
        if not self.quiet:  # what was asked and the outcome; never the data
            error = response["Response"].get("Error", {}).get("Code", "ok")
            print(f"{action or '-'} {error} RequestId={response['Response']['RequestId']}", flush=True)

    def log_message(self, format: str, *args: Any) -> None:  # `format`: the base class's parameter name
        pass  # the access log would go to stderr on every request


@contextlib.contextmanager
def serve(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    quiet: bool = True,
    received: list[tuple[dict[str, str], str]] | None = None,
) -> Iterator[str]:
    """Run the fake service on a thread for the duration of the block; yields its address, `"host:port"`.

    Port 0 takes a free port. With `quiet=False` each request's action and outcome are printed. When `received`
    is a list, each request's headers and body (the query string of a GET) are appended to it, as the SDK sent
    them: a test can then look for the exact signature in what was logged.
    """
    handler = type("Handler", (_Handler,), {"quiet": quiet, "received": received})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="fake-tencent-ocr", daemon=True)
    thread.start()
    try:
        yield f"{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def client_profile(address: str, **options: Any) -> Any:
    """A `ClientProfile` that sends the SDK's requests to `address` over plain HTTP.

    `options` go to `ClientProfile` (e.g. `signMethod="HmacSHA256"`). The endpoint is the whole `host:port`; the
    SDK signs it as the `Host` header and logs it.
    """
    from tencentcloud.common.profile.client_profile import ClientProfile
    from tencentcloud.common.profile.http_profile import HttpProfile

    http = HttpProfile(protocol="http", endpoint=address, reqMethod=options.pop("reqMethod", "POST"), reqTimeout=10)
    return ClientProfile(httpProfile=http, **options)


def without_env_proxies(client: Any) -> Any:
    """Make `client` (any Tencent Cloud SDK client) ignore `HTTP_PROXY`/`HTTPS_PROXY`/`ALL_PROXY`; returns it.

    The SDK reads the variables itself and hands the proxy to `requests`, which would also add its own from the
    environment; neither can be switched off through `HttpProfile`.
    """
    connection = client.request.conn
    connection.proxy = None
    connection._session.trust_env = False
    return client


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve a fake Tencent Cloud OCR API on loopback.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 (the default) takes a free port")
    args = parser.parse_args()
    with serve(args.host, args.port, quiet=False) as address:
        print(f"fake Tencent Cloud OCR API on http://{address}/ (Ctrl-C to stop)", flush=True)
        print(f'  HttpProfile(protocol="http", endpoint="{address}")', flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopped", flush=True)


if __name__ == "__main__":
    main()

"""Tencent Cloud SDK: the real `tencentcloud-sdk-python-ocr` client, its own debug logging, a loopback endpoint.

Every test drives `OcrClient` against examples/fake_tencent_ocr.py and reads what the SDK's handlers wrote (a
`set_file_logger` file, a `set_stream_logger` stream, a root handler): no planted value (person data, images,
SecretId, SecretKey, token, signature) may be there, and the operational values must be.
"""

from __future__ import annotations

import http.client
import io
import json
import locale
import logging
import re
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.ocr.v20181119 import models, ocr_client

import ocrshield
import ocrshield.tencentcloud as tc
from conftest import assert_clean, load_example, load_json
from ocrshield.stdlib import WITHHELD

fake = load_example("fake_tencent_ocr")

SECRET_ID = "AKID" + "q8Zp3Lx7Vb2Nm5Kt9Rw4Yc6Hd1Fg0JeT"
SECRET_KEY = "Wm4Tz8Qr1Ys6Hv3Lp9Xc2Bn7Kd5Fg0Ja"
TOKEN = "tmpSTS7d3fQk9Lz2Xv8Bn4Mw6Rp1Ty5Hc0Gj3Ka8Ue2Wi7Os4Nd9Zl"
REGION = "ap-guangzhou"
REQUEST = load_json("tencent/idcard_request_base64.json")
IMAGE = REQUEST["ImageBase64"]  # a real JPEG upload
TRUNCATED = IMAGE[:1200]  # the same upload cut short: the service answers FailedOperation.ImageDecodeFailed
ACTIONS = ("IDCardOCR", "BankCardOCR", "HKIDCardOCR", "GeneralBasicOCR")
OPERATIONAL = {
    "IDCardOCR": ['\\"Quality\\":91'],
    "BankCardOCR": ["工商银行(01020000)", "借记卡", "牡丹灵通卡"],
    "HKIDCardOCR": ["FakeDetectResult"],  # the card's symbols and dates are its content: denied with the rest
    "GeneralBasicOCR": ["个人信息登记表", "第1页共1页"],
}
assert 36 == len(SECRET_ID)

Received = list[tuple[dict[str, str], str]]


# -- fixtures and helpers ----------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy variable would carry the SDK's loopback calls away (it compares NO_PROXY with `host:port`)."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture(autouse=True)
def _unprotect() -> Iterator[None]:
    yield
    tc.unprotect()


@pytest.fixture(scope="module")
def _server() -> Iterator[tuple[str, Received]]:
    received: Received = []
    with fake.serve(received=received) as address:
        yield address, received


@pytest.fixture
def address(_server: tuple[str, Received]) -> str:
    return _server[0]


@pytest.fixture
def received(_server: tuple[str, Received]) -> Received:
    """What the fake endpoint received during this test (headers and body of each request)."""
    _server[1].clear()
    return _server[1]


@pytest.fixture
def make_client(address: str) -> Callable[..., Any]:
    def make(token: str | None = None, **profile: Any) -> Any:
        cred = credential.Credential(SECRET_ID, SECRET_KEY, token)
        client = ocr_client.OcrClient(cred, REGION, fake.client_profile(address, **profile))
        return fake.without_env_proxies(client)

    return make


def request_for(action: str, image: str = IMAGE) -> Any:
    """The request an application sends for `action`, asking for every image crop the API can return."""
    request = getattr(models, f"{action}Request")()
    request.ImageBase64 = image
    if action == "IDCardOCR":
        request.CardSide = "FRONT"
        request.Config = json.dumps({"CropIdCard": True, "CropPortrait": True})
    elif action == "BankCardOCR":
        request.RetBorderCutImage = True
    elif action == "HKIDCardOCR":
        request.ReturnHeadImage = True
    return request


def call(client: Any, action: str) -> str:
    """Calls `action` through the SDK; its RequestId."""
    request_id: str = getattr(client, action)(request_for(action)).RequestId
    return request_id


def call_failing(client: Any) -> TencentCloudSDKException:
    with pytest.raises(TencentCloudSDKException) as caught:
        client.IDCardOCR(request_for("IDCardOCR", TRUNCATED))
    return caught.value


def file_logger(client: Any, tmp_path: Path) -> Callable[[], str]:
    """`client.set_file_logger(...)`; returns a reader of the file it writes."""
    path = tmp_path / "tencent-sdk.log"
    client.set_file_logger(str(path))
    return lambda: path.read_text(encoding=locale.getpreferredencoding(False))


def stream_logger(client: Any) -> Callable[[], str]:
    stream = io.StringIO()
    client.set_stream_logger(stream)
    return stream.getvalue


def secrets(received: Received) -> list[str]:
    """The credentials on the wire: SecretId, SecretKey and each request's TC3 signature."""
    signatures = [m for headers, _ in received for m in re.findall(r"Signature=([0-9a-f]{64})", headers["Authorization"])]
    assert len(signatures) == len(received)
    return [SECRET_ID, SECRET_KEY, *signatures]


def image_markers(encoded: bool = True) -> list[str]:
    """Distinctive stretches of the uploaded image (its manifest entry, and two of our own), as they are and
    URL-encoded (a GET request or a form body carries the image that way)."""
    manifest = {e["file"]: e for e in load_json("tencent/manifest.json")}
    markers = [*manifest["idcard_request_base64.json"]["planted"], IMAGE[-60:], TRUNCATED[-60:]]
    return markers + [urllib.parse.quote_plus(m) for m in markers if encoded]


def common_operational(address: str) -> list[str]:
    return ["Host: " + address, "X-TC-Region: " + REGION, "X-TC-Version: 2018-11-19", "SDK_PYTHON_", "200 OK"]


# -- the fake endpoint ---------------------------------------------------------------------------------------------


class TestFakeEndpoint:
    def test_answers_json_with_the_exact_content_type(self, address: str) -> None:
        """The SDK only parses a body whose Content-Type is exactly `application/json`; unsigned calls fail."""
        host, port = address.split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=10)
        conn.request("POST", "/", body="{}", headers={"Content-Type": "application/json", "X-TC-Action": "IDCardOCR"})
        response = conn.getresponse()
        body = json.loads(response.read())
        conn.close()
        assert "application/json" == response.getheader("Content-Type")
        assert "AuthFailure.SignatureFailure" == body["Response"]["Error"]["Code"]
        assert re.fullmatch(r"[0-9a-f-]{36}", body["Response"]["RequestId"])

    def test_real_client_gets_real_shapes(self, make_client: Callable[..., Any]) -> None:
        """The SDK deserialises each response into its model: the fields are where the SDK expects them."""
        client = make_client()
        assert fake.PLANTED["IDCardOCR"][3] == client.IDCardOCR(request_for("IDCardOCR")).IdNum
        assert "6222021234567894" == client.BankCardOCR(request_for("BankCardOCR")).CardNo
        assert "C668668(9)" == client.HKIDCardOCR(request_for("HKIDCardOCR")).IdNum
        lines = [d.DetectedText for d in client.GeneralBasicOCR(request_for("GeneralBasicOCR")).TextDetections]
        assert ["姓名", "张丽华"] == lines[1:3]

    def test_back_side_unknown_action_and_bad_image(self, make_client: Callable[..., Any]) -> None:
        """CardSide BACK answers the back's fields; an unknown action and a truncated image are service errors."""
        client = make_client()
        back = request_for("IDCardOCR")
        back.CardSide = "BACK"
        response = client.IDCardOCR(back)
        assert ("北京市公安局朝阳分局", "") == (response.Authority, response.Name)
        with pytest.raises(TencentCloudSDKException) as unknown:
            client.call_json("NoSuchOCR", {})
        assert "InvalidAction" == unknown.value.code
        assert "FailedOperation.ImageDecodeFailed" == call_failing(client).code


# -- the leak, without ocrshield ---------------------------------------------------------------------------------


class TestUnprotected:
    def test_sdk_debug_log_holds_everything(
        self, make_client: Callable[..., Any], address: str, received: Received, tmp_path: Path
    ) -> None:
        """Without protect() the SDK writes the image, every planted value, the SecretId and the signature."""
        client = make_client()
        read_file, read_stream = file_logger(client, tmp_path), stream_logger(client)
        for action in ACTIONS:
            call(client, action)
        call_failing(client)
        for output in (read_file(), read_stream()):
            planted = [p for action in ACTIONS for p in fake.PLANTED[action]]
            credentials = secrets(received)[:1] + secrets(received)[2:]  # the SecretKey only signs, it is never sent
            assert [] == [p for p in [*planted, *image_markers(encoded=False), *credentials] if p not in output]


# -- protect() -----------------------------------------------------------------------------------------------------


class TestProtect:
    @pytest.mark.parametrize("action", ACTIONS)
    @pytest.mark.parametrize("method", ["POST", "GET"])
    def test_file_and_stream_logs_are_clean(
        self,
        action: str,
        method: str,
        make_client: Callable[..., Any],
        address: str,
        received: Received,
        tmp_path: Path,
    ) -> None:
        """Request and response records reach the SDK's file and stream redacted; operations data survives."""
        tc.protect()
        client = make_client(reqMethod=method)
        read_file, read_stream = file_logger(client, tmp_path), stream_logger(client)
        request_id = call(client, action)
        planted = [*fake.PLANTED[action], *image_markers(), *secrets(received)]
        operational = [request_id, "X-TC-Action: " + action, *OPERATIONAL[action], *common_operational(address)]
        for output in (read_file(), read_stream()):
            assert_clean(output, planted, operational)

    def test_error_response_is_clean_and_keeps_its_code(
        self, make_client: Callable[..., Any], address: str, received: Received, tmp_path: Path
    ) -> None:
        """A service error is logged before the SDK raises: its code, message and RequestId stay readable."""
        tc.protect()
        client = make_client()
        read_file, read_stream = file_logger(client, tmp_path), stream_logger(client)
        error = call_failing(client)
        operational = [error.requestId, error.code, "图片解码失败。", "X-TC-Action: IDCardOCR", *common_operational(address)]
        for output in (read_file(), read_stream()):
            assert_clean(output, [*image_markers(), *secrets(received)], operational)

    def test_temporary_credential_token_is_redacted(
        self, make_client: Callable[..., Any], received: Received, tmp_path: Path
    ) -> None:
        """A temporary credential's token (the `X-TC-Token` header) is a secret too."""
        tc.protect()
        client = make_client(token=TOKEN)
        read = stream_logger(client)
        call(client, "IDCardOCR")
        assert TOKEN == received[0][0]["X-TC-Token"]
        assert_clean(read(), [TOKEN, *secrets(received)], ["X-TC-Token: "])

    @pytest.mark.parametrize("sign_method", ["HmacSHA256", "HmacSHA1"])
    def test_form_signed_requests_keep_credentials_and_images_out(
        self, sign_method: str, make_client: Callable[..., Any], received: Received
    ) -> None:
        """The older signing methods put SecretId, Token and the URL-encoded image in a form body."""
        tc.protect()
        client = make_client(token=TOKEN, signMethod=sign_method)
        read = stream_logger(client)
        ids = [call(client, action) for action in ACTIONS]
        encoded_image = urllib.parse.quote_plus(IMAGE)
        planted = [SECRET_ID, SECRET_KEY, TOKEN, encoded_image[-60:], encoded_image[3000:3060]]
        planted += [p for action in ACTIONS for p in fake.PLANTED[action]]
        assert_clean(read(), planted, [*ids, "SignatureMethod=" + sign_method, "Action=IDCardOCR"])

    def test_form_signed_requests_keep_the_signature_out(
        self, make_client: Callable[..., Any], received: Received
    ) -> None:
        """A URL-encoded base64 signature (`Signature=zPyk...3%2B41yk...%3D`) is a secret in every fragment."""
        tc.protect()
        client = make_client(signMethod="HmacSHA256")
        read = stream_logger(client)
        for _ in range(40):  # until three signatures hold a `+` or `/` (the rest are redacted whole)
            call(client, "GeneralBasicOCR")
            encoded = [re.search(r"Signature=([^&]*)", body).group(1) for _, body in received]  # type: ignore[union-attr]
            if sum("%2B" in s or "%2F" in s for s in encoded) >= 3:
                break
        fragments = [f for s in encoded for f in re.split(r"%[0-9A-F]{2}", s) if len(f) >= 6]
        assert_clean(read(), fragments)


class TestInstallPoint:
    @pytest.mark.parametrize(
        "order",
        [
            ("protect", "client", "handlers"),
            ("client", "protect", "handlers"),
            ("client", "handlers", "protect"),
        ],
    )
    def test_any_order_of_protect_client_and_handlers(
        self, order: tuple[str, ...], make_client: Callable[..., Any], received: Received, tmp_path: Path
    ) -> None:
        """protect() covers clients created before it and handlers set_file_logger/set_stream_logger add later."""
        client: Any = None
        readers: list[Callable[[], str]] = []
        for step in order:
            if step == "protect":
                tc.protect()
            elif step == "client":
                client = make_client()
            else:
                readers = [file_logger(client, tmp_path), stream_logger(client)]
        request_id = call(client, "IDCardOCR")
        for read in readers:
            assert_clean(read(), [*fake.PLANTED["IDCardOCR"], *image_markers(), *secrets(received)], [request_id])

    def test_handlers_after_set_default_logger_are_covered(
        self, make_client: Callable[..., Any], received: Received
    ) -> None:
        """`set_default_logger()` replaces every handler of the SDK's logger: what is added after it is covered,
        because the filter sits on the logger, not on a handler that existed at protect() time."""
        sdk_logger = logging.getLogger(tc.LOGGER_NAME)
        saved = list(sdk_logger.handlers)
        tc.protect()
        client = make_client()
        try:
            client.set_default_logger()
            read = stream_logger(client)
            request_id = call(client, "BankCardOCR")
        finally:  # the SDK's own EmptyHandler goes back (the logging reset only removes what a test added)
            sdk_logger.handlers[:0] = [h for h in saved if h not in sdk_logger.handlers]
        assert_clean(read(), [*fake.PLANTED["BankCardOCR"], *image_markers(), *secrets(received)], [request_id])

    def test_handler_added_directly_first_in_line_is_covered(self, make_client: Callable[..., Any]) -> None:
        """A handler the application puts on the SDK's logger after protect(), ahead of the others, gets redacted
        records too: the logger filters a record before its first handler."""
        tc.protect()
        client = make_client()
        stream = io.StringIO()
        sdk_logger = logging.getLogger(tc.LOGGER_NAME)
        sdk_logger.setLevel(logging.DEBUG)
        sdk_logger.handlers.insert(0, logging.StreamHandler(stream))
        request_id = call(client, "BankCardOCR")
        assert_clean(stream.getvalue(), [*fake.PLANTED["BankCardOCR"], *image_markers()], [request_id])

    def test_propagating_root_handler_is_covered(
        self, make_client: Callable[..., Any], address: str, received: Received, tmp_path: Path
    ) -> None:
        """Records that propagate to the root logger's handler (the application's log store) are redacted."""
        store = io.StringIO()
        root = logging.getLogger()
        root.setLevel(logging.DEBUG)
        root.addHandler(logging.StreamHandler(store))
        tc.protect()
        client = make_client()
        read_file = file_logger(client, tmp_path)  # the SDK's own handler and the root's both get the record
        request_id = call(client, "HKIDCardOCR")
        planted = [*fake.PLANTED["HKIDCardOCR"], *image_markers(), *secrets(received)]
        operational = [request_id, "X-TC-Action: HKIDCardOCR", *common_operational(address)]
        assert_clean(store.getvalue(), planted, operational)
        assert_clean(read_file(), planted, operational)

    def test_existing_child_logger_is_covered(self, make_client: Callable[..., Any]) -> None:
        """A child of the SDK's logger (a retryer's, say) that exists at protect() time is filtered too: its
        records would otherwise reach the SDK logger's handlers unfiltered."""
        child = logging.getLogger(tc.LOGGER_NAME + ".retry")
        tc.protect()
        read = stream_logger(make_client())
        child.debug("retry: n=%d err=%s", 1, "姓名王晓明 公民身份号码110105199003071239")
        assert_clean(read(), ["王晓明", "110105199003071239"], ["retry: n=1"])

    def test_levels_and_handlers_are_left_alone(self) -> None:
        """protect() adds a filter and nothing else: the SDK stays silent until the application turns it on."""
        sdk_logger = logging.getLogger(tc.LOGGER_NAME)
        before = (sdk_logger.level, list(sdk_logger.handlers), sdk_logger.propagate)
        tc.protect()
        assert before == (sdk_logger.level, list(sdk_logger.handlers), sdk_logger.propagate)


class TestIdempotence:
    def test_second_call_installs_nothing_new(self) -> None:
        """protect() twice: one filter, the same object."""
        first = tc.protect()
        second = tc.protect()
        installed = [f for f in logging.getLogger(tc.LOGGER_NAME).filters if isinstance(f, tc.SdkRedactingFilter)]
        assert [first] == installed
        assert first is second

    def test_a_new_redactor_replaces_the_one_in_use(self, rules: ocrshield.Redactor) -> None:
        """protect(redactor=...) on an installed filter switches its redactor."""
        shield = tc.protect()
        assert shield is tc.protect(redactor=rules)
        assert rules is shield.redactor

    def test_unprotect_undoes_it(self, make_client: Callable[..., Any]) -> None:
        """After unprotect() the SDK logs raw again; a second unprotect() has nothing to remove."""
        tc.protect()
        assert tc.is_protected()
        assert tc.unprotect()
        assert not tc.is_protected()
        assert not tc.unprotect()
        client = make_client()
        read = stream_logger(client)
        call(client, "IDCardOCR")
        assert fake.PLANTED["IDCardOCR"][3] in read()


class TestFailClosed:
    def test_failing_redactor_withholds_records(self, make_client: Callable[..., Any], received: Received) -> None:
        """When redaction fails, each record becomes the withheld stub: never raw text, and the call succeeds."""

        class Broken(ocrshield.Redactor):
            def redact_text(self, text: str) -> str:
                raise RuntimeError("detector crashed")

        tc.protect(redactor=Broken(strict=False))
        client = make_client()
        read = stream_logger(client)
        request_id = call(client, "IDCardOCR")
        output = read()
        assert re.fullmatch(r"[0-9a-f-]{36}", request_id)
        assert 2 == output.count(WITHHELD)
        assert_clean(output, [*fake.PLANTED["IDCardOCR"], *image_markers(), *secrets(received), "SendRequest"])

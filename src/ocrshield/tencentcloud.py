"""Tencent Cloud SDK integration: redact what `tencentcloud-sdk-python` logs, before any handler sees it.

What the SDK logs. Every client of `tencentcloud-sdk-python` (`OcrClient` and the rest, sync and async) logs
through one module-level logger, ``tencentcloud_sdk_common``, at DEBUG. It is silent until the application calls
`client.set_stream_logger(...)` or `client.set_file_logger(...)` (which set the logger to DEBUG and add a
`StreamHandler` or a 512 MB `RotatingFileHandler`) or configures that logger, or the root logger, itself. Then
each call writes two records:

* ``SendRequest: Host: ... Header: ... Data: ...`` — the whole request, formatted into the message: the
  ``Authorization`` header (``TC3-HMAC-SHA256 Credential=AKID.../date/ocr/tc3_request, ...,
  Signature=<hex>``), ``X-TC-Token`` when the credential is temporary, and the body with ``ImageBase64``
  (or, with ``signMethod="HmacSHA256"``, a form body with ``SecretId=AKID...`` and ``Signature=...``);
* ``GetResponse: HTTP/1.1 200 OK ... {"Response": {...}}`` — the status line, the headers and the whole body:
  names, ID numbers, birth dates, addresses, card numbers and the image crops the OCR service returns. Error
  responses are logged the same way before the SDK raises.

Why a filter on that logger. A filter on a *logger* runs in `Logger.handle`, before `callHandlers`, and
`callHandlers` hands that same record to the logger's handlers and then to every ancestor's handlers while
`propagate` holds. So one `RedactingFilter` on ``tencentcloud_sdk_common`` redacts each record in place before
*any* handler sees it: the ones `set_stream_logger`/`set_file_logger` add later (they add handlers, never
filters, and `set_default_logger` resets only the handlers), and the root logger's handlers that an application
or an OpenTelemetry log bridge installs. Patching handlers instead would miss those added after the patch. The
caveat from `ocrshield.stdlib` applies the other way round: a filter on a logger does not see records of its
*child* loggers, so `protect()` puts one on each child logger that exists (the SDK uses none; a retryer's
logger is whatever the application passes to `StandardRetryer(logger=...)`: pass the SDK's logger, or a child
created before `protect()`, to keep its lines covered).

    import ocrshield.tencentcloud
    ocrshield.tencentcloud.protect()      # once, at start-up; before or after the clients are created
    client.set_file_logger("/var/log/ocr/tencent-sdk.log")

The records keep what operations need: the action, region, host, API and SDK versions, status line, error code
and message, and the ``RequestId``. On an internal error a record becomes a stub that says it was withheld
(`ocrshield.stdlib.WITHHELD`); it is never written raw, and the SDK call never fails because of it.
"""

from __future__ import annotations

import logging
import threading

from ._engine import Redactor
from .stdlib import RedactingFilter

__all__ = ["LOGGER_NAME", "SdkRedactingFilter", "is_protected", "protect", "unprotect"]

LOGGER_NAME = "tencentcloud_sdk_common"
"""The logger every Tencent Cloud SDK client writes to (`tencentcloud.common.abstract_client.LOGGER_NAME`)."""

_lock = threading.Lock()


class SdkRedactingFilter(RedactingFilter):
    """The `RedactingFilter` that `protect()` installs; a class of its own so that it is found again."""


def _sdk_loggers() -> list[logging.Logger]:
    """The SDK's logger and the child loggers that exist now."""
    prefix = LOGGER_NAME + "."
    children = [
        lg
        for name, lg in list(logging.Logger.manager.loggerDict.items())
        if name.startswith(prefix) and isinstance(lg, logging.Logger)
    ]
    return [logging.getLogger(LOGGER_NAME), *children]


def _installed(lg: logging.Logger) -> SdkRedactingFilter | None:
    return next((f for f in lg.filters if isinstance(f, SdkRedactingFilter)), None)


def protect(redactor: Redactor | None = None) -> SdkRedactingFilter:
    """Redact every record of the Tencent Cloud SDK's logger before any handler sees it; returns the filter.

    Installs one `SdkRedactingFilter` on the ``tencentcloud_sdk_common`` logger (and on each of its child loggers
    that exist). It covers clients created before and after the call, the handlers that `set_stream_logger` and
    `set_file_logger` add later, and the ancestors' handlers the records propagate to. Calling it again installs
    nothing new; a `redactor` given then replaces the one in use. `redactor` defaults to
    `ocrshield.default_redactor()`, resolved at the first record. Never touches levels or handlers.
    """
    with _lock:
        loggers = _sdk_loggers()
        found = next((f for f in map(_installed, loggers) if f is not None), None)
        shield = found or SdkRedactingFilter(redactor=redactor)
        if redactor is not None:
            shield.redactor = redactor
        for lg in loggers:
            if shield not in lg.filters:
                lg.addFilter(shield)
        return shield


def unprotect() -> bool:
    """Remove what `protect()` installed; True if there was something to remove."""
    with _lock:
        removed = False
        for lg in _sdk_loggers():
            for f in [f for f in lg.filters if isinstance(f, SdkRedactingFilter)]:
                lg.removeFilter(f)
                removed = True
        return removed


def is_protected() -> bool:
    """True if the SDK's logger has the filter `protect()` installs."""
    return _installed(logging.getLogger(LOGGER_NAME)) is not None

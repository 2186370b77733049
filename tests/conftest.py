"""Shared fixtures. The NLP-backed Redactor is built once per session (it costs ~1.5 s and ~190 MB)."""

from __future__ import annotations

import importlib.util
import ipaddress
import json
import logging
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

# Internal errors must surface in tests instead of failing closed (see `Redactor(strict=...)`).
os.environ.setdefault("OCRSHIELD_STRICT", "1")
os.environ.setdefault("OCRSHIELD_PSEUDONYM_KEY", "test-suite-key")

import ocrshield

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


# -- no network, ever: a test that tries to reach anything but loopback fails ---------------------------------

_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0]
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = host == "localhost"
        if not loopback:
            raise RuntimeError(f"test tried to reach the network: {host}")
    return _real_connect(self, address)


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]


# -- logging state is global: every test starts and ends with it clean ---------------------------------------


@pytest.fixture(autouse=True)
def _reset_logging() -> Iterator[None]:
    def loggers() -> list[logging.Logger]:
        found = [logging.getLogger()]
        found += [lg for lg in logging.Logger.manager.loggerDict.values() if isinstance(lg, logging.Logger)]
        return found

    saved = {id(lg): (list(lg.handlers), list(lg.filters), lg.level, lg.propagate, lg.disabled) for lg in loggers()}
    yield
    for lg in loggers():
        handlers, filters, level, propagate, disabled = saved.get(id(lg), ([], [], logging.NOTSET, True, False))
        for h in lg.handlers[:]:
            if h not in handlers:
                lg.removeHandler(h)
                h.close()
        lg.filters[:] = filters
        lg.setLevel(level)
        lg.propagate = propagate
        lg.disabled = disabled


# -- the engine ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def redactor() -> ocrshield.Redactor:
    """The full engine: rules plus the spaCy English NER model."""
    return ocrshield.Redactor(strict=True).warm_up()


@pytest.fixture(scope="session")
def rules() -> ocrshield.Redactor:
    """Rules only (no NER model): what a deployment without the `ner` extra gets."""
    return ocrshield.Redactor(strict=True, ner_model=None).warm_up()


@pytest.fixture(scope="session", autouse=True)
def _shared_default(redactor: ocrshield.Redactor) -> Iterator[None]:
    """Integrations built without an explicit redactor share the session's engine (one model load)."""
    from ocrshield import _engine

    previous = _engine._default
    _engine._default = redactor
    yield
    _engine._default = previous


# -- fixtures on disk ----------------------------------------------------------------------------------------


def broken_redactor(monkeypatch: pytest.MonkeyPatch, *methods: str) -> ocrshield.Redactor:
    """A non-strict Redactor whose `methods` raise (with an ID number in the message): for fail-closed tests."""
    r = ocrshield.Redactor(ner_model=None, strict=False)

    def explode(*_a: Any, **_k: Any) -> Any:
        raise RuntimeError("boom 110105199003071239")

    for method in methods:
        monkeypatch.setattr(r, method, explode)
    return r


def load_example(name: str) -> ModuleType:
    """An `examples/` module (examples are scripts, not a package), loaded once under its own name so that the
    examples that import each other (`import fake_tencent_ocr`) share it."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "examples" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def load_json(relative: str) -> Any:
    return json.loads((FIXTURES / relative).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def tencent_manifest() -> dict[str, dict[str, list[Any]]]:
    entries = load_json("tencent/manifest.json")
    return {e["file"]: e for e in entries} if isinstance(entries, list) else entries


def assert_clean(output: str, planted: list[Any], operational: list[Any] = ()) -> None:  # type: ignore[assignment]
    """No planted value in `output`; every operational value still there (as text)."""
    leaked = [p for p in planted if str(p) and str(p) in output]
    assert leaked == [], f"leaked {len(leaked)} planted value(s)"
    missing = [o for o in operational if str(o) not in output]
    assert missing == [], f"operational values lost: {missing}"

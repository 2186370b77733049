"""Acceptance: in a fresh environment, `pip install .` then a redaction works with no network, and the wheel
contains the recognizer definitions.

The wheel is built from this checkout with the build backend already installed (`--no-build-isolation`, no
index), installed with `pip install --target` into an empty directory, and used from a subprocess whose
`PYTHONPATH` puts that directory first, so the installed copy shadows the editable one. The subprocess blocks
every socket connection before it imports ocrshield.
"""

from __future__ import annotations

import configparser
import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
DEFINITIONS = sorted(p.name for p in (REPO / "recognizers").iterdir() if p.suffix in (".yaml", ".json"))
SAMPLE = "身份证号110105199003071239住址北京市朝阳区建国路88号"
ID_NUMBER, ADDRESS = "110105199003071239", "北京市朝阳区建国路88号"


def _pip(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "pip", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    command = " ".join(map(str, args))
    assert 0 == proc.returncode, f"pip {command} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout, without network access to a build backend."""
    try:
        import hatchling  # noqa: F401  (only checking that the build backend is installed)
    except ImportError:
        pytest.fail(
            "hatchling is not installed: the packaging test builds the wheel with --no-build-isolation; "
            "install the test extra (`pip install -e .[test]`), which includes hatchling"
        )
    out = tmp_path_factory.mktemp("wheelhouse")
    _pip("wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", out, REPO)
    wheels = sorted(out.glob("ocrshield-*.whl"))
    assert 1 == len(wheels), f"expected one ocrshield wheel in {out}, found {[w.name for w in wheels]}"
    return wheels[0]


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return set(zf.namelist())


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel installed into an empty directory (no dependencies, no index)."""
    target = tmp_path_factory.mktemp("site")
    _pip("install", "--no-deps", "--no-index", "--target", target, wheel)
    return target


OFFLINE_SCRIPT = textwrap.dedent(
    """
    import socket

    def _blocked(self, address, *args, **kwargs):
        raise OSError(f"network access blocked by the packaging test: {address!r}")

    socket.socket.connect = _blocked
    socket.socket.connect_ex = _blocked

    import json
    import sys
    from pathlib import Path

    target = Path(sys.argv[1]).resolve()
    try:  # the guard itself works
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    except OSError as exc:
        guard = "blocked" in str(exc)
    else:
        guard = False

    import ocrshield
    from ocrshield import _definitions

    module_file = Path(ocrshield.__file__).resolve()
    definition_dir = _definitions.builtin_definition_dir().resolve()
    assert module_file.is_relative_to(target), f"ocrshield imported from {module_file}, not from {target}"
    assert definition_dir.is_relative_to(target), f"definitions loaded from {definition_dir}, not {target}"

    redactor = ocrshield.Redactor(strict=True, ner_model=None)
    result = redactor.redact_text(sys.argv[2])
    print(json.dumps({
        "guard": guard,
        "module_file": str(module_file),
        "definition_dir": str(definition_dir),
        "definitions": sorted(p.name for p in definition_dir.glob("*.yaml")),
        "result": result,
    }))
    """
)


@pytest.fixture(scope="module")
def offline_run(installed: Path) -> dict[str, Any]:
    """Import and redact from the installed wheel in a subprocess with every socket connection blocked."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(installed), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        "PYTHONNOUSERSITE": "1",
        "OCRSHIELD_STRICT": "1",
        "PYTHONIOENCODING": "utf-8",
    }
    proc = subprocess.run(
        [sys.executable, "-c", OFFLINE_SCRIPT, str(installed), SAMPLE],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=installed,  # not the checkout: nothing importable from the working directory
        timeout=300,
        check=False,
    )
    assert 0 == proc.returncode, f"the installed package failed offline:\n{proc.stderr[-4000:]}"
    doc: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return doc


class TestWheelContents:
    """What `pip wheel .` puts in the wheel."""

    @pytest.mark.parametrize("name", DEFINITIONS)
    def test_contains_recognizer_definition(self, wheel: Path, wheel_names: set[str], name: str) -> None:
        """Every definition file of recognizers/ is in the wheel under ocrshield/recognizers/, unchanged."""
        member = f"ocrshield/recognizers/{name}"
        assert member in wheel_names
        with zipfile.ZipFile(wheel) as zf:
            assert (REPO / "recognizers" / name).read_bytes() == zf.read(member)

    def test_no_stray_definitions(self, wheel_names: set[str]) -> None:
        """The wheel's definition directory holds exactly the repository's definition files (and the sample
        payloads of `ocrshield.testing`)."""
        shipped = sorted(n.rsplit("/", 1)[1] for n in wheel_names if n.startswith("ocrshield/recognizers/"))
        assert DEFINITIONS == shipped

    def test_contains_py_typed(self, wheel_names: set[str]) -> None:
        """The PEP 561 marker ships, so type checkers use the inline annotations."""
        assert "ocrshield/py.typed" in wheel_names

    def test_declares_console_script(self, wheel: Path, wheel_names: set[str]) -> None:
        """The `ocrshield` command is declared as a console script pointing at `ocrshield.cli:main`."""
        entry_points = [n for n in wheel_names if n.endswith(".dist-info/entry_points.txt")]
        assert 1 == len(entry_points), sorted(wheel_names)
        parser = configparser.ConfigParser()
        with zipfile.ZipFile(wheel) as zf:
            parser.read_string(zf.read(entry_points[0]).decode("utf-8"))
        assert {"ocrshield": "ocrshield.cli:main"} == dict(parser["console_scripts"])

    def test_contains_the_package_modules(self, wheel_names: set[str]) -> None:
        """The package itself (not a tests/ or benchmarks/ tree) is in the wheel."""
        assert {"ocrshield/__init__.py", "ocrshield/__main__.py", "ocrshield/cli.py"} <= wheel_names
        assert [] == sorted(n for n in wheel_names if n.split("/")[0] in {"tests", "benchmarks", "src"})


class TestInstalledWheel:
    """The wheel installed on its own, used with the network blocked."""

    def test_network_guard_is_active(self, offline_run: dict[str, Any]) -> None:
        """Sanity check of the test itself: a connection attempt in the subprocess is refused."""
        assert offline_run["guard"] is True

    def test_imports_from_the_installed_wheel(self, offline_run: dict[str, Any], installed: Path) -> None:
        """`import ocrshield` resolves to the installed copy, not to the editable checkout."""
        assert Path(offline_run["module_file"]).is_relative_to(installed.resolve())

    def test_loads_shipped_definitions(self, offline_run: dict[str, Any], installed: Path) -> None:
        """The built-in definitions come from inside the installed package, all of them."""
        assert Path(offline_run["definition_dir"]).is_relative_to(installed.resolve())
        assert [d for d in DEFINITIONS if d.endswith(".yaml")] == offline_run["definitions"]

    def test_redacts_offline(self, offline_run: dict[str, Any]) -> None:
        """The ID number and the address are replaced, with no network and no NER model."""
        result = offline_run["result"]
        assert [] == [v for v in (ID_NUMBER, ADDRESS) if v in result]
        assert "身份证号<CN_RESIDENT_ID>住址<ADDRESS>" == result
